//! Step 用地与亩均: own land, land plans and the figures behind the per-mu
//! benchmarks (三(四), 一).

use crate::app::Ctx;
use crate::components::form::{text_field, yes_no_field};
use crate::state::{Flag, TextField};
use yew::prelude::*;

pub fn land(ctx: &Ctx) -> Html {
    html! {
        <>
            { text_field(ctx, TextField::OwnLand) }
            { yes_no_field(ctx, Flag::MixedUsePlan) }
            { yes_no_field(ctx, Flag::LogisticsOnExistingLand) }
            { yes_no_field(ctx, Flag::InPilotArea) }
            { text_field(ctx, TextField::ValueAdded) }
            { text_field(ctx, TextField::TaxPaid) }
            { text_field(ctx, TextField::Employees) }
        </>
    }
}

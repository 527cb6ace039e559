//! Step 用地与亩均: own land, land plans and the figures behind the per-mu
//! benchmarks (三(四), 一).

use crate::components::basics::StepProps;
use crate::components::form::{text_field, yes_no_field};
use crate::state::{Flag, TextField};
use yew::prelude::*;

#[function_component(Land)]
pub fn land(props: &StepProps) -> Html {
    let ctx = &props.ctx;
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

//! Step 跨境电商平台: only for the operator of the pilot zone's platform (三(一)).

use crate::app::Ctx;
use crate::components::form::text_field;
use crate::state::TextField;
use yew::prelude::*;

pub fn cross_border(ctx: &Ctx) -> Html {
    html! {
        <>
            { text_field(ctx, TextField::CrossBorderServed) }
            { text_field(ctx, TextField::CrossBorderGrowth) }
            { text_field(ctx, TextField::CrossBorderUpgradeCost) }
            { text_field(ctx, TextField::CrossBorderYear) }
        </>
    }
}

//! Step 跨境电商平台: only for the operator of the pilot zone's platform (三(一)).

use crate::components::basics::StepProps;
use crate::components::form::text_field;
use crate::state::TextField;
use yew::prelude::*;

#[function_component(CrossBorder)]
pub fn cross_border(props: &StepProps) -> Html {
    let ctx = &props.ctx;
    html! {
        <>
            { text_field(ctx, TextField::CrossBorderServed) }
            { text_field(ctx, TextField::CrossBorderGrowth) }
            { text_field(ctx, TextField::CrossBorderUpgradeCost) }
            { text_field(ctx, TextField::CrossBorderYear) }
        </>
    }
}

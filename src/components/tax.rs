//! Step 研发与税收: R&D cost, taxable income and the income-tax rate (三(二)).

use crate::components::basics::StepProps;
use crate::components::form::text_field;
use crate::state::TextField;
use yew::prelude::*;

#[function_component(Tax)]
pub fn tax(props: &StepProps) -> Html {
    let ctx = &props.ctx;
    html! {
        <>
            { text_field(ctx, TextField::RdCost) }
            { text_field(ctx, TextField::TaxableIncome) }
            { text_field(ctx, TextField::IncomeTaxRate) }
        </>
    }
}

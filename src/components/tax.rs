//! Step 研发与税收: R&D cost, taxable income and the income-tax rate (三(二)).

use crate::app::Ctx;
use crate::components::form::text_field;
use crate::state::TextField;
use yew::prelude::*;

pub fn tax(ctx: &Ctx) -> Html {
    html! {
        <>
            { text_field(ctx, TextField::RdCost) }
            { text_field(ctx, TextField::TaxableIncome) }
            { text_field(ctx, TextField::IncomeTaxRate) }
        </>
    }
}

//! Step 主辅分离: whether this company is itself the new one, the parent's
//! status, land of the new company and its figures (四(三), 三(四)).

use crate::app::Ctx;
use crate::components::field::{choice_field, ChoiceProps};
use crate::components::form::{text_field, yes_no_field};
use crate::state::{Edit, FieldId, Flag, TextField};
use fusion_engine::answers::{Question, SeparationStatus};
use fusion_engine::i18n::ui::{self, separation_status_name, Ui, SEPARATION_STATUSES};
use yew::prelude::*;

/// The radio value of a status (index in [`SEPARATION_STATUSES`]).
fn status_value(s: SeparationStatus) -> AttrValue {
    let i = SEPARATION_STATUSES
        .iter()
        .position(|x| *x == s)
        .unwrap_or(0);
    AttrValue::from(i.to_string())
}

pub fn separation(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let status = ctx.relevance.asks(Question::SeparationStatus).then(|| {
        let mut options: Vec<(AttrValue, AttrValue)> = SEPARATION_STATUSES
            .iter()
            .map(|s| {
                (
                    status_value(*s),
                    AttrValue::Static(separation_status_name(*s, lang)),
                )
            })
            .collect();
        options.push((
            AttrValue::Static("unsure"),
            AttrValue::Static(Ui::NotSure.text(lang)),
        ));
        let selected = Some(
            ctx.state
                .draft
                .separation_status
                .map_or(AttrValue::Static("unsure"), status_value),
        );
        let on_change = ctx.handlers.edit.reform(|v: String| {
            Edit::SeparationStatus(
                v.parse::<usize>()
                    .ok()
                    .and_then(|i| SEPARATION_STATUSES.get(i).copied()),
            )
        });
        html! {
            { choice_field(&ChoiceProps { lang, id: ctx.id(FieldId::SeparationStatus),
                legend: ui::label(Question::SeparationStatus, lang).into(),
                why: ctx.why(Question::SeparationStatus),
                options, selected, on_change }) }
        }
    });
    let figures = ctx.relevance.asks(Question::SeparationNewCompanyFigures);
    html! {
        <>
            { yes_no_field(ctx, Flag::SpunOff) }
            { status.unwrap_or_default() }
            { yes_no_field(ctx, Flag::SeparationNewLand) }
            { yes_no_field(ctx, Flag::SeparationOnParentLand) }
            if figures {
                <fieldset class="fc-group">
                    <legend>{ ui::label(Question::SeparationNewCompanyFigures, lang) }</legend>
                    { text_field(ctx, TextField::SeparationRevenue) }
                    { text_field(ctx, TextField::SeparationProfit) }
                    { text_field(ctx, TextField::SeparationTax) }
                    { text_field(ctx, TextField::SeparationValueAdded) }
                </fieldset>
            }
        </>
    }
}

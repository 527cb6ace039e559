//! 差多少达标 and the award timeline in the result panel. The on-demand
//! module writes them as HTML blocks ([`crate::plan_html`]), the targets of
//! each award under its line; this places the plan's own section, and says
//! while the module computes the what-if chart or after it failed to load
//! (with a retry).

use crate::app::plan::{Reply, Status};
use crate::plan_html::record;
use fusion_engine::i18n::plan::PlanUi;
use fusion_engine::Lang;
use yew::prelude::*;

/// HTML the on-demand module wrote (its text escaped there).
pub fn raw(html: &str) -> Html {
    if html.is_empty() {
        return Html::default();
    }
    Html::from_html_unchecked(AttrValue::from(html.to_string()))
}

/// A line while the module computes a first reply, or after it failed to
/// load (with a retry); nothing otherwise (a later reply replaces the last
/// one in place, so the panel does not jump).
pub fn module_line(lang: Lang, status: Status, has_reply: bool, retry: &Callback<()>) -> Html {
    match status {
        Status::Computing if !has_reply => html! {
            <p class="fc-plan-status fc-muted">{ PlanUi::Computing.text(lang) }</p>
        },
        Status::Failed => html! {
            <p class="fc-plan-status fc-plan-failed">
                { PlanUi::Failed.text(lang) }{ " " }
                <button type="button" class="fc-secondary" onclick={retry.reform(|_| ())}>
                    { PlanUi::Retry.text(lang) }
                </button>
            </p>
        },
        _ => Html::default(),
    }
}

/// The plan's own section: how targets are computed, the ones with no line
/// to go under, then the award timeline (the panel says where the module's
/// reply stands).
pub fn section(lang: Lang, id: String, plan: &Reply) -> Html {
    html! {
        <section class="fc-result-section fc-plan" aria-labelledby={id.clone()}>
            <h3 {id}>{ PlanUi::Targets.text(lang) }</h3>
            <p class="fc-note">{ PlanUi::TargetsNote.text(lang) }</p>
            { raw(record(&plan.text, "rest").unwrap_or_default()) }
            { raw(record(&plan.text, "timeline").unwrap_or_default()) }
        </section>
    }
}

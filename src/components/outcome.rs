//! One result line: rule, year, level and amount, expanding to the
//! explanation the engine wrote (article, quote, figures, arithmetic,
//! interpretations, bureaus, missing answers).

use crate::components::clients::Amount;
use crate::components::targets::raw;
use fusion_engine::assessment::{Outcome, OutcomeLevel};
use fusion_engine::explain::{bureaus_text, describe, Explanation};
use fusion_engine::i18n::ui::{data_year, Ui};
use fusion_engine::policy::JIAXING_2024_14 as PACK;
use fusion_engine::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OutcomeProps {
    pub lang: Lang,
    pub outcome: Outcome,
    /// Show the bureaus on the line itself (demonstration tracks: whom to call).
    #[prop_or_default]
    pub bureaus_inline: bool,
    /// What it takes to reach this award, or its next tier (差多少达标):
    /// a block the on-demand module wrote.
    #[prop_or_default]
    pub targets: Option<AttrValue>,
}

/// The level as the engine's JSON writes it, for tests and embeds.
pub fn level_code(level: OutcomeLevel) -> &'static str {
    match level {
        OutcomeLevel::Qualifies => "qualifies",
        OutcomeLevel::Likely => "likely",
        OutcomeLevel::Possible => "possible",
        OutcomeLevel::NotEligible => "not_eligible",
        OutcomeLevel::NeedMoreAnswers => "need_more_answers",
    }
}

/// The CSS class of a level, for its colour and badge.
pub fn level_class(level: OutcomeLevel) -> &'static str {
    match level {
        OutcomeLevel::Qualifies => "fc-level-qualifies",
        OutcomeLevel::Likely => "fc-level-likely",
        OutcomeLevel::Possible => "fc-level-possible",
        OutcomeLevel::NotEligible => "fc-level-not-eligible",
        OutcomeLevel::NeedMoreAnswers => "fc-level-need-more",
    }
}

fn list(items: &[String], ordered: bool) -> Html {
    let items = items.iter().map(|s| html! { <li>{ s.clone() }</li> });
    if ordered {
        html! { <ol>{ for items }</ol> }
    } else {
        html! { <ul>{ for items }</ul> }
    }
}

fn body(lang: Lang, e: &Explanation) -> Html {
    let bureaus = bureaus_text(e, lang);
    html! {
        <div class="fc-expl">
            <dl>
                <dt>{ Ui::ExplArticle.text(lang) }</dt>
                <dd>{ format!("{} {}", PACK.document_number, e.article) }</dd>
                <dt>{ Ui::ExplQuote.text(lang) }</dt>
                <dd><blockquote lang="zh-CN">{ e.quote }</blockquote></dd>
                if !e.steps.is_empty() {
                    <dt>{ Ui::ExplSteps.text(lang) }</dt>
                    <dd>{ list(&e.steps, true) }</dd>
                }
                if !e.interpretations.is_empty() {
                    <dt>{ Ui::ExplInterpretations.text(lang) }</dt>
                    <dd>{ list(&e.interpretations, false) }</dd>
                }
                if !e.missing.is_empty() {
                    <dt>{ Ui::ExplMissing.text(lang) }</dt>
                    <dd>{ list(&e.missing, false) }</dd>
                }
                if !bureaus.is_empty() {
                    <dt>{ Ui::ExplBureaus.text(lang) }</dt>
                    <dd>{ bureaus }</dd>
                }
            </dl>
        </div>
    }
}

/// One outcome as an expandable line.
#[function_component(OutcomeLine)]
pub fn outcome_line(props: &OutcomeProps) -> Html {
    let lang = props.lang;
    let o = &props.outcome;
    let e = describe(&PACK, o, lang);
    let mut title = e.title.clone();
    if let Some(subject) = &o.subject {
        title.push_str(&format!("({subject})"));
    }
    let bureaus = props.bureaus_inline.then(|| bureaus_text(&e, lang));
    html! {
        <li class={classes!("fc-outcome", level_class(o.level))} data-rule={o.rule.code()} data-level={level_code(o.level)}
            data-year={o.year.map(|y| y.to_string())}>
            <details>
                <summary>
                    <span class="fc-outcome-head">
                        <span class="fc-outcome-title">
                            { title }
                            if let Some(y) = o.year {
                                <span class="fc-year">{ data_year(y, lang) }</span>
                            }
                        </span>
                        <span class={classes!("fc-badge", "fc-level-badge")}>
                            <span class="fc-sr-only">{ Ui::LevelLabel.text(lang) }{ ": " }</span>
                            { e.level }
                        </span>
                        if let Some(yuan) = o.amount_yuan {
                            <Amount {yuan} {lang} />
                        }
                    </span>
                    <span class="fc-outcome-summary">{ e.summary.clone() }</span>
                    if let Some(b) = bureaus {
                        <span class="fc-outcome-bureaus">{ format!("{}: {b}", Ui::ExplBureaus.text(lang)) }</span>
                    }
                </summary>
                { body(lang, &e) }
            </details>
            { raw(props.targets.as_deref().unwrap_or_default()) }
        </li>
    }
}

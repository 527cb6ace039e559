//! The live result panel: banners, cash totals (by year and by rule), each
//! cash award, tax estimates apart, non-cash supports, demonstration tracks
//! with the bureau to contact, and the per-mu benchmarks. Every line expands
//! to its explanation; under a line, what it takes to reach that award or
//! its next tier (差多少达标). The engine computes everything; this only groups.

use crate::app::plan::Reply;
use crate::components::clients::Amount;
use crate::components::outcome::OutcomeLine;
use crate::components::targets;
use crate::components::whatif::use_what_if;
use crate::plan_html::{positive, shown_benchmark};
use fusion_engine::answers::Answers;
use fusion_engine::assessment::{Outcome, OutcomeKind, Totals};
use fusion_engine::explain::{caveat_text, county_banner, rule_name, window_banner};
use fusion_engine::i18n::ui::Ui;
use fusion_engine::policy::JIAXING_2024_14 as PACK;
use fusion_engine::{Assessment, Lang};
use rust_decimal::Decimal;
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub lang: Lang,
    /// The mount's id prefix.
    pub uid: Rc<str>,
    pub assessment: Rc<Assessment>,
    pub answers: Rc<Answers>,
    /// The answers as the on-demand module is sent them (the autosave record).
    pub record: Rc<str>,
    /// What it takes to reach each award not yet reached and the award
    /// timeline ([`fusion_engine::plan`], written by the on-demand module).
    pub plan: Reply,
    /// Asks the module for them again after it failed to load.
    pub on_retry_plan: Callback<()>,
    /// The heading, focused after "see the result" and sample loads.
    pub heading: NodeRef,
    /// Shown at the end once there is a result (the download area).
    #[prop_or_default]
    pub children: Html,
}

/// An amount in words with its exact figure for machines (tests, embeds).
fn amount(yuan: Decimal, lang: Lang) -> Html {
    html! { <Amount {yuan} {lang} /> }
}

fn totals(lang: Lang, uid: &str, t: &Totals) -> Html {
    let by_year = (!t.cash_by_year.is_empty()).then(|| {
        html! {
            <table class="fc-table fc-by-year">
                <caption>{ Ui::ByYearCaption.text(lang) }</caption>
                <thead><tr>
                    <th scope="col">{ Ui::ColYear.text(lang) }</th>
                    <th scope="col">{ Ui::ColQualifies.text(lang) }</th>
                    <th scope="col">{ Ui::ColLikely.text(lang) }</th>
                </tr></thead>
                <tbody>
                    { for t.cash_by_year.iter().map(|y| html! {
                        <tr data-year={y.year.to_string()}>
                            <th scope="row">{ y.year }</th>
                            <td>{ amount(y.qualifies_yuan, lang) }</td>
                            <td>{ amount(y.likely_yuan, lang) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        }
    });
    let by_rule = (!t.cash_by_rule.is_empty()).then(|| {
        html! {
            <table class="fc-table fc-by-rule">
                <caption>{ Ui::ByRuleCaption.text(lang) }</caption>
                <thead><tr>
                    <th scope="col">{ Ui::ColRule.text(lang) }</th>
                    <th scope="col">{ Ui::ColQualifies.text(lang) }</th>
                    <th scope="col">{ Ui::ColLikely.text(lang) }</th>
                </tr></thead>
                <tbody>
                    { for t.cash_by_rule.iter().map(|r| html! {
                        <tr data-rule={r.rule.code()}>
                            <th scope="row">{ rule_name(r.rule, lang) }</th>
                            <td>{ amount(r.qualifies_yuan, lang) }</td>
                            <td>{ amount(r.likely_yuan, lang) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        }
    });
    html! {
        <>
            <dl class="fc-totals" id={format!("{uid}-totals")}>
                <div class="fc-total fc-level-qualifies" data-total="qualifies">
                    <dt>{ Ui::TotalQualifies.text(lang) }</dt>
                    <dd>{ amount(t.cash_qualifies_yuan, lang) }</dd>
                </div>
                <div class="fc-total fc-level-likely" data-total="likely">
                    <dt>{ Ui::TotalLikely.text(lang) }</dt>
                    <dd>{ amount(t.cash_likely_yuan, lang) }</dd>
                </div>
            </dl>
            { by_year.unwrap_or_default() }
            { by_rule.unwrap_or_default() }
        </>
    }
}

/// A section of outcome lines under its heading, with `extra` (totals, a
/// note) before them; an empty section says "none so far" rather than
/// vanish, so the panel keeps its shape as answers change.
fn section(
    lang: Lang,
    id: String,
    heading: &str,
    lines: &[&Outcome],
    extra: Html,
    bureaus_inline: bool,
    plan: Option<&Reply>,
) -> Html {
    html! {
        <section class="fc-result-section" aria-labelledby={id.clone()}>
            <h3 {id}>{ heading.to_string() }</h3>
            { extra }
            if lines.is_empty() {
                <p class="fc-muted">{ Ui::NothingHere.text(lang) }</p>
            } else {
                <ul class="fc-outcomes">
                    { for keyed(lines).map(|(key, o)| html! {
                        <OutcomeLine {key} {lang} outcome={o.clone()} {bureaus_inline}
                            targets={plan.and_then(|p| targets::of_line(p, o))} />
                    }) }
                </ul>
            }
        </section>
    }
}

/// Outcome lines with stable keys (rule, year, subject, and a count for
/// repeats), so a line the user opened stays open as answers change.
fn keyed<'a>(lines: &'a [&'a Outcome]) -> impl Iterator<Item = (String, &'a Outcome)> + 'a {
    let mut seen: HashMap<String, usize> = HashMap::new();
    lines.iter().map(move |o| {
        let base = format!(
            "{}-{:?}-{}",
            o.rule.code(),
            o.year,
            o.subject.as_deref().unwrap_or("")
        );
        let n = seen.entry(base.clone()).or_default();
        *n += 1;
        (format!("{base}-{n}"), *o)
    })
}

#[function_component(ResultPanel)]
pub fn result_panel(props: &ResultProps) -> Html {
    let lang = props.lang;
    let a = &props.assessment;
    let uid = &props.uid;
    let heading_id = format!("{uid}-result-h");
    // Surest first: what qualifies, then what is likely, then paths.
    let of = |kind: OutcomeKind| -> Vec<&Outcome> {
        let mut lines: Vec<&Outcome> = a
            .outcomes
            .iter()
            .filter(|o| o.kind == kind && positive(o))
            .collect();
        fusion_engine::short::sort_by_key(&mut lines, |o| o.level);
        lines
    };
    let cash = of(OutcomeKind::Cash);
    let tax = of(OutcomeKind::TaxEstimate);
    let supports = of(OutcomeKind::NonCash);
    let tracks = of(OutcomeKind::Track);
    let benchmarks: Vec<&Outcome> = a.outcomes.iter().filter(|o| shown_benchmark(o)).collect();
    let other: Vec<&Outcome> = a
        .outcomes
        .iter()
        .filter(|o| !positive(o) && !shown_benchmark(o))
        .collect();
    let plan = Some(&props.plan);
    let what_if = use_what_if(lang, uid, &props.record, a.as_of);
    let window = window_banner(&PACK, a.window, a.as_of, lang);
    let county = a.by_reference.map(|l| county_banner(&PACK, l, lang));
    let ready = props.answers.location.is_some();
    let tax_total = html! {
        <>
            <p class="fc-note">{ Ui::TaxNote.text(lang) }</p>
            <p class="fc-tax-total" data-total="tax">
                { Ui::TaxTotal.text(lang) }{ ": " }{ amount(a.totals.tax_estimate_yuan, lang) }
            </p>
            if !a.totals.tax_possible_yuan.is_zero() {
                <p class="fc-tax-possible" data-total="tax-possible">
                    { Ui::TaxPossible.text(lang) }{ ": " }{ amount(a.totals.tax_possible_yuan, lang) }
                </p>
            }
        </>
    };
    html! {
        <section class="fc-result" aria-labelledby={heading_id.clone()} data-plan={props.plan.status.code()}>
            <h2 id={heading_id} tabindex="-1" ref={props.heading.clone()}>{ Ui::ResultTitle.text(lang) }</h2>
            <p class="fc-asof">{ Ui::AssessedOn.text(lang) }{ ": " }{ a.as_of.to_string() }</p>
            if let Some(text) = window {
                <p class="fc-banner fc-banner-window" role="note">{ text }</p>
            }
            if let Some(text) = county {
                <p class="fc-banner fc-banner-county" role="note">{ text }</p>
            }
            if !ready {
                <p class="fc-muted">{ Ui::ResultEmpty.text(lang) }</p>
            } else {
                { section(lang, format!("{uid}-r-cash"), Ui::CashHeading.text(lang), &cash,
                    totals(lang, uid, &a.totals), false, plan) }
                { targets::section(lang, format!("{uid}-r-plan"), &props.plan, &props.on_retry_plan) }
                { what_if }
                { section(lang, format!("{uid}-r-tax"), Ui::TaxHeading.text(lang), &tax, tax_total, false, None) }
                { section(lang, format!("{uid}-r-supports"), Ui::SupportsHeading.text(lang), &supports,
                    Html::default(), false, None) }
                { section(lang, format!("{uid}-r-tracks"), Ui::TracksHeading.text(lang), &tracks,
                    Html::default(), true, None) }
                { section(lang, format!("{uid}-r-bench"), Ui::BenchmarksHeading.text(lang), &benchmarks,
                    Html::default(), false, plan) }
                if !other.is_empty() {
                    <details class="fc-other">
                        <summary>{ format!("{} ({})", Ui::OtherHeading.text(lang), other.len()) }</summary>
                        <ul class="fc-outcomes">
                            { for keyed(&other).map(|(key, o)| html! { <OutcomeLine {key} {lang} outcome={o.clone()} /> }) }
                        </ul>
                    </details>
                }
                if !a.notes.is_empty() {
                    <section class="fc-result-section" aria-labelledby={format!("{uid}-r-notes")}>
                        <h3 id={format!("{uid}-r-notes")}>{ Ui::NotesHeading.text(lang) }</h3>
                        <ul class="fc-notes">
                            { for a.notes.iter().map(|n| html! { <li>{ caveat_text(&PACK, n, lang) }</li> }) }
                        </ul>
                    </section>
                }
                { props.children.clone() }
            }
        </section>
    }
}

//! The result panel's assessment as HTML, written by the on-demand module
//! ([`crate::docs::Request::Result`]): banners, cash totals (by year and by
//! rule), each award as an expandable line with what it takes to reach it
//! or its next tier (差多少达标), tax estimates apart, non-cash supports,
//! demonstration tracks with the bureau to contact, per-mu benchmarks, the
//! outcomes that do not apply, and the assessment's notes. The engine
//! evaluates and words everything; this only groups and marks it up, so
//! the first load carries neither the rules' evaluation nor their words.
//! The panel ([`crate::components::result`]) places the blocks.
//!
//! Every text goes through [`esc`]. A reply is records split by
//! [`RECORD`], each a key and fields split by [`FIELD`] (see
//! [`crate::plan_html::record`]).

use crate::plan_html::{plan_blocks, positive, shown_benchmark, PlanBlocks, FIELD, RECORD};
use fusion_engine::assessment::{Outcome, OutcomeKind, OutcomeLevel, Totals};
use fusion_engine::explain::{
    bureaus_text, caveat_text, county_banner, describe, money, money_in, rule_name, window_banner,
    MoneyUnit,
};
use fusion_engine::i18n::plan::Figures;
use fusion_engine::i18n::result::ResultUi;
use fusion_engine::i18n::ui::data_year;
use fusion_engine::policy::JIAXING_2024_14 as PACK;
use fusion_engine::report::escape_html as esc;
use fusion_engine::{Answers, Assessment, Lang};
use rust_decimal::Decimal;
use std::fmt::Write;

/// How the panel is shown: the mount's id prefix, the language, and
/// presentation mode (amounts always in 万元, so a room compares like with
/// like).
#[derive(Debug, Clone, Copy)]
pub struct View<'a> {
    pub uid: &'a str,
    pub lang: Lang,
    pub present: bool,
}

impl View<'_> {
    /// An amount in words with its exact figure for machines (tests, embeds).
    fn amount(&self, yuan: Decimal) -> String {
        let text = if self.present {
            money_in(yuan, MoneyUnit::Medium, self.lang)
        } else {
            money(yuan, self.lang)
        };
        format!(
            r#"<span class="fc-amount" data-yuan="{yuan}">{}</span>"#,
            esc(&text)
        )
    }
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

/// The result reply: `banners`, `cash` (its section), `after` (every
/// section after the plan and the what-if chart), the plan's `rest` and
/// `timeline` blocks, and `complete` (`1` when no outcome needs more
/// answers, then the pack id and the three totals an iframe host is told).
pub fn result_reply(answers: &Answers, a: &Assessment, view: View) -> String {
    let lang = view.lang;
    // A room reads 万元; the page and the summary, the exact boundary.
    let figures = if view.present {
        Figures::Wan
    } else {
        Figures::Exact
    };
    let plan = plan_blocks(answers, a, lang, figures);
    let of = |kind: OutcomeKind| -> Vec<&Outcome> {
        // Surest first: what qualifies, then what is likely, then paths.
        let mut lines: Vec<&Outcome> = a
            .outcomes
            .iter()
            .filter(|o| o.kind == kind && positive(o))
            .collect();
        fusion_engine::short::sort_by_key(&mut lines, |o| o.level);
        lines
    };
    let mut out = String::new();

    out.push_str("banners");
    out.push(FIELD);
    if let Some(text) = window_banner(&PACK, a.window, a.as_of, lang) {
        let _ = write!(
            out,
            r#"<p class="fc-banner fc-banner-window" role="note">{}</p>"#,
            esc(&text)
        );
    }
    if let Some(l) = a.by_reference {
        let _ = write!(
            out,
            r#"<p class="fc-banner fc-banner-county" role="note">{}</p>"#,
            esc(&county_banner(&PACK, l, lang))
        );
    }
    out.push(RECORD);

    out.push_str("cash");
    out.push(FIELD);
    section(
        &mut out,
        view,
        "cash",
        ResultUi::CashHeading,
        &of(OutcomeKind::Cash),
        &totals(view, &a.totals),
        false,
        Some(&plan),
    );
    out.push(RECORD);

    out.push_str("after");
    out.push(FIELD);
    let tax_total = {
        let mut s = format!(
            r#"<p class="fc-note">{}</p><p class="fc-tax-total" data-total="tax">{}: {}</p>"#,
            esc(ResultUi::TaxNote.text(lang)),
            esc(ResultUi::TaxTotal.text(lang)),
            view.amount(a.totals.tax_estimate_yuan)
        );
        if !a.totals.tax_possible_yuan.is_zero() {
            let _ = write!(
                s,
                r#"<p class="fc-tax-possible" data-total="tax-possible">{}: {}</p>"#,
                esc(ResultUi::TaxPossible.text(lang)),
                view.amount(a.totals.tax_possible_yuan)
            );
        }
        s
    };
    section(
        &mut out,
        view,
        "tax",
        ResultUi::TaxHeading,
        &of(OutcomeKind::TaxEstimate),
        &tax_total,
        false,
        None,
    );
    section(
        &mut out,
        view,
        "supports",
        ResultUi::SupportsHeading,
        &of(OutcomeKind::NonCash),
        "",
        false,
        None,
    );
    section(
        &mut out,
        view,
        "tracks",
        ResultUi::TracksHeading,
        &of(OutcomeKind::Track),
        "",
        true,
        None,
    );
    let benchmarks: Vec<&Outcome> = a.outcomes.iter().filter(|o| shown_benchmark(o)).collect();
    section(
        &mut out,
        view,
        "bench",
        ResultUi::BenchmarksHeading,
        &benchmarks,
        "",
        false,
        Some(&plan),
    );
    let other: Vec<&Outcome> = a
        .outcomes
        .iter()
        .filter(|o| !positive(o) && !shown_benchmark(o))
        .collect();
    if !other.is_empty() {
        let _ = write!(
            out,
            r#"<details class="fc-other" data-key="other"><summary>{} ({})</summary><ul class="fc-outcomes">"#,
            esc(ResultUi::OtherHeading.text(lang)),
            other.len()
        );
        lines(&mut out, view, &other, false, None);
        out.push_str("</ul></details>");
    }
    if !a.notes.is_empty() {
        let id = format!("{}-r-notes", view.uid);
        let _ = write!(
            out,
            r#"<section class="fc-result-section" aria-labelledby="{id}"><h3 id="{id}">{}</h3><ul class="fc-notes">"#,
            esc(ResultUi::NotesHeading.text(lang))
        );
        for n in &a.notes {
            let _ = write!(out, "<li>{}</li>", esc(&caveat_text(&PACK, n, lang)));
        }
        out.push_str("</ul></section>");
    }
    out.push(RECORD);

    for (key, block) in [("rest", &plan.rest), ("timeline", &plan.timeline)] {
        let _ = write!(out, "{key}{FIELD}{block}{RECORD}");
    }

    // Totals of a half-answered interview would mislead an iframe's host.
    let complete = a
        .outcomes
        .iter()
        .all(|o| o.level != OutcomeLevel::NeedMoreAnswers);
    let t = &a.totals;
    let _ = write!(
        out,
        "complete{FIELD}{}{FIELD}{}{FIELD}{}{FIELD}{}{FIELD}{}",
        u8::from(complete),
        a.pack_id,
        t.cash_qualifies_yuan,
        t.cash_likely_yuan,
        t.tax_estimate_yuan
    );
    out
}

/// The cash totals: qualifies and likely, then by year and by rule.
fn totals(view: View, t: &Totals) -> String {
    let lang = view.lang;
    let mut s = format!(
        r#"<dl class="fc-totals" id="{}-totals"><div class="fc-total fc-level-qualifies" data-total="qualifies"><dt>{}</dt><dd>{}</dd></div><div class="fc-total fc-level-likely" data-total="likely"><dt>{}</dt><dd>{}</dd></div></dl>"#,
        view.uid,
        esc(ResultUi::TotalQualifies.text(lang)),
        view.amount(t.cash_qualifies_yuan),
        esc(ResultUi::TotalLikely.text(lang)),
        view.amount(t.cash_likely_yuan)
    );
    let table = |s: &mut String, class: &str, caption: ResultUi, first: ResultUi, rows: String| {
        let _ = write!(
            s,
            r#"<table class="fc-table {class}"><caption>{}</caption><thead><tr><th scope="col">{}</th><th scope="col">{}</th><th scope="col">{}</th></tr></thead><tbody>{rows}</tbody></table>"#,
            esc(caption.text(lang)),
            esc(first.text(lang)),
            esc(ResultUi::ColQualifies.text(lang)),
            esc(ResultUi::ColLikely.text(lang)),
        );
    };
    // One row: its key for machines, its heading cell, the two amounts.
    let row = |attr: &str, key: &str, head: &str, qualifies: Decimal, likely: Decimal| {
        format!(
            r#"<tr data-{attr}="{key}"><th scope="row">{head}</th><td>{}</td><td>{}</td></tr>"#,
            view.amount(qualifies),
            view.amount(likely)
        )
    };
    if !t.cash_by_year.is_empty() {
        let rows = t
            .cash_by_year
            .iter()
            .map(|y| {
                let year = y.year.to_string();
                row("year", &year, &year, y.qualifies_yuan, y.likely_yuan)
            })
            .collect();
        table(
            &mut s,
            "fc-by-year",
            ResultUi::ByYearCaption,
            ResultUi::ColYear,
            rows,
        );
    }
    if !t.cash_by_rule.is_empty() {
        let rows = t
            .cash_by_rule
            .iter()
            .map(|r| {
                let name = esc(rule_name(r.rule, lang));
                row(
                    "rule",
                    r.rule.code(),
                    &name,
                    r.qualifies_yuan,
                    r.likely_yuan,
                )
            })
            .collect();
        table(
            &mut s,
            "fc-by-rule",
            ResultUi::ByRuleCaption,
            ResultUi::ColRule,
            rows,
        );
    }
    s
}

/// A section of outcome lines under its heading, with `extra` (totals, a
/// note) before them; an empty section says "none so far" rather than
/// vanish, so the panel keeps its shape as answers change.
#[allow(clippy::too_many_arguments)]
fn section(
    out: &mut String,
    view: View,
    name: &str,
    heading: ResultUi,
    outcomes: &[&Outcome],
    extra: &str,
    bureaus_inline: bool,
    plan: Option<&PlanBlocks>,
) {
    let id = format!("{}-r-{name}", view.uid);
    let _ = write!(
        out,
        r#"<section class="fc-result-section" aria-labelledby="{id}"><h3 id="{id}">{}</h3>{extra}"#,
        esc(heading.text(view.lang))
    );
    if outcomes.is_empty() {
        let _ = write!(
            out,
            r#"<p class="fc-muted">{}</p>"#,
            esc(ResultUi::NothingHere.text(view.lang))
        );
    } else {
        out.push_str(r#"<ul class="fc-outcomes">"#);
        lines(out, view, outcomes, bureaus_inline, plan);
        out.push_str("</ul>");
    }
    out.push_str("</section>");
}

/// Outcome lines, each with a stable key (rule, year, subject, and a count
/// for repeats): the panel reopens by key the lines the user opened, as
/// answers change and the blocks are written again.
fn lines(
    out: &mut String,
    view: View,
    outcomes: &[&Outcome],
    bureaus_inline: bool,
    plan: Option<&PlanBlocks>,
) {
    let mut seen: Vec<(String, usize)> = Vec::new();
    for o in outcomes {
        let base = format!(
            "{}-{}-{}",
            o.rule.code(),
            o.year.map(|y| y.to_string()).unwrap_or_default(),
            o.subject.as_deref().unwrap_or("")
        );
        let n = match seen.iter_mut().find(|(k, _)| *k == base) {
            Some((_, n)) => {
                *n += 1;
                *n
            }
            None => {
                seen.push((base.clone(), 1));
                1
            }
        };
        let targets = plan.and_then(|p| p.of_line(o)).unwrap_or_default();
        line(
            out,
            view,
            o,
            &format!("{base}-{n}"),
            bureaus_inline,
            targets,
        );
    }
}

/// One outcome as an expandable line: rule, year, level and amount, and
/// under it the explanation the engine wrote (article, quote, figures,
/// arithmetic, interpretations, bureaus, missing answers).
fn line(out: &mut String, view: View, o: &Outcome, key: &str, bureaus_inline: bool, targets: &str) {
    let lang = view.lang;
    let e = describe(&PACK, o, lang);
    let mut title = e.title.clone();
    if let Some(subject) = &o.subject {
        title.push_str(&format!("({subject})"));
    }
    let year = o.year.map(|y| y.to_string()).unwrap_or_default();
    let _ = write!(
        out,
        r#"<li class="fc-outcome {}" data-key="{}" data-rule="{}" data-level="{}""#,
        level_class(o.level),
        esc(key),
        o.rule.code(),
        level_code(o.level)
    );
    if o.year.is_some() {
        let _ = write!(out, r#" data-year="{year}""#);
    }
    let _ = write!(
        out,
        r#"><details><summary><span class="fc-outcome-head"><span class="fc-outcome-title">{}"#,
        esc(&title)
    );
    if let Some(y) = o.year {
        let _ = write!(
            out,
            r#"<span class="fc-year">{}</span>"#,
            esc(&data_year(y, lang))
        );
    }
    let _ = write!(
        out,
        r#"</span><span class="fc-badge fc-level-badge"><span class="fc-sr-only">{}: </span>{}</span>"#,
        esc(ResultUi::LevelLabel.text(lang)),
        esc(e.level)
    );
    if let Some(yuan) = o.amount_yuan {
        out.push_str(&view.amount(yuan));
    }
    let _ = write!(
        out,
        r#"</span><span class="fc-outcome-summary">{}</span>"#,
        esc(&e.summary)
    );
    let bureaus = bureaus_text(&e, lang);
    if bureaus_inline {
        let _ = write!(
            out,
            r#"<span class="fc-outcome-bureaus">{}: {}</span>"#,
            esc(ResultUi::ExplBureaus.text(lang)),
            esc(&bureaus)
        );
    }
    let _ = write!(
        out,
        r#"</summary><div class="fc-expl"><dl><dt>{}</dt><dd>{} {}</dd><dt>{}</dt><dd><blockquote lang="zh-CN">{}</blockquote></dd>"#,
        esc(ResultUi::ExplArticle.text(lang)),
        esc(PACK.document_number),
        esc(e.article),
        esc(ResultUi::ExplQuote.text(lang)),
        esc(e.quote)
    );
    for (label, items, ordered) in [
        (ResultUi::ExplSteps, &e.steps, true),
        (ResultUi::ExplInterpretations, &e.interpretations, false),
        (ResultUi::ExplMissing, &e.missing, false),
    ] {
        if items.is_empty() {
            continue;
        }
        let tag = if ordered { "ol" } else { "ul" };
        let _ = write!(out, "<dt>{}</dt><dd><{tag}>", esc(label.text(lang)));
        for item in items {
            let _ = write!(out, "<li>{}</li>", esc(item));
        }
        let _ = write!(out, "</{tag}></dd>");
    }
    if !bureaus.is_empty() {
        let _ = write!(
            out,
            "<dt>{}</dt><dd>{}</dd>",
            esc(ResultUi::ExplBureaus.text(lang)),
            esc(&bureaus)
        );
    }
    let _ = write!(out, "</dl></div></details>{targets}</li>");
}

//! Outcomes in words, in either language.
//!
//! Evaluation produces data ([`Step`], [`Caveat`]); this module turns it into
//! sentences with the words of [`crate::i18n::explain`]. The UI, the CLI and
//! the downloadable summary all explain outcomes through [`describe`], so an
//! outcome reads the same everywhere.

use crate::answers::{Location, Question};
use crate::assessment::{
    Assessment, Caveat, Outcome, OutcomeKind, OutcomeLevel, RuleId, Step, Totals, WindowStatus,
};
use crate::date::Date;
use crate::i18n::explain as words;
use crate::i18n::Lang;
use crate::policy::PolicyPack;
use rust_decimal::Decimal;
use serde::Serialize;

pub use crate::i18n::explain::{money, money_in, percent, MoneyUnit};

/// An outcome in words, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Explanation {
    /// The rule's name (a track's title).
    pub title: String,
    /// The result level as it reads for this kind of outcome.
    pub level: &'static str,
    /// One line: the figures and arithmetic that decide it
    /// ("2025 营收 1.06 亿元 > 1 亿元, 2019-2024 最高 0.93 亿元, 首次超过 → 50 万元").
    pub summary: String,
    /// The amount in words, when the outcome has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<String>,
    /// Article as the text numbers it ("三(一)").
    pub article: &'static str,
    /// The sentence of the policy the rule rests on, verbatim.
    pub quote: &'static str,
    /// 责任单位 to contact, lead first.
    pub bureaus: &'static [&'static str],
    /// The text names no bureau for this article: `bureaus` is inferred (推定).
    pub bureaus_inferred: bool,
    /// Every step in words, in order.
    pub steps: Vec<String>,
    /// Every caveat the outcome rests on: interpretations, county by reference,
    /// dates outside the window, awards already received.
    pub interpretations: Vec<String>,
    /// The questions that would decide or sharpen it.
    pub missing: Vec<String>,
}

/// Describes one outcome in `lang`.
pub fn describe(pack: &PolicyPack, outcome: &Outcome, lang: Lang) -> Explanation {
    let c = pack.citation(outcome.rule);
    let steps: Vec<String> = outcome
        .steps
        .iter()
        .map(|s| words::step_words(pack, s, lang))
        .collect();
    let missing: Vec<String> = outcome
        .missing
        .iter()
        .map(|q| words::question_label(*q, lang))
        .collect();
    let mut summary = String::new();
    for (s, text) in outcome.steps.iter().zip(&steps) {
        if !summary.is_empty() {
            summary.push_str(if matches!(s, Step::Award { .. }) {
                " "
            } else {
                ", "
            });
        }
        summary.push_str(text);
    }
    if !missing.is_empty() {
        if !summary.is_empty() {
            summary.push_str("; ");
        }
        summary.push_str(lang.pick("需补充: ", "to answer: "));
        summary.push_str(&missing.join(lang.pick("、", ", ")));
    }
    if summary.is_empty() {
        summary.push_str(level_name_for(outcome.kind, outcome.level, lang));
    }
    Explanation {
        title: title(pack, outcome.rule, lang),
        level: level_name_for(outcome.kind, outcome.level, lang),
        summary,
        amount: outcome.amount_yuan.map(|a| money(a, lang)),
        article: c.article,
        quote: c.quote,
        bureaus: c.bureaus,
        bureaus_inferred: c.bureaus_inferred,
        steps,
        interpretations: outcome
            .caveats
            .iter()
            .map(|c| words::caveat_words(pack, c, lang))
            .collect(),
        missing,
    }
}

/// The bureaus of an explanation in words, marked "推定" when the text
/// names none for the article.
pub fn bureaus_text(e: &Explanation, lang: Lang) -> String {
    let list = e.bureaus.join(lang.pick("、", ", "));
    if e.bureaus_inferred && !list.is_empty() {
        format!(
            "{list}{}",
            lang.pick(
                "(推定: 原文本条未列责任单位)",
                " (inferred: the text names no bureau for this article)"
            )
        )
    } else {
        list
    }
}

/// A rule's title: a track's from the pack in Chinese, the i18n name otherwise.
fn title(pack: &PolicyPack, rule: RuleId, lang: Lang) -> String {
    match (rule, lang) {
        (RuleId::D(n), Lang::Zh) => pack.track(n).map_or_else(
            || rule_name(rule, lang).to_string(),
            |t| t.title.to_string(),
        ),
        _ => rule_name(rule, lang).to_string(),
    }
}

/// The name of a result level.
pub fn level_name(level: OutcomeLevel, lang: Lang) -> &'static str {
    words::level_name(level, lang)
}

/// The level as it reads for a kind ("已获得" for a held title, "达到目标"
/// for a benchmark met).
pub fn level_name_for(kind: OutcomeKind, level: OutcomeLevel, lang: Lang) -> &'static str {
    words::level_name_for(kind, level, lang)
}

/// The name of a rule.
pub fn rule_name(rule: RuleId, lang: Lang) -> &'static str {
    words::rule_name(rule, lang)
}

/// The name of an outcome kind.
pub fn kind_name(kind: OutcomeKind, lang: Lang) -> &'static str {
    words::kind_name(kind, lang)
}

/// The name of a question ("年主营业务收入" for any year; see [`question_label`]).
pub fn question_name(q: Question, lang: Lang) -> &'static str {
    words::question_name(q, lang)
}

/// A question's label with its year where it has one ("2024 年主营业务收入").
pub fn question_label(q: Question, lang: Lang) -> String {
    words::question_label(q, lang)
}

/// The name of a location.
pub fn location_name(l: Location, lang: Lang) -> &'static str {
    words::location_name(l, lang)
}

/// One step in words.
pub fn step_text(pack: &PolicyPack, step: &Step, lang: Lang) -> String {
    words::step_words(pack, step, lang)
}

/// One caveat in words (also the assessment's notes).
pub fn caveat_text(pack: &PolicyPack, caveat: &Caveat, lang: Lang) -> String {
    words::caveat_words(pack, caveat, lang)
}

/// The banner for an assessment date outside the policy's validity; `None`
/// while it is in force.
pub fn window_banner(
    pack: &PolicyPack,
    window: WindowStatus,
    as_of: Date,
    lang: Lang,
) -> Option<String> {
    words::window_words(pack, window, as_of, lang)
}

/// The banner for a county applying the policy by reference.
pub fn county_banner(pack: &PolicyPack, location: Location, lang: Lang) -> String {
    words::county_words(pack, location, lang)
}

/// An outcome with its explanation, as the CLI's JSON and the summary show it.
#[derive(Debug, Clone, Serialize)]
pub struct ExplainedOutcome<'a> {
    #[serde(flatten)]
    pub outcome: &'a Outcome,
    pub explanation: Explanation,
}

/// An assessment with everything in words.
#[derive(Debug, Clone, Serialize)]
pub struct ExplainedAssessment<'a> {
    pub pack: PackInfo,
    pub lang: Lang,
    pub as_of: Date,
    pub window: WindowStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub window_banner: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub by_reference: Option<Location>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub county_banner: Option<String>,
    pub notes: Vec<String>,
    pub outcomes: Vec<ExplainedOutcome<'a>>,
    pub totals: &'a Totals,
}

/// Which policy an assessment is against.
#[derive(Debug, Clone, Serialize)]
pub struct PackInfo {
    pub id: &'static str,
    pub version: &'static str,
    pub title: &'static str,
    pub document_number: &'static str,
    pub in_force_from: Date,
    pub in_force_until: Date,
}

/// Explains a whole assessment.
pub fn explain_assessment<'a>(
    pack: &PolicyPack,
    a: &'a Assessment,
    lang: Lang,
) -> ExplainedAssessment<'a> {
    ExplainedAssessment {
        pack: PackInfo {
            id: pack.id,
            version: pack.version,
            title: pack.title,
            document_number: pack.document_number,
            in_force_from: pack.validity.in_force_from,
            in_force_until: pack.validity.in_force_until,
        },
        lang,
        as_of: a.as_of,
        window: a.window,
        window_banner: window_banner(pack, a.window, a.as_of, lang),
        by_reference: a.by_reference,
        county_banner: a.by_reference.map(|l| county_banner(pack, l, lang)),
        notes: a.notes.iter().map(|n| caveat_text(pack, n, lang)).collect(),
        outcomes: a
            .outcomes
            .iter()
            .map(|o| ExplainedOutcome {
                outcome: o,
                explanation: describe(pack, o, lang),
            })
            .collect(),
        totals: &a.totals,
    }
}

/// Total of an amount list in words ("70 万元"), zero included.
pub fn total_words(d: Decimal, lang: Lang) -> String {
    money(d, lang)
}

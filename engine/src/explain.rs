//! Outcomes in words.

use crate::answers::{Location, Question};
use crate::assessment::{Outcome, OutcomeLevel, RuleId, WindowStatus};
use crate::date::Date;
use crate::i18n::Lang;
use crate::policy::PolicyPack;

/// An outcome in words, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Explanation {
    pub title: String,
    pub level: &'static str,
    pub summary: String,
    pub article: &'static str,
    pub quote: &'static str,
    pub bureaus: &'static [&'static str],
    pub steps: Vec<String>,
    pub interpretations: Vec<String>,
    pub missing: Vec<String>,
}

/// Describes one outcome.
pub fn describe(pack: &PolicyPack, outcome: &Outcome, lang: Lang) -> Explanation {
    let c = pack.citation(outcome.rule);
    Explanation {
        title: rule_name(outcome.rule, lang).to_string(),
        level: level_name(outcome.level, lang),
        summary: String::new(),
        article: c.article,
        quote: c.quote,
        bureaus: c.bureaus,
        steps: Vec::new(),
        interpretations: Vec::new(),
        missing: outcome.missing.iter().map(|q| question_name(*q, lang).to_string()).collect(),
    }
}

/// The name of a result level.
pub fn level_name(level: OutcomeLevel, lang: Lang) -> &'static str {
    match level {
        OutcomeLevel::Qualifies => lang.pick("符合", "Qualifies"),
        OutcomeLevel::Likely => lang.pick("很可能符合", "Likely"),
        OutcomeLevel::Possible => lang.pick("可争取", "Possible"),
        OutcomeLevel::NotEligible => lang.pick("不符合", "Not eligible"),
        OutcomeLevel::NeedMoreAnswers => lang.pick("需补充信息", "Need more answers"),
    }
}

/// The name of a rule.
pub fn rule_name(rule: RuleId, lang: Lang) -> &'static str {
    let _ = rule;
    lang.pick("规则", "Rule")
}

/// The name of a question.
pub fn question_name(q: Question, lang: Lang) -> &'static str {
    let _ = q;
    lang.pick("问题", "Question")
}

/// The banner for an assessment date outside the policy's validity.
pub fn window_banner(pack: &PolicyPack, window: WindowStatus, as_of: Date, lang: Lang) -> Option<String> {
    let _ = (pack, as_of, lang);
    match window {
        WindowStatus::InForce => None,
        _ => Some(String::new()),
    }
}

/// The banner for a county applying the policy by reference.
pub fn county_banner(pack: &PolicyPack, location: Location, lang: Lang) -> String {
    let _ = (pack, location, lang);
    String::new()
}

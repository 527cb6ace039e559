//! The award timeline: the assessment's cash awards year by year, with the
//! year each would be applied for under the tool's working assumption
//! (the year after the data year, [`crate::policy::Validity::application_lag_years`]).

use super::money;
use super::settle::reached;
use crate::assessment::{Assessment, OutcomeKind, OutcomeLevel, RuleId};
use crate::policy::PolicyPack;
use rust_decimal::Decimal;
use serde::Serialize;

/// One award on the timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelineEntry {
    /// The data year (F1, F2: the year of the recognition).
    pub year: u16,
    /// When it would be applied for: the data year + the pack's lag for the
    /// annual awards (F3-F6); `None` for an award paid on a recognition.
    pub application_year: Option<u16>,
    /// Applied for (or recognised) after the policy expires: its successor decides.
    pub after_expiry: bool,
    /// The rule that pays.
    pub rule: RuleId,
    /// How sure the award is.
    pub level: OutcomeLevel,
    /// The award, in yuan.
    #[serde(serialize_with = "money")]
    pub amount_yuan: Decimal,
}

/// Whether a rule pays on a data year's figures (F3-F6), applied for
/// afterwards, rather than on a recognition (F1, F2).
const fn annual(rule: RuleId) -> bool {
    matches!(rule, RuleId::F3 | RuleId::F4 | RuleId::F5 | RuleId::F6)
}

/// The assessment's cash awards with a year and an amount, at "possible"
/// or better, by year and then by rule.
pub fn timeline(pack: &PolicyPack, a: &Assessment) -> Vec<TimelineEntry> {
    let v = &pack.validity;
    let mut out: Vec<TimelineEntry> = a
        .outcomes
        .iter()
        .filter(|o| o.kind == OutcomeKind::Cash && reached(o))
        .filter_map(|o| {
            let year = o.year?;
            let application_year = annual(o.rule)
                .then(|| year.checked_add(v.application_lag_years))
                .flatten();
            Some(TimelineEntry {
                year,
                application_year,
                after_expiry: application_year.unwrap_or(year) > v.in_force_until.year,
                rule: o.rule,
                level: o.level,
                amount_yuan: o.amount_yuan?,
            })
        })
        .collect();
    out.sort_by_key(|e| (e.year, e.rule));
    out
}

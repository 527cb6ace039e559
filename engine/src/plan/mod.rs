//! 差多少达标: what it takes to reach the next award, and the award timeline.
//!
//! For each cash award not yet reached (or its next tier) in a data year the
//! policy can still pay, and for each 2026 benchmark not yet met, a
//! [`Target`] names the answer to change, its value now, the value the
//! policy's words need (超过 → one step above the figure: 0.01 元, 0.01%, one
//! enterprise; 以上/达到 → the figure itself), the gap, and the award.
//!
//! Nothing here decides policy. Candidate values come from the pack's
//! thresholds and boundary words ([`candidates`]); every target is then
//! settled by evaluating the answers again with the change applied
//! ([`crate::rules::evaluate`], see [`settle`]): a target is kept only when
//! the engine gives the award at `needed` and not one step below, so a
//! target never claims what the rules do not give.
//!
//! [`timeline`] lays the assessment's awards out by year: which data year
//! pays what, when it would be applied for, at which level.

mod candidates;
mod settle;
mod timeline;
pub mod whatif;

pub use timeline::{timeline, TimelineEntry};

use crate::answers::{Answers, Question};
use crate::assessment::{Assessment, OutcomeLevel, RuleId};
use crate::i18n::Lang;
use crate::policy::{Bound, PolicyPack};
use crate::rules::award_data_years;
use crate::Date;
use rust_decimal::Decimal;
use serde::{Serialize, Serializer};
use std::ops::RangeInclusive;

/// What a target measures, and so which answer it changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetMetric {
    /// A year's 主营业务收入 against a milestone (F3, F4).
    Revenue,
    /// A year's 主营业务收入 for growth over the year before (F5).
    RevenueGrowth,
    /// Enterprises the cross-border platform serves (F6).
    EnterprisesServed,
    /// The platform's import/export growth, in percent (F6).
    TradeGrowth,
    /// Value added against the per-亩 target (B1).
    ValueAddedPerMu,
    /// Tax paid against the per-亩 target (B2).
    TaxPerMu,
    /// Value added against the per-employee target (B3).
    ValueAddedPerEmployee,
}

/// The unit of a metric's current, needed and gap values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    /// Yuan, to the fen.
    Yuan,
    /// Percent, to 0.01%.
    Percent,
    /// Whole enterprises.
    Count,
}

impl TargetMetric {
    /// The unit its values are in.
    pub const fn unit(self) -> Unit {
        match self {
            TargetMetric::EnterprisesServed => Unit::Count,
            TargetMetric::TradeGrowth => Unit::Percent,
            _ => Unit::Yuan,
        }
    }
}

impl Unit {
    /// The smallest difference the tool counts: 0.01 元 (the fen the rules
    /// pay to), 0.01% (percentages as typed), one enterprise.
    pub fn step(self) -> Decimal {
        match self {
            Unit::Yuan | Unit::Percent => Decimal::new(1, 2),
            Unit::Count => Decimal::ONE,
        }
    }
}

/// One condition of a target: the answer to change and the value it needs.
///
/// In JSON, amounts and percentages are strings with at least two places
/// ("106950000.01", "15.00"), counts whole ("301"), like the assessment's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Condition {
    /// What is measured.
    pub metric: TargetMetric,
    /// The answer to change (`field` in JSON: its path, "revenue_yuan.2025").
    pub question: Question,
    /// The policy's boundary word for the threshold.
    pub bound: Bound,
    /// The figure the policy's words name: yuan for revenue, percent for
    /// growth, enterprises, yuan per 亩 or per employee for benchmarks.
    pub threshold: Decimal,
    /// What the threshold is multiplied by: the previous year's revenue
    /// (F5), land in 亩 (B1, B2), employees (B3).
    pub base: Option<Decimal>,
    /// The answer now; `None` while unanswered.
    pub current: Option<Decimal>,
    /// The smallest value (in steps of [`Unit::step`]) the words accept.
    pub needed: Decimal,
    /// `needed − current`; `None` while unanswered.
    pub gap: Option<Decimal>,
}

impl Condition {
    /// The needed value as the JSON writes it ("106950000.01").
    pub fn needed_text(&self) -> String {
        figure(self.needed, self.metric.unit())
    }
}

impl Serialize for Condition {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let unit = self.metric.unit();
        let threshold_unit = match self.metric {
            TargetMetric::RevenueGrowth => Unit::Percent,
            _ => unit,
        };
        // The previous year's revenue is money; land and employees are plain.
        let base_unit = match self.metric {
            TargetMetric::RevenueGrowth => Unit::Yuan,
            _ => Unit::Count,
        };
        let mut st = s.serialize_struct("Condition", 8)?;
        st.serialize_field("metric", &self.metric)?;
        st.serialize_field("field", &self.question.field_path())?;
        st.serialize_field("bound", &self.bound)?;
        st.serialize_field("threshold", &figure(self.threshold, threshold_unit))?;
        if let Some(b) = self.base {
            st.serialize_field("base", &figure(b, base_unit))?;
        }
        st.serialize_field("current", &self.current.map(|d| figure(d, unit)))?;
        st.serialize_field("needed", &figure(self.needed, unit))?;
        st.serialize_field("gap", &self.gap.map(|d| figure(d, unit)))?;
        st.end()
    }
}

/// The distance to one award (or benchmark) not yet reached.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Target {
    /// The rule that would pay.
    pub rule: RuleId,
    /// The data year (F6: the platform's year; none for benchmarks).
    pub year: Option<u16>,
    /// When the award would be applied for (data year + the pack's lag).
    pub application_year: Option<u16>,
    /// The condition to meet.
    #[serde(flatten)]
    pub condition: Condition,
    /// Further conditions the award needs at the same time (F6 needs both
    /// enterprises served and trade growth).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<Condition>,
    /// The award once met, as the engine computes it (less what was already
    /// received); `None` for a benchmark.
    #[serde(serialize_with = "opt_money")]
    pub award_yuan: Option<Decimal>,
    /// The level the outcome would have once met.
    pub level: OutcomeLevel,
    /// The award the rule gives now for the same year (a lower tier).
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "opt_money")]
    pub now_yuan: Option<Decimal>,
}

impl Target {
    /// Every condition: the target's own first.
    pub fn conditions(&self) -> impl Iterator<Item = &Condition> {
        std::iter::once(&self.condition).chain(&self.also)
    }
}

/// A target with its sentence in one language, as the CLI's JSON and the
/// summary JSON give it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExplainedTarget {
    /// The target's figures.
    #[serde(flatten)]
    pub target: Target,
    /// The target in one sentence ([`crate::i18n::plan::target_words`]).
    pub text: String,
}

/// Each target with its sentence in `lang`.
pub fn explain(targets: Vec<Target>, lang: Lang) -> Vec<ExplainedTarget> {
    targets
        .into_iter()
        .map(|target| ExplainedTarget {
            text: crate::i18n::plan::target_words(&target, lang),
            target,
        })
        .collect()
}

/// The data years a target may name: those whose award the policy can
/// still pay ([`award_data_years`]) and whose application year (data year +
/// lag) has not passed on `as_of`.
pub fn target_years(pack: &PolicyPack, as_of: Date) -> RangeInclusive<u16> {
    let paying = award_data_years(pack);
    let open = as_of
        .year
        .saturating_sub(pack.validity.application_lag_years);
    (*paying.start()).max(open)..=*paying.end()
}

/// Every target for `answers`, whose assessment is `assessment` (evaluated
/// with `pack`): milestone tiers (F3, F4), growth years (F5), the platform
/// subsidy (F6), then the benchmarks (B1-B3).
pub fn targets(pack: &PolicyPack, answers: &Answers, assessment: &Assessment) -> Vec<Target> {
    let mut out = Vec::new();
    for c in candidates::candidates(pack, answers, assessment) {
        if let Some(t) = settle::settle(pack, answers, assessment, c) {
            out.push(t);
        }
    }
    out
}

/// `answers` with the answer to `question` set to `value`; `None` for a
/// question no target changes, or a value it cannot hold (a fractional or
/// negative count).
pub fn with_answer(answers: &Answers, question: Question, value: Decimal) -> Option<Answers> {
    let mut a = answers.clone();
    match question {
        Question::Revenue(y) => {
            a.revenue_yuan.insert(y, value);
        }
        Question::CrossBorderServed => {
            if !value.fract().is_zero() {
                return None;
            }
            a.cross_border.enterprises_served = Some(u32::try_from(value).ok()?);
        }
        Question::CrossBorderGrowth => a.cross_border.trade_growth_percent = Some(value),
        Question::ValueAdded => a.land.value_added_yuan = Some(value),
        Question::TaxPaid => a.land.tax_paid_yuan = Some(value),
        _ => return None,
    }
    Some(a)
}

/// The value of `question` in `answers`, as a target reads it.
pub fn answer_of(answers: &Answers, question: Question) -> Option<Decimal> {
    match question {
        Question::Revenue(y) => answers.revenue_yuan.get(&y).copied(),
        Question::CrossBorderServed => answers.cross_border.enterprises_served.map(Decimal::from),
        Question::CrossBorderGrowth => answers.cross_border.trade_growth_percent,
        Question::ValueAdded => answers.land.value_added_yuan,
        Question::TaxPaid => answers.land.tax_paid_yuan,
        _ => None,
    }
}

/// The smallest value on the grid of `step` that passes `threshold` under
/// `bound`: one step above it for 超过, the threshold (rounded up to the
/// grid) for 以上/达到.
pub fn smallest_passing(bound: Bound, threshold: Decimal, step: Decimal) -> Option<Decimal> {
    let steps = threshold.checked_div(step)?;
    let grid = match bound {
        Bound::Exceeds => steps.floor().checked_add(Decimal::ONE)?,
        Bound::AtLeast => steps.ceil(),
    };
    grid.checked_mul(step)
}

/// A figure as a JSON string, so no reader turns money into floats: amounts
/// and percentages with at least two places, more only when they carry
/// digits; counts as they are.
fn figure(d: Decimal, unit: Unit) -> String {
    let mut n = d.normalize();
    if unit != Unit::Count && n.scale() < 2 {
        n.rescale(2);
    }
    n.to_string()
}

fn money<S: Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&figure(*d, Unit::Yuan))
}

fn opt_money<S: Serializer>(d: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => money(d, s),
        None => s.serialize_none(),
    }
}

//! What if: the cash award paid on one data year's figures as that year's
//! revenue moves (or its growth over the year before, for F5), every other
//! answer kept. Each point is the engine's own assessment of the changed
//! answers ([`crate::rules::evaluate`]); the thresholds on the way come from
//! the pack, in the policy's boundary words, and the curve holds the value
//! on each side of every threshold, so its steps sit exactly where the
//! words put them.

use super::settle::reached;
use super::{smallest_passing, with_answer, Unit};
use crate::answers::{Answers, Question};
use crate::assessment::{OutcomeKind, RuleId};
use crate::policy::{Bound, PolicyPack};
use crate::rules::evaluate;
use crate::Date;
use rust_decimal::Decimal;

/// What the chart's horizontal axis moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Axis {
    /// The year's 主营业务收入, in yuan.
    Revenue,
    /// The year's growth over the year before, in percent (F5's measure).
    Growth,
}

impl Axis {
    /// The short name in requests ("revenue", "growth").
    pub const fn code(self) -> &'static str {
        match self {
            Axis::Revenue => "revenue",
            Axis::Growth => "growth",
        }
    }

    /// The axis of a [`Axis::code`].
    pub fn from_code(code: &str) -> Option<Axis> {
        [Axis::Revenue, Axis::Growth]
            .into_iter()
            .find(|a| a.code() == code)
    }

    /// The unit of its values.
    pub const fn unit(self) -> Unit {
        match self {
            Axis::Revenue => Unit::Yuan,
            Axis::Growth => Unit::Percent,
        }
    }
}

/// A threshold on the axis: where a rule's words change the award.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    /// The rule whose sentence names it.
    pub rule: RuleId,
    /// The threshold in the axis' unit.
    pub x: Decimal,
    /// The word before it (超过 or 以上/达到).
    pub bound: Bound,
}

/// The award curve of one data year along one axis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Curve {
    /// The data year whose figures move.
    pub year: u16,
    pub axis: Axis,
    /// The axis' range shown, on the grid of `step`.
    pub from: Decimal,
    pub to: Decimal,
    /// A round step for a slider over the range.
    pub step: Decimal,
    /// (value, award in yuan), by increasing value: an even sample of the
    /// range plus, at every mark, the smallest value its words accept and
    /// the one just below.
    pub points: Vec<(Decimal, Decimal)>,
    /// The thresholds within the range.
    pub marks: Vec<Mark>,
    /// The enterprise's own value; `None` while the year is unanswered.
    pub current: Option<Decimal>,
}

/// The year before's revenue, when answered and above zero (growth needs it).
pub fn previous_revenue(answers: &Answers, year: u16) -> Option<Decimal> {
    year.checked_sub(1)
        .and_then(|p| answers.revenue_yuan.get(&p).copied())
        .filter(|p| *p > Decimal::ZERO)
}

/// The revenue of `year` that a value on `axis` stands for.
pub fn revenue_for(answers: &Answers, year: u16, axis: Axis, x: Decimal) -> Option<Decimal> {
    match axis {
        Axis::Revenue => Some(x),
        Axis::Growth => previous_revenue(answers, year)?
            .checked_mul(Decimal::ONE_HUNDRED.checked_add(x)?)?
            .checked_div(Decimal::ONE_HUNDRED),
    }
}

/// The value on `axis` of a revenue of `year` (growth to 0.01%, rounded
/// down so a value shown never claims more than the revenue gives).
pub fn value_of(answers: &Answers, year: u16, axis: Axis, revenue: Decimal) -> Option<Decimal> {
    match axis {
        Axis::Revenue => Some(revenue),
        Axis::Growth => {
            let p = previous_revenue(answers, year)?;
            let g = revenue
                .checked_sub(p)?
                .checked_mul(Decimal::ONE_HUNDRED)?
                .checked_div(p)?;
            Some(g.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::ToNegativeInfinity))
        }
    }
}

/// The cash award paid on `year`'s figures (every rule, at "possible" or
/// better) when that year's revenue is `revenue`, everything else as answered.
pub fn award_at(
    pack: &PolicyPack,
    answers: &Answers,
    as_of: Date,
    year: u16,
    revenue: Decimal,
) -> Decimal {
    let Some(changed) = with_answer(answers, Question::Revenue(year), revenue) else {
        return Decimal::ZERO;
    };
    evaluate(pack, &changed, as_of)
        .outcomes
        .iter()
        .filter(|o| o.kind == OutcomeKind::Cash && o.year == Some(year) && reached(o))
        .filter_map(|o| o.amount_yuan)
        .sum()
}

/// The thresholds of `year`'s award in revenue (yuan): the milestone tiers
/// of the enterprise's industry (F3, F4) and the growth threshold over the
/// year before (F5).
fn revenue_marks(pack: &PolicyPack, answers: &Answers, year: u16) -> Vec<Mark> {
    let mut out = Vec::new();
    for (rule, m) in [(RuleId::F3, &pack.f3), (RuleId::F4, &pack.f4)] {
        if answers.industry.is_some_and(|i| m.industries.contains(&i)) {
            out.extend(m.tiers.iter().map(|t| Mark {
                rule,
                x: t.threshold,
                bound: m.bound,
            }));
        }
    }
    if let Some(x) = revenue_for(answers, year, Axis::Growth, pack.f5.threshold_percent) {
        out.push(Mark {
            rule: RuleId::F5,
            x,
            bound: pack.f5.bound,
        });
    }
    out
}

/// The smallest power of ten (from 0.01) that cuts `span` into at most
/// `parts` steps.
fn round_step(span: Decimal, parts: u32) -> Decimal {
    let mut step = Decimal::new(1, 2);
    let parts = Decimal::from(parts);
    while step * parts < span {
        step *= Decimal::TEN;
    }
    step
}

/// The curve of `year`'s award along `axis` with `samples` even steps (plus
/// two points per threshold); `None` for growth without the year before.
pub fn curve(
    pack: &PolicyPack,
    answers: &Answers,
    as_of: Date,
    year: u16,
    axis: Axis,
    samples: u32,
) -> Option<Curve> {
    let current = answers
        .revenue_yuan
        .get(&year)
        .and_then(|r| value_of(answers, year, axis, *r));
    if axis == Axis::Growth {
        previous_revenue(answers, year)?;
    }
    let mut marks: Vec<Mark> = revenue_marks(pack, answers, year)
        .into_iter()
        .filter_map(|m| {
            Some(Mark {
                x: value_of(answers, year, axis, m.x)?,
                ..m
            })
        })
        .collect();
    // The range: from zero (or the current fall in growth) to a quarter past
    // the highest threshold or the current value, whichever is higher.
    let high = marks
        .iter()
        .map(|m| m.x)
        .chain(current)
        .fold(Decimal::ZERO, Decimal::max);
    let low = match axis {
        Axis::Revenue => Decimal::ZERO,
        Axis::Growth => current.unwrap_or_default().min(Decimal::ZERO),
    };
    let high = match (axis, high > Decimal::ZERO) {
        (_, true) => high * Decimal::new(125, 2),
        (Axis::Revenue, false) => Decimal::new(100_000_000, 0),
        (Axis::Growth, false) => Decimal::new(30, 0),
    };
    let step = round_step(high - low, samples.max(1));
    let from = (low / step).floor() * step;
    let to = (high / step).ceil() * step;
    marks.retain(|m| m.x > from && m.x < to);
    let grid = axis.unit().step();
    let mut xs: Vec<Decimal> = (0..=samples)
        .map(|i| from + (to - from) * Decimal::from(i) / Decimal::from(samples.max(1)))
        .map(|x| (x / grid).round() * grid)
        .collect();
    for m in &marks {
        if let Some(pass) = smallest_passing(m.bound, m.x, grid) {
            xs.extend([pass - grid, pass]);
        }
    }
    xs.extend(current);
    xs.sort();
    xs.dedup();
    let points = xs
        .into_iter()
        .filter(|x| *x >= from && *x <= to)
        .filter_map(|x| {
            let revenue = revenue_for(answers, year, axis, x)?;
            (revenue >= Decimal::ZERO).then(|| (x, award_at(pack, answers, as_of, year, revenue)))
        })
        .collect();
    Some(Curve {
        year,
        axis,
        from,
        to,
        step,
        points,
        marks,
        current,
    })
}

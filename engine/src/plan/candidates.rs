//! Where a target may lie: the next milestone tier, a growth year, the
//! platform's conditions, a benchmark. Each candidate's value is read from
//! the pack's threshold and boundary word; [`super::settle`] then asks the
//! engine whether it holds.

use super::settle::reached;
use super::{smallest_passing, target_years, TargetMetric};
use crate::answers::{Answers, Question};
use crate::assessment::{Assessment, OutcomeKind, RuleId};
use crate::policy::{Bound, PolicyPack};
use rust_decimal::Decimal;
use std::ops::RangeInclusive;

/// A condition before the engine has checked it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Guess {
    pub metric: TargetMetric,
    pub question: Question,
    pub bound: Bound,
    pub threshold: Decimal,
    pub base: Option<Decimal>,
    /// The value the words accept, as read from the pack.
    pub value: Decimal,
}

impl Guess {
    fn new(
        metric: TargetMetric,
        question: Question,
        bound: Bound,
        threshold: Decimal,
        base: Option<Decimal>,
        // The threshold in the answer's unit (yuan of revenue for a growth
        // percentage, total value added for a per-亩 figure).
        in_answer_unit: Decimal,
    ) -> Option<Guess> {
        Some(Guess {
            metric,
            question,
            bound,
            threshold,
            base,
            value: smallest_passing(bound, in_answer_unit, metric.unit().step())?,
        })
    }
}

/// A possible target: the award of `rule` for `year` once `condition` (and
/// every `also`) is met.
#[derive(Debug, Clone)]
pub(super) struct Candidate {
    pub rule: RuleId,
    pub year: Option<u16>,
    pub condition: Guess,
    pub also: Vec<Guess>,
}

/// Every candidate, in the order of the rules.
pub(super) fn candidates(pack: &PolicyPack, answers: &Answers, a: &Assessment) -> Vec<Candidate> {
    let years = target_years(pack, a.as_of);
    let mut out = Vec::new();
    milestones(pack, answers, &years, &mut out);
    growth(pack, answers, a, &years, &mut out);
    platform(pack, answers, &years, &mut out);
    benchmarks(pack, answers, a, &mut out);
    out
}

/// F3, F4: in each year, the lowest tier no answered year passes yet (a tier
/// passed in any year is no longer a first time, or already pays).
fn milestones(
    pack: &PolicyPack,
    answers: &Answers,
    years: &RangeInclusive<u16>,
    out: &mut Vec<Candidate>,
) {
    for (rule, m) in [(RuleId::F3, &pack.f3), (RuleId::F4, &pack.f4)] {
        if !answers.industry.is_some_and(|i| m.industries.contains(&i)) {
            continue;
        }
        let passed = |t: Decimal| answers.revenue_yuan.values().any(|v| m.bound.test(*v, t));
        // Tiers are highest first.
        let Some(tier) = m.tiers.iter().rev().find(|t| !passed(t.threshold)) else {
            continue;
        };
        for year in years.clone() {
            let Some(condition) = Guess::new(
                TargetMetric::Revenue,
                Question::Revenue(year),
                m.bound,
                tier.threshold,
                None,
                tier.threshold,
            ) else {
                continue;
            };
            out.push(Candidate {
                rule,
                year: Some(year),
                condition,
                also: Vec::new(),
            });
        }
    }
}

/// F5: each growth year the engine opened that does not pay yet, with the
/// year before answered: that year's revenue × (100 + threshold)%.
fn growth(
    pack: &PolicyPack,
    answers: &Answers,
    a: &Assessment,
    years: &RangeInclusive<u16>,
    out: &mut Vec<Candidate>,
) {
    let g = &pack.f5;
    for o in &a.outcomes {
        let Some(year) = o.year.filter(|y| o.rule == RuleId::F5 && years.contains(y)) else {
            continue;
        };
        if reached(o) {
            continue;
        }
        let Some(&previous) = year
            .checked_sub(1)
            .and_then(|p| answers.revenue_yuan.get(&p))
            .filter(|p| **p > Decimal::ZERO)
        else {
            continue;
        };
        let Some(amount) = previous
            .checked_mul(Decimal::ONE_HUNDRED + g.threshold_percent)
            .and_then(|x| x.checked_div(Decimal::ONE_HUNDRED))
        else {
            continue;
        };
        if let Some(condition) = Guess::new(
            TargetMetric::RevenueGrowth,
            Question::Revenue(year),
            g.bound,
            g.threshold_percent,
            Some(previous),
            amount,
        ) {
            out.push(Candidate {
                rule: RuleId::F5,
                year: Some(year),
                condition,
                also: Vec::new(),
            });
        }
    }
}

/// F6: enterprises served and trade growth, for the platform's operator
/// with every figure answered. The next growth tier when only growth falls
/// short; enterprises served when only they do; both when both do.
fn platform(
    pack: &PolicyPack,
    answers: &Answers,
    years: &RangeInclusive<u16>,
    out: &mut Vec<Candidate>,
) {
    let p = &pack.f6;
    let cb = &answers.cross_border;
    if cb.platform_operator != Some(true) {
        return;
    }
    let (Some(year), Some(served), Some(growth)) =
        (cb.year, cb.enterprises_served, cb.trade_growth_percent)
    else {
        return;
    };
    if !years.contains(&year) {
        return;
    }
    let threshold = Decimal::from(p.served_threshold);
    let served_ok = p.served_bound.test(Decimal::from(served), threshold);
    let Some(served) = Guess::new(
        TargetMetric::EnterprisesServed,
        Question::CrossBorderServed,
        p.served_bound,
        threshold,
        None,
        threshold,
    ) else {
        return;
    };
    let passes = |t: Decimal| p.growth_bound.test(growth, t);
    let any_tier = p.tiers.iter().any(|t| passes(t.growth_percent));
    // Tiers are highest first: the next is the lowest not yet passed.
    let next = p
        .tiers
        .iter()
        .rev()
        .find(|t| !passes(t.growth_percent))
        .and_then(|t| {
            Guess::new(
                TargetMetric::TradeGrowth,
                Question::CrossBorderGrowth,
                p.growth_bound,
                t.growth_percent,
                None,
                t.growth_percent,
            )
        });
    let (condition, also) = match (served_ok, any_tier, next) {
        (false, true, _) => (served, Vec::new()),
        (false, false, Some(g)) => (g, vec![served]),
        (true, _, Some(g)) => (g, Vec::new()),
        _ => return,
    };
    out.push(Candidate {
        rule: RuleId::F6,
        year: Some(year),
        condition,
        also,
    });
}

/// B1-B3: each benchmark the engine compared and found below its target.
fn benchmarks(pack: &PolicyPack, answers: &Answers, a: &Assessment, out: &mut Vec<Candidate>) {
    let b = &pack.benchmarks;
    let land = &answers.land;
    let mu = land.own_land_mu.filter(|m| *m > Decimal::ZERO);
    let employees = land.employees.filter(|e| *e > 0).map(Decimal::from);
    for o in &a.outcomes {
        if o.kind != OutcomeKind::Benchmark || reached(o) || !o.missing.is_empty() {
            continue;
        }
        let (metric, question, per, base) = match o.rule {
            RuleId::B1 => (
                TargetMetric::ValueAddedPerMu,
                Question::ValueAdded,
                b.value_added_per_mu,
                mu,
            ),
            RuleId::B2 => (TargetMetric::TaxPerMu, Question::TaxPaid, b.tax_per_mu, mu),
            RuleId::B3 => (
                TargetMetric::ValueAddedPerEmployee,
                Question::ValueAdded,
                b.value_added_per_employee,
                employees,
            ),
            _ => continue,
        };
        let Some(base) = base else { continue };
        let Some(condition) = per
            .checked_mul(base)
            .and_then(|total| Guess::new(metric, question, b.bound, per, Some(base), total))
        else {
            continue;
        };
        out.push(Candidate {
            rule: o.rule,
            year: None,
            condition,
            also: Vec::new(),
        });
    }
}

//! 一 总体目标: the enterprise's per-mu and per-employee figures beside the
//! city's 2026 targets (B1-B3). Not awards: a mirror for the 亩均 evaluation.

use super::{to_fen, Base, Ctx, Draft};
use crate::answers::{Industry, Question, SeparationStatus};
use crate::assessment::{Caveat, Metric, Outcome, OutcomeKind, RuleId, Step};
use rust_decimal::Decimal;

/// B1-B3 for manufacturers (the targets are for 规上工业).
pub(crate) fn benchmarks(ctx: &Ctx, out: &mut Vec<Outcome>) {
    if ctx.industry != Some(Industry::Manufacturing) {
        return;
    }
    let b = &ctx.pack.benchmarks;
    let land = &ctx.answers.land;
    let s = &ctx.answers.separation;
    let mu = land.own_land_mu.filter(|m| *m > Decimal::ZERO);
    let below_scale = ctx.answers.above_scale == Some(false);
    // S2: a separation that adds no land lets the new company's figures
    // (营业收入、利润、税收等) count in the parent's 亩均 evaluation.
    let separating = matches!(
        s.status,
        Some(SeparationStatus::Done | SeparationStatus::Planned)
    ) && s.new_land == Some(false);
    let merge = |metric: Metric| -> Option<Decimal> {
        if !separating {
            return None;
        }
        match metric {
            Metric::Tax => s.new_company_tax_yuan,
            Metric::ValueAdded => s.new_company_value_added_yuan,
            Metric::Revenue => s.new_company_revenue_yuan,
        }
    };

    let per_mu =
        |rule: RuleId, metric: Metric, total: Option<Decimal>, q: Question, target: Decimal| {
            let mut d = Draft::new(rule, OutcomeKind::Benchmark);
            if below_scale {
                d.caveat(Caveat::NotAboveScale);
            }
            if total.is_none() {
                d.missing(q);
            }
            if mu.is_none() {
                d.missing(Question::OwnLand);
            }
            let (Some(total), Some(mu)) = (total, mu) else {
                return (d, Base::NeedMore);
            };
            let step = |total: Decimal, merged: bool| -> Option<(Step, bool)> {
                let value = to_fen(total.checked_div(mu)?);
                let passed = b.bound.test(total, target.checked_mul(mu)?);
                Some((
                    Step::PerMu {
                        metric,
                        total,
                        land_mu: mu,
                        value,
                        target: Some(target),
                        passed: Some(passed),
                        merged,
                    },
                    passed,
                ))
            };
            let Some((own, mut passed)) = step(total, false) else {
                return (d, Base::NeedMore);
            };
            d.step(own);
            if let Some(extra) = merge(metric) {
                if let Some((merged, merged_passed)) =
                    total.checked_add(extra).and_then(|t| step(t, true))
                {
                    d.step(merged);
                    // Only a completed separation changes today's figure.
                    if s.status == Some(SeparationStatus::Done) {
                        passed = merged_passed;
                    }
                }
            }
            (d, if passed { Base::Met } else { Base::NotEligible })
        };

    let (d, base) = per_mu(
        RuleId::B1,
        Metric::ValueAdded,
        land.value_added_yuan,
        Question::ValueAdded,
        b.value_added_per_mu,
    );
    ctx.finish(d, base, out);
    let (d, base) = per_mu(
        RuleId::B2,
        Metric::Tax,
        land.tax_paid_yuan,
        Question::TaxPaid,
        b.tax_per_mu,
    );
    ctx.finish(d, base, out);

    let mut d = Draft::new(RuleId::B3, OutcomeKind::Benchmark);
    if below_scale {
        d.caveat(Caveat::NotAboveScale);
    }
    let employees = land.employees.filter(|e| *e > 0);
    if land.value_added_yuan.is_none() {
        d.missing(Question::ValueAdded);
    }
    if employees.is_none() {
        d.missing(Question::Employees);
    }
    let base = match (land.value_added_yuan, employees) {
        (Some(total), Some(n)) => {
            let people = Decimal::from(n);
            let target = b.value_added_per_employee;
            match (total.checked_div(people), target.checked_mul(people)) {
                (Some(v), Some(t)) => {
                    let passed = b.bound.test(total, t);
                    d.step(Step::PerEmployee {
                        total,
                        employees: n,
                        value: to_fen(v),
                        target,
                        passed,
                    });
                    if passed {
                        Base::Met
                    } else {
                        Base::NotEligible
                    }
                }
                _ => Base::NeedMore,
            }
        }
        _ => Base::NeedMore,
    };
    ctx.finish(d, base, out);
}

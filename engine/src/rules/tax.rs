//! 三(二) 加大税收支持: tax estimates, never cash.

use super::{percent_of, Base, Ctx, Draft};
use crate::answers::{Question, RecognitionKind};
use crate::assessment::{Caveat, Outcome, OutcomeKind, RuleId, Step};
use rust_decimal::Decimal;

/// Whether the enterprise holds a recognition of `kind`.
fn holds(ctx: &Ctx, kind: RecognitionKind) -> bool {
    ctx.answers.recognitions.iter().any(|r| r.kind == kind)
}

/// T1: R&D super-deduction. Saving = R&D cost × 100% × income-tax rate; the
/// extra deduction lowers taxable income at most to zero, so a loss year
/// saves nothing now (the deduction still applies).
pub(crate) fn rd_deduction(ctx: &Ctx, out: &mut Vec<Outcome>) {
    let t1 = &ctx.pack.t1;
    let tax = &ctx.answers.tax;
    let mut d = Draft::new(RuleId::T1, OutcomeKind::TaxEstimate);
    d.caveat(Caveat::TaxEstimate);
    let (Some(cost), Some(rate)) = (tax.rd_cost_yuan, tax.income_tax_rate_percent) else {
        if tax.rd_cost_yuan.is_none() {
            d.missing(Question::RdCost);
        }
        if tax.income_tax_rate_percent.is_none() {
            d.missing(Question::IncomeTaxRate);
        }
        // No R&D at all settles it whatever the rate.
        if tax.rd_cost_yuan.is_some_and(|c| c <= Decimal::ZERO) {
            d.missing.clear();
            ctx.finish(d, Base::NotEligible, out);
        } else {
            ctx.finish(d, Base::NeedMore, out);
        }
        return;
    };
    if cost <= Decimal::ZERO {
        ctx.finish(d, Base::NotEligible, out);
        return;
    }
    let Some(extra) = percent_of(cost, t1.extra_deduction_percent) else {
        d.missing(Question::RdCost);
        ctx.finish(d, Base::NeedMore, out);
        return;
    };
    // Only the part of the deduction that meets taxable income saves tax now.
    let deducted = match tax.taxable_income_yuan {
        Some(income) if income < extra => {
            let left = income.max(Decimal::ZERO);
            d.step(Step::DeductionLimited {
                deduction: extra,
                income,
            });
            left
        }
        _ => extra,
    };
    let saving = percent_of(deducted, rate).unwrap_or_default();
    d.step(Step::RdSaving {
        cost,
        extra_percent: t1.extra_deduction_percent,
        rate_percent: rate,
        saving,
    });
    d.amount = Some(saving);
    ctx.finish(d, Base::Met, out);
}

/// T2: certified technology-advanced service enterprises pay 15%. Saving =
/// taxable income × (the rate it would pay without the certification −
/// 15%): the standard rate by default, its answered rate when higher,
/// nothing for a 高新技术企业 (15% by itself) or in a loss year. Before
/// certification, a path.
pub(crate) fn reduced_rate(ctx: &Ctx, out: &mut Vec<Outcome>) {
    let t2 = &ctx.pack.t2;
    let certified = holds(ctx, RecognitionKind::TechAdvancedService);
    let high_tech = holds(ctx, RecognitionKind::HighTech);
    let answered = ctx.answers.tax.income_tax_rate_percent;
    let mut d = Draft::new(RuleId::T2, OutcomeKind::TaxEstimate);
    d.caveat(Caveat::TaxEstimate);
    d.step(Step::Certified { certified });
    let base = if certified { Base::Met } else { Base::Possible };
    let Some(income) = ctx.answers.tax.taxable_income_yuan else {
        d.missing(Question::TaxableIncome);
        ctx.finish(
            d,
            if certified {
                Base::NeedMore
            } else {
                Base::Possible
            },
            out,
        );
        return;
    };
    // The rate without this certification.
    let from = if high_tech {
        d.step(Step::HighTechRate {
            percent: t2.reduced_rate_percent,
        });
        t2.reduced_rate_percent
    } else {
        match answered {
            // A certified enterprise answering 15% pays it because of the certification.
            Some(r) if certified && r <= t2.reduced_rate_percent => t2.standard_rate_percent,
            Some(r) => r,
            None => {
                d.caveat(Caveat::RateAssumed {
                    percent: t2.standard_rate_percent,
                });
                t2.standard_rate_percent
            }
        }
    };
    let cut = from
        .checked_sub(t2.reduced_rate_percent)
        .unwrap_or_default()
        .max(Decimal::ZERO);
    let saving = percent_of(income.max(Decimal::ZERO), cut).unwrap_or_default();
    d.step(Step::RateCut {
        income,
        from_percent: from,
        to_percent: t2.reduced_rate_percent,
        saving,
    });
    d.amount = Some(saving);
    ctx.finish(d, base, out);
}

//! 三(二) 加大税收支持: tax estimates, never cash.

use super::{percent_of, Base, Ctx, Draft};
use crate::answers::{Question, RecognitionKind};
use crate::assessment::{Caveat, Outcome, OutcomeKind, RuleId, Step};
use rust_decimal::Decimal;

/// T1: R&D super-deduction. Saving = R&D cost × 100% × income-tax rate.
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
    let Some(saving) =
        percent_of(cost, t1.extra_deduction_percent).and_then(|extra| percent_of(extra, rate))
    else {
        d.missing(Question::RdCost);
        ctx.finish(d, Base::NeedMore, out);
        return;
    };
    d.step(Step::RdSaving {
        cost,
        extra_percent: t1.extra_deduction_percent,
        rate_percent: rate,
        saving,
    });
    if saving <= Decimal::ZERO {
        ctx.finish(d, Base::NotEligible, out);
        return;
    }
    d.amount = Some(saving);
    ctx.finish(d, Base::Met, out);
}

/// T2: certified technology-advanced service enterprises pay 15% instead of
/// 25%. Saving = taxable income × 10%; before certification, a path.
pub(crate) fn reduced_rate(ctx: &Ctx, out: &mut Vec<Outcome>) {
    let t2 = &ctx.pack.t2;
    let certified = ctx
        .answers
        .recognitions
        .iter()
        .any(|r| r.kind == RecognitionKind::TechAdvancedService);
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
    let cut = t2.standard_rate_percent - t2.reduced_rate_percent;
    let saving = percent_of(income.max(Decimal::ZERO), cut).unwrap_or_default();
    d.step(Step::RateCut {
        income,
        from_percent: t2.standard_rate_percent,
        to_percent: t2.reduced_rate_percent,
        saving,
    });
    if saving <= Decimal::ZERO {
        ctx.finish(d, Base::NotEligible, out);
        return;
    }
    d.amount = Some(saving);
    ctx.finish(d, base, out);
}

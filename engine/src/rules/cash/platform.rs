//! F6 跨境电商线上公共综合服务平台: the upgrade subsidy.

use super::{apply_received, received_in_year};
use crate::answers::{AwardMatter, Industry, Question};
use crate::assessment::{Caveat, Outcome, OutcomeKind, RuleId, Step};
use crate::rules::{percent_of, Base, Ctx, Draft};
use rust_decimal::Decimal;

/// F6: the cross-border e-commerce platform's upgrade subsidy.
pub(crate) fn platform_subsidy(ctx: &Ctx, out: &mut Vec<Outcome>) {
    let cb = &ctx.answers.cross_border;
    let mut d = Draft::new(RuleId::F6, OutcomeKind::Cash);
    match cb.platform_operator {
        Some(false) => {
            d.step(Step::PlatformOperator { operator: false });
            ctx.finish(d, Base::NotEligible, out);
            return;
        }
        // A manufacturer is not asked (relevance); no outcome rather than a question.
        None if ctx.industry == Some(Industry::Manufacturing) => return,
        None => {
            if ctx.industry.is_none() {
                d.missing(Question::Industry);
            }
            d.missing(Question::CrossBorderOperator);
            ctx.finish(d, Base::NeedMore, out);
            return;
        }
        Some(true) => d.step(Step::PlatformOperator { operator: true }),
    }
    d.year = cb.year;
    let rate = match subsidy_rate(ctx, &mut d) {
        Ok(rate) => rate,
        Err(()) => {
            d.missing.clear();
            ctx.finish(d, Base::NotEligible, out);
            return;
        }
    };
    if cb.upgrade_cost_yuan.is_none() {
        d.missing(Question::CrossBorderUpgradeCost);
    }
    if cb.year.is_none() {
        d.missing(Question::CrossBorderYear);
    }
    let (Some(rate), Some(cost)) = (rate, cb.upgrade_cost_yuan) else {
        ctx.finish(d, Base::NeedMore, out);
        return;
    };
    subsidy(ctx, d, rate, cost, out);
}

/// 服务企业超过300家且进出口额增速达到15%、20%以上的: the share of the cost
/// the platform's figures earn; `Ok(None)` while a figure is unanswered,
/// `Err` when a condition fails.
fn subsidy_rate(ctx: &Ctx, d: &mut Draft) -> Result<Option<Decimal>, ()> {
    let p = &ctx.pack.f6;
    let cb = &ctx.answers.cross_border;
    let mut failed = false;
    match cb.enterprises_served {
        Some(count) => {
            let passed = p
                .served_bound
                .test(Decimal::from(count), Decimal::from(p.served_threshold));
            d.step(Step::Served {
                count,
                threshold: p.served_threshold,
                bound: p.served_bound,
                passed,
            });
            failed |= !passed;
        }
        None => d.missing(Question::CrossBorderServed),
    }
    let mut rate = None;
    match cb.trade_growth_percent {
        Some(growth) => {
            for tier in p.tiers {
                let passed = p.growth_bound.test(growth, tier.growth_percent);
                d.step(Step::TradeGrowth {
                    percent: growth,
                    threshold_percent: tier.growth_percent,
                    bound: p.growth_bound,
                    passed,
                });
                if passed {
                    rate = Some(tier.rate_percent);
                    break;
                }
            }
            failed |= rate.is_none();
        }
        None => d.missing(Question::CrossBorderGrowth),
    }
    if failed {
        Err(())
    } else {
        Ok(rate)
    }
}

/// 按照其研发升级费用的70%、100%给予补助,最高不超过60万元: the share, then the cap.
fn subsidy(ctx: &Ctx, mut d: Draft, rate: Decimal, cost: Decimal, out: &mut Vec<Outcome>) {
    let p = &ctx.pack.f6;
    let cb = &ctx.answers.cross_border;
    let Some(share) = percent_of(cost.max(Decimal::ZERO), rate) else {
        d.missing(Question::CrossBorderUpgradeCost);
        ctx.finish(d, Base::NeedMore, out);
        return;
    };
    d.step(Step::Share {
        base: cost,
        percent: rate,
        result: share,
    });
    let capped = share.min(p.cap);
    if capped < share {
        d.step(Step::Cap {
            before: share,
            cap: p.cap,
            after: capped,
        });
    }
    if let Some(year) = cb.year {
        let Some(gated) = ctx.data_year_gate(d, year, out) else {
            return;
        };
        d = gated;
        if ctx.is_forecast(year) {
            d.caveat(Caveat::Forecast { year });
        }
    }
    let amount = apply_received(
        &mut d,
        received_in_year(ctx, AwardMatter::CrossBorderPlatform, cb.year),
        cb.year,
        capped,
    );
    d.amount = Some(amount);
    d.step(Step::Award { amount });
    let base = if !d.missing.is_empty() {
        Base::NeedMore
    } else if amount.is_zero() {
        Base::NotEligible
    } else {
        Base::Met
    };
    ctx.finish(d, base, out);
}

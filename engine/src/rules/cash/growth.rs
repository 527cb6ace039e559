//! F5 增速奖励: "从获奖次年开始,对年主营业务收入增速超过15%的企业,给予10万元
//! 奖励,连续奖励三年。"
//!
//! Read in the order of the sentence: the milestone award it rests on
//! ([`without_milestone`] when there is none), the three data years it opens
//! ([`award_years`]), each year's growth test ([`growth_year`]); 就高不重复
//! keeps one award per data year however many windows overlap.

use super::milestone::{MilestoneAward, MilestoneSummary};
use super::{apply_received, received_in_year};
use crate::answers::{AwardMatter, Question};
use crate::assessment::{Caveat, Interpretation, Outcome, OutcomeKind, RuleId, Step};
use crate::rules::{percent_of, Base, Ctx, Draft};
use rust_decimal::Decimal;

/// Whether growth from `previous` to `current` passes `threshold`% under the
/// pack's word, exactly: current × 100 vs previous × (100 + threshold).
fn growth_passes(ctx: &Ctx, previous: Decimal, current: Decimal) -> Option<bool> {
    let g = &ctx.pack.f5;
    let lhs = current.checked_mul(Decimal::ONE_HUNDRED)?;
    let rhs = previous.checked_mul(Decimal::ONE_HUNDRED.checked_add(g.threshold_percent)?)?;
    Some(g.bound.test(lhs, rhs))
}

/// Growth in percent to two places, for display only: the test is
/// [`growth_passes`], and the explanation re-checks exactness from the
/// step's own figures when the rounding meets the threshold.
fn growth_percent(previous: Decimal, current: Decimal) -> Decimal {
    current
        .checked_sub(previous)
        .and_then(|d| d.checked_mul(Decimal::ONE_HUNDRED))
        .and_then(|d| d.checked_div(previous))
        .map(|p| p.round_dp(2))
        .unwrap_or_default()
}

/// F5: 10万 for each data year of growth above 15% in the three data years
/// after a milestone award's data year; one award per data year at most.
pub(crate) fn revenue_growth(ctx: &Ctx, ms: &MilestoneSummary, out: &mut Vec<Outcome>) {
    if ms.awards.is_empty() {
        without_milestone(ctx, ms, out);
        return;
    }
    let years = award_years(ctx, ms);
    if years.is_empty() {
        successor_decides(ctx, ms, out);
        return;
    }
    for year in years {
        growth_year(ctx, year, out);
    }
}

/// 从获奖: the award follows a milestone award (F3/F4). Without one, the
/// outcome says why: the industry, a milestone still undecided, or none.
fn without_milestone(ctx: &Ctx, ms: &MilestoneSummary, out: &mut Vec<Outcome>) {
    let mut d = Draft::new(RuleId::F5, OutcomeKind::Cash);
    match (ctx.industry, ms.covered) {
        (None, _) => {
            d.missing(Question::Industry);
            ctx.finish(d, Base::NeedMore, out);
        }
        (Some(industry), Some(false)) => {
            d.step(Step::Industry {
                industry,
                covered: false,
            });
            ctx.finish(d, Base::NotEligible, out);
        }
        _ if !ms.pending.is_empty() => {
            d.step(Step::NoMilestoneAward);
            for q in &ms.pending {
                d.missing(*q);
            }
            ctx.finish(d, Base::NeedMore, out);
        }
        _ => {
            d.step(Step::NoMilestoneAward);
            ctx.finish(d, Base::NotEligible, out);
        }
    }
}

/// One data year a growth award can be paid for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct AwardYear {
    year: u16,
    /// The milestone award that opened this year's window.
    milestone: MilestoneAward,
}

impl AwardYear {
    /// Whether the milestone it rests on is less than certain.
    fn uncertain(&self) -> bool {
        self.milestone.interpreted || self.milestone.forecast
    }
}

/// 从获奖次年开始…连续奖励三年, with 就高不重复: the union of the windows
/// the milestone awards open, one entry per data year, resting on the most
/// certain milestone. Data years after the policy's last year are left out:
/// their awards would be claimed two or more years after expiry, under
/// whatever policy follows, and the window step already names them.
fn award_years(ctx: &Ctx, ms: &MilestoneSummary) -> Vec<AwardYear> {
    let g = &ctx.pack.f5;
    let last_year = ctx.pack.validity.in_force_until.year;
    let mut years: Vec<AwardYear> = Vec::new();
    for &milestone in &ms.awards {
        let m = milestone.year;
        for year in m.saturating_add(1)..=m.saturating_add(g.years).min(last_year) {
            let this = AwardYear { year, milestone };
            match years.iter_mut().find(|e| e.year == year) {
                Some(e) if e.uncertain() && !this.uncertain() => *e = this,
                Some(_) => {}
                None => years.push(this),
            }
        }
    }
    crate::short::sort_by_key(&mut years, |e| e.year);
    years
}

/// Every window starts after the policy's last year (a milestone of its last
/// data year): the successor policy decides, so this is a path, with no amount.
fn successor_decides(ctx: &Ctx, ms: &MilestoneSummary, out: &mut Vec<Outcome>) {
    let g = &ctx.pack.f5;
    let Some(m) = ms.awards.iter().map(|a| a.year).max() else {
        return;
    };
    let mut d = Draft::new(RuleId::F5, OutcomeKind::Cash).year(m.saturating_add(1));
    d.step(Step::GrowthWindow {
        milestone_year: m,
        first: m.saturating_add(1),
        last: m.saturating_add(g.years),
    });
    d.caveat(Caveat::DataYearAfterExpiry {
        year: m.saturating_add(1),
    });
    ctx.finish(d, Base::Possible, out);
}

/// Whether a year at or below the threshold came earlier in this window (it
/// earned nothing, and did not end the window: an interpretation).
fn low_year_before(ctx: &Ctx, ay: AwardYear) -> bool {
    let rev = &ctx.answers.revenue_yuan;
    (ay.milestone.year.saturating_add(1)..ay.year).any(|z| {
        match (z.checked_sub(1).and_then(|p| rev.get(&p)), rev.get(&z)) {
            (Some(&p), Some(&c)) if p > Decimal::ZERO => growth_passes(ctx, p, c) == Some(false),
            _ => false,
        }
    })
}

/// 对年主营业务收入增速超过15%的企业,给予10万元奖励: one data year of the window.
fn growth_year(ctx: &Ctx, ay: AwardYear, out: &mut Vec<Outcome>) {
    let g = &ctx.pack.f5;
    let (year, m) = (ay.year, ay.milestone.year);
    let mut d = Draft::new(RuleId::F5, OutcomeKind::Cash).year(year);
    d.step(Step::GrowthWindow {
        milestone_year: m,
        first: m.saturating_add(1),
        last: m.saturating_add(g.years),
    });
    if ay.milestone.interpreted {
        d.caveat(Caveat::RestsOnMilestone { year: m });
    }
    if ay.milestone.forecast {
        d.caveat(Caveat::Forecast { year: m });
    }
    // Read as "the year after the award is paid", the window would start a
    // year later: only its first year depends on the reading.
    if year == m.saturating_add(1) {
        d.interpretation(Interpretation::GrowthFromDataYearAfterMilestone);
    }
    if low_year_before(ctx, ay) {
        d.interpretation(Interpretation::LowGrowthYearKeepsWindow);
    }
    let Some(mut d) = ctx.data_year_gate(d, year, out) else {
        return;
    };
    let rev = &ctx.answers.revenue_yuan;
    let previous = rev.get(&(year - 1)).copied();
    let current = rev.get(&year).copied();
    // An unanswered year still to come is a path; one already past, a question.
    let unanswered = if year > ctx.last_complete_year() {
        Base::Possible
    } else {
        Base::NeedMore
    };
    match (previous, current) {
        (Some(p), _) if p <= Decimal::ZERO => {
            d.step(Step::GrowthUndefined {
                year,
                previous: Some(p),
            });
            ctx.finish(d, Base::NotEligible, out);
        }
        (None, _) => {
            d.step(Step::GrowthUndefined {
                year,
                previous: None,
            });
            d.missing(Question::Revenue(year - 1));
            if current.is_none() {
                d.missing(Question::Revenue(year));
            }
            d.amount = Some(g.award);
            ctx.finish(d, unanswered, out);
        }
        (Some(p), None) => {
            let needed = percent_of(p, Decimal::ONE_HUNDRED + g.threshold_percent).unwrap_or(p);
            d.step(Step::RevenueNeeded {
                year,
                previous: p,
                needed,
                threshold_percent: g.threshold_percent,
                bound: g.bound,
            });
            d.missing(Question::Revenue(year));
            d.amount = Some(g.award);
            ctx.finish(d, unanswered, out);
        }
        (Some(p), Some(c)) => {
            if ctx.is_forecast(year) {
                d.caveat(Caveat::Forecast { year });
            }
            growth_test(ctx, d, year, p, c, out)
        }
    }
}

/// 增速超过15%: the year's growth against the threshold, exactly; the award
/// once it passes, less what was already received for it.
fn growth_test(
    ctx: &Ctx,
    mut d: Draft,
    year: u16,
    previous: Decimal,
    current: Decimal,
    out: &mut Vec<Outcome>,
) {
    let g = &ctx.pack.f5;
    let Some(passed) = growth_passes(ctx, previous, current) else {
        d.missing(Question::Revenue(year));
        ctx.finish(d, Base::NeedMore, out);
        return;
    };
    d.step(Step::Growth {
        year,
        previous,
        current,
        percent: growth_percent(previous, current),
        threshold_percent: g.threshold_percent,
        bound: g.bound,
        passed,
    });
    if !passed {
        ctx.finish(d, Base::NotEligible, out);
        return;
    }
    let amount = apply_received(
        &mut d,
        received_in_year(ctx, AwardMatter::RevenueGrowth, Some(year)),
        Some(year),
        g.award,
    );
    d.amount = Some(amount);
    d.step(Step::Award { amount });
    let base = if amount.is_zero() {
        Base::NotEligible
    } else {
        Base::Met
    };
    ctx.finish(d, base, out);
}

//! F3 生产性服务业 and F4 批零贸易: first-time revenue milestones.

use super::{apply_received, received_in_year};
use crate::answers::{AwardMatter, Question};
use crate::assessment::{Caveat, Interpretation, Outcome, OutcomeKind, RuleId, Step};
use crate::policy::{Milestone, Milestones};
use crate::rules::{Base, Ctx, Draft, When};

/// A milestone award F5's growth years rest on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MilestoneAward {
    /// The data year whose revenue crossed the threshold.
    pub year: u16,
    /// Whether it rests on the per-tier interpretation.
    pub interpreted: bool,
    /// Whether that year's revenue is a forecast.
    pub forecast: bool,
}

/// What F3/F4 found, for F5: which data years earned a milestone award.
pub(crate) struct MilestoneSummary {
    /// The milestone awards, by data year.
    pub awards: Vec<MilestoneAward>,
    /// Questions that would decide a milestone still open.
    pub pending: Vec<Question>,
    /// Whether the industry is one F3 or F4 names; `None` when unanswered.
    pub covered: Option<bool>,
}

/// F3 (producer services) and F4 (wholesale/retail): first-time revenue milestones.
pub(crate) fn revenue_milestones(ctx: &Ctx, out: &mut Vec<Outcome>) -> MilestoneSummary {
    let mut summary = MilestoneSummary {
        awards: Vec::new(),
        pending: Vec::new(),
        covered: None,
    };
    for (rule, m) in [(RuleId::F3, &ctx.pack.f3), (RuleId::F4, &ctx.pack.f4)] {
        let mut d = Draft::new(rule, OutcomeKind::Cash);
        match ctx.industry {
            None => {
                d.missing(Question::Industry);
                ctx.finish(d, Base::NeedMore, out);
            }
            Some(industry) if !m.industries.contains(&industry) => {
                summary.covered = Some(summary.covered.unwrap_or(false));
                d.step(Step::Industry {
                    industry,
                    covered: false,
                });
                ctx.finish(d, Base::NotEligible, out);
            }
            Some(_) => {
                summary.covered = Some(true);
                milestones(ctx, out, rule, m, &mut summary);
            }
        }
    }
    summary
}

/// One milestone sentence (F3 or F4) and the revenue history it is read
/// against: the years from the first answered (or asked) year to the
/// policy's last data year.
struct History<'p> {
    rule: RuleId,
    m: &'p Milestones,
    /// The first year of the history: "first time" is checked from here.
    start: u16,
    /// The last data year read. Years after the policy's last year are left
    /// out, as F5's are: their awards would be claimed two or more years
    /// after expiry.
    end: u16,
}

impl<'p> History<'p> {
    fn of(ctx: &Ctx, rule: RuleId, m: &'p Milestones) -> History<'p> {
        let from = ctx.pack.validity.history_from;
        let start = ctx
            .answers
            .revenue_yuan
            .keys()
            .next()
            .map_or(from, |&k| k.min(from));
        History {
            rule,
            m,
            start,
            end: ctx.pack.validity.in_force_until.year.max(start),
        }
    }
}

/// 首次超过: the first year of the history above each tier's threshold
/// (tiers are highest first); `None` for a tier never passed.
fn first_crossings(ctx: &Ctx, h: &History) -> Vec<Option<u16>> {
    let rev = &ctx.answers.revenue_yuan;
    let m = h.m;
    m.tiers
        .iter()
        .map(|t| {
            rev.range(h.start..=h.end)
                .find(|(_, &v)| m.bound.test(v, t.threshold))
                .map(|(&y, _)| y)
        })
        .collect()
}

/// F3 or F4 for an enterprise of an industry the sentence names.
fn milestones(
    ctx: &Ctx,
    out: &mut Vec<Outcome>,
    rule: RuleId,
    m: &Milestones,
    summary: &mut MilestoneSummary,
) {
    let h = History::of(ctx, rule, m);
    let crossing = first_crossings(ctx, &h);
    let mut years: Vec<u16> = crossing.iter().flatten().copied().collect();
    crate::short::sort_dedup(&mut years);
    if years.is_empty() {
        no_tier_passed(ctx, out, &h, summary);
        return;
    }
    for &year in &years {
        // Tiers first passed this year, highest first.
        let tiers: Vec<&Milestone> = m
            .tiers
            .iter()
            .zip(&crossing)
            .filter(|(_, c)| **c == Some(year))
            .map(|(t, _)| t)
            .collect();
        // An earlier milestone this policy pays (or could) means this one pays
        // only if each tier is its own first time (RULES.md F3); one from
        // before the policy earned nothing under it, so the words are met.
        let interpreted = years
            .iter()
            .any(|&y| y < year && ctx.data_year(y) != When::TooEarly);
        milestone_year(ctx, out, &h, year, &tiers, interpreted, summary);
    }
}

/// No tier passed in the history: not eligible, or a question while a year
/// already complete is unanswered.
fn no_tier_passed(ctx: &Ctx, out: &mut Vec<Outcome>, h: &History, summary: &mut MilestoneSummary) {
    let rev = &ctx.answers.revenue_yuan;
    let (rule, m) = (h.rule, h.m);
    let Some(lowest) = m.tiers.last() else { return };
    let mut d = Draft::new(rule, OutcomeKind::Cash);
    if let Some((&year, &revenue)) = rev.range(h.start..=h.end).max_by(|a, b| a.1.cmp(b.1)) {
        d.step(Step::RevenueVsThreshold {
            year,
            revenue,
            threshold: lowest.threshold,
            bound: m.bound,
            passed: false,
        });
    }
    for y in ctx.pack.validity.history_from..=ctx.last_complete_year().min(h.end) {
        if !rev.contains_key(&y) {
            d.missing(Question::Revenue(y));
        }
    }
    if d.missing.is_empty() {
        ctx.finish(d, Base::NotEligible, out);
    } else {
        summary.pending.extend(d.missing.iter().copied());
        ctx.finish(d, Base::NeedMore, out);
    }
}

/// 分别给予…奖励, 就高不重复: the data year that first passes `tiers` (highest
/// first) earns the highest of them once.
fn milestone_year(
    ctx: &Ctx,
    out: &mut Vec<Outcome>,
    h: &History,
    year: u16,
    tiers: &[&Milestone],
    interpreted: bool,
    summary: &mut MilestoneSummary,
) {
    let rev = &ctx.answers.revenue_yuan;
    let (rule, m) = (h.rule, h.m);
    let Some((top, lower)) = tiers.split_first() else {
        return;
    };
    let revenue = rev.get(&year).copied().unwrap_or_default();
    let mut d = Draft::new(rule, OutcomeKind::Cash).year(year);
    d.step(Step::RevenueVsThreshold {
        year,
        revenue,
        threshold: top.threshold,
        bound: m.bound,
        passed: true,
    });
    match rev.range(h.start..year).max_by(|a, b| a.1.cmp(b.1)) {
        Some((_, &max)) => d.step(Step::EarlierMax {
            from: h.start,
            to: year - 1,
            max,
            threshold: top.threshold,
        }),
        None => d.step(Step::NoEarlierYears { from: h.start }),
    }
    if !lower.is_empty() {
        d.step(Step::LowerTiersNotAdded {
            count: u8::try_from(lower.len()).unwrap_or(u8::MAX),
            amount: lower.iter().map(|t| t.award).sum(),
        });
    }
    for y in ctx.pack.validity.history_from..year {
        if !rev.contains_key(&y) {
            d.missing(Question::Revenue(y));
        }
    }
    let Some(mut d) = ctx.data_year_gate(d, year, out) else {
        return;
    };
    if interpreted {
        d.interpretation(Interpretation::PerTierMilestones);
    }
    let forecast = ctx.is_forecast(year);
    if forecast {
        d.caveat(Caveat::Forecast { year });
    }
    let amount = apply_received(
        &mut d,
        received_in_year(ctx, AwardMatter::RevenueMilestone, Some(year)),
        Some(year),
        top.award,
    );
    d.amount = Some(amount);
    d.step(Step::Award { amount });
    if !d.missing.is_empty() {
        summary.pending.extend(d.missing.iter().copied());
        ctx.finish(d, Base::NeedMore, out);
    } else {
        summary.awards.push(MilestoneAward {
            year,
            interpreted,
            forecast,
        });
        let base = if amount.is_zero() {
            Base::NotEligible
        } else {
            Base::Met
        };
        ctx.finish(d, base, out);
    }
}

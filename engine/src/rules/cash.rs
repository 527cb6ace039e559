//! 三(一) 加大财政支持: the cash awards F1-F6.

use super::{percent_of, Base, Ctx, Draft, When};
use crate::answers::{AwardMatter, Industry, Level, Question, Recognition, RecognitionKind};
use crate::assessment::{Caveat, Interpretation, Outcome, OutcomeKind, RuleId, Step};
use crate::policy::{LevelAwards, Milestones, TrackCash};
use crate::text::subject_key;
use rust_decimal::Decimal;
use std::collections::HashMap;

/// The award a level earns.
fn level_amount(a: &LevelAwards, level: Level) -> Decimal {
    match level {
        Level::National => a.national,
        Level::Provincial => a.provincial,
        Level::Municipal => a.municipal,
    }
}

/// What was already received for `matter` in data `year` (就高不重复 by
/// year: an award that names no year counts for every year), summed.
fn received_in_year(ctx: &Ctx, matter: AwardMatter, year: Option<u16>) -> Decimal {
    ctx.answers
        .awards_received
        .iter()
        .filter(|a| a.matter == matter && (a.year.is_none() || a.year == year))
        .filter(|a| a.amount_yuan > Decimal::ZERO)
        .fold(Decimal::ZERO, |sum, a| sum.saturating_add(a.amount_yuan))
}

/// What was already received for `matter` (F1/F2), summed by subject as
/// [`subject_key`] reads it: one pass over the awards.
fn received_by_subject(ctx: &Ctx, matter: AwardMatter) -> HashMap<Option<String>, Decimal> {
    let mut sums: HashMap<Option<String>, Decimal> = HashMap::new();
    for a in &ctx.answers.awards_received {
        if a.matter == matter && a.amount_yuan > Decimal::ZERO {
            let sum = sums.entry(subject_key(a.subject.as_deref())).or_default();
            *sum = sum.saturating_add(a.amount_yuan);
        }
    }
    sums
}

/// Applies `received`, the awards already received for the same matter
/// (就高不重复): the highest is the entitlement, the difference the
/// conservative additional amount, and the bureau decides between topping
/// up and nothing more. Returns the amount still to claim.
fn apply_received(
    d: &mut Draft,
    received: Decimal,
    year: Option<u16>,
    entitlement: Decimal,
) -> Decimal {
    if received.is_zero() {
        return entitlement;
    }
    let additional = (entitlement - received).max(Decimal::ZERO);
    d.step(Step::AlreadyReceived {
        amount: received,
        year,
    });
    d.step(Step::Additional {
        entitlement,
        received,
        additional,
    });
    d.caveat(Caveat::AlreadyReceived { amount: received });
    additional
}

/// F1 服务型制造示范.
pub(crate) fn service_manufacturing(ctx: &Ctx, out: &mut Vec<Outcome>) {
    level_awards(ctx, out, RuleId::F1);
}

/// F2 工业设计.
pub(crate) fn industrial_design(ctx: &Ctx, out: &mut Vec<Outcome>) {
    level_awards(ctx, out, RuleId::F2);
}

/// A recognition that counts for F1 or F2, with the level it is paid at.
struct Candidate<'r> {
    rec: &'r Recognition,
    level: Option<Level>,
    /// Counted only through a stated interpretation.
    interpreted: bool,
}

/// The 二(一)1-5 municipal titles read as 市级服务型制造示范 (RULES.md F1).
const fn interpreted_as_service_manufacturing(kind: RecognitionKind) -> bool {
    matches!(
        kind,
        RecognitionKind::DesignMarketingDemo
            | RecognitionKind::MassCustomizationDemo
            | RecognitionKind::SharedManufacturingDemo
            | RecognitionKind::LifecycleManagementDemo
            | RecognitionKind::ProductiveFinanceDemo
    )
}

/// The 二(二)7-10 titles: money only if also recognised as 服务型制造示范.
const fn service_provider_title(kind: RecognitionKind) -> bool {
    matches!(
        kind,
        RecognitionKind::SupplyChainPlatform
            | RecognitionKind::TotalIntegrationSupplier
            | RecognitionKind::EnergySavingService
            | RecognitionKind::TestingService
    )
}

fn level_awards(ctx: &Ctx, out: &mut Vec<Outcome>, rule: RuleId) {
    let (awards, matter) = if rule == RuleId::F1 {
        (&ctx.pack.f1, AwardMatter::ServiceManufacturingDemo)
    } else {
        (&ctx.pack.f2, AwardMatter::IndustrialDesign)
    };
    let candidates: Vec<Candidate> = ctx
        .answers
        .recognitions
        .iter()
        .filter_map(|rec| match (rule, rec.kind) {
            (RuleId::F1, RecognitionKind::ServiceManufacturingDemo)
            | (RuleId::F2, RecognitionKind::IndustrialDesign) => Some(Candidate {
                rec,
                level: rec.level,
                interpreted: false,
            }),
            (RuleId::F1, k) if interpreted_as_service_manufacturing(k) => Some(Candidate {
                rec,
                level: Some(Level::Municipal),
                interpreted: true,
            }),
            _ => None,
        })
        .collect();

    if candidates.is_empty() {
        // A path: what a recognition would bring.
        let mut d = Draft::new(rule, OutcomeKind::Cash);
        for rec in &ctx.answers.recognitions {
            if rule == RuleId::F1 && service_provider_title(rec.kind) {
                d.step(Step::Recognition {
                    kind: rec.kind,
                    level: rec.level,
                    obtained: rec.obtained,
                });
                d.step(Step::TrackCash {
                    cash: TrackCash::OnlyIfServiceManufacturing,
                });
            }
        }
        for level in [Level::National, Level::Provincial, Level::Municipal] {
            d.step(Step::LevelAward {
                level,
                amount: level_amount(awards, level),
            });
        }
        ctx.finish(d, Base::Possible, out);
        return;
    }

    // Grouped in one pass, in the order subjects first appear, so the
    // outcomes keep the order the enterprise listed its recognitions.
    let mut index: HashMap<Option<String>, usize> = HashMap::new();
    let mut groups: Vec<(Option<String>, Vec<&Candidate>)> = Vec::new();
    for c in &candidates {
        let key = subject_key(c.rec.subject.as_deref());
        let i = *index.entry(key.clone()).or_insert_with(|| {
            groups.push((key, Vec::new()));
            groups.len() - 1
        });
        groups[i].1.push(c);
    }
    let mut received = received_by_subject(ctx, matter);
    for (subject, group) in groups {
        let received = received.remove(&subject).unwrap_or_default();
        one_matter(ctx, out, rule, awards, received, subject, &group);
    }
}

/// One matter (a kind of recognition of one subject): its highest award once.
fn one_matter(
    ctx: &Ctx,
    out: &mut Vec<Outcome>,
    rule: RuleId,
    awards: &LevelAwards,
    received: Decimal,
    subject: Option<String>,
    group: &[&Candidate],
) {
    let mut d = Draft::new(rule, OutcomeKind::Cash);
    d.subject = subject;

    // The best candidate whose level and date are known and within reach:
    // highest amount, then a date inside the window, then no interpretation.
    let rank = |c: &Candidate| -> Option<(Decimal, bool, bool)> {
        let level = c.level?;
        let when = ctx.recognition_date(c.rec.obtained?);
        if when == When::TooEarly {
            return None;
        }
        Some((
            level_amount(awards, level),
            when == When::Inside,
            !c.interpreted,
        ))
    };
    let best = group
        .iter()
        .filter_map(|c| rank(c).map(|r| (r, *c)))
        .max_by(|a, b| a.0.cmp(&b.0))
        .map(|(_, c)| c);

    // An answer still open could change the highest: a missing level could be
    // national, a missing date could be inside the window.
    let best_amount = best.and_then(|b| b.level).map(|l| level_amount(awards, l));
    let open = group.iter().any(|c| {
        let could = c.level.map_or(awards.national, |l| level_amount(awards, l));
        (c.level.is_none() || c.rec.obtained.is_none()) && best_amount.is_none_or(|b| could > b)
    });

    let Some(best) = best else {
        d.year = group
            .iter()
            .filter_map(|c| c.rec.obtained)
            .map(|o| o.year)
            .max();
        for c in group {
            d.step(Step::Recognition {
                kind: c.rec.kind,
                level: c.level,
                obtained: c.rec.obtained,
            });
            if let Some(obtained) = c
                .rec
                .obtained
                .filter(|o| ctx.recognition_date(*o) == When::TooEarly)
            {
                d.step(Step::RecognitionBeforePolicy { obtained });
            }
        }
        if open {
            d.missing(Question::Recognitions);
            ctx.finish(d, Base::NeedMore, out);
        } else {
            ctx.finish(d, Base::NotEligible, out);
        }
        return;
    };

    let (Some(level), Some(obtained)) = (best.level, best.rec.obtained) else {
        return; // unreachable: `rank` only admits candidates with both
    };
    let entitlement = level_amount(awards, level);
    d.year = Some(obtained.year);
    d.step(Step::Recognition {
        kind: best.rec.kind,
        level: Some(level),
        obtained: Some(obtained),
    });
    d.step(Step::LevelAward {
        level,
        amount: entitlement,
    });
    for c in group {
        if std::ptr::eq(*c, best) {
            continue;
        }
        match (c.level, c.rec.obtained) {
            (Some(l), Some(o)) if ctx.recognition_date(o) == When::TooEarly => {
                d.step(Step::Recognition {
                    kind: c.rec.kind,
                    level: Some(l),
                    obtained: Some(o),
                });
                d.step(Step::RecognitionBeforePolicy { obtained: o });
            }
            (Some(l), _) => d.step(Step::SameMatterNotAdded {
                kind: c.rec.kind,
                level: l,
                amount: level_amount(awards, l),
            }),
            (None, _) => d.step(Step::Recognition {
                kind: c.rec.kind,
                level: None,
                obtained: c.rec.obtained,
            }),
        }
    }
    if best.interpreted {
        d.interpretation(Interpretation::MunicipalTitleAsServiceManufacturing);
    }
    match ctx.recognition_date(obtained) {
        When::BeforeInForce => d.caveat(Caveat::RecognitionBeforeInForce { obtained }),
        When::AfterExpiry => d.caveat(Caveat::RecognitionAfterExpiry { obtained }),
        When::Inside | When::TooEarly => {}
    }
    let amount = apply_received(&mut d, received, None, entitlement);
    d.amount = Some(amount);
    // With nothing between, "省级 → 50 万元" already says it.
    if d.steps.len() > 2 {
        d.step(Step::Award { amount });
    }
    if open {
        d.missing(Question::Recognitions);
        ctx.finish(d, Base::NeedMore, out);
    } else if amount.is_zero() {
        ctx.finish(d, Base::NotEligible, out);
    } else {
        ctx.finish(d, Base::Met, out);
    }
}

/// What F3/F4 found, for F5: which data years earned a milestone award.
pub(crate) struct MilestoneSummary {
    /// (data year, whether the award rests on the per-tier interpretation).
    pub awards: Vec<(u16, bool)>,
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

fn milestones(
    ctx: &Ctx,
    out: &mut Vec<Outcome>,
    rule: RuleId,
    m: &Milestones,
    summary: &mut MilestoneSummary,
) {
    let rev = &ctx.answers.revenue_yuan;
    let from = ctx.pack.validity.history_from;
    let start = rev.keys().next().map_or(from, |&k| k.min(from));
    // Years after the policy's last year are left out, as F5's are: their
    // awards would be claimed two or more years after expiry.
    let end = ctx.pack.validity.in_force_until.year.max(start);
    let Some(lowest) = m.tiers.last() else { return };

    // First known crossing year of each tier (tiers are highest first).
    let crossing: Vec<Option<u16>> = m
        .tiers
        .iter()
        .map(|t| {
            rev.range(start..=end)
                .find(|(_, &v)| m.bound.test(v, t.threshold))
                .map(|(&y, _)| y)
        })
        .collect();
    let mut years: Vec<u16> = crossing.iter().flatten().copied().collect();
    years.sort_unstable();
    years.dedup();

    if years.is_empty() {
        let mut d = Draft::new(rule, OutcomeKind::Cash);
        if let Some((&year, &revenue)) = rev.range(start..=end).max_by(|a, b| a.1.cmp(b.1)) {
            d.step(Step::RevenueVsThreshold {
                year,
                revenue,
                threshold: lowest.threshold,
                bound: m.bound,
                passed: false,
            });
        }
        for y in from..=ctx.last_complete_year().min(end) {
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
        return;
    }

    for &year in &years {
        let mut tiers_here = m
            .tiers
            .iter()
            .zip(&crossing)
            .filter(|(_, c)| **c == Some(year))
            .map(|(t, _)| t);
        let Some(top) = tiers_here.next() else {
            continue;
        };
        let (mut lower_count, mut lower_amount) = (0u8, Decimal::ZERO);
        for t in tiers_here {
            lower_count += 1;
            lower_amount += t.award;
        }
        let revenue = rev.get(&year).copied().unwrap_or_default();
        let mut d = Draft::new(rule, OutcomeKind::Cash).year(year);
        d.step(Step::RevenueVsThreshold {
            year,
            revenue,
            threshold: top.threshold,
            bound: m.bound,
            passed: true,
        });
        match rev.range(start..year).max_by(|a, b| a.1.cmp(b.1)) {
            Some((_, &max)) => d.step(Step::EarlierMax {
                from: start,
                to: year - 1,
                max,
                threshold: top.threshold,
            }),
            None => d.step(Step::NoEarlierYears { from: start }),
        }
        if lower_count > 0 {
            d.step(Step::LowerTiersNotAdded {
                count: lower_count,
                amount: lower_amount,
            });
        }
        for y in from..year {
            if !rev.contains_key(&y) {
                d.missing(Question::Revenue(y));
            }
        }
        let when = ctx.data_year(year);
        if when == When::TooEarly {
            d.step(Step::DataYearBeforePolicy { year });
            ctx.finish(d, Base::NotEligible, out);
            continue;
        }
        // An earlier milestone means this one pays only if each tier is its own
        // first time (RULES.md F3).
        let interpreted = years.iter().any(|&y| y < year);
        if interpreted {
            d.interpretation(Interpretation::PerTierMilestones);
        }
        d.interpretation(Interpretation::AnnualApplicationNextYear);
        if when == When::AfterExpiry {
            d.caveat(Caveat::DataYearAfterExpiry { year });
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
            summary.awards.push((year, interpreted));
            let base = if amount.is_zero() {
                Base::NotEligible
            } else {
                Base::Met
            };
            ctx.finish(d, base, out);
        }
    }
}

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
    let g = &ctx.pack.f5;
    let rev = &ctx.answers.revenue_yuan;
    if ms.awards.is_empty() {
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
        return;
    }

    // The union of the windows; per data year the most certain milestone.
    // Data years after the policy's last year are left out: their awards
    // would be claimed two or more years after expiry, under whatever policy
    // follows, and the window step already names them.
    let last_year = ctx.pack.validity.in_force_until.year;
    let mut years: Vec<(u16, u16, bool)> = Vec::new();
    for &(m, interpreted) in &ms.awards {
        for y in m.saturating_add(1)..=m.saturating_add(g.years).min(last_year) {
            match years.iter_mut().find(|e| e.0 == y) {
                Some(e) if e.2 && !interpreted => *e = (y, m, interpreted),
                Some(_) => {}
                None => years.push((y, m, interpreted)),
            }
        }
    }
    years.sort_unstable();
    if years.is_empty() {
        // Every window starts after the policy's last year (a 2026 milestone):
        // the successor policy decides, so this is a path, with no amount.
        if let Some(&(m, _)) = ms.awards.iter().max() {
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
        return;
    }

    for (year, milestone, interpreted) in years {
        let mut d = Draft::new(RuleId::F5, OutcomeKind::Cash).year(year);
        d.step(Step::GrowthWindow {
            milestone_year: milestone,
            first: milestone.saturating_add(1),
            last: milestone.saturating_add(g.years),
        });
        if interpreted {
            d.caveat(Caveat::RestsOnMilestone { year: milestone });
        }
        // A year at or below the threshold earlier in this window did not end it.
        let low_before = (milestone.saturating_add(1)..year).any(|z| {
            match (z.checked_sub(1).and_then(|p| rev.get(&p)), rev.get(&z)) {
                (Some(&p), Some(&c)) if p > Decimal::ZERO => {
                    growth_passes(ctx, p, c) == Some(false)
                }
                _ => false,
            }
        });
        if low_before {
            d.interpretation(Interpretation::LowGrowthYearKeepsWindow);
        }
        d.interpretation(Interpretation::AnnualApplicationNextYear);
        match ctx.data_year(year) {
            When::TooEarly => {
                d.step(Step::DataYearBeforePolicy { year });
                ctx.finish(d, Base::NotEligible, out);
                continue;
            }
            When::AfterExpiry => d.caveat(Caveat::DataYearAfterExpiry { year }),
            When::BeforeInForce | When::Inside => {}
        }
        let future = year > ctx.last_complete_year();
        let previous = rev.get(&(year - 1)).copied();
        let current = rev.get(&year).copied();
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
                ctx.finish(
                    d,
                    if future {
                        Base::Possible
                    } else {
                        Base::NeedMore
                    },
                    out,
                );
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
                ctx.finish(
                    d,
                    if future {
                        Base::Possible
                    } else {
                        Base::NeedMore
                    },
                    out,
                );
            }
            (Some(p), Some(c)) => {
                let Some(passed) = growth_passes(ctx, p, c) else {
                    d.missing(Question::Revenue(year));
                    ctx.finish(d, Base::NeedMore, out);
                    continue;
                };
                d.step(Step::Growth {
                    year,
                    previous: p,
                    current: c,
                    percent: growth_percent(p, c),
                    threshold_percent: g.threshold_percent,
                    bound: g.bound,
                    passed,
                });
                if !passed {
                    ctx.finish(d, Base::NotEligible, out);
                    continue;
                }
                let amount = apply_received(
                    &mut d,
                    received_in_year(ctx, AwardMatter::RevenueGrowth, Some(year)),
                    Some(year),
                    g.award,
                );
                d.amount = Some(amount);
                d.step(Step::Award { amount });
                ctx.finish(
                    d,
                    if amount.is_zero() {
                        Base::NotEligible
                    } else {
                        Base::Met
                    },
                    out,
                );
            }
        }
    }
}

/// F6: the cross-border e-commerce platform's upgrade subsidy.
pub(crate) fn platform_subsidy(ctx: &Ctx, out: &mut Vec<Outcome>) {
    let p = &ctx.pack.f6;
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
    if let Some(year) = cb.year {
        d.year = Some(year);
    }

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
        d.missing.clear();
        ctx.finish(d, Base::NotEligible, out);
        return;
    }
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
    d.interpretation(Interpretation::AnnualApplicationNextYear);
    if let Some(year) = cb.year {
        match ctx.data_year(year) {
            When::TooEarly => {
                d.step(Step::DataYearBeforePolicy { year });
                ctx.finish(d, Base::NotEligible, out);
                return;
            }
            When::AfterExpiry => d.caveat(Caveat::DataYearAfterExpiry { year }),
            When::BeforeInForce | When::Inside => {}
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

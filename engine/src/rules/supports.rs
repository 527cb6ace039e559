//! 三(三) finance, 三(四) land and 四(三) main/auxiliary separation:
//! qualitative supports, listed when the profile fits, never with amounts.

use super::{is_pilot, Base, Ctx, Draft};
use crate::answers::{Industry, Question, RecognitionKind, SeparationStatus};
use crate::assessment::{Caveat, Condition, Fact, Metric, Outcome, OutcomeKind, RuleId, Step};
use crate::policy::TrackGroup;
use rust_decimal::Decimal;

fn has_activity(ctx: &Ctx, group: TrackGroup) -> bool {
    ctx.pack.tracks_in(group).any(|t| {
        ctx.answers
            .activities
            .iter()
            .any(|a| t.activities.contains(a))
    })
}

/// Holds a title of the group's tracks (or, for service-oriented
/// manufacturing, the F1 recognition itself).
fn has_title(ctx: &Ctx, group: TrackGroup) -> bool {
    ctx.answers.recognitions.iter().any(|r| {
        (group == TrackGroup::ServiceManufacturing
            && r.kind == RecognitionKind::ServiceManufacturingDemo)
            || ctx
                .pack
                .tracks_in(group)
                .any(|t| t.recognition == Some(r.kind))
    })
}

/// M1 (manufacturers' financing for the move to services) and M2 (banks'
/// mid/long-term financing for the four kinds of enterprise it names).
pub(crate) fn finance(ctx: &Ctx, out: &mut Vec<Outcome>) {
    let Some(industry) = ctx.industry else {
        for rule in [RuleId::M1, RuleId::M2] {
            let mut d = Draft::new(rule, OutcomeKind::NonCash);
            d.missing(Question::Industry);
            ctx.finish(d, Base::NeedMore, out);
        }
        return;
    };
    let manufacturer = industry == Industry::Manufacturing;
    let mut d = Draft::new(RuleId::M1, OutcomeKind::NonCash);
    d.step(Step::Fact {
        fact: Fact::Manufacturer,
        holds: manufacturer,
    });
    if manufacturer {
        d.caveat(Caveat::StatedCondition {
            condition: Condition::CapableManufacturer,
        });
    }
    ctx.finish(
        d,
        if manufacturer {
            Base::Met
        } else {
            Base::NotEligible
        },
        out,
    );

    let service_oriented = manufacturer
        && (has_activity(ctx, TrackGroup::ServiceManufacturing)
            || has_title(ctx, TrackGroup::ServiceManufacturing));
    let facts = [
        (Fact::ServiceOrientedManufacturer, service_oriented),
        (
            Fact::ModernServiceEnterprise,
            industry.is_producer_service(),
        ),
        (
            Fact::FusionServiceProvider,
            has_activity(ctx, TrackGroup::ServiceProvider),
        ),
        (
            Fact::BenchmarkEnterprise,
            has_activity(ctx, TrackGroup::Benchmark) || has_title(ctx, TrackGroup::Benchmark),
        ),
    ];
    let mut d = Draft::new(RuleId::M2, OutcomeKind::NonCash);
    let mut fits = false;
    for (fact, holds) in facts {
        if holds {
            fits = true;
            d.step(Step::Fact { fact, holds });
        }
    }
    if !fits {
        d.step(Step::Fact {
            fact: Fact::ServiceOrientedManufacturer,
            holds: false,
        });
        d.step(Step::Fact {
            fact: Fact::ModernServiceEnterprise,
            holds: false,
        });
    }
    ctx.finish(d, if fits { Base::Met } else { Base::NotEligible }, out);
}

/// A yes/no answer deciding a support: yes → met (less a condition the
/// sentence states and no answer can settle), no → not eligible, absent → ask.
fn yes_no(
    ctx: &Ctx,
    out: &mut Vec<Outcome>,
    rule: RuleId,
    fact: Fact,
    answer: Option<bool>,
    q: Question,
    condition: Option<Condition>,
) {
    let mut d = Draft::new(rule, OutcomeKind::NonCash);
    match answer {
        Some(holds) => {
            d.step(Step::Fact { fact, holds });
            if let Some(condition) = condition.filter(|_| holds) {
                d.caveat(Caveat::StatedCondition { condition });
            }
            ctx.finish(d, if holds { Base::Met } else { Base::NotEligible }, out);
        }
        None => {
            d.missing(q);
            ctx.finish(d, Base::NeedMore, out);
        }
    }
}

/// L1-L4: land.
pub(crate) fn land(ctx: &Ctx, out: &mut Vec<Outcome>) {
    let land = &ctx.answers.land;
    yes_no(
        ctx,
        out,
        RuleId::L1,
        Fact::MixedUsePlan,
        land.mixed_use_plan,
        Question::MixedUsePlan,
        Some(Condition::SpatialPlan),
    );
    separated_subsidiary_land(ctx, out);
    yes_no(
        ctx,
        out,
        RuleId::L3,
        Fact::LogisticsOnExistingLand,
        land.logistics_on_existing_land,
        Question::LogisticsOnExistingLand,
        None,
    );
    let in_pilot = if is_pilot(ctx, ctx.answers.location) {
        Some(true)
    } else {
        land.in_pilot_area
    };
    yes_no(
        ctx,
        out,
        RuleId::L4,
        Fact::InPilotArea,
        in_pilot,
        Question::InPilotArea,
        None,
    );
}

/// The separation status as the rules read it: `None` while unanswered.
fn separation_status(ctx: &Ctx) -> Option<SeparationStatus> {
    ctx.answers.separation.status
}

/// The new service company itself (S1, L2 are for it): met when it says
/// so, a question while a non-manufacturer has not said. `None` when the
/// enterprise is not (or may be) the new company: the caller goes on.
fn as_new_company(ctx: &Ctx, d: &mut Draft) -> Option<Base> {
    match (ctx.answers.separation.spun_off, ctx.industry) {
        (Some(true), _) => {
            d.step(Step::Fact {
                fact: Fact::SpunOffCompany,
                holds: true,
            });
            Some(Base::Met)
        }
        (None, Some(i)) if i != Industry::Manufacturing => {
            d.missing(Question::SpunOff);
            Some(Base::NeedMore)
        }
        (Some(false), Some(i)) if i != Industry::Manufacturing => {
            d.step(Step::Fact {
                fact: Fact::SpunOffCompany,
                holds: false,
            });
            Some(Base::NotEligible)
        }
        _ => None,
    }
}

/// L2: a service subsidiary spun off from a manufacturer, on the parent's
/// land: the subsidiary itself, or the manufacturer separating.
fn separated_subsidiary_land(ctx: &Ctx, out: &mut Vec<Outcome>) {
    let mut d = Draft::new(RuleId::L2, OutcomeKind::NonCash);
    let status = separation_status(ctx);
    match as_new_company(ctx, &mut d) {
        Some(Base::Met) => {
            on_parent_land(ctx, d, Base::Met, out);
            return;
        }
        Some(base) => {
            ctx.finish(d, base, out);
            return;
        }
        None => {}
    }
    if !separation_started(ctx, &mut d, status, out) {
        return;
    }
    let base = if status == Some(SeparationStatus::Done) {
        Base::Met
    } else {
        Base::Possible
    };
    on_parent_land(ctx, d, base, out);
}

/// 在制造业企业自有用地上经营的: `met` when it does.
fn on_parent_land(ctx: &Ctx, mut d: Draft, met: Base, out: &mut Vec<Outcome>) {
    let s = &ctx.answers.separation;
    match s.on_parent_land {
        Some(true) => {
            d.step(Step::Fact {
                fact: Fact::OnParentLand,
                holds: true,
            });
            ctx.finish(d, met, out);
        }
        Some(false) => {
            d.step(Step::Fact {
                fact: Fact::OnParentLand,
                holds: false,
            });
            ctx.finish(d, Base::NotEligible, out);
        }
        None => {
            d.missing(Question::SeparationOnParentLand);
            ctx.finish(d, Base::NeedMore, out);
        }
    }
}

/// Records the separation facts; finishes the draft and returns false when
/// there is no separation (or it is unknown) so the caller stops.
fn separation_started(
    ctx: &Ctx,
    d: &mut Draft,
    status: Option<SeparationStatus>,
    out: &mut Vec<Outcome>,
) -> bool {
    match status {
        Some(SeparationStatus::Done) => {
            d.step(Step::Fact {
                fact: Fact::SeparationDone,
                holds: true,
            });
            true
        }
        Some(SeparationStatus::Planned) => {
            d.step(Step::Fact {
                fact: Fact::SeparationPlanned,
                holds: true,
            });
            true
        }
        Some(SeparationStatus::None) => {
            let mut d = take(d);
            d.step(Step::Fact {
                fact: Fact::SeparationDone,
                holds: false,
            });
            ctx.finish(d, Base::NotEligible, out);
            false
        }
        None if ctx.industry.is_some_and(|i| i != Industry::Manufacturing) => {
            // 主辅分离 separates a manufacturer's auxiliary services; others are not asked.
            let mut d = take(d);
            d.step(Step::Fact {
                fact: Fact::Manufacturer,
                holds: false,
            });
            ctx.finish(d, Base::NotEligible, out);
            false
        }
        None => {
            let mut d = take(d);
            if ctx.industry.is_none() {
                d.missing(Question::Industry);
            }
            d.missing(Question::SeparationStatus);
            ctx.finish(d, Base::NeedMore, out);
            false
        }
    }
}

/// Moves the draft out so it can be finished early.
fn take(d: &mut Draft) -> Draft {
    let empty = Draft::new(d.rule, d.kind);
    std::mem::replace(d, empty)
}

/// S1 (procedures for the new service company) and S2 (merging its figures
/// into the parent when it adds no land).
pub(crate) fn separation(ctx: &Ctx, out: &mut Vec<Outcome>) {
    let status = separation_status(ctx);
    let done = status == Some(SeparationStatus::Done);
    let mut d = Draft::new(RuleId::S1, OutcomeKind::NonCash);
    if let Some(base) = as_new_company(ctx, &mut d) {
        ctx.finish(d, base, out);
    } else if separation_started(ctx, &mut d, status, out) {
        ctx.finish(d, if done { Base::Met } else { Base::Possible }, out);
    }

    let s = &ctx.answers.separation;
    let mut d = Draft::new(RuleId::S2, OutcomeKind::NonCash);
    if !separation_started(ctx, &mut d, status, out) {
        return;
    }
    match s.new_land {
        Some(true) => {
            d.step(Step::Fact {
                fact: Fact::NoNewLand,
                holds: false,
            });
            ctx.finish(d, Base::NotEligible, out);
            return;
        }
        None => {
            d.missing(Question::SeparationNewLand);
            ctx.finish(d, Base::NeedMore, out);
            return;
        }
        Some(false) => d.step(Step::Fact {
            fact: Fact::NoNewLand,
            holds: true,
        }),
    }
    merged_figures(ctx, &mut d);
    ctx.finish(d, if done { Base::Met } else { Base::Possible }, out);
}

/// The parent's figures with and without the new company's (S2), per 亩
/// where the land is known. Missing figures only sharpen, never decide.
fn merged_figures(ctx: &Ctx, d: &mut Draft) {
    let s = &ctx.answers.separation;
    let land = &ctx.answers.land;
    // The parent's revenue of the last complete year, the one a statistics
    // or 亩均 evaluation would use now.
    let parent_revenue = ctx
        .answers
        .revenue_yuan
        .get(&ctx.last_complete_year())
        .copied();
    // 营业收入、利润、税收等: every per-亩 metric, value added included.
    let pairs = [
        (Metric::Revenue, parent_revenue, s.new_company_revenue_yuan),
        (Metric::Tax, land.tax_paid_yuan, s.new_company_tax_yuan),
        (
            Metric::ValueAdded,
            land.value_added_yuan,
            s.new_company_value_added_yuan,
        ),
    ];
    for (metric, parent, new_company) in pairs {
        let (Some(parent), Some(new_company)) = (parent, new_company) else {
            continue;
        };
        let Some(merged) = parent.checked_add(new_company) else {
            continue;
        };
        d.step(Step::Merged {
            metric,
            parent,
            new_company,
            merged,
        });
        if let Some(mu) = land.own_land_mu.filter(|m| *m > Decimal::ZERO) {
            for (total, is_merged) in [(parent, false), (merged, true)] {
                if let Some(value) = total.checked_div(mu) {
                    let b = &ctx.pack.benchmarks;
                    let target = match metric {
                        Metric::Tax => Some(b.tax_per_mu),
                        Metric::ValueAdded => Some(b.value_added_per_mu),
                        Metric::Revenue => None,
                    };
                    // Exact: total ≥ target × 亩, never through the rounded quotient.
                    let passed = target
                        .and_then(|t| t.checked_mul(mu))
                        .map(|t| b.bound.test(total, t));
                    d.step(Step::PerMu {
                        metric,
                        total,
                        land_mu: mu,
                        value: super::to_fen(value),
                        target,
                        passed,
                        merged: is_merged,
                    });
                }
            }
        }
    }
    if s.new_company_revenue_yuan.is_none()
        && s.new_company_tax_yuan.is_none()
        && s.new_company_value_added_yuan.is_none()
    {
        d.missing(Question::SeparationNewCompanyFigures);
    }
    if land.own_land_mu.is_none() {
        d.missing(Question::OwnLand);
    }
    if land.tax_paid_yuan.is_none() {
        d.missing(Question::TaxPaid);
    }
}

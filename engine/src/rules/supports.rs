//! 三(三) finance, 三(四) land and 四(三) main/auxiliary separation:
//! qualitative supports, listed when the profile fits, never with amounts.

use super::{is_pilot, Base, Ctx, Draft};
use crate::answers::{Activity, Industry, Question, RecognitionKind, SeparationStatus};
use crate::assessment::{Fact, Metric, Outcome, OutcomeKind, RuleId, Step};
use rust_decimal::Decimal;

/// 二(一)1-5 activities: what makes a manufacturer service-oriented.
const SERVICE_MANUFACTURING_ACTIVITIES: [Activity; 5] = [
    Activity::DesignMarketing,
    Activity::MassCustomization,
    Activity::SharedManufacturing,
    Activity::LifecycleServices,
    Activity::SupplyChainFinance,
];

/// 二(二) and 二(三)12 activities: what makes a 两业融合 service provider.
const SERVICE_PROVIDER_ACTIVITIES: [Activity; 6] = [
    Activity::IndustrialInternet,
    Activity::SupplyChainManagement,
    Activity::TotalIntegration,
    Activity::EnergySavingServices,
    Activity::TestingCertification,
    Activity::ProfessionalServices,
];

fn has_activity(ctx: &Ctx, list: &[Activity]) -> bool {
    ctx.answers.activities.iter().any(|a| list.contains(a))
}

fn has_recognition(ctx: &Ctx, f: impl Fn(RecognitionKind) -> bool) -> bool {
    ctx.answers.recognitions.iter().any(|r| f(r.kind))
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
        && (has_activity(ctx, &SERVICE_MANUFACTURING_ACTIVITIES)
            || has_recognition(ctx, |k| {
                matches!(
                    k,
                    RecognitionKind::ServiceManufacturingDemo
                        | RecognitionKind::DesignMarketingDemo
                        | RecognitionKind::MassCustomizationDemo
                        | RecognitionKind::SharedManufacturingDemo
                        | RecognitionKind::LifecycleManagementDemo
                        | RecognitionKind::ProductiveFinanceDemo
                )
            }));
    let facts = [
        (Fact::ServiceOrientedManufacturer, service_oriented),
        (
            Fact::ModernServiceEnterprise,
            industry.is_producer_service(),
        ),
        (
            Fact::FusionServiceProvider,
            has_activity(ctx, &SERVICE_PROVIDER_ACTIVITIES),
        ),
        (
            Fact::BenchmarkEnterprise,
            has_activity(ctx, &[Activity::BenchmarkFactory])
                || has_recognition(ctx, |k| k == RecognitionKind::FusionBenchmark),
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

/// A yes/no answer deciding a support: yes → met, no → not eligible, absent → ask.
fn yes_no(
    ctx: &Ctx,
    out: &mut Vec<Outcome>,
    rule: RuleId,
    fact: Fact,
    answer: Option<bool>,
    q: Question,
) {
    let mut d = Draft::new(rule, OutcomeKind::NonCash);
    match answer {
        Some(holds) => {
            d.step(Step::Fact { fact, holds });
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
    );
    separated_subsidiary_land(ctx, out);
    yes_no(
        ctx,
        out,
        RuleId::L3,
        Fact::LogisticsOnExistingLand,
        land.logistics_on_existing_land,
        Question::LogisticsOnExistingLand,
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
    );
}

/// The separation status as the rules read it: `None` while unanswered.
fn separation_status(ctx: &Ctx) -> Option<SeparationStatus> {
    ctx.answers.separation.status
}

/// L2: a service subsidiary spun off from a manufacturer, on the parent's land.
fn separated_subsidiary_land(ctx: &Ctx, out: &mut Vec<Outcome>) {
    let s = &ctx.answers.separation;
    let mut d = Draft::new(RuleId::L2, OutcomeKind::NonCash);
    let status = separation_status(ctx);
    if !separation_started(ctx, &mut d, status, out) {
        return;
    }
    match s.on_parent_land {
        Some(true) => {
            d.step(Step::Fact {
                fact: Fact::OnParentLand,
                holds: true,
            });
            let base = if status == Some(SeparationStatus::Done) {
                Base::Met
            } else {
                Base::Possible
            };
            ctx.finish(d, base, out);
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
    if separation_started(ctx, &mut d, status, out) {
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
    let pairs = [
        (Metric::Revenue, parent_revenue, s.new_company_revenue_yuan),
        (Metric::Tax, land.tax_paid_yuan, s.new_company_tax_yuan),
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
                    let (target, passed) = match metric {
                        Metric::Tax => {
                            let b = &ctx.pack.benchmarks;
                            // Exact: total ≥ target × 亩, never through the rounded quotient.
                            (
                                Some(b.tax_per_mu),
                                b.tax_per_mu.checked_mul(mu).map(|t| b.bound.test(total, t)),
                            )
                        }
                        _ => (None, None),
                    };
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
    if s.new_company_revenue_yuan.is_none() && s.new_company_tax_yuan.is_none() {
        d.missing(Question::SeparationNewCompanyFigures);
    }
    if land.own_land_mu.is_none() {
        d.missing(Question::OwnLand);
    }
    if land.tax_paid_yuan.is_none() {
        d.missing(Question::TaxPaid);
    }
}

//! Property tests: the engine is total, monotone where the law is, and its
//! totals are the sum of its outcomes.

use fusion_engine::answers::{
    Activity, AwardMatter, AwardReceived, CrossBorder, Industry, Land, Level, Location,
    Recognition, RecognitionKind, Sector, Separation, SeparationStatus, Tax,
};
use fusion_engine::assessment::{OutcomeKind, OutcomeLevel};
use fusion_engine::relevance::relevant_questions;
use fusion_engine::{
    describe, evaluate, validate, Answers, Date, Lang, Question, RuleId, JIAXING_2024_14,
};
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::cell::Cell;
use std::collections::BTreeMap;

#[path = "common/pinned.rs"]
mod pinned;
use pinned::check;

const KINDS: [RecognitionKind; 15] = [
    RecognitionKind::ServiceManufacturingDemo,
    RecognitionKind::IndustrialDesign,
    RecognitionKind::DesignMarketingDemo,
    RecognitionKind::MassCustomizationDemo,
    RecognitionKind::SharedManufacturingDemo,
    RecognitionKind::LifecycleManagementDemo,
    RecognitionKind::ProductiveFinanceDemo,
    RecognitionKind::IndustrialInternetPlatform,
    RecognitionKind::SupplyChainPlatform,
    RecognitionKind::TotalIntegrationSupplier,
    RecognitionKind::EnergySavingService,
    RecognitionKind::TestingService,
    RecognitionKind::FusionBenchmark,
    RecognitionKind::TechAdvancedService,
    RecognitionKind::HighTech,
];
const SECTORS: [Sector; 10] = [
    Sector::ApparelLuggage,
    Sector::DigitalProducts,
    Sector::NewEnergyVehicles,
    Sector::IntegratedDecoration,
    Sector::Machining,
    Sector::Fashion,
    Sector::Fasteners,
    Sector::EquipmentManufacturing,
    Sector::SmartPhotovoltaics,
    Sector::Biomedicine,
];
const ACTIVITIES: [Activity; 13] = [
    Activity::DesignMarketing,
    Activity::MassCustomization,
    Activity::SharedManufacturing,
    Activity::LifecycleServices,
    Activity::SupplyChainFinance,
    Activity::IndustrialInternet,
    Activity::SupplyChainManagement,
    Activity::TotalIntegration,
    Activity::EnergySavingServices,
    Activity::TestingCertification,
    Activity::ProfessionalServices,
    Activity::ParkOperation,
    Activity::BenchmarkFactory,
];
const MATTERS: [AwardMatter; 5] = [
    AwardMatter::ServiceManufacturingDemo,
    AwardMatter::IndustrialDesign,
    AwardMatter::RevenueMilestone,
    AwardMatter::RevenueGrowth,
    AwardMatter::CrossBorderPlatform,
];

fn date() -> impl Strategy<Value = Date> {
    (1990u16..2040, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| Date::new(y, m, d).unwrap())
}

/// Amounts in yuan with cents, plausible (validated) range.
fn money() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        (0i64..300_000_000_000).prop_map(|cents| Decimal::new(cents, 2)),
        (0i64..30_000).prop_map(|w| Decimal::from(w) * Decimal::from(10_000)),
        Just(Decimal::from(100_000_000)),
        Just(Decimal::new(10_000_000_001, 2)), // 1 亿 + 0.01 元
        Just(Decimal::ZERO),
    ]
}

/// Anything a Decimal can hold, including what validation would refuse.
fn wild() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        money(),
        any::<i64>().prop_map(|c| Decimal::new(c, 2)),
        (any::<i64>(), 0u32..28).prop_map(|(m, s)| Decimal::new(m, s)),
        Just(Decimal::MAX),
        Just(Decimal::MIN),
    ]
}

fn percent(valid: bool) -> BoxedStrategy<Decimal> {
    if valid {
        (-10000i64..100_000)
            .prop_map(|c| Decimal::new(c, 2))
            .boxed()
    } else {
        wild().boxed()
    }
}

fn answers(valid: bool) -> impl Strategy<Value = Answers> {
    let amount = move || {
        if valid {
            money().boxed()
        } else {
            wild().boxed()
        }
    };
    let identity = (
        proptest::option::of(proptest::sample::select(Location::ALL.to_vec())),
        proptest::option::of(proptest::sample::select(Industry::ALL.to_vec())),
        proptest::option::of(any::<bool>()),
        proptest::collection::btree_map(2015u16..2031, amount(), 0..12),
        proptest::option::of(date()),
    );
    let recognitions = proptest::collection::vec(
        (
            proptest::sample::select(KINDS.to_vec()),
            proptest::option::of(prop_oneof![
                Just(Level::Municipal),
                Just(Level::Provincial),
                Just(Level::National)
            ]),
            proptest::option::of(date()),
            proptest::option::of(prop_oneof![
                Just(String::new()),
                Just("平台".to_string()),
                Just("项目".to_string())
            ]),
        )
            .prop_map(|(kind, level, obtained, subject)| Recognition {
                kind,
                level,
                obtained,
                subject,
            }),
        0..5,
    );
    let awards = proptest::collection::vec(
        (
            proptest::sample::select(MATTERS.to_vec()),
            amount(),
            proptest::option::of(2018u16..2030),
            proptest::option::of(Just("平台".to_string())),
        )
            .prop_map(|(matter, amount_yuan, year, subject)| AwardReceived {
                matter,
                amount_yuan,
                year,
                subject,
                policy: None,
            }),
        0..3,
    );
    let lists = (
        proptest::collection::vec(proptest::sample::select(SECTORS.to_vec()), 0..3),
        proptest::collection::vec(proptest::sample::select(ACTIVITIES.to_vec()), 0..4),
    );
    let tax = (
        proptest::option::of(amount()),
        proptest::option::of(amount()),
        proptest::option::of(if valid {
            (0i64..=100).prop_map(Decimal::from).boxed()
        } else {
            wild().boxed()
        }),
    )
        .prop_map(
            |(rd_cost_yuan, taxable_income_yuan, income_tax_rate_percent)| Tax {
                rd_cost_yuan,
                taxable_income_yuan,
                income_tax_rate_percent,
            },
        );
    let cross_border = (
        proptest::option::of(any::<bool>()),
        proptest::option::of(prop_oneof![0u32..1000, Just(300u32), Just(301u32)]),
        proptest::option::of(percent(valid)),
        proptest::option::of(amount()),
        proptest::option::of(2018u16..2030),
    )
        .prop_map(
            |(
                platform_operator,
                enterprises_served,
                trade_growth_percent,
                upgrade_cost_yuan,
                year,
            )| {
                CrossBorder {
                    platform_operator,
                    enterprises_served,
                    trade_growth_percent,
                    upgrade_cost_yuan,
                    year,
                }
            },
        );
    let separation = (
        proptest::option::of(prop_oneof![
            Just(SeparationStatus::None),
            Just(SeparationStatus::Planned),
            Just(SeparationStatus::Done)
        ]),
        proptest::option::of(any::<bool>()),
        proptest::option::of(any::<bool>()),
        proptest::option::of(amount()),
        proptest::option::of(amount()),
        proptest::option::of(amount()),
        proptest::option::of(amount()),
        proptest::option::of(any::<bool>()),
    )
        .prop_map(
            |(status, new_land, on_parent_land, r, p, t, v, spun_off)| Separation {
                spun_off,
                status,
                new_land,
                on_parent_land,
                new_company_revenue_yuan: r,
                new_company_profit_yuan: p,
                new_company_tax_yuan: t,
                new_company_value_added_yuan: v,
            },
        );
    let land = (
        proptest::option::of(if valid {
            (1i64..100_000).prop_map(|c| Decimal::new(c, 1)).boxed()
        } else {
            wild().boxed()
        }),
        proptest::option::of(any::<bool>()),
        proptest::option::of(any::<bool>()),
        proptest::option::of(any::<bool>()),
        proptest::option::of(amount()),
        proptest::option::of(amount()),
        proptest::option::of(if valid {
            (1u32..100_000).boxed()
        } else {
            any::<u32>().boxed()
        }),
    )
        .prop_map(
            |(
                own_land_mu,
                mixed_use_plan,
                logistics_on_existing_land,
                in_pilot_area,
                va,
                tax,
                employees,
            )| Land {
                own_land_mu,
                mixed_use_plan,
                logistics_on_existing_land,
                in_pilot_area,
                value_added_yuan: va,
                tax_paid_yuan: tax,
                employees,
            },
        );
    (
        identity,
        recognitions,
        awards,
        lists,
        tax,
        cross_border,
        separation,
        land,
    )
        .prop_map(
            |(
                (location, industry, above_scale, revenue_yuan, assessment_date),
                recognitions,
                awards_received,
                (sectors, activities),
                tax,
                cross_border,
                separation,
                land,
            )| Answers {
                enterprise_name: None,
                location,
                industry,
                above_scale,
                revenue_yuan,
                recognitions,
                awards_received,
                sectors,
                activities,
                tax,
                cross_border,
                separation,
                land,
                assessment_date,
            },
        )
}

fn counts(level: OutcomeLevel) -> bool {
    matches!(level, OutcomeLevel::Qualifies | OutcomeLevel::Likely)
}

/// No input makes the engine, its explanations, relevance or validation panic.
#[test]
fn no_input_panics() {
    check(
        file!(),
        "no_input_panics",
        400,
        (answers(false), date()),
        |(a, today)| {
            let _ = validate(&a);
            let r = evaluate(&JIAXING_2024_14, &a, today);
            for o in &r.outcomes {
                for lang in [Lang::Zh, Lang::En] {
                    let e = describe(&JIAXING_2024_14, o, lang);
                    prop_assert!(!e.summary.is_empty() && !e.title.is_empty());
                }
            }
            let _ = relevant_questions(&JIAXING_2024_14, &a, today);
            let _ = serde_json::to_string(&r).unwrap();
            Ok(())
        },
    );
}

/// Totals are exactly the sums of the outcomes they summarise.
#[test]
fn totals_equal_the_sum_of_outcomes() {
    check(
        file!(),
        "totals_equal_the_sum_of_outcomes",
        400,
        (answers(true), date()),
        |(a, today)| {
            let r = evaluate(&JIAXING_2024_14, &a, today);
            let sum = |kind: OutcomeKind, level: OutcomeLevel| -> Decimal {
                r.outcomes
                    .iter()
                    .filter(|o| o.kind == kind && o.level == level)
                    .filter_map(|o| o.amount_yuan)
                    .sum()
            };
            let t = &r.totals;
            prop_assert_eq!(
                t.cash_qualifies_yuan,
                sum(OutcomeKind::Cash, OutcomeLevel::Qualifies)
            );
            prop_assert_eq!(
                t.cash_likely_yuan,
                sum(OutcomeKind::Cash, OutcomeLevel::Likely)
            );
            prop_assert_eq!(
                t.tax_estimate_yuan,
                sum(OutcomeKind::TaxEstimate, OutcomeLevel::Qualifies)
                    + sum(OutcomeKind::TaxEstimate, OutcomeLevel::Likely)
            );
            prop_assert_eq!(
                t.tax_possible_yuan,
                sum(OutcomeKind::TaxEstimate, OutcomeLevel::Possible)
            );
            let by_year_q: Decimal = t.cash_by_year.iter().map(|y| y.qualifies_yuan).sum();
            let by_year_l: Decimal = t.cash_by_year.iter().map(|y| y.likely_yuan).sum();
            let dated = |level| -> Decimal {
                r.outcomes
                    .iter()
                    .filter(|o| o.kind == OutcomeKind::Cash && o.level == level && o.year.is_some())
                    .filter_map(|o| o.amount_yuan)
                    .sum()
            };
            prop_assert_eq!(by_year_q, dated(OutcomeLevel::Qualifies));
            prop_assert_eq!(by_year_l, dated(OutcomeLevel::Likely));
            for y in &t.cash_by_year {
                let year_sum: Decimal = r
                    .outcomes
                    .iter()
                    .filter(|o| {
                        o.kind == OutcomeKind::Cash && counts(o.level) && o.year == Some(y.year)
                    })
                    .filter_map(|o| o.amount_yuan)
                    .sum();
                prop_assert_eq!(y.qualifies_yuan + y.likely_yuan, year_sum);
            }
            let by_rule: Decimal = t
                .cash_by_rule
                .iter()
                .map(|r| r.qualifies_yuan + r.likely_yuan)
                .sum();
            prop_assert_eq!(by_rule, t.cash_qualifies_yuan + t.cash_likely_yuan);
            for rt in &t.cash_by_rule {
                let rule_sum: Decimal = r
                    .outcomes
                    .iter()
                    .filter(|o| o.kind == OutcomeKind::Cash && counts(o.level) && o.rule == rt.rule)
                    .filter_map(|o| o.amount_yuan)
                    .sum();
                prop_assert_eq!(rt.qualifies_yuan + rt.likely_yuan, rule_sum);
            }
            // Never a negative award, and the F6 cap always holds.
            for o in &r.outcomes {
                if let Some(x) = o.amount_yuan {
                    prop_assert!(x >= Decimal::ZERO, "{:?}", o);
                    if o.rule == RuleId::F6 {
                        prop_assert!(x <= Decimal::from(600_000));
                    }
                }
            }
            Ok(())
        },
    );
}

/// The thresholds of the milestone rule that covers `industry` (F3 or F4),
/// lowest first.
fn thresholds(industry: Industry) -> Vec<Decimal> {
    let p = &JIAXING_2024_14;
    let m = if p.f3.industries.contains(&industry) {
        &p.f3
    } else {
        &p.f4
    };
    assert!(m.industries.contains(&industry), "{industry:?}: F3 or F4");
    m.tiers.iter().rev().map(|t| t.threshold).collect()
}

/// An amount close to one of `tiers`: exactly on it, a fen either side, or
/// within 30%.
fn near(tiers: Vec<Decimal>) -> impl Strategy<Value = Decimal> {
    (
        proptest::sample::select(tiers),
        prop_oneof![
            Just(Decimal::ZERO),
            Just(Decimal::new(1, 2)),
            Just(Decimal::new(-1, 2)),
            (-300i64..300).prop_map(|permille| Decimal::new(permille, 3)),
        ],
    )
        .prop_map(|(t, off)| {
            if off.scale() == 2 {
                t + off
            } else {
                (t + t * off).round_dp(2)
            }
        })
}

/// A revenue history of 2017-2026 near the thresholds of `industry`, a
/// year missing now and then. Mostly shaped so that `year` first crosses a
/// tier (earlier years stay at or below it): the case where an award exists
/// and a raise could lower it.
fn history_near_thresholds(
    industry: Industry,
    year: u16,
) -> impl Strategy<Value = BTreeMap<u16, Decimal>> {
    let tiers = thresholds(industry);
    (
        proptest::collection::vec(proptest::option::weighted(0.9, near(tiers.clone())), 10),
        proptest::sample::select(tiers),
        (1i64..3_000).prop_map(|permille| Decimal::new(permille, 4)),
        proptest::bool::weighted(0.8),
    )
        .prop_map(move |(values, tier, above, shaped)| {
            let mut history: BTreeMap<u16, Decimal> = (2017u16..)
                .zip(values)
                .filter_map(|(y, v)| v.map(|v| (y, v)))
                .collect();
            if shaped {
                for (_, v) in history.range_mut(..year) {
                    if *v > tier {
                        // Mirrored below the tier: still near it.
                        *v = (tier - (*v - tier)).max(Decimal::ZERO);
                    }
                }
                history.insert(year, (tier + tier * above).round_dp(2));
            }
            history
        })
}

/// What to add to a year's revenue: up to the next threshold above it (to
/// the fen, or a fen more), or anything up to 50亿.
fn raise() -> impl Strategy<Value = (u8, Decimal)> {
    prop_oneof![
        (0u8..2).prop_map(|fen| (fen, Decimal::ZERO)),
        (0i64..500_000_000_000).prop_map(|cents| (2, Decimal::new(cents, 2))),
    ]
}

/// More revenue in a year never lowers that year's milestone award, the
/// rest of the history unchanged. Histories sit near the thresholds so that
/// most cases have an award to lower, and many raises cross a further tier;
/// both shares are asserted, so the property cannot pass on empty cases.
#[test]
fn more_revenue_never_lowers_a_milestone_award() {
    let industries = prop_oneof![
        Just(Industry::Logistics),
        Just(Industry::TechInformation),
        Just(Industry::BusinessServices),
        Just(Industry::WholesaleRetail),
    ];
    // Mostly the data years that can pay (2023-2026), sometimes any.
    let years = prop_oneof![4 => 2023u16..2027, 1 => 2019u16..2027];
    let case = (industries, years).prop_flat_map(|(industry, year)| {
        (
            Just(industry),
            answers(true),
            history_near_thresholds(industry, year),
            Just(year),
            raise(),
            date(),
        )
    });
    let (had_award, raised) = (Cell::new(0u32), Cell::new(0u32));
    let ran = check(
        file!(),
        "more_revenue_never_lowers_a_milestone_award",
        1000,
        case,
        |(industry, a, history, year, (fen, extra), today)| {
            let mut a = a;
            a.industry = Some(industry);
            a.revenue_yuan = history;
            let base = *a.revenue_yuan.get(&year).unwrap_or(&Decimal::ZERO);
            a.revenue_yuan.insert(year, base);
            let extra = if fen < 2 {
                // Up to the next threshold, on it or a fen past it.
                let next = thresholds(industry).into_iter().find(|t| *t >= base);
                next.map_or(Decimal::ZERO, |t| t - base + Decimal::new(fen.into(), 2))
            } else {
                extra
            };
            let award = |a: &Answers| -> Decimal {
                evaluate(&JIAXING_2024_14, a, today)
                    .outcomes
                    .iter()
                    .filter(|o| matches!(o.rule, RuleId::F3 | RuleId::F4) && o.year == Some(year))
                    .filter_map(|o| o.amount_yuan)
                    .sum()
            };
            let before = award(&a);
            a.revenue_yuan.insert(year, base + extra);
            let after = award(&a);
            prop_assert!(
                after >= before,
                "{} → {} after adding {} in {}",
                before,
                after,
                extra,
                year
            );
            had_award.set(had_award.get() + u32::from(!before.is_zero()));
            raised.set(raised.get() + u32::from(after > before));
            Ok(())
        },
    );
    let share = |n: u32| n * 100 / ran;
    assert!(
        share(had_award.get()) >= 50,
        "only {}% of {ran} cases had an award to lower",
        share(had_award.get())
    );
    assert!(
        share(raised.get()) >= 15,
        "only {}% of {ran} raises crossed a further tier",
        share(raised.get())
    );
    eprintln!(
        "{ran} cases: {}% had an award, {}% raised it",
        share(had_award.get()),
        share(raised.get())
    );
}
/// Answers to questions that relevance leaves out never change an outcome.
#[test]
fn irrelevant_answers_change_nothing() {
    check(
        file!(),
        "irrelevant_answers_change_nothing",
        400,
        (answers(true), answers(true), date()),
        |(a, noise, today)| {
            let relevant = relevant_questions(&JIAXING_2024_14, &a, today);
            let mut b = a.clone();
            let is = |q: Question| relevant.contains(&q);
            if !is(Question::CrossBorderServed) {
                b.cross_border = CrossBorder {
                    platform_operator: a.cross_border.platform_operator,
                    ..noise.cross_border.clone()
                };
            }
            if !is(Question::CrossBorderOperator)
                && a.cross_border.platform_operator.is_none()
                && !relevant.contains(&Question::Industry)
            {
                b.cross_border.platform_operator = noise.cross_border.platform_operator;
            }
            if !is(Question::Sectors) {
                b.sectors = noise.sectors.clone();
            }
            if !is(Question::AboveScale) {
                b.above_scale = noise.above_scale;
            }
            if !is(Question::AwardsReceived) {
                b.awards_received = noise.awards_received.clone();
            }
            if !is(Question::SeparationNewLand) {
                b.separation.new_land = noise.separation.new_land;
            }
            if !is(Question::SeparationOnParentLand) {
                b.separation.on_parent_land = noise.separation.on_parent_land;
            }
            if !is(Question::SeparationNewCompanyFigures) {
                b.separation.new_company_revenue_yuan = noise.separation.new_company_revenue_yuan;
                b.separation.new_company_profit_yuan = noise.separation.new_company_profit_yuan;
                b.separation.new_company_tax_yuan = noise.separation.new_company_tax_yuan;
            }
            if !is(Question::InPilotArea) {
                b.land.in_pilot_area = noise.land.in_pilot_area;
            }
            if !is(Question::OwnLand) {
                b.land.own_land_mu = noise.land.own_land_mu;
            }
            if !is(Question::ValueAdded) {
                b.land.value_added_yuan = noise.land.value_added_yuan;
            }
            if !is(Question::TaxPaid) {
                b.land.tax_paid_yuan = noise.land.tax_paid_yuan;
            }
            if !is(Question::Employees) {
                b.land.employees = noise.land.employees;
            }
            let mut revenue = BTreeMap::new();
            // Years before the first asked year are history the interview never
            // asks for; given, they count (a revenue above a tier in 2015 makes 2020
            // not the first time), so they are not noise.
            for (y, v) in &noise.revenue_yuan {
                if *y >= JIAXING_2024_14.validity.history_from && !is(Question::Revenue(*y)) {
                    revenue.insert(*y, *v);
                }
            }
            for (y, v) in &a.revenue_yuan {
                if is(Question::Revenue(*y)) {
                    revenue.insert(*y, *v);
                }
            }
            b.revenue_yuan = revenue;
            let ra = evaluate(&JIAXING_2024_14, &a, today);
            let rb = evaluate(&JIAXING_2024_14, &b, today);
            prop_assert_eq!(ra.outcomes, rb.outcomes);
            Ok(())
        },
    );
}

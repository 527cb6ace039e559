//! Issue 10's table tests: every level as certain as the policy's words.

mod common;

use common::*;
use fusion_engine::answers::{Industry, Level, RecognitionKind, SeparationStatus};
use fusion_engine::assessment::{Caveat, Condition, Interpretation, Metric, Step};
use fusion_engine::{OutcomeLevel as L, RuleId};
use rust_decimal::Decimal;

fn reading(o: &fusion_engine::Outcome, i: Interpretation) -> bool {
    o.caveats
        .contains(&Caveat::Interpretation { interpretation: i })
}

/// A first crossing of 1 亿 whose lower tiers were all crossed before the
/// window meets the words outright; after a lower tier paid by this policy it
/// rests on the per-tier reading.
#[test]
fn a_first_1_yi_crossing_after_pre_policy_lower_tiers_qualifies() {
    // 2000万 in 2020, 5000万 in 2021: both before the policy could pay.
    let a = revenue(
        profile(Industry::Logistics),
        &[
            (2019, "15000000"),
            (2020, "25000000"),
            (2021, "60000000"),
            (2022, "70000000"),
            (2023, "80000000"),
            (2024, "100000000.01"),
        ],
    );
    let o = one(&run(&a), RuleId::F3, Some(2024));
    assert_eq!((o.level, o.amount_yuan), (L::Qualifies, Some(d("500000"))));
    assert!(!reading(&o, Interpretation::PerTierMilestones));
    // The same crossing after a 5000万 award of 2023: per tier, likely.
    let a = revenue(
        profile(Industry::Logistics),
        &[
            (2019, "15000000"),
            (2020, "25000000"),
            (2021, "30000000"),
            (2022, "40000000"),
            (2023, "60000000"),
            (2024, "100000000.01"),
        ],
    );
    let o = one(&run(&a), RuleId::F3, Some(2024));
    assert_eq!(o.level, L::Likely);
    assert!(reading(&o, Interpretation::PerTierMilestones));
}

/// A year not ended on the assessment date is a forecast: never qualifies,
/// never in the qualifies total, at best possible, and says so.
#[test]
fn an_unfinished_year_never_qualifies() {
    let a = flat(profile(Industry::Logistics), 2019, 2025, "15000000");
    let a = revenue(a, &[(2026, "30000000")]);
    for as_of in ["2026-01-01", "2026-12-31"] {
        let r = fusion_engine::evaluate(&fusion_engine::JIAXING_2024_14, &a, date(as_of));
        let o = one(&r, RuleId::F3, Some(2026));
        assert_eq!(o.level, L::Possible, "{as_of}");
        assert!(o.caveats.contains(&Caveat::Forecast { year: 2026 }));
        assert_eq!(r.totals.cash_qualifies_yuan, Decimal::ZERO, "{as_of}");
        assert_eq!(r.totals.cash_likely_yuan, Decimal::ZERO, "{as_of}");
        let words =
            fusion_engine::describe(&fusion_engine::JIAXING_2024_14, &o, fusion_engine::Lang::En);
        assert!(
            words
                .interpretations
                .iter()
                .any(|w| w.contains("Based on a forecast for 2026")),
            "{:?}",
            words.interpretations
        );
    }
    // Once 2026 has ended it is a fact (claimed after expiry: likely).
    let r = fusion_engine::evaluate(&fusion_engine::JIAXING_2024_14, &a, date("2027-01-01"));
    let o = one(&r, RuleId::F3, Some(2026));
    assert!(!o.caveats.contains(&Caveat::Forecast { year: 2026 }));
}

/// (taxable income, answered rate, certified, 高新, saving, level).
type T2Case = (
    &'static str,
    Option<&'static str>,
    bool,
    bool,
    &'static str,
    L,
);

/// T2 at the enterprise's real rate: (rate without the certification − 15%).
#[test]
fn t2_saves_at_the_real_rate() {
    let cases: [T2Case; 7] = [
        // (income, answered rate, certified, 高新, saving, level)
        ("10000000", Some("25"), false, false, "1000000", L::Possible),
        ("10000000", Some("15"), true, false, "1000000", L::Qualifies),
        ("10000000", Some("15"), true, true, "0", L::Qualifies),
        ("10000000", None, true, false, "1000000", L::Qualifies),
        ("10000000", Some("20"), false, false, "500000", L::Possible),
        ("-3000000", Some("25"), true, false, "0", L::Qualifies),
        ("0", Some("25"), true, false, "0", L::Qualifies),
    ];
    for (income, rate, certified, high_tech, saving, level) in cases {
        let mut a = profile(Industry::TechInformation);
        a.tax.taxable_income_yuan = Some(d(income));
        a.tax.income_tax_rate_percent = rate.map(d);
        if certified {
            a.recognitions.push(recognition(
                RecognitionKind::TechAdvancedService,
                None,
                "2025-01-01",
            ));
        }
        if high_tech {
            a.recognitions
                .push(recognition(RecognitionKind::HighTech, None, "2023-01-01"));
        }
        let o = one(&run(&a), RuleId::T2, None);
        let label = format!("{income} {rate:?} certified={certified} 高新={high_tech}");
        assert_eq!(
            (o.level, o.amount_yuan),
            (level, Some(d(saving))),
            "{label}"
        );
        // An unknown rate states its 25% assumption.
        assert_eq!(
            o.caveats
                .contains(&Caveat::RateAssumed { percent: d("25") }),
            rate.is_none(),
            "{label}"
        );
    }
}

/// T1 for a loss-maker: the deduction applies, this year's saving is 0.
#[test]
fn t1_in_a_loss_year_saves_nothing_now() {
    let mut a = profile(Industry::TechInformation);
    a.tax.rd_cost_yuan = Some(d("1000000"));
    a.tax.income_tax_rate_percent = Some(d("25"));
    a.tax.taxable_income_yuan = Some(d("-500000"));
    let o = one(&run(&a), RuleId::T1, None);
    assert_eq!((o.level, o.amount_yuan), (L::Qualifies, Some(d("0"))));
    // Income below the deduction: only the income is relieved.
    a.tax.taxable_income_yuan = Some(d("400000"));
    let o = one(&run(&a), RuleId::T1, None);
    assert_eq!(o.amount_yuan, Some(d("100000")));
}

/// The company set up by a manufacturer's 主辅分离 is S1's and L2's user.
#[test]
fn the_spun_off_company_gets_s1_and_l2() {
    let mut a = profile(Industry::BusinessServices);
    a.separation.spun_off = Some(true);
    a.separation.on_parent_land = Some(true);
    let r = run(&a);
    assert_eq!(one(&r, RuleId::S1, None).level, L::Qualifies);
    assert_eq!(one(&r, RuleId::L2, None).level, L::Qualifies);
    // Not on the parent's land: no transition period.
    a.separation.on_parent_land = Some(false);
    assert_eq!(one(&run(&a), RuleId::L2, None).level, L::NotEligible);
    // Unanswered: asked, never refused.
    a.separation.spun_off = None;
    let r = run(&a);
    let s1 = one(&r, RuleId::S1, None);
    assert_eq!(s1.level, L::NeedMoreAnswers);
    assert!(s1.missing.contains(&fusion_engine::Question::SpunOff));
    // Said no: not for it.
    a.separation.spun_off = Some(false);
    assert_eq!(one(&run(&a), RuleId::S1, None).level, L::NotEligible);
}

/// 亩均 with and without the merge, value added included.
#[test]
fn merged_value_added_per_mu() {
    let mut a = profile(Industry::Manufacturing);
    a.separation.status = Some(SeparationStatus::Done);
    a.separation.new_land = Some(false);
    a.separation.new_company_value_added_yuan = Some(d("30000000"));
    a.land.own_land_mu = Some(d("100"));
    a.land.value_added_yuan = Some(d("230000000"));
    a.land.tax_paid_yuan = Some(d("40000000"));
    let r = run(&a);
    // S2: 23,000万 → 230万/亩; merged 26,000万 → 260万/亩 (target 250万).
    let s2 = one(&r, RuleId::S2, None);
    let per_mu: Vec<(Decimal, bool, Option<bool>)> = s2
        .steps
        .iter()
        .filter_map(|s| match s {
            Step::PerMu {
                metric: Metric::ValueAdded,
                value,
                merged,
                passed,
                ..
            } => Some((*value, *merged, *passed)),
            _ => None,
        })
        .collect();
    assert_eq!(
        per_mu,
        [
            (d("2300000"), false, Some(false)),
            (d("2600000"), true, Some(true))
        ]
    );
    // B1: a completed separation counts the merged figure.
    assert_eq!(one(&r, RuleId::B1, None).level, L::Qualifies);
    a.separation.status = Some(SeparationStatus::Planned);
    assert_eq!(one(&run(&a), RuleId::B1, None).level, L::NotEligible);
}

/// Conditions the text states are shown and lower the level.
#[test]
fn stated_conditions_are_shown() {
    let mut a = profile(Industry::Manufacturing);
    a.land.mixed_use_plan = Some(true);
    let r = run(&a);
    let m1 = one(&r, RuleId::M1, None);
    assert_eq!(m1.level, L::Likely);
    assert!(m1.caveats.contains(&Caveat::StatedCondition {
        condition: Condition::CapableManufacturer
    }));
    let l1 = one(&r, RuleId::L1, None);
    assert_eq!(l1.level, L::Likely);
    assert!(l1.caveats.contains(&Caveat::StatedCondition {
        condition: Condition::SpatialPlan
    }));
    // No plan: not eligible, and the condition is not attached.
    a.land.mixed_use_plan = Some(false);
    assert!(one(&run(&a), RuleId::L1, None).caveats.is_empty());
}

/// Two different 二(一) titles are two matters; a refusal from long before
/// the policy says the reading it rests on.
#[test]
fn different_titles_are_different_matters() {
    let mut a = profile(Industry::Manufacturing);
    a.recognitions = vec![
        recognition(
            RecognitionKind::SharedManufacturingDemo,
            Some(Level::Municipal),
            "2024-08-01",
        ),
        recognition(
            RecognitionKind::LifecycleManagementDemo,
            Some(Level::Municipal),
            "2025-08-01",
        ),
    ];
    // Each title read as 市级服务型制造示范: 20万 each, both likely.
    let r = run(&a);
    assert_eq!(cash(&r, RuleId::F1), d("400000"));
    assert_eq!(r.totals.cash_likely_yuan, d("400000"));
    a.recognitions = vec![recognition(
        RecognitionKind::ServiceManufacturingDemo,
        Some(Level::Provincial),
        "2019-05-01",
    )];
    let o = one(&run(&a), RuleId::F1, Some(2019));
    assert_eq!(o.level, L::NotEligible);
    assert!(reading(&o, Interpretation::RecognitionsCountInWindow));
}

//! A table test for every boundary RULES.md fixes (issue 3's list).

mod common;

use common::*;
use fusion_engine::answers::{
    AwardMatter, AwardReceived, CrossBorder, Industry, Level, Location, RecognitionKind,
};
use fusion_engine::assessment::{Caveat, Interpretation, Step, WindowStatus};
use fusion_engine::policy::{PolicyPack, Validity};
use fusion_engine::{
    award_data_years, evaluate, Answers, Date, OutcomeLevel as L, Question, RuleId, JIAXING_2024_14,
};
use rust_decimal::Decimal;

fn has_interpretation(o: &fusion_engine::Outcome, i: Interpretation) -> bool {
    o.caveats
        .contains(&Caveat::Interpretation { interpretation: i })
}

/// 首次超过1亿元: 1 亿 exactly is not "超过"; 1 亿 + 0.01 元 is. History below
/// every tier, so 2025 is the first crossing of each tier it passes.
#[test]
fn one_hundred_million_exactly_vs_one_fen_more() {
    let cases = [
        // (2025 revenue, expected 2025 award)
        ("100000000", "200000"), // passes 5000万 (and 2000万): highest of those
        ("100000000.00", "200000"), // same number, written with cents
        ("100000000.01", "500000"), // passes 1亿 too: 50万 once
        ("50000000", "100000"),  // 5000万 exactly: only 2000万 passed
        ("50000000.01", "200000"),
        ("20000000", ""), // 2000万 exactly: nothing
        ("20000000.01", "100000"),
    ];
    for (rev, award) in cases {
        let a = flat(profile(Industry::Logistics), 2019, 2024, "15000000");
        let a = revenue(a, &[(2025, rev)]);
        let r = run(&a);
        if award.is_empty() {
            assert!(
                of(&r, RuleId::F3)
                    .iter()
                    .all(|o| o.year.is_none() && o.level == L::NotEligible),
                "{rev}"
            );
            continue;
        }
        let o = one(&r, RuleId::F3, Some(2025));
        assert_eq!(o.level, L::Qualifies, "{rev}: {o:#?}");
        assert_eq!(o.amount_yuan, Some(d(award)), "{rev}");
        assert_eq!(
            cash(&r, RuleId::F3),
            d(award),
            "{rev}: one award for the year"
        );
    }
}

/// F4 (批零) uses its own tiers: 5亿/10亿/20亿, 超过.
#[test]
fn wholesale_tiers() {
    let cases = [
        ("500000000", None),
        ("500000000.01", Some("100000")),
        ("1000000000", Some("100000")),
        ("1000000000.01", Some("200000")),
        ("2000000000.01", Some("500000")),
    ];
    for (rev, award) in cases {
        let a = flat(profile(Industry::WholesaleRetail), 2019, 2023, "300000000");
        let r = run(&revenue(a, &[(2024, rev)]));
        match award {
            Some(x) => assert_eq!(
                result(&r, RuleId::F4, Some(2024)),
                (L::Qualifies, Some(d(x))),
                "{rev}"
            ),
            None => assert!(
                of(&r, RuleId::F4).iter().all(|o| o.amount_yuan.is_none()),
                "{rev}"
            ),
        }
        // F3 is not for traders.
        assert_eq!(result(&r, RuleId::F3, None).0, L::NotEligible);
    }
}

/// A year that first crosses two (or three) tiers gets the highest once,
/// and says the lower ones are not added.
#[test]
fn a_year_first_crossing_several_tiers_gets_the_highest_once() {
    let a = flat(profile(Industry::TechInformation), 2019, 2023, "10000000");
    let r = run(&revenue(a, &[(2024, "60000000")]));
    let o = one(&r, RuleId::F3, Some(2024));
    assert_eq!((o.level, o.amount_yuan), (L::Qualifies, Some(d("200000"))));
    assert!(
        o.steps.contains(&Step::LowerTiersNotAdded {
            count: 1,
            amount: d("100000")
        }),
        "{:#?}",
        o.steps
    );
    assert!(!has_interpretation(&o, Interpretation::PerTierMilestones));
    assert_eq!(cash(&r, RuleId::F3), d("200000"));
}

/// A later year crossing the next tier earns that tier then, resting on
/// the per-tier reading (likely, with the interpretation named).
#[test]
fn a_later_year_crossing_the_next_tier() {
    let a = flat(profile(Industry::BusinessServices), 2019, 2022, "15000000");
    let r = run(&revenue(
        a,
        &[(2023, "25000000"), (2024, "40000000"), (2025, "55000000")],
    ));
    let first = one(&r, RuleId::F3, Some(2023));
    assert_eq!(
        (first.level, first.amount_yuan),
        (L::Qualifies, Some(d("100000")))
    );
    let next = one(&r, RuleId::F3, Some(2025));
    assert_eq!(
        (next.level, next.amount_yuan),
        (L::Likely, Some(d("200000")))
    );
    assert!(has_interpretation(&next, Interpretation::PerTierMilestones));
    // 2024 crossed nothing new.
    assert!(of(&r, RuleId::F3).iter().all(|o| o.year != Some(2024)));
}

/// 增速超过15%: exactly 15% does not qualify; one fen above does.
#[test]
fn growth_exactly_fifteen_percent_vs_just_above() {
    // Milestone: 2023 first above 5亿 (批零), so growth years are 2024-2026.
    let base = || {
        let a = flat(profile(Industry::WholesaleRetail), 2019, 2022, "400000000");
        revenue(a, &[(2023, "560000000")])
    };
    let cases = [
        ("644000000", L::NotEligible, None),            // exactly 15.00%
        ("644000000.01", L::Qualifies, Some("100000")), // just above
        ("643999999.99", L::NotEligible, None),         // just below
        ("700000000", L::Qualifies, Some("100000")),    // 25%
    ];
    for (rev2024, level, amount) in cases {
        let r = run(&revenue(base(), &[(2024, rev2024)]));
        assert_eq!(
            result(&r, RuleId::F4, Some(2023)),
            (L::Qualifies, Some(d("100000")))
        );
        let o = one(&r, RuleId::F5, Some(2024));
        assert_eq!(
            (o.level, o.amount_yuan.filter(|_| level != L::NotEligible)),
            (level, amount.map(d)),
            "{rev2024}"
        );
    }
}

/// The explanation never reads "15% > 15%" when the difference is tiny.
#[test]
fn growth_just_above_reads_as_just_above() {
    let a = flat(profile(Industry::WholesaleRetail), 2019, 2022, "400000000");
    let r = run(&revenue(a, &[(2023, "560000000"), (2024, "644000000.01")]));
    let o = one(&r, RuleId::F5, Some(2024));
    let e = fusion_engine::describe(&JIAXING_2024_14, &o, fusion_engine::Lang::Zh);
    assert!(e.summary.contains("略高于15% > 15%"), "{}", e.summary);
}

/// Growth awards in the three data years after the milestone, not the fourth.
#[test]
fn growth_awards_three_years_after_and_not_the_fourth() {
    // A pack valid to 2030, so the fourth year is not cut by expiry.
    let long = PolicyPack {
        validity: Validity {
            in_force_until: date("2030-12-31"),
            ..JIAXING_2024_14.validity
        },
        ..JIAXING_2024_14
    };
    let a = flat(profile(Industry::Logistics), 2019, 2022, "10000000");
    let a = revenue(
        a,
        &[
            (2023, "25000000"),
            (2024, "30000000"),
            (2025, "36000000"),
            (2026, "43200000"),
            (2027, "49680000.01"),
        ],
    );
    let r = evaluate(&long, &a, date("2028-03-01"));
    for y in [2024, 2025, 2026] {
        assert_eq!(
            result(&r, RuleId::F5, Some(y)),
            (L::Qualifies, Some(d("100000"))),
            "{y}"
        );
    }
    assert!(
        of(&r, RuleId::F5).iter().all(|o| o.year != Some(2027)),
        "no fourth year"
    );
    // 2027 is above 15% but outside the window, and no new milestone (5000万 not passed).
    assert_eq!(cash(&r, RuleId::F5), d("300000"));

    // With the real pack, 2026 is a data year after expiry: likely, depends
    // on the successor; and before 2026 has ended, a forecast: possible.
    let o = one(
        &evaluate(&JIAXING_2024_14, &a, date("2027-01-15")),
        RuleId::F5,
        Some(2026),
    );
    assert_eq!(o.level, L::Likely);
    assert!(o
        .caveats
        .contains(&Caveat::DataYearAfterExpiry { year: 2026 }));
    let o = one(&run(&a), RuleId::F5, Some(2026));
    assert_eq!(o.level, L::Possible);
    assert!(o.caveats.contains(&Caveat::Forecast { year: 2026 }));
}

/// A year at or below 15% earns nothing but does not end the window (an interpretation).
#[test]
fn a_low_growth_year_does_not_end_the_window() {
    let a = flat(profile(Industry::Logistics), 2019, 2022, "10000000");
    let r = run(&revenue(
        a,
        &[(2023, "25000000"), (2024, "26000000"), (2025, "32000000")],
    ));
    assert_eq!(result(&r, RuleId::F5, Some(2024)).0, L::NotEligible);
    let o = one(&r, RuleId::F5, Some(2025));
    assert_eq!((o.level, o.amount_yuan), (L::Likely, Some(d("100000"))));
    assert!(has_interpretation(
        &o,
        Interpretation::LowGrowthYearKeepsWindow
    ));
}

/// One 10万 per data year, however many milestone windows overlap; a new
/// milestone in the same year is a different matter and also counts.
#[test]
fn overlapping_windows_pay_once_per_year() {
    let a = flat(profile(Industry::Logistics), 2019, 2022, "10000000");
    let r = run(&revenue(
        a,
        &[(2023, "25000000"), (2024, "60000000"), (2025, "120000000")],
    ));
    for y in [2024, 2025] {
        assert_eq!(
            of(&r, RuleId::F5)
                .iter()
                .filter(|o| o.year == Some(y))
                .count(),
            1,
            "{y}"
        );
    }
    assert_eq!(result(&r, RuleId::F3, Some(2024)).1, Some(d("200000")));
    assert_eq!(result(&r, RuleId::F5, Some(2024)).1, Some(d("100000")));
}

/// Missing previous-year revenue: need more answers naming it; zero: undefined, no award.
#[test]
fn missing_or_zero_previous_year_revenue() {
    let a = flat(profile(Industry::Logistics), 2019, 2022, "10000000");
    let missing = run(&revenue(
        a.clone(),
        &[(2023, "25000000"), (2025, "40000000")],
    ));
    let o = one(&missing, RuleId::F5, Some(2024));
    assert_eq!(o.level, L::NeedMoreAnswers);
    assert!(o.missing.contains(&Question::Revenue(2024)));
    let o = one(&missing, RuleId::F5, Some(2025));
    assert_eq!(o.level, L::NeedMoreAnswers);
    assert!(o.steps.contains(&Step::GrowthUndefined {
        year: 2025,
        previous: None
    }));
    assert!(o.missing.contains(&Question::Revenue(2024)));

    let zero = run(&revenue(
        a,
        &[(2023, "25000000"), (2024, "0"), (2025, "40000000")],
    ));
    let o = one(&zero, RuleId::F5, Some(2025));
    assert_eq!(o.level, L::NotEligible);
    assert!(o.steps.contains(&Step::GrowthUndefined {
        year: 2025,
        previous: Some(Decimal::ZERO)
    }));

    // A gap in the history before a crossing: "first" cannot be decided.
    let gap = run(&revenue(
        profile(Industry::Logistics),
        &[(2019, "10000000"), (2021, "10000000"), (2023, "30000000")],
    ));
    let o = one(&gap, RuleId::F3, Some(2023));
    assert_eq!(o.level, L::NeedMoreAnswers);
    assert_eq!(
        o.missing,
        vec![Question::Revenue(2020), Question::Revenue(2022)]
    );
}

/// 服务企业超过300家: 300 does not qualify, 301 does.
#[test]
fn three_hundred_vs_three_hundred_and_one_served() {
    for (served, level) in [
        (300, L::NotEligible),
        (301, L::Qualifies),
        (0, L::NotEligible),
        (5000, L::Qualifies),
    ] {
        let a = platform(served, "20", "500000");
        assert_eq!(
            result(&run(&a), RuleId::F6, Some(2025)).0,
            level,
            "{served}"
        );
    }
}

fn platform(served: u32, growth: &str, cost: &str) -> Answers {
    Answers {
        cross_border: CrossBorder {
            platform_operator: Some(true),
            enterprises_served: Some(served),
            trade_growth_percent: Some(d(growth)),
            upgrade_cost_yuan: Some(d(cost)),
            year: Some(2025),
        },
        ..profile(Industry::TechInformation)
    }
}

/// 增速达到15%、20%以上: both tiers include their number.
#[test]
fn platform_growth_tiers_at_equality() {
    let cases = [
        ("14.99", None),
        ("15", Some("350000")), // 70% of 50万
        ("15.00", Some("350000")),
        ("19.99", Some("350000")),
        ("20", Some("500000")), // 100%
        ("35", Some("500000")),
        ("-3", None),
    ];
    for (growth, amount) in cases {
        let (level, got) = result(
            &run(&platform(301, growth, "500000")),
            RuleId::F6,
            Some(2025),
        );
        match amount {
            Some(x) => assert_eq!((level, got), (L::Qualifies, Some(d(x))), "{growth}"),
            None => assert_eq!(level, L::NotEligible, "{growth}"),
        }
    }
}

/// 最高不超过60万元, applied after the percentage.
#[test]
fn the_sixty_wan_cap() {
    let cases = [
        ("20", "600000", "600000", false), // exactly the cap
        ("20", "600000.01", "600000", true),
        ("15", "857142.84", "599999.99", false), // 70% = 599,999.988 → fen
        ("15", "1000000", "600000", true),       // 70万 → 60万
        ("15", "857142.85", "600000", false), // 70% = 599,999.995 → 600,000.00 at the fen, not over
        ("20", "2500000", "600000", true),
    ];
    for (growth, cost, amount, capped) in cases {
        let o = one(&run(&platform(400, growth, cost)), RuleId::F6, Some(2025));
        assert_eq!(o.amount_yuan, Some(d(amount)), "{growth} {cost}");
        assert_eq!(
            o.steps.iter().any(|s| matches!(s, Step::Cap { .. })),
            capped,
            "{growth} {cost}"
        );
    }
}

/// Recognitions at two levels for one matter: the higher once. Different
/// subjects are different matters.
#[test]
fn two_levels_for_one_matter() {
    let mut a = profile(Industry::Manufacturing);
    a.recognitions = vec![
        recognition(
            RecognitionKind::ServiceManufacturingDemo,
            Some(Level::Provincial),
            "2024-08-01",
        ),
        recognition(
            RecognitionKind::ServiceManufacturingDemo,
            Some(Level::National),
            "2025-10-01",
        ),
    ];
    let r = run(&a);
    let o = one(&r, RuleId::F1, Some(2025));
    assert_eq!((o.level, o.amount_yuan), (L::Qualifies, Some(d("1500000"))));
    assert!(o.steps.iter().any(|s| matches!(
        s,
        Step::SameMatterNotAdded {
            level: Level::Provincial,
            ..
        }
    )));
    assert_eq!(cash(&r, RuleId::F1), d("1500000"));

    // A platform recognised on its own is a second matter.
    let mut platform = recognition(
        RecognitionKind::ServiceManufacturingDemo,
        Some(Level::Municipal),
        "2025-01-10",
    );
    platform.subject = Some("共享工厂平台".into());
    a.recognitions.push(platform);
    assert_eq!(cash(&run(&a), RuleId::F1), d("1700000"));

    // F2 is a separate matter from F1.
    a.recognitions.push(recognition(
        RecognitionKind::IndustrialDesign,
        Some(Level::Municipal),
        "2025-02-01",
    ));
    let r = run(&a);
    assert_eq!(cash(&r, RuleId::F2), d("200000"));
    assert_eq!(r.totals.cash_qualifies_yuan, d("1900000"));
}

/// A municipal 二(一) title counts as 市级服务型制造示范 only by interpretation;
/// next to a provincial 服务型制造示范 it adds nothing.
#[test]
fn municipal_titles_read_as_service_manufacturing() {
    let mut a = profile(Industry::Manufacturing);
    a.recognitions = vec![recognition(
        RecognitionKind::SharedManufacturingDemo,
        Some(Level::Municipal),
        "2025-03-01",
    )];
    let o = one(&run(&a), RuleId::F1, Some(2025));
    assert_eq!((o.level, o.amount_yuan), (L::Likely, Some(d("200000"))));
    assert!(has_interpretation(
        &o,
        Interpretation::MunicipalTitleAsServiceManufacturing
    ));

    a.recognitions.push(recognition(
        RecognitionKind::ServiceManufacturingDemo,
        Some(Level::Provincial),
        "2024-07-01",
    ));
    let o = one(&run(&a), RuleId::F1, Some(2024));
    assert_eq!((o.level, o.amount_yuan), (L::Qualifies, Some(d("500000"))));

    // 二(二) titles carry no money: F1 stays a path.
    let mut b = profile(Industry::Logistics);
    b.recognitions = vec![recognition(
        RecognitionKind::SupplyChainPlatform,
        Some(Level::Municipal),
        "2025-03-01",
    )];
    let r = run(&b);
    assert_eq!(result(&r, RuleId::F1, None), (L::Possible, None));
    assert_eq!(
        r.totals.cash_qualifies_yuan + r.totals.cash_likely_yuan,
        Decimal::ZERO
    );
}

/// An award already received for the same matter: the highest is the
/// entitlement, the difference the conservative additional amount, likely.
#[test]
fn an_award_already_received_under_another_policy() {
    let received = |amount: &str| AwardReceived {
        matter: AwardMatter::ServiceManufacturingDemo,
        amount_yuan: d(amount),
        year: Some(2024),
        subject: None,
        policy: Some("秀洲区某政策(虚构)".into()),
    };
    let mut a = profile(Industry::Manufacturing);
    a.recognitions = vec![recognition(
        RecognitionKind::ServiceManufacturingDemo,
        Some(Level::Provincial),
        "2024-08-01",
    )];
    for (got, level, additional) in [
        ("200000", L::Likely, "300000"),
        ("500000", L::NotEligible, "0"),
        ("800000", L::NotEligible, "0"),
    ] {
        a.awards_received = vec![received(got)];
        let o = one(&run(&a), RuleId::F1, Some(2024));
        assert_eq!(
            (o.level, o.amount_yuan),
            (level, Some(d(additional))),
            "{got}"
        );
        assert!(o
            .caveats
            .contains(&Caveat::AlreadyReceived { amount: d(got) }));
        assert!(o.steps.iter().any(
            |s| matches!(s, Step::Additional { entitlement, .. } if *entitlement == d("500000"))
        ));
    }
    // An award for another subject is another matter.
    let mut other = received("200000");
    other.subject = Some("另一项目".into());
    a.awards_received = vec![other];
    assert_eq!(
        result(&run(&a), RuleId::F1, Some(2024)),
        (L::Qualifies, Some(d("500000")))
    );

    // Milestones: matched by data year.
    let b = flat(profile(Industry::Logistics), 2019, 2022, "10000000");
    let mut b = revenue(b, &[(2023, "25000000")]);
    b.awards_received = vec![AwardReceived {
        matter: AwardMatter::RevenueMilestone,
        amount_yuan: d("50000"),
        year: Some(2023),
        subject: None,
        policy: None,
    }];
    assert_eq!(
        result(&run(&b), RuleId::F3, Some(2023)),
        (L::Likely, Some(d("50000")))
    );
}

/// Recognition dates: before 2024-05-20 likely, inside qualifies, after
/// 2026-12-31 likely (successor); long before the policy not eligible.
#[test]
fn recognition_dates_around_the_window() {
    let cases = [
        ("2022-12-31", L::NotEligible),
        ("2023-01-01", L::Likely),
        ("2024-05-19", L::Likely),
        ("2024-05-20", L::Qualifies),
        ("2026-12-31", L::Qualifies),
        ("2027-01-01", L::Likely),
    ];
    for (obtained, level) in cases {
        let mut a = profile(Industry::Manufacturing);
        a.recognitions = vec![recognition(
            RecognitionKind::IndustrialDesign,
            Some(Level::Provincial),
            obtained,
        )];
        let o = one(&run(&a), RuleId::F2, Some(date(obtained).year));
        assert_eq!(o.level, level, "{obtained}: {o:#?}");
        let expected_caveat = match obtained {
            "2023-01-01" | "2024-05-19" => Some(Caveat::RecognitionBeforeInForce {
                obtained: date(obtained),
            }),
            "2027-01-01" => Some(Caveat::RecognitionAfterExpiry {
                obtained: date(obtained),
            }),
            _ => None,
        };
        if let Some(c) = expected_caveat {
            assert!(o.caveats.contains(&c), "{obtained}");
        }
    }
}

/// Data years: 2023-2025 inside; 2022 before the policy; 2026 after expiry.
/// `award_data_years` names exactly the years that can pay.
#[test]
fn data_years_around_the_window() {
    assert_eq!(award_data_years(&JIAXING_2024_14), 2023..=2025);
    for (year, level) in [
        (2022, L::NotEligible),
        (2023, L::Qualifies),
        (2025, L::Qualifies),
        // Still a forecast on today's date (2026 has not ended): a path.
        (2026, L::Possible),
    ] {
        let a = flat(profile(Industry::Logistics), 2019, year - 1, "10000000");
        let r = run(&revenue(a, &[(year, "20000000.01")]));
        assert_eq!(result(&r, RuleId::F3, Some(year)).0, level, "{year}");
    }
}

/// Assessment dates: before 2024-05-20, inside, after 2026-12-31.
#[test]
fn assessment_dates_around_the_window() {
    let a = flat(profile(Industry::Logistics), 2019, 2022, "10000000");
    let a = revenue(a, &[(2023, "20000000.01")]);
    let cases = [
        ("2024-05-19", WindowStatus::BeforeInForce, L::Likely),
        ("2024-05-20", WindowStatus::InForce, L::Qualifies),
        ("2026-12-31", WindowStatus::InForce, L::Qualifies),
        ("2027-01-01", WindowStatus::Expired, L::Likely),
    ];
    for (today, window, level) in cases {
        let r = evaluate(&JIAXING_2024_14, &a, date(today));
        assert_eq!(r.window, window, "{today}");
        let o = one(&r, RuleId::F3, Some(2023));
        assert_eq!(o.level, level, "{today}");
        if window == WindowStatus::Expired {
            assert!(o
                .caveats
                .contains(&Caveat::AssessedAfterExpiry { as_of: date(today) }));
        }
    }
    // The answers' own date wins over the caller's today.
    let mut b = a.clone();
    b.assessment_date = Some(date("2027-03-01"));
    assert_eq!(
        evaluate(&JIAXING_2024_14, &b, date("2025-01-01")).window,
        WindowStatus::Expired
    );
}

/// Counties apply by reference: likely, never qualifies; outside Jiaxing: nothing.
#[test]
fn counties_and_outside() {
    let a = flat(profile(Industry::Logistics), 2019, 2022, "10000000");
    let a = revenue(a, &[(2023, "20000000.01")]);
    for county in [
        Location::Jiashan,
        Location::Pinghu,
        Location::Haining,
        Location::Haiyan,
        Location::Tongxiang,
    ] {
        let mut c = a.clone();
        c.location = Some(county);
        let r = run(&c);
        assert_eq!(r.by_reference, Some(county));
        let o = one(&r, RuleId::F3, Some(2023));
        assert_eq!(o.level, L::Likely, "{county:?}");
        assert!(o
            .caveats
            .contains(&Caveat::ByReference { location: county }));
        assert!(r.outcomes.iter().all(|o| o.level != L::Qualifies
            || matches!(
                o.kind,
                fusion_engine::OutcomeKind::Benchmark | fusion_engine::OutcomeKind::Track
            )));
    }
    for direct in [
        Location::Nanhu,
        Location::Xiuzhou,
        Location::EconomicDevelopmentZone,
        Location::PortArea,
        Location::OtherMunicipalPlatform,
    ] {
        let mut c = a.clone();
        c.location = Some(direct);
        assert_eq!(
            result(&run(&c), RuleId::F3, Some(2023)).0,
            L::Qualifies,
            "{direct:?}"
        );
    }
    let mut out = a.clone();
    out.location = Some(Location::OutsideJiaxing);
    let r = run(&out);
    assert!(r
        .outcomes
        .iter()
        .all(|o| o.level == L::NotEligible && o.steps == vec![Step::OutsideJiaxing]));
    assert_eq!(
        r.totals.cash_qualifies_yuan + r.totals.cash_likely_yuan,
        Decimal::ZERO
    );

    // No location yet: the amount is known but the level waits for it.
    let mut unknown = a;
    unknown.location = None;
    let o = one(&run(&unknown), RuleId::F3, Some(2023));
    assert_eq!(o.level, L::NeedMoreAnswers);
    assert_eq!(o.missing.first(), Some(&Question::Location));
}

/// Tax: T1 = R&D × 100% × rate; T2 = income × 10% when certified, a path otherwise.
#[test]
fn tax_estimates() {
    let mut a = profile(Industry::TechInformation);
    a.tax.rd_cost_yuan = Some(d("1000000"));
    a.tax.income_tax_rate_percent = Some(d("25"));
    a.tax.taxable_income_yuan = Some(d("3000000"));
    let r = run(&a);
    assert_eq!(
        result(&r, RuleId::T1, None),
        (L::Qualifies, Some(d("250000")))
    );
    assert_eq!(
        result(&r, RuleId::T2, None),
        (L::Possible, Some(d("300000")))
    );
    assert_eq!(r.totals.tax_estimate_yuan, d("250000"));
    assert_eq!(r.totals.tax_possible_yuan, d("300000"));
    assert_eq!(
        r.totals.cash_qualifies_yuan,
        Decimal::ZERO,
        "tax never mixes with cash"
    );

    a.recognitions = vec![recognition(
        RecognitionKind::TechAdvancedService,
        None,
        "2024-06-01",
    )];
    let r = run(&a);
    assert_eq!(
        result(&r, RuleId::T2, None),
        (L::Qualifies, Some(d("300000")))
    );
    assert_eq!(r.totals.tax_estimate_yuan, d("550000"));

    a.tax.income_tax_rate_percent = None;
    let o = one(&run(&a), RuleId::T1, None);
    assert_eq!(
        (o.level, o.missing.clone()),
        (L::NeedMoreAnswers, vec![Question::IncomeTaxRate])
    );
}

/// The window's dates themselves come from the pack, not the code.
#[test]
fn window_dates_are_the_packs() {
    assert_eq!(
        JIAXING_2024_14.validity.in_force_from,
        Date::new(2024, 5, 20).unwrap()
    );
    assert_eq!(
        JIAXING_2024_14.validity.in_force_until,
        Date::new(2026, 12, 31).unwrap()
    );
    let shifted = PolicyPack {
        validity: Validity {
            in_force_from: date("2025-01-01"),
            ..JIAXING_2024_14.validity
        },
        ..JIAXING_2024_14
    };
    let mut a = profile(Industry::Manufacturing);
    a.recognitions = vec![recognition(
        RecognitionKind::IndustrialDesign,
        Some(Level::Municipal),
        "2024-06-01",
    )];
    assert_eq!(result(&run(&a), RuleId::F2, Some(2024)).0, L::Qualifies);
    assert_eq!(
        result(&evaluate(&shifted, &a, today()), RuleId::F2, Some(2024)).0,
        L::Likely
    );
}

/// A milestone in 2026 (a data year after expiry) opens a growth window that
/// lies wholly after the policy: one "possible" line, no amount counted.
#[test]
fn a_growth_window_wholly_after_expiry_is_a_path() {
    let a = flat(profile(Industry::Logistics), 2019, 2025, "15000000");
    let r = run(&revenue(a, &[(2026, "25000000")]));
    let m = one(&r, RuleId::F3, Some(2026));
    // A 2026 figure before 2026 has ended is a forecast: at best possible.
    assert_eq!((m.level, m.amount_yuan), (L::Possible, Some(d("100000"))));
    assert!(m.caveats.contains(&Caveat::Forecast { year: 2026 }));
    let g = one(&r, RuleId::F5, Some(2027));
    assert_eq!((g.level, g.amount_yuan), (L::Possible, None));
    assert!(g
        .caveats
        .contains(&Caveat::DataYearAfterExpiry { year: 2027 }));
    assert_eq!(cash(&r, RuleId::F5), Decimal::ZERO);
}

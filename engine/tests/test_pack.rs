//! Every policy figure lives in the pack: a test pack whose every amount,
//! threshold, percentage and date differs from 嘉政发〔2024〕14号 changes each
//! example's outcomes and sentences accordingly, and no figure of the real
//! pack is left in any sentence the tool writes (the verbatim quotes aside).

// Only the examples and their date are used here.
#[allow(dead_code)]
#[path = "common/goldens.rs"]
mod goldens;
use fusion_engine::explain::{describe, explain_assessment};
use fusion_engine::policy::{
    percent, yuan, yuan_big, Benchmarks, GrowthAward, LevelAwards, Milestone, Milestones,
    PlatformSubsidy, PolicyPack, RdDeduction, ReducedRate, SubsidyTier, Validity,
};
use fusion_engine::{
    evaluate, Answers, Assessment, Date, Lang, OutcomeLevel as L, RuleId, JIAXING_2024_14 as REAL,
};
use rust_decimal::Decimal;

fn date(s: &str) -> Date {
    Date::parse(s).unwrap()
}

const F3_TIERS: &[Milestone] = &[
    Milestone {
        threshold: yuan(90_000_000),
        award: yuan(444_000),
    },
    Milestone {
        threshold: yuan(45_000_000),
        award: yuan(188_000),
    },
    Milestone {
        threshold: yuan(17_000_000),
        award: yuan(77_000),
    },
];
const F4_TIERS: &[Milestone] = &[
    Milestone {
        threshold: yuan_big(1_700_000_000),
        award: yuan(410_000),
    },
    Milestone {
        threshold: yuan(900_000_000),
        award: yuan(170_000),
    },
    Milestone {
        threshold: yuan(450_000_000),
        award: yuan(90_000),
    },
];
const F6_TIERS: &[SubsidyTier] = &[
    SubsidyTier {
        growth_percent: percent(18),
        rate_percent: percent(90),
    },
    SubsidyTier {
        growth_percent: percent(11),
        rate_percent: percent(60),
    },
];

/// The real pack with every figure moved.
fn test_pack() -> PolicyPack {
    PolicyPack {
        validity: Validity {
            in_force_from: date("2024-03-01"),
            in_force_until: date("2027-06-30"),
            ..REAL.validity
        },
        f1: LevelAwards {
            national: yuan(1_230_000),
            provincial: yuan(456_000),
            municipal: yuan(178_000),
            ..REAL.f1
        },
        f2: LevelAwards {
            national: yuan(1_110_000),
            provincial: yuan(333_000),
            municipal: yuan(222_000),
            ..REAL.f2
        },
        f3: Milestones {
            tiers: F3_TIERS,
            ..REAL.f3
        },
        f4: Milestones {
            tiers: F4_TIERS,
            ..REAL.f4
        },
        f5: GrowthAward {
            threshold_percent: percent(12),
            award: yuan(66_000),
            years: 2,
            ..REAL.f5
        },
        f6: PlatformSubsidy {
            served_threshold: 250,
            tiers: F6_TIERS,
            cap: yuan(510_000),
            ..REAL.f6
        },
        t1: RdDeduction {
            extra_deduction_percent: percent(75),
            ..REAL.t1
        },
        t2: ReducedRate {
            standard_rate_percent: percent(27),
            reduced_rate_percent: percent(13),
            ..REAL.t2
        },
        benchmarks: Benchmarks {
            value_added_per_mu: yuan(2_200_000),
            tax_per_mu: yuan(390_000),
            value_added_per_employee: yuan(330_000),
            target_year: 2027,
            ..REAL.benchmarks
        },
        ..REAL
    }
}

/// The real pack's figures as the sentences would print them, in both
/// languages. None may appear outside a verbatim quote once the pack moved.
const REAL_FIGURES: &[&str] = &[
    "→ 150 万元",
    "→ 50 万元",
    "→ 20 万元",
    "→ 10 万元",
    "> 1 亿元",
    "> 5000 万元",
    "> 2000 万元",
    "> 5 亿元",
    "> 10 亿元",
    "> 20 亿元",
    "> 15%",
    "≤ 15%",
    "− 15%",
    "超过 15%",
    "above 15%",
    "× 100%",
    "2024-05-20",
    "2026-12-31",
    "250 万元/亩",
    "41 万元/亩",
    "36 万元/人",
    "2026 年目标",
    "2026 target",
    "最高不超过 60 万元",
    "CNY 600,000",
    "300 家",
    "> 300",
    "70%",
    "→ CNY 1.5 million",
    "→ CNY 500,000",
    "→ CNY 200,000",
    "→ CNY 100,000",
    "> CNY 100 million",
    "连续 3 年",
    "3-year",
];

/// Every sentence the tool writes for an assessment, quotes left out: each
/// outcome's summary, steps and caveats, the notes and banners, and the
/// Markdown summary without its quoted lines.
fn sentences(pack: &PolicyPack, answers: &Answers, a: &Assessment) -> Vec<String> {
    let mut out = Vec::new();
    for lang in [Lang::Zh, Lang::En] {
        for o in &a.outcomes {
            let e = describe(pack, o, lang);
            out.push(e.summary);
            out.extend(e.steps);
            out.extend(e.interpretations);
        }
        let x = explain_assessment(pack, a, lang);
        out.extend(x.notes);
        out.extend(x.window_banner);
        out.extend(x.county_banner);
        let md = fusion_engine::report::markdown(pack, answers, a, lang);
        out.extend(
            md.lines()
                .filter(|l| !l.contains('“') && !l.contains('"'))
                .map(str::to_string),
        );
    }
    out
}

/// Whether `fig` stands in `text` as a figure of its own (not the tail of a
/// longer number: "220万元" does not hold "20万元").
fn contains_figure(text: &str, fig: &str) -> bool {
    text.match_indices(fig).any(|(at, _)| {
        !text[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit() || c == '.' || c == ',')
    })
}

fn amount(a: &Assessment, rule: RuleId, year: Option<u16>) -> (L, Option<Decimal>) {
    let o = a
        .outcomes
        .iter()
        .find(|o| o.rule == rule && o.year == year)
        .unwrap_or_else(|| panic!("{rule} {year:?}"));
    (o.level, o.amount_yuan)
}

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

#[test]
fn every_figure_comes_from_the_pack() {
    let pack = test_pack();
    let mut found = Vec::new();
    for (name, answers) in goldens::examples() {
        let a = evaluate(&pack, &answers, goldens::today());
        for s in sentences(&pack, &answers, &a) {
            for fig in REAL_FIGURES {
                if s.contains(fig) {
                    found.push(format!("{name}: {fig:?} in: {s}"));
                }
            }
        }
    }
    // The interview's "why we ask" texts quote the pack's figures too.
    use fusion_engine::Question as Q;
    let questions = [
        Q::Location,
        Q::Industry,
        Q::AboveScale,
        Q::Revenue(2025),
        Q::Recognitions,
        Q::AwardsReceived,
        Q::RdCost,
        Q::TaxableIncome,
        Q::IncomeTaxRate,
        Q::CrossBorderServed,
        Q::CrossBorderGrowth,
        Q::CrossBorderUpgradeCost,
        Q::CrossBorderYear,
        Q::OwnLand,
        Q::ValueAdded,
        Q::TaxPaid,
        Q::Employees,
        Q::AssessmentDate,
    ];
    let bare = [
        "150万元",
        "50万元",
        "20万元",
        "1亿元",
        "5000万元",
        "2000万元",
        "15%",
        "25%",
        "100%",
        "300家",
        "70%",
        "60万元",
        "2024年5月20日",
        "2026年12月31日",
        "2024-05-20",
        "2026-12-31",
        "2026",
        "250万元",
        "41万元",
        "36万元",
        "1.5 million",
        "500,000",
        "600,000",
        "360,000",
        "410,000",
        "2.5 million",
        "100 million",
    ];
    for q in questions {
        for lang in [Lang::Zh, Lang::En] {
            let text = fusion_engine::i18n::ui::why(&pack, q, lang).replace(' ', "");
            for fig in bare {
                if contains_figure(&text, &fig.replace(' ', "")) {
                    found.push(format!("why {q:?}: {fig:?} in: {text}"));
                }
            }
        }
    }
    found.dedup();
    assert!(
        found.is_empty(),
        "the real pack's figures in sentences under the test pack:\n{}",
        found.join("\n")
    );
}

/// The outcomes follow the test pack, worked by hand from its figures.
#[test]
fn outcomes_follow_the_test_pack() {
    let pack = test_pack();
    let examples = goldens::examples();
    let run = |name: &str| {
        let (_, answers) = examples.iter().find(|(n, _)| n == name).unwrap();
        evaluate(&pack, answers, goldens::today())
    };

    // Logistics: 1,700万 first passed in 2019 (the first year asked; its
    // round in 2020 precedes 2024-03-01); 4,500万 in 2023 (5,600万 > 4,500万) →
    // 18.8万; 9,000万 in 2024 (9,300万) → 44.4万, per tier. Growth window of
    // two years from 2023: 2024 66.07% > 12% → 6.6万; 2025 13.98% > 12% → 6.6万.
    let a = run("logistics");
    assert_eq!(amount(&a, RuleId::F3, Some(2019)).0, L::NotEligible);
    assert_eq!(
        amount(&a, RuleId::F3, Some(2023)),
        (L::Qualifies, Some(d("188000")))
    );
    assert_eq!(
        amount(&a, RuleId::F3, Some(2024)),
        (L::Likely, Some(d("444000")))
    );
    assert_eq!(
        amount(&a, RuleId::F5, Some(2024)),
        (L::Qualifies, Some(d("66000")))
    );
    assert_eq!(
        amount(&a, RuleId::F5, Some(2025)),
        (L::Qualifies, Some(d("66000")))
    );
    // T1 at 75%: 80万 × 75% × 25% = 15万; T2 path: 600万 × (25% − 13%) = 72万.
    assert_eq!(
        amount(&a, RuleId::T1, None),
        (L::Qualifies, Some(d("150000")))
    );
    assert_eq!(
        amount(&a, RuleId::T2, None),
        (L::Possible, Some(d("720000")))
    );

    // Platform: 326 > 250 served, 17.5% ≥ 11% but < 18% → 60%: 92万 × 60% =
    // 55.2万, capped at 51万. Certified at 15% > 13%: saves 500万 × 2% = 10万.
    let a = run("platform");
    assert_eq!(
        amount(&a, RuleId::F6, Some(2025)),
        (L::Qualifies, Some(d("510000")))
    );
    assert_eq!(
        amount(&a, RuleId::T2, None),
        (L::Qualifies, Some(d("100000")))
    );

    // Manufacturer: 省级 → 45.6万; the 二(一)4 title as 市级 → 17.8万.
    let a = run("manufacturer");
    assert_eq!(
        amount(&a, RuleId::F1, Some(2024)),
        (L::Qualifies, Some(d("456000")))
    );
    assert_eq!(
        amount(&a, RuleId::F1, Some(2025)),
        (L::Likely, Some(d("178000")))
    );
    // 24,000万 ÷ 120 亩 = 200万 < 220万; 4,200万 ÷ 120 = 35万 < 39万;
    // 24,000万 ÷ 800 = 30万 < 33万.
    for rule in [RuleId::B1, RuleId::B2, RuleId::B3] {
        assert_eq!(amount(&a, rule, None).0, L::NotEligible, "{rule}");
    }

    // Trader: 4.5亿 first passed in 2022 (4.8亿), claimed in 2023, before
    // 2024-03-01: nothing; 9亿 never (7.5亿 at most). With no milestone
    // award, no growth award either (the real pack pays 10万 for 2023).
    let a = run("trader");
    assert_eq!(amount(&a, RuleId::F4, Some(2022)).0, L::NotEligible);
    assert_eq!(
        a.outcomes.iter().filter(|o| o.rule == RuleId::F4).count(),
        1
    );
    assert_eq!(amount(&a, RuleId::F5, None).0, L::NotEligible);
}

//! Explanations: the words the user reads, in both languages.

mod common;

use common::*;
use fusion_engine::answers::{Industry, Level, Location, RecognitionKind};
use fusion_engine::assessment::WindowStatus;
use fusion_engine::explain::{
    county_banner, level_name, money, question_label, rule_name, window_banner,
};
use fusion_engine::{describe, Lang, OutcomeLevel, RuleId, JIAXING_2024_14 as PACK};

fn logistics() -> fusion_engine::Assessment {
    let a = revenue(
        profile(Industry::Logistics),
        &[
            (2019, "18000000"),
            (2020, "23000000"),
            (2021, "31000000"),
            (2022, "42000000"),
            (2023, "56000000"),
            (2024, "93000000"),
            (2025, "106000000"),
        ],
    );
    run(&a)
}

#[test]
fn the_milestone_reads_as_the_issue_shows() {
    let o = one(&logistics(), RuleId::F3, Some(2025));
    let zh = describe(&PACK, &o, Lang::Zh);
    assert_eq!(
        zh.summary,
        "2025 营收 1.06 亿元 > 1 亿元, 2019-2024 最高 0.93 亿元, 所填年度中此前均未超过 → 50 万元"
    );
    assert_eq!(zh.title, "生产性服务业营收首次超过奖励");
    assert_eq!(zh.level, "很可能符合");
    assert_eq!(zh.article, "三(一)");
    assert!(zh.quote.starts_with("对年主营业务收入首次超过1亿元"));
    assert_eq!(zh.bureaus[0], "市经信局");
    assert!(
        zh.interpretations.iter().any(|i| i.contains("各档")),
        "{:?}",
        zh.interpretations
    );
    assert_eq!(zh.amount.as_deref(), Some("50 万元"));

    let en = describe(&PACK, &o, Lang::En);
    assert_eq!(
        en.summary,
        "2025 revenue CNY 106 million > CNY 100 million, highest in 2019–2024: CNY 93 million, so no earlier year above it among the years given → CNY 500,000"
    );
    assert_eq!(en.level, "Likely");
}

#[test]
fn amounts_in_words() {
    let cases = [
        ("106000000", "1.06 亿元", "CNY 106 million"),
        ("500000", "50 万元", "CNY 500,000"),
        ("93000000", "9300 万元", "CNY 93 million"),
        ("644000", "64.4 万元", "CNY 644,000"),
        ("1500000", "150 万元", "CNY 1.5 million"),
        ("0", "0 元", "CNY 0"),
        ("1234.5", "1,234.5 元", "CNY 1,234.5"),
    ];
    for (v, zh, en) in cases {
        assert_eq!(money(d(v), Lang::Zh), zh);
        assert_eq!(money(d(v), Lang::En), en);
    }
}

#[test]
fn one_fen_above_the_threshold_is_not_shown_as_the_threshold() {
    let a = flat(profile(Industry::Logistics), 2019, 2024, "15000000");
    let o = one(
        &run(&revenue(a, &[(2025, "100000000.01")])),
        RuleId::F3,
        Some(2025),
    );
    let s = describe(&PACK, &o, Lang::Zh).summary;
    assert!(s.starts_with("2025 营收 100,000,000.01 元 > 1 亿元"), "{s}");
}

#[test]
fn every_outcome_of_every_example_explains_itself_in_both_languages() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/answers");
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let a: fusion_engine::Answers = serde_json::from_str(&text).unwrap();
        let r = run(&a);
        for o in &r.outcomes {
            for lang in [Lang::Zh, Lang::En] {
                let e = describe(&PACK, o, lang);
                assert!(!e.title.is_empty() && !e.summary.is_empty() && !e.quote.is_empty());
                assert_eq!(e.steps.len(), o.steps.len());
                assert_eq!(e.interpretations.len(), o.caveats.len());
                assert_eq!(e.missing.len(), o.missing.len());
                if matches!(o.level, OutcomeLevel::Likely) {
                    assert!(
                        !e.interpretations.is_empty(),
                        "{}: a likely outcome says why",
                        o.rule
                    );
                }
                if lang == Lang::En {
                    assert!(
                        !e.summary
                            .chars()
                            .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
                            || e.summary.contains("就高不重复")
                            || e.summary.contains("最高不超过"),
                        "English summary in Chinese: {}",
                        e.summary
                    );
                }
            }
        }
    }
}

#[test]
fn same_matter_and_received_read_clearly() {
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
    let o = one(&run(&a), RuleId::F1, Some(2025));
    let s = describe(&PACK, &o, Lang::Zh).summary;
    assert!(
        s.contains("国家级 → 150 万元") && s.contains("同一事项的省级") && s.contains("不重复奖励"),
        "{s}"
    );
}

#[test]
fn names_and_banners() {
    assert_eq!(
        level_name(OutcomeLevel::NeedMoreAnswers, Lang::Zh),
        "需补充信息"
    );
    assert_eq!(level_name(OutcomeLevel::Possible, Lang::En), "Possible");
    assert_eq!(
        rule_name(RuleId::F6, Lang::Zh),
        "跨境电商线上公共综合服务平台研发升级补助"
    );
    assert_eq!(
        question_label(fusion_engine::Question::Revenue(2024), Lang::Zh),
        "2024 年主营业务收入"
    );
    assert!(window_banner(&PACK, WindowStatus::InForce, date("2025-01-01"), Lang::Zh).is_none());
    let expired =
        window_banner(&PACK, WindowStatus::Expired, date("2027-02-01"), Lang::Zh).unwrap();
    assert!(
        expired.contains("2026-12-31") && expired.contains("仅供参考"),
        "{expired}"
    );
    let county = county_banner(&PACK, Location::Haining, Lang::Zh);
    assert!(
        county.contains("海宁市") && county.contains("参照执行"),
        "{county}"
    );
    let en = county_banner(&PACK, Location::Tongxiang, Lang::En);
    assert!(
        en.contains("Tongxiang") && en.contains("by reference"),
        "{en}"
    );
}

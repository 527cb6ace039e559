//! Hostile input: lists and texts longer than any enterprise needs are
//! refused with their cap named; subjects disguised with invisible
//! characters are still one matter (就高不重复); grouping stays linear; and
//! error messages never repeat what the file or link said.

mod common;

use common::{d, date, today};
use fusion_engine::answers::*;
use fusion_engine::i18n::ui::answer_problem;
use fusion_engine::transfer::{decode_link, encode_link, import, ImportError, LINK_PREFIX};
use fusion_engine::{evaluate, Answers, Lang, RuleId, JIAXING_2024_14};
use std::collections::BTreeMap;

fn recognition(subject: &str) -> Recognition {
    Recognition {
        kind: RecognitionKind::ServiceManufacturingDemo,
        level: Some(Level::Provincial),
        obtained: Some(date("2025-03-01")),
        subject: Some(subject.to_string()),
    }
}

fn award(subject: &str, yuan: &str) -> AwardReceived {
    AwardReceived {
        matter: AwardMatter::ServiceManufacturingDemo,
        amount_yuan: d(yuan),
        year: Some(2025),
        subject: Some(subject.to_string()),
        policy: None,
    }
}

fn problems_of(answers: &Answers, question: Question) -> Vec<Problem> {
    validate(answers)
        .into_iter()
        .filter(|e| e.question == question)
        .map(|e| e.problem)
        .collect()
}

#[test]
fn each_list_is_capped_and_the_cap_is_named() {
    let at_cap = |n: u32| -> Answers {
        Answers {
            recognitions: (0..n).map(|i| recognition(&format!("平台{i}"))).collect(),
            awards_received: (0..n).map(|i| award(&format!("平台{i}"), "1")).collect(),
            revenue_yuan: (0..n.min(MAX_REVENUE_YEARS))
                .map(|i| (2000 + i as u16, d("1")))
                .collect(),
            sectors: vec![Sector::Fashion; MAX_CHOICES as usize],
            ..Default::default()
        }
    };
    assert_eq!(MAX_RECOGNITIONS, MAX_AWARDS);
    assert!(validate(&at_cap(MAX_RECOGNITIONS)).is_empty());

    let mut over = at_cap(MAX_RECOGNITIONS + 1);
    over.revenue_yuan = (0..=MAX_REVENUE_YEARS as u16)
        .map(|i| (2000 + i, d("-1")))
        .collect();
    over.sectors.push(Sector::Fashion);
    over.activities = vec![Activity::ParkOperation; MAX_CHOICES as usize + 1];
    // Entries of an over-long list are not checked one by one: one message.
    for r in &mut over.recognitions {
        r.level = None;
    }
    let too_many = |max| vec![Problem::TooMany { max }];
    assert_eq!(
        problems_of(&over, Question::Recognitions),
        too_many(MAX_RECOGNITIONS)
    );
    assert_eq!(
        problems_of(&over, Question::AwardsReceived),
        too_many(MAX_AWARDS)
    );
    assert_eq!(
        problems_of(&over, Question::Revenue(2000)),
        too_many(MAX_REVENUE_YEARS)
    );
    assert_eq!(problems_of(&over, Question::Sectors), too_many(MAX_CHOICES));
    assert_eq!(
        problems_of(&over, Question::Activities),
        too_many(MAX_CHOICES)
    );
    assert_eq!(validate(&over).len(), 5, "{:?}", validate(&over));

    // The message names the cap, in both languages, in the form and in
    // the import message.
    let problem = Problem::TooMany {
        max: MAX_RECOGNITIONS,
    };
    assert!(answer_problem(problem, Lang::Zh).contains("最多填写 100 项"));
    assert!(answer_problem(problem, Lang::En).contains("At most 100 entries"));
    let err = import(&serde_json::to_string(&over).unwrap()).unwrap_err();
    assert!(matches!(err, ImportError::InvalidValues(_)));
    assert!(
        err.message(Lang::Zh).contains("最多 100 项"),
        "{}",
        err.message(Lang::Zh)
    );
    assert!(err.message(Lang::En).contains("at most 50 entries"));
}

#[test]
fn texts_are_capped_by_characters_not_bytes() {
    let cap = MAX_TEXT_CHARS as usize;
    let mut a = Answers {
        enterprise_name: Some("嘉".repeat(cap)),
        recognitions: vec![recognition(&"台".repeat(cap))],
        awards_received: vec![AwardReceived {
            policy: Some("x".repeat(cap)),
            ..award("台", "1")
        }],
        ..Default::default()
    };
    assert!(validate(&a).is_empty(), "{:?}", validate(&a));
    a.enterprise_name = Some("嘉".repeat(cap + 1));
    a.recognitions.push(recognition(&"台".repeat(cap + 1)));
    a.recognitions.push(recognition(&"厂".repeat(cap + 1)));
    a.awards_received[0].policy = Some("x".repeat(100_000));
    let long = vec![Problem::TooLong {
        max: MAX_TEXT_CHARS,
    }];
    assert_eq!(problems_of(&a, Question::EnterpriseName), long);
    // Two long subjects in one list: one message.
    assert_eq!(problems_of(&a, Question::Recognitions), long);
    assert_eq!(problems_of(&a, Question::AwardsReceived), long);
    let words = answer_problem(long[0], Lang::Zh);
    assert!(words.contains("200"), "{words}");
    assert!(answer_problem(long[0], Lang::En).contains("At most 200 characters"));
}

#[test]
fn invisible_characters_do_not_make_a_second_matter() {
    // 就高不重复: one platform recognised twice, once with a zero-width
    // space, a BOM or a bidi mark slipped into its name, is still one
    // matter paid once, and an award already received under the disguised
    // name counts against it.
    for disguised in [
        "智能工厂\u{200B}平台",
        "智能工厂平台\u{FEFF}",
        "\u{200E}智能工厂平台",
        "智能\u{2060}工厂平台",
        "智能工厂平台\u{E0020}",
        " 智能工厂平台\u{00AD}",
    ] {
        let mut a = common::profile(Industry::Manufacturing);
        a.recognitions = vec![recognition("智能工厂平台"), recognition(disguised)];
        a.recognitions[1].level = Some(Level::National);
        a.awards_received = vec![award(&disguised.replace('\u{200B}', "\u{200C}"), "100000")];
        let assessment = evaluate(&JIAXING_2024_14, &a, today());
        let f1: Vec<_> = assessment
            .outcomes
            .iter()
            .filter(|o| o.rule == RuleId::F1)
            .collect();
        assert_eq!(f1.len(), 1, "{disguised:?} made a second matter");
        assert_eq!(f1[0].subject.as_deref(), Some("智能工厂平台"));
        let national = JIAXING_2024_14.f1.national;
        assert_eq!(
            f1[0].amount_yuan,
            Some(national - d("100000")),
            "{disguised:?}: the award received under the disguised name must count"
        );
    }
}

#[test]
fn grouping_by_subject_stays_linear() {
    // Far over the cap (validate refuses it), yet evaluation must still
    // finish at once: the form evaluates while the user types. Grouping by
    // comparing each subject with every other took minutes here.
    let n = 40_000;
    let a = Answers {
        recognitions: (0..n).map(|i| recognition(&format!("平台{i}"))).collect(),
        awards_received: (0..n).map(|i| award(&format!("平台{i}"), "10")).collect(),
        ..common::profile(Industry::Manufacturing)
    };
    let started = std::time::Instant::now();
    let assessment = evaluate(&JIAXING_2024_14, &a, today());
    let took = started.elapsed();
    let f1 = assessment
        .outcomes
        .iter()
        .filter(|o| o.rule == RuleId::F1)
        .count();
    assert_eq!(f1, n);
    assert!(took.as_secs() < 20, "evaluation took {took:?}");
}

/// A marker that must never come back in a message.
const MARK: &str = "QQ<b>evil</b>";

#[test]
fn import_and_link_messages_never_repeat_the_payload() {
    let long = MARK.repeat(1000);
    let files = [
        format!(r#"{{"{MARK}": 1}}"#),
        format!(r#"{{"recognitions": [{{"kind": "high_tech", "{MARK}": 1}}]}}"#),
        format!(r#"{{"industry": "{MARK}"}}"#),
        format!(r#"{{"recognitions": [{{"kind": "{MARK}"}}]}}"#),
        format!(r#"{{"revenue_yuan": {{"{MARK}": "1"}}}}"#),
        format!(r#"{{"revenue_yuan": {{"2025": "{long}"}}}}"#),
        format!(r#"{{"enterprise_name": ["{MARK}"]}}"#),
        format!(r#"{{"format": "{MARK}", "schema_version": 1}}"#),
        format!(
            r#"{{"format": "fusion-check/answers", "schema_version": 1, "answers": {{"{MARK}": 0}}}}"#
        ),
        format!(r#"{{"enterprise_name": "{long}"}}"#),
        format!("{MARK} not json"),
    ];
    for text in &files {
        let err = import(text).expect_err(text);
        for lang in [Lang::Zh, Lang::En] {
            let message = err.message(lang);
            assert!(
                !message.contains("QQ") && !message.contains("evil"),
                "{text}: {message}"
            );
            assert!(message.chars().count() < 400, "{text}: {message}");
        }
        // The same through a share link.
        // (version 1 carried the bare answers, version 2 wraps them).
        if let Ok(value) = serde_json::from_str::<serde_json::Value>(text) {
            let wrapped = serde_json::json!({ "answers": value.clone() });
            for (prefix, content) in [("a1.", &value), (LINK_PREFIX, &wrapped)] {
                let json = serde_json::to_vec(content).unwrap();
                let packed = miniz_oxide::deflate::compress_to_vec_zlib(&json, 6);
                use base64::Engine as _;
                let link = format!(
                    "{prefix}{}",
                    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(packed)
                );
                if let Err(err) = decode_link(&link) {
                    let message = err.message(Lang::En);
                    assert!(!message.contains("QQ"), "link {text}: {message}");
                }
            }
        }
    }
    // The field is still named, in this tool's own words.
    let err = import(&files[1]).unwrap_err();
    assert!(
        err.message(Lang::En).contains("“recognitions[0]”"),
        "{}",
        err.message(Lang::En)
    );
    let err = import(&files[3]).unwrap_err();
    assert!(err.message(Lang::En).contains("“recognitions[0].kind”"));
    assert!(err
        .message(Lang::En)
        .contains("not one of this tool's choices"));
    // A valid link of answers is untouched by all this.
    let ok = Answers {
        enterprise_name: Some("www.example.com".into()),
        revenue_yuan: BTreeMap::from([(2025, d("1"))]),
        ..Default::default()
    };
    assert_eq!(decode_link(&encode_link(&ok, &[])).unwrap().answers, ok);
}

//! Answers files and share links: round trips are the identity, and every
//! class of malformed input is an error value, never a panic.

use fusion_engine::answers::*;
use fusion_engine::scenario::{NameFault, Scenario, MAX_NAME_CHARS, MAX_SCENARIOS};
use fusion_engine::transfer::*;
use fusion_engine::{Answers, Date};
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::path::Path;

#[path = "common/pinned.rs"]
mod pinned;
use pinned::check;

fn example_answers() -> Vec<(String, Answers)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/answers");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("examples/answers exists") {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let text = std::fs::read_to_string(&path).unwrap();
            let imported = import(&text).unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
            out.push((path.display().to_string(), imported.answers));
        }
    }
    assert!(
        out.len() >= 5,
        "expected at least five example enterprises, found {}",
        out.len()
    );
    out
}

#[test]
fn examples_round_trip_through_file_and_link() {
    for (name, answers) in example_answers() {
        let file = answers_file(&answers, &[]);
        let back = import(&file).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(back.source, Source::AnswersFile);
        assert_eq!(back.answers, answers, "{name} via file");

        let link = encode_link(&answers, &[]);
        assert!(link.starts_with(LINK_PREFIX));
        assert!(
            link.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)),
            "{name}: not URL-safe"
        );
        assert_eq!(
            decode_link(&link).unwrap().answers,
            answers,
            "{name} via link"
        );
        assert_eq!(
            decode_link(&format!("https://example.org/x/#{link}"))
                .unwrap()
                .answers,
            answers
        );
    }
}

#[test]
fn links_are_compact_enough_for_a_chat() {
    for (name, answers) in example_answers() {
        let link = encode_link(&answers, &[]);
        let json = serde_json::to_string(&answers).unwrap();
        assert!(
            link.len() < json.len(),
            "{name}: link {} not shorter than JSON {}",
            link.len(),
            json.len()
        );
        assert!(
            link.len() < 2000,
            "{name}: link of {} characters",
            link.len()
        );
    }
}

#[test]
fn bare_answers_are_accepted() {
    let text =
        r#"{"industry": "logistics", "revenue_yuan": {"2024": "93000000", "2025": "106000000"}}"#;
    let imported = import(text).unwrap();
    assert_eq!(imported.source, Source::BareAnswers);
    assert_eq!(imported.answers.industry, Some(Industry::Logistics));
    assert_eq!(
        imported.answers.revenue_yuan[&2025],
        Decimal::from(106_000_000)
    );
}

#[test]
fn summary_json_gives_its_answers_and_ignores_its_assessment() {
    let text = r#"{"format": "fusion-check/summary", "schema_version": 1,
        "answers": {"industry": "wholesale_retail"},
        "assessment": {"totals": {"cash_qualifies_yuan": "99999999"}}}"#;
    let imported = import(text).unwrap();
    assert_eq!(imported.source, Source::Summary);
    assert_eq!(imported.answers.industry, Some(Industry::WholesaleRetail));
}

/// An input and the check its error must pass.
type Case = (&'static str, fn(&ImportError) -> bool);

#[test]
fn each_malformed_class_is_an_error() {
    let cases: &[Case] = &[
        ("", |e| *e == ImportError::Empty),
        ("   \n", |e| *e == ImportError::Empty),
        ("PK\u{3}\u{4} not json", |e| {
            matches!(e, ImportError::NotJson { line: 1, .. })
        }),
        ("{\"industry\": \"logistics\"", |e| {
            matches!(e, ImportError::NotJson { .. })
        }),
        ("[1, 2, 3]", |e| *e == ImportError::UnknownFormat),
        (
            "{\"format\": \"something/else\", \"schema_version\": 1}",
            |e| *e == ImportError::UnknownFormat,
        ),
        (
            "{\"format\": \"fusion-check/answers\", \"schema_version\": 99, \"answers\": {}}",
            |e| {
                matches!(
                    e,
                    ImportError::NewerVersion {
                        found: 99,
                        supported: ANSWERS_SCHEMA_VERSION,
                        ..
                    }
                )
            },
        ),
        (
            "{\"format\": \"fusion-check/answers\", \"schema_version\": \"one\", \"answers\": {}}",
            |e| *e == ImportError::BadVersion,
        ),
        (
            "{\"format\": \"fusion-check/answers\", \"schema_version\": 0, \"answers\": {}}",
            |e| *e == ImportError::BadVersion,
        ),
        (
            "{\"format\": \"fusion-check/answers\", \"schema_version\": 1}",
            |e| matches!(e, ImportError::WrongShape { path, .. } if path == "answers"),
        ),
        (
            "{\"industry\": \"shipbuilding\"}",
            |e| matches!(e, ImportError::WrongShape { path, fault: ShapeFault::UnknownValue, .. } if path == "industry"),
        ),
        (
            "{\"revenue_yuan\": {\"2025\": true}}",
            |e| matches!(e, ImportError::WrongShape { path, .. } if path.starts_with("revenue_yuan")),
        ),
        ("{\"revenue_yuan\": {\"2025\": \"12abc\"}}", |e| {
            matches!(e, ImportError::WrongShape { .. })
        }),
        ("{\"surprise\": 1}", |e| {
            matches!(e, ImportError::WrongShape { .. })
        }),
        (
            "{\"revenue_yuan\": {\"2025\": \"-5\"}}",
            |e| matches!(e, ImportError::InvalidValues(v) if v.iter().any(|f| f.question == Question::Revenue(2025) && f.problem == Problem::Negative)),
        ),
    ];
    for (text, expected) in cases {
        let err = import(text).expect_err(text);
        assert!(expected(&err), "{text:?} gave {err:?}");
        // The autosave reader refuses the same shapes; only values the
        // engine's checks flag pass it (next test).
        if !matches!(err, ImportError::InvalidValues(_)) {
            assert_eq!(import_unchecked(text).expect_err(text), err, "{text:?}");
        }
    }
}

#[test]
fn the_autosave_reader_keeps_answers_the_checks_flag() {
    // A recognition whose level is still to be chosen: the form flags it,
    // a reload must not lose it.
    let mut answers = Answers::default();
    answers.recognitions.push(Recognition {
        kind: RecognitionKind::ServiceManufacturingDemo,
        level: None,
        obtained: None,
        subject: None,
    });
    let file = answers_file(&answers, &[]);
    assert!(matches!(import(&file), Err(ImportError::InvalidValues(_))));
    assert_eq!(import_unchecked(&file).unwrap().answers, answers);
    // `unreadable` says so before the file is made, and names the answers:
    // the main ones, or a scenario's.
    assert_eq!(unreadable(&answers, &[]).map(|(name, _)| name), Some(None));
    let fine = Answers::default();
    let scenario = [Scenario {
        name: "乐观".into(),
        answers: answers.clone(),
    }];
    assert_eq!(
        unreadable(&fine, &scenario).map(|(name, _)| name),
        Some(Some("乐观"))
    );
    assert!(import(&answers_file(&fine, &scenario)).is_err());
    assert_eq!(unreadable(&fine, &[]), None);
    assert!(import(&answers_file(&fine, &[])).is_ok());
    for (name, answers) in example_answers() {
        let back = import_unchecked(&answers_file(&answers, &[])).unwrap();
        assert_eq!(back.answers, answers, "{name}");
    }
}

#[test]
fn ten_megabytes_of_garbage_is_refused_before_parsing() {
    let garbage = "x".repeat(10 << 20);
    assert!(matches!(
        import(&garbage),
        Err(ImportError::TooLarge { .. })
    ));
    assert!(matches!(
        decode_link(&format!("{LINK_PREFIX}{garbage}")),
        Err(ImportError::TooLarge { .. })
    ));
}

#[test]
fn corrupted_links_are_errors() {
    let answers = Answers {
        industry: Some(Industry::Logistics),
        ..Default::default()
    };
    let link = encode_link(&answers, &[]);
    assert_eq!(decode_link(""), Err(ImportError::Empty));
    assert_eq!(decode_link("#section-2"), Err(ImportError::NotALink));
    assert_eq!(decode_link("a9.AAAA"), Err(ImportError::NotALink));
    // Cut at every length: never the answers, never a panic.
    for cut in LINK_PREFIX.len()..link.len() {
        assert!(decode_link(&link[..cut]).is_err(), "cut at {cut} decoded");
    }
    // Flip each payload character.
    for i in LINK_PREFIX.len()..link.len() {
        let mut bytes = link.clone().into_bytes();
        bytes[i] = if bytes[i] == b'A' { b'B' } else { b'A' };
        let edited = String::from_utf8(bytes).unwrap();
        if let Ok(decoded) = decode_link(&edited) {
            // base64 padding bits can absorb an edit; then it is the same link.
            assert_eq!(decoded.answers, answers, "edit at {i} changed the answers");
        }
    }
    assert_eq!(
        decode_link("a1.!!!not-base64!!!"),
        Err(ImportError::CorruptLink)
    );
    // A valid zlib stream that holds no answers.
    let bogus = miniz_oxide::deflate::compress_to_vec_zlib(b"[\"not answers\"]", 6);
    use base64::Engine as _;
    let bogus = format!(
        "{LINK_PREFIX}{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bogus)
    );
    assert!(matches!(
        decode_link(&bogus),
        Err(ImportError::WrongShape { .. })
    ));
}

#[test]
fn fingerprint_changes_with_the_answers() {
    let a = Answers {
        enterprise_name: Some("甲".into()),
        ..Default::default()
    };
    let b = Answers {
        enterprise_name: Some("乙".into()),
        ..Default::default()
    };
    assert_eq!(answers_fingerprint(&a), answers_fingerprint(&a.clone()));
    assert_ne!(answers_fingerprint(&a), answers_fingerprint(&b));
    assert!(answers_fingerprint(&a).starts_with("fnv1a64:"));
}

fn money() -> impl Strategy<Value = Decimal> {
    (0i64..1_000_000_000_000).prop_map(|cents| Decimal::new(cents, 2))
}

fn pick<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    prop::sample::select(all)
}

prop_compose! {
    fn arb_answers()(
        name in proptest::option::of("[a-z\u{4e00}-\u{4e2f} |*<>\"\\n]{0,20}"),
        location in proptest::option::of(pick(&Location::ALL)),
        industry in proptest::option::of(pick(&Industry::ALL)),
        above_scale in proptest::option::of(any::<bool>()),
        revenue in prop::collection::btree_map(2015u16..2028, money(), 0..8),
        levels in prop::collection::vec((any::<bool>(), pick(&[Level::Municipal, Level::Provincial, Level::National]), 2019u16..2027), 0..4),
        rd in proptest::option::of(money()),
        rate in proptest::option::of((0i64..=100).prop_map(Decimal::from)),
        operator in proptest::option::of(any::<bool>()),
        served in proptest::option::of(0u32..5000),
        growth in proptest::option::of((-10000i64..100000).prop_map(|b| Decimal::new(b, 2))),
        land in proptest::option::of((1i64..100000).prop_map(|t| Decimal::new(t, 1))),
        employees in proptest::option::of(1u32..100000),
        date in proptest::option::of((2023u16..2028, 1u8..13, 1u8..29)),
    ) -> Answers {
        Answers {
            enterprise_name: name,
            location,
            industry,
            above_scale,
            revenue_yuan: revenue,
            recognitions: levels.into_iter().map(|(design, level, year)| Recognition {
                kind: if design { RecognitionKind::IndustrialDesign } else { RecognitionKind::ServiceManufacturingDemo },
                level: Some(level),
                obtained: Date::new(year, 6, 1),
                subject: None,
            }).collect(),
            tax: Tax { rd_cost_yuan: rd, taxable_income_yuan: None, income_tax_rate_percent: rate },
            cross_border: CrossBorder { platform_operator: operator, enterprises_served: served, trade_growth_percent: growth, upgrade_cost_yuan: None, year: None },
            land: Land { own_land_mu: land, employees, ..Default::default() },
            assessment_date: date.and_then(|(y, m, d)| Date::new(y, m, d)),
            ..Default::default()
        }
    }
}

#[test]
fn generated_answers_round_trip() {
    check(
        file!(),
        "generated_answers_round_trip",
        256,
        arb_answers(),
        |answers| {
            prop_assume!(validate(&answers).is_empty());
            prop_assert_eq!(
                &import(&answers_file(&answers, &[])).unwrap().answers,
                &answers
            );
            prop_assert_eq!(
                &decode_link(&encode_link(&answers, &[])).unwrap().answers,
                &answers
            );
            Ok(())
        },
    );
}

#[test]
fn arbitrary_text_never_panics() {
    check(
        file!(),
        "arbitrary_text_never_panics",
        256,
        ".{0,300}",
        |text: String| {
            let _ = import(&text);
            let _ = decode_link(&text);
            let _ = decode_link(&format!("{LINK_PREFIX}{text}"));
            Ok(())
        },
    );
}

#[test]
fn arbitrary_bytes_as_link_never_panic() {
    let bytes = prop::collection::vec(any::<u8>(), 0..400);
    check(
        file!(),
        "arbitrary_bytes_as_link_never_panic",
        256,
        bytes,
        |bytes| {
            use base64::Engine as _;
            let link = format!(
                "{LINK_PREFIX}{}",
                base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&bytes)
            );
            let _ = decode_link(&link);
            Ok(())
        },
    );
}

// ---- Schema version 2: scenarios beside the answers ----

fn example(name: &str) -> Answers {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../examples/answers/{name}.json"));
    import(&std::fs::read_to_string(path).unwrap())
        .unwrap()
        .answers
}

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/v1")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

/// Two scenarios of the logistics example: as it is, and 20% more revenue
/// in its latest year.
fn two_scenarios() -> Vec<Scenario> {
    let now = example("logistics");
    let mut grown = now.clone();
    if let Some((_, last)) = grown.revenue_yuan.iter_mut().next_back() {
        *last *= Decimal::new(12, 1);
    }
    vec![
        Scenario {
            name: "现状".into(),
            answers: now,
        },
        Scenario {
            name: "增长20%".into(),
            answers: grown,
        },
    ]
}

#[test]
fn version_1_files_written_before_scenarios_open_as_they_did() {
    for name in ["haining", "logistics", "manufacturer", "platform", "trader"] {
        let text = fixture(&format!("{name}.answers.json"));
        assert!(
            text.contains("\"schema_version\": 1"),
            "{name}: not a v1 fixture"
        );
        let imported = import(&text).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(imported.answers, example(name), "{name}");
        assert_eq!(imported.scenarios, Vec::<Scenario>::new(), "{name}");
        assert_eq!(imported.source, Source::AnswersFile);
        // Saved again, it is a version 2 file with the same answers.
        let again = answers_file(&imported.answers, &imported.scenarios);
        assert!(again.contains("\"schema_version\": 2"));
        assert!(!again.contains("scenarios"));
        assert_eq!(import(&again).unwrap(), imported);
    }
}

#[test]
fn version_1_links_shared_before_scenarios_open_as_they_did() {
    let links = fixture("links.txt");
    let mut seen = 0;
    for line in links.lines() {
        let (name, url) = line.split_once(' ').unwrap();
        assert!(url.contains("#a1."), "{name}: not a v1 link");
        let linked = decode_link(url).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(linked.answers, example(name), "{name}");
        assert!(linked.scenarios.is_empty());
        assert_eq!(linked.source, Source::Link);
        // The app's two halves give the same.
        assert_eq!(read_link_json(&unpack_link(url).unwrap()).unwrap(), linked);
        seen += 1;
    }
    assert_eq!(seen, 5);
}

#[test]
fn migrate_wraps_version_1_answers_without_scenarios() {
    let v1: serde_json::Value = serde_json::from_str(&fixture("trader.answers.json")).unwrap();
    let answers = v1["answers"].clone();
    let from_file = migrate(1, Carrier::File, v1.clone()).unwrap();
    assert_eq!(
        serde_json::Value::Object(from_file.clone()),
        serde_json::json!({ "answers": answers })
    );
    let from_link = migrate(1, Carrier::Link, answers.clone()).unwrap();
    assert_eq!(from_link, from_file);
    // A version 1 file never had scenarios: a member of that name is not read.
    let mut odd = v1;
    odd["scenarios"] = serde_json::json!([{ "name": "x", "answers": {} }]);
    assert_eq!(migrate(1, Carrier::File, odd).unwrap(), from_file);
    let text = fixture("trader.answers.json").replacen(
        "\"answers\"",
        "\"scenarios\": [{\"name\": \"x\", \"answers\": {}}], \"answers\"",
        1,
    );
    assert!(import(&text).unwrap().scenarios.is_empty());
}

#[test]
fn scenarios_round_trip_through_file_and_link() {
    let answers = example("logistics");
    let scenarios = two_scenarios();
    let file = answers_file(&answers, &scenarios);
    assert!(file.contains("\"schema_version\": 2"));
    assert!(file.contains("增长20%"));
    let back = import(&file).unwrap();
    assert_eq!((&back.answers, &back.scenarios), (&answers, &scenarios));
    assert_eq!(import_unchecked(&file).unwrap(), back);

    let link = encode_link(&answers, &scenarios);
    assert!(link.starts_with("a2."));
    let linked = decode_link(&link).unwrap();
    assert_eq!((&linked.answers, &linked.scenarios), (&answers, &scenarios));
    // Three scenarios of near-identical answers compress well.
    let mut three = scenarios.clone();
    three.push(Scenario {
        name: "主辅分离后".into(),
        answers: example("manufacturer"),
    });
    let link = encode_link(&answers, &three);
    assert!(link.len() < 4000, "link of {} characters", link.len());
    assert_eq!(decode_link(&link).unwrap().scenarios, three);
}

#[test]
fn names_are_trimmed_and_kept_otherwise() {
    let text = r#"{"format":"fusion-check/answers","schema_version":2,"answers":{},
        "scenarios":[{"name":"  主辅分离后 ","answers":{"industry":"logistics"}}]}"#;
    let imported = import(text).unwrap();
    assert_eq!(imported.scenarios[0].name, "主辅分离后");
    assert_eq!(
        imported.scenarios[0].answers.industry,
        Some(Industry::Logistics)
    );
}

fn v2_file(scenarios: &str) -> String {
    format!(
        r#"{{"format":"fusion-check/answers","schema_version":2,"answers":{{}},"scenarios":{scenarios}}}"#
    )
}

#[test]
fn malformed_scenarios_are_error_values() {
    let long = "名".repeat(MAX_NAME_CHARS + 1);
    let four = v2_file(&format!(
        "[{}]",
        [r#"{"name":"a","answers":{}}"#; MAX_SCENARIOS + 1].join(",")
    ));
    let cases: Vec<(String, ImportError)> = vec![
        (
            v2_file("{}"),
            ImportError::WrongShape {
                path: "scenarios".into(),
                fault: ShapeFault::WrongType,
                detail: "expected a list".into(),
            },
        ),
        (four, ImportError::TooManyScenarios { found: 4, limit: 3 }),
        (
            v2_file(r#"[{"name":"  ","answers":{}}]"#),
            ImportError::ScenarioName {
                index: 0,
                fault: NameFault::Empty,
            },
        ),
        (
            v2_file(&format!(
                r#"[{{"name":"a","answers":{{}}}},{{"name":"{long}","answers":{{}}}}]"#
            )),
            ImportError::ScenarioName {
                index: 1,
                fault: NameFault::TooLong,
            },
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(import(&text), Err(expected), "{text}");
    }
    let shapes: [(&str, &str, ShapeFault); 6] = [
        ("[7]", "scenarios[0]", ShapeFault::WrongType),
        (
            r#"[{"name":"a"}]"#,
            "scenarios[0].answers",
            ShapeFault::Missing,
        ),
        (
            r#"[{"answers":{}}]"#,
            "scenarios[0].name",
            ShapeFault::Missing,
        ),
        (
            r#"[{"name":5,"answers":{}}]"#,
            "scenarios[0].name",
            ShapeFault::WrongType,
        ),
        (
            r#"[{"name":"a","answers":{},"secret":1}]"#,
            "scenarios[0]",
            ShapeFault::UnknownField,
        ),
        ("[[]]", "scenarios[0]", ShapeFault::WrongType),
    ];
    for (list, want_path, want_fault) in shapes {
        match import(&v2_file(list)) {
            Err(ImportError::WrongShape { path, fault, .. }) => {
                assert_eq!((path.as_str(), fault), (want_path, want_fault), "{list}")
            }
            other => panic!("{list}: {other:?}"),
        }
    }
    // A scenario's answers are read and checked as the answers are.
    let err = import(&v2_file(
        r#"[{"name":"a","answers":{}},{"name":"b","answers":{"industry":"shipbuilding"}}]"#,
    ))
    .unwrap_err();
    assert!(
        matches!(&err, ImportError::InScenario { index: 1, error } if matches!(**error, ImportError::WrongShape { fault: ShapeFault::UnknownValue, .. })),
        "{err:?}"
    );
    let err = import(&v2_file(
        r#"[{"name":"a","answers":{"revenue_yuan":{"2025":"-5"}}}]"#,
    ))
    .unwrap_err();
    assert!(
        matches!(&err, ImportError::InScenario { index: 0, error } if matches!(**error, ImportError::InvalidValues(_))),
        "{err:?}"
    );
    // The words name the scenario by its place, never by its payload.
    let zh = err.message(fusion_engine::Lang::Zh);
    assert!(zh.starts_with("第 1 个方案:"), "{zh}");
    assert!(zh.contains("没有任何改变"), "{zh}");
    let en = ImportError::TooManyScenarios { found: 4, limit: 3 }.message(fusion_engine::Lang::En);
    assert!(en.contains("at most 3"), "{en}");
    // The same values flagged by the checks pass the autosave reader.
    assert!(import_unchecked(&v2_file(
        r#"[{"name":"a","answers":{"revenue_yuan":{"2025":"-5"}}}]"#
    ))
    .is_ok());
}

#[test]
fn newer_versions_are_still_refused_in_words() {
    let text = r#"{"format":"fusion-check/answers","schema_version":3,"answers":{}}"#;
    let err = import(text).unwrap_err();
    assert_eq!(
        err,
        ImportError::NewerVersion {
            format: ANSWERS_FORMAT,
            found: 3,
            supported: 2
        }
    );
    assert!(err.message(fusion_engine::Lang::Zh).contains("版本 3"));
    // A version 2 link carries exactly answers and scenarios.
    let content = serde_json::json!({ "answers": {}, "extra": 1 });
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(content.to_string().as_bytes(), 6);
    use base64::Engine as _;
    let link = format!(
        "a2.{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(packed)
    );
    assert!(matches!(
        decode_link(&link),
        Err(ImportError::WrongShape {
            fault: ShapeFault::UnknownField,
            ..
        })
    ));
    assert!(is_link("a1.xyz") && is_link("a2.xyz") && !is_link("a3.xyz") && !is_link("top"));
}

prop_compose! {
    fn arb_scenarios()(list in prop::collection::vec(("[a-z\u{4e00}-\u{4e2f}%]{1,12}", arb_answers()), 0..=3)) -> Vec<Scenario> {
        list.into_iter().map(|(name, answers)| Scenario { name, answers }).collect()
    }
}

#[test]
fn generated_scenarios_round_trip() {
    check(
        file!(),
        "generated_scenarios_round_trip",
        128,
        (arb_answers(), arb_scenarios()),
        |(answers, scenarios)| {
            prop_assume!(validate(&answers).is_empty());
            prop_assume!(scenarios.iter().all(|s| validate(&s.answers).is_empty()));
            let back = import(&answers_file(&answers, &scenarios)).unwrap();
            prop_assert_eq!((&back.answers, &back.scenarios), (&answers, &scenarios));
            let linked = decode_link(&encode_link(&answers, &scenarios)).unwrap();
            prop_assert_eq!((&linked.answers, &linked.scenarios), (&answers, &scenarios));
            Ok(())
        },
    );
}

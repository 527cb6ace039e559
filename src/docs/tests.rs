use super::run::record_of;
use super::*;
use crate::plan_html;
use crate::state::stored::read_kept;
use crate::state::stored::read_record;
use crate::state::testing::sample;
use crate::state::Step;
use fusion_engine::answers::Question;
use fusion_engine::clients::{read_store, write_store};
use fusion_engine::i18n::ui;
use fusion_engine::plan::whatif;
use fusion_engine::policy::JIAXING_2024_14 as PACK;
use fusion_engine::report;
use fusion_engine::scenario::Scenario;
use fusion_engine::transfer::read_link_json;
use fusion_engine::transfer::{answers_file, decode_link, import, ImportError, Imported};
use fusion_engine::{rules, Answers};
use rust_decimal::Decimal;

fn as_of() -> Date {
    Date::new(2026, 11, 28).unwrap()
}

#[test]
fn every_reason_the_interview_shows_comes_in_both_languages() {
    use crate::state::{Flag, TextField};
    // Every question a control shows a "why we ask" for.
    let shown = TextField::ALL
        .iter()
        .map(|f| f.question())
        .chain(Flag::ALL.iter().map(|f| f.question()))
        .chain([
            Question::Location,
            Question::Industry,
            Question::Sectors,
            Question::Activities,
            Question::SeparationStatus,
            Question::Recognitions,
            Question::AwardsReceived,
            Question::Revenue(0),
        ]);
    for lang in [Lang::Zh, Lang::En] {
        let reply = Request::Why {
            lang,
            as_of: as_of(),
        }
        .run()
        .unwrap();
        for q in shown.clone() {
            let words = plan_html::record(&reply, &q.field_path());
            assert_eq!(
                words,
                Some(ui::why(&PACK, q, lang).as_str()),
                "{q:?} {lang:?}"
            );
            assert!(!words.unwrap().is_empty(), "{q:?} {lang:?}");
        }
    }
}

#[test]
fn the_client_list_goes_out_as_a_file_and_comes_back_as_a_store() {
    use fusion_engine::clients::StoredClient;
    let kept = vec![StoredClient {
        name: "甲".into(),
        record: record(&sample("logistics")),
    }];
    let store = write_store(&kept);
    let out = Request::ExportClients {
        as_of: as_of(),
        store,
    };
    let file = out.run().unwrap();
    assert!(file.contains("fusion-check/clients"));
    let import = |file: &str| {
        Request::ImportClients {
            as_of: as_of(),
            file: file.into(),
        }
        .run()
    };
    let back = read_store(&import(&file).unwrap()).unwrap();
    assert_eq!(back[0].name, "甲");
    assert_eq!(read_record(&back[0].record), read_record(&kept[0].record));
    let Err(Failure::Refused(refused)) = import("not json") else {
        panic!("a file that is not JSON is refused");
    };
    assert!(refused.message(Lang::Zh).contains("不是 JSON"));
    assert!(refused.message(Lang::En).contains("not a JSON file"));
}

/// The record the app sends for `answers`.
fn record(answers: &Answers) -> String {
    let imported = Imported {
        answers: answers.clone(),
        scenarios: Vec::new(),
        source: fusion_engine::transfer::Source::AnswersFile,
    };
    record_of(&imported, as_of(), Step::Tax)
}

/// The answers of a record the module sent back.
fn answers_of(record: &str) -> Answers {
    read_record(record).unwrap().draft.answers(as_of())
}

/// Two scenarios of the logistics sample: as it is, and ten times the
/// revenue (a name with markup in it, to be shown as text).
fn scenarios() -> Vec<Scenario> {
    let answers = sample("logistics");
    let mut grown = answers.clone();
    for v in grown.revenue_yuan.values_mut() {
        *v *= rust_decimal::Decimal::from(10);
    }
    vec![
        Scenario {
            name: "现状".into(),
            answers,
        },
        Scenario {
            name: "<增长>".into(),
            answers: grown,
        },
    ]
}

#[test]
fn scenarios_cross_both_ways_and_compare_as_the_engine_does() {
    let answers = sample("logistics");
    let file = answers_file(&answers, &scenarios());
    // A file with scenarios comes back as a record holding them.
    let record = Request::Import {
        as_of: as_of(),
        text: file.clone(),
    }
    .run()
    .unwrap();
    let saved = read_record(&record).unwrap();
    assert_eq!(saved.scenarios.list.len(), 2);
    assert_eq!(saved.scenarios.answers(Lang::Zh, as_of()), scenarios());
    // The record goes out again as the same file, link and summary.
    let request = |kind: &str| match kind {
        "file" => Request::AnswersFile {
            as_of: as_of(),
            lang: Lang::Zh,
            record: record.clone(),
        },
        _ => Request::EncodeLink {
            as_of: as_of(),
            record: record.clone(),
        },
    };
    assert_eq!(file_reply(&request("file").run().unwrap()).1, file);
    let link = request("link").run().unwrap();
    assert_eq!(decode_link(&link).unwrap().scenarios, scenarios());
    let html = Request::Compare {
        lang: Lang::Zh,
        as_of: as_of(),
        record: record.clone(),
    }
    .run()
    .unwrap();
    assert_eq!(
        html,
        report::comparison_html(&PACK, &scenarios(), as_of(), Lang::Zh)
    );
    assert!(
        html.contains("class=\"changed\"") && html.contains("【有变化】"),
        "{html}"
    );
    assert!(html.contains("&lt;增长&gt;") && !html.contains("<增长>"));
    let summary = Request::Report {
        format: Format::Markdown,
        lang: Lang::Zh,
        as_of: as_of(),
        record,
    }
    .run()
    .unwrap();
    assert!(file_reply(&summary).1.contains("### 方案对比"), "{summary}");
}

/// The panel's reply for `answers`, in Chinese, under the id prefix `u`.
fn result_of(answers: &Answers, present: bool) -> String {
    Request::Result {
        lang: Lang::Zh,
        as_of: as_of(),
        record: record(answers),
        uid: "u".into(),
        present,
    }
    .run()
    .unwrap()
}

/// The panel the module writes is the engine's assessment: one line per
/// outcome it shows, keyed for reopening, the engine's totals, and the
/// host's `complete` record only once nothing needs more answers.
#[test]
fn the_module_writes_the_engines_result() {
    let answers = sample("logistics");
    let assessment = rules::evaluate(&PACK, &answers, as_of());
    let reply = result_of(&answers, false);
    let cash = plan_html::record(&reply, "cash").unwrap();
    let lines = assessment
        .outcomes
        .iter()
        .filter(|o| o.kind == fusion_engine::OutcomeKind::Cash && plan_html::positive(o))
        .count();
    assert!(lines > 0);
    assert_eq!(cash.matches(r#"<li class="fc-outcome "#).count(), lines);
    assert!(cash.contains(r#"id="u-r-cash""#), "{cash}");
    let qualifies = format!(
        r#"data-total="qualifies"><dt>符合条件</dt><dd><span class="fc-amount" data-yuan="{}">"#,
        assessment.totals.cash_qualifies_yuan
    );
    assert!(cash.contains(&qualifies), "{cash}");
    // Every outcome is somewhere: shown, or among those that do not apply.
    let after = plan_html::record(&reply, "after").unwrap();
    assert_eq!(
        reply.matches(r#"<li class="fc-outcome "#).count(),
        assessment.outcomes.len()
    );
    assert!(after.contains(r#"data-total="tax""#), "{after}");
    let complete: Vec<&str> = plan_html::record(&reply, "complete")
        .unwrap()
        .split(plan_html::FIELD)
        .collect();
    let t = &assessment.totals;
    let done = assessment
        .outcomes
        .iter()
        .all(|o| o.level != fusion_engine::OutcomeLevel::NeedMoreAnswers);
    assert_eq!(
        complete,
        [
            if done { "1" } else { "0" },
            assessment.pack_id,
            &t.cash_qualifies_yuan.to_string(),
            &t.cash_likely_yuan.to_string(),
            &t.tax_estimate_yuan.to_string()
        ]
    );
    // Presentation mode: the same figures, in 万元.
    let present = result_of(&answers, true);
    assert_eq!(
        present.matches("data-yuan=").count(),
        reply.matches("data-yuan=").count()
    );
    assert!(present.contains(" 万元</span>"), "{present}");
    // Markup in an answer (a recognition's subject) is text.
    assert!(!reply.contains("<script"));
}

/// The banners: none on the first and last days in force; the day
/// after the last says the policy has expired (not "not yet in force"),
/// the day before the first the opposite; a county applying the policy
/// by reference is named. Also asked for before the location is
/// answered (the panel shows them from the start).
#[test]
fn the_module_writes_the_window_and_county_banners() {
    let banners = |date: &str, location: Option<fusion_engine::answers::Location>| {
        let mut answers = sample("logistics");
        answers.assessment_date = Some(Date::parse(date).unwrap());
        answers.location = location;
        let reply = result_of(&answers, false);
        plan_html::record(&reply, "banners").unwrap().to_string()
    };
    let nanhu = Some(fusion_engine::answers::Location::Nanhu);
    for inside in ["2024-05-20", "2026-06-30", "2026-12-31"] {
        assert_eq!(banners(inside, nanhu), "", "{inside}");
    }
    for expired in ["2027-01-01", "2027-03-01"] {
        let b = banners(expired, None);
        assert!(
            b.contains("fc-banner-window") && b.contains("已过本政策有效期(至 2026-12-31)"),
            "{expired}: {b}"
        );
        assert!(!b.contains("早于"), "{expired}: {b}");
    }
    for early in ["2024-05-19", "2024-01-15"] {
        let b = banners(early, nanhu);
        assert!(b.contains("早于本政策施行日 2024-05-20"), "{early}: {b}");
        assert!(!b.contains("有效期"), "{early}: {b}");
    }
    let b = banners(
        "2026-06-30",
        Some(fusion_engine::answers::Location::Haining),
    );
    assert!(
        b.contains("fc-banner-county") && b.contains("海宁市"),
        "{b}"
    );
}

/// A provincial service-oriented manufacturing demonstration is worth
/// 50 万元 (F1): the line, its amount and its level.
#[test]
fn a_provincial_demonstration_shows_its_award() {
    let answers = sample("manufacturer");
    let reply = result_of(&answers, false);
    let cash = plan_html::record(&reply, "cash").unwrap();
    assert!(
        cash.contains(r#"data-rule="F1" data-level="qualifies""#) && cash.contains("50 万元"),
        "{cash}"
    );
}

/// The plan the panel places: every target of the engine, each once,
/// under its line (F5 2025 under F5 2024, the award below its next
/// year), with its needed value and words; and the timeline.
#[test]
fn the_module_gives_the_engines_targets_and_timeline() {
    let answers = sample("logistics");
    let as_of = as_of();
    let assessment = rules::evaluate(&PACK, &answers, as_of);
    let want = fusion_engine::plan::explain(
        fusion_engine::plan::targets(&PACK, &answers, &assessment),
        Lang::Zh,
    );
    assert!(!want.is_empty());
    let reply = result_of(&answers, false);
    assert_eq!(
        reply.matches(r#"<li class="fc-target""#).count(),
        want.len()
    );
    for w in &want {
        assert_eq!(
            reply
                .matches(&fusion_engine::report::escape_html(&w.text))
                .count(),
            1,
            "{}",
            w.text
        );
    }
    let cash = plan_html::record(&reply, "cash").unwrap();
    let f5 = cash
        .split("<li class=\"fc-outcome ")
        .find(|l| l.contains(r#"data-rule="F5" data-level="#) && l.contains(r#"data-year="2024""#))
        .expect("F5 2024's line");
    assert!(
        f5.contains(
            r#"data-year="2025" data-field="revenue_yuan.2025" data-needed="106950000.01""#
        ),
        "F5 2025 goes under F5 2024's line: {f5}"
    );
    let timeline = plan_html::record(&reply, "timeline").unwrap();
    let entries = fusion_engine::plan::timeline(&PACK, &assessment);
    assert_eq!(timeline.matches("<tr data-rule=").count(), entries.len());
    assert!(
        timeline.contains(
            r#"<tr data-rule="F5" data-year="2024" data-application="2025" data-yuan="100000">"#
        ),
        "{timeline}"
    );
    assert_eq!(plan_html::record(&reply, "nothing"), None);
}

/// The what-if chart: the point at a value the engine pays for, and one
/// fen below it; the enterprise's own value when none is asked.
#[test]
fn the_module_draws_the_engines_what_if() {
    let answers = sample("logistics");
    let as_of = as_of();
    let ask = |at: &str| {
        let reply = Request::WhatIf {
            lang: Lang::Zh,
            as_of,
            record: record(&answers),
            uid: "u".into(),
            year: "2025".into(),
            axis: "revenue".into(),
            at: at.into(),
        }
        .run()
        .unwrap();
        reply
            .split(plan_html::FIELD)
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    // The point's award, as the chart's line under the controls gives it.
    let yuan = |reply: &[String]| -> Decimal {
        let at = reply[1].find(r#"class="fc-whatif-now""#).unwrap();
        let tail = &reply[1][at..];
        let from = tail.find(r#"data-yuan=""#).unwrap() + 11;
        tail[from..from + tail[from..].find('"').unwrap()]
            .parse()
            .unwrap()
    };
    let award = |x: &str| whatif::award_at(&PACK, &answers, as_of, 2025, x.parse().unwrap());
    let own = ask("");
    assert_eq!(own.len(), 6);
    assert_eq!((own[2].as_str(), own[3].as_str()), ("106000000", "10600"));
    assert_eq!(yuan(&own), award("106000000"));
    // Typed in 万元, to the fen; a slider's value in yuan.
    let met = ask("t:10695.000001");
    let below = ask("s:106950000");
    assert_eq!(met[2], "106950000.01");
    assert_eq!(yuan(&met), award("106950000.01"));
    assert_eq!(yuan(&met) - yuan(&below), Decimal::new(100_000, 0));
    assert!(met[1].contains(&format!(
        r#"class="fc-whatif-point" data-x="106950000.01" data-yuan="{}""#,
        yuan(&met)
    )));
    assert!(met[1].contains(r#"<table class="fc-table fc-whatif-table">"#));
    assert!(
        met[1].contains("F5 超过 1.07 亿元"),
        "the F5 threshold is labelled"
    );
    // The controls do not follow the point (the page keeps what is typed).
    assert_eq!(met[0], own[0]);
    assert!(own[0].contains(r#"<option value="2025" selected>"#));
    // Text that does not read: a message, and the enterprise's own point.
    let bad = ask("t:10,69x");
    assert!(
        bad[1].contains(r#"<p class="fc-error" id="u-wi-err" aria-live="polite">请"#),
        "{}",
        bad[1]
    );
    assert_eq!((bad[2].as_str(), bad[5].as_str()), ("106950000", "true"));
    assert_eq!(own[5], "");
}

#[test]
fn the_module_writes_what_the_engine_writes() {
    let answers = sample("logistics");
    let assessment = rules::evaluate(&PACK, &answers, as_of());
    for format in Format::ALL {
        for lang in [Lang::Zh, Lang::En] {
            let request = Request::Report {
                format,
                lang,
                as_of: as_of(),
                record: record(&answers),
            };
            let reply = request.run().unwrap();
            let (name, text) = file_reply(&reply);
            assert_eq!(
                text,
                report::render(format, &PACK, &answers, &assessment, lang),
                "{format:?} {lang:?}"
            );
            // Named as the summary names itself, in its language.
            let ext = format.extension();
            let expected = report::file_name(&answers, as_of(), ext, lang);
            assert_eq!(name, expected);
        }
    }
    for (lang, tag) in [(Lang::Zh, "答案"), (Lang::En, "answers")] {
        let file = Request::AnswersFile {
            as_of: as_of(),
            lang,
            record: record(&answers),
        };
        let reply = file.run().unwrap();
        let (name, text) = file_reply(&reply);
        assert_eq!(text, answers_file(&answers, &[]));
        let summary = report::file_name(&answers, as_of(), "", lang);
        assert_eq!(name, format!("{summary}-{tag}.json"));
    }
}

#[test]
fn a_link_made_by_the_module_reads_back() {
    let answers = sample("logistics");
    let link = Request::EncodeLink {
        as_of: as_of(),
        record: record(&answers),
    }
    .run()
    .unwrap();
    assert_eq!(decode_link(&link).unwrap().answers, answers);
    let opened = Request::OpenLink {
        as_of: as_of(),
        fragment: link,
    }
    .run()
    .unwrap();
    assert_eq!(answers_of(&opened), answers);
}

#[test]
fn no_file_or_link_is_made_that_would_not_read_back() {
    use fusion_engine::answers::{Recognition, RecognitionKind};
    // The current answers are fine; a scenario not on screen holds a
    // demonstration recognition whose level is still to be chosen.
    let answers = sample("logistics");
    let mut flagged = answers.clone();
    flagged.recognitions.push(Recognition {
        kind: RecognitionKind::ServiceManufacturingDemo,
        level: None,
        obtained: None,
        subject: None,
    });
    let with = |main: &Answers, scenario: &Answers| {
        record_of(
            &Imported {
                answers: main.clone(),
                scenarios: vec![Scenario {
                    name: "乐观".into(),
                    answers: scenario.clone(),
                }],
                source: fusion_engine::transfer::Source::AnswersFile,
            },
            as_of(),
            Step::Basics,
        )
    };
    let file = |record: String| Request::AnswersFile {
        as_of: as_of(),
        lang: Lang::Zh,
        record,
    };
    let link = |record: String| Request::EncodeLink {
        as_of: as_of(),
        record,
    };
    for request in [
        file(with(&answers, &flagged)),
        link(with(&answers, &flagged)),
    ] {
        let Err(Failure::Refused(words)) = request.run() else {
            panic!("{request:?}");
        };
        assert!(words.message(Lang::Zh).contains("“乐观”"), "{words:?}");
        assert!(words.message(Lang::Zh).contains("级别"), "{words:?}");
        assert!(words.message(Lang::En).contains("“乐观”"), "{words:?}");
    }
    // The current answers flagged while a scenario is on screen: named as
    // the current answers.
    let Err(Failure::Refused(words)) = file(with(&flagged, &answers)).run() else {
        panic!()
    };
    assert!(words.message(Lang::Zh).contains("“当前答案”"), "{words:?}");
    // Once fixed, the file is made, and it reads back whole.
    let reply = file(with(&answers, &answers)).run().unwrap();
    let back = import(file_reply(&reply).1).unwrap();
    assert_eq!(back.scenarios.len(), 1);
    let payload = link(with(&answers, &answers)).run().unwrap();
    assert_eq!(decode_link(&payload).unwrap().scenarios.len(), 1);
}

#[test]
fn files_come_back_as_records_or_in_the_engines_words() {
    for id in ["manufacturer", "haining"] {
        let answers = sample(id);
        let back = Request::Import {
            as_of: as_of(),
            text: answers_file(&answers, &[]),
        }
        .run()
        .unwrap();
        assert_eq!(answers_of(&back), answers, "{id}");
    }
    for bad in [
        "not json at all",
        r#"{"industry": 3}"#,
        r#"{"revenue_yuan": {"2024": "-5"}}"#,
        r#"{"format": "fusion-check/answers", "schema_version": 9, "answers": {}}"#,
    ] {
        let engine = import(bad).unwrap_err();
        let refused = Request::Import {
            as_of: as_of(),
            text: bad.into(),
        }
        .run();
        assert_eq!(
            refused,
            Err(Failure::Refused(Refusal::of(&engine))),
            "{bad}"
        );
    }
    // A link that does not read says so in the engine's words too.
    let refused = Request::OpenLink {
        as_of: as_of(),
        fragment: "a1.!!!".into(),
    }
    .run();
    assert_eq!(
        refused,
        Err(Failure::Refused(Refusal::of(&ImportError::CorruptLink)))
    );
    assert_eq!(read_link_json("{"), Err(ImportError::CorruptLink));
}

#[test]
fn an_older_autosave_comes_back_as_a_record_on_its_step() {
    let text = answers_file(&sample("trader"), &[]);
    assert!(matches!(
        read_kept(&text),
        Ok(crate::state::stored::Kept::Older)
    ));
    let migrate = |text: &str, step: &str| {
        Request::Migrate {
            as_of: as_of(),
            text: text.into(),
            step: step.into(),
        }
        .run()
    };
    let saved = read_record(&migrate(&text, "3").unwrap()).unwrap();
    assert_eq!(saved.step, crate::state::STEPS[3]);
    assert_eq!(saved.draft.answers(as_of()), sample("trader"));
    let newer = r#"{"format":"fusion-check/answers","schema_version":99,"answers":{}}"#;
    assert_eq!(
        migrate(newer, ""),
        Err(Failure::Unreadable(Unreadable::Newer))
    );
    assert_eq!(
        migrate(r#"{"x": 1}"#, ""),
        Err(Failure::Unreadable(Unreadable::Corrupt))
    );
}

#[test]
fn unreadable_answers_are_a_bug_not_a_panic() {
    let request = Request::EncodeLink {
        as_of: as_of(),
        record: "{".into(),
    };
    assert!(matches!(request.run(), Err(Failure::Broken(_))));
}

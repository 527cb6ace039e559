//! The golden documents: which example enterprise gets which document.
//! Shared by the `report` test, which only compares, and the
//! `bless-goldens` example, the one command that rewrites them.

use fusion_engine::answers::SeparationStatus;
use fusion_engine::report::{self, Format};
use fusion_engine::scenario::Scenario;
use fusion_engine::transfer;
use fusion_engine::{evaluate, Answers, Assessment, Date, Lang, JIAXING_2024_14};
use std::path::{Path, PathBuf};

/// `engine/tests/golden`.
pub fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// The example answers, by file stem, in name order.
pub fn examples() -> Vec<(String, Answers)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/answers");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("examples/answers")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 5, "five examples expected");
    paths
        .into_iter()
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&p).unwrap();
            let answers = transfer::import(&text)
                .unwrap_or_else(|e| panic!("{name}: {e:?}"))
                .answers;
            (name, answers)
        })
        .collect()
}

/// The examples carry their own date; this is only the fallback.
pub fn today() -> Date {
    Date::new(2026, 11, 28).unwrap()
}

pub fn assess(a: &Answers) -> Assessment {
    evaluate(&JIAXING_2024_14, a, today())
}

/// Every golden document as (file name, text): Markdown in both languages
/// and Chinese HTML for every example, English HTML for two, and the JSON
/// summary for one.
pub fn documents() -> Vec<(String, String)> {
    let p = &JIAXING_2024_14;
    let mut docs = Vec::new();
    for (name, answers) in examples() {
        let a = assess(&answers);
        docs.push((
            format!("{name}.zh.md"),
            report::markdown(p, &answers, &a, Lang::Zh),
        ));
        docs.push((
            format!("{name}.zh.html"),
            report::html(p, &answers, &a, Lang::Zh),
        ));
        docs.push((
            format!("{name}.en.md"),
            report::markdown(p, &answers, &a, Lang::En),
        ));
        if name == "logistics" || name == "haining" {
            docs.push((
                format!("{name}.en.html"),
                report::html(p, &answers, &a, Lang::En),
            ));
        }
        if name == "manufacturer" {
            docs.push((
                format!("{name}.zh.json"),
                report::json(p, &answers, &a, Lang::Zh),
            ));
        }
    }
    // The comparison: the manufacturer as it is, after its planned spin-off,
    // and with 20% more revenue in its latest year.
    let answers = examples()
        .into_iter()
        .find(|(n, _)| n == "manufacturer")
        .expect("manufacturer example")
        .1;
    let scenarios = manufacturer_scenarios(&answers);
    let a = assess(&answers);
    for (lang, format) in [
        (Lang::Zh, Format::Markdown),
        (Lang::En, Format::Markdown),
        (Lang::Zh, Format::Html),
        (Lang::Zh, Format::Json),
    ] {
        docs.push((
            format!(
                "manufacturer-scenarios.{}.{}",
                match lang {
                    Lang::Zh => "zh",
                    Lang::En => "en",
                },
                format.extension()
            ),
            report::render_compared(format, p, &answers, &a, &scenarios, lang),
        ));
    }
    docs
}

/// Three scenarios of the manufacturer example: 现状, 主辅分离后 (the
/// planned spin-off done), 增长20% (its latest revenue year 20% higher).
pub fn manufacturer_scenarios(answers: &Answers) -> Vec<Scenario> {
    let mut spun = answers.clone();
    spun.separation.status = Some(SeparationStatus::Done);
    let mut grown = answers.clone();
    if let Some((_, last)) = grown.revenue_yuan.iter_mut().next_back() {
        *last *= rust_decimal::Decimal::new(12, 1);
    }
    [
        ("现状", answers.clone()),
        ("主辅分离后", spun),
        ("增长20%", grown),
    ]
    .into_iter()
    .map(|(name, answers)| Scenario {
        name: name.into(),
        answers,
    })
    .collect()
}

/// The files in the golden directory, by name, in name order.
pub fn files_on_disk() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir())
        .map(|entries| {
            entries
                .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

//! Each example answers file has a hand-checked expected assessment
//! (`examples/expected/NAME.json`): every outcome's rule, level, year and
//! amount, and the totals. Decimals compare by value ("500000" == "500000.00").

use fusion_engine::{evaluate, Answers, Date, JIAXING_2024_14};
use rust_decimal::Decimal;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::str::FromStr;

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples")
}

/// Replaces every string that is a decimal number by its normal form, so
/// values compare by amount, not by formatting.
fn normalise(v: &Value) -> Value {
    match v {
        Value::String(s) => match Decimal::from_str(s) {
            Ok(d) => Value::String(d.normalize().to_string()),
            Err(_) => v.clone(),
        },
        Value::Array(a) => Value::Array(a.iter().map(normalise).collect()),
        Value::Object(o) => {
            Value::Object(o.iter().map(|(k, v)| (k.clone(), normalise(v))).collect())
        }
        _ => v.clone(),
    }
}

/// The compared shape of an outcome: rule, level, year and amount only.
fn brief(o: &Value) -> Value {
    let mut m = serde_json::Map::new();
    for k in ["rule", "year", "level", "amount_yuan"] {
        if let Some(v) = o.get(k) {
            m.insert(k.to_string(), v.clone());
        }
    }
    normalise(&Value::Object(m))
}

#[test]
fn every_example_matches_its_checked_expectation() {
    let dir = examples().join("answers");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("examples/answers")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    names.sort();
    assert!(
        names.len() >= 5,
        "at least five examples, found {}",
        names.len()
    );
    for path in names {
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let answers: Answers = serde_json::from_str(&std::fs::read_to_string(&path).unwrap())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(
            answers.assessment_date.is_some(),
            "{name}: a fixed assessment_date keeps results stable"
        );
        assert!(
            fusion_engine::validate(&answers).is_empty(),
            "{name}: valid answers"
        );
        assert!(
            answers
                .enterprise_name
                .as_deref()
                .is_some_and(|n| n.contains("虚构")),
            "{name}: clearly fictional"
        );
        // A far-off "today" proves the answers' own date is the one used.
        let assessment = evaluate(&JIAXING_2024_14, &answers, Date::new(2031, 1, 1).unwrap());
        let got = serde_json::to_value(&assessment).unwrap();

        let expected_path = examples().join("expected").join(format!("{name}.json"));
        let expected: Value = serde_json::from_str(
            &std::fs::read_to_string(&expected_path)
                .unwrap_or_else(|_| panic!("{name}: no expected file")),
        )
        .unwrap();

        let got_outcomes: Vec<Value> = got["outcomes"]
            .as_array()
            .unwrap()
            .iter()
            .map(brief)
            .collect();
        let want_outcomes: Vec<Value> = expected["outcomes"]
            .as_array()
            .unwrap()
            .iter()
            .map(normalise)
            .collect();
        for (i, (g, w)) in got_outcomes.iter().zip(&want_outcomes).enumerate() {
            assert_eq!(g, w, "{name}: outcome {i}");
        }
        assert_eq!(
            got_outcomes.len(),
            want_outcomes.len(),
            "{name}: number of outcomes: {got_outcomes:#?}"
        );
        assert_eq!(
            normalise(&got["totals"]),
            normalise(&expected["totals"]),
            "{name}: totals"
        );
    }
}

//! Each example answers file has an expected assessment derived by hand from
//! the policy text and RULES.md (`examples/expected/NAME.json`), keyed by
//! rule, then data year, each entry with its working in `_checked`: level,
//! amount, every caveat the outcome rests on, and the totals. The engine's
//! order of outcomes plays no part. Decimals compare by value.

use fusion_engine::{evaluate, Answers, Date, JIAXING_2024_14};
use rust_decimal::Decimal;
use serde_json::Value;
use std::collections::BTreeMap;
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

/// A caveat as the expected files name it: its tag, and the reading or
/// condition it names ("interpretation:per_tier_milestones", "forecast").
fn caveat_tag(c: &Value) -> String {
    let tag = c["caveat"].as_str().unwrap_or_default().to_string();
    match c.get("interpretation").or_else(|| c.get("condition")) {
        Some(Value::String(inner)) => format!("{tag}:{inner}"),
        _ => tag,
    }
}

/// One outcome as compared: year, level, amount, caveats.
fn entry(year: &Value, level: &Value, amount: &Value, caveats: Vec<String>) -> String {
    format!(
        "year {} · {} · {} · [{}]",
        year,
        level.as_str().unwrap_or("?"),
        normalise(amount),
        caveats.join(", ")
    )
}

/// The engine's outcomes by rule, each rule's entries sorted.
fn engine_by_rule(got: &Value) -> BTreeMap<String, Vec<String>> {
    let mut by: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for o in got["outcomes"].as_array().unwrap() {
        let caveats = o["caveats"]
            .as_array()
            .unwrap()
            .iter()
            .map(caveat_tag)
            .collect();
        by.entry(o["rule"].as_str().unwrap().to_string())
            .or_default()
            .push(entry(&o["year"], &o["level"], &o["amount_yuan"], caveats));
    }
    by.values_mut().for_each(|v| v.sort());
    by
}

/// The expected outcomes by rule, each rule's entries sorted.
fn expected_by_rule(name: &str, expected: &Value) -> BTreeMap<String, Vec<String>> {
    let mut by: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (rule, entries) in expected["rules"].as_object().unwrap() {
        for e in entries.as_array().unwrap() {
            assert!(
                e["_checked"].as_str().is_some_and(|w| w.len() > 10),
                "{name}: {rule} {}: every level carries its working",
                e["year"]
            );
            let caveats = e
                .get("caveats")
                .and_then(Value::as_array)
                .map(|a| a.iter().map(|c| c.as_str().unwrap().to_string()).collect())
                .unwrap_or_default();
            by.entry(rule.clone()).or_default().push(entry(
                &e["year"],
                &e["level"],
                &e["amount_yuan"],
                caveats,
            ));
        }
    }
    by.values_mut().for_each(|v| v.sort());
    by
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

        let got_rules = engine_by_rule(&got);
        let want_rules = expected_by_rule(&name, &expected);
        for (rule, want) in &want_rules {
            assert_eq!(got_rules.get(rule), Some(want), "{name}: {rule}");
        }
        let extra: Vec<&String> = got_rules
            .keys()
            .filter(|r| !want_rules.contains_key(*r))
            .collect();
        assert!(extra.is_empty(), "{name}: outcomes not expected: {extra:?}");
        assert_eq!(
            normalise(&got["totals"]),
            normalise(&expected["totals"]),
            "{name}: totals"
        );
    }
}

//! The `assess` command line: output shape, and clear errors with a non-zero exit.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn assess(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_assess"))
        .args(args)
        .output()
        .expect("run assess");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn example(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples/answers")
        .join(name)
        .display()
        .to_string()
}

fn temp(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("assess-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn json_output_has_rule_level_amount_year_and_totals() {
    let (code, out, err) = assess(&[&example("platform.json"), "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let f6 = v["outcomes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["rule"] == "F6")
        .unwrap();
    assert_eq!(f6["level"], "qualifies");
    assert_eq!(f6["amount_yuan"], "600000.00");
    assert_eq!(f6["year"], 2025);
    assert!(f6["explanation"]["summary"]
        .as_str()
        .unwrap()
        .contains("最高不超过 60 万元"));
    assert!(f6["explanation"]["quote"]
        .as_str()
        .unwrap()
        .contains("最高不超过60万元"));
    let m1 = v["outcomes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["rule"] == "M1")
        .unwrap();
    assert!(m1.get("amount_yuan").is_none(), "no amount for non-cash");
    assert_eq!(v["totals"]["cash_qualifies_yuan"], "800000.00");
    assert_eq!(v["pack"]["document_number"], "嘉政发〔2024〕14号");
}

#[test]
fn markdown_and_english() {
    let (code, out, _) = assess(&[
        &example("logistics.json"),
        "--format",
        "markdown",
        "--lang",
        "en",
    ]);
    assert_eq!(code, 0);
    assert!(out.starts_with("# "), "{out}");
    assert!(out.contains("CNY 500,000"));
    let (code, out, _) = assess(&[&example("haining.json"), "--format", "markdown"]);
    assert_eq!(code, 0);
    assert!(out.contains("海宁市参照执行"));
}

#[test]
fn today_flag_and_answers_date() {
    // The answers carry 2026-11-28; --today only fills in when they do not.
    let (code, out, _) = assess(&[&example("trader.json"), "--today", "2030-01-01"]);
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["as_of"], "2026-11-28");
    let p = temp(
        "nodate.json",
        r#"{"location": "nanhu", "industry": "logistics"}"#,
    );
    let (code, out, _) = assess(&[p.to_str().unwrap(), "--today", "2027-02-01"]);
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["window"], "expired");
    assert!(v["window_banner"].as_str().unwrap().contains("仅供参考"));
}

#[test]
fn bad_input_names_the_field_and_fails() {
    let cases = [
        (r#"{"industry": "factory"}"#, "industry"),
        (r#"{"revenue_yuan": {"2024": "-5"}}"#, "revenue_yuan.2024"),
        (r#"{"location": "nanhu", "colour": 1}"#, "colour"),
        (r#"{"land": {"own_land_mu": "0"}}"#, "land.own_land_mu"),
        (
            r#"{"cross_border": {"trade_growth_percent": "1500"}}"#,
            "cross_border.trade_growth_percent",
        ),
        (
            r#"{"recognitions": [{"kind": "industrial_design", "level": "galactic"}]}"#,
            "recognitions[0].level",
        ),
        (
            "{\"location\": \"nanhu\",\n  \"assessment_date\": \"2025-02-30\"}",
            "assessment_date",
        ),
        ("{ not json", "line 1"),
    ];
    for (i, (text, field)) in cases.iter().enumerate() {
        let p = temp(&format!("bad{i}.json"), text);
        let (code, out, err) = assess(&[p.to_str().unwrap()]);
        assert_ne!(code, 0, "{text}");
        assert!(out.is_empty(), "{text}: nothing on stdout");
        assert!(
            err.contains(field),
            "{text}: message should name {field}: {err}"
        );
        assert!(!err.contains("panicked"), "{err}");
    }
}

#[test]
fn a_one_line_file_is_not_printed_back_whole() {
    let filler = "填".repeat(50_000);
    let cases = [
        // A syntax fault at the far end of a 150 KB line.
        format!(r#"{{"enterprise_name": "{filler}", "industry": factory}}"#),
        // A 100 KB value the reader's own message would quote.
        format!(r#"{{"industry": "{}"}}"#, "x".repeat(100_000)),
        format!(
            r#"{{"format": "fusion-check/answers", "schema_version": 1, "answers": {{"industry": "{}"}}}}"#,
            "y".repeat(100_000)
        ),
    ];
    for (i, text) in cases.iter().enumerate() {
        let p = temp(&format!("long{i}.json"), text);
        let (code, _, err) = assess(&[p.to_str().unwrap()]);
        assert_eq!(code, 1, "{err}");
        assert!(
            err.chars().count() < 800,
            "case {i}: {} chars",
            err.chars().count()
        );
        if i == 0 {
            // About 120 characters of context, the caret under the fault.
            let quoted = err.lines().find(|l| l.contains(" | …")).expect(&err);
            assert!(quoted.contains("\"industry\": f"), "{err}");
            assert!(quoted.chars().count() < 140, "{quoted}");
            let caret = err.lines().last().unwrap();
            assert!(caret.trim_end().ends_with('^'), "{err}");
        }
    }
}

#[test]
fn the_apps_answers_file_is_read_too() {
    let answers = std::fs::read_to_string(example("trader.json")).unwrap();
    let file = format!(
        r#"{{"format": "fusion-check/answers", "schema_version": 1, "answers": {answers}}}"#
    );
    let p = temp("envelope.json", &file);
    let (code, out, err) = assess(&[p.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["totals"]["cash_qualifies_yuan"], "100000.00");

    let bad = r#"{"format": "fusion-check/answers", "schema_version": 1, "answers": {"revenue_yuan": {"2024": "-1"}}}"#;
    let p = temp("envelope-bad.json", bad);
    let (code, _, err) = assess(&[p.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("revenue_yuan.2024"), "{err}");
    let (code, _, err) = assess(&[temp("trailing.json", "{} x").to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
}

#[test]
fn usage_errors() {
    let (code, _, err) = assess(&[]);
    assert_eq!(code, 2);
    assert!(err.contains("usage"));
    let (code, _, err) = assess(&["/nonexistent/answers.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("cannot read"));
    let (code, _, err) = assess(&[&example("trader.json"), "--format", "xml"]);
    assert_eq!(code, 2);
    assert!(err.contains("xml"));
}

/// `--format json` carries each outcome's caveats, as data and in words, and
/// only where reading them the other way would change the outcome.
#[test]
fn json_output_shows_each_outcomes_caveats() {
    let (code, out, err) = assess(&[&example("logistics.json"), "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let f3 = |year: u64| -> Value {
        v["outcomes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["rule"] == "F3" && o["year"] == year)
            .unwrap()
            .clone()
    };
    let readings = |o: &Value| -> Vec<String> {
        o["caveats"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|c| c["interpretation"].as_str().map(str::to_string))
            .collect()
    };
    // 2025 crosses 1亿 after a 2023 award paid by this policy: per tier.
    assert_eq!(readings(&f3(2025)), ["per_tier_milestones"]);
    assert_eq!(
        f3(2025)["explanation"]["interpretations"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    // 2023's only earlier milestone (2020) came before the policy: the words
    // are met outright; only the application-year assumption decides it.
    assert_eq!(readings(&f3(2023)), ["annual_application_next_year"]);
    assert_eq!(f3(2023)["level"], "qualifies");
}

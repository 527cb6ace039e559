//! The `assess` command line: output shape, clear errors with a non-zero
//! exit, and the same documents as the library prints.

// The engine's list of examples and its golden helpers, shared.
#[allow(dead_code)]
#[path = "../../engine/tests/common/goldens.rs"]
mod goldens;

use fusion_batch::run::{screen_file, Run};
use fusion_batch::write::{result_cells, Cell};
use fusion_engine::report;
use fusion_engine::{Date, Lang, JIAXING_2024_14};
use std::ops::ControlFlow;

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
fn assess_json_has_targets_and_timeline() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/answers/logistics.json");
    let (code, out, err) = assess(&[file.to_str().unwrap(), "--format", "json", "--lang", "en"]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let targets = v["targets"].as_array().expect("targets array");
    assert!(!targets.is_empty());
    for t in targets {
        for key in [
            "rule",
            "year",
            "metric",
            "current",
            "needed",
            "gap",
            "award_yuan",
            "text",
        ] {
            assert!(t.get(key).is_some(), "{key} in {t}");
        }
    }
    let f5 = targets
        .iter()
        .find(|t| t["rule"] == "F5" && t["year"] == 2025)
        .expect("F5 2025");
    assert_eq!(f5["needed"], "106950000.01");
    assert_eq!(f5["gap"], "950000.01");
    assert_eq!(f5["field"], "revenue_yuan.2025");
    assert!(f5["text"].as_str().unwrap().contains("above 15%"));
    let timeline = v["timeline"].as_array().expect("timeline array");
    assert!(timeline
        .iter()
        .any(|e| e["rule"] == "F3" && e["year"] == 2025 && e["application_year"] == 2026));
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

#[test]
fn the_cli_prints_the_same_documents_and_reads_the_summary() {
    let dir = std::env::temp_dir().join(format!("report-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (name, answers) in goldens::examples() {
        let a = goldens::assess(&answers);
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../examples/answers")
            .join(format!("{name}.json"));
        let path = path.to_str().unwrap();
        for (format, lang, expected) in [
            (
                "markdown",
                "zh",
                report::markdown(&JIAXING_2024_14, &answers, &a, Lang::Zh),
            ),
            (
                "html",
                "en",
                report::html(&JIAXING_2024_14, &answers, &a, Lang::En),
            ),
            (
                "summary",
                "zh",
                report::json(&JIAXING_2024_14, &answers, &a, Lang::Zh),
            ),
        ] {
            let (code, out, err) = assess(&[path, "--format", format, "--lang", lang]);
            assert_eq!(code, 0, "{name} {format}: {err}");
            assert_eq!(
                out, expected,
                "{name}: assess --format {format} is the library's document"
            );
        }
        // The summary JSON downloaded from the browser, fed back to assess.
        let summary = dir.join(format!("{name}.summary.json"));
        std::fs::write(
            &summary,
            report::json(&JIAXING_2024_14, &answers, &a, Lang::En),
        )
        .unwrap();
        let (code, out, err) = assess(&[summary.to_str().unwrap(), "--format", "json"]);
        assert_eq!(code, 0, "{name}: {err}");
        let v: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(
            v["totals"],
            serde_json::to_value(&a.totals).unwrap(),
            "{name}: same totals from the summary"
        );
    }
}

fn batch_file(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples/batch")
        .join(name)
        .display()
        .to_string()
}

/// Every row of a CSV output (BOM checked and removed).
fn output_rows(path: &Path) -> Vec<Vec<String>> {
    let bytes = std::fs::read(path).unwrap();
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "CSV output starts with a BOM"
    );
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(&bytes[3..])
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// `assess --batch INPUT --out OUT --today 2026-11-28` and more options.
fn batch(input: &str, out: &Path, more: &[&str]) -> (i32, String, String) {
    let mut args = vec![
        "--batch",
        input,
        "--out",
        out.to_str().unwrap(),
        "--today",
        "2026-11-28",
    ];
    args.extend_from_slice(more);
    assess(&args)
}

#[test]
fn batch_writes_one_row_per_input_row_and_prints_the_summary() {
    let out = temp("batch-out.csv", "");
    let (code, stdout, err) = batch(&batch_file("enterprises.csv"), &out, &["--threads", "3"]);
    assert_eq!(code, 0, "{err}");
    let rows = output_rows(&out);
    let input_rows = std::fs::read_to_string(batch_file("enterprises.csv"))
        .unwrap()
        .lines()
        .count();
    assert_eq!(rows.len(), input_rows, "header + one row per enterprise");
    assert_eq!(rows[0][0], "行号");
    // In input order, whatever thread assessed them.
    let numbers: Vec<u64> = rows[1..].iter().map(|r| r[0].parse().unwrap()).collect();
    assert_eq!(numbers, (2..=input_rows as u64).collect::<Vec<_>>());
    let haining = rows.iter().find(|r| r[1].starts_with("海宁示例")).unwrap();
    assert_eq!(haining[2], "91330400EXAMPLE001");
    assert_eq!(haining[3], "海宁市");
    assert!(
        stdout.contains("F3") && stdout.contains("数据年度 2025"),
        "{stdout}"
    );
    // One thread gives the same file.
    let one = temp("batch-one.csv", "");
    let (code, _, err) = batch(&batch_file("enterprises.csv"), &one, &["--threads", "1"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(std::fs::read(&one).unwrap(), std::fs::read(&out).unwrap());
    // The in-memory run a browser worker makes gives the same cells.
    let bytes = std::fs::read(batch_file("enterprises.csv")).unwrap();
    let run = Run {
        pack: &JIAXING_2024_14,
        sandbox: None,
        today: Date::new(2026, 11, 28).unwrap(),
        lang: Lang::Zh,
    };
    let s = screen_file(&bytes, None, run, |_| ControlFlow::Continue(())).unwrap();
    let cells: Vec<Vec<String>> = s
        .results
        .iter()
        .map(|r| result_cells(r, Lang::Zh).iter().map(Cell::text).collect())
        .collect();
    assert_eq!(cells, rows[1..]);
}

#[test]
fn batch_reads_gbk_and_writes_xlsx_with_problems_listed() {
    use calamine::{Reader, Xlsx};
    let out = temp("batch-out.xlsx", "");
    let (code, _, err) = batch(&batch_file("bureau-gbk.csv"), &out, &[]);
    assert_eq!(code, 0, "{err}");
    let mut book: Xlsx<_> = calamine::open_workbook(&out).unwrap();
    assert_eq!(book.sheet_names(), ["筛查结果", "汇总"]);
    let range = book.worksheet_range("筛查结果").unwrap();
    assert_eq!(range.height(), 21, "header + 20 rows, bad ones kept");
    let last = range.width() - 1;
    let incomplete: Vec<String> = range
        .rows()
        .skip(1)
        .filter(|r| !r[last].to_string().is_empty())
        .map(|r| r[0].to_string())
        .collect();
    assert_eq!(incomplete, ["5", "9", "13", "17"]);
    let row9 = range.rows().nth(8).unwrap();
    assert!(
        row9[last].to_string().contains("所属区县"),
        "{}",
        row9[last]
    );
}

#[test]
fn template_is_written_in_both_formats_and_sandbox_runs_beside() {
    let csv_path = temp("template.csv", "");
    let (code, _, err) = assess(&["--template", csv_path.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let rows = output_rows(&csv_path);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0][0], "企业名称");
    let xlsx_path = temp("template.xlsx", "");
    let (code, _, err) = assess(&["--template", xlsx_path.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(code, 0, "{err}");
    assert!(std::fs::read(&xlsx_path).unwrap().starts_with(b"PK"));
    let edits = temp(
        "edits.json",
        r#"{"f5": {"threshold_percent": "15", "award_yuan": "200000", "years": 3}}"#,
    );
    let out = temp("sandbox-out.csv", "");
    let (code, stdout, err) = batch(
        &batch_file("enterprises.csv"),
        &out,
        &["--sandbox", edits.to_str().unwrap()],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        stdout.contains("现行政策") && stdout.contains("政策沙盘"),
        "{stdout}"
    );
}

#[test]
fn a_name_typed_as_a_formula_stays_text_in_the_csv() {
    let input = temp(
        "formula.csv",
        "企业名称,所在县(市、区)\n=HYPERLINK(\"http://x\"),南湖区\n",
    );
    let out = temp("formula-out.csv", "");
    let (code, _, err) = batch(input.to_str().unwrap(), &out, &[]);
    assert_eq!(code, 0, "{err}");
    let rows = output_rows(&out);
    assert_eq!(rows[1][1], "'=HYPERLINK(\"http://x\")");
}

#[test]
fn batch_usage_errors() {
    let (code, _, err) = assess(&["--batch", &batch_file("enterprises.csv")]);
    assert_eq!(code, 2);
    assert!(err.contains("--out"), "{err}");
    let (code, _, err) = assess(&["--batch", "/nonexistent.csv", "--out", "/tmp/x.csv"]);
    assert_eq!(code, 1);
    assert!(err.contains("nonexistent"), "{err}");
    let edits = temp("bad-edits.json", r#"{"f3": []}"#);
    let (code, _, err) = assess(&[
        "--batch",
        &batch_file("enterprises.csv"),
        "--out",
        "/tmp/x.csv",
        "--sandbox",
        edits.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("政策沙盘 F3"), "{err}");
    let notes = temp("notes.csv", "备注,说明\n甲,乙\n");
    let (code, _, err) = assess(&["--batch", notes.to_str().unwrap(), "--out", "/tmp/x.csv"]);
    assert_eq!(code, 1);
    assert!(err.contains("没有一列"), "{err}");
    // An old Excel workbook is named as one, with what to do.
    let xls = temp("list.xls", "");
    let mut bytes = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    bytes.resize(8192, 0);
    std::fs::write(&xls, bytes).unwrap();
    let (code, _, err) = assess(&["--batch", xls.to_str().unwrap(), "--out", "/tmp/x.csv"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("旧版 Excel") && err.contains("另存为"),
        "{err}"
    );
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

/// `--notices DIR`: one list per rule that anyone qualifies for (or likely
/// does), with id, amount and the facts used, in the format of `--out`.
#[test]
fn notices_are_written_one_list_per_rule() {
    use calamine::{Reader, Xlsx};
    let dir = std::env::temp_dir().join(format!("assess-notices-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let out = temp("notices-out.csv", "");
    let (code, _, err) = batch(
        &batch_file("enterprises.csv"),
        &out,
        &["--notices", dir.to_str().unwrap()],
    );
    assert_eq!(code, 0, "{err}");
    let f6 = output_rows(&dir.join("通知名单-F6.csv"));
    assert_eq!(
        f6[0],
        [
            "行号",
            "企业名称",
            "统一社会信用代码",
            "级别",
            "金额(万元)",
            "依据"
        ]
    );
    let platform = f6.iter().find(|r| r[2] == "91330400EXAMPLE004").unwrap();
    assert_eq!(platform[3], "符合");
    assert_eq!(platform[4], "60");
    assert!(
        platform[5].contains("服务企业 326 家 > 300 家"),
        "{}",
        platform[5]
    );
    // Every listed enterprise qualifies or likely does, per the results.
    let results = output_rows(&out);
    let f6_col = results[0].iter().position(|h| h.starts_with("F6")).unwrap();
    let listed: Vec<&str> = f6[1..].iter().map(|r| r[0].as_str()).collect();
    let expected: Vec<&str> = results[1..]
        .iter()
        .filter(|r| r[f6_col] == "符合" || r[f6_col] == "很可能")
        .map(|r| r[0].as_str())
        .collect();
    assert_eq!(listed, expected);
    // A rule nobody qualifies for gets no file.
    assert!(!dir.join("通知名单-D1.csv").exists());
    // XLSX when the results are XLSX, in English when asked.
    let xdir = dir.join("xlsx");
    let out = temp("notices-out.xlsx", "");
    let (code, _, err) = batch(
        &batch_file("enterprises.csv"),
        &out,
        &["--notices", xdir.to_str().unwrap(), "--lang", "en"],
    );
    assert_eq!(code, 0, "{err}");
    let mut book: Xlsx<_> = calamine::open_workbook(xdir.join("notices-F6.xlsx")).unwrap();
    assert_eq!(book.sheet_names(), ["notices-F6"]);
    let range = book.worksheet_range("notices-F6").unwrap();
    assert_eq!(range.get((0, 5)).unwrap().to_string(), "Facts used");
    // Only with --batch.
    let t = temp("t.csv", "");
    let (code, _, err) = assess(&["--template", t.to_str().unwrap(), "--notices", "/tmp/n"]);
    assert_eq!(code, 2);
    assert!(err.contains("--notices"), "{err}");
}

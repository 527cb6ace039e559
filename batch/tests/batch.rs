//! Batch screening: every reading path (UTF-8 with and without BOM, GBK,
//! XLSX, mapped headers, bad cells), the five examples' batch results equal
//! their single assessments, and sandbox edits move the budget as the
//! arithmetic says.

use csv::StringRecord;
use fusion_batch::fields::{template, ColumnMapping, Field, Unit};
use fusion_batch::read::{read_csv, read_xlsx, Encoding, Format, SNIFF_FORMAT_BYTES};
use fusion_batch::sandbox::{GrowthEdit, PolicyEdits, TierEdit};
use fusion_batch::screen::{
    best_level, best_levels, notice, rule_columns, screen, RowReader, Screened, Summary,
};
use fusion_batch::write::{row_cells, template_headers, template_xlsx};
use fusion_engine::{evaluate, transfer, Date, Lang, RuleId, JIAXING_2024_14};
use rust_decimal::Decimal;
use std::io::Cursor;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples")
}

fn today() -> Date {
    Date::new(2026, 11, 28).unwrap()
}

/// All rows of a CSV file (header first) and its encoding.
fn csv_rows(bytes: &[u8]) -> (Vec<StringRecord>, Encoding) {
    let mut rows = Vec::new();
    let enc = read_csv(Cursor::new(bytes.to_vec()), |_, r| {
        rows.push(r.clone());
        ControlFlow::Continue(())
    })
    .unwrap();
    (rows, enc)
}

/// Screens every data row with the proposed mapping.
fn screen_all(rows: &[StringRecord]) -> (ColumnMapping, Vec<Screened>) {
    let headers: Vec<String> = rows[0].iter().map(str::to_string).collect();
    let mapping = ColumnMapping::propose(&headers);
    let reader = RowReader::new(&mapping, Lang::Zh);
    let screened = rows[1..]
        .iter()
        .enumerate()
        .map(|(i, r)| screen(&JIAXING_2024_14, &reader, i as u64 + 2, r, today()))
        .collect();
    (mapping, screened)
}

/// The run of these tests: the policy as written, in Chinese, as of [`today`].
fn zh_run() -> fusion_batch::run::Run<'static> {
    fusion_batch::run::Run {
        pack: &JIAXING_2024_14,
        sandbox: None,
        today: today(),
        lang: Lang::Zh,
    }
}

/// A whole file screened with [`zh_run`] and the proposed mapping.
fn screen_bytes(
    bytes: &[u8],
) -> Result<fusion_batch::run::Screening, fusion_engine::i18n::batch::FileMessage> {
    fusion_batch::run::screen_file(bytes, None, zh_run(), |_| ControlFlow::Continue(()))
}

fn template_bytes() -> Vec<u8> {
    std::fs::read(examples_dir().join("batch/enterprises.csv")).unwrap()
}

#[test]
fn the_five_examples_in_the_batch_equal_their_single_assessments() {
    let (rows, enc) = csv_rows(&template_bytes());
    assert_eq!(enc, Encoding::Utf8);
    assert!(
        rows.len() > 50,
        "at least 50 enterprises, got {}",
        rows.len() - 1
    );
    let (_, screened) = screen_all(&rows);
    let mut found = 0;
    for entry in std::fs::read_dir(examples_dir().join("answers")).unwrap() {
        let path = entry.unwrap().path();
        let answers = transfer::import(&std::fs::read_to_string(&path).unwrap())
            .unwrap()
            .answers;
        let single = evaluate(&JIAXING_2024_14, &answers, today());
        let s = screened
            .iter()
            .find(|s| s.answers.enterprise_name == answers.enterprise_name)
            .unwrap_or_else(|| panic!("{} is in the batch", path.display()));
        assert!(s.problems.is_empty(), "{:?}", s.problems);
        assert_eq!(s.assessment.totals, single.totals, "{}", path.display());
        let brief = |a: &fusion_engine::Assessment| {
            let mut v: Vec<_> = a
                .outcomes
                .iter()
                .map(|o| (o.rule, o.level, o.year, o.amount_yuan))
                .collect();
            v.sort();
            v
        };
        assert_eq!(brief(&s.assessment), brief(&single), "{}", path.display());
        let rules = rule_columns(&JIAXING_2024_14);
        let one_by_one: Vec<_> = rules
            .iter()
            .map(|&r| best_level(&s.assessment, r))
            .collect();
        assert_eq!(best_levels(&s.assessment, &rules), one_by_one);
        // Summed over the batch as one-row batches, the totals still agree.
        let mut one = Summary::default();
        one.add(&s.assessment, false, &rule_columns(&JIAXING_2024_14));
        assert_eq!(one.cash.qualifies_yuan, single.totals.cash_qualifies_yuan);
        assert_eq!(one.cash.likely_yuan, single.totals.cash_likely_yuan);
        found += 1;
    }
    assert_eq!(found, 5);
}

#[test]
fn utf8_with_and_without_bom_read_the_same() {
    let with = template_bytes();
    assert!(with.starts_with(b"\xEF\xBB\xBF"));
    let without = with[3..].to_vec();
    let (a, _) = csv_rows(&with);
    let (b, _) = csv_rows(&without);
    assert_eq!(a, b);
    assert_eq!(
        &a[0][0], "企业名称",
        "the BOM is not part of the first header"
    );
}

#[test]
fn blank_rows_are_no_enterprises() {
    use rust_xlsxwriter::Workbook;
    let text = String::from_utf8(template_bytes()).unwrap();
    let mut lines = text.lines();
    let (header, first, second) = (
        lines.next().unwrap(),
        lines.next().unwrap(),
        lines.next().unwrap(),
    );
    // What Excel leaves: rows of empty cells, spaces (full-width too), a
    // line of nothing.
    let csv = format!(
        "{header}\r\n{first}\r\n,,,,\r\n\r\n , ,\t\r\n\u{3000},\r\n{second}\r\n,,,,,,,,\r\n"
    );
    let screened = screen_bytes(csv.as_bytes()).unwrap();
    let rows: Vec<u64> = screened.results.iter().map(|r| r.row).collect();
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(rows[0], 2);
    // The second enterprise keeps its own row number.
    assert!(rows[1] > 3, "{rows:?}");
    // A workbook with formatted empty cells under its rows.
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    for (r, line) in [header, first].iter().enumerate() {
        for (c, cell) in csv_rows(line.as_bytes()).0[0].iter().enumerate() {
            sheet.write_string(r as u32, c as u16, cell).unwrap();
        }
    }
    for c in 0..5 {
        sheet.write_string(3, c, "").unwrap();
        sheet.write_string(4, c, "  ").unwrap();
    }
    let bytes = book.save_to_buffer().unwrap();
    let screened = screen_bytes(&bytes).unwrap();
    assert_eq!(screened.results.len(), 1);
    // A title row above the table (one merged cell), a blank row, then the
    // header: the enterprises are still the rows under the header.
    let titled = format!("附件1:2025 年企业名单,,,\r\n,,,\r\n{header}\r\n{first}\r\n{second}\r\n");
    let screened = screen_bytes(titled.as_bytes()).unwrap();
    let rows: Vec<u64> = screened.results.iter().map(|r| r.row).collect();
    assert_eq!(rows, [4, 5]);
    assert_eq!(
        fusion_batch::run::headers(titled.as_bytes()).unwrap().row,
        3
    );
    // A file of nothing but blank rows has no header.
    assert!(screen_bytes(b",,,\r\n,,\r\n").is_err());
}

#[test]
fn excel_unicode_text_reads_as_its_utf8_csv() {
    // Excel's "Unicode 文本": UTF-16 with its mark, tab separated.
    let (want, _) = csv_rows(&template_bytes());
    let tsv: String = want
        .iter()
        .map(|r| r.iter().collect::<Vec<_>>().join("\t") + "\r\n")
        .collect();
    let le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(tsv.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(tsv.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    for (bytes, encoding) in [(le, Encoding::Utf16Le), (be, Encoding::Utf16Be)] {
        assert_eq!(Format::sniff(&bytes[..SNIFF_FORMAT_BYTES]), Format::Csv);
        let (rows, enc) = csv_rows(&bytes);
        assert_eq!(enc, encoding);
        assert_eq!(rows, want);
    }
}

#[test]
fn old_excel_and_files_that_are_no_table_are_told_apart() {
    use fusion_engine::i18n::batch::{file_message, FileMessage};
    let go = screen_bytes;
    // An .xls (or WPS .et) starts as every compound file does.
    let mut xls = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    xls.resize(8192, 0);
    let e = go(&xls).expect_err("refused");
    assert_eq!(e, FileMessage::OldExcel);
    assert!(file_message(&e, Lang::Zh).contains("另存为"));
    assert!(file_message(&e, Lang::En).contains("Save as"));
    // A PDF, a picture: no table.
    let png = [b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".as_slice(), &[0; 64]].concat();
    for bytes in [b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".as_slice(), &png] {
        assert_eq!(go(bytes).expect_err("refused"), FileMessage::UnknownFormat);
    }
    // A stray NUL in an export is no reason to refuse the file.
    let mut text = template_bytes();
    text.insert(text.len() / 2, 0);
    assert_eq!(Format::sniff(&text[..SNIFF_FORMAT_BYTES]), Format::Csv);
}

#[test]
fn a_gbk_file_with_its_own_headers_is_mapped_and_its_bad_cells_listed() {
    let bytes = std::fs::read(examples_dir().join("batch/bureau-gbk.csv")).unwrap();
    let (rows, enc) = csv_rows(&bytes);
    assert_eq!(enc, Encoding::Gb18030);
    let (mapping, screened) = screen_all(&rows);
    let targets: Vec<_> = mapping.columns.iter().map(|c| c.target).collect();
    assert_eq!(targets[0].unwrap().field, Field::Name);
    assert_eq!(targets[2].unwrap().field, Field::Location);
    let r23 = targets[4].unwrap();
    assert_eq!((r23.field, r23.unit), (Field::Revenue(2023), Unit::Yuan));
    let r25 = targets[6].unwrap();
    assert_eq!((r25.field, r25.unit), (Field::Revenue(2025), Unit::Wan));
    assert_eq!(targets[10], None, "备注 is not read");
    // Every row is kept, bad ones included.
    assert_eq!(screened.len(), 20);
    let bad: Vec<_> = screened.iter().filter(|s| !s.problems.is_empty()).collect();
    assert_eq!(
        bad.iter().map(|s| s.row).collect::<Vec<_>>(),
        vec![5, 9, 13, 17]
    );
    let p = &bad[0].problems[0];
    assert_eq!(p.column, "营业收入2024(元)");
    assert!(p.message.contains("千分位"), "{}", p.message);
    assert!(bad[1].problems[0].message.contains("上海市"));
    assert_eq!(
        bad[1].answers.location, None,
        "an unknown place is left unanswered"
    );
    assert!(
        bad[1].answers.enterprise_name.is_some(),
        "the rest of the row is read"
    );
    assert!(!bad[2].problems.is_empty());
    // 元 and 万元 columns both land in yuan.
    let first = &screened[0];
    assert_eq!(first.answers.revenue_yuan[&2023], Decimal::from(24_834_171));
}

#[test]
fn xlsx_reads_like_the_csv_it_was_made_from() {
    let (rows, _) = csv_rows(&template_bytes());
    let data: Vec<Vec<String>> = rows[1..]
        .iter()
        .map(|r| r.iter().map(str::to_string).collect())
        .collect();
    let xlsx = template_xlsx(&JIAXING_2024_14, Lang::Zh, &data).unwrap();
    let mut from_xlsx = Vec::new();
    read_xlsx(Cursor::new(xlsx), |_, r| {
        from_xlsx.push(r.clone());
        ControlFlow::Continue(())
    })
    .unwrap();
    let (_, a) = screen_all(&rows);
    let (_, b) = screen_all(&from_xlsx);
    assert_eq!(a.len(), b.len());
    for (a, b) in a.iter().zip(&b) {
        assert_eq!(a.answers, b.answers);
        assert_eq!(a.assessment.totals, b.assessment.totals);
    }
}

#[test]
fn xlsx_numbers_dates_and_text_numbers_are_read_as_typed() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let headers = [
        "企业名称",
        "所在县(市、区)",
        "行业类别",
        "2024年营业收入(万元)",
        "2025年营业收入(元)",
        "高新技术企业认定日期",
        "从业人员数",
    ];
    for (i, h) in headers.iter().enumerate() {
        sheet.write_string(0, i as u16, *h).unwrap();
    }
    let date = Format::new().set_num_format("yyyy-mm-dd");
    sheet.write_string(1, 0, "表格企业").unwrap();
    sheet.write_string(1, 1, "南湖").unwrap();
    sheet.write_string(1, 2, "物流运输").unwrap();
    sheet.write_number(1, 3, 1234.5).unwrap();
    // A number Excel stored as text, with grouping.
    sheet.write_string(1, 4, "12,345,678.90").unwrap();
    let d = ExcelDateTime::from_ymd(2024, 6, 15).unwrap();
    sheet.write_datetime_with_format(1, 5, &d, &date).unwrap();
    sheet.write_number(1, 6, 88.0).unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let mut rows = Vec::new();
    read_xlsx(Cursor::new(bytes), |_, r| {
        rows.push(r.clone());
        ControlFlow::Continue(())
    })
    .unwrap();
    let (_, s) = screen_all(&rows);
    let a = &s[0].answers;
    assert!(s[0].problems.is_empty(), "{:?}", s[0].problems);
    assert_eq!(a.revenue_yuan[&2024], Decimal::from(12_345_000));
    assert_eq!(a.revenue_yuan[&2025], Decimal::new(1_234_567_890, 2));
    assert_eq!(a.recognitions[0].obtained, Date::new(2024, 6, 15));
    assert_eq!(a.land.employees, Some(88));
}

#[test]
fn template_rows_round_trip_through_the_reader() {
    let targets = template(&JIAXING_2024_14);
    let headers = template_headers(&JIAXING_2024_14, Lang::Zh);
    let reader = RowReader::new(&ColumnMapping::propose(&headers), Lang::Zh);
    for entry in std::fs::read_dir(examples_dir().join("answers")).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let answers = transfer::import(&text).unwrap().answers;
        let cells = row_cells(&answers, Some("X"), &targets);
        let read = reader.read(2, cells.iter().map(String::as_str));
        assert!(read.problems.is_empty(), "{:?}", read.problems);
        let sorted = |mut a: fusion_engine::Answers| {
            a.recognitions.sort_by_key(|r| r.kind);
            a.awards_received.iter_mut().for_each(|w| w.policy = None);
            a
        };
        assert_eq!(sorted(read.answers), sorted(answers));
        assert_eq!(read.credit_code.as_deref(), Some("X"));
    }
}

#[test]
fn cells_as_people_type_them() {
    let headers: Vec<String> = [
        "企业名称",
        "2024年营业收入(万元)",
        "2023年营业收入(元)",
        "所在县(市、区)",
        "行业类别",
        "是否规上企业",
        "工业设计企业级别",
        "自有用地面积(亩)",
    ]
    .map(String::from)
    .to_vec();
    let reader = RowReader::new(&ColumnMapping::propose(&headers), Lang::Zh);
    let r = reader.read(
        2,
        [
            "甲",
            "1,234.5",
            "1234.50",
            "嘉兴经济技术开发区",
            "科技信息",
            "√",
            "省",
            "0",
        ],
    );
    assert_eq!(r.answers.revenue_yuan[&2024], Decimal::from(12_345_000));
    assert_eq!(r.answers.revenue_yuan[&2023], Decimal::new(123_450, 2));
    assert_eq!(r.answers.above_scale, Some(true));
    assert_eq!(r.answers.recognitions.len(), 1);
    // Land of 0 亩 is refused, beside its column, in our words.
    assert_eq!(r.problems.len(), 1);
    assert_eq!(r.problems[0].column, "自有用地面积(亩)");
    assert_eq!(r.problems[0].row, 2);
    let r = reader.read(3, ["乙", "12abc", "", "火星", "", "也许", "", "", "多余"]);
    let columns: Vec<&str> = r.problems.iter().map(|p| p.column.as_str()).collect();
    assert_eq!(
        columns,
        [
            "2024年营业收入(万元)",
            "所在县(市、区)",
            "是否规上企业",
            "#9"
        ]
    );
    assert_eq!(r.answers.enterprise_name.as_deref(), Some("乙"));
}

fn summary(edits: &PolicyEdits) -> Summary {
    let (rows, _) = csv_rows(&template_bytes());
    let (_, screened) = screen_all(&rows);
    let pack = edits.apply(&JIAXING_2024_14).unwrap();
    let rules = rule_columns(&JIAXING_2024_14);
    let mut s = Summary::default();
    for sc in &screened {
        s.add(&evaluate(&pack, &sc.answers, today()), false, &rules);
    }
    s
}

fn cash(s: &Summary, rule: RuleId) -> Decimal {
    let c = s.rules[&rule].cash;
    c.qualifies_yuan + c.likely_yuan
}

#[test]
fn sandbox_edits_move_the_budget_as_the_arithmetic_says() {
    let written = summary(&PolicyEdits::default());
    assert!(
        cash(&written, RuleId::F3) > Decimal::ZERO,
        "the examples earn F3"
    );
    assert!(
        cash(&written, RuleId::F5) > Decimal::ZERO,
        "the examples earn F5"
    );
    // Every F3 award doubled, thresholds unchanged: F3 cash doubles, nothing else moves.
    let doubled = PolicyEdits {
        f3: Some(
            JIAXING_2024_14
                .f3
                .tiers
                .iter()
                .map(|t| TierEdit {
                    threshold_yuan: t.threshold,
                    award_yuan: t.award * Decimal::TWO,
                })
                .collect(),
        ),
        ..Default::default()
    };
    let s = summary(&doubled);
    assert_eq!(
        cash(&s, RuleId::F3),
        cash(&written, RuleId::F3) * Decimal::TWO
    );
    assert_eq!(cash(&s, RuleId::F5), cash(&written, RuleId::F5));
    assert_eq!(
        s.rules[&RuleId::F3].qualifies,
        written.rules[&RuleId::F3].qualifies
    );
    assert_eq!(
        s.cash.qualifies_yuan + s.cash.likely_yuan,
        written.cash.qualifies_yuan + written.cash.likely_yuan + cash(&written, RuleId::F3)
    );
    // F5 at 150,000 instead of 100,000 a year: F5 cash × 1.5.
    let f5 = PolicyEdits {
        f5: Some(GrowthEdit {
            threshold_percent: JIAXING_2024_14.f5.threshold_percent,
            award_yuan: Decimal::from(150_000),
            years: JIAXING_2024_14.f5.years,
        }),
        ..Default::default()
    };
    let s = summary(&f5);
    assert_eq!(
        cash(&s, RuleId::F5),
        cash(&written, RuleId::F5) * Decimal::new(15, 1)
    );
    // A growth threshold no one passes: no F5 at all.
    let none = PolicyEdits {
        f5: Some(GrowthEdit {
            threshold_percent: Decimal::from(1_000),
            award_yuan: Decimal::from(100_000),
            years: 3,
        }),
        ..Default::default()
    };
    let s = summary(&none);
    assert_eq!(cash(&s, RuleId::F5), Decimal::ZERO);
    assert_eq!(
        s.rules[&RuleId::F5].qualifies + s.rules[&RuleId::F5].likely,
        0
    );
}

#[test]
fn a_notice_names_the_enterprise_its_id_and_the_facts() {
    let (rows, _) = csv_rows(&template_bytes());
    let (_, screened) = screen_all(&rows);
    let notices: Vec<_> = screened
        .iter()
        .filter_map(|s| notice(&JIAXING_2024_14, s, RuleId::F3, Lang::Zh))
        .collect();
    assert!(!notices.is_empty());
    let logistics = notices
        .iter()
        .find(|n| n.name.as_deref() == Some("嘉兴示例物流有限公司(虚构)"))
        .expect("the logistics example is notified for F3");
    assert!(logistics
        .credit_code
        .as_deref()
        .unwrap()
        .starts_with("91330400EXAMPLE"));
    // examples/expected/logistics.json: 2023 crosses 5000万 (20万), 2025 1亿 (50万).
    assert_eq!(logistics.amount_yuan, Decimal::from(700_000));
    assert_eq!(logistics.facts.len(), 2);
    assert!(!logistics.facts.is_empty() && logistics.facts.iter().all(|f| !f.is_empty()));
}

#[test]
fn an_in_memory_run_reports_progress_and_can_be_cancelled() {
    use fusion_batch::run::{headers, screen_file, PROGRESS_EVERY};
    let (rows, _) = csv_rows(&template_bytes());
    // A file of more than two progress steps: the template rows repeated.
    let mut text = String::new();
    let line = |r: &StringRecord| {
        r.iter()
            .map(|c| format!("\"{}\"", c.replace('"', "\"\"")))
            .collect::<Vec<_>>()
            .join(",")
    };
    text.push_str(&line(&rows[0]));
    text.push('\n');
    let data = &rows[1..];
    let n = PROGRESS_EVERY as usize * 2 + 10;
    for i in 0..n {
        text.push_str(&line(&data[i % data.len()]));
        text.push('\n');
    }
    assert_eq!(headers(text.as_bytes()).unwrap().names[0], "企业名称");
    let run = zh_run();
    let mut seen = Vec::new();
    let all = screen_file(text.as_bytes(), None, run, |done| {
        seen.push(done);
        ControlFlow::Continue(())
    })
    .unwrap();
    assert_eq!(all.results.len(), n);
    assert_eq!(seen, [PROGRESS_EVERY, PROGRESS_EVERY * 2]);
    assert!(!all.cancelled);
    assert_eq!(all.summary.rows, n as u64);
    let stopped = screen_file(text.as_bytes(), None, run, |_| ControlFlow::Break(())).unwrap();
    assert!(stopped.cancelled);
    assert_eq!(stopped.results.len(), PROGRESS_EVERY as usize);
}

#[test]
fn broken_files_are_refused_in_words_never_a_panic() {
    let go = screen_bytes;
    // An XLSX cut in half, a zip that is no workbook, nothing at all.
    let (rows, _) = csv_rows(&template_bytes());
    let data: Vec<Vec<String>> = rows[1..]
        .iter()
        .map(|r| r.iter().map(str::to_string).collect())
        .collect();
    let xlsx = template_xlsx(&JIAXING_2024_14, Lang::Zh, &data).unwrap();
    for bytes in [&xlsx[..xlsx.len() / 2], b"PK\x03\x04 not a workbook", b""] {
        let e = go(bytes).expect_err("refused");
        assert!(!fusion_engine::i18n::batch::file_message(&e, Lang::Zh).is_empty());
    }
    // Bytes that are no text in any encoding still make rows, every one kept.
    let noise: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    let mut file = "企业名称,所在县(市、区)\n".as_bytes().to_vec();
    file.extend_from_slice(&noise);
    if let Ok(s) = go(&file) {
        assert!(s.results.iter().all(|r| r.row >= 2));
    }
}

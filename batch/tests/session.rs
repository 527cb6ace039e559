//! The batch page's worker session, driven as the page drives it (JSON
//! messages in, JSON messages out): its exports equal the `assess` command
//! line's files for the same input, its queries filter, sort and page, and
//! an enterprise opened from the results assesses as its row did.

use fusion_batch::protocol::{
    Export, Failure, FileFormat, Message, Query, Request, Response, RowView, RunDone, Sort,
    SortColumn,
};
use fusion_batch::session::Session;
use fusion_engine::answers::{Industry, Location};
use fusion_engine::{evaluate, transfer, Date, Lang, OutcomeLevel, RuleId, JIAXING_2024_14};
use std::path::{Path, PathBuf};
use std::process::Command;

fn batch_file(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples/batch")
        .join(name)
}

fn today() -> Date {
    Date::new(2026, 11, 28).unwrap()
}

/// Sends one request as the page does (a JSON message) and returns every
/// message the worker posted back, read.
fn send(
    s: &mut Session,
    request: &Request,
    bytes: Option<Vec<u8>>,
) -> Vec<(Response, Option<Vec<u8>>)> {
    let mut out = Vec::new();
    s.handle_message(request.to_message(7, bytes), |m: Message| {
        assert_eq!(m.id, 7, "answers carry the request's id");
        out.push((Response::from_json(&m.json).unwrap(), m.bytes));
    });
    out
}

/// The one final answer of a request.
fn ask(s: &mut Session, request: &Request) -> (Response, Option<Vec<u8>>) {
    let mut all = send(s, request, None);
    assert_eq!(all.len(), 1, "{all:?}");
    all.remove(0)
}

/// Opens `name` and runs it with the proposed mapping: the session and
/// what the run reported.
fn opened_and_run(name: &str) -> (Session, RunDone) {
    let mut s = Session::default();
    let bytes = std::fs::read(batch_file(name)).unwrap();
    let open = Request::Open {
        file_name: name.into(),
        mapping: None,
        lang: Lang::Zh,
    };
    let (opened, _) = send(&mut s, &open, Some(bytes)).remove(0);
    let Response::Opened { mapping, .. } = opened else {
        panic!("{opened:?}")
    };
    let run = Request::Run {
        mapping,
        sandbox: None,
        today: today(),
        lang: Lang::Zh,
    };
    let mut answers = send(&mut s, &run, None);
    let Some((Response::Done(done), _)) = answers.pop() else {
        panic!("{answers:?}")
    };
    (s, done)
}

fn assess(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_assess"))
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn export(s: &mut Session, what: Export, format: FileFormat) -> (String, Vec<u8>) {
    match ask(s, &Request::Export { what, format }) {
        (Response::File { name, mime }, Some(bytes)) => {
            assert_eq!(mime, format.mime());
            (name, bytes)
        }
        other => panic!("{other:?}"),
    }
}

/// Every cell of every sheet of a workbook, as text.
fn workbook_cells(bytes: &[u8]) -> Vec<(String, Vec<Vec<String>>)> {
    use calamine::{Reader, Xlsx};
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    book.sheet_names()
        .into_iter()
        .map(|name| {
            let range = book.worksheet_range(&name).unwrap();
            let rows = range
                .rows()
                .map(|r| r.iter().map(|c| c.to_string()).collect())
                .collect();
            (name, rows)
        })
        .collect()
}

/// The session's exports are the command line's files, byte for byte for
/// CSV and cell for cell for XLSX (a workbook records when it was made), for
/// both example files: results, summary and every rule's notices.
#[test]
fn session_exports_equal_the_command_lines_files() {
    for name in ["enterprises.csv", "bureau-gbk.csv"] {
        let dir =
            std::env::temp_dir().join(format!("session-vs-cli-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let input = batch_file(name);
        let input = input.to_str().unwrap();
        let (mut s, done) = opened_and_run(name);
        for format in [FileFormat::Csv, FileFormat::Xlsx] {
            let ext = format.extension();
            let out = dir.join(format!("results.{ext}"));
            let notices = dir.join(format!("notices-{ext}"));
            let stdout = assess(&[
                "--batch",
                input,
                "--out",
                out.to_str().unwrap(),
                "--notices",
                notices.to_str().unwrap(),
                "--today",
                "2026-11-28",
            ]);
            let cli = std::fs::read(&out).unwrap();
            let (file, mine) = export(&mut s, Export::Results, format);
            assert_eq!(
                file,
                format!("{}-筛查结果.{ext}", name.trim_end_matches(".csv"))
            );
            if format == FileFormat::Csv {
                assert_eq!(
                    String::from_utf8(mine).unwrap(),
                    String::from_utf8(cli).unwrap()
                );
                // The summary export is what the command line prints.
                let (_, summary) = export(&mut s, Export::Summary, format);
                let rows: Vec<String> = csv::ReaderBuilder::new()
                    .has_headers(false)
                    .from_reader(&summary[3..])
                    .records()
                    .map(|r| r.unwrap().iter().collect::<Vec<_>>().join("\t"))
                    .collect();
                assert_eq!(rows.join("\n") + "\n", stdout);
            } else {
                assert_eq!(workbook_cells(&mine), workbook_cells(&cli));
            }
            let mut listed = 0;
            for &rule in &done.rules {
                let (file, mine) = export(&mut s, Export::Notices(rule), format);
                let cli_file = notices.join(fusion_batch::cli::notice_file_name(
                    rule,
                    format == FileFormat::Xlsx,
                    Lang::Zh,
                ));
                assert!(
                    file.ends_with(&format!("通知名单-{}.{ext}", rule.code())),
                    "{file}"
                );
                match std::fs::read(&cli_file) {
                    Ok(cli) if format == FileFormat::Csv => {
                        listed += 1;
                        assert_eq!(mine, cli, "{rule}");
                    }
                    Ok(cli) => {
                        listed += 1;
                        assert_eq!(workbook_cells(&mine), workbook_cells(&cli), "{rule}");
                    }
                    // Nobody qualifies: the command line writes no file, the
                    // session a list with its header alone.
                    Err(_) => {
                        let s = &done.summary.rules[&rule];
                        assert_eq!(s.qualifies + s.likely, 0, "{rule}");
                    }
                }
            }
            assert!(listed >= 3, "{name}: {listed} lists");
        }
    }
}

#[test]
fn a_notice_list_names_who_qualifies_with_id_amount_and_facts() {
    let (mut s, done) = opened_and_run("enterprises.csv");
    let f6 = &done.summary.rules[&RuleId::F6];
    let (_, bytes) = export(&mut s, Export::Notices(RuleId::F6), FileFormat::Csv);
    let rows: Vec<csv::StringRecord> = csv::ReaderBuilder::new()
        .from_reader(&bytes[3..])
        .records()
        .map(Result::unwrap)
        .collect();
    assert_eq!(rows.len() as u64, f6.qualifies + f6.likely);
    let platform = rows.iter().find(|r| r[1].contains("跨境电商")).unwrap();
    assert_eq!(&platform[2], "91330400EXAMPLE004");
    assert_eq!(&platform[4], "60", "F6's 60万元 cap, in 万元");
    assert!(platform[5].contains("60 万元"), "{}", &platform[5]);
}

#[test]
fn opening_tells_the_template_from_a_bureaus_own_headers() {
    let mut s = Session::default();
    for (name, template, rows) in [("enterprises.csv", true, 55), ("bureau-gbk.csv", false, 20)] {
        let bytes = std::fs::read(batch_file(name)).unwrap();
        let open = Request::Open {
            file_name: name.into(),
            mapping: None,
            lang: Lang::Zh,
        };
        let (r, _) = send(&mut s, &open, Some(bytes)).remove(0);
        let Response::Opened {
            template: t,
            rows: n,
            headers,
            mapping,
            header_row,
            ..
        } = r
        else {
            panic!("{r:?}")
        };
        assert_eq!((t, n, header_row), (template, rows, 1), "{name}");
        assert_eq!(mapping.columns.len(), headers.len());
    }
    // A title and a blank row above the template's header: the header is
    // found below them, and said to be.
    let mut titled = "附件1:2025 年企业名单,,,\r\n,,,\r\n".as_bytes().to_vec();
    titled.extend(
        std::fs::read(batch_file("enterprises.csv"))
            .unwrap()
            .into_iter()
            .skip(3),
    );
    let open = Request::Open {
        file_name: "titled.csv".into(),
        mapping: None,
        lang: Lang::Zh,
    };
    let (r, _) = send(&mut s, &open, Some(titled)).remove(0);
    let Response::Opened {
        template,
        rows,
        header_row,
        ..
    } = r
    else {
        panic!("{r:?}")
    };
    assert_eq!((template, rows, header_row), (true, 55, 3));
    // A remembered mapping keeps the user's choice.
    let bytes = std::fs::read(batch_file("bureau-gbk.csv")).unwrap();
    let (r, _) = send(
        &mut s,
        &Request::Open {
            file_name: "b.csv".into(),
            mapping: None,
            lang: Lang::Zh,
        },
        Some(bytes.clone()),
    )
    .remove(0);
    let Response::Opened { mut mapping, .. } = r else {
        panic!()
    };
    let first = mapping.columns[0].header.clone();
    mapping.columns[0].target = None;
    let (r, _) = send(
        &mut s,
        &Request::Open {
            file_name: "b.csv".into(),
            mapping: Some(mapping),
            lang: Lang::Zh,
        },
        Some(bytes),
    )
    .remove(0);
    let Response::Opened { mapping, .. } = r else {
        panic!()
    };
    assert_eq!(mapping.columns[0].header, first);
    assert_eq!(mapping.columns[0].target, None);
}

#[test]
fn a_run_reports_progress_then_done() {
    // 2,500 rows: progress at 1,000 and 2,000, then the summary.
    let text = std::fs::read_to_string(batch_file("enterprises.csv")).unwrap();
    let mut lines = text.lines();
    let header = lines.next().unwrap();
    let body: Vec<&str> = lines.collect();
    let mut big = format!("{header}\n");
    for i in 0..2_500 {
        big.push_str(body[i % body.len()]);
        big.push('\n');
    }
    let mut s = Session::default();
    let (opened, _) = send(
        &mut s,
        &Request::Open {
            file_name: "big.csv".into(),
            mapping: None,
            lang: Lang::Zh,
        },
        Some(big.into_bytes()),
    )
    .remove(0);
    let Response::Opened { mapping, rows, .. } = opened else {
        panic!()
    };
    assert_eq!(rows, 2_500);
    let all = send(
        &mut s,
        &Request::Run {
            mapping,
            sandbox: None,
            today: today(),
            lang: Lang::En,
        },
        None,
    );
    let progress: Vec<(u64, u64)> = all
        .iter()
        .filter_map(|(r, _)| match r {
            Response::Progress { done, total } => Some((*done, *total)),
            _ => None,
        })
        .collect();
    assert_eq!(progress, [(1_000, 2_500), (2_000, 2_500)]);
    let Some((Response::Done(done), _)) = all.last() else {
        panic!()
    };
    assert_eq!(done.summary.rows, 2_500);
}

fn page(s: &mut Session, q: Query) -> (u64, Vec<RowView>) {
    match ask(s, &Request::Query(q)) {
        (Response::Page { total, rows }, None) => (total, rows),
        other => panic!("{other:?}"),
    }
}

#[test]
fn queries_filter_sort_search_and_page() {
    let (mut s, done) = opened_and_run("enterprises.csv");
    let all = done.summary.rows;
    let (total, rows) = page(
        &mut s,
        Query {
            limit: 10,
            ..Query::default()
        },
    );
    assert_eq!((total, rows.len()), (all, 10));
    assert_eq!(rows[0].row, 2, "file order");
    // Paging: the second page follows the first.
    let (_, next) = page(
        &mut s,
        Query {
            offset: 10,
            limit: 10,
            ..Query::default()
        },
    );
    assert_eq!(next[0].row, 12);
    // By rule: the counts of the summary.
    let f3 = &done.summary.rules[&RuleId::F3];
    let (n, _) = page(
        &mut s,
        Query {
            rule: Some(RuleId::F3),
            ..Query::default()
        },
    );
    assert_eq!(n, f3.qualifies + f3.likely + f3.possible);
    let (n, rows) = page(
        &mut s,
        Query {
            rule: Some(RuleId::F3),
            level: Some(OutcomeLevel::Qualifies),
            limit: 1_000,
            ..Query::default()
        },
    );
    assert_eq!(n, f3.qualifies);
    assert!(rows.iter().all(|r| r
        .rules
        .iter()
        .any(|l| l.rule == RuleId::F3 && l.level == OutcomeLevel::Qualifies)));
    // Location and industry.
    let (n, rows) = page(
        &mut s,
        Query {
            location: Some(Location::Haining),
            industry: Some(Industry::Manufacturing),
            limit: 1_000,
            ..Query::default()
        },
    );
    assert!(n > 0 && n < all);
    assert!(rows
        .iter()
        .all(|r| r.location == Some(Location::Haining)
            && r.industry == Some(Industry::Manufacturing)));
    // Name search, and the id too.
    let (n, rows) = page(
        &mut s,
        Query {
            search: Some("物流".into()),
            limit: 5,
            ..Query::default()
        },
    );
    assert!(
        n >= 1
            && rows
                .iter()
                .all(|r| r.name.as_deref().unwrap().contains("物流"))
    );
    let (n, _) = page(
        &mut s,
        Query {
            search: Some("example002".into()),
            ..Query::default()
        },
    );
    assert_eq!(n, 1, "ids match case-insensitively");
    // Sort by cash, largest first; ties in file order.
    let (_, rows) = page(
        &mut s,
        Query {
            sort: Some(Sort {
                column: SortColumn::CashQualifies,
                descending: true,
            }),
            limit: 1_000,
            ..Query::default()
        },
    );
    assert!(rows
        .windows(2)
        .all(|w| w[0].cash_qualifies_yuan > w[1].cash_qualifies_yuan
            || (w[0].cash_qualifies_yuan == w[1].cash_qualifies_yuan && w[0].row < w[1].row)));
    assert!(rows[0].cash_qualifies_yuan > rows[rows.len() - 1].cash_qualifies_yuan);
    // Sort by a rule's level: qualifies first, no level last.
    let (_, rows) = page(
        &mut s,
        Query {
            sort: Some(Sort {
                column: SortColumn::Rule(RuleId::F3),
                descending: false,
            }),
            limit: 1_000,
            ..Query::default()
        },
    );
    let level = |r: &RowView| {
        r.rules
            .iter()
            .find(|l| l.rule == RuleId::F3)
            .map(|l| l.level)
    };
    assert_eq!(level(&rows[0]), Some(OutcomeLevel::Qualifies));
    assert_eq!(level(&rows[rows.len() - 1]), None);
    // The gbk file's bad rows are incomplete, with their problems.
    let (mut s, done) = opened_and_run("bureau-gbk.csv");
    let (n, rows) = page(
        &mut s,
        Query {
            incomplete: Some(true),
            limit: 100,
            ..Query::default()
        },
    );
    assert_eq!(n, done.summary.incomplete);
    assert_eq!(
        rows.iter().map(|r| r.row).collect::<Vec<_>>(),
        [5, 9, 13, 17]
    );
    assert!(rows.iter().all(|r| !r.problems.is_empty()));
    let (_, bytes) = export(&mut s, Export::Problems, FileFormat::Csv);
    let listed = csv::Reader::from_reader(&bytes[3..]).records().count() as u64;
    assert_eq!(listed, done.problems);
}

/// An enterprise opened from the results reads back through the app's own
/// import and assesses to the cash its row showed.
#[test]
fn an_enterprise_opens_as_its_row_was_assessed() {
    let (mut s, _) = opened_and_run("enterprises.csv");
    let (_, rows) = page(
        &mut s,
        Query {
            limit: 1_000,
            ..Query::default()
        },
    );
    for r in rows.iter().take(8) {
        let (resp, _) = ask(&mut s, &Request::Enterprise { row: r.row });
        let Response::Enterprise {
            row,
            answers,
            as_of,
        } = resp
        else {
            panic!("{resp:?}")
        };
        assert_eq!(row, r.row);
        let imported = transfer::import(&answers).unwrap().answers;
        assert_eq!(imported.enterprise_name, r.name);
        let a = evaluate(&JIAXING_2024_14, &imported, as_of);
        assert_eq!(
            a.totals.cash_qualifies_yuan, r.cash_qualifies_yuan,
            "row {row}"
        );
        assert_eq!(a.totals.cash_likely_yuan, r.cash_likely_yuan, "row {row}");
    }
    let (resp, _) = ask(&mut s, &Request::Enterprise { row: 1 });
    assert_eq!(resp, Response::Failed(Failure::NoRow { row: 1 }));
}

#[test]
fn the_sandbox_runs_beside_and_bad_requests_are_answered_in_words() {
    let mut s = Session::default();
    // Nothing open yet.
    let (r, _) = ask(&mut s, &Request::Query(Query::default()));
    assert_eq!(r, Response::Failed(Failure::NoResults));
    // Not a request at all.
    let mut got = Vec::new();
    s.handle_message(
        Message {
            id: 3,
            json: r#"{"fly":{}}"#.into(),
            bytes: None,
        },
        |m| got.push(m),
    );
    assert!(got[0].json.contains("bad_request"), "{}", got[0].json);
    // A file that is no table.
    let (r, _) = send(
        &mut s,
        &Request::Open {
            file_name: "x.csv".into(),
            mapping: None,
            lang: Lang::Zh,
        },
        Some(Vec::new()),
    )
    .remove(0);
    assert!(matches!(r, Response::Failed(Failure::File { .. })), "{r:?}");
    // In the page's language: the same empty file, opened by an English page.
    let (en, _) = send(
        &mut s,
        &Request::Open {
            file_name: "x.csv".into(),
            mapping: None,
            lang: Lang::En,
        },
        Some(Vec::new()),
    )
    .remove(0);
    let (
        Response::Failed(Failure::File { message: zh }),
        Response::Failed(Failure::File { message: en }),
    ) = (&r, &en)
    else {
        panic!("{en:?}")
    };
    assert_ne!(zh, en);
    assert!(en.is_ascii(), "{en}");
    // The sandbox: F5 doubled raises F5's cash, and a refused edit is named.
    let bytes = std::fs::read(batch_file("enterprises.csv")).unwrap();
    let (opened, _) = send(
        &mut s,
        &Request::Open {
            file_name: "e.csv".into(),
            mapping: None,
            lang: Lang::Zh,
        },
        Some(bytes),
    )
    .remove(0);
    let Response::Opened { mapping, .. } = opened else {
        panic!()
    };
    let json = r#"{"run":{"mapping":MAPPING,"today":"2026-11-28","lang":"zh",
        "sandbox":{"f5":{"threshold_percent":"20","award_yuan":"200000","years":3}}}}"#
        .replace("MAPPING", &serde_json::to_string(&mapping).unwrap());
    let mut got = Vec::new();
    s.handle_message(
        Message {
            id: 1,
            json,
            bytes: None,
        },
        |m| got.push(m),
    );
    let Response::Done(done) = Response::from_json(&got.last().unwrap().json).unwrap() else {
        panic!()
    };
    let written = &done.summary.rules[&RuleId::F5].cash;
    let sandbox = &done.sandbox.unwrap().rules[&RuleId::F5].cash;
    assert!(written.qualifies_yuan > rust_decimal::Decimal::ZERO);
    // More per year, so more in all (batch.rs checks the arithmetic).
    assert!(sandbox.qualifies_yuan > written.qualifies_yuan);
    let bad = r#"{"run":{"mapping":MAPPING,"today":"2026-11-28","sandbox":{"f3":[]}}}"#
        .replace("MAPPING", &serde_json::to_string(&mapping).unwrap());
    let mut got = Vec::new();
    s.handle_message(
        Message {
            id: 2,
            json: bad,
            bytes: None,
        },
        |m| got.push(m),
    );
    let r = Response::from_json(&got[0].json).unwrap();
    assert!(
        matches!(&r, Response::Failed(Failure::Sandbox { message }) if message.contains("F3")),
        "{r:?}"
    );
}

/// The JSON that docs/BATCH.md shows the page writing reads as requests.
#[test]
fn the_documented_messages_read() {
    for json in [
        r#"{"open":{"file_name":"list.xlsx"}}"#,
        r#"{"query":{"sort":{"column":{"rule":"F3"},"descending":false},"rule":"F3","level":"qualifies","location":"haining","industry":"manufacturing","search":"物流","offset":0,"limit":50}}"#,
        r#"{"query":{"sort":{"column":"cash_qualifies","descending":true},"limit":50}}"#,
        r#"{"enterprise":{"row":7}}"#,
        r#"{"export":{"what":{"notices":"F3"},"format":"xlsx"}}"#,
        r#"{"export":{"what":"results","format":"csv"}}"#,
        r#"{"template":{"format":"xlsx","lang":"en"}}"#,
    ] {
        serde_json::from_str::<Request>(json).unwrap_or_else(|e| panic!("{json}: {e}"));
    }
    let mut s = Session::default();
    let (r, bytes) = ask(
        &mut s,
        &Request::Template {
            format: FileFormat::Csv,
            lang: Lang::Zh,
        },
    );
    assert_eq!(
        r,
        Response::File {
            name: "批量筛查模板.csv".into(),
            mime: "text/csv;charset=utf-8".into()
        }
    );
    assert!(bytes.unwrap().starts_with("\u{feff}企业名称".as_bytes()));
}

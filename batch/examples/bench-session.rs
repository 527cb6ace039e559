//! Times the batch page's worker session natively: open a file, run it,
//! sort and filter the results, export them, as the page would.
//!
//! ```sh
//! cargo run --release -p fusion-batch --example generate -- rows 100000 /tmp/batch-100k.csv
//! cargo run --release -p fusion-batch --example bench-session -- /tmp/batch-100k.csv
//! ```
//!
//! `--run-only` stops after the run (for a profiler). Prints each step's wall and CPU time (the CPU time is what a shared
//! machine does not inflate) and the process's peak memory (Linux).

use fusion_batch::protocol::{Export, FileFormat, Query, Request, Response, Sort, SortColumn};
use fusion_batch::session::Session;
use fusion_engine::{Date, Lang, RuleId};
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("usage: bench-session FILE");
    let bytes = std::fs::read(&path).expect("read the file");
    let mut s = Session::default();
    let t = Instant::now();
    let mut step = |label: &str, request: Request, bytes: Option<Vec<u8>>| {
        let (start, cpu) = (Instant::now(), cpu_ms());
        let reply = s.handle(request, bytes, |_| {});
        let ms = start.elapsed().as_secs_f64() * 1000.0;
        let size = reply.bytes.as_ref().map_or(0, Vec::len);
        println!(
            "{label:<28} {ms:>9.1} ms wall {:>7} ms CPU {size:>10} bytes out",
            cpu_ms() - cpu
        );
        reply.response
    };
    let opened = step(
        "open",
        Request::Open {
            file_name: path.clone(),
            mapping: None,
            lang: Lang::Zh,
        },
        Some(bytes),
    );
    let Response::Opened { mapping, rows, .. } = opened else {
        panic!("{opened:?}")
    };
    let today = Date::new(2026, 11, 28).expect("a date");
    let done = step(
        "run",
        Request::Run {
            mapping,
            sandbox: None,
            today,
            lang: Lang::Zh,
        },
        None,
    );
    let Response::Done(done) = done else {
        panic!("{done:?}")
    };
    // `--run-only`: open and run, for a profiler.
    if std::env::args().any(|a| a == "--run-only") {
        return peak_memory();
    }
    step(
        "query: first page",
        Request::Query(Query {
            limit: 50,
            ..Query::default()
        }),
        None,
    );
    step(
        "query: sort by cash",
        Request::Query(Query {
            sort: Some(Sort {
                column: SortColumn::CashQualifies,
                descending: true,
            }),
            limit: 50,
            ..Query::default()
        }),
        None,
    );
    step(
        "query: F3 + search",
        Request::Query(Query {
            rule: Some(RuleId::F3),
            search: Some("0001".into()),
            limit: 50,
            ..Query::default()
        }),
        None,
    );
    step(
        "enterprise (last row)",
        Request::Enterprise { row: rows + 1 },
        None,
    );
    for format in [FileFormat::Csv, FileFormat::Xlsx] {
        step(
            &format!("export results {}", format.extension()),
            Request::Export {
                what: Export::Results,
                format,
            },
            None,
        );
    }
    step(
        "export notices F3 csv",
        Request::Export {
            what: Export::Notices(RuleId::F3),
            format: FileFormat::Csv,
        },
        None,
    );
    println!(
        "{} rows, {} incomplete; total {:.1} s",
        done.summary.rows,
        done.summary.incomplete,
        t.elapsed().as_secs_f64()
    );
    peak_memory();
}

/// Prints the process's peak resident memory (Linux).
fn peak_memory() {
    if let Ok(status) = std::fs::read_to_string("/proc/self/status") {
        for line in status.lines().filter(|l| l.starts_with("VmHWM")) {
            println!("peak memory: {line}");
        }
    }
}

/// The process's user + system CPU time so far, in ms (Linux; 0 elsewhere).
fn cpu_ms() -> u64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0;
    };
    // Fields after the command's closing parenthesis; utime and stime are
    // the 14th and 15th of the line, in clock ticks (100 a second).
    let rest = stat.rsplit(')').next().unwrap_or_default();
    let f: Vec<u64> = rest
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|x| x.parse().ok())
        .collect();
    f.iter().sum::<u64>() * 10
}

//! The worker session's run, timed in wasm under Node (V8, the engine of
//! Chromium): built alone as a wasm32 module, driven by
//! `batch/examples/wasm-bench.mjs`, which prints the time of each step.
//!
//! ```sh
//! cargo build --profile speed -p fusion-batch --example wasm-bench --target wasm32-unknown-unknown
//! node batch/examples/wasm-bench.mjs target/wasm32-unknown-unknown/speed/examples/wasm_bench.wasm /tmp/batch-100k.csv
//! ```

use fusion_batch::protocol::{Export, FileFormat, Query, Request, Response, Sort, SortColumn};
use fusion_batch::session::Session;
use fusion_engine::{Date, Lang};
use std::cell::RefCell;

thread_local! {
    static SESSION: RefCell<Session> = RefCell::new(Session::default());
    static FILE: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Room for a file of `len` bytes; returns where to copy it.
#[no_mangle]
pub extern "C" fn file_buffer(len: usize) -> *mut u8 {
    FILE.with_borrow_mut(|f| {
        *f = vec![0; len];
        f.as_mut_ptr()
    })
}

/// Opens the file copied in: its data rows, or 0 when it does not read.
#[no_mangle]
pub extern "C" fn open() -> u64 {
    let bytes = FILE.with_borrow_mut(std::mem::take);
    let request = Request::Open {
        file_name: "bench.csv".into(),
        mapping: None,
        lang: Lang::Zh,
    };
    SESSION.with_borrow_mut(|s| match s.handle(request, Some(bytes), |_| {}).response {
        Response::Opened { mapping, rows, .. } => {
            MAPPING.with_borrow_mut(|m| *m = Some(mapping));
            rows
        }
        _ => 0,
    })
}

thread_local! {
    static MAPPING: RefCell<Option<fusion_batch::ColumnMapping>> = const { RefCell::new(None) };
}

/// Runs the opened file (as of 2026-11-28): rows screened, 0 on failure.
#[no_mangle]
pub extern "C" fn run() -> u64 {
    let Some(mapping) = MAPPING.with_borrow(Clone::clone) else {
        return 0;
    };
    let Some(today) = Date::new(2026, 11, 28) else {
        return 0;
    };
    let request = Request::Run {
        mapping,
        sandbox: None,
        today,
        lang: Lang::Zh,
    };
    SESSION.with_borrow_mut(|s| match s.handle(request, None, |_| {}).response {
        Response::Done(d) => d.summary.rows,
        _ => 0,
    })
}

/// The first page sorted by cash: rows matched, 0 on failure.
#[no_mangle]
pub extern "C" fn query() -> u64 {
    let q = Query {
        sort: Some(Sort {
            column: SortColumn::CashQualifies,
            descending: true,
        }),
        limit: 50,
        ..Query::default()
    };
    SESSION.with_borrow_mut(
        |s| match s.handle(Request::Query(q), None, |_| {}).response {
            Response::Page { total, .. } => total,
            _ => 0,
        },
    )
}

/// Exports the results as XLSX (`xlsx` != 0) or CSV: the file's size, 0 on
/// failure.
#[no_mangle]
pub extern "C" fn export(xlsx: u32) -> usize {
    let format = if xlsx != 0 {
        FileFormat::Xlsx
    } else {
        FileFormat::Csv
    };
    let request = Request::Export {
        what: Export::Results,
        format,
    };
    SESSION.with_borrow_mut(|s| s.handle(request, None, |_| {}).bytes.map_or(0, |b| b.len()))
}

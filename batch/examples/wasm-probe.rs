//! Size probe: everything a browser worker screening a file links (reading
//! CSV/GBK/XLSX, mapping, the engine, results, summary, CSV/XLSX writing),
//! built alone as a wasm32 module so its gzipped size can be measured:
//!
//! ```sh
//! cargo build --release -p fusion-batch --example wasm-probe --target wasm32-unknown-unknown
//! wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
//!   target/wasm32-unknown-unknown/release/examples/wasm_probe.wasm -o /tmp/probe.wasm
//! gzip -9c /tmp/probe.wasm | wc -c
//! ```

use fusion_batch::rule_columns;
use fusion_batch::run::{screen_file, Run};
use fusion_batch::write::{result_cells, result_headers, summary_table, ResultSink};
use fusion_engine::{Date, Lang, JIAXING_2024_14};
use std::io::Cursor;
use std::ops::ControlFlow;

/// Screens the file at `ptr..ptr+len` and returns the size of the results
/// written as XLSX (`xlsx` != 0) or CSV, 0 when it cannot be read.
///
/// # Safety
/// `ptr..ptr+len` must be readable bytes.
#[no_mangle]
pub unsafe extern "C" fn probe(ptr: *const u8, len: usize, xlsx: u32) -> usize {
    // SAFETY: the caller passes a readable slice.
    let bytes = unsafe { std::slice::from_raw_parts(ptr, len) };
    let Some(today) = Date::new(2026, 11, 28) else {
        return 0;
    };
    let run = Run {
        pack: &JIAXING_2024_14,
        sandbox: None,
        today,
        lang: Lang::Zh,
    };
    let Ok(s) = screen_file(bytes, None, run, |_| ControlFlow::Continue(())) else {
        return 0;
    };
    let headers = result_headers(&rule_columns(&JIAXING_2024_14), Lang::Zh);
    let mut out = Cursor::new(Vec::new());
    let written = {
        let sink = if xlsx != 0 {
            ResultSink::xlsx(&mut out, &headers, Lang::Zh)
        } else {
            ResultSink::csv(&mut out, &headers)
        };
        let Ok(mut sink) = sink else { return 0 };
        s.results
            .iter()
            .try_for_each(|r| sink.row(&result_cells(r, Lang::Zh)))
            .and_then(|()| sink.finish(&summary_table(&s.summary, None, Lang::Zh)))
    };
    if written.is_err() {
        return 0;
    }
    out.into_inner().len()
}

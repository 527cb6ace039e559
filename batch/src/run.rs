//! A whole file screened in memory, on one thread: what a browser Web Worker
//! calls with the bytes of the file the user picked. Progress is reported
//! every so many rows and may cancel the run. The command line streams the
//! same steps over threads instead ([`crate::cli`]); both produce the same
//! cells for the same file (tested).

use crate::fields::ColumnMapping;
use crate::read::{find_header, read_table, Header};
use crate::screen::{rule_columns, screen, CellProblem, ResultRow, RowReader, Summary};
use fusion_engine::i18n::batch::FileMessage;
use fusion_engine::{evaluate, Date, Lang, PolicyPack};
use std::io::Cursor;
use std::ops::ControlFlow;

/// Rows between two progress reports.
pub const PROGRESS_EVERY: u64 = 1_000;

/// Everything a batch view shows.
#[derive(Debug, Clone)]
pub struct Screening {
    /// The mapping used (proposed, or the caller's).
    pub mapping: ColumnMapping,
    /// One result per data row, in file order.
    pub results: Vec<ResultRow>,
    /// Sums under the pack.
    pub summary: Summary,
    /// Sums under the sandbox pack, when one was given.
    pub sandbox: Option<Summary>,
    /// Whether the run was cancelled (the results cover the rows read so far).
    pub cancelled: bool,
}

impl Screening {
    /// Every problem of every row, for the downloadable list.
    pub fn problems(&self) -> impl Iterator<Item = &CellProblem> {
        self.results.iter().flat_map(|r| r.problems.iter())
    }
}

/// Reads every row of a file in memory, CSV or XLSX by its first bytes.
pub fn read_rows(
    bytes: &[u8],
    visit: impl FnMut(u64, &csv::StringRecord) -> ControlFlow<()>,
) -> Result<(), FileMessage> {
    read_table(Cursor::new(bytes), visit)
}

/// The header row of a file ([`find_header`]), for the mapping step.
pub fn headers(bytes: &[u8]) -> Result<Header, FileMessage> {
    find_header(|visit| read_rows(bytes, visit))
}

/// What to run.
#[derive(Debug, Clone, Copy)]
pub struct Run<'a> {
    /// The policy as written.
    pub pack: &'a PolicyPack,
    /// A sandbox pack to sum beside it.
    pub sandbox: Option<&'a PolicyPack>,
    /// The assessment date of rows that name none.
    pub today: Date,
    /// Language of messages.
    pub lang: Lang,
}

/// Screens a whole file. `mapping` overrides the proposal (a remembered or
/// corrected one); `progress(rows_done)` is called every
/// [`PROGRESS_EVERY`] rows and cancels the run by breaking.
pub fn screen_file(
    bytes: &[u8],
    mapping: Option<&ColumnMapping>,
    run: Run<'_>,
    mut progress: impl FnMut(u64) -> ControlFlow<()>,
) -> Result<Screening, FileMessage> {
    let header = headers(bytes)?;
    let mapping = match mapping {
        Some(m) => ColumnMapping::remembered(&header.names, m),
        None => ColumnMapping::propose(&header.names),
    };
    if mapping.is_empty() {
        return Err(FileMessage::NoColumns);
    }
    let reader = RowReader::new(&mapping, run.lang);
    let rules = rule_columns(run.pack);
    let mut results = Vec::new();
    let mut summary = Summary::default();
    let mut sandbox = run.sandbox.map(|_| Summary::default());
    let mut cancelled = false;
    read_rows(bytes, |row, record| {
        // The header, and any title above it, are no enterprises.
        if row <= header.row {
            return ControlFlow::Continue(());
        }
        let s = screen(run.pack, &reader, row, record, run.today);
        let incomplete = !s.problems.is_empty();
        let result = ResultRow::new(&s, &rules);
        summary.add_levels(&s.assessment, incomplete, &rules, &result.levels);
        if let (Some(p), Some(sum)) = (run.sandbox, sandbox.as_mut()) {
            sum.add(&evaluate(p, &s.answers, run.today), incomplete, &rules);
        }
        results.push(result);
        let done = results.len() as u64;
        if done.is_multiple_of(PROGRESS_EVERY) && progress(done).is_break() {
            cancelled = true;
            return ControlFlow::Break(());
        }
        ControlFlow::Continue(())
    })?;
    Ok(Screening {
        mapping,
        results,
        summary,
        sandbox,
        cancelled,
    })
}

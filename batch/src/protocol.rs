//! What the batch page and its Web Worker say to each other: requests, the
//! worker's answers, and the messages carrying them.
//!
//! Every message is a JSON text of [`Request`] or [`Response`] (serde,
//! externally tagged: `{"open": {...}}`, `{"done": {...}}`; internally
//! tagged enums would lose the summary's year keys),
//! plus, where a file travels, its bytes beside it, never inside the JSON: a
//! message is `[id, json]` or `[id, json, bytes]` ([`Message`]; in the
//! browser a JS array whose bytes are a `Uint8Array`, see `crate::js`).
//! The worker answers each request with messages of the same id: any number
//! of [`Response::Progress`] during a run, then exactly one final answer.
//! [`crate::session::Session::handle`] is the worker's whole logic, pure
//! Rust, so native tests drive it as the browser does.

use crate::fields::ColumnMapping;
use crate::sandbox::PolicyEdits;
use crate::screen::{CellProblem, Summary};
use fusion_engine::answers::{Industry, Location};
use fusion_engine::{Date, Lang, OutcomeKind, OutcomeLevel, RuleId};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A request from the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Request {
    /// A file the user picked; its bytes travel beside the JSON. Forgets any
    /// earlier file and results. `mapping` is the one remembered from last
    /// time, if any: headers it names keep the user's choice.
    Open {
        /// The file's name, for the exports' names.
        file_name: String,
        /// A remembered mapping.
        #[serde(default)]
        mapping: Option<ColumnMapping>,
        /// Language of the words if the file cannot be read.
        #[serde(default)]
        lang: Lang,
    },
    /// Screens every row of the opened file. Answered by
    /// [`Response::Progress`] messages, then [`Response::Done`].
    Run {
        /// The mapping as the user left it (the one [`Response::Opened`]
        /// proposed, corrected).
        mapping: ColumnMapping,
        /// Policy sandbox edits: each row is also assessed under them.
        #[serde(default)]
        sandbox: Option<Box<PolicyEdits>>,
        /// The assessment date of rows that name none.
        today: Date,
        /// Language of problem messages and of the exports.
        #[serde(default)]
        lang: Lang,
    },
    /// A page of the last run's results.
    Query(Query),
    /// One enterprise's answers, to open it (read-only) in the interview.
    Enterprise {
        /// Its row in the file (as [`RowView::row`]).
        row: u64,
    },
    /// A file of the last run's results.
    Export {
        /// Which list.
        what: Export,
        /// CSV (UTF-8 with BOM) or XLSX.
        format: FileFormat,
    },
    /// The empty template, to fill in.
    Template {
        /// CSV or XLSX.
        format: FileFormat,
        /// Language of the headers (both are read back).
        #[serde(default)]
        lang: Lang,
    },
}

/// A file's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileFormat {
    /// CSV in UTF-8 with a BOM (Excel opens the Chinese correctly).
    Csv,
    /// An Excel workbook.
    Xlsx,
}

impl FileFormat {
    /// The file name's extension.
    pub fn extension(self) -> &'static str {
        match self {
            FileFormat::Csv => "csv",
            FileFormat::Xlsx => "xlsx",
        }
    }

    /// The MIME type of a download.
    pub fn mime(self) -> &'static str {
        match self {
            FileFormat::Csv => "text/csv;charset=utf-8",
            FileFormat::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }
}

/// Which list to export. JSON: `"results"`, `"problems"`, `"summary"`,
/// `{"notices": "F3"}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Export {
    /// One row per enterprise: the columns of `assess --batch --out`
    /// (an XLSX also carries the summary sheet, as the command line's).
    Results,
    /// Every cell that could not be read: row, column, message.
    Problems,
    /// One rule's notification list (免申即享 / 政策找企业): who qualifies or
    /// likely does, id, amount, facts used; as `assess --notices`.
    Notices(RuleId),
    /// The summary per rule and per data year (sandbox side by side).
    Summary,
}

/// A page of results: filters, then sort, then `offset..offset + limit`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Query {
    /// The order (file order when absent).
    pub sort: Option<Sort>,
    /// Only enterprises to which this rule applies (qualifies, likely or
    /// possible; with `level`, at that level).
    pub rule: Option<RuleId>,
    /// Only enterprises with this level (for `rule`, or for any rule).
    pub level: Option<OutcomeLevel>,
    /// Only this location.
    pub location: Option<Location>,
    /// Only this industry.
    pub industry: Option<Industry>,
    /// Only names (or ids) containing this text, case-insensitive.
    pub search: Option<String>,
    /// Only rows with (true) or without (false) problems.
    pub incomplete: Option<bool>,
    /// Rows to skip.
    pub offset: u64,
    /// Rows to return (at most [`MAX_PAGE`]; 0 returns only the total).
    pub limit: u64,
}

/// The most rows one [`Request::Query`] returns.
pub const MAX_PAGE: u64 = 1_000;

/// An order of the results; ties keep file order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sort {
    /// The column.
    pub column: SortColumn,
    /// Largest (or best level) first.
    #[serde(default)]
    pub descending: bool,
}

/// A sortable column. JSON: `"name"`, ..., `{"rule": "F3"}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SortColumn {
    /// File order.
    Row,
    /// 企业名称.
    Name,
    /// 统一社会信用代码.
    CreditCode,
    /// 所在县(市、区), in the catalogue's order.
    Location,
    /// 行业类别, in the catalogue's order.
    Industry,
    /// Cash that qualifies.
    CashQualifies,
    /// Cash that is likely.
    CashLikely,
    /// One rule's level (ascending: qualifies first; no level last).
    Rule(RuleId),
    /// Rows with problems.
    Incomplete,
}

/// An answer of the worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Response {
    /// The file opened: its headers and the proposed mapping.
    Opened {
        /// The file's name.
        file_name: String,
        /// The header row as the file has it.
        headers: Vec<String>,
        /// The proposed mapping (the remembered one applied).
        mapping: ColumnMapping,
        /// Whether the headers are the template's (zh or en): no mapping
        /// step needed.
        template: bool,
        /// Data rows in the file (the progress bar's end).
        rows: u64,
        /// The header's row as a spreadsheet shows it: 1 unless a title
        /// or blank rows above it were passed over.
        #[serde(default)]
        header_row: u64,
    },
    /// A run's progress: `done` of `total` rows screened.
    Progress {
        /// Rows screened.
        done: u64,
        /// Rows in the file.
        total: u64,
    },
    /// A run finished.
    Done(RunDone),
    /// A page of results.
    Page {
        /// Rows matching the filters.
        total: u64,
        /// The rows of the page, in order.
        rows: Vec<RowView>,
    },
    /// One enterprise, to open read-only in the interview.
    Enterprise {
        /// Its row in the file.
        row: u64,
        /// The answers file (what the app's import reads:
        /// `fusion_engine::transfer::import`).
        answers: String,
        /// The date it was assessed as of (its own 评估日期, or the run's).
        as_of: Date,
    },
    /// A file to download; its bytes travel beside the JSON.
    File {
        /// A name for the download.
        name: String,
        /// Its MIME type.
        mime: String,
    },
    /// The request could not be done.
    Failed(Failure),
}

/// What a finished run found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunDone {
    /// The rules of the results, in catalogue order (the filter's choices).
    pub rules: Vec<RuleId>,
    /// Sums under the policy as written.
    pub summary: Summary,
    /// Sums under the sandbox edits, when the run had any.
    pub sandbox: Option<Summary>,
    /// Problems listed (cells that could not be read, the engine's checks).
    pub problems: u64,
}

/// Why a request could not be done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "failure", rename_all = "snake_case")]
pub enum Failure {
    /// The file could not be read (or an export written): a message in the
    /// run's language, to show beside the file picker.
    File {
        /// In words.
        message: String,
    },
    /// A sandbox figure was refused: a message to show beside the sandbox.
    Sandbox {
        /// In words.
        message: String,
    },
    /// Nothing opened yet (or `Open` came without bytes).
    NoFile,
    /// No run yet: nothing to query or export.
    NoResults,
    /// No data row with this number.
    NoRow {
        /// The row asked for.
        row: u64,
    },
    /// The message was not a request (a bug of the page).
    BadRequest {
        /// The reader's complaint.
        detail: String,
    },
}

/// One result row as the table shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RowView {
    /// The row in the file (the header is row 1).
    pub row: u64,
    /// 企业名称.
    pub name: Option<String>,
    /// 统一社会信用代码.
    pub credit_code: Option<String>,
    /// 所在县(市、区).
    pub location: Option<Location>,
    /// 行业类别.
    pub industry: Option<Industry>,
    /// Cash whose conditions are met, in yuan.
    pub cash_qualifies_yuan: Decimal,
    /// Cash that is likely, in yuan.
    pub cash_likely_yuan: Decimal,
    /// The rules that apply (qualifies, likely or possible), catalogue order.
    pub rules: Vec<RuleLevel>,
    /// Whether something in the row could not be read.
    pub incomplete: bool,
    /// What could not be read.
    pub problems: Vec<CellProblem>,
}

/// A rule's best level for one enterprise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleLevel {
    /// The rule.
    pub rule: RuleId,
    /// What the outcome is worth (for its level's words:
    /// `fusion_engine::explain::level_name_for`).
    pub kind: OutcomeKind,
    /// How sure.
    pub level: OutcomeLevel,
}

/// One message either way: an id pairing answers with their request, the
/// JSON text, and a file's bytes where one travels ([`Request::Open`],
/// [`Response::File`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// Chosen by the page; the worker's answers repeat it.
    pub id: u32,
    /// [`Request`] or [`Response`] as JSON.
    pub json: String,
    /// A file's bytes.
    pub bytes: Option<Vec<u8>>,
}

fn message(value: &impl Serialize, id: u32, bytes: Option<Vec<u8>>) -> Message {
    Message {
        id,
        // Plain data: serialising cannot fail.
        json: serde_json::to_string(value).unwrap_or_default(),
        bytes,
    }
}

impl Request {
    /// The message carrying this request (and a file's bytes, for `Open`).
    pub fn to_message(&self, id: u32, bytes: Option<Vec<u8>>) -> Message {
        message(self, id, bytes)
    }
}

impl Response {
    /// The message carrying this answer.
    pub fn to_message(&self, id: u32, bytes: Option<Vec<u8>>) -> Message {
        message(self, id, bytes)
    }

    /// Reads an answer's JSON.
    pub fn from_json(json: &str) -> Result<Response, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }
}

//! Bureau batch screening (issue 11): a whole list of enterprises assessed
//! by the engine, summed into a budget, written back as CSV or XLSX.
//!
//! Pure Rust, no browser types; compiles natively (the `assess --batch`
//! command line) and to wasm32 (the batch page's Web Worker). The interview's app
//! never depends on this crate, so none of it reaches its first load.
//!
//! - [`read`]: CSV (UTF-8 with or without BOM, GB18030/GBK) and XLSX, row by row.
//! - [`fields`]: the template's columns, and a column mapping proposed from
//!   any file's headers (serialisable, to be remembered).
//! - [`cells`]: one cell into the engine's [`fusion_engine::Answers`].
//! - [`screen`]: a row through [`fusion_engine::evaluate`]; result rows,
//!   the summary per rule and per data year, notification lists.
//! - [`write`]: results, summary and template as CSV (with BOM) and XLSX.
//! - [`xlsx`]: a workbook streamed as its rows come (the browser's exports).
//! - [`sandbox`]: a pack with changed figures, run beside the policy as written.
//! - [`run`]: a whole file in memory on one thread, with progress and
//!   cancel: what a Web Worker calls.
//! - [`cli`]: `assess --batch IN --out OUT`, streaming on all cores.
//! - [`protocol`]: what the batch page and its Web Worker say to each other.
//! - `js` (wasm32 only): those messages as JS arrays, for both sides.
//! - [`session`]: the worker's side: a file, the last run's results, and
//!   answers to the page's requests (queries, exports, one enterprise).

pub mod cells;
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub mod fields;
#[cfg(target_arch = "wasm32")]
pub mod js;
pub mod protocol;
pub mod read;
pub mod run;
pub mod sandbox;
pub mod screen;
pub mod session;
pub mod write;
pub mod xlsx;

pub use fields::{ColumnMapping, Field, MappedColumn, Target, Unit};
pub use sandbox::PolicyEdits;
pub use screen::{notice, rule_columns, screen, Notice, ResultRow, RowReader, Screened, Summary};

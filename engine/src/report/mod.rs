//! The downloadable summary: one document an enterprise can keep, print,
//! paste or import again, rendered by pure Rust so the browser and the
//! `assess` CLI give byte-for-byte the same files.
//!
//! - [`html`]: one self-contained HTML file (styles inline, no requests),
//!   laid out for the screen and for A4 printing.
//! - [`markdown`]: the same content for e-mails and chats.
//! - [`json`]: the answers and the assessment with its words, which
//!   [`crate::transfer::import`] and `assess` read back.
//! - [`file_name`]: a file name with the enterprise's name, safe everywhere.
//! - `compare`: the scenarios side by side, under the overview, when the
//!   answers carry scenarios ([`crate::scenario`]).
//! - `plan`: the award timeline and the distance to each award not yet
//!   reached ([`crate::plan`]), placed under the overview, the cash awards
//!   and the benchmarks.
//!
//! The content comes from the engine: outcomes, totals and their words
//! ([`crate::explain`]); the report only arranges them and states in words
//! the 就高不重复 decisions the outcomes' steps record. Everything the
//! enterprise typed is escaped for the format it lands in.

mod compare;
mod file_name;
mod html;
mod markdown;
mod model;
mod plan;
mod summary;

pub use file_name::file_name;
/// Text made safe for HTML content and quoted attributes (the app's
/// on-demand module writes the result panel's plan with it too).
pub use html::escape as escape_html;
pub use summary::SUMMARY_SCHEMA_VERSION;

use crate::answers::Answers;
use crate::assessment::Assessment;
use crate::i18n::Lang;
use crate::policy::PolicyPack;
use crate::scenario::Scenario;

/// A format the summary downloads in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Html,
    Markdown,
    Json,
}

impl Format {
    /// Every format, in the order a download menu lists them.
    pub const ALL: [Format; 3] = [Format::Html, Format::Markdown, Format::Json];

    /// The file extension, without the dot.
    pub const fn extension(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Markdown => "md",
            Format::Json => "json",
        }
    }

    /// The media type for a download (a `Blob`'s type).
    pub const fn media_type(self) -> &'static str {
        match self {
            Format::Html => "text/html;charset=utf-8",
            Format::Markdown => "text/markdown;charset=utf-8",
            Format::Json => "application/json;charset=utf-8",
        }
    }
}

/// The summary in `format`.
pub fn render(
    format: Format,
    pack: &PolicyPack,
    answers: &Answers,
    assessment: &Assessment,
    lang: Lang,
) -> String {
    render_compared(format, pack, answers, assessment, &[], lang)
}

/// The summary in `format` with the scenarios side by side (under the
/// overview; in the JSON, the scenarios and their comparison). Without
/// scenarios it is [`render`]'s.
pub fn render_compared(
    format: Format,
    pack: &PolicyPack,
    answers: &Answers,
    assessment: &Assessment,
    scenarios: &[Scenario],
    lang: Lang,
) -> String {
    match format {
        Format::Html => html::render(&model::build(pack, answers, assessment, scenarios, lang)),
        Format::Markdown => {
            markdown::render(&model::build(pack, answers, assessment, scenarios, lang))
        }
        Format::Json => summary::render(pack, answers, assessment, scenarios, lang),
    }
}

/// The scenarios side by side as an HTML fragment (the table and the note
/// under it, the summary's own words), for the app: cells that differ
/// from the first scenario carry the class `changed` beside their words.
/// Empty without scenarios. Each scenario is assessed as of `as_of` unless
/// it has its own date.
pub fn comparison_html(
    pack: &PolicyPack,
    scenarios: &[Scenario],
    as_of: crate::date::Date,
    lang: Lang,
) -> String {
    if scenarios.is_empty() {
        return String::new();
    }
    html::fragment(&compare::table(pack, scenarios, as_of, lang))
}

/// The summary as one self-contained HTML document in `lang`.
pub fn html(pack: &PolicyPack, answers: &Answers, assessment: &Assessment, lang: Lang) -> String {
    render(Format::Html, pack, answers, assessment, lang)
}

/// The summary as Markdown in `lang`.
pub fn markdown(
    pack: &PolicyPack,
    answers: &Answers,
    assessment: &Assessment,
    lang: Lang,
) -> String {
    render(Format::Markdown, pack, answers, assessment, lang)
}

/// The summary JSON (`fusion-check/summary`): pack id and version, the
/// answers' fingerprint, the answers, and the assessment with each
/// outcome's words in `lang`.
pub fn json(pack: &PolicyPack, answers: &Answers, assessment: &Assessment, lang: Lang) -> String {
    render(Format::Json, pack, answers, assessment, lang)
}

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
//! - `plan`: the award timeline and the distance to each award not yet
//!   reached ([`crate::plan`]), placed under the overview, the cash awards
//!   and the benchmarks.
//!
//! The content comes from the engine: outcomes, totals and their words
//! ([`crate::explain`]); the report only arranges them and states in words
//! the 就高不重复 decisions the outcomes' steps record. Everything the
//! enterprise typed is escaped for the format it lands in.

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
    match format {
        Format::Html => html(pack, answers, assessment, lang),
        Format::Markdown => markdown(pack, answers, assessment, lang),
        Format::Json => json(pack, answers, assessment, lang),
    }
}

/// The summary as one self-contained HTML document in `lang`.
pub fn html(pack: &PolicyPack, answers: &Answers, assessment: &Assessment, lang: Lang) -> String {
    html::render(&model::build(pack, answers, assessment, lang))
}

/// The summary as Markdown in `lang`.
pub fn markdown(
    pack: &PolicyPack,
    answers: &Answers,
    assessment: &Assessment,
    lang: Lang,
) -> String {
    markdown::render(&model::build(pack, answers, assessment, lang))
}

/// The summary JSON (`fusion-check/summary`): pack id and version, the
/// answers' fingerprint, the answers, and the assessment with each
/// outcome's words in `lang`.
pub fn json(pack: &PolicyPack, answers: &Answers, assessment: &Assessment, lang: Lang) -> String {
    summary::render(pack, answers, assessment, lang)
}

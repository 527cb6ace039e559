//! The on-demand module: the result panel (the rules' evaluation, each
//! outcome worded, 差多少达标, the timeline and the what-if chart, written
//! as HTML), the summary writers (HTML, Markdown, JSON), the share-link
//! compression (zlib, base64) and the engine's JSON reader and writer
//! (answers files, share links, older autosaves) run in a second wasm
//! binary, `fusion-docs` (`src/bin/fusion-docs.rs`), started as a Web
//! Worker the first time one of them is asked for. The first screen and
//! the first question load without it; it is fetched when the user starts
//! answering (the panel needs it as soon as the location is answered), or
//! loads a sample, and the panel says so plainly if it cannot be.
//!
//! Both binaries call the same engine functions; the bundle is split, the
//! rules are not. Answers cross as the autosave record
//! ([`crate::state::stored`]: the form as typed, which the first module
//! reads and writes by hand), so nothing is assessed twice in different
//! ways: the module reads the record into answers exactly as the app does
//! ([`Draft::answers`]) and assesses them with the engine's own rules, as
//! of the date the app gives it. Files and links come back the same way:
//! the module reads them with the engine's reader and answers with a
//! record, or with the engine's words for why not, in both languages.
//!
//! - [`Request`]: what the app asks for, as messages both ways (here), and
//!   [`Request::run`], the module's side (`run.rs`; pure: native tests,
//!   `tests.rs`, call it directly).
//! - The client list's export and import: the file's JSON is written and
//!   read here; the first module keeps the list as a plain store text.
//! - [`call`]: the app's side (`client.rs`): starts the worker once per page, queues
//!   requests until it is ready, and answers each with the text or a
//!   [`Failure`]. Once loaded, the worker stays: offline use keeps working.
//!   [`prefetch`] starts it early, when the user begins to answer.

use crate::plan_html::FIELD;
use crate::state::{Refusal, Unreadable};
use fusion_engine::report::Format;
use fusion_engine::{Date, Lang};
use js_sys::Array;
use wasm_bindgen::JsValue;

/// The module's loader script, beside the app's own script. Written by
/// `scripts/post_build.py`, which also gives the module's files hashed names.
pub const LOADER: &str = "fusion-docs-loader.js";

/// What the app asks the module for. Answers travel as an autosave record,
/// read as of `as_of` (the app's today).
#[derive(Debug, Clone, PartialEq)]
pub enum Request {
    /// The summary in `format` and `lang`, assessed as of `as_of`, with the
    /// scenarios side by side when the record has any; a file reply
    /// ([`file_reply`]: its name, then its text).
    Report {
        format: Format,
        lang: Lang,
        as_of: Date,
        record: String,
    },
    /// The share-link payload (`a2.…`) for the answers and scenarios.
    EncodeLink { as_of: Date, record: String },
    /// The answers file (what "export" downloads) for the answers and
    /// scenarios; a file reply ([`file_reply`]), named in `lang`.
    AnswersFile {
        as_of: Date,
        lang: Lang,
        record: String,
    },
    /// The record's scenarios side by side, as an HTML fragment in `lang`
    /// (the summary's table, [`report::comparison_html`]).
    Compare {
        lang: Lang,
        as_of: Date,
        record: String,
    },
    /// A share link's fragment, read and checked: a record of its answers.
    OpenLink { as_of: Date, fragment: String },
    /// A chosen or dropped file, read and checked: a record of its answers.
    Import { as_of: Date, text: String },
    /// An older autosave (an answers file, and the step index kept beside
    /// it): a record of both, read as autosave reads (unchecked).
    Migrate {
        as_of: Date,
        text: String,
        step: String,
    },
    /// Every client in one file (the export), from the app's store text.
    ExportClients { as_of: Date, store: String },
    /// A clients file's clients as a store text (the import), or the
    /// engine's words for why it is refused.
    ImportClients { as_of: Date, file: String },
    /// The result panel ([`result_html::result_reply`]): the answers
    /// assessed, each outcome worded and grouped, with what each award not
    /// yet reached needs (差多少达标) and the award timeline, as HTML blocks
    /// in `lang`, ids under `uid`, amounts in 万元 when `present`
    /// (presentation mode). Evaluated here so the first load carries
    /// neither the rules' evaluation nor their words.
    Result {
        lang: Lang,
        as_of: Date,
        record: String,
        uid: String,
        present: bool,
    },
    /// Every question's "why we ask" in `lang` ([`why_reply`]): read when
    /// a reason is first opened, or with the result, so the first load
    /// carries none of their words.
    Why { lang: Lang, as_of: Date },
    /// The what-if chart ([`plan_html::whatif_reply`]) of data year `year`
    /// along `axis` (as the chart's controls give them; empty or unread:
    /// the first year, revenue), its point at `at`
    /// ([`plan_html::point_asked`]), ids under `uid`.
    WhatIf {
        lang: Lang,
        as_of: Date,
        record: String,
        uid: String,
        year: String,
        axis: String,
        at: String,
    },
}

/// Why a request got no text.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// The module could not be fetched or started (offline before its
    /// first use, a blocked request, a host page on another origin).
    Unavailable,
    /// The module ran and refused the file or link, in the engine's words.
    Refused(Refusal),
    /// The module ran and could not read an older autosave.
    Unreadable(Unreadable),
    /// The module ran and found the app's own answers unreadable: a bug.
    Broken(String),
}

/// Separates the two languages of a refusal in a reply.
const LANG_SEPARATOR: char = '\u{1f}';

impl Request {
    /// The message posted to the worker: `[id, kind, as_of, args...]`, all
    /// strings but the id.
    pub fn to_message(&self, id: u32) -> Array {
        let (kind, as_of, args): (&str, Date, Vec<&str>) = match self {
            Request::Report {
                format,
                lang,
                as_of,
                record,
            } => (
                "report",
                *as_of,
                vec![format.extension(), lang.tag(), record],
            ),
            Request::EncodeLink { as_of, record } => ("link", *as_of, vec![record]),
            Request::AnswersFile {
                as_of,
                lang,
                record,
            } => ("file", *as_of, vec![lang.tag(), record]),
            Request::Compare {
                lang,
                as_of,
                record,
            } => ("compare", *as_of, vec![lang.tag(), record]),
            Request::OpenLink { as_of, fragment } => ("unlink", *as_of, vec![fragment]),
            Request::Import { as_of, text } => ("import", *as_of, vec![text]),
            Request::Migrate { as_of, text, step } => ("migrate", *as_of, vec![text, step]),
            Request::ExportClients { as_of, store } => ("clients-out", *as_of, vec![store]),
            Request::ImportClients { as_of, file } => ("clients-in", *as_of, vec![file]),
            Request::Result {
                lang,
                as_of,
                record,
                uid,
                present,
            } => (
                "result",
                *as_of,
                vec![lang.tag(), record, uid, if *present { "1" } else { "0" }],
            ),
            Request::Why { lang, as_of } => ("why", *as_of, vec![lang.tag()]),
            Request::WhatIf {
                lang,
                as_of,
                record,
                uid,
                year,
                axis,
                at,
            } => (
                "whatif",
                *as_of,
                vec![lang.tag(), record, uid, year, axis, at],
            ),
        };
        let message = Array::new();
        message.push(&JsValue::from(id));
        message.push(&JsValue::from(kind));
        message.push(&JsValue::from(as_of.to_string()));
        for a in args {
            message.push(&JsValue::from(a));
        }
        message
    }

    /// Reads a message [`Request::to_message`] wrote: its id and request.
    pub fn from_message(message: &JsValue) -> Option<(u32, Request)> {
        let message = Array::from(message);
        let id = message.get(0).as_f64()? as u32;
        let parts: Vec<String> = (1..message.length())
            .map(|i| message.get(i).as_string())
            .collect::<Option<_>>()?;
        let [kind, as_of, args @ ..] = parts.as_slice() else {
            return None;
        };
        let as_of = Date::parse(as_of).ok()?;
        let request = match (kind.as_str(), args) {
            ("report", [format, lang, record]) => Request::Report {
                format: Format::ALL.into_iter().find(|f| f.extension() == format)?,
                lang: Lang::from_tag(lang)?,
                as_of,
                record: record.clone(),
            },
            ("link", [record]) => Request::EncodeLink {
                as_of,
                record: record.clone(),
            },
            ("file", [lang, record]) => Request::AnswersFile {
                as_of,
                lang: Lang::from_tag(lang)?,
                record: record.clone(),
            },
            ("compare", [lang, record]) => Request::Compare {
                lang: Lang::from_tag(lang)?,
                as_of,
                record: record.clone(),
            },
            ("unlink", [fragment]) => Request::OpenLink {
                as_of,
                fragment: fragment.clone(),
            },
            ("import", [text]) => Request::Import {
                as_of,
                text: text.clone(),
            },
            ("migrate", [text, step]) => Request::Migrate {
                as_of,
                text: text.clone(),
                step: step.clone(),
            },
            ("clients-out", [store]) => Request::ExportClients {
                as_of,
                store: store.clone(),
            },
            ("clients-in", [file]) => Request::ImportClients {
                as_of,
                file: file.clone(),
            },
            ("result", [lang, record, uid, present]) => Request::Result {
                lang: Lang::from_tag(lang)?,
                as_of,
                record: record.clone(),
                uid: uid.clone(),
                present: present == "1",
            },
            ("why", [lang]) => Request::Why {
                lang: Lang::from_tag(lang)?,
                as_of,
            },
            ("whatif", [lang, record, uid, year, axis, at]) => Request::WhatIf {
                lang: Lang::from_tag(lang)?,
                as_of,
                record: record.clone(),
                uid: uid.clone(),
                year: year.clone(),
                axis: axis.clone(),
                at: at.clone(),
            },
            _ => return None,
        };
        Some((id, request))
    }
}

/// The name and the text of a file reply ([`Request::Report`],
/// [`Request::AnswersFile`]). The name comes first: made safe for a file
/// system, it holds no separator.
pub fn file_reply(reply: &str) -> (&str, &str) {
    reply.split_once(FIELD).unwrap_or(("", reply))
}

/// The reply the worker posts: `[id, ok, text]`; when not ok, `text` names
/// the failure (`refused:` + the message in Chinese and in English,
/// `unreadable:newer` or `unreadable:corrupt`, or `broken:` + detail).
pub fn reply(id: u32, result: Result<String, Failure>) -> Array {
    let (ok, text) = match result {
        Ok(text) => (true, text),
        Err(Failure::Refused(r)) => (
            false,
            format!(
                "refused:{}{LANG_SEPARATOR}{}",
                r.message(Lang::Zh),
                r.message(Lang::En)
            ),
        ),
        Err(Failure::Unreadable(Unreadable::Newer)) => (false, "unreadable:newer".into()),
        Err(Failure::Unreadable(Unreadable::Corrupt)) => (false, "unreadable:corrupt".into()),
        Err(Failure::Broken(detail)) => (false, format!("broken:{detail}")),
        Err(Failure::Unavailable) => (false, "broken:unavailable".into()),
    };
    Array::of3(&JsValue::from(id), &JsValue::from(ok), &JsValue::from(text))
}

/// Reads a [`reply`]: its id and result.
pub fn read_reply(message: &JsValue) -> Option<(u32, Result<String, Failure>)> {
    let message = Array::from(message);
    let id = message.get(0).as_f64()? as u32;
    let ok = message.get(1).as_bool()?;
    let text = message.get(2).as_string()?;
    if ok {
        return Some((id, Ok(text)));
    }
    let failure = if let Some(words) = text.strip_prefix("refused:") {
        let (zh, en) = words.split_once(LANG_SEPARATOR).unwrap_or((words, words));
        Failure::Refused(Refusal::new(zh, en))
    } else {
        match text.as_str() {
            "unreadable:newer" => Failure::Unreadable(Unreadable::Newer),
            "unreadable:corrupt" => Failure::Unreadable(Unreadable::Corrupt),
            _ => Failure::Broken(text.strip_prefix("broken:").unwrap_or(&text).to_string()),
        }
    };
    Some((id, Err(failure)))
}

mod client;
mod run;

pub use client::{call, is_ready, prefetch};

#[cfg(test)]
mod tests;

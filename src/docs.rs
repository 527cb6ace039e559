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
//! - [`Request`]: what the app asks for, and [`Request::run`], the module's
//!   side (pure: native tests call it directly).
//! - The client list's export and import: the file's JSON is written and
//!   read here; the first module keeps the list as a plain store text.
//! - [`call`]: the app's side: starts the worker once per page, queues
//!   requests until it is ready, and answers each with the text or a
//!   [`Failure`]. Once loaded, the worker stays: offline use keeps working.
//!   [`prefetch`] starts it early, when the user begins to answer.

use crate::plan_html::{FIELD, RECORD};
use crate::state::scenarios;
use crate::state::stored::{older_step, read_record, write_record};
use crate::state::{step_questions, STEPS};
use crate::state::{Draft, Refusal, Saved, Step, Unreadable};
use crate::{plan_html, result_html};
use fusion_engine::answers::Question;
use fusion_engine::clients::{file_to_store, read_store, store_to_file, write_store};
use fusion_engine::i18n::ui::{self, Ui};
use fusion_engine::plan::whatif::{self, Axis, Curve};
use fusion_engine::policy::JIAXING_2024_14 as PACK;
use fusion_engine::report::{self, Format};
use fusion_engine::scenario::Scenario;
use fusion_engine::transfer::{
    answers_file, decode_link, encode_link, import, import_unchecked, ImportError, Imported,
};
use fusion_engine::{rules, Answers, Date, Lang};
use js_sys::Array;
use std::cell::RefCell;
use std::rc::Rc;
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

    /// The module's work: the text asked for, or why not.
    pub fn run(&self) -> Result<String, Failure> {
        match self {
            Request::Report {
                format,
                lang,
                as_of,
                record,
            } => {
                let (answers, scenarios) = read_own(record, *as_of)?;
                let assessment = rules::evaluate(&PACK, &answers, *as_of);
                let name =
                    report::file_name(&answers, answers.as_of(*as_of), format.extension(), *lang);
                let text = report::render_compared(
                    *format,
                    &PACK,
                    &answers,
                    &assessment,
                    &scenarios,
                    *lang,
                );
                Ok(format!("{name}{FIELD}{text}"))
            }
            Request::EncodeLink { as_of, record } => {
                let (answers, scenarios) = read_own(record, *as_of)?;
                Ok(encode_link(&answers, &scenarios))
            }
            Request::AnswersFile {
                as_of,
                lang,
                record,
            } => {
                let (answers, scenarios) = read_own(record, *as_of)?;
                // The summary's name with a tag before the extension, so the
                // two JSON files never overwrite each other.
                let name = report::file_name(&answers, answers.as_of(*as_of), "", *lang);
                let tag = Ui::AnswersFileTag.text(*lang);
                let text = answers_file(&answers, &scenarios);
                Ok(format!("{name}-{tag}.json{FIELD}{text}"))
            }
            Request::Compare {
                lang,
                as_of,
                record,
            } => {
                let (_, scenarios) = read_own(record, *as_of)?;
                Ok(report::comparison_html(&PACK, &scenarios, *as_of, *lang))
            }
            Request::OpenLink { as_of, fragment } => decode_link(fragment)
                .map(|i| record_of(&i, *as_of, Step::Basics))
                .map_err(|e| Failure::Refused(Refusal::of(&e))),
            Request::Import { as_of, text } => import(text)
                .map(|i| record_of(&i, *as_of, Step::Basics))
                .map_err(|e| Failure::Refused(Refusal::of(&e))),
            Request::Migrate { as_of, text, step } => match import_unchecked(text) {
                Ok(i) => Ok(record_of(&i, *as_of, older_step(Some(step)))),
                Err(ImportError::NewerVersion { .. }) => {
                    Err(Failure::Unreadable(Unreadable::Newer))
                }
                Err(_) => Err(Failure::Unreadable(Unreadable::Corrupt)),
            },
            Request::ExportClients { store, .. } => {
                Ok(store_to_file(&read_store(store).unwrap_or_default()))
            }
            Request::ImportClients { file, .. } => file_to_store(file)
                .map(|clients| write_store(&clients))
                .map_err(|e| {
                    Failure::Refused(Refusal::new(&e.message(Lang::Zh), &e.message(Lang::En)))
                }),
            Request::Result {
                lang,
                as_of,
                record,
                uid,
                present,
            } => {
                let (answers, _) = read_own(record, *as_of)?;
                let assessment = rules::evaluate(&PACK, &answers, *as_of);
                let view = result_html::View {
                    uid,
                    lang: *lang,
                    present: *present,
                };
                Ok(result_html::result_reply(&answers, &assessment, view))
            }
            Request::Why { lang, .. } => Ok(why_reply(*lang)),
            Request::WhatIf {
                lang,
                as_of,
                record,
                uid,
                year,
                axis,
                at,
            } => {
                let (own, _) = read_own(record, *as_of)?;
                let year = year.parse().unwrap_or_else(|_| plan_html::first_year(&own));
                // Growth needs the year before: without it, revenue.
                let axis = Axis::from_code(axis).unwrap_or(Axis::Revenue);
                let curve = cached_curve(record, &own, *as_of, year, axis)
                    .or_else(|| cached_curve(record, &own, *as_of, year, Axis::Revenue))
                    .ok_or_else(|| Failure::Broken("no curve".into()))?;
                // Text that does not read leaves the point where it was.
                let (asked, problem) = match plan_html::point_asked(&curve, at, *lang) {
                    Ok(x) => {
                        LAST_POINT.with(|p| *p.borrow_mut() = x);
                        (x, String::new())
                    }
                    Err(problem) => (LAST_POINT.with(|p| *p.borrow()), problem),
                };
                Ok(plan_html::whatif_reply(
                    &curve, &own, *as_of, uid, asked, &problem, *lang,
                ))
            }
        }
    }
}

/// Evenly spaced values of a what-if curve (plus two per threshold): a
/// few hundred assessments, well within a frame (BENCHMARKS.md).
const CURVE_SAMPLES: u32 = 240;

thread_local! {
    /// The last curve drawn, by what it was drawn for: moving the point
    /// along it evaluates the point alone.
    static CURVE: RefCell<Option<(String, Curve)>> = const { RefCell::new(None) };
    /// The last point asked for that read, kept when typed text does not.
    static LAST_POINT: RefCell<Option<rust_decimal::Decimal>> = const { RefCell::new(None) };
}

/// The curve of `year` along `axis` for the record `record` (read as
/// `answers`), from the cache when it was the last one drawn; `None` for
/// growth without the year before.
fn cached_curve(
    record: &str,
    answers: &Answers,
    as_of: Date,
    year: u16,
    axis: Axis,
) -> Option<Curve> {
    let key = format!("{as_of}|{year}|{}|{record}", axis.code());
    if let Some(c) = CURVE.with(|c| {
        c.borrow()
            .as_ref()
            .filter(|(k, _)| *k == key)
            .map(|(_, c)| c.clone())
    }) {
        return Some(c);
    }
    let curve = whatif::curve(&PACK, answers, as_of, year, axis, CURVE_SAMPLES)?;
    CURVE.with(|c| *c.borrow_mut() = Some((key, curve.clone())));
    Some(curve)
}

/// The record of imported answers and scenarios in the form, on `step`:
/// how answers read by the module go back to the app (which puts them in
/// the form the same way).
fn record_of(imported: &Imported, as_of: Date, step: Step) -> String {
    write_record(&Saved {
        draft: Rc::new(Draft::from_answers(&imported.answers, as_of)),
        step,
        scenarios: Rc::new(scenarios::from_answers(&imported.scenarios, as_of)),
    })
}

/// The app's own record, read into answers and scenarios as the app reads
/// them (the engine's checks are the app's business: it refuses to share
/// flagged answers itself). The app sends each scenario under the name it
/// is kept by, so the language of a stand-in name does not matter here.
/// The name and the text of a file reply ([`Request::Report`],
/// [`Request::AnswersFile`]). The name comes first: made safe for a file
/// system, it holds no separator.
pub fn file_reply(reply: &str) -> (&str, &str) {
    reply.split_once(FIELD).unwrap_or(("", reply))
}

/// Every question's "why we ask" in `lang`: one record per question, its
/// field path ([`Question::field_path`]) then its words, the way the app's
/// [`crate::app::Ctx::why`] looks them up. The questions are the steps'
/// and the revenue table's.
fn why_reply(lang: Lang) -> String {
    let questions = STEPS
        .iter()
        .flat_map(|s| step_questions(*s).iter().copied())
        .chain([Question::Revenue(0)]);
    let mut out = String::new();
    for q in questions {
        out.push_str(&q.field_path());
        out.push(FIELD);
        out.push_str(&ui::why(&PACK, q, lang));
        out.push(RECORD);
    }
    out
}

fn read_own(record: &str, as_of: Date) -> Result<(Answers, Vec<Scenario>), Failure> {
    read_record(record)
        .map(|saved| {
            let scenarios = saved.scenarios.answers(Lang::default(), as_of);
            (saved.draft.answers(as_of), scenarios)
        })
        .map_err(|e| Failure::Broken(format!("{e:?}")))
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

pub use client::{call, is_ready, prefetch};

/// The app's side: one worker per page, shared by every mount.
mod client {
    use super::{read_reply, Failure, Request, LOADER};
    use std::cell::RefCell;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::prelude::wasm_bindgen;
    use wasm_bindgen::{JsCast, JsValue};

    #[wasm_bindgen]
    extern "C" {
        type ImportMeta;
        /// `import.meta` of the app's own script: the module sits beside
        /// it, wherever the page that loaded it lives (see EMBEDDING.md).
        #[wasm_bindgen(thread_local_v2, js_namespace = import, js_name = meta)]
        static IMPORT_META: ImportMeta;
        #[wasm_bindgen(method, getter)]
        fn url(this: &ImportMeta) -> String;
    }

    type Done = Box<dyn FnOnce(Result<String, Failure>)>;

    #[derive(Default)]
    struct Module {
        worker: Option<web_sys::Worker>,
        /// [`prefetch`] has run: it tries once per page, never per keystroke.
        prefetched: bool,
        ready: bool,
        /// Messages posted before the worker said it is ready.
        queue: Vec<js_sys::Array>,
        pending: Vec<(u32, Done)>,
        next_id: u32,
    }

    thread_local! {
        static MODULE: RefCell<Module> = RefCell::new(Module::default());
    }

    /// Asks the module for `request`; `done` gets the text or why not. The
    /// first call fetches and starts the module; a failed start is retried
    /// by the next call (the user may be back online).
    pub fn call(request: Request, done: impl FnOnce(Result<String, Failure>) + 'static) {
        let started = MODULE.with(|m| {
            let mut m = m.borrow_mut();
            let id = m.next_id;
            m.next_id = m.next_id.wrapping_add(1);
            m.pending.push((id, Box::new(done)));
            let message = request.to_message(id);
            if m.worker.is_none() {
                m.worker = start();
                m.ready = false;
            }
            match (&m.worker, m.ready) {
                (None, _) => false,
                (Some(worker), true) => worker.post_message(&message).is_ok(),
                (Some(_), false) => {
                    m.queue.push(message);
                    true
                }
            }
        });
        if !started {
            fail_all();
        }
    }

    /// Starts fetching the module ahead of its first use, once per page
    /// (never during the first load: the app calls it when the user starts
    /// answering). A failure is silent: the first real request tries again
    /// and says so if it fails too.
    pub fn prefetch() {
        MODULE.with(|m| {
            let mut m = m.borrow_mut();
            if m.prefetched || m.worker.is_some() {
                return;
            }
            m.prefetched = true;
            m.worker = start();
            m.ready = false;
        });
    }

    /// Whether the module is loaded and answering: a request then needs no
    /// "loading" notice.
    pub fn is_ready() -> bool {
        MODULE.with(|m| m.borrow().ready)
    }

    /// The loader's address: beside the app's script, with that script's
    /// hashed name as a version, so a new release never meets an old loader
    /// in the browser's cache.
    fn loader_url() -> Option<String> {
        let script = IMPORT_META.with(ImportMeta::url);
        let version = script.rsplit('/').next().unwrap_or_default().to_string();
        let url = web_sys::Url::new_with_base(LOADER, &script).ok()?;
        url.search_params().set("v", &version);
        Some(url.href())
    }

    /// How long the module may take to start before its requests are
    /// answered "unavailable": long enough for its 190 KB on a slow line,
    /// and a bound on the wait where nothing reports a failure (a host
    /// page's CSP can block a worker without an error event).
    const START_TIMEOUT_MS: i32 = 30_000;

    fn start() -> Option<web_sys::Worker> {
        let worker = web_sys::Worker::new(&loader_url()?).ok()?;
        let started = worker.clone();
        let give_up = Closure::once_into_js(move || {
            let stuck = MODULE.with(|m| {
                let m = m.borrow();
                !m.ready && m.worker.as_ref() == Some(&started)
            });
            if stuck {
                fail_all();
            }
        });
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                give_up.unchecked_ref(),
                START_TIMEOUT_MS,
            );
        }
        let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(on_message);
        let on_error = Closure::<dyn Fn(JsValue)>::new(|_| fail_all());
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        // One pair per page start, alive as long as the worker.
        on_message.forget();
        on_error.forget();
        Some(worker)
    }

    fn on_message(event: web_sys::MessageEvent) {
        let data = event.data();
        match data.as_string().as_deref() {
            Some("ready") => MODULE.with(|m| {
                let mut m = m.borrow_mut();
                m.ready = true;
                let queue = std::mem::take(&mut m.queue);
                if let Some(worker) = &m.worker {
                    for message in queue {
                        let _ = worker.post_message(&message);
                    }
                }
            }),
            Some(_) => fail_all(),
            None => {
                let Some((id, result)) = read_reply(&data) else {
                    return;
                };
                let done = MODULE.with(|m| {
                    let mut m = m.borrow_mut();
                    let i = m.pending.iter().position(|(p, _)| *p == id)?;
                    Some(m.pending.remove(i).1)
                });
                // Called with the module released: `done` may ask again.
                if let Some(done) = done {
                    done(result);
                }
            }
        }
    }

    /// The module did not load: every request waiting gets
    /// [`Failure::Unavailable`], and the next call starts afresh.
    fn fail_all() {
        let pending = MODULE.with(|m| {
            let mut m = m.borrow_mut();
            if let Some(worker) = m.worker.take() {
                worker.terminate();
            }
            m.ready = false;
            m.queue.clear();
            std::mem::take(&mut m.pending)
        });
        for (_, done) in pending {
            done(Err(Failure::Unavailable));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::stored::read_kept;
    use crate::state::testing::sample;
    use fusion_engine::transfer::read_link_json;
    use rust_decimal::Decimal;

    fn as_of() -> Date {
        Date::new(2026, 11, 28).unwrap()
    }

    #[test]
    fn every_reason_the_interview_shows_comes_in_both_languages() {
        use crate::state::{Flag, TextField};
        // Every question a control shows a "why we ask" for.
        let shown = TextField::ALL
            .iter()
            .map(|f| f.question())
            .chain(Flag::ALL.iter().map(|f| f.question()))
            .chain([
                Question::Location,
                Question::Industry,
                Question::Sectors,
                Question::Activities,
                Question::SeparationStatus,
                Question::Recognitions,
                Question::AwardsReceived,
                Question::Revenue(0),
            ]);
        for lang in [Lang::Zh, Lang::En] {
            let reply = Request::Why {
                lang,
                as_of: as_of(),
            }
            .run()
            .unwrap();
            for q in shown.clone() {
                let words = plan_html::record(&reply, &q.field_path());
                assert_eq!(
                    words,
                    Some(ui::why(&PACK, q, lang).as_str()),
                    "{q:?} {lang:?}"
                );
                assert!(!words.unwrap().is_empty(), "{q:?} {lang:?}");
            }
        }
    }

    #[test]
    fn the_client_list_goes_out_as_a_file_and_comes_back_as_a_store() {
        use fusion_engine::clients::StoredClient;
        let kept = vec![StoredClient {
            name: "甲".into(),
            record: record(&sample("logistics")),
        }];
        let store = write_store(&kept);
        let out = Request::ExportClients {
            as_of: as_of(),
            store,
        };
        let file = out.run().unwrap();
        assert!(file.contains("fusion-check/clients"));
        let import = |file: &str| {
            Request::ImportClients {
                as_of: as_of(),
                file: file.into(),
            }
            .run()
        };
        let back = read_store(&import(&file).unwrap()).unwrap();
        assert_eq!(back[0].name, "甲");
        assert_eq!(read_record(&back[0].record), read_record(&kept[0].record));
        let Err(Failure::Refused(refused)) = import("not json") else {
            panic!("a file that is not JSON is refused");
        };
        assert!(refused.message(Lang::Zh).contains("不是 JSON"));
        assert!(refused.message(Lang::En).contains("not a JSON file"));
    }

    /// The record the app sends for `answers`.
    fn record(answers: &Answers) -> String {
        let imported = Imported {
            answers: answers.clone(),
            scenarios: Vec::new(),
            source: fusion_engine::transfer::Source::AnswersFile,
        };
        record_of(&imported, as_of(), Step::Tax)
    }

    /// The answers of a record the module sent back.
    fn answers_of(record: &str) -> Answers {
        read_record(record).unwrap().draft.answers(as_of())
    }

    /// Two scenarios of the logistics sample: as it is, and ten times the
    /// revenue (a name with markup in it, to be shown as text).
    fn scenarios() -> Vec<Scenario> {
        let answers = sample("logistics");
        let mut grown = answers.clone();
        for v in grown.revenue_yuan.values_mut() {
            *v *= rust_decimal::Decimal::from(10);
        }
        vec![
            Scenario {
                name: "现状".into(),
                answers,
            },
            Scenario {
                name: "<增长>".into(),
                answers: grown,
            },
        ]
    }

    #[test]
    fn scenarios_cross_both_ways_and_compare_as_the_engine_does() {
        let answers = sample("logistics");
        let file = answers_file(&answers, &scenarios());
        // A file with scenarios comes back as a record holding them.
        let record = Request::Import {
            as_of: as_of(),
            text: file.clone(),
        }
        .run()
        .unwrap();
        let saved = read_record(&record).unwrap();
        assert_eq!(saved.scenarios.list.len(), 2);
        assert_eq!(saved.scenarios.answers(Lang::Zh, as_of()), scenarios());
        // The record goes out again as the same file, link and summary.
        let request = |kind: &str| match kind {
            "file" => Request::AnswersFile {
                as_of: as_of(),
                lang: Lang::Zh,
                record: record.clone(),
            },
            _ => Request::EncodeLink {
                as_of: as_of(),
                record: record.clone(),
            },
        };
        assert_eq!(file_reply(&request("file").run().unwrap()).1, file);
        let link = request("link").run().unwrap();
        assert_eq!(decode_link(&link).unwrap().scenarios, scenarios());
        let html = Request::Compare {
            lang: Lang::Zh,
            as_of: as_of(),
            record: record.clone(),
        }
        .run()
        .unwrap();
        assert_eq!(
            html,
            report::comparison_html(&PACK, &scenarios(), as_of(), Lang::Zh)
        );
        assert!(
            html.contains("class=\"changed\"") && html.contains("【有变化】"),
            "{html}"
        );
        assert!(html.contains("&lt;增长&gt;") && !html.contains("<增长>"));
        let summary = Request::Report {
            format: Format::Markdown,
            lang: Lang::Zh,
            as_of: as_of(),
            record,
        }
        .run()
        .unwrap();
        assert!(file_reply(&summary).1.contains("### 方案对比"), "{summary}");
    }

    /// The panel's reply for `answers`, in Chinese, under the id prefix `u`.
    fn result_of(answers: &Answers, present: bool) -> String {
        Request::Result {
            lang: Lang::Zh,
            as_of: as_of(),
            record: record(answers),
            uid: "u".into(),
            present,
        }
        .run()
        .unwrap()
    }

    /// The panel the module writes is the engine's assessment: one line per
    /// outcome it shows, keyed for reopening, the engine's totals, and the
    /// host's `complete` record only once nothing needs more answers.
    #[test]
    fn the_module_writes_the_engines_result() {
        let answers = sample("logistics");
        let assessment = rules::evaluate(&PACK, &answers, as_of());
        let reply = result_of(&answers, false);
        let cash = plan_html::record(&reply, "cash").unwrap();
        let lines = assessment
            .outcomes
            .iter()
            .filter(|o| o.kind == fusion_engine::OutcomeKind::Cash && plan_html::positive(o))
            .count();
        assert!(lines > 0);
        assert_eq!(cash.matches(r#"<li class="fc-outcome "#).count(), lines);
        assert!(cash.contains(r#"id="u-r-cash""#), "{cash}");
        let qualifies = format!(
            r#"data-total="qualifies"><dt>符合条件</dt><dd><span class="fc-amount" data-yuan="{}">"#,
            assessment.totals.cash_qualifies_yuan
        );
        assert!(cash.contains(&qualifies), "{cash}");
        // Every outcome is somewhere: shown, or among those that do not apply.
        let after = plan_html::record(&reply, "after").unwrap();
        assert_eq!(
            reply.matches(r#"<li class="fc-outcome "#).count(),
            assessment.outcomes.len()
        );
        assert!(after.contains(r#"data-total="tax""#), "{after}");
        let complete: Vec<&str> = plan_html::record(&reply, "complete")
            .unwrap()
            .split(plan_html::FIELD)
            .collect();
        let t = &assessment.totals;
        let done = assessment
            .outcomes
            .iter()
            .all(|o| o.level != fusion_engine::OutcomeLevel::NeedMoreAnswers);
        assert_eq!(
            complete,
            [
                if done { "1" } else { "0" },
                assessment.pack_id,
                &t.cash_qualifies_yuan.to_string(),
                &t.cash_likely_yuan.to_string(),
                &t.tax_estimate_yuan.to_string()
            ]
        );
        // Presentation mode: the same figures, in 万元.
        let present = result_of(&answers, true);
        assert_eq!(
            present.matches("data-yuan=").count(),
            reply.matches("data-yuan=").count()
        );
        assert!(present.contains(" 万元</span>"), "{present}");
        // Markup in an answer (a recognition's subject) is text.
        assert!(!reply.contains("<script"));
    }

    /// The banners: none on the first and last days in force; the day
    /// after the last says the policy has expired (not "not yet in force"),
    /// the day before the first the opposite; a county applying the policy
    /// by reference is named. Also asked for before the location is
    /// answered (the panel shows them from the start).
    #[test]
    fn the_module_writes_the_window_and_county_banners() {
        let banners = |date: &str, location: Option<fusion_engine::answers::Location>| {
            let mut answers = sample("logistics");
            answers.assessment_date = Some(Date::parse(date).unwrap());
            answers.location = location;
            let reply = result_of(&answers, false);
            plan_html::record(&reply, "banners").unwrap().to_string()
        };
        let nanhu = Some(fusion_engine::answers::Location::Nanhu);
        for inside in ["2024-05-20", "2026-06-30", "2026-12-31"] {
            assert_eq!(banners(inside, nanhu), "", "{inside}");
        }
        for expired in ["2027-01-01", "2027-03-01"] {
            let b = banners(expired, None);
            assert!(
                b.contains("fc-banner-window") && b.contains("已过本政策有效期(至 2026-12-31)"),
                "{expired}: {b}"
            );
            assert!(!b.contains("早于"), "{expired}: {b}");
        }
        for early in ["2024-05-19", "2024-01-15"] {
            let b = banners(early, nanhu);
            assert!(b.contains("早于本政策施行日 2024-05-20"), "{early}: {b}");
            assert!(!b.contains("有效期"), "{early}: {b}");
        }
        let b = banners(
            "2026-06-30",
            Some(fusion_engine::answers::Location::Haining),
        );
        assert!(
            b.contains("fc-banner-county") && b.contains("海宁市"),
            "{b}"
        );
    }

    /// A provincial service-oriented manufacturing demonstration is worth
    /// 50 万元 (F1): the line, its amount and its level.
    #[test]
    fn a_provincial_demonstration_shows_its_award() {
        let answers = sample("manufacturer");
        let reply = result_of(&answers, false);
        let cash = plan_html::record(&reply, "cash").unwrap();
        assert!(
            cash.contains(r#"data-rule="F1" data-level="qualifies""#) && cash.contains("50 万元"),
            "{cash}"
        );
    }

    /// The plan the panel places: every target of the engine, each once,
    /// under its line (F5 2025 under F5 2024, the award below its next
    /// year), with its needed value and words; and the timeline.
    #[test]
    fn the_module_gives_the_engines_targets_and_timeline() {
        let answers = sample("logistics");
        let as_of = as_of();
        let assessment = rules::evaluate(&PACK, &answers, as_of);
        let want = fusion_engine::plan::explain(
            fusion_engine::plan::targets(&PACK, &answers, &assessment),
            Lang::Zh,
        );
        assert!(!want.is_empty());
        let reply = result_of(&answers, false);
        assert_eq!(
            reply.matches(r#"<li class="fc-target""#).count(),
            want.len()
        );
        for w in &want {
            assert_eq!(
                reply
                    .matches(&fusion_engine::report::escape_html(&w.text))
                    .count(),
                1,
                "{}",
                w.text
            );
        }
        let cash = plan_html::record(&reply, "cash").unwrap();
        let f5 = cash
            .split("<li class=\"fc-outcome ")
            .find(|l| {
                l.contains(r#"data-rule="F5" data-level="#) && l.contains(r#"data-year="2024""#)
            })
            .expect("F5 2024's line");
        assert!(
            f5.contains(
                r#"data-year="2025" data-field="revenue_yuan.2025" data-needed="106950000.01""#
            ),
            "F5 2025 goes under F5 2024's line: {f5}"
        );
        let timeline = plan_html::record(&reply, "timeline").unwrap();
        let entries = fusion_engine::plan::timeline(&PACK, &assessment);
        assert_eq!(timeline.matches("<tr data-rule=").count(), entries.len());
        assert!(
            timeline.contains(
                r#"<tr data-rule="F5" data-year="2024" data-application="2025" data-yuan="100000">"#
            ),
            "{timeline}"
        );
        assert_eq!(plan_html::record(&reply, "nothing"), None);
    }

    /// The what-if chart: the point at a value the engine pays for, and one
    /// fen below it; the enterprise's own value when none is asked.
    #[test]
    fn the_module_draws_the_engines_what_if() {
        let answers = sample("logistics");
        let as_of = as_of();
        let ask = |at: &str| {
            let reply = Request::WhatIf {
                lang: Lang::Zh,
                as_of,
                record: record(&answers),
                uid: "u".into(),
                year: "2025".into(),
                axis: "revenue".into(),
                at: at.into(),
            }
            .run()
            .unwrap();
            reply
                .split(plan_html::FIELD)
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        // The point's award, as the chart's line under the controls gives it.
        let yuan = |reply: &[String]| -> Decimal {
            let at = reply[1].find(r#"class="fc-whatif-now""#).unwrap();
            let tail = &reply[1][at..];
            let from = tail.find(r#"data-yuan=""#).unwrap() + 11;
            tail[from..from + tail[from..].find('"').unwrap()]
                .parse()
                .unwrap()
        };
        let award = |x: &str| whatif::award_at(&PACK, &answers, as_of, 2025, x.parse().unwrap());
        let own = ask("");
        assert_eq!(own.len(), 6);
        assert_eq!((own[2].as_str(), own[3].as_str()), ("106000000", "10600"));
        assert_eq!(yuan(&own), award("106000000"));
        // Typed in 万元, to the fen; a slider's value in yuan.
        let met = ask("t:10695.000001");
        let below = ask("s:106950000");
        assert_eq!(met[2], "106950000.01");
        assert_eq!(yuan(&met), award("106950000.01"));
        assert_eq!(yuan(&met) - yuan(&below), Decimal::new(100_000, 0));
        assert!(met[1].contains(&format!(
            r#"class="fc-whatif-point" data-x="106950000.01" data-yuan="{}""#,
            yuan(&met)
        )));
        assert!(met[1].contains(r#"<table class="fc-table fc-whatif-table">"#));
        assert!(
            met[1].contains("F5 超过 1.07 亿元"),
            "the F5 threshold is labelled"
        );
        // The controls do not follow the point (the page keeps what is typed).
        assert_eq!(met[0], own[0]);
        assert!(own[0].contains(r#"<option value="2025" selected>"#));
        // Text that does not read: a message, and the enterprise's own point.
        let bad = ask("t:10,69x");
        assert!(
            bad[1].contains(r#"<p class="fc-error" id="u-wi-err" aria-live="polite">请"#),
            "{}",
            bad[1]
        );
        assert_eq!((bad[2].as_str(), bad[5].as_str()), ("106950000", "true"));
        assert_eq!(own[5], "");
    }

    #[test]
    fn the_module_writes_what_the_engine_writes() {
        let answers = sample("logistics");
        let assessment = rules::evaluate(&PACK, &answers, as_of());
        for format in Format::ALL {
            for lang in [Lang::Zh, Lang::En] {
                let request = Request::Report {
                    format,
                    lang,
                    as_of: as_of(),
                    record: record(&answers),
                };
                let reply = request.run().unwrap();
                let (name, text) = file_reply(&reply);
                assert_eq!(
                    text,
                    report::render(format, &PACK, &answers, &assessment, lang),
                    "{format:?} {lang:?}"
                );
                // Named as the summary names itself, in its language.
                let ext = format.extension();
                let expected = report::file_name(&answers, as_of(), ext, lang);
                assert_eq!(name, expected);
            }
        }
        for (lang, tag) in [(Lang::Zh, "答案"), (Lang::En, "answers")] {
            let file = Request::AnswersFile {
                as_of: as_of(),
                lang,
                record: record(&answers),
            };
            let reply = file.run().unwrap();
            let (name, text) = file_reply(&reply);
            assert_eq!(text, answers_file(&answers, &[]));
            let summary = report::file_name(&answers, as_of(), "", lang);
            assert_eq!(name, format!("{summary}-{tag}.json"));
        }
    }

    #[test]
    fn a_link_made_by_the_module_reads_back() {
        let answers = sample("logistics");
        let link = Request::EncodeLink {
            as_of: as_of(),
            record: record(&answers),
        }
        .run()
        .unwrap();
        assert_eq!(decode_link(&link).unwrap().answers, answers);
        let opened = Request::OpenLink {
            as_of: as_of(),
            fragment: link,
        }
        .run()
        .unwrap();
        assert_eq!(answers_of(&opened), answers);
    }

    #[test]
    fn files_come_back_as_records_or_in_the_engines_words() {
        for id in ["manufacturer", "haining"] {
            let answers = sample(id);
            let back = Request::Import {
                as_of: as_of(),
                text: answers_file(&answers, &[]),
            }
            .run()
            .unwrap();
            assert_eq!(answers_of(&back), answers, "{id}");
        }
        for bad in [
            "not json at all",
            r#"{"industry": 3}"#,
            r#"{"revenue_yuan": {"2024": "-5"}}"#,
            r#"{"format": "fusion-check/answers", "schema_version": 9, "answers": {}}"#,
        ] {
            let engine = import(bad).unwrap_err();
            let refused = Request::Import {
                as_of: as_of(),
                text: bad.into(),
            }
            .run();
            assert_eq!(
                refused,
                Err(Failure::Refused(Refusal::of(&engine))),
                "{bad}"
            );
        }
        // A link that does not read says so in the engine's words too.
        let refused = Request::OpenLink {
            as_of: as_of(),
            fragment: "a1.!!!".into(),
        }
        .run();
        assert_eq!(
            refused,
            Err(Failure::Refused(Refusal::of(&ImportError::CorruptLink)))
        );
        assert_eq!(read_link_json("{"), Err(ImportError::CorruptLink));
    }

    #[test]
    fn an_older_autosave_comes_back_as_a_record_on_its_step() {
        let text = answers_file(&sample("trader"), &[]);
        assert!(matches!(
            read_kept(&text),
            Ok(crate::state::stored::Kept::Older)
        ));
        let migrate = |text: &str, step: &str| {
            Request::Migrate {
                as_of: as_of(),
                text: text.into(),
                step: step.into(),
            }
            .run()
        };
        let saved = read_record(&migrate(&text, "3").unwrap()).unwrap();
        assert_eq!(saved.step, crate::state::STEPS[3]);
        assert_eq!(saved.draft.answers(as_of()), sample("trader"));
        let newer = r#"{"format":"fusion-check/answers","schema_version":99,"answers":{}}"#;
        assert_eq!(
            migrate(newer, ""),
            Err(Failure::Unreadable(Unreadable::Newer))
        );
        assert_eq!(
            migrate(r#"{"x": 1}"#, ""),
            Err(Failure::Unreadable(Unreadable::Corrupt))
        );
    }

    #[test]
    fn unreadable_answers_are_a_bug_not_a_panic() {
        let request = Request::EncodeLink {
            as_of: as_of(),
            record: "{".into(),
        };
        assert!(matches!(request.run(), Err(Failure::Broken(_))));
    }
}

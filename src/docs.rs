//! The on-demand module: the summary writers (HTML, Markdown, JSON) and
//! the share-link compression (zlib, base64) run in a second wasm binary,
//! `fusion-docs` (`src/bin/fusion-docs.rs`), started as a Web Worker the
//! first time one of them is asked for. A first-time visitor never fetches
//! it: the first screen and the interview load without it.
//!
//! Both binaries call the same engine functions; the bundle is split, the
//! rules are not. Answers cross as the answers file (the same JSON the
//! export writes), so nothing is assessed twice in different ways: the
//! module reads them with the engine's own reader and assesses them with
//! the engine's own rules, as of the date the app gives it.
//!
//! - [`Request`]: what the app asks for, and [`Request::run`], the module's
//!   side (pure: native tests call it directly).
//! - [`call`]: the app's side: starts the worker once per page, queues
//!   requests until it is ready, and answers each with the text or a
//!   [`Failure`]. Once loaded, the worker stays: offline use keeps working.
//!   [`prefetch`] starts it early, when the user begins to answer.

use fusion_engine::policy::JIAXING_2024_14 as PACK;
use fusion_engine::report::{self, Format};
use fusion_engine::transfer::{encode_link, import_unchecked, unpack_link, ImportError, Imported};
use fusion_engine::{rules, Date, Lang};
use js_sys::Array;
use wasm_bindgen::JsValue;

/// The module's loader script, beside the app's own script. Written by
/// `scripts/post_build.py`, which also gives the module's files hashed names.
pub const LOADER: &str = "fusion-docs-loader.js";

/// What the app asks the module for. Answers travel as an answers file.
#[derive(Debug, Clone, PartialEq)]
pub enum Request {
    /// The summary in `format` and `lang`, assessed as of `as_of`, with the
    /// answers file's scenarios side by side when it has any.
    Report {
        format: Format,
        lang: Lang,
        as_of: Date,
        answers: String,
    },
    /// The share-link payload (`a2.…`) for the answers and scenarios.
    EncodeLink { answers: String },
    /// The compact answers JSON a share link's fragment carries.
    UnpackLink { fragment: String },
    /// The answers file's scenarios side by side, as an HTML fragment in
    /// `lang` (the summary's table), each assessed as of `as_of`.
    Compare {
        lang: Lang,
        as_of: Date,
        answers: String,
    },
}

/// Why a request got no text.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// The module could not be fetched or started (offline before its
    /// first use, a blocked request, a host page on another origin).
    Unavailable,
    /// The module ran and refused the input (a share link that does not read).
    Refused(ImportError),
    /// The module ran and found the app's own answers unreadable: a bug.
    Broken(String),
}

impl Request {
    /// The message posted to the worker: `[id, kind, args...]`, all strings
    /// but the id.
    pub fn to_message(&self, id: u32) -> Array {
        let parts: Vec<String> = match self {
            Request::Report {
                format,
                lang,
                as_of,
                answers,
            } => vec![
                "report".into(),
                format.extension().into(),
                lang.tag().into(),
                as_of.to_string(),
                answers.clone(),
            ],
            Request::EncodeLink { answers } => vec!["link".into(), answers.clone()],
            Request::UnpackLink { fragment } => vec!["unlink".into(), fragment.clone()],
            Request::Compare {
                lang,
                as_of,
                answers,
            } => vec![
                "compare".into(),
                lang.tag().into(),
                as_of.to_string(),
                answers.clone(),
            ],
        };
        let message = Array::new();
        message.push(&JsValue::from(id));
        for p in parts {
            message.push(&JsValue::from(p));
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
        let request = match parts.as_slice() {
            [kind, format, lang, as_of, answers] if kind == "report" => Request::Report {
                format: Format::ALL.into_iter().find(|f| f.extension() == format)?,
                lang: Lang::from_tag(lang)?,
                as_of: Date::parse(as_of).ok()?,
                answers: answers.clone(),
            },
            [kind, answers] if kind == "link" => Request::EncodeLink {
                answers: answers.clone(),
            },
            [kind, fragment] if kind == "unlink" => Request::UnpackLink {
                fragment: fragment.clone(),
            },
            [kind, lang, as_of, answers] if kind == "compare" => Request::Compare {
                lang: Lang::from_tag(lang)?,
                as_of: Date::parse(as_of).ok()?,
                answers: answers.clone(),
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
                answers,
            } => {
                let own = read_own(answers)?;
                let assessment = rules::evaluate(&PACK, &own.answers, *as_of);
                Ok(report::render_compared(
                    *format,
                    &PACK,
                    &own.answers,
                    &assessment,
                    &own.scenarios,
                    *lang,
                ))
            }
            Request::EncodeLink { answers } => {
                let own = read_own(answers)?;
                Ok(encode_link(&own.answers, &own.scenarios))
            }
            Request::UnpackLink { fragment } => unpack_link(fragment).map_err(Failure::Refused),
            Request::Compare {
                lang,
                as_of,
                answers,
            } => {
                let own = read_own(answers)?;
                Ok(report::comparison_html(
                    &PACK,
                    &own.scenarios,
                    *as_of,
                    *lang,
                ))
            }
        }
    }
}

/// The app's own answers file, read back as written (the engine's checks
/// are the app's business: it refuses to share flagged answers itself).
fn read_own(answers: &str) -> Result<Imported, Failure> {
    import_unchecked(answers).map_err(|e| Failure::Broken(format!("{e:?}")))
}

/// The reply the worker posts: `[id, ok, text]`; when not ok, `text` names
/// the failure (`refused:` + a link error's code, or `broken:` + detail).
pub fn reply(id: u32, result: Result<String, Failure>) -> Array {
    let (ok, text) = match result {
        Ok(text) => (true, text),
        Err(Failure::Refused(e)) => (false, format!("refused:{}", link_error_code(&e))),
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
    let failure = match text.strip_prefix("refused:") {
        Some(code) => Failure::Refused(link_error_from_code(code)),
        None => Failure::Broken(text.strip_prefix("broken:").unwrap_or(&text).to_string()),
    };
    Some((id, Err(failure)))
}

/// The few errors [`unpack_link`] gives, as a code that crosses to the app.
fn link_error_code(e: &ImportError) -> String {
    match e {
        ImportError::Empty => "empty".into(),
        ImportError::NotALink => "not-a-link".into(),
        ImportError::TooLarge { bytes, limit } => format!("too-large:{bytes}:{limit}"),
        _ => "corrupt".into(),
    }
}

fn link_error_from_code(code: &str) -> ImportError {
    let mut parts = code.split(':');
    match (parts.next(), parts.next(), parts.next()) {
        (Some("empty"), ..) => ImportError::Empty,
        (Some("not-a-link"), ..) => ImportError::NotALink,
        (Some("too-large"), Some(bytes), Some(limit)) => ImportError::TooLarge {
            bytes: bytes.parse().unwrap_or(0),
            limit: limit.parse().unwrap_or(0),
        },
        _ => ImportError::CorruptLink,
    }
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
    use fusion_engine::transfer::{answers_file, decode_link, import};

    fn sample() -> fusion_engine::Answers {
        let json = include_str!("../examples/answers/logistics.json");
        import(json).unwrap().answers
    }

    #[test]
    fn the_module_writes_what_the_engine_writes() {
        let answers = sample();
        let as_of = Date::new(2026, 11, 28).unwrap();
        let assessment = rules::evaluate(&PACK, &answers, as_of);
        for format in Format::ALL {
            for lang in [Lang::Zh, Lang::En] {
                let request = Request::Report {
                    format,
                    lang,
                    as_of,
                    answers: answers_file(&answers, &[]),
                };
                assert_eq!(
                    request.run().unwrap(),
                    report::render(format, &PACK, &answers, &assessment, lang),
                    "{format:?} {lang:?}"
                );
            }
        }
    }

    #[test]
    fn the_comparison_is_the_engines_for_the_files_scenarios() {
        use fusion_engine::scenario::Scenario;
        let answers = sample();
        let mut grown = answers.clone();
        for v in grown.revenue_yuan.values_mut() {
            *v *= rust_decimal::Decimal::from(10);
        }
        let scenarios = vec![
            Scenario {
                name: "现状".into(),
                answers: answers.clone(),
            },
            Scenario {
                name: "<增长>".into(),
                answers: grown,
            },
        ];
        let as_of = Date::new(2026, 11, 28).unwrap();
        let html = Request::Compare {
            lang: Lang::Zh,
            as_of,
            answers: answers_file(&answers, &scenarios),
        }
        .run()
        .unwrap();
        assert_eq!(
            html,
            report::comparison_html(&PACK, &scenarios, as_of, Lang::Zh)
        );
        assert!(
            html.contains("class=\"changed\"") && html.contains("【有变化】"),
            "{html}"
        );
        // A name is text, never markup.
        assert!(html.contains("&lt;增长&gt;") && !html.contains("<增长>"));
        // Without scenarios, nothing.
        let none = Request::Compare {
            lang: Lang::Zh,
            as_of,
            answers: answers_file(&answers, &[]),
        };
        assert_eq!(none.run().unwrap(), "");
    }

    #[test]
    fn a_link_made_by_the_module_reads_back() {
        let answers = sample();
        let link = Request::EncodeLink {
            answers: answers_file(&answers, &[]),
        }
        .run()
        .unwrap();
        assert_eq!(decode_link(&link).unwrap().answers, answers);
        let json = Request::UnpackLink { fragment: link }.run().unwrap();
        assert_eq!(
            fusion_engine::transfer::read_link_json(&json)
                .unwrap()
                .answers,
            answers
        );
    }

    #[test]
    fn link_errors_cross_as_codes() {
        for e in [
            ImportError::Empty,
            ImportError::NotALink,
            ImportError::CorruptLink,
            ImportError::TooLarge {
                bytes: 40_000,
                limit: 32_768,
            },
        ] {
            assert_eq!(link_error_from_code(&link_error_code(&e)), e);
        }
        assert_eq!(
            Request::UnpackLink {
                fragment: "a1.!!!".into()
            }
            .run(),
            Err(Failure::Refused(ImportError::CorruptLink))
        );
    }

    #[test]
    fn unreadable_answers_are_a_bug_not_a_panic() {
        let request = Request::EncodeLink {
            answers: "{".into(),
        };
        assert!(matches!(request.run(), Err(Failure::Broken(_))));
    }
}

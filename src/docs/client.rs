//! The app's side: one worker per page, shared by every mount.

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

//! The page's side of the batch Web Worker: starts it, posts requests
//! (`fusion_batch::protocol`), and hands each answer to the request's
//! handler. A file's bytes cross as a transferred buffer, never copied into
//! this page's wasm memory: a 100,000-row file costs the page nothing.
//!
//! Cancelling a run ends the worker (a run is one long task in it, so it
//! cannot read a "cancel" message until it is done) and starts a new one;
//! the page opens its file in it again.

use fusion_batch::protocol::{Request, Response};
use js_sys::{Array, Uint8Array};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The worker's loader when the page names none: scripts/post_build.py
/// writes it with a content hash and names it in batch.html's `data-worker`.
pub const WORKER_LOADER: &str = "fusion-batch-worker-loader.js";

/// What a request's handler gets: the answer, and a file's bytes.
pub type Handler = Box<dyn FnMut(Response, Option<Uint8Array>)>;

/// Called when the worker cannot start (shared by the client's clones).
type Unavailable = Rc<RefCell<Option<Box<dyn Fn()>>>>;

#[derive(Default)]
struct Inner {
    worker: Option<web_sys::Worker>,
    ready: bool,
    /// Posted before the worker said it is ready: (message, transfer list).
    queue: Vec<(Array, Array)>,
    pending: HashMap<u32, Handler>,
    next_id: u32,
    /// Keeps the message handler alive as long as its worker.
    _listener: Option<Closure<dyn FnMut(web_sys::MessageEvent)>>,
}

/// One worker for the page; cheap to clone.
#[derive(Clone)]
pub struct Client {
    /// The loader script's address, relative to the page.
    loader: Rc<str>,
    inner: Rc<RefCell<Inner>>,
    on_unavailable: Unavailable,
}

impl PartialEq for Client {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.inner, &other.inner)
    }
}

impl Client {
    /// A client that starts the worker from `loader` at its first request.
    pub fn new(loader: &str) -> Client {
        Client {
            loader: loader.into(),
            inner: Rc::default(),
            on_unavailable: Rc::default(),
        }
    }

    /// Calls `f` when the worker cannot be started or fails to load.
    pub fn on_unavailable(&self, f: impl Fn() + 'static) {
        *self.on_unavailable.borrow_mut() = Some(Box::new(f));
    }

    /// Sends `request` (with a file's bytes for `Open`); `handler` gets every
    /// answer to it: progress, then one final answer.
    pub fn send(&self, request: &Request, bytes: Option<Uint8Array>, handler: Handler) {
        let json = serde_json::to_string(request).unwrap_or_default();
        let started = {
            let mut inner = self.inner.borrow_mut();
            let id = inner.next_id;
            inner.next_id = inner.next_id.wrapping_add(1);
            inner.pending.insert(id, handler);
            let message = Array::of2(&JsValue::from(id), &JsValue::from(json));
            let transfer = Array::new();
            if let Some(b) = bytes {
                transfer.push(&b.buffer());
                message.push(&b);
            }
            if inner.worker.is_none() {
                drop(inner);
                self.start();
                inner = self.inner.borrow_mut();
            }
            match (&inner.worker, inner.ready) {
                (None, _) => false,
                (Some(w), true) => w.post_message_with_transfer(&message, &transfer).is_ok(),
                (Some(_), false) => {
                    inner.queue.push((message, transfer));
                    true
                }
            }
        };
        if !started {
            self.unavailable();
        }
    }

    /// Starts the worker ahead of the first request (it loads while the
    /// user picks a file, and a page gone offline afterwards still works).
    pub fn prefetch(&self) {
        if self.inner.borrow().worker.is_none() {
            self.start();
        }
    }

    /// Ends the worker and whatever it was doing; the next request starts a
    /// new one. Pending requests get no answer.
    pub fn restart(&self) {
        let mut inner = self.inner.borrow_mut();
        if let Some(w) = inner.worker.take() {
            w.terminate();
        }
        inner.ready = false;
        inner.queue.clear();
        inner.pending.clear();
        inner._listener = None;
    }

    fn start(&self) {
        let Ok(worker) = web_sys::Worker::new(&self.loader) else {
            return;
        };
        let weak = Rc::downgrade(&self.inner);
        let unavailable = self.on_unavailable.clone();
        let listener =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                let Some(inner) = weak.upgrade() else { return };
                let data = e.data();
                match data.as_string().as_deref() {
                    Some("ready") => flush(&inner),
                    Some(_) => {
                        // The loader says the module failed to load.
                        if let Some(f) = unavailable.borrow().as_ref() {
                            f();
                        }
                    }
                    None => deliver(&inner, &data),
                }
            });
        worker.set_onmessage(Some(listener.as_ref().unchecked_ref()));
        let unavailable = self.on_unavailable.clone();
        let on_error = Closure::<dyn FnMut(JsValue)>::new(move |_| {
            if let Some(f) = unavailable.borrow().as_ref() {
                f();
            }
        });
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        // The error handler lives as long as the page.
        on_error.forget();
        let mut inner = self.inner.borrow_mut();
        inner.worker = Some(worker);
        inner.ready = false;
        inner._listener = Some(listener);
    }

    fn unavailable(&self) {
        self.inner.borrow_mut().pending.clear();
        if let Some(f) = self.on_unavailable.borrow().as_ref() {
            f();
        }
    }
}

/// Posts what was queued before the worker was ready.
fn flush(inner: &Rc<RefCell<Inner>>) {
    let mut inner = inner.borrow_mut();
    inner.ready = true;
    let queue = std::mem::take(&mut inner.queue);
    if let Some(w) = &inner.worker {
        for (message, transfer) in queue {
            let _ = w.post_message_with_transfer(&message, &transfer);
        }
    }
}

/// Hands an answer `[id, json, bytes?]` to its request's handler; progress
/// keeps the handler for the next answer, anything else ends the request.
fn deliver(inner: &Rc<RefCell<Inner>>, data: &JsValue) {
    let message = Array::from(data);
    let Some(id) = message.get(0).as_f64().map(|id| id as u32) else {
        return;
    };
    let Some(json) = message.get(1).as_string() else {
        return;
    };
    let bytes = message.get(2).dyn_into::<Uint8Array>().ok();
    let response = match Response::from_json(&json) {
        Ok(r) => r,
        Err(detail) => Response::Failed(fusion_batch::protocol::Failure::BadRequest { detail }),
    };
    // Taken out while it runs: a handler may send the next request.
    let Some(mut handler) = inner.borrow_mut().pending.remove(&id) else {
        return;
    };
    let last = !matches!(response, Response::Progress { .. });
    handler(response, bytes);
    if !last {
        inner.borrow_mut().pending.insert(id, handler);
    }
}

//! The batch page's Web Worker: a [`fusion_batch::session::Session`] that
//! answers the page's messages (see `fusion_batch::protocol` and
//! docs/BATCH.md "In the browser"). Built by Trunk as a
//! `data-type="worker"` binary; posts `"ready"` once it listens.

#[cfg(target_arch = "wasm32")]
fn main() {
    use fusion_batch::js::transfer_list;
    use fusion_batch::protocol::Message;
    use fusion_batch::session::Session;
    use std::cell::RefCell;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};

    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let answer_to = scope.clone();
    let session = RefCell::new(Session::default());
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let Some(message) = Message::from_js(&e.data()) else {
                return;
            };
            session.borrow_mut().handle_message(message, |out| {
                let posted = out.to_js();
                // A file's bytes move to the page rather than being copied.
                let _ = answer_to.post_message_with_transfer(&posted, &transfer_list(&posted));
            });
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    // Messages posted before the handler was set are lost, so the page
    // waits for this one.
    let _ = scope.post_message(&JsValue::from_str("ready"));
}

/// The worker exists only as wasm; natively there is nothing to run.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}

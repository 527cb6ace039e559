//! The on-demand module, run as a Web Worker: answers the app's requests
//! for summaries and share links (see `fusion_check::docs`). Started by
//! `fusion-docs-loader.js`, which `scripts/post_build.py` writes.

#[cfg(target_arch = "wasm32")]
fn main() {
    use fusion_check::docs::{reply, Request};
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};

    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let answer_to = scope.clone();
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            // The app only ever posts what `Request::to_message` writes.
            if let Some((id, request)) = Request::from_message(&e.data()) {
                let _ = answer_to.post_message(&reply(id, request.run()));
            }
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    // Messages that arrived before the handler was set are lost, so the
    // app queues its requests until this one.
    let _ = scope.post_message(&JsValue::from_str("ready"));
}

/// The module exists only as wasm; natively there is nothing to run.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}

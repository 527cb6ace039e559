//! Share links: the answers travel in the address's fragment (after `#`,
//! which browsers never send to a server). Taking one out of the address
//! bar when the tool is mounted, building one, copying it. The payload's
//! compression runs in the on-demand module ([`crate::docs`]).

use fusion_engine::transfer::LINK_PREFIX;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The share link in the page's address, taken once: its fragment, for the
/// on-demand module to unpack; `None` when the fragment is not a share link
/// (a host page's own `#section` is left alone). A link's fragment is removed
/// from the address bar, so a reload does not open it again (and never
/// overwrites anything) and the figures do not linger on screen. The first
/// tool on a page takes it; the others find none.
pub fn take_from_address() -> Option<String> {
    let window = web_sys::window()?;
    let location = window.location();
    let hash = location.hash().ok()?;
    let fragment = hash.strip_prefix('#').unwrap_or(&hash);
    if !fragment.starts_with(LINK_PREFIX) {
        return None;
    }
    let fragment = fragment.to_string();
    if let (Ok(history), Some(bare)) = (window.history(), address_without_fragment()) {
        // The host page's own history state (a router's) is kept as it was.
        let state = history.state().unwrap_or(JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(&bare));
    }
    Some(fragment)
}

/// The page's address without its fragment: what a share link is built on.
pub fn address_without_fragment() -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    let bare = href.split_once('#').map_or(href.as_str(), |(bare, _)| bare);
    Some(bare.to_string())
}

/// The share link on the page at `base` for a payload the module encoded.
pub fn url(base: &str, payload: &str) -> String {
    format!("{base}#{payload}")
}

/// What to do once the clipboard has answered.
type Done = Box<dyn FnOnce(bool)>;

/// Puts `text` on the clipboard, then calls `done(true)`; `done(false)`
/// when the browser has no clipboard here (plain http, an old browser) or
/// refuses it, so the caller can select the text for Ctrl+C instead.
pub fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
    let clipboard = web_sys::window()
        .map(|w| w.navigator())
        .and_then(|n| js_sys::Reflect::get(&n, &JsValue::from_str("clipboard")).ok())
        .and_then(|c| c.dyn_into::<web_sys::Clipboard>().ok());
    let Some(clipboard) = clipboard else {
        done(false);
        return;
    };
    // The promise settles once, calling one of two one-shot closures; the
    // shared slot hands `done` to whichever runs. Both must outlive this
    // call, so they are leaked: a few bytes per copy, on a user's click.
    let slot: Rc<Cell<Option<Done>>> = Rc::new(Cell::new(Some(Box::new(done))));
    let settle = |ok: bool| {
        let slot = slot.clone();
        Closure::once(move |_: JsValue| {
            if let Some(done) = slot.take() {
                done(ok);
            }
        })
    };
    let (resolved, rejected) = (settle(true), settle(false));
    let _ = clipboard.write_text(text).then2(&resolved, &rejected);
    resolved.forget();
    rejected.forget();
}

//! Share links: the answers travel in the address's fragment (after `#`,
//! which browsers never send to a server). Taking one out of the address
//! bar when the tool is mounted, building one, copying it. The payload's
//! compression runs in the on-demand module ([`crate::docs`]).

use fusion_engine::transfer::is_link;
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
    if !is_link(fragment) {
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

/// The tool's options a share link keeps: the language and the preset
/// location, which the recipient should see too. Nothing else of the
/// page's query goes into a link: on a host page it may hold a sign-on
/// ticket or a session id.
const SHARED_PARAMETERS: [&str; 2] = ["lang", "county"];

/// What a share link is built on: the page's origin and path, and of its
/// query only [`SHARED_PARAMETERS`].
pub fn share_base() -> Option<String> {
    let location = web_sys::window()?.location();
    Some(share_base_of(
        &location.origin().ok()?,
        &location.pathname().ok()?,
        &location.search().unwrap_or_default(),
    ))
}

/// [`share_base`] from the parts of an address (`search` with its `?`).
fn share_base_of(origin: &str, path: &str, search: &str) -> String {
    let kept: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| {
            let name = pair.split_once('=').map_or(*pair, |(name, _)| name);
            SHARED_PARAMETERS.contains(&name)
        })
        .collect();
    if kept.is_empty() {
        format!("{origin}{path}")
    } else {
        format!("{origin}{path}?{}", kept.join("&"))
    }
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

#[cfg(test)]
mod tests {
    use super::share_base_of;

    #[test]
    fn a_share_link_keeps_only_the_tools_own_parameters() {
        let origin = "https://www.example.gov.cn";
        assert_eq!(
            share_base_of(origin, "/zhengce/liangye/", ""),
            "https://www.example.gov.cn/zhengce/liangye/"
        );
        assert_eq!(
            share_base_of(
                origin,
                "/zc/index.html",
                "?ticket=ST-12345-sso&lang=en&sid=abc&county=%E6%B5%B7%E5%AE%81&embed=iframe"
            ),
            "https://www.example.gov.cn/zc/index.html?lang=en&county=%E6%B5%B7%E5%AE%81"
        );
        assert_eq!(
            share_base_of(origin, "/", "?ticket=ST-1&language=en"),
            "https://www.example.gov.cn/"
        );
    }
}

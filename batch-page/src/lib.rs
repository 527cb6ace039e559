//! The bureau batch screening page (批量筛查, issue 11): a Yew app of its
//! own, `batch.html`, never loaded by the interview. It reads nothing and
//! computes nothing itself: the picked file's bytes go to the batch Web
//! Worker (`fusion_batch::session`), which opens, screens, sums, pages and
//! writes; this page shows what it answers.
//!
//! - [`page`]: the root component, the one state, every callback.
//! - [`state`]: the state and its reducer (native tests).
//! - [`view`]: the rendering.
//! - [`sandbox`]: the policy sandbox form read into edits (native tests).
//! - [`worker`]: the worker's client.
//! - [`browser`]: files, downloads, the remembered mapping, opening the interview.

pub mod browser;
pub mod page;
pub mod sandbox;
pub mod state;
pub mod view;
pub mod worker;

use fusion_engine::Lang;
use wasm_bindgen::JsCast;

/// Mounts the page into every `[data-fusion-batch]` element; the language
/// is the address's `?lang=`, else the element's `data-lang`, else Chinese.
pub fn mount_all() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(nodes) = document.query_selector_all("[data-fusion-batch]") else {
        return;
    };
    for i in 0..nodes.length() {
        let Some(el) = nodes
            .get(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let lang = browser::param("lang")
            .or_else(|| el.get_attribute("data-lang"))
            .and_then(|l| Lang::from_tag(&l))
            .unwrap_or_default();
        if lang == Lang::En {
            if let Some(root) = document.document_element() {
                let _ = root.set_attribute("lang", lang.tag());
            }
        }
        // An unbuilt page (its placeholder left) falls back to the plain name.
        let worker = el
            .get_attribute("data-worker")
            .filter(|w| w.ends_with(".js"))
            .unwrap_or_else(|| worker::WORKER_LOADER.to_string());
        yew::Renderer::<page::BatchPage>::with_root_and_props(el, page::PageProps { lang, worker })
            .render();
    }
}

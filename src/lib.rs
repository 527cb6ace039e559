//! 两业融合政策自测: the browser app.
//!
//! The policy logic lives in the `fusion-engine` crate; this crate only holds
//! state and renders it. Layout:
//! - [`state`]: the one state type and its reducer (every change is an `Action`).
//! - [`app`]: the root component, which builds the callbacks in one place.
//! - [`components`]: small function components that render props.
//! - [`samples`]: the fictional example enterprises, compiled in.
//! - [`embed`]: host options, the shadow root, and iframe messages.
//! - [`docs`]: the on-demand module (summaries, share links) and its client.

pub mod app;
pub mod components;
pub mod docs;
pub mod embed;
pub mod plan_html;
pub mod result_html;
pub mod samples;
pub mod state;

use wasm_bindgen::JsCast;

/// The attribute that marks a mount point on the page.
pub const MOUNT_ATTRIBUTE: &str = "data-fusion-check";

/// Mounts an [`app::App`] into every element carrying [`MOUNT_ATTRIBUTE`],
/// each inside its own shadow root with the options its data attributes set.
/// Each mount has its own state: two widgets on one page never share answers.
/// The standalone page (`index.html`) is one such element; there the query
/// string may set options too (the iframe embed uses it).
pub fn mount_all() {
    let window = gloo::utils::window();
    let Some(document) = window.document() else {
        return;
    };
    let Ok(nodes) = document.query_selector_all(&format!("[{MOUNT_ATTRIBUTE}]")) else {
        return;
    };
    let query = window.location().search().unwrap_or_default();
    let count = nodes.length();
    for i in 0..count {
        let Some(element) = nodes
            .get(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        // A page that loads the loader twice must not mount twice.
        if element.shadow_root().is_some() {
            continue;
        }
        let options = if element.has_attribute(STANDALONE_ATTRIBUTE) {
            let options = embed::EmbedOptions::from_query(&query);
            // Framed by some page: its real origin decides messages and
            // autosave, not what the address claims.
            if embed::is_framed() {
                options.in_frame(embed::parent_origin().as_deref())
            } else {
                options
            }
        } else {
            embed::EmbedOptions::from_element(&element, i, count)
        };
        let root = embed::shadow_mount(&element);
        let props = app::AppProps {
            options: std::rc::Rc::new(options),
        };
        yew::Renderer::<app::App>::with_root_and_props(root, props).render();
    }
}

/// Marks the standalone page's own mount, whose options come from the URL.
pub const STANDALONE_ATTRIBUTE: &str = "data-fusion-check-standalone";

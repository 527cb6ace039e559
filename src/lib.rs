//! 两业融合政策自测: the browser app.
//!
//! The policy logic lives in the `fusion-engine` crate; this crate only holds
//! state and renders it. Layout:
//! - [`state`]: the one state type and its reducer (every change is an `Action`).
//! - [`app`]: the root component, which builds the callbacks in one place.
//! - [`components`]: small function components that render props.
//! - [`samples`]: the fictional example enterprises, compiled in.

pub mod app;
pub mod components;
pub mod samples;
pub mod state;

use wasm_bindgen::JsCast;

/// The attribute that marks a mount point on the page.
pub const MOUNT_ATTRIBUTE: &str = "data-fusion-check";

/// Mounts an [`app::App`] into every element carrying [`MOUNT_ATTRIBUTE`].
/// Each mount has its own state: two widgets on one page never share answers.
pub fn mount_all() {
    let Some(document) = gloo::utils::window().document() else {
        return;
    };
    let Ok(nodes) = document.query_selector_all(&format!("[{MOUNT_ATTRIBUTE}]")) else {
        return;
    };
    for i in 0..nodes.length() {
        if let Some(element) = nodes
            .get(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            yew::Renderer::<app::App>::with_root(element).render();
        }
    }
}

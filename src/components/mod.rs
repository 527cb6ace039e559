//! Small function components. They render props and emit callbacks; they
//! compute no policy (that is the engine's job).

pub mod basics;
pub mod clients;
pub mod cross_border;
pub mod dialog;
pub mod downloads;
pub mod field;
pub mod form;
pub mod header;
pub mod interview;
pub mod land;
pub mod link_view;
pub mod module_status;
pub mod progress;
pub mod recognitions;
pub mod result;
pub mod revenue;
pub mod samples;
pub mod save_notice;
pub mod saveshare;
pub mod scenarios;
pub mod separation;
pub mod targets;
pub mod tax;
pub mod welcome;
pub mod whatif;

use wasm_bindgen::JsCast;

/// The first element matching `selector` under the nearest `ancestor` of
/// an event's target: how a button finds the input it works on (the sample
/// select, a hidden file input, the rename field). Found from the event,
/// it is the right one when a page shows two menus or two widgets, and the
/// components need no refs, so they stay plain functions.
pub fn near<T: JsCast>(e: &web_sys::Event, ancestor: &str, selector: &str) -> Option<T> {
    e.target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(ancestor)
        .ok()??
        .query_selector(selector)
        .ok()??
        .dyn_into::<T>()
        .ok()
}

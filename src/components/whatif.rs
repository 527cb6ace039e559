//! The what-if chart, behind a disclosure in the result panel: for a
//! chosen data year, the cash award against that year's revenue (or its
//! growth, for F5). The on-demand module evaluates the curve and writes
//! the controls, the SVG and its table ([`crate::plan_html::whatif_reply`]);
//! this asks for them while the disclosure is open, listens once around the
//! controls (year, axis, slider, typed value), and keeps slider and value
//! field on the point shown. Which year and value are on show is this
//! view's own state: no other part reads it and nothing saves it.

use crate::app::plan::use_module;
use crate::components::targets::{module_line, raw};
use crate::docs::Request;
use crate::plan_html::FIELD;
use fusion_engine::i18n::plan::PlanUi;
use fusion_engine::{Date, Lang};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};
use yew::prelude::*;

/// What the chart is asked for, as its controls give it (see
/// [`Request::WhatIf`]).
#[derive(Debug, Clone, Default, PartialEq)]
struct View {
    open: bool,
    year: String,
    axis: String,
    at: String,
}

/// The chart's disclosure, for the result panel of the answers in `record`
/// (the autosave record the module is sent) assessed as of `as_of` (a hook, not a component of its own: a component type costs the
/// first load more than its markup).
#[hook]
pub fn use_what_if(lang: Lang, uid: &str, record: &str, as_of: Date) -> Html {
    let view = use_state_eq(View::default);
    let request = view.open.then(|| Request::WhatIf {
        lang,
        as_of,
        record: record.to_string(),
        uid: uid.to_string(),
        year: view.year.clone(),
        axis: view.axis.clone(),
        at: view.at.clone(),
    });
    let (reply, retry) = use_module(request);
    let fields: Vec<&str> = reply.text.split(FIELD).collect();
    let body = use_node_ref();
    // The slider and the value field follow the point shown (the one being
    // typed in keeps its text).
    {
        let body = body.clone();
        let point: Vec<String> = fields.iter().skip(2).map(|s| s.to_string()).collect();
        use_effect_with(point, move |point| {
            let (Some(root), [x, typed, now, invalid]) = (body.cast::<Element>(), point.as_slice())
            else {
                return;
            };
            let focused = gloo::utils::document().active_element();
            for (role, value, attr, state) in [
                ("slider", x, "aria-valuetext", now),
                ("typed", typed, "aria-invalid", invalid),
            ] {
                let Ok(Some(el)) = root.query_selector(&format!("[data-wi={role}]")) else {
                    continue;
                };
                let _ = match state.is_empty() {
                    true => el.remove_attribute(attr),
                    false => el.set_attribute(attr, state),
                };
                // The field being typed in keeps its text.
                if role == "slider" || focused.as_ref() != Some(&el) {
                    el.unchecked_into::<HtmlInputElement>().set_value(value);
                }
            }
        });
    }
    let on_control = {
        let view = view.clone();
        // Selects, radios and inputs all fire `input` (and selects and
        // inputs alike have a value).
        Callback::from(move |e: InputEvent| {
            let el: HtmlInputElement = e.target_unchecked_into();
            let mut v = (*view).clone();
            let value = el.value();
            match el.get_attribute("data-wi").as_deref() {
                Some("year") => (v.year, v.at) = (value, String::new()),
                Some("axis") => (v.axis, v.at) = (value, String::new()),
                Some("slider") => v.at = format!("s:{value}"),
                Some("typed") => v.at = format!("t:{value}"),
                _ => return,
            }
            view.set(v);
        })
    };
    let ontoggle = {
        let view = view.clone();
        Callback::from(move |e: Event| {
            let open = e
                .target_unchecked_into::<web_sys::HtmlDetailsElement>()
                .open();
            view.set(View {
                open,
                ..(*view).clone()
            });
        })
    };
    let [controls, chart] = fields
        .get(..2)
        .and_then(|f| <[&str; 2]>::try_from(f).ok())
        .unwrap_or(["", ""]);
    html! {
        <details class="fc-whatif" data-state={reply.status.code()} {ontoggle}>
            <summary>{ PlanUi::WhatIf.text(lang) }</summary>
            if view.open {
                <div ref={body} oninput={on_control}>
                    { raw(controls) }
                    { module_line(lang, reply.status, !controls.is_empty(), &retry) }
                    { raw(chart) }
                </div>
            }
        </details>
    }
}

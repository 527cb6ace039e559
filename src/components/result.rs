//! The live result panel. The on-demand module assesses the answers and
//! writes the panel's blocks ([`crate::result_html`]: banners, cash totals
//! and awards with 差多少达标 under each line, tax estimates, supports,
//! demonstration tracks, benchmarks, notes); this places them around what
//! stays interactive here (the what-if chart, downloads), says while the
//! module works or after it failed to load (with a retry), and keeps open
//! the lines the user opened as the blocks are written again.

use crate::app::plan::{Reply, Status};
use crate::components::targets::{self, raw};
use crate::components::whatif::use_what_if;
use crate::plan_html::record;
use fusion_engine::i18n::plan::PlanUi;
use fusion_engine::i18n::ui::Ui;
use fusion_engine::{Date, Lang};
use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlDetailsElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub lang: Lang,
    /// The mount's id prefix.
    pub uid: Rc<str>,
    /// The date the answers are assessed as of.
    pub as_of: Date,
    /// Whether there is anything to assess yet (the location is answered).
    pub ready: bool,
    /// The answers as the on-demand module is sent them (the autosave record).
    pub record: Rc<str>,
    /// The module's reply ([`crate::docs::Request::Result`]).
    pub reply: Reply,
    /// Asks the module again after it failed to load.
    pub on_retry: Callback<()>,
    /// The heading, focused after "see the result" and sample loads.
    pub heading: NodeRef,
    /// Shown at the end once there is a result (the download area).
    #[prop_or_default]
    pub children: Html,
}

/// The keys of the outcome lines (and of the list of outcomes that do not
/// apply) open now, kept as the user opens and closes them (`toggle` does
/// not bubble: heard while capturing), and reopened when the module's
/// blocks are written again.
#[hook]
fn use_open_lines(panel: NodeRef, text: Rc<str>) {
    let open = use_mut_ref(Vec::<String>::new);
    {
        let (panel, open) = (panel.clone(), open.clone());
        use_effect_with((), move |_| {
            let listener = panel.cast::<Element>().map(|el| {
                let options = EventListenerOptions {
                    phase: EventListenerPhase::Capture,
                    passive: true,
                };
                EventListener::new_with_options(&el, "toggle", options, move |e| {
                    remember(&open, e.target());
                })
            });
            move || drop(listener)
        });
    }
    // Blocks written again start closed: the lines that were open reopen.
    use_effect_with(text, move |_| {
        let Some(root) = panel.cast::<Element>() else {
            return;
        };
        let open = open.borrow();
        if open.is_empty() {
            return;
        }
        // Compared as attribute values, not put in a selector: a key holds
        // the subject the user typed.
        let Ok(keyed) = root.query_selector_all("[data-key]") else {
            return;
        };
        for i in 0..keyed.length() {
            let Some(el) = keyed.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            if open.contains(&el.get_attribute("data-key").unwrap_or_default()) {
                if let Some(d) = details_of(&el) {
                    d.set_open(true);
                }
            }
        }
    });
}

/// The disclosure a keyed element stands for: itself (the list of
/// outcomes that do not apply), or the first child of an outcome line.
fn details_of(el: &Element) -> Option<HtmlDetailsElement> {
    el.clone()
        .dyn_into::<HtmlDetailsElement>()
        .ok()
        .or_else(|| el.first_element_child()?.dyn_into().ok())
}

/// Records whether a toggled keyed disclosure is open (its own key, or its
/// outcome line's).
fn remember(open: &RefCell<Vec<String>>, target: Option<web_sys::EventTarget>) {
    let Some(details) = target.and_then(|t| t.dyn_into::<HtmlDetailsElement>().ok()) else {
        return;
    };
    let Some(key) = details.get_attribute("data-key").or_else(|| {
        details
            .parent_element()
            .filter(|li| li.tag_name() == "LI")
            .and_then(|li| li.get_attribute("data-key"))
    }) else {
        return;
    };
    let mut open = open.borrow_mut();
    open.retain(|k| *k != key);
    if details.open() {
        open.push(key);
    }
}

#[function_component(ResultPanel)]
pub fn result_panel(props: &ResultProps) -> Html {
    let lang = props.lang;
    let heading_id = format!("{}-result-h", props.uid);
    let panel = use_node_ref();
    use_open_lines(panel.clone(), props.reply.text.clone());
    let what_if = use_what_if(lang, &props.uid, &props.record, props.as_of);
    let reply = &props.reply;
    let block = |key: &str| raw(record(&reply.text, key).unwrap_or_default());
    let status = match reply.status {
        Status::Computing if reply.text.is_empty() => html! {
            <p class="fc-plan-status fc-muted">{ PlanUi::ResultComputing.text(lang) }</p>
        },
        Status::Failed => html! {
            <p class="fc-plan-status fc-plan-failed" role="alert">
                { PlanUi::ResultFailed.text(lang) }{ " " }
                <button type="button" class="fc-secondary" onclick={props.on_retry.reform(|_| ())}>
                    { PlanUi::Retry.text(lang) }
                </button>
            </p>
        },
        _ => Html::default(),
    };
    html! {
        <section class="fc-result" aria-labelledby={heading_id.clone()} data-plan={reply.status.code()}
            aria-busy={(reply.status == Status::Computing).then_some("true")} ref={panel}>
            <h2 id={heading_id} tabindex="-1" ref={props.heading.clone()}>{ Ui::ResultTitle.text(lang) }</h2>
            <p class="fc-asof">{ Ui::AssessedOn.text(lang) }{ ": " }{ props.as_of.to_string() }</p>
            { block("banners") }
            if !props.ready {
                <p class="fc-muted">{ Ui::ResultEmpty.text(lang) }</p>
            } else {
                { status }
                // Nothing but the status until the module's first reply:
                // no empty sections, no figures it has not written.
                if !reply.text.is_empty() {
                    { block("cash") }
                    { targets::section(lang, format!("{}-r-plan", props.uid), reply) }
                    { what_if }
                    { block("after") }
                }
                { props.children.clone() }
            }
        </section>
    }
}

//! An in-page confirmation dialog (never `window.confirm`, which a host
//! page or an iframe sandbox may block and which cannot be styled or
//! translated). A native `<dialog>` opened modally: the browser keeps focus
//! inside it, makes the page behind it inert and closes it on Escape, and
//! screen readers announce it as an alert dialog with its title and text.

use fusion_engine::i18n::ui::Ui;
use fusion_engine::Lang;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What the dialog asks, in words already chosen for the language.
#[derive(Properties, PartialEq)]
pub struct ConfirmProps {
    /// The language of the buttons.
    pub lang: Lang,
    /// The mount's id prefix (ids for the title and text).
    pub uid: AttrValue,
    /// The question.
    pub title: AttrValue,
    /// What going ahead does.
    pub body: AttrValue,
    /// The button that goes ahead ("清除", "替换").
    pub confirm: AttrValue,
    /// `true`: go ahead; `false`: cancel (button, Escape).
    pub on_answer: Callback<bool>,
}

/// A modal yes/no question; "cancel" is the default.
#[function_component(ConfirmDialog)]
pub fn confirm_dialog(props: &ConfirmProps) -> Html {
    let dialog = use_node_ref();
    let (cancel, confirm) = (use_node_ref(), use_node_ref());
    // Opened modally once it is in the page; where that fails (the root is
    // not attached yet, an old browser) it shows in place, still labelled.
    {
        let dialog = dialog.clone();
        use_effect_with((), move |_| {
            if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                if d.show_modal().is_err() {
                    d.set_open(true);
                }
            }
            move || {
                if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                    d.close();
                }
            }
        });
    }
    let title_id = format!("{}-dialog-title", props.uid);
    let body_id = format!("{}-dialog-body", props.uid);
    let answer = |go: bool| props.on_answer.reform(move |_: MouseEvent| go);
    // Escape: the browser's own close is cancelled so the state decides.
    let oncancel = props.on_answer.reform(|e: Event| {
        e.prevent_default();
        false
    });
    // Tab wraps between the two buttons: a modal dialog makes the page
    // inert, but the browser would still let focus leave for its own bar.
    let onkeydown = {
        let (cancel, confirm) = (cancel.clone(), confirm.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() != "Tab" {
                return;
            }
            let target = e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
            let is = |r: &NodeRef| r.get().is_some_and(|n| Some(&n) == target.as_ref());
            let next = match (e.shift_key(), is(&cancel), is(&confirm)) {
                (true, true, _) => &confirm,
                (false, _, true) => &cancel,
                _ => return,
            };
            if let Some(button) = next.cast::<web_sys::HtmlElement>() {
                e.prevent_default();
                let _ = button.focus();
            }
        })
    };
    html! {
        <dialog class="fc-dialog" ref={dialog} role="alertdialog" aria-modal="true"
            aria-labelledby={title_id.clone()} aria-describedby={body_id.clone()} {oncancel} {onkeydown}>
            <h2 id={title_id} class="fc-dialog-title">{ props.title.clone() }</h2>
            <p id={body_id}>{ props.body.clone() }</p>
            <div class="fc-dialog-actions">
                // The safe choice has focus first: Enter never destroys.
                <button type="button" class="fc-secondary fc-dialog-cancel" autofocus=true
                    ref={cancel} onclick={answer(false)}>{ Ui::Cancel.text(props.lang) }</button>
                <button type="button" class="fc-danger fc-dialog-confirm"
                    ref={confirm} onclick={answer(true)}>{ props.confirm.clone() }</button>
            </div>
        </dialog>
    }
}

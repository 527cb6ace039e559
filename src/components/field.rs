//! Form controls shared by every step: a text/number input (with the unit
//! switch and read-back for amounts), a select, a yes/no radio group, a
//! checkbox group and the "why we ask" disclosure. They render what they are
//! given and report raw values; parsing happens in the engine's `input`.

use fusion_engine::i18n::ui::Ui;
use fusion_engine::input::AmountUnit;
use fusion_engine::Lang;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// A question's "why we ask": its words (or, until they come from the
/// on-demand module, what stands in for them), and what to tell the root
/// when it is opened before they are in.
#[derive(Clone, PartialEq)]
pub struct Why {
    pub text: AttrValue,
    pub on_open: Option<Callback<()>>,
}

/// "为什么问这个?": the expandable reason a question is asked (rule and
/// article), a `<details>` so it works by keyboard. A function, not a
/// component: a component type costs the first load more than this
/// markup, and its parent re-renders with it anyway. The words arrive
/// while it may be open: they are announced.
pub fn why_note(lang: Lang, why: &Why) -> Html {
    let ontoggle = why.on_open.as_ref().map(|open| open.reform(|_: Event| ()));
    html! {
        <details class="fc-why" {ontoggle}>
            <summary>{ Ui::WhyWeAsk.text(lang) }</summary>
            <p aria-live="polite">{ why.text.clone() }</p>
        </details>
    }
}

/// The unit switch of an amount field.
#[derive(Clone, PartialEq)]
pub struct UnitSwitch {
    pub unit: AmountUnit,
    pub on_change: Callback<AmountUnit>,
    /// Accessible name, e.g. "研发费用 单位".
    pub label: AttrValue,
}

/// One text input as [`text_input`] draws it; the step builders fill it
/// from the state (`form::typed_field`).
pub struct TextInputProps {
    pub lang: Lang,
    /// The DOM id (unique in the mount; the mount's prefix included).
    pub id: AttrValue,
    pub label: AttrValue,
    pub hint: Option<AttrValue>,
    pub why: Option<Why>,
    pub value: AttrValue,
    /// The message to show, already worded.
    pub error: Option<String>,
    /// The value read back in words ("即 1.06 亿元").
    pub readback: Option<String>,
    pub unit: Option<UnitSwitch>,
    /// `inputmode` for on-screen keyboards: "decimal", "numeric" or "text".
    pub inputmode: AttrValue,
    pub placeholder: Option<AttrValue>,
    /// Hide the visible label (a table cell labelled by its row instead);
    /// it stays in the accessibility tree.
    pub compact: bool,
    pub on_input: Callback<String>,
    pub on_blur: Callback<()>,
}

/// One labelled input with its hint, read-back, error and reason. A
/// function, not a component, like the other controls here.
pub fn text_input(props: &TextInputProps) -> Html {
    let id = props.id.clone();
    let hint_id = format!("{id}-hint");
    let read_id = format!("{id}-read");
    let err_id = format!("{id}-err");
    let mut described = Vec::new();
    if props.error.is_some() {
        described.push(err_id.clone());
    }
    if props.hint.is_some() {
        described.push(hint_id.clone());
    }
    if props.readback.is_some() {
        described.push(read_id.clone());
    }
    let described = (!described.is_empty()).then(|| described.join(" "));
    let oninput = props
        .on_input
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let onblur = props.on_blur.reform(|_: FocusEvent| ());
    let invalid = props.error.is_some();
    let unit = props.unit.as_ref().map(|u| {
        let on_change = u.on_change.reform(|e: Event| {
            match e.target_unchecked_into::<HtmlSelectElement>().value().as_str() {
                "yuan" => AmountUnit::Yuan,
                _ => AmountUnit::Wan,
            }
        });
        html! {
            <select class="fc-unit" id={format!("{id}-unit")} aria-label={u.label.clone()} onchange={on_change}>
                <option value="wan" selected={u.unit == AmountUnit::Wan}>{ Ui::UnitWan.text(props.lang) }</option>
                <option value="yuan" selected={u.unit == AmountUnit::Yuan}>{ Ui::UnitYuan.text(props.lang) }</option>
            </select>
        }
    });
    html! {
        <div class={classes!("fc-field", invalid.then_some("fc-invalid"), props.compact.then_some("fc-compact"))}>
            <label for={id.clone()} class={classes!(props.compact.then_some("fc-sr-only"))}>
                { props.label.clone() }
            </label>
            <div class="fc-input-row">
                <input id={id.clone()} type="text" value={props.value.clone()} inputmode={props.inputmode.clone()}
                    autocomplete="off" spellcheck="false" placeholder={props.placeholder.clone()}
                    aria-invalid={invalid.then_some("true")} aria-describedby={described}
                    {oninput} {onblur} />
                { unit.unwrap_or_default() }
            </div>
            // The message sits right under the input, where the eye is.
            <p class="fc-error" id={err_id} aria-live="polite" aria-atomic="true">
                { props.error.clone().unwrap_or_default() }
            </p>
            if let Some(read) = &props.readback {
                <p class="fc-readback" id={read_id}>{ read.clone() }</p>
            }
            if let Some(hint) = &props.hint {
                <p class="fc-hint" id={hint_id}>{ hint.clone() }</p>
            }
            if let Some(why) = &props.why {
                { why_note(props.lang, why) }
            }
        </div>
    }
}

pub struct SelectProps {
    pub lang: Lang,
    pub id: AttrValue,
    pub label: AttrValue,
    pub hint: Option<AttrValue>,
    pub why: Option<Why>,
    /// (value, text) of each option; an empty "请选择" comes first.
    pub options: Vec<(AttrValue, AttrValue)>,
    /// The chosen option's value, if any.
    pub selected: Option<AttrValue>,
    /// A message to show beside the select, already worded.
    pub error: Option<String>,
    /// Receives the chosen value ("" for none).
    pub on_change: Callback<String>,
}

/// A labelled `<select>`.
pub fn select_field(props: &SelectProps) -> Html {
    let id = props.id.clone();
    let hint_id = format!("{id}-hint");
    let onchange = props
        .on_change
        .reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
    let selected = props.selected.clone().unwrap_or_default();
    let err_id = format!("{id}-err");
    let invalid = props.error.is_some();
    let described: Vec<&str> = [
        invalid.then_some(err_id.as_str()),
        props.hint.as_ref().map(|_| hint_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    html! {
        <div class={classes!("fc-field", invalid.then_some("fc-invalid"))}>
            <label for={id.clone()}>{ props.label.clone() }</label>
            <div class="fc-input-row">
                <select id={id.clone()} {onchange} aria-invalid={invalid.then_some("true")}
                    aria-describedby={described}>
                    <option value="" selected={selected.is_empty()}>{ Ui::ChooseOne.text(props.lang) }</option>
                    { for props.options.iter().map(|(value, text)| html! {
                        <option value={value.clone()} selected={*value == selected}>{ text.clone() }</option>
                    }) }
                </select>
            </div>
            if let Some(hint) = &props.hint {
                <p class="fc-hint" id={hint_id}>{ hint.clone() }</p>
            }
            <p class="fc-error" id={err_id} aria-live="polite" aria-atomic="true">
                { props.error.clone().unwrap_or_default() }
            </p>
            if let Some(why) = &props.why {
                { why_note(props.lang, why) }
            }
        </div>
    }
}

pub struct ChoiceProps {
    pub lang: Lang,
    pub id: AttrValue,
    pub legend: AttrValue,
    pub why: Option<Why>,
    /// (value, text) of each radio.
    pub options: Vec<(AttrValue, AttrValue)>,
    pub selected: Option<AttrValue>,
    pub on_change: Callback<String>,
}

/// A radio group in a fieldset (yes / no / not sure, or a status).
pub fn choice_field(props: &ChoiceProps) -> Html {
    let id = props.id.clone();
    html! {
        <fieldset class="fc-field fc-choice" id={id.clone()}>
            <legend>{ props.legend.clone() }</legend>
            <div class="fc-options">
                { for props.options.iter().map(|(value, text)| {
                    let option_id = format!("{id}-{value}");
                    let checked = props.selected.as_ref() == Some(value);
                    let v = value.to_string();
                    let onchange = props.on_change.reform(move |_: Event| v.clone());
                    html! {
                        <label class="fc-option" for={option_id.clone()}>
                            <input type="radio" id={option_id} name={id.clone()} value={value.clone()} {checked} {onchange} />
                            <span>{ text.clone() }</span>
                        </label>
                    }
                }) }
            </div>
            if let Some(why) = &props.why {
                { why_note(props.lang, why) }
            }
        </fieldset>
    }
}

/// The (value, text) options of a yes / no / not sure question.
pub fn yes_no_options(lang: Lang) -> Vec<(AttrValue, AttrValue)> {
    vec![
        (
            AttrValue::Static("yes"),
            AttrValue::Static(Ui::Yes.text(lang)),
        ),
        (
            AttrValue::Static("no"),
            AttrValue::Static(Ui::No.text(lang)),
        ),
        (
            AttrValue::Static("unsure"),
            AttrValue::Static(Ui::NotSure.text(lang)),
        ),
    ]
}

/// The radio value of a yes/no answer ("unsure" when unanswered).
pub fn yes_no_value(v: Option<bool>) -> AttrValue {
    AttrValue::Static(match v {
        Some(true) => "yes",
        Some(false) => "no",
        None => "unsure",
    })
}

/// The answer of a yes/no radio value.
pub fn yes_no_answer(v: &str) -> Option<bool> {
    match v {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

pub struct ChecksProps {
    pub lang: Lang,
    pub id: AttrValue,
    pub legend: AttrValue,
    pub why: Option<Why>,
    /// (text, checked) of each box, in order.
    pub options: Vec<(AttrValue, bool)>,
    /// Receives (index, checked).
    pub on_toggle: Callback<(usize, bool)>,
}

/// A checkbox group in a fieldset.
pub fn checks_field(props: &ChecksProps) -> Html {
    let id = props.id.clone();
    html! {
        <fieldset class="fc-field fc-checks" id={id.clone()}>
            <legend>{ props.legend.clone() }</legend>
            <div class="fc-options fc-options-grid">
                { for props.options.iter().enumerate().map(|(i, (text, checked))| {
                    let option_id = format!("{id}-{i}");
                    let onchange = props.on_toggle.reform(move |e: Event| {
                        (i, e.target_unchecked_into::<HtmlInputElement>().checked())
                    });
                    html! {
                        <label class="fc-option" for={option_id.clone()}>
                            <input type="checkbox" id={option_id} checked={*checked} {onchange} />
                            <span>{ text.clone() }</span>
                        </label>
                    }
                }) }
            </div>
            if let Some(why) = &props.why {
                { why_note(props.lang, why) }
            }
        </fieldset>
    }
}

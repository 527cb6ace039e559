//! Builders that turn one question of the state into its form control, so
//! every step lays out fields the same way. They only read the state and
//! wire the callbacks the root built; parsing stays in the engine's `input`.

use crate::app::Ctx;
use crate::components::field::{
    choice_field, select_field, text_input, yes_no_answer, yes_no_options, yes_no_value,
    ChoiceProps, SelectProps, TextInputProps, UnitSwitch, Why,
};
use crate::state::{Edit, FieldId, Flag, TextField, UnitSlot};
use fusion_engine::i18n::ui::{self, Ui};
use fusion_engine::input::{self, amount_in_words, AmountUnit, FieldKind};
use fusion_engine::Lang;
use yew::prelude::*;

/// "即 1.06 亿元" for an amount that reads; nothing otherwise.
pub fn readback(text: &str, unit: AmountUnit, signed: bool, lang: Lang) -> Option<String> {
    let parsed = if signed {
        input::parse_signed_amount(text, unit)
    } else {
        input::parse_amount(text, unit)
    };
    parsed
        .ok()
        .flatten()
        .map(|yuan| format!("{} {}", Ui::ReadsAs.text(lang), amount_in_words(yuan, lang)))
}

/// The on-screen keyboard that suits a kind of field.
pub fn inputmode(kind: Option<FieldKind>) -> AttrValue {
    AttrValue::Static(match kind {
        Some(FieldKind::Count | FieldKind::Year) => "numeric",
        // Signed values need the minus key, which "decimal" keypads lack.
        Some(FieldKind::Growth | FieldKind::SignedAmount | FieldKind::Date) => "text",
        Some(_) => "decimal",
        None => "text",
    })
}

/// The unit switch for an amount in `slot`, labelled after its field.
pub fn unit_switch(ctx: &Ctx, slot: UnitSlot, label: &str) -> UnitSwitch {
    let lang = ctx.lang();
    UnitSwitch {
        unit: ctx.state.draft.unit(slot),
        on_change: ctx.handlers.edit.reform(move |u| Edit::Unit(slot, u)),
        label: AttrValue::from(format!("{label} · {}", Ui::UnitLabel.text(lang))),
    }
}

/// What sets one typed field apart; the rest ([`typed_field`]) comes from
/// the state and the field's id.
#[derive(Default)]
pub struct Typed {
    pub label: AttrValue,
    pub hint: Option<AttrValue>,
    pub why: Option<Why>,
    pub readback: Option<String>,
    pub unit: Option<UnitSwitch>,
    /// Decides the on-screen keyboard ([`inputmode`]).
    pub kind: Option<FieldKind>,
    pub placeholder: Option<AttrValue>,
    /// A table cell, labelled by its row.
    pub compact: bool,
}

/// The input of a field typed into, holding `value`: its id, message and
/// callbacks follow from `field`. One builder for every typed field, so
/// their callbacks are one piece of code, not one per field.
pub fn typed_field(ctx: &Ctx, field: FieldId, value: String, typed: Typed) -> Html {
    let edit = ctx.handlers.edit.clone();
    text_input(&TextInputProps {
        lang: ctx.lang(),
        id: ctx.id(field),
        label: typed.label,
        hint: typed.hint,
        why: typed.why,
        value: value.into(),
        error: ctx.error(field),
        readback: typed.readback,
        unit: typed.unit,
        inputmode: inputmode(typed.kind),
        placeholder: typed.placeholder,
        compact: typed.compact,
        on_input: Callback::from(move |text| {
            if let Some(e) = Edit::typed(field, text) {
                edit.emit(e);
            }
        }),
        on_blur: ctx.on_blur(field),
    })
}

/// The control for a text or number question.
pub fn text_field(ctx: &Ctx, field: TextField) -> Html {
    if !ctx.relevance.asks(field.question()) {
        return Html::default();
    }
    let lang = ctx.lang();
    let kind = field.kind();
    let value = ctx.state.draft.text(field).to_string();
    let amount = matches!(kind, Some(FieldKind::Amount | FieldKind::SignedAmount));
    let slot = UnitSlot::Field(field);
    let label = field.label(lang);
    let read = amount
        .then(|| {
            readback(
                &value,
                ctx.state.draft.unit(slot),
                kind == Some(FieldKind::SignedAmount),
                lang,
            )
        })
        .flatten();
    let hint = match (kind, ui::hint(field.question(), lang)) {
        (_, Some(h)) => Some(AttrValue::Static(h)),
        (Some(FieldKind::Amount | FieldKind::SignedAmount), None) => {
            Some(AttrValue::Static(Ui::AmountHint.text(lang)))
        }
        _ => None,
    };
    // The figures of a separated company share one reason, shown once
    // under the last of them.
    let why = match field {
        TextField::SeparationRevenue | TextField::SeparationProfit | TextField::SeparationTax => {
            None
        }
        _ => ctx.why(field.question()),
    };
    let placeholder = (field == TextField::AssessmentDate)
        .then_some(AttrValue::Static(Ui::DatePlaceholder.text(lang)));
    let typed = Typed {
        label: label.into(),
        hint,
        why,
        readback: read,
        unit: amount.then(|| unit_switch(ctx, slot, label)),
        kind,
        placeholder,
        compact: false,
    };
    typed_field(ctx, FieldId::Text(field), value, typed)
}

/// The control for a yes / no / not sure question.
pub fn yes_no_field(ctx: &Ctx, flag: Flag) -> Html {
    if !ctx.relevance.asks(flag.question()) {
        return Html::default();
    }
    let lang = ctx.lang();
    html! {
        { choice_field(&ChoiceProps { lang, id: ctx.id(FieldId::Flag(flag)), legend: ui::label(flag.question(), lang).into(),
            why: ctx.why(flag.question()),
            options: yes_no_options(lang), selected: Some(yes_no_value(ctx.state.draft.flag(flag))),
            on_change: ctx.handlers.edit.reform(move |v: String| Edit::Flag(flag, yes_no_answer(&v))) }) }
    }
}

/// Options of a select over a fixed list, valued by index.
pub fn indexed_options<T: Copy>(
    items: &[T],
    name: impl Fn(T) -> &'static str,
) -> Vec<(AttrValue, AttrValue)> {
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            (
                AttrValue::from(i.to_string()),
                AttrValue::Static(name(*item)),
            )
        })
        .collect()
}

/// The selected index value of `current` in `items`.
pub fn selected_index<T: PartialEq>(items: &[T], current: Option<&T>) -> Option<AttrValue> {
    let current = current?;
    items
        .iter()
        .position(|x| x == current)
        .map(|i| AttrValue::from(i.to_string()))
}

/// The item a select's value names (`None` for "请选择").
pub fn pick_index<T: Copy>(items: &[T], value: &str) -> Option<T> {
    value
        .parse::<usize>()
        .ok()
        .and_then(|i| items.get(i).copied())
}

/// A select over a fixed list of enum values.
pub struct EnumSelect<T: 'static> {
    pub id: FieldId,
    pub label: &'static str,
    pub hint: Option<&'static str>,
    pub why: Option<Why>,
    pub items: &'static [T],
    pub current: Option<T>,
    pub name: fn(T, Lang) -> &'static str,
    pub error: Option<String>,
    pub on_pick: Callback<Option<T>>,
}

impl<T: Copy + PartialEq + 'static> EnumSelect<T> {
    /// The labelled select.
    pub fn render(self, ctx: &Ctx) -> Html {
        let lang = ctx.lang();
        let (items, name) = (self.items, self.name);
        html! {
            { select_field(&SelectProps { lang, id: ctx.id(self.id), label: self.label.into(), why: self.why,
                hint: self.hint.map(AttrValue::Static),
                options: indexed_options(items, |x| name(x, lang)),
                selected: selected_index(items, self.current.as_ref()), error: self.error,
                on_change: self.on_pick.reform(move |v: String| pick_index(items, &v)) }) }
        }
    }
}

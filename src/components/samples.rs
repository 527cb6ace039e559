//! The sample-enterprise menu: pick a fictional profile and load it.

use crate::app::Ctx;
use crate::components::near;
use crate::samples::SAMPLES;
use crate::state::FieldId;
use fusion_engine::i18n::ui::Ui;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The menu; `compact`: a one-line toolbar (in the interview) rather than a
/// block (welcome). The button finds its select from the click
/// ([`near`]).
pub fn sample_menu(ctx: &Ctx, compact: bool) -> Html {
    let lang = ctx.lang();
    let id = ctx.id(FieldId::SampleMenu);
    // Loading a sample would replace a share link's read-only answers.
    let disabled = ctx.state.read_only();
    let hint_id = format!("{id}-hint");
    let last = ctx.state.last_sample.as_deref();
    // The choice is read from the select when the button is pressed, so
    // moving through the options by keyboard never replaces the answers.
    let onclick = {
        let load = ctx.handlers.load_sample.clone();
        Callback::from(move |e: MouseEvent| {
            let chosen = near::<HtmlSelectElement>(&e, ".fc-samples", "select")
                .and_then(|select| select.value().parse::<usize>().ok());
            if let Some(i) = chosen {
                load.emit(i);
            }
        })
    };
    html! {
        <div class={classes!("fc-samples", compact.then_some("fc-samples-compact"))}>
            <label for={id.clone()}>{ Ui::SamplesLabel.text(lang) }</label>
            <div class="fc-input-row">
                <select id={id.clone()} aria-describedby={hint_id.clone()} {disabled}>
                    { for SAMPLES.iter().enumerate().map(|(i, sample)| html! {
                        // Explicitly selected: yew inserts options last-first, and a
                        // select without `selected` would keep the last one. The
                        // sample last loaded is the one shown, the first before any.
                        <option value={i.to_string()} data-sample={sample.id}
                            selected={last.map_or(i == 0, |name| name == sample.name)}>
                            { sample.name }
                        </option>
                    }) }
                </select>
                <button type="button" class="fc-secondary" {onclick} {disabled}>{ Ui::LoadSample.text(lang) }</button>
            </div>
            <p class="fc-hint" id={hint_id}>{ Ui::SamplesNote.text(lang) }</p>
        </div>
    }
}

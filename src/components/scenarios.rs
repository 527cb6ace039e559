//! Scenarios (方案对比): the choice of what the interview edits, and the
//! panel that makes, names and removes scenarios and shows them side by
//! side. The comparison (totals, outcomes, differences) is the summary's
//! own table ([`fusion_engine::report::comparison_html`]), made by the
//! on-demand module; cells that differ from the first scenario say so in
//! words, and are highlighted besides.

use crate::app::Ctx;
use crate::state::{FieldId, ScenarioEdit};
use fusion_engine::i18n::scenario::ScenarioText as T;
use fusion_engine::scenario::{MAX_NAME_CHARS, MAX_SCENARIOS};
use web_sys::HtmlInputElement;
use yew::prelude::*;

pub struct SwitchProps {
    pub ctx: Ctx,
}

/// Which answers the interview edits: the main answers or a scenario. Shown
/// above the interview while there are scenarios.
pub fn scenario_switch(props: &SwitchProps) -> Html {
    let ctx = &props.ctx;
    let (lang, state) = (ctx.lang(), &ctx.state);
    let editing = state.scenarios.editing;
    let name = format!("{}-editing", state.uid);
    let choice = |target: Option<usize>, label: String| {
        let on = ctx
            .handlers
            .scenario
            .reform(move |_: Event| ScenarioEdit::Switch(target));
        html! {
            <label class="fc-choice">
                <input type="radio" name={name.clone()} checked={editing == target} onchange={on}
                    data-scenario={target.map_or("main".to_string(), |i| i.to_string())} />
                { label }
            </label>
        }
    };
    html! {
        <fieldset class={classes!("fc-editing", editing.is_some().then_some("fc-editing-scenario"))}>
            <legend>{ T::Editing.text(lang) }</legend>
            { choice(None, T::Main.text(lang).to_string()) }
            { for state.scenarios.list.iter().enumerate().map(|(i, s)| choice(Some(i), s.kept_name(i, lang))) }
            if let Some(name) = state.editing_name() {
                <p class="fc-hint">{ format!("{}{name}", T::EditingNote.text(lang)) }</p>
            }
        </fieldset>
    }
}

pub struct PanelProps {
    pub ctx: Ctx,
    /// The scenarios side by side: the summary's table as an HTML fragment
    /// from the on-demand module (the engine's arithmetic and words, every
    /// text escaped), once it has come.
    pub table: Option<AttrValue>,
}

/// The scenarios: copy the answers into one, name or remove each, and the
/// comparison.
pub fn scenario_panel(props: &PanelProps) -> Html {
    let ctx = &props.ctx;
    let (lang, state) = (ctx.lang(), &ctx.state);
    let uid = state.uid.clone();
    let read_only = state.read_only();
    let list = &state.scenarios.list;
    let send = ctx.handlers.scenario.clone();
    let heading_id = format!("{uid}-scenarios");
    let names: Vec<String> = list
        .iter()
        .enumerate()
        .map(|(i, s)| s.kept_name(i, lang))
        .collect();
    html! {
        <section class="fc-scenarios" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id.clone()}>{ T::Heading.text(lang) }</h2>
            <p class="fc-hint">{ T::Intro.text(lang) }</p>
            if !list.is_empty() {
                <ul class="fc-scenario-list">
                    { for list.iter().enumerate().map(|(i, s)| {
                        let id = ctx.id(FieldId::ScenarioName(i as u8));
                        let error_id = format!("{id}-error");
                        let problem = state.scenario_name_problem(i);
                        let oninput = send.reform(move |e: InputEvent| {
                            let input: HtmlInputElement = e.target_unchecked_into();
                            ScenarioEdit::Rename(i, input.value())
                        });
                        let remove = send.reform(move |_: MouseEvent| ScenarioEdit::Remove(i));
                        html! {
                            <li>
                                <label for={id.clone()}>{ format!("{} {}", T::Name.text(lang), i + 1) }</label>
                                <div class="fc-input-row">
                                    <input {id} type="text" value={s.name.clone()} {oninput} readonly={read_only}
                                        maxlength={MAX_NAME_CHARS.to_string()} aria-invalid={problem.is_some().to_string()}
                                        aria-describedby={problem.is_some().then(|| error_id.clone())} />
                                    if !read_only {
                                        <button type="button" class="fc-secondary" onclick={remove}
                                            aria-label={format!("{} {}", T::Remove.text(lang), names[i])}>
                                            { T::Remove.text(lang) }
                                        </button>
                                    }
                                </div>
                                if let Some(p) = problem {
                                    <p class="fc-error" id={error_id}>{ p }</p>
                                }
                            </li>
                        }
                    }) }
                </ul>
            }
            if !read_only {
                if list.len() < MAX_SCENARIOS {
                    <button type="button" id={ctx.id(FieldId::ScenarioCopy)} class="fc-secondary"
                        onclick={send.reform(|_: MouseEvent| ScenarioEdit::Copy)}>
                        { T::Copy.text(lang) }
                    </button>
                } else {
                    <p class="fc-hint" id={ctx.id(FieldId::ScenarioCopy)} tabindex="-1">{ T::Full.text(lang) }</p>
                }
            }
            if let (false, Some(table)) = (list.is_empty(), &props.table) {
                <div class="fc-compare" role="region" tabindex="0" aria-label={T::Table.text(lang)}>
                    { Html::from_html_unchecked(table.clone()) }
                </div>
            }
        </section>
    }
}

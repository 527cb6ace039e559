//! The interview column: sample menu, progress, the current step's heading,
//! questions and the back / next buttons.

use crate::app::Ctx;
use crate::components::basics::Basics;
use crate::components::cross_border::CrossBorder;
use crate::components::land::Land;
use crate::components::progress::Progress;
use crate::components::recognitions::Recognitions;
use crate::components::revenue::Revenue;
use crate::components::samples::SampleMenu;
use crate::components::separation::Separation;
use crate::components::tax::Tax;
use crate::state::Step;
use fusion_engine::i18n::ui::{error_count, Ui};
use std::collections::BTreeMap;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct InterviewProps {
    pub ctx: Ctx,
    /// The step heading, focused on every step change.
    pub heading: NodeRef,
}

#[function_component(Interview)]
pub fn interview(props: &InterviewProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang();
    let steps = ctx.relevance.steps();
    // An answer may have removed the step the user was on: stay on the
    // nearest earlier step still asked.
    let current = if steps.contains(&ctx.state.step) {
        ctx.state.step
    } else {
        steps
            .iter()
            .rev()
            .find(|s| **s < ctx.state.step)
            .copied()
            .unwrap_or(Step::Basics)
    };
    let index = steps.iter().position(|s| *s == current).unwrap_or(0);
    let prev = index.checked_sub(1).and_then(|i| steps.get(i)).copied();
    let next = steps.get(index + 1).copied();
    let body = match current {
        Step::Basics => html! { <Basics ctx={ctx.clone()} /> },
        Step::Revenue => html! { <Revenue ctx={ctx.clone()} /> },
        Step::Recognitions => html! { <Recognitions ctx={ctx.clone()} /> },
        Step::Tax => html! { <Tax ctx={ctx.clone()} /> },
        Step::Separation => html! { <Separation ctx={ctx.clone()} /> },
        Step::Land => html! { <Land ctx={ctx.clone()} /> },
        Step::CrossBorder => html! { <CrossBorder ctx={ctx.clone()} /> },
    };
    let problems = ctx.state.problems_on(current).len();
    // Extended, not collected (collecting into a map sorts its input first).
    let mut step_problems = BTreeMap::new();
    step_problems.extend(steps.iter().map(|s| (*s, ctx.state.problems_on(*s).len())));
    let heading_id = format!("{}-step-h", ctx.state.uid);
    let go = |step: Option<Step>| step.map(|s| ctx.handlers.go_to.reform(move |_: MouseEvent| s));
    html! {
        <section class="fc-interview" aria-labelledby={heading_id.clone()}>
            <SampleMenu ctx={ctx.clone()} compact=true />
            <Progress {lang} steps={steps.clone()} {current} visited={ctx.state.visited.clone()}
                problems={step_problems}
                on_go={ctx.handlers.go_to.clone()} />
            <div class="fc-step" data-step={format!("{current:?}")}>
                <h2 id={heading_id} tabindex="-1" ref={props.heading.clone()}>{ current.title(lang) }</h2>
                <p class="fc-intro">{ current.intro(lang) }</p>
                if current == Step::Basics {
                    <p class="fc-note">{ Ui::SkippedStepsNote.text(lang) }</p>
                }
                // A share link's answers are read-only: one disabled
                // fieldset disables every control inside it, natively.
                <fieldset class="fc-questions" disabled={ctx.state.read_only()}>{ body }</fieldset>
                <p class="fc-step-errors" aria-live="polite" aria-atomic="true">
                    { if problems > 0 { error_count(problems, lang) } else { String::new() } }
                </p>
                <div class="fc-nav">
                    if let Some(onclick) = go(prev) {
                        <button type="button" class="fc-secondary" {onclick}>{ format!("← {}", Ui::Back.text(lang)) }</button>
                    }
                    if let Some(onclick) = go(next) {
                        <button type="button" class="fc-primary fc-next" {onclick}>{ format!("{} →", Ui::Next.text(lang)) }</button>
                    } else {
                        <button type="button" class="fc-primary fc-next"
                            onclick={ctx.handlers.show_result.reform(|_: MouseEvent| ())}>
                            { Ui::SeeResults.text(lang) }
                        </button>
                    }
                </div>
            </div>
        </section>
    }
}

//! The interview column: sample menu, progress, the current step's heading,
//! questions and the back / next buttons.

use crate::app::Ctx;
use crate::components::basics::basics;
use crate::components::cross_border::cross_border;
use crate::components::land::land;
use crate::components::progress::Progress;
use crate::components::recognitions::recognitions;
use crate::components::revenue::revenue;
use crate::components::samples::sample_menu;
use crate::components::separation::separation;
use crate::components::tax::tax;
use crate::state::sorted::SortedMap;
use crate::state::Step;
use fusion_engine::i18n::ui::{error_count, Ui};
use yew::prelude::*;

/// The interview column for `ctx`; `heading` is the step heading, focused
/// on every step change. A function, not a component: it re-renders with
/// the root anyway, and a component type costs the first load more.
pub fn interview(ctx: &Ctx, heading: &NodeRef) -> Html {
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
        Step::Basics => basics(ctx),
        Step::Revenue => revenue(ctx),
        Step::Recognitions => recognitions(ctx),
        Step::Tax => tax(ctx),
        Step::Separation => separation(ctx),
        Step::Land => land(ctx),
        Step::CrossBorder => cross_border(ctx),
    };
    let problems = ctx.state.problems_on(current).len();
    let step_problems: SortedMap<Step, usize> = steps
        .iter()
        .map(|s| (*s, ctx.state.problems_on(*s).len()))
        .collect();
    let heading_id = format!("{}-step-h", ctx.state.uid);
    let go = |step: Option<Step>| step.map(|s| ctx.handlers.go_to.reform(move |_: MouseEvent| s));
    html! {
        <section class="fc-interview" aria-labelledby={heading_id.clone()}>
            { sample_menu(ctx, true) }
            <Progress {lang} steps={steps.clone()} {current} visited={ctx.state.visited.clone()}
                problems={step_problems}
                on_go={ctx.handlers.go_to.clone()} />
            <div class="fc-step" data-step={format!("{current:?}")}>
                <h2 id={heading_id} tabindex="-1" ref={heading.clone()}>{ current.title(lang) }</h2>
                <p class="fc-intro">{ current.intro(lang) }</p>
                if current == Step::Basics {
                    <p class="fc-note">{ Ui::SkippedStepsNote.text(lang) }</p>
                }
                // A share link's answers are read-only: one disabled
                // fieldset disables every control inside it, natively.
                // Keyed by step: another step's questions are new elements,
                // never the last step's inputs reused.
                <fieldset class="fc-questions" disabled={ctx.state.read_only()}>
                    <key={format!("{current:?}")}>{ body }</>
                </fieldset>
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

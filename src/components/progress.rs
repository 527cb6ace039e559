//! Where the user is: the list of steps still asked, the current one marked,
//! and a bar for how much is done. Each step is a button to jump there.

use crate::state::sorted::{SortedMap, SortedSet};
use crate::state::Step;
use fusion_engine::i18n::ui::{error_count, step_of, Ui};
use fusion_engine::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub lang: Lang,
    /// The steps shown, in order.
    pub steps: Vec<Step>,
    pub current: Step,
    pub visited: SortedSet<Step>,
    /// Steps holding answers that need correcting, with how many.
    #[prop_or_default]
    pub problems: SortedMap<Step, usize>,
    pub on_go: Callback<Step>,
}

#[function_component(Progress)]
pub fn progress(props: &ProgressProps) -> Html {
    let lang = props.lang;
    let total = props.steps.len();
    let position = props
        .steps
        .iter()
        .position(|s| *s == props.current)
        .unwrap_or(0)
        + 1;
    let percent = (position * 100).checked_div(total).unwrap_or(0);
    // The width is set through the element's style object, not a style
    // attribute, which a Content-Security-Policy without 'unsafe-inline'
    // refuses.
    let fill = use_node_ref();
    {
        let fill = fill.clone();
        use_effect_with(percent, move |percent| {
            if let Some(el) = fill.cast::<web_sys::HtmlElement>() {
                let _ = el.style().set_property("width", &format!("{percent}%"));
            }
        });
    }
    html! {
        <nav class="fc-progress" aria-label={Ui::StepsNavLabel.text(lang)}>
            <p class="fc-step-count">{ step_of(position, total, lang) }</p>
            <div class="fc-bar" aria-hidden="true"><div class="fc-bar-fill" ref={fill.clone()}></div></div>
            <ol class="fc-steps">
                { for props.steps.iter().enumerate().map(|(i, step)| {
                    let step = *step;
                    let current = step == props.current;
                    let visited = props.visited.contains(&step);
                    let onclick = props.on_go.reform(move |_: MouseEvent| step);
                    html! {
                        <li key={format!("{step:?}")} class={classes!("fc-step-item", current.then_some("fc-current"), visited.then_some("fc-visited"))}>
                            <button type="button" aria-current={current.then_some("step")} {onclick}>
                                <span class="fc-step-no" aria-hidden="true">{ i + 1 }</span>
                                <span class="fc-step-name">{ step.title(lang) }</span>
                                if visited && !current {
                                    <span class="fc-sr-only">{ Ui::VisitedStep.text(lang) }</span>
                                }
                                if let Some(n) = props.problems.get(&step).filter(|n| **n > 0) {
                                    <span class="fc-step-flag" aria-hidden="true">{ "!" }</span>
                                    <span class="fc-sr-only">{ error_count(*n, lang) }</span>
                                }
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}

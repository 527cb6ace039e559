//! The root component: owns the state, builds every callback once, asks the
//! engine for the assessment and the questions that matter, and hands plain
//! props to the components.

use crate::components::{
    header::Header, interview::Interview, result::ResultPanel, samples::SampleMenu,
    welcome::Welcome,
};
use crate::embed::{self, EmbedOptions};
use crate::samples::SAMPLES;
use crate::state::{Action, Edit, FieldId, FocusTarget, Relevance, State, Step};
use fusion_engine::answers::{validate, FieldError};
use fusion_engine::i18n::ui::answer_problem;
use fusion_engine::policy::JIAXING_2024_14 as PACK;
use fusion_engine::{relevance, rules, Assessment, Date, Lang};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The stylesheet, scoped under `.fc-app` and rendered inside the app's own
/// root, so the app works in a plain page and in a shadow root alike and
/// never styles its host.
const STYLES: &str = include_str!("../styles/app.css");

/// Every callback the components may call, built once per mount.
#[derive(Clone, PartialEq)]
pub struct Handlers {
    pub lang: Callback<Lang>,
    pub start: Callback<()>,
    pub go_to: Callback<Step>,
    pub edit: Callback<Edit>,
    pub blur: Callback<FieldId>,
    /// Loads the sample at this index of [`SAMPLES`].
    pub load_sample: Callback<usize>,
    pub show_result: Callback<()>,
}

/// What every interview component gets: the state, what the engine finds
/// relevant, and the callbacks.
#[derive(Clone, PartialEq)]
pub struct Ctx {
    pub state: Rc<State>,
    pub relevance: Rc<Relevance>,
    /// What the engine's own check finds in the answers that read (values
    /// no enterprise can have together, e.g. value added with 0 employees).
    pub checks: Rc<Vec<FieldError>>,
    pub handlers: Rc<Handlers>,
}

impl Ctx {
    /// The current language.
    pub fn lang(&self) -> Lang {
        self.state.lang
    }

    /// The DOM id of a field in this mount.
    pub fn id(&self, field: FieldId) -> AttrValue {
        AttrValue::from(self.state.dom_id(field))
    }

    /// The message to show beside a field, if any.
    pub fn error(&self, field: FieldId) -> Option<String> {
        if let Some(p) = self.state.shown_problem(field) {
            return Some(p.message(self.lang()));
        }
        let FieldId::Text(text) = field else {
            return None;
        };
        self.checks
            .iter()
            .find(|e| e.question == text.question())
            .map(|e| answer_problem(e.problem, self.lang()))
    }

    /// A blur handler for a field.
    pub fn on_blur(&self, field: FieldId) -> Callback<()> {
        self.handlers.blur.reform(move |_| field)
    }
}

/// Today in the browser's time zone, for the engine (which never reads a clock).
fn today() -> Date {
    let now = js_sys::Date::new_0();
    let (y, m, d) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    u16::try_from(y)
        .ok()
        .and_then(|y| Date::new(y, m as u8, d as u8))
        .unwrap_or(PACK.validity.in_force_from)
}

/// A prefix for this mount's DOM ids, so two widgets on one page never
/// share an id (no global counter: each mount draws its own).
fn mount_uid() -> String {
    let n = (js_sys::Math::random() * 2_176_782_336.0) as u64; // 36^6
    let mut s = String::from("fc");
    let mut rest = n;
    for _ in 0..6 {
        let digit = (rest % 36) as u32;
        s.push(char::from_digit(digit, 36).unwrap_or('0'));
        rest /= 36;
    }
    s
}

/// A callback that dispatches the action `make` builds from its input.
fn dispatch_with<T: 'static>(
    d: &UseReducerDispatcher<State>,
    make: fn(T) -> Action,
) -> Callback<T> {
    let d = d.clone();
    Callback::from(move |x: T| d.dispatch(make(x)))
}

/// Moves keyboard focus to `el` without scrolling the page when it is
/// already visible (it scrolls when needed, e.g. the result below on phones).
fn focus(el: Option<web_sys::HtmlElement>) {
    if let Some(el) = el {
        let _ = el.focus();
    }
}

/// What the host page chose for this mount (see [`crate::embed`]).
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    #[prop_or_default]
    pub options: Rc<EmbedOptions>,
}

/// The whole tool, as mounted into one element.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let options = props.options.clone();
    let state = use_reducer(|| options.initial_state(mount_uid(), today()));
    let step_heading = use_node_ref();
    let result_heading = use_node_ref();
    let root = use_node_ref();

    let handlers = {
        let d = state.dispatcher();
        use_memo((), move |_| Handlers {
            lang: dispatch_with(&d, Action::SetLang),
            start: dispatch_with(&d, |_: ()| Action::Start),
            go_to: dispatch_with(&d, Action::GoTo),
            edit: dispatch_with(&d, Action::Edit),
            blur: dispatch_with(&d, Action::Blur),
            load_sample: {
                let d = d.clone();
                Callback::from(move |i: usize| {
                    if let Some((name, answers)) = SAMPLES.get(i).and_then(|s| s.load()) {
                        d.dispatch(Action::LoadSample {
                            name,
                            answers: Box::new(answers),
                        });
                    }
                })
            },
            show_result: dispatch_with(&d, |_: ()| Action::ShowResult),
        })
    };

    let draft = state.draft.clone();
    let today = state.today;
    let answers = use_memo((draft, today), |(draft, today)| draft.answers(*today));
    let assessment: Rc<Assessment> =
        use_memo(answers.clone(), |a| rules::evaluate(&PACK, a, today));
    let relevance = use_memo(answers.clone(), |a| {
        Relevance::new(relevance::relevant_questions(&PACK, a, today))
    });

    // Focus follows the user's last navigation (step change, sample, result).
    {
        let (step_heading, result_heading, root) =
            (step_heading.clone(), result_heading.clone(), root.clone());
        let uid = state.uid.clone();
        use_effect_with(state.focus, move |request| {
            match request.map(|r| r.target) {
                Some(FocusTarget::StepHeading) => focus(step_heading.cast()),
                Some(FocusTarget::Result) => focus(result_heading.cast()),
                Some(FocusTarget::Field(field)) => {
                    // Search this mount's own subtree: the page may hold
                    // other widgets, and a shadow root has no getElementById.
                    let selector = format!("#{}-{}", uid, field.slug());
                    let el = root
                        .cast::<web_sys::Element>()
                        .and_then(|r| r.query_selector(&selector).ok().flatten())
                        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                    focus(el);
                }
                None => {}
            }
        });
    }

    // In an iframe embed, tell the host the content's height as it changes,
    // and the totals (never the figures) once the user reaches the result.
    {
        let (origin, root) = (props.options.host_origin.clone(), root.clone());
        use_effect_with((), move |_| {
            if let (Some(origin), Some(el)) = (origin, root.cast::<web_sys::Element>()) {
                embed::watch_height(&el, origin);
            }
        });
    }
    {
        let (origin, assessment) = (props.options.host_origin.clone(), assessment.clone());
        use_effect_with(state.focus, move |request| {
            if let (Some(origin), Some(FocusTarget::Result)) = (origin, request.map(|r| r.target)) {
                embed::post_complete(&origin, &assessment);
            }
        });
    }

    let lang = state.lang;
    let checks = use_memo(answers.clone(), |a| validate(a));
    let ctx = Ctx {
        state: Rc::new((*state).clone()),
        relevance,
        checks,
        handlers: handlers.clone(),
    };
    let announcement = state
        .announcement
        .as_ref()
        .map(|a| a.text(lang))
        .unwrap_or_default();
    html! {
        <div class="fc-app" lang={lang.tag()} ref={root}>
            <style>{ STYLES }</style>
            if !props.options.compact {
                <Header {lang} on_lang={handlers.lang.clone()} />
            }
            <div class="fc-main">
                if !state.started {
                    <Welcome {lang} on_start={handlers.start.clone()}>
                        <SampleMenu ctx={ctx.clone()} />
                    </Welcome>
                } else {
                    <div class="fc-layout">
                        <Interview ctx={ctx.clone()} heading={step_heading} />
                        <ResultPanel {lang} uid={state.uid.clone()} assessment={assessment}
                            answers={answers} heading={result_heading} />
                    </div>
                }
            </div>
            <div class="fc-sr-only fc-live" aria-live="polite" aria-atomic="true">{ announcement }</div>
        </div>
    }
}

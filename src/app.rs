//! The root component: owns the state, builds every callback once, and hands
//! plain props to the components.

use crate::components::{header::Header, welcome::Welcome};
use crate::state::{Action, State};
use fusion_engine::Lang;
use yew::prelude::*;

/// The stylesheet, scoped under `.fc-app` and rendered inside the app's own
/// root, so the app works in a plain page and in a shadow root alike and
/// never styles its host.
const STYLES: &str = include_str!("../styles/app.css");

/// The whole tool, as mounted into one element.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(State::default);

    let on_lang = {
        let state = state.clone();
        Callback::from(move |lang: Lang| state.dispatch(Action::SetLang(lang)))
    };
    let on_start = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Start))
    };

    let lang = state.lang;
    html! {
        <div class="fc-app" lang={lang.tag()}>
            <style>{ STYLES }</style>
            <Header {lang} on_lang={on_lang} />
            <main class="fc-main">
                <Welcome {lang} started={state.started} on_start={on_start} />
            </main>
        </div>
    }
}

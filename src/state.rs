//! The app's one state and its reducer, in the manner of yew's function_todomvc:
//! components dispatch [`Action`]s; only [`State::reduce`] changes state.

use fusion_engine::Lang;
use std::rc::Rc;
use yew::Reducible;

/// Everything the app remembers.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct State {
    pub lang: Lang,
    /// The user has left the welcome screen.
    pub started: bool,
}

/// Every change the UI can make.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    SetLang(Lang),
    Start,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::Start => next.started = true,
        }
        Rc::new(next)
    }
}

//! Helpers shared by the state module's tests.

use super::{Action, State};
use fusion_engine::{Answers, Date};
use rust_decimal::Decimal;
use std::rc::Rc;
use std::str::FromStr;
use yew::Reducible;

/// The date every test treats as today.
pub fn today() -> Date {
    Date {
        year: 2025,
        month: 9,
        day: 1,
    }
}

/// An amount in yuan from its decimal text.
pub fn yuan(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

/// Applies `actions` in order, as the dispatcher would.
pub fn reduce(state: State, actions: impl IntoIterator<Item = Action>) -> State {
    let mut s = Rc::new(state);
    for a in actions {
        s = s.reduce(a);
    }
    (*s).clone()
}

/// A share link's content: `answers` without scenarios.
pub fn as_link(answers: &Answers) -> super::Loaded {
    super::Loaded {
        answers: answers.clone(),
        scenarios: Rc::default(),
    }
}

/// A sample's answers by its id, read from its answers file.
pub fn sample(id: &str) -> Answers {
    let (_, json) = crate::samples::EXAMPLES
        .iter()
        .find(|(i, _)| *i == id)
        .expect("sample exists");
    fusion_engine::transfer::import(json)
        .expect("sample reads")
        .answers
}

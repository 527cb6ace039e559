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
pub fn as_link(answers: &Answers) -> fusion_engine::transfer::Imported {
    fusion_engine::transfer::Imported {
        answers: answers.clone(),
        scenarios: Vec::new(),
        source: fusion_engine::transfer::Source::Link,
    }
}

/// A compiled-in sample's answers by its id.
pub fn sample(id: &str) -> Answers {
    crate::samples::SAMPLES
        .iter()
        .find(|s| s.id == id)
        .and_then(|s| s.load())
        .map(|(_, a)| a)
        .expect("sample exists")
}

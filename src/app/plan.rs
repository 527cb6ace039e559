//! The result panel's replies from the on-demand module: the assessment
//! with 差多少达标 and the award timeline ([`crate::docs::Request::Result`]),
//! and the what-if chart ([`crate::docs::Request::WhatIf`]). The module
//! writes them as HTML, so the first load carries none of that code; this
//! asks again as the answers change and says where the reply stands.

use crate::docs::{self, Request};
use std::rc::Rc;
use yew::prelude::*;

/// Where a module reply stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Nothing asked (no result yet, or the chart closed).
    Idle,
    /// The module is working on the request on show (or loading).
    Computing,
    /// The module could not be loaded or refused: the panel says so and
    /// offers a retry.
    Failed,
    /// The reply to the request on show.
    Ready,
}

impl Status {
    /// As the panel's `data-*` attributes give it, for tests and embeds.
    pub const fn code(self) -> &'static str {
        match self {
            Status::Idle => "idle",
            Status::Computing => "computing",
            Status::Failed => "failed",
            Status::Ready => "ready",
        }
    }
}

/// A module reply as the panel shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    pub status: Status,
    /// Ready: the reply; computing: the last reply, shown until the new
    /// one comes so the panel does not jump at each keystroke; failed or
    /// idle: empty.
    pub text: Rc<str>,
}

/// The module's reply to `request` (none: nothing to ask), and a callback
/// that asks again after a failure. A reply for an older request never
/// shows as ready beside a newer one, nor an old failure during a retry.
#[hook]
pub fn use_module(request: Option<Request>) -> (Reply, Callback<()>) {
    // The last reply, whatever it answered (text: none after a failure).
    let reply = use_state_eq(|| None::<((Request, u32), Option<Rc<str>>)>);
    let attempt = use_state_eq(|| 0u32);
    {
        let reply = reply.clone();
        let deps = (request.clone(), *attempt);
        use_effect_with(deps, move |(request, attempt)| {
            if let Some(request) = request.clone() {
                let key = (request.clone(), *attempt);
                docs::call(request, move |result| {
                    reply.set(Some((key, result.ok().map(Rc::from))));
                });
            }
        });
    }
    let (status, text) = match (&request, &*reply) {
        (None, _) => (Status::Idle, None),
        (Some(r), Some(((asked, n), text))) if asked == r && *n == *attempt => match text {
            Some(t) => (Status::Ready, Some(t)),
            None => (Status::Failed, None),
        },
        (_, Some((_, text))) => (Status::Computing, text.as_ref()),
        (_, None) => (Status::Computing, None),
    };
    let text = text.cloned().unwrap_or_else(|| Rc::from(""));
    let retry = Callback::from(move |()| attempt.set(*attempt + 1));
    (Reply { status, text }, retry)
}

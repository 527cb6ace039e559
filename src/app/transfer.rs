//! Files and links through the on-demand module: the callbacks that turn
//! the live answers into downloads, a print, the answers file and a share
//! link; opening a share link from the address; importing a file; reading
//! an older autosave. Answers go to the module, and come back from it, as
//! the autosave record (see [`crate::docs`]).

use super::{files, link};
use crate::docs::{self, Failure, Request};
use crate::state::stored::{read_record, write_record};
use crate::state::{Action, FixFirst, ImportProblem, Loaded, ModuleStatus, Saved, State, Step};
use fusion_engine::answers::FieldError;
use fusion_engine::report::Format;
use fusion_engine::{Date, Lang};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// The answers as last rendered, for the callbacks (built once per mount)
/// that turn them into files and links. Files, links and summaries hold
/// the main answers and the scenarios, whichever one is on screen.
#[derive(Clone)]
pub(super) struct Live {
    /// The main answers and the scenarios as typed: what the module is sent
    /// (it names the files, too).
    pub(super) saved: Saved,
    /// The engine's checks of the answers on screen.
    pub(super) checks: Rc<Vec<FieldError>>,
    pub(super) lang: Lang,
    /// The date the assessment took as today (the module assesses again).
    pub(super) today: Date,
}

/// What [`Live`] holds, shared between the effect that updates it and the
/// callbacks that read it.
pub(super) type LiveCell = Rc<RefCell<Option<Live>>>;

/// The record the module is sent for the main answers and the scenarios
/// in `saved`, each scenario under the name it is kept by.
pub(super) fn record(saved: &Saved, lang: Lang) -> String {
    let mut scenarios = (*saved.scenarios).clone();
    for (i, s) in scenarios.list.iter_mut().enumerate() {
        s.name = s.kept_name(i, lang);
    }
    write_record(&Saved {
        draft: saved.draft.clone(),
        step: Step::Basics,
        scenarios: Rc::new(scenarios),
    })
}

/// The answers and the scenarios of a record the module sent back, read
/// as the form reads them; `None` if it does not read (a bug: the module
/// writes records).
fn loaded(record: &str, today: Date) -> Option<Loaded> {
    read_record(record).ok().map(|saved| Loaded {
        answers: saved.draft.answers(today),
        scenarios: saved.scenarios,
    })
}

/// The callbacks that make files and links from the live answers.
pub(super) fn transfer_handlers(
    d: &UseReducerDispatcher<State>,
    live: &LiveCell,
    root: &NodeRef,
) -> (Callback<Format>, Callback<()>, Callback<()>, Callback<()>) {
    // The object URL of the last download, alive until the next one.
    let keep = Rc::new(RefCell::new(None));
    let download = {
        let (d, live, root, keep) = (d.clone(), live.clone(), root.clone(), keep.clone());
        Callback::from(move |format: Format| {
            let (Some(l), Some(root)) = (live.borrow().clone(), root.cast::<web_sys::Element>())
            else {
                return;
            };
            let (d2, keep) = (d.clone(), keep.clone());
            // The module names the file (the name is the summary's business).
            ask(&d, summary(&l, format), move |reply| {
                let (name, text) = docs::file_reply(&reply);
                if files::download(&root, name, text, format.media_type(), &keep) {
                    d2.dispatch(Action::Downloaded(name.to_string()));
                }
            });
        })
    };
    let print = {
        let (d, live, root) = (d.clone(), live.clone(), root.clone());
        Callback::from(move |_: ()| {
            let (Some(l), Some(root)) = (live.borrow().clone(), root.cast::<web_sys::Element>())
            else {
                return;
            };
            let d2 = d.clone();
            ask(&d, summary(&l, Format::Html), move |reply| {
                if files::print(&root, docs::file_reply(&reply).1) {
                    d2.dispatch(Action::Printed);
                }
            });
        })
    };
    // A file or link with answers the engine's checks flag could not be
    // read back (import refuses it), so neither is made until they are fixed.
    let export = {
        let (d, live, root) = (d.clone(), live.clone(), root.clone());
        Callback::from(move |_: ()| {
            let (Some(l), Some(root)) = (live.borrow().clone(), root.cast::<web_sys::Element>())
            else {
                return;
            };
            if !l.checks.is_empty() {
                d.dispatch(Action::FixFirst(FixFirst::OnScreen));
                return;
            }
            let request = Request::AnswersFile {
                as_of: l.today,
                lang: l.lang,
                record: record(&l.saved, l.lang),
            };
            let (d2, keep) = (d.clone(), keep.clone());
            ask_readable(&d, request, move |reply| {
                let (name, text) = docs::file_reply(&reply);
                if files::download(&root, name, text, Format::Json.media_type(), &keep) {
                    d2.dispatch(Action::Downloaded(name.to_string()));
                }
            });
        })
    };
    let share = {
        let (d, live) = (d.clone(), live.clone());
        Callback::from(move |_: ()| {
            let (Some(l), Some(base)) = (live.borrow().clone(), link::share_base()) else {
                return;
            };
            if !l.checks.is_empty() {
                d.dispatch(Action::FixFirst(FixFirst::OnScreen));
                return;
            }
            let request = Request::EncodeLink {
                as_of: l.today,
                record: record(&l.saved, l.lang),
            };
            let d2 = d.clone();
            ask_readable(&d, request, move |payload| {
                let url = link::url(&base, &payload);
                d2.dispatch(Action::Shared { base: base.into() });
                link::copy(&url, move |copied| d2.dispatch(Action::Copied(copied)));
            });
        })
    };
    (download, print, export, share)
}

/// The summary of the live answers in `format`, as the module is asked for it.
fn summary(live: &Live, format: Format) -> Request {
    Request::Report {
        format,
        lang: live.lang,
        as_of: live.today,
        record: record(&live.saved, live.lang),
    }
}

/// Asks the on-demand module for `request` and hands its text to `then`;
/// shows "loading" while the module is fetched for its first use, and a
/// message if it cannot be fetched.
pub(super) fn ask(
    d: &UseReducerDispatcher<State>,
    request: Request,
    then: impl FnOnce(String) + 'static,
) {
    ask_or_refused(d, request, move |result| {
        if let Ok(text) = result {
            then(text);
        }
    });
}

/// [`ask`] for a file or a share link of the user's answers, which the
/// module refuses when answers not on screen could not be read back: the
/// page then says which, beside the buttons.
pub(super) fn ask_readable(
    d: &UseReducerDispatcher<State>,
    request: Request,
    then: impl FnOnce(String) + 'static,
) {
    let d2 = d.clone();
    ask_or_refused(d, request, move |result| match result {
        Ok(text) => then(text),
        Err(Failure::Refused(words)) => d2.dispatch(Action::FixFirst(FixFirst::Elsewhere(words))),
        Err(_) => {}
    });
}

/// [`ask`] for a request the module may refuse (a file or a share link
/// that does not read, an older autosave): `then` gets the text or the
/// refusal ([`Failure::Refused`] or [`Failure::Unreadable`]).
pub(super) fn ask_or_refused(
    d: &UseReducerDispatcher<State>,
    request: Request,
    then: impl FnOnce(Result<String, Failure>) + 'static,
) {
    if !docs::is_ready() {
        d.dispatch(Action::Module(Some(ModuleStatus::Loading)));
    }
    let d = d.clone();
    docs::call(request, move |result| match result {
        Ok(text) => {
            d.dispatch(Action::Module(None));
            then(Ok(text));
        }
        Err(refused @ (Failure::Refused(_) | Failure::Unreadable(_))) => {
            d.dispatch(Action::Module(None));
            then(Err(refused));
        }
        Err(Failure::Unavailable | Failure::Broken(_)) => {
            d.dispatch(Action::Module(Some(ModuleStatus::Unavailable)));
        }
    });
}

/// Opens a share link's fragment taken from the address: the module
/// unpacks, reads and checks its answers.
pub(super) fn open_link(d: &UseReducerDispatcher<State>, fragment: String, today: Date) {
    let d2 = d.clone();
    let request = Request::OpenLink {
        as_of: today,
        fragment,
    };
    ask_or_refused(d, request, move |result| {
        let link = match result {
            Ok(record) => loaded(&record, today),
            Err(Failure::Refused(refusal)) => {
                d2.dispatch(Action::OpenLink(Box::new(Err(refusal))));
                return;
            }
            Err(_) => None,
        };
        if let Some(linked) = link {
            d2.dispatch(Action::OpenLink(Box::new(Ok(linked))));
        }
    });
}

/// Reads a chosen or dropped file, and has the module import it; a refused
/// file changes nothing but the message beside the control.
pub(super) fn import_handler(
    d: &UseReducerDispatcher<State>,
    today: Date,
) -> Callback<web_sys::File> {
    // The read in flight: dropping it would cancel it.
    let reader = Rc::new(RefCell::new(None));
    let d = d.clone();
    Callback::from(move |file: web_sys::File| {
        let name = file.name();
        let d = d.clone();
        let read = files::read_text(file, move |text| {
            let text = match text {
                Ok(text) => text,
                Err(problem) => return d.dispatch(Action::ImportFailed(problem)),
            };
            let d2 = d.clone();
            let request = Request::Import { as_of: today, text };
            ask_or_refused(&d, request, move |result| {
                let action = match result {
                    Ok(record) => match loaded(&record, today) {
                        Some(file) => Action::Import {
                            name,
                            answers: Box::new(file.answers),
                            scenarios: file.scenarios,
                        },
                        None => return,
                    },
                    Err(Failure::Refused(refusal)) => {
                        Action::ImportFailed(ImportProblem::Refused(refusal))
                    }
                    Err(_) => return,
                };
                d2.dispatch(action);
            });
        });
        *reader.borrow_mut() = read;
    })
}

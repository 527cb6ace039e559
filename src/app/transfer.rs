//! Files and links through the on-demand module: the callbacks that turn
//! the live answers into downloads, a print, the answers file and a share
//! link; opening a share link from the address; importing a file.

use super::{files, link};
use crate::docs::{self, Failure, Request};
use crate::state::{Action, ImportProblem, ModuleStatus, State};
use fusion_engine::answers::FieldError;
use fusion_engine::i18n::ui::Ui;
use fusion_engine::report::{self, Format};
use fusion_engine::scenario::Scenario;
use fusion_engine::transfer::{answers_file, import, read_link_json, ImportError};
use fusion_engine::{Answers, Date, Lang};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// The answers and their assessment as last rendered, for the callbacks
/// (built once per mount) that turn them into files and links. Files,
/// links and summaries hold the main answers and the scenarios, whichever
/// one the interview is editing.
#[derive(Clone)]
pub(super) struct Live {
    /// The main answers.
    pub(super) answers: Rc<Answers>,
    /// The scenarios, with their names as kept.
    pub(super) scenarios: Rc<Vec<Scenario>>,
    /// The engine's checks of the answers on screen.
    pub(super) checks: Rc<Vec<FieldError>>,
    pub(super) lang: Lang,
    /// The date the assessment took as today (the module assesses again).
    pub(super) today: Date,
}

impl Live {
    /// The date the main answers are assessed as of (their own, or today),
    /// for file names.
    fn as_of(&self) -> Date {
        self.answers.assessment_date.unwrap_or(self.today)
    }
}

/// What [`Live`] holds, shared between the effect that updates it and the
/// callbacks that read it.
pub(super) type LiveCell = Rc<RefCell<Option<Live>>>;

/// The answers file's name: the summary's name with a tag before the
/// extension, so the two JSON files never overwrite each other.
fn answers_file_name(live: &Live) -> String {
    let name = report::file_name(&live.answers, live.as_of(), "", live.lang);
    format!("{name}-{}.json", Ui::AnswersFileTag.text(live.lang))
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
            let name = report::file_name(&l.answers, l.as_of(), format.extension(), l.lang);
            let (d2, keep) = (d.clone(), keep.clone());
            ask(&d, summary(&l, format), move |text| {
                if files::download(&root, &name, &text, format.media_type(), &keep) {
                    d2.dispatch(Action::Downloaded(name));
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
            ask(&d, summary(&l, Format::Html), move |html| {
                if files::print(&root, &html) {
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
                d.dispatch(Action::FixFirst);
                return;
            }
            let name = answers_file_name(&l);
            let text = answers_file(&l.answers, &l.scenarios);
            if files::download(&root, &name, &text, Format::Json.media_type(), &keep) {
                d.dispatch(Action::Downloaded(name));
            }
        })
    };
    let share = {
        let (d, live) = (d.clone(), live.clone());
        Callback::from(move |_: ()| {
            let (Some(l), Some(base)) = (live.borrow().clone(), link::share_base()) else {
                return;
            };
            if !l.checks.is_empty() {
                d.dispatch(Action::FixFirst);
                return;
            }
            let request = Request::EncodeLink {
                answers: answers_file(&l.answers, &l.scenarios),
            };
            let d2 = d.clone();
            ask(&d, request, move |payload| {
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
        answers: answers_file(&live.answers, &live.scenarios),
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

/// [`ask`] for a request the module may refuse (a share link that does not
/// read): `then` gets the text or the refusal.
fn ask_or_refused(
    d: &UseReducerDispatcher<State>,
    request: Request,
    then: impl FnOnce(Result<String, ImportError>) + 'static,
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
        Err(Failure::Refused(e)) => {
            d.dispatch(Action::Module(None));
            then(Err(e));
        }
        Err(Failure::Unavailable | Failure::Broken(_)) => {
            d.dispatch(Action::Module(Some(ModuleStatus::Unavailable)));
        }
    });
}

/// Opens a share link's fragment taken from the address: the module
/// unpacks it, the engine reads and checks its answers.
pub(super) fn open_link(d: &UseReducerDispatcher<State>, fragment: String) {
    let d2 = d.clone();
    ask_or_refused(d, Request::UnpackLink { fragment }, move |json| {
        let link = json.and_then(|json| read_link_json(&json));
        d2.dispatch(Action::OpenLink(Box::new(link)));
    });
}

/// Reads a chosen or dropped file and imports it; a refused file changes
/// nothing but the message beside the control.
pub(super) fn import_handler(d: &UseReducerDispatcher<State>) -> Callback<web_sys::File> {
    // The read in flight: dropping it would cancel it.
    let reader = Rc::new(RefCell::new(None));
    let d = d.clone();
    Callback::from(move |file: web_sys::File| {
        let name = file.name();
        let d = d.clone();
        let read = files::read_text(file, move |text| {
            let action = match text.and_then(|t| import(&t).map_err(ImportProblem::Refused)) {
                Ok(imported) => Action::Import {
                    name,
                    answers: Box::new(imported.answers),
                    scenarios: imported.scenarios,
                },
                Err(problem) => Action::ImportFailed(problem),
            };
            d.dispatch(action);
        });
        *reader.borrow_mut() = read;
    })
}

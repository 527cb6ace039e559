//! The page's root: one state, the worker, and every callback built in one
//! place. The views (`crate::view`) only render.

use crate::browser;
use crate::sandbox::Knob;
use crate::state::{problem_query, Action, Opened, QueryEdit, State};
use crate::view;
use crate::worker::Client;
use fusion_batch::protocol::{Export, FileFormat, Query, Request, Response};
use fusion_batch::{PolicyEdits, Target};
use fusion_engine::i18n::batch_page::Page as W;
use fusion_engine::transfer::{encode_link, import_unchecked};
use fusion_engine::{Lang, JIAXING_2024_14 as PACK};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// The page's options.
#[derive(Properties, PartialEq, Clone)]
pub struct PageProps {
    /// Starting language.
    pub lang: Lang,
    /// The worker's loader script.
    pub worker: String,
}

/// Every action the views can ask for.
#[derive(Clone, PartialEq)]
pub struct Handlers {
    /// Download the template.
    pub template: Callback<FileFormat>,
    /// A file was picked or dropped.
    pub file: Callback<web_sys::File>,
    /// Column `i` is read as this.
    pub column: Callback<(usize, Option<Target>)>,
    /// Screen the file as written.
    pub run: Callback<()>,
    /// Cancel the run.
    pub cancel: Callback<()>,
    /// New filters, order or page.
    pub query: Callback<QueryEdit>,
    /// Open the enterprise of this row in the interview.
    pub open: Callback<u64>,
    /// Download a list.
    pub export: Callback<(Export, FileFormat)>,
    /// A sandbox field was typed in.
    pub sandbox: Callback<(Knob, String)>,
    /// Screen again under the sandbox's figures.
    pub sandbox_run: Callback<()>,
    /// Back to the policy as written.
    pub sandbox_reset: Callback<()>,
    /// Switch language.
    pub lang: Callback<Lang>,
}

/// The batch page.
#[function_component]
pub fn BatchPage(props: &PageProps) -> Html {
    let state = use_reducer(|| State::new(props.lang, &PACK));
    let client = use_memo((), |_| Client::new(&props.worker));
    // The latest query: edits apply to it, not to the one a view rendered.
    let latest: Rc<RefCell<Query>> = use_mut_ref(crate::state::first_page);
    // The picked file, to open again after a cancelled run.
    let file: Rc<RefCell<Option<web_sys::File>>> = use_mut_ref(|| None);
    {
        let client = client.clone();
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            client.on_unavailable(move || dispatch.dispatch(Action::Unavailable));
            client.prefetch();
        });
    }
    let lang = state.lang;

    let template = {
        let client = client.clone();
        Callback::from(move |format: FileFormat| {
            client.send(
                &Request::Template { format, lang },
                None,
                Box::new(download_answer),
            );
        })
    };

    let open_file = {
        let client = client.clone();
        let latest = latest.clone();
        let dispatch = state.dispatcher();
        let file = file.clone();
        Callback::from(move |picked: web_sys::File| {
            *file.borrow_mut() = Some(picked.clone());
            dispatch.dispatch(Action::Opening);
            *latest.borrow_mut() = crate::state::first_page();
            send_open(&client, &picked, &dispatch, true, lang);
        })
    };

    let column = {
        let dispatch = state.dispatcher();
        Callback::from(move |(i, t)| dispatch.dispatch(Action::SetColumn(i, t)))
    };

    // Sends a whole query (after a run: the one the table showed).
    let send = {
        let client = client.clone();
        let dispatch = state.dispatcher();
        let latest = latest.clone();
        Callback::from(move |q: Query| {
            *latest.borrow_mut() = q.clone();
            send_query(&client, &dispatch, q);
        })
    };
    let query = {
        let send = send.clone();
        let latest = latest.clone();
        Callback::from(move |edit: QueryEdit| {
            let next = edit.apply(&latest.borrow());
            send.emit(next);
        })
    };

    let run_with = {
        let client = client.clone();
        let dispatch = state.dispatcher();
        let state = state.clone();
        let query = send.clone();
        let latest = latest.clone();
        Rc::new(move |sandbox: Option<PolicyEdits>| {
            let (Some(opened), Some(mapping)) = (&state.opened, &state.mapping) else {
                return;
            };
            if !state.can_run() {
                return;
            }
            browser::remember_mapping(mapping);
            dispatch.dispatch(Action::RunStarted { total: opened.rows });
            let request = Request::Run {
                mapping: mapping.clone(),
                sandbox: sandbox.map(Box::new),
                today: browser::today(),
                lang,
            };
            let dispatch = dispatch.clone();
            let client2 = client.clone();
            let keep = latest.borrow().clone();
            let query = query.clone();
            client.send(
                &request,
                None,
                Box::new(move |r, _| match r {
                    Response::Progress { done, total } => {
                        dispatch.dispatch(Action::Progress { done, total })
                    }
                    Response::Done(done) => {
                        dispatch.dispatch(Action::Done(Box::new(done)));
                        query.emit(Query {
                            offset: 0,
                            ..keep.clone()
                        });
                        send_problems(&client2, &dispatch);
                    }
                    Response::Failed(fusion_batch::protocol::Failure::Sandbox { message }) => {
                        dispatch.dispatch(Action::SandboxRefused(message))
                    }
                    Response::Failed(f) => {
                        dispatch.dispatch(Action::FileFailed(failure_text(&f, lang)))
                    }
                    _ => {}
                }),
            );
        })
    };

    let run = {
        let run_with = run_with.clone();
        Callback::from(move |()| run_with(None))
    };

    let cancel = {
        let client = client.clone();
        let dispatch = state.dispatcher();
        let file = file.clone();
        Callback::from(move |()| {
            client.restart();
            dispatch.dispatch(Action::Cancelled);
            // The new worker needs the file again; the mapping on screen stays.
            if let Some(f) = file.borrow().as_ref() {
                send_open(&client, f, &dispatch, false, lang);
            }
        })
    };

    let open = {
        let client = client.clone();
        let dispatch = state.dispatcher();
        Callback::from(move |row: u64| {
            let dispatch = dispatch.clone();
            client.send(
                &Request::Enterprise { row },
                None,
                Box::new(move |r, _| {
                    let opened = match r {
                        Response::Enterprise { answers, .. } => {
                            import_unchecked(&answers).ok().is_some_and(|i| {
                                browser::open_interview(
                                    &encode_link(&i.answers, &i.scenarios),
                                    lang,
                                )
                            })
                        }
                        _ => false,
                    };
                    let notice = (!opened).then(|| W::OpenFailed.text(lang).to_string());
                    dispatch.dispatch(Action::Notice(notice));
                }),
            );
        })
    };

    let export = {
        let client = client.clone();
        Callback::from(move |(what, format)| {
            client.send(
                &Request::Export { what, format },
                None,
                Box::new(download_answer),
            );
        })
    };

    let sandbox = {
        let dispatch = state.dispatcher();
        Callback::from(move |(k, t)| dispatch.dispatch(Action::Sandbox(k, t)))
    };

    let sandbox_run = {
        let dispatch = state.dispatcher();
        let draft = state.sandbox.clone();
        let run_with = run_with.clone();
        Callback::from(move |()| match draft.edits(&PACK, lang) {
            Ok(edits) => {
                dispatch.dispatch(Action::SandboxError(None));
                run_with(Some(edits));
            }
            Err(e) => dispatch.dispatch(Action::SandboxError(Some(e))),
        })
    };

    let sandbox_reset = {
        let dispatch = state.dispatcher();
        let run_with = run_with.clone();
        let had_sandbox = state.done.as_ref().is_some_and(|d| d.sandbox.is_some());
        Callback::from(move |()| {
            dispatch.dispatch(Action::SandboxReset(Box::new(
                crate::sandbox::SandboxDraft::of(&PACK),
            )));
            if had_sandbox {
                run_with(None);
            }
        })
    };

    let lang_cb = {
        let dispatch = state.dispatcher();
        Callback::from(move |l| {
            dispatch.dispatch(Action::Lang(l));
            if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
                doc.set_title(&format!("{} · 两业融合政策自测", W::Title.text(l)));
                if let Some(root) = doc.document_element() {
                    let _ = root.set_attribute("lang", l.tag());
                }
            }
        })
    };

    let handlers = Rc::new(Handlers {
        template,
        file: open_file,
        column,
        run,
        cancel,
        query,
        open,
        export,
        sandbox,
        sandbox_run,
        sandbox_reset,
        lang: lang_cb,
    });
    view::page(&state, &handlers)
}

/// Opens `file` in the worker; `announce`: the answer updates the page
/// (after a cancel the page keeps its mapping and only errors show).
fn send_open(
    client: &Client,
    file: &web_sys::File,
    dispatch: &UseReducerDispatcher<State>,
    announce: bool,
    lang: Lang,
) {
    let client = client.clone();
    let dispatch = dispatch.clone();
    let file = file.clone();
    let lang_of = move |f: &fusion_batch::protocol::Failure| failure_text(f, lang);
    wasm_bindgen_futures::spawn_local(async move {
        let Some(bytes) = browser::read_file(&file).await else {
            dispatch.dispatch(Action::FileFailed(lang_of(
                &fusion_batch::protocol::Failure::NoFile,
            )));
            return;
        };
        let request = Request::Open {
            file_name: file.name(),
            mapping: browser::remembered_mapping(),
            lang,
        };
        let d = dispatch.clone();
        client.send(
            &request,
            Some(bytes),
            Box::new(move |r, _| match r {
                Response::Opened {
                    file_name,
                    mapping,
                    template,
                    rows,
                    header_row,
                    ..
                } if announce => d.dispatch(Action::Opened {
                    opened: Opened {
                        file_name,
                        template,
                        rows,
                        header_row,
                    },
                    mapping,
                }),
                // The file again, for a new worker after a cancel.
                Response::Opened { .. } => d.dispatch(Action::Reopened),
                Response::Failed(f) => d.dispatch(Action::FileFailed(lang_of(&f))),
                _ => {}
            }),
        );
    });
}

fn send_query(client: &Client, dispatch: &UseReducerDispatcher<State>, q: Query) {
    dispatch.dispatch(Action::Query(q.clone()));
    let d = dispatch.clone();
    let asked = q.clone();
    client.send(
        &Request::Query(q),
        None,
        Box::new(move |r, _| {
            if let Response::Page { total, rows } = r {
                d.dispatch(Action::Page {
                    query: asked.clone(),
                    total,
                    rows,
                });
            }
        }),
    );
}

fn send_problems(client: &Client, dispatch: &UseReducerDispatcher<State>) {
    let d = dispatch.clone();
    client.send(
        &Request::Query(problem_query()),
        None,
        Box::new(move |r, _| {
            if let Response::Page { total, rows } = r {
                d.dispatch(Action::Problems { total, rows });
            }
        }),
    );
}

/// A file answer becomes a download.
fn download_answer(r: Response, bytes: Option<js_sys::Uint8Array>) {
    if let (Response::File { name, mime }, Some(bytes)) = (r, bytes) {
        browser::download(&bytes, &name, &mime);
    }
}

/// A failure in words: the worker's own message for a file.
fn failure_text(f: &fusion_batch::protocol::Failure, lang: Lang) -> String {
    use fusion_batch::protocol::Failure as F;
    match f {
        F::File { message } | F::Sandbox { message } => message.clone(),
        _ => W::WorkerUnavailable.text(lang).to_string(),
    }
}

//! The client list and presentation mode in this browser's storage, beside
//! autosave's copy and under the same host-chosen key (`KEY:clients`,
//! `KEY:client` for the one on screen, `KEY:presentation`); the list's
//! export and import as one file, whose JSON the on-demand module writes
//! and reads (the list is kept as a plain store text, so this module needs
//! no JSON reader for it). Nothing here leaves the device. A list that does
//! not read is left as it is and never written over; a save the browser
//! refuses is reported, and the list stays in the page to export.

use super::autosave::storage;
use super::files;
use super::transfer::{ask, ask_or_refused};
use crate::docs::{Failure, Request};
use crate::state::{Action, ClientAction, Clients, Presentation, Refusal, State, Store};
use fusion_engine::clients::{read_store, write_store, MAX_CLIENTS_BYTES};
use fusion_engine::i18n::clients::ClientsUi;
use fusion_engine::report::Format;
use fusion_engine::{Date, Lang};
use gloo::events::EventListener;
use gloo::file::callbacks::{read_as_text, FileReader};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

fn list_key(key: &str) -> String {
    format!("{key}:clients")
}

fn current_key(key: &str) -> String {
    format!("{key}:client")
}

fn presentation_key(key: &str) -> String {
    format!("{key}:presentation")
}

/// At mount: the client list this device keeps and how it can fare, and
/// the presentation mode last chosen.
pub fn boot(key: Option<&str>) -> (Clients, Presentation) {
    let Some(key) = key else {
        return (Clients::default(), Presentation::default());
    };
    let Some(storage) = storage() else {
        let clients = Clients {
            store: Store::Unavailable,
            ..Clients::default()
        };
        return (clients, Presentation::default());
    };
    let get = |k: String| storage.get_item(&k).ok().flatten();
    let presentation = get(presentation_key(key))
        .map(|code| Presentation::from_code(&code))
        .unwrap_or_default();
    let list = match get(list_key(key)).map(|text| read_store(&text)) {
        None => Vec::new(),
        Some(Some(list)) => list,
        Some(None) => {
            let clients = Clients {
                store: Store::Unread,
                ..Clients::default()
            };
            return (clients, presentation);
        }
    };
    let current = get(current_key(key)).filter(|c| list.iter().any(|x| x.name == *c));
    let clients = Clients {
        list: Rc::new(list),
        current: current.map(Rc::from),
        store: Store::Kept,
        ..Clients::default()
    };
    (clients, presentation)
}

/// Writes the list and which client is on screen; `false` when the browser
/// refused (what was kept before stays).
fn save(key: &str, clients: &Clients) -> bool {
    let Some(storage) = storage() else {
        return false;
    };
    let current = match &clients.current {
        Some(name) => storage.set_item(&current_key(key), name),
        None => storage.remove_item(&current_key(key)),
    };
    storage
        .set_item(&list_key(key), &write_store(&clients.list))
        .is_ok()
        && current.is_ok()
}

/// What the storage effect last wrote or did.
struct Written {
    clients: Clients,
    presentation: Presentation,
}

/// Keeps the list and the presentation mode on this device as they change,
/// reports a refused save, and downloads the list when the user exports it.
#[hook]
pub fn use_clients(key: Option<String>, state: &UseReducerHandle<State>, root: &NodeRef) {
    let last = use_mut_ref(|| Written {
        clients: state.clients.clone(),
        presentation: state.presentation,
    });
    use_other_tabs(key.clone(), state, last.clone());
    // The object URL of the last export, alive until the next one.
    let keep = use_mut_ref(|| None);
    let (d, root, today) = (state.dispatcher(), root.clone(), state.today);
    let deps = (state.clients.clone(), state.presentation, state.lang);
    use_effect_with(deps, move |(clients, presentation, lang)| {
        let Some(key) = key else {
            return;
        };
        let mut last = last.borrow_mut();
        if *presentation != last.presentation {
            if let Some(storage) = storage() {
                let _ = storage.set_item(&presentation_key(&key), presentation.code());
            }
            last.presentation = *presentation;
        }
        if clients.exports != last.clients.exports {
            last.clients.exports = clients.exports;
            let name = format!("{}-{today}.json", ClientsUi::FileName.text(*lang));
            let request = Request::ExportClients {
                as_of: today,
                store: write_store(&clients.list),
            };
            let (d2, root, keep) = (d.clone(), root.clone(), keep.clone());
            ask(&d, request, move |text| {
                if let Some(root) = root.cast::<web_sys::Element>() {
                    if files::download(&root, &name, &text, Format::Json.media_type(), &keep) {
                        d2.dispatch(Action::Downloaded(name));
                    }
                }
            });
        }
        let changed = clients.list != last.clients.list || clients.current != last.clients.current;
        if !changed || !matches!(clients.store, Store::Kept | Store::Failed) {
            return;
        }
        let ok = save(&key, clients);
        if ok {
            last.clients.list = clients.list.clone();
            last.clients.current = clients.current.clone();
        }
        if ok != (clients.store == Store::Kept) {
            d.dispatch(Action::Client(ClientAction::Stored(ok)));
        }
    });
}

/// Follows the list when another tab of this browser saves it, so this
/// tab's next save (a client saved, renamed, deleted here) keeps what that
/// tab did instead of writing over it. A storage event reaches every page
/// of the origin but the one that wrote.
#[hook]
fn use_other_tabs(
    key: Option<String>,
    state: &UseReducerHandle<State>,
    last: Rc<RefCell<Written>>,
) {
    let d = state.dispatcher();
    use_effect_with(key, move |key| {
        let listener = key.as_deref().map(list_key).map(|list| {
            EventListener::new(&gloo::utils::window(), "storage", move |e| {
                let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
                    return;
                };
                // No key: the other page cleared all of this origin's storage.
                if e.key().is_some_and(|k| k != list) {
                    return;
                }
                let stored = storage().and_then(|s| s.get_item(&list).ok().flatten());
                let read = match stored {
                    None => Some(Vec::new()),
                    Some(text) => read_store(&text),
                };
                // What the other tab wrote is what storage holds: nothing
                // to write back.
                if let Some(list) = &read {
                    last.borrow_mut().clients.list = Rc::new(list.clone());
                }
                d.dispatch(Action::Client(ClientAction::Synced(read)));
            })
        });
        move || drop(listener)
    });
}

/// Reads a chosen clients file and has the on-demand module read it; the
/// reducer adds its clients or shows why not. A file larger than any list
/// is refused before a byte is read.
pub fn import_handler(d: &UseReducerDispatcher<State>, today: Date) -> Callback<web_sys::File> {
    // The read in flight: dropping it would cancel it.
    let reader: Rc<RefCell<Option<FileReader>>> = Rc::default();
    let d = d.clone();
    Callback::from(move |file: web_sys::File| {
        let name: Rc<str> = file.name().into();
        let done = {
            let d = d.clone();
            move |read: Result<String, Refusal>| {
                d.dispatch(Action::Client(ClientAction::Imported(name, read)));
            }
        };
        let words = |w: ClientsUi| Refusal::new(w.text(Lang::Zh), w.text(Lang::En));
        if file.size() as usize > MAX_CLIENTS_BYTES {
            done(Err(words(ClientsUi::FileTooLarge)));
            return;
        }
        let d = d.clone();
        let blob = gloo::file::Blob::from(web_sys::Blob::from(file));
        let read = read_as_text(&blob, move |text| match text {
            Ok(file) => {
                let request = Request::ImportClients { as_of: today, file };
                ask_or_refused(&d, request, move |reply| match reply {
                    Ok(store) => done(Ok(store)),
                    Err(Failure::Refused(refusal)) => done(Err(refusal)),
                    Err(_) => done(Err(words(ClientsUi::FileUnreadable))),
                });
            }
            Err(_) => done(Err(words(ClientsUi::FileUnreadable))),
        });
        *reader.borrow_mut() = Some(read);
    })
}

//! Autosave: the form as typed and the step the user was on, kept in this
//! browser's `localStorage` under the key the host page chose, so a reload
//! shows the screen as it was. Nothing here leaves the device.
//!
//! Saved answers are never lost behind the user's back: data that does not
//! read is moved aside to a backup key (or, where that fails, left where it
//! is and never written over); nothing is removed unless the user clears;
//! a save that fails is reported; and a save made in another tab holds this
//! one's autosave until the user chooses whose answers to keep.

use super::transfer::ask_or_refused;
use crate::docs::{Failure, Request};
use crate::state::stored::{read_kept, read_record, write_record, Kept};
use crate::state::{Action, SaveStatus, Saved, State, Unread, Unreadable};
use fusion_engine::Date;
use gloo::events::EventListener;
use gloo::file::ObjectUrl;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The browser's local storage, or `None` where it is refused (storage
/// turned off, a sandboxed frame, some private modes, where even reading
/// `window.localStorage` throws): the tool then works without it.
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The key of the step older autosaves kept beside the answers file.
fn step_key(key: &str) -> String {
    format!("{key}:step")
}

/// How many backups of unreadable data are kept apart before giving up.
const BACKUP_SLOTS: u32 = 9;

/// The `n`th key unreadable data may be moved to.
fn backup_key(key: &str, n: u32) -> String {
    match n {
        1 => format!("{key}:unreadable"),
        n => format!("{key}:unreadable:{n}"),
    }
}

/// What is saved under `key`: a record, an older autosave, nothing, or data
/// that does not read (left where it is).
pub fn read(key: &str) -> Result<Option<Kept>, Unread> {
    let Some(storage) = storage() else {
        return Ok(None);
    };
    let Some(text) = storage.get_item(key).ok().flatten() else {
        return Ok(None);
    };
    read_kept(&text).map(Some).map_err(|why| Unread {
        why,
        text: text.into(),
        backup: None,
    })
}

/// What the tool found at mount (see [`boot`]).
pub struct Booted {
    /// The saved answers, read.
    pub saved: Option<Saved>,
    /// Data that did not read, moved aside to a backup key where the
    /// browser allows.
    pub unread: Option<Unread>,
    /// How autosave can fare.
    pub status: SaveStatus,
    /// An older autosave is saved: [`restore_older`] has the module read it.
    pub older: bool,
}

/// At mount: what is saved under `key`, and how autosave can fare.
pub fn boot(key: Option<&str>) -> Booted {
    let booted = |saved, unread, status, older| Booted {
        saved,
        unread,
        status,
        older,
    };
    let Some(key) = key else {
        return booted(None, None, SaveStatus::Off, false);
    };
    let Some(storage) = storage() else {
        return booted(None, None, SaveStatus::Unavailable, false);
    };
    match read(key) {
        Ok(Some(Kept::Record(saved))) => booted(Some(saved), None, SaveStatus::Waiting, false),
        Ok(Some(Kept::Older)) => booted(None, None, SaveStatus::Waiting, true),
        Ok(None) => booted(None, None, SaveStatus::Waiting, false),
        Err(mut unread) => {
            unread.backup = move_aside(&storage, key, &unread.text).map(Rc::from);
            booted(None, Some(unread), SaveStatus::Waiting, false)
        }
    }
}

/// Has the on-demand module read the older autosave under `key` (an answers
/// file, with its step under another key), then puts it in the form; if it
/// does not read, moves it aside and says so, as for a damaged record.
/// Autosave is held meanwhile, so nothing overwrites it; offline before the
/// module's first visit, it stays held (and the module's notice says why).
pub fn restore_older(d: &UseReducerDispatcher<State>, key: &str, today: Date) {
    let Some(storage) = storage() else {
        return;
    };
    let Some(text) = storage.get_item(key).ok().flatten() else {
        return;
    };
    let step = storage.get_item(&step_key(key)).ok().flatten();
    let request = Request::Migrate {
        as_of: today,
        text: text.clone(),
        step: step.unwrap_or_default(),
    };
    let (d2, key) = (d.clone(), key.to_string());
    ask_or_refused(d, request, move |result| {
        let read = match result {
            Ok(record) => read_record(&record),
            Err(Failure::Unreadable(why)) => Err(why),
            Err(_) => Err(Unreadable::Corrupt),
        };
        let read = read.map(Some).map_err(|why| Unread {
            why,
            backup: move_aside(&storage, &key, &text).map(Rc::from),
            text: text.into(),
        });
        d2.dispatch(Action::ReloadSaved(Box::new(read)));
    });
}

/// Moves `text` from `key` to the first free backup key (or one that holds
/// the same text already), and says which; `None` leaves it where it is.
fn move_aside(storage: &web_sys::Storage, key: &str, text: &str) -> Option<String> {
    let slot =
        (1..=BACKUP_SLOTS)
            .map(|n| backup_key(key, n))
            .find(|k| match storage.get_item(k) {
                Ok(None) => storage.set_item(k, text).is_ok(),
                Ok(Some(held)) => held == text,
                Err(_) => false,
            })?;
    // Copied first, removed after: a failure between the two leaves two
    // copies, never none.
    storage.remove_item(key).ok()?;
    Some(slot)
}

/// Saves `saved` under `key`; `false` when the browser refused (storage
/// full, private mode), in which case what was saved before stays.
pub fn save(key: &str, saved: &Saved) -> bool {
    let Some(storage) = storage() else {
        return false;
    };
    if storage.set_item(key, &write_record(saved)).is_err() {
        return false;
    }
    // The record holds its step: an older autosave's step goes.
    let _ = storage.remove_item(&step_key(key));
    true
}

/// Removes the answers saved under `key` (the user asked to clear them);
/// backups of unreadable data stay.
pub fn clear(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
        let _ = storage.remove_item(&step_key(key));
    }
}

/// What autosave last wrote (or found at mount), so it writes only when the
/// answers, the step, the scenarios or the user's request change.
struct Written {
    saved: Saved,
    clears: u32,
    keeps: u32,
}

/// Keeps the copy under `key` in step with the state (the answers, the
/// step and the scenarios), reports how saving fares, and tells the state
/// when another tab saves under the same key.
#[hook]
pub fn use_autosave(key: Option<String>, state: &UseReducerHandle<State>) {
    let last = use_mut_ref(|| Written {
        saved: state.saved(),
        clears: state.autosave.clears,
        keeps: state.autosave.keeps,
    });
    {
        let (d, key) = (state.dispatcher(), key.clone());
        let saving = &state.autosave;
        let deps = (
            (state.saved(), state.blank.clone()),
            (state.read_only(), saving.hold, saving.status),
            (saving.clears, saving.keeps),
        );
        use_effect_with(deps, move |deps| {
            let ((saved, blank), (read_only, hold, status), (clears, keeps)) = deps;
            let Some(key) = key else {
                return;
            };
            let mut last = last.borrow_mut();
            if *clears != last.clears {
                clear(&key);
                *last = Written {
                    saved: saved.clone(),
                    clears: *clears,
                    keeps: *keeps,
                };
                return;
            }
            let asked = *keeps != last.keeps;
            let changed = asked || *saved != last.saved;
            // A share link's answers, or a hold, never overwrite what is
            // saved; nor does a blank form without scenarios, unless the
            // user asked.
            let held = *read_only || hold.is_some() || *status == SaveStatus::Unavailable;
            let nothing = saved.draft == *blank && saved.scenarios.list.is_empty();
            if !changed || held || (!asked && nothing) {
                return;
            }
            let ok = save(&key, saved);
            if ok {
                *last = Written {
                    saved: saved.clone(),
                    clears: *clears,
                    keeps: *keeps,
                };
            }
            let now = if ok {
                SaveStatus::Saved
            } else {
                SaveStatus::Failed
            };
            if now != *status {
                d.dispatch(Action::Autosaved(ok));
            }
        });
    }
    // A storage event reaches every other page of this origin, never the
    // one that wrote: any event for our key is another tab's save.
    let d = state.dispatcher();
    use_effect_with(key, move |key| {
        let listener = key.clone().map(|key| {
            EventListener::new(&gloo::utils::window(), "storage", move |e| {
                let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
                    return;
                };
                // No key: the other page cleared all of this origin's storage.
                if e.key().is_none_or(|k| k == key) {
                    d.dispatch(Action::SavedElsewhere);
                }
            })
        });
        move || drop(listener)
    });
}

/// The callbacks behind the messages about saved data.
#[derive(Clone, PartialEq)]
pub struct SaveHandlers {
    /// Downloads data that did not read: its file name and text.
    pub export_backup: Callback<(String, Rc<str>)>,
    /// Loads what another tab saved.
    pub reload: Callback<()>,
    /// Saves this page's answers over another tab's.
    pub keep_mine: Callback<()>,
    /// Hides the message about data that did not read.
    pub dismiss_unread: Callback<()>,
    /// Hides the message about a failed save.
    pub dismiss_failed: Callback<()>,
}

impl SaveHandlers {
    /// Built once per mount; `root` is where downloads are made.
    pub fn new(
        d: &UseReducerDispatcher<State>,
        key: Option<String>,
        today: Date,
        root: &NodeRef,
    ) -> SaveHandlers {
        let send = |action: fn() -> Action| {
            let d = d.clone();
            Callback::from(move |_: ()| d.dispatch(action()))
        };
        let keep: Rc<RefCell<Option<ObjectUrl>>> = Rc::default();
        let export_backup = {
            let (d, root) = (d.clone(), root.clone());
            Callback::from(move |(name, text): (String, Rc<str>)| {
                let Some(root) = root.cast::<web_sys::Element>() else {
                    return;
                };
                if super::files::download(&root, &name, &text, "application/json", &keep) {
                    d.dispatch(Action::Downloaded(name));
                }
            })
        };
        let reload = {
            let d = d.clone();
            Callback::from(move |_: ()| {
                let Some(key) = &key else {
                    return;
                };
                match read(key) {
                    Ok(Some(Kept::Older)) => restore_older(&d, key, today),
                    Ok(Some(Kept::Record(saved))) => {
                        d.dispatch(Action::ReloadSaved(Box::new(Ok(Some(saved)))))
                    }
                    Ok(None) => d.dispatch(Action::ReloadSaved(Box::new(Ok(None)))),
                    Err(unread) => d.dispatch(Action::ReloadSaved(Box::new(Err(unread)))),
                }
            })
        };
        SaveHandlers {
            export_backup,
            reload,
            keep_mine: send(|| Action::KeepMine),
            dismiss_unread: send(|| Action::DismissUnread),
            dismiss_failed: send(|| Action::DismissSaveFailed),
        }
    }
}

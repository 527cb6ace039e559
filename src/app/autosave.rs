//! Autosave: the answers (as an answers file, the same text "export"
//! writes) and the step the user was on, kept in this browser's
//! `localStorage` under the key the host page chose, so a reload resumes
//! where the user left off. Nothing here leaves the device.

use crate::state::{Saved, Step, STEPS};
use fusion_engine::transfer::{answers_file, import_unchecked};
use fusion_engine::Answers;

/// The browser's local storage, or `None` where it is refused (storage
/// turned off, a sandboxed frame, some private modes, where even reading
/// `window.localStorage` throws): the tool then simply works without it.
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The key of the step saved beside the answers under `key`.
fn step_key(key: &str) -> String {
    format!("{key}:step")
}

/// The answers saved under `key`, with their step. Answers the engine's own
/// checks flag (a level still to be chosen) come back as they were typed;
/// anything that does not read as an answers file is ignored.
pub fn load(key: &str) -> Option<Saved> {
    let storage = storage()?;
    let text = storage.get_item(key).ok().flatten()?;
    let answers = import_unchecked(&text).ok()?.answers;
    let step = storage
        .get_item(&step_key(key))
        .ok()
        .flatten()
        .and_then(|s| s.parse::<usize>().ok())
        .and_then(|i| STEPS.get(i).copied())
        .unwrap_or(Step::Basics);
    Some(Saved { answers, step })
}

/// Saves `answers` and `step` under `key`. A full or refused storage keeps
/// what it had: autosave is a convenience, and the answers are still on
/// screen to export.
pub fn save(key: &str, answers: &Answers, step: Step) {
    let Some(storage) = storage() else {
        return;
    };
    let index = STEPS.iter().position(|s| *s == step).unwrap_or(0);
    let _ = storage.set_item(key, &answers_file(answers));
    let _ = storage.set_item(&step_key(key), &index.to_string());
}

/// Removes everything saved under `key`.
pub fn clear(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
        let _ = storage.remove_item(&step_key(key));
    }
}

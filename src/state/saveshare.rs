//! The save/share state: answers kept on this device, what the page held at
//! mount, a share link's read-only view, the confirmations, refused files and
//! the share link on show. The reducer applies them (`reducer.rs`).

use super::steps::Step;
use fusion_engine::i18n::ui::Ui;
use fusion_engine::transfer::ImportError;
use fusion_engine::{Answers, Lang};
use std::rc::Rc;

/// Answers kept in this browser between visits, with the step the user
/// was on.
#[derive(Debug, Clone, PartialEq)]
pub struct Saved {
    /// The answers, as the answers file held them.
    pub answers: Answers,
    /// The step the user was on.
    pub step: Step,
}

/// What the page held when the tool was mounted, applied once by
/// [`Action::Boot`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Boot {
    /// The answers autosaved on this device, if any.
    pub saved: Option<Saved>,
    /// A share link in the address: its answers, or why it does not read.
    pub link: Option<Result<Answers, ImportError>>,
}

/// Answers opened from a share link: shown read-only until the user
/// chooses to edit them.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkView {
    /// The answers saved on this device when the link was opened. They stay
    /// in storage, untouched, until the user lets the link's answers replace
    /// them or goes back to them.
    pub saved: Option<Rc<Saved>>,
}

/// A question asked (in an in-page dialog) before something that cannot be
/// undone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirm {
    /// Delete the saved answers and empty the form.
    Clear,
    /// Let a share link's answers replace the ones saved on this device.
    ReplaceSaved,
}

/// The on-demand module (`crate::docs`) as the user sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModuleStatus {
    /// Being fetched for its first use.
    Loading,
    /// Could not be fetched (offline before its first use): the feature
    /// asked for did nothing; asking again retries.
    Unavailable,
}

impl ModuleStatus {
    /// The words shown beside the downloads and share controls.
    pub fn text(self, lang: Lang) -> &'static str {
        match self {
            ModuleStatus::Loading => Ui::ModuleLoading.text(lang),
            ModuleStatus::Unavailable => Ui::ModuleUnavailable.text(lang),
        }
    }
}

/// Why a file was not imported.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportProblem {
    /// The engine refused its content.
    Refused(ImportError),
    /// The browser could not read the file at all.
    Unreadable,
}

impl ImportProblem {
    /// The message shown beside the import control.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ImportProblem::Refused(e) => e.message(lang),
            ImportProblem::Unreadable => Ui::ImportUnreadable.text(lang).to_string(),
        }
    }
}

/// The share link on show: the page's address without its fragment (the
/// link itself is built from the current answers on every render, so it
/// never lags behind an edit).
#[derive(Debug, Clone, PartialEq)]
pub struct Share {
    /// The page's address without its fragment.
    pub base: Rc<str>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::testing::{reduce, sample, today};
    use crate::state::{Action, Announcement, Draft, Edit, FieldId, FocusTarget, State, TextField};
    use fusion_engine::answers::Location;

    #[test]
    fn saved_answers_come_back_on_their_step() {
        let saved = Saved {
            answers: sample("logistics"),
            step: Step::Tax,
        };
        let s = reduce(
            State::new("t", today()),
            [Action::Boot(Box::new(Boot {
                saved: Some(saved.clone()),
                link: None,
            }))],
        );
        assert!(s.started);
        assert_eq!(s.step, Step::Tax);
        assert_eq!(s.answers(), saved.answers);
        assert!(!s.read_only());
        assert_eq!(*s.blank, Draft::default());
    }

    #[test]
    fn a_link_is_read_only_and_never_replaces_saved_answers_unasked() {
        let saved = Saved {
            answers: sample("logistics"),
            step: Step::Land,
        };
        let linked = sample("manufacturer");
        let s = reduce(
            State::new("t", today()),
            [Action::Boot(Box::new(Boot {
                saved: Some(saved.clone()),
                link: Some(Ok(linked.clone())),
            }))],
        );
        assert!(s.read_only());
        assert_eq!(s.answers(), linked);
        // Nothing changes the link's answers while they are read-only.
        let s = reduce(
            s,
            [
                Action::Edit(Edit::Text(TextField::EnterpriseName, "x".into())),
                Action::LoadSample {
                    name: "x".into(),
                    answers: Box::new(Answers::default()),
                },
                Action::Import {
                    name: "x".into(),
                    answers: Box::new(Answers::default()),
                },
                Action::Ask(Confirm::Clear),
            ],
        );
        assert_eq!(s.answers(), linked);
        assert_eq!(s.confirm, None);
        // Editing asks first; cancelling keeps both.
        let s = reduce(s, [Action::EditLinked]);
        assert_eq!(s.confirm, Some(Confirm::ReplaceSaved));
        let s = reduce(s, [Action::Answer(false)]);
        assert!(s.read_only());
        assert_eq!(s.confirm, None);
        // Going back restores the saved answers and their step.
        let back = reduce(s.clone(), [Action::BackToSaved]);
        assert!(!back.read_only());
        assert_eq!(back.answers(), saved.answers);
        assert_eq!(back.step, Step::Land);
        // Replacing makes the link's answers editable.
        let replaced = reduce(s, [Action::EditLinked, Action::Answer(true)]);
        assert!(!replaced.read_only());
        assert_eq!(replaced.answers(), linked);
    }

    #[test]
    fn a_link_opened_in_the_same_tab_keeps_the_answers_on_screen() {
        let linked = sample("trader");
        let s = reduce(
            State::new("t", today()),
            [
                Action::Boot(Box::default()),
                Action::Start,
                Action::Edit(Edit::Text(TextField::EnterpriseName, "甲".into())),
                Action::GoTo(Step::Land),
                Action::OpenLink(Box::new(Ok(linked.clone()))),
            ],
        );
        assert!(s.read_only());
        assert_eq!(s.answers(), linked);
        // A second link, then a broken one: the first answers stay kept.
        let s = reduce(
            s,
            [
                Action::OpenLink(Box::new(Ok(sample("platform")))),
                Action::OpenLink(Box::new(Err(ImportError::CorruptLink))),
            ],
        );
        assert_eq!(s.answers(), sample("platform"));
        assert_eq!(s.link_error, Some(ImportError::CorruptLink));
        let s = reduce(s, [Action::BackToSaved]);
        assert_eq!(s.draft.text(TextField::EnterpriseName), "甲");
        assert_eq!(s.step, Step::Land);
    }

    #[test]
    fn a_link_without_saved_answers_is_edited_without_asking() {
        let linked = sample("trader");
        let s = reduce(
            State::new("t", today()),
            [
                Action::Boot(Box::new(Boot {
                    saved: None,
                    link: Some(Ok(linked.clone())),
                })),
                Action::EditLinked,
            ],
        );
        assert_eq!(s.confirm, None);
        assert!(!s.read_only());
        assert_eq!(s.answers(), linked);
    }

    #[test]
    fn a_corrupt_link_says_so_and_keeps_the_saved_answers() {
        let saved = Saved {
            answers: sample("haining"),
            step: Step::Revenue,
        };
        let s = reduce(
            State::new("t", today()),
            [Action::Boot(Box::new(Boot {
                saved: Some(saved.clone()),
                link: Some(Err(ImportError::CorruptLink)),
            }))],
        );
        assert_eq!(s.link_error, Some(ImportError::CorruptLink));
        assert!(!s.read_only());
        assert_eq!(s.answers(), saved.answers);
        let s = reduce(s, [Action::DismissLinkError]);
        assert_eq!(s.link_error, None);
    }

    #[test]
    fn a_refused_file_changes_nothing_but_its_message() {
        let s = reduce(
            State::new("t", today()),
            [
                Action::Start,
                Action::Edit(Edit::Text(TextField::EnterpriseName, "甲".into())),
                Action::Edit(Edit::RevenueFixed(2024, "abc".into())),
            ],
        );
        let before = s.draft.clone();
        let s = reduce(
            s,
            [Action::ImportFailed(ImportProblem::Refused(
                ImportError::NotJson { line: 1, column: 1 },
            ))],
        );
        assert_eq!(s.draft, before);
        assert!(s.import_error.is_some());
        // A good file replaces everything and clears the message.
        let s = reduce(
            s,
            [Action::Import {
                name: "a.json".into(),
                answers: Box::new(sample("platform")),
            }],
        );
        assert_eq!(s.answers(), sample("platform"));
        assert_eq!(s.import_error, None);
    }

    #[test]
    fn clearing_asks_then_returns_to_the_blank_form() {
        let mut first = State::new("t", today());
        // A host page's preset county is part of the blank form.
        Rc::make_mut(&mut first.draft).apply(Edit::Location(Some(Location::Haining)));
        let s = reduce(
            first,
            [
                Action::Boot(Box::default()),
                Action::Start,
                Action::Edit(Edit::Text(TextField::EnterpriseName, "甲".into())),
                Action::GoTo(Step::Land),
                Action::Ask(Confirm::Clear),
            ],
        );
        assert_eq!(s.confirm, Some(Confirm::Clear));
        let kept = reduce(s.clone(), [Action::Answer(false)]);
        assert_eq!(kept.draft.text(TextField::EnterpriseName), "甲");
        assert_eq!(
            kept.focus.map(|f| f.target),
            Some(FocusTarget::Field(FieldId::ClearSaved))
        );
        let cleared = reduce(s, [Action::Answer(true)]);
        assert_eq!(cleared.draft, cleared.blank);
        assert_eq!(cleared.draft.location, Some(Location::Haining));
        assert_eq!(cleared.step, Step::Basics);
        assert_eq!(cleared.announcement, Some(Announcement::Cleared));
    }
}

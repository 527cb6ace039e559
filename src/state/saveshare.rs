//! The save/share state: answers kept on this device and how autosave is
//! faring, what the page held at mount, a share link's read-only view, the
//! confirmations, a sample or file waiting to replace the answers, refused
//! files and the share link on show. The reducer applies them
//! (`reducer.rs`); the stored record's format is in `stored.rs`.

use super::draft::Draft;
use super::scenarios::Scenarios;
use super::steps::Step;
use fusion_engine::i18n::ui::Ui;
use fusion_engine::transfer::ImportError;
use fusion_engine::{Answers, Lang};
use std::rc::Rc;

/// Answers kept in this browser between visits, as typed, with the step
/// the user was on.
#[derive(Debug, Clone, PartialEq)]
pub struct Saved {
    /// The form as the user left it (text that does not read yet and the
    /// units chosen included).
    pub draft: Rc<Draft>,
    /// The step the user was on.
    pub step: Step,
    /// The scenarios, and which one the interview was editing.
    pub scenarios: Rc<Scenarios>,
}

/// Why saved data could not be read back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreadable {
    /// Not a record this tool writes, or a damaged one.
    Corrupt,
    /// Written by a newer version of the tool.
    Newer,
}

/// Saved data that did not read. It is never deleted: it is moved aside
/// to a backup key, or, where even that fails, left where it was with
/// autosave held so nothing overwrites it.
#[derive(Debug, Clone, PartialEq)]
pub struct Unread {
    /// Why it did not read.
    pub why: Unreadable,
    /// The data, as stored, for the user to download.
    pub text: Rc<str>,
    /// The key it was moved to; `None` when it could not be moved.
    pub backup: Option<Rc<str>>,
}

/// Autosave as the user should be told about it: "saved" is said only
/// after a save has succeeded.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SaveStatus {
    /// The host page turned autosave off.
    #[default]
    Off,
    /// The browser refuses storage to this page (private mode, storage
    /// turned off, a sandboxed frame).
    Unavailable,
    /// Nothing entered yet, so nothing saved yet.
    Waiting,
    /// The answers on screen are saved.
    Saved,
    /// The last save was refused (storage full, private mode).
    Failed,
}

/// Why autosave is held: writing now could overwrite something the user
/// has not seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hold {
    /// Another tab or window saved other answers under the same key.
    Elsewhere,
    /// Saved data that did not read could not be moved aside.
    Unmoved,
    /// An older autosave (an answers file) waits for the on-demand module
    /// to read it (`app/autosave.rs`); until then it must stay as it is.
    Older,
}

/// Everything about the copy kept on this device, for the view and for the
/// effect that writes it (`app/autosave.rs`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Autosave {
    /// How it is faring.
    pub status: SaveStatus,
    /// Set while nothing may be written.
    pub hold: Option<Hold>,
    /// Saved data that did not read, while its message shows.
    pub unread: Option<Unread>,
    /// The user closed the message about a failed save (the note in the
    /// save area keeps saying it).
    pub failure_seen: bool,
    /// Bumped each time the user clears the saved answers: the effect then
    /// removes them. Nothing else ever removes them.
    pub clears: u32,
    /// Bumped when the user chooses to save this page's answers over what
    /// another tab saved.
    pub keeps: u32,
}

/// Answers the on-demand module read from a file or a share link, with
/// their scenarios (as the form holds them).
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub answers: Answers,
    pub scenarios: Rc<Scenarios>,
}

/// What the page held when the tool was mounted, applied once by
/// [`Action::Boot`](super::Action::Boot).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Boot {
    /// The answers autosaved on this device, if any.
    pub saved: Option<Saved>,
    /// A share link in the address: its answers and scenarios, or why it
    /// does not read.
    pub link: Option<Result<Loaded, Refusal>>,
    /// Saved data that did not read, already moved aside (or not).
    pub unread: Option<Unread>,
    /// Whether autosave is on and the browser lets it work.
    pub status: SaveStatus,
    /// What is saved is an older autosave, for the on-demand module to read.
    pub older: bool,
}

/// Answers opened from a share link: shown read-only until the user
/// chooses to edit them.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkView {
    /// The answers saved on this device (or on screen) when the link was
    /// opened. They stay in storage, untouched, until the user lets the
    /// link's answers replace them or goes back to them.
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
    /// Let the waiting sample or file ([`Pending`]) replace the answers.
    ReplaceAnswers,
    /// Delete a client or the whole client list.
    Client(super::clients::ClientConfirm),
}

impl Confirm {
    /// The dialog's title, what going ahead does, and its button.
    pub fn words(self, pending: Option<&Pending>, lang: Lang) -> [&'static str; 3] {
        match self {
            Confirm::Client(c) => return c.words(lang),
            Confirm::Clear => [
                Ui::ClearConfirmTitle,
                Ui::ClearConfirmBody,
                Ui::ClearConfirmYes,
            ],
            Confirm::ReplaceSaved => [
                Ui::ReplaceConfirmTitle,
                Ui::ReplaceConfirmBody,
                Ui::ReplaceConfirmYes,
            ],
            Confirm::ReplaceAnswers => [
                match pending.map(|p| p.source) {
                    Some(Source::File) => Ui::ReplaceByFileTitle,
                    _ => Ui::ReplaceBySampleTitle,
                },
                Ui::ReplaceAnswersBody,
                Ui::ReplaceConfirmYes,
            ],
        }
        .map(|t| t.text(lang))
    }
}

/// Where answers waiting to replace the current ones come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A sample enterprise.
    Sample,
    /// An imported file.
    File,
}

/// A sample or file the user asked for while answers worth keeping were on
/// screen: it waits for [`Confirm::ReplaceAnswers`].
#[derive(Debug, Clone, PartialEq)]
pub struct Pending {
    /// Where it comes from.
    pub source: Source,
    /// The sample's or the file's name, announced once loaded.
    pub name: String,
    /// Its answers.
    pub answers: Box<Answers>,
    /// A file's scenarios, which replace the ones there are (a sample
    /// replaces the answers on screen only: `None`).
    pub scenarios: Option<Rc<Scenarios>>,
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

/// Why an export or share link was held back.
#[derive(Debug, Clone, PartialEq)]
pub enum FixFirst {
    /// The answers on screen: their checks are listed beside the buttons
    /// (and the list goes as they are fixed).
    OnScreen,
    /// Answers not on screen (a scenario, or the current answers while a
    /// scenario is edited), in the module's words, which name them.
    Elsewhere(Refusal),
}

/// Why a file or a share link was refused, in both languages. Files and
/// links are read by the on-demand module (`crate::docs`), which words the
/// engine's [`ImportError`] in each language; the first module then needs
/// neither the reader nor most of those words.
#[derive(Debug, Clone, PartialEq)]
pub struct Refusal {
    zh: Rc<str>,
    en: Rc<str>,
}

impl Refusal {
    /// A refusal worded by the module.
    pub fn new(zh: &str, en: &str) -> Refusal {
        Refusal {
            zh: zh.into(),
            en: en.into(),
        }
    }

    /// The engine's words for `e`.
    pub fn of(e: &ImportError) -> Refusal {
        Refusal::new(&e.message(Lang::Zh), &e.message(Lang::En))
    }

    /// The message shown beside the import control or the link banner.
    pub fn message(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// Why a file was not imported.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportProblem {
    /// The engine refused its content.
    Refused(Refusal),
    /// The browser could not read the file at all.
    Unreadable,
}

impl ImportProblem {
    /// The message shown beside the import control.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ImportProblem::Refused(e) => e.message(lang).to_string(),
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
    use crate::state::testing::{as_link, reduce, sample, today};
    use crate::state::{Action, Announcement, Draft, Edit, FieldId, FocusTarget, State, TextField};
    use fusion_engine::answers::Location;

    fn saved_draft(id: &str) -> Rc<Draft> {
        Rc::new(Draft::from_answers(&sample(id), today()))
    }

    fn load_sample(id: &str) -> Action {
        Action::LoadSample {
            name: id.into(),
            answers: Box::new(sample(id)),
        }
    }

    #[test]
    fn a_sample_or_a_file_over_entered_answers_asks_first() {
        let typed = reduce(
            State::new("t", today()),
            [
                Action::Start,
                Action::Edit(Edit::Text(TextField::EnterpriseName, "甲".into())),
                load_sample("trader"),
            ],
        );
        assert_eq!(typed.confirm, Some(Confirm::ReplaceAnswers));
        assert_eq!(typed.draft.text(TextField::EnterpriseName), "甲");
        let title = |s: &State| Confirm::ReplaceAnswers.words(s.pending.as_deref(), Lang::Zh)[0];
        assert_eq!(title(&typed), Ui::ReplaceBySampleTitle.text(Lang::Zh));
        // Cancelled: nothing changes, focus goes back to the menu.
        let kept = reduce(typed.clone(), [Action::Answer(false)]);
        assert_eq!(kept.draft.text(TextField::EnterpriseName), "甲");
        assert_eq!(kept.pending, None);
        assert_eq!(
            kept.focus.map(|f| f.target),
            Some(FocusTarget::Field(FieldId::SampleMenu))
        );
        // Agreed: the sample is in; another sample over it asks nothing.
        let s = reduce(typed, [Action::Answer(true), load_sample("platform")]);
        assert_eq!(s.confirm, None);
        assert_eq!(s.answers(), sample("platform"));
        // Once the sample is edited, a file asks too, and names itself.
        let s = reduce(
            s,
            [
                Action::Edit(Edit::Text(TextField::EnterpriseName, "乙".into())),
                Action::Import {
                    name: "a.json".into(),
                    answers: Box::new(sample("trader")),
                    scenarios: Rc::default(),
                },
            ],
        );
        assert_eq!(title(&s), Ui::ReplaceByFileTitle.text(Lang::Zh));
        let s = reduce(s, [Action::Answer(false)]);
        assert_eq!(s.draft.text(TextField::EnterpriseName), "乙");
        assert_eq!(
            s.focus.map(|f| f.target),
            Some(FocusTarget::Field(FieldId::ImportChoose))
        );
    }

    #[test]
    fn unreadable_saved_data_is_told_and_held_when_it_stays_in_place() {
        let unread = |backup: Option<&str>| Unread {
            why: Unreadable::Newer,
            text: "{}".into(),
            backup: backup.map(Rc::from),
        };
        let boot = |u| {
            Action::Boot(Box::new(Boot {
                unread: Some(u),
                status: SaveStatus::Waiting,
                ..Boot::default()
            }))
        };
        let moved = reduce(
            State::new("t", today()),
            [boot(unread(Some("k:unreadable")))],
        );
        assert_eq!(moved.autosave.unread, Some(unread(Some("k:unreadable"))));
        assert_eq!(moved.autosave.hold, None);
        assert_eq!(moved.autosave.status, SaveStatus::Waiting);
        let stuck = reduce(State::new("t", today()), [boot(unread(None))]);
        assert_eq!(stuck.autosave.hold, Some(Hold::Unmoved));
        // Dismissing the message keeps the hold: the data is still there.
        let stuck = reduce(stuck, [Action::DismissUnread]);
        assert_eq!(stuck.autosave.unread, None);
        assert_eq!(stuck.autosave.hold, Some(Hold::Unmoved));
    }

    #[test]
    fn saves_are_reported_as_they_went() {
        let s = reduce(
            State::new("t", today()),
            [Action::Boot(Box::new(Boot {
                status: SaveStatus::Waiting,
                ..Boot::default()
            }))],
        );
        assert_eq!(s.autosave.status, SaveStatus::Waiting);
        let s = reduce(s, [Action::Autosaved(false)]);
        assert_eq!(s.autosave.status, SaveStatus::Failed);
        let s = reduce(s, [Action::DismissSaveFailed]);
        assert!(s.autosave.failure_seen);
        assert_eq!(s.autosave.status, SaveStatus::Failed);
        let s = reduce(s, [Action::Autosaved(true)]);
        assert_eq!(s.autosave.status, SaveStatus::Saved);
        assert!(!s.autosave.failure_seen);
        // Answers found at mount are saved already.
        let restored = reduce(
            State::new("t", today()),
            [Action::Boot(Box::new(Boot {
                saved: Some(Saved {
                    draft: saved_draft("trader"),
                    step: Step::Basics,
                    scenarios: Rc::default(),
                }),
                status: SaveStatus::Waiting,
                ..Boot::default()
            }))],
        );
        assert_eq!(restored.autosave.status, SaveStatus::Saved);
    }

    #[test]
    fn another_tabs_save_holds_autosave_until_the_user_chooses() {
        let s = reduce(
            State::new("t", today()),
            [
                Action::Start,
                Action::Edit(Edit::Text(TextField::EnterpriseName, "甲".into())),
                Action::SavedElsewhere,
            ],
        );
        assert_eq!(s.autosave.hold, Some(Hold::Elsewhere));
        // Keeping this page's answers asks the effect to write them.
        let mine = reduce(s.clone(), [Action::KeepMine]);
        assert_eq!(mine.autosave.hold, None);
        assert_eq!(mine.autosave.keeps, s.autosave.keeps + 1);
        assert_eq!(mine.draft.text(TextField::EnterpriseName), "甲");
        // Loading the other tab's answers puts them on screen, as typed.
        let theirs = Saved {
            draft: saved_draft("haining"),
            step: Step::Revenue,
            scenarios: Rc::default(),
        };
        let loaded = reduce(
            s.clone(),
            [Action::ReloadSaved(Box::new(Ok(Some(theirs.clone()))))],
        );
        assert_eq!(loaded.autosave.hold, None);
        assert_eq!(loaded.draft, theirs.draft);
        assert_eq!(loaded.step, Step::Revenue);
        // The other tab cleared them: the blank form.
        let cleared = reduce(s, [Action::ReloadSaved(Box::new(Ok(None)))]);
        assert_eq!(cleared.draft, cleared.blank);
    }

    #[test]
    fn saved_answers_come_back_on_their_step() {
        let saved = Saved {
            draft: saved_draft("logistics"),
            step: Step::Tax,
            scenarios: Rc::default(),
        };
        let s = reduce(
            State::new("t", today()),
            [Action::Boot(Box::new(Boot {
                saved: Some(saved.clone()),
                link: None,
                ..Boot::default()
            }))],
        );
        assert!(s.started);
        assert_eq!(s.step, Step::Tax);
        assert_eq!(s.answers(), saved.draft.answers(today()));
        assert!(!s.read_only());
        assert_eq!(*s.blank, Draft::default());
    }

    #[test]
    fn a_link_is_read_only_and_never_replaces_saved_answers_unasked() {
        let saved = Saved {
            draft: saved_draft("logistics"),
            step: Step::Land,
            scenarios: Rc::default(),
        };
        let linked = sample("manufacturer");
        let s = reduce(
            State::new("t", today()),
            [Action::Boot(Box::new(Boot {
                saved: Some(saved.clone()),
                link: Some(Ok(as_link(&linked))),
                ..Boot::default()
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
                    scenarios: Rc::default(),
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
        assert_eq!(back.answers(), saved.draft.answers(today()));
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
                Action::OpenLink(Box::new(Ok(as_link(&linked)))),
            ],
        );
        assert!(s.read_only());
        assert_eq!(s.answers(), linked);
        // A second link, then a broken one: the first answers stay kept.
        let s = reduce(
            s,
            [
                Action::OpenLink(Box::new(Ok(as_link(&sample("platform"))))),
                Action::OpenLink(Box::new(Err(Refusal::of(&ImportError::CorruptLink)))),
            ],
        );
        assert_eq!(s.answers(), sample("platform"));
        assert_eq!(s.link_error, Some(Refusal::of(&ImportError::CorruptLink)));
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
                    link: Some(Ok(as_link(&linked))),
                    ..Boot::default()
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
            draft: saved_draft("haining"),
            step: Step::Revenue,
            scenarios: Rc::default(),
        };
        let s = reduce(
            State::new("t", today()),
            [Action::Boot(Box::new(Boot {
                saved: Some(saved.clone()),
                link: Some(Err(Refusal::of(&ImportError::CorruptLink))),
                ..Boot::default()
            }))],
        );
        assert_eq!(s.link_error, Some(Refusal::of(&ImportError::CorruptLink)));
        assert!(!s.read_only());
        assert_eq!(s.answers(), saved.draft.answers(today()));
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
            [Action::ImportFailed(ImportProblem::Refused(Refusal::of(
                &ImportError::NotJson { line: 1, column: 1 },
            )))],
        );
        assert_eq!(s.draft, before);
        assert!(s.import_error.is_some());
        // A good file replaces everything (once the user agrees to lose
        // the answers typed) and clears the message.
        let s = reduce(
            s,
            [
                Action::Import {
                    name: "a.json".into(),
                    answers: Box::new(sample("platform")),
                    scenarios: Rc::default(),
                },
                Action::Answer(true),
            ],
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
        let cleared = reduce(s.clone(), [Action::Answer(true)]);
        assert_eq!(cleared.draft, cleared.blank);
        assert_eq!(cleared.draft.location, Some(Location::Haining));
        assert_eq!(cleared.step, Step::Basics);
        assert_eq!(cleared.announcement, Some(Announcement::Cleared));
        // The one way saved answers are removed: the effect sees the count.
        assert_eq!(cleared.autosave.clears, s.autosave.clears + 1);
    }
}

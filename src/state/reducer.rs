//! The actions and the reducer: every change the UI can make is an
//! [`Action`], and [`State::reduce`] is the one place state changes.

use super::clients::ClientAction;
use super::draft::Draft;
use super::edit::Edit;
use super::fields::FieldId;
use super::focus::{Announcement, FocusRequest, FocusTarget};
use super::saveshare::{
    Boot, Confirm, FixFirst, Hold, ImportProblem, LinkView, Loaded, ModuleStatus, Pending, Refusal,
    SaveStatus, Saved, Share, Source, Unread,
};
use super::scenarios::{ScenarioEdit, Scenarios};
use super::steps::Step;
use super::State;
use fusion_engine::{Answers, Lang};
use std::rc::Rc;
use yew::Reducible;

/// Every change the UI can make.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    SetLang(Lang),
    Start,
    /// Move to a step (the view computes which steps exist).
    GoTo(Step),
    Edit(Edit),
    /// A field lost focus.
    Blur(FieldId),
    /// Replace all answers with a sample's; `name` is announced. Asks
    /// first over answers the user entered.
    LoadSample {
        name: String,
        answers: Box<Answers>,
    },
    /// Move focus to the result panel.
    ShowResult,
    /// What the page held at mount (autosaved answers, a share link).
    /// Applied once, before the first render.
    Boot(Box<Boot>),
    /// A share link put in the address while the tool is open (pasted
    /// into the address bar of the same tab).
    OpenLink(Box<Result<Loaded, Refusal>>),
    /// Replace all answers and scenarios with a file's; `name` (the
    /// file's) is announced. Asks first over answers the user entered.
    Import {
        name: String,
        answers: Box<Answers>,
        scenarios: Rc<Scenarios>,
    },
    /// Make, rename, switch to or remove a scenario.
    Scenario(ScenarioEdit),
    /// A file was refused: say why beside the control, change nothing else.
    ImportFailed(ImportProblem),
    /// A file is dragged over the drop zone (or has left it).
    Dragging(bool),
    /// A "why we ask" was opened before its words were in.
    WantWhy,
    /// Ask before something that cannot be undone.
    Ask(Confirm),
    /// The answer to the open question (`true`: go ahead).
    Answer(bool),
    /// Leave the read-only view of a share link's answers; asks first when
    /// answers are saved on this device.
    EditLinked,
    /// Drop a share link's answers and go back to the ones saved here.
    BackToSaved,
    /// Hide the message about a share link that did not read.
    DismissLinkError,
    /// Show the share link for the page at `base` (its address without
    /// the fragment).
    Shared {
        base: Rc<str>,
    },
    /// Whether the clipboard took the share link; if not, it is selected
    /// for Ctrl+C.
    Copied(bool),
    /// An export or share link was held back: the engine's checks flag
    /// answers that could not be read back.
    FixFirst(FixFirst),
    /// A download started (its file name).
    Downloaded(String),
    /// The print dialog was opened.
    Printed,
    /// Whether the last save of the answers on screen succeeded.
    Autosaved(bool),
    /// Another tab or window saved other answers under this tool's key.
    SavedElsewhere,
    /// What storage holds now, read at the user's request after another
    /// tab changed it: answers (or none), or data that does not read.
    ReloadSaved(Box<Result<Option<Saved>, Unread>>),
    /// Save this page's answers over what another tab saved.
    KeepMine,
    /// Hide the message about saved data that did not read.
    DismissUnread,
    /// Hide the message about a failed save (the save area still says it).
    DismissSaveFailed,
    /// The on-demand module started loading, failed, or answered (`None`).
    Module(Option<ModuleStatus>),
    /// The client list and presentation mode (`clients.rs`).
    Client(ClientAction),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // A share link's answers stay exactly as opened until the user
        // chooses to edit them, whatever a control sends.
        let replaces = matches!(
            action,
            Action::Edit(_)
                | Action::LoadSample { .. }
                | Action::Import { .. }
                | Action::Ask(Confirm::Clear)
        ) || matches!(&action, Action::Scenario(e) if e.changes_answers());
        if self.read_only() && replaces {
            return self;
        }
        // Most requests find the module loaded: no re-render for them.
        if let Action::Module(status) = &action {
            if *status == self.module {
                return self;
            }
        }
        let mut next = (*self).clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::Start => {
                next.started = true;
                next.visited.insert(next.step);
                next.request_focus(FocusTarget::StepHeading);
            }
            Action::GoTo(step) => {
                next.started = true;
                next.step = step;
                next.visited.insert(step);
                next.request_focus(FocusTarget::StepHeading);
            }
            Action::Edit(edit) => {
                let focus_row = match &edit {
                    Edit::AddRevenueRow => Some(FieldId::ExtraYear as fn(u32) -> FieldId),
                    Edit::AddRecognition => Some(FieldId::RecognitionKind as fn(u32) -> FieldId),
                    Edit::AddAward => Some(FieldId::AwardMatter as fn(u32) -> FieldId),
                    _ => None,
                };
                next.forget_fix_elsewhere();
                Rc::make_mut(&mut next.draft).apply(edit);
                if let Some(make) = focus_row {
                    next.request_focus(FocusTarget::Field(make(next.draft.next_id)));
                }
            }
            Action::Blur(id) => {
                next.blurred.insert(id);
            }
            Action::LoadSample { name, answers } => next.replace_or_ask(Pending {
                source: Source::Sample,
                name,
                answers,
                scenarios: None,
            }),
            Action::ShowResult => next.request_focus(FocusTarget::Result),
            Action::Boot(boot) => {
                next.blank = next.draft.clone();
                let Boot {
                    saved,
                    link,
                    unread,
                    status,
                    older,
                } = *boot;
                if older {
                    next.autosave.hold = Some(Hold::Older);
                }
                next.autosave.status = match (status, &saved) {
                    (SaveStatus::Waiting, Some(_)) => SaveStatus::Saved,
                    (status, _) => status,
                };
                next.unread(unread);
                if let Some(saved) = &saved {
                    next.restore(saved);
                }
                if let Some(link) = link {
                    next.open_link(link);
                }
            }
            Action::OpenLink(link) => {
                let link = *link;
                // The tab was already open, maybe scrolled far down: the
                // banner saying what happened comes into view with focus.
                let banner = if link.is_ok() {
                    FieldId::LinkBanner
                } else {
                    FieldId::LinkError
                };
                next.open_link(link);
                next.request_focus(FocusTarget::Field(banner));
            }
            Action::Import {
                name,
                answers,
                scenarios,
            } => next.replace_or_ask(Pending {
                source: Source::File,
                name,
                answers,
                scenarios: Some(scenarios),
            }),
            Action::Scenario(edit) => {
                next.forget_fix_elsewhere();
                next.apply_scenario(edit);
            }
            Action::ImportFailed(problem) => next.import_error = Some(problem),
            Action::Dragging(on) => next.dragging = on,
            Action::WantWhy => next.why_asked = next.why_asked.wrapping_add(1),
            Action::Ask(confirm) => next.confirm = Some(confirm),
            Action::Answer(go) => match (next.confirm.take(), go) {
                (Some(Confirm::Client(c)), go) => next.answer_client(c, go),
                (Some(Confirm::Clear), true) => {
                    next.leave_client();
                    next.set_all(next.blank.clone(), Rc::default());
                    next.blurred.clear();
                    next.visited.clear();
                    next.step = Step::Basics;
                    next.visited.insert(Step::Basics);
                    next.import_error = None;
                    next.fix_first = None;
                    next.share = None;
                    next.sample = None;
                    next.announcement = Some(Announcement::Cleared);
                    next.request_focus(FocusTarget::StepHeading);
                    // The one way saved answers are removed: the user asked.
                    let saving = &mut next.autosave;
                    saving.clears = saving.clears.wrapping_add(1);
                    saving.hold = None;
                    if matches!(saving.status, SaveStatus::Saved | SaveStatus::Failed) {
                        saving.status = SaveStatus::Waiting;
                    }
                }
                (Some(Confirm::ReplaceAnswers), go) => {
                    if let Some(pending) = next.pending.take() {
                        if go {
                            next.replace((*pending).clone());
                        } else {
                            next.request_focus(FocusTarget::Field(match pending.source {
                                Source::Sample => FieldId::SampleMenu,
                                Source::File => FieldId::ImportChoose,
                            }));
                        }
                    }
                }
                (Some(Confirm::ReplaceSaved), true) => {
                    next.link = None;
                    next.request_focus(FocusTarget::StepHeading);
                }
                (Some(Confirm::Clear), false) => {
                    next.request_focus(FocusTarget::Field(FieldId::ClearSaved));
                }
                (Some(Confirm::ReplaceSaved), false) => {
                    next.request_focus(FocusTarget::Field(FieldId::EditLinked));
                }
                (None, _) => {}
            },
            Action::EditLinked => match &next.link {
                Some(LinkView { saved: Some(_) }) => next.confirm = Some(Confirm::ReplaceSaved),
                Some(LinkView { saved: None }) => {
                    next.link = None;
                    next.request_focus(FocusTarget::StepHeading);
                }
                None => {}
            },
            Action::BackToSaved => {
                if let Some(saved) = next.link.take().and_then(|l| l.saved) {
                    next.restore(&saved);
                    next.request_focus(FocusTarget::StepHeading);
                }
            }
            Action::DismissLinkError => next.link_error = None,
            Action::Shared { base } => {
                next.share = Some(Share { base });
                next.fix_first = None;
            }
            Action::Copied(copied) => {
                next.announcement = Some(if copied {
                    Announcement::LinkCopied
                } else {
                    Announcement::LinkSelected
                });
                if !copied {
                    next.request_focus(FocusTarget::Field(FieldId::ShareLink));
                }
            }
            Action::FixFirst(why) => {
                next.fix_first = Some(why);
                next.share = None;
            }
            Action::Downloaded(name) => {
                next.fix_first = None;
                next.announcement = Some(Announcement::Downloaded(name));
            }
            Action::Printed => next.announcement = Some(Announcement::Printing),
            Action::Autosaved(ok) => {
                let saving = &mut next.autosave;
                saving.status = if ok {
                    SaveStatus::Saved
                } else {
                    SaveStatus::Failed
                };
                if ok {
                    saving.failure_seen = false;
                }
            }
            Action::SavedElsewhere => next.autosave.hold = Some(Hold::Elsewhere),
            Action::ReloadSaved(read) => {
                next.autosave.hold = None;
                match *read {
                    Ok(Some(saved)) => next.restore(&saved),
                    Ok(None) => {
                        next.replace_draft(next.blank.clone());
                        next.set_all(next.blank.clone(), Rc::default());
                    }
                    Err(unread) => next.unread(Some(unread)),
                }
                next.link = None;
                next.request_focus(FocusTarget::StepHeading);
            }
            Action::KeepMine => {
                let saving = &mut next.autosave;
                saving.hold = None;
                saving.keeps = saving.keeps.wrapping_add(1);
            }
            Action::DismissUnread => next.autosave.unread = None,
            Action::DismissSaveFailed => next.autosave.failure_seen = true,
            Action::Module(status) => next.module = status,
            Action::Client(a) => next.client(a),
        }
        next.keep_scenario_in_step();
        Rc::new(next)
    }
}

// Steps the reducer takes for more than one action. They are private to this
// file, so nothing outside the reducer changes state.
impl State {
    /// Replaces every answer with `answers` (a sample, a file, a link).
    fn load(&mut self, answers: &Answers) {
        self.replace_draft(Rc::new(Draft::from_answers(answers, self.today)));
    }

    /// The module's words about answers not on screen may be out of date
    /// once answers change or another scenario is shown: the next export
    /// or share asks again. (The on-screen list follows the checks itself.)
    fn forget_fix_elsewhere(&mut self) {
        if matches!(self.fix_first, Some(FixFirst::Elsewhere(_))) {
            self.fix_first = None;
        }
    }

    /// Puts `draft` in the form, as loaded or restored.
    fn replace_draft(&mut self, draft: Rc<Draft>) {
        self.draft = draft;
        self.sample = None;
        self.pending = None;
        self.blurred.clear();
        self.import_error = None;
        self.fix_first = None;
        self.started = true;
        self.visited.insert(self.step);
    }

    /// Shows a share link's answers read-only, keeping the answers there
    /// were (saved on this device, or on screen) to go back to; or says
    /// why the link does not read, changing nothing.
    fn open_link(&mut self, link: Result<Loaded, Refusal>) {
        let linked = match link {
            Ok(linked) => linked,
            Err(e) => {
                self.link_error = Some(e);
                return;
            }
        };
        if self.link.is_none() {
            self.leave_client();
        }
        // A second link keeps what the first one kept; otherwise the
        // answers on screen are kept, unless there are none.
        let saved = match self.link.take() {
            Some(view) => view.saved,
            None => (*self.main_draft() != self.blank || !self.scenarios.list.is_empty())
                .then(|| Rc::new(self.saved())),
        };
        self.load(&linked.answers);
        let main = self.draft.clone();
        self.set_all(main, linked.scenarios);
        self.step = Step::Basics;
        self.link = Some(LinkView { saved });
        self.link_error = None;
        self.confirm = None;
        self.share = None;
        self.announcement = Some(Announcement::LinkOpened);
    }

    /// Puts back answers saved on this device, on the step they were left at.
    pub(super) fn restore(&mut self, saved: &Saved) {
        self.replace_draft(saved.draft.clone());
        self.set_all(saved.draft.clone(), saved.scenarios.clone());
        self.step = saved.step;
        self.visited.insert(saved.step);
    }

    /// Loads a sample or a file, or, over answers the user entered, asks
    /// first and keeps it waiting.
    fn replace_or_ask(&mut self, pending: Pending) {
        let loses_scenarios = pending.scenarios.is_some() && !self.scenarios.list.is_empty();
        if self.has_own_answers() || loses_scenarios {
            self.pending = Some(Rc::new(pending));
            self.confirm = Some(Confirm::ReplaceAnswers);
        } else {
            self.replace(pending);
        }
    }

    /// Loads a sample or a file and says so.
    fn replace(
        &mut self,
        Pending {
            source,
            name,
            answers,
            scenarios: file_scenarios,
        }: Pending,
    ) {
        self.leave_client();
        self.load(&answers);
        if let Some(list) = file_scenarios {
            // A file replaces everything: the interview goes back to its
            // main answers.
            let main = self.draft.clone();
            self.set_all(main, list);
        }
        if source == Source::Sample {
            self.sample = Some(self.draft.clone());
            self.last_sample = Some(Rc::from(name.as_str()));
        }
        self.announcement = Some(match source {
            Source::Sample => Announcement::SampleLoaded(name),
            Source::File => Announcement::Imported(name),
        });
        self.request_focus(FocusTarget::Result);
    }

    /// Shows saved data that did not read; where it could not be moved
    /// aside, nothing may be written over it.
    fn unread(&mut self, unread: Option<Unread>) {
        if let Some(unread) = unread {
            if unread.backup.is_none() {
                self.autosave.hold = Some(Hold::Unmoved);
            }
            self.autosave.unread = Some(unread);
        }
    }

    pub(super) fn request_focus(&mut self, target: FocusTarget) {
        let seq = self.focus.map_or(1, |f| f.seq.wrapping_add(1));
        self.focus = Some(FocusRequest { target, seq });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::testing::{reduce, today};
    use crate::state::TextField;

    #[test]
    fn steps_and_language_keep_every_answer() {
        let s = reduce(
            State::new("t", today()),
            [
                Action::Start,
                Action::Edit(Edit::Text(TextField::EnterpriseName, "甲".into())),
                Action::GoTo(Step::Land),
                Action::SetLang(Lang::En),
                Action::GoTo(Step::Basics),
            ],
        );
        assert_eq!(s.draft.text(TextField::EnterpriseName), "甲");
        assert_eq!(s.step, Step::Basics);
        assert!(s.visited.contains(&Step::Land));
        assert_eq!(s.focus.map(|f| f.target), Some(FocusTarget::StepHeading));
    }

    #[test]
    fn words_about_answers_not_on_screen_go_when_answers_change() {
        let words = Refusal::new("请先修改“乐观”", "Correct “乐观” first");
        let held = |s: State| {
            reduce(
                s,
                [
                    Action::Shared {
                        base: "https://x/".into(),
                    },
                    Action::FixFirst(FixFirst::Elsewhere(words.clone())),
                ],
            )
        };
        let s = held(State::new("t", today()));
        assert_eq!(s.fix_first, Some(FixFirst::Elsewhere(words.clone())));
        assert_eq!(
            s.share, None,
            "a link that would not read back is taken down"
        );
        // Typing, or showing another scenario, may have fixed it: the next
        // export asks the module again.
        let typed = reduce(
            s.clone(),
            [Action::Edit(Edit::Text(
                TextField::EnterpriseName,
                "甲".into(),
            ))],
        );
        assert_eq!(typed.fix_first, None);
        let switched = reduce(s, [Action::Scenario(ScenarioEdit::Switch(None))]);
        assert_eq!(switched.fix_first, None);
        // The on-screen list stays while its checks do (the view hides it
        // once they are fixed).
        let s = reduce(
            State::new("t", today()),
            [
                Action::FixFirst(FixFirst::OnScreen),
                Action::Edit(Edit::Text(TextField::EnterpriseName, "甲".into())),
            ],
        );
        assert_eq!(s.fix_first, Some(FixFirst::OnScreen));
    }
}

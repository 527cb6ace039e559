//! The app's one state and its reducer, in the manner of yew's function_todomvc:
//! components dispatch [`Action`]s; only [`State::reduce`] changes state.
//!
//! What the user typed is kept verbatim in a [`Draft`] (a bad value is never
//! lost or overwritten); [`Draft::answers`] turns it into the engine's
//! [`Answers`], leaving out whatever does not parse. Parsing and units belong
//! to `fusion_engine::input`; this module only decides which parser reads
//! which field.
//!
//! Where things are:
//! - [`steps`]: the interview's steps and the engine's relevance;
//! - [`fields`]: names and DOM ids of every input;
//! - [`draft`]: the form draft and its reading into [`Answers`];
//! - [`parse`]: which parser reads which field, and what is wrong with it;
//! - [`edit`]: the edits to the draft;
//! - [`reducer`]: the actions and the reducer;
//! - [`focus`]: focus requests and screen-reader announcements;
//! - [`saveshare`]: saved answers, autosave's health, share links,
//!   confirmations, imports;
//! - [`stored`]: the autosave record's format;
//! - [`clients`]: the client list and presentation mode.
//! - [`scenarios`]: the scenarios (方案对比) and which one the interview edits.

pub mod clients;
pub mod draft;
pub mod edit;
pub mod fields;
pub mod focus;
pub mod json;
pub mod parse;
pub mod reducer;
pub mod saveshare;
pub mod scenarios;
pub mod sorted;
pub mod steps;
pub mod stored;
#[cfg(test)]
pub(crate) mod testing;

pub use clients::{ClientAction, ClientConfirm, ClientNote, Clients, Presentation, Store};
pub use draft::{AwardRow, Draft, RecognitionRow, RevenueRow};
pub use edit::Edit;
pub use fields::{FieldId, Flag, TextField, UnitSlot};
pub use focus::{Announcement, FocusRequest, FocusTarget};
pub use parse::Problem;
pub use reducer::Action;
pub use saveshare::{
    Autosave, Boot, Confirm, FixFirst, Hold, ImportProblem, LinkView, Loaded, ModuleStatus,
    Pending, Refusal, SaveStatus, Saved, Share, Source, Unread, Unreadable,
};
pub use scenarios::{ScenarioDraft, ScenarioEdit, Scenarios};
pub use steps::{step_of, step_questions, Relevance, Step, STEPS};

use fusion_engine::input::is_unfinished;
use fusion_engine::{Answers, Date, Lang};
use sorted::SortedSet;
use std::rc::Rc;

/// Everything one mounted app remembers. Nothing is global: each mount has
/// its own `State`, ids prefixed by its own `uid`.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// Prefix of every DOM id in this mount.
    pub uid: Rc<str>,
    /// The date the engine treats as today unless the user sets another.
    pub today: Date,
    pub lang: Lang,
    /// The user has left the welcome screen.
    pub started: bool,
    pub step: Step,
    /// Steps the user has been on.
    pub visited: SortedSet<Step>,
    /// The draft the interview shows and edits: the main answers, or the
    /// scenario `scenarios.editing` names.
    pub draft: Rc<Draft>,
    /// The main answers while the interview edits a scenario.
    pub main: Option<Rc<Draft>>,
    /// The scenarios (方案对比), kept whole by the reducer.
    pub scenarios: Rc<Scenarios>,
    /// Fields that have lost focus once: unfinished text there is an error.
    pub blurred: SortedSet<FieldId>,
    pub focus: Option<FocusRequest>,
    pub announcement: Option<Announcement>,
    /// The draft before anything was loaded: empty, or what the host page
    /// preset (a county). Clearing returns to it; autosave writes nothing
    /// while the answers equal it.
    pub blank: Rc<Draft>,
    /// The draft as the last sample filled it, while it is untouched:
    /// replacing it loses nothing, so no question is asked.
    pub sample: Option<Rc<Draft>>,
    /// The name of the sample last loaded, which the sample menu shows
    /// chosen (not the first one, beside another's answers).
    pub last_sample: Option<Rc<str>>,
    /// A sample or file waiting for the user's yes to replace the answers.
    pub pending: Option<Rc<Pending>>,
    /// The copy kept on this device and how saving it is faring.
    pub autosave: Autosave,
    /// Set while answers from a share link are shown read-only.
    pub link: Option<LinkView>,
    /// A share link in the address that did not read.
    pub link_error: Option<Refusal>,
    /// The last file refused, shown beside the import control.
    pub import_error: Option<ImportProblem>,
    /// An export or share was held back because the engine's checks flag
    /// answers; what to fix is shown until it is fixed.
    pub fix_first: Option<FixFirst>,
    /// The share link, once asked for.
    pub share: Option<Share>,
    /// A file is being dragged over the drop zone.
    pub dragging: bool,
    /// How many times a "why we ask" was opened before its words came from
    /// the on-demand module: the first asks for them, later ones retry.
    pub why_asked: u32,
    /// The confirmation dialog on show.
    pub confirm: Option<Confirm>,
    /// The on-demand module (summaries, print, share links), while it is
    /// being fetched or after it failed to load.
    pub module: Option<ModuleStatus>,
    /// The enterprises saved by name on this device.
    pub clients: Clients,
    /// Presentation mode for a projector.
    pub presentation: Presentation,
}

impl State {
    /// A fresh state for one mount.
    pub fn new(uid: impl Into<Rc<str>>, today: Date) -> State {
        State {
            uid: uid.into(),
            today,
            lang: Lang::default(),
            started: false,
            step: Step::Basics,
            visited: SortedSet::new(),
            draft: Rc::new(Draft::default()),
            main: None,
            scenarios: Rc::default(),
            blurred: SortedSet::new(),
            focus: None,
            announcement: None,
            blank: Rc::new(Draft::default()),
            why_asked: 0,
            sample: None,
            last_sample: None,
            pending: None,
            autosave: Autosave::default(),
            link: None,
            link_error: None,
            import_error: None,
            fix_first: None,
            share: None,
            dragging: false,
            confirm: None,
            module: None,
            clients: Clients::default(),
            presentation: Presentation::default(),
        }
    }

    /// Whether the answers are a share link's, shown read-only.
    pub fn read_only(&self) -> bool {
        self.link.is_some()
    }

    /// The DOM id of a field in this mount.
    pub fn dom_id(&self, id: FieldId) -> String {
        format!("{}-{}", self.uid, id.slug())
    }

    /// The problem to show beside a field now: text still being typed (or
    /// an amount not typed yet) is only called wrong once the field has lost
    /// focus.
    pub fn shown_problem(&self, id: FieldId) -> Option<Problem> {
        let problem = self.draft.problem(id, self.today)?;
        // An award whose amount is still to come is only flagged once the
        // user has been in the amount field and left it empty.
        let waiting = match problem {
            Problem::Input(_, kind) => is_unfinished(self.draft.raw(id), kind),
            Problem::AwardNeedsAmount => true,
            Problem::DuplicateYear => false,
        };
        (!waiting || self.blurred.contains(&id)).then_some(problem)
    }

    /// The fields of `step` whose problems are showing now.
    pub fn problems_on(&self, step: Step) -> Vec<FieldId> {
        self.draft
            .text_fields()
            .into_iter()
            .filter(|id| id.step() == step && self.shown_problem(*id).is_some())
            .collect()
    }

    /// The engine's input for the current draft.
    pub fn answers(&self) -> Answers {
        self.draft.answers(self.today)
    }

    /// What autosave keeps of this state: the main answers as typed, the
    /// step, and the scenarios with the one being edited.
    pub fn saved(&self) -> Saved {
        Saved {
            draft: self.main_draft().clone(),
            step: self.step,
            scenarios: self.scenarios.clone(),
        }
    }

    /// Whether replacing the answers on screen would lose something the
    /// user entered: they are neither blank nor an untouched sample.
    pub fn has_own_answers(&self) -> bool {
        *self.draft != *self.blank && self.sample.as_deref() != Some(&*self.draft)
    }
}

#[cfg(test)]
mod tests {
    use super::testing::{reduce, today};
    use super::*;

    #[test]
    fn unfinished_text_waits_for_blur() {
        let s = reduce(
            State::new("t", today()),
            [Action::Edit(Edit::Text(
                TextField::CrossBorderYear,
                "202".into(),
            ))],
        );
        assert_eq!(
            s.shown_problem(FieldId::Text(TextField::CrossBorderYear)),
            None
        );
        let s = reduce(s, [Action::Blur(FieldId::Text(TextField::CrossBorderYear))]);
        assert!(s
            .shown_problem(FieldId::Text(TextField::CrossBorderYear))
            .is_some());
    }
}

//! Scenarios (方案对比) as the app keeps them: up to three named copies of
//! the answers, each a draft as typed, and which one the interview edits.
//!
//! The draft on screen ([`State::draft`]) is always the one being edited;
//! while that is a scenario, the main answers wait in [`State::main`], and
//! the reducer copies every change of the draft on screen back into its
//! scenario, so the list is always whole (for autosave, files and the
//! comparison).

use super::draft::Draft;
use super::focus::{Announcement, FocusTarget};
use super::{FieldId, State};
use fusion_engine::i18n::scenario::{numbered_name, suggested_name, ScenarioText};
use fusion_engine::scenario::{check_name, Scenario, MAX_SCENARIOS};
use fusion_engine::{Date, Lang};
use std::rc::Rc;

/// One scenario: its name and its answers, as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioDraft {
    pub name: String,
    pub draft: Rc<Draft>,
}

impl ScenarioDraft {
    /// The name as files, links and the summary keep it: as typed, without
    /// the spaces around it; a name that does not pass the engine's check
    /// (its field says why) is kept as "方案 n".
    pub fn kept_name(&self, index: usize, lang: Lang) -> String {
        match check_name(&self.name) {
            Ok(()) => self.name.trim().to_string(),
            Err(_) => numbered_name(index, lang),
        }
    }
}

/// The scenarios beside the main answers.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scenarios {
    pub list: Vec<ScenarioDraft>,
    /// The scenario the interview edits; `None`: the main answers.
    pub editing: Option<usize>,
}

/// A change to the scenarios.
#[derive(Debug, Clone, PartialEq)]
pub enum ScenarioEdit {
    /// Copy the answers on screen into a new scenario (while there are
    /// fewer than [`MAX_SCENARIOS`]), named with the next suggested name.
    Copy,
    /// A scenario's name, as typed.
    Rename(usize, String),
    /// Let the interview edit a scenario, or the main answers (`None`).
    Switch(Option<usize>),
    /// Remove a scenario.
    Remove(usize),
}

impl ScenarioEdit {
    /// Whether it changes answers (a share link's stay as opened; looking
    /// at its scenarios one by one does not change them).
    pub fn changes_answers(&self) -> bool {
        !matches!(self, ScenarioEdit::Switch(_))
    }
}

impl State {
    /// The main answers' draft (on screen, or waiting while a scenario is
    /// edited).
    pub fn main_draft(&self) -> &Rc<Draft> {
        self.main.as_ref().unwrap_or(&self.draft)
    }

    /// The problem with scenario `index`'s name as typed, if any.
    pub fn scenario_name_problem(&self, index: usize) -> Option<String> {
        let s = self.scenarios.list.get(index)?;
        check_name(&s.name)
            .err()
            .map(|f| fusion_engine::i18n::scenario::name_problem(f, self.lang))
    }

    /// The name shown for what the interview edits.
    pub fn editing_name(&self) -> Option<String> {
        let i = self.scenarios.editing?;
        self.scenarios
            .list
            .get(i)
            .map(|s| s.kept_name(i, self.lang))
    }

    /// Applies a change to the scenarios (the reducer's part for them).
    pub(super) fn apply_scenario(&mut self, edit: ScenarioEdit) {
        match edit {
            ScenarioEdit::Copy => {
                if self.scenarios.list.len() >= MAX_SCENARIOS {
                    return;
                }
                let taken = |name: &str| self.scenarios.list.iter().any(|s| s.name.trim() == name);
                let name = (0..)
                    .map(|n| suggested_name(n, self.lang))
                    .find(|n| !taken(n))
                    .unwrap_or_default();
                let index = self.scenarios.list.len();
                Rc::make_mut(&mut self.scenarios).list.push(ScenarioDraft {
                    name: name.clone(),
                    draft: self.draft.clone(),
                });
                self.announcement = Some(Announcement::Scenario(ScenarioText::Copied, name));
                self.request_focus(FocusTarget::Field(FieldId::ScenarioName(index as u8)));
            }
            ScenarioEdit::Rename(index, name) => {
                if let Some(s) = Rc::make_mut(&mut self.scenarios).list.get_mut(index) {
                    // Kept as typed; the field's maxlength bounds it.
                    s.name = name;
                }
            }
            ScenarioEdit::Switch(target) => {
                if target == self.scenarios.editing
                    || target.is_some_and(|i| i >= self.scenarios.list.len())
                {
                    return;
                }
                let main = self.main.take().unwrap_or_else(|| self.draft.clone());
                self.draft = match target {
                    Some(i) => {
                        self.main = Some(main);
                        self.scenarios.list[i].draft.clone()
                    }
                    None => main,
                };
                Rc::make_mut(&mut self.scenarios).editing = target;
                self.blurred.clear();
                let name = self
                    .editing_name()
                    .unwrap_or_else(|| ScenarioText::Main.text(self.lang).to_string());
                self.announcement = Some(Announcement::Scenario(ScenarioText::NowEditing, name));
            }
            ScenarioEdit::Remove(index) => {
                if index >= self.scenarios.list.len() {
                    return;
                }
                if self.scenarios.editing == Some(index) {
                    self.apply_scenario(ScenarioEdit::Switch(None));
                }
                let name = self.scenarios.list[index].kept_name(index, self.lang);
                let scenarios = Rc::make_mut(&mut self.scenarios);
                scenarios.list.remove(index);
                if let Some(e) = scenarios.editing.filter(|e| *e > index) {
                    scenarios.editing = Some(e - 1);
                }
                self.announcement = Some(Announcement::Scenario(ScenarioText::Removed, name));
                self.request_focus(FocusTarget::Field(FieldId::ScenarioCopy));
            }
        }
    }

    /// Puts the main answers and the scenarios in place (restored, loaded
    /// from a file or a link), the draft on screen the one `scenarios` edits.
    pub(super) fn set_all(&mut self, main: Rc<Draft>, scenarios: Rc<Scenarios>) {
        let editing = scenarios
            .editing
            .and_then(|i| scenarios.list.get(i).map(|s| s.draft.clone()));
        match editing {
            Some(draft) => {
                self.draft = draft;
                self.main = Some(main);
            }
            None => {
                self.draft = main;
                self.main = None;
            }
        }
        self.scenarios = scenarios;
        if self.main.is_none() && self.scenarios.editing.is_some() {
            Rc::make_mut(&mut self.scenarios).editing = None;
        }
    }

    /// Copies the draft on screen back into the scenario it belongs to.
    pub(super) fn keep_scenario_in_step(&mut self) {
        if let Some(i) = self.scenarios.editing {
            if self
                .scenarios
                .list
                .get(i)
                .is_some_and(|s| s.draft != self.draft)
            {
                Rc::make_mut(&mut self.scenarios).list[i].draft = self.draft.clone();
            }
        }
    }
}

impl Scenarios {
    /// The scenarios with the engine's answers (`today` reads the drafts
    /// as the form does), named as they are kept.
    pub fn answers(&self, lang: Lang, today: Date) -> Vec<Scenario> {
        self.list
            .iter()
            .enumerate()
            .map(|(i, s)| Scenario {
                name: s.kept_name(i, lang),
                answers: s.draft.answers(today),
            })
            .collect()
    }
}

/// Scenarios from a file or link: drafts of their answers, the interview
/// on the main answers.
pub fn from_answers(scenarios: &[Scenario], today: Date) -> Scenarios {
    Scenarios {
        list: scenarios
            .iter()
            .map(|s| ScenarioDraft {
                name: s.name.clone(),
                draft: Rc::new(Draft::from_answers(&s.answers, today)),
            })
            .collect(),
        editing: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::testing::{as_link, reduce, sample, today};
    use crate::state::{Action, Boot, Confirm, Edit, LinkView, TextField};

    fn copy() -> Action {
        Action::Scenario(ScenarioEdit::Copy)
    }

    fn switch(to: Option<usize>) -> Action {
        Action::Scenario(ScenarioEdit::Switch(to))
    }

    fn with_sample() -> State {
        reduce(
            State::new("t", today()),
            [Action::LoadSample {
                name: "物流".into(),
                answers: Box::new(sample("logistics")),
            }],
        )
    }

    #[test]
    fn copies_take_the_suggested_names_and_stop_at_three() {
        let s = reduce(with_sample(), [copy(), copy(), copy(), copy()]);
        let names: Vec<&str> = s.scenarios.list.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["现状", "主辅分离后", "增长20%"]);
        assert!(s.scenarios.list.iter().all(|x| x.draft == s.draft));
        // A name freed by a rename is offered again.
        let s = reduce(
            s,
            [
                Action::Scenario(ScenarioEdit::Rename(0, "基准".into())),
                Action::Scenario(ScenarioEdit::Remove(2)),
                copy(),
            ],
        );
        let names: Vec<&str> = s.scenarios.list.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["基准", "主辅分离后", "现状"]);
        assert_eq!(
            s.focus.map(|f| f.target),
            Some(FocusTarget::Field(FieldId::ScenarioName(2)))
        );
    }

    #[test]
    fn the_interview_edits_only_the_scenario_chosen() {
        let s = reduce(
            with_sample(),
            [
                copy(),
                copy(),
                switch(Some(1)),
                Action::Edit(Edit::Text(TextField::EnterpriseName, "乙".into())),
            ],
        );
        assert_eq!(s.scenarios.editing, Some(1));
        assert_eq!(
            s.scenarios.list[1].draft.text(TextField::EnterpriseName),
            "乙"
        );
        assert_ne!(
            s.scenarios.list[0].draft.text(TextField::EnterpriseName),
            "乙"
        );
        assert_ne!(s.main_draft().text(TextField::EnterpriseName), "乙");
        assert_eq!(s.editing_name().as_deref(), Some("主辅分离后"));
        // Back to the main answers: untouched; the scenario keeps its edit.
        let back = reduce(s.clone(), [switch(None)]);
        assert_eq!(back.draft, *s.main_draft());
        assert!(back.main.is_none());
        assert_eq!(
            back.scenarios.list[1].draft.text(TextField::EnterpriseName),
            "乙"
        );
        // Another scenario in between.
        let other = reduce(s, [switch(Some(0)), switch(Some(1))]);
        assert_eq!(other.draft.text(TextField::EnterpriseName), "乙");
        // Out of range: nothing happens.
        assert_eq!(reduce(back.clone(), [switch(Some(7))]), back);
    }

    #[test]
    fn removing_keeps_the_interview_on_answers_that_exist() {
        let s = reduce(with_sample(), [copy(), copy(), copy(), switch(Some(2))]);
        let s = reduce(s, [Action::Scenario(ScenarioEdit::Remove(0))]);
        assert_eq!(s.scenarios.editing, Some(1));
        assert_eq!(s.scenarios.list.len(), 2);
        let s = reduce(s, [Action::Scenario(ScenarioEdit::Remove(1))]);
        assert_eq!(s.scenarios.editing, None);
        assert!(s.main.is_none());
    }

    #[test]
    fn a_file_with_scenarios_replaces_them_after_asking() {
        let s = reduce(with_sample(), [copy(), switch(Some(0))]);
        let file = vec![Scenario {
            name: "增长20%".into(),
            answers: sample("trader"),
        }];
        let s = reduce(
            s,
            [Action::Import {
                name: "a.json".into(),
                answers: Box::new(sample("platform")),
                scenarios: Rc::new(from_answers(&file, today())),
            }],
        );
        assert_eq!(s.confirm, Some(Confirm::ReplaceAnswers));
        let s = reduce(s, [Action::Answer(true)]);
        assert_eq!(s.scenarios.editing, None);
        assert_eq!(s.answers(), sample("platform"));
        assert_eq!(s.scenarios.answers(s.lang, today()), file);
        // A sample replaces the answers on screen only.
        let s = reduce(
            s,
            [
                switch(Some(0)),
                Action::LoadSample {
                    name: "x".into(),
                    answers: Box::new(sample("haining")),
                },
            ],
        );
        let s = if s.confirm.is_some() {
            reduce(s, [Action::Answer(true)])
        } else {
            s
        };
        assert_eq!(
            s.scenarios.list[0].draft.answers(today()),
            sample("haining")
        );
        assert_eq!(s.main_draft().answers(today()), sample("platform"));
    }

    #[test]
    fn clearing_removes_the_scenarios_too() {
        let s = reduce(
            with_sample(),
            [
                copy(),
                switch(Some(0)),
                Action::Ask(Confirm::Clear),
                Action::Answer(true),
            ],
        );
        assert!(s.scenarios.list.is_empty());
        assert_eq!(s.scenarios.editing, None);
        assert!(s.main.is_none());
        assert_eq!(s.draft, s.blank);
    }

    #[test]
    fn a_links_scenarios_are_shown_read_only_and_the_saved_ones_come_back() {
        let mine = reduce(with_sample(), [copy()]);
        let mut linked = as_link(&sample("manufacturer"));
        let listed = vec![
            Scenario {
                name: "现状".into(),
                answers: sample("manufacturer"),
            },
            Scenario {
                name: "主辅分离后".into(),
                answers: sample("trader"),
            },
        ];
        linked.scenarios = Rc::new(from_answers(&listed, today()));
        let s = reduce(
            mine.clone(),
            [Action::OpenLink(Box::new(Ok(linked.clone())))],
        );
        assert!(s.read_only());
        assert_eq!(s.scenarios.answers(s.lang, today()), listed);
        let kept = s
            .link
            .as_ref()
            .and_then(|l: &LinkView| l.saved.clone())
            .expect("kept");
        assert_eq!(kept.scenarios, mine.scenarios);
        // Looking at a scenario is allowed; changing them is not.
        let s = reduce(s, [switch(Some(1))]);
        assert_eq!(s.draft.answers(today()), sample("trader"));
        let frozen = reduce(
            s.clone(),
            [
                copy(),
                Action::Scenario(ScenarioEdit::Rename(0, "x".into())),
                Action::Scenario(ScenarioEdit::Remove(0)),
            ],
        );
        assert_eq!(frozen.scenarios, s.scenarios);
        let back = reduce(s, [Action::BackToSaved]);
        assert_eq!(back.scenarios, mine.scenarios);
        assert_eq!(back.draft, mine.draft);
        // At boot too: saved scenarios are kept aside for the link's.
        let booted = reduce(
            State::new("t", today()),
            [Action::Boot(Box::new(Boot {
                saved: Some(mine.saved()),
                link: Some(Ok(linked)),
                ..Boot::default()
            }))],
        );
        assert_eq!(booted.scenarios.list.len(), 2);
        assert_eq!(
            booted
                .link
                .and_then(|l| l.saved)
                .map(|s| s.scenarios.clone()),
            Some(mine.scenarios)
        );
    }

    #[test]
    fn a_name_that_does_not_pass_is_said_beside_it_and_kept_as_typed() {
        let s = reduce(
            with_sample(),
            [
                copy(),
                Action::Scenario(ScenarioEdit::Rename(0, "  ".into())),
            ],
        );
        assert_eq!(s.scenarios.list[0].name, "  ");
        assert!(s.scenario_name_problem(0).is_some());
        assert_eq!(s.scenarios.answers(s.lang, today())[0].name, "方案 1");
    }
}

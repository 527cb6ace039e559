//! The page's one state and its reducer: what the worker said, what the
//! user chose. Requests to the worker are sent by the page's callbacks
//! (`crate::page`); their answers come back here as actions.

use crate::sandbox::{KnobError, SandboxDraft};
use fusion_batch::protocol::{Query, RowView, RunDone, Sort, SortColumn};
use fusion_batch::{ColumnMapping, Target};
use fusion_engine::answers::{Industry, Location};
use fusion_engine::{Lang, OutcomeLevel, PolicyPack, RuleId};
use std::rc::Rc;
use yew::Reducible;

/// Rows per page of the results table.
pub const PAGE_ROWS: u64 = 50;

/// Rows with problems listed on the page (the download has them all).
pub const PROBLEM_ROWS: u64 = 200;

/// The file the worker opened.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    /// Its name.
    pub file_name: String,
    /// Whether its headers are the template's.
    pub template: bool,
    /// Data rows.
    pub rows: u64,
    /// The header's row (1 unless rows above it were passed over).
    pub header_row: u64,
}

/// Where a run is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RunStage {
    /// Not started for this file.
    #[default]
    Idle,
    /// `done` of `total` rows screened.
    Running {
        /// Rows screened.
        done: u64,
        /// Rows in the file.
        total: u64,
    },
    /// The user cancelled it.
    Cancelled,
    /// Finished: the results are in [`State::done`].
    Done,
}

/// Everything the page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// The page's language.
    pub lang: Lang,
    /// The worker could not start.
    pub unavailable: bool,
    /// A file is being read or opened.
    pub opening: bool,
    /// After a cancel, the new worker is being given the file again: a run
    /// asked for meanwhile would reach it before the file.
    pub reopening: bool,
    /// Why the file could not be read, shown beside the picker.
    pub file_error: Option<String>,
    /// The opened file.
    pub opened: Option<Opened>,
    /// Its mapping, as the user left it.
    pub mapping: Option<ColumnMapping>,
    /// The run.
    pub stage: RunStage,
    /// The finished run's sums.
    pub done: Option<RunDone>,
    /// The results table's filters, order and page.
    pub query: Query,
    /// The page of results for [`State::query`]: matching rows and the page.
    pub page: Option<(u64, Vec<RowView>)>,
    /// Rows with problems (their count and the first ones).
    pub problems: Option<(u64, Vec<RowView>)>,
    /// The sandbox form.
    pub sandbox: SandboxDraft,
    /// A sandbox field that does not read, or the worker's refusal.
    pub sandbox_error: Option<KnobError>,
    /// The worker refused the sandbox's figures (its message).
    pub sandbox_refused: Option<String>,
    /// A message about the last action (an enterprise that would not open).
    pub notice: Option<String>,
}

impl State {
    /// The page before anything is picked.
    pub fn new(lang: Lang, pack: &PolicyPack) -> State {
        State {
            lang,
            unavailable: false,
            opening: false,
            reopening: false,
            file_error: None,
            opened: None,
            mapping: None,
            stage: RunStage::Idle,
            done: None,
            query: first_page(),
            page: None,
            problems: None,
            sandbox: SandboxDraft::of(pack),
            sandbox_error: None,
            sandbox_refused: None,
            notice: None,
        }
    }

    /// Whether a run is going on.
    pub fn running(&self) -> bool {
        matches!(self.stage, RunStage::Running { .. })
    }

    /// Whether a run may start now: none is going on, and after a cancel
    /// the new worker already has the file (a run sent before it would
    /// find none).
    pub fn can_run(&self) -> bool {
        !self.running() && !self.reopening
    }
}

/// The first page in file order, no filter.
pub fn first_page() -> Query {
    Query {
        limit: PAGE_ROWS,
        ..Query::default()
    }
}

/// The query of the problem list: rows with problems, in file order.
pub fn problem_query() -> Query {
    Query {
        incomplete: Some(true),
        limit: PROBLEM_ROWS,
        ..Query::default()
    }
}

/// Everything that changes the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The worker could not start.
    Unavailable,
    /// The user picked a file; it is being read.
    Opening,
    /// The worker opened the file.
    Opened {
        /// What it is.
        opened: Opened,
        /// The proposed (or remembered) mapping.
        mapping: ColumnMapping,
    },
    /// The file could not be read.
    FileFailed(String),
    /// The user set column `i`'s target.
    SetColumn(usize, Option<Target>),
    /// A run of `total` rows started.
    RunStarted {
        /// Rows in the file.
        total: u64,
    },
    /// A run progressed.
    Progress {
        /// Rows screened.
        done: u64,
        /// Rows in the file.
        total: u64,
    },
    /// The user cancelled the run (the new worker is given the file again).
    Cancelled,
    /// The new worker has the file again.
    Reopened,
    /// The run finished.
    Done(Box<RunDone>),
    /// New filters, order or page (the page follows as [`Action::Page`]).
    Query(Query),
    /// A page of results for `query`.
    Page {
        /// The query it answers: a stale answer is dropped.
        query: Query,
        /// Matching rows.
        total: u64,
        /// The page.
        rows: Vec<RowView>,
    },
    /// Rows with problems.
    Problems {
        /// How many.
        total: u64,
        /// The first ones.
        rows: Vec<RowView>,
    },
    /// A sandbox field was typed in.
    Sandbox(crate::sandbox::Knob, String),
    /// The sandbox form went back to the policy as written.
    SandboxReset(Box<SandboxDraft>),
    /// A sandbox field does not read (or all do: `None`).
    SandboxError(Option<KnobError>),
    /// The worker refused the sandbox's figures.
    SandboxRefused(String),
    /// A message about the last action.
    Notice(Option<String>),
    /// The language changed.
    Lang(Lang),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Unavailable => {
                s.unavailable = true;
                s.opening = false;
                s.reopening = false;
                if s.running() {
                    s.stage = RunStage::Idle;
                }
            }
            Action::Opening => {
                s.opening = true;
                s.file_error = None;
                s.opened = None;
                s.mapping = None;
                s.stage = RunStage::Idle;
                s.done = None;
                s.page = None;
                s.problems = None;
                s.query = first_page();
                s.notice = None;
            }
            Action::Opened { opened, mapping } => {
                s.opening = false;
                s.opened = Some(opened);
                s.mapping = Some(mapping);
            }
            Action::FileFailed(message) => {
                s.opening = false;
                s.reopening = false;
                s.stage = RunStage::Idle;
                s.file_error = Some(message);
            }
            Action::SetColumn(i, target) => {
                if let Some(c) = s.mapping.as_mut().and_then(|m| m.columns.get_mut(i)) {
                    c.target = target;
                }
            }
            Action::RunStarted { total } => {
                s.stage = RunStage::Running { done: 0, total };
                s.notice = None;
            }
            Action::Progress { done, total } => {
                // A cancelled run's last words are dropped.
                if s.running() {
                    s.stage = RunStage::Running { done, total };
                }
            }
            Action::Cancelled => {
                s.stage = RunStage::Cancelled;
                s.reopening = true;
            }
            Action::Reopened => s.reopening = false,
            Action::Done(done) => {
                s.stage = RunStage::Done;
                s.done = Some(*done);
                s.page = None;
                s.problems = None;
            }
            Action::Query(q) => s.query = q,
            Action::Page { query, total, rows } => {
                if query == s.query {
                    s.page = Some((total, rows));
                }
            }
            Action::Problems { total, rows } => s.problems = Some((total, rows)),
            Action::Sandbox(knob, text) => {
                s.sandbox.set(knob, text);
                if s.sandbox_error.as_ref().is_some_and(|e| e.knob == knob) {
                    s.sandbox_error = None;
                }
            }
            Action::SandboxReset(draft) => {
                s.sandbox = *draft;
                s.sandbox_error = None;
            }
            Action::SandboxError(e) => {
                s.sandbox_error = e;
                s.sandbox_refused = None;
            }
            Action::SandboxRefused(m) => {
                s.sandbox_refused = Some(m);
                s.stage = RunStage::Idle;
            }
            Action::Notice(n) => s.notice = n,
            Action::Lang(l) => s.lang = l,
        }
        Rc::new(s)
    }
}

/// One change to the results' query, applied to the latest query (never
/// to one a view rendered earlier: two quick changes both count).
#[derive(Debug, Clone, PartialEq)]
pub enum QueryEdit {
    /// Only this rule (or any).
    Rule(Option<RuleId>),
    /// Only this level (or any).
    Level(Option<OutcomeLevel>),
    /// Only this location (or any).
    Location(Option<Location>),
    /// Only this industry (or any).
    Industry(Option<Industry>),
    /// Names or ids containing this text (or any).
    Search(Option<String>),
    /// Only rows with problems.
    Incomplete(bool),
    /// Sort by a column: ascending first, then descending.
    Sort(SortColumn),
    /// Rows from this one on.
    Offset(u64),
}

impl QueryEdit {
    /// `q` changed by this edit; a new filter or order starts at the first page.
    pub fn apply(&self, q: &Query) -> Query {
        let mut next = Query {
            offset: 0,
            ..q.clone()
        };
        match self {
            QueryEdit::Rule(r) => next.rule = *r,
            QueryEdit::Level(l) => next.level = *l,
            QueryEdit::Location(l) => next.location = *l,
            QueryEdit::Industry(i) => next.industry = *i,
            QueryEdit::Search(s) => next.search = s.clone(),
            QueryEdit::Incomplete(only) => next.incomplete = only.then_some(true),
            QueryEdit::Sort(column) => {
                let column = *column;
                let descending =
                    matches!(q.sort, Some(Sort { column: c, descending: false }) if c == column);
                next.sort = Some(Sort { column, descending });
            }
            QueryEdit::Offset(o) => next.offset = *o,
        }
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fusion_engine::JIAXING_2024_14 as PACK;

    fn reduce(s: State, a: Action) -> State {
        (*Rc::new(s).reduce(a)).clone()
    }

    #[test]
    fn a_stale_page_is_dropped() {
        let s = State::new(Lang::Zh, &PACK);
        let old = s.query.clone();
        let s = reduce(
            s,
            Action::Query(Query {
                search: Some("嘉".into()),
                ..first_page()
            }),
        );
        let s = reduce(
            s,
            Action::Page {
                query: old,
                total: 3,
                rows: vec![],
            },
        );
        assert_eq!(s.page, None);
        let q = s.query.clone();
        let s = reduce(
            s,
            Action::Page {
                query: q,
                total: 1,
                rows: vec![],
            },
        );
        assert_eq!(s.page, Some((1, vec![])));
    }

    #[test]
    fn a_new_file_forgets_the_last_results() {
        let s = State::new(Lang::Zh, &PACK);
        let s = reduce(s, Action::RunStarted { total: 5000 });
        let s = reduce(
            s,
            Action::Progress {
                done: 1000,
                total: 5000,
            },
        );
        assert_eq!(
            s.stage,
            RunStage::Running {
                done: 1000,
                total: 5000
            }
        );
        let s = reduce(s, Action::Cancelled);
        let s = reduce(
            s,
            Action::Progress {
                done: 2000,
                total: 5000,
            },
        );
        assert_eq!(s.stage, RunStage::Cancelled);
        // No new run until the new worker has the file again.
        assert!(s.reopening && !s.can_run());
        let s = reduce(s, Action::Reopened);
        assert!(!s.reopening);
        let s = reduce(s, Action::Opening);
        assert_eq!(s.stage, RunStage::Idle);
        assert!(s.opening && s.done.is_none() && s.page.is_none());
    }

    #[test]
    fn sorting_twice_flips_the_order() {
        let by = |column, descending| Some(Sort { column, descending });
        let a = QueryEdit::Sort(SortColumn::Name).apply(&first_page());
        assert_eq!(a.sort, by(SortColumn::Name, false));
        let b = QueryEdit::Sort(SortColumn::Name).apply(&a);
        assert_eq!(b.sort, by(SortColumn::Name, true));
        let c = QueryEdit::Sort(SortColumn::CashQualifies).apply(&b);
        assert_eq!(c.sort, by(SortColumn::CashQualifies, false));
    }

    #[test]
    fn edits_keep_the_other_filters_and_restart_at_the_first_page() {
        let rule = QueryEdit::Rule(Some(RuleId::F3)).apply(&first_page());
        let q = QueryEdit::Offset(100).apply(&rule);
        assert_eq!(q.offset, 100);
        let q = QueryEdit::Search(Some("物流".into())).apply(&q);
        assert_eq!(
            (q.rule, q.offset, q.limit),
            (Some(RuleId::F3), 0, PAGE_ROWS)
        );
        let q = QueryEdit::Incomplete(true).apply(&q);
        assert_eq!(q.incomplete, Some(true));
        assert_eq!(q.search.as_deref(), Some("物流"));
    }
}

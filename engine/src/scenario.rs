//! Scenarios (方案对比): up to three named copies of the answers, each
//! assessed on its own, and their comparison side by side: the totals and
//! each rule's outcome per scenario, with what differs from the first.
//!
//! The comparison is arithmetic on assessments the rules already made;
//! nothing here decides policy. The app, the summary and its tests all take
//! the differences from [`compare`].

use crate::answers::Answers;
use crate::assessment::{Assessment, Outcome, OutcomeKind, OutcomeLevel, RuleId};
use rust_decimal::Decimal;
use serde::Serialize;

/// Most scenarios one set of answers carries.
pub const MAX_SCENARIOS: usize = 3;

/// Longest scenario name, in characters.
pub const MAX_NAME_CHARS: usize = 40;

/// One named copy of the answers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scenario {
    /// The name the user gave it ("主辅分离后").
    pub name: String,
    /// Its answers, complete.
    pub answers: Answers,
}

/// What is wrong with a scenario's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameFault {
    /// Empty, or spaces only.
    Empty,
    /// Longer than [`MAX_NAME_CHARS`].
    TooLong,
}

/// Checks a scenario name as typed: something besides spaces, at most
/// [`MAX_NAME_CHARS`] characters.
pub fn check_name(name: &str) -> Result<(), NameFault> {
    let name = name.trim();
    if name.is_empty() {
        Err(NameFault::Empty)
    } else if name.chars().count() > MAX_NAME_CHARS {
        Err(NameFault::TooLong)
    } else {
        Ok(())
    }
}

/// The totals of one scenario, and how they differ from the first's.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ColumnTotals {
    /// This scenario's own figures (written at the column's top level).
    #[serde(flatten)]
    pub figures: TotalFigures,
    /// This scenario less the first (zero for the first itself).
    pub difference: TotalFigures,
}

/// The three totals a comparison shows: a scenario's, or the difference of
/// two scenarios'.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct TotalFigures {
    /// Cash whose conditions are met (元).
    #[serde(with = "crate::assessment::decimal_str")]
    pub cash_qualifies_yuan: Decimal,
    /// Cash met on an interpretation or by reference (元).
    #[serde(with = "crate::assessment::decimal_str")]
    pub cash_likely_yuan: Decimal,
    /// Estimated tax savings, apart from cash (元).
    #[serde(with = "crate::assessment::decimal_str")]
    pub tax_estimate_yuan: Decimal,
}

impl TotalFigures {
    /// The figures of an assessment's totals.
    pub fn of(t: &crate::assessment::Totals) -> Self {
        TotalFigures {
            cash_qualifies_yuan: t.cash_qualifies_yuan,
            cash_likely_yuan: t.cash_likely_yuan,
            tax_estimate_yuan: t.tax_estimate_yuan,
        }
    }

    /// Each figure less `base`'s.
    pub fn less(self, base: TotalFigures) -> Self {
        TotalFigures {
            cash_qualifies_yuan: self.cash_qualifies_yuan - base.cash_qualifies_yuan,
            cash_likely_yuan: self.cash_likely_yuan - base.cash_likely_yuan,
            tax_estimate_yuan: self.tax_estimate_yuan - base.tax_estimate_yuan,
        }
    }

    /// Whether any figure is not zero (for a difference: whether any total differs).
    pub fn any(&self) -> bool {
        !(self.cash_qualifies_yuan.is_zero()
            && self.cash_likely_yuan.is_zero()
            && self.tax_estimate_yuan.is_zero())
    }
}

/// One scenario's outcome in a row of the comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CompareCell {
    pub level: OutcomeLevel,
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "crate::assessment::opt_decimal_str"
    )]
    pub amount_yuan: Option<Decimal>,
}

/// One outcome (a rule, for one year or matter) across the scenarios.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CompareRow {
    pub rule: RuleId,
    pub kind: OutcomeKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    /// The matter's subject, for F1/F2 (typed by the enterprise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// One cell per scenario, in order; `None` where that scenario has no
    /// such outcome (another year or matter).
    pub cells: Vec<Option<CompareCell>>,
    /// Per scenario: whether its cell differs from the first scenario's in
    /// level or amount (always `false` for the first).
    pub changed: Vec<bool>,
    /// Per scenario: its amount less the first's, where either has one
    /// (a missing amount counts as zero); `None` for the first.
    #[serde(serialize_with = "opt_decimals")]
    pub amount_difference: Vec<Option<Decimal>>,
}

impl CompareRow {
    /// Whether any scenario differs from the first here.
    pub fn differs(&self) -> bool {
        self.changed.iter().any(|c| *c)
    }
}

fn opt_decimals<S: serde::Serializer>(v: &[Option<Decimal>], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeSeq;
    let mut seq = s.serialize_seq(Some(v.len()))?;
    for d in v {
        seq.serialize_element(&d.map(|d| crate::assessment::two_places(d).to_string()))?;
    }
    seq.end()
}

/// The scenarios side by side.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// One per scenario, in order.
    pub columns: Vec<ColumnTotals>,
    /// Every outcome that is worth something in some scenario (qualifies,
    /// likely or possible) or that differs between them, in catalogue order.
    pub rows: Vec<CompareRow>,
}

impl Comparison {
    /// Whether anything differs from the first scenario.
    pub fn any_difference(&self) -> bool {
        self.columns.iter().any(|c| c.difference.any()) || self.rows.iter().any(|r| r.differs())
    }
}

/// Rows are matched across scenarios by rule, year, subject and the
/// outcome's place among equals (a rule can pay twice in a year).
type RowKey = (RuleId, Option<u16>, Option<String>, usize);

fn keyed(outcomes: &[Outcome]) -> Vec<(RowKey, &Outcome)> {
    let mut out: Vec<(RowKey, &Outcome)> = Vec::with_capacity(outcomes.len());
    for o in outcomes {
        let nth = out
            .iter()
            .filter(|((r, y, s, _), _)| *r == o.rule && *y == o.year && *s == o.subject)
            .count();
        out.push(((o.rule, o.year, o.subject.clone(), nth), o));
    }
    out
}

fn worth_something(level: OutcomeLevel) -> bool {
    matches!(
        level,
        OutcomeLevel::Qualifies | OutcomeLevel::Likely | OutcomeLevel::Possible
    )
}

/// Compares the assessments of the scenarios, in order; the first is the
/// base every difference is taken from.
pub fn compare(assessments: &[&Assessment]) -> Comparison {
    let first = assessments
        .first()
        .map_or_else(TotalFigures::default, |a| TotalFigures::of(&a.totals));
    let columns = assessments
        .iter()
        .map(|a| {
            let figures = TotalFigures::of(&a.totals);
            ColumnTotals {
                figures,
                difference: figures.less(first),
            }
        })
        .collect();

    let keyed: Vec<Vec<(RowKey, &Outcome)>> =
        assessments.iter().map(|a| keyed(&a.outcomes)).collect();
    // Every key once, in catalogue order (kept sorted as it grows: a few
    // dozen keys, and no sort routine in the app's bundle).
    let mut keys: Vec<(RowKey, OutcomeKind)> = Vec::new();
    for (key, o) in keyed.iter().flatten() {
        let at = keys.partition_point(|(k, _)| k < key);
        if keys.get(at).is_none_or(|(k, _)| k != key) {
            keys.insert(at, (key.clone(), o.kind));
        }
    }

    let rows = keys
        .into_iter()
        .filter_map(|(key, kind)| {
            let cells: Vec<Option<CompareCell>> = keyed
                .iter()
                .map(|outcomes| {
                    outcomes
                        .iter()
                        .find(|(k, _)| *k == key)
                        .map(|(_, o)| CompareCell {
                            level: o.level,
                            amount_yuan: o.amount_yuan,
                        })
                })
                .collect();
            let base = cells.first().cloned().flatten();
            let changed: Vec<bool> = cells.iter().map(|c| *c != base).collect();
            let amount = |c: &Option<CompareCell>| c.as_ref().and_then(|c| c.amount_yuan);
            let amount_difference = cells
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let (mine, theirs) = (amount(c), amount(&base));
                    (i > 0 && (mine.is_some() || theirs.is_some()))
                        .then(|| mine.unwrap_or_default() - theirs.unwrap_or_default())
                })
                .collect();
            let worth = cells.iter().flatten().any(|c| worth_something(c.level));
            let row = CompareRow {
                rule: key.0,
                kind,
                year: key.1,
                subject: key.2,
                cells,
                changed,
                amount_difference,
            };
            (worth || row.differs()).then_some(row)
        })
        .collect();
    Comparison { columns, rows }
}

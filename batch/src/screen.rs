//! One row of a bureau's list through the engine: cells → [`Answers`] →
//! [`evaluate`] → a result row; and the sums over all rows (counts per rule,
//! cash by rule and by data year: the budget), and the notification list of
//! a rule. The rules themselves are only the engine's.

use crate::cells::{read_cell, Names, RowDraft};
use crate::fields::{ColumnMapping, Field, Target};
use fusion_engine::answers::{validate, Answers, Industry, Location, Question};
use fusion_engine::explain::{describe, question_label};
use fusion_engine::i18n::batch::{cell_message, CellMessage};
use fusion_engine::i18n::explain::problem_words;
use fusion_engine::{
    evaluate, Assessment, Date, Lang, OutcomeKind, OutcomeLevel, PolicyPack, RuleId,
};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A problem with one cell (or the row as a whole), in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CellProblem {
    /// The row in the file (the header is row 1, as a spreadsheet numbers it).
    pub row: u64,
    /// The column's header as the file has it.
    pub column: String,
    /// What is wrong, in the reader's language.
    pub message: String,
}

/// Reads rows of one file with one mapping.
#[derive(Debug)]
pub struct RowReader {
    targets: Vec<Option<Target>>,
    headers: Vec<String>,
    names: Names,
    lang: Lang,
}

/// The question whose checks cover a field (for the engine's own findings).
fn question_of(field: Field) -> Question {
    use Field as F;
    match field {
        F::Name | F::CreditCode => Question::EnterpriseName,
        F::Location => Question::Location,
        F::Industry => Question::Industry,
        F::AboveScale => Question::AboveScale,
        F::Revenue(y) => Question::Revenue(y),
        F::RecognitionLevel(_) | F::RecognitionDate(_) | F::OtherRecognitions => {
            Question::Recognitions
        }
        F::AwardsReceived => Question::AwardsReceived,
        F::Sectors => Question::Sectors,
        F::Activities => Question::Activities,
        F::RdCost => Question::RdCost,
        F::TaxableIncome => Question::TaxableIncome,
        F::IncomeTaxRate => Question::IncomeTaxRate,
        F::PlatformOperator => Question::CrossBorderOperator,
        F::EnterprisesServed => Question::CrossBorderServed,
        F::TradeGrowth => Question::CrossBorderGrowth,
        F::UpgradeCost => Question::CrossBorderUpgradeCost,
        F::UpgradeYear => Question::CrossBorderYear,
        F::SpunOff => Question::SpunOff,
        F::SeparationStatus => Question::SeparationStatus,
        F::SeparationNewLand => Question::SeparationNewLand,
        F::SeparationOnParentLand => Question::SeparationOnParentLand,
        F::NewCompanyRevenue | F::NewCompanyProfit | F::NewCompanyTax | F::NewCompanyValueAdded => {
            Question::SeparationNewCompanyFigures
        }
        F::OwnLand => Question::OwnLand,
        F::MixedUsePlan => Question::MixedUsePlan,
        F::LogisticsOnExistingLand => Question::LogisticsOnExistingLand,
        F::InPilotArea => Question::InPilotArea,
        F::ValueAdded => Question::ValueAdded,
        F::TaxPaid => Question::TaxPaid,
        F::Employees => Question::Employees,
        F::AssessmentDate => Question::AssessmentDate,
    }
}

/// A row read into answers, with what could not be read.
#[derive(Debug, Clone)]
pub struct ReadRow {
    /// What could be read.
    pub answers: Answers,
    /// 统一社会信用代码, when given.
    pub credit_code: Option<String>,
    /// Every cell that could not be read, and the engine's findings.
    pub problems: Vec<CellProblem>,
}

impl RowReader {
    /// A reader for a file mapped by `mapping`; messages in `lang`.
    pub fn new(mapping: &ColumnMapping, lang: Lang) -> RowReader {
        RowReader {
            targets: mapping.columns.iter().map(|c| c.target).collect(),
            headers: mapping.columns.iter().map(|c| c.header.clone()).collect(),
            names: Names::new(),
            lang,
        }
    }

    /// The language of the messages.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Reads the cells of file row `row`. Never fails: a cell that cannot be
    /// read is left unanswered and named in the problems.
    pub fn read<'c>(&self, row: u64, cells: impl IntoIterator<Item = &'c str>) -> ReadRow {
        let mut d = RowDraft::default();
        let mut problems = Vec::new();
        let mut extra = 0;
        for (i, cell) in cells.into_iter().enumerate() {
            let text = cell.trim();
            if text.is_empty() {
                continue;
            }
            let Some(target) = self.targets.get(i) else {
                extra += 1;
                continue;
            };
            let Some(target) = *target else { continue };
            if let Err(m) = read_cell(&self.names, &mut d, target, text, self.lang) {
                problems.push(CellProblem {
                    row,
                    column: self.headers[i].clone(),
                    message: cell_message(&m, self.lang),
                });
            }
        }
        if extra > 0 {
            problems.push(CellProblem {
                row,
                column: format!("#{}", self.targets.len() + 1),
                message: cell_message(&CellMessage::ExtraCells(extra), self.lang),
            });
        }
        let (answers, credit_code) = d.finish();
        for e in validate(&answers) {
            let column = self
                .targets
                .iter()
                .position(|t| t.is_some_and(|t| question_of(t.field) == e.question))
                .map_or_else(
                    || question_label(e.question, self.lang),
                    |i| self.headers[i].clone(),
                );
            problems.push(CellProblem {
                row,
                column,
                message: cell_message(
                    &CellMessage::Invalid(problem_words(e.problem, self.lang)),
                    self.lang,
                ),
            });
        }
        ReadRow {
            answers,
            credit_code,
            problems,
        }
    }
}

/// The rules a result row reports, in catalogue order (sorted): the fixed
/// ones, then the pack's demonstration tracks.
pub fn rule_columns(pack: &PolicyPack) -> Vec<RuleId> {
    let mut r: Vec<RuleId> = RuleId::FIXED.to_vec();
    r.extend(pack.tracks.iter().map(|t| RuleId::D(t.item)));
    r.sort();
    r.dedup();
    r
}

/// One enterprise screened.
#[derive(Debug, Clone)]
pub struct Screened {
    /// The row in the file.
    pub row: u64,
    /// 统一社会信用代码.
    pub credit_code: Option<String>,
    /// What was read.
    pub answers: Answers,
    /// The engine's assessment of it.
    pub assessment: Assessment,
    /// What could not be read.
    pub problems: Vec<CellProblem>,
}

/// Reads and assesses one row under `pack`, as of `today` unless the row
/// names its own assessment date.
pub fn screen<'c>(
    pack: &PolicyPack,
    reader: &RowReader,
    row: u64,
    cells: impl IntoIterator<Item = &'c str>,
    today: Date,
) -> Screened {
    let read = reader.read(row, cells);
    let assessment = evaluate(pack, &read.answers, today);
    Screened {
        row,
        credit_code: read.credit_code,
        answers: read.answers,
        assessment,
        problems: read.problems,
    }
}

/// The best level of one rule's outcomes, with the outcome's kind (a rule
/// may pay for several years or matters).
pub fn best_level(a: &Assessment, rule: RuleId) -> Option<(OutcomeKind, OutcomeLevel)> {
    a.outcomes
        .iter()
        .filter(|o| o.rule == rule)
        .map(|o| (o.kind, o.level))
        .min_by_key(|&(_, l)| l)
}

/// [`best_level`] of every rule of `rules` (sorted, as [`rule_columns`]
/// gives them), in one pass over the outcomes.
pub fn best_levels(a: &Assessment, rules: &[RuleId]) -> Vec<Option<(OutcomeKind, OutcomeLevel)>> {
    let mut best: Vec<Option<(OutcomeKind, OutcomeLevel)>> = vec![None; rules.len()];
    for o in &a.outcomes {
        if let Ok(i) = rules.binary_search(&o.rule) {
            if best[i].is_none_or(|(_, l)| o.level < l) {
                best[i] = Some((o.kind, o.level));
            }
        }
    }
    best
}

/// One line of the results: what a bureau sees per enterprise.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResultRow {
    /// The row in the file.
    pub row: u64,
    /// 企业名称.
    pub name: Option<String>,
    /// 统一社会信用代码.
    pub credit_code: Option<String>,
    /// 所在县(市、区).
    pub location: Option<Location>,
    /// 行业类别.
    pub industry: Option<Industry>,
    /// Cash whose conditions are met, in yuan.
    pub cash_qualifies_yuan: Decimal,
    /// Cash that is likely, in yuan.
    pub cash_likely_yuan: Decimal,
    /// Estimated tax saving, in yuan.
    pub tax_estimate_yuan: Decimal,
    /// The best level of each rule of [`rule_columns`], in that order.
    #[serde(skip)]
    pub levels: Vec<Option<(OutcomeKind, OutcomeLevel)>>,
    /// Problems while reading: the row is incomplete when there are any.
    pub problems: Vec<CellProblem>,
}

impl ResultRow {
    /// The result row of a screened enterprise.
    pub fn new(s: &Screened, rules: &[RuleId]) -> ResultRow {
        let t = &s.assessment.totals;
        ResultRow {
            row: s.row,
            name: s.answers.enterprise_name.clone(),
            credit_code: s.credit_code.clone(),
            location: s.answers.location,
            industry: s.answers.industry,
            cash_qualifies_yuan: t.cash_qualifies_yuan,
            cash_likely_yuan: t.cash_likely_yuan,
            tax_estimate_yuan: t.tax_estimate_yuan,
            levels: best_levels(&s.assessment, rules),
            problems: s.problems.clone(),
        }
    }

    /// Whether something in the row could not be read.
    pub fn incomplete(&self) -> bool {
        !self.problems.is_empty()
    }
}

/// Cash of one rule or one year: certain and likely apart.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cash {
    /// Conditions met, in yuan.
    pub qualifies_yuan: Decimal,
    /// Likely, in yuan.
    pub likely_yuan: Decimal,
}

impl Cash {
    fn add(&mut self, q: Decimal, l: Decimal) {
        self.qualifies_yuan = self.qualifies_yuan.saturating_add(q);
        self.likely_yuan = self.likely_yuan.saturating_add(l);
    }
}

/// One rule over all enterprises.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleSummary {
    /// Enterprises whose best level for the rule is "qualifies".
    pub qualifies: u64,
    /// ... "likely".
    pub likely: u64,
    /// ... "possible".
    pub possible: u64,
    /// The rule's cash (cash rules only).
    pub cash: Cash,
}

/// Sums over all rows: counts per rule, cash per rule and per data year.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// Rows screened.
    pub rows: u64,
    /// Rows with something that could not be read.
    pub incomplete: u64,
    /// Per rule, in catalogue order.
    pub rules: BTreeMap<RuleId, RuleSummary>,
    /// Cash by data year: what the city's budget should expect each year.
    pub cash_by_year: BTreeMap<u16, Cash>,
    /// All cash.
    pub cash: Cash,
    /// All estimated tax savings, in yuan.
    pub tax_estimate_yuan: Decimal,
}

impl Summary {
    /// Adds one enterprise's assessment; `incomplete` when something in its
    /// row could not be read.
    pub fn add(&mut self, a: &Assessment, incomplete: bool, rules: &[RuleId]) {
        self.add_levels(a, incomplete, rules, &best_levels(a, rules));
    }

    /// [`Summary::add`] with the best levels already found (a result row's).
    pub fn add_levels(
        &mut self,
        a: &Assessment,
        incomplete: bool,
        rules: &[RuleId],
        levels: &[Option<(OutcomeKind, OutcomeLevel)>],
    ) {
        self.rows += 1;
        if incomplete {
            self.incomplete += 1;
        }
        let t = &a.totals;
        // Every rule is listed, counted or not; found once, not per row.
        if self.rules.len() < rules.len() {
            for &rule in rules {
                self.rules.entry(rule).or_default();
            }
        }
        for (rule, best) in rules.iter().zip(levels) {
            let count = match best.map(|(_, l)| l) {
                Some(OutcomeLevel::Qualifies) => |e: &mut RuleSummary| e.qualifies += 1,
                Some(OutcomeLevel::Likely) => |e: &mut RuleSummary| e.likely += 1,
                Some(OutcomeLevel::Possible) => |e: &mut RuleSummary| e.possible += 1,
                _ => continue,
            };
            if let Some(e) = self.rules.get_mut(rule) {
                count(e);
            }
        }
        for r in &t.cash_by_rule {
            self.rules
                .entry(r.rule)
                .or_default()
                .cash
                .add(r.qualifies_yuan, r.likely_yuan);
        }
        for y in &t.cash_by_year {
            self.cash_by_year
                .entry(y.year)
                .or_default()
                .add(y.qualifies_yuan, y.likely_yuan);
        }
        self.cash.add(t.cash_qualifies_yuan, t.cash_likely_yuan);
        self.tax_estimate_yuan = self.tax_estimate_yuan.saturating_add(t.tax_estimate_yuan);
    }

    /// Adds another part's sums (rows screened apart, e.g. on other threads).
    pub fn merge(&mut self, other: &Summary) {
        self.rows += other.rows;
        self.incomplete += other.incomplete;
        for (rule, o) in &other.rules {
            let e = self.rules.entry(*rule).or_default();
            e.qualifies += o.qualifies;
            e.likely += o.likely;
            e.possible += o.possible;
            e.cash.add(o.cash.qualifies_yuan, o.cash.likely_yuan);
        }
        for (year, c) in &other.cash_by_year {
            self.cash_by_year
                .entry(*year)
                .or_default()
                .add(c.qualifies_yuan, c.likely_yuan);
        }
        self.cash
            .add(other.cash.qualifies_yuan, other.cash.likely_yuan);
        self.tax_estimate_yuan = self
            .tax_estimate_yuan
            .saturating_add(other.tax_estimate_yuan);
    }
}

/// One enterprise to notify about one rule (免申即享 / 政策找企业).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Notice {
    /// The row in the file.
    pub row: u64,
    /// 企业名称.
    pub name: Option<String>,
    /// 统一社会信用代码.
    pub credit_code: Option<String>,
    /// The rule's best level for the enterprise, in words.
    pub level: &'static str,
    /// The rule's cash for the enterprise, in yuan (zero for non-cash rules).
    pub amount_yuan: Decimal,
    /// The facts used: each outcome's one-line arithmetic.
    pub facts: Vec<String>,
}

/// The notice for `rule`, when the enterprise qualifies or likely does.
pub fn notice(pack: &PolicyPack, s: &Screened, rule: RuleId, lang: Lang) -> Option<Notice> {
    let (kind, level) = best_level(&s.assessment, rule)?;
    if !matches!(level, OutcomeLevel::Qualifies | OutcomeLevel::Likely) {
        return None;
    }
    let outcomes = s.assessment.outcomes.iter().filter(|o| {
        o.rule == rule && matches!(o.level, OutcomeLevel::Qualifies | OutcomeLevel::Likely)
    });
    let mut amount = Decimal::ZERO;
    let mut facts = Vec::new();
    for o in outcomes {
        if o.kind == OutcomeKind::Cash {
            amount = amount.saturating_add(o.amount_yuan.unwrap_or_default());
        }
        facts.push(describe(pack, o, lang).summary);
    }
    Some(Notice {
        row: s.row,
        name: s.answers.enterprise_name.clone(),
        credit_code: s.credit_code.clone(),
        level: fusion_engine::explain::level_name_for(kind, level, lang),
        amount_yuan: amount,
        facts,
    })
}

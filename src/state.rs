//! The app's one state and its reducer, in the manner of yew's function_todomvc:
//! components dispatch [`Action`]s; only [`State::reduce`] changes state.
//!
//! What the user typed is kept verbatim in a [`Draft`] (a bad value is never
//! lost or overwritten); [`Draft::answers`] turns it into the engine's
//! [`Answers`], leaving out whatever does not parse. Parsing and units belong
//! to `fusion_engine::input`; this module only decides which parser reads
//! which field.

use fusion_engine::answers::{
    Activity, AwardMatter, AwardReceived, Industry, Level, Location, Question, Recognition,
    RecognitionKind, Sector, SeparationStatus,
};
use fusion_engine::i18n::ui::{self, input_error, StepName, Ui};
use fusion_engine::input::{
    self, amount_to_input, decimal_to_input, growth_percent_range, is_unfinished,
    tax_rate_percent_range, AmountUnit, FieldKind, InputError,
};
use fusion_engine::transfer::ImportError;
use fusion_engine::{Answers, Date, Lang};
use rust_decimal::Decimal;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;
use yew::Reducible;

/// The interview's steps, in order.
pub type Step = StepName;

/// Every step in interview order.
pub const STEPS: [Step; 7] = [
    Step::Basics,
    Step::Revenue,
    Step::Recognitions,
    Step::Tax,
    Step::Separation,
    Step::Land,
    Step::CrossBorder,
];

/// The questions each step asks (revenue years are matched by kind).
pub fn step_questions(step: Step) -> &'static [Question] {
    match step {
        Step::Basics => &[
            Question::EnterpriseName,
            Question::Location,
            Question::Industry,
            Question::AboveScale,
            Question::Sectors,
            Question::Activities,
            Question::CrossBorderOperator,
            Question::AssessmentDate,
        ],
        Step::Revenue => &[],
        Step::Recognitions => &[Question::Recognitions, Question::AwardsReceived],
        Step::Tax => &[
            Question::RdCost,
            Question::TaxableIncome,
            Question::IncomeTaxRate,
        ],
        Step::Separation => &[
            Question::SeparationStatus,
            Question::SeparationNewLand,
            Question::SeparationOnParentLand,
            Question::SeparationNewCompanyFigures,
        ],
        Step::Land => &[
            Question::OwnLand,
            Question::MixedUsePlan,
            Question::LogisticsOnExistingLand,
            Question::InPilotArea,
            Question::ValueAdded,
            Question::TaxPaid,
            Question::Employees,
        ],
        Step::CrossBorder => &[
            Question::CrossBorderServed,
            Question::CrossBorderGrowth,
            Question::CrossBorderUpgradeCost,
            Question::CrossBorderYear,
        ],
    }
}

/// The step that asks `q`.
pub fn step_of(q: Question) -> Step {
    if matches!(q, Question::Revenue(_)) {
        return Step::Revenue;
    }
    STEPS
        .into_iter()
        .find(|s| step_questions(*s).contains(&q))
        .unwrap_or(Step::Basics)
}

/// Which questions the engine says can still change the result.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Relevance(BTreeSet<Question>);

impl Relevance {
    /// Wraps the engine's list.
    pub fn new(questions: impl IntoIterator<Item = Question>) -> Self {
        Relevance(questions.into_iter().collect())
    }

    /// Whether the interview should ask `q`. The assessment date changes no
    /// rule's reading of the answers, only the date it is read at, so the
    /// engine never lists it; it is always offered.
    pub fn asks(&self, q: Question) -> bool {
        q == Question::AssessmentDate || self.0.contains(&q)
    }

    /// Whether the engine needs revenue of `year`.
    pub fn needs_revenue(&self, year: u16) -> bool {
        self.0.contains(&Question::Revenue(year))
    }

    /// The revenue years the engine asks for, ascending.
    pub fn revenue_years(&self) -> impl Iterator<Item = u16> + '_ {
        self.0.iter().filter_map(|q| match q {
            Question::Revenue(y) => Some(*y),
            _ => None,
        })
    }

    /// Whether any revenue year matters.
    pub fn any_revenue(&self) -> bool {
        self.0.iter().any(|q| matches!(q, Question::Revenue(_)))
    }

    /// Whether a step has anything to ask.
    pub fn shows(&self, step: Step) -> bool {
        match step {
            Step::Basics => true,
            Step::Revenue => self.any_revenue(),
            _ => step_questions(step).iter().any(|q| self.asks(*q)),
        }
    }

    /// The steps to show, in order.
    pub fn steps(&self) -> Vec<Step> {
        STEPS.iter().copied().filter(|s| self.shows(*s)).collect()
    }
}

/// A free-text or numeric field that holds one answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TextField {
    EnterpriseName,
    AssessmentDate,
    RdCost,
    TaxableIncome,
    IncomeTaxRate,
    CrossBorderServed,
    CrossBorderGrowth,
    CrossBorderUpgradeCost,
    CrossBorderYear,
    SeparationRevenue,
    SeparationProfit,
    SeparationTax,
    OwnLand,
    ValueAdded,
    TaxPaid,
    Employees,
}

impl TextField {
    /// The engine question the field answers.
    pub const fn question(self) -> Question {
        match self {
            TextField::EnterpriseName => Question::EnterpriseName,
            TextField::AssessmentDate => Question::AssessmentDate,
            TextField::RdCost => Question::RdCost,
            TextField::TaxableIncome => Question::TaxableIncome,
            TextField::IncomeTaxRate => Question::IncomeTaxRate,
            TextField::CrossBorderServed => Question::CrossBorderServed,
            TextField::CrossBorderGrowth => Question::CrossBorderGrowth,
            TextField::CrossBorderUpgradeCost => Question::CrossBorderUpgradeCost,
            TextField::CrossBorderYear => Question::CrossBorderYear,
            TextField::SeparationRevenue
            | TextField::SeparationProfit
            | TextField::SeparationTax => Question::SeparationNewCompanyFigures,
            TextField::OwnLand => Question::OwnLand,
            TextField::ValueAdded => Question::ValueAdded,
            TextField::TaxPaid => Question::TaxPaid,
            TextField::Employees => Question::Employees,
        }
    }

    /// How the field's text is read; `None` for plain text (the name).
    pub const fn kind(self) -> Option<FieldKind> {
        Some(match self {
            TextField::EnterpriseName => return None,
            TextField::AssessmentDate => FieldKind::Date,
            TextField::IncomeTaxRate => FieldKind::TaxRate,
            TextField::CrossBorderServed | TextField::Employees => FieldKind::Count,
            TextField::CrossBorderGrowth => FieldKind::Growth,
            TextField::CrossBorderYear => FieldKind::Year,
            TextField::OwnLand => FieldKind::Land,
            // A loss is a real answer for these two.
            TextField::TaxableIncome | TextField::SeparationProfit => FieldKind::SignedAmount,
            TextField::RdCost
            | TextField::CrossBorderUpgradeCost
            | TextField::SeparationRevenue
            | TextField::SeparationTax
            | TextField::ValueAdded
            | TextField::TaxPaid => FieldKind::Amount,
        })
    }

    /// The field's label.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            TextField::SeparationRevenue => Ui::SeparationRevenueLabel.text(lang),
            TextField::SeparationProfit => Ui::SeparationProfitLabel.text(lang),
            TextField::SeparationTax => Ui::SeparationTaxLabel.text(lang),
            other => ui::label(other.question(), lang),
        }
    }

    /// A stable piece of the field's DOM id.
    pub const fn slug(self) -> &'static str {
        match self {
            TextField::EnterpriseName => "name",
            TextField::AssessmentDate => "date",
            TextField::RdCost => "rd-cost",
            TextField::TaxableIncome => "taxable-income",
            TextField::IncomeTaxRate => "tax-rate",
            TextField::CrossBorderServed => "cb-served",
            TextField::CrossBorderGrowth => "cb-growth",
            TextField::CrossBorderUpgradeCost => "cb-cost",
            TextField::CrossBorderYear => "cb-year",
            TextField::SeparationRevenue => "sep-revenue",
            TextField::SeparationProfit => "sep-profit",
            TextField::SeparationTax => "sep-tax",
            TextField::OwnLand => "land",
            TextField::ValueAdded => "value-added",
            TextField::TaxPaid => "tax-paid",
            TextField::Employees => "employees",
        }
    }
}

/// A yes/no question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Flag {
    AboveScale,
    CrossBorderOperator,
    SeparationNewLand,
    SeparationOnParentLand,
    MixedUsePlan,
    LogisticsOnExistingLand,
    InPilotArea,
}

impl Flag {
    /// The engine question the flag answers.
    pub const fn question(self) -> Question {
        match self {
            Flag::AboveScale => Question::AboveScale,
            Flag::CrossBorderOperator => Question::CrossBorderOperator,
            Flag::SeparationNewLand => Question::SeparationNewLand,
            Flag::SeparationOnParentLand => Question::SeparationOnParentLand,
            Flag::MixedUsePlan => Question::MixedUsePlan,
            Flag::LogisticsOnExistingLand => Question::LogisticsOnExistingLand,
            Flag::InPilotArea => Question::InPilotArea,
        }
    }

    /// A stable piece of the radio group's DOM ids.
    pub const fn slug(self) -> &'static str {
        match self {
            Flag::AboveScale => "above-scale",
            Flag::CrossBorderOperator => "cb-operator",
            Flag::SeparationNewLand => "sep-new-land",
            Flag::SeparationOnParentLand => "sep-parent-land",
            Flag::MixedUsePlan => "mixed-use",
            Flag::LogisticsOnExistingLand => "logistics",
            Flag::InPilotArea => "pilot-area",
        }
    }
}

/// A user-added row of the revenue table (its year is typed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevenueRow {
    pub id: u32,
    pub year: String,
    pub amount: String,
}

/// One recognition, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecognitionRow {
    pub id: u32,
    pub kind: Option<RecognitionKind>,
    pub level: Option<Level>,
    pub obtained: String,
    pub subject: String,
}

/// One award already received, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AwardRow {
    pub id: u32,
    pub matter: Option<AwardMatter>,
    pub amount: String,
    pub unit: AmountUnit,
    pub year: String,
    pub subject: String,
    pub policy: String,
}

/// Where an amount unit switch applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UnitSlot {
    /// One amount field.
    Field(TextField),
    /// The whole revenue table.
    Revenue,
    /// One award row.
    Award(u32),
}

/// Everything the user has entered, verbatim.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Draft {
    pub text: BTreeMap<TextField, String>,
    pub units: BTreeMap<TextField, AmountUnit>,
    pub location: Option<Location>,
    pub industry: Option<Industry>,
    pub flags: BTreeMap<Flag, bool>,
    pub separation_status: Option<SeparationStatus>,
    pub sectors: Vec<Sector>,
    pub activities: Vec<Activity>,
    /// Revenue of the table's fixed years, by year.
    pub revenue: BTreeMap<u16, String>,
    pub revenue_unit: AmountUnit,
    /// Years the user added by typing them.
    pub extra_revenue: Vec<RevenueRow>,
    pub recognitions: Vec<RecognitionRow>,
    pub awards: Vec<AwardRow>,
    /// The next id for a new row (rows keep their id for their whole life,
    /// so DOM ids and focus survive removals).
    pub next_id: u32,
}

/// Identifies one input for DOM ids, blur tracking and error lookup.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FieldId {
    Text(TextField),
    Location,
    Industry,
    SeparationStatus,
    Flag(Flag),
    Sectors,
    Activities,
    RevenueFixed(u16),
    RevenueUnit,
    ExtraYear(u32),
    ExtraAmount(u32),
    RecognitionKind(u32),
    RecognitionLevel(u32),
    RecognitionDate(u32),
    RecognitionSubject(u32),
    AwardMatter(u32),
    AwardAmount(u32),
    AwardYear(u32),
    AwardSubject(u32),
    AwardPolicy(u32),
    SampleMenu,
    /// The button that clears the saved answers (focus returns there when
    /// its confirmation is cancelled).
    ClearSaved,
    /// The read-only banner's "edit these answers" button.
    EditLinked,
    /// The read-only field holding the share link.
    ShareLink,
    /// The banner over a share link's read-only answers.
    LinkBanner,
    /// The banner for a share link that does not read.
    LinkError,
}

impl FieldId {
    /// The step the field is on.
    pub fn step(self) -> Step {
        match self {
            FieldId::Text(t) => step_of(t.question()),
            FieldId::Flag(f) => step_of(f.question()),
            FieldId::SeparationStatus => Step::Separation,
            FieldId::RevenueFixed(_)
            | FieldId::RevenueUnit
            | FieldId::ExtraYear(_)
            | FieldId::ExtraAmount(_) => Step::Revenue,
            FieldId::RecognitionKind(_)
            | FieldId::RecognitionLevel(_)
            | FieldId::RecognitionDate(_)
            | FieldId::RecognitionSubject(_)
            | FieldId::AwardMatter(_)
            | FieldId::AwardAmount(_)
            | FieldId::AwardYear(_)
            | FieldId::AwardSubject(_)
            | FieldId::AwardPolicy(_) => Step::Recognitions,
            FieldId::Location
            | FieldId::Industry
            | FieldId::Sectors
            | FieldId::Activities
            | FieldId::SampleMenu
            | FieldId::ClearSaved
            | FieldId::EditLinked
            | FieldId::ShareLink
            | FieldId::LinkBanner
            | FieldId::LinkError => Step::Basics,
        }
    }

    /// The part of the DOM id after the mount's own prefix.
    pub fn slug(self) -> String {
        match self {
            FieldId::Text(t) => t.slug().to_string(),
            FieldId::Location => "location".into(),
            FieldId::Industry => "industry".into(),
            FieldId::SeparationStatus => "sep-status".into(),
            FieldId::Flag(f) => f.slug().to_string(),
            FieldId::Sectors => "sectors".into(),
            FieldId::Activities => "activities".into(),
            FieldId::RevenueFixed(y) => format!("rev-{y}"),
            FieldId::RevenueUnit => "rev-unit".into(),
            FieldId::ExtraYear(id) => format!("rev-extra-year-{id}"),
            FieldId::ExtraAmount(id) => format!("rev-extra-amount-{id}"),
            FieldId::RecognitionKind(id) => format!("rec-kind-{id}"),
            FieldId::RecognitionLevel(id) => format!("rec-level-{id}"),
            FieldId::RecognitionDate(id) => format!("rec-date-{id}"),
            FieldId::RecognitionSubject(id) => format!("rec-subject-{id}"),
            FieldId::AwardMatter(id) => format!("award-matter-{id}"),
            FieldId::AwardAmount(id) => format!("award-amount-{id}"),
            FieldId::AwardYear(id) => format!("award-year-{id}"),
            FieldId::AwardSubject(id) => format!("award-subject-{id}"),
            FieldId::AwardPolicy(id) => format!("award-policy-{id}"),
            FieldId::SampleMenu => "samples".into(),
            FieldId::ClearSaved => "clear-saved".into(),
            FieldId::EditLinked => "edit-linked".into(),
            FieldId::ShareLink => "share-link".into(),
            FieldId::LinkBanner => "link-banner".into(),
            FieldId::LinkError => "link-error".into(),
        }
    }
}

/// What is wrong with one field's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// The text does not parse as its kind.
    Input(InputError, FieldKind),
    /// A typed revenue year already in the table.
    DuplicateYear,
    /// An award with a matter but no amount.
    AwardNeedsAmount,
}

impl Problem {
    /// The message beside the field.
    pub fn message(self, lang: Lang) -> String {
        match self {
            Problem::Input(err, kind) => input_error(err, kind, lang),
            Problem::DuplicateYear => Ui::DuplicateYear.text(lang).to_string(),
            Problem::AwardNeedsAmount => Ui::AwardNeedsAmount.text(lang).to_string(),
        }
    }
}

/// A parsed field value.
enum Value {
    Amount(Decimal),
    Count(u32),
    Percent(Decimal),
    Land(Decimal),
    Year(u16),
    Date(Date),
}

/// Reads `text` as `kind`; `latest` is the last possible data year.
fn parse(
    kind: FieldKind,
    text: &str,
    unit: AmountUnit,
    latest: u16,
) -> Result<Option<Value>, InputError> {
    Ok(match kind {
        FieldKind::Amount => input::parse_amount(text, unit)?.map(Value::Amount),
        FieldKind::SignedAmount => input::parse_signed_amount(text, unit)?.map(Value::Amount),
        FieldKind::Count => input::parse_count(text)?.map(Value::Count),
        FieldKind::Growth => {
            input::parse_percent(text, growth_percent_range())?.map(Value::Percent)
        }
        FieldKind::TaxRate => {
            input::parse_percent(text, tax_rate_percent_range())?.map(Value::Percent)
        }
        FieldKind::Land => input::parse_land_mu(text)?.map(Value::Land),
        FieldKind::Year => input::parse_year(text, latest)?.map(Value::Year),
        FieldKind::Date => input::parse_date(text)?.map(Value::Date),
    })
}

fn amount_of(v: Option<Value>) -> Option<Decimal> {
    match v {
        Some(Value::Amount(d) | Value::Percent(d) | Value::Land(d)) => Some(d),
        _ => None,
    }
}

fn non_empty(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

impl Draft {
    /// The text of a field ("" when untouched).
    pub fn text(&self, field: TextField) -> &str {
        self.text.get(&field).map(String::as_str).unwrap_or("")
    }

    /// The unit of an amount field.
    pub fn unit(&self, slot: UnitSlot) -> AmountUnit {
        match slot {
            UnitSlot::Field(f) => self.units.get(&f).copied().unwrap_or_default(),
            UnitSlot::Revenue => self.revenue_unit,
            UnitSlot::Award(id) => self
                .awards
                .iter()
                .find(|a| a.id == id)
                .map(|a| a.unit)
                .unwrap_or_default(),
        }
    }

    /// A yes/no answer.
    pub fn flag(&self, flag: Flag) -> Option<bool> {
        self.flags.get(&flag).copied()
    }

    /// The assessment date typed, if it reads.
    pub fn assessment_date(&self) -> Option<Date> {
        // A date's reading does not depend on the latest year; 0 is unused.
        match parse(
            FieldKind::Date,
            self.text(TextField::AssessmentDate),
            AmountUnit::Wan,
            0,
        ) {
            Ok(Some(Value::Date(d))) => Some(d),
            _ => None,
        }
    }

    /// The last data year that can exist: the assessment year.
    pub fn latest_year(&self, today: Date) -> u16 {
        self.assessment_date().unwrap_or(today).year
    }

    /// The fixed years of the revenue table: every year the engine asks
    /// for, plus any year already filled in (a value is never hidden).
    pub fn revenue_years(&self, relevance: &Relevance) -> Vec<u16> {
        let mut years: BTreeSet<u16> = relevance.revenue_years().collect();
        years.extend(
            self.revenue
                .iter()
                .filter(|(_, t)| !t.trim().is_empty())
                .map(|(y, _)| *y),
        );
        years.into_iter().collect()
    }

    fn parsed(&self, field: TextField, today: Date) -> Result<Option<Value>, InputError> {
        match field.kind() {
            Some(kind) => parse(
                kind,
                self.text(field),
                self.unit(UnitSlot::Field(field)),
                self.latest_year(today),
            ),
            None => Ok(None),
        }
    }

    fn decimal(&self, field: TextField, today: Date) -> Option<Decimal> {
        amount_of(self.parsed(field, today).ok().flatten())
    }

    /// Years already in the table before typed row `except`: the fixed
    /// rows that hold text and the typed rows above it.
    fn taken_years(&self, except: u32, today: Date) -> BTreeSet<u16> {
        let latest = self.latest_year(today);
        let mut taken: BTreeSet<u16> = self
            .revenue
            .iter()
            .filter(|(_, t)| !t.trim().is_empty())
            .map(|(y, _)| *y)
            .collect();
        for row in self.extra_revenue.iter().take_while(|r| r.id != except) {
            if let Ok(Some(y)) = input::parse_year(&row.year, latest) {
                taken.insert(y);
            }
        }
        taken
    }

    /// What is wrong with a field's text, if anything (regardless of focus).
    pub fn problem(&self, id: FieldId, today: Date) -> Option<Problem> {
        let latest = self.latest_year(today);
        let check = |kind: FieldKind, text: &str, unit: AmountUnit| {
            parse(kind, text, unit, latest)
                .err()
                .map(|e| Problem::Input(e, kind))
        };
        match id {
            FieldId::Text(f) => f
                .kind()
                .and_then(|k| check(k, self.text(f), self.unit(UnitSlot::Field(f)))),
            FieldId::RevenueFixed(y) => check(
                FieldKind::Amount,
                self.revenue.get(&y).map(String::as_str).unwrap_or(""),
                self.revenue_unit,
            ),
            FieldId::ExtraYear(rid) => {
                let row = self.extra_revenue.iter().find(|r| r.id == rid)?;
                match input::parse_year(&row.year, latest) {
                    Err(e) => Some(Problem::Input(e, FieldKind::Year)),
                    Ok(Some(y)) if self.taken_years(rid, today).contains(&y) => {
                        Some(Problem::DuplicateYear)
                    }
                    Ok(_) => None,
                }
            }
            FieldId::ExtraAmount(rid) => {
                let row = self.extra_revenue.iter().find(|r| r.id == rid)?;
                check(FieldKind::Amount, &row.amount, self.revenue_unit)
            }
            FieldId::RecognitionDate(rid) => {
                let row = self.recognitions.iter().find(|r| r.id == rid)?;
                check(FieldKind::Date, &row.obtained, AmountUnit::Yuan)
            }
            FieldId::AwardAmount(rid) => {
                let row = self.awards.iter().find(|r| r.id == rid)?;
                check(FieldKind::Amount, &row.amount, row.unit).or_else(|| {
                    (row.matter.is_some() && row.amount.trim().is_empty())
                        .then_some(Problem::AwardNeedsAmount)
                })
            }
            FieldId::AwardYear(rid) => {
                let row = self.awards.iter().find(|r| r.id == rid)?;
                check(FieldKind::Year, &row.year, AmountUnit::Yuan)
            }
            _ => None,
        }
    }

    /// The text a field holds, for deciding whether it is still being typed.
    pub fn raw(&self, id: FieldId) -> &str {
        match id {
            FieldId::Text(f) => self.text(f),
            FieldId::RevenueFixed(y) => self.revenue.get(&y).map(String::as_str).unwrap_or(""),
            FieldId::ExtraYear(rid) => self
                .extra_revenue
                .iter()
                .find(|r| r.id == rid)
                .map_or("", |r| &r.year),
            FieldId::ExtraAmount(rid) => self
                .extra_revenue
                .iter()
                .find(|r| r.id == rid)
                .map_or("", |r| &r.amount),
            FieldId::RecognitionDate(rid) => self
                .recognitions
                .iter()
                .find(|r| r.id == rid)
                .map_or("", |r| &r.obtained),
            FieldId::AwardAmount(rid) => self
                .awards
                .iter()
                .find(|r| r.id == rid)
                .map_or("", |r| &r.amount),
            FieldId::AwardYear(rid) => self
                .awards
                .iter()
                .find(|r| r.id == rid)
                .map_or("", |r| &r.year),
            _ => "",
        }
    }

    /// Every field of the draft that holds text, for error summaries.
    pub fn text_fields(&self) -> Vec<FieldId> {
        let mut ids: Vec<FieldId> = self.text.keys().map(|f| FieldId::Text(*f)).collect();
        ids.extend(self.revenue.keys().map(|y| FieldId::RevenueFixed(*y)));
        for r in &self.extra_revenue {
            ids.extend([FieldId::ExtraYear(r.id), FieldId::ExtraAmount(r.id)]);
        }
        ids.extend(
            self.recognitions
                .iter()
                .map(|r| FieldId::RecognitionDate(r.id)),
        );
        for a in &self.awards {
            ids.extend([FieldId::AwardAmount(a.id), FieldId::AwardYear(a.id)]);
        }
        ids
    }

    /// The engine's input: every answer that reads, nothing that does not.
    pub fn answers(&self, today: Date) -> Answers {
        let latest = self.latest_year(today);
        let mut a = Answers {
            enterprise_name: non_empty(self.text(TextField::EnterpriseName)),
            location: self.location,
            industry: self.industry,
            above_scale: self.flag(Flag::AboveScale),
            sectors: self.sectors.clone(),
            activities: self.activities.clone(),
            assessment_date: self.assessment_date(),
            ..Answers::default()
        };
        for (year, text) in &self.revenue {
            if let Ok(Some(yuan)) = input::parse_amount(text, self.revenue_unit) {
                a.revenue_yuan.insert(*year, yuan);
            }
        }
        for row in &self.extra_revenue {
            if self.problem(FieldId::ExtraYear(row.id), today).is_some() {
                continue;
            }
            if let (Ok(Some(year)), Ok(Some(yuan))) = (
                input::parse_year(&row.year, latest),
                input::parse_amount(&row.amount, self.revenue_unit),
            ) {
                a.revenue_yuan.insert(year, yuan);
            }
        }
        a.recognitions = self
            .recognitions
            .iter()
            .filter_map(|r| {
                Some(Recognition {
                    kind: r.kind?,
                    level: r.level,
                    obtained: input::parse_date(&r.obtained).ok().flatten(),
                    subject: non_empty(&r.subject),
                })
            })
            .collect();
        a.awards_received = self
            .awards
            .iter()
            .filter_map(|r| {
                Some(AwardReceived {
                    matter: r.matter?,
                    amount_yuan: input::parse_amount(&r.amount, r.unit).ok().flatten()?,
                    year: input::parse_year(&r.year, latest).ok().flatten(),
                    subject: non_empty(&r.subject),
                    policy: non_empty(&r.policy),
                })
            })
            .collect();
        a.tax.rd_cost_yuan = self.decimal(TextField::RdCost, today);
        a.tax.taxable_income_yuan = self.decimal(TextField::TaxableIncome, today);
        a.tax.income_tax_rate_percent = self.decimal(TextField::IncomeTaxRate, today);
        a.cross_border.platform_operator = self.flag(Flag::CrossBorderOperator);
        a.cross_border.enterprises_served = match self.parsed(TextField::CrossBorderServed, today) {
            Ok(Some(Value::Count(n))) => Some(n),
            _ => None,
        };
        a.cross_border.trade_growth_percent = self.decimal(TextField::CrossBorderGrowth, today);
        a.cross_border.upgrade_cost_yuan = self.decimal(TextField::CrossBorderUpgradeCost, today);
        a.cross_border.year = match self.parsed(TextField::CrossBorderYear, today) {
            Ok(Some(Value::Year(y))) => Some(y),
            _ => None,
        };
        a.separation.status = self.separation_status;
        a.separation.new_land = self.flag(Flag::SeparationNewLand);
        a.separation.on_parent_land = self.flag(Flag::SeparationOnParentLand);
        a.separation.new_company_revenue_yuan = self.decimal(TextField::SeparationRevenue, today);
        a.separation.new_company_profit_yuan = self.decimal(TextField::SeparationProfit, today);
        a.separation.new_company_tax_yuan = self.decimal(TextField::SeparationTax, today);
        a.land.own_land_mu = self.decimal(TextField::OwnLand, today);
        a.land.mixed_use_plan = self.flag(Flag::MixedUsePlan);
        a.land.logistics_on_existing_land = self.flag(Flag::LogisticsOnExistingLand);
        a.land.in_pilot_area = self.flag(Flag::InPilotArea);
        a.land.value_added_yuan = self.decimal(TextField::ValueAdded, today);
        a.land.tax_paid_yuan = self.decimal(TextField::TaxPaid, today);
        a.land.employees = match self.parsed(TextField::Employees, today) {
            Ok(Some(Value::Count(n))) => Some(n),
            _ => None,
        };
        a
    }

    /// A draft that reads back as `a` (a sample enterprise filling the
    /// form). Amounts are written in 万元, as a user would type them.
    pub fn from_answers(a: &Answers, today: Date) -> Draft {
        let mut d = Draft::default();
        let wan = AmountUnit::Wan;
        let mut set = |f: TextField, v: Option<String>| {
            if let Some(v) = v {
                d.text.insert(f, v);
            }
        };
        set(TextField::EnterpriseName, a.enterprise_name.clone());
        set(
            TextField::AssessmentDate,
            a.assessment_date.map(|x| x.to_string()),
        );
        set(
            TextField::RdCost,
            a.tax.rd_cost_yuan.map(|x| amount_to_input(x, wan)),
        );
        set(
            TextField::TaxableIncome,
            a.tax.taxable_income_yuan.map(|x| amount_to_input(x, wan)),
        );
        set(
            TextField::IncomeTaxRate,
            a.tax.income_tax_rate_percent.map(decimal_to_input),
        );
        set(
            TextField::CrossBorderServed,
            a.cross_border.enterprises_served.map(|n| n.to_string()),
        );
        set(
            TextField::CrossBorderGrowth,
            a.cross_border.trade_growth_percent.map(decimal_to_input),
        );
        set(
            TextField::CrossBorderUpgradeCost,
            a.cross_border
                .upgrade_cost_yuan
                .map(|x| amount_to_input(x, wan)),
        );
        set(
            TextField::CrossBorderYear,
            a.cross_border.year.map(|y| y.to_string()),
        );
        set(
            TextField::SeparationRevenue,
            a.separation
                .new_company_revenue_yuan
                .map(|x| amount_to_input(x, wan)),
        );
        set(
            TextField::SeparationProfit,
            a.separation
                .new_company_profit_yuan
                .map(|x| amount_to_input(x, wan)),
        );
        set(
            TextField::SeparationTax,
            a.separation
                .new_company_tax_yuan
                .map(|x| amount_to_input(x, wan)),
        );
        set(TextField::OwnLand, a.land.own_land_mu.map(decimal_to_input));
        set(
            TextField::ValueAdded,
            a.land.value_added_yuan.map(|x| amount_to_input(x, wan)),
        );
        set(
            TextField::TaxPaid,
            a.land.tax_paid_yuan.map(|x| amount_to_input(x, wan)),
        );
        set(
            TextField::Employees,
            a.land.employees.map(|n| n.to_string()),
        );
        d.location = a.location;
        d.industry = a.industry;
        d.separation_status = a.separation.status;
        d.sectors = a.sectors.clone();
        d.activities = a.activities.clone();
        let flags = [
            (Flag::AboveScale, a.above_scale),
            (Flag::CrossBorderOperator, a.cross_border.platform_operator),
            (Flag::SeparationNewLand, a.separation.new_land),
            (Flag::SeparationOnParentLand, a.separation.on_parent_land),
            (Flag::MixedUsePlan, a.land.mixed_use_plan),
            (
                Flag::LogisticsOnExistingLand,
                a.land.logistics_on_existing_land,
            ),
            (Flag::InPilotArea, a.land.in_pilot_area),
        ];
        d.flags = flags
            .into_iter()
            .filter_map(|(f, v)| Some((f, v?)))
            .collect();
        let latest = a.assessment_date.unwrap_or(today).year;
        for (year, yuan) in &a.revenue_yuan {
            if *year <= latest {
                d.revenue.insert(*year, amount_to_input(*yuan, wan));
            } else {
                // A year after the assessment year cannot be a fixed row;
                // keep it visible (and flagged) rather than drop it.
                let id = d.take_id();
                d.extra_revenue.push(RevenueRow {
                    id,
                    year: year.to_string(),
                    amount: amount_to_input(*yuan, wan),
                });
            }
        }
        for r in &a.recognitions {
            let id = d.take_id();
            d.recognitions.push(RecognitionRow {
                id,
                kind: Some(r.kind),
                level: r.level,
                obtained: r.obtained.map(|x| x.to_string()).unwrap_or_default(),
                subject: r.subject.clone().unwrap_or_default(),
            });
        }
        for r in &a.awards_received {
            let id = d.take_id();
            d.awards.push(AwardRow {
                id,
                matter: Some(r.matter),
                amount: amount_to_input(r.amount_yuan, wan),
                unit: wan,
                year: r.year.map(|y| y.to_string()).unwrap_or_default(),
                subject: r.subject.clone().unwrap_or_default(),
                policy: r.policy.clone().unwrap_or_default(),
            });
        }
        d
    }

    fn take_id(&mut self) -> u32 {
        self.next_id += 1;
        self.next_id
    }
}

/// A change to the answers.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    Text(TextField, String),
    Unit(UnitSlot, AmountUnit),
    Location(Option<Location>),
    Industry(Option<Industry>),
    Flag(Flag, Option<bool>),
    SeparationStatus(Option<SeparationStatus>),
    Sector(Sector, bool),
    Activity(Activity, bool),
    RevenueFixed(u16, String),
    AddRevenueRow,
    RevenueRowYear(u32, String),
    RevenueRowAmount(u32, String),
    RemoveRevenueRow(u32),
    AddRecognition,
    RecognitionKind(u32, Option<RecognitionKind>),
    RecognitionLevel(u32, Option<Level>),
    RecognitionDate(u32, String),
    RecognitionSubject(u32, String),
    RemoveRecognition(u32),
    AddAward,
    AwardMatter(u32, Option<AwardMatter>),
    AwardAmount(u32, String),
    AwardYear(u32, String),
    AwardSubject(u32, String),
    AwardPolicy(u32, String),
    RemoveAward(u32),
}

impl Draft {
    /// Applies one edit. Edits touch only their own field.
    pub fn apply(&mut self, edit: Edit) {
        match edit {
            Edit::Text(f, t) => {
                self.text.insert(f, t);
            }
            Edit::Unit(UnitSlot::Field(f), u) => {
                self.units.insert(f, u);
            }
            Edit::Unit(UnitSlot::Revenue, u) => self.revenue_unit = u,
            Edit::Unit(UnitSlot::Award(id), u) => {
                if let Some(r) = self.awards.iter_mut().find(|r| r.id == id) {
                    r.unit = u;
                }
            }
            Edit::Location(l) => self.location = l,
            Edit::Industry(i) => self.industry = i,
            Edit::Flag(f, v) => match v {
                Some(v) => {
                    self.flags.insert(f, v);
                }
                None => {
                    self.flags.remove(&f);
                }
            },
            Edit::SeparationStatus(s) => self.separation_status = s,
            Edit::Sector(s, on) => {
                self.sectors.retain(|x| *x != s);
                if on {
                    self.sectors.push(s);
                }
            }
            Edit::Activity(a, on) => {
                self.activities.retain(|x| *x != a);
                if on {
                    self.activities.push(a);
                }
            }
            Edit::RevenueFixed(y, t) => {
                self.revenue.insert(y, t);
            }
            Edit::AddRevenueRow => {
                let id = self.take_id();
                self.extra_revenue.push(RevenueRow {
                    id,
                    year: String::new(),
                    amount: String::new(),
                });
            }
            Edit::RevenueRowYear(id, t) => {
                if let Some(r) = self.extra_revenue.iter_mut().find(|r| r.id == id) {
                    r.year = t;
                }
            }
            Edit::RevenueRowAmount(id, t) => {
                if let Some(r) = self.extra_revenue.iter_mut().find(|r| r.id == id) {
                    r.amount = t;
                }
            }
            Edit::RemoveRevenueRow(id) => self.extra_revenue.retain(|r| r.id != id),
            Edit::AddRecognition => {
                let id = self.take_id();
                self.recognitions.push(RecognitionRow {
                    id,
                    kind: None,
                    level: None,
                    obtained: String::new(),
                    subject: String::new(),
                });
            }
            Edit::RecognitionKind(id, k) => self.with_recognition(id, |r| r.kind = k),
            Edit::RecognitionLevel(id, l) => self.with_recognition(id, |r| r.level = l),
            Edit::RecognitionDate(id, t) => self.with_recognition(id, |r| r.obtained = t),
            Edit::RecognitionSubject(id, t) => self.with_recognition(id, |r| r.subject = t),
            Edit::RemoveRecognition(id) => self.recognitions.retain(|r| r.id != id),
            Edit::AddAward => {
                let id = self.take_id();
                self.awards.push(AwardRow {
                    id,
                    matter: None,
                    amount: String::new(),
                    unit: AmountUnit::Wan,
                    year: String::new(),
                    subject: String::new(),
                    policy: String::new(),
                });
            }
            Edit::AwardMatter(id, m) => self.with_award(id, |r| r.matter = m),
            Edit::AwardAmount(id, t) => self.with_award(id, |r| r.amount = t),
            Edit::AwardYear(id, t) => self.with_award(id, |r| r.year = t),
            Edit::AwardSubject(id, t) => self.with_award(id, |r| r.subject = t),
            Edit::AwardPolicy(id, t) => self.with_award(id, |r| r.policy = t),
            Edit::RemoveAward(id) => self.awards.retain(|r| r.id != id),
        }
    }

    fn with_recognition(&mut self, id: u32, f: impl FnOnce(&mut RecognitionRow)) {
        if let Some(r) = self.recognitions.iter_mut().find(|r| r.id == id) {
            f(r);
        }
    }

    fn with_award(&mut self, id: u32, f: impl FnOnce(&mut AwardRow)) {
        if let Some(r) = self.awards.iter_mut().find(|r| r.id == id) {
            f(r);
        }
    }
}

/// Where keyboard focus should go after an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FocusTarget {
    /// The current step's heading (after a step change).
    StepHeading,
    /// The result panel's heading (after loading a sample or "see result").
    Result,
    /// An input of a row just added.
    Field(FieldId),
}

/// A focus move the view should make once; `seq` changes on every request so
/// asking twice for the same target still moves focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FocusRequest {
    pub target: FocusTarget,
    pub seq: u32,
}

/// Something to tell screen-reader users politely.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Announcement {
    /// A sample was loaded (its name).
    SampleLoaded(String),
    /// A file was imported (its name).
    Imported(String),
    /// The saved answers were cleared.
    Cleared,
    /// A share link's answers are shown, read-only.
    LinkOpened,
    /// A download started (the file name).
    Downloaded(String),
    /// The print dialog was opened.
    Printing,
    /// The share link is on the clipboard.
    LinkCopied,
    /// The clipboard refused; the link is selected instead.
    LinkSelected,
}

impl Announcement {
    /// The words, in the current language.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Announcement::SampleLoaded(name) => format!("{}{name}", Ui::SampleLoaded.text(lang)),
            Announcement::Imported(name) => format!("{}{name}", Ui::Imported.text(lang)),
            Announcement::Cleared => Ui::Cleared.text(lang).to_string(),
            Announcement::LinkOpened => Ui::LinkOpened.text(lang).to_string(),
            Announcement::Downloaded(name) => format!("{}{name}", Ui::DownloadStarted.text(lang)),
            Announcement::Printing => Ui::PrintOpened.text(lang).to_string(),
            Announcement::LinkCopied => Ui::LinkCopied.text(lang).to_string(),
            Announcement::LinkSelected => Ui::LinkSelected.text(lang).to_string(),
        }
    }
}

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
    pub visited: BTreeSet<Step>,
    pub draft: Rc<Draft>,
    /// Fields that have lost focus once: unfinished text there is an error.
    pub blurred: BTreeSet<FieldId>,
    pub focus: Option<FocusRequest>,
    pub announcement: Option<Announcement>,
    /// The draft before anything was loaded: empty, or what the host page
    /// preset (a county). Clearing returns to it; autosave keeps nothing
    /// while the answers equal it.
    pub blank: Rc<Draft>,
    /// Set while answers from a share link are shown read-only.
    pub link: Option<LinkView>,
    /// A share link in the address that did not read.
    pub link_error: Option<ImportError>,
    /// The last file refused, shown beside the import control.
    pub import_error: Option<ImportProblem>,
    /// An export or share was refused because the engine's checks flag
    /// answers; the problems are listed until they are fixed.
    pub fix_first: bool,
    /// The share link, once asked for.
    pub share: Option<Share>,
    /// A file is being dragged over the drop zone.
    pub dragging: bool,
    /// The confirmation dialog on show.
    pub confirm: Option<Confirm>,
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
            visited: BTreeSet::new(),
            draft: Rc::new(Draft::default()),
            blurred: BTreeSet::new(),
            focus: None,
            announcement: None,
            blank: Rc::new(Draft::default()),
            link: None,
            link_error: None,
            import_error: None,
            fix_first: false,
            share: None,
            dragging: false,
            confirm: None,
        }
    }

    /// Whether the answers are a share link's, shown read-only.
    pub fn read_only(&self) -> bool {
        self.link.is_some()
    }

    /// Replaces every answer with `answers` (a sample, a file, a link).
    fn load(&mut self, answers: &Answers) {
        self.draft = Rc::new(Draft::from_answers(answers, self.today));
        self.blurred.clear();
        self.import_error = None;
        self.fix_first = false;
        self.started = true;
        self.visited.insert(self.step);
    }

    /// Shows a share link's answers read-only, keeping the answers there
    /// were (saved on this device, or on screen) to go back to; or says
    /// why the link does not read, changing nothing.
    fn open_link(&mut self, link: Result<Answers, ImportError>) {
        let answers = match link {
            Ok(answers) => answers,
            Err(e) => {
                self.link_error = Some(e);
                return;
            }
        };
        // A second link keeps what the first one kept; otherwise the
        // answers on screen are kept, unless there are none.
        let saved = match self.link.take() {
            Some(view) => view.saved,
            None => (self.draft != self.blank).then(|| {
                Rc::new(Saved {
                    answers: self.answers(),
                    step: self.step,
                })
            }),
        };
        self.load(&answers);
        self.step = Step::Basics;
        self.link = Some(LinkView { saved });
        self.link_error = None;
        self.confirm = None;
        self.share = None;
        self.announcement = Some(Announcement::LinkOpened);
    }

    /// Puts back answers saved on this device, on the step they were left at.
    fn restore(&mut self, saved: &Saved) {
        self.load(&saved.answers);
        self.step = saved.step;
        self.visited.insert(saved.step);
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

    fn request_focus(&mut self, target: FocusTarget) {
        let seq = self.focus.map_or(1, |f| f.seq.wrapping_add(1));
        self.focus = Some(FocusRequest { target, seq });
    }
}

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
    /// Replace all answers with a sample's; `name` is announced.
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
    OpenLink(Box<Result<Answers, ImportError>>),
    /// Replace all answers with a file's; `name` (the file's) is announced.
    Import {
        name: String,
        answers: Box<Answers>,
    },
    /// A file was refused: say why beside the control, change nothing else.
    ImportFailed(ImportProblem),
    /// A file is dragged over the drop zone (or has left it).
    Dragging(bool),
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
    FixFirst,
    /// A download started (its file name).
    Downloaded(String),
    /// The print dialog was opened.
    Printed,
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
        );
        if self.read_only() && replaces {
            return self;
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
                Rc::make_mut(&mut next.draft).apply(edit);
                if let Some(make) = focus_row {
                    next.request_focus(FocusTarget::Field(make(next.draft.next_id)));
                }
            }
            Action::Blur(id) => {
                next.blurred.insert(id);
            }
            Action::LoadSample { name, answers } => {
                next.load(&answers);
                next.announcement = Some(Announcement::SampleLoaded(name));
                next.request_focus(FocusTarget::Result);
            }
            Action::ShowResult => next.request_focus(FocusTarget::Result),
            Action::Boot(boot) => {
                next.blank = next.draft.clone();
                let Boot { saved, link } = *boot;
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
            Action::Import { name, answers } => {
                next.load(&answers);
                next.announcement = Some(Announcement::Imported(name));
                next.request_focus(FocusTarget::Result);
            }
            Action::ImportFailed(problem) => next.import_error = Some(problem),
            Action::Dragging(on) => next.dragging = on,
            Action::Ask(confirm) => next.confirm = Some(confirm),
            Action::Answer(go) => match (next.confirm.take(), go) {
                (Some(Confirm::Clear), true) => {
                    next.draft = next.blank.clone();
                    next.blurred.clear();
                    next.visited.clear();
                    next.step = Step::Basics;
                    next.visited.insert(Step::Basics);
                    next.import_error = None;
                    next.fix_first = false;
                    next.share = None;
                    next.announcement = Some(Announcement::Cleared);
                    next.request_focus(FocusTarget::StepHeading);
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
                next.fix_first = false;
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
            Action::FixFirst => {
                next.fix_first = true;
                next.share = None;
            }
            Action::Downloaded(name) => {
                next.fix_first = false;
                next.announcement = Some(Announcement::Downloaded(name));
            }
            Action::Printed => next.announcement = Some(Announcement::Printing),
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn today() -> Date {
        Date {
            year: 2025,
            month: 9,
            day: 1,
        }
    }

    fn yuan(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn reduce(state: State, actions: impl IntoIterator<Item = Action>) -> State {
        let mut s = Rc::new(state);
        for a in actions {
            s = s.reduce(a);
        }
        (*s).clone()
    }

    #[test]
    fn bad_text_is_kept_and_left_out_of_the_answers() {
        let s = reduce(
            State::new("t", today()),
            [
                Action::Edit(Edit::RevenueFixed(2023, "8,000".into())),
                Action::Edit(Edit::Text(TextField::OwnLand, "0".into())),
                Action::Edit(Edit::Text(TextField::CrossBorderGrowth, "5000".into())),
            ],
        );
        assert_eq!(s.draft.text(TextField::OwnLand), "0");
        let a = s.answers();
        assert_eq!(a.revenue_yuan.get(&2023), Some(&yuan("80000000")));
        assert_eq!(a.land.own_land_mu, None);
        assert_eq!(a.cross_border.trade_growth_percent, None);
        assert!(matches!(
            s.shown_problem(FieldId::Text(TextField::OwnLand)),
            Some(Problem::Input(InputError::NotPositive, FieldKind::Land))
        ));
    }

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

    #[test]
    fn an_award_without_its_amount_is_flagged_after_leaving_the_field() {
        let s = reduce(State::new("t", today()), [Action::Edit(Edit::AddAward)]);
        let id = s.draft.awards[0].id;
        let s = reduce(
            s,
            [Action::Edit(Edit::AwardMatter(
                id,
                Some(AwardMatter::IndustrialDesign),
            ))],
        );
        assert_eq!(s.shown_problem(FieldId::AwardAmount(id)), None);
        assert!(s.answers().awards_received.is_empty());
        let s = reduce(s, [Action::Blur(FieldId::AwardAmount(id))]);
        assert_eq!(
            s.shown_problem(FieldId::AwardAmount(id)),
            Some(Problem::AwardNeedsAmount)
        );
        let s = reduce(s, [Action::Edit(Edit::AwardAmount(id, "30".into()))]);
        assert_eq!(s.shown_problem(FieldId::AwardAmount(id)), None);
        assert_eq!(s.answers().awards_received[0].amount_yuan, yuan("300000"));
    }

    #[test]
    fn unit_switch_rereads_the_same_text() {
        let s = reduce(
            State::new("t", today()),
            [
                Action::Edit(Edit::Text(TextField::RdCost, "350".into())),
                Action::Edit(Edit::Unit(
                    UnitSlot::Field(TextField::RdCost),
                    AmountUnit::Yuan,
                )),
            ],
        );
        assert_eq!(s.answers().tax.rd_cost_yuan, Some(yuan("350")));
    }

    #[test]
    fn typed_years_must_be_new_and_possible() {
        let s = reduce(
            State::new("t", today()),
            [
                Action::Edit(Edit::AddRevenueRow),
                Action::Edit(Edit::AddRevenueRow),
                Action::Edit(Edit::AddRevenueRow),
            ],
        );
        let ids: Vec<u32> = s.draft.extra_revenue.iter().map(|r| r.id).collect();
        let s = reduce(
            s,
            [
                Action::Edit(Edit::RevenueRowYear(ids[0], "2015".into())),
                Action::Edit(Edit::RevenueRowAmount(ids[0], "100".into())),
                Action::Edit(Edit::RevenueRowYear(ids[1], "2015".into())),
                Action::Edit(Edit::RevenueRowYear(ids[2], "2031".into())),
            ],
        );
        assert_eq!(s.shown_problem(FieldId::ExtraYear(ids[0])), None);
        assert_eq!(
            s.shown_problem(FieldId::ExtraYear(ids[1])),
            Some(Problem::DuplicateYear)
        );
        assert!(matches!(
            s.shown_problem(FieldId::ExtraYear(ids[2])),
            Some(Problem::Input(
                InputError::YearOutOfRange { max: 2025, .. },
                _
            ))
        ));
        assert_eq!(s.answers().revenue_yuan.get(&2015), Some(&yuan("1000000")));
        // A typed year that is already a filled fixed row is a duplicate too.
        let s = reduce(
            s,
            [
                Action::Edit(Edit::RevenueFixed(2020, "5,000".into())),
                Action::Edit(Edit::RevenueRowYear(ids[2], "2020".into())),
            ],
        );
        assert_eq!(
            s.shown_problem(FieldId::ExtraYear(ids[2])),
            Some(Problem::DuplicateYear)
        );
    }

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
    fn every_sample_reads_back_unchanged_from_the_form() {
        for sample in crate::samples::SAMPLES {
            let (_, answers) = sample.load().expect("sample reads");
            let draft = Draft::from_answers(&answers, today());
            assert_eq!(draft.answers(today()), answers, "{}", sample.id);
            // Nothing a sample fills in is flagged as wrong.
            for id in draft.text_fields() {
                assert_eq!(draft.problem(id, today()), None, "{}: {id:?}", sample.id);
            }
        }
    }

    fn sample(id: &str) -> Answers {
        crate::samples::SAMPLES
            .iter()
            .find(|s| s.id == id)
            .and_then(|s| s.load())
            .map(|(_, a)| a)
            .expect("sample exists")
    }

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

    #[test]
    fn a_sample_round_trips_through_the_form() {
        let mut a = Answers {
            enterprise_name: Some("嘉禾示例物流有限公司".into()),
            location: Some(Location::Nanhu),
            industry: Some(Industry::Logistics),
            above_scale: Some(true),
            sectors: vec![Sector::Machining, Sector::ApparelLuggage],
            activities: vec![Activity::SupplyChainManagement],
            ..Answers::default()
        };
        a.revenue_yuan.insert(2022, yuan("45000000"));
        a.revenue_yuan.insert(2023, yuan("106123456.78"));
        a.recognitions.push(Recognition {
            kind: RecognitionKind::ServiceManufacturingDemo,
            level: Some(Level::Provincial),
            obtained: Date::new(2024, 7, 1),
            subject: Some("平台".into()),
        });
        a.awards_received.push(AwardReceived {
            matter: AwardMatter::RevenueMilestone,
            amount_yuan: yuan("100000"),
            year: Some(2022),
            subject: None,
            policy: Some("县级政策".into()),
        });
        a.tax.income_tax_rate_percent = Some(yuan("25"));
        a.land.own_land_mu = Some(yuan("40.5"));
        a.land.employees = Some(120);
        a.cross_border.trade_growth_percent = Some(yuan("-3.5"));
        a.separation.status = Some(SeparationStatus::Done);
        a.separation.new_land = Some(false);
        a.assessment_date = Date::new(2025, 3, 1);
        let draft = Draft::from_answers(&a, today());
        assert_eq!(draft.answers(today()), a);
    }
}

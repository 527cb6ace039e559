//! Names for every input of the form: the text fields, the yes/no
//! questions, where a unit switch applies, and the ids that tie an input to
//! its DOM id, its step and its error message.

use super::steps::{step_of, Step};
use fusion_engine::answers::Question;
use fusion_engine::i18n::ui::{self, Ui};
use fusion_engine::input::FieldKind;
use fusion_engine::Lang;

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
    SeparationValueAdded,
    OwnLand,
    ValueAdded,
    TaxPaid,
    Employees,
}

impl TextField {
    /// Every text field (autosave finds a field by its slug among them;
    /// `fields_are_all_listed` fails when a new one is missing here).
    pub const ALL: [TextField; 17] = [
        TextField::EnterpriseName,
        TextField::AssessmentDate,
        TextField::RdCost,
        TextField::TaxableIncome,
        TextField::IncomeTaxRate,
        TextField::CrossBorderServed,
        TextField::CrossBorderGrowth,
        TextField::CrossBorderUpgradeCost,
        TextField::CrossBorderYear,
        TextField::SeparationRevenue,
        TextField::SeparationProfit,
        TextField::SeparationTax,
        TextField::SeparationValueAdded,
        TextField::OwnLand,
        TextField::ValueAdded,
        TextField::TaxPaid,
        TextField::Employees,
    ];

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
            | TextField::SeparationTax
            | TextField::SeparationValueAdded => Question::SeparationNewCompanyFigures,
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
            | TextField::SeparationValueAdded
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
            TextField::SeparationValueAdded => Ui::SeparationValueAddedLabel.text(lang),
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
            TextField::SeparationValueAdded => "sep-value-added",
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
    SpunOff,
    SeparationNewLand,
    SeparationOnParentLand,
    MixedUsePlan,
    LogisticsOnExistingLand,
    InPilotArea,
}

impl Flag {
    /// Every yes/no question (autosave finds one by its slug among them;
    /// `fields_are_all_listed` fails when a new one is missing here).
    pub const ALL: [Flag; 8] = [
        Flag::AboveScale,
        Flag::CrossBorderOperator,
        Flag::SpunOff,
        Flag::SeparationNewLand,
        Flag::SeparationOnParentLand,
        Flag::MixedUsePlan,
        Flag::LogisticsOnExistingLand,
        Flag::InPilotArea,
    ];

    /// The engine question the flag answers.
    pub const fn question(self) -> Question {
        match self {
            Flag::AboveScale => Question::AboveScale,
            Flag::CrossBorderOperator => Question::CrossBorderOperator,
            Flag::SpunOff => Question::SpunOff,
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
            Flag::SpunOff => "spun-off",
            Flag::SeparationNewLand => "sep-new-land",
            Flag::SeparationOnParentLand => "sep-parent-land",
            Flag::MixedUsePlan => "mixed-use",
            Flag::LogisticsOnExistingLand => "logistics",
            Flag::InPilotArea => "pilot-area",
        }
    }
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
    /// The import control's "choose a file" button (focus returns there
    /// when replacing the answers with a file is cancelled).
    ImportChoose,
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
    /// A scenario's name field (by its place).
    ScenarioName(u8),
    /// The button that copies the answers into a new scenario.
    ScenarioCopy,
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
            | FieldId::ImportChoose
            | FieldId::ClearSaved
            | FieldId::EditLinked
            | FieldId::ShareLink
            | FieldId::LinkBanner
            | FieldId::LinkError
            | FieldId::ScenarioName(_)
            | FieldId::ScenarioCopy => Step::Basics,
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
            FieldId::ImportChoose => "import".into(),
            FieldId::ClearSaved => "clear-saved".into(),
            FieldId::EditLinked => "edit-linked".into(),
            FieldId::ShareLink => "share-link".into(),
            FieldId::LinkBanner => "link-banner".into(),
            FieldId::LinkError => "link-error".into(),
            FieldId::ScenarioName(i) => format!("scenario-name-{i}"),
            FieldId::ScenarioCopy => "scenario-copy".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Autosave reads a field back by its slug among `ALL`: a field left
    /// out would make every record holding it unreadable.
    #[test]
    fn fields_are_all_listed() {
        // The match is exhaustive: a new variant does not compile until it
        // is counted here, and the count must match `ALL`.
        let listed = |f: TextField| match f {
            TextField::EnterpriseName
            | TextField::AssessmentDate
            | TextField::RdCost
            | TextField::TaxableIncome
            | TextField::IncomeTaxRate
            | TextField::CrossBorderServed
            | TextField::CrossBorderGrowth
            | TextField::CrossBorderUpgradeCost
            | TextField::CrossBorderYear
            | TextField::SeparationRevenue
            | TextField::SeparationProfit
            | TextField::SeparationTax
            | TextField::SeparationValueAdded
            | TextField::OwnLand
            | TextField::ValueAdded
            | TextField::TaxPaid
            | TextField::Employees => TextField::ALL.contains(&f),
        };
        assert!(TextField::ALL.into_iter().all(listed));
        assert_eq!(TextField::ALL.len(), 17);
        let flag_listed = |f: Flag| match f {
            Flag::AboveScale
            | Flag::CrossBorderOperator
            | Flag::SpunOff
            | Flag::SeparationNewLand
            | Flag::SeparationOnParentLand
            | Flag::MixedUsePlan
            | Flag::LogisticsOnExistingLand
            | Flag::InPilotArea => Flag::ALL.contains(&f),
        };
        assert!(Flag::ALL.into_iter().all(flag_listed));
        assert_eq!(Flag::ALL.len(), 8);
    }
}

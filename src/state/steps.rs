//! The interview's steps and which of them the engine says are worth asking.

use super::sorted::SortedSet;
use fusion_engine::answers::Question;
use fusion_engine::i18n::ui::StepName;

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
            Question::SpunOff,
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
pub struct Relevance(SortedSet<Question>);

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

//! Which questions can still change the outcome for a profile.

use crate::answers::{Answers, Question};
use crate::date::Date;
use crate::policy::PolicyPack;

/// The questions whose answers can change some outcome, in interview order.
pub fn relevant_questions(_pack: &PolicyPack, _answers: &Answers, _today: Date) -> Vec<Question> {
    vec![Question::Location, Question::Industry]
}

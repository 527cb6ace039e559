//! The rules of a policy pack applied to an enterprise's answers.

use crate::answers::Answers;
use crate::assessment::{Assessment, Totals, WindowStatus};
use crate::date::Date;
use crate::policy::PolicyPack;

/// Evaluates every rule of `pack` against `answers` as of the answers'
/// assessment date, or `today` when they have none.
pub fn evaluate(pack: &PolicyPack, answers: &Answers, today: Date) -> Assessment {
    let as_of = answers.assessment_date.unwrap_or(today);
    let window = if as_of < pack.validity.in_force_from {
        WindowStatus::BeforeInForce
    } else if as_of > pack.validity.in_force_until {
        WindowStatus::Expired
    } else {
        WindowStatus::InForce
    };
    Assessment {
        pack_id: pack.id,
        pack_version: pack.version,
        as_of,
        window,
        by_reference: answers.location.filter(|l| l.is_county()),
        outcomes: Vec::new(),
        totals: Totals::default(),
        notes: Vec::new(),
    }
}

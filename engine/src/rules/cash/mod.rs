//! 三(一) 加大财政支持: the cash awards F1-F6, one file per sentence of
//! the text: [`recognition`] (F1, F2), [`milestone`] (F3, F4), [`growth`]
//! (F5), [`platform`] (F6). What they share is here: the amount a level earns
//! and 就高不重复 against awards already received.

mod growth;
mod milestone;
mod platform;
mod recognition;

pub(crate) use growth::revenue_growth;
pub(crate) use milestone::revenue_milestones;
pub(crate) use platform::platform_subsidy;
pub(crate) use recognition::{industrial_design, service_manufacturing};

use super::{Ctx, Draft};
use crate::answers::{AwardMatter, Level};
use crate::assessment::{Caveat, Step};
use crate::policy::LevelAwards;
use crate::text::subject_key;
use rust_decimal::Decimal;
use std::collections::HashMap;

/// The award a level earns.
pub(super) fn level_amount(a: &LevelAwards, level: Level) -> Decimal {
    match level {
        Level::National => a.national,
        Level::Provincial => a.provincial,
        Level::Municipal => a.municipal,
    }
}

/// What was already received for `matter` in data `year` (就高不重复 by
/// year: an award that names no year counts for every year), summed.
pub(super) fn received_in_year(ctx: &Ctx, matter: AwardMatter, year: Option<u16>) -> Decimal {
    ctx.answers
        .awards_received
        .iter()
        .filter(|a| a.matter == matter && (a.year.is_none() || a.year == year))
        .filter(|a| a.amount_yuan > Decimal::ZERO)
        .fold(Decimal::ZERO, |sum, a| sum.saturating_add(a.amount_yuan))
}

/// What was already received for `matter` (F1/F2), summed by subject as
/// [`subject_key`] reads it: one pass over the awards.
pub(super) fn received_by_subject(
    ctx: &Ctx,
    matter: AwardMatter,
) -> HashMap<Option<String>, Decimal> {
    let mut sums: HashMap<Option<String>, Decimal> = HashMap::new();
    for a in &ctx.answers.awards_received {
        if a.matter == matter && a.amount_yuan > Decimal::ZERO {
            let sum = sums.entry(subject_key(a.subject.as_deref())).or_default();
            *sum = sum.saturating_add(a.amount_yuan);
        }
    }
    sums
}

/// Applies `received`, the awards already received for the same matter
/// (就高不重复): the highest is the entitlement, the difference the
/// conservative additional amount, and the bureau decides between topping
/// up and nothing more. Returns the amount still to claim.
pub(super) fn apply_received(
    d: &mut Draft,
    received: Decimal,
    year: Option<u16>,
    entitlement: Decimal,
) -> Decimal {
    if received.is_zero() {
        return entitlement;
    }
    let additional = (entitlement - received).max(Decimal::ZERO);
    d.step(Step::AlreadyReceived {
        amount: received,
        year,
    });
    d.step(Step::Additional {
        entitlement,
        received,
        additional,
    });
    d.caveat(Caveat::AlreadyReceived { amount: received });
    additional
}

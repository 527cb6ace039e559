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
use rust_decimal::Decimal;

/// The award a level earns.
pub(super) fn level_amount(a: &LevelAwards, level: Level) -> Decimal {
    match level {
        Level::National => a.national,
        Level::Provincial => a.provincial,
        Level::Municipal => a.municipal,
    }
}

/// A subject as one matter: blank and absent both mean the enterprise itself.
pub(super) fn subject_key(s: Option<&str>) -> Option<&str> {
    s.map(str::trim).filter(|s| !s.is_empty())
}

/// Applies awards already received for the same matter (就高不重复): the
/// highest is the entitlement, the difference the conservative additional
/// amount, and the bureau decides between topping up and nothing more.
/// Returns the amount still to claim.
pub(super) fn apply_received(
    ctx: &Ctx,
    d: &mut Draft,
    matter: AwardMatter,
    year: Option<u16>,
    subject: Option<&str>,
    entitlement: Decimal,
) -> Decimal {
    let by_subject = matches!(
        matter,
        AwardMatter::ServiceManufacturingDemo | AwardMatter::IndustrialDesign
    );
    let mut received = Decimal::ZERO;
    for a in &ctx.answers.awards_received {
        let same = a.matter == matter
            && if by_subject {
                subject_key(a.subject.as_deref()) == subject
            } else {
                a.year.is_none() || a.year == year
            };
        if same && a.amount_yuan > Decimal::ZERO {
            received = received.saturating_add(a.amount_yuan);
        }
    }
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

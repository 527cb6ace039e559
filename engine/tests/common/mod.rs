//! Helpers shared by the integration tests.
#![allow(dead_code)]

use fusion_engine::answers::{Industry, Level, Location, Recognition, RecognitionKind};
use fusion_engine::{
    evaluate, Answers, Assessment, Date, Outcome, OutcomeLevel, RuleId, JIAXING_2024_14,
};
use rust_decimal::Decimal;
use std::str::FromStr;

/// An exact decimal from text (tests never go through floats).
pub fn d(s: &str) -> Decimal {
    Decimal::from_str(s).expect("decimal")
}

pub fn date(s: &str) -> Date {
    Date::parse(s).expect("date")
}

/// The assessment date every fixed example uses.
pub fn today() -> Date {
    date("2026-11-28")
}

/// A profile in a district that applies the policy directly.
pub fn profile(industry: Industry) -> Answers {
    Answers {
        location: Some(Location::Nanhu),
        industry: Some(industry),
        ..Default::default()
    }
}

/// Sets revenue for the given years.
pub fn revenue(mut a: Answers, years: &[(u16, &str)]) -> Answers {
    for (y, v) in years {
        a.revenue_yuan.insert(*y, d(v));
    }
    a
}

/// Revenue `v` for every year of `from..=to`.
pub fn flat(mut a: Answers, from: u16, to: u16, v: &str) -> Answers {
    for y in from..=to {
        a.revenue_yuan.insert(y, d(v));
    }
    a
}

pub fn recognition(kind: RecognitionKind, level: Option<Level>, obtained: &str) -> Recognition {
    Recognition {
        kind,
        level,
        obtained: Some(date(obtained)),
        subject: None,
    }
}

pub fn run(a: &Answers) -> Assessment {
    evaluate(&JIAXING_2024_14, a, today())
}

pub fn of(a: &Assessment, rule: RuleId) -> Vec<&Outcome> {
    a.outcomes.iter().filter(|o| o.rule == rule).collect()
}

/// The one outcome of `rule` for `year`; panics with the outcomes listed when absent.
pub fn one(a: &Assessment, rule: RuleId, year: Option<u16>) -> Outcome {
    let found: Vec<&Outcome> = a
        .outcomes
        .iter()
        .filter(|o| o.rule == rule && o.year == year)
        .collect();
    assert_eq!(
        found.len(),
        1,
        "expected one {rule} {year:?}, got {:#?}",
        of(a, rule)
    );
    found[0].clone()
}

/// (level, amount) of the one outcome of `rule` for `year`.
pub fn result(a: &Assessment, rule: RuleId, year: Option<u16>) -> (OutcomeLevel, Option<Decimal>) {
    let o = one(a, rule, year);
    (o.level, o.amount_yuan)
}

/// Cash that counts (qualifies or likely) from one rule, all years.
pub fn cash(a: &Assessment, rule: RuleId) -> Decimal {
    a.outcomes
        .iter()
        .filter(|o| {
            o.rule == rule && matches!(o.level, OutcomeLevel::Qualifies | OutcomeLevel::Likely)
        })
        .filter_map(|o| o.amount_yuan)
        .sum()
}

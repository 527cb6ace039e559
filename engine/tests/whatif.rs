//! The what-if curve (`fusion_engine::plan::whatif`): its steps sit exactly
//! where the policy's words put them (the award at a threshold's smallest
//! passing value, none one step below), every point is the engine's own
//! assessment, growth and revenue are the same curve, and a few hundred
//! evaluations stay within a frame.

use fusion_engine::plan::whatif::{award_at, curve, revenue_for, value_of, Axis};
use fusion_engine::plan::{self, smallest_passing};
use fusion_engine::transfer::import;
use fusion_engine::{evaluate, Answers, Date, RuleId, JIAXING_2024_14};
use rust_decimal::Decimal;
use std::str::FromStr;

const P: &fusion_engine::PolicyPack = &JIAXING_2024_14;

fn example(name: &str) -> Answers {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples/answers")
        .join(format!("{name}.json"));
    import(&std::fs::read_to_string(path).unwrap())
        .unwrap()
        .answers
}

fn as_of() -> Date {
    Date::new(2026, 11, 28).unwrap()
}

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

/// Logistics (F3 industry): 2025's growth award needs more than 15% over
/// 2024's 9300 万元. The curve's F5 step is at 106,950,000.01 exactly, as
/// the target says.
#[test]
fn the_growth_step_sits_where_the_target_says() {
    let a = example("logistics");
    let c = curve(P, &a, as_of(), 2025, Axis::Revenue, 200).unwrap();
    let f5 = c.marks.iter().find(|m| m.rule == RuleId::F5).unwrap();
    assert_eq!(f5.x, d("106950000"));
    let at = |x: &str| c.points.iter().find(|(p, _)| *p == d(x)).map(|(_, y)| *y);
    let below = at("106950000").expect("the point just below the step");
    let above = at("106950000.01").expect("the step's first point");
    assert_eq!(above - below, d("100000"), "F5 pays 10 万元 above 115%");
    // The target of the same year names the same value.
    let r = evaluate(P, &a, as_of());
    let t = plan::targets(P, &a, &r)
        .into_iter()
        .find(|t| t.rule == RuleId::F5 && t.year == Some(2025))
        .unwrap();
    assert_eq!(t.condition.needed, d("106950000.01"));
    // The enterprise's own value is on the curve, with its award.
    let now = c.current.unwrap();
    assert_eq!(now, d("106000000"));
    assert_eq!(at("106000000"), Some(award_at(P, &a, as_of(), 2025, now)));
}

/// Every point is the engine's assessment of the changed answers; the
/// points climb in value, inside the range, with every milestone tier of
/// the industry marked where the pack puts it.
#[test]
fn points_are_the_engines_and_in_order() {
    let a = example("logistics");
    let c = curve(P, &a, as_of(), 2025, Axis::Revenue, 120).unwrap();
    assert!(c.points.len() >= 121, "{}", c.points.len());
    assert!(c.points.windows(2).all(|w| w[0].0 < w[1].0));
    assert!(c.points.iter().all(|(x, _)| *x >= c.from && *x <= c.to));
    for (x, y) in c.points.iter().step_by(17) {
        assert_eq!(*y, award_at(P, &a, as_of(), 2025, *x), "at {x}");
    }
    let tiers: Vec<Decimal> = c
        .marks
        .iter()
        .filter(|m| m.rule == RuleId::F3)
        .map(|m| m.x)
        .collect();
    for t in P.f3.tiers {
        assert!(tiers.contains(&t.threshold), "{} in {tiers:?}", t.threshold);
        let pass = smallest_passing(P.f3.bound, t.threshold, d("0.01")).unwrap();
        assert!(c.points.iter().any(|(x, _)| *x == pass));
        assert!(c.points.iter().any(|(x, _)| *x == pass - d("0.01")));
    }
    assert!(c.step > Decimal::ZERO && (c.to - c.from) / c.step <= Decimal::from(120));
}

/// Growth is the same curve read in percent: 15% is the F5 step, and a
/// revenue read as growth and back is the revenue (to 0.01%).
#[test]
fn growth_is_revenue_in_percent() {
    let a = example("logistics");
    let c = curve(P, &a, as_of(), 2025, Axis::Growth, 200).unwrap();
    let f5 = c.marks.iter().find(|m| m.rule == RuleId::F5).unwrap();
    assert_eq!(f5.x, d("15"));
    let at = |x: &str| {
        c.points
            .iter()
            .find(|(p, _)| *p == d(x))
            .map(|(_, y)| *y)
            .unwrap()
    };
    assert_eq!(at("15.01") - at("15"), d("100000"));
    assert_eq!(c.current, Some(d("13.97")), "106/93 − 1, rounded down");
    let r = revenue_for(&a, 2025, Axis::Growth, d("15")).unwrap();
    assert_eq!(r, d("106950000"));
    assert_eq!(value_of(&a, 2025, Axis::Growth, r), Some(d("15")));
    // No year before, no growth.
    assert!(curve(P, &a, as_of(), 2019, Axis::Growth, 50).is_none());
}

/// A few hundred evaluations: well inside a 16 ms frame natively (the
/// browser's worker is measured in BENCHMARKS.md).
#[test]
fn a_curve_is_cheap() {
    let a = example("trader");
    let start = std::time::Instant::now();
    let c = curve(P, &a, as_of(), 2025, Axis::Revenue, 300).unwrap();
    let took = start.elapsed();
    assert!(c.points.len() > 300);
    // Debug builds are about ten times slower than release; the bound is loose.
    assert!(took.as_millis() < 1000, "{took:?}");
}

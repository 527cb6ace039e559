//! Scenarios side by side: the comparison's differences are the arithmetic
//! of the assessments, rows are matched by rule, year and matter, and what
//! differs is flagged.

use fusion_engine::scenario::{check_name, compare, NameFault, MAX_NAME_CHARS};
use fusion_engine::transfer::import;
use fusion_engine::{evaluate, Answers, Assessment, Date, OutcomeLevel, JIAXING_2024_14};
use rust_decimal::Decimal;
use std::path::Path;

fn example(name: &str) -> Answers {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../examples/answers/{name}.json"));
    import(&std::fs::read_to_string(path).unwrap())
        .unwrap()
        .answers
}

fn assess(a: &Answers) -> Assessment {
    evaluate(&JIAXING_2024_14, a, Date::new(2026, 11, 28).unwrap())
}

const EXAMPLES: [&str; 5] = ["haining", "logistics", "manufacturer", "platform", "trader"];

#[test]
fn a_scenario_compared_with_itself_differs_nowhere() {
    for name in EXAMPLES {
        let a = assess(&example(name));
        let c = compare(&[&a, &a.clone()]);
        assert!(!c.any_difference(), "{name}");
        assert!(c.rows.iter().all(|r| r.cells.iter().all(Option::is_some)));
        // Every outcome worth something is a row.
        let worth = a
            .outcomes
            .iter()
            .filter(|o| {
                matches!(
                    o.level,
                    OutcomeLevel::Qualifies | OutcomeLevel::Likely | OutcomeLevel::Possible
                )
            })
            .count();
        assert_eq!(c.rows.len(), worth, "{name}");
    }
}

#[test]
fn differences_are_each_column_less_the_first() {
    for base in EXAMPLES {
        for other in EXAMPLES {
            let (a, b) = (assess(&example(base)), assess(&example(other)));
            let c = compare(&[&a, &b]);
            let (ta, tb) = (&a.totals, &b.totals);
            let d = &c.columns[1].difference;
            assert_eq!(
                d.cash_qualifies_yuan,
                tb.cash_qualifies_yuan - ta.cash_qualifies_yuan
            );
            assert_eq!(
                d.cash_likely_yuan,
                tb.cash_likely_yuan - ta.cash_likely_yuan
            );
            assert_eq!(
                d.tax_estimate_yuan,
                tb.tax_estimate_yuan - ta.tax_estimate_yuan
            );
            assert!(!c.columns[0].difference.any());
            for row in &c.rows {
                assert!(!row.changed[0]);
                assert_eq!(
                    row.changed[1],
                    row.cells[1] != row.cells[0],
                    "{base}/{other} {:?}",
                    row.rule
                );
                let amount = |i: usize| row.cells[i].as_ref().and_then(|c| c.amount_yuan);
                let expected = match (amount(0), amount(1)) {
                    (None, None) => None,
                    (x, y) => Some(y.unwrap_or_default() - x.unwrap_or_default()),
                };
                assert_eq!(row.amount_difference[1], expected);
                assert_eq!(row.amount_difference[0], None);
            }
            // Rows in catalogue order.
            assert!(c
                .rows
                .windows(2)
                .all(|w| (w[0].rule, w[0].year) <= (w[1].rule, w[1].year)));
            if base == other {
                assert!(!c.any_difference());
            }
        }
    }
}

#[test]
fn more_revenue_shows_where_the_award_changes() {
    // The logistics example with 2025 revenue raised past the next tier.
    let now = example("logistics");
    let mut grown = now.clone();
    for v in grown.revenue_yuan.values_mut() {
        *v *= Decimal::from(10);
    }
    let (a, b) = (assess(&now), assess(&grown));
    let c = compare(&[&a, &b]);
    assert!(c.any_difference());
    assert_ne!(
        a.totals.cash_qualifies_yuan + a.totals.cash_likely_yuan,
        b.totals.cash_qualifies_yuan + b.totals.cash_likely_yuan
    );
    assert!(c.columns[1].difference.any());
    let changed: Vec<_> = c.rows.iter().filter(|r| r.differs()).collect();
    assert!(!changed.is_empty());
    // A row only one scenario has shows as missing in the other.
    for row in &c.rows {
        if row.cells[0].is_none() || row.cells[1].is_none() {
            assert!(row.differs());
        }
    }
}

#[test]
fn no_scenarios_compare_to_nothing() {
    let c = compare(&[]);
    assert!(c.columns.is_empty() && c.rows.is_empty() && !c.any_difference());
}

#[test]
fn names_are_checked_as_typed() {
    assert_eq!(check_name("现状"), Ok(()));
    assert_eq!(check_name("  "), Err(NameFault::Empty));
    assert_eq!(check_name(&"增".repeat(MAX_NAME_CHARS)), Ok(()));
    assert_eq!(
        check_name(&"增".repeat(MAX_NAME_CHARS + 1)),
        Err(NameFault::TooLong)
    );
}

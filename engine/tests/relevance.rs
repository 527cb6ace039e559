//! Relevance: the interview asks nothing useless.

mod common;

use common::*;
use fusion_engine::answers::{Industry, Location, SeparationStatus};
use fusion_engine::relevance::{relevant_questions, unanswered_questions};
use fusion_engine::{Question as Q, JIAXING_2024_14};

fn ask(a: &fusion_engine::Answers) -> Vec<Q> {
    relevant_questions(&JIAXING_2024_14, a, today())
}

const CROSS_BORDER: [Q; 5] = [
    Q::CrossBorderOperator,
    Q::CrossBorderServed,
    Q::CrossBorderGrowth,
    Q::CrossBorderUpgradeCost,
    Q::CrossBorderYear,
];

#[test]
fn a_manufacturer_is_never_asked_about_the_platform_unless_it_runs_it() {
    let mut a = profile(Industry::Manufacturing);
    let q = ask(&a);
    assert!(CROSS_BORDER.iter().all(|c| !q.contains(c)), "{q:?}");
    assert!(
        q.iter().all(|x| !matches!(x, Q::Revenue(_))),
        "no milestone questions for a manufacturer: {q:?}"
    );
    assert!(
        q.contains(&Q::SeparationStatus) && q.contains(&Q::ValueAdded) && q.contains(&Q::Sectors)
    );

    a.cross_border.platform_operator = Some(true);
    let q = ask(&a);
    assert!(CROSS_BORDER.iter().all(|c| q.contains(c)), "{q:?}");
}

#[test]
fn the_platform_questions_follow_the_operator_answer() {
    let mut a = profile(Industry::TechInformation);
    let q = ask(&a);
    assert!(q.contains(&Q::CrossBorderOperator));
    assert!(!q.contains(&Q::CrossBorderServed));
    a.cross_border.platform_operator = Some(false);
    assert!(!ask(&a).contains(&Q::CrossBorderServed));
    a.cross_border.platform_operator = Some(true);
    assert!(ask(&a).contains(&Q::CrossBorderServed));
}

#[test]
fn service_firms_are_asked_their_revenue_history_not_the_manufacturing_questions() {
    let q = ask(&profile(Industry::Logistics));
    for y in 2019..=2026 {
        assert!(q.contains(&Q::Revenue(y)), "{y}");
    }
    assert!(!q.contains(&Q::Revenue(2027)));
    for x in [
        Q::SeparationStatus,
        Q::ValueAdded,
        Q::Employees,
        Q::Sectors,
        Q::AboveScale,
    ] {
        assert!(!q.contains(&x), "{x:?}");
    }
}

#[test]
fn outside_jiaxing_nothing_else_matters() {
    let mut a = profile(Industry::Logistics);
    a.location = Some(Location::OutsideJiaxing);
    assert_eq!(ask(&a), vec![Q::EnterpriseName, Q::Location]);
}

#[test]
fn separation_details_only_after_a_separation() {
    let mut a = profile(Industry::Manufacturing);
    assert!(!ask(&a).contains(&Q::SeparationNewLand));
    a.separation.status = Some(SeparationStatus::Planned);
    assert!(ask(&a).contains(&Q::SeparationNewLand));
    assert!(!ask(&a).contains(&Q::SeparationNewCompanyFigures));
    a.separation.new_land = Some(false);
    assert!(ask(&a).contains(&Q::SeparationNewCompanyFigures));
}

#[test]
fn haining_is_not_asked_whether_it_is_in_a_pilot_area() {
    let mut a = profile(Industry::Manufacturing);
    assert!(ask(&a).contains(&Q::InPilotArea));
    a.location = Some(Location::Haining);
    assert!(!ask(&a).contains(&Q::InPilotArea));
}

#[test]
fn interview_order_and_unanswered() {
    let a = revenue(profile(Industry::Logistics), &[(2024, "1")]);
    let q = ask(&a);
    let mut sorted = q.clone();
    sorted.sort();
    assert_eq!(q, sorted, "interview order");
    let open = unanswered_questions(&JIAXING_2024_14, &a, today());
    assert!(!open.contains(&Q::Revenue(2024)) && open.contains(&Q::Revenue(2025)));
    assert!(!open.contains(&Q::Location) && !open.contains(&Q::Industry));
}

/// Every question an outcome names as missing is one relevance would ask.
#[test]
fn missing_questions_are_relevant() {
    for industry in Industry::ALL {
        let mut a = profile(industry);
        a.location = None;
        let r = run(&a);
        let q = ask(&a);
        for o in &r.outcomes {
            for m in &o.missing {
                assert!(
                    q.contains(m),
                    "{industry:?} {}: {m:?} missing but not asked",
                    o.rule
                );
            }
        }
    }
}

//! The policy pack against the published text: every quoted sentence is
//! verbatim, and the figures agree with the sentences they come from.

use fusion_engine::policy::{Bound, TrackCash};
use fusion_engine::{RuleId, JIAXING_2024_14 as PACK};
use rust_decimal::Decimal;

/// The published page, copied from `shared/policy/` so the test is self-contained.
const SOURCE: &str = include_str!("data/jiaxing-2024-14.source.txt");

#[test]
fn every_quote_is_verbatim_from_the_source() {
    let mut citations = vec![
        &PACK.validity.citation,
        &PACK.stacking,
        &PACK.funding,
        &PACK.by_reference,
    ];
    for rule in RuleId::FIXED {
        citations.push(PACK.citation(rule));
    }
    for n in 1..=13 {
        citations.push(PACK.citation(RuleId::D(n)));
    }
    for c in citations {
        assert!(
            SOURCE.contains(c.quote),
            "not verbatim ({}): {}",
            c.article,
            c.quote
        );
        assert!(!c.bureaus.is_empty(), "{}: a bureau to contact", c.article);
        for b in c.bureaus {
            assert!(SOURCE.contains(b), "bureau {b} not in the text");
        }
    }
    assert!(SOURCE.contains(PACK.document_number));
    assert!(SOURCE.contains(PACK.unified_number));
    assert!(SOURCE.contains(PACK.title));
}

#[test]
fn figures_match_their_sentences() {
    let wan = |n: i64| Decimal::from(n * 10_000);
    assert_eq!(
        (PACK.f1.national, PACK.f1.provincial, PACK.f1.municipal),
        (wan(150), wan(50), wan(20))
    );
    assert_eq!(
        (PACK.f2.national, PACK.f2.provincial, PACK.f2.municipal),
        (wan(150), wan(50), wan(20))
    );
    let tiers = |m: &fusion_engine::policy::Milestones| -> Vec<(Decimal, Decimal)> {
        m.tiers.iter().map(|t| (t.threshold, t.award)).collect()
    };
    assert_eq!(
        tiers(&PACK.f3),
        vec![
            (wan(10_000), wan(50)),
            (wan(5_000), wan(20)),
            (wan(2_000), wan(10))
        ]
    );
    assert_eq!(
        tiers(&PACK.f4),
        vec![
            (wan(200_000), wan(50)),
            (wan(100_000), wan(20)),
            (wan(50_000), wan(10))
        ]
    );
    // 首次超过, 增速超过, 服务企业超过: exclusive; 达到...以上: inclusive.
    assert_eq!(
        (PACK.f3.bound, PACK.f4.bound, PACK.f5.bound),
        (Bound::Exceeds, Bound::Exceeds, Bound::Exceeds)
    );
    assert_eq!(
        (PACK.f6.served_bound, PACK.f6.growth_bound),
        (Bound::Exceeds, Bound::AtLeast)
    );
    assert_eq!(
        (PACK.f5.award, PACK.f5.years, PACK.f5.threshold_percent),
        (wan(10), 3, Decimal::from(15))
    );
    assert_eq!((PACK.f6.served_threshold, PACK.f6.cap), (300, wan(60)));
    let f6: Vec<(Decimal, Decimal)> = PACK
        .f6
        .tiers
        .iter()
        .map(|t| (t.growth_percent, t.rate_percent))
        .collect();
    assert_eq!(
        f6,
        vec![
            (Decimal::from(20), Decimal::from(100)),
            (Decimal::from(15), Decimal::from(70))
        ]
    );
    assert_eq!(PACK.t1.extra_deduction_percent, Decimal::from(100));
    assert_eq!(
        (PACK.t2.standard_rate_percent, PACK.t2.reduced_rate_percent),
        (Decimal::from(25), Decimal::from(15))
    );
    let b = &PACK.benchmarks;
    assert_eq!(
        (
            b.value_added_per_mu,
            b.tax_per_mu,
            b.value_added_per_employee
        ),
        (wan(250), wan(41), wan(36))
    );
}

#[test]
fn thirteen_tracks_in_order_with_their_cash_links() {
    assert_eq!(PACK.tracks.len(), 13);
    for (i, t) in PACK.tracks.iter().enumerate() {
        assert_eq!(t.item as usize, i + 1);
        assert!(SOURCE.contains(t.citation.quote), "track {}", t.item);
        assert!(
            !t.activities.is_empty() || !t.sectors.is_empty() || !t.industries.is_empty(),
            "track {} matches something",
            t.item
        );
    }
    let cash: Vec<TrackCash> = PACK.tracks.iter().map(|t| t.cash).collect();
    assert!(cash[..5]
        .iter()
        .all(|c| *c == TrackCash::ServiceManufacturingByInterpretation));
    assert!(cash[6..10]
        .iter()
        .all(|c| *c == TrackCash::OnlyIfServiceManufacturing));
    assert_eq!(cash[5], TrackCash::None);
    assert_eq!(cash[12], TrackCash::ServiceManufacturingOrDesign);
    let counts: Vec<Option<u16>> = PACK.tracks.iter().map(|t| t.yearly_count).collect();
    assert_eq!(
        counts,
        vec![
            Some(10),
            Some(10),
            Some(8),
            Some(8),
            Some(5),
            Some(10),
            Some(10),
            Some(8),
            Some(8),
            Some(5),
            None,
            None,
            None
        ]
    );
}

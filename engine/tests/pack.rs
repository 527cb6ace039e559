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

/// The text's sentences, from the preamble to 各县(市)参照执行: split at
/// 。 within each paragraph, with the 责任单位 notes left out (each rule
/// carries its bureaus).
fn source_sentences() -> Vec<String> {
    let start = SOURCE.find("为推动全市先进制造业").expect("preamble");
    let end =
        SOURCE.find("各县(市)参照执行。").expect("last sentence") + "各县(市)参照执行。".len();
    let mut out = Vec::new();
    for line in SOURCE[start..end].lines() {
        let mut text = line.to_string();
        while let Some(at) = text.find("(责任单位:") {
            let close = text[at..]
                .find(')')
                .map_or(text.len(), |c| at + c + ')'.len_utf8());
            text.replace_range(at..close, "");
        }
        out.extend(
            text.split('。')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string),
        );
    }
    out
}

/// Nothing enterprise-facing left out: every sentence of the text maps to a
/// rule, a track, a support, the tool, a heading, or "not for enterprises"
/// with a reason; every mapped clause is verbatim; every rule named exists.
#[test]
fn every_sentence_of_the_text_is_covered() {
    use fusion_engine::policy::SentenceUse;
    let sentences = source_sentences();
    assert!(sentences.len() > 90, "{} sentences", sentences.len());
    for s in &sentences {
        assert!(
            PACK.sentences.iter().any(|m| s.contains(m.clause)),
            "no use recorded for: {s}"
        );
    }
    for m in PACK.sentences {
        assert!(
            sentences.iter().any(|s| s.contains(m.clause)),
            "not a clause of one sentence of the text: {}",
            m.clause
        );
        match m.used {
            SentenceUse::Rules(rules) => {
                assert!(!rules.is_empty(), "{}", m.clause);
                for r in rules {
                    if let RuleId::D(n) = r {
                        assert!(PACK.track(*n).is_some(), "{}: no track {n}", m.clause);
                    }
                }
            }
            SentenceUse::Tool(why) | SentenceUse::NotForEnterprises(why) => {
                assert!(why.len() > 8, "{}: a reason", m.clause)
            }
            SentenceUse::Heading => assert!(m.clause.chars().count() < 20, "{}", m.clause),
        }
    }
    // The three 三(二)/二(三)12 clauses that had no home now have one.
    for clause in [
        "把制造业数字化、智能化投入纳入税收优惠政策范围",
        "加大对工业设计、供应链管理平台、工业互联网平台等新模式新业态的扶持力度",
        "吸引知名跨国公司、国内龙头企业在市内设立企业总部",
    ] {
        let m = PACK.sentences.iter().find(|m| m.clause == clause).unwrap();
        assert!(matches!(m.used, SentenceUse::Rules(_)), "{clause}");
    }
}

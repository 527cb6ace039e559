//! F1 服务型制造示范 and F2 工业设计: an award by recognition level, the
//! highest once per matter.

use super::{apply_received, level_amount, received_by_subject};
use crate::answers::{AwardMatter, Level, Question, Recognition, RecognitionKind};
use crate::assessment::{Caveat, Interpretation, Outcome, OutcomeKind, RuleId, Step};
use crate::policy::{LevelAwards, TrackCash};
use crate::rules::{Base, Ctx, Draft, When};
use crate::text::subject_key;
use rust_decimal::Decimal;
use std::collections::HashMap;

/// F1 服务型制造示范.
pub(crate) fn service_manufacturing(ctx: &Ctx, out: &mut Vec<Outcome>) {
    level_awards(ctx, out, RuleId::F1);
}

/// F2 工业设计.
pub(crate) fn industrial_design(ctx: &Ctx, out: &mut Vec<Outcome>) {
    level_awards(ctx, out, RuleId::F2);
}

/// A recognition that counts for F1 or F2, with the level it is paid at.
struct Candidate<'r> {
    rec: &'r Recognition,
    level: Option<Level>,
    /// Counted only through a stated interpretation.
    interpreted: bool,
}

/// The level a 二(一) title is paid at when read as 市级服务型制造示范
/// (RULES.md F1); `None` for titles the text ties no money to.
fn interpreted_as_service_manufacturing(ctx: &Ctx, kind: RecognitionKind) -> Option<Level> {
    ctx.pack
        .track_of(kind)
        .filter(|t| t.cash == TrackCash::ServiceManufacturingByInterpretation)
        .and_then(|t| t.level)
}

/// The 二(二)7-10 titles: money only if also recognised as 服务型制造示范.
fn service_provider_title(ctx: &Ctx, kind: RecognitionKind) -> bool {
    ctx.pack
        .track_of(kind)
        .is_some_and(|t| t.cash == TrackCash::OnlyIfServiceManufacturing)
}

fn level_awards(ctx: &Ctx, out: &mut Vec<Outcome>, rule: RuleId) {
    let (awards, matter) = if rule == RuleId::F1 {
        (&ctx.pack.f1, AwardMatter::ServiceManufacturingDemo)
    } else {
        (&ctx.pack.f2, AwardMatter::IndustrialDesign)
    };
    let candidates: Vec<Candidate> = ctx
        .answers
        .recognitions
        .iter()
        .filter_map(|rec| match (rule, rec.kind) {
            (RuleId::F1, RecognitionKind::ServiceManufacturingDemo)
            | (RuleId::F2, RecognitionKind::IndustrialDesign) => Some(Candidate {
                rec,
                level: rec.level,
                interpreted: false,
            }),
            (RuleId::F1, k) => {
                interpreted_as_service_manufacturing(ctx, k).map(|level| Candidate {
                    rec,
                    level: Some(level),
                    interpreted: true,
                })
            }
            _ => None,
        })
        .collect();

    if candidates.is_empty() {
        // A path: what a recognition would bring.
        let mut d = Draft::new(rule, OutcomeKind::Cash);
        for rec in &ctx.answers.recognitions {
            if rule == RuleId::F1 && service_provider_title(ctx, rec.kind) {
                d.step(Step::Recognition {
                    kind: rec.kind,
                    level: rec.level,
                    obtained: rec.obtained,
                });
                d.step(Step::TrackCash {
                    cash: TrackCash::OnlyIfServiceManufacturing,
                });
            }
        }
        for level in [Level::National, Level::Provincial, Level::Municipal] {
            d.step(Step::LevelAward {
                level,
                amount: level_amount(awards, level),
            });
        }
        ctx.finish(d, Base::Possible, out);
        return;
    }

    // One matter is one title of one subject: different titles are
    // different matters, as the text names no link between them. Grouped in
    // one pass, in the order they first appear, so the outcomes keep the
    // order the enterprise listed its recognitions.
    let mut index: HashMap<(RecognitionKind, Option<String>), usize> = HashMap::new();
    let mut groups: Vec<(Option<String>, Vec<&Candidate>)> = Vec::new();
    for c in &candidates {
        let key = subject_key(c.rec.subject.as_deref());
        let i = *index.entry((c.rec.kind, key.clone())).or_insert_with(|| {
            groups.push((key, Vec::new()));
            groups.len() - 1
        });
        groups[i].1.push(c);
    }
    // An award received for a subject is set against its first title only.
    let mut received = received_by_subject(ctx, matter);
    for (subject, group) in groups {
        let received = received.remove(&subject).unwrap_or_default();
        one_matter(ctx, out, rule, awards, received, subject, &group);
    }
}

/// The best candidate whose level and date are known and within reach:
/// highest amount, then a date inside the window, then no interpretation.
fn highest_reachable<'c>(
    ctx: &Ctx,
    awards: &LevelAwards,
    group: &[&'c Candidate<'c>],
) -> Option<&'c Candidate<'c>> {
    let rank = |c: &Candidate| -> Option<(Decimal, bool, bool)> {
        let level = c.level?;
        let when = ctx.recognition_date(c.rec.obtained?);
        if when == When::TooEarly {
            return None;
        }
        Some((
            level_amount(awards, level),
            when == When::Inside,
            !c.interpreted,
        ))
    };
    group
        .iter()
        .filter_map(|c| rank(c).map(|r| (r, *c)))
        .max_by(|a, b| a.0.cmp(&b.0))
        .map(|(_, c)| c)
}

/// Whether an answer still open could change the highest: a missing level
/// could be national, a missing date could be inside the window.
fn still_open(awards: &LevelAwards, group: &[&Candidate], best: Option<&Candidate>) -> bool {
    let best_amount = best.and_then(|b| b.level).map(|l| level_amount(awards, l));
    group.iter().any(|c| {
        let could = c.level.map_or(awards.national, |l| level_amount(awards, l));
        (c.level.is_none() || c.rec.obtained.is_none()) && best_amount.is_none_or(|b| could > b)
    })
}

/// No recognition of the matter within reach: each is listed, a refusal
/// says the reading it rests on, an open answer is asked for.
fn none_within_reach(
    ctx: &Ctx,
    mut d: Draft,
    group: &[&Candidate],
    open: bool,
    out: &mut Vec<Outcome>,
) {
    d.year = group
        .iter()
        .filter_map(|c| c.rec.obtained)
        .map(|o| o.year)
        .max();
    for c in group {
        d.step(Step::Recognition {
            kind: c.rec.kind,
            level: c.level,
            obtained: c.rec.obtained,
        });
        if let Some(obtained) = c
            .rec
            .obtained
            .filter(|o| ctx.recognition_date(*o) == When::TooEarly)
        {
            d.step(Step::RecognitionBeforePolicy { obtained });
            // The refusal rests on when a recognition counts.
            d.interpretation(Interpretation::RecognitionsCountInWindow);
        }
    }
    if open {
        d.missing(Question::Recognitions);
        ctx.finish(d, Base::NeedMore, out);
    } else {
        ctx.finish(d, Base::NotEligible, out);
    }
}

/// 就高不重复: the matter's other recognitions, each not added (or out of reach).
fn others_not_added(
    ctx: &Ctx,
    d: &mut Draft,
    awards: &LevelAwards,
    group: &[&Candidate],
    best: &Candidate,
) {
    for c in group {
        if std::ptr::eq(*c, best) {
            continue;
        }
        match (c.level, c.rec.obtained) {
            (Some(l), Some(o)) if ctx.recognition_date(o) == When::TooEarly => {
                d.step(Step::Recognition {
                    kind: c.rec.kind,
                    level: Some(l),
                    obtained: Some(o),
                });
                d.step(Step::RecognitionBeforePolicy { obtained: o });
            }
            (Some(l), _) => d.step(Step::SameMatterNotAdded {
                kind: c.rec.kind,
                level: l,
                amount: level_amount(awards, l),
            }),
            (None, _) => d.step(Step::Recognition {
                kind: c.rec.kind,
                level: None,
                obtained: c.rec.obtained,
            }),
        }
    }
}

/// One matter (a kind of recognition of one subject): 经认定的…分别给予, its
/// highest award once.
fn one_matter(
    ctx: &Ctx,
    out: &mut Vec<Outcome>,
    rule: RuleId,
    awards: &LevelAwards,
    received: Decimal,
    subject: Option<String>,
    group: &[&Candidate],
) {
    let mut d = Draft::new(rule, OutcomeKind::Cash);
    d.subject = subject;
    let best = highest_reachable(ctx, awards, group);
    let open = still_open(awards, group, best);
    let Some(best) = best else {
        none_within_reach(ctx, d, group, open, out);
        return;
    };
    let (Some(level), Some(obtained)) = (best.level, best.rec.obtained) else {
        return; // unreachable: `highest_reachable` only admits candidates with both
    };
    let entitlement = level_amount(awards, level);
    d.year = Some(obtained.year);
    d.step(Step::Recognition {
        kind: best.rec.kind,
        level: Some(level),
        obtained: Some(obtained),
    });
    d.step(Step::LevelAward {
        level,
        amount: entitlement,
    });
    others_not_added(ctx, &mut d, awards, group, best);
    if best.interpreted {
        d.interpretation(Interpretation::MunicipalTitleAsServiceManufacturing);
    }
    match ctx.recognition_date(obtained) {
        When::BeforeInForce => d.caveat(Caveat::RecognitionBeforeInForce { obtained }),
        When::AfterExpiry => d.caveat(Caveat::RecognitionAfterExpiry { obtained }),
        When::Inside | When::TooEarly => {}
    }
    let amount = apply_received(&mut d, received, None, entitlement);
    d.amount = Some(amount);
    // With nothing between, "省级 → 50 万元" already says it.
    if d.steps.len() > 2 {
        d.step(Step::Award { amount });
    }
    if open {
        d.missing(Question::Recognitions);
        ctx.finish(d, Base::NeedMore, out);
    } else if amount.is_zero() {
        ctx.finish(d, Base::NotEligible, out);
    } else {
        ctx.finish(d, Base::Met, out);
    }
}

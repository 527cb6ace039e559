//! 二 重点任务: the demonstration titles worth applying for next.

use super::{Base, Ctx, Draft};
use crate::answers::Industry;
use crate::assessment::{Outcome, OutcomeKind, RuleId, Step, TrackReason};

/// One outcome per track the enterprise holds (qualifies) or fits (possible).
/// Tracks that fit nothing in the answers are left out: they are not paths.
pub(crate) fn tracks(ctx: &Ctx, out: &mut Vec<Outcome>) {
    // Sector lists name manufacturing sectors (重点围绕...行业).
    let sectors_count = matches!(ctx.industry, None | Some(Industry::Manufacturing));
    for track in ctx.pack.tracks {
        let mut d = Draft::new(RuleId::D(track.item), OutcomeKind::Track);
        let held = track
            .recognition
            .and_then(|kind| ctx.answers.recognitions.iter().find(|r| r.kind == kind));
        if let Some(r) = held {
            d.year = r.obtained.map(|o| o.year);
            d.step(Step::TitleHeld {
                level: r.level,
                obtained: r.obtained,
            });
            d.step(Step::TrackCash { cash: track.cash });
            ctx.finish(d, Base::Met, out);
            continue;
        }
        for a in &ctx.answers.activities {
            if track.activities.contains(a) {
                d.step(Step::TrackMatch {
                    by: TrackReason::Activity(*a),
                });
            }
        }
        if sectors_count {
            for s in &ctx.answers.sectors {
                if track.sectors.contains(s) {
                    d.step(Step::TrackMatch {
                        by: TrackReason::Sector(*s),
                    });
                }
            }
        }
        if let Some(i) = ctx.industry.filter(|i| track.industries.contains(i)) {
            d.step(Step::TrackMatch {
                by: TrackReason::Industry(i),
            });
        }
        if d.steps.is_empty() {
            continue;
        }
        d.step(Step::TrackCash { cash: track.cash });
        ctx.finish(d, Base::Possible, out);
    }
}

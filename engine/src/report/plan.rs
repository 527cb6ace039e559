//! The summary's parts from [`crate::plan`]: the award timeline under the
//! overview, the distance to each cash award under the cash awards, and the
//! distance to each 2026 target under the benchmarks.

use super::model::{Cell, Part, Table};
use crate::answers::Answers;
use crate::assessment::Assessment;
use crate::explain::{money, rule_name};
use crate::i18n::plan::{self as pw, PlanDoc};
use crate::i18n::Lang;
use crate::plan::{self, Target};
use crate::policy::PolicyPack;

/// The plan's parts, each for the section it belongs under.
pub(crate) struct PlanParts {
    pub timeline: Vec<Part>,
    pub cash_targets: Vec<Part>,
    pub benchmark_targets: Vec<Part>,
}

/// Builds the parts for `answers` and their assessment `a`.
pub(crate) fn parts(pack: &PolicyPack, answers: &Answers, a: &Assessment, lang: Lang) -> PlanParts {
    let (benchmark, cash): (Vec<Target>, Vec<Target>) = plan::targets(pack, answers, a)
        .into_iter()
        .partition(|t| t.award_yuan.is_none());
    let mut cash_targets = vec![
        Part::Sub(PlanDoc::Targets.text(lang).to_string()),
        Part::Small(PlanDoc::TargetsIntro.text(lang).to_string()),
    ];
    if cash.is_empty() {
        cash_targets.push(Part::Para(PlanDoc::NoTargets.text(lang).to_string()));
    } else {
        cash_targets.push(Part::Table(target_table(&cash, lang)));
    }
    let benchmark_targets = if benchmark.is_empty() {
        Vec::new()
    } else {
        vec![
            Part::Sub(PlanDoc::BenchmarkTargets.text(lang).to_string()),
            Part::Table(target_table(&benchmark, lang)),
        ]
    };
    PlanParts {
        timeline: timeline(pack, a, lang),
        cash_targets,
        benchmark_targets,
    }
}

/// One row per condition; a target's further conditions follow its row.
fn target_table(targets: &[Target], lang: Lang) -> Table {
    let head = vec![
        Cell::plain(PlanDoc::Award.text(lang)),
        Cell::plain(PlanDoc::Condition.text(lang)),
        Cell::num(PlanDoc::Now.text(lang)),
        Cell::num(PlanDoc::Needed.text(lang)),
        Cell::num(PlanDoc::Gap.text(lang)),
        Cell::plain(PlanDoc::IfMet.text(lang)),
    ];
    let mut rows = Vec::new();
    for t in targets {
        for (i, c) in t.conditions().enumerate() {
            let (award, then) = if i == 0 {
                (
                    Cell::short(pw::award_label(t.rule, t.year)),
                    Cell::plain(pw::if_met_words(t, lang)),
                )
            } else {
                (
                    Cell::short(PlanDoc::Together.text(lang)),
                    Cell::plain(lang.pick("—", "—")),
                )
            };
            rows.push(vec![
                award,
                Cell::plain(pw::condition_words(c, t.year, lang)),
                Cell::num(pw::current_words(c, lang)),
                Cell::num(pw::value_words(c.needed, c.metric.unit(), lang)),
                Cell::num(pw::gap_or_dash(c, lang)),
                then,
            ]);
        }
    }
    Table {
        head,
        rows,
        total: false,
        key_value: false,
    }
}

/// The award timeline; nothing when no award has a year.
fn timeline(pack: &PolicyPack, a: &Assessment, lang: Lang) -> Vec<Part> {
    let entries = plan::timeline(pack, a);
    if entries.is_empty() {
        return Vec::new();
    }
    let head = vec![
        Cell::plain(PlanDoc::Year.text(lang)),
        Cell::plain(PlanDoc::Award.text(lang)),
        Cell::num(PlanDoc::Amount.text(lang)),
        Cell::short(PlanDoc::Level.text(lang)),
        Cell::plain(PlanDoc::ApplicationYear.text(lang)),
    ];
    let rows = entries
        .iter()
        .map(|e| {
            vec![
                Cell::plain(e.year.to_string()),
                Cell::plain(format!("{} {}", e.rule.code(), rule_name(e.rule, lang))),
                Cell::num(money(e.amount_yuan, lang)),
                Cell::short(pw::timeline_level_words(e.level, lang)),
                Cell::plain(pw::timeline_application_words(e, lang)),
            ]
        })
        .collect();
    vec![
        Part::Sub(PlanDoc::Timeline.text(lang).to_string()),
        Part::Table(Table {
            head,
            rows,
            total: false,
            key_value: false,
        }),
        Part::Small(PlanDoc::TimelineNote.text(lang).to_string()),
    ]
}

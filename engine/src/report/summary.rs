//! The summary JSON: what the tool imports again and `assess` reads, with
//! the targets and the award timeline beside the assessment, and the
//! scenarios with their comparison when there are any (import reads the
//! answers and the scenarios only).

use crate::answers::{Answers, ANSWERS_SCHEMA_VERSION};
use crate::assessment::Assessment;
use crate::explain::describe;
use crate::i18n::Lang;
use crate::plan::{self, ExplainedTarget, TimelineEntry};
use crate::policy::PolicyPack;
use crate::scenario::{compare, Comparison, Scenario};
use crate::transfer::{answers_fingerprint, SUMMARY_FORMAT};
use serde::Serialize;
use serde_json::Value;

/// The summary's `schema_version`. [`crate::transfer::import`] reads it as
/// the version of the answers inside, so it follows the answers' schema.
pub const SUMMARY_SCHEMA_VERSION: u32 = ANSWERS_SCHEMA_VERSION;

#[derive(Serialize)]
struct PackRef {
    id: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct Summary<'a> {
    format: &'static str,
    schema_version: u32,
    pack: PackRef,
    lang: Lang,
    answers_fingerprint: String,
    answers: &'a Answers,
    assessment: Value,
    /// The distance to each award not yet reached, with its sentence.
    targets: Vec<ExplainedTarget>,
    /// The assessment's awards year by year.
    timeline: Vec<TimelineEntry>,
    /// The scenarios (name and answers, as the answers file holds them),
    /// read back by import.
    #[serde(skip_serializing_if = "<[Scenario]>::is_empty")]
    scenarios: &'a [Scenario],
    /// The scenarios side by side (absent without scenarios).
    #[serde(skip_serializing_if = "Option::is_none")]
    comparison: Option<Comparison>,
}

/// The assessment as JSON with an `explanation` beside each outcome.
fn assessment_value(pack: &PolicyPack, a: &Assessment, lang: Lang) -> Value {
    // Serialising the engine's own type keeps every field it adds later;
    // the words are then set beside each outcome.
    let mut value = serde_json::to_value(a).unwrap_or(Value::Null);
    if let Some(Value::Array(outcomes)) = value.get_mut("outcomes") {
        for (v, o) in outcomes.iter_mut().zip(&a.outcomes) {
            if let Value::Object(map) = v {
                let words = serde_json::to_value(describe(pack, o, lang)).unwrap_or(Value::Null);
                map.insert("explanation".to_string(), words);
            }
        }
    }
    value
}

/// Pretty JSON, ending in a newline.
pub(crate) fn render(
    pack: &PolicyPack,
    answers: &Answers,
    a: &Assessment,
    scenarios: &[Scenario],
    lang: Lang,
) -> String {
    let assessed = super::compare::assess_all(pack, scenarios, a.as_of);
    let comparison = (!scenarios.is_empty()).then(|| compare(&assessed.iter().collect::<Vec<_>>()));
    let summary = Summary {
        format: SUMMARY_FORMAT,
        schema_version: SUMMARY_SCHEMA_VERSION,
        pack: PackRef {
            id: pack.id,
            version: pack.version,
        },
        lang,
        answers_fingerprint: answers_fingerprint(answers),
        answers,
        assessment: assessment_value(pack, a, lang),
        targets: plan::explain(plan::targets(pack, answers, a), lang),
        timeline: plan::timeline(pack, a),
        scenarios,
        comparison,
    };
    // Plain data with string keys: serialising cannot fail.
    let mut s = serde_json::to_string_pretty(&summary).unwrap_or_default();
    s.push('\n');
    s
}

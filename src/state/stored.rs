//! The autosave record: the draft as typed and the step, as one JSON text
//! under the host page's key. Reading it back tells a damaged record from
//! one written by a newer version, and still reads the older autosave (an
//! answers file beside a step index). Pure: the browser's storage is
//! `app/autosave.rs`.

use super::draft::Draft;
use super::saveshare::{Saved, Unreadable};
use super::steps::{Step, STEPS};
use fusion_engine::transfer::{import_unchecked, ImportError};
use fusion_engine::Date;
use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// The `format` of an autosave record.
pub const RECORD_FORMAT: &str = "fusion-check/autosave";

/// The record version this build writes; a larger one is a newer tool's.
pub const RECORD_VERSION: u64 = 1;

/// Just enough of a record to tell whose it is and which version.
#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    version: Option<u64>,
}

/// The record as written.
#[derive(Serialize)]
struct RecordOut<'a> {
    format: &'static str,
    version: u64,
    /// The step's place in [`STEPS`].
    step: usize,
    draft: &'a Draft,
}

/// The record as read (the header already checked).
#[derive(Deserialize)]
struct RecordIn {
    #[serde(default)]
    step: usize,
    draft: Draft,
}

/// The place of `step` in [`STEPS`], as records and older autosaves keep it.
pub fn step_index(step: Step) -> usize {
    STEPS.iter().position(|s| *s == step).unwrap_or(0)
}

fn step_at(index: usize) -> Step {
    STEPS.get(index).copied().unwrap_or(Step::Basics)
}

/// The record for `saved`.
pub fn write_record(saved: &Saved) -> String {
    let record = RecordOut {
        format: RECORD_FORMAT,
        version: RECORD_VERSION,
        step: step_index(saved.step),
        draft: &saved.draft,
    };
    // A draft is strings, numbers and names: it always serialises.
    serde_json::to_string(&record).unwrap_or_default()
}

/// Reads what autosave kept: a record, or an older autosave's answers file
/// with its step index (`old_step`); `today` places the older file's
/// amounts in the form as a sample's are.
pub fn read_record(text: &str, old_step: Option<&str>, today: Date) -> Result<Saved, Unreadable> {
    if let Ok(Header {
        format: Some(format),
        version,
    }) = serde_json::from_str::<Header>(text)
    {
        if format == RECORD_FORMAT {
            return match version {
                Some(v) if v > RECORD_VERSION => Err(Unreadable::Newer),
                Some(1..) => {
                    let record: RecordIn =
                        serde_json::from_str(text).map_err(|_| Unreadable::Corrupt)?;
                    Ok(Saved {
                        draft: Rc::new(record.draft.renumbered()),
                        step: step_at(record.step),
                    })
                }
                _ => Err(Unreadable::Corrupt),
            };
        }
    }
    match import_unchecked(text) {
        Ok(imported) => Ok(Saved {
            draft: Rc::new(Draft::from_answers(&imported.answers, today)),
            step: old_step
                .and_then(|s| s.parse::<usize>().ok())
                .map_or(Step::Basics, step_at),
        }),
        Err(ImportError::NewerVersion { .. }) => Err(Unreadable::Newer),
        Err(_) => Err(Unreadable::Corrupt),
    }
}

impl Draft {
    /// The draft with `next_id` past every row's id, so a row added after a
    /// reload never shares an id (and a DOM id) with one that was read.
    fn renumbered(mut self) -> Draft {
        let highest = self
            .extra_revenue
            .iter()
            .map(|r| r.id)
            .chain(self.recognitions.iter().map(|r| r.id))
            .chain(self.awards.iter().map(|r| r.id))
            .max()
            .unwrap_or(0);
        self.next_id = self.next_id.max(highest);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::testing::{reduce, sample, today};
    use crate::state::{Action, Edit, State, TextField, UnitSlot};
    use fusion_engine::input::AmountUnit;
    use fusion_engine::transfer::answers_file;

    #[test]
    fn half_typed_text_and_units_come_back_as_they_were() {
        let s = reduce(
            State::new("t", today()),
            [
                Action::Edit(Edit::Text(TextField::RdCost, "12,3".into())),
                Action::Edit(Edit::Unit(
                    UnitSlot::Field(TextField::RdCost),
                    AmountUnit::Yuan,
                )),
                Action::Edit(Edit::Text(TextField::CrossBorderYear, "20".into())),
                Action::Edit(Edit::RevenueFixed(2024, "abc".into())),
                Action::Edit(Edit::Unit(UnitSlot::Revenue, AmountUnit::Yuan)),
                Action::Edit(Edit::AddAward),
                Action::Edit(Edit::AddRecognition),
            ],
        );
        let saved = Saved {
            draft: s.draft.clone(),
            step: Step::Tax,
        };
        let text = write_record(&saved);
        assert_eq!(read_record(&text, None, today()), Ok(saved));
    }

    #[test]
    fn an_older_autosave_still_reads() {
        let text = answers_file(&sample("logistics"));
        let saved = read_record(&text, Some("3"), today()).expect("reads");
        assert_eq!(saved.step, STEPS[3]);
        assert_eq!(saved.draft.answers(today()), sample("logistics"));
        // Without its step it starts at the beginning.
        assert_eq!(
            read_record(&text, None, today()).unwrap().step,
            Step::Basics
        );
    }

    #[test]
    fn damaged_and_newer_data_are_told_apart() {
        let newer = format!(r#"{{"format":"{RECORD_FORMAT}","version":2,"draft":{{"x":[]}}}}"#);
        let newer_file = r#"{"format":"fusion-check/answers","schema_version":99,"answers":{}}"#;
        for (text, why) in [
            ("{not json", Unreadable::Corrupt),
            ("", Unreadable::Corrupt),
            ("[1,2]", Unreadable::Corrupt),
            (
                r#"{"format":"fusion-check/autosave","version":1,"draft":{"text":7}}"#,
                Unreadable::Corrupt,
            ),
            (
                r#"{"format":"fusion-check/autosave","version":0,"draft":{}}"#,
                Unreadable::Corrupt,
            ),
            (
                r#"{"format":"fusion-check/autosave","version":1,"draft":{"revenue_unit":"jin"}}"#,
                Unreadable::Corrupt,
            ),
            (newer.as_str(), Unreadable::Newer),
            (newer_file, Unreadable::Newer),
        ] {
            assert_eq!(read_record(text, None, today()), Err(why), "{text}");
        }
    }

    #[test]
    fn rows_added_after_a_reload_get_new_ids() {
        let text = r#"{"format":"fusion-check/autosave","version":1,"step":1,
            "draft":{"extra_revenue":[{"id":7,"year":"2019","amount":"1"}]}}"#;
        let saved = read_record(text, None, today()).expect("reads");
        let mut draft = (*saved.draft).clone();
        draft.apply(Edit::AddRevenueRow);
        assert_eq!(draft.extra_revenue[1].id, 8);
        assert_eq!(saved.step, Step::Revenue);
    }
}

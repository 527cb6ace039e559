//! The autosave record: the draft as typed, the step, and the scenarios
//! (each a name and a draft as typed, and which one the interview edits),
//! as one JSON text under the host page's key; version 1 records (before
//! scenarios) still read, with none. Reading it back tells a damaged record from
//! one written by a newer version. The same record is how answers cross
//! to and from the on-demand module (`crate::docs`): samples are compiled
//! in as records, and files, share links and older autosaves (an answers
//! file beside a step index) come back from the module as records, so the
//! first module reads no other JSON. Pure: the browser's storage is
//! `app/autosave.rs`.
//!
//! The record is read and written by hand ([`Json`]), with the fields'
//! slugs and the engine's own names for its answers: derived serde code
//! for the draft's types, or serde_json in the first module at all, would
//! cost tens of KB for the same JSON.

use super::draft::{AwardRow, Draft, RecognitionRow, RevenueRow};
use super::fields::{Flag, TextField};
use super::json::Json;
use super::saveshare::{Saved, Unreadable};
use super::scenarios::{ScenarioDraft, Scenarios};
use super::steps::{Step, STEPS};
use fusion_engine::answers::{Industry, Location};
use fusion_engine::i18n::ui::{
    ACTIVITIES, AWARD_MATTERS, LEVELS, RECOGNITION_KINDS, SECTORS, SEPARATION_STATUSES,
};
use fusion_engine::input::AmountUnit;
use fusion_engine::scenario::MAX_SCENARIOS;
use std::fmt::Debug;
use std::rc::Rc;

/// The `format` of an autosave record.
pub const RECORD_FORMAT: &str = "fusion-check/autosave";

/// The record version this build writes when there are scenarios (version
/// 2 added them; without any it writes version 1); a larger one is a newer
/// tool's.
pub const RECORD_VERSION: u64 = 2;

/// The place of `step` in [`STEPS`], as records and older autosaves keep it.
pub fn step_index(step: Step) -> usize {
    STEPS.iter().position(|s| *s == step).unwrap_or(0)
}

fn step_at(index: usize) -> Step {
    STEPS.get(index).copied().unwrap_or(Step::Basics)
}

/// The step an older autosave kept beside its answers file, as text.
pub fn older_step(text: Option<&str>) -> Step {
    text.and_then(|s| s.parse::<usize>().ok())
        .map_or(Step::Basics, step_at)
}

/// The record for `saved`.
pub fn write_record(saved: &Saved) -> String {
    let scenarios = &saved.scenarios;
    // Without scenarios the record is a version 1 record, which every
    // build reads (the compiled-in samples are such records).
    let version = if scenarios.list.is_empty() {
        1
    } else {
        RECORD_VERSION
    };
    let mut entries = vec![
        ("format".into(), RECORD_FORMAT.into()),
        ("version".into(), Json::Number(Some(version))),
        ("step".into(), step_index(saved.step).into()),
        ("draft".into(), draft_to_value(&saved.draft)),
    ];
    if !scenarios.list.is_empty() {
        let list = scenarios.list.iter().map(|s| {
            object([
                ("name", s.name.as_str().into()),
                ("draft", draft_to_value(&s.draft)),
            ])
        });
        entries.push(("scenarios".into(), Json::Array(list.collect())));
        let editing = scenarios.editing.map_or(Json::Null, Json::from);
        entries.push(("editing".into(), editing));
    }
    let mut text = String::new();
    Json::Object(entries).write(&mut text);
    text
}

/// What autosave kept, as this build reads it.
#[derive(Debug, PartialEq)]
pub enum Kept {
    /// A record, read.
    Record(Saved),
    /// JSON that is not a record: an older autosave (an answers file), which
    /// the on-demand module reads (`crate::docs`), or something it refuses.
    Older,
}

/// Reads what autosave kept: a record, or other JSON for the module to
/// read as an older autosave; anything else is damaged.
pub fn read_kept(text: &str) -> Result<Kept, Unreadable> {
    let value = Json::parse(text).ok_or(Unreadable::Corrupt)?;
    if value.get("format").and_then(Json::as_str) == Some(RECORD_FORMAT) {
        return record_from_value(&value).map(Kept::Record);
    }
    match value {
        Json::Object(_) => Ok(Kept::Older),
        _ => Err(Unreadable::Corrupt),
    }
}

/// Reads a record (as autosave, a sample or the module wrote it).
pub fn read_record(text: &str) -> Result<Saved, Unreadable> {
    match read_kept(text)? {
        Kept::Record(saved) => Ok(saved),
        Kept::Older => Err(Unreadable::Corrupt),
    }
}

fn record_from_value(value: &Json) -> Result<Saved, Unreadable> {
    match value.get("version").and_then(Json::as_u64) {
        Some(v) if v > RECORD_VERSION => Err(Unreadable::Newer),
        Some(1..) => {
            let step = value.get("step").and_then(Json::as_u64).unwrap_or(0);
            let draft = value
                .get("draft")
                .ok_or(Bad)
                .and_then(draft_from_value)
                .map_err(|Bad| Unreadable::Corrupt)?;
            let scenarios = scenarios_from_value(value).map_err(|Bad| Unreadable::Corrupt)?;
            Ok(Saved {
                draft: Rc::new(draft.renumbered()),
                step: step_at(usize::try_from(step).unwrap_or(0)),
                scenarios: Rc::new(scenarios),
            })
        }
        _ => Err(Unreadable::Corrupt),
    }
}

/// A part of a record that is not what this version writes.
struct Bad;

/// A record's scenarios (none in a version 1 record), at most
/// [`MAX_SCENARIOS`], and the one being edited, which must exist.
fn scenarios_from_value(record: &Json) -> Result<Scenarios, Bad> {
    let listed = items(record.get("scenarios"))?;
    if listed.len() > MAX_SCENARIOS {
        return Err(Bad);
    }
    let mut list = Vec::new();
    for s in listed {
        let draft = s.get("draft").ok_or(Bad).and_then(draft_from_value)?;
        list.push(ScenarioDraft {
            name: text(s.get("name"))?,
            draft: Rc::new(draft.renumbered()),
        });
    }
    let editing = match record.get("editing") {
        None | Some(Json::Null) => None,
        Some(v) => Some(
            v.as_u64()
                .and_then(|i| usize::try_from(i).ok())
                .filter(|i| *i < list.len())
                .ok_or(Bad)?,
        ),
    };
    Ok(Scenarios { list, editing })
}

/// A choice's name as the answers file spells it ("nanhu",
/// "economic_development_zone"): serde's snake_case of the variant's name,
/// which `Debug` prints (a test holds every choice to serde's spelling).
fn name_of<T: Debug>(x: &T) -> Json {
    let mut name = String::new();
    for (i, c) in format!("{x:?}").chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                name.push('_');
            }
            name.push(c.to_ascii_lowercase());
        } else {
            name.push(c);
        }
    }
    Json::Str(name)
}

/// An optional value's name, or null.
fn name_or_null<T: Debug>(x: &Option<T>) -> Json {
    x.as_ref().map_or(Json::Null, name_of)
}

/// The value among `all` named `v`.
fn named<T: Debug + Copy>(all: &[T], v: &Json) -> Result<T, Bad> {
    all.iter().copied().find(|x| name_of(x) == *v).ok_or(Bad)
}

/// The value among `all` named `v`, if any (missing or null: none).
fn named_or_none<T: Debug + Copy>(all: &[T], v: Option<&Json>) -> Result<Option<T>, Bad> {
    match v {
        None | Some(Json::Null) => Ok(None),
        Some(v) => named(all, v).map(Some),
    }
}

fn unit_name(unit: AmountUnit) -> &'static str {
    match unit {
        AmountUnit::Wan => "wan",
        AmountUnit::Yuan => "yuan",
    }
}

/// A unit by its name; missing: the form's default.
fn unit_named(v: Option<&Json>) -> Result<AmountUnit, Bad> {
    match v.map(Json::as_str) {
        None => Ok(AmountUnit::default()),
        Some(Some("wan")) => Ok(AmountUnit::Wan),
        Some(Some("yuan")) => Ok(AmountUnit::Yuan),
        Some(_) => Err(Bad),
    }
}

/// The entries of an object (missing: none).
fn entries(v: Option<&Json>) -> Result<&[(String, Json)], Bad> {
    v.map_or(Ok(&[][..]), |v| v.as_object().ok_or(Bad))
}

/// The items of an array (missing: none).
fn items(v: Option<&Json>) -> Result<&[Json], Bad> {
    v.map_or(Ok(&[][..]), |v| v.as_array().ok_or(Bad))
}

/// A string (missing: empty, as an untouched field).
fn text(v: Option<&Json>) -> Result<String, Bad> {
    v.map_or(Ok(String::new()), |v| {
        v.as_str().map(str::to_string).ok_or(Bad)
    })
}

/// A whole number that fits a `u32` (missing: 0).
fn number(v: Option<&Json>) -> Result<u32, Bad> {
    v.map_or(Ok(0), |v| {
        v.as_u64().and_then(|n| u32::try_from(n).ok()).ok_or(Bad)
    })
}

fn text_field(slug: &str) -> Result<TextField, Bad> {
    TextField::ALL
        .into_iter()
        .find(|f| f.slug() == slug)
        .ok_or(Bad)
}

/// An object from its entries.
fn object<'a>(entries: impl IntoIterator<Item = (&'a str, Json)>) -> Json {
    Json::Object(
        entries
            .into_iter()
            .map(|(key, value)| (key.to_string(), value))
            .collect(),
    )
}

fn draft_to_value(d: &Draft) -> Json {
    let text = |t: &String| Json::from(t.as_str());
    let years: Vec<String> = d.revenue.keys().map(u16::to_string).collect();
    object([
        (
            "text",
            object(d.text.iter().map(|(f, t)| (f.slug(), text(t)))),
        ),
        (
            "units",
            object(
                d.units
                    .iter()
                    .map(|(f, u)| (f.slug(), unit_name(*u).into())),
            ),
        ),
        ("location", name_or_null(&d.location)),
        ("industry", name_or_null(&d.industry)),
        (
            "flags",
            object(d.flags.iter().map(|(f, on)| (f.slug(), Json::Bool(*on)))),
        ),
        ("separation_status", name_or_null(&d.separation_status)),
        ("sectors", d.sectors.iter().map(name_of).collect()),
        ("activities", d.activities.iter().map(name_of).collect()),
        (
            "revenue",
            object(
                years
                    .iter()
                    .map(String::as_str)
                    .zip(d.revenue.values().map(text)),
            ),
        ),
        ("revenue_unit", unit_name(d.revenue_unit).into()),
        (
            "extra_revenue",
            d.extra_revenue
                .iter()
                .map(|r| {
                    object([
                        ("id", r.id.into()),
                        ("year", text(&r.year)),
                        ("amount", text(&r.amount)),
                    ])
                })
                .collect(),
        ),
        (
            "recognitions",
            d.recognitions
                .iter()
                .map(|r| {
                    object([
                        ("id", r.id.into()),
                        ("kind", name_or_null(&r.kind)),
                        ("level", name_or_null(&r.level)),
                        ("obtained", text(&r.obtained)),
                        ("subject", text(&r.subject)),
                    ])
                })
                .collect(),
        ),
        (
            "awards",
            d.awards
                .iter()
                .map(|r| {
                    object([
                        ("id", r.id.into()),
                        ("matter", name_or_null(&r.matter)),
                        ("amount", text(&r.amount)),
                        ("unit", unit_name(r.unit).into()),
                        ("year", text(&r.year)),
                        ("subject", text(&r.subject)),
                        ("policy", text(&r.policy)),
                    ])
                })
                .collect(),
        ),
        ("next_id", d.next_id.into()),
    ])
}

fn draft_from_value(v: &Json) -> Result<Draft, Bad> {
    let mut d = Draft::default();
    let get = |key: &str| v.get(key);
    for (slug, t) in entries(get("text"))? {
        d.text.insert(text_field(slug)?, text(Some(t))?);
    }
    for (slug, u) in entries(get("units"))? {
        d.units.insert(text_field(slug)?, unit_named(Some(u))?);
    }
    for (slug, on) in entries(get("flags"))? {
        let flag = Flag::ALL
            .into_iter()
            .find(|f| f.slug() == slug)
            .ok_or(Bad)?;
        d.flags.insert(flag, on.as_bool().ok_or(Bad)?);
    }
    d.location = named_or_none(&Location::ALL, get("location"))?;
    d.industry = named_or_none(&Industry::ALL, get("industry"))?;
    d.separation_status = named_or_none(&SEPARATION_STATUSES, get("separation_status"))?;
    d.sectors = items(get("sectors"))?
        .iter()
        .map(|s| named(&SECTORS, s))
        .collect::<Result<_, _>>()?;
    d.activities = items(get("activities"))?
        .iter()
        .map(|a| named(&ACTIVITIES, a))
        .collect::<Result<_, _>>()?;
    for (year, t) in entries(get("revenue"))? {
        d.revenue
            .insert(year.parse().map_err(|_| Bad)?, text(Some(t))?);
    }
    d.revenue_unit = unit_named(get("revenue_unit"))?;
    for r in items(get("extra_revenue"))? {
        d.extra_revenue.push(RevenueRow {
            id: number(r.get("id"))?,
            year: text(r.get("year"))?,
            amount: text(r.get("amount"))?,
        });
    }
    for r in items(get("recognitions"))? {
        d.recognitions.push(RecognitionRow {
            id: number(r.get("id"))?,
            kind: named_or_none(&RECOGNITION_KINDS, r.get("kind"))?,
            level: named_or_none(&LEVELS, r.get("level"))?,
            obtained: text(r.get("obtained"))?,
            subject: text(r.get("subject"))?,
        });
    }
    for r in items(get("awards"))? {
        d.awards.push(AwardRow {
            id: number(r.get("id"))?,
            matter: named_or_none(&AWARD_MATTERS, r.get("matter"))?,
            amount: text(r.get("amount"))?,
            unit: unit_named(r.get("unit"))?,
            year: text(r.get("year"))?,
            subject: text(r.get("subject"))?,
            policy: text(r.get("policy"))?,
        });
    }
    d.next_id = number(get("next_id"))?;
    Ok(d)
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
                Action::Edit(Edit::Text(
                    TextField::EnterpriseName,
                    "\"引号\" \\ 换行\n".into(),
                )),
                Action::Edit(Edit::RevenueFixed(2024, "abc".into())),
                Action::Edit(Edit::Unit(UnitSlot::Revenue, AmountUnit::Yuan)),
                Action::Edit(Edit::AddAward),
                Action::Edit(Edit::AddRecognition),
            ],
        );
        let saved = Saved {
            draft: s.draft.clone(),
            step: Step::Tax,
            scenarios: Rc::default(),
        };
        let text = write_record(&saved);
        assert_eq!(read_record(&text), Ok(saved));
    }

    #[test]
    fn every_sample_round_trips_through_a_record() {
        for s in crate::samples::SAMPLES {
            let saved = Saved {
                draft: Rc::new(Draft::from_answers(&sample(s.id), today())),
                step: Step::Land,
                scenarios: Rc::default(),
            };
            let back = read_record(&write_record(&saved));
            assert_eq!(back, Ok(saved), "{}", s.id);
        }
    }

    #[test]
    fn every_choice_is_named_as_serde_names_it() {
        fn check<T: Debug + serde::Serialize>(all: &[T]) {
            for x in all {
                let serde = serde_json::to_value(x).unwrap();
                assert_eq!(name_of(x).as_str(), serde.as_str(), "{x:?}");
            }
        }
        check(&Location::ALL);
        check(&Industry::ALL);
        check(&SECTORS);
        check(&ACTIVITIES);
        check(&RECOGNITION_KINDS);
        check(&LEVELS);
        check(&AWARD_MATTERS);
        check(&SEPARATION_STATUSES);
    }

    #[test]
    fn an_older_autosave_is_left_to_the_module() {
        let text = answers_file(&sample("logistics"), &[]);
        assert_eq!(read_kept(&text), Ok(Kept::Older));
        assert_eq!(read_record(&text), Err(Unreadable::Corrupt));
        assert_eq!(older_step(Some("3")), STEPS[3]);
        assert_eq!(older_step(Some("x")), Step::Basics);
        assert_eq!(older_step(None), Step::Basics);
    }

    #[test]
    fn damaged_and_newer_data_are_told_apart() {
        let newer = format!(r#"{{"format":"{RECORD_FORMAT}","version":3,"draft":{{"x":[]}}}}"#);
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
            (
                r#"{"format":"fusion-check/autosave","version":1,"draft":{"location":"mars"}}"#,
                Unreadable::Corrupt,
            ),
            (newer.as_str(), Unreadable::Newer),
        ] {
            assert_eq!(read_kept(text), Err(why), "{text}");
        }
    }

    #[test]
    fn rows_added_after_a_reload_get_new_ids() {
        let text = r#"{"format":"fusion-check/autosave","version":1,"step":1,
            "draft":{"extra_revenue":[{"id":7,"year":"2019","amount":"1"}]}}"#;
        let saved = read_record(text).expect("reads");
        let mut draft = (*saved.draft).clone();
        draft.apply(Edit::AddRevenueRow);
        assert_eq!(draft.extra_revenue[1].id, 8);
        assert_eq!(saved.step, Step::Revenue);
    }

    #[test]
    fn scenarios_and_the_one_edited_come_back_after_a_reload() {
        use crate::state::ScenarioEdit;
        let s = reduce(
            State::new("t", today()),
            [
                Action::Edit(Edit::Text(TextField::EnterpriseName, "甲".into())),
                Action::Scenario(ScenarioEdit::Copy),
                Action::Scenario(ScenarioEdit::Copy),
                Action::Scenario(ScenarioEdit::Rename(1, " 主辅分离后 ".into())),
                Action::Scenario(ScenarioEdit::Switch(Some(1))),
                Action::Edit(Edit::Text(TextField::RdCost, "12,3".into())),
            ],
        );
        let saved = s.saved();
        assert_eq!(saved.scenarios.list.len(), 2);
        assert_eq!(saved.scenarios.editing, Some(1));
        // The main answers are kept apart from the scenario being edited.
        assert_eq!(saved.draft.text(TextField::RdCost), "");
        assert_eq!(
            saved.scenarios.list[1].draft.text(TextField::RdCost),
            "12,3"
        );
        let text = write_record(&saved);
        assert!(text.contains(r#""version":2"#), "{text}");
        let back = read_record(&text).expect("reads");
        assert_eq!(back, saved);
        // Restored, the interview edits the same scenario.
        let restored = reduce(
            State::new("t", today()),
            [Action::ReloadSaved(Box::new(Ok(Some(back))))],
        );
        assert_eq!(restored.draft.text(TextField::RdCost), "12,3");
        assert_eq!(restored.main_draft().text(TextField::RdCost), "");
        assert_eq!(restored.saved(), saved);
    }

    #[test]
    fn without_scenarios_the_record_is_a_version_1_record() {
        // As main wrote it before scenarios, and as this build writes it
        // while there are none.
        let text = r#"{"format":"fusion-check/autosave","version":1,"step":2,"draft":{"text":{"name":"甲"},"revenue_unit":"wan","next_id":0}}"#;
        let saved = read_record(text).expect("reads");
        assert_eq!(saved.draft.text(TextField::EnterpriseName), "甲");
        assert!(saved.scenarios.list.is_empty());
        assert_eq!(saved.scenarios.editing, None);
        let again = write_record(&saved);
        assert!(
            again.contains(r#""version":1"#) && !again.contains("scenarios"),
            "{again}"
        );
    }

    #[test]
    fn damaged_scenarios_are_told_not_half_read() {
        let record = |tail: &str| {
            format!(r#"{{"format":"fusion-check/autosave","version":2,"draft":{{}},{tail}}}"#)
        };
        let four = [r#"{"name":"a","draft":{}}"#; 4].join(",");
        for tail in [
            format!(r#""scenarios":[{four}]"#),
            r#""scenarios":[{"name":"a","draft":{}}],"editing":1"#.to_string(),
            r#""scenarios":[{"name":7,"draft":{}}]"#.to_string(),
            r#""scenarios":[{"name":"a"}]"#.to_string(),
            r#""scenarios":{}"#.to_string(),
        ] {
            let text = record(&tail);
            assert_eq!(read_record(&text), Err(Unreadable::Corrupt), "{text}");
        }
    }
}

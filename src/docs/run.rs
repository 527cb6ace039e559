//! The module's side of [`Request`]: the work each request asks for, in
//! the worker (`src/bin/fusion-docs.rs`). Pure: native tests call
//! [`Request::run`] directly.

use super::{Failure, Request};
use crate::plan_html::{FIELD, RECORD};
use crate::state::scenarios;
use crate::state::stored::{older_step, read_record, write_record};
use crate::state::{step_questions, STEPS};
use crate::state::{Draft, Refusal, Saved, Step, Unreadable};
use crate::{plan_html, result_html};
use fusion_engine::answers::Question;
use fusion_engine::clients::{file_to_store, read_store, store_to_file, write_store};
use fusion_engine::i18n::scenario::fix_elsewhere_first;
use fusion_engine::i18n::ui::{self, Ui};
use fusion_engine::plan::whatif::{self, Axis, Curve};
use fusion_engine::policy::JIAXING_2024_14 as PACK;
use fusion_engine::report;
use fusion_engine::scenario::Scenario;
use fusion_engine::transfer::{
    answers_file, decode_link, encode_link, import, import_unchecked, unreadable, ImportError,
    Imported,
};
use fusion_engine::{rules, Answers, Date, Lang};
use std::cell::RefCell;
use std::rc::Rc;

impl Request {
    /// The module's work: the text asked for, or why not.
    pub fn run(&self) -> Result<String, Failure> {
        match self {
            Request::Report {
                format,
                lang,
                as_of,
                record,
            } => {
                let (answers, scenarios) = read_own(record, *as_of)?;
                let assessment = rules::evaluate(&PACK, &answers, *as_of);
                let name =
                    report::file_name(&answers, answers.as_of(*as_of), format.extension(), *lang);
                let text = report::render_compared(
                    *format,
                    &PACK,
                    &answers,
                    &assessment,
                    &scenarios,
                    *lang,
                );
                Ok(format!("{name}{FIELD}{text}"))
            }
            Request::EncodeLink { as_of, record } => {
                let (answers, scenarios) = read_own(record, *as_of)?;
                readable_back(&answers, &scenarios)?;
                Ok(encode_link(&answers, &scenarios))
            }
            Request::AnswersFile {
                as_of,
                lang,
                record,
            } => {
                let (answers, scenarios) = read_own(record, *as_of)?;
                readable_back(&answers, &scenarios)?;
                // The summary's name with a tag before the extension, so the
                // two JSON files never overwrite each other.
                let name = report::file_name(&answers, answers.as_of(*as_of), "", *lang);
                let tag = Ui::AnswersFileTag.text(*lang);
                let text = answers_file(&answers, &scenarios);
                Ok(format!("{name}-{tag}.json{FIELD}{text}"))
            }
            Request::Compare {
                lang,
                as_of,
                record,
            } => {
                let (_, scenarios) = read_own(record, *as_of)?;
                Ok(report::comparison_html(&PACK, &scenarios, *as_of, *lang))
            }
            Request::OpenLink { as_of, fragment } => decode_link(fragment)
                .map(|i| record_of(&i, *as_of, Step::Basics))
                .map_err(|e| Failure::Refused(Refusal::of(&e))),
            Request::Import { as_of, text } => import(text)
                .map(|i| record_of(&i, *as_of, Step::Basics))
                .map_err(|e| Failure::Refused(Refusal::of(&e))),
            Request::Migrate { as_of, text, step } => match import_unchecked(text) {
                Ok(i) => Ok(record_of(&i, *as_of, older_step(Some(step)))),
                Err(ImportError::NewerVersion { .. }) => {
                    Err(Failure::Unreadable(Unreadable::Newer))
                }
                Err(_) => Err(Failure::Unreadable(Unreadable::Corrupt)),
            },
            Request::ExportClients { store, .. } => {
                Ok(store_to_file(&read_store(store).unwrap_or_default()))
            }
            Request::ImportClients { file, .. } => file_to_store(file)
                .map(|clients| write_store(&clients))
                .map_err(|e| {
                    Failure::Refused(Refusal::new(&e.message(Lang::Zh), &e.message(Lang::En)))
                }),
            Request::Result {
                lang,
                as_of,
                record,
                uid,
                present,
            } => {
                let (answers, _) = read_own(record, *as_of)?;
                let assessment = rules::evaluate(&PACK, &answers, *as_of);
                let view = result_html::View {
                    uid,
                    lang: *lang,
                    present: *present,
                };
                Ok(result_html::result_reply(&answers, &assessment, view))
            }
            Request::Why { lang, .. } => Ok(why_reply(*lang)),
            Request::WhatIf {
                lang,
                as_of,
                record,
                uid,
                year,
                axis,
                at,
            } => {
                let (own, _) = read_own(record, *as_of)?;
                let year = year.parse().unwrap_or_else(|_| plan_html::first_year(&own));
                // Growth needs the year before: without it, revenue.
                let axis = Axis::from_code(axis).unwrap_or(Axis::Revenue);
                let curve = cached_curve(record, &own, *as_of, year, axis)
                    .or_else(|| cached_curve(record, &own, *as_of, year, Axis::Revenue))
                    .ok_or_else(|| Failure::Broken("no curve".into()))?;
                // Text that does not read leaves the point where it was.
                let (asked, problem) = match plan_html::point_asked(&curve, at, *lang) {
                    Ok(x) => {
                        LAST_POINT.with(|p| *p.borrow_mut() = x);
                        (x, String::new())
                    }
                    Err(problem) => (LAST_POINT.with(|p| *p.borrow()), problem),
                };
                Ok(plan_html::whatif_reply(
                    &curve, &own, *as_of, uid, asked, &problem, *lang,
                ))
            }
        }
    }
}

/// Evenly spaced values of a what-if curve (plus two per threshold): a
/// few hundred assessments, well within a frame (BENCHMARKS.md).
const CURVE_SAMPLES: u32 = 240;

thread_local! {
    /// The last curve drawn, by what it was drawn for: moving the point
    /// along it evaluates the point alone.
    static CURVE: RefCell<Option<(String, Curve)>> = const { RefCell::new(None) };
    /// The last point asked for that read, kept when typed text does not.
    static LAST_POINT: RefCell<Option<rust_decimal::Decimal>> = const { RefCell::new(None) };
}

/// The curve of `year` along `axis` for the record `record` (read as
/// `answers`), from the cache when it was the last one drawn; `None` for
/// growth without the year before.
fn cached_curve(
    record: &str,
    answers: &Answers,
    as_of: Date,
    year: u16,
    axis: Axis,
) -> Option<Curve> {
    let key = format!("{as_of}|{year}|{}|{record}", axis.code());
    if let Some(c) = CURVE.with(|c| {
        c.borrow()
            .as_ref()
            .filter(|(k, _)| *k == key)
            .map(|(_, c)| c.clone())
    }) {
        return Some(c);
    }
    let curve = whatif::curve(&PACK, answers, as_of, year, axis, CURVE_SAMPLES)?;
    CURVE.with(|c| *c.borrow_mut() = Some((key, curve.clone())));
    Some(curve)
}

/// The record of imported answers and scenarios in the form, on `step`:
/// how answers read by the module go back to the app (which puts them in
/// the form the same way).
pub(super) fn record_of(imported: &Imported, as_of: Date, step: Step) -> String {
    write_record(&Saved {
        draft: Rc::new(Draft::from_answers(&imported.answers, as_of)),
        step,
        scenarios: Rc::new(scenarios::from_answers(&imported.scenarios, as_of)),
    })
}

/// Every question's "why we ask" in `lang`: one record per question, its
/// field path ([`Question::field_path`]) then its words, the way the app's
/// [`crate::app::Ctx::why`] looks them up. The questions are the steps'
/// and the revenue table's.
fn why_reply(lang: Lang) -> String {
    let questions = STEPS
        .iter()
        .flat_map(|s| step_questions(*s).iter().copied())
        .chain([Question::Revenue(0)]);
    let mut out = String::new();
    for q in questions {
        out.push_str(&q.field_path());
        out.push(FIELD);
        out.push_str(&ui::why(&PACK, q, lang));
        out.push(RECORD);
    }
    out
}

/// The app's own record, read into answers and scenarios as the app reads
/// them (the engine's checks are the app's business: it refuses to share
/// flagged answers itself). The app sends each scenario under the name it
/// is kept by, so the language of a stand-in name does not matter here.
fn read_own(record: &str, as_of: Date) -> Result<(Answers, Vec<Scenario>), Failure> {
    read_record(record)
        .map(|saved| {
            let scenarios = saved.scenarios.answers(Lang::default(), as_of);
            (saved.draft.answers(as_of), scenarios)
        })
        .map_err(|e| Failure::Broken(format!("{e:?}")))
}

/// Refuses a file or link that an import would refuse ([`unreadable`]):
/// values the engine's checks flag in answers not on screen (the page
/// checks those on screen itself before it asks), so what the user keeps
/// or sends always reads back. The words name the scenario to switch to.
fn readable_back(answers: &Answers, scenarios: &[Scenario]) -> Result<(), Failure> {
    match unreadable(answers, scenarios) {
        None => Ok(()),
        Some((name, problems)) => {
            let words = |lang| fix_elsewhere_first(name, &problems, lang);
            Err(Failure::Refused(Refusal::new(
                &words(Lang::Zh),
                &words(Lang::En),
            )))
        }
    }
}

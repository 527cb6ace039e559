//! The fictional sample enterprises of `examples/answers/`, compiled in so a
//! first-time visitor sees a full result in one click with no request.
//!
//! They are compiled in as autosave records (`src/samples/*.json`, the
//! format of [`crate::state::stored`]), which the first module reads by hand:
//! reading the answers files themselves would take the engine's serde reader
//! into the first load. A test writes each record from its answers file and
//! fails when one differs (`FUSION_BLESS_SAMPLES=1 cargo test -p fusion-check
//! --lib samples` rewrites them after an example changes).

use crate::state::stored::read_record;
use crate::state::Draft;
use fusion_engine::{Answers, Date};
use std::rc::Rc;

/// One sample: its file name and its record.
pub struct Sample {
    /// The file stem in `examples/answers/` (stable id for tests).
    pub id: &'static str,
    /// The enterprise name, for the menu: written out rather than read
    /// from the record, so the first screen reads no record (a test holds
    /// it to the record's).
    pub name: &'static str,
    record: &'static str,
}

impl Sample {
    /// The sample as the form holds it, or `None` if its record does not
    /// read (a unit test keeps that from shipping).
    pub fn draft(&self) -> Option<Rc<Draft>> {
        read_record(self.record).ok().map(|saved| saved.draft)
    }

    /// The sample's answers (read as of `today`) and the name to show.
    pub fn load(&self, today: Date) -> Option<(String, Answers)> {
        let answers = self.draft()?.answers(today);
        Some((self.name.to_string(), answers))
    }
}

macro_rules! samples {
    ($(($id:literal, $name:literal)),+ $(,)?) => {
        /// Every sample, in menu order.
        pub static SAMPLES: &[Sample] = &[
            $(Sample { id: $id, name: $name, record: include_str!(concat!("samples/", $id, ".json")) }),+
        ];

        /// Each sample's answers file, which its record is written from.
        #[cfg(test)]
        pub(crate) static EXAMPLES: &[(&str, &str)] = &[
            $(($id, include_str!(concat!("../examples/answers/", $id, ".json")))),+
        ];
    };
}

samples!(
    ("manufacturer", "嘉兴示例智能装备股份有限公司(虚构)"),
    ("logistics", "嘉兴示例物流有限公司(虚构)"),
    ("trader", "嘉兴示例商贸有限公司(虚构)"),
    ("platform", "嘉兴示例跨境电商服务有限公司(虚构)"),
    ("haining", "海宁示例经编科技有限公司(虚构)"),
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::stored::write_record;
    use crate::state::TextField;
    use crate::state::{Saved, Step};
    use fusion_engine::transfer::import;

    fn today() -> Date {
        Date::new(2025, 9, 1).unwrap()
    }

    #[test]
    fn every_record_is_its_answers_file() {
        let bless = std::env::var_os("FUSION_BLESS_SAMPLES").is_some();
        for (sample, (id, json)) in SAMPLES.iter().zip(EXAMPLES) {
            assert_eq!(sample.id, *id);
            let answers = import(json)
                .unwrap_or_else(|e| panic!("{id}: {e:?}"))
                .answers;
            let record = write_record(&Saved {
                draft: Rc::new(Draft::from_answers(&answers, today())),
                step: Step::Basics,
                scenarios: Rc::default(),
            });
            if bless {
                let path = format!("{}/src/samples/{id}.json", env!("CARGO_MANIFEST_DIR"));
                std::fs::write(path, &record).unwrap();
                continue;
            }
            assert_eq!(
                sample.record, record,
                "{id}: the record differs from examples/answers/{id}.json; \
                 FUSION_BLESS_SAMPLES=1 cargo test -p fusion-check --lib samples rewrites it"
            );
            assert_eq!(sample.load(today()).map(|(_, a)| a), Some(answers), "{id}");
        }
    }

    #[test]
    fn every_sample_reads_and_is_marked_fictional() {
        assert!(SAMPLES.len() >= 5);
        for s in SAMPLES {
            let (name, answers) = s
                .load(today())
                .unwrap_or_else(|| panic!("{} does not read", s.id));
            assert!(
                name.contains("虚构"),
                "{} is not marked fictional: {name}",
                s.id
            );
            assert!(answers.location.is_some(), "{}", s.id);
            let draft = s.draft().unwrap();
            assert_eq!(draft.text(TextField::EnterpriseName), s.name, "{}", s.id);
        }
    }
}

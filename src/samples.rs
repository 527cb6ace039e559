//! The fictional sample enterprises of `examples/answers/`, compiled in so a
//! first-time visitor sees a full result in one click with no request.

use fusion_engine::transfer::import;
use fusion_engine::Answers;

/// One sample: its file name and its answers file.
pub struct Sample {
    /// The file stem in `examples/answers/` (stable id for tests).
    pub id: &'static str,
    json: &'static str,
}

impl Sample {
    /// The sample's answers and the enterprise name to show, or `None` if
    /// the file does not read (a unit test keeps that from shipping).
    pub fn load(&self) -> Option<(String, Answers)> {
        let answers = import(self.json).ok()?.answers;
        let name = answers
            .enterprise_name
            .clone()
            .unwrap_or_else(|| self.id.to_string());
        Some((name, answers))
    }
}

macro_rules! samples {
    ($($id:literal),+ $(,)?) => {
        /// Every sample, in menu order.
        pub static SAMPLES: &[Sample] = &[
            $(Sample { id: $id, json: include_str!(concat!("../examples/answers/", $id, ".json")) }),+
        ];
    };
}

samples!("manufacturer", "logistics", "trader", "platform", "haining");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sample_reads_and_is_marked_fictional() {
        assert!(SAMPLES.len() >= 5);
        for s in SAMPLES {
            let (name, answers) = s.load().unwrap_or_else(|| panic!("{} does not read", s.id));
            assert!(
                name.contains("虚构"),
                "{} is not marked fictional: {name}",
                s.id
            );
            assert!(answers.location.is_some(), "{}", s.id);
        }
    }
}

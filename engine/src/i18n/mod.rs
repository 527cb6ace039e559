//! The one table of user-facing text, Simplified Chinese first, English second.
//!
//! Split by audience so each part stays readable, but one table: the app, the
//! summary and the CLI all take their words from here.
//! - [`ui`]: the interview's labels, hints, buttons and validation messages.
//! - [`explain`]: rule names, levels, steps of arithmetic, caveats.
//! - [`transfer`]: import and share-link messages.
//! - [`clients`]: the client list and presentation mode.
//! - [`batch`]: bureau batch screening (template headers, result columns,
//!   cell messages); only the batch crate uses it.
//! - [`batch_page`]: the batch screening page's headings, buttons and filters.
//! - [`report`]: the downloadable summary's headings, labels and disclaimer.
//! - [`plan`]: the distance to the next award and the award timeline.
//! - [`scenario`]: scenarios (方案对比) and their comparison.
//! - [`names`]: locations, industries, sectors, activities, levels and
//!   recognition kinds, one entry each, for forms and sentences alike.
//!
//! Each entry keeps both languages side by side, so a missing translation is
//! a compile error, not a blank on screen.

pub mod batch;
pub mod batch_page;
pub mod clients;
pub mod explain;
pub mod names;
pub mod plan;
pub mod report;
pub mod result;
pub mod scenario;
pub mod transfer;
pub mod ui;

use serde::{Deserialize, Serialize};

/// A language the tool speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    /// Picks the text for this language from a (zh, en) pair.
    pub const fn pick(self, zh: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    /// The BCP 47 tag for `lang` attributes.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// Parses "zh", "zh-CN", "en", "en-US"...; anything else is `None`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

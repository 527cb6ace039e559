//! Focus and announcement plumbing: where keyboard focus goes after an
//! action, and what screen-reader users are told.

use super::fields::FieldId;
use fusion_engine::i18n::scenario::ScenarioText;
use fusion_engine::i18n::ui::Ui;
use fusion_engine::Lang;

/// Where keyboard focus should go after an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FocusTarget {
    /// The current step's heading (after a step change).
    StepHeading,
    /// The result panel's heading (after loading a sample or "see result").
    Result,
    /// An input of a row just added.
    Field(FieldId),
}

/// A focus move the view should make once; `seq` changes on every request so
/// asking twice for the same target still moves focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FocusRequest {
    pub target: FocusTarget,
    pub seq: u32,
}

/// Something to tell screen-reader users politely.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Announcement {
    /// A sample was loaded (its name).
    SampleLoaded(String),
    /// A file was imported (its name).
    Imported(String),
    /// The saved answers were cleared.
    Cleared,
    /// A share link's answers are shown, read-only.
    LinkOpened,
    /// A download started (the file name).
    Downloaded(String),
    /// The print dialog was opened.
    Printing,
    /// The share link is on the clipboard.
    LinkCopied,
    /// The clipboard refused; the link is selected instead.
    LinkSelected,
    /// A scenario was made, is edited or was removed (its name).
    Scenario(ScenarioText, String),
}

impl Announcement {
    /// The words, in the current language.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Announcement::SampleLoaded(name) => format!("{}{name}", Ui::SampleLoaded.text(lang)),
            Announcement::Imported(name) => format!("{}{name}", Ui::Imported.text(lang)),
            Announcement::Cleared => Ui::Cleared.text(lang).to_string(),
            Announcement::LinkOpened => Ui::LinkOpened.text(lang).to_string(),
            Announcement::Downloaded(name) => format!("{}{name}", Ui::DownloadStarted.text(lang)),
            Announcement::Printing => Ui::PrintOpened.text(lang).to_string(),
            Announcement::LinkCopied => Ui::LinkCopied.text(lang).to_string(),
            Announcement::LinkSelected => Ui::LinkSelected.text(lang).to_string(),
            Announcement::Scenario(what, name) => format!("{}{name}", what.text(lang)),
        }
    }
}

//! The rule engine of 两业融合政策自测.
//!
//! Pure Rust: no browser types. The browser app, the `assess` CLI, the
//! summary and the tests all call the same functions:
//!
//! - [`answers`]: what the enterprise tells us ([`Answers`]) and its checks.
//! - [`input`]: reading amounts as people type them (万元/元, 1,234.5) and
//!   reading them back in words (1.06 亿元).
//! - [`policy`]: policy packs as data (amounts, thresholds, dates, articles,
//!   quoted sentences, bureaus); [`policy::JIAXING_2024_14`] is the one in force.
//! - [`rules`]: the formulas, one function per rule, each beside its sentence
//!   of law; [`evaluate`] runs them all.
//! - [`assessment`]: the outcomes and totals the rules produce.
//! - [`explain`]: turns an outcome into words in either language.
//! - [`relevance`]: which questions can still change the result.
//! - [`plan`]: what it takes to reach the next award (差多少达标) and the
//!   award timeline, settled by evaluating changed answers again.
//! - [`scenario`]: named copies of the answers (方案对比) and their
//!   comparison side by side.
//! - [`report`]: the downloadable summary (HTML, Markdown, JSON, file names).
//! - [`transfer`]: the answers file, the summary import and the share link.
//! - [`text`]: typed text cleaned once, for the summary and for comparing subjects.
//! - [`i18n`]: the one table of user-facing text (zh default, en).

pub mod answers;
pub mod assessment;
pub mod date;
pub mod explain;
pub mod i18n;
pub mod input;
pub mod plan;
pub mod policy;
pub mod relevance;
pub mod report;
pub mod rules;
pub mod scenario;
pub mod short;
pub mod text;
pub mod transfer;

pub use answers::{validate, Answers, FieldError, Problem, Question};
pub use assessment::{
    Assessment, Caveat, Outcome, OutcomeKind, OutcomeLevel, RuleId, Step, Totals,
};
pub use date::Date;
pub use explain::{describe, Explanation};
pub use i18n::Lang;
pub use policy::{PolicyPack, JIAXING_2024_14};
pub use relevance::relevant_questions;
pub use rules::{award_data_years, evaluate, is_forecast_year};

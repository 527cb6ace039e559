//! The result panel's own words: section headings, totals, table
//! captions and the labels of an outcome's explanation. Only the on-demand
//! module writes the panel (`src/result_html.rs` in the app), so these stay
//! out of the first module's text.

use super::Lang;

/// A fixed piece of the result panel's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ResultUi {
    /// Heading: cash awards.
    CashHeading,
    /// Total of cash that qualifies.
    TotalQualifies,
    /// Total of cash that is likely.
    TotalLikely,
    /// Table caption: cash by data year.
    ByYearCaption,
    /// Table caption: cash by rule.
    ByRuleCaption,
    /// Column: data year.
    ColYear,
    /// Column: rule.
    ColRule,
    /// Column: qualifies.
    ColQualifies,
    /// Column: likely.
    ColLikely,
    /// Heading: tax estimates.
    TaxHeading,
    /// Note that tax estimates are not cash.
    TaxNote,
    /// Total tax estimate.
    TaxTotal,
    /// Tax savings that need a certification first.
    TaxPossible,
    /// Heading: non-cash supports.
    SupportsHeading,
    /// Heading: demonstration tracks.
    TracksHeading,
    /// Heading: per-mu benchmarks.
    BenchmarksHeading,
    /// Heading: outcomes that need answers or are not eligible.
    OtherHeading,
    /// Explanation: the article.
    ExplArticle,
    /// Explanation: the quoted sentence.
    ExplQuote,
    /// Explanation: figures and arithmetic.
    ExplSteps,
    /// Explanation: interpretations relied on.
    ExplInterpretations,
    /// Explanation: bureaus to contact.
    ExplBureaus,
    /// Explanation: missing answers.
    ExplMissing,
    /// Label of an outcome's level.
    LevelLabel,
    /// Notes of the whole assessment.
    NotesHeading,
    /// Nothing in a result section.
    NothingHere,
}

impl ResultUi {
    /// The text in `lang`.
    pub const fn text(self, lang: Lang) -> &'static str {
        match self {
            ResultUi::BenchmarksHeading => lang.pick(
                "亩均效益对照全市目标",
                "Per-mu figures against the city's targets",
            ),
            ResultUi::ByRuleCaption => lang.pick("按奖励规则", "By rule"),
            ResultUi::ByYearCaption => lang.pick("按数据年度", "By data year"),
            ResultUi::CashHeading => lang.pick("现金奖励", "Cash awards"),
            ResultUi::ColLikely => lang.pick("很可能", "Likely"),
            ResultUi::ColQualifies => lang.pick("符合", "Qualifies"),
            ResultUi::ColRule => lang.pick("规则", "Rule"),
            ResultUi::ColYear => lang.pick("年度", "Year"),
            ResultUi::ExplArticle => lang.pick("依据条款", "Article"),
            ResultUi::ExplBureaus => lang.pick("联系部门", "Bureaus to contact"),
            ResultUi::ExplInterpretations => lang.pick("所依据的理解", "Interpretations relied on"),
            ResultUi::ExplMissing => lang.pick("还需回答", "Still to answer"),
            ResultUi::ExplQuote => lang.pick("原文", "The text"),
            ResultUi::ExplSteps => lang.pick("数据与计算", "Figures and arithmetic"),
            ResultUi::LevelLabel => lang.pick("判断", "Level"),
            ResultUi::NotesHeading => lang.pick("说明", "Notes"),
            ResultUi::NothingHere => lang.pick("暂无。", "None so far."),
            ResultUi::OtherHeading => {
                lang.pick("暂不符合或需补充信息", "Not eligible or needing answers")
            }
            ResultUi::SupportsHeading => lang.pick(
                "非现金支持(金融、用地、主辅分离)",
                "Non-cash supports (finance, land, separation)",
            ),
            ResultUi::TaxHeading => lang.pick("税收优惠估算", "Tax savings (estimates)"),
            ResultUi::TaxNote => lang.pick(
                "估算值,另行列示,不计入现金奖励;具体以税务部门认定为准。",
                "Estimates, shown apart and never added to cash; the tax bureau decides.",
            ),
            ResultUi::TaxPossible => lang.pick("如获认定,还可节省", "More if certified"),
            ResultUi::TaxTotal => lang.pick("估算合计", "Estimated total"),
            ResultUi::TotalLikely => lang.pick("很可能符合", "Likely"),
            ResultUi::TotalQualifies => lang.pick("符合条件", "Qualifies"),
            ResultUi::TracksHeading => {
                lang.pick("值得申报的示范", "Demonstration titles worth applying for")
            }
        }
    }
}

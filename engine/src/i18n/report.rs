//! Words of the downloadable summary only: headings, labels, table heads,
//! the disclaimer and the 就高不重复 sentences the report builds from an
//! outcome's typed steps. Rule names, levels, steps and caveats come from
//! [`super::explain`], so the summary reads like the result panel.
//!
//! Fixed strings are arms of [`Doc`]; sentences with figures are the
//! functions below. Chinese and English sit side by side in every entry.

use super::Lang;
use crate::answers::{Level, RecognitionKind};
use crate::date::Date;
use crate::i18n::explain::{money, recognition_level_name, recognition_name};
use rust_decimal::Decimal;

/// A fixed piece of summary text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Doc {
    /// The document's title.
    Title,
    /// The line above the title saying what kind of document this is.
    Kicker,
    /// Shown instead of the enterprise's name when none was given.
    Unnamed,
    /// Label: the assessment date.
    AssessedOn,
    /// Label: the policy's title.
    Policy,
    /// Label: 文号.
    DocumentNumber,
    /// Label: issuer and dates.
    Issuer,
    /// Label: validity.
    Validity,
    /// Between two dates of a period ("至").
    Until,
    /// Label: how the policy applies to the location.
    Application,
    /// The location applies the policy directly.
    AppliesDirectly,
    /// The location applies the policy by reference.
    AppliesByReference,
    /// The location is outside the policy.
    AppliesNot,
    /// No location answered.
    LocationUnknown,
    /// Label: where the assessment date falls.
    DateStatus,
    /// The assessment date is inside the validity.
    DateInForce,
    /// The assessment date is before entry into force.
    DateBefore,
    /// The assessment date is after expiry.
    DateAfter,
    /// Label: the policy data the tool used.
    PolicyData,
    /// Label: the answers' fingerprint.
    Fingerprint,

    // Section headings.
    /// Section: the overview of totals.
    Overview,
    /// Section: the figures as entered.
    Figures,
    /// Section: cash awards.
    CashAwards,
    /// Section: 就高不重复 decisions.
    Stacking,
    /// Section: tax estimates.
    TaxEstimates,
    /// Section: non-cash supports.
    NonCash,
    /// Section: demonstration titles.
    Tracks,
    /// Section: per-mu benchmarks.
    Benchmarks,
    /// Section: rules that do not apply.
    NotApplicable,
    /// Section: notes and disclaimer.
    Notes,

    // Overview.
    /// Key figure: cash that qualifies.
    CashQualifies,
    /// Key figure: cash that is likely.
    CashLikely,
    /// Key figure: tax saving estimate.
    TaxEstimate,
    /// Note under the tax key figure.
    TaxEstimateNote,
    /// Key figure: tax saving once certified.
    TaxPossible,
    /// Note under the possible-tax key figure.
    TaxPossibleNote,
    /// Note under the likely-cash key figure.
    CashLikelyNote,
    /// Note under the qualifying-cash key figure.
    CashQualifiesNote,
    /// What the levels mean.
    LevelsExplained,
    /// Caption: cash by year.
    CashByYear,
    /// Caption: cash by rule.
    CashByRule,
    /// What the years of the by-year table are.
    ByYearNote,
    /// Table head: year.
    Year,
    /// Table head: qualifies.
    Qualifies,
    /// Table head: likely.
    Likely,
    /// Table row: total.
    Total,
    /// Table head: rule.
    Rule,
    /// Table head: award name.
    Award,
    /// No cash award qualifies or is likely.
    NoCash,

    // Figures.
    /// Intro of the figures section.
    FiguresIntro,
    /// Caption: profile and figures.
    Profile,
    /// Caption: revenue.
    Revenue,
    /// Table head: revenue in 万元 as entered.
    RevenueWan,
    /// Table head: the amount read in words.
    ReadsAs,
    /// Caption: recognitions.
    Recognitions,
    /// Table head: recognition.
    Recognition,
    /// Table head: level.
    Level,
    /// Table head: date obtained.
    Obtained,
    /// Table head: what a recognition covers.
    Covers,
    /// A recognition or award that covers the enterprise itself.
    EnterpriseItself,
    /// Caption: awards already received.
    AwardsReceived,
    /// Table head: matter.
    Matter,
    /// Table head: amount.
    Amount,
    /// Table head: under which policy.
    UnderPolicy,
    /// Table head: item.
    Item,
    /// Table head: answer.
    Answer,
    /// Table head: the detail of a label/value row.
    Detail,
    /// Nothing answered in a group.
    NotAnswered,
    /// Yes.
    Yes,
    /// No.
    No,
    /// Counting word for enterprises ("家").
    Enterprises,
    /// Counting word for people ("人").
    People,
    /// Land unit ("亩").
    Mu,
    /// New company's revenue.
    NewCompanyRevenue,
    /// New company's profit.
    NewCompanyProfit,
    /// New company's tax.
    NewCompanyTax,
    /// New company's value added.
    NewCompanyValueAdded,
    /// A value not given.
    Blank,

    // Outcome blocks.
    /// Subheading: awards that qualify or are likely.
    AwardsMet,
    /// Subheading: paths and open questions.
    AwardsOpen,
    /// Nothing to list.
    Nothing,
    /// Block label: data year.
    DataYear,
    /// Block label: recognition year.
    RecognitionYear,
    /// Block label: arithmetic.
    Arithmetic,
    /// Block label: 就高不重复.
    HighestOnce,
    /// Block label: interpretations and caveats.
    Interpretations,
    /// Block label: questions still open.
    ToAnswer,
    /// Block label: source article and sentence.
    Source,
    /// Block label: bureaus.
    Bureaus,
    /// Block label: estimated tax saved.
    EstimatedSaving,

    // Stacking.
    /// Intro of the 就高不重复 section.
    StackingIntro,
    /// No 就高不重复 decision in this assessment.
    NoStacking,

    // Tracks and benchmarks.
    /// Intro of the tracks section.
    TracksIntro,
    /// Table head: title.
    TrackTitle,
    /// Table head: status.
    Status,
    /// Table head: why and what it brings.
    TrackWhy,
    /// Table head: whom to contact.
    Contact,
    /// No track matches.
    NoTracks,
    /// Intro of the benchmarks section.
    BenchmarksIntro,
    /// No benchmark can be computed.
    NoBenchmarks,
    /// Table head: indicator.
    Indicator,
    /// Table head: the enterprise's figure against the target.
    FigureVsTarget,
    /// Table head: comparison.
    Comparison,
    /// After a per-mu indicator: with the separated company merged in.
    Merged,
    /// Table head: reason.
    Reason,
    /// Intro of the not-applicable section.
    NotApplicableIntro,

    // Notes.
    /// Subheading: the working assumption.
    WorkingAssumption,
    /// Subheading: the principles stated once.
    Principles,
    /// Subheading: disclaimer.
    Disclaimer,
    /// The disclaimer: a self-assessment, bureaus decide.
    DisclaimerSelfAssessment,
    /// The disclaimer: the annual budget decides.
    DisclaimerBudget,
    /// The disclaimer: tax figures are estimates.
    DisclaimerTax,
    /// The disclaimer: made in the browser, nothing uploaded.
    DisclaimerLocal,
    /// Words before the policy's own sentence.
    PolicyText,
}

impl Doc {
    /// The text in `lang`.
    pub const fn text(self, lang: Lang) -> &'static str {
        match self {
            Doc::Title => lang.pick("两业融合政策自测报告", "Manufacturing–Services Fusion Policy: Self-Assessment Report"),
            Doc::Kicker => lang.pick("企业自测结果 · 非审批文件", "Self-assessment · not an official decision"),
            Doc::Unnamed => lang.pick("(未填写企业名称)", "(no enterprise name given)"),
            Doc::AssessedOn => lang.pick("评估日期", "Assessment date"),
            Doc::Policy => lang.pick("政策文件", "Policy"),
            Doc::DocumentNumber => lang.pick("文号", "Document number"),
            Doc::Issuer => lang.pick("发布机关", "Issued by"),
            Doc::Validity => lang.pick("有效期", "In force"),
            Doc::Until => lang.pick(" 至 ", " to "),
            Doc::Application => lang.pick("适用方式", "How it applies"),
            Doc::AppliesDirectly => lang.pick("直接适用", "applies directly"),
            Doc::AppliesByReference => {
                lang.pick("参照执行, 以县(市)实施细则为准", "applies by reference: the county's own rules decide")
            }
            Doc::AppliesNot => lang.pick("不在本政策适用范围内", "outside the policy's area"),
            Doc::LocationUnknown => lang.pick("未填写所在地, 无法判断", "location not given: cannot tell"),
            Doc::DateStatus => lang.pick("评估日与有效期", "Date and validity"),
            Doc::DateInForce => lang.pick("评估日在政策有效期内", "the assessment date is within the policy's validity"),
            Doc::DateBefore => lang.pick("评估日早于政策施行日", "the assessment date is before the policy came into force"),
            Doc::DateAfter => {
                lang.pick("评估日已过政策有效期, 结果仅供参考", "the assessment date is after expiry: for reference only")
            }
            Doc::PolicyData => lang.pick("政策数据版本", "Policy data"),
            Doc::Fingerprint => lang.pick("答案指纹", "Answers fingerprint"),

            Doc::Overview => lang.pick("结果概览", "Overview"),
            Doc::Figures => lang.pick("企业填报信息", "Figures as entered"),
            Doc::CashAwards => lang.pick("资金奖励", "Cash awards"),
            Doc::Stacking => lang.pick("就高不重复", "Highest award once (就高不重复)"),
            Doc::TaxEstimates => lang.pick("税收优惠(估算)", "Tax savings (estimates)"),
            Doc::NonCash => lang.pick("非资金支持", "Non-cash support"),
            Doc::Tracks => lang.pick("可申报的示范称号", "Demonstration titles to apply for"),
            Doc::Benchmarks => lang.pick("亩均效益对照", "Per-mu benchmarks"),
            Doc::NotApplicable => lang.pick("不适用的条款", "Rules that do not apply"),
            Doc::Notes => lang.pick("说明与声明", "Notes and disclaimer"),

            Doc::CashQualifies => lang.pick("资金奖励 · 符合", "Cash · qualifies"),
            Doc::CashLikely => lang.pick("资金奖励 · 很可能符合", "Cash · likely"),
            Doc::TaxEstimate => lang.pick("税收优惠估算", "Tax saving (estimate)"),
            Doc::TaxEstimateNote => lang.pick("估算, 不计入资金奖励", "an estimate, never added to cash"),
            Doc::TaxPossible => lang.pick("认定后可享的税收优惠", "Tax saving once certified"),
            Doc::TaxPossibleNote => lang.pick("路径, 尚未享受", "a path, not yet available"),
            Doc::CashLikelyNote => lang.pick("依赖解读、参照执行或有效期外日期", "rests on a reading, a county or a date"),
            Doc::CashQualifiesNote => lang.pick("所填信息满足政策原文条件", "the text's conditions are met"),
            Doc::LevelsExplained => lang.pick(
                "“符合”: 所填信息满足政策原文的条件; “很可能符合”: 满足条件, 但依赖对条文的解读、县(市)参照执行或政策有效期外的日期; “可争取”: 取得相应认定或达到条件后可享; 两者分列, 不相加。",
                "“Qualifies”: the answers meet the text's conditions; “likely”: met, but resting on a reading of the text, a county applying the policy by reference, or a date outside the validity; “possible”: available once a recognition or condition is obtained. The two totals are kept apart, never added.",
            ),
            Doc::CashByYear => lang.pick("资金奖励(按年度)", "Cash awards by year"),
            Doc::CashByRule => lang.pick("资金奖励(按条款)", "Cash awards by rule"),
            Doc::ByYearNote => lang.pick(
                "年度为数据年度(服务型制造示范、工业设计奖励为认定年度)。",
                "Years are data years (for the demonstration and design awards, the year of recognition).",
            ),
            Doc::Year => lang.pick("年度", "Year"),
            Doc::Qualifies => lang.pick("符合", "Qualifies"),
            Doc::Likely => lang.pick("很可能符合", "Likely"),
            Doc::Total => lang.pick("合计", "Total"),
            Doc::Rule => lang.pick("条款", "Rule"),
            Doc::Award => lang.pick("奖励", "Award"),
            Doc::NoCash => lang.pick(
                "按所填信息, 暂无符合或很可能符合的资金奖励。",
                "On these answers, no cash award qualifies or is likely.",
            ),

            Doc::FiguresIntro => lang.pick(
                "以下为企业自行填报的信息, 金额按填报原值列示, 未填写的项目不列出。",
                "As entered by the enterprise; amounts exactly as entered; questions left blank are not listed.",
            ),
            Doc::Profile => lang.pick("基本情况与经营数据", "Profile and figures"),
            Doc::Revenue => lang.pick("主营业务收入", "Main business revenue"),
            Doc::RevenueWan => lang.pick("万元(按填报)", "10,000 yuan (万元, as entered)"),
            Doc::ReadsAs => lang.pick("读作", "Reads as"),
            Doc::Recognitions => lang.pick("已获认定与称号", "Recognitions held"),
            Doc::Recognition => lang.pick("认定", "Recognition"),
            Doc::Level => lang.pick("级别", "Level"),
            Doc::Obtained => lang.pick("认定日期", "Date"),
            Doc::Covers => lang.pick("认定对象", "Covers"),
            Doc::EnterpriseItself => lang.pick("企业本身", "the enterprise itself"),
            Doc::AwardsReceived => lang.pick("已获同一事项奖励", "Awards already received"),
            Doc::Matter => lang.pick("事项", "Matter"),
            Doc::Amount => lang.pick("金额", "Amount"),
            Doc::UnderPolicy => lang.pick("依据政策", "Under policy"),
            Doc::Item => lang.pick("项目", "Item"),
            Doc::Answer => lang.pick("填报内容", "Answer"),
            Doc::Detail => lang.pick("内容", "Detail"),
            Doc::NotAnswered => lang.pick("未填写", "not answered"),
            Doc::Yes => lang.pick("是", "Yes"),
            Doc::No => lang.pick("否", "No"),
            Doc::Enterprises => lang.pick(" 家", ""),
            Doc::People => lang.pick(" 人", ""),
            Doc::Mu => lang.pick(" 亩", " mu"),
            Doc::NewCompanyRevenue => lang.pick("营收", "revenue"),
            Doc::NewCompanyProfit => lang.pick("利润", "profit"),
            Doc::NewCompanyTax => lang.pick("税收", "tax"),
            Doc::NewCompanyValueAdded => lang.pick("增加值", "value added"),
            Doc::Blank => lang.pick("—", "—"),

            Doc::AwardsMet => lang.pick("符合或很可能符合的资金奖励", "Awards that qualify or are likely"),
            Doc::AwardsOpen => lang.pick("可争取或需补充信息的资金奖励", "Awards within reach or still open"),
            Doc::Nothing => lang.pick("无。", "None."),
            Doc::DataYear => lang.pick("数据年度", "Data year"),
            Doc::RecognitionYear => lang.pick("认定年度", "Year recognised"),
            Doc::Arithmetic => lang.pick("计算过程", "Arithmetic"),
            Doc::HighestOnce => lang.pick("就高不重复", "Highest once"),
            Doc::Interpretations => lang.pick("解读与说明", "Readings and caveats"),
            Doc::ToAnswer => lang.pick("需补充", "To answer"),
            Doc::Source => lang.pick("政策依据", "Source"),
            Doc::Bureaus => lang.pick("责任单位", "Responsible bureaus"),
            Doc::EstimatedSaving => lang.pick("估算少缴税额", "Estimated tax saved"),

            Doc::StackingIntro => lang.pick(
                "同一事项满足多项奖励的, 只按最高一项计一次。本次评估中的判断如下:",
                "A matter that meets several awards counts once, at the highest. The decisions in this assessment:",
            ),
            Doc::NoStacking => lang.pick(
                "本次评估未出现同一事项满足多项奖励的情形。",
                "No matter in this assessment meets more than one award.",
            ),

            Doc::TracksIntro => lang.pick(
                "根据所填行业与业务, 以下示范称号可以申报或已经获得; 申报请联系所列责任单位。",
                "Titles that fit the industry and activities entered, or are already held; apply through the bureaus listed.",
            ),
            Doc::TrackTitle => lang.pick("示范称号", "Title"),
            Doc::Status => lang.pick("状态", "Status"),
            Doc::TrackWhy => lang.pick("理由与奖励", "Why, and what it brings"),
            Doc::Contact => lang.pick("联系部门", "Contact"),
            Doc::NoTracks => lang.pick(
                "按所填行业与业务, 暂未匹配到可申报的示范称号。",
                "No demonstration title matches the industry and activities entered.",
            ),
            Doc::BenchmarksIntro => lang.pick(
                "企业数值与全市总体目标(一 总体目标)的对照, 仅供参考, 不是奖励条件。",
                "The enterprise's figures beside the city's overall targets (part 一): for comparison, not award conditions.",
            ),
            Doc::NoBenchmarks => lang.pick(
                "未填写自有用地面积、工业增加值等数据, 无法对照。",
                "No land, value-added or tax figures were given, so there is nothing to compare.",
            ),
            Doc::Indicator => lang.pick("指标", "Indicator"),
            Doc::FigureVsTarget => lang.pick("企业数值与目标", "Figure and target"),
            Doc::Comparison => lang.pick("对照", "Comparison"),
            Doc::Merged => lang.pick("(并入新设企业后)", " (separated company merged in)"),
            Doc::Reason => lang.pick("原因", "Reason"),
            Doc::NotApplicableIntro => lang.pick(
                "以下条款按所填信息不适用, 列出原因以便核对。",
                "These rules do not apply on the answers given; the reason is listed so it can be checked.",
            ),

            Doc::WorkingAssumption => lang.pick("工作假设", "Working assumption"),
            Doc::Principles => lang.pick("适用原则", "Principles"),
            Doc::Disclaimer => lang.pick("声明", "Disclaimer"),
            Doc::DisclaimerSelfAssessment => lang.pick(
                "本报告是企业根据自行填报的信息对照政策进行的自测结果, 不是申报材料, 也不构成任何审批结论或承诺。各项奖励和支持以相关主管部门的认定和审核为准。",
                "This report is a self-assessment made from the enterprise's own answers. It is not an application and not a decision or promise by any authority. Every award and support depends on recognition and review by the responsible bureaus.",
            ),
            Doc::DisclaimerBudget => lang.pick(
                "资金奖励以当年财政预算安排为准(政策原文: 落实政策所需资金, 列入每年财政预算)。",
                "Cash awards depend on each year's budget (the policy: 落实政策所需资金, 列入每年财政预算: the funds are set in each year's budget).",
            ),
            Doc::DisclaimerTax => lang.pick(
                "税收优惠金额为估算, 以国家税收政策和税务部门认定为准, 不计入资金奖励。",
                "Tax figures are estimates: national tax rules and the tax bureau decide; they are never added to cash.",
            ),
            Doc::DisclaimerLocal => lang.pick(
                "本报告由“两业融合政策自测”在本地生成, 填报信息未上传至任何服务器。",
                "Made on this device by the fusion policy self-check; the answers were not uploaded anywhere.",
            ),
            Doc::PolicyText => lang.pick("政策原文", "Policy text"),
        }
    }
}

/// A section heading with its number ("三、资金奖励", "3. Cash awards").
pub fn section_heading(n: usize, heading: Doc, lang: Lang) -> String {
    const ZH: [&str; 11] = [
        "", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
    ];
    match lang {
        Lang::Zh => match ZH.get(n) {
            Some(num) if n > 0 => format!("{num}、{}", heading.text(lang)),
            _ => heading.text(lang).to_string(),
        },
        Lang::En => format!("{n}. {}", heading.text(lang)),
    }
}

/// A year as a block's heading shows it ("2023 年度", "2023").
pub fn year_words(year: u16, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{year} 年度"),
        Lang::En => year.to_string(),
    }
}

/// The validity period ("2024-05-20 至 2026-12-31").
pub fn period(from: Date, until: Date, lang: Lang) -> String {
    format!("{from}{}{until}", Doc::Until.text(lang))
}

/// The issuer with its dates ("嘉兴市人民政府, 2024-04-18 成文, 2024-04-24 发布").
pub fn issuer_words(issuer: &str, written: Date, published: Date, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{issuer}, {written} 成文, {published} 发布"),
        Lang::En => format!("{issuer}, written {written}, published {published}"),
    }
}

/// The document number with the unified number.
pub fn document_number_words(number: &str, unified: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{number}(规范性文件统一编号 {unified})"),
        Lang::En => format!("{number} (unified number {unified})"),
    }
}

/// How the policy applies to a location ("南湖区: 直接适用").
pub fn application_words(location: &str, how: Doc, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{location}: {}", how.text(lang)),
        Lang::En => format!("{location}: {}", how.text(lang)),
    }
}

/// How many further items the sections below list.
pub fn more_counts(open_cash: usize, non_cash: usize, tracks: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!(
            "另有 {open_cash} 项可争取或待补充信息的资金奖励、{non_cash} 项非资金支持、{tracks} 个示范称号, 详见下文。"
        ),
        Lang::En => format!(
            "Below: {open_cash} cash award(s) within reach or still open, {non_cash} non-cash support(s), {tracks} demonstration title(s)."
        ),
    }
}

/// A count with its counting word ("326 家", "800 人").
pub fn count_words(n: u32, unit: Doc, lang: Lang) -> String {
    format!("{n}{}", unit.text(lang))
}

/// Land in 亩 ("120 亩", "120 mu").
pub fn mu_words(mu: &str, lang: Lang) -> String {
    format!("{mu}{}", Doc::Mu.text(lang))
}

/// A per-mu indicator's name, with the merge marked.
pub fn indicator_words(name: &str, merged: bool, lang: Lang) -> String {
    if merged {
        format!("{name}{}", Doc::Merged.text(lang))
    } else {
        name.to_string()
    }
}

/// The new company's figures in one line ("营收 3000 万元, 利润 250 万元, 税收 150 万元").
pub fn new_company_words(parts: &[(Doc, String)], lang: Lang) -> String {
    let sep = lang.pick(", ", ", ");
    parts
        .iter()
        .map(|(label, v)| format!("{} {v}", label.text(lang)))
        .collect::<Vec<_>>()
        .join(sep)
}

/// A demonstration title's yearly count ("每年培育 10 家以上").
pub fn yearly_count_words(n: u16, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("每年培育 {n} 家以上"),
        Lang::En => format!("{n}+ recognised a year"),
    }
}

/// The source of an outcome: article and the quoted sentence.
pub fn source_words(article: &str, quote: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{article} “{quote}”"),
        Lang::En => format!("{article} “{quote}”"),
    }
}

/// A phrase closed as a sentence ("…。", "….").
pub fn sentence(phrase: &str, lang: Lang) -> String {
    format!("{phrase}{}", lang.pick("。", "."))
}

/// Two sentences in a row: Chinese needs no space after "。".
pub fn sentences(first: &str, second: &str, lang: Lang) -> String {
    format!("{first}{}{second}", lang.pick("", " "))
}

/// A list joined the way each language lists things ("A、B", "A, B").
pub fn list_words(items: &[&str], lang: Lang) -> String {
    items.join(lang.pick("、", ", "))
}

/// An example of the working assumption with the policy's last year
/// ("2025 年度的数据于 2026 年申报; 2026 年度的数据于 2027 年申报, ...").
pub fn assumption_example(last_year: u16, lag: u16, until: Date, lang: Lang) -> String {
    let before = last_year.saturating_sub(1);
    let (a, b) = (before.saturating_add(lag), last_year.saturating_add(lag));
    match lang {
        Lang::Zh => format!(
            "例如 {before} 年度的数据于 {a} 年申报; {last_year} 年度的数据于 {b} 年申报, 已过本政策有效期(至 {until}), 取决于后续政策, 不计为确定。"
        ),
        Lang::En => format!(
            "For example, {before} figures are claimed in {a}; {last_year} figures would be claimed in {b}, after the policy expires ({until}): that depends on a successor policy and is never counted as certain."
        ),
    }
}

/// The footer line: policy data, fingerprint and date.
pub fn footer_words(
    pack_id: &str,
    version: &str,
    fingerprint: &str,
    as_of: Date,
    lang: Lang,
) -> String {
    match lang {
        Lang::Zh => format!("政策数据 {pack_id} 版本 {version} · 答案指纹 {fingerprint} · 评估日期 {as_of}"),
        Lang::En => format!("Policy data {pack_id} version {version} · answers fingerprint {fingerprint} · assessed {as_of}"),
    }
}

/// A 就高不重复 decision prefixed with its rule ("F1: ...").
pub fn decision_line(rule: &str, title: &str, decision: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{rule} {title}: {decision}"),
        Lang::En => format!("{rule} {title}: {decision}"),
    }
}

/// Recognitions of one matter at several levels: the highest counts once
/// ("国家级与省级服务型制造示范企业(平台、项目)属同一事项, 按就高原则计 150 万元").
/// `items` are the counted recognition first, then those not added.
pub fn same_matter(items: &[(Level, RecognitionKind)], amount: Decimal, lang: Lang) -> String {
    let one_kind = items.windows(2).all(|w| w[0].1 == w[1].1);
    let names: Vec<String> = items
        .iter()
        .map(|&(level, kind)| {
            let l = recognition_level_name(level, lang);
            match (lang, one_kind) {
                (_, true) => l.to_string(),
                (Lang::Zh, false) => format!("{l}{}", recognition_name(kind, lang)),
                (Lang::En, false) => format!("the {l} {}", recognition_name(kind, lang)),
            }
        })
        .collect();
    let joined = join_and(&names, lang);
    let m = money(amount, lang);
    match (lang, one_kind, items.first()) {
        (Lang::Zh, true, Some(&(_, kind))) => {
            format!(
                "{joined}{}属同一事项, 按就高原则计 {m}",
                recognition_name(kind, lang)
            )
        }
        (Lang::Zh, _, _) => format!("{joined}属同一事项, 按就高原则计 {m}"),
        (Lang::En, true, Some(&(_, kind))) => format!(
            "The {joined} {} are one matter: the highest award counts once, {m}",
            recognition_name(kind, lang)
        ),
        (Lang::En, _, _) => {
            let s = format!("{joined} are one matter: the highest award counts once, {m}");
            let mut c = s.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        }
    }
}

/// An award already received for the same matter: the highest is the
/// entitlement, the difference at most, and the bureau decides.
pub fn already_received(
    received: Decimal,
    entitlement: Decimal,
    additional: Decimal,
    lang: Lang,
) -> String {
    let (r, e, a) = (
        money(received, lang),
        money(entitlement, lang),
        money(additional, lang),
    );
    match lang {
        Lang::Zh => format!(
            "同一事项已获奖励 {r}, 按就高原则应得 {e}, 最多可补差 {a}; 补足差额还是不再奖励, 由主管部门决定"
        ),
        Lang::En => format!(
            "{r} already received for the same matter: the highest award is {e}, so at most {a} more; the bureau decides between topping up and nothing more"
        ),
    }
}

/// Several revenue tiers first passed in one year: the highest counts.
pub fn tiers_same_year(year: u16, tiers: u8, award: Decimal, lower: Decimal, lang: Lang) -> String {
    let (a, l) = (money(award, lang), money(lower, lang));
    match lang {
        Lang::Zh => format!("{year} 年营收同时首次超过 {tiers} 档, 按就高原则计 {a}, 较低档合计 {l} 不重复计"),
        Lang::En => format!(
            "In {year} revenue first passed {tiers} tiers at once: only the highest counts, {a}; the lower tiers ({l}) are not added"
        ),
    }
}

/// Joins names with "与" / "and" before the last ("国家级、省级与市级").
fn join_and(names: &[String], lang: Lang) -> String {
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => {
            let (sep, and) = match lang {
                Lang::Zh => ("、", "与"),
                Lang::En => (", ", " and "),
            };
            format!("{}{and}{last}", rest.join(sep))
        }
    }
}

/// The file name's prefix ("两业融合自测", "fusion-self-check").
pub fn file_prefix(lang: Lang) -> &'static str {
    lang.pick("两业融合自测", "fusion-self-check")
}

/// The file name's stand-in when no usable enterprise name was given.
pub fn file_unnamed(lang: Lang) -> &'static str {
    lang.pick("未命名企业", "enterprise")
}

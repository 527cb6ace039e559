//! Words for rules, levels, questions, steps and caveats: Simplified Chinese
//! and English side by side in every entry, so a missing translation is a
//! compile error. [`crate::explain`] assembles them into explanations.
//!
//! Money reads as people say it: "1.06 亿元", "50 万元" in Chinese;
//! "CNY 106 million", "CNY 500,000" in English.

use super::{names, Lang};
use crate::answers::{
    Activity, Industry, Level, Location, Problem, Question, RecognitionKind, Sector,
};
use crate::assessment::{
    Caveat, Condition, Fact, Interpretation, Metric, OutcomeKind, OutcomeLevel, RuleId, Step,
    TrackReason, WindowStatus,
};
use crate::policy::{Bound, PolicyPack, TrackCash};
use rust_decimal::Decimal;
use std::borrow::Cow;

// ---------------------------------------------------------------- numbers

const WAN: Decimal = Decimal::from_parts(10_000, 0, 0, false, 0);
const YI: Decimal = Decimal::from_parts(100_000_000, 0, 0, false, 0);
const MILLION: Decimal = Decimal::from_parts(1_000_000, 0, 0, false, 0);

/// A decimal with at most `dp` places, trailing zeros dropped, digits grouped
/// by thousands when `group` is set.
fn number(d: Decimal, dp: u32, group: bool) -> String {
    let s = d.round_dp(dp).normalize().to_string();
    if !group {
        return s;
    }
    let (sign, s) = s.strip_prefix('-').map_or(("", s.as_str()), |r| ("-", r));
    let (int, frac) = s.split_once('.').map_or((s, None), |(i, f)| (i, Some(f)));
    let mut out = String::with_capacity(s.len() + 4);
    out.push_str(sign);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

/// The unit an amount reads best in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MoneyUnit {
    /// 亿元 / million
    Large,
    /// 万元 / plain
    Medium,
    /// 元 / plain
    Small,
}

impl MoneyUnit {
    /// The natural unit for an amount.
    pub fn for_amount(d: Decimal) -> MoneyUnit {
        let a = d.abs();
        if a >= YI {
            MoneyUnit::Large
        } else if a >= WAN {
            MoneyUnit::Medium
        } else {
            MoneyUnit::Small
        }
    }
}

/// An amount in words in its natural unit ("1.06 亿元", "CNY 500,000").
pub fn money(d: Decimal, lang: Lang) -> String {
    money_in(d, MoneyUnit::for_amount(d), lang)
}

/// An amount in a chosen unit, two decimals at most ("0.93 亿元").
pub fn money_in(d: Decimal, unit: MoneyUnit, lang: Lang) -> String {
    match lang {
        Lang::Zh => match unit {
            MoneyUnit::Large => format!("{} 亿元", number(d / YI, 2, false)),
            MoneyUnit::Medium => format!("{} 万元", number(d / WAN, 2, false)),
            MoneyUnit::Small => format!("{} 元", number(d, 2, true)),
        },
        Lang::En => {
            if d.abs() >= MILLION && unit != MoneyUnit::Small {
                format!("CNY {} million", number(d / MILLION, 2, true))
            } else {
                format!("CNY {}", number(d, 2, true))
            }
        }
    }
}

/// `value` in the unit of `threshold`, exact to the fen when rounding would
/// make it look equal to the threshold (1 亿 + 0.01 元 must not read "1 亿元").
pub fn money_vs(value: Decimal, threshold: Decimal, lang: Lang) -> String {
    let unit = MoneyUnit::for_amount(threshold);
    let shown = money_in(value, unit, lang);
    if value != threshold && shown == money_in(threshold, unit, lang) {
        money_in(value, MoneyUnit::Small, lang)
    } else {
        shown
    }
}

/// A percentage ("15%", "17.5%").
pub fn percent(p: Decimal) -> String {
    format!("{}%", number(p, 2, false))
}

/// A growth percentage against its threshold; when two decimals would hide
/// the difference, says so in words instead of printing "15% > 15%".
fn percent_vs(p: Decimal, threshold: Decimal, lang: Lang) -> String {
    let shown = percent(p);
    if p != threshold && shown == percent(threshold) {
        let side = if p > threshold {
            lang.pick("略高于", "just above ")
        } else {
            lang.pick("略低于", "just below ")
        };
        format!("{side}{}", percent(threshold))
    } else {
        shown
    }
}

/// The comparison sign a boundary word and its result imply.
fn sign(bound: Bound, passed: bool) -> &'static str {
    match (bound, passed) {
        (Bound::Exceeds, true) => ">",
        (Bound::Exceeds, false) => "≤",
        (Bound::AtLeast, true) => "≥",
        (Bound::AtLeast, false) => "<",
    }
}

// ---------------------------------------------------------------- names

/// The name of a rule (tracks: see [`track_name`]).
pub fn rule_name(rule: RuleId, lang: Lang) -> &'static str {
    match rule {
        RuleId::F1 => lang.pick(
            "服务型制造示范奖励",
            "Service-oriented manufacturing demonstration award",
        ),
        RuleId::F2 => lang.pick(
            "工业设计企业(中心、研究院)奖励",
            "Industrial design enterprise (centre, institute) award",
        ),
        RuleId::F3 => lang.pick(
            "生产性服务业营收首次超过奖励",
            "Producer services: first-time revenue milestone award",
        ),
        RuleId::F4 => lang.pick(
            "批零贸易营收首次超过奖励",
            "Wholesale/retail: first-time revenue milestone award",
        ),
        RuleId::F5 => lang.pick("营收增速奖励", "Revenue growth award"),
        RuleId::F6 => lang.pick(
            "跨境电商线上公共综合服务平台研发升级补助",
            "Cross-border e-commerce public service platform upgrade subsidy",
        ),
        RuleId::T1 => lang.pick("研发费用加计扣除", "R&D super-deduction"),
        RuleId::T2 => lang.pick(
            "技术先进型服务企业所得税优惠税率",
            "Reduced income tax for technology-advanced service enterprises",
        ),
        RuleId::M1 => lang.pick(
            "制造业服务化转型融资支持",
            "Financing for manufacturers moving into services",
        ),
        RuleId::M2 => lang.pick(
            "中长期融资与金融服务创新",
            "Mid/long-term financing from banks",
        ),
        RuleId::L1 => lang.pick("自有用地混合布置", "Mixed use of own land"),
        RuleId::L2 => lang.pick(
            "分立子公司用地过渡期",
            "Land transition period for spun-off subsidiaries",
        ),
        RuleId::L3 => lang.pick(
            "原有土地建设物流仓储(上楼)",
            "Logistics/warehousing on existing land",
        ),
        RuleId::L4 => lang.pick(
            "两业融合试点区域灵活供地",
            "Flexible land supply in pilot areas",
        ),
        RuleId::S1 => lang.pick(
            "主辅分离新设企业手续支持",
            "Simplified procedures after main/auxiliary separation",
        ),
        RuleId::S2 => lang.pick(
            "主辅分离数据并入母公司",
            "Merging the separated company's figures into the parent",
        ),
        RuleId::B1 => lang.pick(
            "亩均工业增加值对照",
            "Industrial value added per mu vs the city target",
        ),
        RuleId::B2 => lang.pick(
            "亩均工业税收对照",
            "Industrial tax per mu vs the city target",
        ),
        RuleId::B3 => lang.pick(
            "全员劳动生产率对照",
            "Labour productivity vs the city target",
        ),
        RuleId::D(n) => track_name_en_or(n, lang),
    }
}

fn track_name_en_or(item: u8, lang: Lang) -> &'static str {
    match item {
        1 => lang.pick(
            "市级数字化“设计+营销”示范企业",
            "Municipal digital design + marketing demonstration",
        ),
        2 => lang.pick(
            "市级大规模个性化定制示范企业",
            "Municipal mass customisation demonstration",
        ),
        3 => lang.pick(
            "市级共享制造示范企业(平台)",
            "Municipal shared manufacturing demonstration",
        ),
        4 => lang.pick(
            "市级全生命周期管理示范企业",
            "Municipal full life-cycle management demonstration",
        ),
        5 => lang.pick(
            "市级生产性金融示范企业",
            "Municipal productive finance demonstration",
        ),
        6 => lang.pick(
            "省级工业互联网平台",
            "Provincial industrial internet platform",
        ),
        7 => lang.pick(
            "市级供应链管理平台",
            "Municipal supply chain management platform",
        ),
        8 => lang.pick(
            "市级总集成总承包供应商",
            "Municipal total integration / EPC supplier",
        ),
        9 => lang.pick(
            "市级节能环保服务机构",
            "Municipal energy-saving and environmental service provider",
        ),
        10 => lang.pick(
            "市级检验检测服务机构",
            "Municipal testing and inspection service provider",
        ),
        11 => lang.pick(
            "两业融合发展示范区域",
            "Manufacturing-services fusion demonstration area",
        ),
        12 => lang.pick(
            "两业融合优质服务商",
            "Quality manufacturing-services fusion service provider",
        ),
        13 => lang.pick(
            "两业融合标杆企业",
            "Manufacturing-services fusion benchmark enterprise",
        ),
        _ => lang.pick("示范称号", "Demonstration title"),
    }
}

/// The name of a result level.
pub fn level_name(level: OutcomeLevel, lang: Lang) -> &'static str {
    match level {
        OutcomeLevel::Qualifies => lang.pick("符合", "Qualifies"),
        OutcomeLevel::Likely => lang.pick("很可能符合", "Likely"),
        OutcomeLevel::Possible => lang.pick("可争取", "Possible"),
        OutcomeLevel::NotEligible => lang.pick("不符合", "Not eligible"),
        OutcomeLevel::NeedMoreAnswers => lang.pick("需补充信息", "Need more answers"),
    }
}

/// The level as it reads for a kind of outcome: a held title is "已获得",
/// a benchmark is met or not.
pub fn level_name_for(kind: OutcomeKind, level: OutcomeLevel, lang: Lang) -> &'static str {
    match (kind, level) {
        (OutcomeKind::Track, OutcomeLevel::Qualifies) => lang.pick("已获得", "Held"),
        (OutcomeKind::Track, OutcomeLevel::Possible) => lang.pick("可申报", "Worth applying"),
        (OutcomeKind::Benchmark, OutcomeLevel::Qualifies) => {
            lang.pick("达到目标", "Meets the target")
        }
        (OutcomeKind::Benchmark, OutcomeLevel::NotEligible) => {
            lang.pick("未达目标", "Below the target")
        }
        _ => level_name(level, lang),
    }
}

/// The name of an outcome kind.
pub fn kind_name(kind: OutcomeKind, lang: Lang) -> &'static str {
    match kind {
        OutcomeKind::Cash => lang.pick("资金奖励", "Cash award"),
        OutcomeKind::TaxEstimate => lang.pick("税收优惠(估算)", "Tax saving (estimate)"),
        OutcomeKind::NonCash => lang.pick("非资金支持", "Non-cash support"),
        OutcomeKind::Track => lang.pick("示范称号", "Demonstration title"),
        OutcomeKind::Benchmark => lang.pick("亩均对照", "Benchmark"),
    }
}

/// The name of a question (a year's revenue: see [`question_label`]).
pub fn question_name(q: Question, lang: Lang) -> &'static str {
    match q {
        Question::EnterpriseName => lang.pick("企业名称", "Enterprise name"),
        Question::Location => lang.pick("所在县(市、区)", "Location (district or county)"),
        Question::Industry => lang.pick("行业类别", "Industry"),
        Question::AboveScale => lang.pick("是否规上企业", "Above designated size (规上)"),
        Question::Revenue(_) => lang.pick("年主营业务收入", "Main business revenue"),
        Question::Recognitions => lang.pick("已获认定与称号", "Recognitions held"),
        Question::AwardsReceived => lang.pick("已获同一事项奖励", "Awards already received"),
        Question::Sectors => lang.pick("所属细分行业", "Sectors"),
        Question::Activities => lang.pick("开展的服务业务", "Service activities"),
        Question::RdCost => lang.pick("两业融合研发费用", "R&D cost (fusion innovation)"),
        Question::TaxableIncome => lang.pick("应纳税所得额", "Taxable income"),
        Question::IncomeTaxRate => lang.pick("企业所得税税率", "Income-tax rate"),
        Question::CrossBorderOperator => lang.pick(
            "是否运营跨境电商公共服务平台",
            "Operates the cross-border platform",
        ),
        Question::CrossBorderServed => {
            lang.pick("平台服务企业数", "Enterprises served by the platform")
        }
        Question::CrossBorderGrowth => lang.pick("进出口额增速", "Import/export growth"),
        Question::CrossBorderUpgradeCost => lang.pick("平台研发升级费用", "Platform upgrade cost"),
        Question::CrossBorderYear => lang.pick("平台升级年度", "Year of the upgrade"),
        Question::SpunOff => lang.pick(
            "是否为主辅分离新设的服务企业",
            "Newly set up by a manufacturer's separation",
        ),
        Question::SeparationStatus => lang.pick("主辅分离情况", "Main/auxiliary separation"),
        Question::SeparationNewLand => {
            lang.pick("新公司是否新增用地", "New land for the new company")
        }
        Question::SeparationOnParentLand => lang.pick(
            "新公司是否在母公司自有用地经营",
            "New company on the parent's land",
        ),
        Question::SeparationNewCompanyFigures => lang.pick(
            "新公司营收、利润、税收、增加值",
            "New company's revenue, profit, tax, value added",
        ),
        Question::OwnLand => lang.pick("自有用地面积(亩)", "Own land (mu)"),
        Question::MixedUsePlan => lang.pick("自有用地混合布置计划", "Mixed-use plan for own land"),
        Question::LogisticsOnExistingLand => lang.pick(
            "利用原有土地建设物流仓储计划",
            "Plan to build logistics/warehousing on existing land",
        ),
        Question::InPilotArea => lang.pick("是否位于两业融合试点区域", "In a fusion pilot area"),
        Question::ValueAdded => lang.pick("工业增加值", "Industrial value added"),
        Question::TaxPaid => lang.pick("实缴税收", "Tax paid"),
        Question::Employees => lang.pick("从业人员数", "Employees"),
        Question::AssessmentDate => lang.pick("评估日期", "Assessment date"),
    }
}

/// A question's label with its year where it has one ("2024 年主营业务收入").
pub fn question_label(q: Question, lang: Lang) -> String {
    match q {
        Question::Revenue(y) => match lang {
            Lang::Zh => format!("{y} 年主营业务收入"),
            Lang::En => format!("Main business revenue {y}"),
        },
        _ => question_name(q, lang).to_string(),
    }
}

/// A location inside a sentence.
pub const fn location_name(l: Location, lang: Lang) -> &'static str {
    names::location(l).short(lang)
}

/// An industry class inside a sentence ("科技信息").
pub const fn industry_name(i: Industry, lang: Lang) -> &'static str {
    names::industry(i).short(lang)
}

/// A recognition level inside a sentence ("national").
pub fn recognition_level_name(l: Level, lang: Lang) -> Cow<'static, str> {
    names::level(l).in_text(lang)
}

/// A recognition kind inside a sentence.
pub fn recognition_name(k: RecognitionKind, lang: Lang) -> Cow<'static, str> {
    names::recognition(k).in_text(lang)
}

/// A sector inside a sentence.
pub fn sector_name(s: Sector, lang: Lang) -> Cow<'static, str> {
    names::sector(s).in_text(lang)
}

/// A service activity inside a sentence.
pub fn activity_name(a: Activity, lang: Lang) -> Cow<'static, str> {
    names::activity(a).in_text(lang)
}

fn metric_name(m: Metric, lang: Lang) -> &'static str {
    match m {
        Metric::ValueAdded => lang.pick("工业增加值", "value added"),
        Metric::Tax => lang.pick("税收", "tax"),
        Metric::Revenue => lang.pick("营业收入", "revenue"),
    }
}

fn fact_words(fact: Fact, holds: bool, lang: Lang) -> &'static str {
    match (fact, holds) {
        (Fact::Manufacturer, true) => lang.pick("制造业企业", "a manufacturer"),
        (Fact::Manufacturer, false) => lang.pick("不是制造业企业", "not a manufacturer"),
        (Fact::ServiceOrientedManufacturer, true) => lang.pick(
            "服务型制造企业(开展服务型制造业务或获相关认定)",
            "a service-oriented manufacturer",
        ),
        (Fact::ServiceOrientedManufacturer, false) => {
            lang.pick("不是服务型制造企业", "not a service-oriented manufacturer")
        }
        (Fact::ModernServiceEnterprise, true) => lang.pick(
            "现代服务业(生产性服务业)企业",
            "a modern (producer) service enterprise",
        ),
        (Fact::ModernServiceEnterprise, false) => {
            lang.pick("不是现代服务业企业", "not a modern service enterprise")
        }
        (Fact::FusionServiceProvider, true) => {
            lang.pick("两业融合服务商", "a fusion service provider")
        }
        (Fact::FusionServiceProvider, false) => {
            lang.pick("不是两业融合服务商", "not a fusion service provider")
        }
        (Fact::BenchmarkEnterprise, true) => lang.pick("标杆企业", "a benchmark enterprise"),
        (Fact::BenchmarkEnterprise, false) => {
            lang.pick("不是标杆企业", "not a benchmark enterprise")
        }
        (Fact::SeparationDone, true) => {
            lang.pick("已实施主辅分离", "main/auxiliary separation done")
        }
        (Fact::SeparationDone, false) => {
            lang.pick("未实施主辅分离", "no main/auxiliary separation")
        }
        (Fact::SeparationPlanned, true) => {
            lang.pick("计划实施主辅分离", "main/auxiliary separation planned")
        }
        (Fact::SeparationPlanned, false) => lang.pick("无主辅分离计划", "no separation planned"),
        (Fact::SpunOffCompany, true) => lang.pick(
            "本企业为制造业企业主辅分离后新设立的服务企业",
            "a service company newly set up by a manufacturer's separation",
        ),
        (Fact::SpunOffCompany, false) => lang.pick(
            "本企业不是主辅分离新设立的企业",
            "not a company set up by a separation",
        ),
        (Fact::NoNewLand, true) => lang.pick("新公司不新增用地", "the new company adds no land"),
        (Fact::NoNewLand, false) => lang.pick("新公司新增用地", "the new company uses new land"),
        (Fact::OnParentLand, true) => lang.pick(
            "在母公司自有用地上经营",
            "operates on the parent's own land",
        ),
        (Fact::OnParentLand, false) => {
            lang.pick("不在母公司自有用地上经营", "not on the parent's land")
        }
        (Fact::MixedUsePlan, true) => lang.pick(
            "计划在自有用地混合布置多种功能",
            "plans mixed use of its own land",
        ),
        (Fact::MixedUsePlan, false) => lang.pick("无自有用地混合布置计划", "no mixed-use plan"),
        (Fact::LogisticsOnExistingLand, true) => lang.pick(
            "计划利用原有土地建设物流、仓储设施",
            "plans logistics/warehousing on existing land",
        ),
        (Fact::LogisticsOnExistingLand, false) => {
            lang.pick("无利用原有土地建设物流仓储计划", "no such plan")
        }
        (Fact::InPilotArea, true) => lang.pick("位于两业融合试点区域", "in a fusion pilot area"),
        (Fact::InPilotArea, false) => lang.pick("不在两业融合试点区域", "not in a pilot area"),
    }
}

// ---------------------------------------------------------------- steps

fn date_words(d: Option<crate::date::Date>, lang: Lang) -> String {
    match d {
        Some(d) => match lang {
            Lang::Zh => format!("{d} 认定"),
            Lang::En => format!("recognised {d}"),
        },
        None => lang.pick("认定日期未填", "date not given").to_string(),
    }
}

fn level_opt(l: Option<Level>, lang: Lang) -> Cow<'static, str> {
    l.map_or(
        Cow::Borrowed(lang.pick("(级别未填)", "(level not given) ")),
        |l| recognition_level_name(l, lang),
    )
}

/// One step in words.
pub fn step_words(pack: &PolicyPack, step: &Step, lang: Lang) -> String {
    use Lang::{En, Zh};
    let m = |d: Decimal| money(d, lang);
    match *step {
        Step::OutsideJiaxing => lang
            .pick("企业不在嘉兴市范围内, 本政策不适用", "Outside Jiaxing: the policy does not apply")
            .to_string(),
        Step::Industry { industry, covered } => match (lang, covered) {
            (Zh, true) => format!("行业为{}, 属本条适用范围", industry_name(industry, lang)),
            (Zh, false) => format!("行业为{}, 不属本条适用的行业", industry_name(industry, lang)),
            (En, true) => format!("industry: {}, covered by this rule", industry_name(industry, lang)),
            (En, false) => format!("industry: {}, not one this rule names", industry_name(industry, lang)),
        },
        Step::RevenueVsThreshold { year, revenue, threshold, bound, passed } => {
            let (v, t, s) = (money_vs(revenue, threshold, lang), m(threshold), sign(bound, passed));
            // Exactly on a "超过" threshold: say it is not exceeded, not "≤".
            match (lang, revenue == threshold && !passed) {
                (Zh, true) => format!("{year} 营收 {v}, 未超过 {t}"),
                (En, true) => format!("{year} revenue {v}: {t} not exceeded"),
                (Zh, false) => format!("{year} 营收 {v} {s} {t}"),
                (En, false) => format!("{year} revenue {v} {s} {t}"),
            }
        }
        Step::EarlierMax { from, to, max, threshold } => {
            let v = money_vs(max, threshold, lang);
            match (lang, from == to) {
                (Zh, true) => format!("{to} 为 {v}, 所填年度中此前均未超过"),
                (Zh, false) => format!("{from}-{to} 最高 {v}, 所填年度中此前均未超过"),
                (En, true) => format!("{to}: {v}, so no earlier year above it among the years given"),
                (En, false) => format!("highest in {from}–{to}: {v}, so no earlier year above it among the years given"),
            }
        }
        Step::NoEarlierYears { from } => match lang {
            Zh => format!("{from} 年为所填首年, 所填年度中此前无数据"),
            En => format!("{from} is the first year given: no earlier year above it among the years given"),
        },
        Step::LowerTiersNotAdded { count, amount } => match lang {
            Zh => format!("同年首次超过的较低 {count} 档(合计 {})不另计, 就高不重复", m(amount)),
            En => format!("{count} lower tier(s) passed the same year (together {}) not added: the highest counts once", m(amount)),
        },
        Step::DataYearBeforePolicy { year } => match lang {
            Zh => format!("{year} 年度的奖励应在本政策施行前申报, 不适用本政策"),
            En => format!("an award for {year} would have been claimed before this policy came into force"),
        },
        Step::RecognitionBeforePolicy { obtained } => match lang {
            Zh => format!("{obtained} 的认定远早于本政策施行({}), 不适用", pack.validity.in_force_from),
            En => format!(
                "recognised {obtained}, well before the policy came into force ({})",
                pack.validity.in_force_from
            ),
        },
        Step::GrowthWindow { milestone_year, first, last } => match lang {
            Zh => format!("{milestone_year} 年度获首超奖励, 增速奖励年度为 {first}-{last}"),
            En => format!("milestone award for {milestone_year}: growth years {first}–{last}"),
        },
        Step::Growth { year, previous, current, percent: p, threshold_percent, bound, passed } => {
            // The stored percentage is rounded; whether growth sits exactly on
            // the threshold is decided from the figures themselves.
            let exact = previous
                .checked_mul(Decimal::ONE_HUNDRED + threshold_percent)
                .zip(current.checked_mul(Decimal::ONE_HUNDRED))
                .map(|(a, b)| a.cmp(&b));
            let g = match exact {
                Some(std::cmp::Ordering::Less) if percent(p) == percent(threshold_percent) => {
                    format!("{}{}", lang.pick("略高于", "just above "), percent(threshold_percent))
                }
                Some(std::cmp::Ordering::Greater) if percent(p) == percent(threshold_percent) => {
                    format!("{}{}", lang.pick("略低于", "just below "), percent(threshold_percent))
                }
                _ => percent(p),
            };
            let (t, s) = (percent(threshold_percent), sign(bound, passed));
            let prev_year = year.saturating_sub(1);
            match lang {
                Zh => format!("{year} 营收 {}, {prev_year} 营收 {}, 增速 {g} {s} {t}", m(current), m(previous)),
                En => format!("{year} revenue {} vs {} in {prev_year}: growth {g} {s} {t}", m(current), m(previous)),
            }
        }
        Step::GrowthUndefined { year, previous } => {
            let prev_year = year.saturating_sub(1);
            match (lang, previous) {
                (Zh, None) => format!("缺少 {prev_year} 年营收, 无法计算 {year} 年增速"),
                (Zh, Some(_)) => format!("{prev_year} 年营收为零, {year} 年增速无法计算, 不予增速奖励"),
                (En, None) => format!("{prev_year} revenue missing: growth for {year} cannot be computed"),
                (En, Some(_)) => format!("{prev_year} revenue is zero: growth for {year} is undefined, no growth award"),
            }
        }
        Step::RevenueNeeded { year, previous, needed, threshold_percent, bound } => {
            let word = match (lang, bound) {
                (Zh, Bound::Exceeds) => "需超过",
                (Zh, Bound::AtLeast) => "需达到",
                (En, Bound::Exceeds) => "must exceed",
                (En, Bound::AtLeast) => "must reach",
            };
            let factor = percent(Decimal::ONE_HUNDRED + threshold_percent);
            let prev_year = year.saturating_sub(1);
            match lang {
                Zh => format!("{year} 营收{word} {}({prev_year} 营收 {} × {factor})", m(needed), m(previous)),
                En => format!("{year} revenue {word} {} ({prev_year}: {} × {factor})", m(needed), m(previous)),
            }
        }
        Step::NoMilestoneAward => lang
            .pick(
                "未获本政策的营收首次超过奖励, 增速奖励不适用",
                "no first-time revenue award under this policy, so no growth award",
            )
            .to_string(),
        Step::Recognition { kind, level, obtained } => match lang {
            Zh => format!("{}{}({})", level_opt(level, lang), recognition_name(kind, lang), date_words(obtained, lang)),
            En => format!(
                "{} {} ({})",
                level_opt(level, lang),
                recognition_name(kind, lang),
                date_words(obtained, lang)
            ),
        },
        Step::LevelAward { level, amount } => format!("{} → {}", recognition_level_name(level, lang), m(amount)),
        Step::SameMatterNotAdded { kind, level, amount } => match lang {
            Zh => format!(
                "同一事项的{}{}({})不重复奖励",
                recognition_level_name(level, lang),
                recognition_name(kind, lang),
                m(amount)
            ),
            En => format!(
                "the {} {} of the same matter ({}) is not added",
                recognition_level_name(level, lang),
                recognition_name(kind, lang),
                m(amount)
            ),
        },
        Step::AlreadyReceived { amount, .. } => match lang {
            Zh => format!("同一事项已获奖励 {}", m(amount)),
            En => format!("already received for this matter: {}", m(amount)),
        },
        Step::Additional { entitlement, received, additional } => match lang {
            Zh => format!("就高 {} − 已获 {} = 可补差 {}", m(entitlement), m(received), m(additional)),
            En => format!(
                "highest {} − received {} = at most {} more",
                m(entitlement),
                m(received),
                m(additional)
            ),
        },
        Step::PlatformOperator { operator } => if operator {
            lang.pick("运营跨境电商线上公共综合服务平台", "operates the cross-border online public service platform")
        } else {
            lang.pick("不是跨境电商公共服务平台运营方", "does not operate the cross-border platform")
        }
        .to_string(),
        Step::Served { count, threshold, bound, passed } => {
            let s = sign(bound, passed);
            match lang {
                Zh => format!("服务企业 {count} 家 {s} {threshold} 家"),
                En => format!("{count} enterprises served {s} {threshold}"),
            }
        }
        Step::TradeGrowth { percent: p, threshold_percent, bound, passed } => {
            let (g, t, s) = (percent_vs(p, threshold_percent, lang), percent(threshold_percent), sign(bound, passed));
            match lang {
                Zh => format!("进出口额增速 {g} {s} {t}"),
                En => format!("import/export growth {g} {s} {t}"),
            }
        }
        Step::Share { base, percent: p, result } => match lang {
            Zh => format!("研发升级费用 {} × {} = {}", m(base), percent(p), m(result)),
            En => format!("upgrade cost {} × {} = {}", m(base), percent(p), m(result)),
        },
        Step::Cap { cap, after, .. } => match lang {
            Zh => format!("最高不超过 {}", m(cap)),
            En => format!("capped at {}", m(after)),
        },
        Step::Award { amount } => format!("→ {}", m(amount)),
        Step::RdSaving { cost, extra_percent, rate_percent, saving } => match lang {
            Zh => format!(
                "研发费用 {} × 加计 {} × 税率 {} ≈ 少缴 {}",
                m(cost),
                percent(extra_percent),
                percent(rate_percent),
                m(saving)
            ),
            En => format!(
                "R&D {} × {} extra deduction × {} tax rate ≈ {} less tax",
                m(cost),
                percent(extra_percent),
                percent(rate_percent),
                m(saving)
            ),
        },
        Step::RateCut { income, from_percent, to_percent, saving } => match lang {
            Zh => format!(
                "应纳税所得额 {} × ({} − {}) ≈ 少缴 {}",
                m(income),
                percent(from_percent),
                percent(to_percent),
                m(saving)
            ),
            En => format!(
                "taxable income {} × ({} − {}) ≈ {} less tax",
                m(income),
                percent(from_percent),
                percent(to_percent),
                m(saving)
            ),
        },
        Step::DeductionLimited { deduction, income } => match (lang, income > Decimal::ZERO) {
            (Zh, true) => format!("加计扣除额 {} 超过应纳税所得额 {}, 本年度按 {} 计", m(deduction), m(income), m(income)),
            (Zh, false) => format!("应纳税所得额 {}(无应税所得): 加计扣除仍适用, 本年度少缴税 0 元", m(income)),
            (En, true) => format!("the extra deduction {} exceeds taxable income {}: {} counts this year", m(deduction), m(income), m(income)),
            (En, false) => format!("taxable income {} (none to tax): the deduction still applies, saving nothing this year", m(income)),
        },
        Step::HighTechRate { percent: p } => match lang {
            Zh => format!("高新技术企业本已按 {} 缴纳, 本认定不再降低税率", percent(p)),
            En => format!("a high-tech enterprise already pays {}: this certification lowers nothing", percent(p)),
        },
        Step::Certified { certified } => if certified {
            lang.pick("已认定为技术先进型服务企业", "certified technology-advanced service enterprise")
        } else {
            lang.pick(
                "尚未认定为技术先进型服务企业: 认定后可享",
                "not yet certified as a technology-advanced service enterprise: available once certified",
            )
        }
        .to_string(),
        Step::PerMu { metric, total, land_mu, value, target, passed, merged } => {
            let name = metric_name(metric, lang);
            let head = match (lang, merged) {
                (Zh, true) => "并入新公司后",
                (Zh, false) => "",
                (En, true) => " (merged)",
                (En, false) => "",
            };
            let mu = number(land_mu, 2, true);
            let verdict = match (target, passed) {
                (Some(t), Some(p)) => match lang {
                    Zh => format!(", {} {} 年目标 {}/亩", if p { "达到" } else { "低于" }, pack.benchmarks.target_year, m(t)),
                    En => format!(", {} the {} target of {} per mu", if p { "meets" } else { "below" }, pack.benchmarks.target_year, m(t)),
                },
                _ => String::new(),
            };
            match lang {
                Zh => format!("{head}亩均{name} {}/亩({} ÷ {mu} 亩){verdict}", m(value), m(total)),
                En => format!("{name} per mu{head} {} ({} ÷ {mu} mu){verdict}", m(value), m(total)),
            }
        }
        Step::PerEmployee { total, employees, value, target, passed } => match lang {
            Zh => format!(
                "全员劳动生产率 {}/人({} ÷ {employees} 人), {} {} 年目标 {}/人",
                m(value),
                m(total),
                if passed { "达到" } else { "低于" },
                pack.benchmarks.target_year,
                m(target),
            ),
            En => format!(
                "value added per employee {} ({} ÷ {employees}), {} the {} target of {}",
                m(value),
                m(total),
                if passed { "meets" } else { "below" },
                pack.benchmarks.target_year,
                m(target),
            ),
        },
        Step::Merged { metric, parent, new_company, merged } => match lang {
            Zh => format!(
                "{}: 母公司 {} + 新公司 {} = {}",
                metric_name(metric, lang),
                m(parent),
                m(new_company),
                m(merged)
            ),
            En => format!(
                "{}: parent {} + new company {} = {}",
                metric_name(metric, lang),
                m(parent),
                m(new_company),
                m(merged)
            ),
        },
        Step::Fact { fact, holds } => fact_words(fact, holds, lang).to_string(),
        Step::TrackMatch { by } => match (lang, by) {
            (Zh, TrackReason::Activity(a)) => format!("开展的业务: {}", activity_name(a, lang)),
            (Zh, TrackReason::Sector(s)) => format!("属于重点行业: {}", sector_name(s, lang)),
            (Zh, TrackReason::Industry(i)) => format!("行业为{}", industry_name(i, lang)),
            (En, TrackReason::Activity(a)) => format!("activity: {}", activity_name(a, lang)),
            (En, TrackReason::Sector(s)) => format!("in a named sector: {}", sector_name(s, lang)),
            (En, TrackReason::Industry(i)) => format!("industry: {}", industry_name(i, lang)),
        },
        Step::TitleHeld { level, obtained } => match lang {
            Zh => format!(
                "已获该称号({}{})",
                level.map_or(String::new(), |l| format!("{}, ", recognition_level_name(l, lang))),
                date_words(obtained, lang)
            ),
            En => format!(
                "title already held ({}{})",
                level.map_or(String::new(), |l| format!("{} ", recognition_level_name(l, lang))),
                date_words(obtained, lang)
            ),
        },
        Step::TrackCash { cash } => match (lang, cash) {
            (Zh, TrackCash::ServiceManufacturingByInterpretation) => format!(
                "按解读视为市级服务型制造示范, 可获 F1 奖励 {}",
                m(pack.f1.municipal)
            ),
            (En, TrackCash::ServiceManufacturingByInterpretation) => format!(
                "read as a municipal service-oriented manufacturing demonstration: F1 award {}",
                m(pack.f1.municipal)
            ),
            (_, TrackCash::OnlyIfServiceManufacturing) => lang
                .pick(
                    "本称号本身无奖金; 如同时认定为服务型制造示范, 可获 F1 奖励",
                    "no money for the title itself; F1 applies only if also recognised as a service-oriented manufacturing demonstration",
                )
                .to_string(),
            (_, TrackCash::ServiceManufacturingOrDesign) => lang
                .pick(
                    "省级以上服务型制造示范或工业设计中心认定可获 F1/F2 奖励",
                    "a provincial or national service-oriented manufacturing or industrial design recognition earns F1/F2",
                )
                .to_string(),
            (_, TrackCash::None) => lang
                .pick("本称号无直接奖金", "no cash is tied to this title")
                .to_string(),
        },
    }
}

// ---------------------------------------------------------------- caveats

/// The 二(一) titles read as 市级服务型制造示范, as their articles ("二(一)1-5")
/// and titles, from the pack.
fn interpreted_titles(pack: &PolicyPack) -> (String, String) {
    let tracks: Vec<_> = pack
        .tracks
        .iter()
        .filter(|t| t.cash == TrackCash::ServiceManufacturingByInterpretation)
        .collect();
    let articles = match (tracks.first(), tracks.last()) {
        (Some(a), Some(b)) if tracks.len() > 1 => format!("{}-{}", a.citation.article, b.item),
        (Some(a), _) => a.citation.article.to_string(),
        _ => String::new(),
    };
    let titles: Vec<&str> = tracks.iter().map(|t| t.title).collect();
    (articles, titles.join("、"))
}

/// The words of an interpretation.
pub fn interpretation_words(pack: &PolicyPack, i: Interpretation, lang: Lang) -> String {
    use Lang::{En, Zh};
    match i {
        Interpretation::MunicipalTitleAsServiceManufacturing => {
            let (articles, titles) = interpreted_titles(pack);
            match lang {
                Zh => format!("解读: {articles} 的市级示范称号({titles})属服务型制造模式, 视为市级服务型制造示范"),
                En => format!("Interpretation: the municipal titles of {articles} are service-oriented manufacturing models, read as municipal service-oriented manufacturing demonstrations"),
            }
        }
        Interpretation::PerTierMilestones => lang
            .pick(
                "解读: 各档营收“首次超过”分别计算, 以后年度首次超过更高一档, 可获该档奖励",
                "Interpretation: each revenue tier is its own first-time milestone, so a later year first passing a higher tier earns that tier's award",
            )
            .to_string(),
        Interpretation::LowGrowthYearKeepsWindow => {
            let (p, n) = (percent(pack.f5.threshold_percent), pack.f5.years);
            match lang {
                Zh => format!("解读: 奖励期内某年增速未超过 {p} 该年不奖励, 但不终止连续 {n} 年的奖励期"),
                En => format!("Interpretation: a year with growth at or below {p} earns nothing but does not end the {n}-year window"),
            }
        }
        Interpretation::AnnualApplicationNextYear => {
            let lag = pack.validity.application_lag_years;
            match (lang, lag) {
                (Zh, 1) => "假设: 年度奖励在数据年度的次年申报".to_string(),
                (Zh, _) => format!("假设: 年度奖励在数据年度之后 {lag} 年申报"),
                (En, 1) => "Assumption: annual awards are applied for in the year after the data year".to_string(),
                (En, _) => format!("Assumption: annual awards are applied for {lag} years after the data year"),
            }
        }
        Interpretation::GrowthFromDataYearAfterMilestone => lang
            .pick(
                "解读: “从获奖次年开始”按数据年度计: 首超奖励在其数据年度的次年获得, 获奖次年申报的是下一数据年度的增速, 故本年度为第一个增速年度; 如按获奖次年的数据计, 本年度不在奖励期内",
                "Reading: “从获奖次年开始” (from the year after the award) counts data years: the milestone award is won the year after its data year, and the round of the following year is for the next data year, so this is the first growth year; counted from the award year's own data, it would not be",
            )
            .to_string(),
        Interpretation::RecognitionsCountInWindow => {
            let from = pack.validity.in_force_from;
            match lang {
                Zh => format!("解读: 认定须在本政策施行({from})后取得, 或早到仍可赶上首轮申报; 更早的认定不由本政策奖励"),
                En => format!("Interpretation: a recognition counts when obtained once the policy is in force ({from}), or just early enough for its first round; older ones are not rewarded by it"),
            }
        }
        Interpretation::DataYearsBeforePolicyNotPaid => {
            let from = pack.validity.in_force_from;
            match lang {
                Zh => format!("解读: 数据年度的奖励须在本政策施行({from})后申报; 施行前即应申报的年度不由本政策奖励"),
                En => format!("Interpretation: an annual award is applied for once the policy is in force ({from}); a data year whose round came before that is not rewarded by it"),
            }
        }
    }
}

/// The words of a condition a sentence states.
fn condition_words(condition: Condition, lang: Lang) -> &'static str {
    match condition {
        Condition::CapableManufacturer => lang.pick(
            "条件: 原文为“有条件的制造业企业”, 未说明具体条件, 以主管部门认定为准",
            "Condition: the text says “有条件的制造业企业” (manufacturers with the means) without naming the conditions; the bureaus decide",
        ),
        Condition::SpatialPlan => lang.pick(
            "条件: 须“符合国土空间规划”, 由自然资源和规划部门判断, 本工具无法确认",
            "Condition: only “in line with the territorial spatial plan”, which the planning bureau decides; this tool cannot confirm it",
        ),
    }
}

/// One caveat in words.
pub fn caveat_words(pack: &PolicyPack, c: &Caveat, lang: Lang) -> String {
    use Lang::{En, Zh};
    let v = &pack.validity;
    match *c {
        Caveat::ByReference { location } => county_words(pack, location, lang),
        Caveat::RecognitionBeforeInForce { obtained } => match lang {
            Zh => format!("认定日期 {obtained} 早于本政策施行日 {}, 能否适用由主管部门确定", v.in_force_from),
            En => format!(
                "Recognised {obtained}, before the policy came into force on {}: the bureau decides whether it counts",
                v.in_force_from
            ),
        },
        Caveat::RecognitionAfterExpiry { obtained } => match lang {
            Zh => format!("认定日期 {obtained} 晚于本政策有效期(至 {}), 取决于后续政策", v.in_force_until),
            En => format!(
                "Recognised {obtained}, after the policy expires ({}): depends on the successor policy",
                v.in_force_until
            ),
        },
        Caveat::DataYearAfterExpiry { year } => {
            let applied = year.saturating_add(v.application_lag_years);
            match lang {
                Zh => format!("{year} 年度的奖励应于 {applied} 年申报, 已过本政策有效期(至 {}), 取决于后续政策", v.in_force_until),
                En => format!(
                    "The {year} award would be claimed in {applied}, after the policy expires ({}): depends on the successor policy",
                    v.in_force_until
                ),
            }
        }
        Caveat::AssessedBeforeInForce { as_of } => match lang {
            Zh => format!("评估日 {as_of} 早于本政策施行日 {}", v.in_force_from),
            En => format!("Assessed on {as_of}, before the policy comes into force on {}", v.in_force_from),
        },
        Caveat::AssessedAfterExpiry { as_of } => match lang {
            Zh => format!("评估日 {as_of} 已过本政策有效期(至 {}), 结果仅供参考, 以后续政策为准", v.in_force_until),
            En => format!(
                "Assessed on {as_of}, after the policy expired ({}): for reference only; a successor policy decides",
                v.in_force_until
            ),
        },
        Caveat::Interpretation { interpretation } => interpretation_words(pack, interpretation, lang),
        Caveat::Forecast { year } => match lang {
            Zh => format!("依据 {year} 年的预测数(该年度在评估日尚未结束): 最多为“可争取”, 不计入“符合”合计"),
            En => format!("Based on a forecast for {year} (the year has not ended on the assessment date): at best possible, never in the qualifies total"),
        },
        Caveat::StatedCondition { condition } => condition_words(condition, lang).to_string(),
        Caveat::RateAssumed { percent: p } => match lang {
            Zh => format!("未填写企业所得税税率, 按 {} 估算", percent(p)),
            En => format!("Income-tax rate not given: estimated at {}", percent(p)),
        },
        Caveat::AlreadyReceived { amount } => match lang {
            Zh => format!(
                "同一事项已获奖励 {}: 按“就高不重复”, 补足差额还是不再奖励, 由主管部门决定",
                money(amount, lang)
            ),
            En => format!(
                "{} already received for the same matter: under 就高不重复 the bureau decides between topping up to the highest and paying nothing more",
                money(amount, lang)
            ),
        },
        Caveat::RestsOnMilestone { year } => match lang {
            Zh => format!("本增速奖励以 {year} 年度的首超奖励为前提, 该奖励依赖解读"),
            En => format!("This growth award rests on the {year} milestone award, which itself rests on an interpretation"),
        },
        Caveat::TaxEstimate => lang
            .pick(
                "税收估算: 以国家税收政策和税务部门认定为准, 不计入资金奖励",
                "Tax estimate: national tax rules and the tax bureau decide; never added to cash",
            )
            .to_string(),
        Caveat::NotAboveScale => lang
            .pick("城市目标针对规上工业企业, 此处仅作对照", "The city's targets are for above-size industry: shown for comparison")
            .to_string(),
        Caveat::SubjectToBudget => lang
            .pick(
                "落实政策所需资金列入每年财政预算, 以当年预算为准",
                "All cash is subject to each year's budget",
            )
            .to_string(),
        Caveat::HighestOnce => lang
            .pick(
                "同一事项满足多个奖补政策的, 按“就高不重复”原则实施",
                "A matter that meets several award policies gets the highest award once (就高不重复)",
            )
            .to_string(),
    }
}

/// The county caveat and banner: the county's own implementing rules decide.
pub fn county_words(pack: &PolicyPack, location: Location, lang: Lang) -> String {
    let name = location_name(location, lang);
    match lang {
        Lang::Zh => format!(
            "{name}参照执行{}(“各县(市)参照执行”): 以{name}的实施细则为准, 结果仅供参考",
            pack.document_number
        ),
        Lang::En => format!(
            "{name} applies {} by reference (各县(市)参照执行): the county's own implementing rules decide, so results are indicative",
            pack.document_number
        ),
    }
}

/// The banner for an assessment date outside the validity; `None` inside.
pub fn window_words(
    pack: &PolicyPack,
    window: WindowStatus,
    as_of: crate::date::Date,
    lang: Lang,
) -> Option<String> {
    match window {
        WindowStatus::InForce => None,
        WindowStatus::BeforeInForce => Some(caveat_words(
            pack,
            &Caveat::AssessedBeforeInForce { as_of },
            lang,
        )),
        WindowStatus::Expired => Some(caveat_words(
            pack,
            &Caveat::AssessedAfterExpiry { as_of },
            lang,
        )),
    }
}

/// A validation problem in words.
pub fn problem_words(p: Problem, lang: Lang) -> String {
    use Lang::{En, Zh};
    match p {
        Problem::Negative => lang.pick("不能为负数", "cannot be negative").to_string(),
        Problem::Zero => lang.pick("不能为零", "cannot be zero").to_string(),
        Problem::ImpossibleYear { year } => match lang {
            Zh => format!("年份 {year} 不合理"),
            En => format!("year {year} is not plausible"),
        },
        Problem::PercentOutOfRange { min, max } => match lang {
            Zh => format!("百分比应在 {min}% 到 {max}% 之间"),
            En => format!("percentage must be between {min}% and {max}%"),
        },
        Problem::TooLarge => lang
            .pick(
                "金额过大(单位应为元), 请检查",
                "amount too large (the unit is yuan): please check",
            )
            .to_string(),
        Problem::LevelMissing => lang
            .pick(
                "请填写认定级别(国家级、省级、市级)",
                "give the recognition level (national, provincial, municipal)",
            )
            .to_string(),
        Problem::TooMany { max } => match lang {
            Zh => format!("最多 {max} 项"),
            En => format!("at most {max} entries"),
        },
        Problem::TooLong { max } => match lang {
            Zh => format!("文字最多 {max} 个字"),
            En => format!("text of at most {max} characters"),
        },
    }
}

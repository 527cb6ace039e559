//! What the engine returns: one outcome per rule (and per year or matter where
//! a rule pays more than once), totals, and the context banners.
//!
//! Outcomes are data, not prose: they name the rule, the figures used and the
//! steps of the arithmetic as typed values, so evaluation allocates little and
//! the same outcome renders in Chinese or English ([`crate::explain`]).

use crate::answers::{Activity, Industry, Level, Location, Question, RecognitionKind, Sector};
use crate::date::Date;
use crate::policy::{Bound, TrackCash};
use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Every rule of the catalogue (`shared/policy/RULES.md`). Serialises as its
/// code ("F3", "D7") so JSON readers see the ids RULES.md uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RuleId {
    /// 服务型制造示范奖励
    F1,
    /// 工业设计奖励
    F2,
    /// 生产性服务业营收首超
    F3,
    /// 批零贸易营收首超
    F4,
    /// 营收增速奖励
    F5,
    /// 跨境电商平台补助
    F6,
    /// 研发费用加计扣除
    T1,
    /// 技术先进型服务企业税率
    T2,
    /// 制造业服务化融资
    M1,
    /// 中长期融资
    M2,
    /// 混合用地
    L1,
    /// 分立子公司过渡期
    L2,
    /// 上楼
    L3,
    /// 试点区域供地
    L4,
    /// 主辅分离手续
    S1,
    /// 主辅分离数据并入
    S2,
    /// 亩均增加值
    B1,
    /// 亩均税收
    B2,
    /// 劳动生产率
    B3,
    /// Demonstration track 二 item n (1..=13).
    D(u8),
}

impl RuleId {
    /// The rules with a fixed id, in catalogue order (tracks are `D(1..=13)`).
    pub const FIXED: [RuleId; 19] = [
        RuleId::F1,
        RuleId::F2,
        RuleId::F3,
        RuleId::F4,
        RuleId::F5,
        RuleId::F6,
        RuleId::T1,
        RuleId::T2,
        RuleId::M1,
        RuleId::M2,
        RuleId::L1,
        RuleId::L2,
        RuleId::L3,
        RuleId::L4,
        RuleId::S1,
        RuleId::S2,
        RuleId::B1,
        RuleId::B2,
        RuleId::B3,
    ];

    /// The id as RULES.md writes it ("F1", "D13"); "D?" for a track number
    /// no pack has.
    pub const fn code(self) -> &'static str {
        const D: [&str; 14] = [
            "D?", "D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "D9", "D10", "D11", "D12", "D13",
        ];
        match self {
            RuleId::F1 => "F1",
            RuleId::F2 => "F2",
            RuleId::F3 => "F3",
            RuleId::F4 => "F4",
            RuleId::F5 => "F5",
            RuleId::F6 => "F6",
            RuleId::T1 => "T1",
            RuleId::T2 => "T2",
            RuleId::M1 => "M1",
            RuleId::M2 => "M2",
            RuleId::L1 => "L1",
            RuleId::L2 => "L2",
            RuleId::L3 => "L3",
            RuleId::L4 => "L4",
            RuleId::S1 => "S1",
            RuleId::S2 => "S2",
            RuleId::B1 => "B1",
            RuleId::B2 => "B2",
            RuleId::B3 => "B3",
            RuleId::D(n) if n >= 1 && n <= 13 => D[n as usize],
            RuleId::D(_) => D[0],
        }
    }

    /// Parses a code as [`RuleId::code`] writes it.
    pub fn from_code(code: &str) -> Option<RuleId> {
        if let Some(rest) = code.strip_prefix('D') {
            return match rest.parse::<u8>() {
                Ok(n) if (1..=13).contains(&n) => Some(RuleId::D(n)),
                _ => None,
            };
        }
        RuleId::FIXED.into_iter().find(|r| r.code() == code)
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for RuleId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

/// Reads a rule's code back ("F3"): the batch worker's requests name rules.
impl<'de> Deserialize<'de> for RuleId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        RuleId::from_code(&code)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown rule {code:?}")))
    }
}

/// How sure an outcome is (RULES.md "Result levels").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutcomeLevel {
    /// The text's conditions are met by the answers, directly.
    Qualifies,
    /// Met, but resting on an interpretation, a county's by-reference
    /// application, or a date outside the window.
    Likely,
    /// A path: met if the enterprise obtains something it has not yet.
    Possible,
    /// A condition fails (named in the outcome's steps).
    NotEligible,
    /// Missing answers decide it (named in `missing`).
    NeedMoreAnswers,
}

/// What an outcome is worth.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutcomeKind {
    /// A cash award or subsidy (三(一)).
    Cash,
    /// An estimated tax saving (三(二)); never added to cash.
    TaxEstimate,
    /// Finance, land or procedural support, no amount.
    NonCash,
    /// A demonstration title worth applying for (二).
    Track,
    /// A per-mu benchmark against the city's 2026 target (一).
    Benchmark,
}

/// Where the assessment date falls relative to the policy's validity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WindowStatus {
    /// Before 施行.
    BeforeInForce,
    /// Inside the validity.
    InForce,
    /// After 有效期: results for reference.
    Expired,
}

/// One result line: a rule applied to the answers (for one year or matter).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    /// The rule applied.
    pub rule: RuleId,
    /// How sure the result is.
    pub level: OutcomeLevel,
    /// Cash, tax, non-cash, track or benchmark.
    pub kind: OutcomeKind,
    /// The data year (or recognition year) this outcome concerns.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    /// Cash or estimated saving in yuan; absent when the outcome has no amount.
    #[serde(skip_serializing_if = "Option::is_none", with = "opt_decimal_str")]
    pub amount_yuan: Option<Decimal>,
    /// The matter's subject for F1/F2 (a platform, a project), when named.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The figures used and the arithmetic, as typed steps.
    pub steps: Vec<Step>,
    /// Why the level is not plain "qualifies", and every interpretation used.
    pub caveats: Vec<Caveat>,
    /// The questions whose answers would decide or sharpen this outcome.
    pub missing: Vec<Question>,
}

/// A figure used or an arithmetic step of an outcome, as data.
///
/// Evaluation records what it compared and computed; [`crate::explain`]
/// turns each step into words in either language. Steps carry only `Copy`
/// values so building them allocates nothing beyond the outcome's vector.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum Step {
    /// The location is outside 嘉兴市: the policy does not cover it.
    OutsideJiaxing,
    /// The answered industry and whether this rule covers it.
    Industry { industry: Industry, covered: bool },
    /// A year's revenue against a threshold ("2025 营收 1.06 亿元 > 1 亿元").
    RevenueVsThreshold {
        year: u16,
        #[serde(with = "decimal_str")]
        revenue: Decimal,
        #[serde(with = "decimal_str")]
        threshold: Decimal,
        bound: Bound,
        passed: bool,
    },
    /// The highest revenue of the earlier years, all at or below the
    /// threshold ("2019-2024 最高 0.93 亿元"): so this is the first time.
    EarlierMax {
        from: u16,
        to: u16,
        #[serde(with = "decimal_str")]
        max: Decimal,
        #[serde(with = "decimal_str")]
        threshold: Decimal,
    },
    /// No earlier year exists in the asked history: first by construction.
    NoEarlierYears { from: u16 },
    /// Lower tiers first passed in the same year, not added (就高不重复).
    LowerTiersNotAdded {
        count: u8,
        #[serde(with = "decimal_str")]
        amount: Decimal,
    },
    /// A data year before the policy could reach it (applied for before it existed).
    DataYearBeforePolicy { year: u16 },
    /// A recognition obtained before the policy could reach it.
    RecognitionBeforePolicy { obtained: Date },
    /// The growth-award window opened by a milestone award of `milestone_year`.
    GrowthWindow {
        milestone_year: u16,
        first: u16,
        last: u16,
    },
    /// Growth of one year over the previous one, exact.
    Growth {
        year: u16,
        #[serde(with = "decimal_str")]
        previous: Decimal,
        #[serde(with = "decimal_str")]
        current: Decimal,
        /// Rounded for display only; the test is exact.
        #[serde(with = "decimal_str")]
        percent: Decimal,
        #[serde(with = "decimal_str")]
        threshold_percent: Decimal,
        bound: Bound,
        passed: bool,
    },
    /// Growth cannot be computed: the previous year is missing (`None`) or zero.
    GrowthUndefined {
        year: u16,
        #[serde(with = "opt_decimal_str")]
        previous: Option<Decimal>,
    },
    /// The revenue a future (or unanswered) year needs for the growth award:
    /// `previous × (100 + threshold)%`, passed under `bound`.
    RevenueNeeded {
        year: u16,
        #[serde(with = "decimal_str")]
        previous: Decimal,
        #[serde(with = "decimal_str")]
        needed: Decimal,
        #[serde(with = "decimal_str")]
        threshold_percent: Decimal,
        bound: Bound,
    },
    /// No revenue-milestone award (F3/F4) opens a growth window.
    NoMilestoneAward,
    /// A recognition the outcome rests on.
    Recognition {
        kind: RecognitionKind,
        level: Option<Level>,
        obtained: Option<Date>,
    },
    /// The award for a level ("省级 → 50 万元").
    LevelAward {
        level: Level,
        #[serde(with = "decimal_str")]
        amount: Decimal,
    },
    /// Another recognition of the same matter, not added (就高不重复).
    SameMatterNotAdded {
        kind: RecognitionKind,
        level: Level,
        #[serde(with = "decimal_str")]
        amount: Decimal,
    },
    /// An award already received for this matter.
    AlreadyReceived {
        #[serde(with = "decimal_str")]
        amount: Decimal,
        year: Option<u16>,
    },
    /// Entitlement minus what was received: the conservative additional amount.
    Additional {
        #[serde(with = "decimal_str")]
        entitlement: Decimal,
        #[serde(with = "decimal_str")]
        received: Decimal,
        #[serde(with = "decimal_str")]
        additional: Decimal,
    },
    /// The enterprise does (or does not) operate the cross-border platform.
    PlatformOperator { operator: bool },
    /// Enterprises served against the threshold.
    Served {
        count: u32,
        threshold: u32,
        bound: Bound,
        passed: bool,
    },
    /// Import/export growth against a tier.
    TradeGrowth {
        #[serde(with = "decimal_str")]
        percent: Decimal,
        #[serde(with = "decimal_str")]
        threshold_percent: Decimal,
        bound: Bound,
        passed: bool,
    },
    /// `base × percent% = result` ("研发升级费用 80 万元 × 70% = 56 万元").
    Share {
        #[serde(with = "decimal_str")]
        base: Decimal,
        #[serde(with = "decimal_str")]
        percent: Decimal,
        #[serde(with = "decimal_str")]
        result: Decimal,
    },
    /// A cap applied after the percentage.
    Cap {
        #[serde(with = "decimal_str")]
        before: Decimal,
        #[serde(with = "decimal_str")]
        cap: Decimal,
        #[serde(with = "decimal_str")]
        after: Decimal,
    },
    /// The amount the outcome is worth ("→ 50 万元").
    Award {
        #[serde(with = "decimal_str")]
        amount: Decimal,
    },
    /// R&D cost × extra deduction × tax rate = estimated saving (T1).
    RdSaving {
        #[serde(with = "decimal_str")]
        cost: Decimal,
        #[serde(with = "decimal_str")]
        extra_percent: Decimal,
        #[serde(with = "decimal_str")]
        rate_percent: Decimal,
        #[serde(with = "decimal_str")]
        saving: Decimal,
    },
    /// Taxable income × (standard − reduced rate) = estimated saving (T2).
    RateCut {
        #[serde(with = "decimal_str")]
        income: Decimal,
        #[serde(with = "decimal_str")]
        from_percent: Decimal,
        #[serde(with = "decimal_str")]
        to_percent: Decimal,
        #[serde(with = "decimal_str")]
        saving: Decimal,
    },
    /// The extra deduction is more than the taxable income: only the income
    /// (none in a loss year) is relieved this year (T1).
    DeductionLimited {
        #[serde(with = "decimal_str")]
        deduction: Decimal,
        #[serde(with = "decimal_str")]
        income: Decimal,
    },
    /// A 高新技术企业 already pays the reduced rate without this certification (T2).
    HighTechRate {
        #[serde(with = "decimal_str")]
        percent: Decimal,
    },
    /// Whether the enterprise is a certified 技术先进型服务企业.
    Certified { certified: bool },
    /// A per-mu figure against the city's target.
    PerMu {
        metric: Metric,
        #[serde(with = "decimal_str")]
        total: Decimal,
        #[serde(with = "decimal_str")]
        land_mu: Decimal,
        #[serde(with = "decimal_str")]
        value: Decimal,
        #[serde(with = "opt_decimal_str")]
        target: Option<Decimal>,
        passed: Option<bool>,
        /// With the separated company's figures merged in (S2).
        merged: bool,
    },
    /// Value added per employee against the target (B3).
    PerEmployee {
        #[serde(with = "decimal_str")]
        total: Decimal,
        employees: u32,
        #[serde(with = "decimal_str")]
        value: Decimal,
        #[serde(with = "decimal_str")]
        target: Decimal,
        passed: bool,
    },
    /// Parent + separated company = merged figure (S2).
    Merged {
        metric: Metric,
        #[serde(with = "decimal_str")]
        parent: Decimal,
        #[serde(with = "decimal_str")]
        new_company: Decimal,
        #[serde(with = "decimal_str")]
        merged: Decimal,
    },
    /// A yes/no fact from the answers that decides a qualitative support.
    Fact { fact: Fact, holds: bool },
    /// Why a demonstration track matches this enterprise.
    TrackMatch { by: TrackReason },
    /// The enterprise already holds this title.
    TitleHeld {
        level: Option<Level>,
        obtained: Option<Date>,
    },
    /// Which cash rule the title would lead to.
    TrackCash { cash: TrackCash },
}

/// What a per-mu or merged figure measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    /// 工业增加值
    ValueAdded,
    /// 税收
    Tax,
    /// 营业收入
    Revenue,
}

/// Yes/no facts the qualitative rules rest on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Fact {
    /// 制造业企业
    Manufacturer,
    /// 服务型制造 (holds a service-oriented manufacturing recognition or title)
    ServiceOrientedManufacturer,
    /// 现代服务业企业 (producer services)
    ModernServiceEnterprise,
    /// 两业融合服务商 (runs a 二(二) service activity)
    FusionServiceProvider,
    /// 标杆企业 (benchmark factory or recognition)
    BenchmarkEnterprise,
    /// 主辅分离已完成
    SeparationDone,
    /// 主辅分离计划中
    SeparationPlanned,
    /// 本企业为主辅分离新设的服务企业
    SpunOffCompany,
    /// 新设公司不新增用地
    NoNewLand,
    /// 在母公司自有用地上经营
    OnParentLand,
    /// 自有用地混合布置计划
    MixedUsePlan,
    /// 利用原有土地建设物流、仓储
    LogisticsOnExistingLand,
    /// 位于两业融合试点区域
    InPilotArea,
}

/// Why a demonstration track matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum TrackReason {
    Activity(Activity),
    Sector(Sector),
    Industry(Industry),
}

/// A reading of the text the outcome rests on (RULES.md marks each).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Interpretation {
    /// The municipal titles of 二(一)1-5 are read as 市级服务型制造示范 (F1 20万).
    MunicipalTitleAsServiceManufacturing,
    /// Each revenue tier is its own first-time milestone, so a later year
    /// crossing a higher tier earns that tier's award.
    PerTierMilestones,
    /// A year at or below 15% growth earns nothing but does not end the
    /// three-year growth window.
    LowGrowthYearKeepsWindow,
    /// Annual awards are applied for in the year after the data year (a
    /// working assumption of the whole tool; it does not lower the level).
    /// Attached to an outcome only where reading it otherwise (applied for
    /// in the data year itself) would change it.
    AnnualApplicationNextYear,
    /// 从获奖次年开始: the growth years start with the data year after the
    /// milestone's data year. It follows from the working assumption (the
    /// milestone award is won the year after its data year, and the next
    /// round is for the next data year), so like it, it does not lower the level.
    GrowthFromDataYearAfterMilestone,
    /// Recognitions count when obtained while the policy is in force: one
    /// from long before it is not rewarded by it.
    RecognitionsCountInWindow,
    /// A data year whose award would have been applied for before the policy
    /// came into force is not rewarded by it.
    DataYearsBeforePolicyNotPaid,
}

impl Interpretation {
    /// Whether this reading is what a refusal rests on (read the other way,
    /// the outcome would pay).
    pub const fn explains_refusal(self) -> bool {
        matches!(
            self,
            Interpretation::RecognitionsCountInWindow
                | Interpretation::DataYearsBeforePolicyNotPaid
        )
    }

    /// Whether resting on this reading keeps an outcome from "qualifies".
    pub const fn lowers_level(self) -> bool {
        !matches!(
            self,
            Interpretation::AnnualApplicationNextYear
                | Interpretation::GrowthFromDataYearAfterMilestone
        )
    }
}

/// A condition a support's sentence states that no answer can settle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    /// M1: 鼓励有条件的制造业企业 — the text does not say which conditions.
    CapableManufacturer,
    /// L1: 在符合国土空间规划的前提下 — the plan decides, not the enterprise.
    SpatialPlan,
}

/// Why an outcome is not plain "qualifies", or what else the reader must know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "caveat", rename_all = "snake_case")]
pub enum Caveat {
    /// A county that applies the policy by reference: its own rules decide.
    ByReference { location: Location },
    /// A recognition obtained before the policy came into force.
    RecognitionBeforeInForce { obtained: Date },
    /// A recognition obtained after the policy expired: a successor decides.
    RecognitionAfterExpiry { obtained: Date },
    /// A data year applied for after expiry (2026): depends on the successor policy.
    DataYearAfterExpiry { year: u16 },
    /// The assessment date is before the policy came into force.
    AssessedBeforeInForce { as_of: Date },
    /// The assessment date is after expiry: results are for reference.
    AssessedAfterExpiry { as_of: Date },
    /// A reading of the text, stated so the user can check it.
    Interpretation { interpretation: Interpretation },
    /// An award for the same matter was already received: the bureau decides
    /// between topping up to the highest and paying nothing more.
    AlreadyReceived {
        #[serde(with = "decimal_str")]
        amount: Decimal,
    },
    /// A growth award resting on a milestone award that is itself not certain.
    RestsOnMilestone { year: u16 },
    /// A figure for a year not yet ended on the assessment date: a forecast,
    /// so the outcome is at best "possible".
    Forecast { year: u16 },
    /// A condition the text states that the answers cannot show.
    StatedCondition { condition: Condition },
    /// The income-tax rate is unknown: the estimate assumes the standard rate.
    RateAssumed {
        #[serde(with = "decimal_str")]
        percent: Decimal,
    },
    /// A tax estimate: national rules decide the detail; never cash.
    TaxEstimate,
    /// The city's targets are for 规上 enterprises; shown for comparison.
    NotAboveScale,
    /// Every cash figure is subject to the annual budget (五).
    SubjectToBudget,
    /// The same matter gets its highest award once (就高不重复, 五).
    HighestOnce,
}

impl Caveat {
    /// Whether this caveat keeps an outcome that is met from "qualifies".
    pub const fn lowers_level(&self) -> bool {
        match self {
            Caveat::Interpretation { interpretation } => interpretation.lowers_level(),
            Caveat::TaxEstimate
            | Caveat::RateAssumed { .. }
            | Caveat::NotAboveScale
            | Caveat::SubjectToBudget
            | Caveat::HighestOnce => false,
            _ => true,
        }
    }
}

/// Totals the result panel and the summary show. Cash and tax never mix.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Totals {
    #[serde(with = "decimal_str")]
    pub cash_qualifies_yuan: Decimal,
    #[serde(with = "decimal_str")]
    pub cash_likely_yuan: Decimal,
    /// (data year, qualifies, likely), ascending by year; outcomes without a
    /// year are grouped under no year and only in the overall totals.
    pub cash_by_year: Vec<YearTotal>,
    /// (rule, qualifies, likely) for cash rules that pay anything.
    pub cash_by_rule: Vec<RuleTotal>,
    /// Sum of tax-saving estimates (qualifies + likely), apart from cash.
    #[serde(with = "decimal_str")]
    pub tax_estimate_yuan: Decimal,
    /// Tax savings shown as a path ("possible"), e.g. T2 before certification.
    #[serde(with = "decimal_str")]
    pub tax_possible_yuan: Decimal,
    /// Rules of the non-cash supports that apply (qualifies or likely).
    pub non_cash: Vec<RuleId>,
}

/// Cash of one data (or recognition) year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct YearTotal {
    pub year: u16,
    #[serde(with = "decimal_str")]
    pub qualifies_yuan: Decimal,
    #[serde(with = "decimal_str")]
    pub likely_yuan: Decimal,
}

/// Cash of one rule.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RuleTotal {
    pub rule: RuleId,
    #[serde(with = "decimal_str")]
    pub qualifies_yuan: Decimal,
    #[serde(with = "decimal_str")]
    pub likely_yuan: Decimal,
}

/// The engine's answer for one enterprise.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    pub pack_id: &'static str,
    pub pack_version: &'static str,
    /// The date assessed (the answers' date, or the caller's today).
    pub as_of: Date,
    pub window: WindowStatus,
    /// Set when the location is a county that applies the policy by reference.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub by_reference: Option<Location>,
    pub outcomes: Vec<Outcome>,
    pub totals: Totals,
    /// What holds for every result (annual application, budget, 就高不重复):
    /// stated once, never a reason to lower a level.
    pub notes: Vec<Caveat>,
}

/// Decimals as strings in JSON ("500000.00"), so no reader turns money into
/// floats. Trailing zeros past two places are dropped, significant digits never.
pub(crate) mod decimal_str {
    use rust_decimal::Decimal;
    use serde::Serializer;
    pub fn serialize<S: Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&super::two_places(*d))
    }
}

pub(crate) mod opt_decimal_str {
    use rust_decimal::Decimal;
    use serde::Serializer;
    pub fn serialize<S: Serializer>(d: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.collect_str(&super::two_places(*d)),
            None => s.serialize_none(),
        }
    }
}

/// At least two decimal places (money style), more only when they carry digits.
pub(crate) fn two_places(d: Decimal) -> Decimal {
    let mut n = d.normalize();
    if n.scale() < 2 {
        n.rescale(2);
    }
    n
}

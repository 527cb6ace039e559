//! Policy packs: everything a policy says, as data.
//!
//! Amounts, thresholds, tiers, dates, article numbers, quoted sentences and
//! responsible bureaus live in a [`PolicyPack`], never in the rule code, so a
//! county variant or a successor policy is a new data file beside
//! [`jiaxing_2024_14`], not new logic. Every value is `const`-constructible so
//! a pack is a plain `static` with no start-up cost in the browser.

mod jiaxing_2024_14;
mod jiaxing_2024_14_sentences;

pub use jiaxing_2024_14::JIAXING_2024_14;

use crate::answers::{Activity, Industry, Level, Location, RecognitionKind, Sector};
use crate::assessment::RuleId;
use crate::date::Date;
use rust_decimal::Decimal;
use serde::Serialize;

/// Whole yuan as a `const` [`Decimal`], so pack data reads as plain numbers.
pub const fn yuan(amount: u32) -> Decimal {
    Decimal::from_parts(amount, 0, 0, false, 0)
}

/// Yuan beyond `u32` (亿-scale thresholds), still `const`.
pub const fn yuan_big(amount: u64) -> Decimal {
    Decimal::from_parts(amount as u32, (amount >> 32) as u32, 0, false, 0)
}

/// A whole percentage (15 for 15%).
pub const fn percent(p: u32) -> Decimal {
    Decimal::from_parts(p, 0, 0, false, 0)
}

/// How a threshold word of the text compares. Chinese legal usage (民法典
/// 第一千二百五十九条): 以上/达到 include the number, 超过 excludes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// 超过: strictly greater.
    Exceeds,
    /// 以上 / 达到: greater or equal.
    AtLeast,
}

impl Bound {
    /// Whether `value` passes `threshold` under this word.
    pub fn test(self, value: Decimal, threshold: Decimal) -> bool {
        match self {
            Bound::Exceeds => value > threshold,
            Bound::AtLeast => value >= threshold,
        }
    }
}

/// Where a rule comes from: article, the exact sentence, and who to call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Citation {
    /// Article reference as the text numbers it, e.g. "三(一)".
    pub article: &'static str,
    /// The sentence the rule rests on, verbatim from the source.
    pub quote: &'static str,
    /// 责任单位, lead bureau first, as the text lists them.
    pub bureaus: &'static [&'static str],
    /// The text names no 责任单位 for this article: `bureaus` is inferred
    /// (推定) and shown as such.
    pub bureaus_inferred: bool,
}

/// Awards by recognition level (F1, F2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LevelAwards {
    /// 国家级 award.
    pub national: Decimal,
    /// 省级 award.
    pub provincial: Decimal,
    /// 市级 award.
    pub municipal: Decimal,
    /// Where the rule comes from.
    pub citation: Citation,
}

/// One first-time revenue milestone: revenue `bound` `threshold` → `award`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Milestone {
    /// Revenue the year must pass, in yuan.
    pub threshold: Decimal,
    /// The award for passing it, in yuan.
    pub award: Decimal,
}

/// First-time revenue milestones (F3, F4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Milestones {
    /// The industries the sentence names.
    pub industries: &'static [Industry],
    /// Highest threshold first.
    pub tiers: &'static [Milestone],
    /// The word before the thresholds (首次超过 → [`Bound::Exceeds`]).
    pub bound: Bound,
    /// Where the rule comes from.
    pub citation: Citation,
}

/// The growth award after a milestone award (F5).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GrowthAward {
    /// Growth threshold in percent (增速超过15% → 15, [`Bound::Exceeds`]).
    pub threshold_percent: Decimal,
    /// The word before the threshold (超过).
    pub bound: Bound,
    /// The award per qualifying year, in yuan.
    pub award: Decimal,
    /// How many data years after the milestone's data year (连续奖励三年).
    pub years: u16,
    /// Where the rule comes from.
    pub citation: Citation,
}

/// One subsidy tier of F6: trade growth `bound` `growth_percent` → `rate_percent` of cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SubsidyTier {
    /// Trade growth the tier needs, in percent.
    pub growth_percent: Decimal,
    /// Share of the upgrade cost paid, in percent.
    pub rate_percent: Decimal,
}

/// The cross-border e-commerce platform subsidy (F6).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlatformSubsidy {
    /// 服务企业超过300家.
    pub served_threshold: u32,
    /// 超过 → [`Bound::Exceeds`].
    pub served_bound: Bound,
    /// Highest growth first.
    pub tiers: &'static [SubsidyTier],
    /// 增速达到...以上 → [`Bound::AtLeast`].
    pub growth_bound: Bound,
    /// 最高不超过60万元, applied after the percentage.
    pub cap: Decimal,
    /// Where the rule comes from.
    pub citation: Citation,
}

/// R&D super-deduction (T1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RdDeduction {
    /// 按照100%比例加计扣除.
    pub extra_deduction_percent: Decimal,
    /// Where the rule comes from.
    pub citation: Citation,
}

/// Reduced income-tax rate for certified technology-advanced service enterprises (T2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReducedRate {
    /// The standard income-tax rate (25%).
    pub standard_rate_percent: Decimal,
    /// The reduced rate once certified (15%).
    pub reduced_rate_percent: Decimal,
    /// Where the rule comes from.
    pub citation: Citation,
}

/// The city's 2026 per-mu and per-employee targets (B1-B3), in yuan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Benchmarks {
    /// 规上亩均工业增加值 (yuan per 亩).
    pub value_added_per_mu: Decimal,
    /// 规上亩均工业税收 (yuan per 亩).
    pub tax_per_mu: Decimal,
    /// 规上工业全员劳动生产率 (yuan per person).
    pub value_added_per_employee: Decimal,
    /// The year the targets are for (到2026年).
    pub target_year: u16,
    /// Every target reads 达到…以上 / 达到: inclusive.
    pub bound: Bound,
    /// Where the rule comes from.
    pub citation: Citation,
}

/// Which cash rule a demonstration title would trigger, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TrackCash {
    /// 二(一)1-5: read as 市级服务型制造示范 → F1 municipal (an interpretation).
    ServiceManufacturingByInterpretation,
    /// 二(二)7-10: no money in the text; F1 only if also recognised as 服务型制造示范.
    OnlyIfServiceManufacturing,
    /// 二(三)13: 省级以上 两业融合 / 服务型制造 / 工业设计中心 recognitions → F1 or F2.
    ServiceManufacturingOrDesign,
    /// No cash rule names this title.
    None,
}

impl TrackCash {
    /// The cash rules the title may lead to.
    pub const fn rules(self) -> &'static [RuleId] {
        match self {
            TrackCash::ServiceManufacturingByInterpretation
            | TrackCash::OnlyIfServiceManufacturing => &[RuleId::F1],
            TrackCash::ServiceManufacturingOrDesign => &[RuleId::F1, RuleId::F2],
            TrackCash::None => &[],
        }
    }
}

/// What kind of enterprise a track's title marks, as 三(三) names them
/// ("服务型制造企业、现代服务业企业、两业融合服务商和标杆企业").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TrackGroup {
    /// 二(一): service-oriented manufacturing models.
    ServiceManufacturing,
    /// 二(二) and 二(三)12: 两业融合 service providers.
    ServiceProvider,
    /// 二(三)11: demonstration areas (platforms, parks).
    Area,
    /// 二(三)13: benchmark enterprises.
    Benchmark,
}

/// A demonstration track of 二 重点任务: a title worth applying for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Track {
    /// Item number in 二 (1..=13).
    pub item: u8,
    /// The title as the text names it.
    pub title: &'static str,
    /// 每年培育...家以上, when the text gives a count.
    pub yearly_count: Option<u16>,
    /// The recognition kind that holding this title is recorded as.
    pub recognition: Option<RecognitionKind>,
    /// The level the title names (市级, 省级), when it names one.
    pub level: Option<Level>,
    /// What kind of enterprise the title marks.
    pub group: TrackGroup,
    /// Matches an enterprise running any of these activities.
    pub activities: &'static [Activity],
    /// Matches a manufacturer in any of these sectors (重点围绕...行业).
    pub sectors: &'static [Sector],
    /// Matches any enterprise of these industries.
    pub industries: &'static [Industry],
    /// Which cash rule a recognition would trigger.
    pub cash: TrackCash,
    /// Where the rule comes from.
    pub citation: Citation,
}

/// Citations of the qualitative supports (finance, land, separation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Supports {
    /// 三(三) financing for manufacturers moving into services.
    pub m1: Citation,
    /// 三(三) banks' mid/long-term financing.
    pub m2: Citation,
    /// 三(四) mixed use of own land.
    pub l1: Citation,
    /// 三(四) spun-off subsidiaries' land transition.
    pub l2: Citation,
    /// 三(四) logistics and warehousing on existing land.
    pub l3: Citation,
    /// 三(四) pilot areas' land supply.
    pub l4: Citation,
    /// 四(三) procedures after a separation.
    pub s1: Citation,
    /// 四(三) merging the new company's figures.
    pub s2: Citation,
}

/// When the policy applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Validity {
    /// 自...起正式施行.
    pub in_force_from: Date,
    /// 有效期至.
    pub in_force_until: Date,
    /// Annual awards are applied for this many years after the data year
    /// (a working assumption of the tool, RULES.md "Time").
    pub application_lag_years: u16,
    /// The earliest revenue year the interview asks for; "first time" is
    /// checked from here on.
    pub history_from: u16,
    /// Where the rule comes from.
    pub citation: Citation,
}

/// Who the policy covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scope {
    /// Districts and platforms that apply it directly.
    pub direct: &'static [Location],
    /// Counties that apply it by reference (各县(市)参照执行).
    pub by_reference: &'static [Location],
    /// Locations that are themselves a 两业融合 pilot area (L4).
    pub pilot_areas: &'static [Location],
}

/// What the tool does with one sentence of the policy text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SentenceUse {
    /// Rules, demonstration tracks (`D(n)`) or supports that implement it.
    Rules(&'static [RuleId]),
    /// It shapes the whole tool (validity, scope, stacking, funding), as said.
    Tool(&'static str),
    /// A heading of the text.
    Heading,
    /// It addresses no enterprise, for the reason given.
    NotForEnterprises(&'static str),
}

/// One sentence of the text, by a clause that identifies it, and its use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SentenceMap {
    /// Verbatim from the sentence (the whole sentence or a clause of it).
    pub clause: &'static str,
    /// What the tool does with it.
    pub used: SentenceUse,
}

/// One policy, as data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PolicyPack {
    /// Stable id for saved results ("jiaxing-2024-14").
    pub id: &'static str,
    /// Version of this data file; bump on any change to figures or text.
    pub version: &'static str,
    /// The title as published.
    pub title: &'static str,
    /// 文号.
    pub document_number: &'static str,
    /// 规范性文件统一编号.
    pub unified_number: &'static str,
    /// Who issued it.
    pub issuer: &'static str,
    /// 成文日期.
    pub written: Date,
    /// 发布日期.
    pub published: Date,
    /// When it applies.
    pub validity: Validity,
    /// Where it applies.
    pub scope: Scope,
    /// 就高不重复.
    pub stacking: Citation,
    /// 资金列入每年财政预算.
    pub funding: Citation,
    /// 各县(市)参照执行.
    pub by_reference: Citation,
    /// F1 服务型制造示范.
    pub f1: LevelAwards,
    /// F2 工业设计.
    pub f2: LevelAwards,
    /// F3 生产性服务业营收首超.
    pub f3: Milestones,
    /// F4 批零贸易营收首超.
    pub f4: Milestones,
    /// F5 增速奖励.
    pub f5: GrowthAward,
    /// F6 跨境电商平台补助.
    pub f6: PlatformSubsidy,
    /// T1 研发费用加计扣除.
    pub t1: RdDeduction,
    /// T2 技术先进型服务企业.
    pub t2: ReducedRate,
    /// M, L and S: the qualitative supports.
    pub supports: Supports,
    /// B1-B3: the 2026 targets.
    pub benchmarks: Benchmarks,
    /// The thirteen items of 二, in order.
    pub tracks: &'static [Track],
    /// Every sentence of the text and what the tool does with it.
    pub sentences: &'static [SentenceMap],
}

impl PolicyPack {
    /// The citation of any rule of the pack (a track's own for `D(n)`).
    pub fn citation(&self, rule: RuleId) -> &Citation {
        match rule {
            RuleId::F1 => &self.f1.citation,
            RuleId::F2 => &self.f2.citation,
            RuleId::F3 => &self.f3.citation,
            RuleId::F4 => &self.f4.citation,
            RuleId::F5 => &self.f5.citation,
            RuleId::F6 => &self.f6.citation,
            RuleId::T1 => &self.t1.citation,
            RuleId::T2 => &self.t2.citation,
            RuleId::M1 => &self.supports.m1,
            RuleId::M2 => &self.supports.m2,
            RuleId::L1 => &self.supports.l1,
            RuleId::L2 => &self.supports.l2,
            RuleId::L3 => &self.supports.l3,
            RuleId::L4 => &self.supports.l4,
            RuleId::S1 => &self.supports.s1,
            RuleId::S2 => &self.supports.s2,
            RuleId::B1 | RuleId::B2 | RuleId::B3 => &self.benchmarks.citation,
            RuleId::D(n) => match self.track(n) {
                Some(t) => &t.citation,
                None => &self.stacking,
            },
        }
    }

    /// The track of item `n` of 二, if the pack has one.
    pub fn track(&self, item: u8) -> Option<&Track> {
        self.tracks.iter().find(|t| t.item == item)
    }

    /// The track whose title is recorded as `kind`, if any.
    pub fn track_of(&self, kind: RecognitionKind) -> Option<&Track> {
        self.tracks.iter().find(|t| t.recognition == Some(kind))
    }

    /// The tracks of one group.
    pub fn tracks_in(&self, group: TrackGroup) -> impl Iterator<Item = &Track> {
        self.tracks.iter().filter(move |t| t.group == group)
    }

    /// Whether `location` applies this policy directly, by reference, or not at all.
    pub fn coverage(&self, location: Location) -> Coverage {
        if self.scope.direct.contains(&location) {
            Coverage::Direct
        } else if self.scope.by_reference.contains(&location) {
            Coverage::ByReference
        } else {
            Coverage::Outside
        }
    }
}

/// How a location is covered by a pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Coverage {
    /// The municipal policy applies as written.
    Direct,
    /// A county applying it by reference: its own rules decide.
    ByReference,
    /// Not covered at all.
    Outside,
}

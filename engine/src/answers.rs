//! What an enterprise tells the tool: the engine's only input.
//!
//! Every field may be absent, and absent is not zero: a missing revenue makes
//! an outcome "need more answers", never "not eligible". Amounts are in yuan
//! (元) as exact decimals; the UI may show 万元 but stores yuan.
//!
//! The shapes are flat and `Default`, so a batch screener can fill one from a
//! CSV row field by field (`Answers { industry: Some(..), ..Default::default() }`).

use crate::date::Date;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The current version of the answers file and share link (see
/// `docs/ANSWERS.md`): 2 added the scenarios beside the answers; version 1
/// documents are read through [`crate::transfer::migrate`].
pub const ANSWERS_SCHEMA_VERSION: u32 = 2;

/// All answers of one enterprise. Unknown fields are refused so a typo in a
/// hand-written file is reported instead of silently ignored.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Answers {
    /// 企业名称 (optional; only shown in the summary).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enterprise_name: Option<String>,
    /// 所在县(市、区): decides direct application or 参照执行.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// 行业类别 by main business.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub industry: Option<Industry>,
    /// 规模以上 (above designated size).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub above_scale: Option<bool>,
    /// 主营业务收入 by calendar (data) year, in yuan.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub revenue_yuan: BTreeMap<u16, Decimal>,
    /// 认定与荣誉 held, with when they were obtained.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub recognitions: Vec<Recognition>,
    /// Awards already received for a matter this policy also rewards.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub awards_received: Vec<AwardReceived>,
    /// Sectors the enterprise works in (matches demonstration tracks).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sectors: Vec<Sector>,
    /// Service activities the enterprise runs or plans (matches tracks).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub activities: Vec<Activity>,
    /// 研发与税收.
    #[serde(skip_serializing_if = "Tax::is_empty")]
    pub tax: Tax,
    /// 跨境电商线上公共综合服务平台 (only its operator answers this).
    #[serde(skip_serializing_if = "CrossBorder::is_empty")]
    pub cross_border: CrossBorder,
    /// 主辅分离.
    #[serde(skip_serializing_if = "Separation::is_empty")]
    pub separation: Separation,
    /// 用地与亩均.
    #[serde(skip_serializing_if = "Land::is_empty")]
    pub land: Land,
    /// The date the assessment is made for; absent means "today" as the
    /// caller passes it to the engine.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assessment_date: Option<Date>,
}

impl Answers {
    /// The date these answers are assessed as of: their own, else `today`.
    pub fn as_of(&self, today: Date) -> Date {
        self.assessment_date.unwrap_or(today)
    }
}

/// Where the enterprise is registered. Districts and municipal platforms
/// apply the policy directly; the five counties (市) apply it by reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Location {
    /// 南湖区
    Nanhu,
    /// 秀洲区
    Xiuzhou,
    /// 嘉兴经济技术开发区
    EconomicDevelopmentZone,
    /// 嘉兴港区
    PortArea,
    /// 其他市级平台 (e.g. 嘉兴科技城)
    OtherMunicipalPlatform,
    /// 嘉善县
    Jiashan,
    /// 平湖市
    Pinghu,
    /// 海宁市 (also the national 两业融合 pilot area)
    Haining,
    /// 海盐县
    Haiyan,
    /// 桐乡市
    Tongxiang,
    /// 嘉兴市以外
    OutsideJiaxing,
}

impl Location {
    /// Every location, in the order a form lists them.
    pub const ALL: [Location; 11] = [
        Location::Nanhu,
        Location::Xiuzhou,
        Location::EconomicDevelopmentZone,
        Location::PortArea,
        Location::OtherMunicipalPlatform,
        Location::Jiashan,
        Location::Pinghu,
        Location::Haining,
        Location::Haiyan,
        Location::Tongxiang,
        Location::OutsideJiaxing,
    ];
}

/// Industry class by main business, as the awards of 三(一) distinguish them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Industry {
    /// 制造业
    Manufacturing,
    /// 生产性服务业: 科技信息
    TechInformation,
    /// 生产性服务业: 物流运输
    Logistics,
    /// 生产性服务业: 商务服务
    BusinessServices,
    /// 批发零售贸易
    WholesaleRetail,
    /// 其他
    Other,
}

impl Industry {
    /// Every industry, in the order a form lists them.
    pub const ALL: [Industry; 6] = [
        Industry::Manufacturing,
        Industry::TechInformation,
        Industry::Logistics,
        Industry::BusinessServices,
        Industry::WholesaleRetail,
        Industry::Other,
    ];

    /// The three producer-service classes of F3.
    pub const fn is_producer_service(self) -> bool {
        matches!(
            self,
            Industry::TechInformation | Industry::Logistics | Industry::BusinessServices
        )
    }
}

/// Recognition level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// 市级
    Municipal,
    /// 省级
    Provincial,
    /// 国家级
    National,
}

/// What was recognised. The first two are the cash matters of F1 and F2; the
/// municipal titles of 二(一)1-5 and 二(二)6-10 are the demonstration tracks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecognitionKind {
    /// 服务型制造示范企业(平台、项目) — F1
    ServiceManufacturingDemo,
    /// 工业设计企业(中心、研究院) — F2
    IndustrialDesign,
    /// 二(一)1 数字化"设计+营销"示范企业
    DesignMarketingDemo,
    /// 二(一)2 大规模个性化定制示范企业
    MassCustomizationDemo,
    /// 二(一)3 共享制造示范企业(平台)
    SharedManufacturingDemo,
    /// 二(一)4 全生命周期管理示范企业
    LifecycleManagementDemo,
    /// 二(一)5 生产性金融示范企业
    ProductiveFinanceDemo,
    /// 二(二)6 省级工业互联网平台
    IndustrialInternetPlatform,
    /// 二(二)7 供应链管理平台
    SupplyChainPlatform,
    /// 二(二)8 总集成总承包供应商
    TotalIntegrationSupplier,
    /// 二(二)9 节能环保服务机构
    EnergySavingService,
    /// 二(二)10 检验检测服务机构
    TestingService,
    /// 二(三)13 两业融合标杆企业 / 试点
    FusionBenchmark,
    /// 技术先进型服务企业 — T2
    TechAdvancedService,
    /// 高新技术企业
    HighTech,
}

/// One recognition the enterprise holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recognition {
    /// What was recognised.
    pub kind: RecognitionKind,
    /// Absent for kinds without levels (技术先进型服务企业, 高新技术企业).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// When it was obtained (the date on the recognition notice).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub obtained: Option<Date>,
    /// What it covers (the enterprise, a platform, a project). Two
    /// recognitions of one kind with the same subject are one matter
    /// (就高不重复); absent means "the enterprise itself".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
}

/// The matters for which an award may already have been received.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AwardMatter {
    /// F1 服务型制造示范
    ServiceManufacturingDemo,
    /// F2 工业设计
    IndustrialDesign,
    /// F3/F4 营收首次超过
    RevenueMilestone,
    /// F5 营收增速
    RevenueGrowth,
    /// F6 跨境电商平台研发升级
    CrossBorderPlatform,
}

/// An award already received for a matter this policy also rewards.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AwardReceived {
    /// Which matter the award was for.
    pub matter: AwardMatter,
    /// The amount received, in yuan.
    pub amount_yuan: Decimal,
    /// The data or recognition year it was for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    /// The subject, as in [`Recognition::subject`], for F1/F2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// Under which policy (free text, e.g. "嘉政发〔2024〕14号" or a county policy).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<String>,
}

/// Sectors named in 二 重点任务 (each item names the sectors it targets).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    /// 服装箱包
    ApparelLuggage,
    /// 数码产品
    DigitalProducts,
    /// 新能源汽车
    NewEnergyVehicles,
    /// 集成装饰
    IntegratedDecoration,
    /// 机械加工
    Machining,
    /// 时尚产业
    Fashion,
    /// 紧固件
    Fasteners,
    /// 装备制造
    EquipmentManufacturing,
    /// 智能光伏
    SmartPhotovoltaics,
    /// 生物医药
    Biomedicine,
}

/// Service activities named in 二 重点任务.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Activity {
    /// 设计部门 / 工业设计合作, 直播电商数据驱动设计营销
    DesignMarketing,
    /// 大规模个性化定制
    MassCustomization,
    /// 共享制造平台
    SharedManufacturing,
    /// 全生命周期管理服务 (售后运维, 监测诊断, 回收)
    LifecycleServices,
    /// 供应链金融平台 (链主企业)
    SupplyChainFinance,
    /// 软件与工业互联网平台
    IndustrialInternet,
    /// 供应链管理 / 第三方物流外包
    SupplyChainManagement,
    /// 总集成总承包
    TotalIntegration,
    /// 节能环保服务
    EnergySavingServices,
    /// 检验检测
    TestingCertification,
    /// 法律、会计、审计、标准、知识产权、品牌运营
    ProfessionalServices,
    /// 运营产业平台、园区、特色小镇
    ParkOperation,
    /// 灯塔工厂、未来工厂、绿色工厂、专精特新
    BenchmarkFactory,
}

/// 研发与税收 (三(二)).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Tax {
    /// Yearly R&D cost on 两业融合 innovation platforms, technology, products (services).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rd_cost_yuan: Option<Decimal>,
    /// Yearly taxable income (应纳税所得额).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub taxable_income_yuan: Option<Decimal>,
    /// Current enterprise income-tax rate in percent (25, 15, ...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub income_tax_rate_percent: Option<Decimal>,
}

/// 跨境电商线上公共综合服务平台 (F6).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CrossBorder {
    /// Operates the 中国(嘉兴)跨境电子商务综合试验区 online public service platform.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform_operator: Option<bool>,
    /// Enterprises the platform serves.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enterprises_served: Option<u32>,
    /// Import/export growth through the platform, in percent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trade_growth_percent: Option<Decimal>,
    /// R&D/upgrade cost of the platform, in yuan.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upgrade_cost_yuan: Option<Decimal>,
    /// The year of the upgrade and the figures.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
}

/// State of a main/auxiliary separation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SeparationStatus {
    /// No separation.
    None,
    /// Planned.
    Planned,
    /// Done.
    Done,
}

/// 主辅分离 (S1, S2, L2).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Separation {
    /// This enterprise is itself the service company newly set up by a
    /// manufacturer's 主辅分离 (the new company S1 and L2 are for).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spun_off: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    /// None, planned or done (asked of the manufacturer separating).
    pub status: Option<SeparationStatus>,
    /// The new service company uses new land (true) or none (false).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_land: Option<bool>,
    /// It operates on the parent manufacturer's own land.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on_parent_land: Option<bool>,
    /// The new company's yearly revenue, profit and tax, in yuan (for the S2 merge).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_company_revenue_yuan: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    /// The new company's yearly profit (may be a loss).
    pub new_company_profit_yuan: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    /// The new company's yearly tax.
    pub new_company_tax_yuan: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    /// The new company's yearly value added (for the merged 亩均 figures).
    pub new_company_value_added_yuan: Option<Decimal>,
}

/// 用地与亩均 (L1-L4, B1-B3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Land {
    /// Own land in 亩.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub own_land_mu: Option<Decimal>,
    /// Plans mixed industrial/warehousing/R&D/office/commercial use of own land.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mixed_use_plan: Option<bool>,
    /// Plans to build logistics or warehousing on existing land ("上楼").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logistics_on_existing_land: Option<bool>,
    /// Located in a 两业融合 pilot area.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_pilot_area: Option<bool>,
    /// Yearly industrial value added, in yuan (B1, B3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_added_yuan: Option<Decimal>,
    /// Yearly tax paid, in yuan (B2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tax_paid_yuan: Option<Decimal>,
    /// Employees (B3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employees: Option<u32>,
}

macro_rules! all_none {
    ($t:ty, $($f:ident),+) => {
        impl $t {
            /// True when nothing in this group is answered.
            pub fn is_empty(&self) -> bool { $(self.$f.is_none())&&+ }
        }
    };
}
all_none!(
    Tax,
    rd_cost_yuan,
    taxable_income_yuan,
    income_tax_rate_percent
);
all_none!(
    CrossBorder,
    platform_operator,
    enterprises_served,
    trade_growth_percent,
    upgrade_cost_yuan,
    year
);
all_none!(
    Separation,
    spun_off,
    status,
    new_land,
    on_parent_land,
    new_company_revenue_yuan,
    new_company_profit_yuan,
    new_company_tax_yuan,
    new_company_value_added_yuan
);
all_none!(
    Land,
    own_land_mu,
    mixed_use_plan,
    logistics_on_existing_land,
    in_pilot_area,
    value_added_yuan,
    tax_paid_yuan,
    employees
);

/// Every question the interview can ask, named so the engine can say which
/// ones still matter ([`crate::relevance`]) and which would decide an outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Question {
    /// 企业名称
    EnterpriseName,
    /// 所在县(市、区)
    Location,
    /// 行业类别
    Industry,
    /// 规上企业
    AboveScale,
    /// 主营业务收入 of one year.
    Revenue(u16),
    /// 认定与荣誉
    Recognitions,
    /// 已获同一事项奖励
    AwardsReceived,
    /// 细分行业
    Sectors,
    /// 服务业务
    Activities,
    /// 研发费用
    RdCost,
    /// 应纳税所得额
    TaxableIncome,
    /// 所得税税率
    IncomeTaxRate,
    /// 跨境电商平台运营方
    CrossBorderOperator,
    /// 平台服务企业数
    CrossBorderServed,
    /// 进出口额增速
    CrossBorderGrowth,
    /// 研发升级费用
    CrossBorderUpgradeCost,
    /// 升级年度
    CrossBorderYear,
    /// 本企业是否为主辅分离新设的服务企业
    SpunOff,
    /// 主辅分离情况
    SeparationStatus,
    /// 新公司是否新增用地
    SeparationNewLand,
    /// 新公司是否在母公司用地
    SeparationOnParentLand,
    /// 新公司营收、利润、税收
    SeparationNewCompanyFigures,
    /// 自有用地
    OwnLand,
    /// 混合用地计划
    MixedUsePlan,
    /// 原有土地建物流仓储
    LogisticsOnExistingLand,
    /// 试点区域
    InPilotArea,
    /// 工业增加值
    ValueAdded,
    /// 实缴税收
    TaxPaid,
    /// 从业人员
    Employees,
    /// 评估日期
    AssessmentDate,
}

impl Question {
    /// Where this question's answer lives in the answers JSON, for messages
    /// that name the field ("revenue_yuan.2024", "cross_border.enterprises_served").
    pub fn field_path(self) -> String {
        let path = match self {
            Question::EnterpriseName => "enterprise_name",
            Question::Location => "location",
            Question::Industry => "industry",
            Question::AboveScale => "above_scale",
            Question::Revenue(year) => return format!("revenue_yuan.{year}"),
            Question::Recognitions => "recognitions",
            Question::AwardsReceived => "awards_received",
            Question::Sectors => "sectors",
            Question::Activities => "activities",
            Question::RdCost => "tax.rd_cost_yuan",
            Question::TaxableIncome => "tax.taxable_income_yuan",
            Question::IncomeTaxRate => "tax.income_tax_rate_percent",
            Question::CrossBorderOperator => "cross_border.platform_operator",
            Question::CrossBorderServed => "cross_border.enterprises_served",
            Question::CrossBorderGrowth => "cross_border.trade_growth_percent",
            Question::CrossBorderUpgradeCost => "cross_border.upgrade_cost_yuan",
            Question::CrossBorderYear => "cross_border.year",
            Question::SpunOff => "separation.spun_off",
            Question::SeparationStatus => "separation.status",
            Question::SeparationNewLand => "separation.new_land",
            Question::SeparationOnParentLand => "separation.on_parent_land",
            Question::SeparationNewCompanyFigures => "separation.new_company_*_yuan",
            Question::OwnLand => "land.own_land_mu",
            Question::MixedUsePlan => "land.mixed_use_plan",
            Question::LogisticsOnExistingLand => "land.logistics_on_existing_land",
            Question::InPilotArea => "land.in_pilot_area",
            Question::ValueAdded => "land.value_added_yuan",
            Question::TaxPaid => "land.tax_paid_yuan",
            Question::Employees => "land.employees",
            Question::AssessmentDate => "assessment_date",
        };
        path.to_string()
    }
}

/// What is wrong with one answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum Problem {
    /// An amount or count that cannot be negative.
    Negative,
    /// Zero where zero is impossible (land in 亩, employees with value added).
    Zero,
    /// A year outside [`YEAR_MIN`]..=[`YEAR_MAX`].
    ImpossibleYear {
        /// The year given.
        year: u16,
    },
    /// A percentage outside its plausible range (growth above 1000%, below −100%,
    /// a tax rate above 100%).
    PercentOutOfRange {
        /// Lowest accepted, in percent.
        min: i32,
        /// Highest accepted, in percent.
        max: i32,
    },
    /// An amount above [`AMOUNT_MAX_YUAN`]: almost surely a unit slip (元 vs 万元).
    TooLarge,
    /// A recognition of a level-bearing kind without its level.
    LevelMissing,
    /// A list longer than any enterprise needs (a file made to slow the
    /// tool down): at most `max` entries.
    TooMany {
        /// Most entries accepted.
        max: u32,
    },
    /// A typed text longer than any name or subject: at most `max` characters.
    TooLong {
        /// Most characters accepted.
        max: u32,
    },
}

/// One problem with one answer, named by the question it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// The question whose answer is wrong.
    pub question: Question,
    /// What is wrong with it.
    pub problem: Problem,
}

/// Earliest year an answer may name.
pub const YEAR_MIN: u16 = 1950;
/// Latest year an answer may name.
pub const YEAR_MAX: u16 = 2100;
/// Largest plausible amount: 10 万亿元. Keeps every product the rules form
/// far inside `Decimal`'s range, and catches 元/万元 slips.
pub const AMOUNT_MAX_YUAN: Decimal = Decimal::from_parts(0x4E72_A000, 0x0000_0918, 0, false, 0);
/// Highest plausible growth, in percent.
pub const GROWTH_MAX_PERCENT: i32 = 1000;
/// Most recognitions one enterprise lists; real ones hold a handful.
pub const MAX_RECOGNITIONS: u32 = 100;
/// Most awards already received one enterprise lists.
pub const MAX_AWARDS: u32 = 100;
/// Most revenue years: the policy reads a few, history adds a few more.
pub const MAX_REVENUE_YEARS: u32 = 50;
/// Most sectors or activities (each list has a dozen kinds).
pub const MAX_CHOICES: u32 = 50;
/// Most characters of a typed text (name, subject, policy): a registered
/// enterprise name is at most a few dozen characters.
pub const MAX_TEXT_CHARS: u32 = 200;

fn check_amount(
    out: &mut Vec<FieldError>,
    question: Question,
    amount: Option<Decimal>,
    zero_ok: bool,
) {
    let Some(a) = amount else { return };
    let problem = if a.is_sign_negative() && !a.is_zero() {
        Problem::Negative
    } else if a.is_zero() && !zero_ok {
        Problem::Zero
    } else if a > AMOUNT_MAX_YUAN {
        Problem::TooLarge
    } else {
        return;
    };
    out.push(FieldError { question, problem });
}

fn check_year(out: &mut Vec<FieldError>, question: Question, year: u16) {
    if !(YEAR_MIN..=YEAR_MAX).contains(&year) {
        out.push(FieldError {
            question,
            problem: Problem::ImpossibleYear { year },
        });
    }
}

fn check_percent(
    out: &mut Vec<FieldError>,
    question: Question,
    p: Option<Decimal>,
    min: i32,
    max: i32,
) {
    if let Some(p) = p {
        if p < Decimal::from(min) || p > Decimal::from(max) {
            out.push(FieldError {
                question,
                problem: Problem::PercentOutOfRange { min, max },
            });
        }
    }
}

/// `TooMany` when `len` is over `max`: the caller then skips the entries'
/// own checks, so a hostile list costs one message, not one per entry.
fn check_count(out: &mut Vec<FieldError>, question: Question, len: usize, max: u32) -> bool {
    let over = len > max as usize;
    if over {
        out.push(FieldError {
            question,
            problem: Problem::TooMany { max },
        });
    }
    over
}

fn check_text(out: &mut Vec<FieldError>, question: Question, text: Option<&str>) {
    // Counting stops one past the cap: a megabyte of text costs no more.
    let too_long = text.is_some_and(|t| t.chars().nth(MAX_TEXT_CHARS as usize).is_some());
    let problem = Problem::TooLong {
        max: MAX_TEXT_CHARS,
    };
    if too_long && !out.contains(&FieldError { question, problem }) {
        out.push(FieldError { question, problem });
    }
}

/// Checks the answers for values no real enterprise can have, and for lists
/// and texts longer than any enterprise needs (each cap named in its
/// problem). Absent answers are never errors (absent is not zero); the
/// engine evaluates even invalid answers without panicking, but callers
/// should show these first.
pub fn validate(answers: &Answers) -> Vec<FieldError> {
    let mut out = Vec::new();
    check_text(
        &mut out,
        Question::EnterpriseName,
        answers.enterprise_name.as_deref(),
    );
    let years = answers.revenue_yuan.len();
    // The first year names the field of a list too long to check year by year.
    let first = answers
        .revenue_yuan
        .keys()
        .next()
        .copied()
        .unwrap_or(YEAR_MIN);
    if !check_count(&mut out, Question::Revenue(first), years, MAX_REVENUE_YEARS) {
        for (&year, &amount) in &answers.revenue_yuan {
            check_year(&mut out, Question::Revenue(year), year);
            check_amount(&mut out, Question::Revenue(year), Some(amount), true);
        }
    }
    if !check_count(
        &mut out,
        Question::Recognitions,
        answers.recognitions.len(),
        MAX_RECOGNITIONS,
    ) {
        for r in &answers.recognitions {
            if let Some(d) = r.obtained {
                check_year(&mut out, Question::Recognitions, d.year);
            }
            let needs_level = matches!(
                r.kind,
                RecognitionKind::ServiceManufacturingDemo | RecognitionKind::IndustrialDesign
            );
            if needs_level && r.level.is_none() {
                out.push(FieldError {
                    question: Question::Recognitions,
                    problem: Problem::LevelMissing,
                });
            }
            check_text(&mut out, Question::Recognitions, r.subject.as_deref());
        }
    }
    if !check_count(
        &mut out,
        Question::AwardsReceived,
        answers.awards_received.len(),
        MAX_AWARDS,
    ) {
        for a in &answers.awards_received {
            check_amount(
                &mut out,
                Question::AwardsReceived,
                Some(a.amount_yuan),
                true,
            );
            if let Some(y) = a.year {
                check_year(&mut out, Question::AwardsReceived, y);
            }
            check_text(&mut out, Question::AwardsReceived, a.subject.as_deref());
            check_text(&mut out, Question::AwardsReceived, a.policy.as_deref());
        }
    }
    check_count(
        &mut out,
        Question::Sectors,
        answers.sectors.len(),
        MAX_CHOICES,
    );
    check_count(
        &mut out,
        Question::Activities,
        answers.activities.len(),
        MAX_CHOICES,
    );
    let t = &answers.tax;
    check_amount(&mut out, Question::RdCost, t.rd_cost_yuan, true);
    // Taxable income may be negative (a loss); only its size is checked.
    if let Some(i) = t.taxable_income_yuan {
        if i.abs() > AMOUNT_MAX_YUAN {
            out.push(FieldError {
                question: Question::TaxableIncome,
                problem: Problem::TooLarge,
            });
        }
    }
    check_percent(
        &mut out,
        Question::IncomeTaxRate,
        t.income_tax_rate_percent,
        0,
        100,
    );
    let c = &answers.cross_border;
    check_percent(
        &mut out,
        Question::CrossBorderGrowth,
        c.trade_growth_percent,
        -100,
        GROWTH_MAX_PERCENT,
    );
    check_amount(
        &mut out,
        Question::CrossBorderUpgradeCost,
        c.upgrade_cost_yuan,
        true,
    );
    if let Some(y) = c.year {
        check_year(&mut out, Question::CrossBorderYear, y);
    }
    let s = &answers.separation;
    check_amount(
        &mut out,
        Question::SeparationNewCompanyFigures,
        s.new_company_revenue_yuan,
        true,
    );
    // Profit may be a loss; only its size is checked.
    if let Some(p) = s.new_company_profit_yuan {
        if p.abs() > AMOUNT_MAX_YUAN {
            out.push(FieldError {
                question: Question::SeparationNewCompanyFigures,
                problem: Problem::TooLarge,
            });
        }
    }
    for figure in [s.new_company_tax_yuan, s.new_company_value_added_yuan] {
        check_amount(
            &mut out,
            Question::SeparationNewCompanyFigures,
            figure,
            true,
        );
    }
    let l = &answers.land;
    check_amount(&mut out, Question::OwnLand, l.own_land_mu, false);
    check_amount(&mut out, Question::ValueAdded, l.value_added_yuan, true);
    check_amount(&mut out, Question::TaxPaid, l.tax_paid_yuan, true);
    if l.employees == Some(0) && l.value_added_yuan.is_some() {
        out.push(FieldError {
            question: Question::Employees,
            problem: Problem::Zero,
        });
    }
    if let Some(d) = answers.assessment_date {
        check_year(&mut out, Question::AssessmentDate, d.year);
    }
    out
}

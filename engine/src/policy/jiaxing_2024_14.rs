//! 嘉政发〔2024〕14号, as data only.
//!
//! Every figure, date, article and quoted sentence of the policy that the
//! rules use. Nothing here decides anything: the rules in [`crate::rules`]
//! read these values. A county variant or a successor policy is a copy of this
//! file with its own figures. Quotes are verbatim from the published page
//! (`shared/policy/jiaxing-2024-14.source.txt`; a test checks each one).

use super::*;
use crate::answers::{
    Activity as A, Industry as I, Location as L, RecognitionKind as R, Sector as S,
};

const CASH_BUREAUS: &[&str] = &["市经信局", "市发展改革委", "市商务局", "市财政局"];
const TAX_BUREAUS: &[&str] = &["市税务局", "市科技局", "市经信局"];
const FINANCE_BUREAUS: &[&str] = &[
    "市政府办公室",
    "市财政局",
    "市人民银行",
    "国家金融监督管理总局嘉兴监管分局",
];
const LAND_BUREAUS: &[&str] = &["市自然资源和规划局", "市经信局", "市发展改革委"];
/// 四(三) and 一 name no 责任单位; 四(一) makes 市经信局 lead the whole mechanism.
const LEAD_BUREAU: &[&str] = &["市经信局"];
const ECON_DEV: &[&str] = &["市经信局", "市发展改革委"];

const fn date(year: u16, month: u8, day: u8) -> Date {
    Date { year, month, day }
}

/// The policy in force: 嘉兴市推动先进制造业和现代服务业深度融合发展实施方案(2024―2026年).
pub static JIAXING_2024_14: PolicyPack = PolicyPack {
    id: "jiaxing-2024-14",
    version: "2024.1",
    title: "嘉兴市推动先进制造业和现代服务业深度融合发展实施方案(2024―2026年)",
    document_number: "嘉政发〔2024〕14号",
    unified_number: "ZJFC00-2024-0006",
    issuer: "嘉兴市人民政府",
    written: date(2024, 4, 18),
    published: date(2024, 4, 24),
    validity: Validity {
        in_force_from: date(2024, 5, 20),
        in_force_until: date(2026, 12, 31),
        application_lag_years: 1,
        history_from: 2019,
        citation: Citation {
            article: "五",
            quote: "本实施方案自2024年5月20日起正式施行,有效期至2026年12月31日。",
            bureaus: LEAD_BUREAU,
        },
    },
    scope: Scope {
        direct: &[L::Nanhu, L::Xiuzhou, L::EconomicDevelopmentZone, L::PortArea, L::OtherMunicipalPlatform],
        by_reference: &[L::Jiashan, L::Pinghu, L::Haining, L::Haiyan, L::Tongxiang],
        pilot_areas: &[L::Haining],
    },
    stacking: Citation {
        article: "五",
        quote: "已有政策与本通知不一致的,或同一事项满足多个奖补政策的,按照“就高不重复”原则实施。",
        bureaus: CASH_BUREAUS,
    },
    funding: Citation {
        article: "五",
        quote: "落实政策所需资金,列入每年财政预算。",
        bureaus: CASH_BUREAUS,
    },
    by_reference: Citation {
        article: "五",
        quote: "各县(市)参照执行。",
        bureaus: LEAD_BUREAU,
    },
    f1: LevelAwards {
        national: yuan(1_500_000),
        provincial: yuan(500_000),
        municipal: yuan(200_000),
        citation: Citation {
            article: "三(一)",
            quote: "对经认定的国家级、省级、市级服务型制造示范企业(平台、项目),分别给予150万元、50万元、20万元奖励。",
            bureaus: CASH_BUREAUS,
        },
    },
    f2: LevelAwards {
        national: yuan(1_500_000),
        provincial: yuan(500_000),
        municipal: yuan(200_000),
        citation: Citation {
            article: "三(一)",
            quote: "对经认定的国家级、省级、市级工业设计企业(中心、研究院),分别给予150万元、50万元、20万元奖励。",
            bureaus: CASH_BUREAUS,
        },
    },
    f3: Milestones {
        industries: &[I::TechInformation, I::Logistics, I::BusinessServices],
        tiers: &[
            Milestone { threshold: yuan(100_000_000), award: yuan(500_000) },
            Milestone { threshold: yuan(50_000_000), award: yuan(200_000) },
            Milestone { threshold: yuan(20_000_000), award: yuan(100_000) },
        ],
        bound: Bound::Exceeds,
        citation: Citation {
            article: "三(一)",
            quote: "对年主营业务收入首次超过1亿元、5000万元、2000万元的科技信息、物流运输、商务服务类企业,分别给予50万元、20万元、10万元奖励",
            bureaus: CASH_BUREAUS,
        },
    },
    f4: Milestones {
        industries: &[I::WholesaleRetail],
        tiers: &[
            Milestone { threshold: yuan_big(2_000_000_000), award: yuan(500_000) },
            Milestone { threshold: yuan(1_000_000_000), award: yuan(200_000) },
            Milestone { threshold: yuan(500_000_000), award: yuan(100_000) },
        ],
        bound: Bound::Exceeds,
        citation: Citation {
            article: "三(一)",
            quote: "年主营业务收入首次超过20亿元、10亿元、5亿元的批零贸易类企业,分别给予50万元、20万元、10万元奖励。",
            bureaus: CASH_BUREAUS,
        },
    },
    f5: GrowthAward {
        threshold_percent: percent(15),
        bound: Bound::Exceeds,
        award: yuan(100_000),
        years: 3,
        citation: Citation {
            article: "三(一)",
            quote: "从获奖次年开始,对年主营业务收入增速超过15%的企业,给予10万元奖励,连续奖励三年。",
            bureaus: CASH_BUREAUS,
        },
    },
    f6: PlatformSubsidy {
        served_threshold: 300,
        served_bound: Bound::Exceeds,
        tiers: &[
            SubsidyTier { growth_percent: percent(20), rate_percent: percent(100) },
            SubsidyTier { growth_percent: percent(15), rate_percent: percent(70) },
        ],
        growth_bound: Bound::AtLeast,
        cap: yuan(600_000),
        citation: Citation {
            article: "三(一)",
            quote: "加快跨境电子商务综合试验区数字化转型,研发升级线上公共综合服务平台,服务企业超过300家且进出口额增速达到15%、20%以上的,按照其研发升级费用的70%、100%给予补助,最高不超过60万元。",
            bureaus: CASH_BUREAUS,
        },
    },
    t1: RdDeduction {
        extra_deduction_percent: percent(100),
        citation: Citation {
            article: "三(二)",
            quote: "对企业开发两业融合创新平台、新技术、新产品(服务)等研发费用,按照100%比例加计扣除。",
            bureaus: TAX_BUREAUS,
        },
    },
    t2: ReducedRate {
        standard_rate_percent: percent(25),
        reduced_rate_percent: percent(15),
        citation: Citation {
            article: "三(二)",
            quote: "对经认定的技术先进型服务企业,减按15%的税率征收企业所得税。",
            bureaus: TAX_BUREAUS,
        },
    },
    supports: Supports {
        m1: Citation {
            article: "三(三)",
            quote: "鼓励有条件的制造业企业通过债券融资、股权融资、并购重组等多种方式获得服务化转型所需的资金支持,降低融资成本。",
            bureaus: FINANCE_BUREAUS,
        },
        m2: Citation {
            article: "三(三)",
            quote: "鼓励金融机构针对服务型制造企业、现代服务业企业、两业融合服务商和标杆企业的不同特征创新金融服务,高效精准提供适应其生产和建设周期特点的中长期融资。",
            bureaus: FINANCE_BUREAUS,
        },
        l1: Citation {
            article: "三(四)",
            quote: "鼓励企业在符合国土空间规划的前提下,利用自有用地混合布置工业、仓储、研发、办公、商服等用途互利的功能融合业务,土地用途和权利类型可暂不变更。",
            bureaus: LAND_BUREAUS,
        },
        l2: Citation {
            article: "三(四)",
            quote: "对从制造业企业独立出来的服务型制造子公司,在制造业企业自有用地上经营的,可适用按照原用途和土地权利类型使用土地的过渡期政策。",
            bureaus: LAND_BUREAUS,
        },
        l3: Citation {
            article: "三(四)",
            quote: "鼓励高端制造业及相关配套生产性服务业“上楼”,对企业利用原有土地建设物流、仓储等基础设施,在容积率调整、规划许可等方面给予支持。",
            bureaus: LAND_BUREAUS,
        },
        l4: Citation {
            article: "三(四)",
            quote: "鼓励两业融合试点区域探索业态复合、功能混合、弹性灵活的用地出让方式,盘活闲置土地和城镇低效用地,实行长期租赁、先租后让、租让结合等供应方式。",
            bureaus: LAND_BUREAUS,
        },
        s1: Citation {
            article: "四(三)",
            quote: "对实施主辅分离后新设立的服务业企业,在办理市场准入、登记注册、资产变动、资质认证等手续时,给予支持,简化办事手续。",
            bureaus: LEAD_BUREAU,
        },
        s2: Citation {
            article: "四(三)",
            quote: "对实施主辅分离且不新增企业用地的,在企业数据统计、亩均绩效评价等情况时,可将新组建的服务业企业营业收入、利润、税收等并入母公司。",
            bureaus: LEAD_BUREAU,
        },
    },
    benchmarks: Benchmarks {
        value_added_per_mu: yuan(2_500_000),
        tax_per_mu: yuan(410_000),
        value_added_per_employee: yuan(360_000),
        bound: Bound::AtLeast,
        citation: Citation {
            article: "一",
            quote: "规上亩均工业增加值达到250万元/亩以上,规上亩均工业税收达到41万元/亩以上,规上工业全员劳动生产率达到36万元/人",
            bureaus: LEAD_BUREAU,
        },
    },
    tracks: &[
        Track {
            item: 1,
            title: "市级数字化“设计+营销”示范企业",
            yearly_count: Some(10),
            recognition: Some(R::DesignMarketingDemo),
            activities: &[A::DesignMarketing],
            sectors: &[S::ApparelLuggage, S::DigitalProducts],
            industries: &[],
            cash: TrackCash::ServiceManufacturingByInterpretation,
            citation: Citation {
                article: "二(一)1",
                quote: "每年培育市级数字化“设计+营销”示范企业10家以上。",
                bureaus: &["市经信局", "市商务局", "市科技局"],
            },
        },
        Track {
            item: 2,
            title: "市级大规模个性化定制示范企业",
            yearly_count: Some(10),
            recognition: Some(R::MassCustomizationDemo),
            activities: &[A::MassCustomization],
            sectors: &[S::NewEnergyVehicles, S::IntegratedDecoration, S::ApparelLuggage],
            industries: &[],
            cash: TrackCash::ServiceManufacturingByInterpretation,
            citation: Citation {
                article: "二(一)2",
                quote: "每年培育市级大规模个性化定制示范企业10家以上。",
                bureaus: &["市经信局"],
            },
        },
        Track {
            item: 3,
            title: "市级共享制造示范企业(平台)",
            yearly_count: Some(8),
            recognition: Some(R::SharedManufacturingDemo),
            activities: &[A::SharedManufacturing],
            sectors: &[S::Machining, S::Fashion, S::Fasteners],
            industries: &[],
            cash: TrackCash::ServiceManufacturingByInterpretation,
            citation: Citation {
                article: "二(一)3",
                quote: "每年培育市级共享制造示范企业(平台)8家以上。",
                bureaus: &["市经信局", "市发展改革委", "市市场监管局"],
            },
        },
        Track {
            item: 4,
            title: "市级全生命周期管理示范企业",
            yearly_count: Some(8),
            recognition: Some(R::LifecycleManagementDemo),
            activities: &[A::LifecycleServices],
            sectors: &[S::EquipmentManufacturing, S::SmartPhotovoltaics, S::Biomedicine],
            industries: &[],
            cash: TrackCash::ServiceManufacturingByInterpretation,
            citation: Citation {
                article: "二(一)4",
                quote: "每年培育市级全生命周期管理示范企业8家以上。",
                bureaus: ECON_DEV,
            },
        },
        Track {
            item: 5,
            title: "市级生产性金融示范企业",
            yearly_count: Some(5),
            recognition: Some(R::ProductiveFinanceDemo),
            activities: &[A::SupplyChainFinance],
            sectors: &[],
            industries: &[],
            cash: TrackCash::ServiceManufacturingByInterpretation,
            citation: Citation {
                article: "二(一)5",
                quote: "每年培育市级生产性金融示范企业5家以上。",
                bureaus: &["市政府办公室", "市人民银行", "国家金融监督管理总局嘉兴监管分局", "市经信局"],
            },
        },
        Track {
            item: 6,
            title: "省级工业互联网平台",
            yearly_count: Some(10),
            recognition: Some(R::IndustrialInternetPlatform),
            activities: &[A::IndustrialInternet],
            sectors: &[],
            industries: &[],
            cash: TrackCash::None,
            citation: Citation {
                article: "二(二)6",
                quote: "每年创建省级工业互联网平台10家以上。",
                bureaus: &["市经信局", "市发展改革委", "市商务局"],
            },
        },
        Track {
            item: 7,
            title: "市级供应链管理平台",
            yearly_count: Some(10),
            recognition: Some(R::SupplyChainPlatform),
            activities: &[A::SupplyChainManagement],
            sectors: &[],
            industries: &[I::Logistics],
            cash: TrackCash::OnlyIfServiceManufacturing,
            citation: Citation {
                article: "二(二)7",
                quote: "每年培育市级供应链管理平台10家以上。",
                bureaus: &["市商务局", "市发展改革委", "市经信局", "市交通运输局", "市邮政管理局"],
            },
        },
        Track {
            item: 8,
            title: "市级总集成总承包供应商",
            yearly_count: Some(8),
            recognition: Some(R::TotalIntegrationSupplier),
            activities: &[A::TotalIntegration],
            sectors: &[],
            industries: &[],
            cash: TrackCash::OnlyIfServiceManufacturing,
            citation: Citation {
                article: "二(二)8",
                quote: "每年培育市级总集成总承包供应商8家以上。",
                bureaus: ECON_DEV,
            },
        },
        Track {
            item: 9,
            title: "市级节能环保服务机构",
            yearly_count: Some(8),
            recognition: Some(R::EnergySavingService),
            activities: &[A::EnergySavingServices],
            sectors: &[],
            industries: &[],
            cash: TrackCash::OnlyIfServiceManufacturing,
            citation: Citation {
                article: "二(二)9",
                quote: "每年培育市级节能环保服务机构8家以上。",
                bureaus: &["市生态环境局", "市发展改革委", "市经信局"],
            },
        },
        Track {
            item: 10,
            title: "市级检验检测服务机构",
            yearly_count: Some(5),
            recognition: Some(R::TestingService),
            activities: &[A::TestingCertification],
            sectors: &[],
            industries: &[],
            cash: TrackCash::OnlyIfServiceManufacturing,
            citation: Citation {
                article: "二(二)10",
                quote: "每年培育市级检验检测服务机构5家以上。",
                bureaus: &["市市场监管局"],
            },
        },
        Track {
            item: 11,
            title: "两业融合发展示范区域",
            yearly_count: None,
            recognition: None,
            activities: &[A::ParkOperation],
            sectors: &[],
            industries: &[],
            cash: TrackCash::None,
            citation: Citation {
                article: "二(三)11",
                quote: "创建一批产业特征明显、要素资源富集、服务能力强的两业融合发展示范区域。",
                bureaus: ECON_DEV,
            },
        },
        Track {
            item: 12,
            title: "两业融合优质服务商",
            yearly_count: None,
            recognition: None,
            activities: &[A::ProfessionalServices],
            sectors: &[],
            industries: &[I::BusinessServices],
            cash: TrackCash::None,
            citation: Citation {
                article: "二(三)12",
                quote: "推进法律、会计、审计、标准、知识产权、品牌运营等商务服务业做优做强。",
                bureaus: &["市经信局", "市发展改革委", "市商务局", "市司法局", "市市场监管局"],
            },
        },
        Track {
            item: 13,
            title: "两业融合标杆企业",
            yearly_count: None,
            recognition: Some(R::FusionBenchmark),
            activities: &[A::BenchmarkFactory],
            sectors: &[],
            industries: &[],
            cash: TrackCash::ServiceManufacturingOrDesign,
            citation: Citation {
                article: "二(三)13",
                quote: "积极培育一批省级以上两业融合、服务型制造、工业设计中心等试点示范,形成一批带动性强、可复制推广的标杆案例",
                bureaus: ECON_DEV,
            },
        },
    ],
};

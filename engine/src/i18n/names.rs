//! The names of the things an enterprise picks from a list: locations,
//! industries, sectors, activities, recognition levels and kinds. One table,
//! read by the interview's forms ([`Name::label`]), by explanations and the
//! summary's sentences ([`Name::in_text`], [`Name::short`]).
//!
//! Each entry is written once, as a form lists it (English capitalised); the
//! forms that differ are derived (lower-case inside a sentence) or, where the
//! text needs a genuinely shorter name, stored beside it as its short form.

use super::Lang;
use crate::answers::{Activity, Industry, Level, Location, RecognitionKind, Sector};
use std::borrow::Cow;

/// One name in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Name {
    zh: &'static str,
    /// As a form lists it: capitalised.
    en: &'static str,
    /// A shorter form for sentences, where one exists (English as it reads
    /// inside a sentence).
    short: Option<(&'static str, &'static str)>,
    /// A proper name keeps its capital inside a sentence.
    proper: bool,
}

impl Name {
    const fn new(zh: &'static str, en: &'static str) -> Name {
        Name {
            zh,
            en,
            short: None,
            proper: false,
        }
    }

    const fn proper(zh: &'static str, en: &'static str) -> Name {
        Name {
            zh,
            en,
            short: None,
            proper: true,
        }
    }

    const fn or_short(mut self, zh: &'static str, en: &'static str) -> Name {
        self.short = Some((zh, en));
        self
    }

    /// The name as a form lists it ("国家级", "National").
    pub const fn label(self, lang: Lang) -> &'static str {
        lang.pick(self.zh, self.en)
    }

    /// The name inside a sentence ("a national award"): English starts
    /// lower-case unless it is a proper name.
    pub fn in_text(self, lang: Lang) -> Cow<'static, str> {
        let label = self.label(lang);
        if lang == Lang::Zh || self.proper {
            return Cow::Borrowed(label);
        }
        let mut c = label.chars();
        match c.next() {
            Some(first) if first.is_uppercase() => {
                Cow::Owned(first.to_lowercase().chain(c).collect())
            }
            _ => Cow::Borrowed(label),
        }
    }

    /// The short form where one exists (as it reads in a sentence), else
    /// the label.
    pub const fn short(self, lang: Lang) -> &'static str {
        match self.short {
            Some((zh, en)) => lang.pick(zh, en),
            None => self.label(lang),
        }
    }
}

/// A location's name.
pub const fn location(l: Location) -> Name {
    match l {
        Location::Nanhu => Name::proper("南湖区", "Nanhu District"),
        Location::Xiuzhou => Name::proper("秀洲区", "Xiuzhou District"),
        Location::EconomicDevelopmentZone => Name::proper(
            "嘉兴经济技术开发区",
            "Jiaxing Economic and Technological Development Zone",
        ),
        Location::PortArea => Name::proper("嘉兴港区", "Jiaxing Port Area"),
        Location::OtherMunicipalPlatform => Name::proper(
            "其他市级平台(如嘉兴科技城)",
            "Other municipal platform (e.g. Jiaxing Science City)",
        )
        .or_short("其他市级平台", "Other municipal platform"),
        Location::Jiashan => Name::proper("嘉善县", "Jiashan County"),
        Location::Pinghu => Name::proper("平湖市", "Pinghu"),
        Location::Haining => Name::proper("海宁市", "Haining"),
        Location::Haiyan => Name::proper("海盐县", "Haiyan County"),
        Location::Tongxiang => Name::proper("桐乡市", "Tongxiang"),
        Location::OutsideJiaxing => Name::new("嘉兴市以外", "Outside Jiaxing"),
    }
}

/// An industry class's name; the short form is the class alone, as the
/// award sentences name it ("科技信息").
pub const fn industry(i: Industry) -> Name {
    match i {
        Industry::Manufacturing => {
            Name::new("制造业", "Manufacturing").or_short("制造业", "manufacturing")
        }
        Industry::TechInformation => Name::new(
            "生产性服务业:科技信息",
            "Producer services: technology and information",
        )
        .or_short("科技信息", "technology and information services"),
        Industry::Logistics => Name::new(
            "生产性服务业:物流运输",
            "Producer services: logistics and transport",
        )
        .or_short("物流运输", "logistics and transport"),
        Industry::BusinessServices => Name::new(
            "生产性服务业:商务服务",
            "Producer services: business services",
        )
        .or_short("商务服务", "business services"),
        Industry::WholesaleRetail => Name::new("批发零售贸易", "Wholesale and retail trade")
            .or_short("批零贸易", "wholesale and retail trade"),
        Industry::Other => Name::new("其他", "Other").or_short("其他行业", "another industry"),
    }
}

/// A sector's name.
pub const fn sector(s: Sector) -> Name {
    match s {
        Sector::ApparelLuggage => Name::new("服装箱包", "Apparel and luggage"),
        Sector::DigitalProducts => Name::new("数码产品", "Digital products"),
        Sector::NewEnergyVehicles => Name::new("新能源汽车", "New-energy vehicles"),
        Sector::IntegratedDecoration => Name::new("集成装饰", "Integrated decoration"),
        Sector::Machining => Name::new("机械加工", "Machining"),
        Sector::Fashion => Name::new("时尚产业", "Fashion"),
        Sector::Fasteners => Name::new("紧固件", "Fasteners"),
        Sector::EquipmentManufacturing => Name::new("装备制造", "Equipment manufacturing"),
        Sector::SmartPhotovoltaics => Name::new("智能光伏", "Smart photovoltaics"),
        Sector::Biomedicine => Name::new("生物医药", "Biomedicine"),
    }
}

/// A service activity's name.
pub const fn activity(a: Activity) -> Name {
    match a {
        Activity::DesignMarketing => Name::new(
            "工业设计、数据驱动的设计营销",
            "Industrial design, data-driven design and marketing",
        ),
        Activity::MassCustomization => Name::new("大规模个性化定制", "Mass customisation"),
        Activity::SharedManufacturing => Name::new("共享制造平台", "Shared-manufacturing platform"),
        Activity::LifecycleServices => Name::new(
            "全生命周期管理(运维、诊断、回收)",
            "Lifecycle services (maintenance, diagnostics, recycling)",
        ),
        Activity::SupplyChainFinance => Name::new(
            "供应链金融(链主企业)",
            "Supply-chain finance (chain leader)",
        ),
        Activity::IndustrialInternet => Name::new(
            "软件与工业互联网平台",
            "Software and industrial-internet platform",
        ),
        Activity::SupplyChainManagement => Name::new(
            "供应链管理、第三方物流",
            "Supply-chain management, third-party logistics",
        ),
        Activity::TotalIntegration => {
            Name::new("总集成总承包", "Total integration and contracting")
        }
        Activity::EnergySavingServices => {
            Name::new("节能环保服务", "Energy-saving and environmental services")
        }
        Activity::TestingCertification => Name::new("检验检测", "Testing and certification"),
        Activity::ProfessionalServices => Name::new(
            "法律、会计、审计、标准、知识产权、品牌运营",
            "Legal, accounting, audit, standards, IP, brand services",
        ),
        Activity::ParkOperation => Name::new(
            "运营产业平台、园区、特色小镇",
            "Operating an industrial platform, park or town",
        ),
        Activity::BenchmarkFactory => Name::new(
            "灯塔工厂、未来工厂、绿色工厂、专精特新",
            "Lighthouse, future or green factory; specialised SME",
        ),
    }
}

/// A recognition level's name.
pub const fn level(l: Level) -> Name {
    match l {
        Level::National => Name::new("国家级", "National"),
        Level::Provincial => Name::new("省级", "Provincial"),
        Level::Municipal => Name::new("市级", "Municipal"),
    }
}

/// A recognition kind's name.
pub const fn recognition(k: RecognitionKind) -> Name {
    match k {
        RecognitionKind::ServiceManufacturingDemo => Name::new(
            "服务型制造示范企业(平台、项目)",
            "Service-oriented manufacturing demonstration (enterprise, platform, project)",
        ),
        RecognitionKind::IndustrialDesign => Name::new(
            "工业设计企业(中心、研究院)",
            "Industrial design enterprise (centre, institute)",
        ),
        RecognitionKind::DesignMarketingDemo => Name::new(
            "数字化“设计+营销”示范企业",
            "Digital design + marketing demonstration",
        ),
        RecognitionKind::MassCustomizationDemo => Name::new(
            "大规模个性化定制示范企业",
            "Mass customisation demonstration",
        ),
        RecognitionKind::SharedManufacturingDemo => Name::new(
            "共享制造示范企业(平台)",
            "Shared manufacturing demonstration (platform)",
        ),
        RecognitionKind::LifecycleManagementDemo => Name::new(
            "全生命周期管理示范企业",
            "Lifecycle management demonstration",
        ),
        RecognitionKind::ProductiveFinanceDemo => {
            Name::new("生产性金融示范企业", "Productive finance demonstration")
        }
        RecognitionKind::IndustrialInternetPlatform => {
            Name::new("工业互联网平台", "Industrial internet platform")
        }
        RecognitionKind::SupplyChainPlatform => {
            Name::new("供应链管理平台", "Supply-chain management platform")
        }
        RecognitionKind::TotalIntegrationSupplier => Name::new(
            "总集成总承包供应商",
            "Total integration and contracting supplier",
        ),
        RecognitionKind::EnergySavingService => Name::new(
            "节能环保服务机构",
            "Energy-saving and environmental service provider",
        ),
        RecognitionKind::TestingService => {
            Name::new("检验检测服务机构", "Testing and inspection provider")
        }
        RecognitionKind::FusionBenchmark => Name::new(
            "两业融合标杆企业(试点)",
            "Fusion benchmark enterprise (pilot)",
        ),
        RecognitionKind::TechAdvancedService => Name::new(
            "技术先进型服务企业",
            "Technology-advanced service enterprise",
        ),
        RecognitionKind::HighTech => Name::new("高新技术企业", "High-tech enterprise"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_derive_from_one_entry() {
        let n = level(Level::National);
        assert_eq!(n.label(Lang::En), "National");
        assert_eq!(n.in_text(Lang::En), "national");
        assert_eq!(n.in_text(Lang::Zh), "国家级");
        let h = location(Location::Haining);
        assert_eq!(h.in_text(Lang::En), "Haining");
        let t = industry(Industry::TechInformation);
        assert_eq!(t.label(Lang::Zh), "生产性服务业:科技信息");
        assert_eq!(t.short(Lang::Zh), "科技信息");
        assert_eq!(sector(Sector::Fashion).in_text(Lang::En), "fashion");
    }
}

//! The columns a bureau's list can have: which answer each one fills, in
//! which unit, the template's headers, and a mapping proposed from any other
//! file's headers (serialisable, so a browser can remember the user's
//! corrections for the next file).

use fusion_engine::answers::{Question, RecognitionKind};
use fusion_engine::explain::question_name;
use fusion_engine::i18n::batch::{
    percent_header, recognition_date_header, recognition_level_header, revenue_header, with_unit,
    word, Word,
};
use fusion_engine::input::AmountUnit;
use fusion_engine::{Lang, PolicyPack};
use serde::{Deserialize, Serialize};

/// The answer a column fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// 企业名称.
    Name,
    /// 统一社会信用代码 (an optional id, carried to the results).
    CreditCode,
    /// 所在县(市、区).
    Location,
    /// 行业类别.
    Industry,
    /// 规上企业 (yes/no).
    AboveScale,
    /// 主营业务收入 of one data year.
    Revenue(u16),
    /// The level of one recognition kind (国家级/省级/市级).
    RecognitionLevel(RecognitionKind),
    /// The date one recognition kind was obtained.
    RecognitionDate(RecognitionKind),
    /// Further recognitions as a list: "名称 级别 日期; ...".
    OtherRecognitions,
    /// Awards already received for the same matter: "事项 金额 年度; ...".
    AwardsReceived,
    /// Sectors as a list.
    Sectors,
    /// Service activities as a list.
    Activities,
    /// 研发费用.
    RdCost,
    /// 应纳税所得额 (may be a loss).
    TaxableIncome,
    /// 企业所得税税率 (%).
    IncomeTaxRate,
    /// Operates the cross-border platform (yes/no).
    PlatformOperator,
    /// Enterprises the platform serves.
    EnterprisesServed,
    /// Import/export growth through the platform (%).
    TradeGrowth,
    /// The platform's upgrade cost.
    UpgradeCost,
    /// The year of the upgrade.
    UpgradeYear,
    /// This enterprise is itself the company a 主辅分离 set up (yes/no).
    SpunOff,
    /// 主辅分离: none, planned, done.
    SeparationStatus,
    /// The new company uses new land (yes/no).
    SeparationNewLand,
    /// The new company works on the parent's land (yes/no).
    SeparationOnParentLand,
    /// The new company's revenue.
    NewCompanyRevenue,
    /// The new company's profit (may be a loss).
    NewCompanyProfit,
    /// The new company's tax.
    NewCompanyTax,
    /// The new company's value added.
    NewCompanyValueAdded,
    /// Own land in 亩.
    OwnLand,
    /// Mixed-use plan (yes/no).
    MixedUsePlan,
    /// Logistics or warehousing on existing land (yes/no).
    LogisticsOnExistingLand,
    /// In a 两业融合 pilot area (yes/no).
    InPilotArea,
    /// Industrial value added.
    ValueAdded,
    /// Tax paid.
    TaxPaid,
    /// Employees.
    Employees,
    /// The date the row is assessed for (else the run's date).
    AssessmentDate,
}

/// The unit of an amount column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// 万元, the template's unit.
    #[default]
    Wan,
    /// 元.
    Yuan,
}

impl Unit {
    /// The engine's unit.
    pub fn amount_unit(self) -> AmountUnit {
        match self {
            Unit::Wan => AmountUnit::Wan,
            Unit::Yuan => AmountUnit::Yuan,
        }
    }
}

/// Where one column goes: a field and, for amounts, the unit it is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Target {
    /// The answer the column fills.
    pub field: Field,
    /// The unit of an amount column; ignored for other fields.
    #[serde(default)]
    pub unit: Unit,
}

impl Target {
    /// A target in the template's unit (万元).
    pub const fn new(field: Field) -> Target {
        Target {
            field,
            unit: Unit::Wan,
        }
    }
}

/// One column of a file and where it goes (`None`: not read).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MappedColumn {
    /// The header as the file has it.
    pub header: String,
    /// Where its cells go.
    pub target: Option<Target>,
}

/// How a file's columns map to fields, in the file's column order.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ColumnMapping {
    /// One entry per header cell.
    pub columns: Vec<MappedColumn>,
}

impl ColumnMapping {
    /// Proposes a mapping from a file's headers: template headers (Chinese or
    /// English) exactly, others by their words ("2024年营业收入(万元)" →
    /// revenue 2024 in 万元). A field already taken by an earlier column is
    /// left unmapped, so nothing is read twice.
    pub fn propose(headers: &[String]) -> ColumnMapping {
        let mut taken: Vec<Field> = Vec::new();
        let columns = headers
            .iter()
            .map(|h| {
                let target = propose_one(h).filter(|t| !taken.contains(&t.field));
                if let Some(t) = target {
                    taken.push(t.field);
                }
                MappedColumn {
                    header: h.clone(),
                    target,
                }
            })
            .collect();
        ColumnMapping { columns }
    }

    /// Applies a remembered mapping to a new file's headers: a header seen
    /// before keeps the user's choice, a new one gets a proposal.
    pub fn remembered(headers: &[String], remembered: &ColumnMapping) -> ColumnMapping {
        let mut m = ColumnMapping::propose(headers);
        for c in &mut m.columns {
            if let Some(r) = remembered.columns.iter().find(|r| r.header == c.header) {
                c.target = r.target;
            }
        }
        m
    }

    /// Whether any column is read.
    pub fn is_empty(&self) -> bool {
        self.columns.iter().all(|c| c.target.is_none())
    }
}

/// The template's columns, in order: every field the rules read, amounts in
/// 万元, revenue for each year from the pack's first history year to its last
/// award data year.
pub fn template(pack: &PolicyPack) -> Vec<Target> {
    use Field as F;
    use RecognitionKind as R;
    let mut t = vec![
        F::Name,
        F::CreditCode,
        F::Location,
        F::Industry,
        F::AboveScale,
    ];
    let years = fusion_engine::award_data_years(pack);
    t.extend((pack.validity.history_from..=*years.end()).map(F::Revenue));
    for kind in [R::ServiceManufacturingDemo, R::IndustrialDesign] {
        t.push(F::RecognitionLevel(kind));
        t.push(F::RecognitionDate(kind));
    }
    t.extend([
        F::RecognitionDate(R::TechAdvancedService),
        F::RecognitionDate(R::HighTech),
        F::OtherRecognitions,
        F::AwardsReceived,
        F::Sectors,
        F::Activities,
        F::RdCost,
        F::TaxableIncome,
        F::IncomeTaxRate,
        F::PlatformOperator,
        F::EnterprisesServed,
        F::TradeGrowth,
        F::UpgradeCost,
        F::UpgradeYear,
        F::SpunOff,
        F::SeparationStatus,
        F::SeparationNewLand,
        F::SeparationOnParentLand,
        F::NewCompanyRevenue,
        F::NewCompanyProfit,
        F::NewCompanyTax,
        F::NewCompanyValueAdded,
        F::OwnLand,
        F::MixedUsePlan,
        F::LogisticsOnExistingLand,
        F::InPilotArea,
        F::ValueAdded,
        F::TaxPaid,
        F::Employees,
        F::AssessmentDate,
    ]);
    t.into_iter().map(Target::new).collect()
}

/// Whether a field holds money (and so has a unit).
pub const fn is_amount(field: Field) -> bool {
    matches!(
        field,
        Field::Revenue(_)
            | Field::RdCost
            | Field::TaxableIncome
            | Field::UpgradeCost
            | Field::NewCompanyRevenue
            | Field::NewCompanyProfit
            | Field::NewCompanyTax
            | Field::NewCompanyValueAdded
            | Field::ValueAdded
            | Field::TaxPaid
    )
}

/// A column's header in `lang`, with its unit where it has one.
pub fn header(target: Target, lang: Lang) -> String {
    use Field as F;
    let unit = target.unit.amount_unit();
    let q = |q: Question| question_name(q, lang);
    match target.field {
        F::Name => q(Question::EnterpriseName).into(),
        F::CreditCode => word(Word::CreditCode, lang).into(),
        F::Location => q(Question::Location).into(),
        F::Industry => q(Question::Industry).into(),
        F::AboveScale => q(Question::AboveScale).into(),
        F::Revenue(year) => revenue_header(year, unit, lang),
        F::RecognitionLevel(kind) => recognition_level_header(kind, lang),
        F::RecognitionDate(kind) => recognition_date_header(kind, lang),
        F::OtherRecognitions => word(Word::OtherRecognitions, lang).into(),
        F::AwardsReceived => q(Question::AwardsReceived).into(),
        F::Sectors => q(Question::Sectors).into(),
        F::Activities => q(Question::Activities).into(),
        F::RdCost => with_unit(q(Question::RdCost), unit, lang),
        F::TaxableIncome => with_unit(q(Question::TaxableIncome), unit, lang),
        F::IncomeTaxRate => percent_header(q(Question::IncomeTaxRate), lang),
        F::PlatformOperator => q(Question::CrossBorderOperator).into(),
        F::EnterprisesServed => q(Question::CrossBorderServed).into(),
        F::TradeGrowth => percent_header(q(Question::CrossBorderGrowth), lang),
        F::UpgradeCost => with_unit(q(Question::CrossBorderUpgradeCost), unit, lang),
        F::UpgradeYear => q(Question::CrossBorderYear).into(),
        F::SpunOff => q(Question::SpunOff).into(),
        F::SeparationStatus => q(Question::SeparationStatus).into(),
        F::SeparationNewLand => q(Question::SeparationNewLand).into(),
        F::SeparationOnParentLand => q(Question::SeparationOnParentLand).into(),
        F::NewCompanyRevenue => with_unit(word(Word::NewCompanyRevenue, lang), unit, lang),
        F::NewCompanyProfit => with_unit(word(Word::NewCompanyProfit, lang), unit, lang),
        F::NewCompanyTax => with_unit(word(Word::NewCompanyTax, lang), unit, lang),
        F::NewCompanyValueAdded => with_unit(word(Word::NewCompanyValueAdded, lang), unit, lang),
        F::OwnLand => q(Question::OwnLand).into(),
        F::MixedUsePlan => q(Question::MixedUsePlan).into(),
        F::LogisticsOnExistingLand => q(Question::LogisticsOnExistingLand).into(),
        F::InPilotArea => q(Question::InPilotArea).into(),
        F::ValueAdded => with_unit(q(Question::ValueAdded), unit, lang),
        F::TaxPaid => with_unit(q(Question::TaxPaid), unit, lang),
        F::Employees => q(Question::Employees).into(),
        F::AssessmentDate => q(Question::AssessmentDate).into(),
    }
}

/// A header folded for comparison: no spaces, ASCII brackets, lower case.
fn fold(h: &str) -> String {
    h.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '*' | '_' | '-' | '·' | ':' | '\u{FF1A}'))
        .map(|c| match c {
            '\u{FF08}' | '【' | '[' => '(',
            '\u{FF09}' | '】' | ']' => ')',
            '\u{FF05}' => '%',
            _ => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The unit a header names, if any: "(万元)" before "(元)".
fn unit_in(h: &str) -> Option<Unit> {
    if h.contains("万元") || h.contains('万') || h.contains("10kyuan") {
        Some(Unit::Wan)
    } else if h.contains('元') || h.contains("yuan") || h.contains("rmb") {
        Some(Unit::Yuan)
    } else {
        None
    }
}

/// A year of records named in a header (four digits, 1990-2100).
fn year_in(h: &str) -> Option<u16> {
    let b = h.as_bytes();
    (0..b.len().saturating_sub(3)).find_map(|i| {
        let w = &b[i..i + 4];
        let before = i == 0 || !b[i - 1].is_ascii_digit();
        let after = i + 4 == b.len() || !b[i + 4].is_ascii_digit();
        if before && after && w.iter().all(u8::is_ascii_digit) {
            let y: u16 = std::str::from_utf8(w).ok()?.parse().ok()?;
            (1990..=2100).contains(&y).then_some(y)
        } else {
            None
        }
    })
}

/// Words that name a recognition kind in a header, most specific first.
const RECOGNITION_WORDS: [(&str, RecognitionKind); 8] = [
    ("服务型制造", RecognitionKind::ServiceManufacturingDemo),
    (
        "servicemanufactur",
        RecognitionKind::ServiceManufacturingDemo,
    ),
    ("工业设计", RecognitionKind::IndustrialDesign),
    ("industrialdesign", RecognitionKind::IndustrialDesign),
    ("技术先进型", RecognitionKind::TechAdvancedService),
    ("techadvanced", RecognitionKind::TechAdvancedService),
    ("高新技术", RecognitionKind::HighTech),
    ("hightech", RecognitionKind::HighTech),
];

fn any(h: &str, words: &[&str]) -> bool {
    words.iter().any(|w| h.contains(w))
}

/// The target one header most likely means.
fn propose_one(raw: &str) -> Option<Target> {
    use Field as F;
    let h = fold(raw);
    if h.is_empty() {
        return None;
    }
    // Template headers, either language, either unit, first.
    for lang in [Lang::Zh, Lang::En] {
        for t in template(&fusion_engine::JIAXING_2024_14) {
            for unit in [Unit::Wan, Unit::Yuan] {
                let t = Target { unit, ..t };
                if fold(&header(t, lang)) == h {
                    return Some(t);
                }
            }
        }
    }
    let unit = unit_in(&h).unwrap_or_default();
    let amount = |field| Some(Target { field, unit });
    let plain = |field| Some(Target::new(field));
    let new_company = any(&h, &["新公司", "newcompany", "分立"]);
    if any(&h, &["信用代码", "社会信用", "creditcode", "uscc"]) {
        return plain(F::CreditCode);
    }
    if new_company {
        if any(&h, &["收入", "营收", "revenue"]) {
            return amount(F::NewCompanyRevenue);
        }
        if any(&h, &["利润", "profit"]) {
            return amount(F::NewCompanyProfit);
        }
        if any(&h, &["税", "tax"]) {
            return amount(F::NewCompanyTax);
        }
        if any(&h, &["增加值", "valueadded"]) {
            return amount(F::NewCompanyValueAdded);
        }
        if any(&h, &["母公司", "parent"]) {
            return plain(F::SeparationOnParentLand);
        }
        if any(&h, &["用地", "land"]) {
            return plain(F::SeparationNewLand);
        }
    }
    if any(
        &h,
        &[
            "营业收入",
            "营收",
            "主营业务收入",
            "主营收入",
            "销售收入",
            "revenue",
            "sales",
        ],
    ) {
        return year_in(&h).and_then(|y| amount(F::Revenue(y)));
    }
    if let Some(&(_, kind)) = RECOGNITION_WORDS.iter().find(|(w, _)| h.contains(w)) {
        if any(&h, &["级别", "等级", "level"]) {
            return plain(F::RecognitionLevel(kind));
        }
        if any(&h, &["日期", "时间", "date", "年份", "认定"]) {
            return plain(F::RecognitionDate(kind));
        }
    }
    let rules: [(&[&str], Field); 29] = [
        (&["细分行业", "sector"], F::Sectors),
        (&["服务业务", "activit"], F::Activities),
        (&["研发升级", "升级费用", "upgradecost"], F::UpgradeCost),
        (&["升级年度", "upgradeyear"], F::UpgradeYear),
        (&["研发费用", "研发投入", "r&d", "rdcost"], F::RdCost),
        (&["应纳税所得额", "taxableincome"], F::TaxableIncome),
        (&["税率", "taxrate"], F::IncomeTaxRate),
        (&["服务企业数", "served"], F::EnterprisesServed),
        (&["进出口", "tradegrowth"], F::TradeGrowth),
        (
            &["跨境电商", "平台运营", "platformoperator", "crossborder"],
            F::PlatformOperator,
        ),
        (&["主辅分离", "separation"], F::SeparationStatus),
        (&["自有用地", "用地面积", "土地面积", "ownland"], F::OwnLand),
        (&["混合", "mixed"], F::MixedUsePlan),
        (
            &["物流仓储", "上楼", "warehous"],
            F::LogisticsOnExistingLand,
        ),
        (&["试点", "pilot"], F::InPilotArea),
        (&["增加值", "valueadded"], F::ValueAdded),
        (&["实缴税", "税收", "纳税", "taxpaid"], F::TaxPaid),
        (
            &["从业人员", "职工", "员工", "人数", "employee", "staff"],
            F::Employees,
        ),
        (&["评估日期", "assessmentdate"], F::AssessmentDate),
        (
            &["已获", "已领", "awardsreceived", "received"],
            F::AwardsReceived,
        ),
        (
            &["认定", "荣誉", "称号", "recognition"],
            F::OtherRecognitions,
        ),
        (
            &["规上", "规模以上", "abovescale", "designatedsize"],
            F::AboveScale,
        ),
        (
            &[
                "所在",
                "区县",
                "县(市、区)",
                "属地",
                "location",
                "district",
                "county",
            ],
            F::Location,
        ),
        (&["行业", "industry"], F::Industry),
        (
            &["企业名称", "单位名称", "公司名称", "纳税人名称", "名称"],
            F::Name,
        ),
        (&["enterprisename", "companyname", "name"], F::Name),
        (&["企业", "enterprise", "company"], F::Name),
        (&["地区", "area"], F::Location),
        (&["日期", "date"], F::AssessmentDate),
    ];
    rules
        .iter()
        .find(|(words, _)| any(&h, words))
        .map(|&(_, field)| Target {
            field,
            unit: if is_amount(field) { unit } else { Unit::Wan },
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(h: &str) -> Option<Target> {
        ColumnMapping::propose(&[h.to_string()]).columns[0].target
    }

    #[test]
    fn template_headers_map_to_themselves_in_both_languages() {
        let t = template(&fusion_engine::JIAXING_2024_14);
        for lang in [Lang::Zh, Lang::En] {
            let headers: Vec<String> = t.iter().map(|&t| header(t, lang)).collect();
            let m = ColumnMapping::propose(&headers);
            let got: Vec<Target> = m.columns.iter().map(|c| c.target.unwrap()).collect();
            assert_eq!(got, t, "{lang:?}");
        }
    }

    #[test]
    fn revenue_headers_name_year_and_unit() {
        let wan = one("2024年营业收入(万元)").unwrap();
        assert_eq!(wan.field, Field::Revenue(2024));
        assert_eq!(wan.unit, Unit::Wan);
        let yuan = one("营业收入2023(元)").unwrap();
        assert_eq!(yuan.field, Field::Revenue(2023));
        assert_eq!(yuan.unit, Unit::Yuan);
        assert_eq!(
            one("主营业务收入 2022 (万元)").unwrap().field,
            Field::Revenue(2022)
        );
        // Revenue without a year cannot be placed.
        assert_eq!(one("营业收入"), None);
    }

    #[test]
    fn other_headers_by_their_words() {
        assert_eq!(one("统一社会信用代码").unwrap().field, Field::CreditCode);
        assert_eq!(one("单位名称").unwrap().field, Field::Name);
        assert_eq!(one("所属区县").unwrap().field, Field::Location);
        assert_eq!(
            one("新公司利润(元)").unwrap(),
            Target {
                field: Field::NewCompanyProfit,
                unit: Unit::Yuan
            }
        );
        assert_eq!(
            one("工业设计中心级别").unwrap().field,
            Field::RecognitionLevel(RecognitionKind::IndustrialDesign)
        );
        assert_eq!(
            one("高新技术企业认定时间").unwrap().field,
            Field::RecognitionDate(RecognitionKind::HighTech)
        );
        assert_eq!(
            one("研发投入（元）").unwrap(),
            Target {
                field: Field::RdCost,
                unit: Unit::Yuan
            }
        );
        assert_eq!(one("备注"), None);
    }

    #[test]
    fn a_field_is_mapped_once_and_a_remembered_choice_wins() {
        let headers = vec![
            "企业名称".to_string(),
            "名称".to_string(),
            "备注".to_string(),
        ];
        let m = ColumnMapping::propose(&headers);
        assert_eq!(m.columns[1].target, None);
        let mut corrected = m.clone();
        corrected.columns[2].target = Some(Target::new(Field::Sectors));
        let json = serde_json::to_string(&corrected).unwrap();
        let back: ColumnMapping = serde_json::from_str(&json).unwrap();
        let again = ColumnMapping::remembered(&headers, &back);
        assert_eq!(again.columns[2].target, Some(Target::new(Field::Sectors)));
    }
}

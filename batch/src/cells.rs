//! Reading one cell into the engine's answers: amounts as people type them
//! (the engine's own parsers), names from the engine's one name table in
//! either language, yes/no, levels, dates and lists.

use crate::fields::{Field, Target};
use fusion_engine::answers::{
    Activity, Answers, AwardMatter, AwardReceived, Industry, Level, Location, Recognition,
    RecognitionKind, Sector, SeparationStatus,
};
use fusion_engine::i18n::batch::CellMessage;
use fusion_engine::i18n::{names, ui};
use fusion_engine::input::{self, AmountUnit, FieldKind, InputError};
use fusion_engine::{Date, Lang};
use rust_decimal::Decimal;
use std::collections::HashMap;

/// Every name a cell may use, folded, built once per run.
#[derive(Debug)]
pub struct Names {
    locations: HashMap<String, Location>,
    industries: HashMap<String, Industry>,
    levels: HashMap<String, Level>,
    kinds: HashMap<String, RecognitionKind>,
    sectors: HashMap<String, Sector>,
    activities: HashMap<String, Activity>,
    matters: HashMap<String, AwardMatter>,
    separations: HashMap<String, SeparationStatus>,
    yes_no: HashMap<String, bool>,
}

/// A name folded for lookup: no spaces, ASCII brackets, lower case.
fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '\u{FF08}' => '(',
            '\u{FF09}' => ')',
            '\u{FF1A}' => ':',
            _ => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The serde code of a value ("economic_development_zone").
fn code<T: serde::Serialize>(v: T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Keys of one name: labels and short forms in both languages, the label
/// without its bracketed part, and the code.
fn keys(name: names::Name, code: String) -> Vec<String> {
    let mut k = vec![code];
    for lang in [Lang::Zh, Lang::En] {
        for s in [name.label(lang), name.short(lang)] {
            k.push(fold(s));
            if let Some(cut) = s.find('(') {
                k.push(fold(&s[..cut]));
            }
        }
    }
    k
}

fn table<T: Copy + serde::Serialize>(
    all: &[T],
    name: impl Fn(T) -> names::Name,
    aliases: &[(&str, T)],
) -> HashMap<String, T> {
    let mut m = HashMap::new();
    for &v in all {
        for k in keys(name(v), code(v)) {
            m.entry(k).or_insert(v);
        }
    }
    for &(a, v) in aliases {
        m.insert(fold(a), v);
    }
    m
}

impl Default for Names {
    fn default() -> Names {
        Names::new()
    }
}

impl Names {
    /// Builds the lookup tables from the engine's name table.
    pub fn new() -> Names {
        use Location as L;
        let mut locations = table(&L::ALL, names::location, &[]);
        // Districts and counties are also written without 区/县/市.
        for l in L::ALL {
            let zh = names::location(l).short(Lang::Zh);
            if let Some(stem) = zh.strip_suffix(['区', '县', '市']) {
                locations.entry(fold(stem)).or_insert(l);
            }
        }
        for (a, l) in [
            ("经开区", L::EconomicDevelopmentZone),
            ("经济开发区", L::EconomicDevelopmentZone),
            ("嘉兴经开区", L::EconomicDevelopmentZone),
            ("科技城", L::OtherMunicipalPlatform),
            ("嘉兴科技城", L::OtherMunicipalPlatform),
            ("市外", L::OutsideJiaxing),
        ] {
            locations.insert(fold(a), l);
        }
        let industries = table(
            &Industry::ALL,
            names::industry,
            &[
                ("制造", Industry::Manufacturing),
                ("科技信息服务", Industry::TechInformation),
                ("信息技术", Industry::TechInformation),
                ("物流", Industry::Logistics),
                ("商务服务业", Industry::BusinessServices),
                ("批发零售", Industry::WholesaleRetail),
                ("批零", Industry::WholesaleRetail),
                ("批发和零售业", Industry::WholesaleRetail),
            ],
        );
        let levels = table(
            &ui::LEVELS,
            names::level,
            &[
                ("国家", Level::National),
                ("省", Level::Provincial),
                ("市", Level::Municipal),
            ],
        );
        let kinds = table(&ui::RECOGNITION_KINDS, names::recognition, &[]);
        let sectors = table(&ui::SECTORS, names::sector, &[]);
        let activities = table(&ui::ACTIVITIES, names::activity, &[]);
        let mut matters = HashMap::new();
        for m in ui::AWARD_MATTERS {
            matters.insert(code(m), m);
            for lang in [Lang::Zh, Lang::En] {
                let name = ui::award_matter_name(m, lang);
                matters.insert(fold(name), m);
                // "工业设计奖励" is also written "工业设计".
                for suffix in ["奖励", "补助", "award", "subsidy"] {
                    if let Some(stem) = fold(name).strip_suffix(suffix) {
                        matters.insert(stem.to_string(), m);
                    }
                }
            }
        }
        let mut separations = HashMap::new();
        for s in ui::SEPARATION_STATUSES {
            separations.insert(code(s), s);
            for lang in [Lang::Zh, Lang::En] {
                separations.insert(fold(ui::separation_status_name(s, lang)), s);
            }
        }
        for (a, s) in [
            ("无", SeparationStatus::None),
            ("没有", SeparationStatus::None),
            ("否", SeparationStatus::None),
            ("计划", SeparationStatus::Planned),
            ("拟分离", SeparationStatus::Planned),
            ("已完成", SeparationStatus::Done),
            ("完成", SeparationStatus::Done),
            ("已分离", SeparationStatus::Done),
        ] {
            separations.insert(fold(a), s);
        }
        let mut yes_no = HashMap::new();
        for (words, v) in [
            (
                &["是", "有", "y", "yes", "true", "1", "√", "✓", "对"][..],
                true,
            ),
            (
                &[
                    "否", "无", "没有", "n", "no", "false", "0", "×", "✗", "不是",
                ][..],
                false,
            ),
        ] {
            for w in words {
                yes_no.insert(fold(w), v);
            }
        }
        Names {
            locations,
            industries,
            levels,
            kinds,
            sectors,
            activities,
            matters,
            separations,
            yes_no,
        }
    }
}

/// What a row reads into besides the answers: the id, and the recognitions
/// given by their own level/date columns (combined once the row is read).
#[derive(Debug, Default)]
pub struct RowDraft {
    /// The answers read so far.
    pub answers: Answers,
    /// 统一社会信用代码.
    pub credit_code: Option<String>,
    recognitions: Vec<(RecognitionKind, Option<Level>, Option<Date>)>,
}

impl RowDraft {
    fn recognition(
        &mut self,
        kind: RecognitionKind,
    ) -> &mut (RecognitionKind, Option<Level>, Option<Date>) {
        let i = match self.recognitions.iter().position(|r| r.0 == kind) {
            Some(i) => i,
            None => {
                self.recognitions.push((kind, None, None));
                self.recognitions.len() - 1
            }
        };
        &mut self.recognitions[i]
    }

    /// The answers, with the recognitions of their own columns added.
    pub fn finish(mut self) -> (Answers, Option<String>) {
        for (kind, level, obtained) in self.recognitions {
            self.answers.recognitions.push(Recognition {
                kind,
                level,
                obtained,
                subject: None,
            });
        }
        (self.answers, self.credit_code)
    }
}

fn input_error(e: InputError, kind: FieldKind, lang: Lang) -> CellMessage {
    CellMessage::Input(ui::input_error(e, kind, lang))
}

fn lookup<T: Copy>(m: &HashMap<String, T>, text: &str) -> Option<T> {
    // Most cells are written as a key already: no folded copy needed.
    m.get(text).or_else(|| m.get(&fold(text))).copied()
}

/// Splits a list cell into items: by ";", "；", "|" or line; an item that is
/// not a known name as a whole is split again by "、", "," and "，".
fn list_items(text: &str) -> impl Iterator<Item = &str> {
    text.split([';', '；', '|', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

fn names_in<T: Copy + PartialEq>(
    m: &HashMap<String, T>,
    text: &str,
    out: &mut Vec<T>,
) -> Result<(), CellMessage> {
    for item in list_items(text) {
        let found: Vec<Option<T>> = match lookup(m, item) {
            Some(v) => vec![Some(v)],
            None => item
                .split(['、', ',', '\u{FF0C}'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| lookup(m, s).ok_or(s))
                .map(|r| r.map_err(|s| CellMessage::UnknownName(s.to_string())))
                .collect::<Result<Vec<T>, _>>()?
                .into_iter()
                .map(Some)
                .collect(),
        };
        for v in found.into_iter().flatten() {
            if !out.contains(&v) {
                out.push(v);
            }
        }
    }
    Ok(())
}

/// The tokens of a list item: split by spaces and commas.
fn tokens(item: &str) -> impl Iterator<Item = &str> {
    item.split([' ', ',', '\u{FF0C}', '\u{3000}', '\t'])
        .filter(|s| !s.is_empty())
}

/// "共享制造示范企业(平台) 市级 2024-11-05": a name, a level, a date.
fn recognition_item(n: &Names, item: &str, lang: Lang) -> Result<Recognition, CellMessage> {
    let mut level = None;
    let mut obtained = None;
    let mut name = String::new();
    for t in tokens(item) {
        if let Some(l) = lookup(&n.levels, t) {
            level = Some(l);
        } else if t.starts_with(|c: char| c.is_ascii_digit()) {
            obtained = input::parse_date(t).map_err(|e| input_error(e, FieldKind::Date, lang))?;
        } else {
            name.push_str(t);
        }
    }
    let kind = lookup(&n.kinds, &name).ok_or_else(|| CellMessage::UnknownName(name.clone()))?;
    Ok(Recognition {
        kind,
        level,
        obtained,
        subject: None,
    })
}

/// "工业设计奖励 30万元 2025": a matter, an amount (in the column's unit
/// unless it names its own), a year.
fn award_item(
    n: &Names,
    item: &str,
    unit: AmountUnit,
    lang: Lang,
) -> Result<AwardReceived, CellMessage> {
    let mut matter = None;
    let mut amount = None;
    let mut year = None;
    for t in tokens(item) {
        if let Some(m) = lookup(&n.matters, t) {
            matter = Some(m);
        } else if amount.is_none() {
            amount = input::parse_amount(t, unit)
                .map_err(|e| input_error(e, FieldKind::Amount, lang))?;
        } else {
            year = input::parse_year(t, 2100).map_err(|e| input_error(e, FieldKind::Year, lang))?;
        }
    }
    match (matter, amount) {
        (Some(matter), Some(amount_yuan)) => Ok(AwardReceived {
            matter,
            amount_yuan,
            year,
            subject: None,
            policy: None,
        }),
        _ => Err(CellMessage::IncompleteItem(item.to_string())),
    }
}

/// Reads one non-empty cell into the draft.
pub fn read_cell(
    n: &Names,
    d: &mut RowDraft,
    target: Target,
    text: &str,
    lang: Lang,
) -> Result<(), CellMessage> {
    use Field as F;
    let unit = target.unit.amount_unit();
    let amount = |kind: FieldKind| -> Result<Option<Decimal>, CellMessage> {
        let r = if kind == FieldKind::SignedAmount {
            input::parse_signed_amount(text, unit)
        } else {
            input::parse_amount(text, unit)
        };
        r.map_err(|e| input_error(e, kind, lang))
    };
    let yes_no = || lookup(&n.yes_no, text).ok_or_else(|| CellMessage::NotYesNo(text.to_string()));
    let count = || input::parse_count(text).map_err(|e| input_error(e, FieldKind::Count, lang));
    let year = || input::parse_year(text, 2100).map_err(|e| input_error(e, FieldKind::Year, lang));
    let date = || input::parse_date(text).map_err(|e| input_error(e, FieldKind::Date, lang));
    let a = &mut d.answers;
    match target.field {
        F::Name => a.enterprise_name = Some(text.trim().to_string()),
        F::CreditCode => d.credit_code = Some(text.trim().to_string()),
        F::Location => {
            a.location = Some(
                lookup(&n.locations, text)
                    .ok_or_else(|| CellMessage::UnknownLocation(text.into()))?,
            )
        }
        F::Industry => {
            a.industry = Some(
                lookup(&n.industries, text)
                    .ok_or_else(|| CellMessage::UnknownIndustry(text.into()))?,
            )
        }
        F::AboveScale => a.above_scale = Some(yes_no()?),
        F::Revenue(y) => {
            if let Some(v) = amount(FieldKind::Amount)? {
                a.revenue_yuan.insert(y, v);
            }
        }
        F::RecognitionLevel(kind) => {
            let l =
                lookup(&n.levels, text).ok_or_else(|| CellMessage::UnknownLevel(text.into()))?;
            d.recognition(kind).1 = Some(l);
        }
        F::RecognitionDate(kind) => {
            let v = date()?;
            d.recognition(kind).2 = v;
        }
        F::OtherRecognitions => {
            for item in list_items(text) {
                let r = recognition_item(n, item, lang)?;
                a.recognitions.push(r);
            }
        }
        F::AwardsReceived => {
            for item in list_items(text) {
                let r = award_item(n, item, unit, lang)?;
                a.awards_received.push(r);
            }
        }
        F::Sectors => names_in(&n.sectors, text, &mut a.sectors)?,
        F::Activities => names_in(&n.activities, text, &mut a.activities)?,
        F::RdCost => a.tax.rd_cost_yuan = amount(FieldKind::Amount)?,
        F::TaxableIncome => a.tax.taxable_income_yuan = amount(FieldKind::SignedAmount)?,
        F::IncomeTaxRate => {
            a.tax.income_tax_rate_percent =
                input::parse_percent(text, input::tax_rate_percent_range())
                    .map_err(|e| input_error(e, FieldKind::TaxRate, lang))?
        }
        F::PlatformOperator => a.cross_border.platform_operator = Some(yes_no()?),
        F::EnterprisesServed => a.cross_border.enterprises_served = count()?,
        F::TradeGrowth => {
            a.cross_border.trade_growth_percent =
                input::parse_percent(text, input::growth_percent_range())
                    .map_err(|e| input_error(e, FieldKind::Growth, lang))?
        }
        F::UpgradeCost => a.cross_border.upgrade_cost_yuan = amount(FieldKind::Amount)?,
        F::UpgradeYear => a.cross_border.year = year()?,
        F::SeparationStatus => {
            a.separation.status = Some(
                lookup(&n.separations, text)
                    .ok_or_else(|| CellMessage::UnknownSeparation(text.into()))?,
            )
        }
        F::SpunOff => a.separation.spun_off = Some(yes_no()?),
        F::SeparationNewLand => a.separation.new_land = Some(yes_no()?),
        F::SeparationOnParentLand => a.separation.on_parent_land = Some(yes_no()?),
        F::NewCompanyRevenue => a.separation.new_company_revenue_yuan = amount(FieldKind::Amount)?,
        F::NewCompanyProfit => {
            a.separation.new_company_profit_yuan = amount(FieldKind::SignedAmount)?
        }
        F::NewCompanyTax => a.separation.new_company_tax_yuan = amount(FieldKind::Amount)?,
        F::NewCompanyValueAdded => {
            a.separation.new_company_value_added_yuan = amount(FieldKind::Amount)?
        }
        F::OwnLand => {
            a.land.own_land_mu =
                input::parse_land_mu(text).map_err(|e| input_error(e, FieldKind::Land, lang))?
        }
        F::MixedUsePlan => a.land.mixed_use_plan = Some(yes_no()?),
        F::LogisticsOnExistingLand => a.land.logistics_on_existing_land = Some(yes_no()?),
        F::InPilotArea => a.land.in_pilot_area = Some(yes_no()?),
        F::ValueAdded => a.land.value_added_yuan = amount(FieldKind::Amount)?,
        F::TaxPaid => a.land.tax_paid_yuan = amount(FieldKind::Amount)?,
        F::Employees => a.land.employees = count()?,
        F::AssessmentDate => a.assessment_date = date()?,
    }
    Ok(())
}

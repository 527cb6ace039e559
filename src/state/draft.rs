//! The form draft: everything the user typed, verbatim, and the two ways
//! across to the engine's [`Answers`] (reading the draft, and filling the
//! form from answers loaded whole).

use super::fields::{FieldId, Flag, TextField, UnitSlot};
use super::parse::{non_empty, parse, Value};
use super::sorted::{SortedMap, SortedSet};
use super::steps::Relevance;
use fusion_engine::answers::{
    Activity, AwardMatter, AwardReceived, Industry, Level, Location, Recognition, RecognitionKind,
    Sector, SeparationStatus,
};
use fusion_engine::input::{self, amount_to_input, decimal_to_input, AmountUnit, FieldKind};
use fusion_engine::{Answers, Date};

/// A user-added row of the revenue table (its year is typed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevenueRow {
    pub id: u32,
    pub year: String,
    pub amount: String,
}

/// One recognition, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecognitionRow {
    pub id: u32,
    pub kind: Option<RecognitionKind>,
    pub level: Option<Level>,
    pub obtained: String,
    pub subject: String,
}

/// One award already received, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AwardRow {
    pub id: u32,
    pub matter: Option<AwardMatter>,
    pub amount: String,
    pub unit: AmountUnit,
    pub year: String,
    pub subject: String,
    pub policy: String,
}

/// Everything the user has entered, verbatim. It is also what autosave
/// keeps (`stored.rs`), so a field missing from an older record reads as
/// untouched.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Draft {
    pub text: SortedMap<TextField, String>,
    pub units: SortedMap<TextField, AmountUnit>,
    pub location: Option<Location>,
    pub industry: Option<Industry>,
    pub flags: SortedMap<Flag, bool>,
    pub separation_status: Option<SeparationStatus>,
    pub sectors: Vec<Sector>,
    pub activities: Vec<Activity>,
    /// Revenue of the table's fixed years, by year.
    pub revenue: SortedMap<u16, String>,
    pub revenue_unit: AmountUnit,
    /// Years the user added by typing them.
    pub extra_revenue: Vec<RevenueRow>,
    pub recognitions: Vec<RecognitionRow>,
    pub awards: Vec<AwardRow>,
    /// The next id for a new row (rows keep their id for their whole life,
    /// so DOM ids and focus survive removals).
    pub next_id: u32,
}

impl Draft {
    /// The text of a field ("" when untouched).
    pub fn text(&self, field: TextField) -> &str {
        self.text.get(&field).map(String::as_str).unwrap_or("")
    }

    /// The unit of an amount field.
    pub fn unit(&self, slot: UnitSlot) -> AmountUnit {
        match slot {
            UnitSlot::Field(f) => self.units.get(&f).copied().unwrap_or_default(),
            UnitSlot::Revenue => self.revenue_unit,
            UnitSlot::Award(id) => self
                .awards
                .iter()
                .find(|a| a.id == id)
                .map(|a| a.unit)
                .unwrap_or_default(),
        }
    }

    /// A yes/no answer.
    pub fn flag(&self, flag: Flag) -> Option<bool> {
        self.flags.get(&flag).copied()
    }

    /// The assessment date typed, if it reads.
    pub fn assessment_date(&self) -> Option<Date> {
        // A date's reading does not depend on the latest year; 0 is unused.
        match parse(
            FieldKind::Date,
            self.text(TextField::AssessmentDate),
            AmountUnit::Wan,
            0,
        ) {
            Ok(Some(Value::Date(d))) => Some(d),
            _ => None,
        }
    }

    /// The last data year that can exist: the assessment year.
    pub fn latest_year(&self, today: Date) -> u16 {
        self.assessment_date().unwrap_or(today).year
    }

    /// The fixed years of the revenue table: every year the engine asks
    /// for, plus any year already filled in (a value is never hidden).
    pub fn revenue_years(&self, relevance: &Relevance) -> Vec<u16> {
        let mut years: SortedSet<u16> = relevance.revenue_years().collect();
        years.extend(
            self.revenue
                .iter()
                .filter(|(_, t)| !t.trim().is_empty())
                .map(|(y, _)| *y),
        );
        years.into_iter().collect()
    }

    /// The engine's input: every answer that reads, nothing that does not.
    pub fn answers(&self, today: Date) -> Answers {
        let latest = self.latest_year(today);
        let mut a = Answers {
            enterprise_name: non_empty(self.text(TextField::EnterpriseName)),
            location: self.location,
            industry: self.industry,
            above_scale: self.flag(Flag::AboveScale),
            sectors: self.sectors.clone(),
            activities: self.activities.clone(),
            assessment_date: self.assessment_date(),
            ..Answers::default()
        };
        for (year, text) in &self.revenue {
            if let Ok(Some(yuan)) = input::parse_amount(text, self.revenue_unit) {
                a.revenue_yuan.insert(*year, yuan);
            }
        }
        for row in &self.extra_revenue {
            if self.problem(FieldId::ExtraYear(row.id), today).is_some() {
                continue;
            }
            if let (Ok(Some(year)), Ok(Some(yuan))) = (
                input::parse_year(&row.year, latest),
                input::parse_amount(&row.amount, self.revenue_unit),
            ) {
                a.revenue_yuan.insert(year, yuan);
            }
        }
        a.recognitions = self
            .recognitions
            .iter()
            .filter_map(|r| {
                Some(Recognition {
                    kind: r.kind?,
                    level: r.level,
                    obtained: input::parse_date(&r.obtained).ok().flatten(),
                    subject: non_empty(&r.subject),
                })
            })
            .collect();
        a.awards_received = self
            .awards
            .iter()
            .filter_map(|r| {
                Some(AwardReceived {
                    matter: r.matter?,
                    amount_yuan: input::parse_amount(&r.amount, r.unit).ok().flatten()?,
                    year: input::parse_year(&r.year, latest).ok().flatten(),
                    subject: non_empty(&r.subject),
                    policy: non_empty(&r.policy),
                })
            })
            .collect();
        a.tax.rd_cost_yuan = self.decimal(TextField::RdCost, today);
        a.tax.taxable_income_yuan = self.decimal(TextField::TaxableIncome, today);
        a.tax.income_tax_rate_percent = self.decimal(TextField::IncomeTaxRate, today);
        a.cross_border.platform_operator = self.flag(Flag::CrossBorderOperator);
        a.cross_border.enterprises_served = match self.parsed(TextField::CrossBorderServed, today) {
            Ok(Some(Value::Count(n))) => Some(n),
            _ => None,
        };
        a.cross_border.trade_growth_percent = self.decimal(TextField::CrossBorderGrowth, today);
        a.cross_border.upgrade_cost_yuan = self.decimal(TextField::CrossBorderUpgradeCost, today);
        a.cross_border.year = match self.parsed(TextField::CrossBorderYear, today) {
            Ok(Some(Value::Year(y))) => Some(y),
            _ => None,
        };
        a.separation.spun_off = self.flag(Flag::SpunOff);
        a.separation.status = self.separation_status;
        a.separation.new_land = self.flag(Flag::SeparationNewLand);
        a.separation.on_parent_land = self.flag(Flag::SeparationOnParentLand);
        a.separation.new_company_revenue_yuan = self.decimal(TextField::SeparationRevenue, today);
        a.separation.new_company_profit_yuan = self.decimal(TextField::SeparationProfit, today);
        a.separation.new_company_tax_yuan = self.decimal(TextField::SeparationTax, today);
        a.separation.new_company_value_added_yuan =
            self.decimal(TextField::SeparationValueAdded, today);
        a.land.own_land_mu = self.decimal(TextField::OwnLand, today);
        a.land.mixed_use_plan = self.flag(Flag::MixedUsePlan);
        a.land.logistics_on_existing_land = self.flag(Flag::LogisticsOnExistingLand);
        a.land.in_pilot_area = self.flag(Flag::InPilotArea);
        a.land.value_added_yuan = self.decimal(TextField::ValueAdded, today);
        a.land.tax_paid_yuan = self.decimal(TextField::TaxPaid, today);
        a.land.employees = match self.parsed(TextField::Employees, today) {
            Ok(Some(Value::Count(n))) => Some(n),
            _ => None,
        };
        a
    }

    /// A draft that reads back as `a` (a sample enterprise filling the
    /// form). Amounts are written in 万元, as a user would type them.
    pub fn from_answers(a: &Answers, today: Date) -> Draft {
        let mut d = Draft::default();
        let wan = AmountUnit::Wan;
        let mut set = |f: TextField, v: Option<String>| {
            if let Some(v) = v {
                d.text.insert(f, v);
            }
        };
        set(TextField::EnterpriseName, a.enterprise_name.clone());
        set(
            TextField::AssessmentDate,
            a.assessment_date.map(|x| x.to_string()),
        );
        set(
            TextField::RdCost,
            a.tax.rd_cost_yuan.map(|x| amount_to_input(x, wan)),
        );
        set(
            TextField::TaxableIncome,
            a.tax.taxable_income_yuan.map(|x| amount_to_input(x, wan)),
        );
        set(
            TextField::IncomeTaxRate,
            a.tax.income_tax_rate_percent.map(decimal_to_input),
        );
        set(
            TextField::CrossBorderServed,
            a.cross_border.enterprises_served.map(|n| n.to_string()),
        );
        set(
            TextField::CrossBorderGrowth,
            a.cross_border.trade_growth_percent.map(decimal_to_input),
        );
        set(
            TextField::CrossBorderUpgradeCost,
            a.cross_border
                .upgrade_cost_yuan
                .map(|x| amount_to_input(x, wan)),
        );
        set(
            TextField::CrossBorderYear,
            a.cross_border.year.map(|y| y.to_string()),
        );
        set(
            TextField::SeparationRevenue,
            a.separation
                .new_company_revenue_yuan
                .map(|x| amount_to_input(x, wan)),
        );
        set(
            TextField::SeparationProfit,
            a.separation
                .new_company_profit_yuan
                .map(|x| amount_to_input(x, wan)),
        );
        set(
            TextField::SeparationTax,
            a.separation
                .new_company_tax_yuan
                .map(|x| amount_to_input(x, wan)),
        );
        set(
            TextField::SeparationValueAdded,
            a.separation
                .new_company_value_added_yuan
                .map(|x| amount_to_input(x, wan)),
        );
        set(TextField::OwnLand, a.land.own_land_mu.map(decimal_to_input));
        set(
            TextField::ValueAdded,
            a.land.value_added_yuan.map(|x| amount_to_input(x, wan)),
        );
        set(
            TextField::TaxPaid,
            a.land.tax_paid_yuan.map(|x| amount_to_input(x, wan)),
        );
        set(
            TextField::Employees,
            a.land.employees.map(|n| n.to_string()),
        );
        d.location = a.location;
        d.industry = a.industry;
        d.separation_status = a.separation.status;
        d.sectors = a.sectors.clone();
        d.activities = a.activities.clone();
        let flags = [
            (Flag::AboveScale, a.above_scale),
            (Flag::CrossBorderOperator, a.cross_border.platform_operator),
            (Flag::SpunOff, a.separation.spun_off),
            (Flag::SeparationNewLand, a.separation.new_land),
            (Flag::SeparationOnParentLand, a.separation.on_parent_land),
            (Flag::MixedUsePlan, a.land.mixed_use_plan),
            (
                Flag::LogisticsOnExistingLand,
                a.land.logistics_on_existing_land,
            ),
            (Flag::InPilotArea, a.land.in_pilot_area),
        ];
        d.flags
            .extend(flags.into_iter().filter_map(|(f, v)| Some((f, v?))));
        let latest = a.as_of(today).year;
        for (year, yuan) in &a.revenue_yuan {
            if *year <= latest {
                d.revenue.insert(*year, amount_to_input(*yuan, wan));
            } else {
                // A year after the assessment year cannot be a fixed row;
                // keep it visible (and flagged) rather than drop it.
                let id = d.take_id();
                d.extra_revenue.push(RevenueRow {
                    id,
                    year: year.to_string(),
                    amount: amount_to_input(*yuan, wan),
                });
            }
        }
        for r in &a.recognitions {
            let id = d.take_id();
            d.recognitions.push(RecognitionRow {
                id,
                kind: Some(r.kind),
                level: r.level,
                obtained: r.obtained.map(|x| x.to_string()).unwrap_or_default(),
                subject: r.subject.clone().unwrap_or_default(),
            });
        }
        for r in &a.awards_received {
            let id = d.take_id();
            d.awards.push(AwardRow {
                id,
                matter: Some(r.matter),
                amount: amount_to_input(r.amount_yuan, wan),
                unit: wan,
                year: r.year.map(|y| y.to_string()).unwrap_or_default(),
                subject: r.subject.clone().unwrap_or_default(),
                policy: r.policy.clone().unwrap_or_default(),
            });
        }
        d
    }

    pub(super) fn take_id(&mut self) -> u32 {
        self.next_id += 1;
        self.next_id
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::testing::{today, yuan};
    use fusion_engine::answers::Location;

    #[test]
    fn every_sample_reads_back_unchanged_from_the_form() {
        for (id, _) in crate::samples::EXAMPLES {
            let answers = crate::state::testing::sample(id);
            let draft = Draft::from_answers(&answers, today());
            assert_eq!(draft.answers(today()), answers, "{id}");
            // Nothing a sample fills in is flagged as wrong.
            for field in draft.text_fields() {
                assert_eq!(draft.problem(field, today()), None, "{id}: {field:?}");
            }
        }
    }

    #[test]
    fn a_sample_round_trips_through_the_form() {
        let mut a = Answers {
            enterprise_name: Some("嘉禾示例物流有限公司".into()),
            location: Some(Location::Nanhu),
            industry: Some(Industry::Logistics),
            above_scale: Some(true),
            sectors: vec![Sector::Machining, Sector::ApparelLuggage],
            activities: vec![Activity::SupplyChainManagement],
            ..Answers::default()
        };
        a.revenue_yuan.insert(2022, yuan("45000000"));
        a.revenue_yuan.insert(2023, yuan("106123456.78"));
        a.recognitions.push(Recognition {
            kind: RecognitionKind::ServiceManufacturingDemo,
            level: Some(Level::Provincial),
            obtained: Date::new(2024, 7, 1),
            subject: Some("平台".into()),
        });
        a.awards_received.push(AwardReceived {
            matter: AwardMatter::RevenueMilestone,
            amount_yuan: yuan("100000"),
            year: Some(2022),
            subject: None,
            policy: Some("县级政策".into()),
        });
        a.tax.income_tax_rate_percent = Some(yuan("25"));
        a.land.own_land_mu = Some(yuan("40.5"));
        a.land.employees = Some(120);
        a.cross_border.trade_growth_percent = Some(yuan("-3.5"));
        a.separation.status = Some(SeparationStatus::Done);
        a.separation.new_land = Some(false);
        a.assessment_date = Date::new(2025, 3, 1);
        let draft = Draft::from_answers(&a, today());
        assert_eq!(draft.answers(today()), a);
    }
}

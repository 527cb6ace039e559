//! Field parsing: which parser reads which field of the draft, and what is
//! wrong with a field's text. The parsers themselves and the units belong to
//! `fusion_engine::input`.

use super::draft::Draft;
use super::fields::{FieldId, TextField, UnitSlot};
use super::sorted::SortedSet;
use fusion_engine::i18n::ui::{input_error, Ui};
use fusion_engine::input::{
    self, growth_percent_range, tax_rate_percent_range, AmountUnit, FieldKind, InputError,
};
use fusion_engine::{Date, Lang};
use rust_decimal::Decimal;

/// What is wrong with one field's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// The text does not parse as its kind.
    Input(InputError, FieldKind),
    /// A typed revenue year already in the table.
    DuplicateYear,
    /// An award with a matter but no amount.
    AwardNeedsAmount,
}

impl Problem {
    /// The message beside the field.
    pub fn message(self, lang: Lang) -> String {
        match self {
            Problem::Input(err, kind) => input_error(err, kind, lang),
            Problem::DuplicateYear => Ui::DuplicateYear.text(lang).to_string(),
            Problem::AwardNeedsAmount => Ui::AwardNeedsAmount.text(lang).to_string(),
        }
    }
}

/// A parsed field value.
pub(super) enum Value {
    Amount(Decimal),
    Count(u32),
    Percent(Decimal),
    Land(Decimal),
    Year(u16),
    Date(Date),
}

/// Reads `text` as `kind`; `latest` is the last possible data year.
pub(super) fn parse(
    kind: FieldKind,
    text: &str,
    unit: AmountUnit,
    latest: u16,
) -> Result<Option<Value>, InputError> {
    Ok(match kind {
        FieldKind::Amount => input::parse_amount(text, unit)?.map(Value::Amount),
        FieldKind::SignedAmount => input::parse_signed_amount(text, unit)?.map(Value::Amount),
        FieldKind::Count => input::parse_count(text)?.map(Value::Count),
        FieldKind::Growth => {
            input::parse_percent(text, growth_percent_range())?.map(Value::Percent)
        }
        FieldKind::TaxRate => {
            input::parse_percent(text, tax_rate_percent_range())?.map(Value::Percent)
        }
        FieldKind::Land => input::parse_land_mu(text)?.map(Value::Land),
        FieldKind::Year => input::parse_year(text, latest)?.map(Value::Year),
        FieldKind::Date => input::parse_date(text)?.map(Value::Date),
    })
}

fn amount_of(v: Option<Value>) -> Option<Decimal> {
    match v {
        Some(Value::Amount(d) | Value::Percent(d) | Value::Land(d)) => Some(d),
        _ => None,
    }
}

pub(super) fn non_empty(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

impl Draft {
    pub(super) fn parsed(
        &self,
        field: TextField,
        today: Date,
    ) -> Result<Option<Value>, InputError> {
        match field.kind() {
            Some(kind) => parse(
                kind,
                self.text(field),
                self.unit(UnitSlot::Field(field)),
                self.latest_year(today),
            ),
            None => Ok(None),
        }
    }

    pub(super) fn decimal(&self, field: TextField, today: Date) -> Option<Decimal> {
        amount_of(self.parsed(field, today).ok().flatten())
    }

    /// Years already in the table before typed row `except`: the fixed
    /// rows that hold text and the typed rows above it.
    fn taken_years(&self, except: u32, today: Date) -> SortedSet<u16> {
        let latest = self.latest_year(today);
        let mut taken: SortedSet<u16> = self
            .revenue
            .iter()
            .filter(|(_, t)| !t.trim().is_empty())
            .map(|(y, _)| *y)
            .collect();
        for row in self.extra_revenue.iter().take_while(|r| r.id != except) {
            if let Ok(Some(y)) = input::parse_year(&row.year, latest) {
                taken.insert(y);
            }
        }
        taken
    }

    /// What is wrong with a field's text, if anything (regardless of focus).
    pub fn problem(&self, id: FieldId, today: Date) -> Option<Problem> {
        let latest = self.latest_year(today);
        let check = |kind: FieldKind, text: &str, unit: AmountUnit| {
            parse(kind, text, unit, latest)
                .err()
                .map(|e| Problem::Input(e, kind))
        };
        match id {
            FieldId::Text(f) => f
                .kind()
                .and_then(|k| check(k, self.text(f), self.unit(UnitSlot::Field(f)))),
            FieldId::RevenueFixed(y) => check(
                FieldKind::Amount,
                self.revenue.get(&y).map(String::as_str).unwrap_or(""),
                self.revenue_unit,
            ),
            FieldId::ExtraYear(rid) => {
                let row = self.extra_revenue.iter().find(|r| r.id == rid)?;
                match input::parse_year(&row.year, latest) {
                    Err(e) => Some(Problem::Input(e, FieldKind::Year)),
                    Ok(Some(y)) if self.taken_years(rid, today).contains(&y) => {
                        Some(Problem::DuplicateYear)
                    }
                    Ok(_) => None,
                }
            }
            FieldId::ExtraAmount(rid) => {
                let row = self.extra_revenue.iter().find(|r| r.id == rid)?;
                check(FieldKind::Amount, &row.amount, self.revenue_unit)
            }
            FieldId::RecognitionDate(rid) => {
                let row = self.recognitions.iter().find(|r| r.id == rid)?;
                check(FieldKind::Date, &row.obtained, AmountUnit::Yuan)
            }
            FieldId::AwardAmount(rid) => {
                let row = self.awards.iter().find(|r| r.id == rid)?;
                check(FieldKind::Amount, &row.amount, row.unit).or_else(|| {
                    (row.matter.is_some() && row.amount.trim().is_empty())
                        .then_some(Problem::AwardNeedsAmount)
                })
            }
            FieldId::AwardYear(rid) => {
                let row = self.awards.iter().find(|r| r.id == rid)?;
                check(FieldKind::Year, &row.year, AmountUnit::Yuan)
            }
            _ => None,
        }
    }

    /// The text a field holds, for deciding whether it is still being typed.
    pub fn raw(&self, id: FieldId) -> &str {
        match id {
            FieldId::Text(f) => self.text(f),
            FieldId::RevenueFixed(y) => self.revenue.get(&y).map(String::as_str).unwrap_or(""),
            FieldId::ExtraYear(rid) => self
                .extra_revenue
                .iter()
                .find(|r| r.id == rid)
                .map_or("", |r| &r.year),
            FieldId::ExtraAmount(rid) => self
                .extra_revenue
                .iter()
                .find(|r| r.id == rid)
                .map_or("", |r| &r.amount),
            FieldId::RecognitionDate(rid) => self
                .recognitions
                .iter()
                .find(|r| r.id == rid)
                .map_or("", |r| &r.obtained),
            FieldId::AwardAmount(rid) => self
                .awards
                .iter()
                .find(|r| r.id == rid)
                .map_or("", |r| &r.amount),
            FieldId::AwardYear(rid) => self
                .awards
                .iter()
                .find(|r| r.id == rid)
                .map_or("", |r| &r.year),
            _ => "",
        }
    }

    /// Every field of the draft that holds text, for error summaries.
    pub fn text_fields(&self) -> Vec<FieldId> {
        let mut ids: Vec<FieldId> = self.text.keys().map(|f| FieldId::Text(*f)).collect();
        ids.extend(self.revenue.keys().map(|y| FieldId::RevenueFixed(*y)));
        for r in &self.extra_revenue {
            ids.extend([FieldId::ExtraYear(r.id), FieldId::ExtraAmount(r.id)]);
        }
        ids.extend(
            self.recognitions
                .iter()
                .map(|r| FieldId::RecognitionDate(r.id)),
        );
        for a in &self.awards {
            ids.extend([FieldId::AwardAmount(a.id), FieldId::AwardYear(a.id)]);
        }
        ids
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::testing::{reduce, today, yuan};
    use crate::state::{Action, Edit, State};
    use fusion_engine::answers::AwardMatter;

    #[test]
    fn bad_text_is_kept_and_left_out_of_the_answers() {
        let s = reduce(
            State::new("t", today()),
            [
                Action::Edit(Edit::RevenueFixed(2023, "8,000".into())),
                Action::Edit(Edit::Text(TextField::OwnLand, "0".into())),
                Action::Edit(Edit::Text(TextField::CrossBorderGrowth, "5000".into())),
            ],
        );
        assert_eq!(s.draft.text(TextField::OwnLand), "0");
        let a = s.answers();
        assert_eq!(a.revenue_yuan.get(&2023), Some(&yuan("80000000")));
        assert_eq!(a.land.own_land_mu, None);
        assert_eq!(a.cross_border.trade_growth_percent, None);
        assert!(matches!(
            s.shown_problem(FieldId::Text(TextField::OwnLand)),
            Some(Problem::Input(InputError::NotPositive, FieldKind::Land))
        ));
    }

    #[test]
    fn an_award_without_its_amount_is_flagged_after_leaving_the_field() {
        let s = reduce(State::new("t", today()), [Action::Edit(Edit::AddAward)]);
        let id = s.draft.awards[0].id;
        let s = reduce(
            s,
            [Action::Edit(Edit::AwardMatter(
                id,
                Some(AwardMatter::IndustrialDesign),
            ))],
        );
        assert_eq!(s.shown_problem(FieldId::AwardAmount(id)), None);
        assert!(s.answers().awards_received.is_empty());
        let s = reduce(s, [Action::Blur(FieldId::AwardAmount(id))]);
        assert_eq!(
            s.shown_problem(FieldId::AwardAmount(id)),
            Some(Problem::AwardNeedsAmount)
        );
        let s = reduce(s, [Action::Edit(Edit::AwardAmount(id, "30".into()))]);
        assert_eq!(s.shown_problem(FieldId::AwardAmount(id)), None);
        assert_eq!(s.answers().awards_received[0].amount_yuan, yuan("300000"));
    }

    #[test]
    fn typed_years_must_be_new_and_possible() {
        let s = reduce(
            State::new("t", today()),
            [
                Action::Edit(Edit::AddRevenueRow),
                Action::Edit(Edit::AddRevenueRow),
                Action::Edit(Edit::AddRevenueRow),
            ],
        );
        let ids: Vec<u32> = s.draft.extra_revenue.iter().map(|r| r.id).collect();
        let s = reduce(
            s,
            [
                Action::Edit(Edit::RevenueRowYear(ids[0], "2015".into())),
                Action::Edit(Edit::RevenueRowAmount(ids[0], "100".into())),
                Action::Edit(Edit::RevenueRowYear(ids[1], "2015".into())),
                Action::Edit(Edit::RevenueRowYear(ids[2], "2031".into())),
            ],
        );
        assert_eq!(s.shown_problem(FieldId::ExtraYear(ids[0])), None);
        assert_eq!(
            s.shown_problem(FieldId::ExtraYear(ids[1])),
            Some(Problem::DuplicateYear)
        );
        assert!(matches!(
            s.shown_problem(FieldId::ExtraYear(ids[2])),
            Some(Problem::Input(
                InputError::YearOutOfRange { max: 2025, .. },
                _
            ))
        ));
        assert_eq!(s.answers().revenue_yuan.get(&2015), Some(&yuan("1000000")));
        // A typed year that is already a filled fixed row is a duplicate too.
        let s = reduce(
            s,
            [
                Action::Edit(Edit::RevenueFixed(2020, "5,000".into())),
                Action::Edit(Edit::RevenueRowYear(ids[2], "2020".into())),
            ],
        );
        assert_eq!(
            s.shown_problem(FieldId::ExtraYear(ids[2])),
            Some(Problem::DuplicateYear)
        );
    }
}

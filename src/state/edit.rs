//! The edits: one change to one field or row of the draft.

use super::draft::{AwardRow, Draft, RecognitionRow, RevenueRow};
use super::fields::{FieldId, Flag, TextField, UnitSlot};
use fusion_engine::answers::{
    Activity, AwardMatter, Industry, Level, Location, RecognitionKind, Sector, SeparationStatus,
};
use fusion_engine::input::AmountUnit;

/// A change to the answers.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    Text(TextField, String),
    Unit(UnitSlot, AmountUnit),
    Location(Option<Location>),
    Industry(Option<Industry>),
    Flag(Flag, Option<bool>),
    SeparationStatus(Option<SeparationStatus>),
    Sector(Sector, bool),
    Activity(Activity, bool),
    RevenueFixed(u16, String),
    AddRevenueRow,
    RevenueRowYear(u32, String),
    RevenueRowAmount(u32, String),
    RemoveRevenueRow(u32),
    AddRecognition,
    RecognitionKind(u32, Option<RecognitionKind>),
    RecognitionLevel(u32, Option<Level>),
    RecognitionDate(u32, String),
    RecognitionSubject(u32, String),
    RemoveRecognition(u32),
    AddAward,
    AwardMatter(u32, Option<AwardMatter>),
    AwardAmount(u32, String),
    AwardYear(u32, String),
    AwardSubject(u32, String),
    AwardPolicy(u32, String),
    RemoveAward(u32),
}

impl Edit {
    /// The edit typing `text` into `field` makes; `None` for a field that
    /// is not typed into (a select, a group of boxes).
    pub fn typed(field: FieldId, text: String) -> Option<Edit> {
        Some(match field {
            FieldId::Text(f) => Edit::Text(f, text),
            FieldId::RevenueFixed(year) => Edit::RevenueFixed(year, text),
            FieldId::ExtraYear(id) => Edit::RevenueRowYear(id, text),
            FieldId::ExtraAmount(id) => Edit::RevenueRowAmount(id, text),
            FieldId::RecognitionDate(id) => Edit::RecognitionDate(id, text),
            FieldId::RecognitionSubject(id) => Edit::RecognitionSubject(id, text),
            FieldId::AwardAmount(id) => Edit::AwardAmount(id, text),
            FieldId::AwardYear(id) => Edit::AwardYear(id, text),
            FieldId::AwardSubject(id) => Edit::AwardSubject(id, text),
            FieldId::AwardPolicy(id) => Edit::AwardPolicy(id, text),
            _ => return None,
        })
    }
}

impl Draft {
    /// Applies one edit. Edits touch only their own field.
    pub fn apply(&mut self, edit: Edit) {
        match edit {
            Edit::Text(f, t) => {
                self.text.insert(f, t);
            }
            Edit::Unit(UnitSlot::Field(f), u) => {
                self.units.insert(f, u);
            }
            Edit::Unit(UnitSlot::Revenue, u) => self.revenue_unit = u,
            Edit::Unit(UnitSlot::Award(id), u) => {
                if let Some(r) = self.awards.iter_mut().find(|r| r.id == id) {
                    r.unit = u;
                }
            }
            Edit::Location(l) => self.location = l,
            Edit::Industry(i) => self.industry = i,
            Edit::Flag(f, v) => match v {
                Some(v) => {
                    self.flags.insert(f, v);
                }
                None => {
                    self.flags.remove(&f);
                }
            },
            Edit::SeparationStatus(s) => self.separation_status = s,
            Edit::Sector(s, on) => {
                self.sectors.retain(|x| *x != s);
                if on {
                    self.sectors.push(s);
                }
            }
            Edit::Activity(a, on) => {
                self.activities.retain(|x| *x != a);
                if on {
                    self.activities.push(a);
                }
            }
            Edit::RevenueFixed(y, t) => {
                self.revenue.insert(y, t);
            }
            Edit::AddRevenueRow => {
                let id = self.take_id();
                self.extra_revenue.push(RevenueRow {
                    id,
                    year: String::new(),
                    amount: String::new(),
                });
            }
            Edit::RevenueRowYear(id, t) => {
                if let Some(r) = self.extra_revenue.iter_mut().find(|r| r.id == id) {
                    r.year = t;
                }
            }
            Edit::RevenueRowAmount(id, t) => {
                if let Some(r) = self.extra_revenue.iter_mut().find(|r| r.id == id) {
                    r.amount = t;
                }
            }
            Edit::RemoveRevenueRow(id) => self.extra_revenue.retain(|r| r.id != id),
            Edit::AddRecognition => {
                let id = self.take_id();
                self.recognitions.push(RecognitionRow {
                    id,
                    kind: None,
                    level: None,
                    obtained: String::new(),
                    subject: String::new(),
                });
            }
            Edit::RecognitionKind(id, k) => self.with_recognition(id, |r| r.kind = k),
            Edit::RecognitionLevel(id, l) => self.with_recognition(id, |r| r.level = l),
            Edit::RecognitionDate(id, t) => self.with_recognition(id, |r| r.obtained = t),
            Edit::RecognitionSubject(id, t) => self.with_recognition(id, |r| r.subject = t),
            Edit::RemoveRecognition(id) => self.recognitions.retain(|r| r.id != id),
            Edit::AddAward => {
                let id = self.take_id();
                self.awards.push(AwardRow {
                    id,
                    matter: None,
                    amount: String::new(),
                    unit: AmountUnit::Wan,
                    year: String::new(),
                    subject: String::new(),
                    policy: String::new(),
                });
            }
            Edit::AwardMatter(id, m) => self.with_award(id, |r| r.matter = m),
            Edit::AwardAmount(id, t) => self.with_award(id, |r| r.amount = t),
            Edit::AwardYear(id, t) => self.with_award(id, |r| r.year = t),
            Edit::AwardSubject(id, t) => self.with_award(id, |r| r.subject = t),
            Edit::AwardPolicy(id, t) => self.with_award(id, |r| r.policy = t),
            Edit::RemoveAward(id) => self.awards.retain(|r| r.id != id),
        }
    }

    fn with_recognition(&mut self, id: u32, f: impl FnOnce(&mut RecognitionRow)) {
        if let Some(r) = self.recognitions.iter_mut().find(|r| r.id == id) {
            f(r);
        }
    }

    fn with_award(&mut self, id: u32, f: impl FnOnce(&mut AwardRow)) {
        if let Some(r) = self.awards.iter_mut().find(|r| r.id == id) {
            f(r);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::testing::{reduce, today, yuan};
    use crate::state::{Action, State};

    #[test]
    fn unit_switch_rereads_the_same_text() {
        let s = reduce(
            State::new("t", today()),
            [
                Action::Edit(Edit::Text(TextField::RdCost, "350".into())),
                Action::Edit(Edit::Unit(
                    UnitSlot::Field(TextField::RdCost),
                    AmountUnit::Yuan,
                )),
            ],
        );
        assert_eq!(s.answers().tax.rd_cost_yuan, Some(yuan("350")));
    }
}

//! Policy sandbox (政策沙盘): a pack's amounts and thresholds changed as data,
//! run beside the policy as written. Nothing is recompiled and no rule is
//! touched: the edits build another [`PolicyPack`] value and the same
//! engine evaluates it.
//!
//! A pack's tier lists are `&'static` slices (packs are plain statics, free
//! at start-up). An edited list is therefore kept for the rest of the run:
//! each distinct list is stored once and reused, so rerunning the same edits
//! keeps nothing more, and a session keeps only the lists it tried (a few
//! dozen bytes each).

use fusion_engine::policy::{Milestone, PolicyPack, SubsidyTier};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::sync::Mutex;

/// Awards by level (F1, F2), in yuan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LevelEdit {
    /// 国家级.
    pub national: Decimal,
    /// 省级.
    pub provincial: Decimal,
    /// 市级.
    pub municipal: Decimal,
}

/// One revenue tier (F3, F4): revenue above `threshold_yuan` earns `award_yuan`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TierEdit {
    /// Revenue the year must pass, in yuan.
    pub threshold_yuan: Decimal,
    /// The award, in yuan.
    pub award_yuan: Decimal,
}

/// The growth award (F5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct GrowthEdit {
    /// Growth the year must pass, in percent.
    pub threshold_percent: Decimal,
    /// The award per year, in yuan.
    pub award_yuan: Decimal,
    /// How many years after the milestone.
    pub years: u16,
}

/// One platform-subsidy tier (F6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubsidyEdit {
    /// Trade growth the tier needs, in percent.
    pub growth_percent: Decimal,
    /// Share of the upgrade cost paid, in percent.
    pub rate_percent: Decimal,
}

/// The platform subsidy (F6).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlatformEdit {
    /// Enterprises the platform must serve (more than).
    pub served_threshold: u32,
    /// Tiers, any order (highest growth is tried first).
    pub tiers: Vec<SubsidyEdit>,
    /// The cap, in yuan.
    pub cap_yuan: Decimal,
}

/// Changes to a pack's figures; what is absent stays as written.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PolicyEdits {
    /// F1 服务型制造示范.
    pub f1: Option<LevelEdit>,
    /// F2 工业设计.
    pub f2: Option<LevelEdit>,
    /// F3 生产性服务业营收首超 tiers.
    pub f3: Option<Vec<TierEdit>>,
    /// F4 批零贸易营收首超 tiers.
    pub f4: Option<Vec<TierEdit>>,
    /// F5 增速奖励.
    pub f5: Option<GrowthEdit>,
    /// F6 跨境电商平台补助.
    pub f6: Option<PlatformEdit>,
}

/// Why edits were refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    /// A negative amount, threshold or rate.
    Negative(&'static str),
    /// An empty tier list.
    NoTiers(&'static str),
}

impl EditError {
    /// The refusal in words.
    pub fn message(&self, lang: fusion_engine::Lang) -> String {
        use fusion_engine::i18n::batch::edit_message;
        match self {
            EditError::Negative(rule) => edit_message(rule, false, lang),
            EditError::NoTiers(rule) => edit_message(rule, true, lang),
        }
    }
}

static MILESTONES: Mutex<Vec<&'static [Milestone]>> = Mutex::new(Vec::new());
static SUBSIDIES: Mutex<Vec<&'static [SubsidyTier]>> = Mutex::new(Vec::new());

/// A `'static` slice equal to `items`: the stored one when this list was
/// seen before, else a new one kept for the rest of the run.
fn interned<T: PartialEq + Copy + 'static>(
    store: &Mutex<Vec<&'static [T]>>,
    items: Vec<T>,
) -> &'static [T] {
    let mut store = store.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(s) = store.iter().find(|s| ***s == *items) {
        return s;
    }
    let s: &'static [T] = Box::leak(items.into_boxed_slice());
    store.push(s);
    s
}

fn non_negative(d: Decimal, what: &'static str) -> Result<Decimal, EditError> {
    if d.is_sign_negative() && !d.is_zero() {
        Err(EditError::Negative(what))
    } else {
        Ok(d)
    }
}

fn tiers(edits: &[TierEdit], what: &'static str) -> Result<&'static [Milestone], EditError> {
    if edits.is_empty() {
        return Err(EditError::NoTiers(what));
    }
    let mut t = edits
        .iter()
        .map(|e| {
            Ok(Milestone {
                threshold: non_negative(e.threshold_yuan, what)?,
                award: non_negative(e.award_yuan, what)?,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    // The rules try tiers highest threshold first.
    t.sort_by_key(|m| std::cmp::Reverse(m.threshold));
    Ok(interned(&MILESTONES, t))
}

impl PolicyEdits {
    /// Whether nothing is changed.
    pub fn is_empty(&self) -> bool {
        *self == PolicyEdits::default()
    }

    /// `base` with these edits applied. The id stays; the version says it
    /// is a sandbox run, so no result of it passes for the policy's own.
    pub fn apply(&self, base: &PolicyPack) -> Result<PolicyPack, EditError> {
        let mut p = *base;
        if !self.is_empty() {
            p.version = "sandbox";
        }
        for (edit, awards) in [(&self.f1, &mut p.f1), (&self.f2, &mut p.f2)] {
            if let Some(e) = edit {
                awards.national = non_negative(e.national, "F1/F2")?;
                awards.provincial = non_negative(e.provincial, "F1/F2")?;
                awards.municipal = non_negative(e.municipal, "F1/F2")?;
            }
        }
        if let Some(t) = &self.f3 {
            p.f3.tiers = tiers(t, "F3")?;
        }
        if let Some(t) = &self.f4 {
            p.f4.tiers = tiers(t, "F4")?;
        }
        if let Some(g) = &self.f5 {
            p.f5.threshold_percent = non_negative(g.threshold_percent, "F5")?;
            p.f5.award = non_negative(g.award_yuan, "F5")?;
            p.f5.years = g.years;
        }
        if let Some(f) = &self.f6 {
            if f.tiers.is_empty() {
                return Err(EditError::NoTiers("F6"));
            }
            let mut t = f
                .tiers
                .iter()
                .map(|e| {
                    Ok(SubsidyTier {
                        growth_percent: e.growth_percent,
                        rate_percent: non_negative(e.rate_percent, "F6")?,
                    })
                })
                .collect::<Result<Vec<_>, _>>()?;
            t.sort_by_key(|m| std::cmp::Reverse(m.growth_percent));
            p.f6.served_threshold = f.served_threshold;
            p.f6.tiers = interned(&SUBSIDIES, t);
            p.f6.cap = non_negative(f.cap_yuan, "F6")?;
        }
        Ok(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fusion_engine::JIAXING_2024_14;

    #[test]
    fn no_edits_is_the_policy_as_written() {
        let p = PolicyEdits::default().apply(&JIAXING_2024_14).unwrap();
        assert_eq!(p, JIAXING_2024_14);
    }

    #[test]
    fn the_same_tiers_are_stored_once() {
        let e = PolicyEdits {
            f3: Some(vec![TierEdit {
                threshold_yuan: Decimal::from(30_000_000),
                award_yuan: Decimal::from(150_000),
            }]),
            ..Default::default()
        };
        let a = e.apply(&JIAXING_2024_14).unwrap();
        let b = e.apply(&JIAXING_2024_14).unwrap();
        assert!(std::ptr::eq(a.f3.tiers, b.f3.tiers));
        assert_eq!(a.version, "sandbox");
    }

    #[test]
    fn negative_figures_and_empty_tiers_are_refused() {
        let e = PolicyEdits {
            f5: Some(GrowthEdit {
                threshold_percent: Decimal::from(-1),
                award_yuan: Decimal::ZERO,
                years: 3,
            }),
            ..Default::default()
        };
        assert_eq!(e.apply(&JIAXING_2024_14), Err(EditError::Negative("F5")));
        let e = PolicyEdits {
            f4: Some(vec![]),
            ..Default::default()
        };
        assert_eq!(e.apply(&JIAXING_2024_14), Err(EditError::NoTiers("F4")));
    }
}

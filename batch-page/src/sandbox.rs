//! The policy sandbox form (政策沙盘): its fields as typed, prefilled with
//! the pack's figures, read into `fusion_batch::PolicyEdits` (the worker
//! builds the changed pack from them). Amounts are typed in 万元 and sent in
//! yuan; a rule none of whose fields changed is sent as "as written".

use fusion_batch::sandbox::{GrowthEdit, LevelEdit, PlatformEdit, SubsidyEdit, TierEdit};
use fusion_batch::PolicyEdits;
use fusion_engine::i18n::batch_page::Page;
use fusion_engine::i18n::ui::input_error;
use fusion_engine::input::{
    amount_to_input, decimal_to_input, parse_amount, parse_count, AmountUnit, FieldKind,
};
use fusion_engine::{Lang, PolicyPack};
use rust_decimal::Decimal;

/// One field of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Knob {
    /// F1 award by level: 0 national, 1 provincial, 2 municipal (万元).
    F1(usize),
    /// F3 tier `i`'s revenue threshold (万元).
    F3Threshold(usize),
    /// F3 tier `i`'s award (万元).
    F3Award(usize),
    /// F5 growth threshold (%).
    F5Threshold,
    /// F5 award per year (万元).
    F5Award,
    /// F5 number of years.
    F5Years,
    /// F6 enterprises the platform must serve (more than).
    F6Served,
    /// F6 tier `i`'s growth (%).
    F6Growth(usize),
    /// F6 tier `i`'s share of the cost (%).
    F6Rate(usize),
    /// F6 cap (万元).
    F6Cap,
}

impl Knob {
    /// The field's label and unit.
    pub fn label(self, lang: Lang) -> (String, &'static str) {
        let tier = |i: usize, p: Page| match lang {
            Lang::Zh => format!("{}(第{}{})", p.text(lang), i + 1, Page::Tier.text(lang)),
            Lang::En => format!("{} ({} {})", p.text(lang), Page::Tier.text(lang), i + 1),
        };
        let wan = Page::Wan.text(lang);
        let pct = Page::Percent.text(lang);
        match self {
            Knob::F1(0) => (Page::F1National.text(lang).into(), wan),
            Knob::F1(1) => (Page::F1Provincial.text(lang).into(), wan),
            Knob::F1(_) => (Page::F1Municipal.text(lang).into(), wan),
            Knob::F3Threshold(i) => (tier(i, Page::F3Threshold), wan),
            Knob::F3Award(i) => (tier(i, Page::F3Award), wan),
            Knob::F5Threshold => (Page::F5Threshold.text(lang).into(), pct),
            Knob::F5Award => (Page::F5Award.text(lang).into(), wan),
            Knob::F5Years => (Page::F5Years.text(lang).into(), Page::Years.text(lang)),
            Knob::F6Served => (
                Page::F6Served.text(lang).into(),
                Page::Enterprises.text(lang),
            ),
            Knob::F6Growth(i) => (tier(i, Page::F6Growth), pct),
            Knob::F6Rate(i) => (tier(i, Page::F6Rate), pct),
            Knob::F6Cap => (Page::F6Cap.text(lang).into(), wan),
        }
    }

    /// A DOM id for the field's input.
    pub fn id(self) -> String {
        match self {
            Knob::F1(i) => format!("fb-sb-f1-{i}"),
            Knob::F3Threshold(i) => format!("fb-sb-f3t-{i}"),
            Knob::F3Award(i) => format!("fb-sb-f3a-{i}"),
            Knob::F5Threshold => "fb-sb-f5t".into(),
            Knob::F5Award => "fb-sb-f5a".into(),
            Knob::F5Years => "fb-sb-f5y".into(),
            Knob::F6Served => "fb-sb-f6s".into(),
            Knob::F6Growth(i) => format!("fb-sb-f6g-{i}"),
            Knob::F6Rate(i) => format!("fb-sb-f6r-{i}"),
            Knob::F6Cap => "fb-sb-f6c".into(),
        }
    }

    fn kind(self) -> FieldKind {
        match self {
            Knob::F5Threshold | Knob::F6Growth(_) | Knob::F6Rate(_) => FieldKind::Growth,
            Knob::F5Years | Knob::F6Served => FieldKind::Count,
            _ => FieldKind::Amount,
        }
    }
}

/// The form as typed: every field with its text, in display order.
#[derive(Debug, Clone, PartialEq)]
pub struct SandboxDraft {
    /// Fields and their text.
    pub fields: Vec<(Knob, String)>,
}

/// A field that does not read, with the message to show beside it.
#[derive(Debug, Clone, PartialEq)]
pub struct KnobError {
    /// The field.
    pub knob: Knob,
    /// What is wrong.
    pub message: String,
}

impl SandboxDraft {
    /// The form showing `pack`'s own figures.
    pub fn of(pack: &PolicyPack) -> SandboxDraft {
        let wan = |d: Decimal| amount_to_input(d, AmountUnit::Wan);
        let mut fields = vec![
            (Knob::F1(0), wan(pack.f1.national)),
            (Knob::F1(1), wan(pack.f1.provincial)),
            (Knob::F1(2), wan(pack.f1.municipal)),
        ];
        for (i, t) in pack.f3.tiers.iter().enumerate() {
            fields.push((Knob::F3Threshold(i), wan(t.threshold)));
            fields.push((Knob::F3Award(i), wan(t.award)));
        }
        fields.push((
            Knob::F5Threshold,
            decimal_to_input(pack.f5.threshold_percent),
        ));
        fields.push((Knob::F5Award, wan(pack.f5.award)));
        fields.push((Knob::F5Years, pack.f5.years.to_string()));
        fields.push((Knob::F6Served, pack.f6.served_threshold.to_string()));
        for (i, t) in pack.f6.tiers.iter().enumerate() {
            fields.push((Knob::F6Growth(i), decimal_to_input(t.growth_percent)));
            fields.push((Knob::F6Rate(i), decimal_to_input(t.rate_percent)));
        }
        fields.push((Knob::F6Cap, wan(pack.f6.cap)));
        SandboxDraft { fields }
    }

    /// Sets one field's text.
    pub fn set(&mut self, knob: Knob, text: String) {
        if let Some(f) = self.fields.iter_mut().find(|(k, _)| *k == knob) {
            f.1 = text;
        }
    }

    /// One field's text.
    pub fn get(&self, knob: Knob) -> &str {
        self.fields
            .iter()
            .find(|(k, _)| *k == knob)
            .map_or("", |(_, t)| t.as_str())
    }

    /// The edits the form says, against `pack` (rules left as they are
    /// stay unedited); or the first field that does not read.
    pub fn edits(&self, pack: &PolicyPack, lang: Lang) -> Result<PolicyEdits, KnobError> {
        let written = SandboxDraft::of(pack);
        let changed = |f: fn(&Knob) -> bool| {
            self.fields
                .iter()
                .zip(&written.fields)
                .any(|((k, a), (_, b))| f(k) && a.trim() != b.trim())
        };
        let value = |knob: Knob| -> Result<Decimal, KnobError> {
            let text = self.get(knob);
            let parsed = match knob.kind() {
                FieldKind::Amount => parse_amount(text, AmountUnit::Wan),
                FieldKind::Count => parse_count(text).map(|c| c.map(Decimal::from)),
                // Percent: any non-negative number (a sandbox may go past
                // what an enterprise could report).
                _ => parse_amount(text, AmountUnit::Yuan),
            };
            match parsed {
                Ok(Some(d)) => Ok(d),
                Ok(None) => Err(KnobError {
                    knob,
                    message: Page::SandboxRequired.text(lang).into(),
                }),
                Err(e) => Err(KnobError {
                    knob,
                    message: input_error(e, knob.kind(), lang),
                }),
            }
        };
        let whole = |knob: Knob| -> Result<u32, KnobError> {
            let d = value(knob)?;
            u32::try_from(d).map_err(|_| KnobError {
                knob,
                message: Page::SandboxRequired.text(lang).into(),
            })
        };
        let mut e = PolicyEdits::default();
        if changed(|k| matches!(k, Knob::F1(_))) {
            e.f1 = Some(LevelEdit {
                national: value(Knob::F1(0))?,
                provincial: value(Knob::F1(1))?,
                municipal: value(Knob::F1(2))?,
            });
        }
        if changed(|k| matches!(k, Knob::F3Threshold(_) | Knob::F3Award(_))) {
            e.f3 = Some(
                (0..pack.f3.tiers.len())
                    .map(|i| {
                        Ok(TierEdit {
                            threshold_yuan: value(Knob::F3Threshold(i))?,
                            award_yuan: value(Knob::F3Award(i))?,
                        })
                    })
                    .collect::<Result<_, _>>()?,
            );
        }
        if changed(|k| matches!(k, Knob::F5Threshold | Knob::F5Award | Knob::F5Years)) {
            e.f5 = Some(GrowthEdit {
                threshold_percent: value(Knob::F5Threshold)?,
                award_yuan: value(Knob::F5Award)?,
                years: u16::try_from(whole(Knob::F5Years)?).unwrap_or(u16::MAX),
            });
        }
        if changed(|k| {
            matches!(
                k,
                Knob::F6Served | Knob::F6Growth(_) | Knob::F6Rate(_) | Knob::F6Cap
            )
        }) {
            e.f6 = Some(PlatformEdit {
                served_threshold: whole(Knob::F6Served)?,
                tiers: (0..pack.f6.tiers.len())
                    .map(|i| {
                        Ok(SubsidyEdit {
                            growth_percent: value(Knob::F6Growth(i))?,
                            rate_percent: value(Knob::F6Rate(i))?,
                        })
                    })
                    .collect::<Result<_, _>>()?,
                cap_yuan: value(Knob::F6Cap)?,
            });
        }
        Ok(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fusion_engine::JIAXING_2024_14 as PACK;

    #[test]
    fn the_policy_as_written_is_no_edit() {
        let d = SandboxDraft::of(&PACK);
        assert_eq!(d.get(Knob::F1(0)), "150");
        assert!(d.edits(&PACK, Lang::Zh).unwrap().is_empty());
    }

    #[test]
    fn a_changed_tier_sends_its_rule_in_yuan() {
        let mut d = SandboxDraft::of(&PACK);
        d.set(Knob::F3Award(0), "80".into());
        d.set(Knob::F5Threshold, "10".into());
        let e = d.edits(&PACK, Lang::Zh).unwrap();
        let f3 = e.f3.unwrap();
        assert_eq!(f3[0].award_yuan, Decimal::from(800_000));
        assert_eq!(f3[0].threshold_yuan, Decimal::from(100_000_000));
        assert_eq!(f3.len(), PACK.f3.tiers.len());
        assert_eq!(e.f5.unwrap().threshold_percent, Decimal::from(10));
        assert!(e.f1.is_none() && e.f6.is_none());
    }

    #[test]
    fn bad_text_names_its_field() {
        let mut d = SandboxDraft::of(&PACK);
        d.set(Knob::F6Cap, "六十".into());
        let err = d.edits(&PACK, Lang::Zh).unwrap_err();
        assert_eq!(err.knob, Knob::F6Cap);
        assert!(!err.message.is_empty());
        d.set(Knob::F6Cap, String::new());
        assert_eq!(d.edits(&PACK, Lang::Zh).unwrap_err().knob, Knob::F6Cap);
    }
}

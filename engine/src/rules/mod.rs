//! The rules of a policy pack applied to an enterprise's answers.
//!
//! One entry point, [`evaluate`]; one submodule per part of the policy, each
//! function beside the sentence it implements. Rules read every figure from
//! the [`PolicyPack`] and record what they compared as typed [`Step`]s and
//! why an outcome is not certain as [`Caveat`]s; they never build prose, so
//! the same outcome renders in either language ([`crate::explain`]).
//!
//! Levels follow RULES.md: a rule first decides a [`Base`] result from the
//! text's conditions; [`Ctx::finish`] then adds what holds for the whole
//! profile (a county applying by reference, an assessment date outside the
//! window) and lowers "met" to "likely" when any caveat says so.

mod benchmarks;
mod cash;
mod supports;
mod tax;
mod tracks;

use crate::answers::{Answers, Industry, Location, Question};
use crate::assessment::{
    Assessment, Caveat, Interpretation, Outcome, OutcomeKind, OutcomeLevel, RuleId, RuleTotal,
    Step, Totals, WindowStatus, YearTotal,
};
use crate::date::Date;
use crate::policy::{Coverage, PolicyPack};
use rust_decimal::{Decimal, RoundingStrategy};
use std::ops::RangeInclusive;

/// Evaluates every rule of `pack` against `answers` as of the answers'
/// assessment date, or `today` when they have none.
///
/// Never panics, whatever the answers (invalid ones included: callers show
/// [`crate::answers::validate`]'s findings first, but the engine stays total).
pub fn evaluate(pack: &PolicyPack, answers: &Answers, today: Date) -> Assessment {
    let ctx = Ctx::new(pack, answers, today);
    let mut out = Vec::with_capacity(32);
    if ctx.coverage == Some(Coverage::Outside) {
        outside(&ctx, &mut out);
    } else {
        cash::service_manufacturing(&ctx, &mut out);
        cash::industrial_design(&ctx, &mut out);
        let milestones = cash::revenue_milestones(&ctx, &mut out);
        cash::revenue_growth(&ctx, &milestones, &mut out);
        cash::platform_subsidy(&ctx, &mut out);
        tax::rd_deduction(&ctx, &mut out);
        tax::reduced_rate(&ctx, &mut out);
        supports::finance(&ctx, &mut out);
        supports::land(&ctx, &mut out);
        supports::separation(&ctx, &mut out);
        benchmarks::benchmarks(&ctx, &mut out);
        tracks::tracks(&ctx, &mut out);
    }
    let totals = totals(&out);
    Assessment {
        pack_id: pack.id,
        pack_version: pack.version,
        as_of: ctx.as_of,
        window: ctx.window,
        by_reference: match ctx.coverage {
            Some(Coverage::ByReference) => answers.location,
            _ => None,
        },
        outcomes: out,
        totals,
        notes: vec![
            Caveat::Interpretation {
                interpretation: Interpretation::AnnualApplicationNextYear,
            },
            Caveat::HighestOnce,
            Caveat::SubjectToBudget,
        ],
    }
}

/// Where the assessment date falls relative to the pack's validity.
pub fn window_status(pack: &PolicyPack, as_of: Date) -> WindowStatus {
    if as_of < pack.validity.in_force_from {
        WindowStatus::BeforeInForce
    } else if as_of > pack.validity.in_force_until {
        WindowStatus::Expired
    } else {
        WindowStatus::InForce
    }
}

/// The data years whose figures can earn an annual award (F3-F6) under
/// `pack`: those applied for while it is in force, `application_lag_years`
/// after the data year (2023-2025 for 嘉政发〔2024〕14号). Earlier years only
/// prove that a later crossing is the first ("首次"); later ones would be
/// claimed after expiry, under whatever policy follows.
pub fn award_data_years(pack: &PolicyPack) -> RangeInclusive<u16> {
    let v = &pack.validity;
    v.in_force_from.year.saturating_sub(v.application_lag_years)
        ..=v.in_force_until
            .year
            .saturating_sub(v.application_lag_years)
}

/// Whether a figure for `year` is a forecast on `as_of`: the year has not
/// ended (RULES.md "Time"). An award resting on it is at best "possible".
pub fn is_forecast_year(year: u16, as_of: Date) -> bool {
    year >= as_of.year
}

/// Where `year` falls when awards are applied for `lag` years after it.
fn data_year_when(pack: &PolicyPack, lag: u16, year: u16) -> When {
    let v = &pack.validity;
    let applied = year.saturating_add(lag);
    if applied < v.in_force_from.year {
        When::TooEarly
    } else if applied > v.in_force_until.year {
        When::AfterExpiry
    } else {
        When::Inside
    }
}

/// A rule's own verdict, before the profile-wide context is applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Base {
    /// The text's conditions are met.
    Met,
    /// A path: met once the enterprise obtains something.
    Possible,
    NotEligible,
    NeedMore,
}

/// Where a date or data year falls for the policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum When {
    /// So early that it would have been applied for before the policy existed.
    TooEarly,
    /// Before entry into force, but within reach of the first application round.
    BeforeInForce,
    Inside,
    /// Applied for after expiry: the successor policy decides.
    AfterExpiry,
}

/// An outcome being built.
pub(crate) struct Draft {
    pub rule: RuleId,
    pub kind: OutcomeKind,
    pub year: Option<u16>,
    pub amount: Option<Decimal>,
    pub subject: Option<String>,
    pub steps: Vec<Step>,
    pub caveats: Vec<Caveat>,
    pub missing: Vec<Question>,
}

impl Draft {
    pub fn new(rule: RuleId, kind: OutcomeKind) -> Draft {
        Draft {
            rule,
            kind,
            year: None,
            amount: None,
            subject: None,
            steps: Vec::new(),
            caveats: Vec::new(),
            missing: Vec::new(),
        }
    }

    pub fn year(mut self, year: u16) -> Draft {
        self.year = Some(year);
        self
    }

    pub fn step(&mut self, step: Step) {
        self.steps.push(step);
    }

    pub fn caveat(&mut self, caveat: Caveat) {
        if !self.caveats.contains(&caveat) {
            self.caveats.push(caveat);
        }
    }

    pub fn interpretation(&mut self, interpretation: Interpretation) {
        self.caveat(Caveat::Interpretation { interpretation });
    }

    pub fn missing(&mut self, q: Question) {
        if !self.missing.contains(&q) {
            self.missing.push(q);
        }
    }
}

/// What every rule needs: the pack, the answers, and the profile-wide facts.
pub(crate) struct Ctx<'a> {
    pub pack: &'a PolicyPack,
    pub answers: &'a Answers,
    pub as_of: Date,
    pub window: WindowStatus,
    /// `None` while the location is unanswered.
    pub coverage: Option<Coverage>,
    pub industry: Option<Industry>,
}

impl<'a> Ctx<'a> {
    fn new(pack: &'a PolicyPack, answers: &'a Answers, today: Date) -> Ctx<'a> {
        let as_of = answers.as_of(today);
        Ctx {
            pack,
            answers,
            as_of,
            window: window_status(pack, as_of),
            coverage: answers.location.map(|l| pack.coverage(l)),
            industry: answers.industry,
        }
    }

    /// Where a data year falls: its award is applied for `application_lag_years` later.
    pub fn data_year(&self, year: u16) -> When {
        data_year_when(self.pack, self.pack.validity.application_lag_years, year)
    }

    /// Whether reading "applied for the year after the data year" the other
    /// way (applied for in the data year itself) would move `year` across
    /// the window, so the assumption decides this outcome.
    fn lag_decides(&self, year: u16) -> bool {
        self.data_year(year) != data_year_when(self.pack, 0, year)
    }

    /// Records where a data year falls for an annual award: the application
    /// assumption where it decides, a year after expiry as such. A year
    /// before the policy could reach it ends the draft as not eligible
    /// (`None`); otherwise the draft comes back.
    pub fn data_year_gate(&self, mut d: Draft, year: u16, out: &mut Vec<Outcome>) -> Option<Draft> {
        if self.lag_decides(year) {
            d.interpretation(Interpretation::AnnualApplicationNextYear);
        }
        match self.data_year(year) {
            When::TooEarly => {
                d.step(Step::DataYearBeforePolicy { year });
                d.interpretation(Interpretation::DataYearsBeforePolicyNotPaid);
                self.finish(d, Base::NotEligible, out);
                None
            }
            When::AfterExpiry => {
                d.caveat(Caveat::DataYearAfterExpiry { year });
                Some(d)
            }
            When::BeforeInForce | When::Inside => Some(d),
        }
    }

    /// Whether a figure for `year` is a forecast: the year has not ended on
    /// the assessment date.
    pub fn is_forecast(&self, year: u16) -> bool {
        is_forecast_year(year, self.as_of)
    }

    /// Where a recognition date falls. Recognitions count when obtained while
    /// the policy is in force; one from the year before entry into force could
    /// still reach the first round ("likely"); older ones could not.
    pub fn recognition_date(&self, date: Date) -> When {
        let v = &self.pack.validity;
        if date < v.in_force_from {
            if date.year.saturating_add(v.application_lag_years) < v.in_force_from.year {
                When::TooEarly
            } else {
                When::BeforeInForce
            }
        } else if date > v.in_force_until {
            When::AfterExpiry
        } else {
            When::Inside
        }
    }

    /// The last data year that is complete on the assessment date.
    pub fn last_complete_year(&self) -> u16 {
        self.as_of.year.saturating_sub(1)
    }

    /// Turns a draft into an outcome: adds the profile-wide caveats and
    /// settles the level (RULES.md "Result levels").
    pub fn finish(&self, mut d: Draft, base: Base, out: &mut Vec<Outcome>) {
        let contextual = matches!(
            d.kind,
            OutcomeKind::Cash | OutcomeKind::TaxEstimate | OutcomeKind::NonCash
        );
        if contextual && base != Base::NotEligible {
            if let (Some(Coverage::ByReference), Some(location)) =
                (self.coverage, self.answers.location)
            {
                d.caveat(Caveat::ByReference { location });
            }
            match self.window {
                WindowStatus::BeforeInForce => {
                    d.caveat(Caveat::AssessedBeforeInForce { as_of: self.as_of })
                }
                WindowStatus::Expired => {
                    d.caveat(Caveat::AssessedAfterExpiry { as_of: self.as_of })
                }
                WindowStatus::InForce => {}
            }
            if self.coverage.is_none() {
                d.missing.insert(0, Question::Location);
            }
        }
        // A refusal keeps only what it rests on: a reading that, taken the
        // other way, would pay, and an award already received. Anything else
        // could not change it (RULES.md "Time").
        if base == Base::NotEligible {
            d.caveats.retain(|c| match c {
                Caveat::Interpretation { interpretation } => interpretation.explains_refusal(),
                Caveat::AlreadyReceived { .. } => true,
                _ => false,
            });
        }
        let forecast = d
            .caveats
            .iter()
            .any(|c| matches!(c, Caveat::Forecast { .. }));
        let level = match base {
            Base::Met if contextual && self.coverage.is_none() => OutcomeLevel::NeedMoreAnswers,
            // A plan is not a fact: at best a path (RULES.md "Time").
            Base::Met if forecast => OutcomeLevel::Possible,
            Base::Met if d.caveats.iter().any(Caveat::lowers_level) => OutcomeLevel::Likely,
            Base::Met => OutcomeLevel::Qualifies,
            Base::Possible => OutcomeLevel::Possible,
            Base::NotEligible => OutcomeLevel::NotEligible,
            Base::NeedMore => OutcomeLevel::NeedMoreAnswers,
        };
        out.push(Outcome {
            rule: d.rule,
            level,
            kind: d.kind,
            year: d.year,
            amount_yuan: d.amount,
            subject: d.subject,
            steps: d.steps,
            caveats: d.caveats,
            missing: d.missing,
        });
    }
}

/// Outside 嘉兴市: every support of the pack is out of reach.
fn outside(ctx: &Ctx, out: &mut Vec<Outcome>) {
    for rule in RuleId::FIXED {
        let kind = match rule {
            RuleId::F1 | RuleId::F2 | RuleId::F3 | RuleId::F4 | RuleId::F5 | RuleId::F6 => {
                OutcomeKind::Cash
            }
            RuleId::T1 | RuleId::T2 => OutcomeKind::TaxEstimate,
            RuleId::B1 | RuleId::B2 | RuleId::B3 => continue,
            _ => OutcomeKind::NonCash,
        };
        let mut d = Draft::new(rule, kind);
        d.step(Step::OutsideJiaxing);
        ctx.finish(d, Base::NotEligible, out);
    }
}

/// Money to the fen, half away from zero (how a subsidy is paid out).
pub(crate) fn to_fen(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// `a × p%`, to the fen; `None` on overflow (only absurd, unvalidated input).
pub(crate) fn percent_of(a: Decimal, p: Decimal) -> Option<Decimal> {
    a.checked_mul(p)?
        .checked_div(Decimal::ONE_HUNDRED)
        .map(to_fen)
}

/// Totals from the outcomes: cash and tax apart, by year and by rule.
pub fn totals(outcomes: &[Outcome]) -> Totals {
    let mut t = Totals::default();
    for o in outcomes {
        let certain = match o.level {
            OutcomeLevel::Qualifies => true,
            OutcomeLevel::Likely => false,
            OutcomeLevel::Possible => {
                if o.kind == OutcomeKind::TaxEstimate {
                    if let Some(a) = o.amount_yuan {
                        t.tax_possible_yuan = t.tax_possible_yuan.saturating_add(a);
                    }
                }
                continue;
            }
            _ => continue,
        };
        match o.kind {
            OutcomeKind::Cash => {
                let a = o.amount_yuan.unwrap_or_default();
                let (q, l) = if certain {
                    (a, Decimal::ZERO)
                } else {
                    (Decimal::ZERO, a)
                };
                t.cash_qualifies_yuan = t.cash_qualifies_yuan.saturating_add(q);
                t.cash_likely_yuan = t.cash_likely_yuan.saturating_add(l);
                if let Some(year) = o.year {
                    let i = match t.cash_by_year.binary_search_by_key(&year, |y| y.year) {
                        Ok(i) => i,
                        Err(i) => {
                            t.cash_by_year.insert(
                                i,
                                YearTotal {
                                    year,
                                    qualifies_yuan: Decimal::ZERO,
                                    likely_yuan: Decimal::ZERO,
                                },
                            );
                            i
                        }
                    };
                    let y = &mut t.cash_by_year[i];
                    y.qualifies_yuan = y.qualifies_yuan.saturating_add(q);
                    y.likely_yuan = y.likely_yuan.saturating_add(l);
                }
                let i = match t.cash_by_rule.binary_search_by_key(&o.rule, |r| r.rule) {
                    Ok(i) => i,
                    Err(i) => {
                        t.cash_by_rule.insert(
                            i,
                            RuleTotal {
                                rule: o.rule,
                                qualifies_yuan: Decimal::ZERO,
                                likely_yuan: Decimal::ZERO,
                            },
                        );
                        i
                    }
                };
                let r = &mut t.cash_by_rule[i];
                r.qualifies_yuan = r.qualifies_yuan.saturating_add(q);
                r.likely_yuan = r.likely_yuan.saturating_add(l);
            }
            OutcomeKind::TaxEstimate => {
                t.tax_estimate_yuan = t
                    .tax_estimate_yuan
                    .saturating_add(o.amount_yuan.unwrap_or_default());
            }
            OutcomeKind::NonCash => {
                if !t.non_cash.contains(&o.rule) {
                    t.non_cash.push(o.rule);
                }
            }
            OutcomeKind::Track | OutcomeKind::Benchmark => {}
        }
    }
    t
}

/// True when `location` is itself a 两业融合 pilot area in the pack.
pub(crate) fn is_pilot(ctx: &Ctx, location: Option<Location>) -> bool {
    location.is_some_and(|l| ctx.pack.scope.pilot_areas.contains(&l))
}

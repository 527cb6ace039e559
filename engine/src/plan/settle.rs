//! Settling a candidate with the engine itself: the answers are evaluated
//! again with the change applied, and the target keeps only what the rules
//! give. When the pack's figure is not the smallest value that works (a
//! merged tax figure counts too, say), the smallest is found by bisection,
//! still asking the engine only.

use super::candidates::{Candidate, Guess};
use super::{answer_of, with_answer, Condition, Target};
use crate::answers::{Answers, Question};
use crate::assessment::{Assessment, Outcome, OutcomeKind, OutcomeLevel, RuleId};
use crate::policy::PolicyPack;
use crate::rules::evaluate;
use rust_decimal::Decimal;

/// Whether an outcome gives what it is about: a cash award with an amount,
/// a benchmark met; at "possible" or better, nothing left to answer.
pub(crate) fn reached(o: &Outcome) -> bool {
    matches!(
        o.level,
        OutcomeLevel::Qualifies | OutcomeLevel::Likely | OutcomeLevel::Possible
    ) && o.missing.is_empty()
        && (o.kind != OutcomeKind::Cash || o.amount_yuan.is_some_and(|x| x > Decimal::ZERO))
}

/// What a rule gives for one year in an assessment.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Gives {
    /// The award (a met benchmark counts one); zero when nothing is reached.
    score: Decimal,
    /// The award in yuan, for a cash rule.
    amount: Option<Decimal>,
    level: Option<OutcomeLevel>,
}

fn gives(a: &Assessment, rule: RuleId, year: Option<u16>) -> Gives {
    let mut g = Gives {
        score: Decimal::ZERO,
        amount: None,
        level: None,
    };
    for o in a
        .outcomes
        .iter()
        .filter(|o| o.rule == rule && o.year == year && reached(o))
    {
        let worth = match o.kind {
            OutcomeKind::Cash => o.amount_yuan.unwrap_or_default(),
            _ => Decimal::ONE,
        };
        g.score = g.score.saturating_add(worth);
        if o.kind == OutcomeKind::Cash {
            g.amount = Some(g.amount.unwrap_or_default().saturating_add(worth));
        }
        // The weakest level of what is summed.
        g.level = Some(g.level.map_or(o.level, |l| l.max(o.level)));
    }
    g
}

/// Evaluations of the answers with a candidate's changes applied.
struct Probe<'a> {
    pack: &'a PolicyPack,
    answers: &'a Answers,
    a: &'a Assessment,
    rule: RuleId,
    year: Option<u16>,
}

impl Probe<'_> {
    /// What the rule gives with each `(question, value)` applied.
    fn with(&self, changes: &[(Question, Decimal)]) -> Option<Gives> {
        let mut answers = self.answers.clone();
        for &(q, v) in changes {
            answers = with_answer(&answers, q, v)?;
        }
        // The assessment's date: the answers' own, or the caller's today.
        let a = evaluate(self.pack, &answers, self.a.as_of);
        Some(gives(&a, self.rule, self.year))
    }
}

/// The changes of a candidate: `main` for its condition, every `also` at its value.
fn changes(c: &Candidate, main: Decimal) -> Vec<(Question, Decimal)> {
    std::iter::once((c.condition.question, main))
        .chain(c.also.iter().map(|g| (g.question, g.value)))
        .collect()
}

/// The smallest value on the step grid in `(lo, hi]` that gives `want`,
/// knowing `lo` does not and `hi` does (the rules are monotone in it).
fn bisect(
    probe: &Probe,
    c: &Candidate,
    lo: Decimal,
    hi: Decimal,
    step: Decimal,
    want: Decimal,
) -> Option<Decimal> {
    let grid = |x: Decimal| -> Option<Decimal> { x.checked_div(step)?.floor().checked_mul(step) };
    let mut lo = grid(lo)?;
    let mut hi = hi;
    while hi.checked_sub(lo)? > step {
        let mut mid = grid(lo.checked_add(hi)?.checked_div(Decimal::TWO)?)?;
        if mid <= lo {
            mid = lo.checked_add(step)?;
        }
        if probe.with(&changes(c, mid))?.score >= want {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    Some(hi)
}

fn condition(g: &Guess, answers: &Answers, needed: Decimal) -> Condition {
    let current = answer_of(answers, g.question);
    Condition {
        metric: g.metric,
        question: g.question,
        bound: g.bound,
        threshold: g.threshold,
        base: g.base,
        current,
        needed,
        gap: current.and_then(|c| needed.checked_sub(c)),
    }
}

/// The target a candidate stands for, if the engine gives more at its value
/// than now, and not one step below it.
pub(super) fn settle(
    pack: &PolicyPack,
    answers: &Answers,
    a: &Assessment,
    c: Candidate,
) -> Option<Target> {
    let probe = Probe {
        pack,
        answers,
        a,
        rule: c.rule,
        year: c.year,
    };
    let now = gives(a, c.rule, c.year);
    let guess = c.condition.value;
    let at = probe.with(&changes(&c, guess))?;
    if at.score <= now.score {
        return None;
    }
    // Every further condition must be needed: one step below it, no award.
    for (i, g) in c.also.iter().enumerate() {
        let mut ch = changes(&c, guess);
        ch[i + 1].1 = g.value.checked_sub(g.metric.unit().step())?;
        if probe.with(&ch)?.score >= at.score {
            return None;
        }
    }
    let step = c.condition.metric.unit().step();
    let below = guess.checked_sub(step)?;
    let (needed, gives_at) = if probe.with(&changes(&c, below))?.score < at.score {
        (guess, at)
    } else {
        // The pack's figure is not the smallest that works: search below it,
        // from the current answer (or nothing), which must not work.
        let lo = answer_of(answers, c.condition.question).unwrap_or(Decimal::ZERO);
        if lo >= below || probe.with(&changes(&c, lo))?.score >= at.score {
            return None;
        }
        let needed = bisect(&probe, &c, lo, below, step, at.score)?;
        (needed, probe.with(&changes(&c, needed))?)
    };
    let level = gives_at.level?;
    Some(Target {
        rule: c.rule,
        year: c.year,
        application_year: c
            .year
            .and_then(|y| y.checked_add(pack.validity.application_lag_years)),
        condition: condition(&c.condition, answers, needed),
        also: c
            .also
            .iter()
            .map(|g| condition(g, answers, g.value))
            .collect(),
        award_yuan: gives_at.amount,
        level,
        now_yuan: now.amount,
    })
}

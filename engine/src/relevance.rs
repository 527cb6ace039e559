//! Which questions can still change the outcome for a profile, so the
//! interview asks nothing useless (like Publicodes' missing variables).
//!
//! The rules decide what they read; this module mirrors those conditions
//! coarsely and conservatively: a question is listed when some rule of the
//! pack reads it for a profile like this one. Tests check that answering a
//! question left out never changes an outcome.

use crate::answers::{Answers, Industry, Question, RecognitionKind, SeparationStatus};
use crate::date::Date;
use crate::policy::{Coverage, PolicyPack, TrackCash};

/// The questions whose answers can change some outcome, answered or not, in
/// interview order (the order of [`Question`]). The enterprise name is always
/// first: it changes no outcome but labels the summary.
///
/// `today` stands in for a missing assessment date, as in [`crate::evaluate`].
pub fn relevant_questions(pack: &PolicyPack, answers: &Answers, today: Date) -> Vec<Question> {
    let mut q = Vec::with_capacity(32);
    q.push(Question::EnterpriseName);
    q.push(Question::Location);
    if answers.location.map(|l| pack.coverage(l)) == Some(Coverage::Outside) {
        return q;
    }
    q.push(Question::Industry);
    let industry = answers.industry;
    let manufacturer = industry == Some(Industry::Manufacturing);
    let milestone_industry = match industry {
        None => true,
        Some(i) => pack.f3.industries.contains(&i) || pack.f4.industries.contains(&i),
    };
    let operator = answers.cross_border.platform_operator == Some(true);
    let separating = matches!(
        answers.separation.status,
        Some(SeparationStatus::Done | SeparationStatus::Planned)
    );

    if manufacturer {
        q.push(Question::AboveScale);
    }
    if milestone_industry {
        // Revenue from the first asked year to the last data year the policy
        // reaches. Earlier years are history the interview does not ask for;
        // when the answers give them they count, so they stay listed.
        for y in pack.validity.history_from..=pack.validity.in_force_until.year {
            q.push(Question::Revenue(y));
        }
        for &y in answers
            .revenue_yuan
            .range(..pack.validity.history_from)
            .map(|(y, _)| y)
        {
            if !q.contains(&Question::Revenue(y)) {
                q.push(Question::Revenue(y));
            }
        }
    }
    if separating {
        // S2 shows the parent's latest revenue beside the new company's.
        let as_of = answers.as_of(today);
        q.push(Question::Revenue(as_of.year.saturating_sub(1)));
    }
    q.push(Question::Recognitions);
    // F1/F2's own recognitions, and the titles the pack reads as F1.
    let recognised_cash_matter = answers.recognitions.iter().any(|r| {
        matches!(
            r.kind,
            RecognitionKind::ServiceManufacturingDemo | RecognitionKind::IndustrialDesign
        ) || pack
            .track_of(r.kind)
            .is_some_and(|t| t.cash == TrackCash::ServiceManufacturingByInterpretation)
    });
    if recognised_cash_matter || milestone_industry || operator {
        q.push(Question::AwardsReceived);
    }
    if matches!(industry, None | Some(Industry::Manufacturing)) {
        q.push(Question::Sectors);
    }
    q.push(Question::Activities);
    q.push(Question::RdCost);
    q.push(Question::TaxableIncome);
    q.push(Question::IncomeTaxRate);

    // Only the platform's operator answers the platform questions; a
    // manufacturer is not even asked whether it is the operator.
    if industry.is_some() && (!manufacturer || operator) {
        q.push(Question::CrossBorderOperator);
    }
    if operator {
        q.extend([
            Question::CrossBorderServed,
            Question::CrossBorderGrowth,
            Question::CrossBorderUpgradeCost,
            Question::CrossBorderYear,
        ]);
    }
    if manufacturer || answers.separation.status.is_some() {
        q.push(Question::SeparationStatus);
    }
    // S1 and L2 are for the new service company itself.
    let spun_off = answers.separation.spun_off == Some(true);
    if !manufacturer {
        q.push(Question::SpunOff);
    }
    if spun_off {
        q.push(Question::SeparationOnParentLand);
    }
    if separating {
        q.extend([
            Question::SeparationNewLand,
            Question::SeparationOnParentLand,
        ]);
        if answers.separation.new_land == Some(false) {
            q.push(Question::SeparationNewCompanyFigures);
        }
    }
    let s2 = separating && answers.separation.new_land == Some(false);
    if manufacturer || s2 {
        q.push(Question::OwnLand);
    }
    q.push(Question::MixedUsePlan);
    q.push(Question::LogisticsOnExistingLand);
    let pilot_location = answers
        .location
        .is_some_and(|l| pack.scope.pilot_areas.contains(&l));
    if !pilot_location {
        q.push(Question::InPilotArea);
    }
    if manufacturer {
        q.extend([Question::ValueAdded, Question::TaxPaid, Question::Employees]);
    } else if s2 {
        // S2 shows the parent's per-亩 figures with and without the merge.
        q.extend([Question::ValueAdded, Question::TaxPaid]);
    }
    crate::short::sort_dedup(&mut q);
    q
}

/// The relevant questions not yet answered, in interview order.
pub fn unanswered_questions(pack: &PolicyPack, answers: &Answers, today: Date) -> Vec<Question> {
    relevant_questions(pack, answers, today)
        .into_iter()
        .filter(|q| !is_answered(answers, *q))
        .collect()
}

/// Whether the answers hold a value for `q`. List questions (recognitions,
/// sectors...) count as answered when non-empty: an empty list may mean "none".
pub fn is_answered(a: &Answers, q: Question) -> bool {
    match q {
        Question::EnterpriseName => a.enterprise_name.is_some(),
        Question::Location => a.location.is_some(),
        Question::Industry => a.industry.is_some(),
        Question::AboveScale => a.above_scale.is_some(),
        Question::Revenue(y) => a.revenue_yuan.contains_key(&y),
        Question::Recognitions => !a.recognitions.is_empty(),
        Question::AwardsReceived => !a.awards_received.is_empty(),
        Question::Sectors => !a.sectors.is_empty(),
        Question::Activities => !a.activities.is_empty(),
        Question::RdCost => a.tax.rd_cost_yuan.is_some(),
        Question::TaxableIncome => a.tax.taxable_income_yuan.is_some(),
        Question::IncomeTaxRate => a.tax.income_tax_rate_percent.is_some(),
        Question::CrossBorderOperator => a.cross_border.platform_operator.is_some(),
        Question::CrossBorderServed => a.cross_border.enterprises_served.is_some(),
        Question::CrossBorderGrowth => a.cross_border.trade_growth_percent.is_some(),
        Question::CrossBorderUpgradeCost => a.cross_border.upgrade_cost_yuan.is_some(),
        Question::CrossBorderYear => a.cross_border.year.is_some(),
        Question::SpunOff => a.separation.spun_off.is_some(),
        Question::SeparationStatus => a.separation.status.is_some(),
        Question::SeparationNewLand => a.separation.new_land.is_some(),
        Question::SeparationOnParentLand => a.separation.on_parent_land.is_some(),
        Question::SeparationNewCompanyFigures => {
            a.separation.new_company_revenue_yuan.is_some()
                || a.separation.new_company_profit_yuan.is_some()
                || a.separation.new_company_tax_yuan.is_some()
                || a.separation.new_company_value_added_yuan.is_some()
        }
        Question::OwnLand => a.land.own_land_mu.is_some(),
        Question::MixedUsePlan => a.land.mixed_use_plan.is_some(),
        Question::LogisticsOnExistingLand => a.land.logistics_on_existing_land.is_some(),
        Question::InPilotArea => a.land.in_pilot_area.is_some(),
        Question::ValueAdded => a.land.value_added_yuan.is_some(),
        Question::TaxPaid => a.land.tax_paid_yuan.is_some(),
        Question::Employees => a.land.employees.is_some(),
        Question::AssessmentDate => a.assessment_date.is_some(),
    }
}

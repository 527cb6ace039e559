//! The summary's comparison of scenarios (方案对比), under the overview when
//! the answers carry scenarios: one column per scenario, the totals and
//! each outcome, and every figure that differs from the first scenario's
//! marked in words with its difference ([`crate::scenario::compare`]).

use super::model::{Cell, Part, Table};
use crate::assessment::Assessment;
use crate::date::Date;
use crate::explain::money;
use crate::i18n::scenario::{
    cell_text, money_difference, report_intro, row_label, CompareText as C, ScenarioText as T,
};
use crate::i18n::Lang;
use crate::policy::PolicyPack;
use crate::rules::evaluate;
use crate::scenario::{compare, Scenario};
use rust_decimal::Decimal;

/// Each scenario assessed as of `as_of` (the summary's own date, for a
/// scenario without one), in order.
pub(crate) fn assess_all(
    pack: &PolicyPack,
    scenarios: &[Scenario],
    as_of: Date,
) -> Vec<Assessment> {
    scenarios
        .iter()
        .map(|s| evaluate(pack, &s.answers, as_of))
        .collect()
}

/// `text` with the mark that it differs from the first scenario, in words
/// (never colour alone).
fn marked(text: String, changed: bool, lang: Lang) -> String {
    if !changed {
        return text;
    }
    match lang {
        Lang::Zh => format!("【{}】{text}", C::Changed.text(lang)),
        Lang::En => format!("[{}] {text}", C::Changed.text(lang)),
    }
}

fn changed(text: String, changed: bool) -> Cell {
    Cell {
        changed,
        ..Cell::plain(text)
    }
}

/// A figure with its difference from the first scenario's, when any.
fn with_difference(text: String, difference: Option<Decimal>, lang: Lang) -> String {
    match difference.and_then(|d| money_difference(d, lang)) {
        Some(d) => format!("{text} ({d})"),
        None => text,
    }
}

/// The comparison's parts; none without scenarios.
pub(crate) fn parts(
    pack: &PolicyPack,
    scenarios: &[Scenario],
    as_of: Date,
    lang: Lang,
) -> Vec<Part> {
    if scenarios.is_empty() {
        return Vec::new();
    }
    let mut parts = vec![
        Part::Sub(T::Heading.text(lang).to_string()),
        Part::Small(report_intro(lang).to_string()),
    ];
    parts.extend(table(pack, scenarios, as_of, lang));
    parts
}

/// The comparison table and the note under it: what the app shows too
/// ([`super::comparison_html`]).
pub(crate) fn table(
    pack: &PolicyPack,
    scenarios: &[Scenario],
    as_of: Date,
    lang: Lang,
) -> Vec<Part> {
    let assessed = assess_all(pack, scenarios, as_of);
    let refs: Vec<&Assessment> = assessed.iter().collect();
    let c = compare(&refs);

    let mut head = vec![Cell::plain(C::Item.text(lang))];
    head.extend(scenarios.iter().map(|s| Cell::user(&s.name)));
    let mut rows = Vec::new();
    type Pick = fn(&crate::scenario::ColumnTotals) -> (Decimal, Decimal);
    let totals: [(C, Pick); 3] = [
        (C::TotalQualifies, |c| {
            (
                c.figures.cash_qualifies_yuan,
                c.difference.cash_qualifies_yuan,
            )
        }),
        (C::TotalLikely, |c| {
            (c.figures.cash_likely_yuan, c.difference.cash_likely_yuan)
        }),
        (C::TaxEstimate, |c| {
            (c.figures.tax_estimate_yuan, c.difference.tax_estimate_yuan)
        }),
    ];
    for (label, pick) in totals {
        let mut row = vec![Cell::plain(label.text(lang))];
        row.extend(c.columns.iter().map(|col| {
            let (value, difference) = pick(col);
            let text = with_difference(money(value, lang), Some(difference), lang);
            changed(
                marked(text, !difference.is_zero(), lang),
                !difference.is_zero(),
            )
        }));
        rows.push(row);
    }
    for r in &c.rows {
        let mut row = vec![Cell::plain(row_label(r, lang))];
        row.extend(r.cells.iter().enumerate().map(|(i, cell)| {
            let text = with_difference(
                cell_text(r, cell.as_ref(), lang),
                r.amount_difference[i],
                lang,
            );
            changed(marked(text, r.changed[i], lang), r.changed[i])
        }));
        rows.push(row);
    }
    let mut parts = vec![Part::Table(Table {
        head,
        rows,
        total: false,
        key_value: false,
    })];
    let note = if scenarios.len() < 2 {
        C::NeedTwo
    } else if c.any_difference() {
        C::Legend
    } else {
        C::Same
    };
    parts.push(Part::Small(note.text(lang).to_string()));
    parts
}

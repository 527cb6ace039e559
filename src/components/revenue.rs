//! Step 营业收入: a year-by-year table of 主营业务收入. The years the engine
//! needs are listed and marked; the user may add other years by typing them.

use crate::app::Ctx;
use crate::components::field::why_note;
use crate::components::form::{readback, typed_field, Typed};
use crate::state::{Edit, FieldId, UnitSlot};
use fusion_engine::answers::Question;
use fusion_engine::i18n::ui::{self, Ui};
use fusion_engine::input::{AmountUnit, FieldKind};
use fusion_engine::policy::JIAXING_2024_14 as PACK;
use fusion_engine::{award_data_years, is_forecast_year, Lang};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// "2024 年主营业务收入" / "Main business revenue 2024", the accessible name
/// of one cell.
fn cell_label(year: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{year} 年{}", Ui::RevenueAmount.text(lang)),
        Lang::En => format!("{} {year}", Ui::RevenueAmount.text(lang)),
    }
}

fn year_cell(year: u16, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{year} 年"),
        Lang::En => year.to_string(),
    }
}

/// The table's unit switch.
fn unit_select(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let unit = ctx.state.draft.revenue_unit;
    let onchange = ctx.handlers.edit.reform(|e: Event| {
        let unit = match e
            .target_unchecked_into::<HtmlSelectElement>()
            .value()
            .as_str()
        {
            "yuan" => AmountUnit::Yuan,
            _ => AmountUnit::Wan,
        };
        Edit::Unit(UnitSlot::Revenue, unit)
    });
    let id = ctx.id(FieldId::RevenueUnit);
    html! {
        <div class="fc-unit-bar">
            <label for={id.clone()}>{ Ui::UnitLabel.text(lang) }</label>
            <select class="fc-unit" {id} {onchange}>
                <option value="wan" selected={unit == AmountUnit::Wan}>{ Ui::UnitWan.text(lang) }</option>
                <option value="yuan" selected={unit == AmountUnit::Yuan}>{ Ui::UnitYuan.text(lang) }</option>
            </select>
        </div>
    }
}

pub fn revenue(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let draft = &ctx.state.draft;
    let unit = draft.revenue_unit;
    let paying = award_data_years(&PACK);
    let as_of = ctx
        .state
        .answers()
        .assessment_date
        .unwrap_or(ctx.state.today);
    // A year not ended on the assessment date: its figure is a plan, and the
    // row says so beside the field.
    let forecast_note = |forecast: bool| {
        forecast.then(|| {
            html! {
                <p class="fc-forecast-note">{ Ui::RevenueForecastNote.text(lang) }</p>
            }
        })
    };
    let fixed = draft.revenue_years(&ctx.relevance).into_iter().map(|year| {
        let id = FieldId::RevenueFixed(year);
        let text = draft.revenue.get(&year).cloned().unwrap_or_default();
        let needed = ctx.relevance.needs_revenue(year);
        let pays = paying.contains(&year);
        let forecast = is_forecast_year(year, as_of);
        let read = readback(&text, unit, false, lang);
        html! {
            <tr key={format!("y{year}")} class={classes!(needed.then_some("fc-needed"), pays.then_some("fc-award-year"))}>
                <th scope="row">
                    { year_cell(year, lang) }
                    if needed {
                        <span class="fc-badge fc-badge-needed">{ Ui::RevenueNeeded.text(lang) }</span>
                    }
                    if pays {
                        <span class="fc-badge fc-badge-award">{ Ui::RevenueAwardYear.text(lang) }</span>
                    }
                    if forecast {
                        <span class="fc-badge fc-badge-forecast">{ Ui::RevenueForecast.text(lang) }</span>
                    }
                </th>
                <td>
                    { typed_field(ctx, id, text, Typed { label: cell_label(&year.to_string(), lang).into(),
                        readback: read, kind: Some(FieldKind::Amount), compact: true, ..Typed::default() }) }
                    { forecast_note(forecast).unwrap_or_default() }
                </td>
                <td></td>
            </tr>
        }
    });
    let extra = draft.extra_revenue.iter().enumerate().map(|(i, row)| {
        let (rid, year_id, amount_id) = (row.id, FieldId::ExtraYear(row.id), FieldId::ExtraAmount(row.id));
        let shown_year = if row.year.trim().is_empty() { ui::item_number(i + 1, lang) } else { row.year.clone() };
        let read = readback(&row.amount, unit, false, lang);
        let forecast = row.year.trim().parse::<u16>().is_ok_and(|y| is_forecast_year(y, as_of));
        html! {
            <tr key={format!("x{rid}")}>
                <th scope="row">
                    { typed_field(ctx, year_id, row.year.clone(), Typed { label: Ui::RevenueYear.text(lang).into(),
                        kind: Some(FieldKind::Year), compact: true, ..Typed::default() }) }
                </th>
                <td>
                    { typed_field(ctx, amount_id, row.amount.clone(), Typed { label: cell_label(&shown_year, lang).into(),
                        readback: read, kind: Some(FieldKind::Amount), compact: true, ..Typed::default() }) }
                    { forecast_note(forecast).unwrap_or_default() }
                </td>
                <td>
                    <button type="button" class="fc-secondary fc-remove"
                        aria-label={format!("{} {}", Ui::Remove.text(lang), shown_year)}
                        onclick={ctx.handlers.edit.reform(move |_: MouseEvent| Edit::RemoveRevenueRow(rid))}>
                        { Ui::Remove.text(lang) }
                    </button>
                </td>
            </tr>
        }
    });
    let unit_name = match unit {
        AmountUnit::Wan => Ui::UnitWan.text(lang),
        AmountUnit::Yuan => Ui::UnitYuan.text(lang),
    };
    html! {
        <>
            <p class="fc-note">{ Ui::RevenueNeededNote.text(lang) }</p>
            { unit_select(ctx) }
            <p class="fc-hint">{ Ui::AmountHint.text(lang) }</p>
            <table class="fc-revenue">
                <caption>{ format!("{}({unit_name})", Ui::RevenueCaption.text(lang)) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ Ui::RevenueYear.text(lang) }</th>
                        <th scope="col">{ Ui::RevenueAmount.text(lang) }</th>
                        <th scope="col"><span class="fc-sr-only">{ Ui::Remove.text(lang) }</span></th>
                    </tr>
                </thead>
                <tbody>
                    { for fixed }
                    { for extra }
                </tbody>
            </table>
            <button type="button" class="fc-secondary"
                onclick={ctx.handlers.edit.reform(|_: MouseEvent| Edit::AddRevenueRow)}>
                { format!("+ {}", Ui::AddYear.text(lang)) }
            </button>
            { ctx.why(Question::Revenue(0)).map(|w| why_note(lang, &w)).unwrap_or_default() }
        </>
    }
}

//! The page's views: they render the state and call the handlers, nothing
//! else (no policy, no sums: the worker computed every figure).

use crate::browser::{lang_param, INTERVIEW};
use crate::page::Handlers;
use crate::sandbox::Knob;
use crate::state::{QueryEdit, RunStage, State, PAGE_ROWS};
use fusion_batch::fields::{header, is_amount, template};
use fusion_batch::protocol::{Export, FileFormat, RowView, Sort, SortColumn};
use fusion_batch::screen::{Cash, Summary};
use fusion_batch::{Target, Unit};
use fusion_engine::answers::{Industry, Location};
use fusion_engine::i18n::batch::{word, Word};
use fusion_engine::i18n::batch_page::{header_row, Page as W};
use fusion_engine::i18n::explain::{
    industry_name, level_name, level_name_for, location_name, rule_name,
};
use fusion_engine::input::format_grouped;
use fusion_engine::{Lang, OutcomeLevel, RuleId, JIAXING_2024_14 as PACK};
use rust_decimal::Decimal;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The whole page.
pub fn page(s: &State, h: &Handlers) -> Html {
    let lang = s.lang;
    let other = match lang {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    };
    let switch = h.lang.reform(move |_: MouseEvent| other);
    html! {
        <div class="fb-page" lang={lang.tag()}>
            <header class="fb-header">
                <h1>{ W::Title.text(lang) }</h1>
                <nav class="fb-nav">
                    <a href={format!("{INTERVIEW}?lang={}", lang_param(lang))}>{ W::BackToInterview.text(lang) }</a>
                    <button type="button" class="fb-lang" onclick={switch}>
                        <span class="fb-sr-only">{ W::LanguageSwitch.text(lang) }{ " " }</span>
                        <span lang={other.tag()}>{ W::OtherLanguage.text(lang) }</span>
                    </button>
                </nav>
            </header>
            <p class="fb-intro">{ W::Intro.text(lang) }</p>
            if s.unavailable {
                <p class="fb-error" role="alert">{ W::WorkerUnavailable.text(lang) }</p>
            }
            { template_section(lang, h) }
            { file_section(s, h) }
            { mapping_section(s, h) }
            { progress_section(s, h) }
            { results_section(s, h) }
            { sandbox_section(s, h) }
        </div>
    }
}

fn template_section(lang: Lang, h: &Handlers) -> Html {
    let xlsx = h.template.reform(|_: MouseEvent| FileFormat::Xlsx);
    let csv = h.template.reform(|_: MouseEvent| FileFormat::Csv);
    html! {
        <section class="fb-card" aria-labelledby="fb-h-template">
            <h2 id="fb-h-template">{ W::TemplateHeading.text(lang) }</h2>
            <p class="fb-hint">{ W::TemplateHint.text(lang) }</p>
            <div class="fb-buttons">
                <button type="button" class="fb-button" id="fb-template-xlsx" onclick={xlsx}>{ W::TemplateXlsx.text(lang) }</button>
                <button type="button" class="fb-button" id="fb-template-csv" onclick={csv}>{ W::TemplateCsv.text(lang) }</button>
            </div>
        </section>
    }
}

fn first_file(list: Option<web_sys::FileList>) -> Option<web_sys::File> {
    list?.get(0)
}

fn file_section(s: &State, h: &Handlers) -> Html {
    let lang = s.lang;
    let on_change = {
        let file = h.file.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            if let Some(f) = first_file(input.files()) {
                file.emit(f);
            }
            // The same file may be picked again after an edit.
            input.set_value("");
        })
    };
    let on_drop = {
        let file = h.file.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(f) = first_file(e.data_transfer().and_then(|d| d.files())) {
                file.emit(f);
            }
        })
    };
    let on_over = Callback::from(|e: DragEvent| e.prevent_default());
    let busy = s.opening || s.running();
    html! {
        <section class="fb-card" aria-labelledby="fb-h-file">
            <h2 id="fb-h-file">{ W::FileHeading.text(lang) }</h2>
            <div class="fb-drop" ondrop={on_drop} ondragover={on_over}>
                <label for="fb-file" class="fb-file-label">{ W::FilePick.text(lang) }</label>
                <input id="fb-file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                    disabled={busy} onchange={on_change}
                    aria-describedby={s.file_error.as_ref().map(|_| "fb-file-error")} />
                <span class="fb-hint">{ W::FileDrop.text(lang) }</span>
            </div>
            <p class="fb-status" role="status">
                if s.opening { { W::FileOpening.text(lang) } }
                if let Some(o) = &s.opened {
                    <span class="fb-file-name">{ &o.file_name }</span>{ " · " }
                    { format_grouped(Decimal::from(o.rows)) }{ " " }{ W::FileRows.text(lang) }
                    if o.header_row > 1 {
                        { " · " }<span class="fb-header-row">{ header_row(o.header_row, lang) }</span>
                    }
                }
            </p>
            if let Some(e) = &s.file_error {
                <p class="fb-error" id="fb-file-error" role="alert">{ e }</p>
            }
        </section>
    }
}

/// Every target a column can be read as, amounts in both units.
fn targets() -> Vec<Target> {
    let mut all = Vec::new();
    for t in template(&PACK) {
        all.push(t);
        if is_amount(t.field) {
            all.push(Target {
                unit: Unit::Yuan,
                ..t
            });
        }
    }
    all
}

fn mapping_section(s: &State, h: &Handlers) -> Html {
    let lang = s.lang;
    let (Some(opened), Some(mapping)) = (&s.opened, &s.mapping) else {
        return html! {};
    };
    let options = targets();
    let labels: Vec<String> = options.iter().map(|t| header(*t, lang)).collect();
    let rows = mapping.columns.iter().enumerate().map(|(i, c)| {
        let id = format!("fb-map-{i}");
        let chosen = c.target.and_then(|t| options.iter().position(|o| *o == t));
        let onchange = {
            let column = h.column.clone();
            let options = options.clone();
            Callback::from(move |e: Event| {
                let Some(sel) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()) else {
                    return;
                };
                let target = sel.value().parse::<usize>().ok().and_then(|k| options.get(k).copied());
                column.emit((i, target));
            })
        };
        html! {
            <tr key={i}>
                <th scope="row"><label for={id.clone()}>{ &c.header }</label></th>
                <td>
                    <select id={id} {onchange} disabled={s.running()}>
                        <option value="" selected={chosen.is_none()}>{ W::MappingNotRead.text(lang) }</option>
                        { for labels.iter().enumerate().map(|(k, l)| html! {
                            <option value={k.to_string()} selected={chosen == Some(k)}>{ l }</option>
                        }) }
                    </select>
                </td>
            </tr>
        }
    });
    let run = h.run.reform(|_: MouseEvent| ());
    html! {
        <section class="fb-card" aria-labelledby="fb-h-mapping">
            <h2 id="fb-h-mapping">{ W::MappingHeading.text(lang) }</h2>
            <p class="fb-hint">{ if opened.template { W::MappingTemplate.text(lang) } else { W::MappingOther.text(lang) } }</p>
            <details class="fb-mapping" open={!opened.template}>
                <summary>{ W::MappingField.text(lang) }</summary>
                <div class="fb-scroll" tabindex="0" role="group" aria-labelledby="fb-h-mapping">
                    <table class="fb-table fb-mapping-table">
                        <thead><tr>
                            <th scope="col">{ W::MappingColumn.text(lang) }</th>
                            <th scope="col">{ W::MappingField.text(lang) }</th>
                        </tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
                <p class="fb-hint">{ W::MappingRemembered.text(lang) }</p>
            </details>
            <div class="fb-buttons">
                <button type="button" class="fb-button fb-primary" id="fb-run" onclick={run} disabled={!s.can_run()}>{ W::Run.text(lang) }</button>
            </div>
        </section>
    }
}

fn progress_section(s: &State, h: &Handlers) -> Html {
    let lang = s.lang;
    match s.stage {
        RunStage::Running { done, total } => {
            let cancel = h.cancel.reform(|_: MouseEvent| ());
            html! {
                <section class="fb-card fb-progress" aria-labelledby="fb-h-progress">
                    <h2 id="fb-h-progress">{ W::Progress.text(lang) }</h2>
                    <progress id="fb-progress" max={total.max(1).to_string()} value={done.to_string()}
                        aria-labelledby="fb-h-progress"></progress>
                    <span class="fb-count">{ format!("{} / {}", format_grouped(Decimal::from(done)), format_grouped(Decimal::from(total))) }</span>
                    <button type="button" class="fb-button" id="fb-cancel" onclick={cancel}>{ W::Cancel.text(lang) }</button>
                </section>
            }
        }
        RunStage::Cancelled => html! {
            <p class="fb-status" role="status">{ W::Cancelled.text(lang) }</p>
        },
        _ => html! {},
    }
}

// Every `.fb-scroll` box is focusable (tabindex 0) and named by its
// heading, so a keyboard alone can scroll a wide table sideways.

/// An amount in yuan as 万元 with at most two decimals, grouped.
fn wan(yuan: Decimal) -> String {
    format_grouped(fusion_batch::write::wan(yuan).round_dp(2))
}

fn count(n: u64) -> String {
    format_grouped(Decimal::from(n))
}

fn results_section(s: &State, h: &Handlers) -> Html {
    let lang = s.lang;
    let Some(done) = &s.done else {
        return html! {};
    };
    if s.stage != RunStage::Done {
        return html! {};
    }
    html! {
        <section class="fb-card" aria-labelledby="fb-h-results">
            <h2 id="fb-h-results">{ W::ResultsHeading.text(lang) }</h2>
            <p class="fb-totals">
                { W::RowsScreened.text(lang) }{ ": " }<strong id="fb-rows">{ count(done.summary.rows) }</strong>
                { " · " }{ W::RowsIncomplete.text(lang) }{ ": " }<strong>{ count(done.summary.incomplete) }</strong>
            </p>
            if let Some(n) = &s.notice {
                <p class="fb-error" role="alert">{ n }</p>
            }
            { summary_view(lang, &done.rules, &done.summary, done.sandbox.as_ref(), h) }
            { budget_view(lang, &done.summary, done.sandbox.as_ref()) }
            { table_view(s, &done.rules, h) }
            { problems_view(s, h) }
            { exports_view(lang, h) }
        </section>
    }
}

fn rule_label(rule: RuleId, lang: Lang) -> String {
    format!("{} {}", rule.code(), rule_name(rule, lang))
}

fn summary_view(
    lang: Lang,
    rules: &[RuleId],
    sum: &Summary,
    sandbox: Option<&Summary>,
    h: &Handlers,
) -> Html {
    let zero = Default::default();
    let rows = rules.iter().filter_map(|&rule| {
        let a = sum.rules.get(&rule).unwrap_or(&zero);
        let b = sandbox.map(|s| s.rules.get(&rule).unwrap_or(&zero));
        let any = |r: &fusion_batch::screen::RuleSummary| {
            r.qualifies + r.likely + r.possible > 0 || r.cash != Cash::default()
        };
        if !any(a) && !b.is_some_and(any) {
            return None;
        }
        let notice = |format: FileFormat, label: &'static str| {
            let export = h.export.reform(move |_: MouseEvent| (Export::Notices(rule), format));
            let aria = format!("{} {} {}", rule.code(), W::NoticesColumn.text(lang), label);
            html! { <button type="button" class="fb-link" aria-label={aria} onclick={export}>{ label }</button> }
        };
        let pair = |x: String, y: Option<String>| match y {
            Some(y) if y != x => html! { <>{ x }<span class="fb-arrow">{ " → " }</span><strong class="fb-sandbox">{ y }</strong></> },
            _ => html! { { x } },
        };
        Some(html! {
            <tr key={rule.code()}>
                <th scope="row">{ rule_label(rule, lang) }</th>
                <td class="fb-num">{ pair(count(a.qualifies), b.map(|b| count(b.qualifies))) }</td>
                <td class="fb-num">{ pair(count(a.likely), b.map(|b| count(b.likely))) }</td>
                <td class="fb-num">{ pair(count(a.possible), b.map(|b| count(b.possible))) }</td>
                <td class="fb-num">{ pair(wan(a.cash.qualifies_yuan), b.map(|b| wan(b.cash.qualifies_yuan))) }</td>
                <td class="fb-num">{ pair(wan(a.cash.likely_yuan), b.map(|b| wan(b.cash.likely_yuan))) }</td>
                <td class="fb-nowrap">{ notice(FileFormat::Csv, "CSV") }{ " " }{ notice(FileFormat::Xlsx, "XLSX") }</td>
            </tr>
        })
    });
    html! {
        <>
            <h3 id="fb-h-summary">{ W::SummaryHeading.text(lang) }
                if sandbox.is_some() { <span class="fb-tag">{ word(Word::AsWritten, lang) }{ " → " }{ word(Word::Sandbox, lang) }</span> }
            </h3>
            <div class="fb-scroll" tabindex="0" role="group" aria-labelledby="fb-h-summary">
                <table class="fb-table" id="fb-summary">
                    <thead><tr>
                        <th scope="col">{ word(Word::Rule, lang) }</th>
                        <th scope="col">{ word(Word::CountQualifies, lang) }</th>
                        <th scope="col">{ word(Word::CountLikely, lang) }</th>
                        <th scope="col">{ word(Word::CountPossible, lang) }</th>
                        <th scope="col">{ W::CashQualifiesShort.text(lang) }</th>
                        <th scope="col">{ W::CashLikelyShort.text(lang) }</th>
                        <th scope="col">{ W::NoticesColumn.text(lang) }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </>
    }
}

fn budget_view(lang: Lang, sum: &Summary, sandbox: Option<&Summary>) -> Html {
    let mut years: Vec<u16> = sum.cash_by_year.keys().copied().collect();
    if let Some(s) = sandbox {
        years.extend(s.cash_by_year.keys());
    }
    years.sort_unstable();
    years.dedup();
    let cash_of = |s: &Summary, y: u16| s.cash_by_year.get(&y).copied().unwrap_or_default();
    let cells = |a: Cash, b: Option<Cash>| {
        html! {
            <>
                <td class="fb-num">{ wan(a.qualifies_yuan) }</td>
                <td class="fb-num">{ wan(a.likely_yuan) }</td>
                if let Some(b) = b {
                    <td class="fb-num fb-sandbox">{ wan(b.qualifies_yuan) }</td>
                    <td class="fb-num fb-sandbox">{ wan(b.likely_yuan) }</td>
                    <td class="fb-num">{ wan(b.qualifies_yuan + b.likely_yuan - a.qualifies_yuan - a.likely_yuan) }</td>
                }
            </>
        }
    };
    let written = word(Word::AsWritten, lang);
    let sb = word(Word::Sandbox, lang);
    html! {
        <>
            <h3 id="fb-h-budget">{ W::BudgetHeading.text(lang) }</h3>
            <div class="fb-scroll" tabindex="0" role="group" aria-labelledby="fb-h-budget">
                <table class="fb-table" id="fb-budget">
                    <thead><tr>
                        <th scope="col">{ word(Word::DataYear, lang) }</th>
                        <th scope="col">{ written }{ " · " }{ W::CashQualifiesShort.text(lang) }</th>
                        <th scope="col">{ written }{ " · " }{ W::CashLikelyShort.text(lang) }</th>
                        if sandbox.is_some() {
                            <th scope="col">{ sb }{ " · " }{ W::CashQualifiesShort.text(lang) }</th>
                            <th scope="col">{ sb }{ " · " }{ W::CashLikelyShort.text(lang) }</th>
                            <th scope="col">{ W::Difference.text(lang) }{ " (" }{ W::Wan.text(lang) }{ ")" }</th>
                        }
                    </tr></thead>
                    <tbody>
                        { for years.iter().map(|&y| html! {
                            <tr key={y}>
                                <th scope="row">{ y }</th>
                                { cells(cash_of(sum, y), sandbox.map(|s| cash_of(s, y))) }
                            </tr>
                        }) }
                        <tr class="fb-total">
                            <th scope="row">{ word(Word::Total, lang) }</th>
                            { cells(sum.cash, sandbox.map(|s| s.cash)) }
                        </tr>
                    </tbody>
                </table>
            </div>
        </>
    }
}

/// A select of a filter: `choices` as (value, label); "" is any.
fn filter_select(
    id: &str,
    label: &str,
    any: &str,
    choices: Vec<(String, String)>,
    chosen: String,
    on: Callback<String>,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        if let Some(sel) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        {
            on.emit(sel.value());
        }
    });
    html! {
        <div class="fb-filter">
            <label for={id.to_string()}>{ label }</label>
            <select id={id.to_string()} {onchange}>
                <option value="" selected={chosen.is_empty()}>{ any }</option>
                { for choices.into_iter().map(|(v, l)| html! {
                    <option selected={v == chosen} value={v.clone()}>{ l }</option>
                }) }
            </select>
        </div>
    }
}

/// A choice's position in its list, from an option's value.
fn pos(v: &str) -> Option<usize> {
    v.parse().ok()
}

const LEVELS: [OutcomeLevel; 3] = [
    OutcomeLevel::Qualifies,
    OutcomeLevel::Likely,
    OutcomeLevel::Possible,
];

fn table_view(s: &State, rules: &[RuleId], h: &Handlers) -> Html {
    let lang = s.lang;
    let q = &s.query;
    let with = |f: fn(&str) -> QueryEdit| h.query.reform(move |v: String| f(&v));
    let any = W::Any.text(lang);
    let rule_choices = rules
        .iter()
        .map(|r| (r.code().to_string(), rule_label(*r, lang)))
        .collect();
    let level_choices = LEVELS
        .iter()
        .enumerate()
        .map(|(i, l)| (i.to_string(), level_name(*l, lang).to_string()))
        .collect();
    let loc_choices = Location::ALL
        .iter()
        .enumerate()
        .map(|(i, l)| (i.to_string(), location_name(*l, lang).to_string()))
        .collect();
    let ind_choices = Industry::ALL
        .iter()
        .enumerate()
        .map(|(i, l)| (i.to_string(), industry_name(*l, lang).to_string()))
        .collect();
    let search = h.query.reform(|e: InputEvent| {
        let text = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|i| i.value())
            .unwrap_or_default();
        QueryEdit::Search((!text.trim().is_empty()).then(|| text.trim().to_string()))
    });
    let incomplete = h.query.reform(|e: Event| {
        let on = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .is_some_and(|i| i.checked());
        QueryEdit::Incomplete(on)
    });
    let chosen_level = q
        .level
        .and_then(|l| LEVELS.iter().position(|x| *x == l))
        .map(|i| i.to_string())
        .unwrap_or_default();
    let chosen_loc = q
        .location
        .and_then(|l| Location::ALL.iter().position(|x| *x == l))
        .map(|i| i.to_string())
        .unwrap_or_default();
    let chosen_ind = q
        .industry
        .and_then(|l| Industry::ALL.iter().position(|x| *x == l))
        .map(|i| i.to_string())
        .unwrap_or_default();
    let filters = html! {
        <div class="fb-filters" role="group" aria-label={W::Filters.text(lang)}>
            { filter_select("fb-f-rule", W::FilterRule.text(lang), any, rule_choices, q.rule.map(|r| r.code().to_string()).unwrap_or_default(),
                with(|v| QueryEdit::Rule(RuleId::from_code(v)))) }
            { filter_select("fb-f-level", W::FilterLevel.text(lang), any, level_choices, chosen_level,
                with(|v| QueryEdit::Level(pos(v).and_then(|i| LEVELS.get(i).copied())))) }
            { filter_select("fb-f-location", W::FilterLocation.text(lang), any, loc_choices, chosen_loc,
                with(|v| QueryEdit::Location(pos(v).and_then(|i| Location::ALL.get(i).copied())))) }
            { filter_select("fb-f-industry", W::FilterIndustry.text(lang), any, ind_choices, chosen_ind,
                with(|v| QueryEdit::Industry(pos(v).and_then(|i| Industry::ALL.get(i).copied())))) }
            <div class="fb-filter fb-search">
                <label for="fb-search">{ W::Search.text(lang) }</label>
                <input id="fb-search" type="search" value={q.search.clone().unwrap_or_default()} oninput={search} />
            </div>
            <div class="fb-filter fb-check">
                <input id="fb-incomplete" type="checkbox" checked={q.incomplete == Some(true)} onchange={incomplete} />
                <label for="fb-incomplete">{ W::OnlyIncomplete.text(lang) }</label>
            </div>
        </div>
    };
    let sort_header = |column: SortColumn, label: String| {
        let aria = match q.sort {
            Some(Sort {
                column: c,
                descending,
            }) if c == column => {
                if descending {
                    "descending"
                } else {
                    "ascending"
                }
            }
            _ => "none",
        };
        let onclick = h.query.reform(move |_: MouseEvent| QueryEdit::Sort(column));
        html! {
            <th scope="col" aria-sort={aria}>
                <button type="button" class="fb-sort" {onclick}>{ label }
                    <span aria-hidden="true" class="fb-sort-mark">{ match aria { "ascending" => "▲", "descending" => "▼", _ => "" } }</span>
                </button>
            </th>
        }
    };
    let (total, rows) = match &s.page {
        Some((t, r)) => (*t, r.as_slice()),
        None => (0, &[][..]),
    };
    let pages = total.div_ceil(PAGE_ROWS).max(1);
    let page_no = q.offset / PAGE_ROWS + 1;
    let go = |offset: u64| {
        h.query
            .reform(move |_: MouseEvent| QueryEdit::Offset(offset))
    };
    html! {
        <>
            <h3 id="fb-h-table">{ W::ResultsHeading.text(lang).trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ') }</h3>
            { filters }
            <p class="fb-status" role="status" id="fb-matching">{ count(total) }{ " " }{ W::Matching.text(lang) }</p>
            <div class="fb-scroll" tabindex="0" role="group" aria-labelledby="fb-h-table">
                <table class="fb-table fb-results" aria-labelledby="fb-h-table">
                    <thead><tr>
                        { sort_header(SortColumn::Row, word(Word::Row, lang).into()) }
                        { sort_header(SortColumn::Name, W::Name.text(lang).into()) }
                        { sort_header(SortColumn::CreditCode, word(Word::CreditCode, lang).into()) }
                        { sort_header(SortColumn::Location, W::Location.text(lang).into()) }
                        { sort_header(SortColumn::Industry, W::Industry.text(lang).into()) }
                        { sort_header(SortColumn::CashQualifies, W::CashQualifiesShort.text(lang).into()) }
                        { sort_header(SortColumn::CashLikely, W::CashLikelyShort.text(lang).into()) }
                        <th scope="col">{ W::Rules.text(lang) }</th>
                        <th scope="col"><span class="fb-sr-only">{ W::Open.text(lang) }</span></th>
                    </tr></thead>
                    <tbody>
                        { for rows.iter().map(|r| row_view(lang, r, h)) }
                    </tbody>
                </table>
            </div>
            if total == 0 && s.page.is_some() {
                <p class="fb-hint">{ W::NoMatch.text(lang) }</p>
            }
            <nav class="fb-pager" aria-label={W::PageOf.text(lang)}>
                <button type="button" class="fb-button" id="fb-prev" disabled={q.offset == 0} onclick={go(q.offset.saturating_sub(PAGE_ROWS))}>{ W::PreviousPage.text(lang) }</button>
                <span>{ format!("{page_no} / {pages}") }</span>
                <button type="button" class="fb-button" id="fb-next" disabled={page_no >= pages} onclick={go(q.offset + PAGE_ROWS)}>{ W::NextPage.text(lang) }</button>
            </nav>
        </>
    }
}

fn row_view(lang: Lang, r: &RowView, h: &Handlers) -> Html {
    let row = r.row;
    let open = h.open.reform(move |_: MouseEvent| row);
    let name = r.name.clone().unwrap_or_default();
    html! {
        <tr key={r.row} class={classes!(r.incomplete.then_some("fb-incomplete"))}>
            <td class="fb-num">{ r.row }</td>
            <td>{ &name }
                if r.incomplete { <span class="fb-tag fb-warn">{ word(Word::Incomplete, lang) }</span> }
            </td>
            <td class="fb-code">{ r.credit_code.clone().unwrap_or_default() }</td>
            <td>{ r.location.map(|l| location_name(l, lang)).unwrap_or_default() }</td>
            <td>{ r.industry.map(|i| industry_name(i, lang)).unwrap_or_default() }</td>
            <td class="fb-num">{ wan(r.cash_qualifies_yuan) }</td>
            <td class="fb-num">{ wan(r.cash_likely_yuan) }</td>
            <td class="fb-rules">
                { for r.rules.iter().map(|l| html! {
                    <span class={classes!("fb-chip", level_class(l.level))} title={rule_name(l.rule, lang)}>
                        { l.rule.code() }{ " " }{ level_name_for(l.kind, l.level, lang) }
                    </span>
                }) }
            </td>
            <td>
                <button type="button" class="fb-link" onclick={open}
                    aria-label={format!("{} {}", W::Open.text(lang), name)}>{ W::Open.text(lang) }</button>
            </td>
        </tr>
    }
}

fn level_class(l: OutcomeLevel) -> &'static str {
    match l {
        OutcomeLevel::Qualifies => "fb-q",
        OutcomeLevel::Likely => "fb-l",
        _ => "fb-p",
    }
}

fn problems_view(s: &State, h: &Handlers) -> Html {
    let lang = s.lang;
    let Some((total, rows)) = &s.problems else {
        return html! {};
    };
    let list = rows.iter().flat_map(|r| r.problems.iter()).map(|p| {
        html! {
            <tr>
                <td class="fb-num">{ p.row }</td>
                <td>{ &p.column }</td>
                <td>{ &p.message }</td>
            </tr>
        }
    });
    let csv = h
        .export
        .reform(|_: MouseEvent| (Export::Problems, FileFormat::Csv));
    let xlsx = h
        .export
        .reform(|_: MouseEvent| (Export::Problems, FileFormat::Xlsx));
    html! {
        <>
            <h3 id="fb-h-problems">{ W::ProblemsHeading.text(lang) }{ " (" }{ count(*total) }{ ")" }</h3>
            if *total == 0 {
                <p class="fb-hint">{ W::NoProblems.text(lang) }</p>
            } else {
                <div class="fb-buttons">
                    <button type="button" class="fb-button" id="fb-problems-csv" onclick={csv}>{ W::ExportProblems.text(lang) }{ " CSV" }</button>
                    <button type="button" class="fb-button" id="fb-problems-xlsx" onclick={xlsx}>{ W::ExportProblems.text(lang) }{ " XLSX" }</button>
                </div>
                if *total > rows.len() as u64 { <p class="fb-hint">{ W::ProblemsFirst.text(lang) }</p> }
                <div class="fb-scroll fb-problems" tabindex="0" role="group" aria-labelledby="fb-h-problems">
                    <table class="fb-table" aria-labelledby="fb-h-problems" id="fb-problems">
                        <thead><tr>
                            <th scope="col">{ word(Word::Row, lang) }</th>
                            <th scope="col">{ word(Word::Column, lang) }</th>
                            <th scope="col">{ word(Word::Message, lang) }</th>
                        </tr></thead>
                        <tbody>{ for list }</tbody>
                    </table>
                </div>
            }
        </>
    }
}

fn exports_view(lang: Lang, h: &Handlers) -> Html {
    let button = |what: Export, format: FileFormat, id: &'static str, label: &'static str| {
        let onclick = h.export.reform(move |_: MouseEvent| (what, format));
        let ext = match format {
            FileFormat::Csv => " CSV",
            FileFormat::Xlsx => " XLSX",
        };
        html! { <button type="button" class="fb-button" {id} {onclick}>{ label }{ ext }</button> }
    };
    html! {
        <>
            <h3>{ W::ExportsHeading.text(lang) }</h3>
            <div class="fb-buttons">
                { button(Export::Results, FileFormat::Csv, "fb-export-csv", W::ExportResults.text(lang)) }
                { button(Export::Results, FileFormat::Xlsx, "fb-export-xlsx", W::ExportResults.text(lang)) }
                { button(Export::Summary, FileFormat::Csv, "fb-summary-csv", W::ExportSummary.text(lang)) }
                { button(Export::Summary, FileFormat::Xlsx, "fb-summary-xlsx", W::ExportSummary.text(lang)) }
            </div>
        </>
    }
}

fn sandbox_section(s: &State, h: &Handlers) -> Html {
    let lang = s.lang;
    if s.opened.is_none() {
        return html! {};
    }
    let field = |knob: Knob, text: &str| {
        let id = knob.id();
        let (label, unit) = knob.label(lang);
        let error = s.sandbox_error.as_ref().filter(|e| e.knob == knob);
        let err_id = format!("{id}-error");
        let oninput = h.sandbox.reform(move |e: InputEvent| {
            let v = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .map(|i| i.value())
                .unwrap_or_default();
            (knob, v)
        });
        html! {
            <div class="fb-knob">
                <label for={id.clone()}>{ label }</label>
                <span class="fb-input-unit">
                    <input id={id} type="text" inputmode="decimal" value={text.to_string()} {oninput}
                        aria-invalid={error.is_some().then_some("true")}
                        aria-describedby={error.map(|_| err_id.clone())} />
                    <span class="fb-unit">{ unit }</span>
                </span>
                if let Some(e) = error {
                    <span class="fb-field-error" id={err_id}>{ &e.message }</span>
                }
            </div>
        }
    };
    let run = h.sandbox_run.reform(|_: MouseEvent| ());
    let reset = h.sandbox_reset.reform(|_: MouseEvent| ());
    html! {
        <section class="fb-card" aria-labelledby="fb-h-sandbox">
            <h2 id="fb-h-sandbox">{ W::SandboxHeading.text(lang) }</h2>
            <p class="fb-hint">{ W::SandboxHint.text(lang) }</p>
            <div class="fb-knobs">
                { for s.sandbox.fields.iter().map(|(k, t)| field(*k, t)) }
            </div>
            if let Some(e) = &s.sandbox_refused {
                <p class="fb-error" role="alert">{ e }</p>
            }
            <div class="fb-buttons">
                <button type="button" class="fb-button fb-primary" id="fb-sandbox-run" onclick={run} disabled={!s.can_run()}>{ W::SandboxRun.text(lang) }</button>
                <button type="button" class="fb-button" id="fb-sandbox-reset" onclick={reset} disabled={s.running()}>{ W::SandboxReset.text(lang) }</button>
            </div>
        </section>
    }
}

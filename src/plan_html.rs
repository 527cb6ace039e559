//! The result panel's plan as HTML, written by the on-demand module
//! ([`crate::docs::Request::Result`] through [`crate::result_html`],
//! [`crate::docs::Request::WhatIf`]): the 差多少达标 under each outcome
//! line, the award timeline, and the what-if chart (an SVG with its table). Written here, not as components, so the
//! first load carries none of it: the panel only places the blocks.
//! Every text goes through [`escape_html`](fusion_engine::report::escape_html); replies are records and fields
//! split by two control characters that escaped text never holds.

use fusion_engine::assessment::{Outcome, OutcomeKind, OutcomeLevel, RuleId};
use fusion_engine::explain::{money, rule_name};
use fusion_engine::i18n::plan::{self as words, target_words_as, Figures, PlanDoc, PlanUi};
use fusion_engine::i18n::ui::input_error;
use fusion_engine::input::{
    growth_percent_range, parse_amount, parse_percent, AmountUnit, FieldKind,
};
use fusion_engine::plan::whatif::{award_at, previous_revenue, revenue_for, Axis, Curve};
use fusion_engine::plan::{self, ExplainedTarget};
use fusion_engine::policy::JIAXING_2024_14 as PACK;
use fusion_engine::report::escape_html as esc;
use fusion_engine::{award_data_years, Answers, Assessment, Date, Lang};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use std::fmt::Write;

/// Between a reply's records.
pub const RECORD: char = '\u{1e}';
/// Between a record's fields.
pub const FIELD: char = '\u{1f}';

/// An outcome at "possible" or better.
pub fn positive(o: &Outcome) -> bool {
    matches!(
        o.level,
        OutcomeLevel::Qualifies | OutcomeLevel::Likely | OutcomeLevel::Possible
    )
}

/// A benchmark the panel shows: not met is still a figure beside its target.
pub fn shown_benchmark(o: &Outcome) -> bool {
    o.kind == OutcomeKind::Benchmark && o.level != OutcomeLevel::NeedMoreAnswers
}

/// The lines targets may go under: the cash awards and benchmarks shown.
fn lined(o: &Outcome) -> bool {
    (o.kind == OutcomeKind::Cash && positive(o)) || shown_benchmark(o)
}

/// The key of an outcome line's targets in a plan reply ("line:F5:2025").
pub fn line_key(rule: RuleId, year: Option<u16>) -> String {
    format!(
        "line:{}:{}",
        rule.code(),
        year.map(|y| y.to_string()).unwrap_or_default()
    )
}

/// The record `key` of a reply.
pub fn record<'a>(reply: &'a str, key: &str) -> Option<&'a str> {
    reply
        .split(RECORD)
        .find_map(|r| r.strip_prefix(key)?.strip_prefix(FIELD))
}

/// One target, with its figures for machines (tests, embeds).
fn item(out: &mut String, t: &ExplainedTarget) {
    let year = t.target.year.map(|y| y.to_string()).unwrap_or_default();
    let c = &t.target.condition;
    let _ = write!(
        out,
        r#"<li class="fc-target" data-rule="{}" data-year="{year}" data-field="{}" data-needed="{}">{}</li>"#,
        t.target.rule.code(),
        esc(&c.question.field_path()),
        esc(&c.needed_text()),
        esc(&t.text)
    );
}

/// Where a target goes: under the line of its rule and year, else its
/// rule's latest line of an earlier year (the next tier after an award),
/// else any line of its rule; `None` when its rule has no line.
fn home(t: &ExplainedTarget, lines: &[&Outcome]) -> Option<String> {
    let same_rule = || lines.iter().filter(|o| o.rule == t.target.rule);
    let year = t.target.year;
    same_rule()
        .find(|o| o.year == year)
        .or_else(|| same_rule().filter(|o| o.year < year).max_by_key(|o| o.year))
        .or_else(|| same_rule().next())
        .map(|o| line_key(o.rule, o.year))
}

/// The plan's blocks, in `lang`: the targets under each outcome line, the
/// ones with no line to go under (`rest`, or a note that none are left),
/// and the award timeline.
pub struct PlanBlocks {
    /// Each line's targets block, by [`line_key`].
    pub lines: Vec<(String, String)>,
    pub rest: String,
    pub timeline: String,
}

impl PlanBlocks {
    /// The targets block under an outcome line, if it has any.
    pub fn of_line(&self, o: &Outcome) -> Option<&str> {
        let key = line_key(o.rule, o.year);
        self.lines
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, b)| b.as_str())
    }
}

/// What each award not yet reached needs (差多少达标), placed under the
/// lines of `a`, and the award timeline.
pub fn plan_blocks(answers: &Answers, a: &Assessment, lang: Lang, figures: Figures) -> PlanBlocks {
    let targets: Vec<ExplainedTarget> = plan::targets(&PACK, answers, a)
        .into_iter()
        .map(|target| ExplainedTarget {
            text: target_words_as(&target, lang, figures),
            target,
        })
        .collect();
    let lines: Vec<&Outcome> = a.outcomes.iter().filter(|o| lined(o)).collect();
    let mut blocks: Vec<(String, String)> = Vec::new();
    let mut rest = String::new();
    for t in &targets {
        let Some(key) = home(t, &lines) else {
            item(&mut rest, t);
            continue;
        };
        let block = match blocks.iter().position(|(k, _)| *k == key) {
            Some(i) => &mut blocks[i].1,
            None => {
                blocks.push((key, String::new()));
                &mut blocks.last_mut().expect("just pushed").1
            }
        };
        item(block, t);
    }
    let label = esc(PlanUi::Targets.text(lang));
    let lines = blocks
        .into_iter()
        .map(|(key, items)| {
            let html = format!(
                r#"<div class="fc-targets"><span class="fc-targets-label">{label}</span><ul>{items}</ul></div>"#
            );
            (key, html)
        })
        .collect();
    let rest = if !rest.is_empty() {
        format!(r#"<ul class="fc-target-list">{rest}</ul>"#)
    } else if targets.is_empty() {
        format!(
            r#"<p class="fc-muted">{}</p>"#,
            esc(PlanDoc::NoTargets.text(lang))
        )
    } else {
        String::new()
    };
    PlanBlocks {
        lines,
        rest,
        timeline: timeline(a, lang),
    }
}

/// The award timeline: a heading, a table, its note; nothing while no award
/// has a year.
fn timeline(a: &Assessment, lang: Lang) -> String {
    let entries = plan::timeline(&PACK, a);
    if entries.is_empty() {
        return String::new();
    }
    let mut rows = String::new();
    for e in &entries {
        let _ = write!(
            rows,
            r#"<tr data-rule="{}" data-year="{}" data-application="{}" data-yuan="{}"><th scope="row">{}</th><td>{}<br><span class="fc-muted">{}</span></td><td>{}</td><td>{}</td></tr>"#,
            e.rule.code(),
            e.year,
            e.application_year
                .map(|y| y.to_string())
                .unwrap_or_default(),
            e.amount_yuan,
            e.year,
            esc(rule_name(e.rule, lang)),
            esc(words::timeline_level_words(e.level, lang)),
            esc(&money(e.amount_yuan, lang)),
            esc(&words::timeline_application_words(e, lang)),
        );
    }
    // Four columns, the level under the award's name: five do not fit a
    // phone in English.
    let head = [
        PlanDoc::Year,
        PlanDoc::Award,
        PlanDoc::Amount,
        PlanDoc::ApplicationYear,
    ]
    .iter()
    .map(|h| format!(r#"<th scope="col">{}</th>"#, esc(h.text(lang))))
    .collect::<String>();
    format!(
        r#"<div class="fc-timeline"><h3>{}</h3><table class="fc-table"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table><p class="fc-note">{}</p></div>"#,
        esc(PlanDoc::Timeline.text(lang)),
        esc(PlanDoc::TimelineNote.text(lang)),
    )
}

/// The chart's drawing box, in SVG units.
const W: f64 = 480.0;
const H: f64 = 300.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 14.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 30.0;
const INK: &str = "#1d2430";
const LINE: &str = "#1f4e8c";
const MARK: &str = "#7a4f00";
const POINT: &str = "#b3261e";

fn f(d: Decimal) -> f64 {
    d.to_f64().unwrap_or_default()
}

/// Where the what-if point is asked to be: a slider's value (in the axis'
/// unit), or text typed into the value field (revenue in 万元, growth in %).
/// Written `s:…` and `t:…` in requests; empty for the enterprise's own.
pub fn point_asked(c: &Curve, at: &str, lang: Lang) -> Result<Option<Decimal>, String> {
    if let Some(v) = at.strip_prefix("s:") {
        return Ok(v.parse::<Decimal>().ok());
    }
    let Some(text) = at.strip_prefix("t:") else {
        return Ok(None);
    };
    match c.axis {
        Axis::Revenue => {
            parse_amount(text, AmountUnit::Wan).map_err(|e| input_error(e, FieldKind::Amount, lang))
        }
        Axis::Growth => parse_percent(text, growth_percent_range())
            .map_err(|e| input_error(e, FieldKind::Growth, lang)),
    }
}

/// A value on the axis as the value field shows it: revenue in 万元.
fn typed(axis: Axis, x: Decimal) -> String {
    match axis {
        Axis::Revenue => (x / Decimal::from(10_000)).normalize().to_string(),
        Axis::Growth => x.normalize().to_string(),
    }
}

/// The what-if reply: the controls (year, axis, slider, value field: the
/// same text for the same curve, so the page keeps them, and what is typed
/// in them, as the point moves), the chart (the point in words, a problem
/// with the typed value, the SVG, the table), then the point's value as the
/// slider and as the value field give it, in words, and "true" when the
/// typed value did not read (`problem`). The point is at `asked`, else the
/// enterprise's own value.
pub fn whatif_reply(
    c: &Curve,
    answers: &Answers,
    as_of: Date,
    uid: &str,
    asked: Option<Decimal>,
    problem: &str,
    lang: Lang,
) -> String {
    // Outside the range the point sits at its edge, with its own award.
    let x = asked.or(c.current).unwrap_or(c.from).normalize();
    let award = revenue_for(answers, c.year, c.axis, x)
        .map(|r| award_at(&PACK, answers, as_of, c.year, r))
        .unwrap_or_default()
        .normalize();
    let now = words::whatif_point_words(c.year, c.axis, x, award, lang);
    let chart = format!(
        r#"<p class="fc-error" id="{uid}-wi-err" aria-live="polite">{}</p><p class="fc-whatif-now" id="{uid}-wi-now" data-x="{x}" data-yuan="{award}" aria-live="polite">{}</p><div class="fc-whatif-chart">{}{}</div>"#,
        esc(problem),
        esc(&now),
        svg(c, x, award, &now, lang),
        table(c, x, lang)
    );
    [
        controls(c, answers, uid, lang),
        chart,
        format!(
            "{x}{FIELD}{}{FIELD}{}{FIELD}{}",
            typed(c.axis, x),
            esc(&now),
            if problem.is_empty() { "" } else { "true" }
        ),
    ]
    .join(&FIELD.to_string())
}

/// The what-if controls. Each carries `data-wi` (year, axis, slider,
/// typed): the page listens once, around them all.
fn controls(c: &Curve, answers: &Answers, uid: &str, lang: Lang) -> String {
    let years: String = award_data_years(&PACK)
        .map(|y| {
            let selected = if y == c.year { " selected" } else { "" };
            format!(r#"<option value="{y}"{selected}>{y}</option>"#)
        })
        .collect();
    let growth_ok = previous_revenue(answers, c.year).is_some();
    let radio = |axis: Axis, label: PlanDoc, enabled: bool| {
        format!(
            r#"<label><input type="radio" name="{uid}-wi-axis" data-wi="axis" value="{}"{}{}> {}</label>"#,
            axis.code(),
            if c.axis == axis { " checked" } else { "" },
            if enabled { "" } else { " disabled" },
            esc(label.text(lang))
        )
    };
    let own = c.current.unwrap_or(c.from).normalize();
    let (typed_label, slider_label) = match c.axis {
        Axis::Revenue => (PlanDoc::TypedRevenue, PlanDoc::Slider),
        Axis::Growth => (PlanDoc::TypedGrowth, PlanDoc::Slider),
    };
    format!(
        r#"<p class="fc-note">{note}</p><div class="fc-whatif-controls"><label for="{uid}-wi-year">{year_l}</label><select id="{uid}-wi-year" data-wi="year">{years}</select><fieldset><legend>{axis_l}</legend>{r1}{r2}</fieldset>{no_growth}</div><div class="fc-whatif-move"><label for="{uid}-wi-slider">{slider_l}</label><input type="range" id="{uid}-wi-slider" data-wi="slider" min="{from}" max="{to}" step="{step}" value="{own}" aria-describedby="{uid}-wi-now"><label for="{uid}-wi-typed">{typed_l}</label><input type="text" inputmode="decimal" id="{uid}-wi-typed" data-wi="typed" value="{own_typed}" aria-describedby="{uid}-wi-err"></div>"#,
        note = esc(PlanDoc::WhatIfNote.text(lang)),
        year_l = esc(PlanDoc::DataYear.text(lang)),
        axis_l = esc(PlanDoc::Axis.text(lang)),
        r1 = radio(Axis::Revenue, PlanDoc::AxisRevenue, true),
        r2 = radio(Axis::Growth, PlanDoc::AxisGrowth, growth_ok),
        no_growth = if growth_ok {
            String::new()
        } else {
            format!(
                r#"<p class="fc-muted">{}</p>"#,
                esc(PlanDoc::NoGrowth.text(lang))
            )
        },
        slider_l = esc(slider_label.text(lang)),
        typed_l = esc(typed_label.text(lang)),
        from = c.from.normalize(),
        to = c.to.normalize(),
        step = c.step.normalize(),
        own_typed = typed(c.axis, own),
    )
}

/// The year a chart shows first: the latest the policy pays on with its
/// revenue answered, else the latest it pays on.
pub fn first_year(answers: &Answers) -> u16 {
    let years = award_data_years(&PACK);
    years
        .clone()
        .rev()
        .find(|y| answers.revenue_yuan.contains_key(y))
        .unwrap_or(*years.end())
}

fn svg(c: &Curve, x: Decimal, award: Decimal, now: &str, lang: Lang) -> String {
    let top_award = c
        .points
        .iter()
        .map(|p| p.1)
        .chain([award])
        .fold(Decimal::ZERO, Decimal::max);
    let y_max = if top_award.is_zero() {
        100_000.0
    } else {
        f(top_award) * 1.1
    };
    let span = f(c.to - c.from).max(f64::MIN_POSITIVE);
    let (pw, ph) = (W - LEFT - RIGHT, H - TOP - BOTTOM);
    let sx = |v: Decimal| LEFT + (f(v - c.from) / span).clamp(0.0, 1.0) * pw;
    let sy = |v: Decimal| TOP + ph - (f(v) / y_max).clamp(0.0, 1.0) * ph;
    let mut s = format!(
        r#"<svg class="fc-whatif-svg" viewBox="0 0 {W} {H}" role="img" aria-label="{}" font-size="14" fill="{INK}">"#,
        esc(now)
    );
    // Axes and ticks.
    let base = TOP + ph;
    let _ = write!(
        s,
        r#"<path d="M{LEFT} {TOP}V{base}H{}" stroke="{INK}" fill="none"/>"#,
        W - RIGHT
    );
    for k in 0..=2 {
        let v = c.from + (c.to - c.from) * Decimal::from(k) / Decimal::from(2);
        let anchor = match k {
            0 => "start",
            2 => "end",
            _ => "middle",
        };
        let _ = write!(
            s,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="{anchor}">{}</text>"#,
            sx(v),
            base + 16.0,
            esc(&words::axis_tick_words(c.axis, v, lang))
        );
    }
    let mut levels: Vec<Decimal> = c.points.iter().map(|p| p.1).collect();
    levels.sort();
    levels.dedup();
    // The award levels, highest first, leaving out any too near the one
    // above to read.
    let mut last_y = f64::NEG_INFINITY;
    for v in levels.iter().rev() {
        if (sy(*v) - last_y).abs() < 16.0 {
            continue;
        }
        last_y = sy(*v);
        let _ = write!(
            s,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="end">{}</text><path d="M{LEFT} {:.1}h{pw}" stroke="{INK}" stroke-opacity=".12"/>"#,
            LEFT - 6.0,
            sy(*v) + 4.0,
            esc(&money(*v, lang)),
            sy(*v)
        );
    }
    // The thresholds, each labelled along its own line (upright labels of
    // near thresholds would overlap), on a white halo over the curve.
    for m in &c.marks {
        let mx = sx(m.x);
        let _ = write!(
            s,
            r#"<path class="fc-whatif-mark" data-rule="{}" d="M{mx:.1} {TOP}V{base}" stroke="{MARK}" stroke-dasharray="4 3"/><text transform="translate({:.1} {:.1}) rotate(-90)" text-anchor="end" fill="{MARK}" stroke="white" stroke-width="3" paint-order="stroke">{}</text>"#,
            m.rule.code(),
            mx - 4.0,
            TOP + 2.0,
            esc(&words::mark_words(m, c.axis, lang))
        );
    }
    // The award as a step line.
    let mut d = String::new();
    for (i, (px, py)) in c.points.iter().enumerate() {
        let (cx, cy) = (sx(*px), sy(*py));
        if i == 0 {
            let _ = write!(d, "M{cx:.1} {cy:.1}");
        } else {
            let _ = write!(d, "H{cx:.1}V{cy:.1}");
        }
    }
    let _ = write!(
        s,
        r#"<path class="fc-whatif-line" d="{d}" stroke="{LINE}" stroke-width="2.5" fill="none"/>"#
    );
    // The enterprise's own figure, and the point the slider moves.
    if let Some(cur) = c.current {
        if let Some((_, y)) = c.points.iter().find(|p| p.0 == cur) {
            let _ = write!(
                s,
                r#"<circle class="fc-whatif-own" cx="{:.1}" cy="{:.1}" r="5" fill="white" stroke="{INK}" stroke-width="2"/>"#,
                sx(cur),
                sy(*y)
            );
        }
    }
    let _ = write!(
        s,
        r#"<path d="M{:.1} {TOP}V{base}" stroke="{POINT}" stroke-opacity=".5"/><circle class="fc-whatif-point" data-x="{x}" data-yuan="{award}" cx="{:.1}" cy="{:.1}" r="7" fill="{POINT}"/></svg>"#,
        sx(x),
        sx(x),
        sy(award)
    );
    s
}

/// The chart as a table: each range of values with one award, the point's
/// row marked.
fn table(c: &Curve, x: Decimal, lang: Lang) -> String {
    let mut ranges: Vec<(Decimal, Decimal, Decimal)> = Vec::new();
    for (px, py) in &c.points {
        match ranges.last_mut() {
            Some(r) if r.2 == *py => r.1 = *px,
            _ => ranges.push((*px, *px, *py)),
        }
    }
    let [h1, h2] = words::whatif_heads(c.axis, lang);
    let mut rows = String::new();
    for (i, (from, to, award)) in ranges.iter().enumerate() {
        // The point's row: its value lies before the next range starts.
        let next = ranges.get(i + 1).map(|r| r.0);
        let here = x >= *from && next.is_none_or(|n| x < n);
        let _ = write!(
            rows,
            r#"<tr{}><td>{}</td><td data-yuan="{award}">{}</td></tr>"#,
            if here { r#" class="fc-current""# } else { "" },
            esc(&words::whatif_range_words(c.axis, *from, *to, lang)),
            esc(&money(*award, lang))
        );
    }
    format!(
        r#"<table class="fc-table fc-whatif-table"><caption>{}</caption><thead><tr><th scope="col">{}</th><th scope="col">{}</th></tr></thead><tbody>{rows}</tbody></table>"#,
        esc(&format!("{} · {}", c.year, PlanUi::WhatIf.text(lang))),
        esc(h1),
        esc(h2)
    )
}

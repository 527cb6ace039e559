//! The summary as one self-contained HTML file: styles in a `<style>`, no
//! scripts, fonts, images or links, so it opens offline, prints to A4 and
//! cannot call anywhere. Every piece of text goes through [`escape`].

use super::model::{Block, Cell, Figure, Part, Report, Table, Tone};
use crate::assessment::OutcomeLevel;
use crate::i18n::report::Doc;

/// The document's styles. Screen: a sheet of paper on a grey desk. Print:
/// A4 with margins, no background, each outcome block kept on one page.
/// Colours are kept when printing so the level badges stay readable.
const CSS: &str = r#"
:root { --ink: #1b1b1b; --muted: #595959; --rule: #b9b4aa; --light: #f4f2ee; --accent: #9b1c1c;
  --qualifies: #2e6b30; --likely: #9a6200; --possible: #245d9e; --need: #6b4f96; --not: #6f6f6f; }
* { box-sizing: border-box; }
html { background: #e7e4de; }
body { margin: 0; color: var(--ink); font-size: 10.5pt; line-height: 1.65;
  font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.doc { max-width: 210mm; margin: 10mm auto; padding: 16mm 17mm 14mm; background: #fff; box-shadow: 0 1px 6px rgba(0,0,0,.2); }
.title-block { text-align: center; border-bottom: 2.5px solid var(--accent); padding-bottom: 5mm; margin-bottom: 5mm; }
.kicker { color: var(--accent); font-size: 9pt; letter-spacing: .18em; margin: 0 0 2mm; }
h1 { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", serif; font-size: 21pt; font-weight: 700; letter-spacing: .04em; margin: 0; line-height: 1.35; }
.name { font-size: 14pt; font-weight: 700; margin: 3mm 0 4mm; overflow-wrap: anywhere; }
.name.unnamed { color: var(--muted); font-weight: 400; }
table { border-collapse: collapse; width: 100%; margin: 1.5mm 0 3mm; }
th, td { border: 1px solid var(--rule); padding: 1.1mm 2.2mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
thead th { background: var(--light); font-weight: 700; }
table.kv th { background: var(--light); font-weight: 600; width: 30%; }
table.meta { text-align: left; font-size: 9.5pt; margin-bottom: 0; }
table.meta th { width: 22%; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.short { white-space: nowrap; }
td.changed { font-weight: 700; background: #fff4d6; }
tr.total td { font-weight: 700; background: #faf7f0; border-top: 2px solid var(--ink); }
h2 { font-size: 13.5pt; margin: 7mm 0 2.5mm; padding: .6mm 0 .6mm 2.6mm; border-left: 4px solid var(--accent); }
h3 { font-size: 11pt; margin: 4.5mm 0 1.5mm; }
p { margin: 1.5mm 0; }
p.small { color: var(--muted); font-size: 9pt; }
ul, ol { margin: 0; padding-left: 5.5mm; }
section > ul { margin: 1.5mm 0; }
.callout { border: 1px solid #d8b25a; border-left-width: 4px; background: #fff8e6; padding: 2mm 3mm; margin: 3mm 0; }
.callout.estimate { border-color: #9db4d0; background: #f1f6fc; }
.figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: 2.5mm; margin: 2mm 0 3mm; }
.figure { border: 1px solid var(--rule); border-top: 4px solid var(--not); padding: 2mm 2.5mm; }
.figure .label { font-size: 9pt; color: var(--muted); }
.figure .value { font-size: 15pt; font-weight: 700; white-space: nowrap; }
.figure .note { font-size: 8pt; color: var(--muted); line-height: 1.4; }
.tone-qualifies { border-top-color: var(--qualifies); }
.tone-likely { border-top-color: var(--likely); }
.tone-possible { border-top-color: var(--possible); }
.tone-estimate { border-top-color: #4f7fb3; }
.outcome { border: 1px solid var(--rule); border-left: 4px solid var(--not); padding: 2mm 3mm 1mm; margin: 2.5mm 0 3.5mm; }
.outcome-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 1mm 2.5mm; margin-bottom: 1.5mm; }
.outcome-head h4 { margin: 0; font-size: 11pt; }
.outcome-head .code { font-weight: 700; color: var(--muted); }
.outcome-head .year { color: var(--muted); }
.outcome-head .amount { margin-left: auto; font-size: 12.5pt; font-weight: 700; white-space: nowrap; }
.outcome table.kv { font-size: 9.5pt; margin: 0 0 1.5mm; }
.outcome table.kv th { width: 19%; }
.badge { display: inline-block; padding: 0 2mm; border-radius: 2px; font-size: 8.5pt; font-weight: 700; color: #fff; background: var(--not); line-height: 1.7; }
.lvl-qualifies { border-left-color: var(--qualifies); } .lvl-qualifies .badge { background: var(--qualifies); }
.lvl-likely { border-left-color: var(--likely); } .lvl-likely .badge { background: var(--likely); }
.lvl-possible { border-left-color: var(--possible); } .lvl-possible .badge { background: var(--possible); }
.lvl-need { border-left-color: var(--need); } .lvl-need .badge { background: var(--need); }
.quote { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", serif; }
.footer { margin-top: 7mm; padding-top: 2mm; border-top: 1px solid var(--rule); color: var(--muted); font-size: 8.5pt; overflow-wrap: anywhere; }
@page { size: A4; margin: 15mm 14mm 16mm; }
@media (max-width: 700px) {
  .doc { margin: 0; padding: 6mm 5mm; box-shadow: none; }
  .figures { grid-template-columns: repeat(2, 1fr); }
}
@media print {
  html, body { background: #fff; }
  body { font-size: 10pt; }
  .doc { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  /* An intro line stays with the table or block it introduces. */
  p:has(+ table), p:has(+ .outcome), p:has(+ ul) { break-after: avoid; page-break-after: avoid; }
  .outcome, .figures, .callout, tr, .title-block, table.keep { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  p, li { orphans: 3; widows: 3; }
}
"#;

/// The document's Content-Security-Policy: nothing may load or run; only
/// the inline style element applies.
const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'";

/// `s` with `& < > " '` written as entities and control characters dropped,
/// so text can go into element content and quoted attribute values alike.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' => {}
            c => out.push(c),
        }
    }
    out
}

/// A small writer: tags and classes come from this file, text is escaped.
struct Html {
    out: String,
}

impl Html {
    fn raw(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn text(&mut self, s: &str) {
        self.out.push_str(&escape(s));
    }

    /// `<tag class="class">text</tag>`, the text escaped.
    fn el(&mut self, tag: &str, class: &str, text: &str) {
        if class.is_empty() {
            self.raw(&format!("<{tag}>"));
        } else {
            self.raw(&format!("<{tag} class=\"{class}\">"));
        }
        self.text(text);
        self.raw(&format!("</{tag}>"));
    }
}

/// Renders the report model as HTML.
pub(crate) fn render(r: &Report) -> String {
    let mut h = Html {
        out: String::with_capacity(48 * 1024),
    };
    h.raw("<!DOCTYPE html>\n");
    h.raw(&format!(
        "<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
        r.lang.tag()
    ));
    // Its own policy, wherever the file is opened: no script, no request,
    // only the one style element.
    h.raw(&format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n"
    ));
    h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.raw("<title>");
    h.text(&format!("{} — {}", r.title, r.name));
    h.raw("</title>\n<style>");
    h.raw(CSS);
    h.raw("</style>\n</head>\n<body>\n<main class=\"doc\">\n");

    h.raw("<header class=\"title-block\">\n");
    h.el("p", "kicker", r.kicker);
    h.raw("\n");
    h.el("h1", "", r.title);
    h.raw("\n");
    h.el(
        "p",
        if r.name_given { "name" } else { "name unnamed" },
        &r.name,
    );
    h.raw("\n");
    table(&mut h, &r.meta, "kv meta");
    h.raw("</header>\n");

    for b in &r.banners {
        h.el("div", "callout", b);
        h.raw("\n");
    }

    for s in &r.sections {
        h.raw("<section>\n");
        h.el("h2", "", &s.heading);
        h.raw("\n");
        for p in &s.parts {
            part(&mut h, p, r);
        }
        h.raw("</section>\n");
    }

    h.raw("<footer class=\"footer\">\n");
    h.el("p", "", &r.footer);
    h.raw("\n</footer>\n</main>\n</body>\n</html>\n");
    h.out
}

fn part(h: &mut Html, p: &Part, r: &Report) {
    match p {
        Part::Sub(s) => h.el("h3", "", s),
        Part::Para(s) => h.el("p", "", s),
        Part::Small(s) => h.el("p", "small", s),
        Part::List(items) => {
            h.raw("<ul>");
            for i in items {
                h.el("li", "", i);
            }
            h.raw("</ul>");
        }
        Part::Callout(tone, s) => h.el(
            "div",
            if *tone == Tone::Estimate {
                "callout estimate"
            } else {
                "callout"
            },
            s,
        ),
        Part::Table(t) => table(h, t, if t.key_value { "kv" } else { "data" }),
        Part::Figures(f) => figures(h, f),
        Part::Outcome(b) => block(h, b, r),
    }
    h.raw("\n");
}

fn tone_class(t: Tone) -> &'static str {
    match t {
        Tone::Qualifies => "figure tone-qualifies",
        Tone::Likely => "figure tone-likely",
        Tone::Possible => "figure tone-possible",
        Tone::Estimate => "figure tone-estimate",
    }
}

fn figures(h: &mut Html, figures: &[Figure]) {
    h.raw("<div class=\"figures\">");
    for f in figures {
        h.raw(&format!("<div class=\"{}\">", tone_class(f.tone)));
        h.el("div", "label", f.label);
        h.el("div", "value", &f.value);
        h.el("div", "note", f.note);
        h.raw("</div>");
    }
    h.raw("</div>");
}

fn cell(h: &mut Html, tag: &str, c: &Cell) {
    let class = match (c.num, c.short, c.changed) {
        (_, _, true) => "changed",
        (true, ..) => "num",
        (false, true, _) => "short",
        (false, false, _) => "",
    };
    h.el(tag, class, &c.text);
}

/// Parts without a document around them (no Outcome blocks among them),
/// for a page that brings its own styles: the app shows the comparison so.
pub(crate) fn fragment(parts: &[Part]) -> String {
    let mut h = Html { out: String::new() };
    for p in parts {
        match p {
            Part::Table(t) => table(&mut h, t, "data"),
            Part::Small(s) => h.el("p", "fc-hint", s),
            _ => {}
        }
    }
    h.out
}

/// Tables this short are kept on one page when printed; longer ones may
/// break between rows, with the head repeated.
const KEEP_ROWS: usize = 12;

fn table(h: &mut Html, t: &Table, class: &str) {
    let keep = if t.rows.len() <= KEEP_ROWS {
        " keep"
    } else {
        ""
    };
    h.raw(&format!("<table class=\"{class}{keep}\">\n"));
    // Label/value tables head each row instead.
    if !t.head.is_empty() && !t.key_value {
        h.raw("<thead><tr>");
        for c in &t.head {
            cell(h, "th", c);
        }
        h.raw("</tr></thead>\n");
    }
    h.raw("<tbody>\n");
    let last = t.rows.len().saturating_sub(1);
    for (i, row) in t.rows.iter().enumerate() {
        h.raw(if t.total && i == last {
            "<tr class=\"total\">"
        } else {
            "<tr>"
        });
        for (j, c) in row.iter().enumerate() {
            if t.key_value && j == 0 {
                h.raw("<th scope=\"row\">");
                h.text(&c.text);
                h.raw("</th>");
            } else {
                cell(h, "td", c);
            }
        }
        h.raw("</tr>\n");
    }
    h.raw("</tbody>\n</table>\n");
}

fn level_class(level: OutcomeLevel) -> &'static str {
    match level {
        OutcomeLevel::Qualifies => "outcome lvl-qualifies",
        OutcomeLevel::Likely => "outcome lvl-likely",
        OutcomeLevel::Possible => "outcome lvl-possible",
        OutcomeLevel::NeedMoreAnswers => "outcome lvl-need",
        OutcomeLevel::NotEligible => "outcome lvl-not",
    }
}

fn kv_row(h: &mut Html, label: &str, body: impl FnOnce(&mut Html)) {
    h.raw("<tr><th scope=\"row\">");
    h.text(label);
    h.raw("</th><td>");
    body(h);
    h.raw("</td></tr>\n");
}

fn list(h: &mut Html, tag: &str, items: &[String]) {
    if let [one] = items {
        h.text(one);
        return;
    }
    h.raw(&format!("<{tag}>"));
    for i in items {
        h.el("li", "", i);
    }
    h.raw(&format!("</{tag}>"));
}

fn block(h: &mut Html, b: &Block, r: &Report) {
    let lang = r.lang;
    h.raw(&format!(
        "<article class=\"{}\">\n<div class=\"outcome-head\">",
        level_class(b.level)
    ));
    h.el("span", "code", b.code);
    h.el("h4", "", &b.title);
    if let Some(y) = &b.year {
        h.el("span", "year", &format!("{} {y}", b.year_label));
    }
    h.el("span", "badge", b.level_text);
    if let Some(a) = &b.amount {
        h.el("span", "amount", a);
    }
    h.raw("</div>\n<table class=\"kv\">\n");
    if let Some(s) = &b.subject {
        kv_row(h, Doc::Covers.text(lang), |h| h.text(s));
    }
    if let (Some(label), Some(a)) = (b.amount_label, &b.amount) {
        kv_row(h, label, |h| h.text(a));
    }
    if !b.steps.is_empty() {
        kv_row(h, Doc::Arithmetic.text(lang), |h| list(h, "ol", &b.steps));
    }
    if !b.decisions.is_empty() {
        kv_row(h, Doc::HighestOnce.text(lang), |h| {
            list(h, "ul", &b.decisions)
        });
    }
    if !b.interpretations.is_empty() {
        kv_row(h, Doc::Interpretations.text(lang), |h| {
            list(h, "ul", &b.interpretations)
        });
    }
    if !b.missing.is_empty() {
        kv_row(h, Doc::ToAnswer.text(lang), |h| list(h, "ul", &b.missing));
    }
    kv_row(h, Doc::Source.text(lang), |h| {
        h.el("span", "quote", &b.source)
    });
    kv_row(h, Doc::Bureaus.text(lang), |h| h.text(&b.bureaus));
    h.raw("</table>\n</article>");
}

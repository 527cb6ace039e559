//! The summary as Markdown, for pasting into an e-mail or a chat. Chats often
//! show Markdown raw, so engine words are written as they are; only what the
//! enterprise typed is escaped (it could otherwise start a heading, a link,
//! raw HTML or a table cell), and every table cell is kept on one line.

use super::model::{Block, Cell, Figure, Part, Report, Table};
use crate::i18n::report::Doc;
use crate::i18n::Lang;

/// Escapes typed text for Markdown: the characters that start emphasis,
/// code, links, raw HTML, headings, strikethrough, entities or table cells
/// get a backslash (CommonMark treats `\` + ASCII punctuation as the
/// literal character), and line breaks become spaces. Text that GitHub-style
/// Markdown would turn into a link by itself (`http://`, `www.`, an e-mail
/// address) gets a backslash too (`http\://`, `www\.`, `a\@b`): a summary
/// must not offer a link the enterprise never meant to send.
pub(crate) fn escape_user(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let autolink = match c {
            ':' => chars.get(i + 1..i + 3) == Some(&['/', '/']),
            '.' => {
                i >= 3
                    && chars[i - 3..i].iter().all(|w| w.eq_ignore_ascii_case(&'w'))
                    && (i == 3 || !chars[i - 4].is_alphanumeric())
            }
            '@' => true,
            _ => false,
        };
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' | '!' => {
                out.push('\\');
                out.push(c);
            }
            _ if autolink => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{85}') => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Engine words on one line (a table cell or a list item must not break).
fn flat(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// A cell: typed text escaped, engine words flattened with `|` escaped.
fn cell(c: &Cell) -> String {
    if c.user {
        escape_user(&c.text)
    } else {
        flat(&c.text).replace('|', "\\|")
    }
}

/// Renders the report model as Markdown.
pub(crate) fn render(r: &Report) -> String {
    let lang = r.lang;
    let mut s = String::with_capacity(24 * 1024);
    line(&mut s, &format!("# {}", r.title));
    line(&mut s, "");
    let name = if r.name_given {
        escape_user(&r.name)
    } else {
        flat(&r.name)
    };
    line(&mut s, &format!("**{name}**"));
    line(&mut s, "");
    line(&mut s, r.kicker);
    line(&mut s, "");
    table(&mut s, &r.meta, lang);
    for b in &r.banners {
        line(&mut s, &format!("> **{}**", flat(b)));
        line(&mut s, "");
    }
    for sec in &r.sections {
        line(&mut s, &format!("## {}", sec.heading));
        line(&mut s, "");
        for p in &sec.parts {
            part(&mut s, p, lang);
        }
    }
    line(&mut s, "---");
    line(&mut s, "");
    line(&mut s, &flat(&r.footer));
    s
}

fn line(s: &mut String, text: &str) {
    s.push_str(text);
    s.push('\n');
}

fn part(s: &mut String, p: &Part, lang: Lang) {
    match p {
        Part::Sub(t) => line(s, &format!("### {}", flat(t))),
        Part::Para(t) | Part::Small(t) => line(s, &flat(t)),
        Part::List(items) => {
            for i in items {
                line(s, &format!("- {}", flat(i)));
            }
        }
        Part::Callout(_, t) => line(s, &format!("> {}", flat(t))),
        Part::Table(t) => {
            table(s, t, lang);
            return;
        }
        Part::Figures(f) => figures(s, f),
        Part::Outcome(b) => {
            block(s, b, lang);
            return;
        }
    }
    line(s, "");
}

fn figures(s: &mut String, figures: &[Figure]) {
    for f in figures {
        line(
            s,
            &format!(
                "- **{}: {}** ({})",
                flat(f.label),
                flat(&f.value),
                flat(f.note)
            ),
        );
    }
}

fn table(s: &mut String, t: &Table, lang: Lang) {
    // Markdown tables need a head row.
    let head: Vec<Cell> = if t.head.is_empty() {
        vec![
            Cell::plain(Doc::Item.text(lang)),
            Cell::plain(Doc::Detail.text(lang)),
        ]
    } else {
        t.head.clone()
    };
    let cells: Vec<String> = head.iter().map(cell).collect();
    line(s, &format!("| {} |", cells.join(" | ")));
    let rules: Vec<&str> = head
        .iter()
        .map(|c| if c.num { "---:" } else { "---" })
        .collect();
    line(s, &format!("| {} |", rules.join(" | ")));
    let last = t.rows.len().saturating_sub(1);
    for (i, row) in t.rows.iter().enumerate() {
        let total = t.total && i == last;
        let cells: Vec<String> = row
            .iter()
            .map(|c| {
                let text = cell(c);
                if total && !text.is_empty() {
                    format!("**{text}**")
                } else {
                    text
                }
            })
            .collect();
        line(s, &format!("| {} |", cells.join(" | ")));
    }
    line(s, "");
}

fn block(s: &mut String, b: &Block, lang: Lang) {
    let year = b
        .year
        .as_ref()
        .map(|y| format!(" · {} {y}", b.year_label))
        .unwrap_or_default();
    line(s, &format!("#### {} {}{year}", b.code, flat(&b.title)));
    line(s, "");
    let amount = b
        .amount
        .as_ref()
        .map(|a| format!(" · {}", flat(a)))
        .unwrap_or_default();
    line(s, &format!("**{}{amount}**", b.level_text));
    line(s, "");
    if let Some(subject) = &b.subject {
        line(
            s,
            &format!("- {}: {}", Doc::Covers.text(lang), escape_user(subject)),
        );
    }
    if let (Some(label), Some(a)) = (b.amount_label, &b.amount) {
        line(s, &format!("- {label}: {}", flat(a)));
    }
    items(s, Doc::Arithmetic.text(lang), &b.steps, true);
    items(s, Doc::HighestOnce.text(lang), &b.decisions, false);
    items(
        s,
        Doc::Interpretations.text(lang),
        &b.interpretations,
        false,
    );
    items(s, Doc::ToAnswer.text(lang), &b.missing, false);
    line(
        s,
        &format!("- {}: {}", Doc::Source.text(lang), flat(&b.source)),
    );
    line(
        s,
        &format!("- {}: {}", Doc::Bureaus.text(lang), flat(&b.bureaus)),
    );
    line(s, "");
}

/// A labelled list item: one entry inline, several as a nested list.
fn items(s: &mut String, label: &str, entries: &[String], numbered: bool) {
    match entries {
        [] => {}
        [one] => line(s, &format!("- {label}: {}", flat(one))),
        many => {
            line(s, &format!("- {label}:"));
            for (i, e) in many.iter().enumerate() {
                if numbered {
                    line(s, &format!("  {}. {}", i + 1, flat(e)));
                } else {
                    line(s, &format!("  - {}", flat(e)));
                }
            }
        }
    }
}

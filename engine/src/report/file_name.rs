//! File names for the downloads: prefix, enterprise name, date, extension,
//! safe on Windows, macOS, Linux and phones whatever the name holds.

use crate::answers::Answers;
use crate::date::Date;
use crate::i18n::report::{file_prefix, file_unnamed};
use crate::i18n::Lang;
use crate::text::is_invisible;

/// Longest enterprise-name part, in characters. Forty CJK characters are
/// 120 bytes in UTF-8, so the whole name stays far below the 255-byte limit
/// of common file systems.
const MAX_NAME_CHARS: usize = 40;
/// Longest extension kept.
const MAX_EXT_CHARS: usize = 8;

/// The download's file name: `两业融合自测-嘉兴某某物流-2026-11-28.html`, or
/// `fusion-self-check-NAME-2026-11-28.html` in English. A missing or
/// unusable name gives a generic one. `ext` is given without the dot.
pub fn file_name(answers: &Answers, as_of: Date, ext: &str, lang: Lang) -> String {
    let name = answers
        .enterprise_name
        .as_deref()
        .map(safe_name)
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| file_unnamed(lang).to_string());
    let mut out = format!("{}-{name}-{as_of}", file_prefix(lang));
    let ext: String = ext
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(MAX_EXT_CHARS)
        .collect();
    if !ext.is_empty() {
        out.push('.');
        out.push_str(&ext.to_ascii_lowercase());
    }
    out
}

/// Characters Windows refuses in names (and `/`, which no system allows).
fn forbidden(c: char) -> bool {
    matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') || c.is_control()
}

/// The enterprise name made safe as part of a file name: forbidden
/// characters become `_`, white space a single space, invisible format
/// characters go; no leading dot (a hidden file) and no trailing dot or
/// space (Windows drops them); at most [`MAX_NAME_CHARS`] characters; a
/// Windows device name (CON, NUL, COM1...) gets a `_` so it is not one.
pub(crate) fn safe_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if is_invisible(c) {
            continue;
        }
        let c = if c.is_whitespace() {
            ' '
        } else if forbidden(c) {
            '_'
        } else {
            c
        };
        // Runs of separators read as one.
        if (c == ' ' || c == '_') && out.ends_with(c) {
            continue;
        }
        out.push(c);
    }
    // Separators at either end read as noise next to the `-` around the name.
    const ENDS: [char; 3] = ['.', ' ', '_'];
    let trim = |s: &str| -> String { s.trim_matches(ENDS).to_string() };
    let out = trim(&out);
    let out = trim(&out.chars().take(MAX_NAME_CHARS).collect::<String>());
    if is_reserved(&out) {
        format!("{out}_")
    } else {
        out
    }
}

/// Windows device names, also with an extension ("nul.txt").
fn is_reserved(name: &str) -> bool {
    let stem = name
        .split('.')
        .next()
        .unwrap_or(name)
        .trim_end()
        .to_ascii_uppercase();
    match stem.as_str() {
        "CON" | "PRN" | "AUX" | "NUL" | "CONIN$" | "CONOUT$" => true,
        // `get` rather than slicing: the stem may not split at a char boundary.
        s => match (s.get(..3), s.get(3..)) {
            (Some("COM" | "LPT"), Some(n)) => {
                matches!(
                    n,
                    "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "¹" | "²" | "³"
                )
            }
            _ => false,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_cleaned() {
        assert_eq!(safe_name("嘉兴某某物流"), "嘉兴某某物流");
        assert_eq!(safe_name("a/b\\c:d*e?f\"g<h>i|j"), "a_b_c_d_e_f_g_h_i_j");
        assert_eq!(safe_name("..hidden"), "hidden");
        assert_eq!(safe_name("name. . "), "name");
        assert_eq!(safe_name("a\n\tb"), "a b");
        assert_eq!(safe_name("con"), "con_");
        assert_eq!(safe_name("LPT1.txt"), "LPT1.txt_");
        assert_eq!(safe_name("COMPANY"), "COMPANY");
        assert_eq!(safe_name("a长c"), "a长c");
        assert_eq!(safe_name("\u{202E}lmth.exe"), "lmth.exe");
        assert_eq!(safe_name("...").len(), 0);
        assert_eq!(safe_name(&"长".repeat(100)).chars().count(), MAX_NAME_CHARS);
    }
}

//! What an enterprise typed, made fit to show and to compare. The summary
//! shows typed text through [`clean_user_text`], and the rules compare
//! subjects (就高不重复) after the very same cleaning, so two subjects
//! that read the same on paper are one matter to the engine too.

/// Typed text made single-line: control characters and line breaks become
/// spaces (a name must not start a new Markdown line), invisible format
/// characters are dropped (a zero-width space must not make two subjects
/// differ, a bidi override can make text read backwards), runs of spaces
/// collapse, and spaces at either end go.
pub fn clean_user_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if is_invisible(c) {
            continue;
        }
        if c.is_control() || c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
    }
    out
}

/// Characters that show nothing yet make two strings differ: bidi marks,
/// embeddings, overrides and isolates, zero-width spaces and joiners, the
/// word joiner and invisible operators, the BOM, the soft hyphen, the
/// combining grapheme joiner, Mongolian and Hangul fillers, variation
/// selectors and Unicode tag characters.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{17B4}'
            | '\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{E0000}'..='\u{E007F}'
            | '\u{E0100}'..='\u{E01EF}'
    )
}

/// The matter a typed subject names, for 就高不重复: the subject as the
/// summary shows it, and blank (or nothing but invisible characters) is the
/// enterprise itself (`None`).
pub fn subject_key(subject: Option<&str>) -> Option<String> {
    subject.map(clean_user_text).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_characters_go_and_spaces_collapse() {
        assert_eq!(clean_user_text("  智能\u{200B}平台\u{FEFF} "), "智能平台");
        assert_eq!(clean_user_text("a\u{202E}b\u{2066}c\u{00AD}d"), "abcd");
        assert_eq!(clean_user_text("一期\n\t 项目\u{3000}B"), "一期 项目 B");
        assert_eq!(clean_user_text("\u{200B}\u{200D}"), "");
    }

    #[test]
    fn subjects_that_read_the_same_are_one_key() {
        let plain = subject_key(Some("智能工厂平台"));
        for disguised in [
            "智能工厂\u{200B}平台",
            " 智能工厂平台 ",
            "智能\u{2060}工厂\u{FE0F}平台",
            "\u{202D}智能工厂平台\u{202C}",
            "智能工厂\u{E0041}平台",
        ] {
            assert_eq!(subject_key(Some(disguised)), plain, "{disguised:?}");
        }
        assert_eq!(
            subject_key(Some("智能工厂 平台")),
            Some("智能工厂 平台".into())
        );
        assert_eq!(subject_key(Some(" \u{200B} ")), None);
        assert_eq!(subject_key(None), None);
    }
}

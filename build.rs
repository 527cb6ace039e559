//! Minifies the app's stylesheets into `OUT_DIR` for `src/app.rs`: the
//! stylesheet is part of the first load, and its comments and indentation
//! are about a quarter of its bytes. Only comments and whitespace go;
//! quoted strings are copied as written.

use std::{env, fs, path::Path};

const SHEETS: [&str; 2] = ["styles/app.css", "styles/saveshare.css"];

/// `css` without comments, with each run of whitespace outside strings cut
/// to one space, and none beside `{`, `}` or `;` (a custom property keeps
/// its value's spaces as written, so those after commas stay).
fn minify(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                space = true;
            }
            c if c.is_whitespace() => space = true,
            '"' | '\'' => {
                push_space(&mut out, &mut space, c);
                out.push(c);
                let mut escaped = false;
                for s in chars.by_ref() {
                    out.push(s);
                    if s == c && !escaped {
                        break;
                    }
                    escaped = s == '\\' && !escaped;
                }
            }
            c => {
                push_space(&mut out, &mut space, c);
                out.push(c);
            }
        }
    }
    out
}

/// Writes the one space a whitespace run stands for, unless next to
/// punctuation that needs none.
fn push_space(out: &mut String, space: &mut bool, next: char) {
    const TIGHT: [char; 3] = ['{', '}', ';'];
    if *space && !out.is_empty() && !TIGHT.contains(&next) && !out.ends_with(TIGHT) {
        out.push(' ');
    }
    *space = false;
}

fn main() {
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut sheet = String::new();
    for path in SHEETS {
        println!("cargo:rerun-if-changed={path}");
        sheet.push_str(&minify(
            &fs::read_to_string(path).expect("stylesheet reads"),
        ));
    }
    fs::write(Path::new(&out_dir).join("styles.min.css"), sheet).expect("OUT_DIR writable");
}

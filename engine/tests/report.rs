//! The downloadable summary: golden documents for every example enterprise,
//! hostile names escaped in HTML and Markdown, a self-contained HTML file,
//! the JSON read back by `transfer::import`, and safe file names. (The CLI
//! printing the same documents is tested beside it, in `batch/tests/cli.rs`.)
//!
//! These tests only compare. After a deliberate change of output,
//! `cargo run -p fusion-engine --example bless-goldens` rewrites the golden
//! files; read the diff before committing it.

#[path = "common/goldens.rs"]
mod goldens;
#[path = "common/pinned.rs"]
mod pinned;

use fusion_engine::answers::{AwardMatter, AwardReceived, Level, Recognition, RecognitionKind};
use fusion_engine::report::{self, Format};
use fusion_engine::transfer::{self, Source};
use fusion_engine::{evaluate, Answers, Date, Lang, JIAXING_2024_14};
use goldens::{assess, examples, manufacturer_scenarios, today};
use pinned::check;
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::Value;
use std::path::{Path, PathBuf};

use std::str::FromStr;

/// The command that rewrites the goldens, for failure messages.
const BLESS: &str = "cargo run -p fusion-engine --example bless-goldens";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

#[test]
fn golden_documents_for_every_example() {
    let docs = goldens::documents();
    let mut failures = Vec::new();
    for (file, actual) in &docs {
        let path = goldens::dir().join(file);
        let Ok(expected) = std::fs::read_to_string(&path) else {
            failures.push(format!("{file}: no golden file"));
            continue;
        };
        if expected != *actual {
            let (line, (want, got)) = expected
                .lines()
                .zip(actual.lines())
                .enumerate()
                .find(|(_, (w, g))| w != g)
                .map(|(i, p)| (i + 1, p))
                .unwrap_or((
                    expected.lines().count().min(actual.lines().count()) + 1,
                    ("<end>", "<end>"),
                ));
            failures.push(format!(
                "{file} differs at line {line}:\n  golden: {want}\n  actual: {got}"
            ));
        }
    }
    // A golden nothing produces any more is a document no longer checked.
    for file in goldens::files_on_disk() {
        if !docs.iter().any(|(f, _)| *f == file) {
            failures.push(format!("{file}: golden file that no document matches"));
        }
    }
    assert!(
        failures.is_empty(),
        "{}\n(after a deliberate change: `{}`, then read the diff)",
        failures.join("\n"),
        BLESS
    );
}

/// An amount as the documents print it ("0 元", "80 万元", "1.06 亿元",
/// "CNY 100,000", "CNY 1.5 million"), with half a unit of its last printed
/// digit: the tolerance of its rounding.
fn parse_money(text: &str) -> Option<(Decimal, Decimal)> {
    let text = text.trim().trim_matches('*').trim();
    let (number, scale) = if let Some(n) = text.strip_suffix(" 亿元") {
        (n, Decimal::from(100_000_000))
    } else if let Some(n) = text.strip_suffix(" 万元") {
        (n, Decimal::from(10_000))
    } else if let Some(n) = text.strip_suffix(" 元") {
        (n, Decimal::ONE)
    } else if let Some(n) = text
        .strip_prefix("CNY ")
        .and_then(|n| n.strip_suffix(" million"))
    {
        (n, Decimal::from(1_000_000))
    } else {
        (text.strip_prefix("CNY ")?, Decimal::ONE)
    };
    let number = number.replace(',', "");
    let value = Decimal::from_str(&number).ok()?;
    let half_digit = Decimal::new(5, value.scale() + 1) * scale;
    Some((value * scale, half_digit))
}

/// Asserts that a printed amount reads as `want` (to its printed precision).
fn assert_money(doc: &str, place: &str, printed: &str, want: Decimal) {
    let (got, tolerance) = parse_money(printed)
        .unwrap_or_else(|| panic!("{doc}: {place}: not an amount: {printed:?}"));
    assert!(
        (got - want).abs() <= tolerance,
        "{doc}: {place} shows {printed:?}, the checked figure is {want} 元"
    );
}

/// A decimal field of a hand-checked expectation.
fn yuan(v: &Value, field: &str) -> Decimal {
    v[field]
        .as_str()
        .and_then(|s| Decimal::from_str(s).ok())
        .unwrap_or_else(|| panic!("expected totals lack {field}: {v}"))
}

/// The hand-checked totals of an example (`examples/expected/NAME.json`).
fn checked_totals(name: &str) -> Value {
    let path = root().join(format!("../examples/expected/{name}.json"));
    let v: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    v["totals"].clone()
}

/// Labels of one language's overview and tables.
struct Words {
    lang: Lang,
    figures: [&'static str; 4],
    by_year: &'static str,
    by_rule: &'static str,
    total: &'static str,
}

const ZH: Words = Words {
    lang: Lang::Zh,
    figures: [
        "资金奖励 · 符合",
        "资金奖励 · 很可能符合",
        "税收优惠估算",
        "认定后可享的税收优惠",
    ],
    by_year: "资金奖励(按年度)",
    by_rule: "资金奖励(按条款)",
    total: "合计",
};

const EN: Words = Words {
    lang: Lang::En,
    figures: [
        "Cash · qualifies",
        "Cash · likely",
        "Tax saving (estimate)",
        "Tax saving once certified",
    ],
    by_year: "Cash awards by year",
    by_rule: "Cash awards by rule",
    total: "Total",
};

/// The cells of the Markdown table under the `### heading`, head and
/// separator left out, emphasis stripped.
fn md_table(md: &str, heading: &str) -> Option<Vec<Vec<String>>> {
    let wanted = format!("### {heading}");
    let mut lines = md.lines().skip_while(|l| *l != wanted).skip(1);
    let rows: Vec<Vec<String>> = lines
        .by_ref()
        .skip_while(|l| l.is_empty())
        .take_while(|l| l.starts_with('|'))
        .skip(2)
        .map(|l| {
            l.trim_matches('|')
                .split(" | ")
                .map(|c| c.trim().trim_matches('*').to_string())
                .collect()
        })
        .collect();
    md.lines().any(|l| l == wanted).then_some(rows)
}

/// The cells of the HTML table that follows `<h3>heading</h3>`, tags
/// stripped, head left out.
fn html_table(html: &str, heading: &str) -> Option<Vec<Vec<String>>> {
    let start = html.find(&format!("<h3>{heading}</h3>"))?;
    let rest = &html[start..];
    let table = &rest[rest.find("<tbody>")?..rest.find("</tbody>")?];
    Some(
        table
            .split("<tr")
            .skip(1)
            .map(|row| {
                row.split("<td")
                    .skip(1)
                    .map(|cell| {
                        let inner = &cell[cell.find('>').unwrap() + 1..];
                        inner[..inner.find("</td>").unwrap()].to_string()
                    })
                    .collect()
            })
            .collect(),
    )
}

/// Checks the by-year and by-rule tables of one document against the
/// hand-checked totals: every year and rule in its own row, the total row.
fn check_tables(
    doc: &str,
    words: &Words,
    totals: &Value,
    table: impl Fn(&str) -> Option<Vec<Vec<String>>>,
) {
    let q = yuan(totals, "cash_qualifies_yuan");
    let l = yuan(totals, "cash_likely_yuan");
    let by_year = totals["cash_by_year"].as_array().expect("cash_by_year");
    let Some(rows) = table(words.by_year) else {
        assert!(
            by_year.is_empty() && q.is_zero() && l.is_zero(),
            "{doc}: no table by year, yet the checked totals have cash"
        );
        return;
    };
    for y in by_year {
        let year = y["year"].to_string();
        let matching: Vec<&Vec<String>> = rows.iter().filter(|r| r[0] == year).collect();
        assert_eq!(matching.len(), 1, "{doc}: one row for {year}: {rows:?}");
        assert_money(
            doc,
            &format!("{year} qualifies"),
            &matching[0][1],
            yuan(y, "qualifies_yuan"),
        );
        assert_money(
            doc,
            &format!("{year} likely"),
            &matching[0][2],
            yuan(y, "likely_yuan"),
        );
    }
    let year_rows = rows.iter().filter(|r| r[0].parse::<u16>().is_ok()).count();
    assert_eq!(
        year_rows,
        by_year.len(),
        "{doc}: the years of the checked totals only: {rows:?}"
    );
    let total = rows.last().expect("rows");
    assert_eq!(total[0], words.total, "{doc}: the last row is the total");
    assert_money(doc, "total qualifies", &total[1], q);
    assert_money(doc, "total likely", &total[2], l);

    let by_rule = totals["cash_by_rule"].as_array().expect("cash_by_rule");
    let rows = table(words.by_rule).unwrap_or_default();
    assert_eq!(
        rows.len(),
        by_rule.len(),
        "{doc}: one row per rule: {rows:?}"
    );
    for r in by_rule {
        let rule = r["rule"].as_str().unwrap();
        let row = rows
            .iter()
            .find(|row| row[0] == rule)
            .unwrap_or_else(|| panic!("{doc}: no row for {rule}"));
        assert_money(
            doc,
            &format!("{rule} qualifies"),
            &row[2],
            yuan(r, "qualifies_yuan"),
        );
        assert_money(
            doc,
            &format!("{rule} likely"),
            &row[3],
            yuan(r, "likely_yuan"),
        );
    }
}

#[test]
fn documents_carry_the_figures_of_the_checked_expectations() {
    // Independent of the goldens: each hand-checked total, read back from its
    // own place in the document (overview figure, table row), in both
    // languages and both human formats.
    let fields = [
        "cash_qualifies_yuan",
        "cash_likely_yuan",
        "tax_estimate_yuan",
        "tax_possible_yuan",
    ];
    let all = examples();
    assert_eq!(all.len(), 5, "every example is checked");
    for (name, answers) in &all {
        let totals = checked_totals(name);
        let a = assess(answers);
        for words in [&ZH, &EN] {
            let md = report::markdown(&JIAXING_2024_14, answers, &a, words.lang);
            let html = report::html(&JIAXING_2024_14, answers, &a, words.lang);
            let doc = format!("{name} {:?}", words.lang);
            for (label, field) in words.figures.iter().zip(fields) {
                let want = yuan(&totals, field);
                // Markdown: the one overview bullet `- **label: amount**`.
                let prefix = format!("- **{label}: ");
                let lines: Vec<&str> = md.lines().filter(|l| l.starts_with(&prefix)).collect();
                assert_eq!(lines.len(), 1, "{doc}.md: one line for {label}");
                let printed = lines[0][prefix.len()..].split("**").next().unwrap();
                assert_money(&format!("{doc}.md"), label, printed, want);
                // HTML: the figure whose label is this one.
                let marker = format!("<div class=\"label\">{label}</div><div class=\"value\">");
                assert_eq!(
                    html.matches(&marker).count(),
                    1,
                    "{doc}.html: one figure for {label}"
                );
                let at = html.find(&marker).unwrap() + marker.len();
                let printed = &html[at..at + html[at..].find("</div>").unwrap()];
                assert_money(&format!("{doc}.html"), label, printed, want);
            }
            check_tables(&format!("{doc}.md"), words, &totals, |h| md_table(&md, h));
            check_tables(&format!("{doc}.html"), words, &totals, |h| {
                html_table(&html, h)
            });
        }
        let md = report::markdown(&JIAXING_2024_14, answers, &a, Lang::Zh);
        for must in [
            "落实政策所需资金",
            "自测",
            "次年申报",
            "嘉政发〔2024〕14号",
            "2024-05-20",
            "2026-12-31",
        ] {
            assert!(md.contains(must), "{name}.md lacks {must}");
        }
    }
    // Decisions spelled out in words where the examples need them.
    let md = |name: &str| {
        let (_, answers) = all.iter().find(|(n, _)| n == name).unwrap();
        report::markdown(&JIAXING_2024_14, answers, &assess(answers), Lang::Zh)
    };
    assert!(md("logistics").contains("**嘉兴示例物流有限公司(虚构)**"));
    assert!(md("haining").contains("海宁市参照执行"));
    assert!(md("haining").contains("最多可补差 20 万元"));
    // Two different titles are two matters: each F1 award on its own line.
    assert!(md("manufacturer").contains("| F1 | 服务型制造示范奖励 | 50 万元 | 20 万元 |"));
}

#[test]
fn html_is_self_contained_and_printable() {
    for (name, answers) in examples() {
        let a = assess(&answers);
        for lang in [Lang::Zh, Lang::En] {
            let html = report::html(&JIAXING_2024_14, &answers, &a, lang);
            for banned in [
                "http://", "https://", "src=", "url(", "@import", "<script", "<link", "<img",
                "<iframe", "//",
            ] {
                assert!(!html.contains(banned), "{name} {lang:?}: contains {banned}");
            }
            assert!(html.starts_with("<!DOCTYPE html>"), "{name}");
            assert!(html.contains("<meta charset=\"utf-8\">"), "{name}");
            // Its own policy wherever it is opened: nothing loads or runs.
            assert!(
                html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"),
                "{name}"
            );
            assert!(
                html.contains(&format!("<html lang=\"{}\">", lang.tag())),
                "{name}"
            );
            assert!(html.contains("@page { size: A4;"), "{name}");
            assert!(html.contains("break-inside: avoid"), "{name}");
            assert!(html.contains("Noto Sans CJK SC"), "{name}");
            assert_eq!(
                html.matches("<article").count(),
                html.matches("</article>").count(),
                "{name}"
            );
            assert_eq!(
                html.matches("<table").count(),
                html.matches("</table>").count(),
                "{name}"
            );
            assert_eq!(
                html.matches("<section").count(),
                html.matches("</section>").count(),
                "{name}"
            );
        }
    }
}

/// Answers with every typed string hostile.
fn hostile(name: &str) -> Answers {
    let mut a = examples()
        .into_iter()
        .find(|(n, _)| n == "manufacturer")
        .unwrap()
        .1;
    a.enterprise_name = Some(name.to_string());
    a.recognitions.push(Recognition {
        kind: RecognitionKind::ServiceManufacturingDemo,
        level: Some(Level::National),
        obtained: Date::new(2025, 1, 10),
        subject: Some(name.to_string()),
    });
    a.awards_received.push(AwardReceived {
        matter: AwardMatter::ServiceManufacturingDemo,
        amount_yuan: 100_000.into(),
        year: Some(2025),
        subject: Some(name.to_string()),
        policy: Some(name.to_string()),
    });
    a
}

#[test]
fn hostile_names_show_as_text_in_html() {
    for evil in [
        "<img src=x onerror=alert(1)>",
        "\"><script>alert('x')</script>",
        "' onmouseover='alert(1)",
        "</style><style>body{display:none}</style>",
        "&lt;b&gt;",
    ] {
        let answers = hostile(evil);
        let a = assess(&answers);
        for lang in [Lang::Zh, Lang::En] {
            let html = report::html(&JIAXING_2024_14, &answers, &a, lang);
            for bad in [
                "<img",
                "<script",
                "</style><style>body",
                "onmouseover='",
                "&lt;b&gt;",
            ] {
                assert!(!html.contains(bad), "{evil:?}: {bad} left raw");
            }
            assert_eq!(html.matches("<style>").count(), 1, "{evil:?}");
            assert_eq!(html.matches("</style>").count(), 1, "{evil:?}");
        }
        let html = report::html(&JIAXING_2024_14, &answers, &a, Lang::Zh);
        if evil.starts_with("<img") {
            assert!(
                html.contains("&lt;img src=x onerror=alert(1)&gt;"),
                "shown as text"
            );
        }
        if evil.starts_with('&') {
            assert!(
                html.contains("&amp;lt;b&amp;gt;"),
                "entities shown as typed"
            );
        }
    }
}

/// The number of cell separators in a Markdown table row: `|` not escaped.
fn separators(line: &str) -> usize {
    let mut n = 0;
    let mut escaped = false;
    for c in line.chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => n += 1,
            _ => escaped = false,
        }
        if c != '\\' {
            escaped = false;
        }
    }
    n
}

#[test]
fn hostile_names_do_not_break_the_markdown() {
    let evil = "A|B *C* _D_ #E `F` [G](x) <b>H</b>\nI\r\n# J\u{2028}| K ~~L~~ \\";
    let answers = hostile(evil);
    let a = assess(&answers);
    for lang in [Lang::Zh, Lang::En] {
        let md = report::markdown(&JIAXING_2024_14, &answers, &a, lang);
        // The name never starts a line of its own (no heading, no list).
        assert!(
            !md.lines()
                .any(|l| l.starts_with("# J") || l.starts_with("I ") || l.starts_with("| K")),
            "{md}"
        );
        let escaped = r"A\|B \*C\* \_D\_ \#E \`F\` \[G\](x) \<b\>H\</b\> I \# J \| K \~\~L\~\~ \\";
        assert!(md.contains(escaped), "{md}");
        // Every table row has as many cells as its head.
        let mut head: Option<usize> = None;
        for l in md.lines() {
            if l.starts_with('|') {
                let n = separators(l);
                match head {
                    None => head = Some(n),
                    Some(h) => assert_eq!(n, h, "row breaks its table: {l}"),
                }
            } else {
                head = None;
            }
        }
        // Only the title is a level-one heading.
        assert_eq!(md.lines().filter(|l| l.starts_with("# ")).count(), 1);
    }
}

#[test]
fn typed_addresses_do_not_become_links_in_the_markdown() {
    for (evil, shown) in [
        ("http://phish.example/login", r"http\://phish.example/login"),
        ("见 HTTPS://x.cn", r"见 HTTPS\://x.cn"),
        ("www.phish.example", r"www\.phish.example"),
        ("官网 WWW.x.cn", r"官网 WWW\.x.cn"),
        ("boss@phish.example", r"boss\@phish.example"),
    ] {
        let answers = hostile(evil);
        let a = assess(&answers);
        let md = report::markdown(&JIAXING_2024_14, &answers, &a, Lang::Zh);
        assert!(md.contains(shown), "{evil}: {md}");
        assert!(!md.contains(evil), "{evil} left as an autolink");
    }
    // Words that merely contain "www" are left alone.
    let answers = hostile("awww.cn");
    let md = report::markdown(&JIAXING_2024_14, &answers, &assess(&answers), Lang::Zh);
    assert!(md.contains("awww.cn"));
}

#[test]
fn json_round_trips_through_import_with_the_same_totals() {
    for (name, answers) in examples() {
        let a = assess(&answers);
        for lang in [Lang::Zh, Lang::En] {
            let json = report::json(&JIAXING_2024_14, &answers, &a, lang);
            let back = transfer::import(&json).unwrap_or_else(|e| panic!("{name}: {e:?}"));
            assert_eq!(back.source, Source::Summary, "{name}");
            assert_eq!(back.answers, answers, "{name}: same answers");
            let v: Value = serde_json::from_str(&json).unwrap();
            assert_eq!(v["format"], transfer::SUMMARY_FORMAT);
            assert_eq!(v["schema_version"], 2);
            assert_eq!(v["pack"]["id"], JIAXING_2024_14.id);
            assert_eq!(v["pack"]["version"], JIAXING_2024_14.version);
            assert_eq!(
                v["answers_fingerprint"],
                transfer::answers_fingerprint(&answers)
            );
            assert_eq!(
                v["assessment"]["totals"],
                serde_json::to_value(&a.totals).unwrap(),
                "{name}: totals"
            );
            let outcomes = v["assessment"]["outcomes"].as_array().unwrap();
            assert_eq!(outcomes.len(), a.outcomes.len());
            for o in outcomes {
                assert!(
                    o["explanation"]["summary"]
                        .as_str()
                        .is_some_and(|s| !s.is_empty()),
                    "{name}: words"
                );
            }
            // Recomputed from the imported answers, the totals agree.
            assert_eq!(assess(&back.answers).totals, a.totals, "{name}");
        }
    }
}

#[test]
fn file_names_are_safe() {
    let date = today();
    let named = |n: Option<&str>| Answers {
        enterprise_name: n.map(str::to_string),
        ..Answers::default()
    };
    assert_eq!(
        report::file_name(&named(Some("嘉兴某某物流")), date, "html", Lang::Zh),
        "两业融合自测-嘉兴某某物流-2026-11-28.html"
    );
    assert_eq!(
        report::file_name(&named(Some("Jiaxing Logistics")), date, "md", Lang::En),
        "fusion-self-check-Jiaxing Logistics-2026-11-28.md"
    );
    assert_eq!(
        report::file_name(&named(None), date, "json", Lang::Zh),
        "两业融合自测-未命名企业-2026-11-28.json"
    );
    assert_eq!(
        report::file_name(&named(Some(" ../ ")), date, "json", Lang::En),
        "fusion-self-check-enterprise-2026-11-28.json"
    );
    for evil in [
        "<img src=x onerror=alert(1)>",
        "../../etc/passwd",
        "..\\..\\windows\\system32",
        "CON",
        "nul.txt",
        "a:b*c?d\"e<f>g|h",
        "name with trailing dots...",
        "\u{202E}lmth.exe",
        "\0\u{1}\u{7f}\n\r\t",
        &"很长的企业名称".repeat(40),
        "   ",
        "...",
    ] {
        for lang in [Lang::Zh, Lang::En] {
            let f = report::file_name(&named(Some(evil)), date, "html", lang);
            assert!(f.ends_with("-2026-11-28.html"), "{f}");
            assert!(!f.starts_with('.'), "{f}");
            assert!(
                !f.chars()
                    .any(|c| "/\\:*?\"<>|".contains(c) || c.is_control()),
                "{evil:?} → {f}"
            );
            assert!(!f.contains('\u{202E}'), "{f}");
            assert!(f.len() <= 255, "{f}: {} bytes", f.len());
            assert!(f.chars().count() <= 80, "{f}");
            let name_part = f.trim_end_matches("-2026-11-28.html");
            assert!(
                !name_part.ends_with('.') && !name_part.ends_with(' '),
                "{f}"
            );
        }
    }
    assert_eq!(
        report::file_name(&named(Some("CON")), date, "html", Lang::En),
        "fusion-self-check-CON_-2026-11-28.html"
    );
    // A hostile extension is cut down to letters and digits.
    assert_eq!(
        report::file_name(&named(Some("x")), date, "../h t\0ml", Lang::En),
        "fusion-self-check-x-2026-11-28.html"
    );
    assert_eq!(Format::Html.extension(), "html");
}

#[test]
fn highest_once_decisions_are_spelled_out() {
    // National and provincial recognitions of one matter.
    let mut a = Answers {
        enterprise_name: Some("嘉兴某某制造(虚构)".into()),
        location: Some(fusion_engine::answers::Location::Nanhu),
        industry: Some(fusion_engine::answers::Industry::Manufacturing),
        assessment_date: Date::new(2026, 11, 28),
        ..Answers::default()
    };
    for (level, obtained) in [
        (Level::National, (2025, 3, 1)),
        (Level::Provincial, (2024, 8, 1)),
    ] {
        a.recognitions.push(Recognition {
            kind: RecognitionKind::ServiceManufacturingDemo,
            level: Some(level),
            obtained: Date::new(obtained.0, obtained.1, obtained.2),
            subject: None,
        });
    }
    let out = assess(&a);
    let md = report::markdown(&JIAXING_2024_14, &a, &out, Lang::Zh);
    let html = report::html(&JIAXING_2024_14, &a, &out, Lang::Zh);
    let sentence = "国家级与省级服务型制造示范企业(平台、项目)属同一事项, 按就高原则计 150 万元";
    assert!(md.contains(sentence), "{md}");
    assert!(html.contains(sentence));
    let en = report::markdown(&JIAXING_2024_14, &a, &out, Lang::En);
    assert!(
        en.contains("are one matter: the highest award counts once, CNY 1.5 million"),
        "{en}"
    );

    // Several revenue tiers first passed in one year.
    let mut b = Answers {
        location: Some(fusion_engine::answers::Location::Nanhu),
        industry: Some(fusion_engine::answers::Industry::Logistics),
        assessment_date: Date::new(2026, 11, 28),
        ..Answers::default()
    };
    for (year, yuan) in [
        (2019u16, 10_000_000u64),
        (2020, 11_000_000),
        (2021, 12_000_000),
        (2022, 13_000_000),
    ] {
        b.revenue_yuan.insert(year, yuan.into());
    }
    b.revenue_yuan.insert(2023, 120_000_000u64.into());
    b.revenue_yuan.insert(2024, 125_000_000u64.into());
    b.revenue_yuan.insert(2025, 130_000_000u64.into());
    let out = assess(&b);
    let md = report::markdown(&JIAXING_2024_14, &b, &out, Lang::Zh);
    assert!(
        md.contains(
            "2023 年营收同时首次超过 3 档, 按就高原则计 50 万元, 较低档合计 30 万元 不重复计"
        ),
        "{md}"
    );
    // No name: the stand-in, and a generic file name.
    assert!(md.contains("(未填写企业名称)"));
}

#[test]
fn dates_outside_the_policy_and_counties_are_flagged() {
    let (_, mut a) = examples().into_iter().find(|(n, _)| n == "trader").unwrap();
    a.assessment_date = Date::new(2027, 2, 1);
    let out = assess(&a);
    for lang in [Lang::Zh, Lang::En] {
        let md = report::markdown(&JIAXING_2024_14, &a, &out, lang);
        let html = report::html(&JIAXING_2024_14, &a, &out, lang);
        let banner =
            fusion_engine::explain::window_banner(&JIAXING_2024_14, out.window, out.as_of, lang)
                .unwrap();
        assert!(md.contains(&format!("> **{banner}**")), "{md}");
        assert!(html.contains(&format!("<div class=\"callout\">{banner}</div>")));
    }
    // The one banner line of a Chinese document (its outcomes may mention
    // the validity too).
    let banner = |md: &str| -> String {
        let lines: Vec<&str> = md.lines().filter(|l| l.starts_with("> **评估日")).collect();
        assert_eq!(lines.len(), 1, "{md}");
        lines[0].to_string()
    };
    // Expired, in words that say so, and not "not yet in force".
    let md = report::markdown(&JIAXING_2024_14, &a, &out, Lang::Zh);
    let expired = banner(&md);
    assert!(
        expired.starts_with("> **评估日 2027-02-01 已过本政策有效期(至 2026-12-31)"),
        "{expired}"
    );
    assert!(!expired.contains("早于"), "{expired}");
    let en = report::markdown(&JIAXING_2024_14, &a, &out, Lang::En);
    assert!(en.contains("after the policy expired (2026-12-31)"), "{en}");
    // Not yet in force, and not "expired".
    a.assessment_date = Date::new(2024, 3, 1);
    let out = assess(&a);
    let md = report::markdown(&JIAXING_2024_14, &a, &out, Lang::Zh);
    assert!(md.contains("评估日早于政策施行日"), "{md}");
    assert_eq!(
        banner(&md),
        "> **评估日 2024-03-01 早于本政策施行日 2024-05-20**"
    );
    a.location = Some(fusion_engine::answers::Location::OutsideJiaxing);
    let out = assess(&a);
    let md = report::markdown(&JIAXING_2024_14, &a, &out, Lang::Zh);
    assert!(md.contains("企业不在嘉兴市范围内, 本政策不适用"), "{md}");
    assert!(md.contains("不在本政策适用范围内"), "{md}");
}

#[test]
fn empty_answers_still_make_a_document() {
    let a = Answers::default();
    let out = assess(&a);
    for format in Format::ALL {
        for lang in [Lang::Zh, Lang::En] {
            let doc = report::render(format, &JIAXING_2024_14, &a, &out, lang);
            assert!(!doc.is_empty());
        }
    }
    let md = report::markdown(&JIAXING_2024_14, &a, &out, Lang::Zh);
    assert!(md.contains("未填写所在地"), "{md}");
    assert_eq!(
        report::file_name(&a, out.as_of, "md", Lang::En),
        "fusion-self-check-enterprise-2026-11-28.md"
    );
}

/// Every `<` in the document opens or closes one of the tags the writer
/// uses: nothing typed became markup.
fn tags_are_ours(html: &str) -> bool {
    const TAGS: [&str; 26] = [
        "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "main", "header", "footer",
        "section", "article", "div", "span", "p", "h1", "h2", "h3", "h4", "table", "thead",
        "tbody", "tr", "th", "td", "ul",
    ];
    const MORE: [&str; 2] = ["ol", "li"];
    html.match_indices('<').all(|(i, _)| {
        let rest = html[i + 1..].trim_start_matches('/');
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!')
            .collect();
        let after = rest[name.len()..].chars().next();
        TAGS.iter().chain(MORE.iter()).any(|t| *t == name) && matches!(after, Some('>' | ' '))
    })
}

/// Whatever the name, subject or date: no panic, nothing raw in HTML,
/// Markdown tables intact, a safe file name.
#[test]
fn any_text_is_rendered_safely() {
    let case = (any::<String>(), 18_000i64..22_000);
    check(
        file!(),
        "any_text_is_rendered_safely",
        64,
        case,
        |(name, days)| {
            let answers = hostile(&name);
            let a = evaluate(&JIAXING_2024_14, &answers, Date::from_unix_days(days));
            for format in Format::ALL {
                for lang in [Lang::Zh, Lang::En] {
                    let doc = report::render(format, &JIAXING_2024_14, &answers, &a, lang);
                    prop_assert!(!doc.is_empty());
                    if format == Format::Html {
                        prop_assert!(tags_are_ours(&doc), "{}", doc);
                        prop_assert_eq!(doc.matches("<style>").count(), 1);
                    }
                    if format == Format::Json {
                        prop_assert_eq!(
                            transfer::import(&doc).map(|i| i.answers).ok(),
                            Some(answers.clone())
                        );
                    }
                }
            }
            let f = report::file_name(&answers, a.as_of, "html", Lang::Zh);
            prop_assert!(!f
                .chars()
                .any(|c| "/\\:*?\"<>|".contains(c) || c.is_control()));
            prop_assert!(!f.starts_with('.') && f.len() <= 255);
            Ok(())
        },
    );
}

#[test]
fn the_summary_carries_the_comparison_and_reads_back_its_scenarios() {
    let answers = examples()
        .into_iter()
        .find(|(n, _)| n == "manufacturer")
        .unwrap()
        .1;
    let scenarios = manufacturer_scenarios(&answers);
    let a = assess(&answers);
    let p = &JIAXING_2024_14;
    // Without scenarios the summary is the plain one, in every format.
    for format in Format::ALL {
        assert_eq!(
            report::render_compared(format, p, &answers, &a, &[], Lang::Zh),
            report::render(format, p, &answers, &a, Lang::Zh)
        );
    }
    let md = report::render_compared(Format::Markdown, p, &answers, &a, &scenarios, Lang::Zh);
    assert!(md.contains("### 方案对比"));
    assert!(
        md.contains("| 项目 | 现状 | 主辅分离后 | 增长20% |"),
        "{md}"
    );
    // The spin-off changes S1: marked in words in its own column only.
    let s1 = md
        .lines()
        .find(|l| l.starts_with("| 主辅分离新设企业手续支持"))
        .unwrap();
    let cells: Vec<&str> = s1.split(" | ").collect();
    assert!(
        !cells[1].contains("有变化")
            && cells[2].contains("【有变化】")
            && !cells[3].contains("有变化"),
        "{s1}"
    );
    let html = report::render_compared(Format::Html, p, &answers, &a, &scenarios, Lang::En);
    assert!(html.contains("Scenarios compared") && html.contains("[changed]"));
    let json = report::render_compared(Format::Json, p, &answers, &a, &scenarios, Lang::Zh);
    let back = transfer::import(&json).unwrap();
    assert_eq!((back.answers, back.scenarios), (answers, scenarios));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["comparison"]["columns"].as_array().map(Vec::len), Some(3));
}

//! The downloadable summary: golden documents for every example enterprise,
//! hostile names escaped in HTML and Markdown, a self-contained HTML file,
//! the JSON read back by `transfer::import` and `assess`, safe file names,
//! and the CLI printing the same documents as the library.
//!
//! `UPDATE_GOLDEN=1 cargo test -p fusion-engine --test report` rewrites the
//! golden files; read the diff before committing it.

use fusion_engine::answers::{AwardMatter, AwardReceived, Level, Recognition, RecognitionKind};
use fusion_engine::report::{self, Format};
use fusion_engine::transfer::{self, Source};
use fusion_engine::{evaluate, Answers, Assessment, Date, Lang, JIAXING_2024_14};
use proptest::prelude::*;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// The example answers, by file stem, in name order.
fn examples() -> Vec<(String, Answers)> {
    let dir = root().join("../examples/answers");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("examples/answers")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 5, "five examples expected");
    paths
        .into_iter()
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&p).unwrap();
            let answers = transfer::import(&text)
                .unwrap_or_else(|e| panic!("{name}: {e:?}"))
                .answers;
            (name, answers)
        })
        .collect()
}

/// The examples carry their own date; this is only the fallback.
fn today() -> Date {
    Date::new(2026, 11, 28).unwrap()
}

fn assess(a: &Answers) -> Assessment {
    evaluate(&JIAXING_2024_14, a, today())
}

fn golden(file: &str, actual: &str) {
    let path = root().join("tests/golden").join(file);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("missing golden {file}: run with UPDATE_GOLDEN=1 and read it"));
    if expected != actual {
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
        panic!("{file} differs at line {line}:\n  golden: {want}\n  actual: {got}\n(UPDATE_GOLDEN=1 rewrites it)");
    }
}

#[test]
fn golden_documents_for_every_example() {
    for (name, answers) in examples() {
        let a = assess(&answers);
        golden(
            &format!("{name}.zh.md"),
            &report::markdown(&JIAXING_2024_14, &answers, &a, Lang::Zh),
        );
        golden(
            &format!("{name}.zh.html"),
            &report::html(&JIAXING_2024_14, &answers, &a, Lang::Zh),
        );
        golden(
            &format!("{name}.en.md"),
            &report::markdown(&JIAXING_2024_14, &answers, &a, Lang::En),
        );
        if name == "logistics" || name == "haining" {
            golden(
                &format!("{name}.en.html"),
                &report::html(&JIAXING_2024_14, &answers, &a, Lang::En),
            );
        }
        if name == "manufacturer" {
            golden(
                &format!("{name}.zh.json"),
                &report::json(&JIAXING_2024_14, &answers, &a, Lang::Zh),
            );
        }
    }
}

#[test]
fn documents_carry_the_figures_of_the_checked_expectations() {
    // Independent of the goldens: each example's hand-checked totals appear.
    let cases: [(&str, &[&str]); 5] = [
        (
            "logistics",
            &[
                "80 万元",
                "20 万元",
                "60 万元",
                "嘉兴示例物流有限公司(虚构)",
            ],
        ),
        (
            "manufacturer",
            &["50 万元", "180 万元", "500 万元", "按就高原则计 50 万元"],
        ),
        ("platform", &["80 万元", "95 万元", "60 万元"]),
        ("trader", &["10 万元", "200 万元"]),
        (
            "haining",
            &[
                "40 万元",
                "100 万元",
                "180 万元",
                "海宁市参照执行",
                "最多可补差 20 万元",
            ],
        ),
    ];
    let all = examples();
    for (name, wanted) in cases {
        let (_, answers) = all.iter().find(|(n, _)| n == name).unwrap();
        let a = assess(answers);
        let md = report::markdown(&JIAXING_2024_14, answers, &a, Lang::Zh);
        let html = report::html(&JIAXING_2024_14, answers, &a, Lang::Zh);
        for w in wanted {
            assert!(md.contains(w), "{name}.md lacks {w}");
            assert!(html.contains(w), "{name}.html lacks {w}");
        }
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
            assert_eq!(v["schema_version"], 1);
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
    a.assessment_date = Date::new(2024, 3, 1);
    let out = assess(&a);
    let md = report::markdown(&JIAXING_2024_14, &a, &out, Lang::Zh);
    assert!(md.contains("评估日早于政策施行日"), "{md}");
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

fn cli(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_assess"))
        .args(args)
        .output()
        .expect("run assess");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_cli_prints_the_same_documents_and_reads_the_summary() {
    let dir = std::env::temp_dir().join(format!("report-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (name, answers) in examples() {
        let a = assess(&answers);
        let path = root()
            .join("../examples/answers")
            .join(format!("{name}.json"));
        let path = path.to_str().unwrap();
        for (format, lang, expected) in [
            (
                "markdown",
                "zh",
                report::markdown(&JIAXING_2024_14, &answers, &a, Lang::Zh),
            ),
            (
                "html",
                "en",
                report::html(&JIAXING_2024_14, &answers, &a, Lang::En),
            ),
            (
                "summary",
                "zh",
                report::json(&JIAXING_2024_14, &answers, &a, Lang::Zh),
            ),
        ] {
            let (code, out, err) = cli(&[path, "--format", format, "--lang", lang]);
            assert_eq!(code, 0, "{name} {format}: {err}");
            assert_eq!(
                out, expected,
                "{name}: assess --format {format} is the library's document"
            );
        }
        // The summary JSON downloaded from the browser, fed back to assess.
        let summary = dir.join(format!("{name}.summary.json"));
        std::fs::write(
            &summary,
            report::json(&JIAXING_2024_14, &answers, &a, Lang::En),
        )
        .unwrap();
        let (code, out, err) = cli(&[summary.to_str().unwrap(), "--format", "json"]);
        assert_eq!(code, 0, "{name}: {err}");
        let v: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(
            v["totals"],
            serde_json::to_value(&a.totals).unwrap(),
            "{name}: same totals from the summary"
        );
    }
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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever the name, subject or date: no panic, nothing raw in HTML,
    /// Markdown tables intact, a safe file name.
    #[test]
    fn any_text_is_rendered_safely(name in any::<String>(), days in 18_000i64..22_000) {
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
                    prop_assert_eq!(transfer::import(&doc).map(|i| i.answers).ok(), Some(answers.clone()));
                }
            }
        }
        let f = report::file_name(&answers, a.as_of, "html", Lang::Zh);
        prop_assert!(!f.chars().any(|c| "/\\:*?\"<>|".contains(c) || c.is_control()));
        prop_assert!(!f.starts_with('.') && f.len() <= 255);
    }
}

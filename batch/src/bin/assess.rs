//! `assess ANSWERS.json [--format json|markdown|html|summary] [--lang zh|en] [--today YYYY-MM-DD]`
//! `assess --batch IN.csv|IN.xlsx --out OUT.csv|OUT.xlsx [--today YYYY-MM-DD] ...` (see [`fusion_batch::cli`])
//!
//! Prints the assessment of one enterprise's answers, or screens a bureau's
//! whole list. (It lives in the batch crate because the batch mode needs
//! it, and the engine cannot depend on the batch crate.) `markdown`, `html` and
//! `summary` (the summary JSON) are the documents the browser downloads,
//! byte for byte ([`fusion_engine::report`]). Exit codes: 0 done,
//! 1 the answers are unreadable or invalid (each problem named by its field),
//! 2 the command line is wrong or the file cannot be read.

use fusion_engine::answers::{validate, Answers};
use fusion_engine::explain::{explain_assessment, question_label, ExplainedAssessment};
use fusion_engine::i18n::explain::problem_words;
use fusion_engine::plan::{self, ExplainedTarget, TimelineEntry};
use fusion_engine::transfer::shorten;
use fusion_engine::{evaluate, report, Date, Lang, JIAXING_2024_14};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

const USAGE: &str =
    "usage: assess ANSWERS.json [--format json|markdown|html|summary] [--lang zh|en] [--today YYYY-MM-DD]";

/// The `json` format: the assessment in words, the distance to each award
/// not yet reached, and the award timeline.
#[derive(serde::Serialize)]
struct JsonOut<'a> {
    #[serde(flatten)]
    assessment: ExplainedAssessment<'a>,
    targets: Vec<ExplainedTarget>,
    timeline: Vec<TimelineEntry>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    /// One of the downloadable summary's formats.
    Report(report::Format),
}

struct Args {
    path: String,
    format: Format,
    lang: Lang,
    today: Option<Date>,
}

fn parse_args(mut it: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut path = None;
    let mut format = Format::Json;
    let mut lang = Lang::Zh;
    let mut today = None;
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--format" => {
                format = match value("--format")?.as_str() {
                    "json" => Format::Json,
                    "markdown" | "md" => Format::Report(report::Format::Markdown),
                    "html" => Format::Report(report::Format::Html),
                    "summary" => Format::Report(report::Format::Json),
                    other => {
                        return Err(format!(
                            "unknown format {other:?}: json, markdown, html or summary"
                        ))
                    }
                }
            }
            "--lang" => {
                let v = value("--lang")?;
                lang = Lang::from_tag(&v)
                    .ok_or_else(|| format!("unknown language {v:?}: zh or en"))?;
            }
            "--today" => {
                let v = value("--today")?;
                today = Some(Date::parse(&v).map_err(|e| format!("--today: {e}"))?);
            }
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with('-') => return Err(format!("unknown option {s}")),
            _ if path.is_some() => {
                return Err(format!("one answers file only, got a second: {arg}"))
            }
            _ => path = Some(arg),
        }
    }
    let path = path.ok_or_else(|| "no answers file given".to_string())?;
    Ok(Args {
        path,
        format,
        lang,
        today,
    })
}

/// Today in China Standard Time (UTC+8), where the policy's dates are.
fn today_from_clock() -> Date {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    Date::from_unix_days((secs + 8 * 3600).div_euclid(86_400))
}

/// Characters of context quoted on each side of a fault: a one-line file of
/// 100 KB must not be printed back whole.
const CONTEXT_CHARS: usize = 60;

/// The answers file's line at `line`, at most [`CONTEXT_CHARS`] characters
/// either side of `column` (serde_json counts it in bytes), with a caret
/// under it; `…` marks a cut.
fn locate(text: &str, line: usize, column: usize) -> String {
    let Some(src) = text.lines().nth(line.saturating_sub(1)) else {
        return String::new();
    };
    let mut at = column.saturating_sub(1).min(src.len());
    while !src.is_char_boundary(at) {
        at -= 1;
    }
    let before: Vec<char> = src[..at].chars().collect();
    let start = before.len().saturating_sub(CONTEXT_CHARS);
    let shown_before: String = before[start..].iter().collect();
    let mut after = src[at..].chars();
    let shown_after: String = after.by_ref().take(CONTEXT_CHARS).collect();
    let (open, close) = (
        if start > 0 { "…" } else { "" },
        if after.next().is_some() { "…" } else { "" },
    );
    // Terminal columns: CJK characters take two, ASCII and `…` one.
    let width = |c: char| if c.is_ascii() || c == '…' { 1 } else { 2 };
    let pad: usize = open.chars().chain(shown_before.chars()).map(width).sum();
    format!(
        "  {line:>4} | {open}{shown_before}{shown_after}{close}\n       | {}^",
        " ".repeat(pad)
    )
}

/// Whether the file is the app's answers file or summary (with a `format`
/// tag) rather than bare answers.
fn has_format_tag(text: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(text).is_ok_and(|v| v.get("format").is_some())
}

/// Reads the app's answers file or summary through the transfer module.
fn from_envelope(args: &Args, text: &str) -> Result<Answers, (ExitCode, String)> {
    use fusion_engine::transfer::{import, ImportError};
    let fail = |msg: String| (ExitCode::from(1), format!("error: {}: {msg}", args.path));
    match import(text) {
        Ok(imported) => Ok(imported.answers),
        // Reported below with every problem named, as for bare answers.
        Err(ImportError::InvalidValues(_)) => match serde_json::from_str::<serde_json::Value>(text)
            .ok()
            .and_then(|mut v| v.get_mut("answers").map(serde_json::Value::take))
            .and_then(|v| serde_json::from_value::<Answers>(v).ok())
        {
            Some(a) => Ok(a),
            None => Err(fail("invalid answers".into())),
        },
        // The detail (already cut short) helps the file's author find it.
        Err(ImportError::WrongShape { path, detail, .. }) => {
            Err(fail(format!("{detail}\n  field: {path}")))
        }
        Err(e) => Err(fail(e.message(args.lang))),
    }
}

/// Reads bare answers (the format of `docs/ANSWERS.md`).
fn from_bare(args: &Args, text: &str) -> Result<Answers, (ExitCode, String)> {
    // serde_path_to_error (already a dependency of the transfer module)
    // gives the full path of the failing field, e.g. "recognitions[0].level".
    let mut de = serde_json::Deserializer::from_str(text);
    let answers: Answers = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let field = if path.is_empty() || path == "." {
            String::new()
        } else {
            format!("\n  field: {path}")
        };
        let at = if inner.line() > 0 {
            format!("\n{}", locate(text, inner.line(), inner.column()))
        } else {
            String::new()
        };
        (
            ExitCode::from(1),
            format!(
                "error: {}: {}{field}{at}",
                args.path,
                shorten(&inner.to_string(), 200)
            ),
        )
    })?;
    de.end()
        .map_err(|e| (ExitCode::from(1), format!("error: {}: {e}", args.path)))?;
    Ok(answers)
}

fn run() -> Result<(), (ExitCode, String)> {
    let args = parse_args(std::env::args().skip(1)).map_err(|e| {
        let msg = if e.is_empty() {
            USAGE.to_string()
        } else {
            format!("error: {e}\n{USAGE}")
        };
        (ExitCode::from(2), msg)
    })?;
    let text = std::fs::read_to_string(&args.path).map_err(|e| {
        (
            ExitCode::from(2),
            format!("error: cannot read {}: {e}", args.path),
        )
    })?;
    let answers = if has_format_tag(&text) {
        from_envelope(&args, &text)?
    } else {
        from_bare(&args, &text)?
    };
    let problems = validate(&answers);
    if !problems.is_empty() {
        let mut msg = format!("error: {}: {} invalid answer(s)", args.path, problems.len());
        for p in &problems {
            msg.push_str(&format!(
                "\n  {} ({}): {}",
                p.question.field_path(),
                question_label(p.question, args.lang),
                problem_words(p.problem, args.lang)
            ));
        }
        return Err((ExitCode::from(1), msg));
    }
    let today = args.today.unwrap_or_else(today_from_clock);
    let pack = &JIAXING_2024_14;
    let assessment = evaluate(pack, &answers, today);
    match args.format {
        Format::Json => {
            let out = JsonOut {
                assessment: explain_assessment(pack, &assessment, args.lang),
                targets: plan::explain(plan::targets(pack, &answers, &assessment), args.lang),
                timeline: plan::timeline(pack, &assessment),
            };
            let out = serde_json::to_string_pretty(&out)
                .map_err(|e| (ExitCode::from(1), format!("error: cannot write JSON: {e}")))?;
            println!("{out}");
        }
        // Printed as is (each ends in a newline), so the output equals the download.
        Format::Report(format) => {
            print!(
                "{}",
                report::render(format, pack, &answers, &assessment, args.lang)
            )
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if fusion_batch::cli::is_batch(&args) {
        return ExitCode::from(fusion_batch::cli::main(&args, today_from_clock));
    }
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err((code, msg)) => {
            eprintln!("{msg}");
            code
        }
    }
}

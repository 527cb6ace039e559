//! `assess --batch IN.csv|IN.xlsx --out OUT.csv|OUT.xlsx [--today DATE]
//! [--lang zh|en] [--mapping MAP.json] [--sandbox EDITS.json]
//! [--notices DIR] [--threads N]`
//! and `assess --template OUT.csv|OUT.xlsx [--lang zh|en]`.
//!
//! Streams: one thread reads rows in chunks, worker threads read and assess
//! them, the calling thread writes the results in input order. Channels are
//! bounded, so memory stays flat for a file of any size. Writes one output
//! row per input row and prints the summary (per rule, per data year);
//! with `--notices DIR`, also one notification list per rule that anyone
//! qualifies for (or likely does), in the format of `--out`.

use crate::fields::ColumnMapping;
use crate::read::{find_header, read_table, Header};
use crate::sandbox::PolicyEdits;
use crate::screen::{notice, rule_columns, screen, ResultRow, RowReader, Summary};
use crate::write::{
    notice_cells, notice_headers, result_cells, result_headers, summary_table, summary_text,
    template_csv, template_xlsx, Cell, ResultSink,
};
use csv::StringRecord;
use fusion_engine::i18n::batch::{file_message, word, FileMessage, Word};
use fusion_engine::{evaluate, Date, Lang, OutcomeLevel, PolicyPack, RuleId, JIAXING_2024_14};
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufReader, BufWriter};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::sync::mpsc::sync_channel;
use std::sync::Mutex;

/// The usage line of the batch modes.
pub const USAGE: &str = "usage: assess --batch IN.csv|IN.xlsx --out OUT.csv|OUT.xlsx [--today YYYY-MM-DD] [--lang zh|en] [--mapping MAP.json] [--sandbox EDITS.json] [--notices DIR] [--threads N]\n       assess --template OUT.csv|OUT.xlsx [--lang zh|en]";

/// Rows handed to a worker at a time.
const CHUNK_ROWS: usize = 512;

/// A parsed batch command line.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// The bureau's file (absent when writing the template).
    pub input: Option<PathBuf>,
    /// Where results (or the template) go; `.xlsx` writes XLSX, else CSV.
    pub out: PathBuf,
    /// The assessment date of rows that name none.
    pub today: Option<Date>,
    /// Language of headers and messages.
    pub lang: Lang,
    /// A remembered column mapping (JSON of [`ColumnMapping`]).
    pub mapping: Option<PathBuf>,
    /// Sandbox edits (JSON of [`PolicyEdits`]) to run beside the policy as written.
    pub sandbox: Option<PathBuf>,
    /// A directory for the notification lists, one file per rule.
    pub notices: Option<PathBuf>,
    /// Worker threads (default: the machine's cores).
    pub threads: Option<usize>,
}

/// Whether a command line asks for a batch mode.
pub fn is_batch(args: &[String]) -> bool {
    args.iter().any(|a| a == "--batch" || a == "--template")
}

/// Parses the batch options.
pub fn parse(args: &[String]) -> Result<Options, String> {
    let mut it = args.iter();
    let mut input = None;
    let mut template = None;
    let mut out = None;
    let mut o = Options {
        input: None,
        out: PathBuf::new(),
        today: None,
        lang: Lang::Zh,
        mapping: None,
        sandbox: None,
        notices: None,
        threads: None,
    };
    while let Some(arg) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match arg.as_str() {
            "--batch" => input = Some(PathBuf::from(value("--batch")?)),
            "--template" => template = Some(PathBuf::from(value("--template")?)),
            "--out" => out = Some(PathBuf::from(value("--out")?)),
            "--today" => {
                let v = value("--today")?;
                o.today = Some(Date::parse(&v).map_err(|e| format!("--today: {e}"))?);
            }
            "--lang" => {
                let v = value("--lang")?;
                o.lang = Lang::from_tag(&v)
                    .ok_or_else(|| format!("unknown language {v:?}: zh or en"))?;
            }
            "--mapping" => o.mapping = Some(PathBuf::from(value("--mapping")?)),
            "--sandbox" => o.sandbox = Some(PathBuf::from(value("--sandbox")?)),
            "--notices" => o.notices = Some(PathBuf::from(value("--notices")?)),
            "--threads" => {
                let v = value("--threads")?;
                o.threads = Some(
                    v.parse()
                        .ok()
                        .filter(|&n| n > 0)
                        .ok_or_else(|| format!("--threads: {v:?} is not a positive number"))?,
                );
            }
            other => return Err(format!("unknown option {other}")),
        }
    }
    match (input, template, out) {
        (Some(i), None, Some(out)) => {
            o.input = Some(i);
            o.out = out;
        }
        (None, Some(t), None) => o.out = t,
        (Some(_), None, None) => return Err("--batch needs --out".into()),
        (Some(_), Some(_), _) => {
            return Err("--batch and --template are two commands: give one".into())
        }
        (None, Some(_), Some(_)) => return Err("--template names its own output file".into()),
        (None, None, _) => return Err("no --batch or --template".into()),
    }
    if o.input.is_none() && o.notices.is_some() {
        return Err("--notices goes with --batch".into());
    }
    Ok(o)
}

fn is_xlsx(p: &Path) -> bool {
    p.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
}

/// Reads every row of a file of either format.
fn read_any(
    path: &Path,
    visit: impl FnMut(u64, &StringRecord) -> ControlFlow<()>,
) -> Result<(), FileMessage> {
    let f = File::open(path).map_err(|e| FileMessage::Read(format!("{}: {e}", path.display())))?;
    read_table(BufReader::new(f), visit)
}

/// The header row of a file ([`find_header`]).
fn headers(path: &Path) -> Result<Header, FileMessage> {
    find_header(|visit| read_any(path, visit))
}

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// What a batch run found.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// Sums under the policy as written.
    pub summary: Summary,
    /// Sums under the sandbox edits, when given.
    pub sandbox: Option<Summary>,
}

/// One chunk's results.
struct Done {
    index: usize,
    cells: Vec<Vec<Cell>>,
    /// Notices of the chunk: (index in the rule columns, cells), in row order.
    notices: Vec<(usize, Vec<Cell>)>,
    summary: Summary,
    sandbox: Option<Summary>,
}

/// Runs a batch: reads `input`, writes one result row per data row to `out`.
pub fn run(o: &Options, today: Date) -> Result<Outcome, String> {
    let lang = o.lang;
    let msg = |m: FileMessage| file_message(&m, lang);
    let input = o.input.as_deref().ok_or("no input")?;
    let pack: &PolicyPack = &JIAXING_2024_14;
    let edited = match &o.sandbox {
        Some(p) => {
            let edits: PolicyEdits = read_json(p)?;
            Some(
                edits
                    .apply(pack)
                    .map_err(|e| format!("{}: {}", p.display(), e.message(lang)))?,
            )
        }
        None => None,
    };
    let header = headers(input).map_err(msg)?;
    let header_row = header.row;
    let headers = header.names;
    let mapping = match &o.mapping {
        Some(p) => ColumnMapping::remembered(&headers, &read_json(p)?),
        None => ColumnMapping::propose(&headers),
    };
    if mapping.is_empty() {
        return Err(msg(FileMessage::NoColumns));
    }
    let reader = RowReader::new(&mapping, lang);
    let rules = rule_columns(pack);
    let out_headers = result_headers(&rules, lang);
    let file =
        File::create(&o.out).map_err(|e| format!("cannot write {}: {e}", o.out.display()))?;
    let out = BufWriter::with_capacity(256 * 1024, file);
    let mut sink = if is_xlsx(&o.out) {
        ResultSink::xlsx(out, &out_headers, lang)
    } else {
        ResultSink::csv(out, &out_headers)
    }
    .map_err(msg)?;
    let workers = o
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let notices = o.notices.is_some();
    let mut lists = NoticeLists::new(o.notices.as_deref(), &rules, is_xlsx(&o.out), lang)?;
    let mut summary = Summary::default();
    let mut sandbox = edited.as_ref().map(|_| Summary::default());
    let (job_tx, job_rx) = sync_channel::<(usize, Vec<(u64, StringRecord)>)>(workers * 2);
    let (done_tx, done_rx) = sync_channel::<Done>(workers * 2);
    let job_rx = Mutex::new(job_rx);
    let written: Result<Result<(), FileMessage>, FileMessage> = std::thread::scope(|s| {
        for _ in 0..workers {
            let done_tx = done_tx.clone();
            let (job_rx, reader, rules, edited) = (&job_rx, &reader, &rules, edited.as_ref());
            s.spawn(move || loop {
                let job = job_rx.lock().unwrap_or_else(|e| e.into_inner()).recv();
                let Ok((index, rows)) = job else { break };
                let mut d = Done {
                    index,
                    cells: Vec::with_capacity(rows.len()),
                    notices: Vec::new(),
                    summary: Summary::default(),
                    sandbox: edited.map(|_| Summary::default()),
                };
                for (row, record) in &rows {
                    let sc = screen(pack, reader, *row, record, today);
                    let incomplete = !sc.problems.is_empty();
                    let result = ResultRow::new(&sc, rules);
                    d.summary
                        .add_levels(&sc.assessment, incomplete, rules, &result.levels);
                    if let (Some(p), Some(sum)) = (edited, d.sandbox.as_mut()) {
                        sum.add(&evaluate(p, &sc.answers, today), incomplete, rules);
                    }
                    if notices {
                        for (i, &rule) in rules.iter().enumerate() {
                            if result.levels[i].is_some_and(|(_, l)| l <= OutcomeLevel::Likely) {
                                if let Some(n) = notice(pack, &sc, rule, lang) {
                                    d.notices.push((i, notice_cells(&n)));
                                }
                            }
                        }
                    }
                    d.cells.push(result_cells(&result, lang));
                }
                if done_tx.send(d).is_err() {
                    break;
                }
            });
        }
        drop(done_tx);
        let reading = s.spawn(move || {
            let mut chunk = Vec::with_capacity(CHUNK_ROWS);
            let mut index = 0;
            let r = read_any(input, |row, record| {
                // The header, and any title above it, are no enterprises.
                if row <= header_row {
                    return ControlFlow::Continue(());
                }
                chunk.push((row, record.clone()));
                if chunk.len() == CHUNK_ROWS {
                    let full = std::mem::replace(&mut chunk, Vec::with_capacity(CHUNK_ROWS));
                    if job_tx.send((index, full)).is_err() {
                        return ControlFlow::Break(());
                    }
                    index += 1;
                }
                ControlFlow::Continue(())
            });
            if !chunk.is_empty() {
                let _ = job_tx.send((index, chunk));
            }
            r
        });
        // Results come back in any order; they are written in input order.
        let mut pending = BTreeMap::new();
        let mut next = 0;
        let mut write = || -> Result<(), FileMessage> {
            for d in done_rx.iter() {
                pending.insert(d.index, d);
                while let Some(d) = pending.remove(&next) {
                    for c in &d.cells {
                        sink.row(c)?;
                    }
                    for (rule, cells) in &d.notices {
                        lists.row(*rule, cells)?;
                    }
                    summary.merge(&d.summary);
                    if let (Some(total), Some(part)) = (sandbox.as_mut(), d.sandbox.as_ref()) {
                        total.merge(part);
                    }
                    next += 1;
                }
            }
            Ok(())
        };
        let w = write();
        // Dropping the receiver (on an error) stops the workers and the reader.
        drop(done_rx);
        let r = reading
            .join()
            .unwrap_or(Err(FileMessage::Read("reader stopped".into())));
        r.map(|()| w)
    });
    written.map_err(msg)?.map_err(msg)?;
    let table = summary_table(&summary, sandbox.as_ref(), lang);
    sink.finish(&table).map_err(msg)?;
    lists.finish().map_err(msg)?;
    Ok(Outcome { summary, sandbox })
}

/// The notification lists of `--notices DIR`: a file per rule, created when
/// its first notice comes (a rule nobody qualifies for gets none).
struct NoticeLists<'a> {
    dir: Option<&'a Path>,
    rules: &'a [RuleId],
    xlsx: bool,
    lang: Lang,
    sinks: Vec<Option<ResultSink<BufWriter<File>>>>,
}

/// A notification list's file name: "通知名单-F3.csv".
pub fn notice_file_name(rule: RuleId, xlsx: bool, lang: Lang) -> String {
    format!(
        "{}-{}.{}",
        word(Word::Notices, lang),
        rule.code(),
        if xlsx { "xlsx" } else { "csv" }
    )
}

impl<'a> NoticeLists<'a> {
    fn new(
        dir: Option<&'a Path>,
        rules: &'a [RuleId],
        xlsx: bool,
        lang: Lang,
    ) -> Result<Self, String> {
        if let Some(d) = dir {
            std::fs::create_dir_all(d).map_err(|e| format!("cannot write {}: {e}", d.display()))?;
        }
        Ok(NoticeLists {
            dir,
            rules,
            xlsx,
            lang,
            sinks: rules.iter().map(|_| None).collect(),
        })
    }

    fn row(&mut self, rule: usize, cells: &[Cell]) -> Result<(), FileMessage> {
        let Some(dir) = self.dir else { return Ok(()) };
        if self.sinks[rule].is_none() {
            let lang = self.lang;
            let name = notice_file_name(self.rules[rule], self.xlsx, lang);
            let path = dir.join(&name);
            let file = File::create(&path)
                .map_err(|e| FileMessage::Write(format!("{}: {e}", path.display())))?;
            let out = BufWriter::new(file);
            let headers = notice_headers(lang);
            let title = format!("{}-{}", word(Word::Notices, lang), self.rules[rule].code());
            self.sinks[rule] = Some(if self.xlsx {
                ResultSink::xlsx_titled(out, &headers, lang, &title)?
            } else {
                ResultSink::csv(out, &headers)?
            });
        }
        match &mut self.sinks[rule] {
            Some(s) => s.row(cells),
            None => Ok(()),
        }
    }

    fn finish(self) -> Result<(), FileMessage> {
        self.sinks
            .into_iter()
            .flatten()
            .try_for_each(|s| s.finish(&[]))
    }
}

/// Writes the template (header row only) to `o.out`.
pub fn write_template(o: &Options) -> Result<(), String> {
    let bytes = if is_xlsx(&o.out) {
        template_xlsx(&JIAXING_2024_14, o.lang, &[]).map_err(|m| file_message(&m, o.lang))?
    } else {
        template_csv(&JIAXING_2024_14, o.lang, &[])
    };
    std::fs::write(&o.out, bytes).map_err(|e| format!("cannot write {}: {e}", o.out.display()))
}

/// The batch modes of `assess`: 0 done, 1 the file could not be read or
/// written, 2 the command line is wrong. The summary goes to stdout.
pub fn main(args: &[String], today: impl FnOnce() -> Date) -> u8 {
    let o = match parse(args) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("error: {e}\n{USAGE}");
            return 2;
        }
    };
    if o.input.is_none() {
        return match write_template(&o) {
            Ok(()) => 0,
            Err(e) => {
                eprintln!("error: {e}");
                1
            }
        };
    }
    let today = o.today.unwrap_or_else(today);
    match run(&o, today) {
        Ok(outcome) => {
            print!(
                "{}",
                summary_text(&summary_table(
                    &outcome.summary,
                    outcome.sandbox.as_ref(),
                    o.lang
                ))
            );
            0
        }
        Err(e) => {
            eprintln!("error: {e}");
            1
        }
    }
}

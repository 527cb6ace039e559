//! The batch page's worker: one screening session, holding the opened file
//! and the last run's results, answering the page's [`Request`]s.
//!
//! Pure Rust: the Web Worker (`src/bin/fusion-batch-worker.rs`) only moves
//! messages in and out, so native tests drive [`Session::handle`] exactly as
//! the page does.
//!
//! Memory: the file's bytes and one [`ResultRow`] per enterprise (name, id,
//! a few amounts, a byte pair per rule, its problems), a few hundred bytes
//! a row. Nothing else is kept: an enterprise's answers (for opening it in
//! the interview) and a rule's notices are read again from the file's row
//! when asked for, by the same reader and engine as the run.
//!
//! Cancel: a run is one synchronous call, so the worker cannot read a
//! message meanwhile; the page cancels by terminating the worker (and starts
//! a new one, opening the file again).

use crate::fields::{template, ColumnMapping};
use crate::protocol::{
    Export, Failure, FileFormat, Message, Query, Request, Response, RowView, RuleLevel, RunDone,
    SortColumn, MAX_PAGE,
};
use crate::run::{read_rows, screen_file, Run, Screening};
use crate::screen::{screen, ResultRow, RowReader};
use crate::write::{
    notice_cells, notice_headers, problem_cells, problem_headers, result_cells, result_headers,
    summary_table, table_file, template_csv, template_xlsx,
};
use fusion_engine::i18n::batch::{file_message, word, FileMessage, Word};
use fusion_engine::transfer::answers_file;
use fusion_engine::{Date, Lang, OutcomeLevel, PolicyPack, RuleId, JIAXING_2024_14};
use std::cmp::Ordering;
use std::ops::ControlFlow;

/// The file the page opened.
#[derive(Debug)]
struct OpenFile {
    name: String,
    bytes: Vec<u8>,
    rows: u64,
}

/// The last run.
#[derive(Debug)]
struct Results {
    lang: Lang,
    today: Date,
    rules: Vec<RuleId>,
    screening: Screening,
}

/// A screening session: what one worker holds.
#[derive(Debug)]
pub struct Session {
    pack: &'static PolicyPack,
    file: Option<OpenFile>,
    results: Option<Results>,
}

/// The final answer to a request, with a file's bytes where one travels.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    /// The answer.
    pub response: Response,
    /// The bytes of a [`Response::File`].
    pub bytes: Option<Vec<u8>>,
}

impl From<Response> for Reply {
    fn from(response: Response) -> Reply {
        Reply {
            response,
            bytes: None,
        }
    }
}

impl From<Failure> for Reply {
    fn from(f: Failure) -> Reply {
        Response::Failed(f).into()
    }
}

fn file_failure(m: &FileMessage, lang: Lang) -> Failure {
    Failure::File {
        message: file_message(m, lang),
    }
}

/// Whether `headers` are the template's, in either language (in any
/// order, every column there).
pub fn is_template(pack: &PolicyPack, headers: &[String]) -> bool {
    let columns = template(pack);
    [Lang::Zh, Lang::En].into_iter().any(|lang| {
        let mut want: Vec<String> = columns
            .iter()
            .map(|&t| crate::fields::header(t, lang))
            .collect();
        let mut have: Vec<String> = headers
            .iter()
            .map(|h| h.trim().to_string())
            .filter(|h| !h.is_empty())
            .collect();
        want.sort_unstable();
        have.sort_unstable();
        want == have
    })
}

/// A file name's stem: "list.xlsx" → "list".
fn stem(name: &str) -> &str {
    match name.rfind('.') {
        Some(i) if i > 0 => &name[..i],
        _ => name,
    }
}

/// Whether a level counts as the rule applying (the table lists these).
fn applies(level: OutcomeLevel) -> bool {
    matches!(
        level,
        OutcomeLevel::Qualifies | OutcomeLevel::Likely | OutcomeLevel::Possible
    )
}

impl Default for Session {
    fn default() -> Self {
        Session::new(&JIAXING_2024_14)
    }
}

impl Session {
    /// An empty session under `pack`.
    pub fn new(pack: &'static PolicyPack) -> Session {
        Session {
            pack,
            file: None,
            results: None,
        }
    }

    /// Answers one message: progress messages go to `send` as they come,
    /// then the final answer. A message that is not a request is answered
    /// with [`Failure::BadRequest`].
    pub fn handle_message(&mut self, m: Message, mut send: impl FnMut(Message)) {
        let id = m.id;
        let reply = match serde_json::from_str::<Request>(&m.json) {
            Ok(request) => self.handle(request, m.bytes, |p| send(p.to_message(id, None))),
            Err(e) => Failure::BadRequest {
                detail: e.to_string(),
            }
            .into(),
        };
        send(reply.response.to_message(id, reply.bytes));
    }

    /// Answers one request; `bytes` are the file of [`Request::Open`].
    /// During a run, `progress` gets a [`Response::Progress`] every
    /// [`crate::run::PROGRESS_EVERY`] rows.
    pub fn handle(
        &mut self,
        request: Request,
        bytes: Option<Vec<u8>>,
        mut progress: impl FnMut(Response),
    ) -> Reply {
        match request {
            Request::Open {
                file_name,
                mapping,
                lang,
            } => self.open(file_name, mapping, lang, bytes),
            Request::Run {
                mapping,
                sandbox,
                today,
                lang,
            } => self.run(&mapping, sandbox.as_deref(), today, lang, &mut progress),
            Request::Query(q) => match &self.results {
                Some(r) => r.query(&q).into(),
                None => Failure::NoResults.into(),
            },
            Request::Enterprise { row } => self.enterprise(row),
            Request::Export { what, format } => self.export(what, format),
            Request::Template { format, lang } => {
                let bytes = match format {
                    FileFormat::Csv => Ok(template_csv(self.pack, lang, &[])),
                    FileFormat::Xlsx => template_xlsx(self.pack, lang, &[]),
                };
                match bytes {
                    Ok(b) => file_reply(word(Word::TemplateFile, lang), format, b),
                    Err(m) => file_failure(&m, lang).into(),
                }
            }
        }
    }

    fn open(
        &mut self,
        name: String,
        remembered: Option<ColumnMapping>,
        lang: Lang,
        bytes: Option<Vec<u8>>,
    ) -> Reply {
        self.file = None;
        self.results = None;
        let Some(bytes) = bytes else {
            return Failure::NoFile.into();
        };
        let (header_row, headers) = match crate::run::headers(&bytes) {
            Ok(h) => (h.row, h.names),
            Err(m) => return file_failure(&m, lang).into(),
        };
        let mut rows = 0;
        if let Err(m) = read_rows(&bytes, |row, _| {
            rows += u64::from(row > header_row);
            ControlFlow::Continue(())
        }) {
            return file_failure(&m, lang).into();
        }
        let mapping = match &remembered {
            Some(m) => ColumnMapping::remembered(&headers, m),
            None => ColumnMapping::propose(&headers),
        };
        let template = is_template(self.pack, &headers);
        self.file = Some(OpenFile {
            name: name.clone(),
            bytes,
            rows,
        });
        Response::Opened {
            file_name: name,
            headers,
            mapping,
            template,
            rows,
            header_row,
        }
        .into()
    }

    fn run(
        &mut self,
        mapping: &ColumnMapping,
        sandbox: Option<&crate::PolicyEdits>,
        today: Date,
        lang: Lang,
        progress: &mut impl FnMut(Response),
    ) -> Reply {
        self.results = None;
        let Some(file) = &self.file else {
            return Failure::NoFile.into();
        };
        let edited = match sandbox
            .filter(|e| !e.is_empty())
            .map(|e| e.apply(self.pack))
        {
            Some(Ok(p)) => Some(p),
            Some(Err(e)) => {
                return Failure::Sandbox {
                    message: e.message(lang),
                }
                .into()
            }
            None => None,
        };
        let run = Run {
            pack: self.pack,
            sandbox: edited.as_ref(),
            today,
            lang,
        };
        let total = file.rows;
        let screening = match screen_file(&file.bytes, Some(mapping), run, |done| {
            progress(Response::Progress { done, total });
            ControlFlow::Continue(())
        }) {
            Ok(s) => s,
            Err(m) => return file_failure(&m, lang).into(),
        };
        let done = RunDone {
            rules: crate::rule_columns(self.pack),
            summary: screening.summary.clone(),
            sandbox: screening.sandbox.clone(),
            problems: screening.problems().count() as u64,
        };
        self.results = Some(Results {
            lang,
            today,
            rules: done.rules.clone(),
            screening,
        });
        Response::Done(done).into()
    }

    /// The reader and the result index of file row `row`.
    fn row_reader(&self, row: u64) -> Result<(&OpenFile, &Results, RowReader), Failure> {
        let (Some(file), Some(r)) = (&self.file, &self.results) else {
            return Err(Failure::NoResults);
        };
        if r.index_of(row).is_none() {
            return Err(Failure::NoRow { row });
        }
        Ok((file, r, RowReader::new(&r.screening.mapping, r.lang)))
    }

    fn enterprise(&self, row: u64) -> Reply {
        let (file, r, reader) = match self.row_reader(row) {
            Ok(x) => x,
            Err(f) => return f.into(),
        };
        let mut read = None;
        let scan = read_rows(&file.bytes, |n, record| {
            if n == row {
                read = Some(reader.read(n, record));
                return ControlFlow::Break(());
            }
            ControlFlow::Continue(())
        });
        match (scan, read) {
            (Ok(()), Some(read)) => Response::Enterprise {
                row,
                as_of: read.answers.assessment_date.unwrap_or(r.today),
                answers: answers_file(&read.answers, &[]),
            }
            .into(),
            (Err(m), _) => file_failure(&m, r.lang).into(),
            (Ok(()), None) => Failure::NoRow { row }.into(),
        }
    }

    fn export(&self, what: Export, format: FileFormat) -> Reply {
        let (Some(file), Some(r)) = (&self.file, &self.results) else {
            return Failure::NoResults.into();
        };
        let lang = r.lang;
        let s = &r.screening;
        let xlsx = format == FileFormat::Xlsx;
        let summary = || summary_table(&s.summary, s.sandbox.as_ref(), lang);
        let (title, bytes) = match what {
            Export::Results => (
                word(Word::ResultsSheet, lang).to_string(),
                table_file(
                    xlsx,
                    word(Word::ResultsSheet, lang),
                    &result_headers(&r.rules, lang),
                    s.results.iter().map(|row| result_cells(row, lang)),
                    &summary(),
                    lang,
                ),
            ),
            Export::Problems => (
                word(Word::ProblemList, lang).to_string(),
                table_file(
                    xlsx,
                    word(Word::ProblemList, lang),
                    &problem_headers(lang),
                    s.problems().map(problem_cells),
                    &[],
                    lang,
                ),
            ),
            Export::Summary => {
                let mut table = summary();
                let head: Vec<String> = table.remove(0).iter().map(|c| c.text()).collect();
                (
                    word(Word::SummarySheet, lang).to_string(),
                    table_file(
                        xlsx,
                        word(Word::SummarySheet, lang),
                        &head,
                        table,
                        &[],
                        lang,
                    ),
                )
            }
            Export::Notices(rule) => {
                let title = format!("{}-{}", word(Word::Notices, lang), rule.code());
                let bytes = match self.notices(file, r, rule) {
                    Ok(rows) => table_file(xlsx, &title, &notice_headers(lang), rows, &[], lang),
                    Err(m) => Err(m),
                };
                (title, bytes)
            }
        };
        match bytes {
            Ok(b) => file_reply(&format!("{}-{title}", stem(&file.name)), format, b),
            Err(m) => file_failure(&m, lang).into(),
        }
    }

    /// The notices of `rule`: the rows where it qualifies or is likely,
    /// read and assessed again (the session keeps no outcomes).
    fn notices(
        &self,
        file: &OpenFile,
        r: &Results,
        rule: RuleId,
    ) -> Result<Vec<Vec<crate::write::Cell>>, FileMessage> {
        let Ok(ix) = r.rules.binary_search(&rule) else {
            return Ok(Vec::new());
        };
        let wanted: Vec<u64> = r
            .screening
            .results
            .iter()
            .filter(|row| {
                row.levels[ix].is_some_and(|(_, l)| {
                    matches!(l, OutcomeLevel::Qualifies | OutcomeLevel::Likely)
                })
            })
            .map(|row| row.row)
            .collect();
        let mut out = Vec::with_capacity(wanted.len());
        if wanted.is_empty() {
            return Ok(out);
        }
        let reader = RowReader::new(&r.screening.mapping, r.lang);
        let mut next = wanted.iter().peekable();
        read_rows(&file.bytes, |n, record| {
            let Some(&&want) = next.peek() else {
                return ControlFlow::Break(());
            };
            if n == want {
                next.next();
                let s = screen(self.pack, &reader, n, record, r.today);
                if let Some(notice) = crate::notice(self.pack, &s, rule, r.lang) {
                    out.push(notice_cells(&notice));
                }
            }
            ControlFlow::Continue(())
        })?;
        Ok(out)
    }
}

fn file_reply(stem: &str, format: FileFormat, bytes: Vec<u8>) -> Reply {
    Reply {
        response: Response::File {
            name: format!("{stem}.{}", format.extension()),
            mime: format.mime().to_string(),
        },
        bytes: Some(bytes),
    }
}

impl Results {
    /// The index of file row `row` in the results (rows are ascending).
    fn index_of(&self, row: u64) -> Option<usize> {
        self.screening
            .results
            .binary_search_by_key(&row, |r| r.row)
            .ok()
    }

    fn query(&self, q: &Query) -> Response {
        let rows = &self.screening.results;
        let rule_ix = match q.rule {
            Some(rule) => match self.rules.binary_search(&rule) {
                Ok(i) => Some(i),
                // A rule this pack does not have: nobody.
                Err(_) => {
                    return Response::Page {
                        total: 0,
                        rows: Vec::new(),
                    }
                }
            },
            None => None,
        };
        let needle = q
            .search
            .as_deref()
            .map(|s| s.trim().to_lowercase())
            .filter(|s| !s.is_empty());
        let keep = |r: &ResultRow| {
            let level_ok = match (rule_ix, q.level) {
                (Some(i), Some(want)) => r.levels[i].is_some_and(|(_, l)| l == want),
                (Some(i), None) => r.levels[i].is_some_and(|(_, l)| applies(l)),
                (None, Some(want)) => r.levels.iter().flatten().any(|&(_, l)| l == want),
                (None, None) => true,
            };
            level_ok
                && q.location.is_none_or(|l| r.location == Some(l))
                && q.industry.is_none_or(|i| r.industry == Some(i))
                && q.incomplete.is_none_or(|b| r.incomplete() == b)
                && needle.as_deref().is_none_or(|n| {
                    [r.name.as_deref(), r.credit_code.as_deref()]
                        .into_iter()
                        .flatten()
                        .any(|t| t.to_lowercase().contains(n))
                })
        };
        let mut picked: Vec<&ResultRow> = rows.iter().filter(|r| keep(r)).collect();
        if let Some(sort) = q.sort {
            let rule_sort_ix = match sort.column {
                SortColumn::Rule(rule) => self.rules.binary_search(&rule).ok(),
                _ => None,
            };
            let cmp = |a: &&ResultRow, b: &&ResultRow| -> Ordering {
                match sort.column {
                    SortColumn::Row => a.row.cmp(&b.row),
                    SortColumn::Name => a.name.cmp(&b.name),
                    SortColumn::CreditCode => a.credit_code.cmp(&b.credit_code),
                    SortColumn::Location => a.location.cmp(&b.location),
                    SortColumn::Industry => {
                        let ix = |r: &ResultRow| {
                            r.industry.and_then(|i| {
                                fusion_engine::answers::Industry::ALL
                                    .iter()
                                    .position(|&x| x == i)
                            })
                        };
                        ix(a).cmp(&ix(b))
                    }
                    SortColumn::CashQualifies => a.cash_qualifies_yuan.cmp(&b.cash_qualifies_yuan),
                    SortColumn::CashLikely => a.cash_likely_yuan.cmp(&b.cash_likely_yuan),
                    // Best level first; no level last.
                    SortColumn::Rule(_) => {
                        let key = |r: &ResultRow| {
                            rule_sort_ix
                                .and_then(|i| r.levels[i])
                                .map_or(u8::MAX, |(_, l)| l as u8)
                        };
                        key(a).cmp(&key(b))
                    }
                    SortColumn::Incomplete => a.incomplete().cmp(&b.incomplete()),
                }
            };
            // Stable: ties keep file order, whichever the direction.
            if sort.descending {
                picked.sort_by(|a, b| cmp(b, a));
            } else {
                picked.sort_by(cmp);
            }
        }
        let total = picked.len() as u64;
        let limit = q.limit.min(MAX_PAGE) as usize;
        let page = picked
            .into_iter()
            .skip(q.offset.min(total) as usize)
            .take(limit)
            .map(|r| self.view(r))
            .collect();
        Response::Page { total, rows: page }
    }

    fn view(&self, r: &ResultRow) -> RowView {
        RowView {
            row: r.row,
            name: r.name.clone(),
            credit_code: r.credit_code.clone(),
            location: r.location,
            industry: r.industry,
            cash_qualifies_yuan: r.cash_qualifies_yuan,
            cash_likely_yuan: r.cash_likely_yuan,
            rules: self
                .rules
                .iter()
                .zip(&r.levels)
                .filter_map(|(&rule, l)| {
                    l.filter(|&(_, level)| applies(level))
                        .map(|(kind, level)| RuleLevel { rule, kind, level })
                })
                .collect(),
            incomplete: r.incomplete(),
            problems: r.problems.clone(),
        }
    }
}

//! Writing results, summaries and the template: CSV in UTF-8 with a BOM (so
//! Excel opens Chinese text correctly) and XLSX. The same cells feed both.

use crate::fields::{header, template, Target};
use crate::screen::{CellProblem, Notice, ResultRow, Summary};
use fusion_engine::answers::{Answers, RecognitionKind};
use fusion_engine::explain::{level_name_for, rule_name};
use fusion_engine::i18n::batch::{rule_header, word, FileMessage, Word};
use fusion_engine::i18n::names;
use fusion_engine::{Lang, PolicyPack, RuleId};
use rust_decimal::Decimal;
use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};
use std::io::{Seek, Write};

/// Excel's last row (1,048,576) less the header: more rows go to a next sheet.
const XLSX_ROWS_PER_SHEET: u32 = 1_048_575;

/// One output cell: text, or a number Excel can sum.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Text as is.
    Text(String),
    /// An amount in 万元 (exact decimal).
    Wan(Decimal),
    /// A count or row number.
    Count(u64),
}

impl Cell {
    /// The cell as CSV writes it (amounts in 万元, plain decimals).
    pub fn text(&self) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Wan(d) => d.to_string(),
            Cell::Count(n) => n.to_string(),
        }
    }
}

/// Yuan as 万元, exactly.
pub fn wan(yuan: Decimal) -> Decimal {
    (yuan / Decimal::from(10_000)).normalize()
}

/// The results' headers: row, name, id, location, industry, cash and tax,
/// each rule's level, incomplete, problems.
pub fn result_headers(rules: &[RuleId], lang: Lang) -> Vec<String> {
    use fusion_engine::answers::Question as Q;
    use fusion_engine::explain::question_name;
    let mut h = vec![
        word(Word::Row, lang).to_string(),
        question_name(Q::EnterpriseName, lang).to_string(),
        word(Word::CreditCode, lang).to_string(),
        question_name(Q::Location, lang).to_string(),
        question_name(Q::Industry, lang).to_string(),
        word(Word::CashQualifies, lang).to_string(),
        word(Word::CashLikely, lang).to_string(),
        word(Word::TaxEstimate, lang).to_string(),
    ];
    h.extend(
        rules
            .iter()
            .map(|&r| rule_header(r.code(), rule_name(r, lang))),
    );
    h.push(word(Word::Incomplete, lang).to_string());
    h.push(word(Word::Problems, lang).to_string());
    h
}

/// One result row's cells, in the order of [`result_headers`].
pub fn result_cells(r: &ResultRow, lang: Lang) -> Vec<Cell> {
    let text = |s: Option<&str>| Cell::Text(s.unwrap_or_default().to_string());
    let mut c = vec![
        Cell::Count(r.row),
        text(r.name.as_deref()),
        text(r.credit_code.as_deref()),
        text(r.location.map(|l| names::location(l).short(lang))),
        text(r.industry.map(|i| names::industry(i).short(lang))),
        Cell::Wan(wan(r.cash_qualifies_yuan)),
        Cell::Wan(wan(r.cash_likely_yuan)),
        Cell::Wan(wan(r.tax_estimate_yuan)),
    ];
    c.extend(
        r.levels
            .iter()
            .map(|l| text(l.map(|(k, l)| level_name_for(k, l, lang)))),
    );
    c.push(text(r.incomplete().then(|| word(Word::Yes, lang))));
    let problems: Vec<String> = r
        .problems
        .iter()
        .map(|p| match lang {
            Lang::Zh => format!("{}:{}", p.column, p.message),
            Lang::En => format!("{}: {}", p.column, p.message),
        })
        .collect();
    c.push(Cell::Text(problems.join("; ")));
    c
}

/// A notification list's headers: row, name, id, level, amount, facts.
pub fn notice_headers(lang: Lang) -> Vec<String> {
    use fusion_engine::answers::Question as Q;
    use fusion_engine::explain::question_name;
    vec![
        word(Word::Row, lang).to_string(),
        question_name(Q::EnterpriseName, lang).to_string(),
        word(Word::CreditCode, lang).to_string(),
        word(Word::Level, lang).to_string(),
        word(Word::AmountWan, lang).to_string(),
        word(Word::Facts, lang).to_string(),
    ]
}

/// One notice's cells, in the order of [`notice_headers`].
pub fn notice_cells(n: &Notice) -> Vec<Cell> {
    vec![
        Cell::Count(n.row),
        Cell::Text(n.name.clone().unwrap_or_default()),
        Cell::Text(n.credit_code.clone().unwrap_or_default()),
        Cell::Text(n.level.to_string()),
        Cell::Wan(wan(n.amount_yuan)),
        Cell::Text(n.facts.join("; ")),
    ]
}

/// The problem list's headers: row, column, message.
pub fn problem_headers(lang: Lang) -> Vec<String> {
    [Word::Row, Word::Column, Word::Message]
        .map(|w| word(w, lang).to_string())
        .to_vec()
}

/// One problem's cells, in the order of [`problem_headers`].
pub fn problem_cells(p: &CellProblem) -> Vec<Cell> {
    vec![
        Cell::Count(p.row),
        Cell::Text(p.column.clone()),
        Cell::Text(p.message.clone()),
    ]
}

/// A whole table as a file in memory: CSV (with BOM) or, when `xlsx`, a
/// workbook whose sheet is named `title` (header bold, frozen with the first
/// two columns), followed by the `summary` sheet unless it is empty: the
/// cells of the command line's files. What the browser downloads; its
/// workbook is streamed ([`crate::xlsx`]), so memory holds the compressed
/// file, not the cells.
pub fn table_file(
    xlsx: bool,
    title: &str,
    headers: &[String],
    rows: impl IntoIterator<Item = Vec<Cell>>,
    summary: &[Vec<Cell>],
    lang: Lang,
) -> Result<Vec<u8>, FileMessage> {
    if xlsx {
        return table_xlsx(title, headers, rows, summary, lang).map_err(FileMessage::Write);
    }
    // Not through ResultSink, whose XLSX side would link rust_xlsxwriter
    // into the browser's worker.
    let mut w = csv_writer(Vec::new(), headers)?;
    for r in rows {
        csv_row(&mut w, &r)?;
    }
    w.into_inner().map_err(write_err)
}

fn table_xlsx(
    title: &str,
    headers: &[String],
    rows: impl IntoIterator<Item = Vec<Cell>>,
    summary: &[Vec<Cell>],
    lang: Lang,
) -> Result<Vec<u8>, crate::xlsx::Error> {
    let mut book = crate::xlsx::Workbook::new(std::io::Cursor::new(Vec::new()))?;
    let header: Vec<Cell> = headers.iter().map(|h| Cell::Text(h.clone())).collect();
    book.sheet(title, &header, 2, None)?;
    let mut sheets = 1;
    for r in rows {
        if book.full() {
            sheets += 1;
            book.sheet(&format!("{title} {sheets}"), &header, 2, None)?;
        }
        book.row(&r)?;
    }
    if let Some((head, body)) = summary.split_first() {
        book.sheet(word(Word::SummarySheet, lang), head, 0, None)?;
        for r in body {
            book.row(r)?;
        }
    }
    Ok(book.finish()?.into_inner())
}

/// The summary as a table: a row per rule with its counts and cash, then a
/// row per data year and the total. With a sandbox run, its figures follow
/// the policy-as-written ones on each row.
pub fn summary_table(summary: &Summary, sandbox: Option<&Summary>, lang: Lang) -> Vec<Vec<Cell>> {
    let runs: Vec<&Summary> = std::iter::once(summary).chain(sandbox).collect();
    let mut t = Vec::new();
    let mut head = vec![Cell::Text(word(Word::Rule, lang).into())];
    for (i, _) in runs.iter().enumerate() {
        let tag = if runs.len() == 1 {
            String::new()
        } else if i == 0 {
            format!("{} ", word(Word::AsWritten, lang))
        } else {
            format!("{} ", word(Word::Sandbox, lang))
        };
        for w in [
            Word::CountQualifies,
            Word::CountLikely,
            Word::CountPossible,
            Word::CashQualifies,
            Word::CashLikely,
        ] {
            head.push(Cell::Text(format!("{tag}{}", word(w, lang))));
        }
    }
    t.push(head);
    for rule in summary.rules.keys() {
        let mut row = vec![Cell::Text(rule_header(rule.code(), rule_name(*rule, lang)))];
        for s in &runs {
            let r = s.rules.get(rule).cloned().unwrap_or_default();
            row.extend([
                Cell::Count(r.qualifies),
                Cell::Count(r.likely),
                Cell::Count(r.possible),
                Cell::Wan(wan(r.cash.qualifies_yuan)),
                Cell::Wan(wan(r.cash.likely_yuan)),
            ]);
        }
        t.push(row);
    }
    let mut years: Vec<u16> = runs
        .iter()
        .flat_map(|s| s.cash_by_year.keys().copied())
        .collect();
    years.sort_unstable();
    years.dedup();
    let blank = || {
        [
            Cell::Text(String::new()),
            Cell::Text(String::new()),
            Cell::Text(String::new()),
        ]
    };
    for y in years {
        let mut row = vec![Cell::Text(format!("{} {y}", word(Word::DataYear, lang)))];
        for s in &runs {
            let c = s.cash_by_year.get(&y).copied().unwrap_or_default();
            row.extend(blank());
            row.extend([
                Cell::Wan(wan(c.qualifies_yuan)),
                Cell::Wan(wan(c.likely_yuan)),
            ]);
        }
        t.push(row);
    }
    let mut total = vec![Cell::Text(word(Word::Total, lang).into())];
    for s in &runs {
        total.extend([
            Cell::Count(s.rows),
            Cell::Count(s.incomplete),
            Cell::Text(String::new()),
        ]);
        total.extend([
            Cell::Wan(wan(s.cash.qualifies_yuan)),
            Cell::Wan(wan(s.cash.likely_yuan)),
        ]);
    }
    t.push(total);
    t
}

/// The summary as plain text lines (tab-separated), for a terminal.
pub fn summary_text(table: &[Vec<Cell>]) -> String {
    let mut s = String::new();
    for row in table {
        let line: Vec<String> = row.iter().map(Cell::text).collect();
        s.push_str(&line.join("\t"));
        s.push('\n');
    }
    s
}

/// Text a spreadsheet would run as a formula when it opens the CSV (a name
/// typed "=HYPERLINK(...)"): written with a leading apostrophe, which Excel
/// shows as text. XLSX cells are typed as text, so they need no such guard.
fn formula_like(s: &str) -> bool {
    s.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// The UTF-8 byte-order mark that tells Excel the CSV is UTF-8.
const BOM: &[u8] = b"\xEF\xBB\xBF";

fn write_err(e: impl std::fmt::Display) -> FileMessage {
    FileMessage::Write(e.to_string())
}

/// Writes one CSV row: a text a spreadsheet would run as a formula gets its
/// guarding apostrophe.
fn csv_row<W: Write>(w: &mut csv::Writer<W>, cells: &[Cell]) -> Result<(), FileMessage> {
    for c in cells {
        match c {
            Cell::Text(s) if formula_like(s) => w.write_field(format!("'{s}")),
            Cell::Text(s) => w.write_field(s),
            other => w.write_field(other.text()),
        }
        .map_err(write_err)?;
    }
    w.write_record(None::<&[u8]>).map_err(write_err)
}

/// A CSV writer: BOM and header written at once.
fn csv_writer<W: Write>(mut out: W, headers: &[String]) -> Result<csv::Writer<W>, FileMessage> {
    out.write_all(BOM).map_err(write_err)?;
    let mut w = csv::WriterBuilder::new()
        .buffer_capacity(256 * 1024)
        .from_writer(out);
    w.write_record(headers).map_err(write_err)?;
    Ok(w)
}

/// Where result rows go, one at a time.
pub enum ResultSink<W: Write + Seek + Send> {
    /// CSV, streamed.
    Csv(Box<csv::Writer<W>>),
    /// XLSX: rows go to the sheet as they come (constant memory natively), the
    /// workbook is written out at the end.
    Xlsx(Box<XlsxSink<W>>),
}

/// The XLSX side of [`ResultSink`].
pub struct XlsxSink<W> {
    out: W,
    book: Workbook,
    sheet: Worksheet,
    sheets: u32,
    row: u32,
    title: String,
    headers: Vec<String>,
    lang: Lang,
    bold: Format,
}

/// A results sheet: constant memory natively (rows flushed to a temporary
/// file as they are written); in memory in the browser, which has no files.
fn new_sheet(book: &mut Workbook) -> Result<Worksheet, XlsxError> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        book.new_worksheet_with_constant_memory()
    }
    #[cfg(target_arch = "wasm32")]
    {
        let _ = book;
        Ok(Worksheet::new())
    }
}

fn write_row(
    sheet: &mut Worksheet,
    row: u32,
    cells: &[Cell],
    format: Option<&Format>,
) -> Result<(), XlsxError> {
    for (i, c) in cells.iter().enumerate() {
        let col = i as u16;
        match (c, format) {
            (Cell::Text(s), Some(f)) => sheet.write_string_with_format(row, col, s, f)?,
            (Cell::Text(s), None) if s.is_empty() => sheet,
            (Cell::Text(s), None) => sheet.write_string(row, col, s)?,
            // Excel keeps numbers as binary floating point; this is the one
            // place a decimal becomes one, for the spreadsheet to sum.
            (Cell::Wan(d), _) => sheet.write(row, col, *d)?,
            (Cell::Count(n), _) => sheet.write_number(row, col, *n as f64)?,
        };
    }
    Ok(())
}

impl<W: Write + Seek + Send> ResultSink<W> {
    /// A CSV sink: BOM and header written at once.
    pub fn csv(out: W, headers: &[String]) -> Result<Self, FileMessage> {
        Ok(ResultSink::Csv(Box::new(csv_writer(out, headers)?)))
    }

    /// An XLSX sink of results; the header row is bold and frozen.
    pub fn xlsx(out: W, headers: &[String], lang: Lang) -> Result<Self, FileMessage> {
        Self::xlsx_titled(out, headers, lang, word(Word::ResultsSheet, lang))
    }

    /// An XLSX sink whose sheet is named `title` (a notification list, the
    /// problems).
    pub fn xlsx_titled(
        out: W,
        headers: &[String],
        lang: Lang,
        title: &str,
    ) -> Result<Self, FileMessage> {
        let mut book = Workbook::new();
        let sheet = new_sheet(&mut book).map_err(write_err)?;
        let mut s = XlsxSink {
            out,
            book,
            sheet,
            sheets: 1,
            row: 0,
            title: title.to_string(),
            headers: headers.to_vec(),
            lang,
            bold: Format::new().set_bold(),
        };
        s.start_sheet().map_err(write_err)?;
        Ok(ResultSink::Xlsx(Box::new(s)))
    }

    /// Writes one result row.
    pub fn row(&mut self, cells: &[Cell]) -> Result<(), FileMessage> {
        match self {
            ResultSink::Csv(w) => csv_row(w, cells),
            ResultSink::Xlsx(x) => x.row(cells).map_err(write_err),
        }
    }

    /// Finishes the file; an XLSX also gets the summary sheet, unless
    /// `summary` is empty.
    pub fn finish(self, summary: &[Vec<Cell>]) -> Result<(), FileMessage> {
        match self {
            ResultSink::Csv(mut w) => w.flush().map_err(write_err),
            ResultSink::Xlsx(x) => x.finish(summary).map_err(write_err),
        }
    }
}

impl<W: Write + Seek + Send> XlsxSink<W> {
    fn sheet_name(&self) -> String {
        if self.sheets == 1 {
            self.title.clone()
        } else {
            format!("{} {}", self.title, self.sheets)
        }
    }

    fn start_sheet(&mut self) -> Result<(), XlsxError> {
        let name = self.sheet_name();
        self.sheet.set_name(name)?;
        let headers: Vec<Cell> = self.headers.iter().map(|h| Cell::Text(h.clone())).collect();
        write_row(&mut self.sheet, 0, &headers, Some(&self.bold))?;
        self.sheet.set_freeze_panes(1, 2)?;
        self.row = 1;
        Ok(())
    }

    fn row(&mut self, cells: &[Cell]) -> Result<(), XlsxError> {
        if self.row > XLSX_ROWS_PER_SHEET {
            let full = std::mem::replace(&mut self.sheet, new_sheet(&mut self.book)?);
            self.book.push_worksheet(full);
            self.sheets += 1;
            self.start_sheet()?;
        }
        write_row(&mut self.sheet, self.row, cells, None)?;
        self.row += 1;
        Ok(())
    }

    fn finish(mut self, summary: &[Vec<Cell>]) -> Result<(), XlsxError> {
        self.book.push_worksheet(self.sheet);
        if summary.is_empty() {
            return self.book.save_to_writer(self.out);
        }
        let s = self.book.add_worksheet();
        s.set_name(word(Word::SummarySheet, self.lang))?;
        for (i, row) in summary.iter().enumerate() {
            write_row(s, i as u32, row, (i == 0).then_some(&self.bold))?;
        }
        self.book.save_to_writer(self.out)
    }
}

/// The template's headers for `pack` in `lang`.
pub fn template_headers(pack: &PolicyPack, lang: Lang) -> Vec<String> {
    template(pack)
        .into_iter()
        .map(|t| header(t, lang))
        .collect()
}

/// The template as CSV: BOM, header row, one example row per `rows`.
pub fn template_csv(pack: &PolicyPack, lang: Lang, rows: &[Vec<String>]) -> Vec<u8> {
    let mut out = BOM.to_vec();
    let mut w = csv::Writer::from_writer(&mut out);
    // Writing to a Vec cannot fail.
    let _ = w.write_record(template_headers(pack, lang));
    for r in rows {
        let _ = w.write_record(r);
    }
    drop(w);
    out
}

/// The template as XLSX: bold frozen header row, one row per `rows`, every
/// cell text (so "0.5" stays as typed and codes keep their leading zeros),
/// columns wide enough for their headers.
pub fn template_xlsx(
    pack: &PolicyPack,
    lang: Lang,
    rows: &[Vec<String>],
) -> Result<Vec<u8>, FileMessage> {
    let text = |r: &[String]| -> Vec<Cell> { r.iter().map(|s| Cell::Text(s.clone())).collect() };
    (|| {
        let mut book = crate::xlsx::Workbook::new(std::io::Cursor::new(Vec::new()))?;
        let headers = text(&template_headers(pack, lang));
        book.sheet(word(Word::TemplateSheet, lang), &headers, 1, Some(16))?;
        for r in rows {
            book.row(&text(r))?;
        }
        Ok::<_, crate::xlsx::Error>(book.finish()?.into_inner())
    })()
    .map_err(FileMessage::Write)
}

/// An enterprise's answers as the cells of a file with columns `targets`
/// (the template's, or any mapping's): what a bureau would type. Recognitions
/// of a kind without its own columns go to the list column.
pub fn row_cells(answers: &Answers, credit_code: Option<&str>, targets: &[Target]) -> Vec<String> {
    use crate::fields::Field as F;
    use fusion_engine::i18n::ui;
    use fusion_engine::input::{amount_to_input, decimal_to_input};
    let a = answers;
    let zh = Lang::Zh;
    let yes_no = |b: Option<bool>| {
        b.map_or(String::new(), |b| {
            word(if b { Word::Yes } else { Word::No }, zh).to_string()
        })
    };
    let money = |d: Option<Decimal>, t: &Target| {
        d.map_or(String::new(), |d| amount_to_input(d, t.unit.amount_unit()))
    };
    let plain = |d: Option<Decimal>| d.map_or(String::new(), decimal_to_input);
    let own = |k: RecognitionKind| {
        targets
            .iter()
            .any(|t| matches!(t.field, F::RecognitionLevel(x) | F::RecognitionDate(x) if x == k))
    };
    let first = |k: RecognitionKind| a.recognitions.iter().find(|r| r.kind == k);
    targets
        .iter()
        .map(|t| match t.field {
            F::Name => a.enterprise_name.clone().unwrap_or_default(),
            F::CreditCode => credit_code.unwrap_or_default().to_string(),
            F::Location => a
                .location
                .map_or(String::new(), |l| names::location(l).short(zh).into()),
            F::Industry => a
                .industry
                .map_or(String::new(), |i| names::industry(i).short(zh).into()),
            F::AboveScale => yes_no(a.above_scale),
            F::Revenue(y) => money(a.revenue_yuan.get(&y).copied(), t),
            F::RecognitionLevel(k) => first(k)
                .and_then(|r| r.level)
                .map_or(String::new(), |l| names::level(l).label(zh).into()),
            F::RecognitionDate(k) => first(k)
                .and_then(|r| r.obtained)
                .map_or(String::new(), |d| d.to_string()),
            F::OtherRecognitions => {
                let mut seen: Vec<RecognitionKind> = Vec::new();
                let items: Vec<String> = a
                    .recognitions
                    .iter()
                    .filter(|r| {
                        // The first of a kind with its own columns is there.
                        let listed = own(r.kind) && !seen.contains(&r.kind);
                        seen.push(r.kind);
                        !listed
                    })
                    .map(|r| {
                        let mut s = names::recognition(r.kind).label(zh).to_string();
                        if let Some(l) = r.level {
                            s.push(' ');
                            s.push_str(names::level(l).label(zh));
                        }
                        if let Some(d) = r.obtained {
                            s.push_str(&format!(" {d}"));
                        }
                        s
                    })
                    .collect();
                items.join("; ")
            }
            F::AwardsReceived => a
                .awards_received
                .iter()
                .map(|w| {
                    let mut s = format!(
                        "{} {}元",
                        ui::award_matter_name(w.matter, zh),
                        w.amount_yuan.normalize()
                    );
                    if let Some(y) = w.year {
                        s.push_str(&format!(" {y}"));
                    }
                    s
                })
                .collect::<Vec<_>>()
                .join("; "),
            F::Sectors => a
                .sectors
                .iter()
                .map(|&s| names::sector(s).label(zh))
                .collect::<Vec<_>>()
                .join("; "),
            F::Activities => a
                .activities
                .iter()
                .map(|&s| names::activity(s).label(zh))
                .collect::<Vec<_>>()
                .join("; "),
            F::RdCost => money(a.tax.rd_cost_yuan, t),
            F::TaxableIncome => money(a.tax.taxable_income_yuan, t),
            F::IncomeTaxRate => plain(a.tax.income_tax_rate_percent),
            F::PlatformOperator => yes_no(a.cross_border.platform_operator),
            F::EnterprisesServed => a
                .cross_border
                .enterprises_served
                .map_or(String::new(), |n| n.to_string()),
            F::TradeGrowth => plain(a.cross_border.trade_growth_percent),
            F::UpgradeCost => money(a.cross_border.upgrade_cost_yuan, t),
            F::UpgradeYear => a.cross_border.year.map_or(String::new(), |y| y.to_string()),
            F::SeparationStatus => a
                .separation
                .status
                .map_or(String::new(), |s| ui::separation_status_name(s, zh).into()),
            F::SpunOff => yes_no(a.separation.spun_off),
            F::SeparationNewLand => yes_no(a.separation.new_land),
            F::SeparationOnParentLand => yes_no(a.separation.on_parent_land),
            F::NewCompanyRevenue => money(a.separation.new_company_revenue_yuan, t),
            F::NewCompanyProfit => money(a.separation.new_company_profit_yuan, t),
            F::NewCompanyTax => money(a.separation.new_company_tax_yuan, t),
            F::NewCompanyValueAdded => money(a.separation.new_company_value_added_yuan, t),
            F::OwnLand => plain(a.land.own_land_mu),
            F::MixedUsePlan => yes_no(a.land.mixed_use_plan),
            F::LogisticsOnExistingLand => yes_no(a.land.logistics_on_existing_land),
            F::InPilotArea => yes_no(a.land.in_pilot_area),
            F::ValueAdded => money(a.land.value_added_yuan, t),
            F::TaxPaid => money(a.land.tax_paid_yuan, t),
            F::Employees => a.land.employees.map_or(String::new(), |n| n.to_string()),
            F::AssessmentDate => a.assessment_date.map_or(String::new(), |d| d.to_string()),
        })
        .collect()
}

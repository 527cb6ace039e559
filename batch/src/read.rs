//! Reading a bureau's file row by row: CSV in UTF-8 (with or without BOM) or
//! GB18030/GBK (what Excel on a Chinese Windows saves), and XLSX.
//!
//! CSV streams: the text is decoded chunk by chunk and each record handed on
//! as it is read, so memory stays flat whatever the file's size. XLSX streams
//! the sheet's cells too (calamine's cell reader), but a workbook's shared
//! strings table is loaded whole first, as the format requires.

use csv::{ByteRecord, StringRecord};
use encoding_rs::{CoderResult, Decoder, GB18030, UTF_16BE, UTF_16LE};
use fusion_engine::i18n::batch::FileMessage;
use std::io::{self, Cursor, Read, Seek};
use std::ops::ControlFlow;

/// The kind of file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Comma (or semicolon, or tab) separated text.
    Csv,
    /// An Office Open XML workbook.
    Xlsx,
    /// An Excel 97-2003 workbook (.xls) or a WPS sheet (.et): a compound
    /// file, which the user must save as .xlsx or CSV first.
    Legacy,
    /// Anything else that is not text (a PDF, a picture, a Word file...).
    Unknown,
}

/// How many first bytes [`Format::sniff`] wants.
pub const SNIFF_FORMAT_BYTES: usize = 4096;

impl Format {
    /// The format of a file from its first bytes ([`SNIFF_FORMAT_BYTES`]):
    /// a zip archive is a workbook, a compound file an old one; text with a
    /// UTF-16 mark is CSV (Excel's "Unicode text"); a PDF, or bytes of which
    /// more than one in a hundred is NUL, are no table (text in UTF-8 or
    /// GB18030 holds none; a stray one in an export is still read as CSV).
    pub fn sniff(head: &[u8]) -> Format {
        if head.starts_with(b"PK\x03\x04") {
            Format::Xlsx
        } else if head.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
            Format::Legacy
        } else if head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF") {
            Format::Csv
        } else if head.starts_with(b"%PDF")
            || head.iter().filter(|&&b| b == 0).count() * 100 > head.len()
        {
            Format::Unknown
        } else {
            Format::Csv
        }
    }

    /// Why a file of this format is not read, if it is not.
    pub fn refusal(self) -> Option<FileMessage> {
        match self {
            Format::Csv | Format::Xlsx => None,
            Format::Legacy => Some(FileMessage::OldExcel),
            Format::Unknown => Some(FileMessage::UnknownFormat),
        }
    }
}

/// Reads every row of a file, CSV or XLSX by its first bytes
/// ([`Format::sniff`]); a file of any other kind is refused in words
/// ([`Format::refusal`]) before a row is read. The page reads its bytes
/// (`Cursor`), the command line a file.
pub fn read_table<R: Read + Seek>(
    mut input: R,
    visit: impl FnMut(u64, &StringRecord) -> ControlFlow<()>,
) -> Result<(), FileMessage> {
    let io_err = |e: io::Error| FileMessage::Read(e.to_string());
    let mut head = Vec::with_capacity(SNIFF_FORMAT_BYTES);
    (&mut input)
        .take(SNIFF_FORMAT_BYTES as u64)
        .read_to_end(&mut head)
        .map_err(io_err)?;
    input.seek(io::SeekFrom::Start(0)).map_err(io_err)?;
    let format = Format::sniff(&head);
    if let Some(refusal) = format.refusal() {
        return Err(refusal);
    }
    match format {
        Format::Xlsx => read_xlsx(input, visit),
        _ => read_csv(input, visit).map(|_| ()),
    }
}

/// The text encoding of a CSV file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8, with or without a byte-order mark.
    Utf8,
    /// GB18030 (a superset of GBK and GB2312).
    Gb18030,
    /// UTF-16 little-endian with its mark: Excel's "Unicode 文本" (tab
    /// separated).
    Utf16Le,
    /// UTF-16 big-endian with its mark.
    Utf16Be,
}

/// How many bytes are looked at to tell UTF-8 from GB18030.
const SNIFF_BYTES: usize = 64 * 1024;

/// Tells the encoding from the first bytes: a BOM or valid UTF-8 (a
/// character cut at the end of the sample is fine) is UTF-8; anything else is
/// read as GB18030, the one other encoding Chinese spreadsheets are saved in.
pub fn sniff_encoding(head: &[u8], whole_file: bool) -> Encoding {
    if head.starts_with(b"\xEF\xBB\xBF") {
        return Encoding::Utf8;
    }
    if head.starts_with(b"\xFF\xFE") {
        return Encoding::Utf16Le;
    }
    if head.starts_with(b"\xFE\xFF") {
        return Encoding::Utf16Be;
    }
    match std::str::from_utf8(head) {
        Ok(_) => Encoding::Utf8,
        Err(e) if e.error_len().is_none() && !whole_file => Encoding::Utf8,
        Err(_) => Encoding::Gb18030,
    }
}

/// GB18030 or UTF-16 bytes in, UTF-8 bytes out, chunk by chunk.
struct Transcode<R> {
    inner: R,
    decoder: Decoder,
    input: Vec<u8>,
    in_pos: usize,
    in_len: usize,
    output: Vec<u8>,
    out_pos: usize,
    out_len: usize,
    eof: bool,
    done: bool,
}

impl<R: Read> Read for Transcode<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            if self.out_pos < self.out_len {
                let n = buf.len().min(self.out_len - self.out_pos);
                buf[..n].copy_from_slice(&self.output[self.out_pos..self.out_pos + n]);
                self.out_pos += n;
                return Ok(n);
            }
            if self.done {
                return Ok(0);
            }
            if self.in_pos == self.in_len && !self.eof {
                self.in_len = self.inner.read(&mut self.input)?;
                self.in_pos = 0;
                self.eof = self.in_len == 0;
            }
            let (result, read, written, _) = self.decoder.decode_to_utf8(
                &self.input[self.in_pos..self.in_len],
                &mut self.output,
                self.eof,
            );
            self.in_pos += read;
            self.out_pos = 0;
            self.out_len = written;
            if self.eof && result == CoderResult::InputEmpty {
                self.done = true;
            }
        }
    }
}

/// A reader of UTF-8 text from a CSV file in either encoding (BOM removed),
/// and the encoding found.
pub fn utf8_text<'a, R: Read + 'a>(mut r: R) -> io::Result<(Box<dyn Read + 'a>, Encoding)> {
    let mut head = Vec::with_capacity(SNIFF_BYTES);
    (&mut r).take(SNIFF_BYTES as u64).read_to_end(&mut head)?;
    let whole = head.len() < SNIFF_BYTES;
    let encoding = sniff_encoding(&head, whole);
    let skip = match encoding {
        Encoding::Utf8 if head.starts_with(b"\xEF\xBB\xBF") => 3,
        Encoding::Utf16Le | Encoding::Utf16Be => 2,
        _ => 0,
    };
    let mut start = Cursor::new(head);
    start.set_position(skip);
    let text = start.chain(r);
    let decoder = match encoding {
        Encoding::Utf8 => return Ok((Box::new(text), encoding)),
        Encoding::Gb18030 => GB18030.new_decoder_without_bom_handling(),
        Encoding::Utf16Le => UTF_16LE.new_decoder_without_bom_handling(),
        Encoding::Utf16Be => UTF_16BE.new_decoder_without_bom_handling(),
    };
    let transcoded = Transcode {
        inner: text,
        decoder,
        input: vec![0; 16 * 1024],
        in_pos: 0,
        in_len: 0,
        output: vec![0; 32 * 1024],
        out_pos: 0,
        out_len: 0,
        eof: false,
        done: false,
    };
    Ok((Box::new(transcoded), encoding))
}

/// The field separator of a CSV file: whichever of ",", ";" and tab its
/// first line has most of (Excel in some locales saves ";").
fn sniff_delimiter(first_line: &str) -> u8 {
    let count = |c: char| first_line.chars().filter(|&x| x == c).count();
    let (comma, semi, tab) = (count(','), count(';'), count('\t'));
    if tab > comma && tab >= semi {
        b'\t'
    } else if semi > comma {
        b';'
    } else {
        b','
    }
}

/// A file's header row: its number as a spreadsheet shows it, and its cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    pub row: u64,
    pub names: Vec<String>,
}

/// How many rows [`find_header`] looks at for the header.
const HEADER_SEARCH_ROWS: usize = 10;

/// The header among the first rows `read` visits (blank rows are never
/// visited): the first row with two cells or more filled, so a title or a
/// note above the table ("附件1:2025 年企业名单", one merged cell) is
/// skipped; the first row when none of them has two.
pub fn find_header(
    read: impl FnOnce(&mut dyn FnMut(u64, &StringRecord) -> ControlFlow<()>) -> Result<(), FileMessage>,
) -> Result<Header, FileMessage> {
    let (mut first, mut found, mut looked) = (None, None, 0);
    read(&mut |row, record| {
        let header = || Header {
            row,
            names: record.iter().map(str::to_string).collect(),
        };
        if first.is_none() {
            first = Some(header());
        }
        if record.iter().filter(|c| !c.trim().is_empty()).count() >= 2 {
            found = Some(header());
            return ControlFlow::Break(());
        }
        looked += 1;
        if looked == HEADER_SEARCH_ROWS {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    })?;
    found.or(first).ok_or(FileMessage::Empty)
}

/// Whether every cell of a row is empty or spaces (full-width ones too):
/// what a spreadsheet leaves after its last enterprise (",,,,," lines,
/// formatted empty cells). Such a row is no enterprise, and readers do not
/// visit it. Cells are UTF-8 by then (GB18030 is decoded first).
fn blank<'a>(mut cells: impl Iterator<Item = &'a [u8]>) -> bool {
    cells.all(|c| {
        c.iter().all(u8::is_ascii_whitespace)
            || std::str::from_utf8(c).is_ok_and(|t| t.trim().is_empty())
    })
}

/// Reads a CSV file record by record: `visit(row, cells)` with the header as
/// row 1; rows whose cells are all empty are skipped (their numbers are
/// not reused). Stops early when `visit` breaks.
pub fn read_csv<R: Read>(
    input: R,
    mut visit: impl FnMut(u64, &StringRecord) -> ControlFlow<()>,
) -> Result<Encoding, FileMessage> {
    let read_err = |e: io::Error| FileMessage::Read(e.to_string());
    let (text, encoding) = utf8_text(input).map_err(read_err)?;
    let mut text = io::BufReader::with_capacity(64 * 1024, text);
    // The first line decides the separator; peeked at, not consumed.
    let head = io::BufRead::fill_buf(&mut text).map_err(read_err)?;
    let end = head.iter().position(|&b| b == b'\n').unwrap_or(head.len());
    let delimiter = sniff_delimiter(&String::from_utf8_lossy(&head[..end]));
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text);
    // Bytes first, so a stray invalid sequence costs one replacement
    // character, never the row; the buffers move back and forth unallocated.
    let mut bytes = ByteRecord::new();
    let mut row = 0u64;
    let mut seen = false;
    loop {
        match rdr.read_byte_record(&mut bytes) {
            Ok(true) => {
                row += 1;
                if blank(bytes.iter()) {
                    continue;
                }
                seen = true;
                let record = StringRecord::from_byte_record(std::mem::take(&mut bytes))
                    .unwrap_or_else(|e| StringRecord::from_byte_record_lossy(e.into_byte_record()));
                let flow = visit(row, &record);
                bytes = record.into_byte_record();
                if flow.is_break() {
                    break;
                }
            }
            Ok(false) => break,
            Err(e) => return Err(FileMessage::Read(e.to_string())),
        }
    }
    if !seen {
        return Err(FileMessage::Empty);
    }
    Ok(encoding)
}

/// A number as a cell shows it: at most 15 significant digits (what Excel
/// keeps), no exponent, no trailing zeros.
fn number_text(f: f64) -> String {
    if !f.is_finite() {
        return f.to_string();
    }
    let int_digits = if f.abs() >= 1.0 {
        f.abs().log10().floor() as i32 + 1
    } else {
        1
    };
    let decimals = (15 - int_digits).clamp(0, 15) as usize;
    let s = format!("{f:.decimals$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

fn cell_text(v: &calamine::DataRef<'_>) -> String {
    use calamine::DataRef as D;
    match v {
        D::Int(i) => i.to_string(),
        D::Float(f) => number_text(*f),
        D::String(s) | D::DateTimeIso(s) | D::DurationIso(s) => s.clone(),
        D::SharedString(s) => (*s).to_string(),
        D::Bool(b) => b.to_string(),
        D::DateTime(d) if d.is_datetime() => {
            let (y, m, day, ..) = d.to_ymd_hms_milli();
            format!("{y:04}-{m:02}-{day:02}")
        }
        D::DateTime(d) => number_text(d.as_f64()),
        D::Error(e) => format!("#{e:?}"),
        D::Empty => String::new(),
    }
}

/// Reads the first sheet of an XLSX workbook row by row, as [`read_csv`].
/// Row numbers are the sheet's own; rows with no cells are not visited.
pub fn read_xlsx<RS: Read + Seek>(
    input: RS,
    mut visit: impl FnMut(u64, &StringRecord) -> ControlFlow<()>,
) -> Result<(), FileMessage> {
    use calamine::{Reader, Xlsx};
    let open_err = |e: calamine::XlsxError| FileMessage::Spreadsheet(e.to_string());
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(input).map_err(open_err)?;
    let sheet = book
        .sheet_names()
        .first()
        .cloned()
        .ok_or(FileMessage::Empty)?;
    let mut cells = book.worksheet_cells_reader(&sheet).map_err(open_err)?;
    let mut record = StringRecord::new();
    let mut current: Option<u32> = None;
    let mut seen = false;
    loop {
        let next = cells
            .next_cell()
            .map_err(|e| FileMessage::Read(e.to_string()))?;
        let pos = next.as_ref().map(|c| c.get_position());
        if current.is_some() && pos.map(|p| p.0) != current {
            let row = u64::from(current.unwrap_or(0)) + 1;
            if !blank(record.iter().map(str::as_bytes)) {
                seen = true;
                if visit(row, &record).is_break() {
                    return Ok(());
                }
            }
            record.clear();
        }
        let Some(cell) = next else { break };
        let (r, c) = cell.get_position();
        current = Some(r);
        while record.len() < c as usize {
            record.push_field("");
        }
        record.push_field(&cell_text(cell.get_value()));
    }
    if !seen {
        return Err(FileMessage::Empty);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_excel_shows_them() {
        assert_eq!(number_text(1234.5), "1234.5");
        assert_eq!(number_text(0.1 + 0.2), "0.3");
        assert_eq!(number_text(310000000.0), "310000000");
        assert_eq!(number_text(17.5), "17.5");
    }

    #[test]
    fn encodings_are_told_apart() {
        assert_eq!(sniff_encoding("名称,代码".as_bytes(), true), Encoding::Utf8);
        let (gbk, _, _) = GB18030.encode("名称,代码");
        assert_eq!(sniff_encoding(&gbk, true), Encoding::Gb18030);
        // A character cut at the end of the sample is still UTF-8.
        let cut = &"名称".as_bytes()[..4];
        assert_eq!(sniff_encoding(cut, false), Encoding::Utf8);
    }

    #[test]
    fn gb18030_streams_through_small_buffers() {
        let text = "企业名称,所在县\n".repeat(5000);
        let (gbk, _, _) = GB18030.encode(&text);
        let (mut r, enc) = utf8_text(Cursor::new(gbk.into_owned())).unwrap();
        assert_eq!(enc, Encoding::Gb18030);
        let mut out = String::new();
        r.read_to_string(&mut out).unwrap();
        assert_eq!(out, text);
    }

    #[test]
    fn delimiter_follows_the_first_line() {
        assert_eq!(sniff_delimiter("a;b;c\n"), b';');
        assert_eq!(sniff_delimiter("a\tb\n"), b'\t');
        assert_eq!(sniff_delimiter("a,b;c,d\n"), b',');
    }
}

//! An XLSX workbook written as its rows come: each sheet's XML goes
//! straight into the zip's deflate stream, so memory holds the compressed
//! file, not the cells. What the browser's exports use: rust_xlsxwriter
//! keeps every cell in memory there (its constant-memory mode needs a
//! temporary file, which a browser has not), about 545 MiB for 100,000
//! result rows. The cells are the same ones [`crate::write`] gives the
//! command line's workbook (tested cell for cell).

use crate::write::Cell;
use std::io::{Seek, Write};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

/// Excel's last row (1,048,576) less the header: more rows go to a next sheet.
const ROWS_PER_SHEET: u64 = 1_048_575;

/// An error while writing (the zip's or the output's), in its own words.
pub type Error = String;

fn err(e: impl std::fmt::Display) -> Error {
    e.to_string()
}

/// A workbook being written.
pub struct Workbook<W: Write + Seek> {
    zip: ZipWriter<W>,
    sheets: Vec<String>,
    open: bool,
    row: u64,
}

/// Text as XML character data.
fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // Control characters are not allowed in XML 1.0.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
}

/// A column's letters: 0 → A, 25 → Z, 26 → AA.
fn column(mut i: usize, out: &mut String) {
    let mut letters = [0u8; 4];
    let mut n = 0;
    loop {
        letters[n] = b'A' + (i % 26) as u8;
        n += 1;
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    for &l in letters[..n].iter().rev() {
        out.push(l as char);
    }
}

impl<W: Write + Seek> Workbook<W> {
    /// A workbook writing to `out`. The package's parts that do not depend
    /// on the sheets come first ([Content_Types].xml first, as some readers
    /// want): a sheet's content type is the default of every `.xml` part.
    pub fn new(out: W) -> Result<Workbook<W>, Error> {
        let mut zip = ZipWriter::new(out);
        for (path, text) in [
            ("[Content_Types].xml", CONTENT_TYPES),
            ("_rels/.rels", ROOT_RELS),
            ("xl/styles.xml", STYLES),
        ] {
            zip.start_file(path, Self::options()).map_err(err)?;
            zip.write_all(text.as_bytes()).map_err(err)?;
        }
        Ok(Workbook {
            zip,
            sheets: Vec::new(),
            open: false,
            row: 0,
        })
    }

    fn options() -> SimpleFileOptions {
        SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .large_file(false)
    }

    fn close_sheet(&mut self) -> Result<(), Error> {
        if self.open {
            self.zip
                .write_all(b"</sheetData></worksheet>")
                .map_err(err)?;
            self.open = false;
        }
        Ok(())
    }

    /// Starts a sheet named `name` whose first row is `header` (bold,
    /// frozen, with the first `frozen_columns` columns); every column
    /// `width` characters wide if given.
    pub fn sheet(
        &mut self,
        name: &str,
        header: &[Cell],
        frozen_columns: u16,
        width: Option<u8>,
    ) -> Result<(), Error> {
        self.close_sheet()?;
        self.sheets.push(name.to_string());
        let path = format!("xl/worksheets/sheet{}.xml", self.sheets.len());
        self.zip.start_file(path, Self::options()).map_err(err)?;
        let mut head = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
             <worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" \
             xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">",
        );
        let top_left = {
            let mut s = String::new();
            column(frozen_columns as usize, &mut s);
            s.push('2');
            s
        };
        head.push_str("<sheetViews><sheetView workbookViewId=\"0\"><pane ");
        let pane = if frozen_columns > 0 {
            head.push_str(&format!("xSplit=\"{frozen_columns}\" "));
            "bottomRight"
        } else {
            "bottomLeft"
        };
        head.push_str(&format!(
            "ySplit=\"1\" topLeftCell=\"{top_left}\" activePane=\"{pane}\" state=\"frozen\"/>\
             <selection pane=\"{pane}\"/></sheetView></sheetViews>"
        ));
        if let Some(w) = width {
            head.push_str(&format!(
                "<cols><col min=\"1\" max=\"{}\" width=\"{w}\" customWidth=\"1\"/></cols>",
                header.len().max(1)
            ));
        }
        head.push_str("<sheetData>");
        self.zip.write_all(head.as_bytes()).map_err(err)?;
        self.open = true;
        self.row = 0;
        self.write(header, true)
    }

    /// Writes one row of the current sheet (see [`Workbook::full`]).
    pub fn row(&mut self, cells: &[Cell]) -> Result<(), Error> {
        self.write(cells, false)
    }

    fn write(&mut self, cells: &[Cell], bold: bool) -> Result<(), Error> {
        self.row += 1;
        let r = self.row;
        let mut x = format!("<row r=\"{r}\">");
        for (i, c) in cells.iter().enumerate() {
            let text = match c {
                Cell::Text(s) if s.is_empty() => continue,
                Cell::Text(s) => Some(s),
                _ => None,
            };
            x.push_str("<c r=\"");
            column(i, &mut x);
            x.push_str(&r.to_string());
            x.push('"');
            if bold {
                x.push_str(" s=\"1\"");
            }
            match (c, text) {
                (_, Some(s)) => {
                    x.push_str(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
                    escape(s, &mut x);
                    x.push_str("</t></is></c>");
                }
                // Excel keeps numbers as binary floating point, as the
                // command line's workbook writes them.
                (Cell::Wan(d), None) => {
                    let f = rust_decimal::prelude::ToPrimitive::to_f64(d).unwrap_or(0.0);
                    x.push_str(&format!("><v>{f}</v></c>"));
                }
                (Cell::Count(n), None) => x.push_str(&format!("><v>{n}</v></c>")),
                (Cell::Text(_), None) => {}
            }
        }
        x.push_str("</row>");
        self.zip.write_all(x.as_bytes()).map_err(err)
    }

    /// Whether the current sheet has Excel's last row.
    pub fn full(&self) -> bool {
        self.row > ROWS_PER_SHEET
    }

    /// Writes the workbook's list of sheets and closes the file.
    pub fn finish(mut self) -> Result<W, Error> {
        self.close_sheet()?;
        let mut book = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
             <workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" \
             xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>",
        );
        let mut rels = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
             <Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
        );
        for (i, name) in self.sheets.iter().enumerate() {
            let k = i + 1;
            book.push_str("<sheet name=\"");
            escape(name, &mut book);
            book.push_str(&format!("\" sheetId=\"{k}\" r:id=\"rId{k}\"/>"));
            rels.push_str(&format!(
                "<Relationship Id=\"rId{k}\" Type=\"{REL}/worksheet\" Target=\"worksheets/sheet{k}.xml\"/>"
            ));
        }
        book.push_str("</sheets></workbook>");
        rels.push_str(&format!(
            "<Relationship Id=\"rId{}\" Type=\"{REL}/styles\" Target=\"styles.xml\"/></Relationships>",
            self.sheets.len() + 1
        ));
        for (path, text) in [
            ("xl/workbook.xml", book),
            ("xl/_rels/workbook.xml.rels", rels),
        ] {
            self.zip.start_file(path, Self::options()).map_err(err)?;
            self.zip.write_all(text.as_bytes()).map_err(err)?;
        }
        self.zip.finish().map_err(err)
    }
}

const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// Every `.xml` part is a worksheet unless named otherwise.
const CONTENT_TYPES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>\
<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>\
<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>\
</Types>";

const ROOT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>\
</Relationships>";

/// Style 0 plain, style 1 bold (the header rows).
const STYLES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\
<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>\
<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>\
<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>\
<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>\
<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>\
<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>\
<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>\
</styleSheet>";

#[cfg(test)]
mod tests {
    use super::{column, escape};

    #[test]
    fn column_letters_and_escaped_text() {
        let letters = |i| {
            let mut s = String::new();
            column(i, &mut s);
            s
        };
        assert_eq!(
            [0, 1, 25, 26, 27, 51, 52, 701, 702].map(letters),
            ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]
        );
        let mut s = String::new();
        escape("R&D <研发> \"x\"\u{1}\tend", &mut s);
        assert_eq!(s, "R&amp;D &lt;研发&gt; &quot;x&quot;\tend");
    }
}

//! A small JSON reader and writer for the autosave record (`stored.rs`),
//! the one JSON the first module reads and writes. The engine's serde
//! reader (serde_json with path tracking, monomorphised over every answers
//! type) stays in the on-demand module, which turns files, links and older
//! autosaves into records; this keeps about 30 KB gzipped out of the first
//! load.
//!
//! Whole numbers only: a record holds no other (a fraction or a sign reads
//! as a number that [`Json::as_u32`] refuses).

/// A JSON value. Objects keep their entries in order, as written.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A number: `Some` for a whole number that fits a `u64`.
    Number(Option<u64>),
    Str(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// Deepest nesting read: a record is four levels deep; a deeper text is
/// not one, and refusing it keeps the reader's recursion bounded.
const MAX_DEPTH: usize = 32;

impl Json {
    /// Reads `text` (surrounding whitespace allowed); `None` when it is not
    /// one whole JSON value.
    pub fn parse(text: &str) -> Option<Json> {
        let mut reader = Reader {
            bytes: text.as_bytes(),
            at: 0,
        };
        let value = reader.value(0)?;
        reader.space();
        (reader.at == reader.bytes.len()).then_some(value)
    }

    /// The value of `key` in an object.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(n) => *n,
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&[(String, Json)]> {
        match self {
            Json::Object(entries) => Some(entries),
            _ => None,
        }
    }

    /// The value as JSON text, on one line.
    pub fn write(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            // Only reading makes a number that is not whole: it is not kept.
            Json::Number(n) => match n {
                Some(n) => out.push_str(&n.to_string()),
                None => out.push_str("null"),
            },
            Json::Str(s) => write_str(s, out),
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Json::Object(entries) => {
                out.push('{');
                for (i, (key, value)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_str(key, out);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }
}

impl From<&str> for Json {
    fn from(s: &str) -> Json {
        Json::Str(s.to_string())
    }
}

impl From<u32> for Json {
    fn from(n: u32) -> Json {
        Json::Number(Some(n.into()))
    }
}

impl From<usize> for Json {
    fn from(n: usize) -> Json {
        Json::Number(u64::try_from(n).ok())
    }
}

impl FromIterator<Json> for Json {
    fn from_iter<I: IntoIterator<Item = Json>>(items: I) -> Json {
        Json::Array(items.into_iter().collect())
    }
}

/// `s` as a JSON string: quotes, backslashes and control characters
/// escaped, everything else as it is (UTF-8).
fn write_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                out.push_str("\\u00");
                out.push(hex_digit(c as u32 >> 4));
                out.push(hex_digit(c as u32 & 0xf));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn hex_digit(n: u32) -> char {
    char::from_digit(n, 16).unwrap_or('0')
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Takes `word` if the text goes on with it.
    fn word(&mut self, word: &str) -> Option<()> {
        let end = self.at + word.len();
        (self.bytes.get(self.at..end) == Some(word.as_bytes())).then(|| self.at = end)
    }

    fn value(&mut self, depth: usize) -> Option<Json> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.space();
        match self.peek()? {
            b'n' => self.word("null").map(|_| Json::Null),
            b't' => self.word("true").map(|_| Json::Bool(true)),
            b'f' => self.word("false").map(|_| Json::Bool(false)),
            b'"' => self.string().map(Json::Str),
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                self.space();
                if self.peek() == Some(b']') {
                    self.at += 1;
                    return Some(Json::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.space();
                    match self.peek()? {
                        b',' => self.at += 1,
                        b']' => {
                            self.at += 1;
                            return Some(Json::Array(items));
                        }
                        _ => return None,
                    }
                }
            }
            b'{' => {
                self.at += 1;
                let mut entries = Vec::new();
                self.space();
                if self.peek() == Some(b'}') {
                    self.at += 1;
                    return Some(Json::Object(entries));
                }
                loop {
                    self.space();
                    if self.peek() != Some(b'"') {
                        return None;
                    }
                    let key = self.string()?;
                    self.space();
                    self.word(":")?;
                    entries.push((key, self.value(depth + 1)?));
                    self.space();
                    match self.peek()? {
                        b',' => self.at += 1,
                        b'}' => {
                            self.at += 1;
                            return Some(Json::Object(entries));
                        }
                        _ => return None,
                    }
                }
            }
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        }
    }

    /// A number as JSON spells it; kept only when it is a whole `u64`.
    fn number(&mut self) -> Option<Json> {
        let start = self.at;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let digits = self.digits();
        // No leading zero before other digits ("01").
        if digits == 0 || (digits > 1 && self.bytes[self.at - digits] == b'0') {
            return None;
        }
        let whole = &self.bytes[start..self.at];
        let mut exact = !negative;
        if self.peek() == Some(b'.') {
            self.at += 1;
            if self.digits() == 0 {
                return None;
            }
            exact = false;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return None;
            }
            exact = false;
        }
        let value = exact
            .then(|| std::str::from_utf8(whole).ok()?.parse().ok())
            .flatten();
        Some(Json::Number(value))
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        self.at - start
    }

    fn string(&mut self) -> Option<String> {
        self.at += 1; // the opening quote
        let mut out = String::new();
        loop {
            // Copies the run up to the next quote, backslash or control
            // character whole: the text is UTF-8 and those are ASCII.
            let start = self.at;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            out.push_str(std::str::from_utf8(&self.bytes[start..self.at]).ok()?);
            match self.peek()? {
                b'"' => {
                    self.at += 1;
                    return Some(out);
                }
                b'\\' => {
                    self.at += 1;
                    let escaped = self.peek()?;
                    self.at += 1;
                    out.push(match escaped {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.escaped_char()?,
                        _ => return None,
                    });
                }
                _ => return None,
            }
        }
    }

    /// The character of a `\u` escape (after the `u`), joining a surrogate
    /// pair; a lone surrogate does not read.
    fn escaped_char(&mut self) -> Option<char> {
        let first = self.hex4()?;
        if !(0xD800..0xE000).contains(&first) {
            return char::from_u32(first);
        }
        if first >= 0xDC00 {
            return None;
        }
        self.word("\\u")?;
        let second = self.hex4()?;
        if !(0xDC00..0xE000).contains(&second) {
            return None;
        }
        char::from_u32(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.bytes.get(self.at..self.at + 4)?;
        let mut n = 0;
        for d in digits {
            n = n * 16 + char::from(*d).to_digit(16)?;
        }
        self.at += 4;
        Some(n)
    }
}

#[cfg(test)]
mod tests {
    use super::Json;

    fn round_trip(value: &Json) -> Option<Json> {
        let mut text = String::new();
        value.write(&mut text);
        Json::parse(&text)
    }

    #[test]
    fn reads_what_serde_json_reads() {
        let text = r#" { "a": [1, 2.5, -3, 1e3, true, false, null, {}],
            "b": "引号\" 反斜杠\\ \n\t\u00e9\ud83d\ude00\/",
            "c": { "d": [] }, "e": 18446744073709551615, "f": 18446744073709551616 } "#;
        let ours = Json::parse(text).expect("reads");
        let theirs: serde_json::Value = serde_json::from_str(text).unwrap();
        assert_eq!(ours.get("b").and_then(Json::as_str), theirs["b"].as_str());
        let a = ours.get("a").and_then(Json::as_array).unwrap();
        assert_eq!(a.len(), 8);
        assert_eq!(a[0].as_u64(), Some(1));
        assert_eq!(a[1], Json::Number(None));
        assert_eq!(a[2], Json::Number(None));
        assert_eq!(a[3], Json::Number(None));
        assert_eq!(a[4].as_bool(), Some(true));
        assert_eq!(a[6], Json::Null);
        assert_eq!(ours.get("e").and_then(Json::as_u64), Some(u64::MAX));
        assert_eq!(ours.get("f"), Some(&Json::Number(None)));
        let c = ours.get("c").unwrap();
        assert_eq!(round_trip(c), Some(c.clone()));
    }

    #[test]
    fn what_it_writes_serde_json_reads_back() {
        let value = Json::Object(vec![
            ("text".into(), "控制\u{1}字符 \"引号\" \\ 换行\n".into()),
            ("n".into(), 7u32.into()),
            (
                "list".into(),
                [Json::Null, Json::Bool(false)].into_iter().collect(),
            ),
        ]);
        let mut text = String::new();
        value.write(&mut text);
        let theirs: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(theirs["text"], "控制\u{1}字符 \"引号\" \\ 换行\n");
        assert_eq!(theirs["n"], 7);
        assert_eq!(round_trip(&value), Some(value));
    }

    #[test]
    fn refuses_what_is_not_json() {
        for bad in [
            "",
            "{",
            "[1,]",
            "{\"a\" 1}",
            "{\"a\":1,}",
            "tru",
            "01",
            "1.",
            "-",
            "\"open",
            "\"\\x\"",
            "\"\\ud800\"",
            "\"\\udc00x\"",
            "\"tab\there\"",
            "1 2",
            "{a:1}",
        ] {
            assert_eq!(Json::parse(bad), None, "{bad:?}");
            assert!(
                serde_json::from_str::<serde_json::Value>(bad).is_err(),
                "{bad:?}"
            );
        }
        // Too deep for a record: refused without exhausting the stack.
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert_eq!(Json::parse(&deep), None);
    }
}

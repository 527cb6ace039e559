//! Moving answers in and out of the tool with no server: the answers file,
//! the summary JSON (read back for its answers), and the share link.
//!
//! Schema version 2 carries the answers and up to three named scenarios
//! ([`crate::scenario`]); [`migrate`] brings version 1 files and links (the
//! answers alone) up to it, so they keep opening as they did.
//!
//! Everything here is total: any byte string given to [`import`] or
//! [`decode_link`] yields answers or an [`ImportError`], never a panic, and
//! never a partial result, so the caller can keep what it had on error.

use crate::answers::{validate, Answers, FieldError, ANSWERS_SCHEMA_VERSION};
use crate::scenario::{check_name, NameFault, Scenario, MAX_SCENARIOS};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde::Serialize;
use serde_json::{Map, Value};

/// The `format` tag of an answers file.
pub const ANSWERS_FORMAT: &str = "fusion-check/answers";
/// The `format` tag of the summary JSON (answers + assessment).
pub const SUMMARY_FORMAT: &str = "fusion-check/summary";
/// Largest file accepted. Real answers are a few KB; refusing early keeps a
/// 10 MB file of garbage from freezing the page.
pub const MAX_IMPORT_BYTES: usize = 1 << 20;
/// The share-link payload's version prefix this tool writes: schema
/// version 2. A future encoding gets a new prefix; old links keep decoding.
pub const LINK_PREFIX: &str = "a2.";
/// Every link prefix read, with the schema version its payload has.
const LINK_VERSIONS: [(&str, u64); 2] = [("a1.", 1), (LINK_PREFIX, 2)];
/// Largest link payload accepted (characters after the prefix).
pub const MAX_LINK_CHARS: usize = 32 * 1024;

/// Why an import or a link was refused. The answers already in the tool are
/// untouched in every case.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    /// Nothing in the file or link.
    Empty,
    /// Larger than [`MAX_IMPORT_BYTES`] / [`MAX_LINK_CHARS`].
    TooLarge { bytes: usize, limit: usize },
    /// Not JSON at all (position of the first fault, 1-based).
    NotJson { line: usize, column: usize },
    /// JSON, but not a file this tool wrote. What the file calls its
    /// format is not kept: messages never repeat the payload's words.
    UnknownFormat,
    /// Written by a newer version of the tool.
    NewerVersion {
        format: &'static str,
        found: u64,
        supported: u32,
    },
    /// A `schema_version` that is not a positive whole number.
    BadVersion,
    /// Our format, but a field has the wrong type or an unknown value.
    /// `path` names the field with this tool's own field names only
    /// (`recognitions[0].kind`); an unknown field's name is left out.
    WrongShape {
        /// The field, in this tool's names ("" for the whole answers).
        path: String,
        /// What is wrong with it.
        fault: ShapeFault,
        /// The JSON reader's own words, which may quote the payload: for
        /// the CLI, whose user wrote the file; never shown in the browser.
        detail: String,
    },
    /// Well formed, but values fail the checks (negative revenue, ...).
    InvalidValues(Vec<FieldError>),
    /// A share link that is not one of ours (no `a1.`/`a2.` payload).
    NotALink,
    /// A share link whose payload was cut or altered.
    CorruptLink,
    /// More scenarios than [`MAX_SCENARIOS`].
    TooManyScenarios { found: usize, limit: usize },
    /// A scenario (counted from 0) whose name is empty or too long.
    ScenarioName { index: usize, fault: NameFault },
    /// A scenario (counted from 0) whose answers are refused; `error` says
    /// why (their shape or their values).
    InScenario {
        index: usize,
        error: Box<ImportError>,
    },
}

/// What is wrong with a field of the right format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShapeFault {
    /// A field this tool does not know.
    UnknownField,
    /// A value that is not one of the field's choices.
    UnknownValue,
    /// A value of the wrong type (text for a number, ...).
    WrongType,
    /// A required field is missing.
    Missing,
    /// Anything else the reader refused.
    Other,
}

impl ShapeFault {
    /// Classifies serde's message, whose first words name the kind of fault.
    fn of(message: &str) -> ShapeFault {
        if message.starts_with("unknown field") {
            ShapeFault::UnknownField
        } else if message.starts_with("unknown variant") {
            ShapeFault::UnknownValue
        } else if message.starts_with("invalid type") || message.starts_with("invalid value") {
            ShapeFault::WrongType
        } else if message.starts_with("missing field") {
            ShapeFault::Missing
        } else {
            ShapeFault::Other
        }
    }
}

/// The JSON reader's message cut to `max` characters (it can quote a whole
/// string value of the payload).
pub fn shorten(message: &str, max: usize) -> String {
    match message.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &message[..cut]),
        None => message.to_string(),
    }
}

/// The path of a refused field in this tool's own words: struct fields
/// that were read (so are ours), list positions and year keys. An unknown
/// field's name (the last segment of its path) comes from the payload and
/// is left out, as is any segment that is not plainly one of ours.
fn own_path(path: &serde_path_to_error::Path, fault: ShapeFault) -> String {
    use serde_path_to_error::Segment;
    let segments: Vec<&Segment> = path.iter().collect();
    let keep = match fault {
        ShapeFault::UnknownField => segments.len().saturating_sub(1),
        _ => segments.len(),
    };
    let mut out = String::new();
    for segment in &segments[..keep] {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                let ours = !key.is_empty()
                    && key.len() <= 40
                    && key
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(if ours { key } else { "?" });
            }
            Segment::Unknown => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push('?');
            }
        }
    }
    out
}

/// What kind of document an import came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// An answers file ([`ANSWERS_FORMAT`]).
    AnswersFile,
    /// A downloaded summary ([`SUMMARY_FORMAT`]); its assessment is ignored
    /// and recomputed, so an edited summary cannot smuggle in results.
    Summary,
    /// A bare answers object, as `docs/ANSWERS.md` documents and `assess` reads.
    BareAnswers,
    /// A share link.
    Link,
}

/// Answers read from a file or link, with their scenarios (none from a
/// version 1 document or bare answers) and where they came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub answers: Answers,
    pub scenarios: Vec<Scenario>,
    pub source: Source,
}

#[derive(Serialize)]
struct AnswersFileOut<'a> {
    format: &'static str,
    schema_version: u32,
    answers: &'a Answers,
    #[serde(skip_serializing_if = "<[Scenario]>::is_empty")]
    scenarios: &'a [Scenario],
}

/// The answers file: pretty JSON with format tag and schema version, the
/// answers and the scenarios (left out when there are none).
pub fn answers_file(answers: &Answers, scenarios: &[Scenario]) -> String {
    let file = AnswersFileOut {
        format: ANSWERS_FORMAT,
        schema_version: ANSWERS_SCHEMA_VERSION,
        answers,
        scenarios,
    };
    // Serializing plain data into a String cannot fail.
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// What an [`import`] of a file or link made from `answers` and `scenarios`
/// would refuse for its values: the first set of answers the engine's
/// checks ([`validate`]) flag, by name (`None`: the main answers; else the
/// scenario's), with the problems. `None`: it reads back. So the app never
/// makes a file or link its own import refuses.
pub fn unreadable<'a>(
    answers: &Answers,
    scenarios: &'a [Scenario],
) -> Option<(Option<&'a str>, Vec<FieldError>)> {
    std::iter::once((None, answers))
        .chain(
            scenarios
                .iter()
                .map(|s| (Some(s.name.as_str()), &s.answers)),
        )
        .map(|(name, answers)| (name, validate(answers)))
        .find(|(_, problems)| !problems.is_empty())
}

/// Reads an answers file, a summary JSON or bare answers.
pub fn import(text: &str) -> Result<Imported, ImportError> {
    import_with(text, Checks::Apply)
}

/// Like [`import`], but keeps values that the engine's own checks
/// ([`validate`]) flag, such as a recognition whose level is still to be
/// chosen or value added beside zero employees. For the tool's own autosave:
/// the form shows those checks beside the fields while the user is typing,
/// so a reload must bring them back rather than lose the answers. Files
/// and links from elsewhere go through [`import`].
pub fn import_unchecked(text: &str) -> Result<Imported, ImportError> {
    import_with(text, Checks::Skip)
}

/// Whether [`validate`] may refuse the answers read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Checks {
    Apply,
    Skip,
}

fn import_with(text: &str, checks: Checks) -> Result<Imported, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge {
            bytes: text.len(),
            limit: MAX_IMPORT_BYTES,
        });
    }
    let text = text.trim_start_matches('\u{feff}').trim();
    if text.is_empty() {
        return Err(ImportError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| ImportError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    let Value::Object(object) = value else {
        return Err(ImportError::UnknownFormat);
    };
    let (source, body) = match object.get("format") {
        None => (
            Source::BareAnswers,
            migrate(1, Carrier::Link, Value::Object(object))?,
        ),
        Some(Value::String(format)) => {
            let (source, format) = match format.as_str() {
                ANSWERS_FORMAT => (Source::AnswersFile, ANSWERS_FORMAT),
                SUMMARY_FORMAT => (Source::Summary, SUMMARY_FORMAT),
                _ => return Err(ImportError::UnknownFormat),
            };
            let version = match object.get("schema_version") {
                Some(Value::Number(n)) => n
                    .as_u64()
                    .filter(|&v| v > 0)
                    .ok_or(ImportError::BadVersion)?,
                _ => return Err(ImportError::BadVersion),
            };
            if version > u64::from(ANSWERS_SCHEMA_VERSION) {
                return Err(ImportError::NewerVersion {
                    format,
                    found: version,
                    supported: ANSWERS_SCHEMA_VERSION,
                });
            }
            (
                source,
                migrate(version, Carrier::File, Value::Object(object))?,
            )
        }
        Some(_) => return Err(ImportError::UnknownFormat),
    };
    let (answers, scenarios) = read_body(body, checks)?;
    Ok(Imported {
        answers,
        scenarios,
        source,
    })
}

/// What carried a document to [`migrate`]: files and links of one version
/// hold the same content in different wrappings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Carrier {
    /// An answers file or a summary: the content beside `format` and
    /// `schema_version` (other members, such as a summary's assessment, are
    /// not read).
    File,
    /// A share link's JSON (and bare answers, which version 1 links were).
    Link,
}

/// Brings a document written under schema `version` (1 or 2; newer ones
/// are refused before) up to the current version's content:
/// `{"answers": {..}, "scenarios": [..]}`, `scenarios` absent when none.
///
/// Version 1 held the answers alone: a file as its `answers` member, a link
/// as the bare answers object. Neither had scenarios, so a version 1
/// document yields none (a `scenarios` member in one is not read). Version
/// 2 links carry exactly the content; any other member is refused.
pub fn migrate(
    version: u64,
    carrier: Carrier,
    document: Value,
) -> Result<Map<String, Value>, ImportError> {
    let mut content = Map::new();
    match (version, carrier, document) {
        (1, Carrier::Link, answers) => {
            content.insert("answers".into(), answers);
        }
        (_, Carrier::Link, Value::Object(object)) => {
            if object.keys().any(|k| k != "answers" && k != "scenarios") {
                return Err(ImportError::WrongShape {
                    path: String::new(),
                    fault: ShapeFault::UnknownField,
                    detail: "unknown field beside `answers` and `scenarios`".into(),
                });
            }
            content = object;
        }
        (_, Carrier::Link, _) => return Err(not_an_object("")),
        (version, Carrier::File, Value::Object(mut object)) => {
            let members: &[&str] = if version == 1 {
                &["answers"]
            } else {
                &["answers", "scenarios"]
            };
            for member in members {
                if let Some(v) = object.remove(*member) {
                    content.insert((*member).into(), v);
                }
            }
        }
        (_, Carrier::File, _) => return Err(not_an_object("")),
    }
    Ok(content)
}

fn not_an_object(path: &str) -> ImportError {
    ImportError::WrongShape {
        path: path.into(),
        fault: ShapeFault::WrongType,
        detail: "expected a JSON object".into(),
    }
}

fn missing(path: String) -> ImportError {
    let detail = format!("missing field `{path}`");
    ImportError::WrongShape {
        path,
        fault: ShapeFault::Missing,
        detail,
    }
}

/// Reads the current version's content ([`migrate`]): the answers and
/// each scenario, checked alike.
fn read_body(
    mut body: Map<String, Value>,
    checks: Checks,
) -> Result<(Answers, Vec<Scenario>), ImportError> {
    let answers = body
        .remove("answers")
        .ok_or_else(|| missing("answers".into()))?;
    let answers = answers_from_value(answers, checks)?;
    let listed = match body.remove("scenarios") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(list)) => list,
        Some(_) => {
            return Err(ImportError::WrongShape {
                path: "scenarios".into(),
                fault: ShapeFault::WrongType,
                detail: "expected a list".into(),
            })
        }
    };
    if listed.len() > MAX_SCENARIOS {
        return Err(ImportError::TooManyScenarios {
            found: listed.len(),
            limit: MAX_SCENARIOS,
        });
    }
    let scenarios = listed
        .into_iter()
        .enumerate()
        .map(|(index, v)| read_scenario(index, v, checks))
        .collect::<Result<_, _>>()?;
    Ok((answers, scenarios))
}

fn read_scenario(index: usize, value: Value, checks: Checks) -> Result<Scenario, ImportError> {
    let path = format!("scenarios[{index}]");
    let Value::Object(mut object) = value else {
        return Err(not_an_object(&path));
    };
    if object.keys().any(|k| k != "name" && k != "answers") {
        return Err(ImportError::WrongShape {
            path,
            fault: ShapeFault::UnknownField,
            detail: "unknown field beside `name` and `answers`".into(),
        });
    }
    let name = match object.remove("name") {
        Some(Value::String(name)) => name,
        Some(_) => {
            return Err(ImportError::WrongShape {
                path: format!("{path}.name"),
                fault: ShapeFault::WrongType,
                detail: "expected a string".into(),
            })
        }
        None => return Err(missing(format!("{path}.name"))),
    };
    check_name(&name).map_err(|fault| ImportError::ScenarioName { index, fault })?;
    let answers = object
        .remove("answers")
        .ok_or_else(|| missing(format!("{path}.answers")))?;
    let answers = answers_from_value(answers, checks).map_err(|e| ImportError::InScenario {
        index,
        error: Box::new(e),
    })?;
    Ok(Scenario {
        name: name.trim().to_string(),
        answers,
    })
}

fn answers_from_value(value: Value, checks: Checks) -> Result<Answers, ImportError> {
    // serde would read a struct from an array by position; answers are
    // always an object, so anything else is refused here.
    if !value.is_object() {
        return Err(ImportError::WrongShape {
            path: "answers".into(),
            fault: ShapeFault::WrongType,
            detail: "expected a JSON object".into(),
        });
    }
    let answers: Answers = serde_path_to_error::deserialize(value).map_err(|e| {
        let detail = e.inner().to_string();
        let fault = ShapeFault::of(&detail);
        ImportError::WrongShape {
            path: own_path(e.path(), fault),
            fault,
            detail: shorten(&detail, 200),
        }
    })?;
    let problems = match checks {
        Checks::Apply => validate(&answers),
        Checks::Skip => Vec::new(),
    };
    if problems.is_empty() {
        Ok(answers)
    } else {
        Err(ImportError::InvalidValues(problems))
    }
}

#[derive(Serialize)]
struct LinkBody<'a> {
    answers: &'a Answers,
    #[serde(skip_serializing_if = "<[Scenario]>::is_empty")]
    scenarios: &'a [Scenario],
}

/// The share-link payload for the URL fragment: `a2.` + base64url of the
/// zlib-compressed compact JSON of the answers and the scenarios. Goes
/// after `#`, which browsers never send.
pub fn encode_link(answers: &Answers, scenarios: &[Scenario]) -> String {
    let json = serde_json::to_vec(&LinkBody { answers, scenarios }).unwrap_or_default();
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(&json, 9);
    format!("{LINK_PREFIX}{}", URL_SAFE_NO_PAD.encode(packed))
}

/// Whether a fragment (without its `#`) is one of this tool's share links,
/// of any version: a host page's own `#section` is not.
pub fn is_link(fragment: &str) -> bool {
    LINK_VERSIONS.iter().any(|(p, _)| fragment.starts_with(p))
}

/// Reads a share link's fragment (with or without the leading `#`), or a
/// whole URL containing one: [`unpack_link`], then [`read_link_json`].
pub fn decode_link(fragment: &str) -> Result<Imported, ImportError> {
    read_link_json(&unpack_link(fragment)?)
}

/// The first half of [`decode_link`]: the content a link carries, out of
/// its base64 and zlib and brought to the current version ([`migrate`]),
/// as compact JSON. Split off so the app can run the decompression in its
/// on-demand module and the reading in the first one.
pub fn unpack_link(fragment: &str) -> Result<String, ImportError> {
    let fragment = fragment.trim();
    let fragment = fragment.rsplit_once('#').map_or(fragment, |(_, f)| f);
    if fragment.is_empty() {
        return Err(ImportError::Empty);
    }
    let (payload, version) = LINK_VERSIONS
        .iter()
        .find_map(|(prefix, version)| fragment.strip_prefix(prefix).map(|p| (p, *version)))
        .ok_or(ImportError::NotALink)?;
    if payload.len() > MAX_LINK_CHARS {
        return Err(ImportError::TooLarge {
            bytes: payload.len(),
            limit: MAX_LINK_CHARS,
        });
    }
    let packed = URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|_| ImportError::CorruptLink)?;
    // The zlib trailer's checksum catches cut or altered links; the limit
    // stops a tiny link from inflating into gigabytes.
    let json = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&packed, MAX_IMPORT_BYTES)
        .map_err(|_| ImportError::CorruptLink)?;
    let value: Value = serde_json::from_slice(&json).map_err(|_| ImportError::CorruptLink)?;
    let content = migrate(version, Carrier::Link, value)?;
    Ok(Value::Object(content).to_string())
}

/// The second half of [`decode_link`]: the answers and scenarios in a
/// link's content, with the engine's checks applied (a link may come from
/// anywhere).
pub fn read_link_json(json: &str) -> Result<Imported, ImportError> {
    let value: Value = serde_json::from_str(json).map_err(|_| ImportError::CorruptLink)?;
    let Value::Object(content) = value else {
        return Err(ImportError::CorruptLink);
    };
    let (answers, scenarios) = read_body(content, Checks::Apply)?;
    Ok(Imported {
        answers,
        scenarios,
        source: Source::Link,
    })
}

/// A short fingerprint of the answers (FNV-1a, 64 bits, over the compact
/// JSON), printed in the summary so a reader can tell two summaries of the
/// same answers apart from edited ones. Not a security measure.
pub fn answers_fingerprint(answers: &Answers) -> String {
    let json = serde_json::to_vec(answers).unwrap_or_default();
    let hash = json.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("fnv1a64:{hash:016x}")
}

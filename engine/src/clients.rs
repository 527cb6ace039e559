//! The client list file: several enterprises' saved answers under the names
//! a consultant gave them, in one JSON file (and, in the same format, in the
//! browser's storage). Each client's `record` is what the app's autosave
//! keeps for one enterprise; the engine checks the envelope (format,
//! version, names, size) and leaves the record to the app, which reads it
//! with the same code as its autosave.
//!
//! Like [`crate::transfer`], reading is total: any text yields the clients
//! or a [`ClientsError`], never a panic and never part of a list, so the
//! caller keeps what it had on error.

use serde_json::{Map, Value};

/// The `format` tag of a client list file.
pub const CLIENTS_FORMAT: &str = "fusion-check/clients";
/// The version this build writes; a larger one is a newer tool's.
pub const CLIENTS_VERSION: u64 = 1;
/// Largest file accepted: a client's record is a few KB and browsers keep
/// about 5 MB per site, so a real list stays well under this.
pub const MAX_CLIENTS_BYTES: usize = 4 << 20;
/// Most clients in one list.
pub const MAX_CLIENTS: usize = 500;
/// Longest client name, in characters.
pub const MAX_NAME_CHARS: usize = 80;

/// One enterprise saved by name.
#[derive(Debug, Clone, PartialEq)]
pub struct Client {
    /// The name the list shows, as [`clean_name`] leaves it.
    pub name: String,
    /// The app's saved record for this enterprise (a JSON object).
    pub record: Value,
}

/// Why a client list file was refused. The list already kept is untouched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClientsError {
    /// Nothing in the file.
    Empty,
    /// The browser could not read the file at all.
    Unreadable,
    /// Larger than [`MAX_CLIENTS_BYTES`].
    TooLarge { bytes: usize, limit: usize },
    /// Not JSON at all (position of the first fault, 1-based).
    NotJson { line: usize, column: usize },
    /// JSON, but not a client list this tool wrote (an answers file, say).
    UnknownFormat,
    /// Written by a newer version of the tool.
    NewerVersion { found: u64, supported: u64 },
    /// A `version` that is not a positive whole number.
    BadVersion,
    /// No list of clients where the file should hold one.
    NoList,
    /// More clients than [`MAX_CLIENTS`] (in the file, or with the list
    /// already kept).
    TooMany { count: usize, limit: usize },
    /// The client at this position (0-based) is not a name and a record.
    BadEntry { index: usize },
    /// The client at this position has an empty or too long name.
    BadName { index: usize },
    /// The client at this position repeats an earlier client's name.
    DuplicateName { index: usize },
    /// The app could not read the record of the client at this position
    /// (damaged, or written by a newer version).
    BadRecord { index: usize },
}

/// `name` with its whitespace trimmed and runs of it made one space, if
/// anything is left and it is not longer than [`MAX_NAME_CHARS`].
pub fn clean_name(name: &str) -> Option<String> {
    let cleaned = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let n = cleaned.chars().count();
    (n > 0 && n <= MAX_NAME_CHARS).then_some(cleaned)
}

/// `wanted`, or, when `taken` says a client has that name, the first of
/// "wanted (2)", "wanted (3)"... that is free (cut so it stays a valid name).
pub fn free_name(wanted: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(wanted) {
        return wanted.to_string();
    }
    (2..)
        .map(|n| {
            let tag = format!(" ({n})");
            let room = MAX_NAME_CHARS - tag.chars().count();
            let stem: String = wanted.chars().take(room).collect();
            format!("{}{tag}", stem.trim_end())
        })
        .find(|name| !taken(name))
        .unwrap_or_default()
}

/// The client list file: pretty JSON with format tag and version.
pub fn clients_file(clients: &[Client]) -> String {
    let list = clients
        .iter()
        .map(|c| {
            let mut entry = Map::new();
            entry.insert("name".into(), Value::from(c.name.as_str()));
            entry.insert("record".into(), c.record.clone());
            Value::Object(entry)
        })
        .collect();
    let mut file = Map::new();
    file.insert("format".into(), CLIENTS_FORMAT.into());
    file.insert("version".into(), CLIENTS_VERSION.into());
    file.insert("clients".into(), Value::Array(list));
    serde_json::to_string_pretty(&Value::Object(file)).unwrap_or_default()
}

/// Reads a client list file: every client, or why none is taken.
pub fn read_clients(text: &str) -> Result<Vec<Client>, ClientsError> {
    if text.len() > MAX_CLIENTS_BYTES {
        return Err(ClientsError::TooLarge {
            bytes: text.len(),
            limit: MAX_CLIENTS_BYTES,
        });
    }
    let text = text.trim_start_matches('\u{feff}').trim();
    if text.is_empty() {
        return Err(ClientsError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| ClientsError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    let Value::Object(mut file) = value else {
        return Err(ClientsError::UnknownFormat);
    };
    if file.get("format").and_then(Value::as_str) != Some(CLIENTS_FORMAT) {
        return Err(ClientsError::UnknownFormat);
    }
    let version = file
        .get("version")
        .and_then(Value::as_u64)
        .filter(|v| *v > 0)
        .ok_or(ClientsError::BadVersion)?;
    if version > CLIENTS_VERSION {
        return Err(ClientsError::NewerVersion {
            found: version,
            supported: CLIENTS_VERSION,
        });
    }
    let Some(Value::Array(list)) = file.remove("clients") else {
        return Err(ClientsError::NoList);
    };
    if list.len() > MAX_CLIENTS {
        return Err(ClientsError::TooMany {
            count: list.len(),
            limit: MAX_CLIENTS,
        });
    }
    let mut clients: Vec<Client> = Vec::with_capacity(list.len());
    for (index, entry) in list.into_iter().enumerate() {
        let Value::Object(mut entry) = entry else {
            return Err(ClientsError::BadEntry { index });
        };
        let (Some(Value::String(name)), Some(record @ Value::Object(_))) =
            (entry.remove("name"), entry.remove("record"))
        else {
            return Err(ClientsError::BadEntry { index });
        };
        // A name is kept exactly as the list wrote it: one that cleaning
        // would change was not written by this tool.
        if clean_name(&name).as_deref() != Some(name.as_str()) {
            return Err(ClientsError::BadName { index });
        }
        if clients.iter().any(|c| c.name == name) {
            return Err(ClientsError::DuplicateName { index });
        }
        clients.push(Client { name, record });
    }
    Ok(clients)
}

/// `kept` with the clients of `incoming` added after it: a client already
/// kept under the same name with the same record is not added twice (a
/// file imported again changes nothing); one whose name is taken by other
/// answers comes in under a free name. Nothing kept is changed or lost.
/// Refused when the list would exceed [`MAX_CLIENTS`].
pub fn merge_clients(kept: &[Client], incoming: Vec<Client>) -> Result<Vec<Client>, ClientsError> {
    let mut out = kept.to_vec();
    for client in incoming {
        if out.contains(&client) {
            continue;
        }
        let name = free_name(&client.name, |n| out.iter().any(|c| c.name == n));
        out.push(Client { name, ..client });
    }
    if out.len() > MAX_CLIENTS {
        return Err(ClientsError::TooMany {
            count: out.len(),
            limit: MAX_CLIENTS,
        });
    }
    Ok(out)
}

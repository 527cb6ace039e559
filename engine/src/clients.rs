//! The client list: several enterprises' saved answers under the names a
//! consultant gave them. Two forms of one list:
//!
//! - the **file** ([`clients_file`], [`read_clients`]): versioned JSON, for
//!   export and import; written and read by the app's on-demand module;
//! - the **store** ([`write_store`], [`read_store`]): how the app keeps the
//!   list in the browser's storage, plain text split on control characters
//!   (which neither a name nor a JSON text can hold), so the first module
//!   keeps the list without a JSON reader.
//!
//! Each client's record is what the app's autosave keeps for one
//! enterprise; the engine checks the envelope (format, version, names,
//! size) and leaves the record to the app, which reads it with the same
//! code as its autosave.
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
/// anything is left, it is not longer than [`MAX_NAME_CHARS`] and it holds
/// no control character.
pub fn clean_name(name: &str) -> Option<String> {
    let cleaned = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let n = cleaned.chars().count();
    let plain = !cleaned.chars().any(char::is_control);
    (n > 0 && n <= MAX_NAME_CHARS && plain).then_some(cleaned)
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

/// One client as the app's store keeps it: its name and its record's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredClient {
    /// The name, as [`clean_name`] leaves it.
    pub name: String,
    /// The app's saved record (JSON text).
    pub record: String,
}

/// The first line of a store: its kind and version.
pub const STORE_HEADER: &str = "fusion-check/client-store 1";
/// Ends each client in a store.
const CLIENT_END: char = '\u{1e}';
/// Parts a client's name from its record in a store.
const NAME_END: char = '\u{1f}';

/// The store text of `clients`.
pub fn write_store(clients: &[StoredClient]) -> String {
    let mut out = format!("{STORE_HEADER}\n");
    for c in clients {
        out.push_str(&c.name);
        out.push(NAME_END);
        out.push_str(&c.record);
        out.push(CLIENT_END);
    }
    out
}

/// The clients of a store text; `None` when it is not one this version
/// wrote (then it must be left as it is).
pub fn read_store(text: &str) -> Option<Vec<StoredClient>> {
    let body = text.strip_prefix(STORE_HEADER)?.strip_prefix('\n')?;
    let body = match body {
        "" => return Some(Vec::new()),
        b => b.strip_suffix(CLIENT_END)?,
    };
    body.split(CLIENT_END)
        .map(|c| {
            let (name, record) = c.split_once(NAME_END)?;
            let name = clean_name(name).filter(|n| n == name)?;
            Some(StoredClient {
                name,
                record: record.to_string(),
            })
        })
        .collect()
}

/// The file for a store's clients (the export). A record that is not JSON
/// (which the app never writes) goes as `null`, and the file would then be
/// refused on import rather than read wrong.
pub fn store_to_file(store: &[StoredClient]) -> String {
    let clients: Vec<Client> = store
        .iter()
        .map(|c| Client {
            name: c.name.clone(),
            record: serde_json::from_str(&c.record).unwrap_or(Value::Null),
        })
        .collect();
    clients_file(&clients)
}

/// A file's clients as store entries (the import), or why it is refused.
pub fn file_to_store(text: &str) -> Result<Vec<StoredClient>, ClientsError> {
    Ok(read_clients(text)?
        .into_iter()
        .map(|c| StoredClient {
            name: c.name,
            record: c.record.to_string(),
        })
        .collect())
}

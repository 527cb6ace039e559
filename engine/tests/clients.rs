//! The client list file: round trips, merging, and every class of
//! malformed input refused in words, never a panic.

use fusion_engine::clients::*;
use fusion_engine::Lang;
use proptest::prelude::*;
use serde_json::{json, Value};

fn client(name: &str, n: u64) -> Client {
    Client {
        name: name.into(),
        record: json!({"format": "fusion-check/autosave", "version": 1, "draft": {"next_id": n}}),
    }
}

#[test]
fn a_list_round_trips_through_its_file() {
    let list = vec![
        client("嘉禾物流", 1),
        client("Acme (2)", 2),
        client("丙", 3),
    ];
    let text = clients_file(&list);
    assert!(text.contains(CLIENTS_FORMAT));
    assert_eq!(read_clients(&text), Ok(list));
    // An empty list is a list too.
    assert_eq!(read_clients(&clients_file(&[])), Ok(vec![]));
    // A byte-order mark and surrounding blanks (an editor's) are fine.
    let text = format!("\u{feff}\n{}\n", clients_file(&[client("甲", 1)]));
    assert_eq!(read_clients(&text), Ok(vec![client("甲", 1)]));
}

#[test]
fn malformed_files_are_refused_with_what_is_wrong() {
    let entry = |name: Value, record: Value| {
        json!({"format": CLIENTS_FORMAT, "version": 1, "clients": [{"name": name, "record": record}]})
            .to_string()
    };
    let rec = json!({"draft": {}});
    let two_same = json!({"format": CLIENTS_FORMAT, "version": 1,
        "clients": [{"name": "甲", "record": {}}, {"name": "甲", "record": {}}]})
    .to_string();
    let cases: Vec<(String, ClientsError)> = vec![
        ("".into(), ClientsError::Empty),
        ("  \n ".into(), ClientsError::Empty),
        (
            "{not json".into(),
            ClientsError::NotJson { line: 1, column: 2 },
        ),
        (
            "\u{0}\u{1}binary".into(),
            ClientsError::NotJson { line: 1, column: 1 },
        ),
        ("[1,2]".into(), ClientsError::UnknownFormat),
        (
            r#"{"format":"fusion-check/answers","schema_version":1,"answers":{}}"#.into(),
            ClientsError::UnknownFormat,
        ),
        (
            json!({"format": CLIENTS_FORMAT, "clients": []}).to_string(),
            ClientsError::BadVersion,
        ),
        (
            json!({"format": CLIENTS_FORMAT, "version": 0, "clients": []}).to_string(),
            ClientsError::BadVersion,
        ),
        (
            json!({"format": CLIENTS_FORMAT, "version": "1", "clients": []}).to_string(),
            ClientsError::BadVersion,
        ),
        (
            json!({"format": CLIENTS_FORMAT, "version": 7, "clients": []}).to_string(),
            ClientsError::NewerVersion {
                found: 7,
                supported: CLIENTS_VERSION,
            },
        ),
        (
            json!({"format": CLIENTS_FORMAT, "version": 1}).to_string(),
            ClientsError::NoList,
        ),
        (
            json!({"format": CLIENTS_FORMAT, "version": 1, "clients": {}}).to_string(),
            ClientsError::NoList,
        ),
        (
            json!({"format": CLIENTS_FORMAT, "version": 1, "clients": [3]}).to_string(),
            ClientsError::BadEntry { index: 0 },
        ),
        (
            entry(json!(5), rec.clone()),
            ClientsError::BadEntry { index: 0 },
        ),
        (
            entry(json!("甲"), json!("text")),
            ClientsError::BadEntry { index: 0 },
        ),
        (
            entry(json!(""), rec.clone()),
            ClientsError::BadName { index: 0 },
        ),
        (
            entry(json!(" 甲"), rec.clone()),
            ClientsError::BadName { index: 0 },
        ),
        (
            entry(json!("x".repeat(MAX_NAME_CHARS + 1)), rec.clone()),
            ClientsError::BadName { index: 0 },
        ),
        (two_same, ClientsError::DuplicateName { index: 1 }),
    ];
    for (text, want) in cases {
        assert_eq!(read_clients(&text), Err(want.clone()), "{text:?}");
        // Every refusal is worded in both languages and says nothing changed.
        for lang in [Lang::Zh, Lang::En] {
            let m = want.message(lang);
            assert!(m.len() > 20, "{m}");
            assert!(m.contains(lang.pick("未改变", "unchanged")), "{m}");
        }
    }
}

#[test]
fn oversize_and_overfull_files_are_refused_before_reading() {
    let huge = " ".repeat(MAX_CLIENTS_BYTES + 1);
    assert_eq!(
        read_clients(&huge),
        Err(ClientsError::TooLarge {
            bytes: MAX_CLIENTS_BYTES + 1,
            limit: MAX_CLIENTS_BYTES
        })
    );
    let many: Vec<Client> = (0..=MAX_CLIENTS)
        .map(|i| client(&format!("c{i}"), 0))
        .collect();
    assert_eq!(
        read_clients(&clients_file(&many)),
        Err(ClientsError::TooMany {
            count: MAX_CLIENTS + 1,
            limit: MAX_CLIENTS
        })
    );
    assert_eq!(
        read_clients(&clients_file(&many[..MAX_CLIENTS])).map(|l| l.len()),
        Ok(MAX_CLIENTS)
    );
}

#[test]
fn names_are_cleaned_and_freed() {
    assert_eq!(clean_name("  嘉禾   物流 \n"), Some("嘉禾 物流".into()));
    assert_eq!(clean_name(" \t "), None);
    assert_eq!(
        clean_name(&"名".repeat(MAX_NAME_CHARS)).map(|n| n.chars().count()),
        Some(MAX_NAME_CHARS)
    );
    assert_eq!(clean_name(&"名".repeat(MAX_NAME_CHARS + 1)), None);
    let taken = ["甲", "甲 (2)"];
    assert_eq!(free_name("乙", |n| taken.contains(&n)), "乙");
    assert_eq!(free_name("甲", |n| taken.contains(&n)), "甲 (3)");
    // A long name stays a valid name with its tag.
    let long = "名".repeat(MAX_NAME_CHARS);
    let freed = free_name(&long, |n| n == long);
    assert_eq!(clean_name(&freed).as_deref(), Some(freed.as_str()));
    assert!(freed.ends_with(" (2)"));
}

#[test]
fn the_store_keeps_names_and_records_verbatim() {
    let stored = |name: &str, record: &str| StoredClient {
        name: name.into(),
        record: record.into(),
    };
    let list = vec![
        stored("嘉禾 物流", "{\n  \"format\": \"fusion-check/autosave\",\n  \"draft\": {\"text\": {\"name\": \"a\\u001eb\"}}\n}"),
        stored("乙 (2)", "{}"),
    ];
    assert_eq!(read_store(&write_store(&list)), Some(list.clone()));
    assert_eq!(read_store(&write_store(&[])), Some(vec![]));
    // Anything else is not a store: left alone by the app.
    for text in [
        "",
        "{}",
        "fusion-check/client-store 2\n",
        "fusion-check/client-store 1\nname-without-record\u{1e}",
    ] {
        assert_eq!(read_store(text), None, "{text:?}");
    }
    let cut = write_store(&list);
    assert_eq!(read_store(&cut[..cut.len() - 1]), None);
    // Export and import through the file give the same clients back.
    let file = store_to_file(&list);
    let back = file_to_store(&file).unwrap();
    assert_eq!(
        back.iter().map(|c| &c.name).collect::<Vec<_>>(),
        ["嘉禾 物流", "乙 (2)"]
    );
    let value = |t: &str| serde_json::from_str::<Value>(t).unwrap();
    assert_eq!(value(&back[0].record), value(&list[0].record));
    assert_eq!(file_to_store("[]"), Err(ClientsError::UnknownFormat));
}

#[test]
fn names_with_control_characters_are_refused() {
    // They could not be told from the store's separators.
    for name in ["a\u{1e}b", "a\u{1f}", "\u{0}"] {
        assert_eq!(clean_name(name), None, "{name:?}");
    }
    let text = json!({"format": CLIENTS_FORMAT, "version": 1, "clients": [{"name": "a\u{1f}b", "record": {}}]}).to_string();
    assert_eq!(read_clients(&text), Err(ClientsError::BadName { index: 0 }));
}

proptest! {
    /// Any text at all is read or refused, never a panic; what is read
    /// writes back to the same list.
    #[test]
    fn any_text_reads_or_is_refused(text in ".{0,400}") {
        if let Ok(list) = read_clients(&text) {
            prop_assert_eq!(read_clients(&clients_file(&list)), Ok(list));
        }
    }

    /// Any list of valid, distinct names round trips.
    #[test]
    fn any_named_list_round_trips(names in proptest::collection::btree_set("[a-z甲乙丙]{1,12}( [0-9]{1,3})?", 0..8)) {
        let list: Vec<Client> = names.iter().enumerate().map(|(i, n)| client(n, i as u64)).collect();
        prop_assert_eq!(read_clients(&clients_file(&list)), Ok(list));
    }

    /// Bytes cut from a valid file: read or refused, never a panic.
    #[test]
    fn a_cut_file_is_refused_or_read(cut in 0usize..400) {
        let text = clients_file(&[client("甲", 1), client("乙", 2)]);
        let end = text.char_indices().map(|(i, _)| i).take_while(|i| *i <= cut).last().unwrap_or(0);
        let _ = read_clients(&text[..end]);
    }
}

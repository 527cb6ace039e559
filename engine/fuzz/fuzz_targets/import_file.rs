//! Any file a user can pick must import to answers and scenarios or an
//! error, never panic; and what was imported must survive export and
//! re-import unchanged.
#![no_main]

use fusion_engine::transfer::{answers_file, import};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(imported) = import(&text) {
        let file = answers_file(&imported.answers, &imported.scenarios);
        let again = import(&file).map(|i| (i.answers, i.scenarios));
        assert_eq!(again, Ok((imported.answers, imported.scenarios)));
    }
});

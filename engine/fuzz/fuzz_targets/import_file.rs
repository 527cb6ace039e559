//! Any file a user can pick must import to answers or an error, never panic;
//! and imported answers must survive export and re-import unchanged.
#![no_main]

use fusion_engine::transfer::{answers_file, import};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(imported) = import(&text) {
        let again = import(&answers_file(&imported.answers)).map(|i| i.answers);
        assert_eq!(again.as_ref(), Ok(&imported.answers));
    }
});

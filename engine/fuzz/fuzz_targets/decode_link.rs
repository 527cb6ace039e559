//! Any fragment a user can paste must decode to answers and scenarios or an
//! error, never panic; and what decodes must survive another round trip.
#![no_main]

use fusion_engine::transfer::{decode_link, encode_link, LINK_PREFIX};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for candidate in [text.to_string(), format!("{LINK_PREFIX}{text}")] {
        if let Ok(linked) = decode_link(&candidate) {
            let again = decode_link(&encode_link(&linked.answers, &linked.scenarios));
            assert_eq!(again.as_ref(), Ok(&linked));
        }
    }
});

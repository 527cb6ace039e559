//! Any fragment a user can paste must decode to answers or an error, never
//! panic; and answers that decode must survive another round trip.
#![no_main]

use fusion_engine::transfer::{decode_link, encode_link, LINK_PREFIX};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for candidate in [text.to_string(), format!("{LINK_PREFIX}{text}")] {
        if let Ok(answers) = decode_link(&candidate) {
            assert_eq!(decode_link(&encode_link(&answers)).as_ref(), Ok(&answers));
        }
    }
});

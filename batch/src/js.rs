//! [`Message`]s as the browser posts them: a JS array `[id, json]` or
//! `[id, json, bytes]`, the bytes a `Uint8Array` (an `ArrayBuffer` is read
//! too). The worker and the batch page both convert through here.

use crate::protocol::Message;
use js_sys::{Array, Uint8Array};
use wasm_bindgen::JsValue;

impl Message {
    /// The JS array to post.
    pub fn to_js(&self) -> Array {
        let a = Array::of2(&JsValue::from(self.id), &JsValue::from_str(&self.json));
        if let Some(bytes) = &self.bytes {
            a.push(&Uint8Array::from(bytes.as_slice()));
        }
        a
    }

    /// Reads a posted array; `None` when it is not one of ours.
    pub fn from_js(value: &JsValue) -> Option<Message> {
        if !Array::is_array(value) {
            return None;
        }
        let a = Array::from(value);
        let id = a.get(0).as_f64()? as u32;
        let json = a.get(1).as_string()?;
        let bytes = a.get(2);
        let bytes =
            (!bytes.is_undefined() && !bytes.is_null()).then(|| Uint8Array::new(&bytes).to_vec());
        Some(Message { id, json, bytes })
    }
}

/// What `postMessage` may transfer rather than copy: the bytes' buffer.
pub fn transfer_list(posted: &Array) -> Array {
    let bytes = posted.get(2);
    if bytes.is_undefined() {
        return Array::new();
    }
    Array::of1(&Uint8Array::from(bytes).buffer())
}

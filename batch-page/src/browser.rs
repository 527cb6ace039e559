//! The browser work behind the page's callbacks: reading a picked file,
//! downloads, the remembered column mapping (`localStorage`), opening an
//! enterprise in the interview, the date and the address's options.

use fusion_batch::{ColumnMapping, MappedColumn};
use fusion_engine::{Date, Lang};
use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Where the corrected mapping is kept for the next file.
pub const MAPPING_KEY: &str = "fusion-batch:mapping";

/// The interview's page, beside batch.html.
pub const INTERVIEW: &str = "index.html";

/// The bytes of a picked file, as a JS array (never copied into wasm).
pub async fn read_file(file: &web_sys::File) -> Option<Uint8Array> {
    let buffer = JsFuture::from(file.array_buffer()).await.ok()?;
    Some(Uint8Array::new(&buffer))
}

/// Offers `bytes` as a download named `name`.
pub fn download(bytes: &Uint8Array, name: &str, mime: &str) {
    let parts = js_sys::Array::of1(bytes);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let anchor = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(a) = anchor {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    // Released once the browser has surely read it (revoking at once can
    // cancel the download in some browsers).
    let release = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ = w
            .set_timeout_with_callback_and_timeout_and_arguments_0(release.unchecked_ref(), 60_000);
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The mapping remembered from earlier files.
pub fn remembered_mapping() -> Option<ColumnMapping> {
    let text = storage()?.get_item(MAPPING_KEY).ok()??;
    serde_json::from_str(&text).ok()
}

/// Remembers `mapping`'s choices beside the earlier ones: a header seen
/// again takes the new choice.
pub fn remember_mapping(mapping: &ColumnMapping) {
    let Some(storage) = storage() else { return };
    let merged = merge(remembered_mapping().unwrap_or_default(), mapping);
    if let Ok(text) = serde_json::to_string(&merged) {
        // Full or refused storage: the mapping is simply not remembered.
        let _ = storage.set_item(MAPPING_KEY, &text);
    }
}

/// `old`'s columns, with `new`'s replacing those of the same header.
pub fn merge(old: ColumnMapping, new: &ColumnMapping) -> ColumnMapping {
    let mut columns: Vec<MappedColumn> = old
        .columns
        .into_iter()
        .filter(|c| !new.columns.iter().any(|n| n.header == c.header))
        .collect();
    columns.extend(new.columns.iter().cloned());
    ColumnMapping { columns }
}

/// Opens the interview in a new tab on a share link (its answers shown
/// read-only), in the page's language.
pub fn open_interview(link_payload: &str, lang: Lang) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let url = format!("{INTERVIEW}?lang={}#{link_payload}", lang_param(lang));
    window
        .open_with_url_and_target(&url, "_blank")
        .is_ok_and(|w| w.is_some())
}

/// The `lang` parameter's value for `lang`.
pub fn lang_param(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "zh",
        Lang::En => "en",
    }
}

/// Today on the browser's clock.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(
        now.get_full_year() as u16,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
    .unwrap_or(fusion_engine::JIAXING_2024_14.validity.in_force_from)
}

/// A query parameter of the page's address.
pub fn param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use fusion_batch::{Field, Target};

    #[test]
    fn a_new_choice_replaces_the_old_one_of_its_header() {
        let col = |h: &str, f: Option<Field>| MappedColumn {
            header: h.into(),
            target: f.map(Target::new),
        };
        let old = ColumnMapping {
            columns: vec![col("单位名称", Some(Field::Name)), col("备注", None)],
        };
        let new = ColumnMapping {
            columns: vec![col("备注", Some(Field::CreditCode))],
        };
        let m = merge(old, &new);
        assert_eq!(m.columns.len(), 2);
        assert_eq!(m.columns[1], col("备注", Some(Field::CreditCode)));
        assert_eq!(m.columns[0], col("单位名称", Some(Field::Name)));
    }
}

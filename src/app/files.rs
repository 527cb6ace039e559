//! Files in and out with no server: a download is a Blob behind an object
//! URL and a temporary `<a download>`; printing loads the report into a
//! hidden frame that prints itself; an imported file is read in the
//! browser. Every element is created inside the tool's own root (which may
//! sit in a shadow root), never looked up in the document.

use crate::embed::{adopt_sheet, constructed_sheet};
use crate::state::{ImportProblem, Refusal};
use fusion_engine::transfer::{ImportError, MAX_IMPORT_BYTES};
use fusion_engine::Lang;
use gloo::file::callbacks::{read_as_text, FileReader};
use gloo::file::{Blob, ObjectUrl};
use js_sys::Reflect;
use std::cell::RefCell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Offers `text` as a file named `name` of type `media_type`. The object
/// URL is kept in `keep` until the next download replaces it: revoking it
/// right after the click can cancel the download in some browsers.
/// `false` if the browser would not create the link.
pub fn download(
    root: &web_sys::Element,
    name: &str,
    text: &str,
    media_type: &str,
    keep: &RefCell<Option<ObjectUrl>>,
) -> bool {
    let url = ObjectUrl::from(Blob::new_with_options(text, Some(media_type)));
    let Some(link) = gloo::utils::document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return false;
    };
    link.set_href(&url);
    link.set_download(name);
    link.set_hidden(true);
    if root.append_child(&link).is_err() {
        return false;
    }
    link.click();
    link.remove();
    keep.replace(Some(url));
    true
}

/// The class of the frame that prints the report.
const PRINT_FRAME: &str = "fc-print-frame";

/// Opens the browser's print dialog on `html` (the report), not on the
/// page: the report goes into a hidden frame inside the tool's root as its
/// `srcdoc`, and is printed once loaded, so "save as PDF" gives the
/// report's own A4 layout. The frame inherits the page's policy, which may
/// refuse inline style elements, so the report's `<style>` is taken out and
/// applied as a constructed stylesheet instead (a policy does not govern
/// those). The frame is sandboxed: no script runs in it, and only this page
/// may reach into it (to style and print it). It stays for the next print.
pub fn print(root: &web_sys::Element, html: &str) -> bool {
    let (html, css) = split_style(html);
    let existing = root
        .query_selector(&format!("iframe.{PRINT_FRAME}"))
        .ok()
        .flatten();
    let frame = match existing {
        Some(frame) => frame,
        None => {
            let Ok(frame) = gloo::utils::document().create_element("iframe") else {
                return false;
            };
            // Out of sight and out of the tab order (its class), but laid
            // out: a frame that is `display: none` prints blank in some browsers.
            let _ = frame.set_attribute("class", PRINT_FRAME);
            let _ = frame.set_attribute("sandbox", "allow-same-origin allow-modals");
            let _ = frame.set_attribute("aria-hidden", "true");
            let _ = frame.set_attribute("tabindex", "-1");
            if root.append_child(&frame).is_err() {
                return false;
            }
            frame
        }
    };
    let Ok(frame) = frame.dyn_into::<web_sys::HtmlIFrameElement>() else {
        return false;
    };
    let target = frame.clone();
    let on_load = Closure::once_into_js(move || {
        // One print per load: the next print sets a new handler.
        target.set_onload(None);
        if let Some(window) = target.content_window() {
            adopt_in_frame(&window, &css);
            let _ = window.print();
        }
    });
    frame.set_onload(Some(on_load.unchecked_ref()));
    frame.set_srcdoc(&html);
    true
}

/// The report without its one `<style>` element, and that element's CSS.
/// The report writer emits exactly one, before any typed text (which it
/// escapes, so no `<style>` can come from the answers).
fn split_style(html: &str) -> (String, String) {
    const OPEN: &str = "<style>";
    const CLOSE: &str = "</style>";
    let Some(start) = html.find(OPEN) else {
        return (html.to_string(), String::new());
    };
    let Some(len) = html[start..].find(CLOSE) else {
        return (html.to_string(), String::new());
    };
    let css = html[start + OPEN.len()..start + len].to_string();
    let rest = format!("{}{}", &html[..start], &html[start + len + CLOSE.len()..]);
    (rest, css)
}

/// Styles the document of the frame `window` with `css` through a
/// stylesheet constructed in the frame's own realm (a document adopts only
/// sheets made by its own constructor).
fn adopt_in_frame(window: &web_sys::Window, css: &str) {
    let realm: &JsValue = window.as_ref();
    let document = Reflect::get(realm, &"document".into()).ok();
    if let (Some(sheet), Some(document)) = (constructed_sheet(realm, css), document) {
        adopt_sheet(&document, &sheet);
    }
}

/// Reads `file` as text and hands `done` the text, or why not. A file
/// larger than any answers file is refused before a byte is read, so ten
/// megabytes of garbage cost nothing. The returned reader must be kept
/// until `done` runs: dropping it cancels the read.
pub fn read_text(
    file: web_sys::File,
    done: impl FnOnce(Result<String, ImportProblem>) + 'static,
) -> Option<FileReader> {
    // A size is a whole number of bytes well inside f64's exact range.
    let bytes = file.size() as usize;
    if bytes > MAX_IMPORT_BYTES {
        let words = |lang| ImportError::too_large_message(bytes, MAX_IMPORT_BYTES, lang);
        done(Err(ImportProblem::Refused(Refusal::new(
            &words(Lang::Zh),
            &words(Lang::En),
        ))));
        return None;
    }
    let blob = gloo::file::Blob::from(web_sys::Blob::from(file));
    Some(read_as_text(&blob, move |result| {
        done(result.map_err(|_| ImportProblem::Unreadable));
    }))
}

#[cfg(test)]
mod tests {
    use super::split_style;

    #[test]
    fn the_reports_style_element_is_taken_out_whole() {
        let (html, css) = split_style(
            "<head><title>a</title>\n<style>p { color: red }</style>\n</head><p>&lt;style&gt;</p>",
        );
        assert_eq!(css, "p { color: red }");
        assert_eq!(
            html,
            "<head><title>a</title>\n\n</head><p>&lt;style&gt;</p>"
        );
        let plain = "<p>no style</p>";
        assert_eq!(split_style(plain), (plain.to_string(), String::new()));
    }
}

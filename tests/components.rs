//! Component tests: render into a detached element in headless Chromium and
//! assert on the DOM. Run by `scripts/test.sh` through wasm-bindgen-test-runner.
#![cfg(target_arch = "wasm32")]

use fusion_check::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A detached `<div>`: never attached to the document, so tests cannot see
/// each other's DOM.
fn detached_root() -> web_sys::Element {
    gloo::utils::document().create_element("div").unwrap()
}

fn click(root: &web_sys::Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
}

#[wasm_bindgen_test]
async fn shell_renders_chinese_title_and_switches_to_english() {
    let root = detached_root();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;

    let title = root.query_selector("h1").unwrap().unwrap().text_content().unwrap();
    assert_eq!(title, "两业融合政策自测");
    assert!(root.text_content().unwrap().contains("嘉政发〔2024〕14号"));
    assert_eq!(root.first_element_child().unwrap().get_attribute("lang").as_deref(), Some("zh-CN"));

    click(&root, ".fc-lang");
    yew::scheduler::flush().await;
    let title = root.query_selector("h1").unwrap().unwrap().text_content().unwrap();
    assert!(title.starts_with("Manufacturing"), "title after switch: {title}");
    assert_eq!(root.first_element_child().unwrap().get_attribute("lang").as_deref(), Some("en"));
}

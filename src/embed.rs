//! How the app is placed in a page: options a host sets (data attributes on
//! the mount element, or the query string in an iframe), the shadow root that
//! keeps host and widget styles apart, and the messages an iframe embed
//! posts to its host. See EMBEDDING.md.

use crate::state::{Edit, State, Step, STEPS};
use fusion_engine::answers::Location;
use fusion_engine::explain::location_name;
use fusion_engine::{Date, Lang};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};

/// Everything a host page can choose about one mounted tool.
#[derive(Debug, Clone, PartialEq)]
pub struct EmbedOptions {
    /// Starting language.
    pub lang: Lang,
    /// A location preset by a county or district site.
    pub location: Option<Location>,
    /// No title bar: the host page has its own heading.
    pub compact: bool,
    /// Open this step directly instead of the welcome screen.
    pub initial_step: Option<Step>,
    /// The localStorage key for autosave; `None` when the host turned it off.
    pub storage_key: Option<String>,
    /// In an iframe embed: the host origin that may receive messages, kept
    /// only when it is the frame's real parent ([`EmbedOptions::in_frame`]).
    pub host_origin: Option<String>,
}

/// The autosave key of a page holding one tool.
pub const DEFAULT_STORAGE_KEY: &str = "fusion-check:answers";

impl Default for EmbedOptions {
    fn default() -> Self {
        EmbedOptions {
            lang: Lang::Zh,
            location: None,
            compact: false,
            initial_step: None,
            storage_key: Some(DEFAULT_STORAGE_KEY.to_string()),
            host_origin: None,
        }
    }
}

impl EmbedOptions {
    /// Reads options from `get(name)`, where names are the data attributes'
    /// suffixes (`lang`, `county`, ...). Unknown values fall back to the
    /// defaults: a typo on a host page must not break the tool.
    pub fn read(get: impl Fn(&str) -> Option<String>, storage_name: Option<String>) -> Self {
        let flag =
            |name: &str| get(name).map(|v| matches!(v.trim(), "" | "true" | "1" | "yes" | "on"));
        let autosave = !matches!(
            get("autosave").as_deref().map(str::trim),
            Some("off" | "false" | "0" | "no")
        );
        EmbedOptions {
            lang: get("lang")
                .and_then(|l| Lang::from_tag(&l))
                .unwrap_or_default(),
            location: get("county").and_then(|c| parse_location(&c)),
            compact: flag("compact").unwrap_or(false),
            initial_step: get("step").and_then(|s| parse_step(&s)),
            storage_key: autosave.then(|| match storage_name {
                Some(name) if !name.is_empty() => format!("{DEFAULT_STORAGE_KEY}:{name}"),
                _ => DEFAULT_STORAGE_KEY.to_string(),
            }),
            host_origin: get("host_origin").filter(|o| is_origin(o)),
        }
    }

    /// Options of a mount element: `data-lang`, `data-county`, ... The
    /// autosave key names the element (its `data-fusion-check` value, else
    /// its id, else its position) so two tools on a page never share answers.
    pub fn from_element(element: &web_sys::Element, index: u32, count: u32) -> Self {
        let own = element
            .get_attribute(crate::MOUNT_ATTRIBUTE)
            .filter(|v| !v.trim().is_empty())
            .or_else(|| Some(element.id()).filter(|id| !id.is_empty()));
        let storage_name = own.or_else(|| (count > 1).then(|| format!("#{index}")));
        Self::read(
            |name| element.get_attribute(&format!("data-{}", name.replace('_', "-"))),
            storage_name,
        )
    }

    /// Options of the standalone page: the query string (`?lang=en&embed=iframe&host_origin=...`).
    pub fn from_query(query: &str) -> Self {
        let pairs: Vec<(String, String)> = query
            .trim_start_matches('?')
            .split('&')
            .filter_map(|pair| {
                let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
                let decode = |s: &str| {
                    js_sys::decode_uri_component(&s.replace('+', " "))
                        .ok()
                        .map(String::from)
                };
                Some((decode(k)?, decode(v)?))
            })
            .collect();
        let get = |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        };
        let mut options = Self::read(get, None);
        if get("embed").as_deref() != Some("iframe") {
            options.host_origin = None;
        }
        options
    }

    /// These options for the standalone page shown inside a frame whose
    /// parent is at `parent` (as the browser reports it, [`parent_origin`]):
    /// messages go to the claimed `host_origin` only when it is that parent,
    /// and autosave keeps each host's answers apart ([`framed_storage_key`]),
    /// or is off when the parent's origin is unknown. A page that frames the
    /// tool and claims another origin gets no message and no saved answers.
    pub fn in_frame(mut self, parent: Option<&str>) -> Self {
        let parent = parent.filter(|p| is_origin(p));
        if self.host_origin.as_deref() != parent {
            self.host_origin = None;
        }
        self.storage_key = match (self.storage_key, parent) {
            (Some(key), Some(parent)) => Some(framed_storage_key(&key, parent)),
            _ => None,
        };
        self
    }

    /// The first state of a tool mounted with these options.
    pub fn initial_state(&self, uid: String, today: Date) -> State {
        let mut state = State::new(uid, today);
        state.lang = self.lang;
        if let Some(location) = self.location {
            Rc::make_mut(&mut state.draft).apply(Edit::Location(Some(location)));
        }
        if let Some(step) = self.initial_step {
            state.started = true;
            state.step = step;
            state.visited.insert(step);
        }
        state
    }
}

/// A location by its Chinese or English name, with or without the
/// administrative suffix, or by its answers-file id.
pub fn parse_location(text: &str) -> Option<Location> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    // Answers-file ids are the variants in snake_case ("economic_development_zone").
    let id = text.replace('_', "");
    let id_matches = |l: &Location| format!("{l:?}").eq_ignore_ascii_case(&id);
    Location::ALL.into_iter().find(|l| {
        let zh = location_name(*l, Lang::Zh);
        let en = location_name(*l, Lang::En);
        zh == text
            || zh.trim_end_matches(['市', '县', '区']) == text
            || en.eq_ignore_ascii_case(text)
            || id_matches(l)
    })
}

/// A step by its id (`basics`, `revenue`, ..., `cross_border`).
pub fn parse_step(text: &str) -> Option<Step> {
    let ids = [
        "basics",
        "revenue",
        "recognitions",
        "tax",
        "separation",
        "land",
        "cross_border",
    ];
    let text = text.trim().replace('-', "_");
    ids.iter().position(|id| *id == text).map(|i| STEPS[i])
}

/// The autosave key of a tool framed by a page at `parent_origin`: the
/// frame shares the tool's origin storage with every site that frames it,
/// so each host origin gets its own key and never sees another's answers.
pub fn framed_storage_key(key: &str, parent_origin: &str) -> String {
    format!("{key}@{parent_origin}")
}

/// Whether this page is shown inside a frame.
pub fn is_framed() -> bool {
    let window = gloo::utils::window();
    window.parent().ok().flatten().is_some_and(|p| p != window)
}

/// The origin of the page that frames this one, as the browser reports it:
/// `location.ancestorOrigins[0]` where the browser has it (it cannot be
/// forged by the parent), else the origin of `document.referrer` (the
/// parent's address, which the default referrer policy still sends as an
/// origin). `None` when neither says (a `no-referrer` host, an opaque origin).
pub fn parent_origin() -> Option<String> {
    let window = gloo::utils::window();
    let location: JsValue = window.location().into();
    let ancestors = js_sys::Reflect::get(&location, &JsValue::from_str("ancestorOrigins"))
        .ok()
        .filter(|a| !a.is_undefined() && !a.is_null());
    if let Some(ancestors) = ancestors {
        let first = js_sys::Reflect::get_u32(&ancestors, 0)
            .ok()
            .and_then(|o| o.as_string());
        return first.filter(|o| is_origin(o));
    }
    let referrer = window.document()?.referrer();
    origin_of(&referrer)
}

/// The origin (`scheme://host[:port]`) of an http(s) address.
fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let origin = format!("{scheme}://{}", &rest[..end]);
    is_origin(&origin).then_some(origin)
}

/// What an iframe tells its host when an assessment is complete: the pack
/// and the totals as exact decimal texts, never the figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompleteTotals {
    pub pack_id: String,
    pub cash_qualifies_yuan: String,
    pub cash_likely_yuan: String,
    pub tax_estimate_yuan: String,
}

/// The totals of a result reply ([`crate::result_html::result_reply`]'s
/// `complete` record) when every question that decides an outcome is
/// answered: no outcome is "need more answers". (A path may still name a
/// year that has not ended, which no one can answer yet.) Only then does
/// an iframe tell its host that the assessment is complete.
pub fn complete_totals(reply: &str) -> Option<CompleteTotals> {
    let fields: Vec<&str> = crate::plan_html::record(reply, "complete")?
        .split(crate::plan_html::FIELD)
        .collect();
    match fields.as_slice() {
        ["1", pack, qualifies, likely, tax] => Some(CompleteTotals {
            pack_id: pack.to_string(),
            cash_qualifies_yuan: qualifies.to_string(),
            cash_likely_yuan: likely.to_string(),
            tax_estimate_yuan: tax.to_string(),
        }),
        _ => None,
    }
}

/// `scheme://host[:port]` and nothing more: messages go to exactly one origin.
fn is_origin(text: &str) -> bool {
    let Some((scheme, rest)) = text.split_once("://") else {
        return false;
    };
    matches!(scheme, "http" | "https")
        && !rest.is_empty()
        && !rest.contains(['/', '?', '#', ' ', '*'])
}

/// Posts `message` to the parent window at exactly `origin`.
fn post_to_host(origin: &str, message: &JsValue) {
    let window = gloo::utils::window();
    if let Ok(Some(parent)) = window.parent() {
        // Not framed: the parent is the window itself; nothing to tell.
        if parent != window {
            let _ = parent.post_message(message, origin);
        }
    }
}

fn object(entries: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in entries {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object.into()
}

/// Tells the host the content's height, so it can size the iframe.
pub fn post_height(origin: &str, height: f64) {
    post_to_host(
        origin,
        &object(&[
            ("type", "fusion-check:height".into()),
            ("height", height.ceil().into()),
        ]),
    );
}

/// Tells the host an assessment is complete: totals only, never the
/// figures. The totals are an estimate the visitor's own answers produce
/// (EMBEDDING.md tells hosts not to treat them as authoritative).
pub fn post_complete(origin: &str, t: &CompleteTotals) {
    let totals = object(&[
        ("cash_qualifies_yuan", t.cash_qualifies_yuan.as_str().into()),
        ("cash_likely_yuan", t.cash_likely_yuan.as_str().into()),
        ("tax_estimate_yuan", t.tax_estimate_yuan.as_str().into()),
    ]);
    post_to_host(
        origin,
        &object(&[
            ("type", "fusion-check:complete".into()),
            ("pack_id", t.pack_id.as_str().into()),
            ("totals", totals),
        ]),
    );
}

/// Watches `element`'s height and posts each change to the host. The
/// observer lives as long as the page: an iframe holds one tool.
pub fn watch_height(element: &web_sys::Element, origin: String) {
    let last = std::cell::Cell::new(0.0);
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(
        move |entries: js_sys::Array| {
            let Some(entry) = entries
                .get(0)
                .dyn_into::<web_sys::ResizeObserverEntry>()
                .ok()
            else {
                return;
            };
            // The border box includes the tool's padding: the whole frame content.
            let height = entry.target().get_bounding_client_rect().height();
            if (height - last.get()).abs() >= 1.0 {
                last.set(height);
                post_height(&origin, height);
            }
        },
    );
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(element);
        callback.forget();
    }
}

/// A stylesheet made by the `CSSStyleSheet` constructor of `realm` (a
/// window) and filled with `css`; `None` where the browser has no
/// constructable stylesheets. A Content-Security-Policy does not govern
/// such sheets, so neither the tool's page nor a host page needs
/// `style-src 'unsafe-inline'` for them.
pub fn constructed_sheet(realm: &JsValue, css: &str) -> Option<JsValue> {
    let constructor = js_sys::Reflect::get(realm, &"CSSStyleSheet".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let sheet = js_sys::Reflect::construct(&constructor, &js_sys::Array::new()).ok()?;
    let replace = js_sys::Reflect::get(&sheet, &"replaceSync".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    replace.call1(&sheet, &css.into()).ok()?;
    Some(sheet)
}

/// Adds `sheet` to those `root` (a document or a shadow root) has adopted,
/// once. `false` where the browser cannot.
pub fn adopt_sheet(root: &JsValue, sheet: &JsValue) -> bool {
    let key = JsValue::from_str("adoptedStyleSheets");
    let Some(current) = js_sys::Reflect::get(root, &key)
        .ok()
        .filter(js_sys::Array::is_array)
    else {
        return false;
    };
    let sheets = js_sys::Array::from(&current);
    if sheets.includes(sheet, 0) {
        return true;
    }
    sheets.push(sheet);
    js_sys::Reflect::set(root, &key, &sheets).unwrap_or(false)
}

thread_local! {
    /// The tool's stylesheet, made once and shared by every mount's root.
    static APP_SHEET: Option<JsValue> =
        constructed_sheet(&js_sys::global(), crate::app::STYLES);
}

/// Styles the tool rendered at `node` with its stylesheet, adopted by the
/// shadow root (or document) holding it. `false` where the browser has no
/// constructable stylesheets: the caller then renders a `<style>` element.
pub fn adopt_app_styles(node: &web_sys::Node) -> bool {
    let root: JsValue = node.get_root_node().into();
    APP_SHEET.with(|sheet| sheet.as_ref().is_some_and(|s| adopt_sheet(&root, s)))
}

/// Attaches an open shadow root to `host` (so host CSS stays out and the
/// tool's CSS stays in) and returns the element to render into. Falls back
/// to `host` itself where shadow DOM is unavailable.
pub fn shadow_mount(host: &web_sys::Element) -> web_sys::Element {
    let init = web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open);
    let root = host
        .shadow_root()
        .map(Ok)
        .unwrap_or_else(|| host.attach_shadow(&init));
    let Ok(root) = root else {
        return host.clone();
    };
    let document = gloo::utils::document();
    match document.create_element("div") {
        Ok(container) if root.append_child(&container).is_ok() => container,
        _ => host.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(pairs: &[(&str, &str)]) -> EmbedOptions {
        EmbedOptions::read(
            |n| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == n)
                    .map(|(_, v)| v.to_string())
            },
            Some("a".into()),
        )
    }

    #[test]
    fn reads_every_option_and_defaults() {
        let o = opts(&[
            ("lang", "en"),
            ("county", "海宁市"),
            ("compact", "true"),
            ("step", "land"),
            ("autosave", "off"),
        ]);
        assert_eq!(o.lang, Lang::En);
        assert_eq!(o.location, Some(Location::Haining));
        assert!(o.compact);
        assert_eq!(o.initial_step, Some(Step::Land));
        assert_eq!(o.storage_key, None);

        let d = opts(&[("lang", "fr"), ("county", "上海"), ("step", "nowhere")]);
        assert_eq!(d.lang, Lang::Zh);
        assert_eq!(d.location, None);
        assert_eq!(d.initial_step, None);
        assert!(!d.compact);
        assert_eq!(d.storage_key.as_deref(), Some("fusion-check:answers:a"));
    }

    #[test]
    fn locations_by_any_name() {
        assert_eq!(parse_location("海宁"), Some(Location::Haining));
        assert_eq!(parse_location("haining"), Some(Location::Haining));
        assert_eq!(parse_location("南湖区"), Some(Location::Nanhu));
        assert_eq!(
            parse_location("嘉兴经济技术开发区"),
            Some(Location::EconomicDevelopmentZone)
        );
        assert_eq!(parse_location(""), None);
    }

    #[test]
    fn host_origin_must_be_exactly_an_origin() {
        assert!(is_origin("https://www.example.gov.cn"));
        assert!(is_origin("http://127.0.0.1:8081"));
        assert!(!is_origin("*"));
        assert!(!is_origin("https://a.cn/path"));
        assert!(!is_origin("javascript:alert(1)"));
        assert!(!is_origin("null"));
    }

    #[test]
    fn origin_of_an_address() {
        assert_eq!(
            origin_of("https://www.example.gov.cn/zhengce/a.html?x=1#y").as_deref(),
            Some("https://www.example.gov.cn")
        );
        assert_eq!(
            origin_of("http://127.0.0.1:8081").as_deref(),
            Some("http://127.0.0.1:8081")
        );
        assert_eq!(origin_of(""), None);
        assert_eq!(origin_of("about:blank"), None);
        assert_eq!(origin_of("file:///tmp/a.html"), None);
    }

    #[test]
    fn a_frame_posts_only_to_its_real_parent_and_saves_per_host() {
        let claimed = |origin: &str| EmbedOptions {
            host_origin: Some(origin.to_string()),
            ..EmbedOptions::default()
        };
        let gov = "https://www.example.gov.cn";
        let framed = claimed(gov).in_frame(Some(gov));
        assert_eq!(framed.host_origin.as_deref(), Some(gov));
        assert_eq!(
            framed.storage_key.as_deref(),
            Some("fusion-check:answers@https://www.example.gov.cn")
        );
        // Another site claiming the bureau's origin gets no message, and
        // its own autosave key.
        let evil = claimed(gov).in_frame(Some("https://evil.example"));
        assert_eq!(evil.host_origin, None);
        assert_eq!(
            evil.storage_key.as_deref(),
            Some("fusion-check:answers@https://evil.example")
        );
        // An unknown parent: no message and no autosave at all.
        let unknown = claimed(gov).in_frame(None);
        assert_eq!((unknown.host_origin, unknown.storage_key), (None, None));
        let opaque = claimed(gov).in_frame(Some("null"));
        assert_eq!((opaque.host_origin, opaque.storage_key), (None, None));
        // Autosave the host turned off stays off.
        let off = EmbedOptions {
            storage_key: None,
            ..claimed(gov)
        }
        .in_frame(Some(gov));
        assert_eq!(off.storage_key, None);
    }
}

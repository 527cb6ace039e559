//! The root component: owns the state, builds every callback once, asks the
//! engine for the assessment and the questions that matter, and hands plain
//! props to the components.
//!
//! The browser work behind those callbacks and effects (storage, links,
//! files) lives in the submodules: [`autosave`], [`link`], [`files`],
//! [`transfer`] (files and links through the on-demand module), [`plan`]
//! (差多少达标, the award timeline and the what-if chart from the module)
//! and [`clients`] (the client list and presentation mode).

pub mod autosave;
pub mod clients;
pub mod files;
pub mod link;
pub mod plan;
pub mod transfer;

use crate::components::{
    clients::client_list,
    dialog::ConfirmDialog,
    downloads::{downloads, DownloadsProps},
    field::Why,
    header::{header, HeaderProps},
    interview::interview,
    link_view::{link_banner, link_error, LinkBannerProps, LinkErrorProps},
    module_status::{module_notice, ModuleNoticeProps},
    result::ResultPanel,
    samples::sample_menu,
    save_notice::{save_notices, SaveNoticesProps},
    saveshare::{import_control, save_share},
    scenarios::{scenario_panel, scenario_switch, PanelProps, SwitchProps},
    welcome::{welcome, WelcomeProps},
};
use crate::docs::{self, Request};
use crate::embed::{self, EmbedOptions};
use crate::plan_html::record;
use crate::samples::SAMPLES;
use crate::state::stored::write_record;
use crate::state::{
    Action, Boot, ClientAction, Confirm, Edit, FieldId, FixFirst, FocusTarget, Hold, Relevance,
    Saved, ScenarioEdit, State, Step,
};
use fusion_engine::answers::{validate, FieldError, Question};
use fusion_engine::assessment::WindowStatus;
use fusion_engine::i18n::ui::{answer_problem, Ui};
use fusion_engine::policy::JIAXING_2024_14 as PACK;
use fusion_engine::report::Format;
use fusion_engine::rules::window_status;
use fusion_engine::{relevance, Date, Lang};
use std::rc::Rc;
use transfer::{ask, ask_readable, import_handler, open_link, transfer_handlers, Live, LiveCell};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The stylesheet, scoped under `.fc-app` and adopted by the app's own root
/// (its shadow root, or the document), so the app works in a plain page and
/// in a shadow root alike and never styles its host. The save/share/download
/// styles and the client list's sit in their own files beside it. All are
/// minified by `build.rs` (comments and indentation are a quarter of their
/// bytes).
pub const STYLES: &str = include_str!(concat!(env!("OUT_DIR"), "/styles.min.css"));

/// Every callback the components may call, built once per mount.
#[derive(Clone, PartialEq)]
pub struct Handlers {
    pub lang: Callback<Lang>,
    pub start: Callback<()>,
    pub go_to: Callback<Step>,
    pub edit: Callback<Edit>,
    pub blur: Callback<FieldId>,
    /// Loads the sample at this index of [`SAMPLES`].
    pub load_sample: Callback<usize>,
    pub show_result: Callback<()>,
    /// Downloads the summary in a format.
    pub download: Callback<Format>,
    /// Opens the print dialog on the HTML summary.
    pub print: Callback<()>,
    /// Downloads the answers file.
    pub export: Callback<()>,
    /// Imports a chosen or dropped file.
    pub import_file: Callback<web_sys::File>,
    /// A file is dragged over the drop zone (or left it).
    pub drag: Callback<bool>,
    /// Asks before clearing the saved answers.
    pub clear: Callback<()>,
    /// The answer to the confirmation dialog.
    pub answer: Callback<bool>,
    /// Builds the share link, shows it and copies it.
    pub share: Callback<()>,
    /// Copies the share link shown.
    pub copy_link: Callback<String>,
    /// Leaves the read-only view of a share link's answers.
    pub edit_linked: Callback<()>,
    /// Goes back from a share link's answers to the saved ones.
    pub back_to_saved: Callback<()>,
    /// Hides the message about a share link that did not read.
    pub dismiss_link_error: Callback<()>,
    /// The messages about saved data (unreadable, another tab, failed).
    pub saving: autosave::SaveHandlers,
    /// A "why we ask" was opened before its words were in.
    pub want_why: Callback<()>,
    /// The client list and presentation mode.
    pub client: Callback<ClientAction>,
    /// Imports a chosen clients file.
    pub import_clients: Callback<web_sys::File>,
    /// Makes, names, switches to or removes a scenario.
    pub scenario: Callback<ScenarioEdit>,
}

/// What every interview component gets: the state, what the engine finds
/// relevant, and the callbacks.
#[derive(Clone, PartialEq)]
pub struct Ctx {
    pub state: Rc<State>,
    pub relevance: Rc<Relevance>,
    /// What the engine's own check finds in the answers that read (values
    /// no enterprise can have together, e.g. value added with 0 employees).
    pub checks: Rc<Vec<FieldError>>,
    pub handlers: Rc<Handlers>,
    /// Every question's "why we ask", from the on-demand module
    /// ([`Request::Why`]): fetched when a reason is first opened, or with
    /// the result, so the first load carries none of their words.
    pub why: plan::Reply,
}

impl Ctx {
    /// The current language.
    pub fn lang(&self) -> Lang {
        self.state.lang
    }

    /// The DOM id of a field in this mount.
    pub fn id(&self, field: FieldId) -> AttrValue {
        AttrValue::from(self.state.dom_id(field))
    }

    /// The message to show beside a field, if any.
    pub fn error(&self, field: FieldId) -> Option<String> {
        if let Some(p) = self.state.shown_problem(field) {
            return Some(p.message(self.lang()));
        }
        let FieldId::Text(text) = field else {
            return None;
        };
        self.checks
            .iter()
            .find(|e| e.question == text.question())
            .map(|e| answer_problem(e.problem, self.lang()))
    }

    /// The "why we ask" of `q`: its words once the module sent them;
    /// before, a stand-in that asks for them when the reason is opened.
    pub fn why(&self, q: Question) -> Option<Why> {
        let stand_in = |words: Ui| Why {
            text: words.text(self.lang()).into(),
            on_open: Some(self.handlers.want_why.clone()),
        };
        Some(match self.why.status {
            plan::Status::Ready => Why {
                text: record(&self.why.text, &q.field_path())?.to_string().into(),
                on_open: None,
            },
            plan::Status::Failed => stand_in(Ui::WhyUnavailable),
            plan::Status::Idle | plan::Status::Computing => stand_in(Ui::WhyLoading),
        })
    }

    /// A blur handler for a field.
    pub fn on_blur(&self, field: FieldId) -> Callback<()> {
        self.handlers.blur.reform(move |_| field)
    }
}

/// Today in the browser's time zone, for the engine (which never reads a clock).
fn today() -> Date {
    let now = js_sys::Date::new_0();
    let (y, m, d) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    u16::try_from(y)
        .ok()
        .and_then(|y| Date::new(y, m as u8, d as u8))
        .unwrap_or(PACK.validity.in_force_from)
}

/// A prefix for this mount's DOM ids, so two widgets on one page never
/// share an id (no global counter: each mount draws its own).
fn mount_uid() -> String {
    let n = (js_sys::Math::random() * 2_176_782_336.0) as u64; // 36^6
    let mut s = String::from("fc");
    let mut rest = n;
    for _ in 0..6 {
        let digit = (rest % 36) as u32;
        s.push(char::from_digit(digit, 36).unwrap_or('0'));
        rest /= 36;
    }
    s
}

/// A callback that dispatches the action `make` builds from its input.
fn dispatch_with<T: 'static>(
    d: &UseReducerDispatcher<State>,
    make: fn(T) -> Action,
) -> Callback<T> {
    let d = d.clone();
    Callback::from(move |x: T| d.dispatch(make(x)))
}

/// Moves keyboard focus to `el` without scrolling the page when it is
/// already visible (it scrolls when needed, e.g. the result below on phones).
fn focus(el: Option<web_sys::HtmlElement>) {
    if let Some(el) = el {
        let _ = el.focus();
    }
}

/// The first screen, with the sample menu, the import control and the
/// clients (`clients`, when they are shown there). The two screens are
/// functions of their own, not inlined into the root (here, and by
/// wasm-opt, whose one-caller inlining `index.html` caps): the browser
/// compiles a function of the module when it first runs, so the first
/// screen does not wait for the interview's code to compile.
#[inline(never)]
fn welcome_screen(ctx: &Ctx, clients: Option<Html>) -> Html {
    let children = html! {
        <>
            { sample_menu(ctx, false) }
            { import_control(ctx) }
            { clients.unwrap_or_default() }
        </>
    };
    welcome(&WelcomeProps {
        lang: ctx.lang(),
        on_start: ctx.handlers.start.clone(),
        children,
    })
}

/// What the root's hooks give the interview screen.
struct Work {
    step_heading: NodeRef,
    result_heading: NodeRef,
    as_of: Date,
    ready: bool,
    record: Rc<str>,
    result: plan::Reply,
    retry_result: Callback<()>,
    share_link: Option<AttrValue>,
    comparison: Option<AttrValue>,
    client_list: Option<Html>,
}

/// The interview beside the result, save and share, and the clients; the
/// scenarios under them.
#[inline(never)]
fn work_screen(ctx: &Ctx, work: Work) -> Html {
    let (state, handlers, lang) = (&ctx.state, &ctx.handlers, ctx.lang());
    html! {
        <>
            if !state.scenarios.list.is_empty() {
                { scenario_switch(&SwitchProps { ctx: ctx.clone() }) }
            }
            <div class="fc-layout">
                { interview(ctx, &work.step_heading) }
                <div class="fc-side">
                    <ResultPanel {lang} uid={state.uid.clone()} as_of={work.as_of} ready={work.ready}
                        record={work.record} reply={work.result} on_retry={work.retry_result}
                        heading={work.result_heading}>
                        { downloads(&DownloadsProps { lang, uid: state.uid.to_string().into(),
                            on_download: handlers.download.clone(), on_print: handlers.print.clone() }) }
                        { module_notice(&ModuleNoticeProps { lang, status: state.module }) }
                    </ResultPanel>
                    { save_share(ctx, work.share_link.as_ref()) }
                    { work.client_list.unwrap_or_default() }
                </div>
            </div>
            { scenario_panel(&PanelProps { ctx: ctx.clone(), table: work.comparison }) }
        </>
    }
}

/// What the host page chose for this mount (see [`crate::embed`]).
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    #[prop_or_default]
    pub options: Rc<EmbedOptions>,
}

/// The whole tool, as mounted into one element.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let options = props.options.clone();
    // Autosaved answers are read once, before the first render, so the
    // tool never shows an empty form first and autosave never runs before
    // they are in. A share link in the address opens once the on-demand
    // module has unpacked it (read-only, so autosave leaves it alone).
    let state = use_reducer(|| {
        let today = today();
        let booted = autosave::boot(options.storage_key.as_deref());
        let boot = Boot {
            saved: booted.saved,
            // A share link opens once the module has unpacked it.
            link: None,
            unread: booted.unread,
            status: booted.status,
            older: booted.older,
        };
        let (clients, presentation) = clients::boot(options.storage_key.as_deref());
        let first = Rc::new(options.initial_state(mount_uid(), today));
        let mut booted = Rc::unwrap_or_clone(first.reduce(Action::Boot(Box::new(boot))));
        booted.clients = clients;
        booted.presentation = presentation;
        booted
    });
    let step_heading = use_node_ref();
    let result_heading = use_node_ref();
    let root = use_node_ref();
    let live: LiveCell = use_mut_ref(|| None);
    // An older autosave, read by the module (before a share link in the
    // address, which the module then opens over it); and a share link in
    // the address at mount, taken out of it once.
    {
        let d = state.dispatcher();
        let older = state.autosave.hold == Some(Hold::Older);
        let (key, today) = (options.storage_key.clone(), state.today);
        use_effect_with((), move |_| {
            if let (true, Some(key)) = (older, key) {
                autosave::restore_older(&d, &key, today);
            }
            if let Some(fragment) = link::take_from_address() {
                open_link(&d, fragment, today);
            }
        });
    }

    let handlers = {
        let d = state.dispatcher();
        let (live, root) = (live.clone(), root.clone());
        let (key, today) = (options.storage_key.clone(), state.today);
        use_memo((), move |_| {
            let (download, print, export, share) = transfer_handlers(&d, &live, &root);
            Handlers {
                lang: dispatch_with(&d, Action::SetLang),
                start: dispatch_with(&d, |_: ()| Action::Start),
                go_to: dispatch_with(&d, Action::GoTo),
                edit: {
                    let d = d.clone();
                    Callback::from(move |e: Edit| {
                        // Someone typing answers will likely want the summary:
                        // the module loads in the background, so it is there
                        // even if the connection drops before they ask.
                        docs::prefetch();
                        d.dispatch(Action::Edit(e));
                    })
                },
                blur: dispatch_with(&d, Action::Blur),
                load_sample: {
                    let d = d.clone();
                    Callback::from(move |i: usize| {
                        if let Some((name, answers)) = SAMPLES.get(i).and_then(|s| s.load(today)) {
                            d.dispatch(Action::LoadSample {
                                name,
                                answers: Box::new(answers),
                            });
                        }
                    })
                },
                show_result: dispatch_with(&d, |_: ()| Action::ShowResult),
                download,
                print,
                export,
                import_file: import_handler(&d, today),
                drag: dispatch_with(&d, Action::Dragging),
                clear: dispatch_with(&d, |_: ()| Action::Ask(Confirm::Clear)),
                answer: dispatch_with(&d, Action::Answer),
                share,
                copy_link: {
                    let d = d.clone();
                    Callback::from(move |url: String| {
                        let d = d.clone();
                        link::copy(&url, move |copied| d.dispatch(Action::Copied(copied)));
                    })
                },
                edit_linked: dispatch_with(&d, |_: ()| Action::EditLinked),
                back_to_saved: dispatch_with(&d, |_: ()| Action::BackToSaved),
                dismiss_link_error: dispatch_with(&d, |_: ()| Action::DismissLinkError),
                saving: autosave::SaveHandlers::new(&d, key, today, &root),
                want_why: dispatch_with(&d, |_: ()| Action::WantWhy),
                client: dispatch_with(&d, Action::Client),
                import_clients: clients::import_handler(&d, today),
                scenario: dispatch_with(&d, Action::Scenario),
            }
        })
    };

    let draft = state.draft.clone();
    let today = state.today;
    let answers = use_memo((draft, today), |(draft, today)| draft.answers(*today));
    let relevance = use_memo(answers.clone(), |a| {
        Relevance::new(relevance::relevant_questions(&PACK, a, today))
    });
    // The comparison is the summary's table, made by the on-demand module
    // (its arithmetic and words stay out of the first load); it follows the
    // scenarios as they change.
    let comparison = use_state_eq(|| None::<AttrValue>);
    {
        let (d, comparison) = (state.dispatcher(), comparison.clone());
        use_effect_with(
            (state.scenarios.clone(), state.lang),
            move |(scenarios, lang)| {
                if scenarios.list.is_empty() {
                    comparison.set(None);
                    return;
                }
                let scenarios = Saved {
                    draft: Rc::default(),
                    step: Step::Basics,
                    scenarios: scenarios.clone(),
                };
                let request = Request::Compare {
                    lang: *lang,
                    as_of: today,
                    record: transfer::record(&scenarios, *lang),
                };
                ask(&d, request, move |html| {
                    comparison.set(Some(AttrValue::from(html)))
                });
            },
        );
    }

    // Focus follows the user's last navigation (step change, sample, result).
    {
        let (step_heading, result_heading, root) =
            (step_heading.clone(), result_heading.clone(), root.clone());
        let uid = state.uid.clone();
        use_effect_with(state.focus, move |request| {
            match request.map(|r| r.target) {
                Some(FocusTarget::StepHeading) => focus(step_heading.cast()),
                Some(FocusTarget::Result) => focus(result_heading.cast()),
                Some(FocusTarget::Field(field)) => {
                    // Search this mount's own subtree: the page may hold
                    // other widgets, and a shadow root has no getElementById.
                    let selector = format!("#{}-{}", uid, field.slug());
                    let el = root
                        .cast::<web_sys::Element>()
                        .and_then(|r| r.query_selector(&selector).ok().flatten())
                        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                    // The share link, when the clipboard refused it, is
                    // selected for Ctrl+C.
                    if field == FieldId::ShareLink {
                        if let Some(input) = el
                            .as_ref()
                            .and_then(|e| e.dyn_ref::<web_sys::HtmlInputElement>())
                        {
                            let _ = input.focus();
                            input.select();
                        }
                    }
                    focus(el);
                }
                None => {}
            }
        });
    }

    // In an iframe embed, tell the host the content's height as it changes,
    // and the totals (never the figures) once the user reaches the result.
    {
        let (origin, root) = (props.options.host_origin.clone(), root.clone());
        use_effect_with((), move |_| {
            if let (Some(origin), Some(el)) = (origin, root.cast::<web_sys::Element>()) {
                embed::watch_height(&el, origin);
            }
        });
    }
    // The stylesheet is adopted, not inlined: a page's policy may refuse
    // inline styles. Browsers without constructable sheets get the element.
    let adopted = use_state_eq(|| true);
    {
        let (root, adopted) = (root.clone(), adopted.clone());
        use_effect_with((), move |_| {
            if let Some(node) = root.cast::<web_sys::Node>() {
                adopted.set(embed::adopt_app_styles(&node));
            }
        });
    }

    let lang = state.lang;
    let checks = use_memo(answers.clone(), |a| validate(a));

    // A share link pasted into the address bar of this very tab changes
    // only the fragment: no reload, so it is read here.
    {
        let (d, today) = (state.dispatcher(), state.today);
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                    if let Some(fragment) = link::take_from_address() {
                        open_link(&d, fragment, today);
                    }
                });
            move || drop(listener)
        });
    }

    // The callbacks read the answers as last rendered.
    {
        let live = live.clone();
        let deps = (state.saved(), checks.clone(), lang);
        use_effect_with(deps, move |(saved, checks, lang)| {
            *live.borrow_mut() = Some(Live {
                saved: saved.clone(),
                checks: checks.clone(),
                lang: *lang,
                today,
            });
        });
    }

    autosave::use_autosave(options.storage_key.clone(), &state);
    clients::use_clients(options.storage_key.clone(), &state, &root);

    // The result panel follows the answers: the on-demand module assesses
    // them and writes the panel (差多少达标 and the award timeline with it).
    // The record (the main answers alone: the result is theirs) is written
    // again only when the answers change (text that does not read changes
    // the draft, not the answers). Before the location is answered there is
    // nothing to assess, and nothing is asked unless the date is outside
    // the policy's window, which the panel must say from the start.
    let answers_record = {
        let draft = state.draft.clone();
        use_memo(answers.clone(), move |_| {
            Rc::<str>::from(write_record(&Saved {
                draft,
                step: Step::Basics,
                scenarios: Rc::default(),
            }))
        })
    };
    let as_of = answers.as_of(today);
    let ready = answers.location.is_some();
    let result_request =
        (ready || window_status(&PACK, as_of) != WindowStatus::InForce).then(|| Request::Result {
            lang,
            as_of: today,
            record: answers_record.to_string(),
            uid: state.uid.to_string(),
            present: state.presentation.on,
        });
    let (result, retry_result) = plan::use_module(result_request);
    // The "why we ask" words, in the page's language, once a reason is
    // opened or the result is asked for (the module is on its way for it
    // then anyway); opening a reason after a failed fetch tries again.
    let why_request = (state.started && (ready || state.why_asked > 0))
        .then_some(Request::Why { lang, as_of: today });
    let (why, retry_why) = plan::use_module(why_request);
    {
        let failed = why.status == plan::Status::Failed;
        use_effect_with(state.why_asked, move |_| {
            if failed {
                retry_why.emit(());
            }
        });
    }

    // In an iframe embed, tell the host the totals (never the figures) once
    // the user reaches the result and the module has assessed the answers
    // on show, once per visit to the result.
    {
        let origin = props.options.host_origin.clone();
        let told = use_mut_ref(|| None::<u32>);
        let deps = (state.focus, result.clone());
        use_effect_with(deps, move |(request, result)| {
            let Some(origin) = origin else { return };
            let Some(request) = request.filter(|r| r.target == FocusTarget::Result) else {
                return;
            };
            if result.status == plan::Status::Ready && *told.borrow() != Some(request.seq) {
                // Totals of a half-answered interview would mislead the host.
                if let Some(totals) = embed::complete_totals(&result.text) {
                    embed::post_complete(&origin, &totals);
                }
                *told.borrow_mut() = Some(request.seq);
            }
        });
    }

    // The share link on show follows the answers: the module encodes it
    // again as they change.
    let share_link = use_state_eq(|| None::<AttrValue>);
    {
        let (d, share_link) = (state.dispatcher(), share_link.clone());
        use_effect_with(
            (state.share.clone(), state.saved(), checks.clone()),
            move |(share, saved, checks)| match share {
                None => share_link.set(None),
                // A link that could not be read back is taken down, and
                // what to fix is said, as when it is first asked for.
                Some(_) if !checks.is_empty() => {
                    d.dispatch(Action::FixFirst(FixFirst::OnScreen));
                }
                Some(share) => {
                    let base = share.base.clone();
                    let request = Request::EncodeLink {
                        as_of: today,
                        record: transfer::record(saved, lang),
                    };
                    ask_readable(&d, request, move |payload| {
                        share_link.set(Some(AttrValue::from(link::url(&base, &payload))));
                    });
                }
            },
        );
    }
    let ctx = Ctx {
        state: Rc::new((*state).clone()),
        relevance,
        checks,
        handlers: handlers.clone(),
        why,
    };
    let announcement = state
        .announcement
        .as_ref()
        .map(|a| a.text(lang))
        .unwrap_or_default();
    let dialog = state
        .confirm
        .map(|c| c.words(state.pending.as_deref(), lang));
    let present = state.presentation;
    // The client list shows names: hidden with them, and never beside a
    // share link's answers (which are no client's).
    let clients_shown = state.clients.store != crate::state::Store::Off
        && !state.read_only()
        && !present.hides_name();
    // On the first screen, only for a consultant coming back to saved
    // clients (or told their list did not keep): an empty list's form,
    // saving answers not yet given, is noise there, and the first screen
    // lays out sooner without it. After 开始自测 it is always beside the
    // interview. Built only where it is shown.
    let welcome_clients =
        clients_shown && (!state.clients.list.is_empty() || state.clients.store.is_trouble());
    let client_list = |shown: bool| shown.then(|| client_list(&ctx));
    let classes = classes!(
        "fc-app",
        present.on.then_some("fc-present"),
        present.hides_name().then_some("fc-hide-name")
    );
    html! {
        <div class={classes} lang={lang.tag()} ref={root}>
            if !*adopted {
                <style>{ STYLES }</style>
            }
            if !props.options.compact {
                { header(&HeaderProps { lang, on_lang: handlers.lang.clone(), presentation: present,
                    on_present: handlers.client.reform(ClientAction::Present) }) }
            }
            if let Some(error) = &state.link_error {
                { link_error(&LinkErrorProps { lang, id: ctx.id(FieldId::LinkError),
                    message: error.message(lang).to_string().into(),
                    on_dismiss: handlers.dismiss_link_error.clone() }) }
            }
            { save_notices(&SaveNoticesProps { ctx: ctx.clone() }) }
            if let Some(view) = &state.link {
                { link_banner(&LinkBannerProps { lang, id: ctx.id(FieldId::LinkBanner), edit_id: ctx.id(FieldId::EditLinked),
                    has_saved: view.saved.is_some(), on_edit: handlers.edit_linked.clone(),
                    on_back: handlers.back_to_saved.clone() }) }
            }
            if !state.started {
                { module_notice(&ModuleNoticeProps { lang, status: state.module }) }
            }
            <div class="fc-main">
                if !state.started {
                    { welcome_screen(&ctx, client_list(welcome_clients)) }
                } else {
                    { work_screen(&ctx, Work { step_heading, result_heading, as_of, ready,
                        record: (*answers_record).clone(), result, retry_result,
                        share_link: (*share_link).clone(), comparison: (*comparison).clone(), client_list: client_list(clients_shown) }) }
                }
            </div>
            if let Some([title, body, yes]) = dialog {
                <ConfirmDialog {lang} uid={state.uid.clone()} {title} {body} confirm={yes}
                    on_answer={handlers.answer.clone()} />
            }
            <div class="fc-sr-only fc-live" aria-live="polite" aria-atomic="true">{ announcement }</div>
        </div>
    }
}

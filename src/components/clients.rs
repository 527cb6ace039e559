//! The client list (several enterprises saved by name on this device) and
//! presentation mode's switches in the header (its amounts in 万元 are the
//! result panel's, written by the on-demand module: `src/result_html.rs`).
//! The reducer does the work; this renders and emits.

use crate::app::Ctx;
use crate::components::near;
use crate::state::{ClientAction, FieldId, Presentation, Store};
use fusion_engine::i18n::clients::ClientsUi;
use fusion_engine::i18n::ui::Ui;
use fusion_engine::Lang;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The presentation switches for the header: the mode, and, while it is
/// on, hiding the enterprise name. Toggle buttons, so Enter and Space work
/// and a screen reader says whether each is on. A plain function, not a
/// component: the header re-renders with the state anyway.
pub fn present_switches(lang: Lang, p: Presentation, on_change: &Callback<Presentation>) -> Html {
    let toggle = |next: Presentation| on_change.reform(move |_: MouseEvent| next);
    let pressed = |b: bool| if b { "true" } else { "false" };
    html! {
        <div class="fc-present-switches" role="group" aria-label={ClientsUi::PresentGroup.text(lang)}>
            <button type="button" class="fc-present-toggle" aria-pressed={pressed(p.on)}
                onclick={toggle(Presentation { on: !p.on, ..p })}>
                { ClientsUi::Present.text(lang) }
            </button>
            if p.on {
                <button type="button" class="fc-hide-name-toggle" aria-pressed={pressed(p.hide_name)}
                    onclick={toggle(Presentation { hide_name: !p.hide_name, ..p })}>
                    { ClientsUi::HideName.text(lang) }
                </button>
            }
        </div>
    }
}

/// A client's button: its class, its words, and what it does.
type RowAction = (&'static str, ClientsUi, fn(usize) -> ClientAction);

/// Each client's buttons (the client on screen has no "open").
const ROW_ACTIONS: [RowAction; 4] = [
    ("fc-client-open", ClientsUi::Open, ClientAction::Open),
    (
        "fc-client-rename-start",
        ClientsUi::Rename,
        ClientAction::StartRename,
    ),
    (
        "fc-client-duplicate",
        ClientsUi::Duplicate,
        ClientAction::Duplicate,
    ),
    (
        "fc-client-delete",
        ClientsUi::Delete,
        ClientAction::AskDelete,
    ),
];

/// The client list: the client on screen, saving the answers as a new
/// client, each client with open / rename / duplicate / delete, and the
/// whole list out to a file, back in, and cleared. Not inlined into the
/// root: it is compiled when first shown.
#[inline(never)]
pub fn client_list(ctx: &Ctx) -> Html {
    let (state, lang) = (&ctx.state, ctx.lang());
    let clients = &state.clients;
    let send = ctx.handlers.client.clone();
    let base = ctx.id(FieldId::ClientName).to_string();
    let heading_id = format!("{base}-heading");
    let note_id = format!("{base}-note");

    let store_note = match clients.store {
        Store::Unavailable => Some(ClientsUi::StoreUnavailable),
        Store::Failed => Some(ClientsUi::StoreFailed),
        Store::Unread => Some(ClientsUi::StoreUnread),
        Store::Off | Store::Kept => None,
    };
    let on_typed = send.reform(|e: InputEvent| {
        ClientAction::Typed(e.target_unchecked_into::<HtmlInputElement>().value())
    });
    let on_save = send.reform(|e: SubmitEvent| {
        e.prevent_default();
        ClientAction::SaveAs
    });
    let note = clients.note.as_ref();
    let refused = note.is_some_and(|n| n.is_problem());
    let rows: Vec<Html> = clients.list.iter().enumerate().map(|(i, c)| {
        let name = c.name.clone();
        let current = clients.current.as_deref() == Some(name.as_str());
        let name_id = format!("{base}-{i}");
        let act = |a: fn(usize) -> ClientAction| send.reform(move |_: MouseEvent| a(i));
        if clients.renaming == Some(i) {
            let onsubmit = send.reform(move |e: SubmitEvent| {
                e.prevent_default();
                let text = near::<HtmlInputElement>(&e, "form", "input")
                    .map(|i| i.value())
                    .unwrap_or_default();
                ClientAction::Rename(i, text)
            });
            let cancel = send.reform(|_: MouseEvent| ClientAction::CancelRename);
            let input_id = format!("{name_id}-rename");
            return html! {
                <li key={name.clone()} data-client={name.clone()} class="fc-client">
                    <form class="fc-client-rename" {onsubmit}>
                        <label for={input_id.clone()}>{ ClientsUi::NewName.text(lang) }</label>
                        <input id={input_id} type="text" value={name} autocomplete="off"
                            aria-invalid={refused.then_some("true")} aria-describedby={note_id.clone()} />
                        <button type="submit" class="fc-secondary">{ ClientsUi::SaveName.text(lang) }</button>
                        <button type="button" class="fc-secondary" onclick={cancel}>{ Ui::Cancel.text(lang) }</button>
                    </form>
                </li>
            };
        }
        html! {
            <li key={name.clone()} data-client={name.clone()} class={classes!("fc-client", current.then_some("fc-client-current"))}
                aria-current={current.then_some("true")}>
                <span class="fc-client-name" id={name_id.clone()}>{ name.clone() }</span>
                if current {
                    <span class="fc-badge">{ ClientsUi::CurrentBadge.text(lang) }</span>
                }
                <span class="fc-client-actions">
                    { for ROW_ACTIONS.iter().filter(|(class, ..)| !(current && *class == "fc-client-open")).map(|(class, words, action)| html! {
                        <button type="button" class={classes!("fc-secondary", *class)} aria-describedby={name_id.clone()}
                            onclick={act(*action)}>{ words.text(lang) }</button>
                    }) }
                </span>
            </li>
        }
    }).collect();
    let choose = Callback::from(|e: MouseEvent| {
        if let Some(input) = near::<HtmlInputElement>(&e, ".fc-clients-file", "input[type=file]") {
            input.click();
        }
    });
    let onchange = {
        let import = ctx.handlers.import_clients.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                import.emit(file);
            }
            input.set_value("");
        })
    };
    let empty = clients.list.is_empty();
    html! {
        <section class="fc-clients" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id}>{ ClientsUi::Heading.text(lang) }</h2>
            <p class="fc-note">{ ClientsUi::Intro.text(lang) }</p>
            <p class="fc-clients-current">
                if let Some(name) = &clients.current {
                    { ClientsUi::Current.text(lang) }<strong>{ name.to_string() }</strong>
                } else {
                    { ClientsUi::NoCurrent.text(lang) }
                }
            </p>
            if let Some(words) = store_note {
                <p class="fc-clients-store fc-error" role="alert">{ words.text(lang) }</p>
            }
            <form class="fc-clients-save" onsubmit={on_save}>
                <label for={base.clone()}>{ ClientsUi::NameLabel.text(lang) }</label>
                <div class="fc-input-row">
                    <input id={base} type="text" value={clients.typed.clone()} autocomplete="off"
                        placeholder={state.draft.text(crate::state::TextField::EnterpriseName).to_string()}
                        aria-invalid={(refused && clients.renaming.is_none()).then_some("true")}
                        aria-describedby={note_id.clone()} oninput={on_typed} />
                    <button type="submit" class="fc-secondary fc-client-save">{ ClientsUi::SaveAs.text(lang) }</button>
                </div>
            </form>
            <p id={note_id} class={classes!("fc-clients-note", refused.then_some("fc-error"))} role="status">
                { note.map(|n| n.text(lang)).unwrap_or_default() }
            </p>
            if empty {
                <p class="fc-muted">{ ClientsUi::Empty.text(lang) }</p>
            } else {
                <ul class="fc-clients-list">{ for rows.into_iter() }</ul>
            }
            <div class="fc-clients-file">
                <button type="button" class="fc-secondary fc-clients-export" disabled={empty}
                    onclick={send.reform(|_: MouseEvent| ClientAction::Export)}>{ ClientsUi::ExportAll.text(lang) }</button>
                <button type="button" class="fc-secondary fc-clients-import" onclick={choose}>{ ClientsUi::ImportAll.text(lang) }</button>
                <input type="file" accept=".json,application/json" hidden=true tabindex="-1" aria-hidden="true"
                    class="fc-clients-file-input" {onchange} />
                <button type="button" class="fc-secondary fc-clients-clear" disabled={empty}
                    onclick={send.reform(|_: MouseEvent| ClientAction::AskClear)}>{ ClientsUi::ClearAll.text(lang) }</button>
            </div>
        </section>
    }
}

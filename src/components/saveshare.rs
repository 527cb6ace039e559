//! "保存与分享": where the answers are kept (autosave note and the button
//! that clears them), the answers file out and in (file picker and drop
//! zone), and the share link with its warning. The root does the work
//! (storage, files, clipboard); this renders the state and emits.

use crate::app::Ctx;
use crate::components::near;
use crate::state::{Announcement, FieldId, FixFirst, SaveStatus};
use fusion_engine::i18n::ui::{fix_first, Ui};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The import control: a button that opens the file picker, a zone to drop
/// a file on, and the message for a refused file right beside them.
pub fn import_control(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let state = &ctx.state;
    let base = ctx.id(FieldId::ImportChoose).to_string();
    let (hint_id, err_id) = (format!("{base}-hint"), format!("{base}-err"));
    let disabled = state.read_only();
    let import = ctx.handlers.import_file.clone();
    let drag = ctx.handlers.drag.clone();
    let dragging = state.dragging;

    let choose = Callback::from(|e: MouseEvent| {
        if let Some(input) = near::<HtmlInputElement>(&e, ".fc-import", "input[type=file]") {
            input.click();
        }
    });
    let onchange = {
        let import = import.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                import.emit(file);
            }
            // Choosing the same file again (after fixing it) fires again.
            input.set_value("");
        })
    };
    // Dropping must be allowed on every dragover, or the browser opens the
    // file in place of the page.
    let ondragover = {
        let drag = drag.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(dt) = e.data_transfer() {
                dt.set_drop_effect(if disabled { "none" } else { "copy" });
            }
            if !dragging && !disabled {
                drag.emit(true);
            }
        })
    };
    let ondragleave = {
        let drag = drag.clone();
        Callback::from(move |e: DragEvent| {
            // Moving onto a child of the zone is not leaving it.
            let zone = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|t| t.closest(".fc-import").ok().flatten());
            let entered = e
                .related_target()
                .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
            let inside = zone.zip(entered).is_some_and(|(z, t)| z.contains(Some(&t)));
            if dragging && !inside {
                drag.emit(false);
            }
        })
    };
    let ondrop = Callback::from(move |e: DragEvent| {
        e.prevent_default();
        drag.emit(false);
        if disabled {
            return;
        }
        if let Some(file) = e
            .data_transfer()
            .and_then(|dt| dt.files())
            .and_then(|f| f.get(0))
        {
            import.emit(file);
        }
    });
    let error = state.import_error.as_ref().map(|p| p.message(lang));
    let described = if error.is_some() {
        format!("{err_id} {hint_id}")
    } else {
        hint_id.clone()
    };
    html! {
        <div class={classes!("fc-import", dragging.then_some("fc-dragging"), disabled.then_some("fc-disabled"))}
            {ondragover} {ondragleave} {ondrop}>
            <p class="fc-import-label" id={format!("{base}-label")}>{ Ui::ImportLabel.text(lang) }</p>
            <div class="fc-import-row">
                <button type="button" class="fc-secondary fc-import-choose" onclick={choose} {disabled}
                    aria-describedby={described} id={base.clone()}>
                    { Ui::ImportChoose.text(lang) }
                </button>
                <span class="fc-drop-text">{ Ui::ImportDrop.text(lang) }</span>
            </div>
            // Driven by the button above; hidden from the tab order and
            // from screen readers, which meet the button instead.
            <input type="file" accept=".json,application/json" hidden=true
                tabindex="-1" aria-hidden="true" {onchange} {disabled}
                aria-labelledby={format!("{base}-label")} />
            <p class="fc-error" id={err_id} aria-live="polite" aria-atomic="true">
                { error.unwrap_or_default() }
            </p>
            <p class="fc-hint" id={hint_id}>{ Ui::ImportHint.text(lang) }</p>
        </div>
    }
}

/// "保存与分享": autosave note and clear, export, import, share link
/// (`share_link`, once asked for). A function: it re-renders with the
/// root anyway.
pub fn save_share(ctx: &Ctx, share_link: Option<&AttrValue>) -> Html {
    let lang = ctx.lang();
    let state = &ctx.state;
    let handlers = &ctx.handlers;
    let uid = &state.uid;
    let heading_id = format!("{uid}-saveshare-h");
    let share_h = format!("{uid}-share-h");
    let warn_id = format!("{uid}-share-warn");
    let fix_id = format!("{uid}-fix-first");
    let read_only = state.read_only();
    let fix = match &state.fix_first {
        Some(FixFirst::OnScreen) if !ctx.checks.is_empty() => Some(fix_first(&ctx.checks, lang)),
        Some(FixFirst::Elsewhere(words)) => Some(words.message(lang).to_string()),
        _ => None,
    };
    let status = match &state.announcement {
        Some(a @ (Announcement::LinkCopied | Announcement::LinkSelected)) => a.text(lang),
        _ => String::new(),
    };
    // What is said about autosave follows what happened: "saved" only
    // after a save succeeded.
    let saving = &state.autosave;
    let (note, tone) = match (saving.status, saving.hold) {
        (SaveStatus::Off, _) => (Ui::AutosaveOff, None),
        (SaveStatus::Unavailable, _) => (Ui::AutosaveUnavailable, Some("fc-note-warn")),
        (_, Some(_)) => (Ui::AutosavePaused, Some("fc-note-warn")),
        (SaveStatus::Failed, None) => (Ui::SaveFailedBody, Some("fc-note-bad")),
        (SaveStatus::Waiting, None) => (Ui::AutosaveWaiting, None),
        (SaveStatus::Saved, None) => (Ui::AutosaveNote, None),
    };
    let can_clear = !matches!(saving.status, SaveStatus::Off | SaveStatus::Unavailable);
    let link_field = share_link.map(|link| {
        let id = ctx.id(FieldId::ShareLink);
        let copy = {
            let (copy, link) = (handlers.copy_link.clone(), link.to_string());
            Callback::from(move |_: MouseEvent| copy.emit(link.clone()))
        };
        html! {
            <div class="fc-field fc-share-field">
                <label for={id.clone()}>{ Ui::ShareLinkLabel.text(lang) }</label>
                <div class="fc-input-row">
                    <input {id} type="text" readonly=true value={link.clone()} spellcheck="false"
                        autocomplete="off" aria-describedby={warn_id.clone()} />
                    <button type="button" class="fc-secondary" onclick={copy}>{ Ui::CopyLink.text(lang) }</button>
                </div>
            </div>
        }
    });
    html! {
        <section class="fc-saveshare" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id}>{ Ui::SaveShareHeading.text(lang) }</h2>
            <p class={classes!("fc-device-note", tone)}>{ note.text(lang) }</p>
            <div class="fc-actions">
                <button type="button" class="fc-secondary fc-export"
                    aria-describedby={fix.as_ref().map(|_| fix_id.clone())}
                    onclick={handlers.export.reform(|_: MouseEvent| ())}>
                    { Ui::ExportAnswers.text(lang) }
                </button>
                if can_clear {
                    <button type="button" class="fc-secondary fc-clear" id={ctx.id(FieldId::ClearSaved)}
                        disabled={read_only} onclick={handlers.clear.reform(|_: MouseEvent| ())}>
                        { Ui::ClearSaved.text(lang) }
                    </button>
                }
            </div>
            <p class="fc-error" id={fix_id} aria-live="polite" aria-atomic="true">{ fix.unwrap_or_default() }</p>
            { import_control(ctx) }
            <h3 id={share_h}>{ Ui::ShareHeading.text(lang) }</h3>
            <p class="fc-warn" id={warn_id.clone()}>{ Ui::ShareWarning.text(lang) }</p>
            <button type="button" class="fc-secondary fc-share" aria-describedby={warn_id.clone()}
                onclick={handlers.share.reform(|_: MouseEvent| ())}>
                { Ui::MakeShareLink.text(lang) }
            </button>
            { link_field.unwrap_or_default() }
            // Seen here, heard through the tool's one live region.
            <p class="fc-status">{ status }</p>
        </section>
    }
}

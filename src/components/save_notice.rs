//! Messages about the answers saved on this device, above the tool: saved
//! data that did not read (and its backup to download), a save made in
//! another tab (load it, or save this page's answers instead), and a save
//! the browser refused. The root does the storage work; this renders the
//! state and emits.

use crate::app::Ctx;
use crate::state::{Hold, SaveStatus, Unreadable};
use fusion_engine::i18n::ui::Ui;
use fusion_engine::Lang;
use yew::prelude::*;

/// The messages read the state and call the root's callbacks.
pub struct SaveNoticesProps {
    /// The state, the checks and the callbacks.
    pub ctx: Ctx,
}

/// Every message about saved data that applies now.
pub fn save_notices(props: &SaveNoticesProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang();
    let saving = &ctx.state.autosave;
    let on = &ctx.handlers.saving;
    let click = |cb: &Callback<()>| cb.reform(|_: MouseEvent| ());
    let unread = saving.unread.as_ref().map(|u| {
        let why = match u.why {
            Unreadable::Corrupt => Ui::UnreadableCorrupt,
            Unreadable::Newer => Ui::UnreadableNewer,
        };
        let kept = match u.backup {
            Some(_) => Ui::UnreadableKept,
            None => Ui::UnreadableHeld,
        };
        // Chinese sentences follow each other without a space.
        let gap = match lang {
            Lang::Zh => "",
            Lang::En => " ",
        };
        let export = {
            let (name, text) = (Ui::BackupFileName.text(lang).to_string(), u.text.clone());
            on.export_backup
                .reform(move |_: MouseEvent| (name.clone(), text.clone()))
        };
        html! {
            <section class="fc-banner fc-banner-error fc-banner-unread" role="alert">
                <p class="fc-banner-title">{ Ui::UnreadableTitle.text(lang) }</p>
                <p class="fc-banner-text">{ why.text(lang) }{ gap }{ kept.text(lang) }</p>
                <div class="fc-actions">
                    <button type="button" class="fc-secondary fc-export-backup" onclick={export}>
                        { Ui::DownloadBackup.text(lang) }
                    </button>
                    <button type="button" class="fc-secondary" onclick={click(&on.dismiss_unread)}>
                        { Ui::Dismiss.text(lang) }
                    </button>
                </div>
            </section>
        }
    });
    let elsewhere = (saving.hold == Some(Hold::Elsewhere)).then(|| {
        html! {
            <section class="fc-banner fc-banner-elsewhere" role="alert">
                <p class="fc-banner-title">{ Ui::ElsewhereTitle.text(lang) }</p>
                <p class="fc-banner-text">{ Ui::ElsewhereBody.text(lang) }</p>
                <div class="fc-actions">
                    <button type="button" class="fc-primary fc-reload-saved" onclick={click(&on.reload)}>
                        { Ui::ReloadSaved.text(lang) }
                    </button>
                    <button type="button" class="fc-secondary fc-keep-mine" onclick={click(&on.keep_mine)}>
                        { Ui::KeepMine.text(lang) }
                    </button>
                </div>
            </section>
        }
    });
    let failed = (saving.status == SaveStatus::Failed && !saving.failure_seen).then(|| {
        html! {
            <section class="fc-banner fc-banner-error fc-banner-save-failed" role="alert">
                <p class="fc-banner-title">{ Ui::SaveFailedTitle.text(lang) }</p>
                <p class="fc-banner-text">{ Ui::SaveFailedBody.text(lang) }</p>
                <div class="fc-actions">
                    <button type="button" class="fc-secondary" onclick={click(&ctx.handlers.export)}>
                        { Ui::ExportAnswers.text(lang) }
                    </button>
                    <button type="button" class="fc-secondary" onclick={click(&on.dismiss_failed)}>
                        { Ui::Dismiss.text(lang) }
                    </button>
                </div>
            </section>
        }
    });
    html! { <>{ unread }{ elsewhere }{ failed }</> }
}

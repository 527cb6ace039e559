//! Banners about a share link: the read-only view of its answers (with
//! "edit these answers" and, when answers are saved here too, the way back
//! to them), and the message for a link that does not read.

use fusion_engine::i18n::ui::Ui;
use fusion_engine::Lang;
use yew::prelude::*;

/// The read-only banner's words and buttons.
pub struct LinkBannerProps {
    /// The language of the banner.
    pub lang: Lang,
    /// The banner's DOM id (focus goes there when a link opens in a tab
    /// already showing the tool).
    pub id: AttrValue,
    /// The "edit these answers" button's DOM id (focus returns there).
    pub edit_id: AttrValue,
    /// Answers are saved on this device as well, untouched so far.
    pub has_saved: bool,
    /// "Edit these answers".
    pub on_edit: Callback<()>,
    /// "Back to the answers saved here".
    pub on_back: Callback<()>,
}

/// Says the answers on screen are a share link's and read-only.
pub fn link_banner(props: &LinkBannerProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="fc-banner fc-banner-link" id={props.id.clone()} tabindex="-1"
            role="region" aria-label={Ui::LinkViewTitle.text(lang)}>
            <p class="fc-banner-title">{ Ui::LinkViewTitle.text(lang) }</p>
            <p>
                { Ui::LinkViewBody.text(lang) }
                if props.has_saved {
                    { " " }{ Ui::LinkViewSaved.text(lang) }
                }
            </p>
            <div class="fc-actions">
                <button type="button" class="fc-primary fc-edit-linked" id={props.edit_id.clone()}
                    onclick={props.on_edit.reform(|_: MouseEvent| ())}>
                    { Ui::EditLinked.text(lang) }
                </button>
                if props.has_saved {
                    <button type="button" class="fc-secondary fc-back-to-saved"
                        onclick={props.on_back.reform(|_: MouseEvent| ())}>
                        { Ui::BackToSaved.text(lang) }
                    </button>
                }
            </div>
        </section>
    }
}

/// The failed link's message and its dismiss button.
pub struct LinkErrorProps {
    /// The language of the banner.
    pub lang: Lang,
    /// The banner's DOM id (focus goes there when the link was pasted
    /// into a tab already showing the tool).
    pub id: AttrValue,
    /// The engine's message, in the current language.
    pub message: AttrValue,
    /// Hides the banner.
    pub on_dismiss: Callback<()>,
}

/// A share link that did not read: what is wrong, and that nothing changed.
pub fn link_error(props: &LinkErrorProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="fc-banner fc-banner-error" id={props.id.clone()} tabindex="-1" role="alert">
            <p class="fc-banner-title">{ Ui::LinkFailedTitle.text(lang) }</p>
            <p class="fc-link-error">{ props.message.clone() }</p>
            <button type="button" class="fc-secondary"
                onclick={props.on_dismiss.reform(|_: MouseEvent| ())}>
                { Ui::Dismiss.text(lang) }
            </button>
        </section>
    }
}

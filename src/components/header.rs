//! The product name, the presentation switches and the language switch.

use crate::components::clients::present_switches;
use crate::state::Presentation;
use fusion_engine::i18n::ui::Ui;
use fusion_engine::Lang;
use yew::prelude::*;

pub struct HeaderProps {
    pub lang: Lang,
    pub on_lang: Callback<Lang>,
    pub presentation: Presentation,
    pub on_present: Callback<Presentation>,
}

pub fn header(props: &HeaderProps) -> Html {
    let lang = props.lang;
    let other = match lang {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    };
    let onclick = props.on_lang.reform(move |_: MouseEvent| other);
    html! {
        <header class="fc-header">
            <h1 class="fc-title">{ Ui::AppTitle.text(lang) }</h1>
            <div class="fc-header-tools">
            { present_switches(lang, props.presentation, &props.on_present) }
            // The visible language name is part of the accessible name
            // ("切换语言 English"), so speech users can say what they see.
            <button type="button" class="fc-lang" {onclick}>
                <span class="fc-sr-only">{ Ui::LanguageSwitchLabel.text(lang) }{ " " }</span>
                <span lang={other.tag()}>{ Ui::OtherLanguageName.text(lang) }</span>
            </button>
            </div>
        </header>
    }
}

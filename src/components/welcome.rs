//! The first screen: what the tool is, which policy it covers, and start.

use fusion_engine::i18n::ui::Ui;
use fusion_engine::policy::JIAXING_2024_14 as PACK;
use fusion_engine::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WelcomeProps {
    pub lang: Lang,
    pub started: bool,
    pub on_start: Callback<()>,
}

#[function_component(Welcome)]
pub fn welcome(props: &WelcomeProps) -> Html {
    let lang = props.lang;
    let onclick = props.on_start.reform(|_: MouseEvent| ());
    html! {
        <section class="fc-welcome" aria-labelledby="fc-welcome-policy">
            <p class="fc-tagline">{ Ui::AppTagline.text(lang) }</p>
            <dl class="fc-policy" id="fc-welcome-policy">
                <dt>{ Ui::PolicyLabel.text(lang) }</dt>
                <dd>{ PACK.title }{ " " }<span class="fc-docno">{ PACK.document_number }</span></dd>
                <dt>{ Ui::ValidityLabel.text(lang) }</dt>
                <dd>{ format!("{} – {}", PACK.in_force_from, PACK.in_force_until) }</dd>
            </dl>
            <p class="fc-privacy">{ Ui::PrivacyNote.text(lang) }</p>
            if !props.started {
                <button type="button" class="fc-primary" {onclick}>{ Ui::Start.text(lang) }</button>
            }
        </section>
    }
}

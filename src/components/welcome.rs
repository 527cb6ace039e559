//! The first screen: what the tool is, which policy it covers, start, and
//! the sample enterprises (passed in as children).

use fusion_engine::i18n::ui::Ui;
use fusion_engine::policy::JIAXING_2024_14 as PACK;
use fusion_engine::Lang;
use yew::prelude::*;

pub struct WelcomeProps {
    pub lang: Lang,
    pub on_start: Callback<()>,
    pub children: Html,
}

pub fn welcome(props: &WelcomeProps) -> Html {
    let lang = props.lang;
    let onclick = props.on_start.reform(|_: MouseEvent| ());
    html! {
        <section class="fc-welcome">
            <p class="fc-tagline">{ Ui::AppTagline.text(lang) }</p>
            <dl class="fc-policy">
                <dt>{ Ui::PolicyLabel.text(lang) }</dt>
                <dd lang="zh-CN">{ PACK.title }{ " " }<span class="fc-docno">{ PACK.document_number }</span></dd>
                <dt>{ Ui::ValidityLabel.text(lang) }</dt>
                <dd>{ format!("{} – {}", PACK.validity.in_force_from, PACK.validity.in_force_until) }</dd>
            </dl>
            <p class="fc-privacy">{ Ui::PrivacyNote.text(lang) }</p>
            <button type="button" class="fc-primary fc-start" {onclick}>{ Ui::Start.text(lang) }</button>
            <div class="fc-welcome-samples">{ props.children.clone() }</div>
        </section>
    }
}

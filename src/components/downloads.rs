//! "下载与打印" on the result panel: the summary as HTML, Markdown and
//! JSON files, and the print dialog on the HTML report's A4 layout. The
//! root makes the files (see `app::files`); this only offers the buttons.

use fusion_engine::i18n::ui::Ui;
use fusion_engine::report::Format;
use fusion_engine::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DownloadsProps {
    pub lang: Lang,
    /// The mount's id prefix.
    pub uid: AttrValue,
    pub on_download: Callback<Format>,
    pub on_print: Callback<()>,
}

fn label(format: Format, lang: Lang) -> &'static str {
    match format {
        Format::Html => Ui::DownloadHtml.text(lang),
        Format::Markdown => Ui::DownloadMarkdown.text(lang),
        Format::Json => Ui::DownloadJson.text(lang),
    }
}

#[function_component(Downloads)]
pub fn downloads(props: &DownloadsProps) -> Html {
    let lang = props.lang;
    let heading_id = format!("{}-downloads-h", props.uid);
    html! {
        <section class="fc-result-section fc-downloads" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>{ Ui::DownloadsHeading.text(lang) }</h3>
            <p class="fc-note">{ Ui::DownloadsNote.text(lang) }</p>
            <div class="fc-actions">
                { for Format::ALL.into_iter().map(|format| html! {
                    <button type="button" class="fc-secondary" data-format={format.extension()}
                        onclick={props.on_download.reform(move |_: MouseEvent| format)}>
                        { label(format, lang) }
                    </button>
                }) }
                <button type="button" class="fc-secondary fc-print"
                    onclick={props.on_print.reform(|_: MouseEvent| ())}>
                    { Ui::PrintReport.text(lang) }
                </button>
            </div>
        </section>
    }
}

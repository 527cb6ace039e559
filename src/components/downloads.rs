//! "下载与打印" on the result panel: the summary as HTML, Markdown and
//! JSON files, and the print dialog on the HTML report's A4 layout. The
//! root makes the files (see `app::files`); this only offers the buttons.

use fusion_engine::i18n::ui::Ui;
use fusion_engine::report::Format;
use fusion_engine::Lang;
use yew::prelude::*;

/// The language and the two callbacks of the download area.
pub struct DownloadsProps {
    /// The language of the labels (the files follow the tool's language).
    pub lang: Lang,
    /// The mount's id prefix.
    pub uid: AttrValue,
    /// Downloads the summary in a format.
    pub on_download: Callback<Format>,
    /// Opens the print dialog on the report.
    pub on_print: Callback<()>,
}

fn label(format: Format, lang: Lang) -> &'static str {
    match format {
        Format::Html => Ui::DownloadHtml.text(lang),
        Format::Markdown => Ui::DownloadMarkdown.text(lang),
        Format::Json => Ui::DownloadJson.text(lang),
    }
}

/// "下载与打印": one button per format, and print.
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

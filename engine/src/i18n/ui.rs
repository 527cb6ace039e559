//! Interview text: labels, hints, "why we ask", buttons, step names and
//! validation messages.
//!
//! Fixed strings are arms of [`Ui`]; text about a question, an option or an
//! input error comes from the functions below. Each arm keeps Chinese and
//! English side by side, so a missing translation is a compile error.

use super::{names, Lang};
use crate::answers::{
    Activity, AwardMatter, Industry, Level, Location, Problem as AnswerProblem, Question,
    RecognitionKind, Sector, SeparationStatus,
};
use crate::i18n::explain::{money, percent};
use crate::input::{format_grouped, FieldKind, InputError};
use crate::policy::{Milestones, PolicyPack};
use rust_decimal::Decimal;

/// A fixed piece of interface text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Ui {
    /// The product's name (also the page title).
    AppTitle,
    /// One line under the title saying what the tool does.
    AppTagline,
    /// "Policy covered:" label.
    PolicyLabel,
    /// "In force" label.
    ValidityLabel,
    /// The privacy promise shown on the first screen.
    PrivacyNote,
    /// The start button.
    Start,
    /// The language switch's accessible label.
    LanguageSwitchLabel,
    /// The name of the other language, shown on the switch.
    OtherLanguageName,

    // Steps and navigation.
    /// Name of the list of steps (landmark label).
    StepsNavLabel,
    /// Back button.
    Back,
    /// Next button.
    Next,
    /// The last step's button, which moves to the result panel.
    SeeResults,
    /// Marks a completed step in the progress list for screen readers.
    VisitedStep,
    /// Explains that steps the engine finds irrelevant are left out.
    SkippedStepsNote,

    // Field chrome.
    /// The summary of every "why we ask" disclosure.
    WhyWeAsk,
    /// A reason opened before its words have come (they come with the
    /// on-demand module).
    WhyLoading,
    /// A reason whose words could not be fetched.
    WhyUnavailable,
    /// First option of a select: nothing chosen yet.
    ChooseOne,
    /// Radio: yes.
    Yes,
    /// Radio: no.
    No,
    /// Radio: not sure (leaves the question unanswered).
    NotSure,
    /// Label of the unit switch beside an amount.
    UnitLabel,
    /// 万元.
    UnitWan,
    /// 元.
    UnitYuan,
    /// Hint under every amount field.
    AmountHint,
    /// Prefix of the amount read back in words.
    ReadsAs,

    // 企业基本情况.
    /// Placeholder for the assessment date.
    DatePlaceholder,

    // 营业收入.
    /// Column header: year.
    RevenueYear,
    /// Column header: 主营业务收入.
    RevenueAmount,
    /// Badge on years the rules need.
    RevenueNeeded,
    /// Explains the highlighted rows.
    RevenueNeededNote,
    /// Badge on a data year whose revenue can earn an award (not only prove "首次").
    RevenueAwardYear,
    /// Badge on a year not ended on the assessment date.
    RevenueForecast,
    /// Beside a year not ended on the assessment date: its figure is a forecast.
    RevenueForecastNote,
    /// Adds a year to the table.
    AddYear,
    /// Removes a row.
    Remove,
    /// The same year twice in the revenue table.
    DuplicateYear,
    /// Caption of the revenue table.
    RevenueCaption,

    // 认定与荣誉.
    /// Heading of the recognitions list.
    RecognitionsHeading,
    /// Nothing in the list yet.
    NoneYet,
    /// Adds a recognition.
    AddRecognition,
    /// Recognition kind.
    RecognitionKindLabel,
    /// Recognition level.
    RecognitionLevelLabel,
    /// Date on the recognition notice.
    RecognitionDateLabel,
    /// What the recognition covers.
    RecognitionSubjectLabel,
    /// Hint for the subject.
    RecognitionSubjectHint,
    /// Heading of the awards-received list.
    AwardsHeading,
    /// Adds an award already received.
    AddAward,
    /// Award matter.
    AwardMatterLabel,
    /// Amount already received.
    AwardAmountLabel,
    /// Year the award was for.
    AwardYearLabel,
    /// Subject of the award.
    AwardSubjectLabel,
    /// Under which policy.
    AwardPolicyLabel,
    /// An award row with a matter but no amount is left out.
    AwardNeedsAmount,
    /// Heading of one recognition row ("第 n 项" follows).
    RecognitionItem,
    /// Heading of one award row.
    AwardItem,

    // 主辅分离.
    /// Revenue of the new company.
    SeparationRevenueLabel,
    /// Profit of the new company.
    SeparationProfitLabel,
    /// Tax of the new company.
    SeparationTaxLabel,
    /// The new company's value added (merged 亩均 figures).
    SeparationValueAddedLabel,

    // Samples.
    /// Label of the sample menu.
    SamplesLabel,
    /// Button that loads the chosen sample.
    LoadSample,
    /// Says the samples are fictional.
    SamplesNote,
    /// Announced after a sample is loaded.
    SampleLoaded,

    // Result panel.
    /// Heading of the result panel.
    ResultTitle,
    /// Shown before any answer can produce a result.
    ResultEmpty,
    /// Label before the date assessed.
    AssessedOn,

    // Download and print (on the result panel).
    /// Heading of the download area.
    DownloadsHeading,
    /// Says the files are made in the browser.
    DownloadsNote,
    /// Downloads the HTML report.
    DownloadHtml,
    /// Downloads the Markdown text.
    DownloadMarkdown,
    /// Downloads the summary JSON.
    DownloadJson,
    /// Opens the print dialog on the report.
    PrintReport,
    /// Announced when a download starts; the file name follows.
    DownloadStarted,
    /// Announced when the print dialog is opened.
    PrintOpened,

    // Save, resume and share.
    /// Heading of the save-and-share area.
    SaveShareHeading,
    /// Autosave is on: where the answers are kept.
    AutosaveNote,
    /// Autosave was turned off by the host page.
    AutosaveOff,
    /// The button that clears the saved answers.
    ClearSaved,
    /// Title of the clear confirmation.
    ClearConfirmTitle,
    /// Body of the clear confirmation.
    ClearConfirmBody,
    /// The confirming button of the clear dialog.
    ClearConfirmYes,
    /// Closes a dialog without doing anything.
    Cancel,
    /// Announced after clearing.
    Cleared,
    /// Exports the answers file.
    ExportAnswers,
    /// Added to the answers file's name, so it differs from the summary JSON's.
    AnswersFileTag,
    /// Label of the import area.
    ImportLabel,
    /// The button that opens the file picker.
    ImportChoose,
    /// Text of the drop zone.
    ImportDrop,
    /// What an import does to the current answers.
    ImportHint,
    /// Announced after an import; the file name follows.
    Imported,
    /// A file the browser could not read.
    ImportUnreadable,
    /// Heading of the share part.
    ShareHeading,
    /// Builds and copies the share link.
    MakeShareLink,
    /// Who sees what in a share link.
    ShareWarning,
    /// Label of the field that shows the link.
    ShareLinkLabel,
    /// Copies the link again.
    CopyLink,
    /// The link is on the clipboard.
    LinkCopied,
    /// The clipboard refused: the link is selected for Ctrl+C.
    LinkSelected,
    /// Export or share refused until the engine's checks pass; the
    /// problems follow.
    FixFirst,

    // Answers opened from a share link.
    /// Title of the read-only banner.
    LinkViewTitle,
    /// Body of the read-only banner.
    LinkViewBody,
    /// Added when answers are saved on this device too.
    LinkViewSaved,
    /// Leaves read-only mode.
    EditLinked,
    /// Drops the link's answers and goes back to the saved ones.
    BackToSaved,
    /// Title of the replace confirmation.
    ReplaceConfirmTitle,
    /// Body of the replace confirmation.
    ReplaceConfirmBody,
    /// The confirming button of the replace dialog.
    ReplaceConfirmYes,
    /// Title of the banner for a link that does not read.
    LinkFailedTitle,
    /// Closes a message banner.
    Dismiss,
    /// Announced when a share link's answers are shown.
    LinkOpened,

    // Answers are never lost (autosave's health, replacing answers).
    /// Title of the question before a sample replaces entered answers.
    ReplaceBySampleTitle,
    /// Title of the question before a file replaces entered answers.
    ReplaceByFileTitle,
    /// What replacing entered answers does.
    ReplaceAnswersBody,
    /// Title of the message about saved data that does not read.
    UnreadableTitle,
    /// The saved data is damaged.
    UnreadableCorrupt,
    /// The saved data was written by a newer version.
    UnreadableNewer,
    /// The data was moved to a backup key.
    UnreadableKept,
    /// The data could not be moved: it stays, autosave is paused.
    UnreadableHeld,
    /// Downloads the data that did not read.
    DownloadBackup,
    /// The name of that download.
    BackupFileName,
    /// Title of the message about another tab's save.
    ElsewhereTitle,
    /// What another tab's save means here.
    ElsewhereBody,
    /// Loads what another tab saved.
    ReloadSaved,
    /// Saves this page's answers over another tab's.
    KeepMine,
    /// Title of the message about a failed save.
    SaveFailedTitle,
    /// Why a save fails and what to do.
    SaveFailedBody,
    /// Autosave is on, nothing to save yet.
    AutosaveWaiting,
    /// The browser refuses storage to the page.
    AutosaveUnavailable,
    /// Autosave is held (another tab, unreadable data left in place).
    AutosavePaused,

    // The on-demand module (summaries, print, share links).
    /// While it is fetched for its first use.
    ModuleLoading,
    /// It could not be fetched: what happened and what to do.
    ModuleUnavailable,
}

impl Ui {
    /// The text in `lang`.
    pub const fn text(self, lang: Lang) -> &'static str {
        match self {
            Ui::AppTitle => lang.pick("两业融合政策自测", "Manufacturing-Services Fusion Policy Self-Check"),
            Ui::AppTagline => lang.pick(
                "回答几组问题,了解贵企业按嘉兴市两业融合政策可望获得的奖励与支持。",
                "Answer a few groups of questions to see which awards and supports your enterprise can expect under Jiaxing's policy on fusing advanced manufacturing with modern services.",
            ),
            Ui::PolicyLabel => lang.pick("适用政策", "Policy"),
            Ui::ValidityLabel => lang.pick("有效期", "In force"),
            Ui::PrivacyNote => lang.pick(
                "全部计算在本机浏览器中完成,您填写的数据不会发送到任何服务器。",
                "Everything is computed in this browser; the figures you enter are never sent to any server.",
            ),
            Ui::Start => lang.pick("开始自测", "Start the self-check"),
            Ui::LanguageSwitchLabel => lang.pick("切换语言", "Switch language"),
            Ui::OtherLanguageName => lang.pick("English", "中文"),

            Ui::StepsNavLabel => lang.pick("填写步骤", "Steps"),
            Ui::Back => lang.pick("上一步", "Back"),
            Ui::Next => lang.pick("下一步", "Next"),
            Ui::SeeResults => lang.pick("查看结果", "See the result"),
            Ui::VisitedStep => lang.pick("(已填写)", "(visited)"),
            Ui::SkippedStepsNote => lang.pick(
                "与贵企业结果无关的问题已自动略过;修改前面的回答后,步骤可能增减。",
                "Questions that cannot change your result are skipped; steps may appear or disappear as your answers change.",
            ),

            Ui::WhyWeAsk => lang.pick("为什么问这个?", "Why do we ask?"),
            Ui::WhyLoading => lang.pick("正在载入说明…", "Loading the reason…"),
            Ui::WhyUnavailable => lang.pick(
                "说明未能载入,可能已离线:它随测算结果从网站获取一次,之后离线也可用。请联网后再展开。已填写的答案不受影响。",
                "The reason could not be loaded: you may be offline. It is fetched from the site once, with the result, and then works offline; open it again once online. Your answers are not affected.",
            ),
            Ui::ChooseOne => lang.pick("请选择", "Choose one"),
            Ui::Yes => lang.pick("是", "Yes"),
            Ui::No => lang.pick("否", "No"),
            Ui::NotSure => lang.pick("不确定", "Not sure"),
            Ui::UnitLabel => lang.pick("单位", "Unit"),
            Ui::UnitWan => lang.pick("万元", "10k yuan (万元)"),
            Ui::UnitYuan => lang.pick("元", "yuan"),
            Ui::AmountHint => lang.pick(
                "可输入千分位,如 1,234.5;也可直接写单位,如 1.06亿、3500元。",
                "Separators are fine (1,234.5); you may also type a unit: 1.06亿, 3500元.",
            ),
            Ui::ReadsAs => lang.pick("即", "Reads as"),

            Ui::DatePlaceholder => lang.pick("如 2025-06-30", "e.g. 2025-06-30"),

            Ui::RevenueYear => lang.pick("年度", "Year"),
            Ui::RevenueAmount => lang.pick("主营业务收入", "Main business revenue"),
            Ui::RevenueNeeded => lang.pick("规则需要", "needed"),
            Ui::RevenueNeededNote => lang.pick(
                "标有“规则需要”的年度会影响结果;“首次超过”要看往年,请尽量填全。只有标有“可获奖年度”的营收能带来奖励,更早的年度只用于判断是否“首次”。",
                "Years marked “needed” change the result; “first time above” looks at earlier years, so fill in as many as you can. Only the years marked “can earn an award” can bring an award; earlier years only show whether a later one is the first.",
            ),
            Ui::RevenueAwardYear => lang.pick("可获奖年度", "can earn an award"),
            Ui::RevenueForecast => lang.pick("预测", "forecast"),
            Ui::RevenueForecastNote => lang.pick(
                "该年度在评估日尚未结束,所填为预测数:据此得出的奖励最多为“可争取”,不计入“符合”合计。",
                "This year has not ended on the assessment date, so the figure is a forecast: an award resting on it is at best “possible” and never counted as qualifying.",
            ),
            Ui::AddYear => lang.pick("添加年度", "Add a year"),
            Ui::Remove => lang.pick("删除", "Remove"),
            Ui::DuplicateYear => lang.pick("这一年度已填写过,请删除重复的一行", "This year is already in the table; remove one of the rows"),
            Ui::RevenueCaption => lang.pick("各年度主营业务收入", "Main business revenue by year"),

            Ui::RecognitionsHeading => lang.pick("已获得的认定与荣誉", "Recognitions held"),
            Ui::NoneYet => lang.pick("尚未添加。", "None added yet."),
            Ui::AddRecognition => lang.pick("添加一项认定", "Add a recognition"),
            Ui::RecognitionKindLabel => lang.pick("认定类别", "Kind of recognition"),
            Ui::RecognitionLevelLabel => lang.pick("级别", "Level"),
            Ui::RecognitionDateLabel => lang.pick("认定日期", "Date recognised"),
            Ui::RecognitionSubjectLabel => lang.pick("认定对象", "What it covers"),
            Ui::RecognitionSubjectHint => lang.pick(
                "企业本身可不填;平台或项目请写名称,同一对象的不同级别只奖最高一级。",
                "Leave empty for the enterprise itself; name a platform or project. One subject at several levels is awarded once, at the highest.",
            ),
            Ui::AwardsHeading => lang.pick("已获得的同类奖励", "Awards already received"),
            Ui::AddAward => lang.pick("添加一项已获奖励", "Add an award received"),
            Ui::AwardMatterLabel => lang.pick("奖励事项", "Matter"),
            Ui::AwardAmountLabel => lang.pick("已获金额", "Amount received"),
            Ui::AwardYearLabel => lang.pick("所属年度", "Year it was for"),
            Ui::AwardSubjectLabel => lang.pick("对象(平台、项目)", "Subject (platform, project)"),
            Ui::AwardPolicyLabel => lang.pick("依据政策", "Under which policy"),
            Ui::AwardNeedsAmount => lang.pick(
                "请填写已获金额,否则这一项不计入。",
                "Enter the amount received, or this award is left out.",
            ),
            Ui::RecognitionItem => lang.pick("认定", "Recognition"),
            Ui::AwardItem => lang.pick("已获奖励", "Award received"),

            Ui::SeparationRevenueLabel => lang.pick("新设企业年营业收入", "New company's yearly revenue"),
            Ui::SeparationProfitLabel => lang.pick("新设企业年利润", "New company's yearly profit"),
            Ui::SeparationTaxLabel => lang.pick("新设企业年纳税额", "New company's yearly tax paid"),
            Ui::SeparationValueAddedLabel => lang.pick("新设企业年增加值", "New company's yearly value added"),

            Ui::SamplesLabel => lang.pick("示例企业(虚构)", "Sample enterprises (fictional)"),
            Ui::LoadSample => lang.pick("载入示例", "Load sample"),
            Ui::SamplesNote => lang.pick(
                "示例企业及其数据均为虚构,仅用于演示;载入会替换当前填写的全部内容。",
                "Sample enterprises and their figures are fictional, for demonstration only; loading one replaces all current answers.",
            ),
            Ui::SampleLoaded => lang.pick("已载入虚构示例企业:", "Loaded the fictional sample: "),

            Ui::ResultTitle => lang.pick("自测结果", "Your result"),
            Ui::ResultEmpty => lang.pick(
                "请先回答所在地区和行业类别,结果会随回答实时更新。",
                "Answer the location and industry first; the result updates as you answer.",
            ),
            Ui::AssessedOn => lang.pick("评估日期", "Assessed as of"),

            Ui::DownloadsHeading => lang.pick("下载与打印", "Download and print"),
            Ui::DownloadsNote => lang.pick(
                "报告在本机浏览器中生成,不经过任何服务器;金额与上方结果一致。",
                "The report is made in this browser and goes through no server; its amounts are the ones above.",
            ),
            Ui::DownloadHtml => lang.pick("下载报告(HTML)", "Download the report (HTML)"),
            Ui::DownloadMarkdown => lang.pick("下载文本(Markdown)", "Download as text (Markdown)"),
            Ui::DownloadJson => lang.pick("下载数据(JSON)", "Download the data (JSON)"),
            Ui::PrintReport => lang.pick("打印 / 另存为 PDF", "Print / save as PDF"),
            Ui::DownloadStarted => lang.pick("已开始下载:", "Download started: "),
            Ui::PrintOpened => lang.pick("已打开打印对话框。", "The print dialog is open."),

            Ui::SaveShareHeading => lang.pick("保存与分享", "Save and share"),
            Ui::AutosaveNote => lang.pick(
                "答案自动保存在本机的这个浏览器中,不会上传;换一台电脑或浏览器时请用答案文件。",
                "Your answers are saved automatically in this browser on this device and are never uploaded; use an answers file to move them elsewhere.",
            ),
            Ui::AutosaveOff => lang.pick(
                "此页面未开启自动保存:关闭页面后答案不会保留。如需保留,请导出答案文件。",
                "Autosave is off on this page: your answers are gone once you close it. Export an answers file to keep them.",
            ),
            Ui::ClearSaved => lang.pick("清除本机保存的答案", "Clear the answers saved on this device"),
            Ui::ClearConfirmTitle => lang.pick("清除本机保存的答案?", "Clear the answers saved on this device?"),
            Ui::ClearConfirmBody => lang.pick(
                "表单将被清空,这个浏览器中保存的答案将被删除,无法恢复。如需保留,请先取消并导出答案文件。",
                "The form will be emptied and the answers saved in this browser deleted, for good. To keep them, cancel and export an answers file first.",
            ),
            Ui::ClearConfirmYes => lang.pick("清除", "Clear"),
            Ui::Cancel => lang.pick("取消", "Cancel"),
            Ui::Cleared => lang.pick("已清除本机保存的答案,表单已清空。", "The answers saved on this device are cleared; the form is empty."),
            Ui::ExportAnswers => lang.pick("导出答案文件(JSON)", "Export the answers (JSON)"),
            Ui::AnswersFileTag => lang.pick("答案", "answers"),
            Ui::ImportLabel => lang.pick("导入答案", "Import answers"),
            Ui::ImportChoose => lang.pick("选择文件…", "Choose a file…"),
            Ui::ImportDrop => lang.pick(
                "或将答案文件、自测结果 JSON 拖放到这里",
                "or drop an answers file or a summary JSON here",
            ),
            Ui::ImportHint => lang.pick(
                "导入会替换当前的全部答案;文件有误时,当前答案保持不变。",
                "Importing replaces all current answers; a faulty file changes nothing.",
            ),
            Ui::Imported => lang.pick("已导入:", "Imported: "),
            Ui::ImportUnreadable => lang.pick(
                "浏览器无法读取这个文件。已填写的答案没有任何改变。",
                "The browser could not read this file. Nothing you had entered was changed.",
            ),
            Ui::ShareHeading => lang.pick("分享链接", "Share link"),
            Ui::MakeShareLink => lang.pick("复制分享链接", "Copy a share link"),
            Ui::ShareWarning => lang.pick(
                "链接里包含您填写的全部数据:任何拿到链接的人都能看到这些数字。数据位于“#”之后,浏览器不会把它发送给任何服务器。",
                "The link carries every figure you entered: whoever has it sees them. They sit after “#”, which browsers never send to any server.",
            ),
            Ui::ShareLinkLabel => lang.pick("分享链接(只读)", "Share link (read-only)"),
            Ui::CopyLink => lang.pick("复制", "Copy"),
            Ui::LinkCopied => lang.pick("链接已复制到剪贴板。", "The link is on the clipboard."),
            Ui::LinkSelected => lang.pick(
                "无法直接写入剪贴板:链接已选中,请按 Ctrl+C(Mac 上按 ⌘C)复制。",
                "The clipboard is not available: the link is selected, press Ctrl+C (⌘C on a Mac) to copy it.",
            ),
            Ui::FixFirst => lang.pick(
                "请先修改以下答案,否则导出的文件或链接无法再被读取:",
                "Correct these answers first, or the file or link could not be read back: ",
            ),

            Ui::LinkViewTitle => lang.pick("只读:正在查看分享链接中的答案", "Read-only: answers from a share link"),
            Ui::LinkViewBody => lang.pick(
                "这些答案来自您打开的链接,只供查看,尚未保存到本机。",
                "These answers come from the link you opened; they are for viewing and not saved on this device.",
            ),
            Ui::LinkViewSaved => lang.pick(
                "本机另有保存的答案,保持不变,直到您决定。",
                "The answers saved on this device stay as they are until you decide.",
            ),
            Ui::EditLinked => lang.pick("编辑这些答案", "Edit these answers"),
            Ui::BackToSaved => lang.pick("回到本机保存的答案", "Back to the answers saved here"),
            Ui::ReplaceConfirmTitle => lang.pick(
                "用链接中的答案替换本机保存的答案?",
                "Replace the answers saved on this device with the link's?",
            ),
            Ui::ReplaceConfirmBody => lang.pick(
                "本机保存的答案将被链接中的答案覆盖,无法恢复。如需保留,请取消,回到本机保存的答案并导出答案文件。",
                "The answers saved on this device will be overwritten by the link's, for good. To keep them, cancel, go back to them and export an answers file.",
            ),
            Ui::ReplaceConfirmYes => lang.pick("替换", "Replace"),
            Ui::LinkFailedTitle => lang.pick("无法打开分享链接", "The share link could not be opened"),
            Ui::Dismiss => lang.pick("关闭提示", "Dismiss"),
            Ui::LinkOpened => lang.pick(
                "已打开分享链接中的答案,只读。",
                "Opened the answers from the share link, read-only.",
            ),

            Ui::ReplaceBySampleTitle => lang.pick("用示例企业替换当前答案?", "Replace your answers with the sample's?"),
            Ui::ReplaceByFileTitle => lang.pick("用导入的文件替换当前答案?", "Replace your answers with the file's?"),
            Ui::ReplaceAnswersBody => lang.pick(
                "您填写的答案将被替换,本机保存的答案也随之更新,无法恢复。如需保留,请取消并先导出答案文件。",
                "The answers you entered will be replaced, and so will the copy saved on this device, for good. To keep them, cancel and export an answers file first.",
            ),
            Ui::UnreadableTitle => lang.pick("本机保存的数据无法读取", "The data saved on this device could not be read"),
            Ui::UnreadableCorrupt => lang.pick(
                "保存的数据已损坏,无法还原到表单中。",
                "It is damaged and cannot be put back into the form.",
            ),
            Ui::UnreadableNewer => lang.pick(
                "保存的数据来自更新版本的自测工具,此版本无法读取;请用新版本打开。",
                "It was written by a newer version of this tool, which this version cannot read; open it with the newer version.",
            ),
            Ui::UnreadableKept => lang.pick(
                "原数据没有删除,已另存为备份,可下载留存。",
                "Nothing was deleted: the data is set aside as a backup, which you can download.",
            ),
            Ui::UnreadableHeld => lang.pick(
                "原数据没有删除,仍在原处;为免覆盖,本页已暂停自动保存。可下载留存。",
                "Nothing was deleted: the data stays where it was, and autosave is paused on this page so nothing overwrites it. You can download it.",
            ),
            Ui::DownloadBackup => lang.pick("下载备份文件", "Download the backup"),
            Ui::BackupFileName => lang.pick("自测-本机保存数据备份.json", "self-check-saved-data-backup.json"),
            Ui::ElsewhereTitle => lang.pick("另一个标签页更改了保存的答案", "Another tab changed the saved answers"),
            Ui::ElsewhereBody => lang.pick(
                "这个浏览器的另一个标签页或窗口保存了不同的答案。为免相互覆盖,本页已暂停自动保存。",
                "Another tab or window of this browser saved different answers. Autosave is paused on this page so neither overwrites the other.",
            ),
            Ui::ReloadSaved => lang.pick("载入最新保存的答案", "Load the latest saved answers"),
            Ui::KeepMine => lang.pick("改为保存本页的答案", "Save this page's answers instead"),
            Ui::SaveFailedTitle => lang.pick("自动保存失败", "Autosave failed"),
            Ui::SaveFailedBody => lang.pick(
                "浏览器拒绝保存(存储空间已满,或处于隐私模式)。答案仍在本页,但关闭页面后会丢失;请导出答案文件。",
                "The browser refused to save (storage is full, or private mode). The answers are still on this page but are gone once you close it: export an answers file.",
            ),
            Ui::AutosaveWaiting => lang.pick(
                "填写的答案会自动保存在本机的这个浏览器中,不会上传;换一台电脑或浏览器时请用答案文件。",
                "Answers you enter will be saved automatically in this browser on this device and never uploaded; use an answers file to move them elsewhere.",
            ),
            Ui::AutosaveUnavailable => lang.pick(
                "此浏览器不允许本页保存数据(隐私模式或已关闭存储):关闭页面后答案不会保留。如需保留,请导出答案文件。",
                "This browser does not let the page save anything (private mode, or storage turned off): your answers are gone once you close it. Export an answers file to keep them.",
            ),
            Ui::AutosavePaused => lang.pick(
                "自动保存已暂停,本机保存的数据保持不变(见页面顶部的提示)。如需保留本页的答案,请导出答案文件。",
                "Autosave is paused; what is saved on this device stays as it is (see the message at the top). Export an answers file to keep these answers.",
            ),
            Ui::ModuleLoading => lang.pick(
                "正在加载下载、打印和分享功能……",
                "Loading the download, print and share functions…",
            ),
            Ui::ModuleUnavailable => lang.pick(
                "下载、打印和分享功能未能加载,可能已离线。这些功能在您开始填写或首次使用时从网站获取,之后离线也可用;请联网后再试。已填写的答案不受影响。",
                "The download, print and share functions could not be loaded: you may be offline. They are fetched from the site when you start answering or first use them, and then keep working offline; try again once online. Your answers are not affected.",
            ),
        }
    }
}

/// "第 2 步,共 6 步" — where the user is in the interview.
pub fn step_of(n: usize, total: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("第 {n} 步,共 {total} 步"),
        Lang::En => format!("Step {n} of {total}"),
    }
}

/// "2025 年度" / "data year 2025" after an outcome's title.
pub fn data_year(year: u16, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{year} 年度"),
        Lang::En => format!("data year {year}"),
    }
}

/// "第 2 项" / "No. 2" for the rows of a list.
pub fn item_number(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("第 {n} 项"),
        Lang::En => format!("No. {n}"),
    }
}

/// "已填写 3 项错误" style count for the step's error summary.
pub fn error_count(n: usize, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Zh, _) => format!("本步骤有 {n} 处输入需要修改。"),
        (Lang::En, 1) => "One answer on this step needs correcting.".to_string(),
        (Lang::En, _) => format!("{n} answers on this step need correcting."),
    }
}

/// The steps of the interview.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StepName {
    Basics,
    Revenue,
    Recognitions,
    Tax,
    Separation,
    Land,
    CrossBorder,
}

impl StepName {
    /// The step's title.
    pub const fn title(self, lang: Lang) -> &'static str {
        match self {
            StepName::Basics => lang.pick("企业基本情况", "The enterprise"),
            StepName::Revenue => lang.pick("营业收入", "Revenue"),
            StepName::Recognitions => lang.pick("认定与荣誉", "Recognitions and awards"),
            StepName::Tax => lang.pick("研发与税收", "R&D and tax"),
            StepName::Separation => lang.pick("主辅分离", "Separating auxiliary services"),
            StepName::Land => lang.pick("用地与亩均", "Land and per-mu figures"),
            StepName::CrossBorder => lang.pick("跨境电商平台", "Cross-border e-commerce platform"),
        }
    }

    /// One line under the step's title.
    pub const fn intro(self, lang: Lang) -> &'static str {
        match self {
            StepName::Basics => lang.pick(
                "所在地区和行业类别决定适用哪些条款。",
                "Where the enterprise is and what it mainly does decide which articles apply.",
            ),
            StepName::Revenue => lang.pick(
                "按年度填写主营业务收入(默认单位万元)。",
                "Main business revenue by calendar year (in 万元 unless you switch).",
            ),
            StepName::Recognitions => lang.pick(
                "已获得的示范、工业设计等认定,以及已领取的同类奖励。",
                "Demonstration, industrial-design and other recognitions held, and awards already received.",
            ),
            StepName::Tax => lang.pick(
                "用于估算研发费用加计扣除和技术先进型服务企业税率优惠,不计入现金奖励。",
                "Used to estimate the R&D super-deduction and the reduced rate for technology-advanced service enterprises; never added to cash.",
            ),
            StepName::Separation => lang.pick(
                "将辅助业务剥离成立服务企业的情况。",
                "Whether auxiliary services were, or will be, spun off into a service company.",
            ),
            StepName::Land => lang.pick(
                "自有用地和经营数据,用于用地支持和亩均效益对照。",
                "Own land and operating figures, for land support and the per-mu benchmarks.",
            ),
            StepName::CrossBorder => lang.pick(
                "只适用于中国(嘉兴)跨境电子商务综合试验区线上公共综合服务平台的运营方。",
                "Only for the operator of the China (Jiaxing) cross-border e-commerce pilot zone's online public service platform.",
            ),
        }
    }
}

/// The label of a question's field.
pub const fn label(q: Question, lang: Lang) -> &'static str {
    match q {
        Question::EnterpriseName => lang.pick("企业名称", "Enterprise name"),
        Question::Location => lang.pick("所在县(市、区)", "Location (district or county)"),
        Question::Industry => lang.pick("行业类别(按主营业务)", "Industry (by main business)"),
        Question::AboveScale => lang.pick("是否为规模以上企业", "Above designated size (规上)?"),
        Question::Revenue(_) => lang.pick("主营业务收入", "Main business revenue"),
        Question::Recognitions => lang.pick("认定与荣誉", "Recognitions"),
        Question::AwardsReceived => lang.pick("已获得的同类奖励", "Awards already received"),
        Question::Sectors => lang.pick("所属细分行业(可多选)", "Sectors (choose all that apply)"),
        Question::Activities => lang.pick(
            "已开展或计划开展的服务(可多选)",
            "Services run or planned (choose all that apply)",
        ),
        Question::RdCost => lang.pick(
            "年度两业融合研发费用",
            "Yearly R&D cost on fusion innovation",
        ),
        Question::TaxableIncome => lang.pick("年度应纳税所得额", "Yearly taxable income"),
        Question::IncomeTaxRate => {
            lang.pick("现行企业所得税税率(%)", "Current income-tax rate (%)")
        }
        Question::CrossBorderOperator => lang.pick(
            "是否运营跨境电商线上公共综合服务平台",
            "Do you operate the cross-border e-commerce online public service platform?",
        ),
        Question::CrossBorderServed => {
            lang.pick("平台服务企业数(家)", "Enterprises the platform serves")
        }
        Question::CrossBorderGrowth => lang.pick(
            "平台进出口额增速(%)",
            "Import/export growth through the platform (%)",
        ),
        Question::CrossBorderUpgradeCost => {
            lang.pick("平台研发升级费用", "Platform R&D/upgrade cost")
        }
        Question::CrossBorderYear => {
            lang.pick("升级及数据所属年度", "Year of the upgrade and figures")
        }
        Question::SpunOff => lang.pick(
            "本企业是否为制造业企业主辅分离后新设立的服务企业",
            "Is this company a service company newly set up by a manufacturer separating its auxiliary services?",
        ),
        Question::SeparationStatus => lang.pick("主辅分离情况", "Separation of auxiliary services"),
        Question::SeparationNewLand => lang.pick(
            "新设服务企业是否新增用地",
            "Does the new service company use new land?",
        ),
        Question::SeparationOnParentLand => lang.pick(
            "新设企业是否在母公司自有土地上经营",
            "Does it operate on the parent's own land?",
        ),
        Question::SeparationNewCompanyFigures => {
            lang.pick("新设企业经营数据", "The new company's figures")
        }
        Question::OwnLand => lang.pick("自有用地面积(亩)", "Own land (mu, 亩)"),
        Question::MixedUsePlan => lang.pick(
            "是否计划将自有土地混合用于工业、仓储、研发、办公、商业",
            "Do you plan mixed industrial/warehousing/R&D/office/commercial use of your own land?",
        ),
        Question::LogisticsOnExistingLand => lang.pick(
            "是否计划在现有土地上建设物流、仓储设施(上楼)",
            "Do you plan to build logistics or warehousing on existing land?",
        ),
        Question::InPilotArea => lang.pick(
            "是否位于两业融合试点区域",
            "Are you in a fusion pilot area?",
        ),
        Question::ValueAdded => lang.pick("年度工业增加值", "Yearly industrial value added"),
        Question::TaxPaid => lang.pick("年度实缴税收", "Yearly tax paid"),
        Question::Employees => lang.pick("从业人员数(人)", "Employees"),
        Question::AssessmentDate => lang.pick("评估日期", "Assessment date"),
    }
}

/// A short hint under a question's field, when one helps.
pub const fn hint(q: Question, lang: Lang) -> Option<&'static str> {
    Some(match q {
        Question::EnterpriseName => {
            lang.pick("只显示在结果中,不影响判断。", "Shown in the result only.")
        }
        Question::Location => {
            lang.pick("按工商注册地填写。", "Where the enterprise is registered.")
        }
        Question::IncomeTaxRate => lang.pick(
            "一般企业 25,高新技术企业 15。",
            "25 for most enterprises, 15 for high-tech ones.",
        ),
        Question::CrossBorderGrowth => lang.pick("可为负数,如 -3。", "May be negative, e.g. -3."),
        Question::CrossBorderYear => lang.pick("四位数年份,如 2025。", "Four digits, e.g. 2025."),
        Question::OwnLand => lang.pick("1 公顷 = 15 亩。", "1 hectare = 15 mu."),
        Question::AssessmentDate => lang.pick(
            "不填则按今天评估;可改为其他日期查看当时的结果。",
            "Leave empty for today; another date shows the result as of then.",
        ),
        _ => return None,
    })
}

/// Why a question is asked: the rule and article it feeds, with the
/// figures of `pack`.
pub fn why(pack: &PolicyPack, q: Question, lang: Lang) -> String {
    let m = |d: Decimal| money(d, lang);
    let pct = percent;
    let (v, b) = (&pack.validity, &pack.benchmarks);
    let tiers = |t: &Milestones| -> String {
        let list: Vec<String> = t.tiers.iter().map(|x| m(x.threshold)).collect();
        list.join(lang.pick("、", "/"))
    };
    match q {
        Question::EnterpriseName => lang
            .pick(
                "只用于在结果和摘要中显示企业名称,不影响任何条款的判断。",
                "Only to show your name on the result and summary; no article depends on it.",
            )
            .to_string(),
        Question::Location => lang
            .pick(
                "五「各县(市)参照执行」:南湖区、秀洲区、经开区、港区等直接适用本政策;嘉善县、平湖市、海宁市、海盐县、桐乡市按各自实施细则参照执行,结果仅供参考。海宁市为两业融合试点区域,关系到三(四)试点区域供地。",
                "Part 五 says counties apply the policy by reference: Nanhu, Xiuzhou and the municipal zones apply it directly; in Jiashan, Pinghu, Haining, Haiyan and Tongxiang the county's own rules decide, so results are for reference. Haining is a fusion pilot area (land supply, 三(四)).",
            )
            .to_string(),
        Question::Industry => match lang {
            Lang::Zh => format!("三(一)营收首次超过奖励分两类:科技信息、物流运输、商务服务类企业看{},批零贸易类企业看{};行业也用于匹配二 重点任务中的示范方向。", tiers(&pack.f3), tiers(&pack.f4)),
            Lang::En => format!("The first-time revenue awards of 三(一) have two classes: technology-information, logistics and business-service enterprises ({}) and wholesale-retail enterprises ({}). The industry also matches the demonstration titles of part 二.", tiers(&pack.f3), tiers(&pack.f4)),
        },
        Question::AboveScale => match lang {
            Lang::Zh => format!("一 总体目标的亩均工业增加值、亩均税收和全员劳动生产率按规上企业统计,用于对照 {} 年目标。", b.target_year),
            Lang::En => format!("The per-mu value added, per-mu tax and labour productivity targets of part 一 ({}) are measured on enterprises above designated size.", b.target_year),
        },
        Question::Revenue(_) => match lang {
            Lang::Zh => format!("用于判断三(一)营收首次超过奖励(“首次”要与往年比较)和获奖次年起“增速超过{}”的增速奖励(连续{}年)。", pct(pack.f5.threshold_percent), pack.f5.years),
            Lang::En => format!("For the first-time revenue awards of 三(一) (“first time” compares with earlier years) and the growth award for growth above {} in the {} years after an award.", pct(pack.f5.threshold_percent), pack.f5.years),
        },
        Question::Recognitions => match lang {
            Lang::Zh => format!("用于三(一)服务型制造示范和工业设计企业(中心、研究院)奖励:国家级{}、省级{}、市级{};认定日期决定是否在政策有效期内。技术先进型服务企业认定关系到三(二){}税率。", m(pack.f1.national), m(pack.f1.provincial), m(pack.f1.municipal), pct(pack.t2.reduced_rate_percent)),
            Lang::En => format!("For the service-oriented-manufacturing and industrial-design awards of 三(一): national {}, provincial {}, municipal {}; the date decides whether it falls in the policy's window. Technology-advanced service certification concerns the {} rate of 三(二).", m(pack.f1.national), m(pack.f1.provincial), m(pack.f1.municipal), pct(pack.t2.reduced_rate_percent)),
        },
        Question::AwardsReceived => lang
            .pick(
                "五「就高不重复」:同一事项满足多个奖补政策的只奖最高一项;已领取的同类奖励会从应得金额中扣除,只计差额。",
                "Part 五: one matter gets its highest award once (就高不重复); an award already received for the same matter is deducted and only the difference counted.",
            )
            .to_string(),
        Question::Sectors => lang
            .pick(
                "二(一)各项示范重点围绕特定行业,例如数字化“设计+营销”围绕服装箱包、数码产品,全生命周期管理围绕装备制造、智能光伏、生物医药,用于推荐可申报的示范。",
                "The demonstration titles of 二(一) target named sectors (e.g. design+marketing: apparel and luggage, digital products; lifecycle management: equipment, smart photovoltaics, biomedicine); used to suggest titles worth applying for.",
            )
            .to_string(),
        Question::Activities => lang
            .pick(
                "用于匹配二 重点任务中的示范方向(共享制造、供应链管理、检验检测等)和三(三)金融支持。",
                "Matches the demonstration titles of part 二 (shared manufacturing, supply-chain management, testing...) and the finance support of 三(三).",
            )
            .to_string(),
        Question::RdCost => match lang {
            Lang::Zh => format!("三(二):开发两业融合创新平台、新技术、新产品(服务)的研发费用(含制造业数字化、智能化投入)按{}加计扣除,用于估算可少缴的企业所得税(估算,不计入现金奖励)。", pct(pack.t1.extra_deduction_percent)),
            Lang::En => format!("三(二): R&D costs of fusion innovation platforms, new technology and new products (services), digital and intelligent investment included, get a {} additional deduction; used to estimate the income tax saved (an estimate, never cash).", pct(pack.t1.extra_deduction_percent)),
        },
        Question::TaxableIncome => match lang {
            Lang::Zh => format!("三(二):认定为技术先进型服务企业的,按{}(而非{})税率缴纳企业所得税,用于估算节省的税额;亏损年度本年不少缴。", pct(pack.t2.reduced_rate_percent), pct(pack.t2.standard_rate_percent)),
            Lang::En => format!("三(二): certified technology-advanced service enterprises pay {} income tax instead of {}; used to estimate the saving (none in a loss year).", pct(pack.t2.reduced_rate_percent), pct(pack.t2.standard_rate_percent)),
        },
        Question::IncomeTaxRate => match lang {
            Lang::Zh => format!("三(二)加计扣除节省的税额 = 研发费用 × {} × 所得税税率;技术先进型服务企业的节省按未认定时的税率计算(高新技术企业本已按{}缴纳)。", pct(pack.t1.extra_deduction_percent), pct(pack.t2.reduced_rate_percent)),
            Lang::En => format!("三(二): the super-deduction saves R&D cost × {} × your income-tax rate; the technology-advanced saving uses the rate you would pay without that certification (a high-tech enterprise already pays {}).", pct(pack.t1.extra_deduction_percent), pct(pack.t2.reduced_rate_percent)),
        },
        Question::CrossBorderOperator => lang
            .pick(
                "三(一)跨境电商平台研发升级补助只适用于中国(嘉兴)跨境电子商务综合试验区线上公共综合服务平台的运营方;其他企业无需回答后续问题。",
                "The platform subsidy of 三(一) is only for the operator of the China (Jiaxing) cross-border e-commerce pilot zone's online public service platform; others skip these questions.",
            )
            .to_string(),
        Question::CrossBorderServed => match lang {
            Lang::Zh => format!("三(一):服务企业“超过{n}家”才可获得补助,恰好{n}家不算。", n = pack.f6.served_threshold),
            Lang::En => format!("三(一): the platform must serve more than {n} enterprises; exactly {n} does not qualify.", n = pack.f6.served_threshold),
        },
        Question::CrossBorderGrowth => match lang {
            Lang::Zh => format!("三(一):进出口额增速{}。", subsidy_tiers(pack, lang)),
            Lang::En => format!("三(一): import/export growth {}.", subsidy_tiers(pack, lang)),
        },
        Question::CrossBorderUpgradeCost => match lang {
            Lang::Zh => format!("三(一):补助按研发升级费用的{}计算,最高不超过{}。", rates(pack, lang), m(pack.f6.cap)),
            Lang::En => format!("三(一): the subsidy is {} of the upgrade cost, at most {}.", rates(pack, lang), m(pack.f6.cap)),
        },
        Question::CrossBorderYear => match lang {
            Lang::Zh => format!("五:政策自{}起施行,有效期至{},年度决定是否在有效期内。", v.in_force_from, v.in_force_until),
            Lang::En => format!("Part 五: in force from {} to {}; the year decides whether the upgrade falls inside.", v.in_force_from, v.in_force_until),
        },
        Question::SpunOff => lang
            .pick(
                "四(三)对实施主辅分离后新设立的服务业企业简化办事手续;三(四)从制造业企业独立出来的服务型制造子公司在其自有用地上经营的,可适用过渡期用地政策。这两条支持的对象是新公司本身。",
                "四(三) simplifies procedures for a service company newly set up by a manufacturer's separation; 三(四) lets a service subsidiary spun off from a manufacturer keep using the parent's land for a transition period. Both are for the new company itself.",
            )
            .to_string(),
        Question::SeparationStatus => lang
            .pick(
                "四(三):制造业企业剥离辅助业务新设的服务企业,可享受简化的市场准入、登记注册、资产变更和资质办理手续。",
                "四(三): a service company set up by separating auxiliary services from a manufacturer gets simplified market-access, registration, asset-transfer and qualification procedures.",
            )
            .to_string(),
        Question::SeparationNewLand => lang
            .pick(
                "四(三):不新增用地的,新设企业的营收、利润、税收等可合并计入母公司统计和亩均绩效评价。",
                "四(三): without new land, the new company's revenue, profit, tax and the like may be merged into the parent's statistics and per-mu evaluation.",
            )
            .to_string(),
        Question::SeparationOnParentLand => lang
            .pick(
                "三(四):从制造企业分立的服务型制造子公司在母公司自有土地上经营的,可享受过渡期政策,保持原用途和权利类型。",
                "三(四): a service-oriented-manufacturing subsidiary spun off and operating on the parent's land may keep the original land use and right type for a transition period.",
            )
            .to_string(),
        Question::SeparationNewCompanyFigures => lang
            .pick(
                "四(三):用于展示合并计入新设企业数据前后,母公司的亩均效益。",
                "四(三): shows the parent's per-mu figures with and without merging the new company's figures.",
            )
            .to_string(),
        Question::OwnLand => match lang {
            Lang::Zh => format!("一 总体目标:用于计算亩均工业增加值和亩均税收,对照{}年目标。", b.target_year),
            Lang::En => format!("Part 一: the per-mu value added and per-mu tax are compared with the city's {} targets.", b.target_year),
        },
        Question::MixedUsePlan => lang
            .pick(
                "三(四):利用自有土地,在符合国土空间规划的前提下混合用于工业、仓储、研发、办公、商业的,可暂不改变用地性质和权利类型。",
                "三(四): mixed use of own land, within the spatial plan, may keep the land use and right type unchanged for now.",
            )
            .to_string(),
        Question::LogisticsOnExistingLand => lang
            .pick(
                "三(四):高端制造业及配套生产性服务业在现有土地上建设物流、仓储(“上楼”)的,在容积率调整和规划许可上给予支持。",
                "三(四): building logistics or warehousing on existing land gets support on plot-ratio adjustment and planning permits.",
            )
            .to_string(),
        Question::InPilotArea => lang
            .pick(
                "三(四):两业融合试点区域可采用长期租赁、先租后让、租让结合和盘活闲置低效土地等方式供地。",
                "三(四): in fusion pilot areas land may be supplied by long lease, lease-then-transfer, combined lease and transfer, and revitalised idle land.",
            )
            .to_string(),
        Question::ValueAdded => match lang {
            Lang::Zh => format!("一 总体目标:规上亩均工业增加值达到{}/亩以上,规上工业全员劳动生产率{}/人。", m(b.value_added_per_mu), m(b.value_added_per_employee)),
            Lang::En => format!("Part 一: targets of {} value added per mu and {} per employee.", m(b.value_added_per_mu), m(b.value_added_per_employee)),
        },
        Question::TaxPaid => match lang {
            Lang::Zh => format!("一 总体目标:规上亩均工业税收达到{}/亩以上。", m(b.tax_per_mu)),
            Lang::En => format!("Part 一: a target of {} tax per mu.", m(b.tax_per_mu)),
        },
        Question::Employees => match lang {
            Lang::Zh => format!("一 总体目标:规上工业全员劳动生产率(工业增加值 ÷ 从业人员){}/人。", m(b.value_added_per_employee)),
            Lang::En => format!("Part 一: labour productivity (value added ÷ employees) of {} per person.", m(b.value_added_per_employee)),
        },
        Question::AssessmentDate => match lang {
            Lang::Zh => format!("五:政策自{}起施行,有效期至{};有效期外的结果仅供参考。", v.in_force_from, v.in_force_until),
            Lang::En => format!("Part 五: in force from {} to {}; outside it, results are for reference only.", v.in_force_from, v.in_force_until),
        },
    }
}

/// F6's tiers in words, highest first ("达到20%以上补助100%, 达到15%以上补助70%").
fn subsidy_tiers(pack: &PolicyPack, lang: Lang) -> String {
    let parts: Vec<String> = pack
        .f6
        .tiers
        .iter()
        .map(|t| match lang {
            Lang::Zh => format!(
                "达到{}以上补助研发升级费用的{}",
                percent(t.growth_percent),
                percent(t.rate_percent)
            ),
            Lang::En => format!(
                "of at least {} earns {} of the upgrade cost",
                percent(t.growth_percent),
                percent(t.rate_percent)
            ),
        })
        .collect();
    parts.join(lang.pick(",", "; "))
}

/// F6's shares of the cost ("70%或100%").
fn rates(pack: &PolicyPack, lang: Lang) -> String {
    let mut r: Vec<String> = pack
        .f6
        .tiers
        .iter()
        .map(|t| percent(t.rate_percent))
        .collect();
    r.reverse();
    r.join(lang.pick("或", " or "))
}

/// A location as a form lists it.
pub const fn location_name(l: Location, lang: Lang) -> &'static str {
    names::location(l).label(lang)
}

/// An industry class as a form lists it.
pub const fn industry_name(i: Industry, lang: Lang) -> &'static str {
    names::industry(i).label(lang)
}

/// Every sector, in the order a form lists them.
pub const SECTORS: [Sector; 10] = [
    Sector::ApparelLuggage,
    Sector::DigitalProducts,
    Sector::NewEnergyVehicles,
    Sector::IntegratedDecoration,
    Sector::Machining,
    Sector::Fashion,
    Sector::Fasteners,
    Sector::EquipmentManufacturing,
    Sector::SmartPhotovoltaics,
    Sector::Biomedicine,
];

/// A sector as a form lists it.
pub const fn sector_name(s: Sector, lang: Lang) -> &'static str {
    names::sector(s).label(lang)
}

/// Every activity, in the order a form lists them.
pub const ACTIVITIES: [Activity; 13] = [
    Activity::DesignMarketing,
    Activity::MassCustomization,
    Activity::SharedManufacturing,
    Activity::LifecycleServices,
    Activity::SupplyChainFinance,
    Activity::IndustrialInternet,
    Activity::SupplyChainManagement,
    Activity::TotalIntegration,
    Activity::EnergySavingServices,
    Activity::TestingCertification,
    Activity::ProfessionalServices,
    Activity::ParkOperation,
    Activity::BenchmarkFactory,
];

/// An activity as a form lists it.
pub const fn activity_name(a: Activity, lang: Lang) -> &'static str {
    names::activity(a).label(lang)
}

/// Every recognition kind, in the order a form lists them.
pub const RECOGNITION_KINDS: [RecognitionKind; 15] = [
    RecognitionKind::ServiceManufacturingDemo,
    RecognitionKind::IndustrialDesign,
    RecognitionKind::DesignMarketingDemo,
    RecognitionKind::MassCustomizationDemo,
    RecognitionKind::SharedManufacturingDemo,
    RecognitionKind::LifecycleManagementDemo,
    RecognitionKind::ProductiveFinanceDemo,
    RecognitionKind::IndustrialInternetPlatform,
    RecognitionKind::SupplyChainPlatform,
    RecognitionKind::TotalIntegrationSupplier,
    RecognitionKind::EnergySavingService,
    RecognitionKind::TestingService,
    RecognitionKind::FusionBenchmark,
    RecognitionKind::TechAdvancedService,
    RecognitionKind::HighTech,
];

/// A recognition kind as a form lists it.
pub const fn recognition_kind_name(k: RecognitionKind, lang: Lang) -> &'static str {
    names::recognition(k).label(lang)
}

/// Whether a recognition of this kind carries a level (国家级/省级/市级).
pub const fn recognition_has_level(k: RecognitionKind) -> bool {
    !matches!(
        k,
        RecognitionKind::TechAdvancedService | RecognitionKind::HighTech
    )
}

/// Every level, highest first.
pub const LEVELS: [Level; 3] = [Level::National, Level::Provincial, Level::Municipal];

/// A recognition level as a form lists it.
pub const fn level_name(l: Level, lang: Lang) -> &'static str {
    names::level(l).label(lang)
}

/// Every award matter, in the order a form lists them.
pub const AWARD_MATTERS: [AwardMatter; 5] = [
    AwardMatter::ServiceManufacturingDemo,
    AwardMatter::IndustrialDesign,
    AwardMatter::RevenueMilestone,
    AwardMatter::RevenueGrowth,
    AwardMatter::CrossBorderPlatform,
];

/// An award matter's name.
pub const fn award_matter_name(m: AwardMatter, lang: Lang) -> &'static str {
    match m {
        AwardMatter::ServiceManufacturingDemo => {
            lang.pick("服务型制造示范奖励", "Service-oriented manufacturing award")
        }
        AwardMatter::IndustrialDesign => lang.pick("工业设计奖励", "Industrial design award"),
        AwardMatter::RevenueMilestone => lang.pick("营收首次超过奖励", "First-time revenue award"),
        AwardMatter::RevenueGrowth => lang.pick("营收增速奖励", "Revenue growth award"),
        AwardMatter::CrossBorderPlatform => {
            lang.pick("跨境电商平台补助", "Cross-border platform subsidy")
        }
    }
}

/// Every separation status, in the order a form lists them.
pub const SEPARATION_STATUSES: [SeparationStatus; 3] = [
    SeparationStatus::Done,
    SeparationStatus::Planned,
    SeparationStatus::None,
];

/// A separation status's name.
pub const fn separation_status_name(s: SeparationStatus, lang: Lang) -> &'static str {
    match s {
        SeparationStatus::Done => lang.pick(
            "已完成分离,新设了服务企业",
            "Done: a service company was set up",
        ),
        SeparationStatus::Planned => lang.pick("正在计划", "Planned"),
        SeparationStatus::None => lang.pick("没有分离计划", "No separation"),
    }
}

/// The message beside a field whose text was refused.
pub fn input_error(err: InputError, kind: FieldKind, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    match err {
        InputError::NotANumber => match kind {
            FieldKind::Count => pick(zh, "请输入整数,例如 350", "Enter a whole number, e.g. 350"),
            FieldKind::Growth | FieldKind::TaxRate => pick(
                zh,
                "请输入数字,例如 15 或 15.5",
                "Enter a number, e.g. 15 or 15.5",
            ),
            FieldKind::Land => pick(zh, "请输入数字,例如 85.5", "Enter a number, e.g. 85.5"),
            FieldKind::Year => pick(
                zh,
                "请输入四位数年份,例如 2024",
                "Enter a four-digit year, e.g. 2024",
            ),
            FieldKind::Date => pick(
                zh,
                "请按 2024-06-15 的格式输入日期",
                "Enter a date like 2024-06-15",
            ),
            FieldKind::Amount | FieldKind::SignedAmount => pick(
                zh,
                "请输入数字,例如 1,234.5(不能含字母)",
                "Enter a number, e.g. 1,234.5 (no letters)",
            ),
        },
        InputError::BadGrouping => pick(
            zh,
            "千分位逗号的位置不对,应每三位一组,例如 1,234,567",
            "Thousands separators go every three digits, e.g. 1,234,567",
        ),
        InputError::Negative => match kind {
            FieldKind::Amount => pick(zh, "金额不能为负数", "An amount cannot be negative"),
            FieldKind::Land => pick(zh, "用地面积不能为负数", "Land cannot be negative"),
            FieldKind::TaxRate => pick(zh, "税率不能为负数", "A tax rate cannot be negative"),
            _ => pick(zh, "不能为负数", "Cannot be negative"),
        },
        InputError::TooManyDecimals { max } => match kind {
            FieldKind::Amount | FieldKind::SignedAmount => {
                if zh {
                    format!("金额精确到分即可:此单位下最多 {max} 位小数")
                } else {
                    format!("Amounts go to the fen: at most {max} decimal places in this unit")
                }
            }
            _ => {
                if zh {
                    format!("最多 {max} 位小数")
                } else {
                    format!("At most {max} decimal places")
                }
            }
        },
        InputError::TooLarge { max } => match kind {
            FieldKind::Amount | FieldKind::SignedAmount => {
                let limit = crate::input::amount_in_words(max, lang);
                if zh {
                    format!("数额过大(上限 {limit}),请检查单位是否应为元")
                } else {
                    format!("Too large (limit {limit}): check whether the unit should be yuan")
                }
            }
            FieldKind::Land => {
                if zh {
                    format!(
                        "面积过大(上限 {} 亩),请检查是否多输了位数",
                        format_grouped(max)
                    )
                } else {
                    format!(
                        "Too large (limit {} mu): check for extra digits",
                        format_grouped(max)
                    )
                }
            }
            _ => {
                if zh {
                    format!("数量过大(上限 {})", format_grouped(max))
                } else {
                    format!("Too large (limit {})", format_grouped(max))
                }
            }
        },
        InputError::NotWhole => pick(zh, "请输入整数", "Enter a whole number"),
        InputError::NotPositive => pick(
            zh,
            "用地面积须大于 0 亩;没有自有用地请留空",
            "Land must be more than 0 mu; leave it empty if you have no own land",
        ),
        InputError::OutOfRange { min, max } => {
            let (min, max) = (format_grouped(min), format_grouped(max));
            match (kind, zh) {
                (FieldKind::TaxRate, true) => format!("企业所得税税率应在 {min}% 至 {max}% 之间"),
                (FieldKind::TaxRate, false) => {
                    format!("An income-tax rate is from {min}% to {max}%")
                }
                (_, true) => format!("增速应在 {min}% 至 {max}% 之间,请检查是否多输了位数"),
                (_, false) => {
                    format!("Growth must be from {min}% to {max}%: check for extra digits")
                }
            }
        }
        InputError::NotAYear => pick(
            zh,
            "请输入四位数年份,例如 2024",
            "Enter a four-digit year, e.g. 2024",
        ),
        InputError::YearOutOfRange { min, max } => {
            if zh {
                format!("年份应在 {min} 年至 {max} 年之间")
            } else {
                format!("The year must be from {min} to {max}")
            }
        }
        InputError::NotADate => pick(
            zh,
            "请按 2024-06-15 的格式输入日期",
            "Enter a date like 2024-06-15",
        ),
        InputError::ImpossibleDate => pick(
            zh,
            "没有这一天,请检查月份和日期",
            "That day does not exist: check the month and day",
        ),
    }
}

/// The message for a problem the engine's own check
/// ([`crate::answers::validate`]) finds in the answers.
pub fn answer_problem(problem: AnswerProblem, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    match problem {
        AnswerProblem::Negative => pick(zh, "不能为负数", "Cannot be negative"),
        AnswerProblem::Zero => pick(
            zh,
            "不能为 0:填写了工业增加值时,从业人员数须大于 0",
            "Cannot be 0: with value added entered, employees must be more than 0",
        ),
        AnswerProblem::ImpossibleYear { year } => {
            if zh {
                format!("{year} 年不是可能的年份")
            } else {
                format!("{year} is not a possible year")
            }
        }
        AnswerProblem::PercentOutOfRange { min, max } => {
            if zh {
                format!("应在 {min}% 至 {max}% 之间")
            } else {
                format!("Must be from {min}% to {max}%")
            }
        }
        AnswerProblem::TooLarge => pick(zh, "数额过大,请检查单位", "Too large: check the unit"),
        AnswerProblem::LevelMissing => pick(
            zh,
            "请选择级别:服务型制造示范和工业设计的奖励按国家级、省级、市级区分",
            "Choose the level: these awards differ by national, provincial and municipal level",
        ),
        AnswerProblem::TooMany { max } => {
            if zh {
                format!("最多填写 {max} 项,请删去多余的")
            } else {
                format!("At most {max} entries: remove the extra ones")
            }
        }
        AnswerProblem::TooLong { max } => {
            if zh {
                format!("最多 {max} 个字,请缩短")
            } else {
                format!("At most {max} characters: shorten it")
            }
        }
    }
}

/// "请先修改以下答案…: 级别: 请选择级别…" — why an export or share link
/// is held back, naming each question the engine's check flags.
pub fn fix_first(problems: &[crate::answers::FieldError], lang: Lang) -> String {
    format!(
        "{}{}",
        Ui::FixFirst.text(lang),
        problem_list(problems, lang)
    )
}

/// "级别: 请选择级别…; …": each question the engine's check flags, with why.
pub fn problem_list(problems: &[crate::answers::FieldError], lang: Lang) -> String {
    let list: Vec<String> = problems
        .iter()
        .map(|p| {
            format!(
                "{}: {}",
                super::explain::question_name(p.question, lang),
                answer_problem(p.problem, lang)
            )
        })
        .collect();
    list.join(lang.pick(";", "; "))
}

fn pick(zh: bool, zh_text: &str, en_text: &str) -> String {
    if zh { zh_text } else { en_text }.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::{growth_percent_range, parse_land_mu, parse_percent};

    #[test]
    fn every_question_has_words_in_both_languages() {
        let questions = [
            Question::EnterpriseName,
            Question::Location,
            Question::Industry,
            Question::AboveScale,
            Question::Revenue(2024),
            Question::Recognitions,
            Question::AwardsReceived,
            Question::Sectors,
            Question::Activities,
            Question::RdCost,
            Question::TaxableIncome,
            Question::IncomeTaxRate,
            Question::CrossBorderOperator,
            Question::CrossBorderServed,
            Question::CrossBorderGrowth,
            Question::CrossBorderUpgradeCost,
            Question::CrossBorderYear,
            Question::SpunOff,
            Question::SeparationStatus,
            Question::SeparationNewLand,
            Question::SeparationOnParentLand,
            Question::SeparationNewCompanyFigures,
            Question::OwnLand,
            Question::MixedUsePlan,
            Question::LogisticsOnExistingLand,
            Question::InPilotArea,
            Question::ValueAdded,
            Question::TaxPaid,
            Question::Employees,
            Question::AssessmentDate,
        ];
        for q in questions {
            for lang in [Lang::Zh, Lang::En] {
                assert!(!label(q, lang).is_empty(), "{q:?}");
                assert!(!why(&crate::JIAXING_2024_14, q, lang).is_empty(), "{q:?}");
            }
            assert_ne!(label(q, Lang::Zh), label(q, Lang::En), "{q:?}");
            // A "why" names its article (一..五) in Chinese, except the name's.
            if q != Question::EnterpriseName {
                assert!(
                    why(&crate::JIAXING_2024_14, q, Lang::Zh)
                        .chars()
                        .any(|c| "一二三四五".contains(c)),
                    "{q:?}"
                );
            }
        }
    }

    #[test]
    fn messages_name_the_bounds() {
        let err = parse_percent("5000", growth_percent_range()).unwrap_err();
        assert_eq!(
            input_error(err, FieldKind::Growth, Lang::Zh),
            "增速应在 -100% 至 1,000% 之间,请检查是否多输了位数"
        );
        assert!(input_error(err, FieldKind::Growth, Lang::En).contains("-100% to 1,000%"));
        let err = parse_land_mu("0").unwrap_err();
        assert!(input_error(err, FieldKind::Land, Lang::Zh).contains("大于 0 亩"));
        assert!(input_error(err, FieldKind::Land, Lang::En).contains("more than 0 mu"));
    }

    #[test]
    fn step_counter_reads_naturally() {
        assert_eq!(step_of(2, 6, Lang::Zh), "第 2 步,共 6 步");
        assert_eq!(step_of(2, 6, Lang::En), "Step 2 of 6");
        assert_eq!(
            error_count(1, Lang::En),
            "One answer on this step needs correcting."
        );
    }
}

//! Words of the batch screening page (batch.html, `fusion-batch-page`): its
//! headings, buttons, filters and messages. The column headers, result
//! columns and cell messages are in [`super::batch`].
//!
//! Only the batch page calls these, so the interview's bundle drops them.

use super::Lang;

/// A label, heading, button or message of the batch page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Page {
    /// The page's title.
    Title,
    /// What the page does, under the title.
    Intro,
    /// Link back to the single-enterprise interview.
    BackToInterview,
    /// The language switch's accessible prefix.
    LanguageSwitch,
    /// The other language's name, in that language.
    OtherLanguage,
    /// Step 1: the template.
    TemplateHeading,
    /// What the template is.
    TemplateHint,
    /// Download the template as XLSX.
    TemplateXlsx,
    /// Download the template as CSV.
    TemplateCsv,
    /// Step 2: the bureau's file.
    FileHeading,
    /// The file input's label.
    FilePick,
    /// What the drop zone accepts.
    FileDrop,
    /// Reading the picked file.
    FileOpening,
    /// Rows in the opened file ("{n} 行").
    FileRows,
    /// Step 3: the column mapping.
    MappingHeading,
    /// The headers are the template's: nothing to map.
    MappingTemplate,
    /// The headers are not the template's: check the proposal.
    MappingOther,
    /// Mapping table: the file's column.
    MappingColumn,
    /// Mapping table: what it is read as.
    MappingField,
    /// A column that is not read.
    MappingNotRead,
    /// The mapping is remembered in this browser for next time.
    MappingRemembered,
    /// Start screening.
    Run,
    /// Cancel the run.
    Cancel,
    /// The progress bar's label.
    Progress,
    /// The run was cancelled.
    Cancelled,
    /// Step 4: the results.
    ResultsHeading,
    /// Summary heading.
    SummaryHeading,
    /// Rows screened.
    RowsScreened,
    /// Rows with something unreadable.
    RowsIncomplete,
    /// Cash by data year heading: the budget.
    BudgetHeading,
    /// Cash that qualifies (short, table header).
    CashQualifiesShort,
    /// Cash that is likely (short, table header).
    CashLikelyShort,
    /// Notification list column / buttons.
    NoticesColumn,
    /// The filters' group label.
    Filters,
    /// Filter: rule.
    FilterRule,
    /// Filter: level.
    FilterLevel,
    /// Filter: location.
    FilterLocation,
    /// Filter: industry.
    FilterIndustry,
    /// Search by name or id.
    Search,
    /// Any value of a filter.
    Any,
    /// Only rows with problems.
    OnlyIncomplete,
    /// Results table: enterprise name.
    Name,
    /// Results table: location.
    Location,
    /// Results table: industry.
    Industry,
    /// Results table: the rules that apply.
    Rules,
    /// Opens an enterprise in the interview (read-only).
    Open,
    /// Matching rows ("{n} 家").
    Matching,
    /// Previous page.
    PreviousPage,
    /// Next page.
    NextPage,
    /// Page n of m.
    PageOf,
    /// No row matches the filters.
    NoMatch,
    /// Problems heading.
    ProblemsHeading,
    /// No problems.
    NoProblems,
    /// Only the first problems are listed here; the download has all.
    ProblemsFirst,
    /// Downloads heading.
    ExportsHeading,
    /// Export results.
    ExportResults,
    /// Export problems.
    ExportProblems,
    /// Export the summary.
    ExportSummary,
    /// The sandbox heading (政策沙盘).
    SandboxHeading,
    /// What the sandbox does.
    SandboxHint,
    /// F1 national award.
    F1National,
    /// F1 provincial award.
    F1Provincial,
    /// F1 municipal award.
    F1Municipal,
    /// F3 tier threshold.
    F3Threshold,
    /// F3 tier award.
    F3Award,
    /// F5 growth threshold.
    F5Threshold,
    /// F5 award per year.
    F5Award,
    /// F5 years.
    F5Years,
    /// F6 enterprises served.
    F6Served,
    /// F6 growth of a tier.
    F6Growth,
    /// F6 rate of a tier.
    F6Rate,
    /// F6 cap.
    F6Cap,
    /// Tier n.
    Tier,
    /// Rerun under the sandbox figures.
    SandboxRun,
    /// Back to the policy as written.
    SandboxReset,
    /// A sandbox field left empty.
    SandboxRequired,
    /// The change (sandbox minus as written).
    Difference,
    /// The worker could not start.
    WorkerUnavailable,
    /// Opening an enterprise failed.
    OpenFailed,
    /// Unit: 万元.
    Wan,
    /// Unit: 元.
    Yuan,
    /// Unit: enterprises.
    Enterprises,
    /// Unit: percent.
    Percent,
    /// Unit: years.
    Years,
}

impl Page {
    /// The text in `lang`.
    pub const fn text(self, lang: Lang) -> &'static str {
        use Page as P;
        let (zh, en) = match self {
            P::Title => ("批量筛查", "Batch screening"),
            P::Intro => (
                "上传企业清单,逐家按嘉政发〔2024〕14号评估,汇总每条政策的企业数和每年所需资金。文件只在本机浏览器中处理,不会上传。",
                "Upload a list of enterprises: each is assessed against 嘉政发〔2024〕14号 and the counts and yearly cash of every rule are summed. The file is processed in this browser only and never uploaded.",
            ),
            P::BackToInterview => ("单个企业自测", "Assess one enterprise"),
            P::LanguageSwitch => ("切换语言", "Switch language"),
            P::OtherLanguage => ("English", "中文"),
            P::TemplateHeading => ("1. 下载模板", "1. Download the template"),
            P::TemplateHint => (
                "每行一家企业;金额单位为万元。也可以直接上传自己的表格,下一步对应各列。",
                "One enterprise per row; amounts in 10k yuan. Your own spreadsheet works too: its columns are matched in the next step.",
            ),
            P::TemplateXlsx => ("下载模板(XLSX)", "Template (XLSX)"),
            P::TemplateCsv => ("下载模板(CSV)", "Template (CSV)"),
            P::FileHeading => ("2. 选择企业清单", "2. Choose the list"),
            P::FilePick => ("选择文件(CSV 或 XLSX)", "Choose a file (CSV or XLSX)"),
            P::FileDrop => ("或把文件拖到这里", "or drop it here"),
            P::FileOpening => ("正在读取文件……", "Reading the file…"),
            P::FileRows => ("行数据", "data rows"),
            P::MappingHeading => ("3. 核对列对应", "3. Check the columns"),
            P::MappingTemplate => (
                "表头与模板一致,无需调整。",
                "The headers are the template's: nothing to adjust.",
            ),
            P::MappingOther => (
                "表头与模板不同:请核对每一列读作什么,需要时更正。",
                "The headers are not the template's: check what each column is read as and correct it where needed.",
            ),
            P::MappingColumn => ("文件中的列", "Column in the file"),
            P::MappingField => ("读作", "Read as"),
            P::MappingNotRead => ("不读取", "Not read"),
            P::MappingRemembered => (
                "您的更正会保存在本浏览器中,下次上传相同表头的文件时自动使用。",
                "Your corrections are kept in this browser and used for the next file with the same headers.",
            ),
            P::Run => ("开始筛查", "Screen"),
            P::Cancel => ("取消", "Cancel"),
            P::Progress => ("筛查进度", "Progress"),
            P::Cancelled => ("已取消。", "Cancelled."),
            P::ResultsHeading => ("4. 筛查结果", "4. Results"),
            P::SummaryHeading => ("各条款汇总", "Summary per rule"),
            P::RowsScreened => ("已筛查企业", "Enterprises screened"),
            P::RowsIncomplete => ("数据不完整", "Incomplete rows"),
            P::BudgetHeading => ("按数据年度的资金(财政预算)", "Cash by data year (the budget)"),
            P::CashQualifiesShort => ("符合条件(万元)", "Qualifies (10k yuan)"),
            P::CashLikelyShort => ("很可能(万元)", "Likely (10k yuan)"),
            P::NoticesColumn => ("通知名单", "Notification list"),
            P::Filters => ("筛选", "Filters"),
            P::FilterRule => ("条款", "Rule"),
            P::FilterLevel => ("结果", "Result"),
            P::FilterLocation => ("所在地", "Location"),
            P::FilterIndustry => ("行业", "Industry"),
            P::Search => ("搜索企业名称或代码", "Search name or code"),
            P::Any => ("全部", "All"),
            P::OnlyIncomplete => ("只看数据不完整的", "Only incomplete rows"),
            P::Name => ("企业名称", "Enterprise"),
            P::Location => ("所在地", "Location"),
            P::Industry => ("行业", "Industry"),
            P::Rules => ("适用条款", "Rules that apply"),
            P::Open => ("查看", "Open"),
            P::Matching => ("家符合筛选", "matching"),
            P::PreviousPage => ("上一页", "Previous"),
            P::NextPage => ("下一页", "Next"),
            P::PageOf => ("页", "page"),
            P::NoMatch => ("没有符合筛选的企业。", "No enterprise matches the filters."),
            P::ProblemsHeading => ("无法读取的单元格", "Cells that could not be read"),
            P::NoProblems => ("所有单元格均已读取。", "Every cell was read."),
            P::ProblemsFirst => (
                "此处列出前 200 条;下载的清单包含全部。",
                "The first 200 are listed here; the download has them all.",
            ),
            P::ExportsHeading => ("下载结果", "Download"),
            P::ExportResults => ("筛查结果", "Results"),
            P::ExportProblems => ("问题清单", "Problems"),
            P::ExportSummary => ("汇总", "Summary"),
            P::SandboxHeading => ("政策沙盘", "Policy sandbox"),
            P::SandboxHint => (
                "修改奖励金额和门槛后重新筛查,预算和企业数与现行政策并列显示。政策文本不变,仅用于测算。",
                "Change award amounts and thresholds and screen again: the budget and counts show beside the policy as written. The policy itself is unchanged; this is for estimates only.",
            ),
            P::F1National => ("F1 国家级奖励", "F1 national award"),
            P::F1Provincial => ("F1 省级奖励", "F1 provincial award"),
            P::F1Municipal => ("F1 市级奖励", "F1 municipal award"),
            P::F3Threshold => ("F3 营收门槛", "F3 revenue threshold"),
            P::F3Award => ("F3 奖励", "F3 award"),
            P::F5Threshold => ("F5 增速门槛", "F5 growth threshold"),
            P::F5Award => ("F5 每年奖励", "F5 award per year"),
            P::F5Years => ("F5 奖励年数", "F5 years"),
            P::F6Served => ("F6 服务企业数门槛", "F6 enterprises served"),
            P::F6Growth => ("F6 增速", "F6 growth"),
            P::F6Rate => ("F6 补助比例", "F6 subsidy rate"),
            P::F6Cap => ("F6 补助上限", "F6 cap"),
            P::Tier => ("档", "tier"),
            P::SandboxRun => ("按沙盘重新筛查", "Screen with the sandbox"),
            P::SandboxReset => ("恢复现行政策", "Back to the policy as written"),
            P::SandboxRequired => ("请填写一个数字", "Enter a number"),
            P::Difference => ("变化", "Change"),
            P::WorkerUnavailable => (
                "筛查模块无法启动(可能处于离线状态或被网站策略阻止)。请刷新页面重试。",
                "The screening module could not start (offline, or blocked by the site's policy). Reload the page to try again.",
            ),
            P::OpenFailed => ("无法打开该企业。", "Could not open this enterprise."),
            P::Wan => ("万元", "10k yuan"),
            P::Yuan => ("元", "yuan"),
            P::Enterprises => ("家", "enterprises"),
            P::Percent => ("%", "%"),
            P::Years => ("年", "years"),
        };
        lang.pick(zh, en)
    }
}

/// Where the header was found when rows above it (a title, blank rows)
/// were passed over: "表头在第 3 行,其上各行未读入".
pub fn header_row(row: u64, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("表头在第 {row} 行,其上各行未读入"),
        Lang::En => format!("header on row {row}; the rows above it are not read"),
    }
}

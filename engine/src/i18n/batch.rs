//! Words of bureau batch screening (`fusion-batch`): the template's column
//! headers beyond the interview's question labels, the result columns, the
//! summary, and the messages beside a cell that could not be read.
//!
//! Only the batch crate calls these, so the interview's bundle drops them.

use super::names;
use super::Lang;
use crate::answers::RecognitionKind;
use crate::input::AmountUnit;

/// A fixed word or short label of batch screening.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Word {
    /// 统一社会信用代码.
    CreditCode,
    /// Row number in the bureau's file.
    Row,
    /// Column name in a problem list.
    Column,
    /// Message in a problem list.
    Message,
    /// The row had problems: assessed on what could be read.
    Incomplete,
    /// Problems found in a row.
    Problems,
    /// Cash whose conditions are met.
    CashQualifies,
    /// Cash resting on an interpretation or a county's by-reference application.
    CashLikely,
    /// Estimated tax saving (never added to cash).
    TaxEstimate,
    /// Recognitions of the kinds without their own columns, as a list.
    OtherRecognitions,
    /// The new company's revenue (主辅分离).
    NewCompanyRevenue,
    /// The new company's profit.
    NewCompanyProfit,
    /// The new company's tax.
    NewCompanyTax,
    /// The new company's value added.
    NewCompanyValueAdded,
    /// Summary: a rule.
    Rule,
    /// Summary: enterprises that qualify.
    CountQualifies,
    /// Summary: enterprises likely to.
    CountLikely,
    /// Summary: enterprises on a path to it.
    CountPossible,
    /// Summary: the data year of an amount.
    DataYear,
    /// Summary: all rules, all years.
    Total,
    /// The policy as written (sandbox comparison).
    AsWritten,
    /// The policy as changed in the sandbox.
    Sandbox,
    /// Sheet name of the results.
    ResultsSheet,
    /// Sheet name of the summary.
    SummarySheet,
    /// Sheet name of the template.
    TemplateSheet,
    /// Yes, as a cell reads.
    Yes,
    /// No, as a cell reads.
    No,
    /// A notification list: the rule's level for the enterprise.
    Level,
    /// A notification list: the rule's cash for the enterprise.
    AmountWan,
    /// A notification list: the facts the outcome used.
    Facts,
    /// A rule's notification list (sheet and file name).
    Notices,
    /// The list of cells that could not be read (sheet and file name).
    ProblemList,
    /// The template's file name.
    TemplateFile,
}

/// A fixed word of batch screening.
pub const fn word(w: Word, lang: Lang) -> &'static str {
    match w {
        Word::CreditCode => lang.pick("统一社会信用代码", "Unified social credit code"),
        Word::Row => lang.pick("行号", "Row"),
        Word::Column => lang.pick("列", "Column"),
        Word::Message => lang.pick("说明", "Message"),
        Word::Incomplete => lang.pick("数据不完整", "Incomplete"),
        Word::Problems => lang.pick("问题", "Problems"),
        Word::CashQualifies => lang.pick("符合条件的奖补(万元)", "Cash, qualifies (10k yuan)"),
        Word::CashLikely => lang.pick("很可能的奖补(万元)", "Cash, likely (10k yuan)"),
        Word::TaxEstimate => lang.pick("税收优惠估算(万元)", "Tax saving estimate (10k yuan)"),
        Word::OtherRecognitions => lang.pick("其他认定", "Other recognitions"),
        Word::NewCompanyRevenue => lang.pick("新公司营业收入", "New company's revenue"),
        Word::NewCompanyProfit => lang.pick("新公司利润", "New company's profit"),
        Word::NewCompanyTax => lang.pick("新公司税收", "New company's tax"),
        Word::NewCompanyValueAdded => lang.pick("新公司增加值", "New company's value added"),
        Word::Rule => lang.pick("条款", "Rule"),
        Word::CountQualifies => lang.pick("符合(家)", "Qualify (enterprises)"),
        Word::CountLikely => lang.pick("很可能(家)", "Likely (enterprises)"),
        Word::CountPossible => lang.pick("有望(家)", "Possible (enterprises)"),
        Word::DataYear => lang.pick("数据年度", "Data year"),
        Word::Total => lang.pick("合计", "Total"),
        Word::AsWritten => lang.pick("现行政策", "Policy as written"),
        Word::Sandbox => lang.pick("政策沙盘", "Sandbox"),
        Word::ResultsSheet => lang.pick("筛查结果", "Results"),
        Word::SummarySheet => lang.pick("汇总", "Summary"),
        Word::TemplateSheet => lang.pick("企业清单", "Enterprises"),
        Word::Yes => lang.pick("是", "yes"),
        Word::No => lang.pick("否", "no"),
        Word::Level => lang.pick("级别", "Level"),
        Word::AmountWan => lang.pick("金额(万元)", "Amount (10k yuan)"),
        Word::Facts => lang.pick("依据", "Facts used"),
        Word::Notices => lang.pick("通知名单", "notices"),
        Word::ProblemList => lang.pick("问题清单", "problems"),
        Word::TemplateFile => lang.pick("批量筛查模板", "batch-template"),
    }
}

/// A header with its unit: "研发费用(万元)", "R&D cost (10k yuan)".
pub fn with_unit(label: &str, unit: AmountUnit, lang: Lang) -> String {
    let unit = match unit {
        AmountUnit::Wan => lang.pick("万元", "10k yuan"),
        AmountUnit::Yuan => lang.pick("元", "yuan"),
    };
    match lang {
        Lang::Zh => format!("{label}({unit})"),
        Lang::En => format!("{label} ({unit})"),
    }
}

/// A revenue column's header: "2024年营业收入(万元)".
pub fn revenue_header(year: u16, unit: AmountUnit, lang: Lang) -> String {
    let label = match lang {
        Lang::Zh => format!("{year}年营业收入"),
        Lang::En => format!("Revenue {year}"),
    };
    with_unit(&label, unit, lang)
}

/// The column of a recognition's level: "工业设计级别".
pub fn recognition_level_header(kind: RecognitionKind, lang: Lang) -> String {
    let name = short_recognition(kind, lang);
    match lang {
        Lang::Zh => format!("{name}级别"),
        Lang::En => format!("{name}: level"),
    }
}

/// The column of a recognition's date: "工业设计认定日期".
pub fn recognition_date_header(kind: RecognitionKind, lang: Lang) -> String {
    let name = short_recognition(kind, lang);
    match lang {
        Lang::Zh => format!("{name}认定日期"),
        Lang::En => format!("{name}: date"),
    }
}

/// A recognition's name without its bracketed scope ("工业设计企业").
fn short_recognition(kind: RecognitionKind, lang: Lang) -> &'static str {
    let label = names::recognition(kind).label(lang);
    let cut = label.find(['(', '（']).unwrap_or(label.len());
    label[..cut].trim_end()
}

/// A percentage column's header: "进出口额增速(%)".
pub fn percent_header(label: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{label}(%)"),
        Lang::En => format!("{label} (%)"),
    }
}

/// A result column of one rule: "F3 生产性服务业营收首超".
pub fn rule_header(code: &str, name: &str) -> String {
    format!("{code} {name}")
}

/// Why a cell or a file could not be read. Values travel with the problem so
/// the message can quote them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CellMessage {
    /// A number, date or year the engine's parser refused: its own words.
    Input(String),
    /// A location no list names.
    UnknownLocation(String),
    /// An industry no list names.
    UnknownIndustry(String),
    /// Not a yes/no.
    NotYesNo(String),
    /// Not 国家级/省级/市级.
    UnknownLevel(String),
    /// A recognition, sector, activity or award matter no list names.
    UnknownName(String),
    /// A separation status that is not none/planned/done.
    UnknownSeparation(String),
    /// A list item that names neither an amount nor a matter.
    IncompleteItem(String),
    /// The engine's checks refused the value (too large, impossible year...).
    Invalid(String),
    /// The row has more cells than the header.
    ExtraCells(usize),
    /// Two columns mapped to the same field; the later one was used.
    Duplicate,
}

/// The message beside a cell.
pub fn cell_message(m: &CellMessage, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let q = |s: &str| -> String {
        let mut t: String = s.chars().take(40).collect();
        if s.chars().count() > 40 {
            t.push('…');
        }
        t
    };
    match m {
        CellMessage::Input(words) => words.clone(),
        CellMessage::UnknownLocation(s) => {
            if zh {
                format!(
                    "不认识的所在地「{}」:请填写县(市、区)名称,例如 南湖区、海宁市",
                    q(s)
                )
            } else {
                format!("Unknown location \"{}\": write a district or county, e.g. Nanhu District, Haining", q(s))
            }
        }
        CellMessage::UnknownIndustry(s) => {
            if zh {
                format!("不认识的行业「{}」:请填写 制造业、科技信息、物流运输、商务服务、批发零售贸易 或 其他", q(s))
            } else {
                format!("Unknown industry \"{}\": write manufacturing, technology and information, logistics, business services, wholesale and retail or other", q(s))
            }
        }
        CellMessage::NotYesNo(s) => {
            if zh {
                format!("「{}」不是 是/否", q(s))
            } else {
                format!("\"{}\" is not yes or no", q(s))
            }
        }
        CellMessage::UnknownLevel(s) => {
            if zh {
                format!("不认识的级别「{}」:请填写 国家级、省级 或 市级", q(s))
            } else {
                format!(
                    "Unknown level \"{}\": write national, provincial or municipal",
                    q(s)
                )
            }
        }
        CellMessage::UnknownName(s) => {
            if zh {
                format!("不认识的名称「{}」:请使用模板说明中的名称", q(s))
            } else {
                format!(
                    "Unknown name \"{}\": use a name from the template's list",
                    q(s)
                )
            }
        }
        CellMessage::UnknownSeparation(s) => {
            if zh {
                format!("不认识的主辅分离情况「{}」:请填写 无、计划 或 已完成", q(s))
            } else {
                format!(
                    "Unknown separation status \"{}\": write none, planned or done",
                    q(s)
                )
            }
        }
        CellMessage::IncompleteItem(s) => {
            if zh {
                format!("「{}」缺少事项或金额,例如 工业设计奖励 30万元 2025", q(s))
            } else {
                format!("\"{}\" lacks a matter or an amount, e.g. Industrial design award 300000元 2025", q(s))
            }
        }
        CellMessage::Invalid(words) => words.clone(),
        CellMessage::ExtraCells(n) => {
            if zh {
                format!("本行比表头多 {n} 个单元格,多出的内容未读取")
            } else {
                format!("{n} more cells than the header has; the extra cells were not read")
            }
        }
        CellMessage::Duplicate => pick(
            zh,
            "与前面的列对应同一项,以本列为准",
            "Maps to the same field as an earlier column; this column's value was used",
        ),
    }
}

/// Why a whole file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileMessage {
    /// Neither CSV nor XLSX.
    UnknownFormat,
    /// An Excel 97-2003 workbook (.xls) or a WPS sheet (.et).
    OldExcel,
    /// No header row.
    Empty,
    /// The spreadsheet could not be opened (its own error quoted).
    Spreadsheet(String),
    /// Reading failed part way (its own error quoted).
    Read(String),
    /// Writing the output failed (its own error quoted).
    Write(String),
    /// No column could be matched to a field.
    NoColumns,
}

/// The message for a file that could not be read or written.
pub fn file_message(m: &FileMessage, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    match m {
        FileMessage::UnknownFormat => pick(
            zh,
            "文件不是 CSV 或 XLSX 表格,请选择企业清单的表格文件",
            "The file is neither CSV nor XLSX: choose the spreadsheet of the enterprise list",
        ),
        FileMessage::OldExcel => pick(
            zh,
            "这是旧版 Excel(.xls)或 WPS 表格文件,无法直接读取:请在 Excel 或 WPS 中“另存为” .xlsx 或 CSV 后再选择",
            "This is an old Excel workbook (.xls) or a WPS sheet, which cannot be read here: use “Save as” in Excel or WPS to save it as .xlsx or CSV, then choose that file",
        ),
        FileMessage::Empty => pick(zh, "文件没有表头行", "The file has no header row"),
        FileMessage::Spreadsheet(e) => {
            if zh {
                format!("无法打开表格:文件已损坏,或不是 Excel 工作簿(.xlsx)。请在 Excel 或 WPS 中重新另存为 .xlsx 或 CSV 后再选择。(详情:{e})")
            } else {
                format!("Cannot open the spreadsheet: the file is damaged or is not an Excel workbook (.xlsx). Save it again as .xlsx or CSV in Excel or WPS, then choose that file. (Detail: {e})")
            }
        }
        FileMessage::Read(e) => {
            if zh {
                format!("读取中断:{e}")
            } else {
                format!("Reading stopped: {e}")
            }
        }
        FileMessage::Write(e) => {
            if zh {
                format!("无法写出结果:{e}")
            } else {
                format!("Cannot write the results: {e}")
            }
        }
        FileMessage::NoColumns => pick(
            zh,
            "没有一列能对应到模板的字段,请检查表头或调整列对应",
            "No column matches a template field: check the header row or the column mapping",
        ),
    }
}

/// Why sandbox edits of rule `rule` were refused: a negative figure, or
/// (`no_tiers`) a tier list left empty.
pub fn edit_message(rule: &str, no_tiers: bool, lang: Lang) -> String {
    match (lang, no_tiers) {
        (Lang::Zh, false) => format!("政策沙盘 {rule}:金额、门槛和比例不能为负数"),
        (Lang::Zh, true) => format!("政策沙盘 {rule}:至少需要一档"),
        (Lang::En, false) => {
            format!("Sandbox {rule}: amounts, thresholds and rates cannot be negative")
        }
        (Lang::En, true) => format!("Sandbox {rule}: at least one tier is needed"),
    }
}

fn pick(zh: bool, zh_text: &str, en_text: &str) -> String {
    if zh { zh_text } else { en_text }.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_carry_units_and_short_names() {
        assert_eq!(
            revenue_header(2024, AmountUnit::Wan, Lang::Zh),
            "2024年营业收入(万元)"
        );
        assert_eq!(
            revenue_header(2023, AmountUnit::Yuan, Lang::En),
            "Revenue 2023 (yuan)"
        );
        assert_eq!(
            recognition_level_header(RecognitionKind::IndustrialDesign, Lang::Zh),
            "工业设计企业级别"
        );
        assert_eq!(
            recognition_date_header(RecognitionKind::HighTech, Lang::Zh),
            "高新技术企业认定日期"
        );
    }

    #[test]
    fn messages_quote_at_most_forty_characters() {
        let long = "海".repeat(100);
        let m = cell_message(&CellMessage::UnknownLocation(long), Lang::Zh);
        assert!(m.contains('…'));
        assert!(m.chars().count() < 100, "{m}");
    }
}

//! Words of scenarios (方案对比) and their comparison, for the app and the
//! summary alike: suggested names, labels, and differences in words.

use super::explain::{level_name_for, money};
use super::Lang;
use crate::scenario::{CompareCell, CompareRow, NameFault};
use rust_decimal::Decimal;

/// A fixed piece of text about scenarios.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScenarioText {
    /// Heading of the comparison (app and summary).
    Heading,
    /// What scenarios are for, under the heading in the app.
    Intro,
    /// The button that copies the answers on screen into a new scenario.
    Copy,
    /// Said instead of the button once there are three.
    Full,
    /// The legend of the choice of what the interview edits.
    Editing,
    /// The answers that are not a scenario.
    Main,
    /// Label of a scenario's name field.
    Name,
    /// The button that removes a scenario (its name follows).
    Remove,
    /// Announced: a scenario was made (its name follows).
    Copied,
    /// Announced: the interview now edits (a name follows).
    NowEditing,
    /// Announced: a scenario was removed (its name follows).
    Removed,
    /// The note above the interview while it edits a scenario (its name follows).
    EditingNote,
    /// The name of the box the comparison table scrolls in.
    Table,
}

impl ScenarioText {
    /// The text in `lang`.
    pub const fn text(self, lang: Lang) -> &'static str {
        match self {
            ScenarioText::Heading => lang.pick("方案对比", "Scenarios compared"),
            ScenarioText::Intro => lang.pick(
                "把答案复制为最多三个方案,分别修改(如主辅分离、营收增长),并排比较各方案的结果。",
                "Copy the answers into up to three scenarios, change each (a spin-off, more growth), and compare their results side by side.",
            ),
            ScenarioText::Copy => lang.pick("复制当前答案为新方案", "Copy these answers into a new scenario"),
            ScenarioText::Full => lang.pick("已有三个方案(最多三个)。", "Three scenarios already (the most kept)."),
            ScenarioText::Editing => lang.pick("问卷正在编辑", "The interview edits"),
            ScenarioText::Main => lang.pick("当前答案", "Current answers"),
            ScenarioText::Name => lang.pick("方案名称", "Scenario name"),
            ScenarioText::Remove => lang.pick("删除方案", "Remove scenario"),
            ScenarioText::Copied => lang.pick("已复制为方案:", "Copied into scenario: "),
            ScenarioText::NowEditing => lang.pick("问卷正在编辑:", "The interview edits: "),
            ScenarioText::Removed => lang.pick("已删除方案:", "Removed scenario: "),
            ScenarioText::Table => lang.pick("各方案结果并排", "The scenarios side by side"),
            ScenarioText::EditingNote => lang.pick(
                "问卷中的修改只改变这个方案:",
                "Changes in the interview apply to this scenario only: ",
            ),
        }
    }
}

/// Words of the comparison table (the summary's, which the app also shows
/// through the on-demand module): apart from [`ScenarioText`], so the app's
/// own bundle does not carry them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CompareText {
    /// Head of the first column.
    Item,
    /// Row: cash whose conditions are met.
    TotalQualifies,
    /// Row: cash met on an interpretation or by reference.
    TotalLikely,
    /// Row: estimated tax savings.
    TaxEstimate,
    /// The mark beside a figure that differs from the first scenario's.
    Changed,
    /// A cell whose scenario has no such outcome.
    Absent,
    /// Under the table while there is one scenario.
    NeedTwo,
    /// Under the table when nothing differs.
    Same,
    /// How differences are shown, under the table.
    Legend,
}

impl CompareText {
    /// The text in `lang`.
    pub const fn text(self, lang: Lang) -> &'static str {
        match self {
            CompareText::Item => lang.pick("项目", "Item"),
            CompareText::TotalQualifies => lang.pick("现金奖补合计(符合)", "Cash in total (qualifies)"),
            CompareText::TotalLikely => lang.pick("现金奖补合计(很可能符合)", "Cash in total (likely)"),
            CompareText::TaxEstimate => lang.pick("税收优惠估算", "Estimated tax savings"),
            CompareText::Changed => lang.pick("有变化", "changed"),
            CompareText::Absent => lang.pick("无此项", "not in this scenario"),
            CompareText::NeedTwo => lang.pick("再复制一个方案即可对比。", "Copy one more scenario to compare."),
            CompareText::Same => lang.pick("各方案的结果相同。", "The scenarios give the same results."),
            CompareText::Legend => lang.pick(
                "与第一个方案不同的格子标有“有变化”,并写出差额。",
                "Cells that differ from the first scenario are marked “changed”, with the difference.",
            ),
        }
    }
}

/// The summary's note under its comparison heading (apart from
/// [`ScenarioText`], whose words the app's bundle carries).
pub fn report_intro(lang: Lang) -> &'static str {
    lang.pick(
        "以下方案随本摘要一并保存,每个方案按同一政策单独评估;差额为与第一个方案相比。",
        "The scenarios below are kept with this summary; each is assessed on its own under the same policy, and differences are from the first scenario.",
    )
}

/// The name offered for the scenario made at `index` (0, 1, 2): 现状,
/// 主辅分离后, 增长20% (the questions consultants ask first), then a number.
pub fn suggested_name(index: usize, lang: Lang) -> String {
    match index {
        0 => lang.pick("现状", "As is").to_string(),
        1 => lang.pick("主辅分离后", "After the spin-off").to_string(),
        2 => lang.pick("增长20%", "20% growth").to_string(),
        n => numbered_name(n, lang),
    }
}

/// "方案 n" for the scenario at `index`, standing in for a name that is
/// missing.
pub fn numbered_name(index: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("方案 {}", index + 1),
        Lang::En => format!("Scenario {}", index + 1),
    }
}

/// What is wrong with a name as typed, beside its field.
pub fn name_problem(fault: NameFault, lang: Lang) -> String {
    match (fault, lang) {
        (NameFault::Empty, _) => lang
            .pick("请填写方案名称。", "Give the scenario a name.")
            .to_string(),
        (NameFault::TooLong, Lang::Zh) => {
            format!("名称最多 {} 个字。", crate::scenario::MAX_NAME_CHARS)
        }
        (NameFault::TooLong, Lang::En) => format!(
            "A name has at most {} characters.",
            crate::scenario::MAX_NAME_CHARS
        ),
    }
}

/// A difference in words with its sign ("+50 万元", "−20 万元"), or none
/// for zero.
pub fn money_difference(d: Decimal, lang: Lang) -> Option<String> {
    if d.is_zero() {
        None
    } else if d.is_sign_negative() {
        Some(format!("−{}", money(-d, lang)))
    } else {
        Some(format!("+{}", money(d, lang)))
    }
}

/// A row's label: the rule's name, with its year and matter when it has them.
pub fn row_label(row: &CompareRow, lang: Lang) -> String {
    let mut label = super::explain::rule_name(row.rule, lang).to_string();
    if let Some(year) = row.year {
        match lang {
            Lang::Zh => label.push_str(&format!("({year} 年)")),
            Lang::En => label.push_str(&format!(" ({year})")),
        }
    }
    if let Some(subject) = &row.subject {
        label.push_str(&format!(" · {}", crate::text::clean_user_text(subject)));
    }
    label
}

/// A cell's level and amount in words ("很可能符合 · 50 万元"), or the word
/// for a scenario without this outcome.
pub fn cell_text(row: &CompareRow, cell: Option<&CompareCell>, lang: Lang) -> String {
    match cell {
        None => CompareText::Absent.text(lang).to_string(),
        Some(c) => {
            let level = level_name_for(row.kind, c.level, lang);
            match c.amount_yuan {
                Some(a) => format!("{level} · {}", money(a, lang)),
                None => level.to_string(),
            }
        }
    }
}

/// Why a file or link is not made yet: answers that are not on screen (a
/// scenario, `Some(name)`, or the current answers while a scenario is
/// edited, `None`) hold values the engine's checks flag, and the file or
/// link could not be read back with them.
pub fn fix_elsewhere_first(
    name: Option<&str>,
    problems: &[crate::answers::FieldError],
    lang: Lang,
) -> String {
    let name = name.unwrap_or(ScenarioText::Main.text(lang));
    let list = super::ui::problem_list(problems, lang);
    match lang {
        Lang::Zh => format!("请先修改“{name}”中的以下答案(在“方案对比”中切换到它即可修改),否则导出的文件或链接无法再被读取:{list}"),
        Lang::En => format!("Correct these answers in “{name}” first (switch to it under Scenarios compared to edit them), or the file or link could not be read back: {list}"),
    }
}

//! Messages for imports and share links: say what the input is, what the
//! tool expected, and that nothing already entered was changed.

use super::explain::{problem_words, question_label};
use super::Lang;
use crate::scenario::{NameFault, MAX_NAME_CHARS};
use crate::transfer::{ImportError, ShapeFault, ANSWERS_FORMAT, SUMMARY_FORMAT};

/// Most problems one import message lists.
const MAX_LISTED: usize = 5;

/// What is wrong with a field, in this tool's own words (never the file's).
fn shape_words(fault: ShapeFault, lang: Lang) -> &'static str {
    match fault {
        ShapeFault::UnknownField => lang.pick(
            "含有本工具不认识的字段",
            "it holds a field this tool does not know",
        ),
        ShapeFault::UnknownValue => lang.pick(
            "取值不是本工具认识的选项",
            "the value is not one of this tool's choices",
        ),
        ShapeFault::WrongType => lang.pick(
            "取值的类型或格式不对",
            "the value has the wrong type or form",
        ),
        ShapeFault::Missing => lang.pick("缺少必填内容", "something required is missing"),
        ShapeFault::Other => lang.pick("无法读取", "it cannot be read"),
    }
}

/// The closing reassurance of every refusal.
fn kept(lang: Lang) -> &'static str {
    lang.pick(
        "已填写的答案没有任何改变。",
        "Nothing you had entered was changed.",
    )
}

/// What is wrong with a file over the size limit.
fn too_large(bytes: usize, limit: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("内容过大({} KB),答案文件不会超过 {} KB,这不是本工具导出的文件。", bytes / 1024, limit / 1024),
        Lang::En => format!(
            "Too large ({} KB): an answers file is never over {} KB, so this is not a file this tool wrote.",
            bytes / 1024,
            limit / 1024
        ),
    }
}

impl ImportError {
    /// The message shown beside the import control or link banner.
    pub fn message(&self, lang: Lang) -> String {
        format!("{} {}", self.body(lang), kept(lang))
    }

    /// [`ImportError::message`] of [`ImportError::TooLarge`] alone: the
    /// page refuses such a file before reading it, and needs none of the
    /// other messages (the on-demand module words those).
    pub fn too_large_message(bytes: usize, limit: usize, lang: Lang) -> String {
        format!("{} {}", too_large(bytes, limit, lang), kept(lang))
    }

    /// What is wrong, without the closing reassurance.
    fn body(&self, lang: Lang) -> String {
        match self {
            ImportError::Empty => lang.pick("文件或链接是空的。", "The file or link is empty.").to_string(),
            ImportError::TooLarge { bytes, limit } => too_large(*bytes, *limit, lang),
            ImportError::NotJson { line, column } => match lang {
                Lang::Zh => format!("这不是 JSON 文件(第 {line} 行第 {column} 列无法读取)。请选择本工具导出的答案文件或自测结果 JSON。"),
                Lang::En => format!("This is not a JSON file (unreadable at line {line}, column {column}). Choose an answers file or summary JSON exported by this tool."),
            },
            ImportError::UnknownFormat => match lang {
                Lang::Zh => format!("这是一个 JSON 文件,但不是本工具的格式;本工具读取 “{ANSWERS_FORMAT}” 或 “{SUMMARY_FORMAT}”。"),
                Lang::En => format!("This is a JSON file, but not in this tool's format; this tool reads “{ANSWERS_FORMAT}” or “{SUMMARY_FORMAT}”."),
            },
            ImportError::NewerVersion { format, found, supported } => match lang {
                Lang::Zh => format!("这是较新版本工具导出的 “{format}” 文件(版本 {found}),本工具只能读取版本 {supported} 及以下。请使用新版工具打开。"),
                Lang::En => format!("This “{format}” file was written by a newer version of the tool (version {found}); this tool reads version {supported} and older. Open it with the newer tool."),
            },
            ImportError::BadVersion => lang
                .pick("文件的版本号(schema_version)缺失或无效,应为正整数。", "The file's schema_version is missing or invalid; it must be a positive whole number.")
                .to_string(),
            ImportError::WrongShape { path, fault, .. } => {
                let what = shape_words(*fault, lang);
                match (path.is_empty(), lang) {
                    (true, Lang::Zh) => format!("文件中的答案不正确:{what}。"),
                    (true, Lang::En) => format!("The answers in the file are wrong: {what}."),
                    (false, Lang::Zh) => format!("文件中的字段 “{path}” 不正确:{what}。"),
                    (false, Lang::En) => format!("The field “{path}” in the file is wrong: {what}."),
                }
            }
            ImportError::InvalidValues(problems) => {
                // Each problem once, and a few at most: a crafted file can
                // repeat one a hundred times.
                let mut list: Vec<String> = Vec::new();
                for p in problems {
                    let item = format!("{}: {}", question_label(p.question, lang), problem_words(p.problem, lang));
                    if !list.contains(&item) {
                        list.push(item);
                    }
                }
                if list.len() > MAX_LISTED {
                    list.truncate(MAX_LISTED);
                    list.push("…".to_string());
                }
                match lang {
                    Lang::Zh => format!("文件中有不合理的数值:{}。", list.join(";")),
                    Lang::En => format!("The file holds values that cannot be right: {}.", list.join("; ")),
                }
            }
            ImportError::NotALink => lang
                .pick("链接中没有本工具的分享数据(应以 #a2. 开头)。", "The link carries no answers from this tool (expected #a2. after the address).")
                .to_string(),
            ImportError::CorruptLink => lang
                .pick("分享链接不完整或被改动过,无法读取。请让对方重新复制完整链接。", "The share link is incomplete or was altered and cannot be read. Ask for the whole link again.")
                .to_string(),
            ImportError::TooManyScenarios { found, limit } => match lang {
                Lang::Zh => format!("其中有 {found} 个方案,本工具最多保存 {limit} 个。"),
                Lang::En => format!("It holds {found} scenarios; this tool keeps at most {limit}."),
            },
            ImportError::ScenarioName { index, fault } => {
                let n = index + 1;
                match (fault, lang) {
                    (NameFault::Empty, Lang::Zh) => format!("第 {n} 个方案没有名称。"),
                    (NameFault::Empty, Lang::En) => format!("Scenario {n} has no name."),
                    (NameFault::TooLong, Lang::Zh) => format!("第 {n} 个方案的名称超过 {MAX_NAME_CHARS} 个字。"),
                    (NameFault::TooLong, Lang::En) => format!("The name of scenario {n} is longer than {MAX_NAME_CHARS} characters."),
                }
            }
            ImportError::InScenario { index, error } => {
                let n = index + 1;
                match lang {
                    Lang::Zh => format!("第 {n} 个方案:{}", error.body(lang)),
                    Lang::En => format!("Scenario {n}: {}", error.body(lang)),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The page's own wording of an oversized file is the engine's.
    #[test]
    fn the_too_large_message_is_the_refusals_message() {
        for lang in [Lang::Zh, Lang::En] {
            let e = ImportError::TooLarge {
                bytes: 3 << 20,
                limit: 1 << 20,
            };
            assert_eq!(
                ImportError::too_large_message(3 << 20, 1 << 20, lang),
                e.message(lang)
            );
        }
    }
}

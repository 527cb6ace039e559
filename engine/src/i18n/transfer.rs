//! Messages for imports and share links: say what the input is, what the
//! tool expected, and that nothing already entered was changed.

use super::explain::{problem_words, question_label};
use super::Lang;
use crate::transfer::{ImportError, ANSWERS_FORMAT, SUMMARY_FORMAT};

impl ImportError {
    /// The message shown beside the import control or link banner.
    pub fn message(&self, lang: Lang) -> String {
        let body = match self {
            ImportError::Empty => lang.pick("文件或链接是空的。", "The file or link is empty.").to_string(),
            ImportError::TooLarge { bytes, limit } => match lang {
                Lang::Zh => format!("内容过大({} KB),答案文件不会超过 {} KB,这不是本工具导出的文件。", bytes / 1024, limit / 1024),
                Lang::En => format!(
                    "Too large ({} KB): an answers file is never over {} KB, so this is not a file this tool wrote.",
                    bytes / 1024,
                    limit / 1024
                ),
            },
            ImportError::NotJson { line, column } => match lang {
                Lang::Zh => format!("这不是 JSON 文件(第 {line} 行第 {column} 列无法读取)。请选择本工具导出的答案文件或自测结果 JSON。"),
                Lang::En => format!("This is not a JSON file (unreadable at line {line}, column {column}). Choose an answers file or summary JSON exported by this tool."),
            },
            ImportError::UnknownFormat { found } => {
                let found = found.as_deref().unwrap_or(lang.pick("无格式标记", "no format tag"));
                match lang {
                    Lang::Zh => format!("这是一个 JSON 文件,但不是本工具的格式(格式:{found});本工具读取 “{ANSWERS_FORMAT}” 或 “{SUMMARY_FORMAT}”。"),
                    Lang::En => format!("This is a JSON file, but not in this tool's format (format: {found}); this tool reads “{ANSWERS_FORMAT}” or “{SUMMARY_FORMAT}”."),
                }
            }
            ImportError::NewerVersion { format, found, supported } => match lang {
                Lang::Zh => format!("这是较新版本工具导出的 “{format}” 文件(版本 {found}),本工具只能读取版本 {supported} 及以下。请使用新版工具打开。"),
                Lang::En => format!("This “{format}” file was written by a newer version of the tool (version {found}); this tool reads version {supported} and older. Open it with the newer tool."),
            },
            ImportError::BadVersion => lang
                .pick("文件的版本号(schema_version)缺失或无效,应为正整数。", "The file's schema_version is missing or invalid; it must be a positive whole number.")
                .to_string(),
            ImportError::WrongShape { path, message } => match lang {
                Lang::Zh => format!("文件中的字段 “{path}” 不正确:{message}。"),
                Lang::En => format!("The field “{path}” in the file is wrong: {message}."),
            },
            ImportError::InvalidValues(problems) => {
                let list: Vec<String> = problems
                    .iter()
                    .map(|p| format!("{}: {}", question_label(p.question, lang), problem_words(p.problem, lang)))
                    .collect();
                match lang {
                    Lang::Zh => format!("文件中有不合理的数值:{}。", list.join(";")),
                    Lang::En => format!("The file holds values that cannot be right: {}.", list.join("; ")),
                }
            }
            ImportError::NotALink => lang
                .pick("链接中没有本工具的分享数据(应以 #a1. 开头)。", "The link carries no answers from this tool (expected #a1. after the address).")
                .to_string(),
            ImportError::CorruptLink => lang
                .pick("分享链接不完整或被改动过,无法读取。请让对方重新复制完整链接。", "The share link is incomplete or was altered and cannot be read. Ask for the whole link again.")
                .to_string(),
        };
        let kept = lang.pick(
            "已填写的答案没有任何改变。",
            "Nothing you had entered was changed.",
        );
        format!("{body} {kept}")
    }
}

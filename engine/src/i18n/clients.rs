//! The client list and presentation mode: labels, notes, confirmations, and
//! why a client list file was refused (saying what was kept).

use super::Lang;
use crate::clients::{ClientsError, CLIENTS_FORMAT, MAX_NAME_CHARS};

/// A fixed piece of the client list's and presentation mode's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ClientsUi {
    /// The section's heading.
    Heading,
    /// What the list is for, and that it stays on this device.
    Intro,
    /// Before the name of the client on screen.
    Current,
    /// The answers on screen are not one of the clients.
    NoCurrent,
    /// Marks the client on screen in the list (for screen readers too).
    CurrentBadge,
    /// The list is empty.
    Empty,
    /// The name field's label.
    NameLabel,
    /// Saves the answers on screen as a new client.
    SaveAs,
    /// Opens a client (the one on screen is saved first).
    Open,
    /// Starts renaming a client.
    Rename,
    /// The new name's field label.
    NewName,
    /// Saves the new name.
    SaveName,
    /// Duplicates a client.
    Duplicate,
    /// Deletes a client (asks first).
    Delete,
    /// Downloads every client in one file.
    ExportAll,
    /// Adds the clients of a file to the list.
    ImportAll,
    /// Deletes every client (asks first).
    ClearAll,
    /// A client was saved: its name follows.
    SavedNote,
    /// A client was opened: its name follows.
    OpenedNote,
    /// A client was renamed: the new name follows.
    RenamedNote,
    /// A client was duplicated: the copy's name follows.
    DuplicatedNote,
    /// A client was deleted: its name follows.
    DeletedNote,
    /// The list was cleared.
    ClearedNote,
    /// A clients file was imported: its file name follows.
    ImportedNote,
    /// The list was changed in another tab of this browser: this one now
    /// shows that list.
    SyncedNote,
    /// The list another tab saved does not read here: this tab stops
    /// saving it, so neither copy is lost.
    SyncedUnread,
    /// The name is empty or too long.
    NameInvalid,
    /// A client's record does not read: it was not opened.
    RecordUnread,
    /// A clients file holds a record that does not read.
    ImportRecordUnread,
    /// The list would hold too many clients.
    TooMany,
    /// A chosen file is larger than any list.
    FileTooLarge,
    /// The browser could not read a chosen file.
    FileUnreadable,
    /// Another client has the name.
    NameTaken,
    /// The form is blank: nothing to save.
    NothingToSave,
    /// A save of the list was refused (storage full).
    StoreFailed,
    /// The browser refuses storage to the page.
    StoreUnavailable,
    /// The list kept on this device does not read; it is left as it is.
    StoreUnread,
    /// The name given to answers saved on the way to another client when
    /// they have no enterprise name.
    Unnamed,
    /// The file name of the exported list (before the date).
    FileName,
    /// Title of the question before deleting a client.
    DeleteTitle,
    /// What deleting a client does.
    DeleteBody,
    /// Title of the question before clearing the list.
    ClearTitle,
    /// What clearing the list does.
    ClearBody,
    /// Clears the list.
    ClearYes,
    /// The presentation mode switch.
    Present,
    /// The switch that hides the enterprise name in presentation mode.
    HideName,
    /// Label of the group of presentation switches.
    PresentGroup,
}

impl ClientsUi {
    /// The text in `lang`.
    pub const fn text(self, lang: Lang) -> &'static str {
        match self {
            ClientsUi::Heading => lang.pick("客户列表", "Clients"),
            ClientsUi::Intro => lang.pick(
                "顾问可在本机按名称保存多家企业的答案并随时切换;客户资料只保存在本浏览器中,不会发送到任何地方。",
                "Keep several enterprises' answers on this device by name and switch between them; the clients stay in this browser and are never sent anywhere.",
            ),
            ClientsUi::Current => lang.pick("当前客户:", "On screen: "),
            ClientsUi::NoCurrent => lang.pick(
                "屏幕上的答案尚未保存为客户。",
                "The answers on screen are not saved as a client.",
            ),
            ClientsUi::CurrentBadge => lang.pick("当前", "on screen"),
            ClientsUi::Empty => lang.pick("尚未保存任何客户。", "No clients saved yet."),
            ClientsUi::NameLabel => lang.pick("客户名称", "Client name"),
            ClientsUi::SaveAs => lang.pick("保存为新客户", "Save as a new client"),
            ClientsUi::Open => lang.pick("切换到此客户", "Open"),
            ClientsUi::Rename => lang.pick("重命名", "Rename"),
            ClientsUi::NewName => lang.pick("新名称", "New name"),
            ClientsUi::SaveName => lang.pick("保存名称", "Save name"),
            ClientsUi::Duplicate => lang.pick("复制", "Duplicate"),
            ClientsUi::Delete => lang.pick("删除", "Delete"),
            ClientsUi::ExportAll => lang.pick("导出全部客户", "Export all clients"),
            ClientsUi::ImportAll => lang.pick("导入客户文件", "Import a clients file"),
            ClientsUi::ClearAll => lang.pick("清空客户列表", "Clear the client list"),
            ClientsUi::SavedNote => lang.pick("已保存客户:", "Client saved: "),
            ClientsUi::OpenedNote => lang.pick("已切换到客户:", "Client opened: "),
            ClientsUi::RenamedNote => lang.pick("已重命名为:", "Renamed to: "),
            ClientsUi::DuplicatedNote => lang.pick("已复制为:", "Duplicated as: "),
            ClientsUi::DeletedNote => lang.pick("已删除客户:", "Client deleted: "),
            ClientsUi::ClearedNote => lang.pick(
                "客户列表已清空;屏幕上的答案未变。",
                "The client list is cleared; the answers on screen are unchanged.",
            ),
            ClientsUi::ImportedNote => lang.pick("已导入客户文件:", "Clients file imported: "),
            ClientsUi::SyncedNote => lang.pick(
                "客户列表已在本浏览器的另一个标签页中修改,此处已同步为最新列表。",
                "The client list was changed in another tab of this browser; this tab now shows the latest list.",
            ),
            ClientsUi::SyncedUnread => lang.pick(
                "另一个标签页保存的客户列表在此无法读取(可能由较新版本保存);此页不再保存客户列表,以免覆盖。请导出此处的列表备用。",
                "The client list another tab saved does not read here (a newer version may have written it); this tab no longer saves the list, so neither copy is overwritten. Export the list shown here to keep it.",
            ),
            ClientsUi::NameInvalid => lang.pick(
                "请填写客户名称(不超过 80 个字)。",
                "Give the client a name (80 characters at most).",
            ),
            ClientsUi::RecordUnread => lang.pick(
                "该客户保存的答案无法读取(可能由较新版本保存),未切换;屏幕上的答案未变。",
                "This client's saved answers do not read (a newer version may have written them); nothing was switched and the answers on screen are unchanged.",
            ),
            ClientsUi::ImportRecordUnread => lang.pick(
                "文件中有客户的答案无法读取(已损坏,或由较新版本保存)。未导入任何客户,客户列表和屏幕上的答案均未改变。",
                "A client's answers in the file do not read (damaged, or written by a newer version). No client was imported; the client list and the answers on screen are unchanged.",
            ),
            ClientsUi::TooMany => lang.pick(
                "导入后客户将超过 500 位。未导入任何客户,客户列表和屏幕上的答案均未改变。",
                "The list would hold more than 500 clients. No client was imported; the client list and the answers on screen are unchanged.",
            ),
            ClientsUi::FileTooLarge => lang.pick(
                "文件过大,客户列表文件不会超过 4096 KB。未导入任何客户,客户列表和屏幕上的答案均未改变。",
                "The file is too large: a client list file is never over 4096 KB. No client was imported; the client list and the answers on screen are unchanged.",
            ),
            ClientsUi::FileUnreadable => lang.pick(
                "浏览器无法读取该文件。未导入任何客户,客户列表和屏幕上的答案均未改变。",
                "The browser could not read the file. No client was imported; the client list and the answers on screen are unchanged.",
            ),
            ClientsUi::NameTaken => lang.pick(
                "已有同名客户,请换一个名称。",
                "Another client has this name; choose another.",
            ),
            ClientsUi::NothingToSave => lang.pick(
                "表单还是空的,没有可保存的答案。",
                "The form is still empty: there are no answers to save.",
            ),
            ClientsUi::StoreFailed => lang.pick(
                "本机存储已满或被拒绝,客户列表的最新改动未能保存。请导出全部客户,以免关闭页面后丢失。",
                "This browser's storage is full or refused the save: the latest change to the client list is not kept. Export all clients so nothing is lost when the page closes.",
            ),
            ClientsUi::StoreUnavailable => lang.pick(
                "此浏览器不允许本页使用本机存储:客户列表只在本页打开期间保留,请导出全部客户保存。",
                "This browser refuses storage to this page: the client list lasts only while the page is open. Export all clients to keep them.",
            ),
            ClientsUi::StoreUnread => lang.pick(
                "本机保存的客户列表无法读取(可能由较新版本保存),已原样保留,不会被覆盖;在此期间对客户列表的改动不会保存。",
                "The client list kept on this device does not read (a newer version may have written it). It is left as it is and never written over; changes to the list made now are not kept.",
            ),
            ClientsUi::Unnamed => lang.pick("未命名企业", "Unnamed enterprise"),
            ClientsUi::FileName => lang.pick("两业融合客户列表", "fusion-check-clients"),
            ClientsUi::DeleteTitle => lang.pick("删除这位客户?", "Delete this client?"),
            ClientsUi::DeleteBody => lang.pick(
                "该客户保存的答案将从本机删除,无法恢复。屏幕上的答案不变。",
                "This client's saved answers are removed from this device for good. The answers on screen stay.",
            ),
            ClientsUi::ClearTitle => lang.pick("清空客户列表?", "Clear the client list?"),
            ClientsUi::ClearBody => lang.pick(
                "所有客户保存的答案将从本机删除,无法恢复(可先导出全部客户)。屏幕上的答案不变。",
                "Every client's saved answers are removed from this device for good (export them first to keep a copy). The answers on screen stay.",
            ),
            ClientsUi::ClearYes => lang.pick("清空", "Clear"),
            ClientsUi::Present => lang.pick("演示模式", "Presentation mode"),
            ClientsUi::HideName => lang.pick("隐藏企业名称", "Hide the enterprise name"),
            ClientsUi::PresentGroup => lang.pick("显示方式", "Display"),
        }
    }
}

impl ClientsError {
    /// Why the file was refused, and that the list kept is unchanged.
    pub fn message(&self, lang: Lang) -> String {
        let n = |index: &usize| index + 1;
        let body = match (self, lang) {
            (ClientsError::Empty, _) => lang.pick("文件是空的。", "The file is empty.").to_string(),
            (ClientsError::TooLarge { bytes, limit }, Lang::Zh) => format!(
                "文件过大({} KB),客户列表文件不会超过 {} KB。",
                bytes / 1024,
                limit / 1024
            ),
            (ClientsError::TooLarge { bytes, limit }, Lang::En) => format!(
                "The file is too large ({} KB); a client list file is never over {} KB.",
                bytes / 1024,
                limit / 1024
            ),
            (ClientsError::NotJson { line, column }, Lang::Zh) => {
                format!("这不是 JSON 文件(第 {line} 行第 {column} 列无法读取)。")
            }
            (ClientsError::NotJson { line, column }, Lang::En) => {
                format!("This is not a JSON file (unreadable at line {line}, column {column}).")
            }
            (ClientsError::UnknownFormat, Lang::Zh) => format!(
                "这不是本工具导出的客户列表(应为 “{CLIENTS_FORMAT}” 格式);单家企业的答案文件请用“导入答案文件”打开。"
            ),
            (ClientsError::UnknownFormat, Lang::En) => format!(
                "This is not a client list exported by this tool (format “{CLIENTS_FORMAT}”); open one enterprise's answers file with “Import answers” instead."
            ),
            (ClientsError::NewerVersion { found, supported }, Lang::Zh) => format!(
                "这是较新版本工具导出的客户列表(版本 {found}),本工具只能读取版本 {supported} 及以下。"
            ),
            (ClientsError::NewerVersion { found, supported }, Lang::En) => format!(
                "This client list was written by a newer version of the tool (version {found}); this tool reads version {supported} and older."
            ),
            (ClientsError::BadVersion, _) => lang
                .pick(
                    "文件的版本号(version)缺失或无效,应为正整数。",
                    "The file's version is missing or invalid; it must be a positive whole number.",
                )
                .to_string(),
            (ClientsError::NoList, _) => lang
                .pick("文件中没有客户清单(clients)。", "The file holds no list of clients.")
                .to_string(),
            (ClientsError::TooMany { count, limit }, Lang::Zh) => {
                format!("客户过多({count} 位),客户列表最多 {limit} 位。")
            }
            (ClientsError::TooMany { count, limit }, Lang::En) => {
                format!("Too many clients ({count}); a client list holds {limit} at most.")
            }
            (ClientsError::BadEntry { index }, Lang::Zh) => {
                format!("第 {} 位客户缺少名称或答案记录。", n(index))
            }
            (ClientsError::BadEntry { index }, Lang::En) => {
                format!("Client {} lacks a name or a record of answers.", n(index))
            }
            (ClientsError::BadName { index }, Lang::Zh) => format!(
                "第 {} 位客户的名称为空、过长(超过 {MAX_NAME_CHARS} 个字)或含多余空白。",
                n(index)
            ),
            (ClientsError::BadName { index }, Lang::En) => format!(
                "Client {}'s name is empty, too long (over {MAX_NAME_CHARS} characters) or has stray spaces.",
                n(index)
            ),
            (ClientsError::DuplicateName { index }, Lang::Zh) => {
                format!("第 {} 位客户与前面的客户同名。", n(index))
            }
            (ClientsError::DuplicateName { index }, Lang::En) => {
                format!("Client {} has the same name as an earlier one.", n(index))
            }
            (ClientsError::BadRecord { index }, Lang::Zh) => format!(
                "第 {} 位客户的答案记录无法读取(已损坏,或由较新版本保存)。",
                n(index)
            ),
            (ClientsError::BadRecord { index }, Lang::En) => format!(
                "Client {}'s record of answers does not read (damaged, or written by a newer version).",
                n(index)
            ),
        };
        let kept = lang.pick(
            "未导入任何客户,客户列表和屏幕上的答案均未改变。",
            "No client was imported; the client list and the answers on screen are unchanged.",
        );
        format!("{body}{}{kept}", lang.pick("", " "))
    }
}

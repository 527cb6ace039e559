//! The client list: several enterprises' answers saved by name on this
//! device, for a consultant who sees many; and presentation mode. Each
//! client's record is exactly what autosave keeps for one enterprise
//! (`stored.rs`), so whatever autosave learns to keep, a client keeps too.
//!
//! The screen shows one enterprise at a time: autosave keeps it under the
//! host's key as ever, and `current` says which client it is. Its record in
//! the list is brought up to date whenever it is left (another client
//! opened, the list exported), so the list never holds a stale copy of it
//! where it matters. Nothing here removes answers but the user's delete and
//! clear, each confirmed; an import only adds.
//!
//! Pure: the browser's storage and files are `app/clients.rs`.

use super::saveshare::{Confirm, Refusal, Saved};
use super::stored::{read_record, write_record};
use super::{FieldId, FocusTarget, State, TextField};
use fusion_engine::clients::{clean_name, free_name, read_store, StoredClient, MAX_CLIENTS};
use fusion_engine::i18n::clients::ClientsUi;
use fusion_engine::Lang;
use std::rc::Rc;

/// How the list's copy on this device is faring.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Store {
    /// The host turned autosave off: no list is shown.
    #[default]
    Off,
    /// The browser refuses storage: the list lasts while the page is open.
    Unavailable,
    /// Saved, or nothing to save yet.
    Kept,
    /// The last save was refused (storage full).
    Failed,
    /// The list on this device does not read: it is never written over.
    Unread,
}

impl Store {
    /// Whether the list's copy on this device needs the user's attention
    /// (it did not read, or the last save was refused).
    pub fn is_trouble(self) -> bool {
        matches!(self, Store::Unread | Store::Failed)
    }
}

/// What the list says after the user's last action.
#[derive(Debug, Clone, PartialEq)]
pub enum ClientNote {
    /// Done, with the client's (new) name.
    Done(ClientsUi, Rc<str>),
    /// The list was cleared.
    Cleared,
    /// A clients file was imported (its file name).
    Imported(Rc<str>),
    /// The action was refused, in the list's own words.
    Problem(ClientsUi),
    /// A clients file was refused, in the engine's words.
    Refused(Refusal),
    /// Something the user did not do here happened to the list.
    Told(ClientsUi),
}

impl ClientNote {
    /// The words, in the current language.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            ClientNote::Done(what, name) => format!("{}{name}", what.text(lang)),
            ClientNote::Cleared => ClientsUi::ClearedNote.text(lang).to_string(),
            ClientNote::Imported(file) => format!("{}{file}", ClientsUi::ImportedNote.text(lang)),
            ClientNote::Problem(what) | ClientNote::Told(what) => what.text(lang).to_string(),
            ClientNote::Refused(refusal) => refusal.message(lang).to_string(),
        }
    }

    /// Whether the note reports a refusal (shown as an error).
    pub fn is_problem(&self) -> bool {
        matches!(self, ClientNote::Problem(_) | ClientNote::Refused(_))
    }
}

/// Presentation mode for a projector, and whether it hides the name.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Presentation {
    /// Larger type, high contrast, amounts in 万元.
    pub on: bool,
    /// The enterprise's (and clients') names are hidden.
    pub hide_name: bool,
}

impl Presentation {
    /// How it is remembered on this device.
    pub fn code(self) -> &'static str {
        match (self.on, self.hide_name) {
            (false, false) => "off",
            (true, false) => "on",
            (false, true) => "off,hide-name",
            (true, true) => "on,hide-name",
        }
    }

    /// Reads [`Presentation::code`]; anything else is the normal view.
    pub fn from_code(code: &str) -> Presentation {
        let mut parts = code.split(',');
        Presentation {
            on: parts.next() == Some("on"),
            hide_name: parts.next() == Some("hide-name"),
        }
    }

    /// Whether names are hidden now.
    pub fn hides_name(self) -> bool {
        self.on && self.hide_name
    }
}

/// The client list as the view and the storage effect see it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Clients {
    /// The clients, in the order the user made them.
    pub list: Rc<Vec<StoredClient>>,
    /// The client on screen, by name; `None`: the answers on screen are
    /// not one of them.
    pub current: Option<Rc<str>>,
    /// The client being renamed.
    pub renaming: Option<usize>,
    /// The client waiting for the user's yes to be deleted.
    pub deleting: Option<usize>,
    /// What the last action did.
    pub note: Option<ClientNote>,
    /// How the copy on this device fares.
    pub store: Store,
    /// Bumped when the user exports the list: the effect downloads it.
    pub exports: u32,
    /// The name field's text, kept when a name is refused.
    pub typed: String,
}

impl Clients {
    /// The position of the client called `name`.
    fn find(&self, name: &str) -> Option<usize> {
        self.list.iter().position(|c| c.name == name)
    }

    /// Whether a client other than the one at `except` is called `name`.
    fn taken(&self, name: &str, except: Option<usize>) -> bool {
        self.find(name).is_some_and(|i| Some(i) != except)
    }
}

/// A change to the client list or the presentation.
#[derive(Debug, Clone, PartialEq)]
pub enum ClientAction {
    /// The text of the name field.
    Typed(String),
    /// Save the answers on screen as a new client, named as typed (or, with
    /// nothing typed, after the enterprise).
    SaveAs,
    /// Open the client at this position (the one on screen is kept first).
    Open(usize),
    /// Show the rename field of the client at this position.
    StartRename(usize),
    /// Give the client at this position a new name.
    Rename(usize, String),
    /// Close the rename field.
    CancelRename,
    /// Copy the client at this position under a free name.
    Duplicate(usize),
    /// Ask before deleting the client at this position.
    AskDelete(usize),
    /// Ask before deleting every client.
    AskClear,
    /// Download every client in one file.
    Export,
    /// A clients file was read (its name): its clients as a store text,
    /// or why the on-demand module refused it, in words.
    Imported(Rc<str>, Result<String, Refusal>),
    /// Whether the last save of the list succeeded.
    Stored(bool),
    /// Presentation mode and name hiding.
    Present(Presentation),
    /// Another tab of this browser saved the list: what it saved now (`None`:
    /// it does not read here).
    Synced(Option<Vec<StoredClient>>),
}

/// The questions the list asks before something that cannot be undone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientConfirm {
    /// Delete the client in [`Clients::deleting`].
    Delete,
    /// Delete every client.
    Clear,
}

impl ClientConfirm {
    /// The dialog's title, what going ahead does, and its button.
    pub fn words(self, lang: Lang) -> [&'static str; 3] {
        match self {
            ClientConfirm::Delete => [
                ClientsUi::DeleteTitle,
                ClientsUi::DeleteBody,
                ClientsUi::Delete,
            ],
            ClientConfirm::Clear => [
                ClientsUi::ClearTitle,
                ClientsUi::ClearBody,
                ClientsUi::ClearYes,
            ],
        }
        .map(|t| t.text(lang))
    }
}

/// The answers a client's record holds, if it reads.
pub fn saved_of(record: &str) -> Option<Saved> {
    read_record(record).ok()
}

// Called by the reducer only (`reducer.rs`), so state still changes in
// one place.
impl State {
    /// Applies a client list action.
    pub(super) fn client(&mut self, action: ClientAction) {
        // A share link's answers are not the user's: they are neither kept
        // as a client nor replaced by one until the user edits them.
        let replaces = matches!(
            action,
            ClientAction::SaveAs | ClientAction::Open(_) | ClientAction::Duplicate(_)
        );
        if self.read_only() && replaces {
            return;
        }
        let note = match action {
            ClientAction::Typed(text) => {
                self.clients.typed = text;
                return;
            }
            ClientAction::SaveAs => self.save_as(),
            ClientAction::Open(i) => self.open_client(i),
            ClientAction::StartRename(i) => {
                self.clients.renaming = Some(i);
                None
            }
            ClientAction::CancelRename => {
                self.clients.renaming = None;
                None
            }
            ClientAction::Rename(i, name) => self.rename_client(i, &name),
            ClientAction::Duplicate(i) => self.duplicate_client(i),
            ClientAction::AskDelete(i) => {
                self.clients.deleting = Some(i);
                self.confirm = Some(Confirm::Client(ClientConfirm::Delete));
                return;
            }
            ClientAction::AskClear => {
                self.confirm = Some(Confirm::Client(ClientConfirm::Clear));
                return;
            }
            ClientAction::Export => {
                self.keep_current(false);
                self.clients.exports = self.clients.exports.wrapping_add(1);
                None
            }
            ClientAction::Imported(file, read) => Some(self.import_clients(file, read)),
            ClientAction::Stored(ok) => {
                if self.clients.store != Store::Unread {
                    self.clients.store = if ok { Store::Kept } else { Store::Failed };
                }
                return;
            }
            ClientAction::Present(p) => {
                self.presentation = p;
                return;
            }
            ClientAction::Synced(list) => Some(self.sync_clients(list)),
        };
        self.clients.note = note;
    }

    /// The user's answer to a [`ClientConfirm`].
    pub(super) fn answer_client(&mut self, confirm: ClientConfirm, go: bool) {
        let deleting = self.clients.deleting.take();
        if go {
            let clients = &mut self.clients;
            let list = Rc::make_mut(&mut clients.list);
            let gone = match confirm {
                ClientConfirm::Delete => {
                    deleting.filter(|i| *i < list.len()).map(|i| list.remove(i))
                }
                ClientConfirm::Clear => {
                    list.clear();
                    None
                }
            };
            // The answers on screen stay; they are just no client's now.
            if clients
                .current
                .as_deref()
                .is_some_and(|c| clients.find(c).is_none())
            {
                clients.current = None;
            }
            clients.renaming = None;
            clients.note = match confirm {
                ClientConfirm::Delete => {
                    gone.map(|c| ClientNote::Done(ClientsUi::DeletedNote, c.name.into()))
                }
                ClientConfirm::Clear => Some(ClientNote::Cleared),
            };
        }
        // The button asked from may be gone: focus goes to the list's name field.
        self.request_focus(FocusTarget::Field(FieldId::ClientName));
    }

    /// The answers on screen are about to be replaced (a sample, a file, a
    /// share link, a clear): the client on screen keeps them in the list,
    /// and what comes next is no client's until saved as one.
    pub(super) fn leave_client(&mut self) {
        self.keep_current(false);
        self.clients.current = None;
    }

    /// The answers on screen, as a client's record keeps them.
    fn on_screen(&self) -> String {
        write_record(&self.saved())
    }

    /// Brings the client on screen up to date in the list; with `add`,
    /// answers of the user's own that are no client yet become one (under
    /// the enterprise's name), so leaving them never loses them.
    fn keep_current(&mut self, add: bool) {
        let record = self.on_screen();
        match self
            .clients
            .current
            .as_deref()
            .and_then(|c| self.clients.find(c))
        {
            Some(i) => Rc::make_mut(&mut self.clients.list)[i].record = record,
            // Answers a client already holds as they are (an imported list
            // with the screen's own) are not kept twice.
            None if add
                && self.has_own_answers()
                && !self.clients.list.iter().any(|c| c.record == record) =>
            {
                let named = clean_name(self.draft.text(TextField::EnterpriseName));
                let wanted =
                    named.unwrap_or_else(|| ClientsUi::Unnamed.text(self.lang).to_string());
                let name = free_name(&wanted, |n| self.clients.find(n).is_some());
                Rc::make_mut(&mut self.clients.list).push(StoredClient { name, record });
            }
            None => {}
        }
    }

    /// Takes the list another tab saved, so that this tab's next save keeps
    /// that tab's clients instead of writing over them. A rename or a delete
    /// waiting for the user's yes follows its client by name: it never
    /// lands on another client whose position the other tab changed.
    fn sync_clients(&mut self, stored: Option<Vec<StoredClient>>) -> ClientNote {
        let Some(list) = stored else {
            // Never written over from here; what is on screen stays to export.
            self.clients.store = Store::Unread;
            return ClientNote::Problem(ClientsUi::SyncedUnread);
        };
        let clients = &mut self.clients;
        let name_at = |i: Option<usize>| Some(clients.list.get(i?)?.name.clone());
        let (renaming, deleting) = (name_at(clients.renaming), name_at(clients.deleting));
        let at = |name: Option<String>| list.iter().position(|c| Some(&c.name) == name.as_ref());
        clients.renaming = at(renaming);
        clients.deleting = at(deleting);
        if clients.deleting.is_none()
            && self.confirm == Some(Confirm::Client(ClientConfirm::Delete))
        {
            self.confirm = None;
        }
        // The answers on screen stay; if the other tab renamed or deleted
        // their client, they are no client's now (leaving them keeps them).
        if clients
            .current
            .as_deref()
            .is_some_and(|c| !list.iter().any(|x| x.name == c))
        {
            clients.current = None;
        }
        clients.list = Rc::new(list);
        if clients.store.is_trouble() {
            clients.store = Store::Kept;
        }
        ClientNote::Told(ClientsUi::SyncedNote)
    }

    fn save_as(&mut self) -> Option<ClientNote> {
        let typed = clean_name(&self.clients.typed);
        let Some(name) = typed.or_else(|| clean_name(self.draft.text(TextField::EnterpriseName)))
        else {
            return Some(ClientNote::Problem(ClientsUi::NameInvalid));
        };
        if self.clients.taken(&name, None) {
            return Some(ClientNote::Problem(ClientsUi::NameTaken));
        }
        if self.draft == self.blank {
            return Some(ClientNote::Problem(ClientsUi::NothingToSave));
        }
        let record = self.on_screen();
        Rc::make_mut(&mut self.clients.list).push(StoredClient {
            name: name.clone(),
            record,
        });
        let name: Rc<str> = name.into();
        self.clients.current = Some(name.clone());
        self.clients.typed.clear();
        Some(ClientNote::Done(ClientsUi::SavedNote, name))
    }

    fn open_client(&mut self, i: usize) -> Option<ClientNote> {
        let target = self.clients.list.get(i)?.clone();
        let Some(saved) = saved_of(&target.record) else {
            return Some(ClientNote::Problem(ClientsUi::RecordUnread));
        };
        self.keep_current(true);
        self.restore(&saved);
        self.share = None;
        self.clients.renaming = None;
        let name: Rc<str> = target.name.into();
        self.clients.current = Some(name.clone());
        // Autosave writes the opened client even when its form is blank,
        // so a reload shows it and not the one left.
        self.autosave.keeps = self.autosave.keeps.wrapping_add(1);
        Some(ClientNote::Done(ClientsUi::OpenedNote, name))
    }

    fn rename_client(&mut self, i: usize, name: &str) -> Option<ClientNote> {
        let old = self.clients.list.get(i)?.name.clone();
        let Some(name) = clean_name(name) else {
            return Some(ClientNote::Problem(ClientsUi::NameInvalid));
        };
        if self.clients.taken(&name, Some(i)) {
            return Some(ClientNote::Problem(ClientsUi::NameTaken));
        }
        Rc::make_mut(&mut self.clients.list)[i].name = name.clone();
        let name: Rc<str> = name.into();
        if self.clients.current.as_deref() == Some(old.as_str()) {
            self.clients.current = Some(name.clone());
        }
        self.clients.renaming = None;
        Some(ClientNote::Done(ClientsUi::RenamedNote, name))
    }

    fn duplicate_client(&mut self, i: usize) -> Option<ClientNote> {
        // A copy of the client on screen has its latest answers.
        self.keep_current(false);
        let source = self.clients.list.get(i)?.clone();
        let name = free_name(&source.name, |n| self.clients.find(n).is_some());
        let copy = StoredClient {
            name: name.clone(),
            record: source.record,
        };
        Rc::make_mut(&mut self.clients.list).insert(i + 1, copy);
        Some(ClientNote::Done(ClientsUi::DuplicatedNote, name.into()))
    }

    /// Adds a file's clients to the list, or says why none was added. Every
    /// record must read, or none is taken; a client kept already with the
    /// same name and answers is not added twice (a file imported again
    /// changes nothing); one whose name is taken comes in under a free name.
    fn import_clients(&mut self, file: Rc<str>, read: Result<String, Refusal>) -> ClientNote {
        let incoming = match read {
            Ok(store) => read_store(&store).unwrap_or_default(),
            Err(refusal) => return ClientNote::Refused(refusal),
        };
        let Some(incoming) = incoming
            .into_iter()
            .map(|c| saved_of(&c.record).map(|saved| (c.name, saved)))
            .collect::<Option<Vec<_>>>()
        else {
            return ClientNote::Problem(ClientsUi::ImportRecordUnread);
        };
        let mut list = (*self.clients.list).clone();
        for (name, saved) in incoming {
            let known = list
                .iter()
                .any(|c| c.name == name && saved_of(&c.record).as_ref() == Some(&saved));
            if !known {
                let name = free_name(&name, |n| list.iter().any(|c| c.name == n));
                let record = write_record(&saved);
                list.push(StoredClient { name, record });
            }
        }
        if list.len() > MAX_CLIENTS {
            return ClientNote::Problem(ClientsUi::TooMany);
        }
        self.clients.list = Rc::new(list);
        ClientNote::Imported(file)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::testing::{reduce, sample, today};
    use crate::state::{Action, Edit, Step};
    use fusion_engine::clients::{file_to_store, store_to_file, write_store};

    fn load(id: &str) -> Action {
        Action::LoadSample {
            name: id.into(),
            answers: Box::new(sample(id)),
        }
    }

    fn act(a: ClientAction) -> Action {
        Action::Client(a)
    }

    fn names(s: &State) -> Vec<&str> {
        s.clients.list.iter().map(|c| c.name.as_str()).collect()
    }

    fn booted() -> State {
        let mut s = State::new("t", today());
        s.clients.store = Store::Kept;
        s
    }

    /// Two clients saved from samples, the second on screen.
    fn two_clients() -> State {
        reduce(
            booted(),
            [
                load("logistics"),
                act(ClientAction::Typed(" 物流  客户 ".into())),
                act(ClientAction::SaveAs),
                load("trader"),
                act(ClientAction::Typed("贸易客户".into())),
                act(ClientAction::SaveAs),
            ],
        )
    }

    #[test]
    fn clients_saved_from_samples_switch_with_their_answers() {
        let s = two_clients();
        assert_eq!(names(&s), ["物流 客户", "贸易客户"]);
        assert_eq!(s.clients.current.as_deref(), Some("贸易客户"));
        // Edits to the client on screen go with it when another is opened.
        let s = reduce(
            s,
            [
                Action::Edit(Edit::Text(TextField::EnterpriseName, "贸易改名".into())),
                Action::GoTo(Step::Land),
                act(ClientAction::Open(0)),
            ],
        );
        assert_eq!(s.answers(), sample("logistics"));
        assert_eq!(s.clients.current.as_deref(), Some("物流 客户"));
        let s = reduce(s, [act(ClientAction::Open(1))]);
        assert_eq!(s.draft.text(TextField::EnterpriseName), "贸易改名");
        assert_eq!(s.step, Step::Land);
        assert_eq!(
            s.clients.note.as_ref().map(|n| n.text(Lang::Zh)),
            Some("已切换到客户:贸易客户".to_string())
        );
    }

    #[test]
    fn another_tabs_list_is_taken_and_a_pending_delete_follows_its_client() {
        // This tab asks to delete 贸易客户 (position 1); meanwhile another
        // tab put a client in front of it.
        let s = reduce(two_clients(), [act(ClientAction::AskDelete(1))]);
        let mut theirs = (*s.clients.list).clone();
        theirs.insert(
            0,
            StoredClient {
                name: "别处新增".into(),
                record: theirs[0].record.clone(),
            },
        );
        let s = reduce(s, [act(ClientAction::Synced(Some(theirs.clone())))]);
        assert_eq!(*s.clients.list, theirs);
        assert_eq!(s.clients.deleting, Some(2));
        assert_eq!(s.clients.current.as_deref(), Some("贸易客户"));
        assert_eq!(
            s.clients.note.as_ref().map(|n| n.text(Lang::Zh)),
            Some(ClientsUi::SyncedNote.text(Lang::Zh).to_string())
        );
        // The yes deletes the client it was asked about, and keeps the
        // other tab's.
        let s = reduce(s, [Action::Answer(true)]);
        assert_eq!(names(&s), ["别处新增", "物流 客户"]);

        // The other tab deleted the client on screen and the one asked
        // about: no question left about a client that is gone, and the
        // answers on screen are no client's (leaving them keeps them).
        let s = reduce(two_clients(), [act(ClientAction::AskDelete(1))]);
        let only_first = vec![s.clients.list[0].clone()];
        let s = reduce(s, [act(ClientAction::Synced(Some(only_first.clone())))]);
        assert_eq!(s.confirm, None);
        assert_eq!(s.clients.deleting, None);
        assert_eq!(s.clients.current, None);
        let edit = Edit::Text(TextField::EnterpriseName, "贸易客户".into());
        let s = reduce(s, [Action::Edit(edit), act(ClientAction::Open(0))]);
        assert_eq!(names(&s), ["物流 客户", "贸易客户"]);

        // A list this tab cannot read is never written over from here.
        let s = reduce(two_clients(), [act(ClientAction::Synced(None))]);
        assert_eq!(s.clients.store, Store::Unread);
        assert_eq!(names(&s), ["物流 客户", "贸易客户"]);
        assert!(s.clients.note.as_ref().is_some_and(ClientNote::is_problem));
    }

    #[test]
    fn answers_replaced_or_of_no_client_are_kept_before_they_go() {
        // A sample over an edited client: the client keeps its edits, and
        // the sample on screen is no client's.
        let s = reduce(
            two_clients(),
            [
                Action::Edit(Edit::Text(TextField::EnterpriseName, "贸易改".into())),
                load("platform"),
                Action::Answer(true),
            ],
        );
        assert_eq!(s.clients.current, None);
        let kept = saved_of(&s.clients.list[1].record).unwrap();
        assert_eq!(kept.draft.text(TextField::EnterpriseName), "贸易改");
        // An untouched sample is simply left for another client.
        let s = reduce(s, [act(ClientAction::Open(0))]);
        assert_eq!(names(&s), ["物流 客户", "贸易客户"]);
        // The user's own answers that are no client become one, under the
        // enterprise's name, before another client opens.
        let s = reduce(
            s,
            [
                load("platform"),
                Action::Answer(true),
                Action::Edit(Edit::Text(TextField::EnterpriseName, "  新  企业 ".into())),
                act(ClientAction::Open(1)),
            ],
        );
        assert_eq!(names(&s), ["物流 客户", "贸易客户", "新 企业"]);
        let kept = saved_of(&s.clients.list[2].record).unwrap();
        assert_eq!(kept.draft.text(TextField::EnterpriseName), "  新  企业 ");
        assert_eq!(s.clients.current.as_deref(), Some("贸易客户"));
        // Answers some client holds as they are are not added again.
        let list = (*s.clients.list).clone();
        let s = reduce(
            s,
            [
                act(ClientAction::AskClear),
                Action::Answer(true),
                act(ClientAction::Imported(
                    "c.json".into(),
                    Ok(write_store(&list)),
                )),
                act(ClientAction::Open(0)),
            ],
        );
        assert_eq!(*s.clients.list, list);
        let s = reduce(s, [act(ClientAction::Open(1))]);
        // Clearing the answers on screen keeps the client's in the list.
        let s = reduce(s, [Action::Ask(Confirm::Clear), Action::Answer(true)]);
        assert_eq!(s.clients.current, None);
        assert_eq!(s.clients.list.len(), 3);
        let kept = saved_of(&s.clients.list[1].record).unwrap();
        assert_eq!(kept.draft.text(TextField::EnterpriseName), "贸易改");
    }

    #[test]
    fn rename_duplicate_delete_and_refusals() {
        let s = reduce(
            two_clients(),
            [
                act(ClientAction::StartRename(1)),
                act(ClientAction::Rename(1, "物流 客户".into())),
            ],
        );
        assert_eq!(
            s.clients.note,
            Some(ClientNote::Problem(ClientsUi::NameTaken))
        );
        assert_eq!(s.clients.renaming, Some(1));
        let s = reduce(s, [act(ClientAction::Rename(1, "   ".into()))]);
        assert_eq!(
            s.clients.note,
            Some(ClientNote::Problem(ClientsUi::NameInvalid))
        );
        let s = reduce(s, [act(ClientAction::Rename(1, "乙".into()))]);
        assert_eq!(names(&s), ["物流 客户", "乙"]);
        assert_eq!(s.clients.current.as_deref(), Some("乙"));
        assert_eq!(s.clients.renaming, None);
        let s = reduce(
            s,
            [
                act(ClientAction::Duplicate(0)),
                act(ClientAction::Duplicate(0)),
            ],
        );
        assert_eq!(
            names(&s),
            ["物流 客户", "物流 客户 (3)", "物流 客户 (2)", "乙"]
        );
        assert_eq!(s.clients.list[1].record, s.clients.list[0].record);
        // Cancelled: nothing goes.
        let s = reduce(s, [act(ClientAction::AskDelete(3)), Action::Answer(false)]);
        assert_eq!(s.clients.list.len(), 4);
        // Deleting the client on screen leaves the answers on screen.
        let s = reduce(s, [act(ClientAction::AskDelete(3)), Action::Answer(true)]);
        assert_eq!(names(&s), ["物流 客户", "物流 客户 (3)", "物流 客户 (2)"]);
        assert_eq!(s.clients.current, None);
        assert_eq!(s.answers(), sample("trader"));
        // A name already used and a blank form are refused.
        let s = reduce(
            s,
            [
                act(ClientAction::Typed("物流 客户".into())),
                act(ClientAction::SaveAs),
            ],
        );
        assert_eq!(
            s.clients.note,
            Some(ClientNote::Problem(ClientsUi::NameTaken))
        );
        let blank = reduce(
            booted(),
            [
                act(ClientAction::Typed("空".into())),
                act(ClientAction::SaveAs),
            ],
        );
        assert_eq!(
            blank.clients.note,
            Some(ClientNote::Problem(ClientsUi::NothingToSave))
        );
        assert!(blank.clients.list.is_empty());
        // With nothing typed, the client is named after the enterprise.
        let s = reduce(booted(), [load("logistics"), act(ClientAction::SaveAs)]);
        let name = sample("logistics")
            .enterprise_name
            .expect("the sample has a name");
        assert_eq!(names(&s), [name.as_str()]);
        assert!(s.clients.typed.is_empty());
    }

    /// What the on-demand module hands back for a file: its clients as a
    /// store, or its words for a refusal.
    fn through_module(file: &str) -> Result<String, Refusal> {
        file_to_store(file)
            .map(|c| write_store(&c))
            .map_err(|e| Refusal::new(&e.message(Lang::Zh), &e.message(Lang::En)))
    }

    #[test]
    fn an_import_adds_every_client_or_none() {
        let s = two_clients();
        let list = (*s.clients.list).clone();
        let file = store_to_file(&list);
        let cleared = reduce(s, [act(ClientAction::AskClear), Action::Answer(true)]);
        assert!(cleared.clients.list.is_empty());
        let imported =
            |name: &str, file: &str| act(ClientAction::Imported(name.into(), through_module(file)));
        let back = reduce(cleared, [imported("c.json", &file)]);
        assert_eq!(*back.clients.list, list);
        assert_eq!(
            back.clients.note,
            Some(ClientNote::Imported("c.json".into()))
        );
        // The screen is what it was: an import only adds.
        assert_eq!(back.answers(), sample("trader"));
        // The same file again adds nothing; other answers under a kept name
        // come in under a free one.
        let mut other = list.clone();
        other[0].record = list[1].record.clone();
        let s = reduce(
            back,
            [
                imported("c.json", &file),
                imported("d.json", &store_to_file(&other)),
            ],
        );
        assert_eq!(names(&s), ["物流 客户", "贸易客户", "物流 客户 (2)"]);
        // A record that does not read refuses the whole file.
        let mut bad = list.clone();
        bad.push(StoredClient {
            name: "坏".into(),
            record: r#"{"format": "fusion-check/autosave", "version": 99}"#.into(),
        });
        let s = reduce(s, [imported("b.json", &store_to_file(&bad))]);
        assert_eq!(s.clients.list.len(), 3);
        assert_eq!(
            s.clients.note,
            Some(ClientNote::Problem(ClientsUi::ImportRecordUnread))
        );
        // A file the module refuses: its words, nothing changed.
        let s = reduce(s, [imported("x.json", "{oops")]);
        assert_eq!(s.clients.list.len(), 3);
        let note = s.clients.note.as_ref().unwrap();
        assert!(note.is_problem());
        assert!(note.text(Lang::Zh).contains("未导入任何客户"));
    }

    #[test]
    fn a_share_link_is_never_saved_or_replaced_by_a_client() {
        let s = reduce(
            two_clients(),
            [Action::OpenLink(Box::new(Ok(crate::state::Loaded {
                answers: sample("platform"),
                scenarios: Rc::default(),
            })))],
        );
        let s = reduce(
            s,
            [
                act(ClientAction::Open(0)),
                act(ClientAction::Typed("链接".into())),
                act(ClientAction::SaveAs),
            ],
        );
        assert_eq!(s.answers(), sample("platform"));
        assert_eq!(s.clients.list.len(), 2);
    }

    #[test]
    fn presentation_is_remembered_by_its_code() {
        for on in [false, true] {
            for hide_name in [false, true] {
                let p = Presentation { on, hide_name };
                assert_eq!(Presentation::from_code(p.code()), p);
            }
        }
        assert_eq!(Presentation::from_code("garbage"), Presentation::default());
        assert!(!Presentation {
            on: false,
            hide_name: true
        }
        .hides_name());
    }
}

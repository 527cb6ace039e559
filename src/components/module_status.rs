//! The on-demand module's notice: "loading" while it is fetched for its
//! first use, and what to do when it could not be fetched.

use crate::state::ModuleStatus;
use fusion_engine::Lang;
use yew::prelude::*;

pub struct ModuleNoticeProps {
    pub lang: Lang,
    /// Nothing is shown while `None`.
    pub status: Option<ModuleStatus>,
}

/// A polite status while loading, an alert when the fetch failed. The live
/// region is always there, so screen readers hear each change.
pub fn module_notice(props: &ModuleNoticeProps) -> Html {
    let (class, role) = match props.status {
        Some(ModuleStatus::Unavailable) => ("fc-module-status fc-error", "alert"),
        _ => ("fc-module-status fc-note", "status"),
    };
    html! {
        <p class={class} {role} data-module-status={props.status.map(|s| match s {
            ModuleStatus::Loading => "loading",
            ModuleStatus::Unavailable => "unavailable",
        })}>
            { props.status.map(|s| s.text(props.lang)).unwrap_or_default() }
        </p>
    }
}

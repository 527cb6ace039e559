//! Interview text: labels, hints, "why we ask", buttons, validation messages.
//!
//! One enum of keys; each arm keeps Chinese and English side by side.

use super::Lang;

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
        }
    }
}

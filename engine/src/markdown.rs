//! A plain Markdown summary of an assessment, for the CLI. The downloadable
//! report may replace it; it uses only [`crate::explain`], as any report should.

use crate::assessment::{Assessment, OutcomeKind, OutcomeLevel};
use crate::explain::{self, describe, money};
use crate::i18n::Lang;
use crate::policy::PolicyPack;
use std::fmt::Write;

/// Renders `a` as Markdown. `name` is the enterprise's name, if given.
pub fn render(pack: &PolicyPack, a: &Assessment, name: Option<&str>, lang: Lang) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "# {}",
        lang.pick(
            "两业融合政策自测结果",
            "Manufacturing-services fusion policy self-check"
        )
    );
    let _ = writeln!(s);
    if let Some(n) = name {
        let _ = writeln!(s, "**{}**", n);
        let _ = writeln!(s);
    }
    let _ = writeln!(
        s,
        "{} {} ({})",
        lang.pick("政策:", "Policy:"),
        pack.title,
        pack.document_number
    );
    let _ = writeln!(s);
    let _ = writeln!(s, "{} {}", lang.pick("评估日:", "Assessed on:"), a.as_of);
    let _ = writeln!(s);
    if let Some(b) = explain::window_banner(pack, a.window, a.as_of, lang) {
        let _ = writeln!(s, "> {b}");
        let _ = writeln!(s);
    }
    if let Some(l) = a.by_reference {
        let _ = writeln!(s, "> {}", explain::county_banner(pack, l, lang));
        let _ = writeln!(s);
    }

    let t = &a.totals;
    let _ = writeln!(s, "## {}", lang.pick("合计", "Totals"));
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "- {} {}",
        lang.pick("资金奖励(符合):", "Cash (qualifies):"),
        money(t.cash_qualifies_yuan, lang)
    );
    let _ = writeln!(
        s,
        "- {} {}",
        lang.pick("资金奖励(很可能):", "Cash (likely):"),
        money(t.cash_likely_yuan, lang)
    );
    for y in &t.cash_by_year {
        let _ = writeln!(
            s,
            "  - {}: {} / {}",
            y.year,
            money(y.qualifies_yuan, lang),
            money(y.likely_yuan, lang)
        );
    }
    let _ = writeln!(
        s,
        "- {} {}",
        lang.pick("税收优惠估算:", "Tax saving (estimate):"),
        money(t.tax_estimate_yuan, lang)
    );
    let _ = writeln!(s);

    let sections = [
        (lang.pick("资金奖励", "Cash awards"), OutcomeKind::Cash),
        (lang.pick("税收优惠", "Tax"), OutcomeKind::TaxEstimate),
        (
            lang.pick("非资金支持", "Non-cash support"),
            OutcomeKind::NonCash,
        ),
        (lang.pick("亩均对照", "Benchmarks"), OutcomeKind::Benchmark),
        (
            lang.pick("可申报的示范称号", "Demonstration titles"),
            OutcomeKind::Track,
        ),
    ];
    for (heading, kind) in sections {
        let items: Vec<_> = a.outcomes.iter().filter(|o| o.kind == kind).collect();
        if items.is_empty() {
            continue;
        }
        let _ = writeln!(s, "## {heading}");
        let _ = writeln!(s);
        for o in items {
            let e = describe(pack, o, lang);
            let year = o.year.map(|y| format!(" {y}")).unwrap_or_default();
            let amount = e
                .amount
                .as_deref()
                .map(|m| format!(": {m}"))
                .unwrap_or_default();
            let _ = writeln!(
                s,
                "### {} {}{} — {}{}",
                o.rule, e.title, year, e.level, amount
            );
            let _ = writeln!(s);
            let _ = writeln!(s, "{}", e.summary);
            let _ = writeln!(s);
            if o.level != OutcomeLevel::NotEligible {
                for i in &e.interpretations {
                    let _ = writeln!(s, "- {i}");
                }
                let _ = writeln!(
                    s,
                    "- {} {} “{}”",
                    lang.pick("依据:", "Source:"),
                    e.article,
                    e.quote
                );
                let _ = writeln!(
                    s,
                    "- {} {}",
                    lang.pick("联系:", "Contact:"),
                    e.bureaus.join("、")
                );
                let _ = writeln!(s);
            }
        }
    }
    let _ = writeln!(s, "## {}", lang.pick("说明", "Notes"));
    let _ = writeln!(s);
    for n in &a.notes {
        let _ = writeln!(s, "- {}", explain::caveat_text(pack, n, lang));
    }
    s
}

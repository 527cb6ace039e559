//! Words of the distance to the next award (差多少达标) and the award
//! timeline ([`crate::plan`]): the condition each target states in the
//! policy's own boundary words, its figures, and the report's headings.

use super::explain::{level_name_for, money, money_in, percent, MoneyUnit};
use super::Lang;
use crate::assessment::{OutcomeKind, OutcomeLevel, RuleId};
use crate::plan::whatif::{Axis, Mark};
use crate::plan::{Condition, Target, TargetMetric, TimelineEntry, Unit};
use crate::policy::Bound;
use rust_decimal::Decimal;

/// A fixed piece of text about targets and the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlanDoc {
    /// Subheading: the targets of the cash awards.
    Targets,
    /// What the targets are and how they were checked.
    TargetsIntro,
    /// No cash target in the years the policy can still pay.
    NoTargets,
    /// Subheading: the targets of the benchmarks.
    BenchmarkTargets,
    /// Subheading: the award timeline.
    Timeline,
    /// What the timeline's application years rest on.
    TimelineNote,
    /// Table head: the award and its year.
    Award,
    /// Table head: the condition in the policy's words.
    Condition,
    /// Table head: the answer now.
    Now,
    /// Table head: the value needed.
    Needed,
    /// Table head: the gap.
    Gap,
    /// Table head: what meeting it gives.
    IfMet,
    /// Table head: the data year (or the year of a recognition).
    Year,
    /// Table head: the application year.
    ApplicationYear,
    /// Table head: the amount.
    Amount,
    /// Table head: the level.
    Level,
    /// A condition needed together with the row above.
    Together,
    /// An answer not given yet.
    Unanswered,
    /// An award applied for on its recognition, not a data year.
    OnRecognition,
    /// What the what-if chart shows.
    WhatIfNote,
    /// Label: the data year whose figures move.
    DataYear,
    /// Label: what the horizontal axis moves.
    Axis,
    /// Axis choice: revenue.
    AxisRevenue,
    /// Axis choice: growth over the year before (F5).
    AxisGrowth,
    /// Label of the slider.
    Slider,
    /// Label of the typed revenue, in 万元.
    TypedRevenue,
    /// Label of the typed growth, in percent.
    TypedGrowth,
    /// Growth needs the year before's revenue.
    NoGrowth,
}

impl PlanDoc {
    /// The text in `lang`.
    pub const fn text(self, lang: Lang) -> &'static str {
        match self {
            PlanDoc::Targets => lang.pick("差多少达标", "Distance to the next award"),
            PlanDoc::TargetsIntro => lang.pick(
                "本政策仍可兑现的数据年度内, 尚未达到的奖励(或其上一档)所需的数值。所需值按政策用语: “超过”取高于门槛的最小数(0.01 元、0.01%、1 家), “以上”“达到”取门槛本身; 每一项都已把所需值代入答案重新测算, 比所需值少 0.01 元(0.01%、1 家)则不能获得。",
                "What each award not yet reached (or its next tier) needs, in the data years this policy can still pay. Needed values follow the policy's words: “超过” (above) takes the smallest amount above the threshold (CNY 0.01, 0.01%, one enterprise), “以上”/“达到” (at least) the threshold itself. Each was checked by assessing the answers again with the needed value: CNY 0.01 (0.01%, one enterprise) less does not earn it.",
            ),
            PlanDoc::NoTargets => lang.pick(
                "在本政策仍可兑现的数据年度内, 没有可计算差距的资金奖励。",
                "No cash award with a measurable distance in the data years this policy can still pay.",
            ),
            PlanDoc::BenchmarkTargets => {
                lang.pick("距全市总体目标还差多少", "Distance to the city's targets")
            }
            PlanDoc::Timeline => lang.pick("领奖时间表", "Award timeline"),
            PlanDoc::TimelineNote => lang.pick(
                "年度为数据年度(认定类奖励为认定年度)。申报年度按本工具的工作假设: 年度奖励在数据年度的次年申报; 认定类奖励在认定后申报。申报年度在有效期之后的, 以后续政策为准。",
                "Years are data years (for recognition awards, the year of recognition). Application years follow the tool's working assumption: annual awards are applied for the year after the data year; recognition awards after the recognition. Where the application year falls after the policy expires, the successor policy decides.",
            ),
            PlanDoc::Award => lang.pick("奖项", "Award"),
            PlanDoc::Condition => lang.pick("条件(政策用语)", "Condition (policy's words)"),
            PlanDoc::Now => lang.pick("现值", "Now"),
            PlanDoc::Needed => lang.pick("所需", "Needed"),
            PlanDoc::Gap => lang.pick("差额", "Gap"),
            PlanDoc::IfMet => lang.pick("达到后", "Then"),
            PlanDoc::Year => lang.pick("年度", "Year"),
            PlanDoc::ApplicationYear => lang.pick("申报年度", "Applied for"),
            PlanDoc::Amount => lang.pick("金额", "Amount"),
            PlanDoc::Level => lang.pick("结果", "Result"),
            PlanDoc::Together => lang.pick("同时", "and"),
            PlanDoc::Unanswered => lang.pick("未填写", "not answered"),
            PlanDoc::OnRecognition => lang.pick("认定后", "on recognition"),
            PlanDoc::WhatIfNote => lang.pick(
                "所选数据年度的现金奖励随该年营业收入(或较上年增速)变化; 其他答案不变, 每一点都由测算引擎重新计算。",
                "The cash award paid on the chosen year's figures as that year's revenue (or its growth over the year before) changes; every other answer is kept and each point is assessed again by the engine.",
            ),
            PlanDoc::DataYear => lang.pick("数据年度", "Data year"),
            PlanDoc::Axis => lang.pick("横轴", "Horizontal axis"),
            PlanDoc::AxisRevenue => lang.pick("营业收入", "Revenue"),
            PlanDoc::AxisGrowth => lang.pick("较上年增速(F5)", "Growth over the year before (F5)"),
            PlanDoc::Slider => lang.pick("移动营业收入", "Move the revenue"),
            PlanDoc::TypedRevenue => lang.pick("营业收入(万元)", "Revenue (10k CNY)"),
            PlanDoc::TypedGrowth => lang.pick("增速(%)", "Growth (%)"),
            PlanDoc::NoGrowth => lang.pick(
                "该年度没有上一年的营业收入, 无法按增速查看。",
                "That year has no revenue for the year before: growth cannot be shown.",
            ),
        }
    }
}

/// The result panel's own words about the result and the plan: the app's
/// first module carries these (before the on-demand module that writes the
/// rest loads).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlanUi {
    /// Heading of the targets.
    Targets,
    /// The targets' note, short.
    TargetsNote,
    /// The on-demand module is working on the what-if chart.
    Computing,
    /// The module that draws the chart did not load.
    Failed,
    /// Button: ask again.
    Retry,
    /// The on-demand module is assessing the answers (the first time).
    ResultComputing,
    /// The module that assesses them did not load.
    ResultFailed,
    /// The what-if chart's disclosure.
    WhatIf,
}

impl PlanUi {
    /// The text in `lang`.
    pub const fn text(self, lang: Lang) -> &'static str {
        match self {
            PlanUi::Targets => lang.pick("差多少达标", "Distance to the next award"),
            PlanUi::TargetsNote => lang.pick(
                "所需值按政策用语: “超过”为高出门槛 0.01 元(0.01%、1 家), “以上”“达到”为门槛本身; 每项均已代入重新测算。",
                "Needed values follow the policy's words: “above” is CNY 0.01 (0.01%, one enterprise) over the threshold, “at least” the threshold itself; each was checked by assessing again.",
            ),
            PlanUi::Computing => lang.pick("正在计算…", "Working it out…"),
            PlanUi::Failed => lang.pick(
                "未能计算: 计算它的模块没有加载(可能已断网)。测算结果不受影响。",
                "Could not be worked out: the module that computes it did not load (the network may be down). The result is not affected.",
            ),
            PlanUi::Retry => lang.pick("重试", "Try again"),
            PlanUi::ResultComputing => lang.pick("正在测算…", "Assessing…"),
            PlanUi::ResultFailed => lang.pick(
                "未能测算: 测算模块没有加载(可能已断网)。您的回答仍在本机,恢复网络后重试即可。",
                "Could not assess: the module that assesses the answers did not load (the network may be down). Your answers are still on this device: try again once the network is back.",
            ),
            PlanUi::WhatIf => lang.pick("如果……会怎样: 奖励随营业收入变化", "What if: the award as revenue changes"),
        }
    }
}

/// A value on the what-if axis, exact: yuan to the fen, or a percentage.
pub fn axis_value_words(axis: Axis, x: Decimal, lang: Lang) -> String {
    value_words(x, axis.unit(), lang)
}

/// A value on the what-if axis, short, for its ticks and thresholds
/// ("1 亿元", "15%").
pub fn axis_tick_words(axis: Axis, x: Decimal, lang: Lang) -> String {
    match axis {
        Axis::Revenue => money(x, lang),
        Axis::Growth => percent(x),
    }
}

/// A threshold on the what-if chart ("F3 超过 1 亿元", "F5 above 15%").
pub fn mark_words(m: &Mark, axis: Axis, lang: Lang) -> String {
    format!(
        "{} {} {}",
        m.rule.code(),
        bound_word(m.bound, lang),
        axis_tick_words(axis, m.x, lang)
    )
}

/// Where the chart's point stands ("2025 年营业收入 1.06 亿元: 奖励 0 元").
pub fn whatif_point_words(year: u16, axis: Axis, x: Decimal, award: Decimal, lang: Lang) -> String {
    let what = match (axis, lang) {
        (Axis::Revenue, Lang::Zh) => format!("{year} 年营业收入"),
        (Axis::Growth, Lang::Zh) => format!("{year} 年营业收入较上年增长"),
        (Axis::Revenue, Lang::En) => format!("{year} revenue"),
        (Axis::Growth, Lang::En) => format!("{year} growth over the year before"),
    };
    let sep = lang.pick(": 奖励 ", ": award ");
    format!(
        "{what} {}{sep}{}",
        axis_value_words(axis, x, lang),
        money(award, lang)
    )
}

/// The what-if table's heads: the range of values, and the award.
pub fn whatif_heads(axis: Axis, lang: Lang) -> [&'static str; 2] {
    [
        match axis {
            Axis::Revenue => PlanDoc::AxisRevenue.text(lang),
            Axis::Growth => PlanDoc::AxisGrowth.text(lang),
        },
        lang.pick("现金奖励", "Cash award"),
    ]
}

/// A range of values with one award ("5,000 万元 – 1 亿元").
pub fn whatif_range_words(axis: Axis, from: Decimal, to: Decimal, lang: Lang) -> String {
    if from == to {
        return axis_value_words(axis, from, lang);
    }
    format!(
        "{} – {}",
        axis_value_words(axis, from, lang),
        axis_value_words(axis, to, lang)
    )
}

/// The boundary word ("超过", "above").
const fn bound_word(bound: Bound, lang: Lang) -> &'static str {
    match bound {
        Bound::Exceeds => lang.pick("超过", "above"),
        Bound::AtLeast => lang.pick("达到", "at least"),
    }
}

/// A value of a target's unit, exact: yuan to the fen ("100,000,000.01 元"),
/// percent ("15%"), enterprises ("301 家").
pub fn value_words(value: Decimal, unit: Unit, lang: Lang) -> String {
    match unit {
        Unit::Yuan => money_in(value, MoneyUnit::Small, lang),
        Unit::Percent => percent(value),
        Unit::Count => format!("{}{}", value.normalize(), lang.pick(" 家", "")),
    }
}

/// A gap in a target's unit; percentages as percentage points.
pub fn gap_words(gap: Decimal, unit: Unit, lang: Lang) -> String {
    gap_words_as(gap, unit, Figures::Exact, lang)
}

fn gap_words_as(gap: Decimal, unit: Unit, figures: Figures, lang: Lang) -> String {
    match unit {
        Unit::Percent => match lang {
            Lang::Zh => format!("{} 个百分点", gap.round_dp(2).normalize()),
            Lang::En => format!("{} percentage points", gap.round_dp(2).normalize()),
        },
        _ => figure_words(gap, unit, figures, true, lang),
    }
}

/// The answer now, or "not answered".
pub fn current_words(c: &Condition, lang: Lang) -> String {
    current_words_as(c, Figures::Exact, lang)
}

fn current_words_as(c: &Condition, figures: Figures, lang: Lang) -> String {
    match c.current {
        Some(v) => figure_words(v, c.metric.unit(), figures, false, lang),
        None => PlanDoc::Unanswered.text(lang).to_string(),
    }
}

/// The gap, or a dash while the answer is missing.
pub fn gap_or_dash(c: &Condition, lang: Lang) -> String {
    match c.gap {
        Some(g) => gap_words(g, c.metric.unit(), lang),
        None => lang.pick("—", "—").to_string(),
    }
}

/// The condition in the policy's words, with the year it concerns
/// ("2025 年主营业务收入超过 1 亿元").
pub fn condition_words(c: &Condition, year: Option<u16>, lang: Lang) -> String {
    let w = bound_word(c.bound, lang);
    let y = year.map_or_else(String::new, |y| y.to_string());
    let base = c.base.unwrap_or_default();
    let t = c.threshold;
    match (c.metric, lang) {
        (TargetMetric::Revenue, Lang::Zh) => format!("{y} 年主营业务收入{w} {}", money(t, lang)),
        (TargetMetric::Revenue, Lang::En) => {
            format!("{y} main business revenue {w} {}", money(t, lang))
        }
        (TargetMetric::RevenueGrowth, Lang::Zh) => {
            let p = year.map_or(0, |y| y.saturating_sub(1));
            format!(
                "{y} 年主营业务收入较 {p} 年({})增长{w} {}",
                money(base, lang),
                percent(t)
            )
        }
        (TargetMetric::RevenueGrowth, Lang::En) => {
            let p = year.map_or(0, |y| y.saturating_sub(1));
            format!(
                "{y} revenue growth over {p} ({}) {w} {}",
                money(base, lang),
                percent(t)
            )
        }
        (TargetMetric::EnterprisesServed, Lang::Zh) => {
            format!("平台服务企业数{w} {} 家", t.normalize())
        }
        (TargetMetric::EnterprisesServed, Lang::En) => {
            format!("enterprises served {w} {}", t.normalize())
        }
        (TargetMetric::TradeGrowth, Lang::Zh) => format!("进出口额增速{w} {}", percent(t)),
        (TargetMetric::TradeGrowth, Lang::En) => {
            format!("import/export growth {w} {}", percent(t))
        }
        (TargetMetric::ValueAddedPerMu, Lang::Zh) => format!(
            "工业增加值{w} {}/亩 × {} 亩",
            money(t, lang),
            base.normalize()
        ),
        (TargetMetric::ValueAddedPerMu, Lang::En) => format!(
            "value added {w} {} per mu × {} mu",
            money(t, lang),
            base.normalize()
        ),
        (TargetMetric::TaxPerMu, Lang::Zh) => format!(
            "实缴税收{w} {}/亩 × {} 亩",
            money(t, lang),
            base.normalize()
        ),
        (TargetMetric::TaxPerMu, Lang::En) => format!(
            "tax paid {w} {} per mu × {} mu",
            money(t, lang),
            base.normalize()
        ),
        (TargetMetric::ValueAddedPerEmployee, Lang::Zh) => format!(
            "工业增加值{w} {}/人 × {} 人",
            money(t, lang),
            base.normalize()
        ),
        (TargetMetric::ValueAddedPerEmployee, Lang::En) => format!(
            "value added {w} {} per employee × {} employees",
            money(t, lang),
            base.normalize()
        ),
    }
}

/// What meeting a target gives ("50 万元 · 符合 · 2026 年申报", "达到目标").
pub fn if_met_words(t: &Target, lang: Lang) -> String {
    let Some(award) = t.award_yuan else {
        return level_name_for(OutcomeKind::Benchmark, t.level, lang).to_string();
    };
    let mut s = money(award, lang);
    if let Some(now) = t.now_yuan {
        s.push_str(&match lang {
            Lang::Zh => format!("(现 {})", money(now, lang)),
            Lang::En => format!(" (now {})", money(now, lang)),
        });
    }
    s.push_str(" · ");
    s.push_str(level_name_for(OutcomeKind::Cash, t.level, lang));
    if let Some(y) = t.application_year {
        s.push_str(" · ");
        s.push_str(&application_words(y, lang));
    }
    s
}

/// "2026 年申报", "applied for in 2026".
fn application_words(year: u16, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{year} 年申报"),
        Lang::En => format!("applied for in {year}"),
    }
}

/// A rule with its year ("F3 · 2025").
pub fn award_label(rule: RuleId, year: Option<u16>) -> String {
    match year {
        Some(y) => format!("{} · {y}", rule.code()),
        None => rule.code().to_string(),
    }
}

/// How a target's amounts read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figures {
    /// To the fen, so the boundary shows ("需 100,000,000.01 元"): the
    /// summary, the command line, the panel.
    Exact,
    /// In 万元 (millions in English) to two places, for a room in
    /// presentation mode ("需 10,000.01 万元"). What is needed and what is
    /// missing round up, so reaching the figure shown always meets the words.
    Wan,
}

/// A value of a target's unit as `figures` say; `up`: rounded up.
fn figure_words(value: Decimal, unit: Unit, figures: Figures, up: bool, lang: Lang) -> String {
    match (unit, figures) {
        (Unit::Yuan, Figures::Wan) => {
            // The last place shown: 0.01 万元 = 100 元; 0.01 million.
            let step = match lang {
                Lang::Zh => Decimal::from(100),
                Lang::En if value.abs() >= Decimal::from(1_000_000) => Decimal::from(10_000),
                Lang::En => Decimal::new(1, 2),
            };
            let shown = if up {
                (value / step).ceil() * step
            } else {
                value
            };
            money_in(shown, MoneyUnit::Medium, lang)
        }
        _ => value_words(value, unit, lang),
    }
}

/// One target in one sentence, as the CLI's JSON and the result panel give it.
pub fn target_words(t: &Target, lang: Lang) -> String {
    target_words_as(t, lang, Figures::Exact)
}

/// One target in one sentence, its amounts as `figures` say.
pub fn target_words_as(t: &Target, lang: Lang, figures: Figures) -> String {
    let parts: Vec<String> = t
        .conditions()
        .map(|c| {
            let unit = c.metric.unit();
            let needed = figure_words(c.needed, unit, figures, true, lang);
            let now = current_words_as(c, figures, lang);
            let gap = |g: Decimal| gap_words_as(g, unit, figures, lang);
            match (lang, c.gap) {
                (Lang::Zh, Some(g)) => format!(
                    "{}: 需 {needed}, 现 {now}, 差 {}",
                    condition_words(c, t.year, lang),
                    gap(g)
                ),
                (Lang::Zh, None) => format!(
                    "{}: 需 {needed}, 现 {now}",
                    condition_words(c, t.year, lang)
                ),
                (Lang::En, Some(g)) => format!(
                    "{}: needs {needed}, now {now}, short by {}",
                    condition_words(c, t.year, lang),
                    gap(g)
                ),
                (Lang::En, None) => format!(
                    "{}: needs {needed}, now {now}",
                    condition_words(c, t.year, lang)
                ),
            }
        })
        .collect();
    let joined = parts.join(lang.pick("; 同时", "; and "));
    match lang {
        Lang::Zh => format!("{joined} → {}", if_met_words(t, lang)),
        Lang::En => format!("{joined} → {}", if_met_words(t, lang)),
    }
}

/// When a timeline entry is applied for ("2026", "2027 · 有效期后, 以后续政策为准").
pub fn timeline_application_words(e: &TimelineEntry, lang: Lang) -> String {
    let mut s = match e.application_year {
        Some(y) => y.to_string(),
        None => PlanDoc::OnRecognition.text(lang).to_string(),
    };
    if e.after_expiry {
        s.push_str(lang.pick(
            " · 有效期后, 以后续政策为准",
            " · after expiry: the successor policy decides",
        ));
    }
    s
}

/// A timeline entry's level, as a cash outcome reads it.
pub fn timeline_level_words(level: OutcomeLevel, lang: Lang) -> &'static str {
    level_name_for(OutcomeKind::Cash, level, lang)
}

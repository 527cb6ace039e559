//! The summary's content, built once from the answers and the assessment and
//! then written out as HTML or Markdown, so both documents say the same
//! thing. Everything here is words and figures; nothing decides policy: the
//! outcomes, totals and their words come from the engine, and the only
//! sentences made here (就高不重复 decisions) are read off the outcome's
//! typed steps.
//!
//! Strings in the model are plain text. The writers escape them; cells and
//! fields marked `user` hold what the enterprise typed and get the strictest
//! escaping.

use crate::answers::{Answers, Level, Location, Question, RecognitionKind};
use crate::assessment::{
    Assessment, Caveat, Interpretation, Outcome, OutcomeKind, OutcomeLevel, RuleId, Step,
    WindowStatus,
};
use crate::explain::{self, describe, money, percent, Explanation};
use crate::i18n::explain as words;
use crate::i18n::report::{self as rw, Doc};
use crate::i18n::Lang;
use crate::i18n::{names, ui};
use crate::input::{amount_to_input, format_grouped, format_money, AmountUnit};
use crate::policy::{Coverage, PolicyPack};
use crate::scenario::Scenario;
use crate::text::clean_user_text;
use crate::transfer::answers_fingerprint;
use rust_decimal::Decimal;

/// One table cell.
#[derive(Debug, Clone, Default)]
pub(crate) struct Cell {
    pub text: String,
    /// Typed by the enterprise: escaped strictly.
    pub user: bool,
    /// A figure: right-aligned.
    pub num: bool,
    /// A code or a level word: kept on one line.
    pub short: bool,
    /// Differs from the first scenario's (its text says so too).
    pub changed: bool,
}

impl Cell {
    pub(crate) fn plain(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            ..Cell::default()
        }
    }
    /// Typed text, cleaned to one line.
    pub(crate) fn user(text: &str) -> Cell {
        Cell {
            text: clean_user_text(text),
            user: true,
            ..Cell::default()
        }
    }
    pub(crate) fn num(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            num: true,
            ..Cell::default()
        }
    }
    pub(crate) fn short(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            short: true,
            ..Cell::default()
        }
    }
}

/// A table with a head row. `key_value` tables have a label column; their
/// head is only for formats that need one (Markdown).
#[derive(Debug, Clone)]
pub(crate) struct Table {
    pub head: Vec<Cell>,
    pub rows: Vec<Vec<Cell>>,
    /// The last row is a total.
    pub total: bool,
    /// Label/value rows: the first cell of each row is a heading.
    pub key_value: bool,
}

/// How a callout or key figure is coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tone {
    Qualifies,
    Likely,
    Possible,
    Estimate,
}

/// A key figure of the overview.
#[derive(Debug, Clone)]
pub(crate) struct Figure {
    pub label: &'static str,
    pub value: String,
    pub note: &'static str,
    pub tone: Tone,
}

/// One outcome as a block: heading, figures, arithmetic, readings, source.
#[derive(Debug, Clone)]
pub(crate) struct Block {
    pub code: &'static str,
    pub title: String,
    pub level: OutcomeLevel,
    pub level_text: &'static str,
    pub year_label: &'static str,
    pub year: Option<String>,
    /// A label for the amount when the heading alone would not say what it
    /// is (a tax saving is not cash).
    pub amount_label: Option<&'static str>,
    pub amount: Option<String>,
    /// The matter's subject (typed by the enterprise).
    pub subject: Option<String>,
    pub steps: Vec<String>,
    pub decisions: Vec<String>,
    pub interpretations: Vec<String>,
    pub missing: Vec<String>,
    pub source: String,
    pub bureaus: String,
}

/// A piece of a section.
#[derive(Debug, Clone)]
pub(crate) enum Part {
    /// A subheading.
    Sub(String),
    Para(String),
    /// A muted line (notes under a table).
    Small(String),
    List(Vec<String>),
    Callout(Tone, String),
    Table(Table),
    Figures(Vec<Figure>),
    Outcome(Box<Block>),
}

/// A numbered section.
#[derive(Debug, Clone)]
pub(crate) struct Section {
    pub heading: String,
    pub parts: Vec<Part>,
}

/// The whole summary.
#[derive(Debug, Clone)]
pub(crate) struct Report {
    pub lang: Lang,
    pub title: &'static str,
    pub kicker: &'static str,
    /// The enterprise's name as typed (cleaned), or the stand-in.
    pub name: String,
    pub name_given: bool,
    pub meta: Table,
    pub banners: Vec<String>,
    pub sections: Vec<Section>,
    pub footer: String,
}

/// Builds the summary of `assessment` for `answers` in `lang`.
pub(crate) fn build(
    pack: &PolicyPack,
    answers: &Answers,
    a: &Assessment,
    scenarios: &[Scenario],
    lang: Lang,
) -> Report {
    let explained: Vec<(&Outcome, Explanation)> = a
        .outcomes
        .iter()
        .map(|o| (o, describe(pack, o, lang)))
        .collect();
    let name = answers
        .enterprise_name
        .as_deref()
        .map(clean_user_text)
        .filter(|n| !n.is_empty());
    let fingerprint = answers_fingerprint(answers);

    let mut banners = Vec::new();
    if answers.location == Some(Location::OutsideJiaxing) {
        banners.push(explain::step_text(pack, &Step::OutsideJiaxing, lang));
    }
    if let Some(b) = explain::window_banner(pack, a.window, a.as_of, lang) {
        banners.push(b);
    }
    if let Some(l) = a.by_reference {
        banners.push(explain::county_banner(pack, l, lang));
    }

    let plan = super::plan::parts(pack, answers, a, lang);
    let mut sections = vec![
        overview(pack, a, &explained, lang)
            .with(plan.timeline)
            .with(super::compare::parts(pack, scenarios, a.as_of, lang)),
        figures(answers, lang),
        cash(&explained, lang).with(plan.cash_targets),
        stacking(pack, &explained, lang),
        tax(pack, &explained, lang),
        non_cash(&explained, lang),
        tracks(pack, &explained, lang),
        benchmarks(&explained, lang).with(plan.benchmark_targets),
        not_applicable(&explained, lang),
        notes(pack, a, lang),
    ];
    for (i, s) in sections.iter_mut().enumerate() {
        s.heading = rw::section_heading(i + 1, heading_of(i), lang);
    }

    Report {
        lang,
        title: Doc::Title.text(lang),
        kicker: Doc::Kicker.text(lang),
        name_given: name.is_some(),
        name: name.unwrap_or_else(|| Doc::Unnamed.text(lang).to_string()),
        meta: meta(pack, answers, a, &fingerprint, lang),
        banners,
        sections,
        footer: rw::footer_words(pack.id, pack.version, &fingerprint, a.as_of, lang),
    }
}

/// The headings in section order (the builders leave `heading` empty).
fn heading_of(i: usize) -> Doc {
    const ORDER: [Doc; 10] = [
        Doc::Overview,
        Doc::Figures,
        Doc::CashAwards,
        Doc::Stacking,
        Doc::TaxEstimates,
        Doc::NonCash,
        Doc::Tracks,
        Doc::Benchmarks,
        Doc::NotApplicable,
        Doc::Notes,
    ];
    ORDER.get(i).copied().unwrap_or(Doc::Notes)
}

impl Section {
    /// The section with `parts` added at its end.
    fn with(mut self, parts: Vec<Part>) -> Section {
        self.parts.extend(parts);
        self
    }
}

fn section(parts: Vec<Part>) -> Section {
    Section {
        heading: String::new(),
        parts,
    }
}

fn kv(label: impl Into<String>, value: Cell) -> Vec<Cell> {
    vec![Cell::plain(label), value]
}

// ---------------------------------------------------------------- title block

fn meta(
    pack: &PolicyPack,
    answers: &Answers,
    a: &Assessment,
    fingerprint: &str,
    lang: Lang,
) -> Table {
    let v = &pack.validity;
    let application = match answers.location {
        None => Doc::LocationUnknown.text(lang).to_string(),
        Some(l) => {
            let how = match pack.coverage(l) {
                Coverage::Direct => Doc::AppliesDirectly,
                Coverage::ByReference => Doc::AppliesByReference,
                Coverage::Outside => Doc::AppliesNot,
            };
            rw::application_words(words::location_name(l, lang), how, lang)
        }
    };
    let date_status = match a.window {
        WindowStatus::InForce => Doc::DateInForce,
        WindowStatus::BeforeInForce => Doc::DateBefore,
        WindowStatus::Expired => Doc::DateAfter,
    };
    let rows = vec![
        kv(Doc::AssessedOn.text(lang), Cell::plain(a.as_of.to_string())),
        kv(Doc::Policy.text(lang), Cell::plain(pack.title)),
        kv(
            Doc::DocumentNumber.text(lang),
            Cell::plain(rw::document_number_words(
                pack.document_number,
                pack.unified_number,
                lang,
            )),
        ),
        kv(
            Doc::Issuer.text(lang),
            Cell::plain(rw::issuer_words(
                pack.issuer,
                pack.written,
                pack.published,
                lang,
            )),
        ),
        kv(
            Doc::Validity.text(lang),
            Cell::plain(rw::period(v.in_force_from, v.in_force_until, lang)),
        ),
        kv(Doc::Application.text(lang), Cell::plain(application)),
        kv(
            Doc::DateStatus.text(lang),
            Cell::plain(date_status.text(lang)),
        ),
        kv(
            Doc::PolicyData.text(lang),
            Cell::plain(format!("{} {}", pack.id, pack.version)),
        ),
        kv(Doc::Fingerprint.text(lang), Cell::plain(fingerprint)),
    ];
    Table {
        head: vec![
            Cell::plain(Doc::Item.text(lang)),
            Cell::plain(Doc::Detail.text(lang)),
        ],
        rows,
        key_value: true,
        total: false,
    }
}

// ---------------------------------------------------------------- 1 overview

fn overview(
    pack: &PolicyPack,
    a: &Assessment,
    explained: &[(&Outcome, Explanation)],
    lang: Lang,
) -> Section {
    let t = &a.totals;
    let mut parts = vec![Part::Figures(vec![
        Figure {
            label: Doc::CashQualifies.text(lang),
            value: money(t.cash_qualifies_yuan, lang),
            note: Doc::CashQualifiesNote.text(lang),
            tone: Tone::Qualifies,
        },
        Figure {
            label: Doc::CashLikely.text(lang),
            value: money(t.cash_likely_yuan, lang),
            note: Doc::CashLikelyNote.text(lang),
            tone: Tone::Likely,
        },
        Figure {
            label: Doc::TaxEstimate.text(lang),
            value: money(t.tax_estimate_yuan, lang),
            note: Doc::TaxEstimateNote.text(lang),
            tone: Tone::Estimate,
        },
        Figure {
            label: Doc::TaxPossible.text(lang),
            value: money(t.tax_possible_yuan, lang),
            note: Doc::TaxPossibleNote.text(lang),
            tone: Tone::Possible,
        },
    ])];
    parts.push(Part::Small(Doc::LevelsExplained.text(lang).to_string()));

    if t.cash_by_year.is_empty() && t.cash_qualifies_yuan.is_zero() && t.cash_likely_yuan.is_zero()
    {
        parts.push(Part::Para(Doc::NoCash.text(lang).to_string()));
    } else {
        parts.push(Part::Sub(Doc::CashByYear.text(lang).to_string()));
        let head = vec![
            Cell::plain(Doc::Year.text(lang)),
            Cell::num(Doc::Qualifies.text(lang)),
            Cell::num(Doc::Likely.text(lang)),
        ];
        let mut rows: Vec<Vec<Cell>> = t
            .cash_by_year
            .iter()
            .map(|y| {
                vec![
                    Cell::plain(y.year.to_string()),
                    Cell::num(money(y.qualifies_yuan, lang)),
                    Cell::num(money(y.likely_yuan, lang)),
                ]
            })
            .collect();
        // Outcomes without a year count in the totals only; show the rest so
        // the rows add up to the total.
        let (q, l) = t
            .cash_by_year
            .iter()
            .fold((Decimal::ZERO, Decimal::ZERO), |(q, l), y| {
                (
                    q.saturating_add(y.qualifies_yuan),
                    l.saturating_add(y.likely_yuan),
                )
            });
        let (rest_q, rest_l) = (
            t.cash_qualifies_yuan.saturating_sub(q),
            t.cash_likely_yuan.saturating_sub(l),
        );
        if !rest_q.is_zero() || !rest_l.is_zero() {
            rows.push(vec![
                Cell::plain(Doc::Blank.text(lang)),
                Cell::num(money(rest_q, lang)),
                Cell::num(money(rest_l, lang)),
            ]);
        }
        rows.push(vec![
            Cell::plain(Doc::Total.text(lang)),
            Cell::num(money(t.cash_qualifies_yuan, lang)),
            Cell::num(money(t.cash_likely_yuan, lang)),
        ]);
        parts.push(Part::Table(Table {
            head,
            rows,
            total: true,
            key_value: false,
        }));
        // The working assumption is stated where the years are read.
        let mut note = Doc::ByYearNote.text(lang).to_string();
        if a.notes.contains(&ASSUMPTION) {
            let assumption =
                words::interpretation_words(pack, Interpretation::AnnualApplicationNextYear, lang);
            note = rw::sentences(&note, &rw::sentence(&assumption, lang), lang);
        }
        parts.push(Part::Small(note));

        if !t.cash_by_rule.is_empty() {
            parts.push(Part::Sub(Doc::CashByRule.text(lang).to_string()));
            let head = vec![
                Cell::plain(Doc::Rule.text(lang)),
                Cell::plain(Doc::Award.text(lang)),
                Cell::num(Doc::Qualifies.text(lang)),
                Cell::num(Doc::Likely.text(lang)),
            ];
            let rows = t
                .cash_by_rule
                .iter()
                .map(|r| {
                    vec![
                        Cell::short(r.rule.code()),
                        Cell::plain(explain::rule_name(r.rule, lang)),
                        Cell::num(money(r.qualifies_yuan, lang)),
                        Cell::num(money(r.likely_yuan, lang)),
                    ]
                })
                .collect();
            parts.push(Part::Table(Table {
                head,
                rows,
                total: false,
                key_value: false,
            }));
        }
    }

    let open_cash = explained
        .iter()
        .filter(|(o, _)| o.kind == OutcomeKind::Cash && is_open(o.level))
        .count();
    let non_cash = explained
        .iter()
        .filter(|(o, _)| o.kind == OutcomeKind::NonCash && shown(o.level))
        .count();
    let tracks = explained
        .iter()
        .filter(|(o, _)| o.kind == OutcomeKind::Track && shown(o.level))
        .count();
    parts.push(Part::Para(rw::more_counts(
        open_cash, non_cash, tracks, lang,
    )));
    section(parts)
}

/// The tool's working assumption, as the assessment's notes carry it.
const ASSUMPTION: Caveat = Caveat::Interpretation {
    interpretation: Interpretation::AnnualApplicationNextYear,
};

/// Met (qualifies or likely).
fn is_met(level: OutcomeLevel) -> bool {
    matches!(level, OutcomeLevel::Qualifies | OutcomeLevel::Likely)
}

/// A path or a question still open.
fn is_open(level: OutcomeLevel) -> bool {
    matches!(
        level,
        OutcomeLevel::Possible | OutcomeLevel::NeedMoreAnswers
    )
}

/// Everything but "not eligible".
fn shown(level: OutcomeLevel) -> bool {
    level != OutcomeLevel::NotEligible
}

// ---------------------------------------------------------------- 2 figures

fn yes_no(b: bool, lang: Lang) -> &'static str {
    if b {
        Doc::Yes.text(lang)
    } else {
        Doc::No.text(lang)
    }
}

/// English names from the explain table are lower case ("logistics &
/// transport"); a table cell starts with a capital.
fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn figures(answers: &Answers, lang: Lang) -> Section {
    let q = |q: Question| words::question_name(q, lang);
    let m = |d: Decimal| format_money(d, lang);
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    if let Some(n) = answers.enterprise_name.as_deref() {
        rows.push(kv(q(Question::EnterpriseName), Cell::user(n)));
    }
    if let Some(l) = answers.location {
        rows.push(kv(
            q(Question::Location),
            Cell::plain(names::location(l).label(lang)),
        ));
    }
    if let Some(i) = answers.industry {
        rows.push(kv(
            q(Question::Industry),
            Cell::plain(names::industry(i).label(lang)),
        ));
    }
    if let Some(b) = answers.above_scale {
        rows.push(kv(q(Question::AboveScale), Cell::plain(yes_no(b, lang))));
    }
    if !answers.sectors.is_empty() {
        let names: Vec<String> = answers
            .sectors
            .iter()
            .map(|s| names::sector(*s).label(lang).to_string())
            .collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        rows.push(kv(
            q(Question::Sectors),
            Cell::plain(rw::list_words(&names, lang)),
        ));
    }
    if !answers.activities.is_empty() {
        let names: Vec<String> = answers
            .activities
            .iter()
            .map(|s| names::activity(*s).label(lang).to_string())
            .collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        rows.push(kv(
            q(Question::Activities),
            Cell::plain(rw::list_words(&names, lang)),
        ));
    }
    let t = &answers.tax;
    if let Some(v) = t.rd_cost_yuan {
        rows.push(kv(q(Question::RdCost), Cell::plain(m(v))));
    }
    if let Some(v) = t.taxable_income_yuan {
        rows.push(kv(q(Question::TaxableIncome), Cell::plain(m(v))));
    }
    if let Some(v) = t.income_tax_rate_percent {
        rows.push(kv(q(Question::IncomeTaxRate), Cell::plain(percent(v))));
    }
    let c = &answers.cross_border;
    if let Some(b) = c.platform_operator {
        rows.push(kv(
            q(Question::CrossBorderOperator),
            Cell::plain(yes_no(b, lang)),
        ));
    }
    if let Some(n) = c.enterprises_served {
        rows.push(kv(
            q(Question::CrossBorderServed),
            Cell::plain(rw::count_words(n, Doc::Enterprises, lang)),
        ));
    }
    if let Some(v) = c.trade_growth_percent {
        rows.push(kv(q(Question::CrossBorderGrowth), Cell::plain(percent(v))));
    }
    if let Some(v) = c.upgrade_cost_yuan {
        rows.push(kv(q(Question::CrossBorderUpgradeCost), Cell::plain(m(v))));
    }
    if let Some(y) = c.year {
        rows.push(kv(q(Question::CrossBorderYear), Cell::plain(y.to_string())));
    }
    let s = &answers.separation;
    if let Some(b) = s.spun_off {
        rows.push(kv(q(Question::SpunOff), Cell::plain(yes_no(b, lang))));
    }
    if let Some(st) = s.status {
        rows.push(kv(
            q(Question::SeparationStatus),
            Cell::plain(ui::separation_status_name(st, lang)),
        ));
    }
    if let Some(b) = s.new_land {
        rows.push(kv(
            q(Question::SeparationNewLand),
            Cell::plain(yes_no(b, lang)),
        ));
    }
    if let Some(b) = s.on_parent_land {
        rows.push(kv(
            q(Question::SeparationOnParentLand),
            Cell::plain(yes_no(b, lang)),
        ));
    }
    let new_company: Vec<(Doc, String)> = [
        (Doc::NewCompanyRevenue, s.new_company_revenue_yuan),
        (Doc::NewCompanyProfit, s.new_company_profit_yuan),
        (Doc::NewCompanyTax, s.new_company_tax_yuan),
        (Doc::NewCompanyValueAdded, s.new_company_value_added_yuan),
    ]
    .into_iter()
    .filter_map(|(label, v)| v.map(|v| (label, m(v))))
    .collect();
    if !new_company.is_empty() {
        rows.push(kv(
            q(Question::SeparationNewCompanyFigures),
            Cell::plain(rw::new_company_words(&new_company, lang)),
        ));
    }
    let l = &answers.land;
    if let Some(mu) = l.own_land_mu {
        rows.push(kv(
            q(Question::OwnLand),
            Cell::plain(rw::mu_words(&format_grouped(mu), lang)),
        ));
    }
    for (question, value) in [
        (Question::MixedUsePlan, l.mixed_use_plan),
        (
            Question::LogisticsOnExistingLand,
            l.logistics_on_existing_land,
        ),
        (Question::InPilotArea, l.in_pilot_area),
    ] {
        if let Some(b) = value {
            rows.push(kv(q(question), Cell::plain(yes_no(b, lang))));
        }
    }
    if let Some(v) = l.value_added_yuan {
        rows.push(kv(q(Question::ValueAdded), Cell::plain(m(v))));
    }
    if let Some(v) = l.tax_paid_yuan {
        rows.push(kv(q(Question::TaxPaid), Cell::plain(m(v))));
    }
    if let Some(n) = l.employees {
        rows.push(kv(
            q(Question::Employees),
            Cell::plain(rw::count_words(n, Doc::People, lang)),
        ));
    }
    if let Some(d) = answers.assessment_date {
        rows.push(kv(q(Question::AssessmentDate), Cell::plain(d.to_string())));
    }

    let mut parts = vec![Part::Small(Doc::FiguresIntro.text(lang).to_string())];
    parts.push(Part::Sub(Doc::Profile.text(lang).to_string()));
    if rows.is_empty() {
        parts.push(Part::Para(Doc::NotAnswered.text(lang).to_string()));
    } else {
        parts.push(Part::Table(Table {
            head: vec![
                Cell::plain(Doc::Item.text(lang)),
                Cell::plain(Doc::Answer.text(lang)),
            ],
            rows,
            key_value: true,
            total: false,
        }));
    }

    if !answers.revenue_yuan.is_empty() {
        parts.push(Part::Sub(Doc::Revenue.text(lang).to_string()));
        let head = vec![
            Cell::plain(Doc::Year.text(lang)),
            Cell::num(Doc::RevenueWan.text(lang)),
            Cell::num(Doc::ReadsAs.text(lang)),
        ];
        let rows = answers
            .revenue_yuan
            .iter()
            .map(|(y, v)| {
                vec![
                    Cell::plain(y.to_string()),
                    Cell::num(amount_to_input(*v, AmountUnit::Wan)),
                    Cell::num(money(*v, lang)),
                ]
            })
            .collect();
        parts.push(Part::Table(Table {
            head,
            rows,
            total: false,
            key_value: false,
        }));
    }

    if !answers.recognitions.is_empty() {
        parts.push(Part::Sub(Doc::Recognitions.text(lang).to_string()));
        let head = vec![
            Cell::plain(Doc::Recognition.text(lang)),
            Cell::plain(Doc::Level.text(lang)),
            Cell::plain(Doc::Obtained.text(lang)),
            Cell::plain(Doc::Covers.text(lang)),
        ];
        let rows = answers
            .recognitions
            .iter()
            .map(|r| {
                vec![
                    Cell::plain(names::recognition(r.kind).label(lang)),
                    Cell::plain(r.level.map_or_else(
                        || Doc::Blank.text(lang).to_string(),
                        |l| names::level(l).label(lang).to_string(),
                    )),
                    Cell::plain(
                        r.obtained
                            .map_or_else(|| Doc::Blank.text(lang).to_string(), |d| d.to_string()),
                    ),
                    subject_cell(r.subject.as_deref(), lang),
                ]
            })
            .collect();
        parts.push(Part::Table(Table {
            head,
            rows,
            total: false,
            key_value: false,
        }));
    }

    if !answers.awards_received.is_empty() {
        parts.push(Part::Sub(Doc::AwardsReceived.text(lang).to_string()));
        let head = vec![
            Cell::plain(Doc::Matter.text(lang)),
            Cell::num(Doc::Amount.text(lang)),
            Cell::plain(Doc::Year.text(lang)),
            Cell::plain(Doc::Covers.text(lang)),
            Cell::plain(Doc::UnderPolicy.text(lang)),
        ];
        let rows = answers
            .awards_received
            .iter()
            .map(|r| {
                vec![
                    Cell::plain(ui::award_matter_name(r.matter, lang)),
                    Cell::num(m(r.amount_yuan)),
                    Cell::plain(
                        r.year
                            .map_or_else(|| Doc::Blank.text(lang).to_string(), |y| y.to_string()),
                    ),
                    subject_cell(r.subject.as_deref(), lang),
                    match r
                        .policy
                        .as_deref()
                        .filter(|p| !clean_user_text(p).is_empty())
                    {
                        Some(p) => Cell::user(p),
                        None => Cell::plain(Doc::Blank.text(lang)),
                    },
                ]
            })
            .collect();
        parts.push(Part::Table(Table {
            head,
            rows,
            total: false,
            key_value: false,
        }));
    }
    section(parts)
}

/// What a recognition or award covers: the typed subject, or the enterprise.
fn subject_cell(subject: Option<&str>, lang: Lang) -> Cell {
    match subject.filter(|s| !clean_user_text(s).is_empty()) {
        Some(s) => Cell::user(s),
        None => Cell::plain(capitalised(Doc::EnterpriseItself.text(lang))),
    }
}

// ---------------------------------------------------------------- outcome blocks

fn block(o: &Outcome, e: &Explanation, lang: Lang) -> Block {
    let year_label = match o.rule {
        RuleId::F1 | RuleId::F2 => Doc::RecognitionYear,
        _ => Doc::DataYear,
    };
    let amount_label =
        (o.kind == OutcomeKind::TaxEstimate).then(|| Doc::EstimatedSaving.text(lang));
    Block {
        code: o.rule.code(),
        title: e.title.clone(),
        level: o.level,
        level_text: e.level,
        year_label: year_label.text(lang),
        year: o.year.map(|y| y.to_string()),
        amount_label,
        amount: e.amount.clone(),
        subject: o
            .subject
            .as_deref()
            .map(clean_user_text)
            .filter(|s| !s.is_empty()),
        steps: e.steps.clone(),
        decisions: decisions(o, lang),
        interpretations: e.interpretations.clone(),
        missing: e.missing.clone(),
        source: rw::source_words(e.article, e.quote, lang),
        bureaus: explain::bureaus_text(e, lang),
    }
}

/// The 就高不重复 decisions an outcome's steps record, in words: several
/// recognitions of one matter, several tiers in one year, an award already
/// received. Read off the steps the rules wrote; nothing is re-decided here.
fn decisions(o: &Outcome, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    let mut counted: Option<(Level, RecognitionKind)> = None;
    let mut level_award: Option<Decimal> = None;
    let mut not_added: Vec<(Level, RecognitionKind)> = Vec::new();
    let mut crossed_year: Option<u16> = None;
    let mut lower_tiers: Option<(u8, Decimal)> = None;
    let mut received: Option<(Decimal, Decimal, Decimal)> = None;
    for s in &o.steps {
        match *s {
            Step::Recognition {
                kind,
                level: Some(level),
                ..
            } if counted.is_none() => counted = Some((level, kind)),
            Step::LevelAward { amount, .. } if level_award.is_none() => level_award = Some(amount),
            Step::SameMatterNotAdded { kind, level, .. } => not_added.push((level, kind)),
            Step::RevenueVsThreshold {
                year, passed: true, ..
            } => crossed_year = Some(year),
            Step::LowerTiersNotAdded { count, amount } => lower_tiers = Some((count, amount)),
            Step::Additional {
                entitlement,
                received: r,
                additional,
            } => received = Some((r, entitlement, additional)),
            _ => {}
        }
    }
    if let (Some(first), Some(amount), false) = (counted, level_award, not_added.is_empty()) {
        let mut items = vec![first];
        items.extend(not_added);
        out.push(rw::same_matter(&items, amount, lang));
    }
    if let (Some(year), Some((count, lower))) = (crossed_year, lower_tiers) {
        // The highest tier's award before anything already received.
        let award = received
            .map(|(_, e, _)| e)
            .or(o.amount_yuan)
            .unwrap_or_default();
        out.push(rw::tiers_same_year(
            year,
            count.saturating_add(1),
            award,
            lower,
            lang,
        ));
    }
    if let Some((r, e, add)) = received {
        out.push(rw::already_received(r, e, add, lang));
    }
    out
}

fn blocks(
    explained: &[(&Outcome, Explanation)],
    lang: Lang,
    keep: impl Fn(&Outcome) -> bool,
) -> Vec<Part> {
    explained
        .iter()
        .filter(|(o, _)| keep(o))
        .map(|(o, e)| Part::Outcome(Box::new(block(o, e, lang))))
        .collect()
}

fn or_nothing(mut parts: Vec<Part>, lang: Lang) -> Vec<Part> {
    if parts.is_empty() {
        parts.push(Part::Para(Doc::Nothing.text(lang).to_string()));
    }
    parts
}

// ---------------------------------------------------------------- 3 cash

fn cash(explained: &[(&Outcome, Explanation)], lang: Lang) -> Section {
    let mut parts = vec![Part::Sub(Doc::AwardsMet.text(lang).to_string())];
    parts.extend(or_nothing(
        blocks(explained, lang, |o| {
            o.kind == OutcomeKind::Cash && is_met(o.level)
        }),
        lang,
    ));
    parts.push(Part::Sub(Doc::AwardsOpen.text(lang).to_string()));
    parts.extend(or_nothing(
        blocks(explained, lang, |o| {
            o.kind == OutcomeKind::Cash && is_open(o.level)
        }),
        lang,
    ));
    section(parts)
}

// ---------------------------------------------------------------- 4 stacking

fn stacking(pack: &PolicyPack, explained: &[(&Outcome, Explanation)], lang: Lang) -> Section {
    let lines: Vec<String> = explained
        .iter()
        .filter(|(o, _)| o.kind == OutcomeKind::Cash && shown(o.level))
        .flat_map(|(o, e)| {
            let title = match o.year {
                Some(y) => format!("{} · {}", e.title, rw::year_words(y, lang)),
                None => e.title.clone(),
            };
            decisions(o, lang)
                .into_iter()
                .map(move |d| rw::decision_line(o.rule.code(), &title, &d, lang))
        })
        .collect();
    let mut parts = Vec::new();
    if lines.is_empty() {
        parts.push(Part::Para(Doc::NoStacking.text(lang).to_string()));
    } else {
        parts.push(Part::Para(Doc::StackingIntro.text(lang).to_string()));
        parts.push(Part::List(lines));
    }
    parts.push(Part::Small(format!(
        "{}: {}",
        Doc::PolicyText.text(lang),
        rw::source_words(pack.stacking.article, pack.stacking.quote, lang)
    )));
    section(parts)
}

// ---------------------------------------------------------------- 5 tax, 6 non-cash

fn tax(pack: &PolicyPack, explained: &[(&Outcome, Explanation)], lang: Lang) -> Section {
    let mut parts = vec![Part::Callout(
        Tone::Estimate,
        explain::caveat_text(pack, &Caveat::TaxEstimate, lang),
    )];
    parts.extend(or_nothing(
        blocks(explained, lang, |o| {
            o.kind == OutcomeKind::TaxEstimate && shown(o.level)
        }),
        lang,
    ));
    section(parts)
}

fn non_cash(explained: &[(&Outcome, Explanation)], lang: Lang) -> Section {
    section(or_nothing(
        blocks(explained, lang, |o| {
            o.kind == OutcomeKind::NonCash && shown(o.level)
        }),
        lang,
    ))
}

// ---------------------------------------------------------------- 7 tracks

fn tracks(pack: &PolicyPack, explained: &[(&Outcome, Explanation)], lang: Lang) -> Section {
    let rows: Vec<Vec<Cell>> = explained
        .iter()
        .filter(|(o, _)| o.kind == OutcomeKind::Track && shown(o.level))
        .map(|(o, e)| {
            let mut title = format!("{} {}", o.rule.code(), e.title);
            title.push_str(&format!(" · {}", e.article));
            let item = match o.rule {
                RuleId::D(n) => pack.track(n),
                _ => None,
            };
            if let Some(n) = item.and_then(|t| t.yearly_count) {
                title.push_str(&format!(" · {}", rw::yearly_count_words(n, lang)));
            }
            vec![
                Cell::plain(title),
                Cell::short(e.level),
                Cell::plain(e.summary.clone()),
                Cell::plain(explain::bureaus_text(e, lang)),
            ]
        })
        .collect();
    let parts = if rows.is_empty() {
        vec![Part::Para(Doc::NoTracks.text(lang).to_string())]
    } else {
        let head = vec![
            Cell::plain(Doc::TrackTitle.text(lang)),
            Cell::plain(Doc::Status.text(lang)),
            Cell::plain(Doc::TrackWhy.text(lang)),
            Cell::plain(Doc::Contact.text(lang)),
        ];
        vec![
            Part::Para(Doc::TracksIntro.text(lang).to_string()),
            Part::Table(Table {
                head,
                rows,
                total: false,
                key_value: false,
            }),
        ]
    };
    section(parts)
}

// ---------------------------------------------------------------- 8 benchmarks

fn benchmarks(explained: &[(&Outcome, Explanation)], lang: Lang) -> Section {
    let mut rows = Vec::new();
    let mut notes: Vec<String> = Vec::new();
    for (o, e) in explained
        .iter()
        .filter(|(o, _)| o.kind == OutcomeKind::Benchmark)
    {
        let name = explain::rule_name(o.rule, lang);
        let mut any = false;
        for (s, text) in o.steps.iter().zip(&e.steps) {
            let (merged, passed) = match *s {
                Step::PerMu { merged, passed, .. } => (merged, passed),
                Step::PerEmployee { passed, .. } => (false, Some(passed)),
                _ => continue,
            };
            any = true;
            let verdict = match passed {
                Some(true) => {
                    explain::level_name_for(OutcomeKind::Benchmark, OutcomeLevel::Qualifies, lang)
                }
                Some(false) => {
                    explain::level_name_for(OutcomeKind::Benchmark, OutcomeLevel::NotEligible, lang)
                }
                None => Doc::Blank.text(lang),
            };
            rows.push(vec![
                Cell::plain(rw::indicator_words(name, merged, lang)),
                Cell::plain(text.clone()),
                Cell::short(verdict),
            ]);
        }
        if !any {
            rows.push(vec![
                Cell::plain(name),
                Cell::plain(e.summary.clone()),
                Cell::short(e.level),
            ]);
        }
        for i in &e.interpretations {
            if !notes.contains(i) {
                notes.push(i.clone());
            }
        }
    }
    let mut parts = vec![Part::Para(Doc::BenchmarksIntro.text(lang).to_string())];
    if rows.is_empty() {
        parts.push(Part::Para(Doc::NoBenchmarks.text(lang).to_string()));
    } else {
        let head = vec![
            Cell::plain(Doc::Indicator.text(lang)),
            Cell::plain(Doc::FigureVsTarget.text(lang)),
            Cell::plain(Doc::Comparison.text(lang)),
        ];
        parts.push(Part::Table(Table {
            head,
            rows,
            total: false,
            key_value: false,
        }));
    }
    parts.extend(notes.into_iter().map(Part::Small));
    section(parts)
}

// ---------------------------------------------------------------- 9 not applicable

fn not_applicable(explained: &[(&Outcome, Explanation)], lang: Lang) -> Section {
    let rows: Vec<Vec<Cell>> = explained
        .iter()
        .filter(|(o, _)| o.level == OutcomeLevel::NotEligible && o.kind != OutcomeKind::Benchmark)
        .map(|(o, e)| {
            let title = match o.year {
                Some(y) => format!("{} · {}", e.title, rw::year_words(y, lang)),
                None => e.title.clone(),
            };
            vec![
                Cell::short(o.rule.code()),
                Cell::plain(title),
                Cell::plain(e.summary.clone()),
            ]
        })
        .collect();
    let parts = if rows.is_empty() {
        vec![Part::Para(Doc::Nothing.text(lang).to_string())]
    } else {
        let head = vec![
            Cell::plain(Doc::Rule.text(lang)),
            Cell::plain(Doc::Award.text(lang)),
            Cell::plain(Doc::Reason.text(lang)),
        ];
        vec![
            Part::Small(Doc::NotApplicableIntro.text(lang).to_string()),
            Part::Table(Table {
                head,
                rows,
                total: false,
                key_value: false,
            }),
        ]
    };
    section(parts)
}

// ---------------------------------------------------------------- 10 notes

fn notes(pack: &PolicyPack, a: &Assessment, lang: Lang) -> Section {
    let v = &pack.validity;
    let mut parts = vec![Part::Sub(Doc::WorkingAssumption.text(lang).to_string())];
    let assumption =
        words::interpretation_words(pack, Interpretation::AnnualApplicationNextYear, lang);
    let example = rw::assumption_example(
        v.in_force_until.year,
        v.application_lag_years,
        v.in_force_until,
        lang,
    );
    parts.push(Part::Para(rw::sentences(
        &rw::sentence(&assumption, lang),
        &example,
        lang,
    )));

    parts.push(Part::Sub(Doc::Principles.text(lang).to_string()));
    let mut principles: Vec<String> = a
        .notes
        .iter()
        .filter(|n| **n != ASSUMPTION)
        .map(|n| explain::caveat_text(pack, n, lang))
        .collect();
    for c in [
        &pack.stacking,
        &pack.funding,
        &pack.by_reference,
        &v.citation,
    ] {
        principles.push(format!(
            "{}: {}",
            Doc::PolicyText.text(lang),
            rw::source_words(c.article, c.quote, lang)
        ));
    }
    parts.push(Part::List(principles));

    parts.push(Part::Sub(Doc::Disclaimer.text(lang).to_string()));
    parts.push(Part::List(
        [
            Doc::DisclaimerSelfAssessment,
            Doc::DisclaimerBudget,
            Doc::DisclaimerTax,
            Doc::DisclaimerLocal,
        ]
        .iter()
        .map(|d| d.text(lang).to_string())
        .collect(),
    ));
    section(parts)
}

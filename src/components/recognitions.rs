//! Step 认定与荣誉: recognitions held (kind, level, date, subject) and awards
//! already received for the same matters (就高不重复).

use crate::app::Ctx;
use crate::components::field::why_note;
use crate::components::form::{readback, typed_field, unit_switch, EnumSelect, Typed};
use crate::state::{AwardRow, Edit, FieldId, RecognitionRow, UnitSlot};
use fusion_engine::answers::{validate, Answers, Problem, Question, Recognition};
use fusion_engine::i18n::ui::{
    self, answer_problem, award_matter_name, level_name, recognition_has_level,
    recognition_kind_name, Ui, AWARD_MATTERS, LEVELS, RECOGNITION_KINDS,
};
use fusion_engine::input::FieldKind;
use fusion_engine::Lang;
use yew::prelude::*;

/// What the engine's own check says about one recognition row on its own,
/// e.g. a level missing where the award depends on it.
fn row_problem(row: &RecognitionRow, lang: Lang) -> Option<String> {
    let single = Recognition {
        kind: row.kind?,
        level: row.level,
        obtained: None,
        subject: None,
    };
    let answers = Answers {
        recognitions: vec![single],
        ..Answers::default()
    };
    validate(&answers)
        .into_iter()
        .find(|e| e.problem == Problem::LevelMissing)
        .map(|e| answer_problem(e.problem, lang))
}

fn recognition_row(ctx: &Ctx, index: usize, row: &RecognitionRow) -> Html {
    let lang = ctx.lang();
    let rid = row.id;
    let title = format!(
        "{} {}",
        Ui::RecognitionItem.text(lang),
        ui::item_number(index + 1, lang)
    );
    let kind = EnumSelect {
        id: FieldId::RecognitionKind(rid),
        label: Ui::RecognitionKindLabel.text(lang),
        hint: None,
        why: None,
        items: &RECOGNITION_KINDS,
        current: row.kind,
        name: recognition_kind_name,
        error: None,
        on_pick: ctx
            .handlers
            .edit
            .reform(move |k| Edit::RecognitionKind(rid, k)),
    };
    let has_level = row.kind.is_none_or(recognition_has_level);
    let level_problem = row_problem(row, lang);
    let level = EnumSelect {
        id: FieldId::RecognitionLevel(rid),
        label: Ui::RecognitionLevelLabel.text(lang),
        hint: None,
        why: None,
        items: &LEVELS,
        current: row.level,
        name: level_name,
        error: level_problem,
        on_pick: ctx
            .handlers
            .edit
            .reform(move |l| Edit::RecognitionLevel(rid, l)),
    };
    let (date_id, subject_id) = (
        FieldId::RecognitionDate(rid),
        FieldId::RecognitionSubject(rid),
    );
    html! {
        <li key={rid} class="fc-row-card">
            <fieldset class="fc-group">
                <legend>{ title.clone() }</legend>
                <div class="fc-row-grid">
                    { kind.render(ctx) }
                    if has_level {
                        { level.render(ctx) }
                    }
                    { typed_field(ctx, date_id, row.obtained.clone(), Typed { label: Ui::RecognitionDateLabel.text(lang).into(),
                        placeholder: Some(Ui::DatePlaceholder.text(lang).into()), kind: Some(FieldKind::Date), ..Typed::default() }) }
                    { typed_field(ctx, subject_id, row.subject.clone(), Typed { label: Ui::RecognitionSubjectLabel.text(lang).into(),
                        hint: Some(Ui::RecognitionSubjectHint.text(lang).into()), ..Typed::default() }) }
                </div>
                <button type="button" class="fc-secondary fc-remove" aria-label={format!("{} {title}", Ui::Remove.text(lang))}
                    onclick={ctx.handlers.edit.reform(move |_: MouseEvent| Edit::RemoveRecognition(rid))}>
                    { Ui::Remove.text(lang) }
                </button>
            </fieldset>
        </li>
    }
}

fn award_row(ctx: &Ctx, index: usize, row: &AwardRow) -> Html {
    let lang = ctx.lang();
    let rid = row.id;
    let title = format!(
        "{} {}",
        Ui::AwardItem.text(lang),
        ui::item_number(index + 1, lang)
    );
    let matter = EnumSelect {
        id: FieldId::AwardMatter(rid),
        label: Ui::AwardMatterLabel.text(lang),
        hint: None,
        why: None,
        items: &AWARD_MATTERS,
        current: row.matter,
        name: award_matter_name,
        error: None,
        on_pick: ctx.handlers.edit.reform(move |m| Edit::AwardMatter(rid, m)),
    };
    let (amount_id, year_id) = (FieldId::AwardAmount(rid), FieldId::AwardYear(rid));
    let (subject_id, policy_id) = (FieldId::AwardSubject(rid), FieldId::AwardPolicy(rid));
    let amount_label = Ui::AwardAmountLabel.text(lang);
    html! {
        <li key={rid} class="fc-row-card">
            <fieldset class="fc-group">
                <legend>{ title.clone() }</legend>
                <div class="fc-row-grid">
                    { matter.render(ctx) }
                    { typed_field(ctx, amount_id, row.amount.clone(), Typed { label: amount_label.into(),
                        readback: readback(&row.amount, row.unit, false, lang),
                        unit: Some(unit_switch(ctx, UnitSlot::Award(rid), amount_label)),
                        kind: Some(FieldKind::Amount), ..Typed::default() }) }
                    { typed_field(ctx, year_id, row.year.clone(), Typed { label: Ui::AwardYearLabel.text(lang).into(),
                        kind: Some(FieldKind::Year), ..Typed::default() }) }
                    { typed_field(ctx, subject_id, row.subject.clone(), Typed { label: Ui::AwardSubjectLabel.text(lang).into(),
                        ..Typed::default() }) }
                    { typed_field(ctx, policy_id, row.policy.clone(), Typed { label: Ui::AwardPolicyLabel.text(lang).into(),
                        ..Typed::default() }) }
                </div>
                <button type="button" class="fc-secondary fc-remove" aria-label={format!("{} {title}", Ui::Remove.text(lang))}
                    onclick={ctx.handlers.edit.reform(move |_: MouseEvent| Edit::RemoveAward(rid))}>
                    { Ui::Remove.text(lang) }
                </button>
            </fieldset>
        </li>
    }
}

pub fn recognitions(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let draft = &ctx.state.draft;
    let show_awards = ctx.relevance.asks(Question::AwardsReceived);
    html! {
        <>
            if ctx.relevance.asks(Question::Recognitions) {
                <section class="fc-list" aria-labelledby={format!("{}-rec-h", ctx.state.uid)}>
                    <h3 id={format!("{}-rec-h", ctx.state.uid)}>{ Ui::RecognitionsHeading.text(lang) }</h3>
                    if draft.recognitions.is_empty() {
                        <p class="fc-muted">{ Ui::NoneYet.text(lang) }</p>
                    } else {
                        <ol class="fc-rows">
                            { for draft.recognitions.iter().enumerate().map(|(i, r)| recognition_row(ctx, i, r)) }
                        </ol>
                    }
                    <button type="button" class="fc-secondary"
                        onclick={ctx.handlers.edit.reform(|_: MouseEvent| Edit::AddRecognition)}>
                        { format!("+ {}", Ui::AddRecognition.text(lang)) }
                    </button>
                    { ctx.why(Question::Recognitions).map(|w| why_note(lang, &w)).unwrap_or_default() }
                </section>
            }
            if show_awards {
                <section class="fc-list" aria-labelledby={format!("{}-award-h", ctx.state.uid)}>
                    <h3 id={format!("{}-award-h", ctx.state.uid)}>{ Ui::AwardsHeading.text(lang) }</h3>
                    if draft.awards.is_empty() {
                        <p class="fc-muted">{ Ui::NoneYet.text(lang) }</p>
                    } else {
                        <ol class="fc-rows">
                            { for draft.awards.iter().enumerate().map(|(i, r)| award_row(ctx, i, r)) }
                        </ol>
                    }
                    <button type="button" class="fc-secondary"
                        onclick={ctx.handlers.edit.reform(|_: MouseEvent| Edit::AddAward)}>
                        { format!("+ {}", Ui::AddAward.text(lang)) }
                    </button>
                    { ctx.why(Question::AwardsReceived).map(|w| why_note(lang, &w)).unwrap_or_default() }
                </section>
            }
        </>
    }
}

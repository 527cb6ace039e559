//! Step 企业基本情况: name, location, industry, 规上, sectors, activities, the
//! platform-operator question and the assessment date.

use crate::app::Ctx;
use crate::components::field::{checks_field, ChecksProps};
use crate::components::form::{text_field, yes_no_field, EnumSelect};
use crate::state::{Edit, FieldId, Flag, TextField};
use fusion_engine::answers::{Industry, Location, Question};
use fusion_engine::i18n::ui::{
    self, activity_name, industry_name, location_name, sector_name, ACTIVITIES, SECTORS,
};
use yew::prelude::*;

pub fn basics(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let draft = &ctx.state.draft;
    let location = EnumSelect {
        id: FieldId::Location,
        label: ui::label(Question::Location, lang),
        hint: ui::hint(Question::Location, lang),
        why: ctx.why(Question::Location),
        items: &Location::ALL,
        current: draft.location,
        name: location_name,
        error: None,
        on_pick: ctx.handlers.edit.reform(Edit::Location),
    };
    let industry = EnumSelect {
        id: FieldId::Industry,
        label: ui::label(Question::Industry, lang),
        hint: None,
        why: ctx.why(Question::Industry),
        items: &Industry::ALL,
        current: draft.industry,
        name: industry_name,
        error: None,
        on_pick: ctx.handlers.edit.reform(Edit::Industry),
    };
    let sectors = ctx.relevance.asks(Question::Sectors).then(|| {
        let options = SECTORS
            .iter()
            .map(|s| (AttrValue::Static(sector_name(*s, lang)), draft.sectors.contains(s)))
            .collect::<Vec<_>>();
        let on_toggle = ctx.handlers.edit.reform(|(i, on): (usize, bool)| Edit::Sector(SECTORS[i % SECTORS.len()], on));
        html! {
            { checks_field(&ChecksProps { lang, id: ctx.id(FieldId::Sectors), legend: ui::label(Question::Sectors, lang).into(),
                why: ctx.why(Question::Sectors), options, on_toggle }) }
        }
    });
    let activities = ctx.relevance.asks(Question::Activities).then(|| {
        let options = ACTIVITIES
            .iter()
            .map(|a| (AttrValue::Static(activity_name(*a, lang)), draft.activities.contains(a)))
            .collect::<Vec<_>>();
        let on_toggle =
            ctx.handlers.edit.reform(|(i, on): (usize, bool)| Edit::Activity(ACTIVITIES[i % ACTIVITIES.len()], on));
        html! {
            { checks_field(&ChecksProps { lang, id: ctx.id(FieldId::Activities), legend: ui::label(Question::Activities, lang).into(),
                why: ctx.why(Question::Activities), options, on_toggle }) }
        }
    });
    html! {
        <>
            // Masked in presentation mode when the name is to be hidden.
            <div class="fc-private">{ text_field(ctx, TextField::EnterpriseName) }</div>
            { location.render(ctx) }
            if ctx.relevance.asks(Question::Industry) {
                { industry.render(ctx) }
            }
            { yes_no_field(ctx, Flag::AboveScale) }
            // Always one node each, present or not: yew pairs unkeyed
            // children from the end, so a changing count would rebuild
            // (and unfocus) every field above.
            { sectors.unwrap_or_default() }
            { activities.unwrap_or_default() }
            { yes_no_field(ctx, Flag::CrossBorderOperator) }
            { text_field(ctx, TextField::AssessmentDate) }
        </>
    }
}

//! Advice and casework: record a contact, see follow-ups that are overdue and the latest contacts.
//! Staff only: these pages show who was advised.

use crate::http::authz::{Authorised, Ids, OrgContext};
use crate::http::error::AppResult;
use crate::http::forms::{FormPairs, FormView};
use crate::http::page::{render, Page};
use crate::http::state::AppState;
use crate::http::{see_other, with_status};
use crate::measure::activities::kept;
use crate::measure::today;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use bridges_app::measure::advice::{self, AdviceView};
use bridges_domain::measure::AdviceOutcome;
use bridges_domain::policy::RecordAdvice;
use bridges_domain::{AdviceId, OrgId};
use bridges_store::Grant;

#[derive(Template)]
#[template(path = "measure/advice.html")]
struct AdvicePage {
    page: Page,
    overdue: Vec<AdviceView>,
    recent: Vec<AdviceView>,
    outcomes: &'static [AdviceOutcome],
    form: FormView,
}

async fn advice_page(
    state: &AppState,
    ctx: &OrgContext,
    grant: &Grant<RecordAdvice>,
    page: Page,
    form: FormView,
) -> AppResult<Response> {
    let day = today(state, ctx);
    let overdue = advice::overdue(state.services(), grant, "advice follow-ups", day).await?;
    let recent = advice::recent(state.services(), grant, "advice contacts", 30).await?;
    let form =
        if form.value("date").is_empty() { form.with_value("date", day.format("%Y-%m-%d").to_string()) } else { form };
    render(&AdvicePage { page: page.with_org(ctx), overdue, recent, outcomes: AdviceOutcome::ALL, form })
}

pub async fn show(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<RecordAdvice>,
    page: Page,
) -> AppResult<Response> {
    advice_page(&state, &ctx, &grant, page, FormView::new()).await
}

const FIELDS: [&str; 7] = ["client", "date", "topic", "outcome", "referral", "follow_up", "notes"];

pub async fn record(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<RecordAdvice>,
    page: Page,
    form: FormPairs,
) -> AppResult<Response> {
    match advice::parse_advice(|k| form.first(k), None) {
        Ok(contact) => {
            advice::record(state.services(), &grant, &contact).await?;
            Ok(see_other(&format!("/orgs/{}/measure/advice?recorded=1", ctx.org.id)))
        }
        Err(errors) => {
            let view = kept(&form, &FIELDS).with_errors(&page.tr, &errors);
            with_status(advice_page(&state, &ctx, &grant, page, view).await?, StatusCode::UNPROCESSABLE_ENTITY)
        }
    }
}

pub async fn done(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<RecordAdvice>,
    Ids((_, id)): Ids<(OrgId, AdviceId)>,
) -> AppResult<Response> {
    advice::follow_up_done(state.services(), &grant, id).await?;
    Ok(see_other(&format!("/orgs/{}/measure/advice", ctx.org.id)))
}

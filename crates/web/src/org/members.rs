//! Members of an organisation: the list, invitations, role changes and removal.

use crate::http::authz::{Authorised, Ids, OrgContext};
use crate::http::error::{AppError, AppResult};
use crate::http::forms::FormView;
use crate::http::net::ClientAddress;
use crate::http::page::{render, Page};
use crate::http::see_other;
use crate::http::state::AppState;
use crate::http::with_status;
use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::Form;
use bridges_app::org::{self as actions, parse_invitation};
use bridges_domain::policy::{InviteMembers, ManageMembers, ReadMembers};
use bridges_domain::{MembershipId, OrgId, Role, ValidationErrors};
use bridges_store::{Grant, Invitation, Member};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "org/members.html")]
struct MembersPage {
    page: Page,
    members: Vec<Member>,
    invitations: Vec<Invitation>,
    invite: InviteBox,
    may_manage: bool,
    roles: [Role; 5],
}

/// The invitation form and, after a successful invitation, the link to pass on.
#[derive(Template)]
#[template(path = "org/invite_box.html")]
struct InviteBox {
    page: Page,
    may_invite: bool,
    assignable: Vec<Role>,
    form: FormView,
    created_link: Option<String>,
}

async fn members_page(
    state: &AppState,
    ctx: &OrgContext,
    grant: &Grant<ReadMembers>,
    page: Page,
    invite_form: FormView,
    created_link: Option<String>,
) -> AppResult<Response> {
    let members = state.store().members(grant).await?;
    let invitations = state.store().open_invitations(grant, state.now()).await?;
    let page = page.with_org(ctx).with_htmx();
    let invite = invite_box(ctx, page.clone(), invite_form, created_link);
    render(&MembersPage {
        page,
        members,
        invitations,
        invite,
        may_manage: ctx.may::<ManageMembers>(),
        roles: Role::ALL,
    })
}

fn invite_box(ctx: &OrgContext, page: Page, form: FormView, created_link: Option<String>) -> InviteBox {
    InviteBox {
        page,
        may_invite: ctx.may::<InviteMembers>(),
        assignable: Role::ALL.into_iter().filter(|r| ctx.may_assign(*r)).collect(),
        form,
        created_link,
    }
}

pub async fn list(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadMembers>,
    page: Page,
) -> AppResult<Response> {
    members_page(&state, &ctx, &grant, page, FormView::new().with_value("role", "volunteer"), None).await
}

#[derive(Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
}

/// Creates an invitation. With htmx only the invitation box is answered; without JavaScript the whole
/// page comes back with the link in it.
pub async fn invite(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<InviteMembers>,
    page: Page,
    headers: HeaderMap,
    ClientAddress(address): ClientAddress,
    Form(form): Form<InviteForm>,
) -> AppResult<Response> {
    let partial = headers.contains_key("hx-request");
    let (form_view, link, status) = match parse_invitation(&grant, &form.email, &form.role) {
        Ok((email, role)) => {
            let created =
                actions::invite(state.services(), &grant, (&email, role), state.config().invitation_ttl, &address)
                    .await?;
            let link = format!("{}/invite/{}", state.config().base_url(), created.token.as_str());
            (FormView::new().with_value("role", role.as_str()), Some(link), StatusCode::OK)
        }
        Err(errors) => (
            FormView::new()
                .with_value("email", form.email.chars().take(254).collect::<String>())
                .with_value("role", form.role.chars().take(20).collect::<String>())
                .with_errors(&page.tr, &errors),
            None,
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
    };
    let response = if partial {
        render(&invite_box(&ctx, page.with_org(&ctx), form_view, link))?
    } else {
        members_page(&state, &ctx, &grant.also::<ReadMembers>()?, page, form_view, link).await?
    };
    with_status(response, status)
}

#[derive(Deserialize)]
pub struct RoleForm {
    #[serde(default)]
    role: String,
}

pub async fn change_role(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ManageMembers>,
    Ids((_, member)): Ids<(OrgId, MembershipId)>,
    ClientAddress(address): ClientAddress,
    Form(form): Form<RoleForm>,
) -> AppResult<Response> {
    let role = Role::parse(&form.role).map_err(|code| AppError::Invalid(ValidationErrors::single("role", code)))?;
    actions::change_role(state.services(), &grant, member, role, &address).await?;
    Ok(see_other(&format!("/orgs/{}/members", ctx.org.id)))
}

pub async fn remove(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ManageMembers>,
    Ids((_, member)): Ids<(OrgId, MembershipId)>,
    ClientAddress(address): ClientAddress,
) -> AppResult<Response> {
    actions::remove_member(state.services(), &grant, member, &address).await?;
    Ok(see_other(&format!("/orgs/{}/members", ctx.org.id)))
}

//! The organisation side: the home page, signing in and out, first setup, accounts and their
//! tokens, invitations, members and roles, the dashboard and the audit log.

pub mod account;
pub mod api;
pub mod audit;
pub mod dashboard;
pub mod dto;
pub mod home;
pub mod invite;
pub mod members;
pub mod session;
pub mod setup;
pub mod verbs;

use crate::Wing;
use axum::routing::{get, patch, post};
use axum::Router;
use utoipa::OpenApi;

pub fn wing() -> Wing {
    let pages = Router::new()
        .route("/", get(home::home))
        .route("/healthz", get(home::health))
        .route("/setup/{token}", get(setup::form).post(setup::submit))
        .route("/login", get(session::form).post(session::login))
        .route("/logout", post(session::logout))
        .route("/account", get(account::show))
        .route("/account/password", post(account::change_password))
        .route("/account/tokens", post(account::create_token))
        .route("/account/tokens/{id}/revoke", post(account::revoke_token))
        .route("/invite/{token}", get(invite::show).post(invite::accept))
        .route("/orgs/{org}", get(dashboard::show))
        .route("/orgs/{org}/members", get(members::list))
        .route("/orgs/{org}/members/invite", post(members::invite))
        .route("/orgs/{org}/members/{member}/role", post(members::change_role))
        .route("/orgs/{org}/members/{member}/remove", post(members::remove))
        .route("/orgs/{org}/audit", get(audit::list))
        .route("/plan", get(verbs::plan))
        .route("/connect", get(verbs::connect))
        .route("/measure", get(verbs::measure))
        .route("/tell", get(verbs::tell));
    let api = Router::new()
        .route("/v1/me", get(api::me))
        .route("/v1/orgs", get(api::list_orgs))
        .route("/v1/orgs/{org}", get(api::get_org))
        .route("/v1/orgs/{org}/members", get(api::list_members))
        .route("/v1/orgs/{org}/members/{member}", patch(api::update_member).delete(api::remove_member))
        .route("/v1/orgs/{org}/invitations", post(api::create_invitation))
        .route("/v1/orgs/{org}/audit", get(api::audit_log));
    Wing { pages, api, doc: api::OrgApi::openapi() }
}

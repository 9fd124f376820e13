//! The one authorisation module every organisation-scoped handler goes through.
//!
//! [`OrgContext`] takes the organisation from the path, the account from the request, and loads the
//! membership. Not a member, no such organisation, or a malformed id: all answer 404, so nobody
//! learns which organisations exist. A member then asks the membership for a
//! [`bridges_domain::Grant`] of the permission the handler needs.

use crate::http::auth::CurrentUser;
use crate::http::error::AppError;
use crate::http::state::AppState;
use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use bridges_domain::{OrgId, Permission};
use bridges_store::Organisation;
use bridges_store::{Grant, Membership};
use std::collections::HashMap;

#[derive(Debug, Clone)]
pub struct OrgContext {
    pub org: Organisation,
    pub membership: Membership,
    pub current: CurrentUser,
}

impl OrgContext {
    pub fn grant<P: Permission>(&self) -> Result<Grant<P>, AppError> {
        Ok(self.membership.grant::<P>()?)
    }
}

impl FromRequestParts<AppState> for OrgContext {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let current = CurrentUser::from_request_parts(parts, state).await?;
        let Path(params) =
            Path::<HashMap<String, String>>::from_request_parts(parts, state).await.map_err(|_| AppError::NotFound)?;
        let org_id: OrgId = params.get("org").and_then(|s| s.parse().ok()).ok_or(AppError::NotFound)?;
        let membership = state.store().membership(org_id, current.user.id).await?.ok_or(AppError::NotFound)?;
        let org = state.store().org(org_id).await?;
        Ok(Self { org, membership, current })
    }
}

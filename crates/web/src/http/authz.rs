//! The one authorisation module every organisation-scoped handler goes through.
//!
//! [`OrgContext`] takes the organisation from the path, the account from the request, and loads the
//! membership. Not a member, no such organisation, or a malformed id: all answer 404, so nobody
//! learns which organisations exist. [`Authorised`] goes one step further and hands the handler
//! the grant of the permission it names in its signature (403 when the member's role lacks it):
//! the store's methods take that grant, so a handler that names no permission cannot reach the
//! organisation's data. [`Ids`] hands it the path's ids, typed; one that does not parse is 404.
//!
//! ```compile_fail
//! // A handler cannot take a grant from the context by hand: only `Authorised<P>` hands one out.
//! fn mint(ctx: &bridges_web::http::authz::OrgContext) {
//!     let _ = ctx.membership.grant::<bridges_domain::policy::ReadParticipants>();
//! }
//! ```
//!
//! ```compile_fail
//! fn mint(ctx: &bridges_web::http::authz::OrgContext) {
//!     let _ = ctx.grant::<bridges_domain::policy::ReadParticipants>();
//! }
//! ```

use crate::http::auth::CurrentUser;
use crate::http::error::AppError;
use crate::http::state::AppState;
use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use bridges_domain::{OrgId, Permission};
use bridges_store::Organisation;
use bridges_store::{Grant, Membership};
use serde::de::DeserializeOwned;
use std::collections::HashMap;

#[derive(Debug, Clone)]
pub struct OrgContext {
    pub org: Organisation,
    /// Private: a grant comes only from the [`Authorised`] extractor, never from a handler.
    membership: Membership,
    pub current: CurrentUser,
}

impl OrgContext {
    /// Whether the member's role holds `P` (for what a page offers; doing it needs the grant).
    pub fn may<P: Permission>(&self) -> bool {
        self.membership.may::<P>()
    }
    pub fn may_assign(&self, role: bridges_domain::Role) -> bool {
        self.membership.may_assign(role)
    }
    pub fn role(&self) -> bridges_domain::Role {
        self.membership.role()
    }

    /// Only the [`Authorised`] extractor asks: a handler names its permission in its signature.
    fn grant<P: Permission>(&self) -> Result<Grant<P>, AppError> {
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

/// The organisation in the path, the member asking, and the grant of permission `P` the policy
/// gave them.
#[derive(Debug, Clone)]
pub struct Authorised<P: Permission> {
    pub ctx: OrgContext,
    pub grant: Grant<P>,
}

impl<P: Permission + Send + Sync> FromRequestParts<AppState> for Authorised<P> {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let ctx = OrgContext::from_request_parts(parts, state).await?;
        let grant = ctx.grant::<P>()?;
        Ok(Self { ctx, grant })
    }
}

/// The path's parameters, typed (`Ids((org, programme)): Ids<(OrgId, ProgrammeId)>`). An id that
/// does not parse names nothing that exists: 404, like an id that parses but is not there.
#[derive(Debug, Clone)]
pub struct Ids<T>(pub T);

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for Ids<T> {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let Path(ids) = Path::<T>::from_request_parts(parts, state).await.map_err(|_| AppError::NotFound)?;
        Ok(Ids(ids))
    }
}

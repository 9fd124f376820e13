//! Invitations: a link that lets one person join an organisation with a given role.

use crate::entity::invitation;
use crate::error::{Result, StoreError};
use crate::orgs::insert_membership;
use crate::records::{Invitation, Organisation};
use crate::users::{insert_user, NewUser};
use crate::{digest, Store};
use crate::{Grant, Membership};
use bridges_domain::policy::{InviteMembers, ReadMembers};
use bridges_domain::{Email, InvitationId, Role, SecretToken, UserId};
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, TransactionTrait};

/// Who accepts an invitation: someone who already has an account, or a new person.
#[derive(Debug)]
pub enum Invitee<'a> {
    Existing(UserId),
    New(&'a NewUser),
}

impl Store {
    /// Records an invitation and returns the token for the link. The policy's rule that nobody hands
    /// out a role above their own is checked here too, so no caller can skip it.
    pub async fn invite(
        &self,
        grant: &Grant<InviteMembers>,
        email: &Email,
        role: Role,
        now: DateTime<Utc>,
        ttl: Duration,
    ) -> Result<(Invitation, SecretToken)> {
        if !grant.membership().may_assign(role) {
            return Err(StoreError::Conflict(bridges_domain::ErrorCode::RoleNotAssignable));
        }
        let token = SecretToken::generate("inv_");
        let row = invitation::ActiveModel {
            id: Set(InvitationId::new().as_uuid()),
            org_id: Set(grant.org().as_uuid()),
            email: Set(email.as_str().to_string()),
            role: Set(role.as_str().to_string()),
            token_hash: Set(digest(&token)),
            invited_by: Set(grant.user().as_uuid()),
            created_at: Set(now),
            expires_at: Set(now + ttl),
            accepted_at: Set(None),
        };
        let invitation = Invitation::try_from(invitation::Entity::insert(row).exec_with_returning(&self.db).await?)?;
        Ok((invitation, token))
    }

    /// The open invitation behind a link, with its organisation.
    pub async fn invitation_by_token(
        &self,
        token: &SecretToken,
        now: DateTime<Utc>,
    ) -> Result<Option<(Invitation, Organisation)>> {
        let Some(row) = invitation::Entity::find()
            .filter(invitation::Column::TokenHash.eq(digest(token)))
            .filter(invitation::Column::AcceptedAt.is_null())
            .filter(invitation::Column::ExpiresAt.gt(now))
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        let invitation = Invitation::try_from(row)?;
        let org = self.org(invitation.org).await?;
        Ok(Some((invitation, org)))
    }

    /// Uses up the invitation and makes the membership (and the account, for a new person) in one
    /// transaction: a link works once.
    pub async fn accept_invitation(
        &self,
        token: &SecretToken,
        invitee: Invitee<'_>,
        now: DateTime<Utc>,
    ) -> Result<Membership> {
        let txn = self.db.begin().await?;
        let claimed = invitation::Entity::update_many()
            .col_expr(invitation::Column::AcceptedAt, Expr::value(Some(now)))
            .filter(invitation::Column::TokenHash.eq(digest(token)))
            .filter(invitation::Column::AcceptedAt.is_null())
            .filter(invitation::Column::ExpiresAt.gt(now))
            .exec(&txn)
            .await?;
        if claimed.rows_affected != 1 {
            return Err(StoreError::NotFound);
        }
        let row = invitation::Entity::find()
            .filter(invitation::Column::TokenHash.eq(digest(token)))
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        let invitation = Invitation::try_from(row)?;
        let user = match invitee {
            Invitee::Existing(id) => id,
            Invitee::New(new) => insert_user(&txn, new, now).await?,
        };
        let membership = insert_membership(&txn, invitation.org, user, invitation.role, now).await?;
        txn.commit().await?;
        Ok(membership)
    }

    /// Invitations not yet accepted nor expired, newest first.
    pub async fn open_invitations(&self, grant: &Grant<ReadMembers>, now: DateTime<Utc>) -> Result<Vec<Invitation>> {
        invitation::Entity::find()
            .filter(invitation::Column::OrgId.eq(grant.org().as_uuid()))
            .filter(invitation::Column::AcceptedAt.is_null())
            .filter(invitation::Column::ExpiresAt.gt(now))
            .order_by_desc(invitation::Column::CreatedAt)
            .all(&self.db)
            .await?
            .into_iter()
            .map(Invitation::try_from)
            .collect()
    }
}

//! Organisations and who belongs to them.

use crate::entity::{membership, organisation, user};
use crate::error::{Result, StoreError};
use crate::records::{membership_from, Member, Organisation};
use crate::users::{insert_user, NewUser};
use crate::Store;
use crate::{Grant, Membership};
use bridges_domain::policy::{ManageMembers, ReadMembers};
use bridges_domain::{
    CountryCode, Language, MembershipId, OrgId, OrgName, Permission, Role, SecretToken, TimeZoneName, UserId,
};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, TransactionTrait,
};

#[derive(Debug, Clone)]
pub struct NewOrganisation {
    pub name: OrgName,
    pub country: CountryCode,
    pub language: Language,
    pub time_zone: TimeZoneName,
}

async fn insert_org(db: &impl ConnectionTrait, new: &NewOrganisation, now: DateTime<Utc>) -> Result<OrgId> {
    let id = OrgId::new();
    organisation::Entity::insert(organisation::ActiveModel {
        id: Set(id.as_uuid()),
        name: Set(new.name.as_str().to_string()),
        country: Set(new.country.as_str().to_string()),
        language: Set(new.language.code().to_string()),
        time_zone: Set(new.time_zone.as_str().to_string()),
        created_at: Set(now),
        suppression_threshold: sea_orm::ActiveValue::NotSet,
        calendar_digest: sea_orm::ActiveValue::NotSet,
    })
    .exec_without_returning(db)
    .await?;
    Ok(id)
}

pub(crate) async fn insert_membership(
    db: &impl ConnectionTrait,
    org: OrgId,
    user: UserId,
    role: Role,
    now: DateTime<Utc>,
) -> Result<Membership> {
    let id = MembershipId::new();
    membership::Entity::insert(membership::ActiveModel {
        id: Set(id.as_uuid()),
        org_id: Set(org.as_uuid()),
        user_id: Set(user.as_uuid()),
        role: Set(role.as_str().to_string()),
        created_at: Set(now),
    })
    .exec_without_returning(db)
    .await
    .map_err(|e| match e.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => {
            StoreError::Conflict(bridges_domain::ErrorCode::AlreadyMember)
        }
        _ => StoreError::Database(e),
    })?;
    Ok(Membership::new(id, org, user, role))
}

impl Store {
    /// First run: the first account and its organisation, made together or not at all, and only
    /// by the holder of the live setup link, which this claims: the transaction starts by deleting
    /// the link's digest, so of two submissions at once one deletes it and the other finds nothing
    /// (`Conflict(bridges_domain::ErrorCode::AlreadySetUp)`), on either backend.
    pub async fn set_up_first_owner(
        &self,
        token: &SecretToken,
        owner: &NewUser,
        org: &NewOrganisation,
        now: DateTime<Utc>,
    ) -> Result<Membership> {
        let txn = self.db.begin().await?;
        if !crate::settings::claim_setup_token(&txn, token).await? {
            return Err(StoreError::Conflict(bridges_domain::ErrorCode::AlreadySetUp));
        }
        if user::Entity::find().count(&txn).await? > 0 {
            return Err(StoreError::Conflict(bridges_domain::ErrorCode::AlreadySetUp));
        }
        let user_id = insert_user(&txn, owner, now).await?;
        let org_id = insert_org(&txn, org, now).await?;
        let membership = insert_membership(&txn, org_id, user_id, Role::Owner, now).await?;
        txn.commit().await?;
        Ok(membership)
    }

    /// A new organisation with `owner` as its first owner.
    pub async fn create_org(&self, org: &NewOrganisation, owner: UserId, now: DateTime<Utc>) -> Result<Membership> {
        let txn = self.db.begin().await?;
        let org_id = insert_org(&txn, org, now).await?;
        let membership = insert_membership(&txn, org_id, owner, Role::Owner, now).await?;
        txn.commit().await?;
        Ok(membership)
    }

    /// Adds an existing account to an organisation. Used by the shell (`bridges user create`) and the
    /// demo; people joining through the web come in by invitation.
    pub async fn add_member(&self, org: OrgId, user: UserId, role: Role, now: DateTime<Utc>) -> Result<Membership> {
        insert_membership(&self.db, org, user, role, now).await
    }

    pub async fn org(&self, id: OrgId) -> Result<Organisation> {
        organisation::Entity::find_by_id(id.as_uuid()).one(&self.db).await?.ok_or(StoreError::NotFound)?.try_into()
    }

    pub async fn org_by_name(&self, name: &OrgName) -> Result<Option<Organisation>> {
        organisation::Entity::find()
            .filter(organisation::Column::Name.eq(name.as_str()))
            .one(&self.db)
            .await?
            .map(Organisation::try_from)
            .transpose()
    }

    /// The membership of `user` in `org`, if any: the start of every authorisation decision.
    pub async fn membership(&self, org: OrgId, user: UserId) -> Result<Option<Membership>> {
        membership::Entity::find()
            .filter(membership::Column::OrgId.eq(org.as_uuid()))
            .filter(membership::Column::UserId.eq(user.as_uuid()))
            .one(&self.db)
            .await?
            .as_ref()
            .map(membership_from)
            .transpose()
    }

    /// Every organisation `user` belongs to, with their role there, by name.
    pub async fn orgs_of_user(&self, user: UserId) -> Result<Vec<(Organisation, Role)>> {
        let memberships =
            membership::Entity::find().filter(membership::Column::UserId.eq(user.as_uuid())).all(&self.db).await?;
        let ids: Vec<_> = memberships.iter().map(|m| m.org_id).collect();
        let orgs = organisation::Entity::find()
            .filter(organisation::Column::Id.is_in(ids))
            .order_by_asc(organisation::Column::Name)
            .all(&self.db)
            .await?;
        let mut out = Vec::with_capacity(orgs.len());
        for org in orgs {
            let Some(m) = memberships.iter().find(|m| m.org_id == org.id) else { continue };
            let role = membership_from(m)?.role();
            out.push((Organisation::try_from(org)?, role));
        }
        Ok(out)
    }

    pub async fn members(&self, grant: &Grant<ReadMembers>) -> Result<Vec<Member>> {
        let rows = membership::Entity::find()
            .filter(membership::Column::OrgId.eq(grant.org().as_uuid()))
            .order_by_asc(membership::Column::CreatedAt)
            .all(&self.db)
            .await?;
        let users = user::Entity::find()
            .filter(user::Column::Id.is_in(rows.iter().map(|m| m.user_id).collect::<Vec<_>>()))
            .all(&self.db)
            .await?;
        rows.iter()
            .map(|m| {
                let u = users.iter().find(|u| u.id == m.user_id).ok_or(StoreError::NotFound)?;
                let u = crate::records::User::try_from(u.clone())?;
                Ok(Member {
                    membership: membership_from(m)?,
                    email: u.email,
                    display_name: u.display_name,
                    since: m.created_at,
                })
            })
            .collect()
    }

    pub async fn count_members<P: Permission>(&self, grant: &Grant<P>) -> Result<u64> {
        let org = grant.org().as_uuid();
        Ok(membership::Entity::find().filter(membership::Column::OrgId.eq(org)).count(&self.db).await?)
    }

    async fn membership_in(&self, txn: &impl ConnectionTrait, org: OrgId, id: MembershipId) -> Result<Membership> {
        let row = membership::Entity::find_by_id(id.as_uuid())
            .filter(membership::Column::OrgId.eq(org.as_uuid()))
            .one(txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        membership_from(&row)
    }

    /// Refuses to leave an organisation without an owner.
    async fn ensure_other_owner(&self, txn: &impl ConnectionTrait, org: OrgId, leaving: MembershipId) -> Result<()> {
        let others = membership::Entity::find()
            .filter(membership::Column::OrgId.eq(org.as_uuid()))
            .filter(membership::Column::Role.eq(Role::Owner.as_str()))
            .filter(membership::Column::Id.ne(leaving.as_uuid()))
            .count(txn)
            .await?;
        if others == 0 {
            Err(StoreError::Conflict(bridges_domain::ErrorCode::LastOwner))
        } else {
            Ok(())
        }
    }

    /// A transaction holding the organisation's lock: its row on PostgreSQL, the write lock on
    /// SQLite, taken by writing first. Changes to who owns an organisation run under it, so two
    /// owners stepping down at once cannot both pass the last-owner check.
    async fn lock_org(&self, org: OrgId) -> Result<DatabaseTransaction> {
        let txn = self.db.begin().await?;
        let locked = organisation::Entity::update_many()
            .col_expr(organisation::Column::Id, Expr::col(organisation::Column::Id).into())
            .filter(organisation::Column::Id.eq(org.as_uuid()))
            .exec(&txn)
            .await?;
        if locked.rows_affected == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(txn)
    }

    /// Changes a member's role; returns the membership as it was before.
    pub async fn change_role(&self, grant: &Grant<ManageMembers>, id: MembershipId, role: Role) -> Result<Membership> {
        let txn = self.lock_org(grant.org()).await?;
        let before = self.membership_in(&txn, grant.org(), id).await?;
        if before.role() == Role::Owner && role != Role::Owner {
            self.ensure_other_owner(&txn, grant.org(), id).await?;
        }
        membership::Entity::update_many()
            .col_expr(membership::Column::Role, Expr::value(role.as_str()))
            .filter(membership::Column::Id.eq(id.as_uuid()))
            .filter(membership::Column::OrgId.eq(grant.org().as_uuid()))
            .exec(&txn)
            .await?;
        txn.commit().await?;
        Ok(before)
    }

    /// Removes a member from the organisation (their account stays); returns what was removed.
    pub async fn remove_member(&self, grant: &Grant<ManageMembers>, id: MembershipId) -> Result<Membership> {
        let txn = self.lock_org(grant.org()).await?;
        let before = self.membership_in(&txn, grant.org(), id).await?;
        if before.role() == Role::Owner {
            self.ensure_other_owner(&txn, grant.org(), id).await?;
        }
        membership::Entity::delete_many()
            .filter(membership::Column::Id.eq(id.as_uuid()))
            .filter(membership::Column::OrgId.eq(grant.org().as_uuid()))
            .exec(&txn)
            .await?;
        txn.commit().await?;
        Ok(before)
    }
}

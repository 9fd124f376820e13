//! Reads of people's personal data write their own audit entry. Every public method that opens
//! people's records, pairs, check-ins, consents or rounds takes a [`Reading`] — why the member
//! reads — and writes the entry before it hands anything back, so a page, an API call or a tool
//! that reads people cannot forget to say so. Reads without an entry stay inside this crate.

use crate::audit::{naming, personal_data_event, AuditEvent};
use crate::connect::Backend;
use crate::error::Result;
use crate::Grant;
use crate::Store;
use bridges_domain::{AuditKind, ParticipantId, Permission, ProgrammeId};
use chrono::{DateTime, Utc};
use futures::{Stream, TryStreamExt};
use sea_orm::{DatabaseTransaction, DbErr, IsolationLevel, TransactionTrait};

/// Why a member reads people's personal data, in the audit log's words: the page, API call or
/// tool that reads (`what`), and whether the data is shown or leaves bridges.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading<'a> {
    what: &'a str,
    kind: AuditKind,
}

impl<'a> Reading<'a> {
    /// The data is shown to the member, on a page or through the API.
    pub fn viewing(what: &'a str) -> Self {
        Self { what, kind: AuditKind::PersonalDataViewed }
    }

    /// The data leaves bridges: a download, a file written for the member.
    pub fn exporting(what: &'a str) -> Self {
        Self { what, kind: AuditKind::PersonalDataExported }
    }

    pub fn what(&self) -> &'a str {
        self.what
    }

    pub fn kind(&self) -> AuditKind {
        self.kind
    }

    /// The entry for this reading by the grant's member, of what `read` found in the programme.
    pub(crate) fn event<P: Permission>(&self, grant: &Grant<P>, programme: ProgrammeId, read: Read<'_>) -> AuditEvent {
        let event = match read {
            Read::Records(count) => personal_data_event(self.kind, grant.org(), programme, self.what, count),
            Read::People(people) => {
                naming(personal_data_event(self.kind, grant.org(), programme, self.what, people.len()), people)
            }
        };
        event.actor(grant.user())
    }
}

/// What a read found, as its entry records it.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Read<'a> {
    /// This many records (people, pairs), of people nobody singled out.
    Records(usize),
    /// These people in particular, named by id when they are few.
    People(&'a [ParticipantId]),
}

impl Store {
    /// Ends a read of personal data made in `txn` by writing `event`. On PostgreSQL the entry is
    /// part of the read's transaction. SQLite cannot turn a transaction that has read into one that
    /// writes once another connection wrote after its first read (it answers "database is locked"
    /// at once, without waiting), and every page view writes an entry, so there the snapshot closes
    /// first and the entry follows. Either way the caller gets the data only once the entry is
    /// written.
    pub(crate) async fn close_reading(
        &self,
        txn: DatabaseTransaction,
        event: AuditEvent,
        now: DateTime<Utc>,
    ) -> Result<()> {
        match self.backend() {
            Backend::Postgres => {
                Self::record_in(&txn, event, now).await?;
                txn.commit().await?;
            }
            Backend::Sqlite => {
                txn.commit().await?;
                Self::record_in(&self.db, event, now).await?;
            }
        }
        Ok(())
    }

    /// A transaction to read in, so the rows one reading takes together (a programme's revision,
    /// its people, its pairs) come from one moment: SQLite's transactions read one snapshot, and
    /// PostgreSQL's do when asked for repeatable read.
    pub(crate) async fn begin_reading(&self) -> Result<DatabaseTransaction> {
        Ok(match self.backend() {
            Backend::Postgres => self.db.begin_with_config(Some(IsolationLevel::RepeatableRead), None).await?,
            Backend::Sqlite => self.db.begin().await?,
        })
    }
}

/// Every row of a read, each opened (decrypted, checked) as it arrives rather than once all have
/// arrived. SQLite makes its rows on the connection's own thread; rows freed on another thread stay
/// in that thread's memory until it allocates again, so a programme's 100,000 rows held at once
/// left about 175 MB behind with each pooled connection that had served one (the server grew to
/// 600 MB after three whole-programme reads). Opened one by one, only a few rows are raw at a time
/// and the connection's thread reuses their memory for the next ones.
pub(crate) async fn opened_one_by_one<M, T>(
    rows: impl Stream<Item = std::result::Result<M, DbErr>>,
    open: impl FnMut(M) -> Result<T>,
) -> Result<Vec<T>> {
    let mut open = open;
    let mut opened = Vec::new();
    let mut rows = std::pin::pin!(rows);
    while let Some(row) = rows.try_next().await? {
        opened.push(open(row)?);
    }
    Ok(opened)
}

//! A programme's page shows how many people take part on each side and how many pairs it holds in
//! each state. Counting them on every view read the programme's whole index ranges: at 100,000
//! people about 4 ms for the active newcomers and volunteers and 2 ms for 40,000 proposed pairs, on
//! every page view, growing with the programme. The database now keeps those numbers itself, one
//! row per programme and kind (`newcomer:active`, `volunteer:withdrawn`, `pair:proposed`, …),
//! through triggers on every insert, change and delete of a participant or a pair, whatever code
//! writes them (cascades from an erasure included), as it keeps `open_pairs` (m0016).
//!
//! A delete only lowers a row that is there: when a programme goes, its tallies go with it
//! (cascade), and the deletes cascading to its people and pairs then find nothing to lower.

use sea_orm::{ConnectionTrait, DbBackend};
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0024_programme_tallies"
    }
}

#[derive(DeriveIden)]
enum ProgrammeTallies {
    Table,
    ProgrammeId,
    What,
    Total,
}

#[derive(DeriveIden)]
enum Programmes {
    Table,
    Id,
}

/// A table whose rows are tallied: its name, the SQL naming what a row counts as (with `{row}` for
/// `OLD` or `NEW`), and the columns whose change moves a row from one tally to another.
struct Tallied {
    table: &'static str,
    what: &'static str,
    columns: &'static str,
}

const TALLIED: [Tallied; 2] = [
    Tallied { table: "participants", what: "{row}.side || ':' || {row}.status", columns: "programme_id, side, status" },
    Tallied { table: "pairs", what: "'pair:' || {row}.status", columns: "programme_id, status" },
];

impl Tallied {
    fn what(&self, row: &str) -> String {
        self.what.replace("{row}", row)
    }

    /// Counts the row `NEW` in.
    fn add(&self) -> String {
        format!(
            "INSERT INTO programme_tallies (programme_id, what, total) VALUES (NEW.programme_id, {}, 1) \
             ON CONFLICT (programme_id, what) DO UPDATE SET total = programme_tallies.total + 1;",
            self.what("NEW")
        )
    }

    /// Counts the row `OLD` out.
    fn remove(&self) -> String {
        format!(
            "UPDATE programme_tallies SET total = total - 1 WHERE programme_id = OLD.programme_id AND what = {};",
            self.what("OLD")
        )
    }

    /// Whether a change moves the row from one tally to another.
    fn moves(&self) -> String {
        format!("OLD.programme_id <> NEW.programme_id OR {} <> {}", self.what("OLD"), self.what("NEW"))
    }

    /// The statements that make the triggers on `backend`.
    fn triggers(&self, backend: DbBackend) -> Vec<String> {
        let (table, columns, moves) = (self.table, self.columns, self.moves());
        let (add, remove) = (self.add(), self.remove());
        match backend {
            DbBackend::Postgres => vec![
                format!(
                    "CREATE FUNCTION {table}_tally() RETURNS trigger LANGUAGE plpgsql AS $$ \
                     BEGIN \
                       IF TG_OP <> 'INSERT' THEN {remove} END IF; \
                       IF TG_OP <> 'DELETE' THEN {add} END IF; \
                       RETURN NULL; \
                     END $$"
                ),
                format!(
                    "CREATE TRIGGER {table}_tally AFTER INSERT OR DELETE ON {table} \
                     FOR EACH ROW EXECUTE FUNCTION {table}_tally()"
                ),
                format!(
                    "CREATE TRIGGER {table}_tally_changed AFTER UPDATE OF {columns} ON {table} \
                     FOR EACH ROW WHEN ({moves}) EXECUTE FUNCTION {table}_tally()"
                ),
            ],
            _ => vec![
                format!("CREATE TRIGGER {table}_tally_inserted AFTER INSERT ON {table} BEGIN {add} END"),
                format!("CREATE TRIGGER {table}_tally_deleted AFTER DELETE ON {table} BEGIN {remove} END"),
                format!(
                    "CREATE TRIGGER {table}_tally_changed AFTER UPDATE OF {columns} ON {table} \
                     WHEN {moves} BEGIN {remove} {add} END"
                ),
            ],
        }
    }

    /// Counts the rows already there.
    fn fill(&self) -> String {
        let what = self.what(self.table);
        format!(
            "INSERT INTO programme_tallies (programme_id, what, total) \
             SELECT programme_id, {what}, COUNT(*) FROM {table} GROUP BY programme_id, {what}",
            table = self.table
        )
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(ProgrammeTallies::Table)
                .col(ColumnDef::new(ProgrammeTallies::ProgrammeId).uuid().not_null())
                .col(ColumnDef::new(ProgrammeTallies::What).text().not_null())
                .col(ColumnDef::new(ProgrammeTallies::Total).big_integer().not_null())
                .primary_key(Index::create().col(ProgrammeTallies::ProgrammeId).col(ProgrammeTallies::What))
                .foreign_key(&mut super::cascade(
                    ProgrammeTallies::Table,
                    ProgrammeTallies::ProgrammeId,
                    Programmes::Table,
                    Programmes::Id,
                ))
                .to_owned(),
        )
        .await?;
        let db = m.get_connection();
        for tallied in &TALLIED {
            db.execute_unprepared(&tallied.fill()).await?;
            for statement in tallied.triggers(m.get_database_backend()) {
                db.execute_unprepared(&statement).await?;
            }
        }
        Ok(())
    }
}

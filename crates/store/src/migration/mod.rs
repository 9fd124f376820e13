//! One set of migrations for both backends. Migrations only add: a released migration is never
//! edited, a later one changes what an earlier one made.

use sea_orm_migration::prelude::*;

mod m0001_foundation;
mod m0002_practices;
mod m0003_org_frameworks;
mod m0004_projects;
mod m0005_project_choices;
mod m0006_project_entries;
mod m0007_project_history;
mod m0008_programmes;
mod m0009_programme_revision;
mod m0010_read_only_tokens;
mod m0011_retention;
pub(crate) mod m0012_measure;
pub(crate) mod m0013_surveys;
mod m0014_publications;
mod m0015_roster;
mod m0016_open_pairs;
mod m0017_round_waits;
mod m0018_directory;
mod m0019_participant_lookups;
mod m0020_directory_publishing;
mod m0021_directory_links;
mod m0022_referrals;
mod m0023_pairs_found;
mod m0024_programme_tallies;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m0001_foundation::Migration),
            Box::new(m0002_practices::Migration),
            Box::new(m0003_org_frameworks::Migration),
            Box::new(m0004_projects::Migration),
            Box::new(m0005_project_choices::Migration),
            Box::new(m0006_project_entries::Migration),
            Box::new(m0007_project_history::Migration),
            Box::new(m0008_programmes::Migration),
            Box::new(m0009_programme_revision::Migration),
            Box::new(m0010_read_only_tokens::Migration),
            Box::new(m0011_retention::Migration),
            Box::new(m0012_measure::Migration),
            Box::new(m0013_surveys::Migration),
            Box::new(m0014_publications::Migration),
            Box::new(m0015_roster::Migration),
            Box::new(m0016_open_pairs::Migration),
            Box::new(m0017_round_waits::Migration),
            Box::new(m0018_directory::Migration),
            Box::new(m0019_participant_lookups::Migration),
            Box::new(m0020_directory_publishing::Migration),
            Box::new(m0021_directory_links::Migration),
            Box::new(m0022_referrals::Migration),
            Box::new(m0023_pairs_found::Migration),
            Box::new(m0024_programme_tallies::Migration),
        ]
    }
}

/// A foreign key whose rows go when the row they point to goes.
pub(crate) fn cascade(
    from_table: impl IntoIden + 'static,
    from_col: impl IntoIden + 'static,
    to_table: impl IntoIden + 'static,
    to_col: impl IntoIden + 'static,
) -> ForeignKeyCreateStatement {
    ForeignKey::create().from(from_table, from_col).to(to_table, to_col).on_delete(ForeignKeyAction::Cascade).to_owned()
}

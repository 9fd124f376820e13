//! Measure's tables in and out of spreadsheets: activities and values of indicators entered by
//! hand, imported from CSV or XLSX and exported to both. An import checks every row as the form
//! does, reports each bad one by line and column, and writes nothing unless the whole file is clean;
//! an export's columns are the import's, so a file exported, edited and uploaded imports back.

use crate::measure::activities::{self, for_programme, parse_activity, FIELDS};
use crate::measure::indicators::{check_value, record_values};
use crate::measure::EXPORT_COLUMNS;
use crate::spreadsheet::{file_problem, parse_table, unescaped_cell, Row, RowProblem};
use crate::{Result, Services};
use bridges_domain::policy::{LogActivities, ReadMeasures, ReadOrg, RecordMeasures};
use bridges_domain::{IndicatorId, ProgrammeId, ProjectId, ValidationErrors};
use bridges_store::{Grant, NewActivity, NewValue, Scope, StoredActivity, StoredIndicator};
use chrono::{Days, NaiveDate};
use std::collections::HashSet;

/// The columns an activity file must have: what no activity can go without.
pub const ACTIVITY_REQUIRED: [&str; 3] = ["date", "activity_kind", "title"];

/// The columns an indicator-values file must have. The export's other columns (the indicator's
/// name, its project, baseline…) are accepted and not read, so an exported file imports back.
pub const VALUE_REQUIRED: [&str; 3] = ["indicator_id", "period", "value"];

/// What one import did: how many records it wrote, or every problem of the file (and nothing
/// written).
pub type Imported = std::result::Result<usize, Vec<RowProblem>>;

/// A reader of cells that undoes an export's escaping, so a title exported as `'=x` is `=x` again.
fn unescaping(get: &dyn Fn(&str) -> String) -> impl Fn(&str) -> String + '_ {
    move |k| unescaped_cell(&get(k)).to_string()
}

/// A date typed into a workbook is kept as a number of days since 1899-12-30 (where the export
/// writes text): read as the date it shows, within the years an activity may have.
fn workbook_date(cell: &str) -> Option<String> {
    let days = cell.parse::<f64>().ok().filter(|d| (36_526.0..73_416.0).contains(d))?;
    let epoch = NaiveDate::from_ymd_opt(1899, 12, 30)?;
    Some(epoch.checked_add_days(Days::new(days.floor() as u64))?.format("%Y-%m-%d").to_string())
}

/// A time typed into a workbook is kept as a fraction of a day: read as the hours and minutes it
/// shows.
fn workbook_time(cell: &str) -> Option<String> {
    let day = cell.parse::<f64>().ok().filter(|d| (0.0..1.0).contains(d) && cell.contains('.'))?;
    let minutes = ((day * 1440.0).round() as u32).min(1439);
    Some(format!("{:02}:{:02}", minutes / 60, minutes % 60))
}

/// The project or programme a cell names: one of the organisation's by its id or its name (a name
/// two of them share names neither).
fn resolve<T: Copy + ToString>(
    e: &mut ValidationErrors,
    field: &'static str,
    ambiguous: &'static str,
    cell: &str,
    named: &[(T, String)],
) -> Option<T> {
    if cell.is_empty() {
        return None;
    }
    if let Some((id, _)) = named.iter().find(|(id, _)| id.to_string() == cell) {
        return Some(*id);
    }
    let found: Vec<T> =
        named.iter().filter(|(_, name)| name.trim().to_lowercase() == cell.to_lowercase()).map(|(id, _)| *id).collect();
    match found.as_slice() {
        [id] => Some(*id),
        [] => {
            e.add(field, "not-found");
            None
        }
        _ => {
            e.add(field, ambiguous);
            None
        }
    }
}

/// The organisation's projects and programmes by id and name, which an activity file may name.
#[derive(Debug, Clone, Default)]
pub struct Named {
    pub projects: Vec<(ProjectId, String)>,
    pub programmes: Vec<(ProgrammeId, String)>,
}

impl Named {
    pub async fn of(services: &Services, read: &Grant<ReadOrg>) -> Result<Named> {
        let store = services.store();
        Ok(Named {
            projects: store.projects(read).await?.into_iter().map(|p| (p.id, p.title)).collect(),
            programmes: store.programmes(read).await?.into_iter().map(|p| (p.id, p.name)).collect(),
        })
    }

    fn name_of<T: PartialEq + ToString>(list: &[(T, String)], id: Option<T>) -> String {
        id.map(|id| list.iter().find(|(p, _)| *p == id).map(|(_, t)| t.clone()).unwrap_or_else(|| id.to_string()))
            .unwrap_or_default()
    }
}

/// Parses an activity file's rows against the organisation's projects (id and title).
pub fn parse_activities(rows: &[Row], named: &Named) -> std::result::Result<Vec<NewActivity>, Vec<RowProblem>> {
    parse_table(rows, &FIELDS, &ACTIVITY_REQUIRED, |get| {
        let get = unescaping(get);
        let get = |k: &str| {
            let cell = get(k);
            let typed = match k {
                "date" => workbook_date(&cell),
                "time" => workbook_time(&cell),
                _ => None,
            };
            typed.unwrap_or(cell)
        };
        let mut e = ValidationErrors::new();
        let project = resolve(&mut e, "project", "project-ambiguous", &get("project"), &named.projects);
        let programme = resolve(&mut e, "programme", "programme-ambiguous", &get("programme"), &named.programmes);
        match parse_activity(get, project) {
            Ok(activity) => e.into_result().map(|()| for_programme(activity, programme)),
            Err(errors) => {
                for f in errors.iter() {
                    e.add(f.field, f.code);
                }
                Err(e)
            }
        }
    })
}

/// Parses an indicator-values file's rows against the organisation's indicators. A row whose value
/// is blank is a period left unentered (an export lists every period) and is passed over; every
/// other row is checked as a value typed on the indicator's page, and the same indicator and
/// period twice in one file is a mistake, not a correction.
pub fn parse_values(
    rows: &[Row],
    indicators: &[StoredIndicator],
) -> std::result::Result<Vec<NewValue>, Vec<RowProblem>> {
    let mut seen = HashSet::new();
    let values: Vec<NewValue> = parse_table(rows, &EXPORT_COLUMNS, &VALUE_REQUIRED, |get| {
        let get = unescaping(get);
        if get("value").is_empty() && get("evidence").is_empty() {
            return Ok(None);
        }
        let indicator = get("indicator_id")
            .parse::<IndicatorId>()
            .ok()
            .and_then(|id| indicators.iter().find(|i| i.id == id))
            .ok_or_else(|| ValidationErrors::single("indicator_id", "not-found"))?;
        let value = check_value(indicator.id, &indicator.definition, &get("period"), &get("value"), &get("evidence"))?;
        if !seen.insert((value.indicator, value.period.clone())) {
            return Err(ValidationErrors::single("period", "value-repeated"));
        }
        Ok(Some(value))
    })?
    .into_iter()
    .flatten()
    .collect();
    if values.is_empty() {
        return Err(file_problem("import-empty"));
    }
    Ok(values)
}

/// Imports a file's activities: all of them, or none and every problem.
pub async fn import_activities(services: &Services, grant: &Grant<LogActivities>, rows: &[Row]) -> Result<Imported> {
    let named = Named::of(services, &grant.membership().grant::<ReadOrg>()?).await?;
    match parse_activities(rows, &named) {
        Ok(parsed) => Ok(Ok(activities::log(services, grant, &parsed).await?.len())),
        Err(problems) => Ok(Err(problems)),
    }
}

/// Imports a file's indicator values: all of them, or none and every problem.
pub async fn import_values(services: &Services, grant: &Grant<RecordMeasures>, rows: &[Row]) -> Result<Imported> {
    let read = grant.membership().grant::<ReadMeasures>()?;
    let indicators = services.store().indicators(&read).await?;
    match parse_values(rows, &indicators) {
        Ok(values) => {
            record_values(services, grant, &values).await?;
            Ok(Ok(values.len()))
        }
        Err(problems) => Ok(Err(problems)),
    }
}

/// How many activities one read of the log brings while exporting.
const EXPORT_PAGE: u64 = 5_000;

/// One activity as a row of [`FIELDS`], as it was entered (volunteer time in hours).
pub fn activity_row(a: &StoredActivity, named: &Named) -> Vec<String> {
    let a = &a.activity;
    let project = Named::name_of(&named.projects, a.project);
    let counts = a.counts.values();
    let mut row = vec![
        a.occurred_on.format("%Y-%m-%d").to_string(),
        a.starts_at.clone(),
        a.kind.as_str().to_string(),
        a.title.clone(),
        a.minutes.to_string(),
        a.place.clone(),
        project,
        a.topics.join(", "),
        a.languages.join(", "),
    ];
    row.extend(counts[..11].iter().map(u32::to_string));
    row.push(bridges_measure::format_number(f64::from(counts[11]) / 60.0));
    row.push(a.notes.clone());
    row.push(Named::name_of(&named.programmes, a.programme));
    row
}

/// Every activity of the organisation, oldest first, as rows of [`FIELDS`]. A project is named by
/// its title, which the import resolves again.
pub async fn activity_rows(services: &Services, grant: &Grant<ReadMeasures>) -> Result<Vec<Vec<String>>> {
    let named = Named::of(services, &grant.membership().grant::<ReadOrg>()?).await?;
    let scope = Scope::whole_log(None);
    let mut rows = Vec::new();
    let mut offset = 0;
    loop {
        let (page, _) = activities::list(services, grant, scope, offset, EXPORT_PAGE).await?;
        rows.extend(page.iter().map(|a| activity_row(a, &named)));
        if (page.len() as u64) < EXPORT_PAGE {
            break;
        }
        offset += EXPORT_PAGE;
    }
    rows.reverse();
    Ok(rows)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::spreadsheet::read_rows;
    use bridges_domain::measure::{Disaggregation, IndicatorSource};
    use bridges_store::IndicatorDefinition;

    const HEADER: &str = "date,activity_kind,title,project,attendees,arriving,volunteer_hours";

    fn projects() -> Named {
        Named {
            projects: vec![(ProjectId::new(), "Welcome Café".to_string()), (ProjectId::new(), "Walks".to_string())],
            programmes: Vec::new(),
        }
    }

    #[test]
    fn a_clean_activity_file_imports_with_its_projects_by_title_or_id() {
        let projects = projects();
        let csv = format!(
            "{HEADER}\n2026-03-05,session,Language café,welcome café,14,9,4.5\n2026-03-06,event,Picnic,{},30,,\n",
            projects.projects[1].0
        );
        let parsed = parse_activities(&read_rows(csv.as_bytes()).unwrap(), &projects).unwrap();
        assert_eq!(parsed.len(), 2);
        assert_eq!(parsed[0].project, Some(projects.projects[0].0));
        assert_eq!(parsed[0].counts.volunteer_minutes, 270);
        assert_eq!(parsed[1].project, Some(projects.projects[1].0));
    }

    #[test]
    fn dates_and_times_typed_into_a_workbook_are_read_as_they_show() {
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        for (c, title) in ["date", "time", "activity_kind", "title"].iter().enumerate() {
            sheet.write_string(0, c as u16, *title).unwrap();
        }
        // 5 March 2026 at 18:30, as Excel keeps them.
        sheet.write_number(1, 0, 46_086.0).unwrap();
        sheet.write_number(1, 1, 0.770_833_333).unwrap();
        sheet.write_string(1, 2, "session").unwrap();
        sheet.write_string(1, 3, "Language café").unwrap();
        let rows = read_rows(&book.save_to_buffer().unwrap()).unwrap();
        let parsed = parse_activities(&rows, &Named::default()).unwrap();
        assert_eq!(parsed[0].occurred_on, NaiveDate::from_ymd_opt(2026, 3, 5).unwrap());
        assert_eq!(parsed[0].starts_at, "18:30");
        let rows = read_rows(b"date,activity_kind,title\n12,session,A\n").unwrap();
        assert_eq!(
            parse_activities(&rows, &Named::default()).unwrap_err()[0].field,
            "date",
            "a small number is no date"
        );
    }

    #[test]
    fn every_bad_activity_row_is_named_by_line_and_column_and_none_passes() {
        let csv =
            format!("{HEADER}\n2026-03-05,session,Good,,1,,\n2026-02-30,party,Bad,Nowhere,2,3,x\n\n,session,,,,,\n");
        let problems = parse_activities(&read_rows(csv.as_bytes()).unwrap(), &projects()).unwrap_err();
        let at = |line: usize| {
            let mut fields: Vec<&str> = problems.iter().filter(|p| p.line == line).map(|p| p.field.as_str()).collect();
            fields.sort_unstable();
            fields
        };
        assert!(at(2).is_empty());
        assert_eq!(at(3), ["activity_kind", "date", "project", "receiving", "volunteer_hours"], "{problems:?}");
        assert_eq!(at(5), ["date", "title"]);
        assert!(problems.iter().any(|p| p.line == 3 && p.field == "project" && p.code == "not-found"));
    }

    #[test]
    fn a_file_with_a_repeated_or_missing_column_is_refused() {
        let rows = read_rows(b"date,activity_kind,title,title\n2026-03-05,session,A,B\n").unwrap();
        let problems = parse_activities(&rows, &Named::default()).unwrap_err();
        assert_eq!(problems, vec![RowProblem { line: 1, field: "title".into(), code: "import-repeated-column" }]);
        let problems =
            parse_activities(&read_rows(b"date,title\n2026-03-05,A\n").unwrap(), &Named::default()).unwrap_err();
        assert_eq!(problems[0].code, "import-missing-column");
        assert_eq!(problems[0].field, "activity_kind");
    }

    #[test]
    fn an_exported_activity_is_escaped_against_formulas_and_imports_back() {
        let projects = projects();
        let csv = format!(
            "{}\n2026-03-05,18:30,session,=HYPERLINK(\"x\"),90,Hall,Walks,\"a, b\",\"ar, fr\",10,4,6,5,5,0,1,2,6,1,3,4.5,-note\n",
            FIELDS.join(",")
        );
        let parsed = parse_activities(&read_rows(csv.as_bytes()).unwrap(), &projects).unwrap();
        let stored = StoredActivity {
            id: bridges_domain::ActivityId::new(),
            activity: parsed[0].clone(),
            recorded_by: bridges_domain::UserId::new(),
            created_at: chrono::Utc::now(),
        };
        let row = activity_row(&stored, &projects);
        let exported = crate::spreadsheet::csv(&FIELDS, &[row]);
        assert!(exported.contains(",\"'=HYPERLINK(\"\"x\"\")\",") && exported.contains(",'-note,"), "{exported}");
        let again = parse_activities(&read_rows(exported.as_bytes()).unwrap(), &projects).unwrap();
        assert_eq!(again, parsed);
    }

    fn indicator(source: IndicatorSource, period: &str) -> StoredIndicator {
        StoredIndicator {
            id: IndicatorId::new(),
            definition: IndicatorDefinition {
                project: None,
                objective: None,
                name: "Residents who feel they belong".into(),
                unit: "%".into(),
                direction: "up".into(),
                source,
                activity_kind: None,
                programme: None,
                baseline: None,
                baseline_on: None,
                target: None,
                target_on: None,
                period: period.into(),
                disaggregation: Disaggregation::None,
                frameworks: Vec::new(),
                survey: None,
                need: None,
            },
            updated_at: chrono::Utc::now(),
        }
    }

    #[test]
    fn values_import_from_an_exported_file_or_every_problem_is_named() {
        let manual = indicator(IndicatorSource::Manual, "quarter");
        let counted = indicator(IndicatorSource::Activities, "month");
        let indicators = [manual.clone(), counted.clone()];
        let (m, c) = (manual.id, counted.id);
        let header = EXPORT_COLUMNS.join(",");
        let csv = format!(
            "{header}\nBelong,{m},,,manual,%,2026-Q1,41,,,,survey\nBelong,{m},,,manual,%,2026-Q2,,,,,\n\
             Belong,{m},,,manual,%,2026-Q3,\"4,5\",,,,count\n"
        );
        let values = parse_values(&read_rows(csv.as_bytes()).unwrap(), &indicators).unwrap();
        assert_eq!(values.len(), 2);
        assert_eq!((values[0].period.as_str(), values[0].value), ("2026-Q1", 41.0));
        assert_eq!(values[1].value, 4.5);

        let csv = format!(
            "indicator_id,period,value,evidence\n{m},2026-03,x,\n{c},2026-03,3,count\nnope,2026,1,e\n\
             {m},2026-Q1,1,a\n{m},2026-Q1,2,b\n"
        );
        let problems = parse_values(&read_rows(csv.as_bytes()).unwrap(), &indicators).unwrap_err();
        let found: Vec<(usize, &str, &str)> = problems.iter().map(|p| (p.line, p.field.as_str(), p.code)).collect();
        assert_eq!(
            found,
            [
                (2, "period", "period-invalid"),
                (2, "value", "number-invalid"),
                (2, "evidence", "practice-field-missing"),
                (3, "value", "indicator-counted"),
                (4, "indicator_id", "not-found"),
                (6, "period", "value-repeated"),
            ]
        );
        let rows = read_rows(b"indicator_id,period,value,value\n").unwrap();
        assert_eq!(parse_values(&rows, &indicators).unwrap_err()[0].code, "import-repeated-column");
    }
}

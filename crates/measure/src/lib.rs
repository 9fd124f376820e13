//! Measure's engine: reporting periods, how far an indicator has moved towards its target, the
//! suppression of small counts so that no one can be recognised in a report, the SVG charts pages
//! and PDF reports show, the iCalendar feeds of sessions, Connect's check-ins summarised as
//! contact indicators, and the statistics of survey results with their intervals.
//!
//! Pure computations on data handed in: no I/O, no HTTP, no SQL. The store saves month keys and
//! groups rows by them ([`period`] defines the arithmetic both sides share); the web tier
//! translates every word a chart or feed shows and hands it in as an argument.

pub mod chart;
pub mod contact;
pub mod diagram;
pub mod ical;
pub mod indicator;
pub mod period;
pub mod stats;
pub mod suppress;
pub mod survey;

pub use chart::{
    bar_chart, escape as xml_escape, format_number, has_rtl, line_chart, no_data_chart, width_for_every_label,
    ChartSpec, Point,
};
pub use contact::{by_period, summarise, CheckInFacts, ContactSummary};
pub use diagram::{network, stacked_bar, Edge, NetworkSpec, Node, Part};
pub use ical::{calendar, Event, Repeat};
pub use indicator::{assess, progress, Assessment, Direction, Status};
pub use period::{month_key, periods_between, Period, PeriodKind};
pub use stats::{
    difference, frequency_table, mean, pair_by_code, paired, perception_gap, proportion, proportion_difference, report,
    t_quantile, ChoiceCount, Difference, Estimate, FrequencyTable, Interval, Mean, Paired, PerceptionGap, Proportion,
    ProportionDifference, Reported,
};
pub use suppress::{cells, count, statistic, Shown, Threshold, ThresholdTooLow, DEFAULT_THRESHOLD, MIN_THRESHOLD};

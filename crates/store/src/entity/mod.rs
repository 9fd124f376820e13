//! Table mappings. They are private to the store: the rest of bridges sees domain types.

pub mod api_token;
pub mod audit_event;
pub mod check_in;
pub mod consent;
pub mod invitation;
pub mod login_failure;
pub mod membership;
pub mod org_framework;
pub mod organisation;
pub mod pair;
pub mod participant;
pub mod practice;
pub mod practice_review;
pub mod programme;
pub mod project;
pub mod project_change;
pub mod project_choice;
pub mod project_entry;
pub mod round;
pub mod session;
pub mod setting;
pub mod sign_up;
pub mod stakeholder;
pub mod stakeholder_relation;
pub mod user;

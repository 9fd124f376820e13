//! What every page's layout needs: language and direction, translator, CSRF token, who is logged
//! in, the organisation in view, and the navigation.

use crate::http::auth::MaybeUser;
use crate::http::authz::OrgContext;
use crate::http::csrf::CsrfToken;
use crate::http::error::{AppError, AppResult};
use crate::http::i18n::{Locale, Tr};
use askama::Template;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::{Html, IntoResponse, Response};
use bridges_domain::policy::{ReadAudit, ReadMembers, ReviewPractices};
use bridges_domain::{Language, OrgId, Role};

/// The organisation a page is about, as the layout shows it.
#[derive(Debug, Clone)]
pub struct OrgNav {
    pub id: OrgId,
    pub name: String,
    pub role: Role,
    pub may_read_members: bool,
    pub may_read_audit: bool,
    pub may_review: bool,
    /// Where the organisation works: dates on its pages are shown in this zone.
    pub time_zone: chrono_tz::Tz,
}

#[derive(Debug, Clone)]
pub struct Page {
    pub tr: Tr,
    pub csrf: String,
    pub user_name: Option<String>,
    pub org: Option<OrgNav>,
    /// The path of this page, so the language switcher can bring the reader back to it.
    pub path: String,
    /// Whether the page has a form that htmx enhances (only those load it).
    pub htmx: bool,
}

/// One verb of the product and whether it can be used yet.
pub struct Verb {
    pub key: &'static str,
    pub href: &'static str,
    pub built: bool,
}

pub const VERBS: [Verb; 5] = [
    Verb { key: "learn", href: "/learn", built: true },
    Verb { key: "plan", href: "/plan", built: true },
    Verb { key: "connect", href: "/connect", built: true },
    Verb { key: "measure", href: "/measure", built: true },
    Verb { key: "tell", href: "/tell", built: true },
];

impl Page {
    pub fn t(&self, key: &str) -> String {
        self.tr.t(key)
    }
    /// The message `PREFIX-KEY`, for keys built from data (`nav-learn`, `role-owner`…).
    pub fn tk(&self, prefix: &str, key: &str) -> String {
        self.tr.t(&format!("{prefix}-{key}"))
    }
    pub fn t1(&self, key: &str, name: &'static str, value: &str) -> String {
        self.tr.t_args(key, &[(name, value.to_string())])
    }
    pub fn t2(&self, key: &str, a: &'static str, a_value: &str, b: &'static str, b_value: &str) -> String {
        self.tr.t_args(key, &[(a, a_value.to_string()), (b, b_value.to_string())])
    }
    pub fn t3(
        &self,
        key: &str,
        a: &(&'static str, &str),
        b: &(&'static str, &str),
        c: &(&'static str, &str),
    ) -> String {
        self.tr.t_args(key, &[(a.0, a.1.to_string()), (b.0, b.1.to_string()), (c.0, c.1.to_string())])
    }
    pub fn lang(&self) -> &'static str {
        self.tr.lang().code()
    }
    pub fn dir(&self) -> &'static str {
        if self.tr.lang().is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }
    pub fn languages(&self) -> [Language; 8] {
        Language::ALL
    }
    pub fn is_current_language(&self, lang: &Language) -> bool {
        *lang == self.tr.lang()
    }
    pub fn verbs(&self) -> &'static [Verb] {
        &VERBS
    }
    pub fn role_name(&self, role: &Role) -> String {
        self.tr.t(&format!("role-{}", role.as_str()))
    }
    /// The stylesheet's address, which changes with its content.
    pub fn css_href(&self) -> String {
        crate::http::assets::css_href()
    }

    /// htmx's address, which changes with its content.
    pub fn htmx_href(&self) -> String {
        crate::http::assets::htmx_href()
    }

    /// This page with htmx loaded, for a form that it enhances.
    pub fn with_htmx(mut self) -> Self {
        self.htmx = true;
        self
    }

    /// `text` isolated with Unicode's first-strong isolate, where markup cannot isolate it (a
    /// page's title): a name written right to left, or holding a direction control, then cannot
    /// reorder what comes after it.
    pub fn iso<T: std::fmt::Display + ?Sized>(&self, text: &T) -> String {
        format!("\u{2068}{text}\u{2069}")
    }

    /// A moment as the organisation's people live it: in its time zone, named (`CET`, `+03`);
    /// outside an organisation's pages, in UTC. Isolated left to right, so that a right-to-left
    /// page does not lay the date, the time and the zone out in reverse order.
    /// A moment as a `<time datetime>` attribute wants it: whole seconds, UTC.
    pub fn machine_time(&self, at: &chrono::DateTime<chrono::Utc>) -> String {
        at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    }

    pub fn date(&self, at: &chrono::DateTime<chrono::Utc>) -> String {
        let zone = self.org.as_ref().map(|o| o.time_zone).unwrap_or(chrono_tz::UTC);
        let local = at.with_timezone(&zone);
        // Isolated, so that the words around it keep their order whichever way it reads.
        let written = bridges_domain::names::date_time(local.naive_local(), self.tr.lang());
        format!("\u{2068}{written} {}\u{2069}", local.format("%Z"))
    }

    /// A day as the reader's language writes it ("4 December 2026", "4 грудня 2026 р.").
    pub fn day(&self, day: &chrono::NaiveDate) -> String {
        format!("\u{2068}{}\u{2069}", bridges_domain::names::date(*day, self.tr.lang()))
    }

    /// Sets the organisation the page is about, from the request's authorisation context.
    pub fn with_org(mut self, ctx: &OrgContext) -> Self {
        self.org = Some(OrgNav {
            id: ctx.org.id,
            name: ctx.org.name.to_string(),
            role: ctx.role(),
            may_read_members: ctx.may::<ReadMembers>(),
            may_read_audit: ctx.may::<ReadAudit>(),
            may_review: ctx.may::<ReviewPractices>(),
            // Stored zones were checked against the same database when they were entered.
            time_zone: ctx.org.time_zone.as_str().parse().unwrap_or(chrono_tz::UTC),
        });
        self
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Page {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let Locale(tr) = Locale::from_headers(&parts.headers);
        // Error pages rendered outside the CSRF layer have no token; they hold no form that needs one.
        let csrf = parts.extensions.get::<CsrfToken>().map(|t| t.0.clone()).unwrap_or_default();
        let MaybeUser(current) = MaybeUser::from_request_parts(parts, state).await?;
        Ok(Self {
            tr,
            csrf,
            user_name: current.map(|c| c.user.display_name.to_string()),
            org: None,
            path: parts.uri.path().to_string(),
            htmx: false,
        })
    }
}

/// Renders a template into a response; a template error is logged and becomes a 500.
pub fn render(template: &impl Template) -> AppResult<Response> {
    template.render().map(|html| Html(html).into_response()).map_err(|e| AppError::Internal(e.to_string()))
}

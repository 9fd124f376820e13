//! The HSDS 3.0 objects as one table, and the records a directory holds.
//!
//! [`Object`] lists each object's fields in the schema's order (which is also the column order of
//! its CSV file) and the objects JSON nests inside it. Reading, writing, the CSV header and the
//! `datapackage.json` all walk this table; a test holds it equal to `schema/*.json`.
//!
//! A [`Record`] keeps every field of one object, links included, as it was given: text verbatim,
//! numbers as parsed, ids as UUIDs. A [`Dataset`] keeps records by kind and id in the order they
//! first appeared.

use serde_json::Number;
use std::collections::HashMap;
use std::fmt;
use uuid::Uuid;

/// The 21 HSDS objects, in the order of the CSV data package.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Organization,
    Program,
    Service,
    Attribute,
    ServiceAtLocation,
    Location,
    Phone,
    Contact,
    Address,
    Schedule,
    Funding,
    ServiceArea,
    RequiredDocument,
    Language,
    Accessibility,
    TaxonomyTerm,
    Metadata,
    MetaTableDescription,
    CostOption,
    OrganizationIdentifier,
    Taxonomy,
}

impl Kind {
    /// Every kind, in package order.
    pub const ALL: [Kind; 21] = [
        Kind::Organization,
        Kind::Program,
        Kind::Service,
        Kind::Attribute,
        Kind::ServiceAtLocation,
        Kind::Location,
        Kind::Phone,
        Kind::Contact,
        Kind::Address,
        Kind::Schedule,
        Kind::Funding,
        Kind::ServiceArea,
        Kind::RequiredDocument,
        Kind::Language,
        Kind::Accessibility,
        Kind::TaxonomyTerm,
        Kind::Metadata,
        Kind::MetaTableDescription,
        Kind::CostOption,
        Kind::OrganizationIdentifier,
        Kind::Taxonomy,
    ];

    /// The object's row of the table.
    pub fn object(self) -> &'static Object {
        match self {
            Kind::Organization => &ORGANIZATION,
            Kind::Program => &PROGRAM,
            Kind::Service => &SERVICE,
            Kind::Attribute => &ATTRIBUTE,
            Kind::ServiceAtLocation => &SERVICE_AT_LOCATION,
            Kind::Location => &LOCATION,
            Kind::Phone => &PHONE,
            Kind::Contact => &CONTACT,
            Kind::Address => &ADDRESS,
            Kind::Schedule => &SCHEDULE,
            Kind::Funding => &FUNDING,
            Kind::ServiceArea => &SERVICE_AREA,
            Kind::RequiredDocument => &REQUIRED_DOCUMENT,
            Kind::Language => &LANGUAGE,
            Kind::Accessibility => &ACCESSIBILITY,
            Kind::TaxonomyTerm => &TAXONOMY_TERM,
            Kind::Metadata => &METADATA,
            Kind::MetaTableDescription => &META_TABLE_DESCRIPTION,
            Kind::CostOption => &COST_OPTION,
            Kind::OrganizationIdentifier => &ORGANIZATION_IDENTIFIER,
            Kind::Taxonomy => &TAXONOMY,
        }
    }

    /// The schema's name of the object (`service_at_location`).
    pub fn name(self) -> &'static str {
        self.object().name
    }

    /// The kind a schema name stands for.
    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == name)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One HSDS object: its names and its properties.
#[derive(Debug)]
pub struct Object {
    pub kind: Kind,
    /// The schema's `name`.
    pub name: &'static str,
    /// The file of the CSV data package (the schema's `path`).
    pub file: &'static str,
    /// Every scalar field, links included, in schema order; `id` comes first.
    pub fields: &'static [Field],
    /// The objects JSON nests here, in schema order.
    pub nested: &'static [Nested],
}

impl Object {
    /// The position of a field in [`Object::fields`] (and so in a record's values).
    pub fn field_index(&self, name: &str) -> Option<usize> {
        self.fields.iter().position(|f| f.name == name)
    }

    pub fn nested(&self, name: &str) -> Option<&'static Nested> {
        self.nested.iter().find(|n| n.name == name)
    }
}

/// What a field holds. HSDS has two JSON types, string and number; strings carry a format the
/// JSON Schema asserts (`uuid`, `uri`, `email`, `date-time`) or one only the data package declares
/// (`date`, `time`), or none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    Text,
    Number,
    Uuid,
    Uri,
    Email,
    Date,
    Time,
    DateTime,
    /// A part of an RFC 5545 recurrence rule, a plain string to the schema.
    RulePart(RulePart),
}

/// The list-valued parts of a recurrence rule HSDS keeps as text: comma-separated, each item
/// optionally signed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RulePart {
    /// Weekdays, each with an optional ordinal: `MO`, `-1FR`, `2TU`.
    ByDay,
    /// Numbers from 1 up to the part's bound.
    ByWeekNo,
    ByMonthDay,
    ByYearDay,
}

/// Whether a field must be given: in JSON and CSV alike, or only in the CSV data package (the
/// schema's `tabular_required`: links that JSON expresses by nesting).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Required {
    No,
    Always,
    Tabular,
}

/// What a field refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A value of the record itself.
    Plain,
    /// A link to the record's parent or to a record it nests, which JSON expresses by nesting:
    /// written in JSON only when the target is not in the directory.
    Link(Target),
    /// A reference JSON never nests (`parent_organization_id`, a term's `parent_id`): always
    /// written.
    Reference(Kind),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Kind(Kind),
    /// Any kind (`attribute.link_id`, `metadata.resource_id`); the named field may say which.
    Any {
        kind_field: &'static str,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    pub name: &'static str,
    pub ty: FieldType,
    pub required: Required,
    /// The values the schema's `enum` allows; empty when any is.
    pub allowed: &'static [&'static str],
    pub role: Role,
}

impl Field {
    const fn new(name: &'static str, ty: FieldType) -> Field {
        Field { name, ty, required: Required::No, allowed: &[], role: Role::Plain }
    }

    const fn required(self) -> Field {
        Field { required: Required::Always, ..self }
    }

    const fn tabular(self) -> Field {
        Field { required: Required::Tabular, ..self }
    }

    const fn one_of(self, allowed: &'static [&'static str]) -> Field {
        Field { allowed, ..self }
    }

    const fn link(self, kind: Kind) -> Field {
        Field { role: Role::Link(Target::Kind(kind)), ..self }
    }

    const fn link_named_by(self, kind_field: &'static str) -> Field {
        Field { role: Role::Link(Target::Any { kind_field }), ..self }
    }

    const fn reference(self, kind: Kind) -> Field {
        Field { role: Role::Reference(kind), ..self }
    }

    /// Whether the field is a link JSON expresses by nesting.
    pub fn is_link(&self) -> bool {
        matches!(self.role, Role::Link(_))
    }
}

/// An object nested in JSON: an array of children that link to this record (`service.phones`,
/// each phone's `service_id`), or one object this record links to (`service.organization`, the
/// service's `organization_id`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Nested {
    pub name: &'static str,
    pub kind: Kind,
    pub many: bool,
    /// The link field: the child's for an array, this record's for one object.
    pub link: &'static str,
    /// Not in `schema/*.json` but in HSDA's compiled shapes (`organization.services`,
    /// `service_at_location.service`): written only at the top of a record, never inside another.
    pub compiled: bool,
}

const fn many(name: &'static str, kind: Kind, link: &'static str) -> Nested {
    Nested { name, kind, many: true, link, compiled: false }
}

const fn one(name: &'static str, kind: Kind, link: &'static str) -> Nested {
    Nested { name, kind, many: false, link, compiled: false }
}

const fn compiled(nested: Nested) -> Nested {
    Nested { compiled: true, ..nested }
}

const fn text(name: &'static str) -> Field {
    Field::new(name, FieldType::Text)
}
const fn number(name: &'static str) -> Field {
    Field::new(name, FieldType::Number)
}
const fn uuid(name: &'static str) -> Field {
    Field::new(name, FieldType::Uuid)
}
const fn uri(name: &'static str) -> Field {
    Field::new(name, FieldType::Uri)
}
const fn email(name: &'static str) -> Field {
    Field::new(name, FieldType::Email)
}
const fn date(name: &'static str) -> Field {
    Field::new(name, FieldType::Date)
}
const fn time(name: &'static str) -> Field {
    Field::new(name, FieldType::Time)
}
const fn date_time(name: &'static str) -> Field {
    Field::new(name, FieldType::DateTime)
}
const fn rule_part(name: &'static str, part: RulePart) -> Field {
    Field::new(name, FieldType::RulePart(part))
}
const ID: Field = uuid("id").required();

const ATTRIBUTES: Nested = many("attributes", Kind::Attribute, "link_id");
const METADATA_OF: Nested = many("metadata", Kind::Metadata, "resource_id");
const LOCATION_TYPES: &[&str] = &["physical", "postal", "virtual"];

static ORGANIZATION: Object = Object {
    kind: Kind::Organization,
    name: "organization",
    file: "organizations.csv",
    fields: &[
        ID,
        text("name").required(),
        text("alternate_name"),
        text("description").required(),
        email("email"),
        uri("website"),
        text("tax_status"),
        text("tax_id"),
        number("year_incorporated"),
        text("legal_status"),
        text("logo"),
        uri("uri"),
        uuid("parent_organization_id").reference(Kind::Organization),
    ],
    nested: &[
        many("funding", Kind::Funding, "organization_id"),
        many("contacts", Kind::Contact, "organization_id"),
        many("phones", Kind::Phone, "organization_id"),
        many("locations", Kind::Location, "organization_id"),
        many("programs", Kind::Program, "organization_id"),
        many("organization_identifiers", Kind::OrganizationIdentifier, "organization_id"),
        ATTRIBUTES,
        METADATA_OF,
        compiled(many("services", Kind::Service, "organization_id")),
    ],
};

static PROGRAM: Object = Object {
    kind: Kind::Program,
    name: "program",
    file: "programs.csv",
    fields: &[
        ID,
        uuid("organization_id").link(Kind::Organization).tabular(),
        text("name").required(),
        text("alternate_name"),
        text("description").required(),
    ],
    nested: &[ATTRIBUTES, METADATA_OF],
};

static SERVICE: Object = Object {
    kind: Kind::Service,
    name: "service",
    file: "services.csv",
    fields: &[
        ID,
        uuid("organization_id").link(Kind::Organization).tabular(),
        uuid("program_id").link(Kind::Program),
        text("name").required(),
        text("alternate_name"),
        text("description"),
        uri("url"),
        email("email"),
        text("status").required().one_of(&["active", "inactive", "defunct", "temporarily closed"]),
        text("interpretation_services"),
        text("application_process"),
        text("fees_description"),
        text("wait_time"),
        text("fees"),
        text("accreditations"),
        text("eligibility_description"),
        number("minimum_age"),
        number("maximum_age"),
        date("assured_date"),
        email("assurer_email"),
        text("licenses"),
        text("alert"),
        date_time("last_modified"),
    ],
    nested: &[
        many("phones", Kind::Phone, "service_id"),
        many("schedules", Kind::Schedule, "service_id"),
        many("service_areas", Kind::ServiceArea, "service_id"),
        many("service_at_locations", Kind::ServiceAtLocation, "service_id"),
        many("languages", Kind::Language, "service_id"),
        one("organization", Kind::Organization, "organization_id"),
        many("funding", Kind::Funding, "service_id"),
        many("cost_options", Kind::CostOption, "service_id"),
        one("program", Kind::Program, "program_id"),
        many("required_documents", Kind::RequiredDocument, "service_id"),
        many("contacts", Kind::Contact, "service_id"),
        ATTRIBUTES,
        METADATA_OF,
    ],
};

static ATTRIBUTE: Object = Object {
    kind: Kind::Attribute,
    name: "attribute",
    file: "attributes.csv",
    fields: &[
        ID,
        uuid("link_id").link_named_by("link_entity").tabular(),
        uuid("taxonomy_term_id").link(Kind::TaxonomyTerm).tabular(),
        text("link_type"),
        text("link_entity").tabular(),
        text("value"),
    ],
    nested: &[one("taxonomy_term", Kind::TaxonomyTerm, "taxonomy_term_id"), METADATA_OF],
};

static SERVICE_AT_LOCATION: Object = Object {
    kind: Kind::ServiceAtLocation,
    name: "service_at_location",
    file: "service_at_location.csv",
    fields: &[
        ID,
        uuid("service_id").link(Kind::Service).tabular(),
        uuid("location_id").link(Kind::Location).tabular(),
        text("description"),
    ],
    nested: &[
        many("contacts", Kind::Contact, "service_at_location_id"),
        many("phones", Kind::Phone, "service_at_location_id"),
        many("schedules", Kind::Schedule, "service_at_location_id"),
        one("location", Kind::Location, "location_id"),
        ATTRIBUTES,
        METADATA_OF,
        compiled(one("service", Kind::Service, "service_id")),
    ],
};

static LOCATION: Object = Object {
    kind: Kind::Location,
    name: "location",
    file: "locations.csv",
    fields: &[
        ID,
        text("location_type").required().one_of(LOCATION_TYPES),
        uri("url"),
        uuid("organization_id").link(Kind::Organization),
        text("name"),
        text("alternate_name"),
        text("description"),
        text("transportation"),
        number("latitude"),
        number("longitude"),
        text("external_identifier"),
        text("external_identifier_type"),
    ],
    nested: &[
        many("languages", Kind::Language, "location_id"),
        many("addresses", Kind::Address, "location_id"),
        many("contacts", Kind::Contact, "location_id"),
        many("accessibility", Kind::Accessibility, "location_id"),
        many("phones", Kind::Phone, "location_id"),
        many("schedules", Kind::Schedule, "location_id"),
        ATTRIBUTES,
        METADATA_OF,
    ],
};

static PHONE: Object = Object {
    kind: Kind::Phone,
    name: "phone",
    file: "phones.csv",
    fields: &[
        ID,
        uuid("location_id").link(Kind::Location),
        uuid("service_id").link(Kind::Service),
        uuid("organization_id").link(Kind::Organization),
        uuid("contact_id").link(Kind::Contact),
        uuid("service_at_location_id").link(Kind::ServiceAtLocation),
        text("number").required(),
        number("extension"),
        text("type"),
        text("description"),
    ],
    nested: &[many("languages", Kind::Language, "phone_id"), ATTRIBUTES, METADATA_OF],
};

static CONTACT: Object = Object {
    kind: Kind::Contact,
    name: "contact",
    file: "contacts.csv",
    fields: &[
        ID,
        uuid("organization_id").link(Kind::Organization),
        uuid("service_id").link(Kind::Service),
        uuid("service_at_location_id").link(Kind::ServiceAtLocation),
        uuid("location_id").link(Kind::Location),
        text("name"),
        text("title"),
        text("department"),
        email("email"),
    ],
    nested: &[many("phones", Kind::Phone, "contact_id"), ATTRIBUTES, METADATA_OF],
};

static ADDRESS: Object = Object {
    kind: Kind::Address,
    name: "address",
    file: "addresses.csv",
    fields: &[
        ID,
        uuid("location_id").link(Kind::Location),
        text("attention"),
        text("address_1").required(),
        text("address_2"),
        text("city").required(),
        text("region"),
        text("state_province").required(),
        text("postal_code").required(),
        text("country").required(),
        text("address_type").required().one_of(LOCATION_TYPES),
    ],
    nested: &[ATTRIBUTES, METADATA_OF],
};

static SCHEDULE: Object = Object {
    kind: Kind::Schedule,
    name: "schedule",
    file: "schedules.csv",
    fields: &[
        ID,
        uuid("service_id").link(Kind::Service),
        uuid("location_id").link(Kind::Location),
        uuid("service_at_location_id").link(Kind::ServiceAtLocation),
        date("valid_from"),
        date("valid_to"),
        date("dtstart"),
        number("timezone"),
        date("until"),
        number("count"),
        text("wkst").one_of(&["MO", "TU", "WE", "TH", "FR", "SA", "SU"]),
        text("freq").one_of(&["WEEKLY", "MONTHLY"]),
        number("interval"),
        rule_part("byday", RulePart::ByDay),
        rule_part("byweekno", RulePart::ByWeekNo),
        rule_part("bymonthday", RulePart::ByMonthDay),
        rule_part("byyearday", RulePart::ByYearDay),
        text("description"),
        time("opens_at"),
        time("closes_at"),
        uri("schedule_link"),
        text("attending_type"),
        text("notes"),
    ],
    nested: &[ATTRIBUTES, METADATA_OF],
};

static FUNDING: Object = Object {
    kind: Kind::Funding,
    name: "funding",
    file: "funding.csv",
    fields: &[
        ID,
        uuid("organization_id").link(Kind::Organization),
        uuid("service_id").link(Kind::Service),
        text("source"),
    ],
    nested: &[ATTRIBUTES, METADATA_OF],
};

static SERVICE_AREA: Object = Object {
    kind: Kind::ServiceArea,
    name: "service_area",
    file: "service_areas.csv",
    fields: &[
        ID,
        uuid("service_id").link(Kind::Service),
        text("name"),
        text("description"),
        text("extent"),
        text("extent_type"),
        // The schema gives this `uri` no format, unlike every other.
        text("uri"),
    ],
    nested: &[ATTRIBUTES, METADATA_OF],
};

static REQUIRED_DOCUMENT: Object = Object {
    kind: Kind::RequiredDocument,
    name: "required_document",
    file: "required_documents.csv",
    fields: &[ID, uuid("service_id").link(Kind::Service), text("document"), uri("uri")],
    nested: &[ATTRIBUTES, METADATA_OF],
};

static LANGUAGE: Object = Object {
    kind: Kind::Language,
    name: "language",
    file: "languages.csv",
    fields: &[
        ID,
        uuid("service_id").link(Kind::Service),
        uuid("location_id").link(Kind::Location),
        uuid("phone_id").link(Kind::Phone),
        text("name"),
        text("code"),
        text("note"),
    ],
    nested: &[ATTRIBUTES, METADATA_OF],
};

static ACCESSIBILITY: Object = Object {
    kind: Kind::Accessibility,
    name: "accessibility",
    file: "accessibility.csv",
    fields: &[ID, uuid("location_id").link(Kind::Location), text("description"), text("details"), uri("url")],
    nested: &[ATTRIBUTES, METADATA_OF],
};

static TAXONOMY_TERM: Object = Object {
    kind: Kind::TaxonomyTerm,
    name: "taxonomy_term",
    file: "taxonomy_terms.csv",
    fields: &[
        ID,
        text("code"),
        text("name").required(),
        text("description").required(),
        uuid("parent_id").reference(Kind::TaxonomyTerm),
        text("taxonomy"),
        text("language"),
        uuid("taxonomy_id").link(Kind::Taxonomy),
        uri("term_uri"),
    ],
    nested: &[one("taxonomy_detail", Kind::Taxonomy, "taxonomy_id"), METADATA_OF],
};

static METADATA: Object = Object {
    kind: Kind::Metadata,
    name: "metadata",
    file: "metadata.csv",
    fields: &[
        ID,
        uuid("resource_id").link_named_by("resource_type").tabular(),
        text("resource_type").tabular(),
        date("last_action_date").required(),
        text("last_action_type").required(),
        text("field_name").required(),
        text("previous_value").required(),
        text("replacement_value").required(),
        text("updated_by").required(),
    ],
    nested: &[],
};

static META_TABLE_DESCRIPTION: Object = Object {
    kind: Kind::MetaTableDescription,
    name: "meta_table_description",
    file: "meta_table_descriptions.csv",
    fields: &[ID, text("name"), text("language"), text("character_set")],
    nested: &[ATTRIBUTES, METADATA_OF],
};

static COST_OPTION: Object = Object {
    kind: Kind::CostOption,
    name: "cost_option",
    file: "cost_options.csv",
    fields: &[
        ID,
        uuid("service_id").link(Kind::Service).tabular(),
        date("valid_from"),
        date("valid_to"),
        text("option"),
        text("currency"),
        number("amount"),
        text("amount_description"),
    ],
    nested: &[ATTRIBUTES, METADATA_OF],
};

static ORGANIZATION_IDENTIFIER: Object = Object {
    kind: Kind::OrganizationIdentifier,
    name: "organization_identifier",
    file: "organization_identifiers.csv",
    fields: &[
        ID,
        uuid("organization_id").link(Kind::Organization).tabular(),
        text("identifier_scheme"),
        text("identifier_type").required(),
        text("identifier").required(),
    ],
    nested: &[ATTRIBUTES, METADATA_OF],
};

static TAXONOMY: Object = Object {
    kind: Kind::Taxonomy,
    name: "taxonomy",
    file: "taxonomies.csv",
    fields: &[ID, text("name").required(), text("description").required(), uri("uri"), text("version")],
    nested: &[METADATA_OF],
};

/// An HSDS id, kept as given (any UUID version). Unique per kind, not across kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct HsdsId(pub Uuid);

impl HsdsId {
    /// Reads the hyphenated form HSDS (and the JSON Schema's `uuid` format) uses, and no other.
    pub fn parse(text: &str) -> Option<HsdsId> {
        let hyphens = text.len() == 36 && [8, 13, 18, 23].iter().all(|&i| text.as_bytes()[i] == b'-');
        if !hyphens {
            return None;
        }
        Uuid::try_parse(text).ok().map(HsdsId)
    }
}

impl fmt::Display for HsdsId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

/// One field's value: text exactly as given, a number as parsed, or an id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text(String),
    Number(Number),
    Id(HsdsId),
}

impl Value {
    pub fn as_id(&self) -> Option<HsdsId> {
        match self {
            Value::Id(id) => Some(*id),
            _ => None,
        }
    }

    pub fn as_text(&self) -> Option<&str> {
        match self {
            Value::Text(text) => Some(text),
            _ => None,
        }
    }

    pub fn as_number(&self) -> Option<&Number> {
        match self {
            Value::Number(n) => Some(n),
            _ => None,
        }
    }

    pub fn to_json(&self) -> serde_json::Value {
        match self {
            Value::Text(text) => serde_json::Value::String(text.clone()),
            Value::Number(n) => serde_json::Value::Number(n.clone()),
            Value::Id(id) => serde_json::Value::String(id.to_string()),
        }
    }

    /// The value as a CSV cell: text verbatim, numbers as serde_json writes them.
    pub fn to_cell(&self) -> String {
        match self {
            Value::Text(text) => text.clone(),
            Value::Number(n) => n.to_string(),
            Value::Id(id) => id.to_string(),
        }
    }
}

/// One HSDS object's fields, links included, in the order of its [`Object::fields`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    kind: Kind,
    id: HsdsId,
    values: Vec<Option<Value>>,
    /// What `attribute.link_id` or `metadata.resource_id` points to, when that is known: from
    /// nesting, or by finding the id among the records.
    link_kind: Option<Kind>,
}

impl Record {
    pub fn new(kind: Kind, id: HsdsId) -> Record {
        let mut values = vec![None; kind.object().fields.len()];
        values[0] = Some(Value::Id(id));
        Record { kind, id, values, link_kind: None }
    }

    pub fn kind(&self) -> Kind {
        self.kind
    }

    pub fn id(&self) -> HsdsId {
        self.id
    }

    pub fn object(&self) -> &'static Object {
        self.kind.object()
    }

    /// The values, one per field of [`Object::fields`].
    pub fn values(&self) -> &[Option<Value>] {
        &self.values
    }

    pub fn value(&self, index: usize) -> Option<&Value> {
        self.values.get(index).and_then(Option::as_ref)
    }

    pub fn get(&self, field: &str) -> Option<&Value> {
        self.object().field_index(field).and_then(|i| self.value(i))
    }

    /// Sets a field other than `id` (which a record keeps for life); returns whether the field
    /// exists.
    pub fn set(&mut self, index: usize, value: Option<Value>) -> bool {
        match self.values.get_mut(index) {
            Some(slot) if index > 0 => {
                *slot = value;
                true
            }
            _ => false,
        }
    }

    pub fn link_kind(&self) -> Option<Kind> {
        self.link_kind
    }

    pub fn set_link_kind(&mut self, kind: Option<Kind>) {
        self.link_kind = kind;
    }

    /// The kind and id a link or reference field points to, when it holds one and its kind is
    /// known.
    pub fn target(&self, index: usize) -> Option<(Kind, HsdsId)> {
        let id = self.value(index)?.as_id()?;
        match self.object().fields.get(index)?.role {
            Role::Plain => None,
            Role::Link(Target::Kind(kind)) | Role::Reference(kind) => Some((kind, id)),
            Role::Link(Target::Any { .. }) => self.link_kind.map(|kind| (kind, id)),
        }
    }
}

/// A directory's records by kind and id, in the order they first appeared.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Dataset {
    records: Vec<Record>,
    index: HashMap<(Kind, HsdsId), usize>,
}

impl Dataset {
    pub fn new() -> Dataset {
        Dataset::default()
    }

    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Every record, in order of first appearance.
    pub fn records(&self) -> &[Record] {
        &self.records
    }

    pub fn of_kind(&self, kind: Kind) -> impl Iterator<Item = &Record> {
        self.records.iter().filter(move |r| r.kind == kind)
    }

    pub fn get(&self, kind: Kind, id: HsdsId) -> Option<&Record> {
        self.position(kind, id).map(|i| &self.records[i])
    }

    pub fn contains(&self, kind: Kind, id: HsdsId) -> bool {
        self.index.contains_key(&(kind, id))
    }

    /// Where a record stands in [`Dataset::records`].
    pub fn position(&self, kind: Kind, id: HsdsId) -> Option<usize> {
        self.index.get(&(kind, id)).copied()
    }

    /// Adds a record after the others; one of the same kind and id is handed back unchanged.
    pub fn insert(&mut self, record: Record) -> Result<usize, Record> {
        let key = (record.kind, record.id);
        if self.index.contains_key(&key) {
            return Err(record);
        }
        let at = self.records.len();
        self.index.insert(key, at);
        self.records.push(record);
        Ok(at)
    }

    /// A record to change; its kind and id stay as they are, so the index stays right.
    pub fn record_mut(&mut self, at: usize) -> Option<&mut Record> {
        self.records.get_mut(at)
    }

    /// The kinds whose records hold this id, `preferred` first when it is one of them.
    pub fn kinds_holding(&self, id: HsdsId, preferred: Option<Kind>) -> Vec<Kind> {
        let mut kinds: Vec<Kind> = Kind::ALL.into_iter().filter(|&k| self.contains(k, id)).collect();
        if let Some(at) = preferred.and_then(|p| kinds.iter().position(|&k| k == p)) {
            kinds[..=at].rotate_right(1);
        }
        kinds
    }

    /// Which records link to which, for walking from a parent to its children.
    pub fn links(&self) -> Links {
        let mut children: HashMap<(Kind, usize, HsdsId), Vec<usize>> = HashMap::new();
        for (at, record) in self.records.iter().enumerate() {
            for (index, field) in record.object().fields.iter().enumerate() {
                if let (Role::Link(_), Some(id)) = (field.role, record.value(index).and_then(Value::as_id)) {
                    children.entry((record.kind, index, id)).or_default().push(at);
                }
            }
        }
        Links { children }
    }
}

/// The children of each record by link field, in order of appearance.
#[derive(Debug, Clone, Default)]
pub struct Links {
    children: HashMap<(Kind, usize, HsdsId), Vec<usize>>,
}

impl Links {
    /// The positions of the records of `kind` whose field `link` points to the record of
    /// `parent_kind` and `parent_id`.
    pub fn children<'a>(
        &'a self,
        dataset: &'a Dataset,
        kind: Kind,
        link: usize,
        parent_kind: Kind,
        parent_id: HsdsId,
    ) -> impl Iterator<Item = &'a Record> {
        let found = self.children.get(&(kind, link, parent_id)).map(Vec::as_slice).unwrap_or_default();
        found
            .iter()
            .filter_map(|&at| dataset.records.get(at))
            .filter(move |r| r.target(link).is_some_and(|(k, _)| k == parent_kind))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_read_only_in_their_hyphenated_form() {
        let id = "ac148810-d857-441c-9679-408f346de14b";
        assert_eq!(HsdsId::parse(id).map(|i| i.to_string()), Some(id.to_string()));
        assert_eq!(HsdsId::parse("AC148810-D857-441C-9679-408F346DE14B").map(|i| i.to_string()), Some(id.to_string()));
        for bad in ["ac148810d857441c9679408f346de14b", "{ac148810-d857-441c-9679-408f346de14b}", "", "ac148810"] {
            assert_eq!(HsdsId::parse(bad), None, "{bad}");
        }
        assert_eq!(HsdsId::parse("ac148810-d857-441c-9679-408f346de14g"), None);
    }

    #[test]
    fn every_kind_has_its_own_row_with_id_first() {
        for kind in Kind::ALL {
            let object = kind.object();
            assert_eq!(object.kind, kind);
            assert_eq!(Kind::from_name(object.name), Some(kind));
            assert_eq!(object.fields[0], ID, "{kind}");
            for nested in object.nested {
                let owner = if nested.many { nested.kind.object() } else { object };
                assert!(
                    owner.field_index(nested.link).is_some_and(|i| owner.fields[i].is_link()),
                    "{kind}.{}",
                    nested.name
                );
            }
        }
    }

    #[test]
    fn a_record_keeps_its_id() {
        let id = HsdsId(Uuid::from_u128(7));
        let mut record = Record::new(Kind::Phone, id);
        assert!(!record.set(0, Some(Value::Text("x".into()))));
        assert!(!record.set(99, None));
        assert!(record.set(6, Some(Value::Text("1".into()))));
        assert_eq!(record.get("id"), Some(&Value::Id(id)));
        assert_eq!(record.get("number"), Some(&Value::Text("1".into())));
    }

    #[test]
    fn kinds_holding_an_id_put_the_preferred_one_first() {
        let id = HsdsId(Uuid::from_u128(1));
        let mut dataset = Dataset::new();
        for kind in [Kind::Service, Kind::Location, Kind::Phone] {
            assert!(dataset.insert(Record::new(kind, id)).is_ok());
        }
        assert!(dataset.insert(Record::new(Kind::Phone, id)).is_err());
        assert_eq!(dataset.kinds_holding(id, Some(Kind::Phone)), [Kind::Phone, Kind::Service, Kind::Location]);
        assert_eq!(dataset.kinds_holding(id, Some(Kind::Contact)), [Kind::Service, Kind::Location, Kind::Phone]);
        assert_eq!(dataset.kinds_holding(id, None), [Kind::Service, Kind::Location, Kind::Phone]);
    }
}

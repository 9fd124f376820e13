//! XLSForm's expressions: the subset of ODK XPath that `relevant`, `constraint`, `calculation`
//! and `choice_filter` use in real forms, parsed once and evaluated on the server, so that a
//! survey answered on a page without JavaScript, typed in from paper or imported from
//! KoboToolbox is judged by the same rules.
//!
//! Values follow XPath 1.0 (string, number, boolean and their conversions) with ODK's dates on
//! top. Where ODK differs from XPath 1.0, this module follows ODK:
//! - a date (`today()`, `date()`) is a value of its own; as a number it is the days since
//!   1970-01-01, as a string `YYYY-MM-DD`. Answers are untyped texts here, so a text in ISO form
//!   (`2024-05-01`, `2024-05-01T10:20:00`) also counts as that date when used as a number:
//!   `${d} > today()`, `. <= today()` and `today() - ${birth} > 6570` work as they do in ODK
//!   Collect, where such an answer would be typed as a date (XPath 1.0 would give NaN);
//! - `round(x, digits)` rounds half away from zero; `round(x)` rounds half up, as XPath does;
//! - `substr(s, start, end)` counts from 0 and stops before `end`;
//! - `regex()` matches when the pattern matches part of the text, as in ODK Collect and Enketo.
//!
//! Spreadsheets turn straight quotes into curly ones as people type, and real forms carry them
//! (`${leader_name} = ‘other’`): `‘…’` and `“…”` are read as quoted texts too.
//!
//! Input is hostile until checked: sources over [`MAX_SOURCE_CHARS`] characters and nesting of
//! parentheses, calls and signs over [`MAX_NESTING`] levels are refused, and so is a chain of
//! operators making a tree over [`MAX_TREE_DEPTH`] levels deep, so evaluation's recursion is
//! bounded.

mod regex;

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

use self::regex::Regex;

pub const MAX_SOURCE_CHARS: usize = 2_000;
/// Deepest nesting of parentheses, function calls and unary minus.
pub const MAX_NESTING: usize = 32;
/// Deepest expression tree, chains of operators included (`a or b or c …`).
pub const MAX_TREE_DEPTH: usize = 256;

/// A parsed expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    Number(f64),
    String(String),
    /// `${name}`: the answer to the question `name`.
    Ref(String),
    /// `.`: the answer being checked (in a `constraint`).
    Current,
    /// A bare name: in a `choice_filter`, the choice's own column of that name.
    Column(String),
    Neg(Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    Call(Func, Vec<Expr>),
    /// `regex(subject, 'pattern')` with the pattern compiled when the form was read.
    Matches(Box<Expr>, Box<Regex>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Or,
    And,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Add,
    Sub,
    Mul,
    Div,
    Mod,
}

/// The functions supported: those real forms use in the columns evaluated on the server.
/// Others (`jr:choice-name`, `pulldata`, `indexed-repeat`, `format-date`, `uuid`, `random`, …) are
/// refused when the form is read, naming the function.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Func {
    Selected,
    SelectedAt,
    CountSelected,
    Not,
    True,
    False,
    If,
    Coalesce,
    Concat,
    StringLength,
    NormalizeSpace,
    Contains,
    StartsWith,
    EndsWith,
    Substr,
    Substring,
    Regex,
    Int,
    Number,
    String,
    Boolean,
    BooleanFromString,
    Round,
    Floor,
    Ceiling,
    Abs,
    Min,
    Max,
    Pow,
    Sqrt,
    Exp,
    Exp10,
    Log,
    Log10,
    Sin,
    Cos,
    Tan,
    Asin,
    Acos,
    Atan,
    Atan2,
    Pi,
    Today,
    Now,
    Date,
    DecimalDateTime,
}

/// Name, function, fewest and most arguments (`None`: any number).
const FUNCTIONS: &[(&str, Func, usize, Option<usize>)] = &[
    ("selected", Func::Selected, 2, Some(2)),
    ("selected-at", Func::SelectedAt, 2, Some(2)),
    ("count-selected", Func::CountSelected, 1, Some(1)),
    ("not", Func::Not, 1, Some(1)),
    ("true", Func::True, 0, Some(0)),
    ("false", Func::False, 0, Some(0)),
    ("if", Func::If, 3, Some(3)),
    ("coalesce", Func::Coalesce, 2, None),
    ("concat", Func::Concat, 0, None),
    ("string-length", Func::StringLength, 0, Some(1)),
    ("normalize-space", Func::NormalizeSpace, 0, Some(1)),
    ("contains", Func::Contains, 2, Some(2)),
    ("starts-with", Func::StartsWith, 2, Some(2)),
    ("ends-with", Func::EndsWith, 2, Some(2)),
    ("substr", Func::Substr, 2, Some(3)),
    ("substring", Func::Substring, 2, Some(3)),
    ("regex", Func::Regex, 2, Some(2)),
    ("int", Func::Int, 1, Some(1)),
    ("number", Func::Number, 0, Some(1)),
    ("string", Func::String, 0, Some(1)),
    ("boolean", Func::Boolean, 1, Some(1)),
    ("boolean-from-string", Func::BooleanFromString, 1, Some(1)),
    ("round", Func::Round, 1, Some(2)),
    ("floor", Func::Floor, 1, Some(1)),
    ("ceiling", Func::Ceiling, 1, Some(1)),
    ("abs", Func::Abs, 1, Some(1)),
    ("min", Func::Min, 1, None),
    ("max", Func::Max, 1, None),
    ("pow", Func::Pow, 2, Some(2)),
    ("sqrt", Func::Sqrt, 1, Some(1)),
    ("exp", Func::Exp, 1, Some(1)),
    ("exp10", Func::Exp10, 1, Some(1)),
    ("log", Func::Log, 1, Some(1)),
    ("log10", Func::Log10, 1, Some(1)),
    ("sin", Func::Sin, 1, Some(1)),
    ("cos", Func::Cos, 1, Some(1)),
    ("tan", Func::Tan, 1, Some(1)),
    ("asin", Func::Asin, 1, Some(1)),
    ("acos", Func::Acos, 1, Some(1)),
    ("atan", Func::Atan, 1, Some(1)),
    ("atan2", Func::Atan2, 2, Some(2)),
    ("pi", Func::Pi, 0, Some(0)),
    ("today", Func::Today, 0, Some(0)),
    ("now", Func::Now, 0, Some(0)),
    ("date", Func::Date, 1, Some(1)),
    ("decimal-date-time", Func::DecimalDateTime, 1, Some(1)),
];

impl Func {
    pub fn name(self) -> &'static str {
        FUNCTIONS.iter().find(|(_, f, _, _)| *f == self).map(|(n, _, _, _)| *n).unwrap_or("")
    }
}

/// Why an expression cannot be used. [`ExprError::code`] gives a stable key for messages.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExprError {
    #[error("the expression is empty")]
    Empty,
    #[error("the expression is longer than {MAX_SOURCE_CHARS} characters")]
    TooLong,
    #[error("the expression nests too deeply")]
    TooDeep,
    #[error("unexpected {found} at character {at}")]
    Unexpected { at: usize, found: String },
    #[error("the quoted text starting at character {at} is not closed")]
    UnclosedString { at: usize },
    #[error("the `${{` at character {at} has no closing `}}`")]
    UnclosedRef { at: usize },
    #[error("the `${{…}}` at character {at} does not hold a question name")]
    BadRef { at: usize },
    #[error("{what} at character {at} is not supported")]
    Unsupported { at: usize, what: String },
    #[error("the function {0}() is not supported")]
    UnsupportedFunction(String),
    #[error("{name}() takes {expected} arguments, not {found}")]
    Arity { name: String, expected: String, found: usize },
    #[error("the regular expression cannot be used: {0}")]
    Regex(String),
}

impl ExprError {
    /// A stable kebab-case key, for messages translated by the pages and import reports.
    pub fn code(&self) -> &'static str {
        match self {
            ExprError::Empty => "expr-empty",
            ExprError::TooLong => "expr-too-long",
            ExprError::TooDeep => "expr-too-deep",
            ExprError::Unexpected { .. } => "expr-unexpected",
            ExprError::UnclosedString { .. } => "expr-unclosed-string",
            ExprError::UnclosedRef { .. } => "expr-unclosed-reference",
            ExprError::BadRef { .. } => "expr-bad-reference",
            ExprError::Unsupported { .. } => "expr-unsupported-syntax",
            ExprError::UnsupportedFunction(_) => "expr-unsupported-function",
            ExprError::Arity { .. } => "expr-wrong-argument-count",
            ExprError::Regex(_) => "expr-unsupported-regex",
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Tokens

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(f64),
    Str(String),
    Ref(String),
    Dot,
    Name(String),
    LParen,
    RParen,
    Comma,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Plus,
    Minus,
    Star,
}

impl Tok {
    fn describe(&self) -> String {
        match self {
            Tok::Num(n) => format!("the number {n}"),
            Tok::Str(_) => "a quoted text".to_string(),
            Tok::Ref(n) => format!("${{{n}}}"),
            Tok::Dot => "`.`".to_string(),
            Tok::Name(n) => format!("`{n}`"),
            Tok::LParen => "`(`".to_string(),
            Tok::RParen => "`)`".to_string(),
            Tok::Comma => "`,`".to_string(),
            Tok::Eq => "`=`".to_string(),
            Tok::Ne => "`!=`".to_string(),
            Tok::Lt => "`<`".to_string(),
            Tok::Le => "`<=`".to_string(),
            Tok::Gt => "`>`".to_string(),
            Tok::Ge => "`>=`".to_string(),
            Tok::Plus => "`+`".to_string(),
            Tok::Minus => "`-`".to_string(),
            Tok::Star => "`*`".to_string(),
        }
    }
}

fn is_name_start(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '-' | '.')
}

/// Splits a source into tokens, each with its position (1-based, in characters).
fn tokenize(chars: &[char]) -> Result<Vec<(usize, Tok)>, ExprError> {
    let mut toks = Vec::new();
    let mut i = 0;
    let at = |i: usize| i + 1;
    while let Some(&c) = chars.get(i) {
        let next = chars.get(i + 1).copied();
        let start = i;
        let tok = match c {
            c if c.is_whitespace() => {
                i += 1;
                continue;
            }
            '0'..='9' => {
                let (n, end) = number(chars, i);
                i = end;
                Tok::Num(n)
            }
            '.' if next.is_some_and(|n| n.is_ascii_digit()) => {
                let (n, end) = number(chars, i);
                i = end;
                Tok::Num(n)
            }
            '.' if next == Some('.') => {
                return Err(ExprError::Unsupported { at: at(i), what: "the parent step `..`".to_string() })
            }
            '.' => {
                i += 1;
                Tok::Dot
            }
            '\'' | '"' | '‘' | '“' => {
                let close: &[char] = match c {
                    '\'' => &['\''],
                    '"' => &['"'],
                    '‘' => &['’', '‘'],
                    _ => &['”', '“'],
                };
                let rest = chars.get(i + 1..).unwrap_or(&[]);
                let len = rest.iter().position(|c| close.contains(c)).ok_or(ExprError::UnclosedString { at: at(i) })?;
                let text: String = rest.iter().take(len).collect();
                i += len + 2;
                Tok::Str(text)
            }
            '$' if next == Some('{') => {
                let rest = chars.get(i + 2..).unwrap_or(&[]);
                let len = rest.iter().position(|&c| c == '}').ok_or(ExprError::UnclosedRef { at: at(i) })?;
                let name: String = rest.iter().take(len).collect();
                let name = name.trim();
                let valid = name.chars().next().is_some_and(is_name_start) && name.chars().all(is_name_char);
                if !valid {
                    return Err(ExprError::BadRef { at: at(i) });
                }
                i += len + 3;
                Tok::Ref(name.to_string())
            }
            c if is_name_start(c) => {
                let len = chars.get(i..).unwrap_or(&[]).iter().take_while(|&&c| is_name_char(c) || c == ':').count();
                let name: String = chars.get(i..i + len).unwrap_or(&[]).iter().collect();
                i += len;
                Tok::Name(name)
            }
            '(' | ')' | ',' | '+' | '-' | '*' | '=' => {
                i += 1;
                match c {
                    '(' => Tok::LParen,
                    ')' => Tok::RParen,
                    ',' => Tok::Comma,
                    '+' => Tok::Plus,
                    '-' => Tok::Minus,
                    '*' => Tok::Star,
                    _ => Tok::Eq,
                }
            }
            '!' if next == Some('=') => {
                i += 2;
                Tok::Ne
            }
            '<' | '>' => {
                let or_equal = next == Some('=');
                i += if or_equal { 2 } else { 1 };
                match (c, or_equal) {
                    ('<', false) => Tok::Lt,
                    ('<', true) => Tok::Le,
                    (_, false) => Tok::Gt,
                    (_, true) => Tok::Ge,
                }
            }
            '/' | '[' | ']' | '@' | '|' | '$' => {
                return Err(ExprError::Unsupported {
                    at: at(i),
                    what: format!("`{c}` (paths, predicates, unions and variables)"),
                })
            }
            c => return Err(ExprError::Unexpected { at: at(i), found: format!("`{c}`") }),
        };
        toks.push((at(start), tok));
    }
    Ok(toks)
}

/// Reads XPath's number: digits with at most one decimal point (no sign, no exponent).
fn number(chars: &[char], start: usize) -> (f64, usize) {
    let mut end = start;
    let mut seen_point = false;
    while let Some(&c) = chars.get(end) {
        if c.is_ascii_digit() || (c == '.' && !seen_point) {
            seen_point |= c == '.';
            end += 1;
        } else {
            break;
        }
    }
    let text: String = chars.get(start..end).unwrap_or(&[]).iter().collect();
    (text.parse().unwrap_or(f64::NAN), end)
}

// ---------------------------------------------------------------------------------------------
// Parser

/// Parses an expression, refusing what the evaluator cannot do (naming it) and hostile input.
pub fn parse(src: &str) -> Result<Expr, ExprError> {
    if src.chars().count() > MAX_SOURCE_CHARS {
        return Err(ExprError::TooLong);
    }
    let chars: Vec<char> = src.chars().collect();
    let toks = tokenize(&chars)?;
    if toks.is_empty() {
        return Err(ExprError::Empty);
    }
    let mut parser = Parser { toks, pos: 0, nesting: 0 };
    let (expr, _) = parser.or()?;
    if let Some((at, tok)) = parser.toks.get(parser.pos) {
        return Err(ExprError::Unexpected { at: *at, found: tok.describe() });
    }
    Ok(expr)
}

struct Parser {
    toks: Vec<(usize, Tok)>,
    pos: usize,
    nesting: usize,
}

/// An expression with the depth of its tree.
type Parsed = (Expr, usize);

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos).map(|(_, t)| t)
    }

    fn at(&self) -> usize {
        self.toks.get(self.pos).map(|(a, _)| *a).or_else(|| self.toks.last().map(|(a, _)| *a + 1)).unwrap_or(1)
    }

    fn unexpected(&self) -> ExprError {
        match self.toks.get(self.pos) {
            Some((at, tok)) => ExprError::Unexpected { at: *at, found: tok.describe() },
            None => ExprError::Unexpected { at: self.at(), found: "the end of the expression".to_string() },
        }
    }

    fn enter(&mut self) -> Result<(), ExprError> {
        self.nesting += 1;
        if self.nesting > MAX_NESTING {
            Err(ExprError::TooDeep)
        } else {
            Ok(())
        }
    }

    fn leave(&mut self) {
        self.nesting = self.nesting.saturating_sub(1);
    }

    /// The operator of the current token when it is one of `ops`' (`and`, `or`, `div` and `mod`
    /// are names that act as operators where an operator is expected).
    fn operator(&self, ops: &[(Tok, BinOp)], names: &[(&str, BinOp)]) -> Option<BinOp> {
        let tok = self.peek()?;
        if let Tok::Name(n) = tok {
            return names.iter().find(|(name, _)| name == n).map(|(_, op)| *op);
        }
        ops.iter().find(|(t, _)| t == tok).map(|(_, op)| *op)
    }

    fn chain(
        &mut self,
        ops: &[(Tok, BinOp)],
        names: &[(&str, BinOp)],
        next: fn(&mut Parser) -> Result<Parsed, ExprError>,
    ) -> Result<Parsed, ExprError> {
        let (mut left, mut depth) = next(self)?;
        while let Some(op) = self.operator(ops, names) {
            self.pos += 1;
            let (right, right_depth) = next(self)?;
            depth = depth.max(right_depth) + 1;
            if depth > MAX_TREE_DEPTH {
                return Err(ExprError::TooDeep);
            }
            left = Expr::Binary(op, Box::new(left), Box::new(right));
        }
        Ok((left, depth))
    }

    fn or(&mut self) -> Result<Parsed, ExprError> {
        self.chain(&[], &[("or", BinOp::Or)], Parser::and)
    }

    fn and(&mut self) -> Result<Parsed, ExprError> {
        self.chain(&[], &[("and", BinOp::And)], Parser::equality)
    }

    fn equality(&mut self) -> Result<Parsed, ExprError> {
        self.chain(&[(Tok::Eq, BinOp::Eq), (Tok::Ne, BinOp::Ne)], &[], Parser::relational)
    }

    fn relational(&mut self) -> Result<Parsed, ExprError> {
        let ops = [(Tok::Lt, BinOp::Lt), (Tok::Le, BinOp::Le), (Tok::Gt, BinOp::Gt), (Tok::Ge, BinOp::Ge)];
        self.chain(&ops, &[], Parser::additive)
    }

    fn additive(&mut self) -> Result<Parsed, ExprError> {
        self.chain(&[(Tok::Plus, BinOp::Add), (Tok::Minus, BinOp::Sub)], &[], Parser::multiplicative)
    }

    fn multiplicative(&mut self) -> Result<Parsed, ExprError> {
        self.chain(&[(Tok::Star, BinOp::Mul)], &[("div", BinOp::Div), ("mod", BinOp::Mod)], Parser::unary)
    }

    fn unary(&mut self) -> Result<Parsed, ExprError> {
        if self.peek() == Some(&Tok::Minus) {
            self.pos += 1;
            self.enter()?;
            let (inner, depth) = self.unary()?;
            self.leave();
            return Ok((Expr::Neg(Box::new(inner)), depth + 1));
        }
        self.primary()
    }

    fn primary(&mut self) -> Result<Parsed, ExprError> {
        let at = self.at();
        let Some(tok) = self.peek().cloned() else { return Err(self.unexpected()) };
        match tok {
            Tok::Num(n) => {
                self.pos += 1;
                Ok((Expr::Number(n), 1))
            }
            Tok::Str(s) => {
                self.pos += 1;
                Ok((Expr::String(s), 1))
            }
            Tok::Ref(name) => {
                self.pos += 1;
                Ok((Expr::Ref(name), 1))
            }
            Tok::Dot => {
                self.pos += 1;
                Ok((Expr::Current, 1))
            }
            Tok::LParen => {
                self.pos += 1;
                self.enter()?;
                let (inner, depth) = self.or()?;
                self.leave();
                if self.peek() != Some(&Tok::RParen) {
                    return Err(self.unexpected());
                }
                self.pos += 1;
                Ok((inner, depth))
            }
            Tok::Name(name) => {
                self.pos += 1;
                if self.peek() == Some(&Tok::LParen) {
                    self.pos += 1;
                    return self.call(&name);
                }
                if matches!(name.as_str(), "and" | "or" | "div" | "mod") || name.contains(':') {
                    return Err(ExprError::Unexpected { at, found: format!("`{name}`") });
                }
                Ok((Expr::Column(name), 1))
            }
            Tok::Star => Err(ExprError::Unsupported { at, what: "the name test `*`".to_string() }),
            _ => Err(self.unexpected()),
        }
    }

    /// A call, after its opening parenthesis.
    fn call(&mut self, name: &str) -> Result<Parsed, ExprError> {
        let Some(&(_, func, min, max)) = FUNCTIONS.iter().find(|(n, _, _, _)| *n == name) else {
            return Err(ExprError::UnsupportedFunction(name.to_string()));
        };
        self.enter()?;
        let mut args = Vec::new();
        let mut depth = 0;
        if self.peek() == Some(&Tok::RParen) {
            self.pos += 1;
        } else {
            loop {
                let (arg, d) = self.or()?;
                depth = depth.max(d);
                args.push(arg);
                match self.peek() {
                    Some(Tok::Comma) => self.pos += 1,
                    Some(Tok::RParen) => {
                        self.pos += 1;
                        break;
                    }
                    _ => return Err(self.unexpected()),
                }
            }
        }
        self.leave();
        if args.len() < min || max.is_some_and(|max| args.len() > max) {
            let expected = match max {
                Some(max) if max == min => min.to_string(),
                Some(max) => format!("{min} to {max}"),
                None => format!("at least {min}"),
            };
            return Err(ExprError::Arity { name: name.to_string(), expected, found: args.len() });
        }
        if func == Func::Regex {
            if let [subject, Expr::String(pattern)] = args.as_slice() {
                let regex = Regex::new(pattern).map_err(ExprError::Regex)?;
                return Ok((Expr::Matches(Box::new(subject.clone()), Box::new(regex)), depth + 1));
            }
        }
        Ok((Expr::Call(func, args), depth + 1))
    }
}

/// The question names an expression refers to (`${name}`), each once, in order of first use.
pub fn references(expr: &Expr) -> Vec<String> {
    let mut names = Vec::new();
    collect_references(expr, &mut names);
    names
}

fn collect_references(expr: &Expr, names: &mut Vec<String>) {
    match expr {
        Expr::Ref(name) => {
            if !names.contains(name) {
                names.push(name.clone());
            }
        }
        Expr::Neg(inner) | Expr::Matches(inner, _) => collect_references(inner, names),
        Expr::Binary(_, a, b) => {
            collect_references(a, names);
            collect_references(b, names);
        }
        Expr::Call(_, args) => args.iter().for_each(|a| collect_references(a, names)),
        Expr::Number(_) | Expr::String(_) | Expr::Current | Expr::Column(_) => {}
    }
}

// ---------------------------------------------------------------------------------------------
// Values

/// A value: XPath 1.0's string, number and boolean, plus ODK's date and date-time.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    String(String),
    Number(f64),
    Boolean(bool),
    Date(NaiveDate),
    DateTime(NaiveDateTime),
}

fn epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default()
}

fn days_since_epoch(date: NaiveDate) -> f64 {
    (date - epoch()).num_days() as f64
}

fn decimal_days(at: NaiveDateTime) -> f64 {
    let time = at.time();
    let seconds = f64::from(time.num_seconds_from_midnight()) + f64::from(time.nanosecond()) / 1e9;
    days_since_epoch(at.date()) + seconds / 86_400.0
}

fn date_from_days(days: f64) -> Option<NaiveDate> {
    if !days.is_finite() || days.abs() > 3_000_000.0 {
        return None;
    }
    epoch().checked_add_signed(Duration::try_days(days.floor() as i64)?)
}

/// Reads `YYYY-MM-DD`, strictly (four-digit year, two-digit month and day).
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() });
    if !shape {
        return None;
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// Reads a time of day `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fff`, optionally followed by `Z` or an
/// offset `±HH:MM` as ODK writes times; the offset is not applied.
pub fn parse_time(s: &str) -> Option<NaiveTime> {
    let body = strip_offset(s)?;
    let b = body.as_bytes();
    let two = |i: usize| -> Option<u32> {
        let d = b.get(i..i + 2)?;
        if d.iter().all(u8::is_ascii_digit) {
            std::str::from_utf8(d).ok()?.parse().ok()
        } else {
            None
        }
    };
    let hour = two(0)?;
    if b.get(2) != Some(&b':') {
        return None;
    }
    let minute = two(3)?;
    let (second, nanos) = match b.len() {
        5 => (0, 0),
        8.. if b.get(5) == Some(&b':') => {
            let second = two(6)?;
            let frac = body.get(8..)?;
            let nanos = if frac.is_empty() {
                0
            } else {
                let digits = frac.strip_prefix('.')?;
                if digits.is_empty() || digits.len() > 9 || !digits.bytes().all(|c| c.is_ascii_digit()) {
                    return None;
                }
                format!("{digits:0<9}").parse().ok()?
            };
            (second, nanos)
        }
        _ => return None,
    };
    NaiveTime::from_hms_nano_opt(hour, minute, second, nanos)
}

fn strip_offset(s: &str) -> Option<&str> {
    if let Some(body) = s.strip_suffix('Z') {
        return Some(body);
    }
    // `+02:00`, `-05:00`, `+0200`.
    for len in [6, 5] {
        if s.len() > len && s.is_char_boundary(s.len() - len) {
            let (body, offset) = s.split_at(s.len() - len);
            let ob = offset.as_bytes();
            let signed = matches!(ob.first(), Some(b'+' | b'-'));
            let digits = ob.iter().skip(1).filter(|c| c.is_ascii_digit()).count();
            let colon_ok = if len == 6 { ob.get(3) == Some(&b':') } else { true };
            if signed && digits == 4 && colon_ok && body.len() >= 5 {
                return Some(body);
            }
        }
    }
    Some(s)
}

/// Reads an ISO 8601 date and time, `YYYY-MM-DDTHH:MM[:SS[.fff]]` with an optional `Z` or offset
/// (not applied).
pub fn parse_date_time(s: &str) -> Option<NaiveDateTime> {
    let (date, time) = s.split_once('T')?;
    Some(parse_date(date)?.and_time(parse_time(time)?))
}

/// XPath's number(string): optional spaces, an optional minus, digits with at most one point.
fn string_to_number(s: &str) -> f64 {
    let t = s.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\r'));
    let digits = t.strip_prefix('-').unwrap_or(t);
    let well_formed = !digits.is_empty()
        && digits.bytes().all(|c| c.is_ascii_digit() || c == b'.')
        && digits.bytes().filter(|&c| c == b'.').count() <= 1
        && digits != ".";
    if well_formed {
        return t.parse().unwrap_or(f64::NAN);
    }
    // ODK types date answers; here answers are texts, so a text in ISO form is read as its date.
    if let Some(date) = parse_date(t) {
        return days_since_epoch(date);
    }
    parse_date_time(t).map(decimal_days).unwrap_or(f64::NAN)
}

/// XPath's string(number): integers without a point, no exponent, `NaN` and `Infinity` spelled out.
pub fn number_to_string(n: f64) -> String {
    if n.is_nan() {
        "NaN".to_string()
    } else if n == f64::INFINITY {
        "Infinity".to_string()
    } else if n == f64::NEG_INFINITY {
        "-Infinity".to_string()
    } else if n == 0.0 {
        "0".to_string()
    } else {
        format!("{n}")
    }
}

impl Value {
    /// XPath's `string()`.
    pub fn to_text(&self) -> String {
        match self {
            Value::String(s) => s.clone(),
            Value::Number(n) => number_to_string(*n),
            Value::Boolean(b) => b.to_string(),
            Value::Date(d) => d.format("%Y-%m-%d").to_string(),
            Value::DateTime(t) => t.format("%Y-%m-%dT%H:%M:%S%.3f").to_string(),
        }
    }

    /// XPath's `number()` (a date counts the days since 1970-01-01, as in ODK).
    pub fn to_number(&self) -> f64 {
        match self {
            Value::String(s) => string_to_number(s),
            Value::Number(n) => *n,
            Value::Boolean(b) => f64::from(u8::from(*b)),
            Value::Date(d) => days_since_epoch(*d),
            Value::DateTime(t) => decimal_days(*t),
        }
    }

    /// XPath's `boolean()`: a non-empty text is true (even `'false'`), a number unless 0 or NaN.
    pub fn to_bool(&self) -> bool {
        match self {
            Value::String(s) => !s.is_empty(),
            Value::Number(n) => *n != 0.0 && !n.is_nan(),
            Value::Boolean(b) => *b,
            Value::Date(_) | Value::DateTime(_) => true,
        }
    }

    fn is_numeric(&self) -> bool {
        matches!(self, Value::Number(_) | Value::Date(_) | Value::DateTime(_))
    }
}

/// What an expression reads: the answers, the answer being checked, a choice's columns and the
/// day it is evaluated on (time is handed in, never read from the clock).
pub trait Context {
    /// The answer to the question `name`; an unanswered or unknown question reads as empty.
    fn answer(&self, name: &str) -> Option<&str>;
    /// The answer `.` stands for.
    fn current(&self) -> Option<&str>;
    /// A column of the choice a `choice_filter` is testing.
    fn column(&self, name: &str) -> Option<&str>;
    fn today(&self) -> NaiveDate;
    /// What `now()` gives: midnight of `today()` unless the caller knows the time.
    fn now(&self) -> NaiveDateTime {
        self.today().and_time(NaiveTime::MIN)
    }
}

/// Evaluates an expression. Never fails: what XPath would give as NaN or an empty text does so.
pub fn eval(expr: &Expr, ctx: &dyn Context) -> Value {
    match expr {
        Expr::Number(n) => Value::Number(*n),
        Expr::String(s) => Value::String(s.clone()),
        Expr::Ref(name) => Value::String(ctx.answer(name).unwrap_or("").to_string()),
        Expr::Current => Value::String(ctx.current().unwrap_or("").to_string()),
        Expr::Column(name) => Value::String(ctx.column(name).unwrap_or("").to_string()),
        Expr::Neg(inner) => Value::Number(-eval(inner, ctx).to_number()),
        Expr::Binary(op, a, b) => binary(*op, a, b, ctx),
        Expr::Call(func, args) => call(*func, args, ctx),
        Expr::Matches(subject, regex) => Value::Boolean(regex.is_match(&eval(subject, ctx).to_text())),
    }
}

/// Evaluates to a boolean, as `relevant` and `constraint` are read.
pub fn eval_bool(expr: &Expr, ctx: &dyn Context) -> bool {
    eval(expr, ctx).to_bool()
}

fn binary(op: BinOp, a: &Expr, b: &Expr, ctx: &dyn Context) -> Value {
    match op {
        BinOp::Or => return Value::Boolean(eval_bool(a, ctx) || eval_bool(b, ctx)),
        BinOp::And => return Value::Boolean(eval_bool(a, ctx) && eval_bool(b, ctx)),
        _ => {}
    }
    let (x, y) = (eval(a, ctx), eval(b, ctx));
    match op {
        BinOp::Eq => return Value::Boolean(equal(&x, &y)),
        BinOp::Ne => return Value::Boolean(!equal(&x, &y)),
        _ => {}
    }
    let (p, q) = (x.to_number(), y.to_number());
    match op {
        BinOp::Lt => Value::Boolean(p < q),
        BinOp::Le => Value::Boolean(p <= q),
        BinOp::Gt => Value::Boolean(p > q),
        BinOp::Ge => Value::Boolean(p >= q),
        BinOp::Add => Value::Number(p + q),
        BinOp::Sub => Value::Number(p - q),
        BinOp::Mul => Value::Number(p * q),
        BinOp::Div => Value::Number(p / q),
        // XPath's mod keeps the dividend's sign, as Rust's % does.
        BinOp::Mod => Value::Number(p % q),
        BinOp::Or | BinOp::And | BinOp::Eq | BinOp::Ne => Value::Boolean(false),
    }
}

/// XPath 1.0's `=`: as booleans if either side is one, else as numbers if either is a number
/// (or a date), else as texts.
fn equal(x: &Value, y: &Value) -> bool {
    if matches!(x, Value::Boolean(_)) || matches!(y, Value::Boolean(_)) {
        x.to_bool() == y.to_bool()
    } else if x.is_numeric() || y.is_numeric() {
        x.to_number() == y.to_number()
    } else {
        x.to_text() == y.to_text()
    }
}

fn call(func: Func, args: &[Expr], ctx: &dyn Context) -> Value {
    let arg = |i: usize| args.get(i).map(|a| eval(a, ctx));
    let text = |i: usize| arg(i).map(|v| v.to_text()).unwrap_or_default();
    let num = |i: usize| arg(i).map(|v| v.to_number()).unwrap_or(f64::NAN);
    // The one-argument text functions read `.` when called without one, as XPath's do.
    let text_or_current = |i: usize| if args.is_empty() { ctx.current().unwrap_or("").to_string() } else { text(i) };
    let boolean = Value::Boolean;
    let number = Value::Number;
    match func {
        Func::Selected => {
            let wanted = text(1);
            let wanted = wanted.trim();
            boolean(text(0).split_whitespace().any(|c| c == wanted))
        }
        Func::SelectedAt => {
            let at = num(1);
            let list = text(0);
            let item = if at >= 0.0 && at.fract() == 0.0 {
                list.split_whitespace().nth(at as usize).unwrap_or("").to_string()
            } else {
                String::new()
            };
            Value::String(item)
        }
        Func::CountSelected => number(text(0).split_whitespace().count() as f64),
        Func::Not => boolean(!arg(0).is_some_and(|v| v.to_bool())),
        Func::True => boolean(true),
        Func::False => boolean(false),
        Func::If => {
            if arg(0).is_some_and(|v| v.to_bool()) {
                arg(1).unwrap_or(Value::String(String::new()))
            } else {
                arg(2).unwrap_or(Value::String(String::new()))
            }
        }
        Func::Coalesce => {
            args.iter().map(|a| eval(a, ctx)).find(|v| !v.to_text().is_empty()).unwrap_or(Value::String(String::new()))
        }
        Func::Concat => Value::String(args.iter().map(|a| eval(a, ctx).to_text()).collect()),
        Func::StringLength => number(text_or_current(0).chars().count() as f64),
        Func::NormalizeSpace => Value::String(text_or_current(0).split_whitespace().collect::<Vec<_>>().join(" ")),
        Func::Contains => boolean(text(0).contains(&text(1))),
        Func::StartsWith => boolean(text(0).starts_with(&text(1))),
        Func::EndsWith => boolean(text(0).ends_with(&text(1))),
        Func::Substr => {
            let s: Vec<char> = text(0).chars().collect();
            let len = s.len() as f64;
            let clamp = |n: f64| if n.is_nan() { 0.0 } else { n.trunc().clamp(0.0, len) } as usize;
            let start = clamp(num(1));
            let end = if args.len() > 2 { clamp(num(2)) } else { s.len() };
            Value::String(s.get(start..end.max(start)).unwrap_or(&[]).iter().collect())
        }
        Func::Substring => {
            let start = xpath_round(num(1));
            let end = if args.len() > 2 { start + xpath_round(num(2)) } else { f64::INFINITY };
            let s = text(0);
            let kept = s.chars().enumerate().filter(|(i, _)| {
                let p = (*i + 1) as f64;
                p >= start && p < end
            });
            Value::String(kept.map(|(_, c)| c).collect())
        }
        Func::Regex => boolean(Regex::new(&text(1)).is_ok_and(|r| r.is_match(&text(0)))),
        Func::Int => number(num(0).trunc()),
        Func::Number => number(if args.is_empty() { string_to_number(ctx.current().unwrap_or("")) } else { num(0) }),
        Func::String => Value::String(text_or_current(0)),
        Func::Boolean => boolean(arg(0).is_some_and(|v| v.to_bool())),
        Func::BooleanFromString => {
            let t = text(0);
            boolean(t == "true" || t == "1")
        }
        Func::Round => {
            if args.len() > 1 {
                number(round_to(num(0), num(1)))
            } else {
                number(xpath_round(num(0)))
            }
        }
        Func::Floor => number(num(0).floor()),
        Func::Ceiling => number(num(0).ceil()),
        Func::Abs => number(num(0).abs()),
        Func::Min | Func::Max => {
            let values: Vec<f64> = args.iter().map(|a| eval(a, ctx).to_number()).collect();
            let result = if values.iter().any(|v| v.is_nan()) {
                f64::NAN
            } else if func == Func::Min {
                values.iter().copied().fold(f64::INFINITY, f64::min)
            } else {
                values.iter().copied().fold(f64::NEG_INFINITY, f64::max)
            };
            number(result)
        }
        Func::Pow => number(num(0).powf(num(1))),
        Func::Sqrt => number(num(0).sqrt()),
        Func::Exp => number(num(0).exp()),
        Func::Exp10 => number(10f64.powf(num(0))),
        Func::Log => number(num(0).ln()),
        Func::Log10 => number(num(0).log10()),
        Func::Sin => number(num(0).sin()),
        Func::Cos => number(num(0).cos()),
        Func::Tan => number(num(0).tan()),
        Func::Asin => number(num(0).asin()),
        Func::Acos => number(num(0).acos()),
        Func::Atan => number(num(0).atan()),
        Func::Atan2 => number(num(0).atan2(num(1))),
        Func::Pi => number(std::f64::consts::PI),
        Func::Today => Value::Date(ctx.today()),
        Func::Now => Value::DateTime(ctx.now()),
        Func::Date => match arg(0) {
            Some(Value::Date(d)) => Value::Date(d),
            Some(Value::DateTime(t)) => Value::Date(t.date()),
            Some(Value::String(s)) => {
                let s = s.trim();
                let date = parse_date(s).or_else(|| parse_date_time(s).map(|t| t.date()));
                date.map(Value::Date).unwrap_or(Value::Number(f64::NAN))
            }
            Some(Value::Number(n)) => date_from_days(n).map(Value::Date).unwrap_or(Value::Number(f64::NAN)),
            Some(Value::Boolean(_)) | None => Value::Number(f64::NAN),
        },
        Func::DecimalDateTime => number(num(0)),
    }
}

/// XPath 1.0's round: the nearest integer, halves towards positive infinity.
fn xpath_round(n: f64) -> f64 {
    if n.is_finite() {
        (n + 0.5).floor()
    } else {
        n
    }
}

/// ODK's round(x, digits): halves away from zero.
fn round_to(n: f64, digits: f64) -> f64 {
    if !n.is_finite() || !digits.is_finite() {
        return if digits.is_nan() { f64::NAN } else { n };
    }
    let digits = digits.trunc().clamp(-300.0, 300.0) as i32;
    let scale = 10f64.powi(digits);
    let scaled = n * scale;
    if !scaled.is_finite() {
        return n;
    }
    scaled.round() / scale
}

/// A context over a response's answers (by question name), for `relevant`, `constraint` and
/// `calculation`; [`AnswersContext::with_current`] and [`AnswersContext::with_choice`] add `.`
/// and a choice's columns.
#[derive(Debug, Clone, Copy)]
pub struct AnswersContext<'a> {
    pub answers: &'a std::collections::BTreeMap<String, String>,
    pub current: Option<&'a str>,
    pub choice: Option<&'a crate::survey::Choice>,
    pub today: NaiveDate,
}

impl<'a> AnswersContext<'a> {
    pub fn new(answers: &'a std::collections::BTreeMap<String, String>, today: NaiveDate) -> Self {
        AnswersContext { answers, current: None, choice: None, today }
    }

    pub fn with_current(self, current: Option<&'a str>) -> Self {
        AnswersContext { current, ..self }
    }

    pub fn with_choice(self, choice: &'a crate::survey::Choice) -> Self {
        AnswersContext { choice: Some(choice), ..self }
    }
}

impl Context for AnswersContext<'_> {
    fn answer(&self, name: &str) -> Option<&str> {
        self.answers.get(name).map(String::as_str)
    }

    fn current(&self) -> Option<&str> {
        self.current
    }

    /// A choice's column; `name` is the choice's name unless the sheet has a column so called.
    fn column(&self, name: &str) -> Option<&str> {
        let choice = self.choice?;
        choice.properties.get(name).map(String::as_str).or((name == "name").then_some(choice.name.as_str()))
    }

    fn today(&self) -> NaiveDate {
        self.today
    }
}

#[cfg(test)]
mod tests;

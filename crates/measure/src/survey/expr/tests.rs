use std::collections::BTreeMap;

use proptest::prelude::*;

use super::*;
use crate::survey::{Choice, Text};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 3, 15).unwrap()
}

fn answers(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

fn value_with(src: &str, pairs: &[(&str, &str)], current: Option<&str>) -> Value {
    let map = answers(pairs);
    let ctx = AnswersContext::new(&map, today()).with_current(current);
    eval(&parse(src).unwrap_or_else(|e| panic!("{src}: {e}")), &ctx)
}

fn value(src: &str) -> Value {
    value_with(src, &[], None)
}

fn truth(src: &str, pairs: &[(&str, &str)]) -> bool {
    value_with(src, pairs, None).to_bool()
}

fn text(src: &str) -> String {
    value(src).to_text()
}

fn num(src: &str) -> f64 {
    value(src).to_number()
}

#[test]
fn literals_and_references() {
    assert_eq!(value("42"), Value::Number(42.0));
    assert_eq!(value(".5"), Value::Number(0.5));
    assert_eq!(value("'single'"), Value::String("single".into()));
    assert_eq!(value("\"double\""), Value::String("double".into()));
    assert_eq!(value("‘curly’"), Value::String("curly".into()));
    assert_eq!(value("“curly”"), Value::String("curly".into()));
    assert_eq!(value_with("${a}", &[("a", "x")], None), Value::String("x".into()));
    assert_eq!(value_with("${ a }", &[("a", "x")], None), Value::String("x".into()));
    assert_eq!(value("${missing}"), Value::String(String::new()));
    assert_eq!(value_with(".", &[], Some("me")), Value::String("me".into()));
    assert_eq!(value("(((1)))"), Value::Number(1.0));
}

#[test]
fn arithmetic_operators() {
    assert_eq!(num("1 + 2 * 3"), 7.0);
    assert_eq!(num("(1 + 2) * 3"), 9.0);
    assert_eq!(num("7 div 2"), 3.5);
    assert_eq!(num("7 mod 3"), 1.0);
    assert_eq!(num("-7 mod 3"), -1.0);
    assert_eq!(num("10 - 4 - 3"), 3.0);
    assert_eq!(num("--3"), 3.0);
    assert_eq!(num("- 2 * 3"), -6.0);
    assert_eq!(num("1 div 0"), f64::INFINITY);
    assert!(num("0 div 0").is_nan());
    assert!(num("'a' + 1").is_nan());
    assert_eq!(num("'2' + '3'"), 5.0);
    assert_eq!(num("true() + true()"), 2.0);
    assert_eq!(value_with("${n}*2", &[("n", "21")], None), Value::Number(42.0));
    assert_eq!(value_with("${n}-1", &[("n", "5")], None), Value::Number(4.0));
}

#[test]
fn comparisons_follow_xpath() {
    assert!(truth("1 = 1.0", &[]));
    assert!(truth("'1' = 1", &[]));
    assert!(!truth("'1.0' = '1'", &[]));
    assert!(truth("'abc' != 'abd'", &[]));
    assert!(truth("2 < 10", &[]));
    // Relational operators compare numbers, even between texts.
    assert!(truth("'2' < '10'", &[]));
    assert!(truth("3 <= 3 and 3 >= 3 and 4 > 3", &[]));
    // With a boolean on either side, `=` compares booleans.
    assert!(truth("true() = 'false'", &[]));
    assert!(truth("false() = ''", &[]));
    assert!(truth("true() = 5", &[]));
    // NaN is unequal to everything and unordered.
    assert!(!truth("'' = 0", &[]));
    assert!(truth("'' != 0", &[]));
    assert!(!truth("${empty} > 18", &[]));
    assert!(!truth("${empty} <= 18", &[]));
    assert!(truth("${age} >= 18", &[("age", "30")]));
}

#[test]
fn logic_short_circuits_and_precedence() {
    assert!(truth("1 = 1 or 1 div 0", &[]));
    assert!(!truth("1 = 2 and 1 = 1", &[]));
    assert!(truth("1 = 2 and 1 = 1 or 2 = 2", &[]));
    assert!(!truth("1 = 2 and (1 = 1 or 2 = 2)", &[]));
    assert!(truth("1 < 2 = true()", &[]));
    assert!(truth("1 + 1 = 2", &[]));
}

#[test]
fn conversions() {
    assert!(Value::String(String::new()).to_number().is_nan());
    assert!(Value::String("abc".into()).to_number().is_nan());
    assert!(Value::String("1e3".into()).to_number().is_nan());
    assert!(Value::String("+1".into()).to_number().is_nan());
    assert_eq!(Value::String(" -1.5 ".into()).to_number(), -1.5);
    assert_eq!(Value::String("3.".into()).to_number(), 3.0);
    assert_eq!(Value::Boolean(true).to_number(), 1.0);
    assert!(Value::String("false".into()).to_bool());
    assert!(!Value::String(String::new()).to_bool());
    assert!(!Value::Number(f64::NAN).to_bool());
    assert!(!Value::Number(0.0).to_bool());
    assert_eq!(Value::Number(3.0).to_text(), "3");
    assert_eq!(Value::Number(-0.0).to_text(), "0");
    assert_eq!(Value::Number(2.5).to_text(), "2.5");
    assert_eq!(Value::Number(1e21).to_text(), "1000000000000000000000");
    assert_eq!(Value::Number(f64::NAN).to_text(), "NaN");
    assert_eq!(Value::Number(f64::NEG_INFINITY).to_text(), "-Infinity");
    assert_eq!(Value::Boolean(false).to_text(), "false");
    assert_eq!(text("number('')"), "NaN");
    assert_eq!(text("string(1 = 1)"), "true");
    assert!(!truth("boolean('')", &[]));
    assert!(truth("boolean('0')", &[]));
    assert!(!truth("boolean(0)", &[]));
    assert!(truth("boolean-from-string('true')", &[]));
    assert!(truth("boolean-from-string('1')", &[]));
    assert!(!truth("boolean-from-string('yes')", &[]));
}

#[test]
fn select_functions() {
    let a = [("q", "red  blue")];
    assert!(truth("selected(${q}, 'blue')", &a));
    assert!(truth("selected(${q}, ' red ')", &a));
    assert!(!truth("selected(${q}, 'green')", &a));
    assert!(!truth("selected(${q}, 'bl')", &a));
    assert_eq!(value_with("count-selected(${q})", &a, None), Value::Number(2.0));
    assert_eq!(value_with("count-selected(${none})", &a, None), Value::Number(0.0));
    assert_eq!(value_with("selected-at(${q}, 1)", &a, None).to_text(), "blue");
    assert_eq!(value_with("selected-at(${q}, 5)", &a, None).to_text(), "");
    assert!(value_with("not(selected(., 'yes') and selected (., 'no'))", &[], Some("yes")).to_bool());
    assert!(!value_with("not(selected(., 'yes') and selected (., 'no'))", &[], Some("yes no")).to_bool());
}

#[test]
fn text_functions() {
    assert_eq!(text("concat('a', 1, true())"), "a1true");
    assert_eq!(text("concat()"), "");
    assert_eq!(num("string-length('héllo')"), 5.0);
    assert_eq!(value_with("string-length()", &[], Some("abc")).to_number(), 3.0);
    assert_eq!(text("normalize-space('  a   b ')"), "a b");
    assert!(truth("contains('migrant forum', 'forum')", &[]));
    assert!(truth("starts-with('migrant', 'mig')", &[]));
    assert!(truth("ends-with('migrant', 'ant')", &[]));
    assert!(!truth("ends-with('migrant', 'mig')", &[]));
    assert_eq!(text("substr('abcdef', 1, 3)"), "bc");
    assert_eq!(text("substr('abcdef', 4)"), "ef");
    assert_eq!(text("substr('abc', 2, 1)"), "");
    assert_eq!(text("substr('abc', -5, 99)"), "abc");
    assert_eq!(text("substring('12345', 2, 3)"), "234");
    assert_eq!(text("substring('12345', 1.5, 2.6)"), "234");
    assert_eq!(text("substring('12345', 0 div 0, 3)"), "");
    assert_eq!(text("coalesce(${a}, 'fallback')"), "fallback");
    assert_eq!(value_with("coalesce(${a}, 'fallback')", &[("a", "given")], None).to_text(), "given");
    assert_eq!(text("if(1 = 1, 'yes', 'no')"), "yes");
    assert_eq!(text("if('', 'yes', 'no')"), "no");
}

#[test]
fn number_functions() {
    assert_eq!(num("int(3.9)"), 3.0);
    assert_eq!(num("int(-3.9)"), -3.0);
    assert_eq!(num("int('7.2')"), 7.0);
    assert_eq!(num("number('12')"), 12.0);
    assert_eq!(num("round(2.5)"), 3.0);
    assert_eq!(num("round(-2.5)"), -2.0);
    assert_eq!(num("round(2.71828, 2)"), 2.72);
    assert_eq!(num("round(-2.5, 0)"), -3.0);
    assert_eq!(num("round(1234, -2)"), 1200.0);
    assert!(num("round('x', 2)").is_nan());
    assert_eq!(num("floor(-1.5)"), -2.0);
    assert_eq!(num("ceiling(1.2)"), 2.0);
    assert_eq!(num("abs(-4)"), 4.0);
    assert_eq!(num("min(3, 1, 2)"), 1.0);
    assert_eq!(num("max(3, 1, 2)"), 3.0);
    assert!(num("max(3, '')").is_nan());
    assert_eq!(num("pow(2, 10)"), 1024.0);
    assert_eq!(num("sqrt(16)"), 4.0);
    assert!((num("exp(1)") - std::f64::consts::E).abs() < 1e-12);
    assert_eq!(num("exp10(2)"), 100.0);
    assert!((num("log(exp(2))") - 2.0).abs() < 1e-12);
    assert_eq!(num("log10(1000)"), 3.0);
    assert_eq!(num("sin(0) + tan(0) + asin(0) + atan(0)"), 0.0);
    assert_eq!(num("cos(0)"), 1.0);
    assert_eq!(num("acos(1)"), 0.0);
    assert!((num("atan2(1, 1)") - std::f64::consts::FRAC_PI_4).abs() < 1e-12);
    assert!((num("pi()") - std::f64::consts::PI).abs() < 1e-12);
}

#[test]
fn dates_compare_and_count_days() {
    assert_eq!(value("today()"), Value::Date(today()));
    assert_eq!(text("today()"), "2025-03-15");
    assert_eq!(num("today()"), 20_162.0);
    assert!(truth("${d} > today()", &[("d", "2025-03-16")]));
    assert!(!truth("${d} > today()", &[("d", "2025-03-15")]));
    assert!(value_with(". <= today()", &[], Some("2025-03-15")).to_bool());
    assert!(!value_with(". <= today()", &[], Some("2026-01-01")).to_bool());
    assert!(!value_with(". <= today()", &[], Some("")).to_bool());
    assert!(truth("${d} = today()", &[("d", "2025-03-15")]));
    assert!(truth("today() - ${birth} > 18 * 365", &[("birth", "1990-06-01")]));
    assert!(truth("date('2025-03-14') < today()", &[]));
    assert!(truth("date(${d}) = date('2025-01-31')", &[("d", "2025-01-31")]));
    assert_eq!(text("date(0)"), "1970-01-01");
    assert_eq!(text("date(today() + 1)"), "2025-03-16");
    assert!(num("date('31/01/2025')").is_nan());
    assert!(!truth("date('nonsense') < today()", &[]));
    assert_eq!(num("decimal-date-time('1970-01-02T12:00:00')"), 1.5);
    assert_eq!(text("now()"), "2025-03-15T00:00:00.000");
    assert!(truth("'2025-03-16' > '2025-03-15'", &[]));
}

#[test]
fn regex_matches_part_of_the_text_unless_anchored() {
    assert!(truth("regex('ab12', '[0-9]+')", &[]));
    assert!(!truth("regex('ab12', '^[0-9]+$')", &[]));
    // A pattern computed from answers is compiled when evaluated; a bad one never matches.
    assert!(truth("regex('ab', ${p})", &[("p", "^a")]));
    assert!(!truth("regex('ab', ${p})", &[("p", "(")]));
    assert_eq!(parse("regex(., '(?=x)')").map_err(|e| e.code()), Err("expr-unsupported-regex"));
}

#[test]
fn choice_columns_by_bare_name() {
    let map = answers(&[("q1", "yes"), ("state", "texas")]);
    let mut choice = Choice { name: "dallas".into(), label: Text::plain("Dallas"), properties: BTreeMap::new() };
    choice.properties.insert("cf".into(), "yes".into());
    choice.properties.insert("state".into(), "texas".into());
    let ctx = AnswersContext::new(&map, today()).with_choice(&choice);
    for src in ["cf = ${q1}", "state=${state}", "${state}=state", "name = 'dallas'", "cf=${q1} and state=${state}"] {
        assert!(eval_bool(&parse(src).unwrap(), &ctx), "{src}");
    }
    assert!(!eval_bool(&parse("missing = ${q1}").unwrap(), &ctx));
}

/// An expression, the answers, `.`, and whether it holds.
type Case<'a> = (&'a str, &'a [(&'a str, &'a str)], Option<&'a str>, bool);

#[test]
fn the_expressions_of_real_forms() {
    let cases: &[Case] = &[
        ("${leader_name} = ‘other’", &[("leader_name", "other")], None, true),
        ("${leader_name} = ‘other’", &[("leader_name", "ana")], None, false),
        ("${latin_name_id}=‘other’", &[("latin_name_id", "other")], None, true),
        ("${cbh} >= 200", &[("cbh", "250")], None, true),
        ("${cbh} >= 200", &[("cbh", "")], None, false),
        ("${stump_30cm_circumference} >= 220", &[("stump_30cm_circumference", "219.9")], None, false),
        (". < ${slope_radius}", &[("slope_radius", "15.2")], Some("15"), true),
        (".>=  ${size_constraint}", &[("size_constraint", "10")], Some("9"), false),
        (". <= ${a_integer}", &[("a_integer", "5")], Some("5"), true),
        ("not(selected(${skip_to_end}, 'yes'))", &[("skip_to_end", "yes")], None, false),
        ("not(selected(${skip_to_end}, 'yes'))", &[], None, true),
        (
            "regex(${address}, '[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,4}')",
            &[("address", "me@example.org")],
            None,
            true,
        ),
        ("regex(.,'^(([0-9]{1})*[- .(]*([0-9]{3})[- .)]*[0-9]{3}[- .]*[0-9]{4})+$')", &[], Some("12-34"), false),
        (
            "regex(.,'^(([0-9]{1})*[- .(]*([0-9]{3})[- .)]*[0-9]{3}[- .]*[0-9]{4})+$')",
            &[],
            Some("(712) 345-6789"),
            true,
        ),
    ];
    for (src, pairs, current, expected) in cases {
        assert_eq!(value_with(src, pairs, *current).to_bool(), *expected, "{src}");
    }
    let slope = [("slope", "30")];
    assert_eq!(value_with("round(15 div (sqrt(cos(atan(${slope} div 100)))),2)", &slope, None).to_text(), "15.33");
    assert_eq!(value_with("if(${tree_distance} > ${slope_radius_inner}, 15, 6)", &[], None).to_text(), "6");
    assert_eq!(value("2+2").to_text(), "4");
}

#[test]
fn references_lists_each_name_once() {
    let e = parse("${a} = 1 or selected(${b}, 'x') and ${a} != . and regex(${c}, 'x') and -${d} < cf").unwrap();
    assert_eq!(references(&e), vec!["a", "b", "c", "d"]);
    assert!(references(&parse("cf = 'x'").unwrap()).is_empty());
}

fn code(src: &str) -> &'static str {
    parse(src).map(|_| "ok").unwrap_or_else(|e| e.code())
}

#[test]
fn errors_name_what_is_wrong() {
    assert_eq!(code(""), "expr-empty");
    assert_eq!(code("   "), "expr-empty");
    assert_eq!(code("'unclosed"), "expr-unclosed-string");
    assert_eq!(code("‘unclosed"), "expr-unclosed-string");
    assert_eq!(code("${name"), "expr-unclosed-reference");
    assert_eq!(code("${"), "expr-unclosed-reference");
    assert_eq!(code("${}"), "expr-bad-reference");
    assert_eq!(code("${a b}"), "expr-bad-reference");
    assert_eq!(code("1 +"), "expr-unexpected");
    assert_eq!(code("(1"), "expr-unexpected");
    assert_eq!(code("1)"), "expr-unexpected");
    assert_eq!(code("1 2"), "expr-unexpected");
    assert_eq!(code("f(1,)"), "expr-unsupported-function");
    assert_eq!(code("concat(1,)"), "expr-unexpected");
    assert_eq!(code("and"), "expr-unexpected");
    assert_eq!(code("=FALSE()"), "expr-unexpected");
    assert_eq!(code("# 1"), "expr-unexpected");
    assert_eq!(code("/data/q1 = 1"), "expr-unsupported-syntax");
    assert_eq!(code("../q1"), "expr-unsupported-syntax");
    assert_eq!(code("$x"), "expr-unsupported-syntax");
    assert_eq!(code("* = 1"), "expr-unsupported-syntax");
    assert_eq!(code("not(1, 2)"), "expr-wrong-argument-count");
    assert_eq!(code("today(1)"), "expr-wrong-argument-count");
    assert_eq!(code("coalesce(1)"), "expr-wrong-argument-count");
    assert_eq!(parse("jr:choice-name(${q}, '${q}')"), Err(ExprError::UnsupportedFunction("jr:choice-name".into())));
    assert_eq!(parse("pulldata('f', 'a', 'b', 'c')"), Err(ExprError::UnsupportedFunction("pulldata".into())));
    assert_eq!(parse("1 + \n #"), Err(ExprError::Unexpected { at: 7, found: "`#`".into() }));
    let message = parse("format-date(today(), '%Y')").unwrap_err().to_string();
    assert!(message.contains("format-date"), "{message}");
}

#[test]
fn hostile_input_is_refused_not_overflowed() {
    assert_eq!(code(&"(".repeat(10_000)), "expr-too-long");
    assert_eq!(code(&format!("{}1{}", "(".repeat(33), ")".repeat(33))), "expr-too-deep");
    assert_eq!(code(&format!("{}1{}", "(".repeat(32), ")".repeat(32))), "ok");
    assert_eq!(code(&format!("{}1", "-".repeat(40))), "expr-too-deep");
    assert_eq!(code(&format!("{}1{}", "not(".repeat(40), ")".repeat(40))), "expr-too-deep");
    assert_eq!(code(&["1"; 300].join("+")), "expr-too-deep");
    assert_eq!(code(&["1"; 200].join("+")), "ok");
    assert_eq!(code(&format!("'{}'", "x".repeat(1_998))), "ok");
    assert_eq!(code(&format!("'{}'", "x".repeat(1_999))), "expr-too-long");
    assert_eq!(code("'日本語' = \"ع\" and ${名前} = 'é'"), "ok");
    assert_eq!(code("${a} = '\u{0}'"), "ok");
    assert_eq!(code("\u{202e}1"), "expr-unexpected");
    let long_chain = ["${a} = 'x'"; 120].join(" or ");
    assert_eq!(code(&long_chain), "ok");
    // The deepest trees accepted evaluate within the stack.
    assert_eq!(num(&["1"; 250].join("+")), 250.0);
    let nested = format!("{}1{}", "(1 + ".repeat(32), ")".repeat(32));
    assert_eq!(num(&nested), 33.0);
    let calls = format!("{}1{}", "abs(".repeat(32), ")".repeat(32));
    assert_eq!(num(&calls), 1.0);
}

proptest! {
    #[test]
    fn parse_never_panics(src in "\\PC{0,200}") {
        let _ = parse(&src);
    }

    #[test]
    fn parse_and_eval_never_panic_on_expression_like_input(
        src in "[-${}()'\"., =<>!+*a-z0-9 ]{0,120}",
        answer in "\\PC{0,20}",
    ) {
        if let Ok(expr) = parse(&src) {
            let map = answers(&[("a", &answer)]);
            let ctx = AnswersContext::new(&map, today()).with_current(Some(&answer));
            let _ = eval(&expr, &ctx).to_text();
        }
    }

    #[test]
    fn functions_never_panic_on_any_answer(answer in "\\PC{0,40}", n in any::<f64>()) {
        let map = answers(&[("a", &answer)]);
        let ctx = AnswersContext::new(&map, today()).with_current(Some(&answer));
        for (name, _, min, _) in FUNCTIONS {
            let args = vec!["${a}"; (*min).max(1)].join(", ");
            let args_n = vec![format!("({n})"); *min].join(", ");
            for src in [format!("{name}({args})"), format!("{name}({args_n})")] {
                if let Ok(expr) = parse(&src) {
                    let _ = eval(&expr, &ctx).to_text();
                }
            }
        }
        let _ = eval(&parse("regex(${a}, ${a})").unwrap(), &ctx);
        let _ = eval(&parse("date(${a}) + substr(${a}, -1, 1 div 0)").unwrap(), &ctx);
    }
}

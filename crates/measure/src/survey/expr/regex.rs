//! The regular expressions of XLSForm's `regex()`, matched without backtracking.
//!
//! Forms use `regex()` to check phone numbers, e-mail addresses and codes. A backtracking matcher
//! can take exponential time on a hostile pattern or answer, so this one compiles the pattern to
//! a small program and runs every alternative in step (Thompson's construction, Pike's VM): the
//! work is bounded by the answer's length times the program's size, and both are bounded.
//!
//! Supported, as in Java's and JavaScript's regular expressions: literals, `.`, classes
//! (`[a-z]`, `[^0-9]`), `\d \w \s` and their negations, escaped punctuation, `\n \t \r`,
//! `\uXXXX`, `\xXX`, anchors `^ $`, groups `( )` and `(?: )`, alternation `|`, and the
//! quantifiers `* + ? {n} {n,} {n,m}` (lazy forms too: for a yes-or-no match they are the same).
//! Not supported (the pattern is refused): back-references, look-around, word boundaries, flags,
//! Unicode properties, possessive quantifiers and nested classes.
//!
//! Like ODK Collect and Enketo, a pattern matches when it matches some part of the text: anchor it
//! with `^…$` to test the whole answer.

/// Longest pattern accepted, in characters.
pub const MAX_PATTERN_CHARS: usize = 1_000;
/// Largest compiled program: bounds the work per character of the text.
const MAX_PROGRAM: usize = 2_000;
/// Largest count in `{n,m}`.
const MAX_REPEAT: u32 = 1_000;
/// Deepest nesting of groups.
const MAX_GROUP_DEPTH: usize = 32;

#[derive(Debug, Clone, PartialEq)]
pub struct Regex {
    program: Vec<Inst>,
}

#[derive(Debug, Clone, PartialEq)]
enum Inst {
    Char(char),
    Any,
    Class(Class),
    Start,
    End,
    Split(usize, usize),
    Jump(usize),
    Match,
}

#[derive(Debug, Clone, PartialEq)]
struct Class {
    negated: bool,
    items: Vec<Item>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Item {
    Range(char, char),
    /// `\d` (`true`: `\D`).
    Digit(bool),
    Word(bool),
    Space(bool),
}

impl Item {
    fn matches(self, c: char) -> bool {
        match self {
            Item::Range(lo, hi) => lo <= c && c <= hi,
            Item::Digit(neg) => c.is_ascii_digit() != neg,
            Item::Word(neg) => (c.is_ascii_alphanumeric() || c == '_') != neg,
            Item::Space(neg) => matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0B' | '\x0C') != neg,
        }
    }
}

impl Class {
    fn matches(&self, c: char) -> bool {
        self.items.iter().any(|i| i.matches(c)) != self.negated
    }
}

#[derive(Debug, Clone)]
enum Node {
    Empty,
    Char(char),
    Any,
    Class(Class),
    Start,
    End,
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat(Box<Node>, u32, Option<u32>),
}

impl Regex {
    /// Compiles `pattern`, or says in plain words why it cannot be used.
    pub fn new(pattern: &str) -> Result<Regex, String> {
        if pattern.chars().count() > MAX_PATTERN_CHARS {
            return Err(format!("the pattern is longer than {MAX_PATTERN_CHARS} characters"));
        }
        let mut parser = Parser { chars: pattern.chars().collect(), pos: 0 };
        let node = parser.alternation(0)?;
        if let Some(c) = parser.peek() {
            return Err(format!("unexpected `{c}` at character {}", parser.pos + 1));
        }
        let mut program = Vec::new();
        compile(&node, &mut program)?;
        push(&mut program, Inst::Match)?;
        Ok(Regex { program })
    }

    /// Whether the pattern matches some part of `text`.
    pub fn is_match(&self, text: &str) -> bool {
        let chars: Vec<char> = text.chars().collect();
        let size = self.program.len();
        let mut marks = vec![usize::MAX; size];
        let mut current = Vec::with_capacity(size);
        let mut next = Vec::with_capacity(size);
        let mut stack = Vec::with_capacity(size);
        if self.closure(0, 0, chars.len(), &mut current, &mut marks, &mut stack) {
            return true;
        }
        for (pos, &c) in chars.iter().enumerate() {
            let at = pos + 1;
            next.clear();
            for &pc in &current {
                let advances = match self.program.get(pc) {
                    Some(Inst::Char(x)) => *x == c,
                    Some(Inst::Any) => c != '\n' && c != '\r',
                    Some(Inst::Class(class)) => class.matches(c),
                    _ => false,
                };
                if advances && self.closure(pc + 1, at, chars.len(), &mut next, &mut marks, &mut stack) {
                    return true;
                }
            }
            // An unanchored search: a match may start at every position.
            if self.closure(0, at, chars.len(), &mut next, &mut marks, &mut stack) {
                return true;
            }
            std::mem::swap(&mut current, &mut next);
        }
        false
    }

    /// Adds the threads reachable from `start` without reading a character at position `at`;
    /// true when one of them is a match.
    fn closure(
        &self,
        start: usize,
        at: usize,
        len: usize,
        list: &mut Vec<usize>,
        marks: &mut [usize],
        stack: &mut Vec<usize>,
    ) -> bool {
        stack.clear();
        stack.push(start);
        while let Some(pc) = stack.pop() {
            match marks.get_mut(pc) {
                Some(mark) if *mark != at => *mark = at,
                _ => continue,
            }
            match self.program.get(pc) {
                Some(Inst::Jump(to)) => stack.push(*to),
                Some(Inst::Split(a, b)) => {
                    stack.push(*b);
                    stack.push(*a);
                }
                Some(Inst::Start) if at == 0 => stack.push(pc + 1),
                Some(Inst::End) if at == len => stack.push(pc + 1),
                Some(Inst::Start | Inst::End) => {}
                Some(Inst::Match) => return true,
                Some(_) => list.push(pc),
                None => {}
            }
        }
        false
    }
}

fn push(program: &mut Vec<Inst>, inst: Inst) -> Result<usize, String> {
    if program.len() >= MAX_PROGRAM {
        return Err("the pattern is too large once its repetitions are counted".to_string());
    }
    program.push(inst);
    Ok(program.len() - 1)
}

fn patch(program: &mut [Inst], at: usize, target: usize, second: bool) {
    match program.get_mut(at) {
        Some(Inst::Split(a, b)) => {
            if second {
                *b = target;
            } else {
                *a = target;
            }
        }
        Some(Inst::Jump(to)) => *to = target,
        _ => {}
    }
}

fn compile(node: &Node, program: &mut Vec<Inst>) -> Result<(), String> {
    match node {
        Node::Empty => {}
        Node::Char(c) => {
            push(program, Inst::Char(*c))?;
        }
        Node::Any => {
            push(program, Inst::Any)?;
        }
        Node::Class(class) => {
            push(program, Inst::Class(class.clone()))?;
        }
        Node::Start => {
            push(program, Inst::Start)?;
        }
        Node::End => {
            push(program, Inst::End)?;
        }
        Node::Concat(nodes) => {
            for n in nodes {
                compile(n, program)?;
            }
        }
        Node::Alt(branches) => {
            let mut jumps = Vec::new();
            let last = branches.len().saturating_sub(1);
            for (i, branch) in branches.iter().enumerate() {
                if i == last {
                    compile(branch, program)?;
                } else {
                    let split = push(program, Inst::Split(0, 0))?;
                    patch(program, split, split + 1, false);
                    compile(branch, program)?;
                    jumps.push(push(program, Inst::Jump(0))?);
                    let here = program.len();
                    patch(program, split, here, true);
                }
            }
            let end = program.len();
            for j in jumps {
                patch(program, j, end, false);
            }
        }
        Node::Repeat(inner, min, max) => {
            for _ in 0..*min {
                compile(inner, program)?;
            }
            match max {
                None => {
                    let split = push(program, Inst::Split(0, 0))?;
                    patch(program, split, split + 1, false);
                    compile(inner, program)?;
                    push(program, Inst::Jump(split))?;
                    let end = program.len();
                    patch(program, split, end, true);
                }
                Some(max) => {
                    let mut splits = Vec::new();
                    for _ in *min..*max {
                        let split = push(program, Inst::Split(0, 0))?;
                        patch(program, split, split + 1, false);
                        splits.push(split);
                        compile(inner, program)?;
                    }
                    let end = program.len();
                    for s in splits {
                        patch(program, s, end, true);
                    }
                }
            }
        }
    }
    Ok(())
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
}

const UNSUPPORTED: &str = "is not supported";

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek();
        if c.is_some() {
            self.pos += 1;
        }
        c
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn alternation(&mut self, depth: usize) -> Result<Node, String> {
        if depth > MAX_GROUP_DEPTH {
            return Err(format!("groups nest deeper than {MAX_GROUP_DEPTH} levels"));
        }
        let mut branches = vec![self.concatenation(depth)?];
        while self.eat('|') {
            branches.push(self.concatenation(depth)?);
        }
        Ok(if branches.len() == 1 { branches.pop().unwrap_or(Node::Empty) } else { Node::Alt(branches) })
    }

    fn concatenation(&mut self, depth: usize) -> Result<Node, String> {
        let mut nodes = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let atom = self.atom(depth)?;
            nodes.push(self.quantified(atom)?);
        }
        Ok(Node::Concat(nodes))
    }

    fn quantified(&mut self, atom: Node) -> Result<Node, String> {
        let (min, max) = match self.peek() {
            Some('*') => (0, None),
            Some('+') => (1, None),
            Some('?') => (0, Some(1)),
            Some('{') => {
                self.pos += 1;
                let min = self.count()?;
                let max = if self.eat(',') {
                    if self.peek() == Some('}') {
                        None
                    } else {
                        Some(self.count()?)
                    }
                } else {
                    Some(min)
                };
                if self.peek() != Some('}') {
                    return Err("a `{` is not a well-formed count such as {2,4}".to_string());
                }
                if max.is_some_and(|m| m < min) {
                    return Err("a count `{n,m}` has m smaller than n".to_string());
                }
                (min, max)
            }
            _ => return Ok(atom),
        };
        self.pos += 1;
        if matches!(atom, Node::Start | Node::End) {
            return Err("an anchor cannot be repeated".to_string());
        }
        // Lazy and greedy quantifiers accept the same texts.
        self.eat('?');
        match self.peek() {
            Some('+') => Err(format!("a possessive quantifier {UNSUPPORTED}")),
            Some('*' | '?' | '{') => Err("a quantifier follows another".to_string()),
            _ => Ok(Node::Repeat(Box::new(atom), min, max)),
        }
    }

    fn count(&mut self) -> Result<u32, String> {
        let mut n: u32 = 0;
        let mut digits = 0;
        while let Some(d) = self.peek().and_then(|c| c.to_digit(10)) {
            self.pos += 1;
            digits += 1;
            n = n.saturating_mul(10).saturating_add(d);
        }
        if digits == 0 {
            return Err("a `{` is not a well-formed count such as {2,4}".to_string());
        }
        if n > MAX_REPEAT {
            return Err(format!("a count is larger than {MAX_REPEAT}"));
        }
        Ok(n)
    }

    fn atom(&mut self, depth: usize) -> Result<Node, String> {
        let at = self.pos + 1;
        let Some(c) = self.bump() else { return Ok(Node::Empty) };
        match c {
            '(' => {
                if self.eat('?') && !self.eat(':') {
                    return Err(format!("`(?` (look-around, flags or named groups) {UNSUPPORTED}"));
                }
                let inner = self.alternation(depth + 1)?;
                if !self.eat(')') {
                    return Err(format!("the group opened at character {at} is not closed"));
                }
                Ok(inner)
            }
            '[' => self.class(),
            '.' => Ok(Node::Any),
            '^' => Ok(Node::Start),
            '$' => Ok(Node::End),
            '\\' => match self.escape(false)? {
                Escaped::Char(c) => Ok(Node::Char(c)),
                Escaped::Item(item) => Ok(Node::Class(Class { negated: false, items: vec![item] })),
            },
            '*' | '+' | '?' | '{' => Err(format!("`{c}` at character {at} has nothing to repeat")),
            c => Ok(Node::Char(c)),
        }
    }

    fn escape(&mut self, in_class: bool) -> Result<Escaped, String> {
        let Some(c) = self.bump() else { return Err("the pattern ends with a lone `\\`".to_string()) };
        Ok(match c {
            'd' => Escaped::Item(Item::Digit(false)),
            'D' => Escaped::Item(Item::Digit(true)),
            'w' => Escaped::Item(Item::Word(false)),
            'W' => Escaped::Item(Item::Word(true)),
            's' => Escaped::Item(Item::Space(false)),
            'S' => Escaped::Item(Item::Space(true)),
            'n' => Escaped::Char('\n'),
            't' => Escaped::Char('\t'),
            'r' => Escaped::Char('\r'),
            'f' => Escaped::Char('\x0C'),
            'u' => Escaped::Char(self.hex(4)?),
            'x' => Escaped::Char(self.hex(2)?),
            'b' if in_class => Escaped::Char('\x08'),
            c if c.is_ascii_alphanumeric() => return Err(format!("`\\{c}` {UNSUPPORTED}")),
            c => Escaped::Char(c),
        })
    }

    fn hex(&mut self, digits: usize) -> Result<char, String> {
        let mut n = 0u32;
        for _ in 0..digits {
            let d = self.bump().and_then(|c| c.to_digit(16)).ok_or("a `\\u` or `\\x` escape lacks hex digits")?;
            n = n * 16 + d;
        }
        char::from_u32(n).ok_or_else(|| "an escape names no character".to_string())
    }

    fn class(&mut self) -> Result<Node, String> {
        let negated = self.eat('^');
        let mut items = Vec::new();
        let mut first = true;
        loop {
            let Some(c) = self.bump() else { return Err("a `[` is not closed".to_string()) };
            let lo = match c {
                ']' if !first => break,
                '[' => return Err(format!("a class inside a class {UNSUPPORTED}")),
                '&' if self.peek() == Some('&') => return Err(format!("class intersection {UNSUPPORTED}")),
                '\\' => match self.escape(true)? {
                    Escaped::Char(c) => c,
                    Escaped::Item(item) => {
                        items.push(item);
                        first = false;
                        continue;
                    }
                },
                c => c,
            };
            first = false;
            let is_range = self.peek() == Some('-') && self.chars.get(self.pos + 1).is_some_and(|&n| n != ']');
            if !is_range {
                items.push(Item::Range(lo, lo));
                continue;
            }
            self.pos += 1;
            let hi = match self.bump() {
                Some('\\') => match self.escape(true)? {
                    Escaped::Char(c) => c,
                    Escaped::Item(_) => return Err("a range cannot end in a class such as \\d".to_string()),
                },
                Some('[') => return Err(format!("a class inside a class {UNSUPPORTED}")),
                Some(c) => c,
                None => return Err("a `[` is not closed".to_string()),
            };
            if hi < lo {
                return Err(format!("the range {lo}-{hi} runs backwards"));
            }
            items.push(Item::Range(lo, hi));
        }
        Ok(Node::Class(Class { negated, items }))
    }
}

enum Escaped {
    Char(char),
    Item(Item),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(p: &str, t: &str) -> bool {
        Regex::new(p).unwrap().is_match(t)
    }

    #[test]
    fn literals_classes_and_anchors() {
        assert!(m("abc", "xxabcxx"));
        assert!(!m("^abc$", "xxabcxx"));
        assert!(m("^abc$", "abc"));
        assert!(m("^[a-c]+$", "abcabc"));
        assert!(!m("^[^a-c]+$", "abd"));
        assert!(m(r"^\d{3}-\d{4}$", "555-1234"));
        assert!(!m(r"^\d{3}-\d{4}$", "555-123"));
        assert!(m(r"^\w+\s\w+$", "hello world"));
        assert!(m("^a.c$", "a€c"));
        assert!(m("^(ab|cd)*$", "abcdab"));
        assert!(!m("^(ab|cd)*$", "abc"));
        assert!(m("^x?y{2,}z{0,1}$", "yyy"));
        assert!(m("^(?:a|b)+?$", "abba"));
        assert!(m(r"^[\-.]+$", "-.-"));
        assert!(m("^[a-]$", "-"));
        assert!(m(r"^\u00e9\x41$", "éA"));
        assert!(m("", "anything"));
    }

    #[test]
    fn the_patterns_of_real_forms() {
        let phone = "^(([0-9]{1})*[- .(]*([0-9]{3})[- .)]*[0-9]{3}[- .]*[0-9]{4})+$";
        assert!(m(phone, "(555) 123-4567"));
        assert!(m(phone, "1 555 123 4567"));
        assert!(!m(phone, "12345"));
        let email = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,4}";
        assert!(m(email, "someone@example.org"));
        assert!(!m(email, "someone at example"));
    }

    #[test]
    fn unsupported_and_malformed_patterns_are_refused() {
        for p in [
            r"(a)\1", "(?=a)", "(?i)a", r"\bword", r"\p{L}", "a*+", "[a", "(a", "a)", "*a", "a{2", "a{3,1}", "[z-a]",
            "[a[b]]", "a{1001}", "\\", "a**", "^*",
        ] {
            assert!(Regex::new(p).is_err(), "{p}");
        }
    }

    #[test]
    fn hostile_patterns_stay_bounded() {
        assert!(Regex::new("(a{1000}){1000}").is_err());
        assert!(Regex::new(&"(".repeat(40)).is_err());
        // Exponential for a backtracking matcher; linear here.
        let evil = Regex::new("^(a+)+$").unwrap();
        let text = format!("{}b", "a".repeat(10_000));
        assert!(!evil.is_match(&text));
        let nested = Regex::new("^((a*)*)*b$").unwrap();
        assert!(!nested.is_match(&"a".repeat(5_000)));
    }
}

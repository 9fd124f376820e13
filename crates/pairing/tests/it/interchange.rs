//! EDGES.csv and CAPS.csv in, PAIRS.csv out: good files, every kind of bad row, hostile labels.

use bridges_pairing::interchange::{
    pairs_csv, read, read_str, write_capacities, write_edges, InputFile, LabelledInstance, LineError, Problem,
};
use bridges_pairing::{solve, synthetic};

const CAPS: &str = "provider,capacity\nAna,1\nBo,2\nChidi,0\n";
const EDGES: &str =
    "seeker,provider,score\nyusuf,Ana,900\nyusuf,Bo,100\nmariam,Ana,800\nleila,Bo,50\nleila,Chidi,1000000\n";

fn errors(edges: &str, caps: &str) -> Vec<LineError> {
    read_str(edges, caps).expect_err("the input should be refused").errors
}

fn one(edges: &str, caps: &str) -> (InputFile, u64, Problem) {
    let e = errors(edges, caps);
    assert_eq!(e.len(), 1, "{e:?}");
    (e[0].file, e[0].line, e[0].problem.clone())
}

#[test]
fn good_files_are_read_solved_and_written() {
    let labelled = read_str(EDGES, CAPS).unwrap();
    assert_eq!(labelled.seekers, ["yusuf", "mariam", "leila"]);
    assert_eq!(labelled.providers, ["Ana", "Bo", "Chidi"]);
    assert_eq!(labelled.instance.edge_count(), 5);
    let solution = solve(&labelled.instance);
    solution.verify(&labelled.instance).unwrap();
    // Yusuf's 900 with Ana would leave mariam out: three pairs come first, so he goes to Bo.
    assert_eq!(pairs_csv(&labelled, &solution), "seeker,provider,score\nleila,Bo,50\nmariam,Ana,800\nyusuf,Bo,100\n");
}

#[test]
fn written_files_read_back_the_same() {
    let labelled = LabelledInstance::numbered(synthetic::instance(60, 25, 5, 3).unwrap());
    let (mut edges, mut caps) = (Vec::new(), Vec::new());
    write_edges(&labelled, &mut edges).unwrap();
    write_capacities(&labelled, &mut caps).unwrap();
    let back = read(&edges[..], &caps[..]).unwrap();
    assert_eq!(back.providers, labelled.providers);
    assert_eq!(back.instance.capacities(), labelled.instance.capacities());
    let solution = solve(&labelled.instance);
    assert_eq!(pairs_csv(&back, &solve(&back.instance)), pairs_csv(&labelled, &solution));
}

#[test]
fn the_order_of_rows_does_not_change_the_output() {
    let mut rows: Vec<&str> = EDGES.lines().skip(1).collect();
    rows.reverse();
    let reversed = format!("seeker,provider,score\n{}\n", rows.join("\n"));
    let a = read_str(EDGES, CAPS).unwrap();
    let b = read_str(&reversed, CAPS).unwrap();
    assert_eq!(pairs_csv(&a, &solve(&a.instance)), pairs_csv(&b, &solve(&b.instance)));
}

#[test]
fn empty_files_and_wrong_headers_are_named() {
    assert_eq!(one(EDGES, "").0, InputFile::Capacities);
    assert!(matches!(one(EDGES, "").2, Problem::Empty { .. }));
    assert!(matches!(one("", CAPS), (InputFile::Edges, 1, Problem::Empty { .. })));
    assert!(matches!(
        one("seeker,provider,weight\nyusuf,Ana,1\n", CAPS),
        (InputFile::Edges, 1, Problem::WrongHeader { .. })
    ));
    assert!(matches!(
        one(EDGES, "provider,capacity,notes\nAna,1,x\n"),
        (InputFile::Capacities, 1, Problem::WrongHeader { .. })
    ));
    // Whitespace or case in a header is not "exactly".
    assert!(matches!(one("Seeker,provider,score\n", CAPS), (_, 1, Problem::WrongHeader { .. })));
    // A spreadsheet's byte-order mark is fine.
    assert!(read_str(&format!("\u{feff}{EDGES}"), &format!("\u{feff}{CAPS}")).is_ok());
    // A header alone is a valid, empty instance.
    let empty = read_str("seeker,provider,score\n", "provider,capacity\n").unwrap();
    assert_eq!((empty.instance.seekers(), empty.instance.providers()), (0, 0));
}

#[test]
fn each_bad_row_is_reported_with_its_line_and_nothing_is_read() {
    let caps = "provider,capacity\nAna,1\nBo,-1\nChidi,two\nAna,3\n,1\nDee\nEve,1.5\nFay, 4 \n";
    let edges = "seeker,provider,score\n\
                 yusuf,Ana,900\n\
                 yusuf,Zed,100\n\
                 mariam,Ana,1000001\n\
                 mariam,Ana,-3\n\
                 leila,Bo,50,extra\n\
                 yusuf,Ana,800\n\
                 ,Ana,1\n\
                 leila,Chidi,abc\n\
                 leila,Fay,7\n";
    let e = errors(edges, caps);
    let got: Vec<(InputFile, u64, Problem)> = e.iter().map(|e| (e.file, e.line, e.problem.clone())).collect();
    use InputFile::{Capacities as C, Edges as E};
    assert_eq!(
        got,
        vec![
            (C, 3, Problem::BadCapacity("-1".into())),
            (C, 4, Problem::BadCapacity("two".into())),
            (C, 5, Problem::DuplicateProvider { label: "Ana".into(), first_line: 2 }),
            (C, 6, Problem::EmptyLabel { column: "provider" }),
            (C, 7, Problem::FieldCount { expected: 2, found: 1 }),
            (C, 8, Problem::BadCapacity("1.5".into())),
            (E, 3, Problem::UnknownProvider("Zed".into())),
            (E, 4, Problem::BadScore("1000001".into())),
            (E, 5, Problem::BadScore("-3".into())),
            (E, 6, Problem::FieldCount { expected: 3, found: 4 }),
            (E, 7, Problem::DuplicatePair { seeker: "yusuf".into(), provider: "Ana".into(), first_line: 2 }),
            (E, 8, Problem::EmptyLabel { column: "seeker" }),
            (E, 9, Problem::BadScore("abc".into())),
        ]
    );
    // Providers with a bad capacity are still known: their edges are not reported as unknown.
    assert!(!e.iter().any(|e| matches!(&e.problem, Problem::UnknownProvider(p) if p == "Bo" || p == "Chidi")));
    let text = read_str(edges, caps).unwrap_err().to_string();
    assert!(text.starts_with("13 problems"), "{text}");
    assert!(text.contains("EDGES.csv line 3: provider \"Zed\" is not listed in CAPS.csv"), "{text}");
    assert!(text.contains("CAPS.csv line 3: capacity \"-1\""), "{text}");
}

#[test]
fn invalid_utf8_is_a_bad_row_not_a_crash() {
    let mut edges = b"seeker,provider,score\nyusuf,Ana,1\n".to_vec();
    edges.extend_from_slice(b"\xff\xfe,Ana,2\nmariam,Ana,3\n");
    let e = read(&edges[..], CAPS.as_bytes()).unwrap_err().errors;
    assert_eq!(e.len(), 1);
    assert_eq!((e[0].line, e[0].problem.clone()), (3, Problem::NotUtf8));
}

#[test]
fn line_numbers_count_lines_inside_quoted_labels() {
    // The second row's seeker spans two lines, so the bad row after it is on line 5.
    let edges = "seeker,provider,score\nyusuf,Ana,1\n\"two\nlines\",Ana,2\nmariam,Ana,x\n";
    assert_eq!(one(edges, CAPS), (InputFile::Edges, 5, Problem::BadScore("x".into())));
}

#[test]
fn hostile_labels_survive_verbatim() {
    let labels =
        ["=cmd|' /C calc'!A0", "comma, inside", "say \"hi\"", "+1", "-1", "@SUM(A1)", " spaced ", "new\nline", "ليلى"];
    let mut caps = String::from("provider,capacity\n");
    let mut edges = String::from("seeker,provider,score\n");
    for (i, l) in labels.iter().enumerate() {
        let quoted = format!("\"{}\"", l.replace('"', "\"\""));
        caps.push_str(&format!("{quoted},1\n"));
        edges.push_str(&format!("{quoted},{quoted},{}\n", 10 + i));
    }
    let labelled = read_str(&edges, &caps).unwrap();
    assert_eq!(labelled.seekers, labels);
    assert_eq!(labelled.providers, labels);
    let solution = solve(&labelled.instance);
    assert_eq!(solution.pairs_count(), labels.len());
    let out = pairs_csv(&labelled, &solution);
    // Quoted as CSV needs, never prefixed: other tools read these files back.
    assert!(out.contains("\"comma, inside\",\"comma, inside\",11\n"), "{out}");
    assert!(out.contains("\"say \"\"hi\"\"\""), "{out}");
    assert!(out.contains("\n=cmd|' /C calc'!A0,=cmd|' /C calc'!A0,10\n"), "{out}");
    assert!(!out.contains("'=") && !out.contains("'+") && !out.contains("'@"), "{out}");
    // And it reads back as the same pairs.
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let back: Vec<(String, String, u32)> = reader.deserialize().map(|r| r.unwrap()).collect();
    assert_eq!(back.len(), labels.len());
    for (seeker, provider, _) in back {
        assert_eq!(seeker, provider);
        assert!(labels.contains(&seeker.as_str()));
    }
}

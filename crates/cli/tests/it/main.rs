//! The `bridges` binary as a newcomer uses it: help, first run with its setup link, accounts from
//! the shell, the demo, pairing from CSV files, Measure's spreadsheets, Signpost's directory.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod browser;
mod directory;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_bridges");

fn bridges(data: &Path) -> Command {
    let mut c = Command::new(BIN);
    c.env_remove("DATABASE_URL").env("BRIDGES_DATA", data).env("BRIDGES_LOG", "warn");
    c
}

/// Starts `bridges serve` on a free port and returns it with what it printed: up to the address,
/// and on to the setup link when one is expected.
fn serve(data: &Path, expect_setup_link: bool) -> (Child, Vec<String>) {
    let mut child = bridges(data)
        .args(["serve", "--listen", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines: Vec<String> = Vec::new();
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let done = |lines: &[String]| {
        let listening = lines.iter().any(|l| l.contains("listening on"));
        listening && (!expect_setup_link || lines.iter().any(|l| l.contains("/setup/")))
    };
    while !done(&lines) {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap() == 0 {
            panic!("bridges serve stopped early: {lines:?}");
        }
        lines.push(line.trim().to_string());
    }
    (child, lines)
}

/// The address `bridges serve` printed, without a trailing slash.
fn address_of(lines: &[String]) -> String {
    lines
        .iter()
        .find_map(|l| l.strip_prefix("bridges is listening on "))
        .expect("address printed")
        .trim_end_matches('/')
        .to_string()
}

#[test]
fn help_explains_each_command() {
    let out = Command::new(BIN).arg("--help").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    for cmd in ["serve", "migrate", "user", "demo", "match"] {
        assert!(text.contains(cmd), "--help lacks {cmd}: {text}");
    }
    let out = Command::new(BIN).args(["user", "create", "--help"]).output().unwrap();
    assert!(String::from_utf8(out.stdout).unwrap().contains("--password-file"));
}

#[tokio::test]
async fn first_run_prints_address_and_setup_link() {
    let data = tempfile::tempdir().unwrap();
    let (mut child, lines) = serve(data.path(), true);
    let address = lines.iter().find_map(|l| l.strip_prefix("bridges is listening on ")).expect("address printed");
    let link = lines.iter().find(|l| l.contains("/setup/")).expect("setup link printed").trim().to_string();
    assert!(link.starts_with(address.trim_end_matches('/')));
    let page = reqwest::get(&link).await.unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("Set up bridges"));
    assert!(data.path().join("bridges.db").exists());
    assert!(data.path().join("index").is_dir() && data.path().join("files").is_dir());
    child.kill().unwrap();
    child.wait().unwrap();
}

#[test]
fn user_create_reads_the_password_from_a_file_and_ends_the_setup_link() {
    let data = tempfile::tempdir().unwrap();
    let pw = data.path().join("pw");
    std::fs::write(&pw, "a long enough password\n").unwrap();
    let out = bridges(data.path())
        .args(["user", "create", "--email", "Amina@Example.org", "--org", "Share My Language", "--role", "owner"])
        .arg("--password-file")
        .arg(&pw)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text} {}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains("amina@example.org is now owner of Share My Language"));

    // A short password, a bad email and an unknown organisation are refused with a clear word.
    std::fs::write(&pw, "short\n").unwrap();
    let out = bridges(data.path())
        .args(["user", "create", "--email", "b@example.org", "--org", "X", "--password-file"])
        .arg(&pw)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("password-too-short"));
    let out = bridges(data.path()).args(["user", "create", "--email", "nope", "--org", "X"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("email-invalid"));
    std::fs::write(&pw, "a long enough password\n").unwrap();
    let out = bridges(data.path())
        .args(["user", "create", "--email", "c@example.org", "--org", "Nowhere", "--role", "staff", "--password-file"])
        .arg(&pw)
        .env("RUST_BACKTRACE", "1")
        .output()
        .unwrap();
    // Said in one line, even where backtraces are asked for: a refusal is not a crash.
    let said = String::from_utf8_lossy(&out.stderr);
    let first = "error: there is no organisation named Nowhere; create it with --role owner first";
    assert_eq!(said.trim_end(), first, "{said}");
    assert_eq!(out.status.code(), Some(1));
    // The same person added again as staff of the existing organisation is refused as a duplicate.
    let out = bridges(data.path())
        .args(["user", "create", "--email", "amina@example.org", "--org", "Share My Language", "--role", "staff"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("already a member"));
}

#[tokio::test]
async fn demo_prints_a_login_that_works() {
    let data = tempfile::tempdir().unwrap();
    let out = bridges(data.path()).arg("demo").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success());
    assert!(text.contains("fictional"));
    let password =
        text.lines().find_map(|l| l.split("with the password ").nth(1)).expect("password printed").trim().to_string();
    // Running it again keeps one demo organisation and prints a new password.
    let again = String::from_utf8(bridges(data.path()).arg("demo").output().unwrap().stdout).unwrap();
    let second = again.lines().find_map(|l| l.split("with the password ").nth(1)).unwrap().trim().to_string();
    assert_ne!(password, second);

    let (mut child, lines) = serve(data.path(), false);
    assert!(!lines.iter().any(|l| l.contains("/setup/")), "no setup link once accounts exist");
    let address = address_of(&lines);
    let client =
        reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let login = client.get(format!("{address}/login")).send().await.unwrap();
    let csrf = login
        .headers()
        .get_all("set-cookie")
        .iter()
        .find_map(|v| {
            v.to_str().unwrap().strip_prefix("bridges_csrf=").map(|r| r.split(';').next().unwrap().to_string())
        })
        .unwrap();
    let r = client
        .post(format!("{address}/login"))
        .form(&[("email", "demo-owner@example.org"), ("password", second.as_str()), ("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    // The demo's published practice is in Learn.
    let found =
        client.get(format!("{address}/api/v1/search?q=walking+pairs")).send().await.unwrap().text().await.unwrap();
    assert!(found.contains("Weekly walking pairs (demo)"), "{found}");
    child.kill().unwrap();
    child.wait().unwrap();
}

fn write_instance(dir: &Path, edges: &str, caps: &str) -> (std::path::PathBuf, std::path::PathBuf) {
    let (e, c) = (dir.join("EDGES.csv"), dir.join("CAPS.csv"));
    std::fs::write(&e, edges).unwrap();
    std::fs::write(&c, caps).unwrap();
    (e, c)
}

#[test]
fn match_solve_writes_the_pairs_and_one_json_line() {
    let dir = tempfile::tempdir().unwrap();
    let (edges, caps) = write_instance(
        dir.path(),
        "seeker,provider,score\nyusuf,Ana,900\nyusuf,Bo,100\nmariam,Ana,800\n\"Leila, \"\"L\"\"\",Bo,50\n",
        "provider,capacity\nAna,1\nBo,2\n",
    );
    let out_file = dir.path().join("PAIRS.csv");
    let out = Command::new(BIN)
        .args(["match", "solve", "--edges"])
        .arg(&edges)
        .arg("--capacities")
        .arg(&caps)
        .arg("--out")
        .arg(&out_file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    let json: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
    assert_eq!(json["pairs"], 3);
    assert_eq!(json["total_score"], 950);
    assert_eq!(json["certificate"], true);
    assert!(json["solve_ms"].as_f64().unwrap() >= 0.0);
    assert_eq!(
        std::fs::read_to_string(&out_file).unwrap(),
        "seeker,provider,score\n\"Leila, \"\"L\"\"\",Bo,50\nmariam,Ana,800\nyusuf,Bo,100\n"
    );
}

#[test]
fn match_solve_names_the_bad_lines_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (edges, caps) = write_instance(
        dir.path(),
        "seeker,provider,score\nyusuf,Ana,900\nmariam,Ana,lots\nleila,Zed,1\n",
        "provider,capacity\nAna,1\n",
    );
    let out_file = dir.path().join("PAIRS.csv");
    let out = Command::new(BIN)
        .args(["match", "solve", "--edges"])
        .arg(&edges)
        .arg("--capacities")
        .arg(&caps)
        .arg("--out")
        .arg(&out_file)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("EDGES.csv line 3: score \"lots\""), "{stderr}");
    assert!(stderr.contains("EDGES.csv line 4: provider \"Zed\""), "{stderr}");
    assert!(out.stdout.is_empty());
    assert!(!out_file.exists());
}

#[test]
fn match_generate_writes_an_instance_that_solves() {
    let dir = tempfile::tempdir().unwrap();
    let status = Command::new(BIN)
        .args(["match", "generate", "--seekers", "200", "--providers", "150", "--candidates", "5", "--seed", "9"])
        .arg("--out-dir")
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
    let out = Command::new(BIN)
        .args(["match", "solve", "--edges"])
        .arg(dir.path().join("EDGES.csv"))
        .arg("--capacities")
        .arg(dir.path().join("CAPS.csv"))
        .arg("--out")
        .arg(dir.path().join("PAIRS.csv"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["certificate"], true);
    let pairs = std::fs::read_to_string(dir.path().join("PAIRS.csv")).unwrap();
    assert_eq!(pairs.lines().count() as u64, 1 + json["pairs"].as_u64().unwrap());
}

#[test]
fn demo_people_and_match_programme_write_explained_pairs() {
    let data = tempfile::tempdir().unwrap();
    let out = bridges(data.path()).args(["demo", "--people", "50"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{text}");
    let line = text.lines().find(|l| l.starts_with("Demo programme:")).expect("the programme is announced");
    assert!(line.ends_with("with 50 fictional people."), "{line}");
    let id = line.split('(').nth(2).and_then(|s| s.split(')').next()).unwrap().to_string();

    let csv = data.path().join("pairs.csv");
    let run = |member: &str, save: bool| {
        let mut c = bridges(data.path());
        c.args(["match", "programme", "--programme", &id, "--as", member, "--out"]).arg(&csv);
        if save {
            c.arg("--save");
        }
        c.output().unwrap()
    };
    let out = run("demo-coordinator@example.org", true);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["proved_optimal"], true);
    // The demo introduces 12 of its 30 newcomers to a buddy (their check-ins feed Measure's
    // contact indicators), so 18 newcomers and the volunteers with room left are still to pair.
    assert_eq!(summary["newcomers"], 18);
    assert_eq!(summary["volunteers"], 13);
    assert_eq!(summary["saved"], true);
    let pairs = summary["pairs"].as_u64().unwrap();
    assert!(pairs > 0);
    let written = std::fs::read_to_string(&csv).unwrap();
    assert!(written.starts_with("newcomer,volunteer,score_percent,why"));
    assert_eq!(written.lines().filter(|l| l.contains("Both speak")).count() as u64, pairs, "every pair says why");
    assert_eq!(
        written.lines().filter(|l| l.contains("waiting: ")).count() as u64,
        summary["waiting"].as_u64().unwrap()
    );

    // The CLI ran the same round as the page: the audit log has the same read of the programme's
    // people ("round"), by the coordinator, and the export of the file.
    let audit = tokio::runtime::Runtime::new().unwrap().block_on(async {
        let store = bridges_store::Store::open_sqlite(data.path()).await.unwrap();
        let count = |what: &'static str, kind: &'static str| {
            let store = store.clone();
            async move {
                let sql = format!(
                    "SELECT CAST(COUNT(*) AS TEXT) FROM audit_events WHERE kind = '{kind}' AND detail LIKE '%\"what\":\"{what}\"%' \
                     AND actor_user_id IS NOT NULL"
                );
                bridges_store::test_support::query_text(&store, &sql).await.unwrap().unwrap()
            }
        };
        (count("round", "personal-data-viewed").await, count("match-programme", "personal-data-exported").await)
    });
    // Two rounds read the people: the demo's own (it introduces some pairs) and the CLI's.
    assert_eq!(audit, ("2".to_string(), "1".to_string()), "the CLI audits as the page does");

    // A volunteer may not read the participants; a stranger is not a member.
    let out = run("demo-volunteer@example.org", false);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("may not read participants"));
    assert!(!run("nobody@example.org", false).status.success());
    // Staff may read but not save.
    let out = run("demo-staff@example.org", true);
    assert!(String::from_utf8_lossy(&out.stderr).contains("may not save a round"));
    let out = bridges(data.path()).args(["demo", "--people", "999999"]).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--people may be at most 200000"));
    let out = bridges(data.path()).args(["demo", "--people", "10"]).output().unwrap();
    assert!(out.status.success());
    assert!(!String::from_utf8_lossy(&out.stdout).contains("Demo programme:"), "an existing demo programme stays");
}

/// At the most talkative log level, a first run, a login and an invitation leave no password,
/// token, link secret or email address in what the server prints.
#[tokio::test]
async fn no_log_level_prints_secrets() {
    let data = tempfile::tempdir().unwrap();
    let mut child = bridges(data.path())
        .env("BRIDGES_LOG", "trace")
        .args(["serve", "--listen", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let stderr = child.stderr.take().unwrap();
    // Each line, and whether it came on standard error.
    let (tx, rx) = std::sync::mpsc::channel::<(bool, String)>();
    for (on_stderr, stream) in [(false, Box::new(stdout) as Box<dyn std::io::Read + Send>), (true, Box::new(stderr))] {
        let tx = tx.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stream).lines().map_while(Result::ok) {
                let _ = tx.send((on_stderr, line));
            }
        });
    }
    // Everything printed, and what of it came on standard output.
    let (mut printed, mut answered): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
    let mut keep = |(on_stderr, line): (bool, String)| {
        if !on_stderr {
            answered.push(line.clone());
        }
        printed.push(line.clone());
        line
    };
    let (mut address, mut link) = (None, None);
    while address.is_none() || link.is_none() {
        let line = rx.recv_timeout(std::time::Duration::from_secs(60)).expect("bridges serve printed its address");
        let line = keep(line);
        if let Some(a) = line.strip_prefix("bridges is listening on ") {
            address = Some(a.trim().trim_end_matches('/').to_string());
        }
        if line.contains("/setup/") {
            link = Some(line.trim().to_string());
        }
    }
    let (address, link) = (address.unwrap(), link.unwrap());
    let setup_token = link.rsplit('/').next().unwrap().to_string();
    let password = "correct horse battery staple";
    let client =
        reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let csrf_of = |r: &reqwest::Response| {
        r.headers().get_all("set-cookie").iter().find_map(|v| {
            v.to_str().unwrap().strip_prefix("bridges_csrf=").map(|r| r.split(';').next().unwrap().to_string())
        })
    };
    let csrf = csrf_of(&client.get(&link).send().await.unwrap()).unwrap();
    let r = client
        .post(&link)
        .form(&[
            ("org_name", "Secret Keepers"),
            ("country", "BE"),
            ("language", "en"),
            ("time_zone", "Europe/Brussels"),
            ("name", "Olga Owner"),
            ("email", "olga.owner@example.org"),
            ("password", password),
            ("password_confirm", password),
            ("csrf_token", csrf.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let csrf = csrf_of(&r).unwrap_or(csrf);
    let org = r.headers()["location"].to_str().unwrap().trim_start_matches("/orgs/").to_string();
    let session = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .find_map(|v| {
            v.to_str().unwrap().strip_prefix("bridges_session=").map(|r| r.split(';').next().unwrap().to_string())
        })
        .unwrap();
    let r = client
        .post(format!("{address}/api/v1/orgs/{org}/invitations"))
        .header("x-csrf-token", csrf.as_str())
        .json(&serde_json::json!({"email": "invitee.person@example.org", "role": "staff"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let invitation =
        r.json::<serde_json::Value>().await.unwrap()["link"].as_str().unwrap().rsplit('/').next().unwrap().to_string();
    let r = client
        .post(format!("{address}/login"))
        .form(&[("email", "olga.owner@example.org"), ("password", password), ("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    child.kill().unwrap();
    child.wait().unwrap();
    while let Ok(line) = rx.recv_timeout(std::time::Duration::from_millis(500)) {
        keep(line);
    }
    // The log goes to standard error: standard output holds only what the server tells its user.
    let levels = ["TRACE", "DEBUG", "INFO", "WARN", "ERROR"];
    assert!(
        answered.iter().all(|l| !levels.iter().any(|level| l.contains(level))),
        "log lines on standard output: {answered:?}"
    );
    let after_start: String = printed.iter().filter(|l| !l.contains("/setup/")).cloned().collect::<Vec<_>>().join("\n");
    assert!(
        after_start.contains("TRACE") || after_start.contains("DEBUG"),
        "the log really was at trace: {after_start}"
    );
    for secret in [
        setup_token.as_str(),
        password,
        "olga.owner@example.org",
        "invitee.person@example.org",
        &session,
        &invitation,
        &csrf,
    ] {
        assert!(!after_start.contains(secret), "{secret} was printed:\n{after_start}");
    }
}

/// Starts `bridges serve` from `command` on a free port, and answers it with its address; what it
/// prints after that is drained so it never blocks.
fn serve_from(mut command: Command) -> (Child, String) {
    let mut child = command
        .args(["serve", "--listen", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let address = loop {
        let mut line = String::new();
        assert!(reader.read_line(&mut line).unwrap() > 0, "bridges serve stopped early");
        if let Some(a) = line.trim().strip_prefix("bridges is listening on ") {
            break a.trim_end_matches('/').to_string();
        }
    };
    std::thread::spawn(move || std::io::copy(&mut reader, &mut std::io::sink()));
    (child, address)
}

/// A logged-in client of a running `bridges serve`, with the CSRF token its API calls carry.
async fn logged_in(address: &str, email: &str, password: &str) -> (reqwest::Client, String) {
    let client =
        reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let cookie = |r: &reqwest::Response, name: &str| {
        r.headers().get_all("set-cookie").iter().find_map(|v| {
            v.to_str().unwrap().strip_prefix(&format!("{name}=")).map(|r| r.split(';').next().unwrap().to_string())
        })
    };
    let page = client.get(format!("{address}/login")).send().await.unwrap();
    let csrf = cookie(&page, "bridges_csrf").unwrap();
    let r = client
        .post(format!("{address}/login"))
        .form(&[("email", email), ("password", password), ("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let csrf = cookie(&r, "bridges_csrf").unwrap_or(csrf);
    (client, csrf)
}

/// Writers under load, `kill -9`, restart: every write the server acknowledged is there. Then a
/// backup taken while serving opens as a data folder of its own, with the same data.
async fn acknowledged_writes_survive_kill_9(database_url: Option<String>) {
    let data = tempfile::tempdir().unwrap();
    let with_db = |mut c: Command| {
        if let Some(url) = &database_url {
            c.env("DATABASE_URL", url);
        }
        c
    };
    let pw = data.path().join("pw");
    let password = "a long enough password";
    std::fs::write(&pw, password).unwrap();
    let out = with_db(bridges(data.path()))
        .args(["user", "create", "--email", "writer@example.org", "--org", "Durable", "--role", "owner"])
        .arg("--password-file")
        .arg(&pw)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let start = || serve_from(with_db(bridges(data.path())));
    let (mut server, address) = start();
    let (client, csrf) = logged_in(&address, "writer@example.org", password).await;
    let orgs: serde_json::Value =
        client.get(format!("{address}/api/v1/orgs")).send().await.unwrap().json().await.unwrap();
    let org = orgs[0]["id"].as_str().unwrap().to_string();
    let projects = format!("{address}/api/v1/orgs/{org}/projects");
    let acknowledged = std::sync::Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let mut writers = Vec::new();
    for w in 0..4 {
        let (client, csrf, projects, acknowledged) =
            (client.clone(), csrf.clone(), projects.clone(), acknowledged.clone());
        writers.push(tokio::spawn(async move {
            for i in 0.. {
                let title = format!("write {w}-{i}");
                let sent = client
                    .post(&projects)
                    .header("x-csrf-token", csrf.as_str())
                    .json(&serde_json::json!({"title": title}))
                    .send()
                    .await;
                match sent {
                    Ok(r) if r.status() == 201 => acknowledged.lock().unwrap().push(title),
                    Ok(r) => panic!("a write was refused: {}", r.status()),
                    Err(_) => break,
                }
            }
        }));
    }
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    server.kill().unwrap(); // SIGKILL: no shutdown, no flush
    server.wait().unwrap();
    for w in writers {
        w.await.unwrap();
    }
    let written = acknowledged.lock().unwrap().clone();
    assert!(written.len() > 20, "the writers wrote: {}", written.len());

    let (mut server, address) = start();
    let (client, _) = logged_in(&address, "writer@example.org", password).await;
    let projects = format!("{address}/api/v1/orgs/{org}/projects");
    let stored: serde_json::Value = client.get(&projects).send().await.unwrap().json().await.unwrap();
    let titles: std::collections::HashSet<&str> =
        stored.as_array().unwrap().iter().filter_map(|p| p["title"].as_str()).collect();
    let lost: Vec<&String> = written.iter().filter(|t| !titles.contains(t.as_str())).collect();
    println!("{} writes acknowledged before kill -9, {} lost", written.len(), lost.len());
    assert!(lost.is_empty(), "acknowledged writes lost: {lost:?}");

    if database_url.is_none() {
        // A backup while serving, restored by serving from it.
        let copy = data.path().join("backup");
        let out = bridges(data.path()).args(["backup", "--to"]).arg(&copy).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stdout).contains("bridges serve --data"));
        server.kill().unwrap();
        server.wait().unwrap();
        let (mut restored, address) = serve_from(bridges(&copy));
        let (client, _) = logged_in(&address, "writer@example.org", password).await;
        let stored: serde_json::Value =
            client.get(format!("{address}/api/v1/orgs/{org}/projects")).send().await.unwrap().json().await.unwrap();
        assert_eq!(stored.as_array().unwrap().len(), titles.len(), "the backup holds every project");
        restored.kill().unwrap();
        restored.wait().unwrap();
        let again = bridges(data.path()).args(["backup", "--to"]).arg(&copy).output().unwrap();
        assert!(!again.status.success(), "an existing folder is never overwritten");
    } else {
        server.kill().unwrap();
        server.wait().unwrap();
    }
}

mod sqlite {
    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn acknowledged_writes_survive_kill_9_and_a_backup_restores() {
        super::acknowledged_writes_survive_kill_9(None).await;
    }
}

mod postgres {
    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    #[ignore = "needs PostgreSQL: set BRIDGES_TEST_POSTGRES and run with --ignored"]
    async fn acknowledged_writes_survive_kill_9() {
        let admin = std::env::var("BRIDGES_TEST_POSTGRES")
            .expect("the PostgreSQL tests need BRIDGES_TEST_POSTGRES=postgres://user@host:port/database");
        let (name, url) = bridges_store::test_support::create_postgres_database(&admin).await.unwrap();
        super::acknowledged_writes_survive_kill_9(Some(url)).await;
        bridges_store::test_support::drop_postgres_database(&admin, &name).await.unwrap();
    }
}

/// `bridges measure`: the demo's activity log exported to CSV imports back whole (the log doubles),
/// a bad file imports nothing and names its problems by line and column, and the role decides.
#[test]
fn measure_export_and_import_round_trip_the_activity_log() {
    let data = tempfile::tempdir().unwrap();
    let out = bridges(data.path()).arg("demo").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let org = "Riverside Welcome Network (demo, fictional)";
    let measure = |command: &str, member: &str, what: &str, file_flag: &str, file: &Path| {
        let mut c = bridges(data.path());
        c.args(["measure", command, "--org", org, "--as", member, "--what", what, file_flag]).arg(file);
        c.output().unwrap()
    };
    let export = |file: &Path| {
        let out = measure("export", "demo-viewer@example.org", "activities", "--out", file);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()["rows"].as_u64().unwrap()
    };
    let csv = data.path().join("activities.csv");
    let before = export(&csv);
    assert!(before > 0);
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with("date,time,activity_kind,title,"), "{text}");
    assert_eq!(text.lines().count() as u64, before + 1);

    let out = measure("import", "demo-volunteer@example.org", "activities", "--file", &csv);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
    let imported: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(imported["imported"].as_u64(), Some(before));
    assert_eq!(export(&data.path().join("again.xlsx")), 2 * before, "the log doubled");

    // A bad file: nothing is imported, and each problem is named by its line and column.
    let bad = data.path().join("bad.csv");
    std::fs::write(&bad, "date,activity_kind,title,project\n2026-03-05,session,Fine,\n2026-13-01,party,,Nowhere\n")
        .unwrap();
    let out = measure("import", "demo-staff@example.org", "activities", "--file", &bad);
    assert!(!out.status.success());
    let printed = String::from_utf8_lossy(&out.stdout);
    for line in ["line 3, column date: date-invalid", "line 3, column activity_kind: activity-kind-invalid"] {
        assert!(printed.contains(line), "{line} in {printed}");
    }
    assert!(printed.contains("line 3, column project: not-found"), "{printed}");
    assert!(!printed.contains("line 2"), "{printed}");
    assert_eq!(export(&csv), 2 * before, "nothing was imported");

    // A viewer may export but not import; an unknown file type is refused.
    let out = measure("import", "demo-viewer@example.org", "activities", "--file", &csv);
    assert!(String::from_utf8_lossy(&out.stderr).contains("may not log activities"));
    let out = measure("export", "demo-staff@example.org", "indicators", "--out", &data.path().join("values.txt"));
    assert!(!out.status.success());
    let out = measure("export", "demo-staff@example.org", "indicators", "--out", &data.path().join("values.csv"));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// `bridges survey`: a real XLSForm imports (its counts printed as one JSON line), a duplicated
/// column is refused by sheet, row and column, the survey exports back to a workbook that imports
/// again with the same counts, and its responses export to CSV, by staff only.
#[test]
fn survey_import_and_export_from_the_shell() {
    let data = tempfile::tempdir().unwrap();
    let out = bridges(data.path()).arg("demo").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let org = "Riverside Welcome Network (demo, fictional)";
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/xlsform");
    let shared = if shared.exists() { shared } else { Path::new("/work/shared/xlsform").to_path_buf() };
    let import = |file: &Path, member: &str| {
        let mut c = bridges(data.path());
        c.args(["survey", "import-xlsform"]).arg(file).args(["--org", org, "--as", member]);
        c.output().unwrap()
    };
    let out = import(&shared.join("group.xlsx"), "demo-coordinator@example.org");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let made: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // Its rows: a text, a phone number (metadata bridges never fills in) and an integer in a group.
    assert_eq!(made["questions"], 3, "{made}");
    assert_eq!(made["choices"], 0);
    assert_eq!(made["languages"], 1);
    let survey = made["survey"].as_str().unwrap().to_string();

    let out = import(&shared.join("duplicate_columns.xlsx"), "demo-coordinator@example.org");
    assert!(!out.status.success());
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(printed.contains("sheet survey, row 1, column label: xlsform-duplicate-column"), "{printed}");
    let out = import(&shared.join("group.xlsx"), "demo-staff@example.org");
    assert!(String::from_utf8_lossy(&out.stderr).contains("may not make surveys"));

    let book = data.path().join("back.xlsx");
    let out = bridges(data.path())
        .args(["survey", "export-xlsform", "--survey", &survey, "--as", "demo-viewer@example.org", "--out"])
        .arg(&book)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let again: serde_json::Value =
        serde_json::from_slice(&import(&book, "demo-coordinator@example.org").stdout).unwrap();
    assert_eq!(
        (again["questions"].clone(), again["languages"].clone()),
        (made["questions"].clone(), made["languages"].clone())
    );

    // Its responses, by staff only.
    let listed = bridges(data.path()).args(["survey", "export-responses", "--survey", &survey]).output().unwrap();
    assert!(!listed.status.success(), "--as and --out are needed");
    let store_survey = {
        let out = bridges(data.path())
            .args(["survey", "export-responses", "--survey", &survey, "--as", "demo-viewer@example.org", "--out"])
            .arg(data.path().join("r.csv"))
            .output()
            .unwrap();
        assert!(String::from_utf8_lossy(&out.stderr).contains("may not export responses"));
        survey
    };
    let csv = data.path().join("responses.csv");
    let out = bridges(data.path())
        .args(["survey", "export-responses", "--survey", &store_survey, "--as", "demo-staff@example.org", "--out"])
        .arg(&csv)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(std::fs::read_to_string(&csv).unwrap().starts_with("response,submitted_on,via,wave,"));
}

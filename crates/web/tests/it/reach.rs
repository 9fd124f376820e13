//! Reach: text that reads the right way round whatever its direction. A name holding a
//! right-to-left override is refused at the public sign-up link, in the API and in an import, with
//! a message that says why; the form shows it back without the override. A name that came in
//! before that rule (written to the store as an older version kept it) is isolated on every page
//! and in every letter that shows it, so it cannot turn the text after it around.

use crate::connect::{between, import_people, new_programme, open_sign_up, people_csv};
use crate::harness::TestApp;
use crate::on_both_backends;
use bridges_domain::policy::EditParticipants;
use reqwest::{Method, StatusCode};
use serde_json::json;

on_both_backends!(
    a_right_to_left_override_cannot_turn_a_name_around,
    the_home_page_shows_today_s_work,
    languages_levels_and_the_audit_log_read_in_the_reader_s_words,
    pictures_beside_their_words
);

const OVERRIDDEN: &str = "Mallory\u{202E}lanoitcif";

/// How many times `name` is on the page, after checking that each time it is isolated: inside a
/// `<bdi>`, or after a first-strong isolate (a value in a message, a page's title).
fn isolated_times(raw: &str, name: &str) -> usize {
    let mut times = 0;
    for (at, _) in raw.match_indices(name) {
        let before = &raw[..at];
        assert!(
            before.ends_with("<bdi>") || before.ends_with('\u{2068}'),
            "not isolated: …{}",
            &before[before.len().saturating_sub(120)..]
        );
        times += 1;
    }
    // Nothing else on the page holds the override.
    assert_eq!(raw.matches('\u{202E}').count(), times, "an override outside the name");
    times
}

async fn a_right_to_left_override_cannot_turn_a_name_around(app: &TestApp) {
    let (coordinator, org) = app.set_up("Org A", "olga@example.org").await;
    let base = new_programme(&coordinator, &org.to_string()).await;

    // The public sign-up link refuses the override, says why, and shows the name without it.
    let join = open_sign_up(&coordinator, &base).await;
    let stranger = app.client();
    stranger.get(&join).await;
    let person = |name: &'static str| {
        vec![
            ("side", "newcomer"),
            ("name", name),
            ("contact_language", "ar"),
            ("speaks-lang-1", "fr"),
            ("speaks-level-1", "native"),
            ("area", "1000"),
            ("slot-mon-evening", "1"),
            ("consent_pairing", "1"),
        ]
    };
    let r = stranger.post_form(&join, &person(OVERRIDDEN)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("invisible characters that can turn the text around it back to front"), "{}", r.body);
    assert!(r.body.contains("value=\"Mallorylanoitcif\""), "the name comes back without the override");
    assert!(!r.raw.contains('\u{202E}'));
    // Every other invisible steering character is refused the same way; joiners Persian needs pass.
    for hostile in ["\u{2067}Ali\u{2069}", "Ana\u{200F}", "Zero\u{200B}Width", "\u{FEFF}Bom"] {
        let mut form = person("x");
        form[1] = ("name", hostile);
        assert_eq!(stranger.post_form(&join, &form).await.status, StatusCode::UNPROCESSABLE_ENTITY, "{hostile:?}");
    }
    assert_eq!(stranger.post_form(&join, &person("می\u{200C}خواهم")).await.status, StatusCode::OK);

    // The API and an import refuse it too, naming the field.
    let programme = base.rsplit('/').next().unwrap().to_string();
    let people = format!("/api/v1/orgs/{org}/programmes/{programme}/participants");
    let r = coordinator
        .api(
            Method::POST,
            &people,
            Some(json!({"side": "newcomer", "name": OVERRIDDEN, "speaks": "fr:native", "area": "1000",
                        "availability": "mon-evening", "consent_recorded": true})),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert_eq!(r.json()["errors"][0]["field"], "name");
    assert_eq!(r.json()["errors"][0]["code"], "text-invisible-characters");
    let file = format!("{}newcomer,{OVERRIDDEN},,fr,fr:native,,1000,mon-evening,,,no,no,1\n", people_csv(0, 0));
    let r = coordinator
        .upload(&format!("{base}/import"), "people.csv", file.into_bytes(), &[("consent_recorded", "1")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("turn the text around it back to front"));

    // A name an older version kept with the override, and a volunteer to pair them with.
    let user = app.user("sam@example.org").await;
    let staff = app.store.add_member(org, user, bridges_domain::Role::Staff, app.clock_now()).await.unwrap();
    let grant = staff.grant::<EditParticipants>().unwrap();
    let fields = |name: &str| {
        let name = name.to_string();
        move |field: &str| match field {
            "side" => "newcomer".to_string(),
            "name" => name.clone(),
            "contact_language" => "ar".to_string(),
            "speaks" => "fr:native".to_string(),
            "area" => "1000".to_string(),
            "availability" => "mon-evening".to_string(),
            _ => String::new(),
        }
    };
    let buddies = bridges_pairing::Programme::for_kind(bridges_pairing::Kind::Buddy);
    let (side, mut record) = bridges_app::connect::record::parse_person(
        fields("Mallory"),
        &buddies,
        bridges_app::connect::record::Entry::Staff,
    )
    .unwrap();
    record.name = OVERRIDDEN.to_string();
    let now = app.clock_now();
    let ids = app
        .store
        .add_participants(&grant, programme.parse().unwrap(), &[record.joining(side, Vec::new(), now)], "import", now)
        .await
        .unwrap();
    let mallory = ids[0];
    import_people(&coordinator, &base, 2, 0).await;

    // Every page and letter that shows the name isolates it.
    let list = coordinator.get(&format!("{base}/participants")).await;
    assert_eq!(isolated_times(&list.raw, OVERRIDDEN), 1, "the list");
    let own = coordinator.get(&format!("{base}/participants/{mallory}")).await;
    assert_eq!(isolated_times(&own.raw, OVERRIDDEN), 2, "their page: its title and heading");
    assert!(own.raw.contains("value=\"Mallorylanoitcif\""), "the edit form offers the name without it");
    assert_eq!(coordinator.post_form(&format!("{base}/round"), &[]).await.status, StatusCode::SEE_OTHER);
    let round = coordinator.get(&format!("{base}/round")).await;
    // Their proposal; the names its four buttons and its swap menu are read out with; and the swap
    // offered to the other pair.
    assert_eq!(isolated_times(&round.raw, OVERRIDDEN), 7, "their proposal, its controls, the other pair's swap");
    assert_eq!(coordinator.post_form(&format!("{base}/round/accept-all"), &[]).await.status, StatusCode::SEE_OTHER);
    let pairs = coordinator.get(&format!("{base}/pairs")).await;
    assert_eq!(isolated_times(&pairs.raw, OVERRIDDEN), 1, "the pairs");
    let before = &pairs.raw[..pairs.raw.find(OVERRIDDEN).unwrap()];
    let at = before.rfind("/pairs/").unwrap() + "/pairs/".len();
    let pair = before[at..at + 36].to_string();
    let shown = coordinator.get(&format!("{base}/pairs/{pair}")).await;
    assert_eq!(isolated_times(&shown.raw, OVERRIDDEN), 2, "the pair's title and heading");
    let letters = coordinator.get(&format!("{base}/pairs/{pair}/introduction")).await;
    assert_eq!(
        isolated_times(&letters.raw, OVERRIDDEN),
        2,
        "the greeting of their letter, and their name in the partner's"
    );
    assert!(letters.raw.contains("lang=\"ar\""), "Mallory's letter is in Arabic");
    // Mallory's partner is named the right way round after the name in the letter to Mallory.
    assert!(letters.body.contains("Volunteer 0"));
}

/// Light pages: the stylesheet and htmx under names that change with their content, kept by the
/// browser for a year and sent gzipped; htmx only on the page whose form uses it; pages themselves
/// never compressed (they hold the CSRF token beside text a visitor chooses), and a public page
/// small on a repeat visit.
#[tokio::test]
async fn assets_are_fingerprinted_compressed_and_loaded_only_where_used() {
    let app = TestApp::sqlite().await;
    let (owner, org) = app.set_up("Org A", "olga@example.org").await;
    let visitor = app.client();
    let gzip = |path: String| {
        let visitor = &visitor;
        async move { visitor.send(visitor.http.get(visitor.url(&path)).header("accept-encoding", "gzip, br")).await }
    };
    let login = gzip("/login".to_string()).await;
    assert!(login.headers.get("content-encoding").is_none(), "a page is never compressed");
    let css = between(&login.body, "<link rel=\"stylesheet\" href=\"", "\">")
        .trim_start_matches("<link rel=\"stylesheet\" href=\"")
        .to_string();
    let name = css.trim_start_matches("/static/app.").trim_end_matches(".css");
    assert!(name.len() == 16 && name.chars().all(|c| c.is_ascii_hexdigit()), "{css}");
    assert!(!login.body.contains("<script"), "no script where no form needs one");
    assert!(!login.body.contains("hx-headers"));

    let plain = owner.get(&css).await;
    assert_eq!(plain.status, StatusCode::OK);
    assert!(plain.headers.get("content-encoding").is_none());
    assert!(plain.body.contains(".site-header"));
    let zipped = owner.http.get(owner.url(&css)).header("accept-encoding", "gzip").send().await.unwrap();
    assert_eq!(zipped.headers()["content-encoding"], "gzip");
    assert_eq!(zipped.headers()["cache-control"], "public, max-age=31536000, immutable");
    assert_eq!(zipped.headers()["vary"], "accept-encoding");
    let bytes = zipped.bytes().await.unwrap();
    assert!(bytes.len() * 3 < plain.body.len(), "gzipped {} of {} bytes", bytes.len(), plain.body.len());
    let refused = owner.http.get(owner.url(&css)).header("accept-encoding", "gzip;q=0").send().await.unwrap();
    assert!(refused.headers().get("content-encoding").is_none(), "gzip;q=0 means no gzip");
    assert_eq!(owner.get("/static/app.css").await.status, StatusCode::NOT_FOUND, "only the current name");
    assert_eq!(owner.get("/static/app.0000000000000000.css").await.status, StatusCode::NOT_FOUND);

    // The members page's invitation form is the one htmx enhances.
    let members = owner.get(&format!("/orgs/{org}/members")).await.body;
    let htmx = members.split("<script src=\"").nth(1).and_then(|rest| rest.split('"').next()).unwrap().to_string();
    assert!(htmx.starts_with("/static/htmx.") && htmx.ends_with(".min.js"), "{htmx}");
    assert!(members.contains("data-hx-post="));
    let script = owner.http.get(owner.url(&htmx)).header("accept-encoding", "gzip").send().await.unwrap();
    assert_eq!(script.status(), StatusCode::OK);
    assert_eq!(script.headers()["content-type"], "text/javascript; charset=utf-8");

    // A public page on a repeat visit (its stylesheet kept) is the page alone.
    let learn = gzip("/learn".to_string()).await;
    assert!(learn.raw.len() < 30_000, "/learn is {} bytes", learn.raw.len());
    app.finish().await;
}

/// The organisation's home page lists what needs doing, each a link to where it is done: people
/// waiting, then pairs gone quiet once a month passes without a meeting; a viewer, who may not read
/// participants, is shown none of it; and looking at it opens nobody's record.
async fn the_home_page_shows_today_s_work(app: &TestApp) {
    let (coordinator, org) = app.set_up("Org A", "olga@example.org").await;
    let home = format!("/orgs/{org}");
    let page = coordinator.get(&home).await.body;
    assert!(page.contains("Nothing needs doing today"), "{}", between(&page, "<main", "</main>"));
    let base = new_programme(&coordinator, &org.to_string()).await;
    import_people(&coordinator, &base, 2, 4).await;
    let page = coordinator.get(&home).await.body;
    let waiting = format!("<a href=\"{base}/participants?status=waiting\">6 newcomers are waiting in Buddies of Anderlecht, the longest for 0 days</a>");
    assert!(page.contains(&waiting), "{}", between(&page, "<main", "</main>"));
    assert!(!page.contains("gone quiet"));

    // A round pairs two, introduced; a month without a check-in and they have gone quiet.
    assert_eq!(coordinator.post_form(&format!("{base}/round"), &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(coordinator.post_form(&format!("{base}/round/accept-all"), &[]).await.status, StatusCode::SEE_OTHER);
    let pairs = coordinator.get(&format!("{base}/pairs")).await.body;
    for (at, _) in pairs.match_indices("/introduction\"") {
        let href = &pairs[pairs[..at].rfind("href=\"").unwrap() + 6..at];
        assert_eq!(
            coordinator.post_form(&format!("{href}/introduce"), &[("back", "pair")]).await.status,
            StatusCode::SEE_OTHER
        );
    }
    app.clock.advance(chrono::Duration::days(30));
    coordinator.login("olga@example.org", crate::harness::PASSWORD).await;
    let page = coordinator.get(&home).await.body;
    assert!(
        page.contains(&format!("<a href=\"{base}/pairs\">2 pairs have gone quiet in Buddies of Anderlecht</a>")),
        "{}",
        between(&page, "<main", "</main>")
    );
    assert!(page.contains("4 newcomers are waiting in Buddies of Anderlecht, the longest for 30 days"));

    let viewer = app.member(org, "vic@example.org", bridges_domain::Role::Viewer).await;
    let page = viewer.get(&home).await.body;
    assert!(!page.contains("are waiting in") && !page.contains("have gone quiet in"), "a viewer reads no participants");
    let audit = coordinator.api(Method::GET, &format!("/api/v1/orgs/{org}/audit"), None).await.json();
    let home_reads = audit
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "personal-data-viewed" && e["detail"]["what"] == "home")
        .count();
    assert_eq!(home_reads, 0);
}

/// Languages are named in the reader's language (the CLDR's names), with their levels in words,
/// in lists, forms, the fairness table and the reasons for a pair; the audit log says what
/// happened in sentences, keeping the recorded data one click away.
async fn languages_levels_and_the_audit_log_read_in_the_reader_s_words(app: &TestApp) {
    let (owner, org) = app.set_up("Org A", "olga@example.org").await;
    let base = new_programme(&owner, &org.to_string()).await;
    open_sign_up(&owner, &base).await;
    import_people(&owner, &base, 2, 3).await;

    let list = owner.get(&format!("{base}/participants")).await.body;
    assert!(list.contains("Arabic (Native), French (Conversational)"), "{}", between(&list, "<tbody>", "</tbody>"));
    assert!(list.contains("Dutch (Native), French (Fluent)"));
    assert!(!list.contains("ar:native") && !list.contains("nl:native"), "codes are not shown as stored");
    // Forms offer each language by the reader's name for it and by its own.
    let form = owner.get(&format!("{base}/participants/new")).await.body;
    assert!(form.contains(">Arabic — العربية</option>") && form.contains(">Tigrinya — ትግርኛ</option>"), "{form}");
    assert_eq!(owner.post_form(&format!("{base}/round"), &[]).await.status, StatusCode::SEE_OTHER);
    let round = owner.get(&format!("{base}/round")).await.body;
    assert!(round.contains("Both speak French"), "{}", between(&round, "<main", "</main>"));
    assert!(between(&round, "fairness", "</table>").contains("<bdi>Arabic</bdi>"), "the fairness groups are named");

    let r = owner.post_form("/lang", &[("lang", "fr"), ("next", "/")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let list = owner.get(&format!("{base}/participants")).await.body;
    assert!(
        list.contains("arabe (Langue maternelle), français (Conversation)"),
        "{}",
        between(&list, "<tbody>", "</tbody>")
    );
    let round = owner.get(&format!("{base}/round")).await.body;
    assert!(between(&round, "fairness", "</table>").contains("<bdi>arabe</bdi>"));
    let r = owner.post_form("/lang", &[("lang", "ar"), ("next", "/")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let list = owner.get(&format!("{base}/participants")).await.body;
    assert!(list.contains("العربية"), "{}", between(&list, "<tbody>", "</tbody>"));
    assert!(!list.contains("Arabic"));

    // The audit log: the reading of the list, in words, with the data beside it.
    let r = owner.post_form("/lang", &[("lang", "en"), ("next", "/")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let log = owner.get(&format!("/orgs/{org}/audit")).await.body;
    assert!(
        log.contains(" people&#39;s records, for the list of participants."),
        "{}",
        between(&log, "<tbody>", "</tbody>")
    );
    let sentences = log.split("<details>").map(|cell| cell.split("</details>").last().unwrap_or_default());
    assert!(sentences.clone().all(|outside| !outside.contains("&quot;what&quot;")), "raw data only inside <details>");
}

/// Three pictures, each drawn on the server with the same facts in words beside it: who moves
/// whom in the power analysis (on its page and in the printable plan), a pair's score split by
/// what made it, and how long the people waiting have waited.
async fn pictures_beside_their_words(app: &TestApp) {
    let (owner, org) = app.set_up("Org A", "olga@example.org").await;
    let r = owner.post_form(&format!("/orgs/{org}/projects/from-example"), &[("example", "san-salvario")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let project = r.location();
    let id = project.rsplit('/').next().unwrap();
    let doc = owner.api(Method::GET, &format!("/api/v1/orgs/{org}/projects/{id}"), None).await.json();
    let (people, relations) = (doc["stakeholders"].as_array().unwrap(), doc["relations"].as_array().unwrap());
    for page in [format!("{project}/power"), format!("{project}/plan")] {
        let body = owner.get(&page).await.body;
        let network = between(&body, "<title>Who moves whom</title>", "</svg>");
        assert_eq!(network.matches("<circle").count(), people.len(), "{page}: one circle per stakeholder");
        assert_eq!(network.matches("<line").count(), relations.len(), "{page}: one arrow per relation");
        let name = people[0]["name"].as_str().unwrap();
        assert!(network.contains(&format!("<title>{}</title>", name.replace('\'', "&#39;"))), "{page}: {name}");
        assert!(body.contains("The list of relations says the same in words."), "{page}");
        scroll_boxes_take_focus(&body);
    }

    let base = new_programme(&owner, &org.to_string()).await;
    open_sign_up(&owner, &base).await;
    import_people(&owner, &base, 1, 4).await;
    app.clock.advance(chrono::Duration::days(10));
    owner.login("olga@example.org", crate::harness::PASSWORD).await;
    let overview = owner.get(&base).await.body;
    let chart = between(&overview, "waited-title", "</details>");
    assert!(chart.contains("<svg") && chart.contains("How long the people waiting have waited"), "{overview}");
    assert!(chart.contains("1–2 weeks: 6 people"), "the picture says it in words too: {chart}");
    assert!(chart.contains("<td>1–2 weeks</td><td>6</td>"), "the table says what the bars show: {chart}");
    assert!(chart.contains("<td>under a week</td><td>0</td>"));
    scroll_boxes_take_focus(&overview);

    assert_eq!(owner.post_form(&format!("{base}/round"), &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(owner.post_form(&format!("{base}/round/accept-all"), &[]).await.status, StatusCode::SEE_OTHER);
    let pairs = owner.get(&format!("{base}/pairs")).await.body;
    let at = pairs.find("/pairs/").unwrap() + "/pairs/".len();
    let pair = owner.get(&format!("{base}/pairs/{}", &pairs[at..at + 36])).await.body;
    let bar = between(&pair, "What makes up its score of", "</svg>");
    assert!(bar.contains("<rect") && bar.contains("Both speak French (+"), "{bar}");
    let points = between(bar, "Both speak French (+", ")").trim_start_matches("Both speak French (+");
    let listed = between(&pair, "class=\"factors\"", "</ul>");
    let same = format!("Both speak French <span class=\"muted\">(+{points})</span>");
    assert!(listed.contains(&same), "the list beside it gives the same number: {listed}");
    scroll_boxes_take_focus(&pair);
}

/// A picture too wide for a phone scrolls inside its box, so the box must be reachable by keyboard
/// (axe's scrollable-region-focusable) and named by the heading above it.
fn scroll_boxes_take_focus(body: &str) {
    let boxes: Vec<&str> =
        body.split("class=\"figure-scroll\"").skip(1).map(|rest| &rest[..rest.find('>').unwrap()]).collect();
    assert!(!boxes.is_empty(), "{body}");
    for attributes in boxes {
        assert!(attributes.contains("tabindex=\"0\""), "{attributes}");
        let label = attributes.split("aria-labelledby=\"").nth(1).and_then(|rest| rest.split('"').next());
        let label = label.unwrap_or_else(|| panic!("no aria-labelledby: {attributes}"));
        assert!(body.contains(&format!("id=\"{label}\"")), "{label} names nothing");
    }
}

//! Exports (issue: exports): the answers as CSV read back by a standard CSV parser, the
//! calendar subscription feed before and after finalizing, the "add to Google /
//! Outlook" links, and the list of participants by affiliation.
//!
//! Times are worked out by hand: 4 May 2027 in Zurich is summer time (UTC+2), so
//! 10:00 there is 08:00Z and 14:00 is 12:00Z; 4 May 2027 is a Tuesday.

use reqwest::Method;
use rstest_reuse::apply;
use serde_json::json;

use crate::helpers::*;
use crate::smtp::MAIL_TIMEOUT;

/// A well-shaped token that is no poll's.
const WRONG_TOKEN: &str = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

fn header(response: &reqwest::Response, name: &str) -> String {
    response
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

/// The first `href`/`value` in `html` that starts with `prefix`, HTML-unescaped.
fn link_starting(html: &str, prefix: &str) -> Option<String> {
    let at = html.find(prefix)?;
    let rest = &html[at..];
    let end = rest.find('"')?;
    Some(unescape_html(&rest[..end]))
}

/// The feed address an HTML page shows (the copy field's `value`).
fn feed_url_in(html: &str, app: &TestApp) -> Option<String> {
    let url = link_starting(html, &format!("{}p/", app.base_url))
        .into_iter()
        .chain(html.match_indices(&app.base_url).filter_map(|(i, _)| {
            let rest = &html[i..];
            let end = rest.find('"')?;
            Some(unescape_html(&rest[..end]))
        }))
        .find(|u| u.contains("/calendar/") && u.ends_with(".ics"))?;
    Some(url)
}

fn path_of(app: &TestApp, url: &str) -> String {
    format!("/{}", url.strip_prefix(&app.base_url).unwrap_or(url))
}

fn records(bytes: &[u8]) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes)
        .records()
        .map(|r| r.expect("a CSV record").iter().map(str::to_owned).collect())
        .collect()
}

#[apply(backends)]
#[tokio::test]
async fn answers_csv_reads_back_byte_for_byte_with_formula_cells_neutralised(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = app
        .create_poll_ok(&poll_body(
            "Team sync",
            "Europe/Zurich",
            &["2027-05-04T10:00", "2027-05-04T14:00"],
        ))
        .await;
    // (name, affiliation, email, zone, votes) exactly as typed.
    let people = [
        (
            "Dupont, \"Jo\"",
            "DC on Environment, \"Rivers\"",
            Some("jo@example.org"),
            "Europe/Paris",
            ["yes", "no"],
        ),
        (
            "Zoë Ångström 🎉",
            "Société générale",
            None,
            "Asia/Kathmandu",
            ["if_need_be", "yes"],
        ),
        ("=1+1", "@team", None, "UTC", ["no", "no"]),
        (
            "+33 6 12 34 56 78",
            "",
            Some("plus@example.org"),
            "America/Los_Angeles",
            ["yes", "yes"],
        ),
        ("-x", "", None, "UTC", ["yes", "if_need_be"]),
        ("@SUM(A1)", "-Division", None, "UTC", ["no", "yes"]),
    ];
    for (name, affiliation, email, zone, votes) in &people {
        let mut body = response_body(name, *email, zone, vote_map(&poll.slots, votes));
        body["affiliation"] = json!(affiliation);
        app.submit_response_ok(&poll.id, &body).await;
    }
    // A slot added after everyone answered: nobody has an answer for it.
    let _ = expect_status(
        app.add_slots(&poll.id, &poll.admin_token, &["2027-05-05T10:00"])
            .await,
        201,
    )
    .await;

    let base = format!("/p/{}/admin/{}", poll.id, poll.admin_token);
    let response = app.get(&format!("{base}/answers.csv?emails=1")).await;
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(
        header(&response, "content-type"),
        "text/csv; charset=utf-8; header=present"
    );
    assert_eq!(
        header(&response, "content-disposition"),
        "attachment; filename=\"team-sync-answers.csv\""
    );
    assert_eq!(header(&response, "cache-control"), "no-store");
    let bytes = response.bytes().await.expect("body").to_vec();
    let text = String::from_utf8(bytes.clone()).expect("UTF-8");
    assert!(text.ends_with("\r\n"), "records end with CRLF:\n{text:?}");
    assert_eq!(
        text.matches("\r\n").count(),
        7,
        "a header and six records, each ended by CRLF:\n{text:?}"
    );
    assert_eq!(
        text.matches('\n').count(),
        7,
        "no bare line feed:\n{text:?}"
    );
    let rows = records(&bytes);
    assert_eq!(
        rows[0],
        vec![
            "Name",
            "Affiliation",
            "Time zone",
            "Answered at (UTC)",
            "E-mail",
            "Tuesday 4 May 2027 10:00 Europe/Zurich (08:00 UTC)",
            "Tuesday 4 May 2027 14:00 Europe/Zurich (12:00 UTC)",
            "Wednesday 5 May 2027 10:00 Europe/Zurich (08:00 UTC)",
        ]
    );
    let expected: Vec<Vec<&str>> = vec![
        vec![
            "Dupont, \"Jo\"",
            "DC on Environment, \"Rivers\"",
            "Europe/Paris",
            "jo@example.org",
            "yes",
            "no",
            "",
        ],
        vec![
            "Zoë Ångström 🎉",
            "Société générale",
            "Asia/Kathmandu",
            "",
            "if need be",
            "yes",
            "",
        ],
        vec!["'=1+1", "'@team", "UTC", "", "no", "no", ""],
        vec![
            "'+33 6 12 34 56 78",
            "",
            "America/Los_Angeles",
            "plus@example.org",
            "yes",
            "yes",
            "",
        ],
        vec!["'-x", "", "UTC", "", "yes", "if need be", ""],
        vec!["'@SUM(A1)", "'-Division", "UTC", "", "no", "yes", ""],
    ];
    assert_eq!(rows.len(), 7);
    for (row, want) in rows[1..].iter().zip(&expected) {
        let without_time: Vec<&str> = row
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != 3)
            .map(|(_, c)| c.as_str())
            .collect();
        assert_eq!(&without_time, want);
        // Answered at: a UTC instant in RFC 3339 (`2026-…T…Z`).
        let at = chrono::DateTime::parse_from_rfc3339(&row[3])
            .unwrap_or_else(|e| panic!("answered-at {:?}: {e}", row[3]));
        assert!(row[3].ends_with('Z') && at.offset().local_minus_utc() == 0);
    }

    // Without `emails=1`: no address column, no address anywhere.
    let plain = app.get(&format!("{base}/answers.csv")).await;
    let plain = plain.bytes().await.expect("body").to_vec();
    let rows = records(&plain);
    assert_eq!(rows[0].len(), 7);
    assert!(!rows[0].iter().any(|h| h == "E-mail"));
    assert!(!String::from_utf8_lossy(&plain).contains("@example.org"));
    assert_eq!(rows[3][0], "'=1+1");

    // A wrong admin token is a 404.
    let _ = expect_status(
        app.get(&format!("/p/{}/admin/{WRONG_TOKEN}/answers.csv", poll.id))
            .await,
        404,
    )
    .await;

    // The pages still show the names as typed.
    let page = unescape_html(&expect_status(app.get(&format!("/p/{}", poll.id)).await, 200).await);
    assert!(page.contains("=1+1") && !page.contains("'=1+1"), "{page}");
    assert!(page.contains("Dupont, \"Jo\""));
}

#[apply(backends)]
#[tokio::test]
async fn the_calendar_feed_is_empty_until_finalized_then_shows_the_mailed_event(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = app
        .create_poll_ok(&poll_body(
            "Team sync",
            "Europe/Zurich",
            &["2027-05-04T10:00"],
        ))
        .await;
    let admin_path = format!("/p/{}/admin/{}", poll.id, poll.admin_token);
    let admin_page = expect_status(app.get(&admin_path).await, 200).await;
    let feed = feed_url_in(&admin_page, &app).expect("the admin page shows the feed");
    let webcal = format!("webcal://{}", feed.split_once("://").expect("a URL").1);
    assert!(
        admin_page.contains(&format!("href=\"{webcal}\"")),
        "the webcal:// link is offered"
    );
    // Participants see no feed before a time is chosen.
    let public = expect_status(app.get(&format!("/p/{}", poll.id)).await, 200).await;
    assert!(!public.contains("/calendar/"), "no feed before finalizing");

    let response = app.get(&path_of(&app, &feed)).await;
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(
        header(&response, "content-type"),
        "text/calendar; charset=utf-8"
    );
    assert_eq!(header(&response, "cache-control"), "private, max-age=300");
    assert!(header(&response, "etag").is_empty());
    let empty = response.text().await.expect("body");
    check_feed_form(&empty);
    let unfolded = empty.replace("\r\n ", "");
    assert!(!unfolded.contains("BEGIN:VEVENT"), "{unfolded}");
    for line in [
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Team sync",
        "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
        "X-PUBLISHED-TTL:PT1H",
    ] {
        assert!(
            unfolded.contains(&format!("{line}\r\n")),
            "{line} in {unfolded}"
        );
    }

    // Finalized: the feed has the event of the mailed calendar file.
    app.submit_response_ok(
        &poll.id,
        &response_body(
            "Ana",
            Some("ana@example.org"),
            "Europe/Paris",
            vote_map(&poll.slots, &["yes"]),
        ),
    )
    .await;
    app.smtp.wait_for(2, MAIL_TIMEOUT).await;
    let _ = expect_status(
        app.finalize(&poll.id, &poll.admin_token, &poll.slots[0].id)
            .await,
        200,
    )
    .await;
    let mails = app.smtp.wait_for_exactly(4, MAIL_TIMEOUT).await;
    let mailed = mails_to(&mails, "ana@example.org")
        .into_iter()
        .find(|m| m.calendar.is_some())
        .expect("Ana's meeting mail");
    let mailed = check_ics(&mailed.calendar_text());
    let finalized = expect_status(app.get(&path_of(&app, &feed)).await, 200).await;
    check_feed_form(&finalized);
    let event = check_ics(&finalized);
    assert_eq!(event.method, "PUBLISH");
    assert_eq!(event.uid, mailed.uid);
    assert_eq!(event.sequence, mailed.sequence);
    assert_eq!(event.dtstart, "20270504T080000Z");
    assert_eq!(event.dtend, "20270504T090000Z");
    assert_eq!(event.summary.as_deref(), Some("Team sync"));

    // Participants now see the same feed on the poll page.
    let public = expect_status(app.get(&format!("/p/{}", poll.id)).await, 200).await;
    assert_eq!(feed_url_in(&public, &app).as_deref(), Some(feed.as_str()));

    // Reopened: the meeting leaves the feed (subscribed calendars drop it).
    let _ = expect_status(app.reopen(&poll.id, &poll.admin_token).await, 200).await;
    let reopened = expect_status(app.get(&path_of(&app, &feed)).await, 200).await;
    check_feed_form(&reopened);
    assert!(!reopened.contains("BEGIN:VEVENT"), "{reopened}");

    // Wrong tokens are 404; a replaced address is 404 and the new one works.
    let _ = expect_status(
        app.get(&format!("/p/{}/calendar/{WRONG_TOKEN}.ics", poll.id))
            .await,
        404,
    )
    .await;
    let _ = expect_status(
        app.get(&format!("/p/{}/calendar/short.ics", poll.id)).await,
        404,
    )
    .await;
    let _ = expect_status(
        app.post_form(
            &format!("/p/{}/admin/{WRONG_TOKEN}/calendar-feed", poll.id),
            &[],
        )
        .await,
        404,
    )
    .await;
    let replaced = app
        .post_form(&format!("{admin_path}/calendar-feed"), &[])
        .await;
    let location = expect_see_other(replaced).await;
    let banner_page = expect_status(app.get(&location_path(&location)).await, 200).await;
    assert!(banner_page.contains("The calendar subscription has a new address"));
    let new_feed = feed_url_in(&banner_page, &app).expect("the new feed");
    assert_ne!(new_feed, feed);
    let _ = expect_status(app.get(&path_of(&app, &feed)).await, 404).await;
    let _ = expect_status(app.get(&path_of(&app, &new_feed)).await, 200).await;
}

/// RFC 5545 form of a feed: CRLF only, lines of at most 75 octets, BEGIN/END balanced
/// and nested, and it parses with the `icalendar` crate's parser.
fn check_feed_form(ics: &str) {
    assert!(ics.ends_with("\r\n"), "{ics:?}");
    let mut open: Vec<&str> = Vec::new();
    for line in ics.split_terminator("\r\n") {
        assert!(!line.contains('\n') && !line.contains('\r'), "{ics:?}");
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        if let Some(name) = line.strip_prefix("BEGIN:") {
            open.push(name);
        } else if let Some(name) = line.strip_prefix("END:") {
            assert_eq!(open.pop(), Some(name), "END:{name} out of place in {ics}");
        }
    }
    assert!(open.is_empty(), "unclosed {open:?}");
    let unfolded = icalendar::parser::unfold(ics);
    let calendar = icalendar::parser::read_calendar(&unfolded)
        .unwrap_or_else(|e| panic!("not iCalendar: {e}\n{ics}"));
    assert!(calendar
        .properties
        .iter()
        .any(|p| p.name.as_str() == "PRODID"));
}

#[apply(backends)]
#[tokio::test]
async fn add_to_calendar_links_carry_the_meetings_utc_instants_and_title(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let title = "Team sync & review, “Q2”";
    let poll = app
        .create_poll_ok(&poll_body(title, "Europe/Zurich", &["2027-05-04T14:00"]))
        .await;
    let public = expect_status(app.get(&format!("/p/{}", poll.id)).await, 200).await;
    assert!(
        !public.contains("calendar.google.com"),
        "no links before finalizing"
    );
    let _ = expect_status(
        app.finalize(&poll.id, &poll.admin_token, &poll.slots[0].id)
            .await,
        200,
    )
    .await;
    let admin = expect_status(
        app.get(&format!("/p/{}/admin/{}", poll.id, poll.admin_token))
            .await,
        200,
    )
    .await;
    let public = expect_status(app.get(&format!("/p/{}", poll.id)).await, 200).await;
    for page in [&public, &admin] {
        assert!(page.contains("These links leave Convene"));
        let pairs = |prefix: &str| -> Vec<(String, String)> {
            let link = link_starting(page, prefix).unwrap_or_else(|| panic!("{prefix} link"));
            url::Url::parse(&link)
                .expect("a URL")
                .query_pairs()
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect()
        };
        let get = |pairs: &[(String, String)], key: &str| {
            pairs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
                .unwrap_or_else(|| panic!("no {key} in {pairs:?}"))
        };
        // 14:00 in Zurich on 4 May 2027 (UTC+2) is 12:00Z; one hour long.
        let google = pairs("https://calendar.google.com/calendar/render?");
        assert_eq!(get(&google, "action"), "TEMPLATE");
        assert_eq!(get(&google, "text"), title);
        assert_eq!(get(&google, "dates"), "20270504T120000Z/20270504T130000Z");
        assert_eq!(get(&google, "location"), "Room 4");
        assert!(get(&google, "details").ends_with(&poll.participant_url));
        for prefix in [
            "https://outlook.live.com/calendar/0/deeplink/compose?",
            "https://outlook.office.com/calendar/0/deeplink/compose?",
        ] {
            let outlook = pairs(prefix);
            assert_eq!(get(&outlook, "rru"), "addevent");
            assert_eq!(get(&outlook, "path"), "/calendar/action/compose");
            assert_eq!(get(&outlook, "subject"), title);
            assert_eq!(get(&outlook, "startdt"), "2027-05-04T12:00:00Z");
            assert_eq!(get(&outlook, "enddt"), "2027-05-04T13:00:00Z");
            assert_eq!(get(&outlook, "location"), "Room 4");
        }
    }
}

#[apply(backends)]
#[tokio::test]
async fn the_participant_list_groups_those_who_can_attend_by_affiliation(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = app
        .create_poll_ok(&poll_body(
            "Team sync",
            "Europe/Zurich",
            &["2027-05-04T10:00", "2027-05-04T14:00"],
        ))
        .await;
    let base = format!("/p/{}/admin/{}", poll.id, poll.admin_token);
    let _ = expect_status(app.get(&format!("{base}/participants.txt")).await, 404).await;
    for (name, affiliation, votes) in [
        ("Ben", "DC on Environment", ["if_need_be", "yes"]),
        ("ana", "dc on environment", ["yes", "no"]),
        ("Cy", "Accessibility", ["yes", "yes"]),
        ("Di", "", ["yes", "no"]),
        ("Ed", "", ["no", "yes"]),
        ("Fay", "Accessibility", ["if_need_be", "no"]),
    ] {
        let mut body = response_body(name, None, "UTC", vote_map(&poll.slots, &votes));
        body["affiliation"] = json!(affiliation);
        app.submit_response_ok(&poll.id, &body).await;
    }
    // Two invitees who never answer.
    let invited = app
        .request(
            Method::POST,
            &format!("/api/v1/polls/{}/invitees", poll.id),
            Some(&poll.admin_token),
            Some(&json!({"list": "gus@example.org\nhal@example.org", "send": false})),
        )
        .await;
    assert!(invited.status().is_success(), "{}", invited.status());
    let _ = expect_status(
        app.finalize(&poll.id, &poll.admin_token, &poll.slots[0].id)
            .await,
        200,
    )
    .await;

    let response = app.get(&format!("{base}/participants.txt")).await;
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(
        header(&response, "content-type"),
        "text/plain; charset=utf-8"
    );
    assert_eq!(
        header(&response, "content-disposition"),
        "attachment; filename=\"team-sync-participants.txt\""
    );
    let text = response.text().await.expect("body");
    assert_eq!(
        text,
        "Team sync — participants\n\
         Tuesday 4 May 2027, 10:00 (Europe/Zurich, UTC+02:00) — Tue 4 May, 08:00–09:00 UTC\n\
         \n\
         Accessibility (2)\n\
         - Cy\n\
         - Fay (if need be)\n\
         \n\
         DC on Environment (2)\n\
         - ana\n\
         - Ben (if need be)\n\
         \n\
         Without affiliation (1)\n\
         - Di\n\
         \n\
         5 people can attend. 2 invitees have not answered.\n"
    );
    // The same list on a page, to copy.
    let page = expect_status(app.get(&format!("{base}/participants")).await, 200).await;
    assert!(
        unescape_html(&page).contains("- Fay (if need be)\n"),
        "{page}"
    );
    let _ = expect_status(
        app.get(&format!(
            "/p/{}/admin/{WRONG_TOKEN}/participants.txt",
            poll.id
        ))
        .await,
        404,
    )
    .await;
}

#[apply(backends)]
#[tokio::test]
async fn the_api_gives_the_organizer_the_csv_the_list_and_the_feed(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = app
        .create_poll_ok(&poll_body(
            "Team sync",
            "Europe/Zurich",
            &["2027-05-04T10:00"],
        ))
        .await;
    let mut body = response_body(
        "=cmd",
        Some("eve@example.org"),
        "UTC",
        vote_map(&poll.slots, &["yes"]),
    );
    body["affiliation"] = json!("Board, \"A\"");
    app.submit_response_ok(&poll.id, &body).await;
    let get = |path: String, token: Option<String>| {
        let app = &app;
        async move {
            app.request(Method::GET, &path, token.as_deref(), None)
                .await
        }
    };
    let admin = Some(poll.admin_token.clone());
    let wrong = Some(WRONG_TOKEN.to_owned());

    let csv_path = format!("/api/v1/polls/{}/answers.csv?emails=true", poll.id);
    let response = get(csv_path.clone(), admin.clone()).await;
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(
        header(&response, "content-type"),
        "text/csv; charset=utf-8; header=present"
    );
    let bytes = response.bytes().await.expect("body");
    // The UTF-8 byte order mark first, for Excel; the CSV reader skips it.
    assert!(bytes.starts_with(b"\xef\xbb\xbfName,"), "{:?}", &bytes[..8]);
    let rows = records(&bytes);
    assert_eq!(
        rows,
        vec![
            vec![
                "Name",
                "Affiliation",
                "Time zone",
                "Answered at (UTC)",
                "E-mail",
                "Tuesday 4 May 2027 10:00 Europe/Zurich (08:00 UTC)"
            ]
            .into_iter()
            .map(str::to_owned)
            .collect::<Vec<_>>(),
            vec![
                "'=cmd".to_owned(),
                "Board, \"A\"".to_owned(),
                "UTC".to_owned(),
                rows[1][3].clone(),
                "eve@example.org".to_owned(),
                "yes".to_owned(),
            ],
        ]
    );
    // Without the token, or with another, nothing is said about the poll.
    let _ = expect_error(get(csv_path.clone(), None).await, 404, None).await;
    let _ = expect_error(get(csv_path, wrong.clone()).await, 404, None).await;
    // `1` as on the admin page's link; `0` leaves the addresses out; anything else is
    // refused by name (the query parser's own words stay out of it).
    let with = |v: &str| format!("/api/v1/polls/{}/answers.csv?emails={v}", poll.id);
    let one = get(with("1"), admin.clone()).await;
    assert_eq!(records(&one.bytes().await.expect("body"))[0][4], "E-mail");
    let zero = get(with("0"), admin.clone()).await;
    assert_eq!(records(&zero.bytes().await.expect("body"))[0].len(), 5);
    let maybe = expect_error(get(with("maybe"), admin.clone()).await, 422, Some("emails")).await;
    assert!(
        !maybe.message.contains("provided string"),
        "{}",
        maybe.message
    );

    // The list waits for a chosen slot.
    let list_path = format!("/api/v1/polls/{}/participants.txt", poll.id);
    let _ = expect_error(get(list_path.clone(), admin.clone()).await, 409, None).await;

    let feed_path = format!("/api/v1/polls/{}/calendar-feed", poll.id);
    let feed = expect_json(get(feed_path.clone(), admin.clone()).await, 200).await;
    let url = feed["url"].as_str().expect("url").to_owned();
    assert!(url.starts_with(&format!("{}p/{}/calendar/", app.base_url, poll.id)));
    assert_eq!(
        feed["webcal_url"].as_str(),
        Some(format!("webcal://{}", url.split_once("://").expect("URL").1).as_str())
    );
    let _ = expect_error(get(feed_path.clone(), wrong.clone()).await, 404, None).await;
    let replaced = expect_json(
        app.request(Method::POST, &feed_path, Some(&poll.admin_token), None)
            .await,
        200,
    )
    .await;
    assert_ne!(replaced["url"], feed["url"]);
    let _ = expect_status(app.get(&path_of(&app, &url)).await, 404).await;
    let new_url = replaced["url"].as_str().expect("url");
    let _ = expect_status(app.get(&path_of(&app, new_url)).await, 200).await;

    let _ = expect_status(
        app.finalize(&poll.id, &poll.admin_token, &poll.slots[0].id)
            .await,
        200,
    )
    .await;
    let list = get(list_path, admin.clone()).await;
    assert_eq!(header(&list, "content-type"), "text/plain; charset=utf-8");
    let text = list.text().await.expect("body");
    assert!(text.contains("\nBoard, \"A\" (1)\n- =cmd\n"), "{text}");
}

/// A poll of whole days exports whole days: the CSV's column is the date with no time
/// or zone, the calendar links are all-day events (the end the next day, exclusive), and
/// the participant list names the day.
#[apply(backends)]
#[tokio::test]
async fn a_whole_day_poll_exports_dates_without_time_or_zone(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let mut body = poll_body("Side meeting", "America/Los_Angeles", &["2027-03-14"]);
    body["kind"] = json!("dates");
    let created = expect_json(app.create_poll(&body).await, 201).await;
    let id = created["id"].as_str().expect("id").to_owned();
    let admin = created["admin_token"].as_str().expect("token").to_owned();
    let slot = created["slots"][0]["id"].as_str().expect("slot").to_owned();
    let votes = json!({ slot.clone(): "yes" });
    let answer = json!({"name": "Ana", "affiliation": "DC Health", "timezone": "Pacific/Kiritimati", "votes": votes});
    let _ = expect_status(app.submit_response(&id, &answer).await, 201).await;
    let _ = expect_status(app.finalize(&id, &admin, &slot).await, 200).await;
    let base = format!("/p/{id}/admin/{admin}");

    // 14 March 2027 is a Sunday (and the US clock change): one column, the date alone.
    let csv = app.get(&format!("{base}/answers.csv")).await;
    let rows = records(&csv.bytes().await.expect("csv"));
    assert_eq!(
        rows[0].last().map(String::as_str),
        Some("Sunday 14 March 2027")
    );
    assert_eq!(rows[1].last().map(String::as_str), Some("yes"));

    let page = expect_status(app.get(&format!("/p/{id}")).await, 200).await;
    let query = |prefix: &str| -> Vec<(String, String)> {
        let link = link_starting(&page, prefix).unwrap_or_else(|| panic!("{prefix} link"));
        url::Url::parse(&link)
            .expect("a URL")
            .query_pairs()
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect()
    };
    let google = query("https://calendar.google.com/calendar/render?");
    assert!(
        google.contains(&("dates".into(), "20270314/20270315".into())),
        "{google:?}"
    );
    let outlook = query("https://outlook.live.com/calendar/0/deeplink/compose?");
    for pair in [
        ("startdt", "2027-03-14"),
        ("enddt", "2027-03-15"),
        ("allday", "true"),
    ] {
        assert!(
            outlook.contains(&(pair.0.to_owned(), pair.1.to_owned())),
            "{pair:?} in {outlook:?}"
        );
    }

    let list = expect_status(app.get(&format!("{base}/participants.txt")).await, 200).await;
    let second_line = list.lines().nth(1).unwrap_or_default();
    assert_eq!(second_line, "Sunday 14 March 2027, all day");
    assert!(!list.contains("UTC"), "{list}");
}

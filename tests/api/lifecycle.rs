//! The life of a poll's data: the organizer's warning a week before the deletion with
//! a keep link, the keep (by that link, the admin page or the API), and the deletion
//! of every row of a poll whose time is over — 90 days after its meeting's end, or
//! after its last activity when never finalized.
//!
//! The clock is the test's: polls are created and answered through the actions with
//! chosen instants, and the scheduler runs through `AppState::run_scheduled(at)`.
//! Polls are created in early 2026 (before the real clock), so their mail is due at
//! once and is read from the real SMTP server.

use chrono::{DateTime, Duration, TimeZone, Utc};
use serde_json::json;

use convene::actions::{AppState, CreatedPoll, ScheduledMail};
use convene::domain::{PollDraft, PollId, ResponseDraft, SecretToken};

use crate::helpers::*;
use crate::smtp::{ParsedMail, MAIL_TIMEOUT};
use rstest_reuse::apply;

const ORGANIZER: &str = "olga@example.org";

fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0)
        .single()
        .expect("a UTC instant")
}

/// Sunday 4 January 2026, 10:00 UTC: when the polls of these tests are created.
fn t0() -> DateTime<Utc> {
    utc(2026, 1, 4, 10, 0)
}

async fn at<T: Send + 'static>(
    state: &AppState,
    f: impl FnOnce(&AppState) -> T + Send + 'static,
) -> T {
    let state = state.clone();
    tokio::task::spawn_blocking(move || f(&state))
        .await
        .expect("the action")
}

async fn run(state: &AppState, when: DateTime<Utc>) -> ScheduledMail {
    at(state, move |st| {
        st.run_scheduled(when).expect("scheduled work")
    })
    .await
}

/// A poll of times in Zurich with two slots in February 2026 (CET, UTC+1): 10 February
/// 14:00 = 13:00 UTC and 12 February 09:00 = 08:00 UTC; 60 minutes.
fn february_draft(title: &str) -> PollDraft {
    PollDraft {
        slots: vec!["2026-02-10T14:00".into(), "2026-02-12T09:00".into()],
        ..draft(title)
    }
}

/// A poll of times in Zurich with two slots on Saturday 3 January 2026 (CET, UTC+1):
/// 12:00 = 11:00 UTC and 14:00 = 13:00 UTC; 60 minutes — both over by [`t0`], so that
/// a poll made by [`create`] is kept by its last activity, not by its times.
fn draft(title: &str) -> PollDraft {
    PollDraft {
        title: title.into(),
        organizer_name: "Olga Petrova".into(),
        organizer_email: ORGANIZER.into(),
        timezone: "Europe/Zurich".into(),
        duration_minutes: "60".into(),
        if_need_be: true,
        slots: vec!["2026-01-03T12:00".into(), "2026-01-03T14:00".into()],
        kind: "times".into(),
        ..PollDraft::default()
    }
}

/// A poll made the day before `when` (before its slots), with its last activity at
/// `when`.
async fn create(app: &TestApp, title: &str, when: DateTime<Utc>) -> CreatedPoll {
    let poll = create_from(app, draft(title), when - Duration::days(1)).await;
    let pool = convene::db::build_pool(&app.db.url, 1).expect("open the test database");
    let mut conn = pool.get().expect("a connection");
    convene::db::lifecycle::record_activity(&mut conn, &poll.poll.id, when).expect("activity");
    poll
}

async fn create_from(app: &TestApp, d: PollDraft, when: DateTime<Utc>) -> CreatedPoll {
    at(&app.state, move |st| {
        st.create_poll(&d, when).expect("create")
    })
    .await
}

fn answer(poll: &CreatedPoll, name: &str, email: Option<&str>) -> ResponseDraft {
    ResponseDraft {
        name: name.into(),
        email: email.unwrap_or_default().into(),
        timezone: "Europe/Zurich".into(),
        votes: poll
            .poll
            .slots
            .iter()
            .zip(["yes", "if_need_be"])
            .map(|(s, v)| (s.id.to_string(), v.to_owned()))
            .collect(),
        ..ResponseDraft::default()
    }
}

/// The warnings among the mail delivered so far.
fn warnings(app: &TestApp) -> Vec<ParsedMail> {
    app.smtp
        .delivered()
        .iter()
        .map(|m| m.parse())
        .filter(|m| m.subject.contains("will soon be deleted"))
        .collect()
}

async fn wait_for_warnings(app: &TestApp, n: usize) -> Vec<ParsedMail> {
    app.release_queued_mail();
    app.smtp
        .wait_until("the expiry warnings", MAIL_TIMEOUT, |_| {
            warnings(app).len() >= n
        })
        .await;
    let found = warnings(app);
    assert_eq!(found.len(), n, "exactly {n} warning(s)");
    found
}

/// The keep link's path in a warning (`/p/{id}/keep/{token}`).
fn keep_path(mail: &ParsedMail) -> String {
    let link = mail
        .text()
        .split_whitespace()
        .find(|w| w.contains("/keep/"))
        .expect("the keep link");
    location_path(link)
}

fn poll_rows(app: &TestApp, id: &PollId) -> i64 {
    app.count_where("polls", &format!("id = '{id}'"))
}

#[apply(backends)]
#[tokio::test]
async fn a_poll_never_finalized_is_warned_a_week_before_and_deleted_90_days_after_its_last_activity(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = create(&app, "Budget review", t0()).await;
    let id = poll.poll.id.clone();
    // Created Sunday 4 January 2026 10:00 UTC; + 90 days = Saturday 4 April 2026
    // 10:00 UTC (27 days of January, 28 of February, 31 of March, 4 of April), which
    // is 12:00 in Zurich (CEST, UTC+2, from 29 March). The warning is due a week
    // before: 28 March 10:00 UTC.
    let quiet = run(&app.state, utc(2026, 3, 27, 10, 0)).await;
    assert_eq!(quiet.expiry_warnings, 0, "8 days before: no warning");
    assert_eq!(
        run(&app.state, utc(2026, 3, 28, 9, 59))
            .await
            .expiry_warnings,
        0
    );
    let warned = run(&app.state, utc(2026, 3, 28, 10, 0)).await;
    assert_eq!(warned.expiry_warnings, 1, "7 days before: the warning");
    assert_eq!(warned.deletions, 0);
    assert_eq!(
        run(&app.state, utc(2026, 3, 29, 10, 0)).await,
        ScheduledMail::default(),
        "one warning per deletion date"
    );

    let mails = wait_for_warnings(&app, 1).await;
    let mail = &mails[0];
    assert_eq!(mail.to, vec![ORGANIZER.to_owned()]);
    assert_eq!(
        mail.subject,
        "Your poll “Budget review” will soon be deleted"
    );
    let text = mail.text();
    assert!(
        text.contains("will be deleted on Saturday 4 April 2026, 12:00 (Europe/Zurich, UTC+02:00)"),
        "{text}"
    );
    assert!(text.contains("Saturday 4 April 2026, 10:00 UTC"), "{text}");
    assert!(
        text.contains("90 days after the last activity on it"),
        "{text}"
    );
    assert!(text.contains("every answer and vote"), "{text}");
    let keep = keep_path(mail);
    assert!(keep.starts_with(&format!("/p/{id}/keep/")), "{keep}");
    assert!(
        mail.html().contains(&keep),
        "the HTML part has the link too"
    );

    // The admin page and the API give the same date.
    let admin = format!("/p/{id}/admin/{}", poll.admin_token.expose());
    let page = expect_status(app.get(&admin).await, 200).await;
    assert!(
        page.contains("This poll and its answers will be deleted on Saturday 4 April 2026, 12:00 (Europe/Zurich, UTC+02:00) (90 days after the last activity on it)."),
        "{page}"
    );
    let seen = app.admin_poll(id.as_str(), poll.admin_token.expose()).await;
    assert_eq!(seen["deletes_at"], "2026-04-04T10:00:00Z");
    let public = app.poll(id.as_str(), None).await;
    assert!(public.get("deletes_at").is_none(), "organizer only");

    let before = run(&app.state, utc(2026, 4, 4, 9, 59)).await;
    assert_eq!(before.deletions, 0, "not before its date");
    assert_eq!(poll_rows(&app, &id), 1);
    let after = run(&app.state, utc(2026, 4, 4, 10, 1)).await;
    assert_eq!(after.deletions, 1, "deleted at its date");
    assert_eq!(poll_rows(&app, &id), 0);
    expect_status(app.get(&admin).await, 404).await;
    expect_status(app.get(&keep).await, 404).await;
    assert_eq!(run(&app.state, utc(2026, 4, 5, 10, 0)).await.deletions, 0);
}

#[apply(backends)]
#[tokio::test]
async fn the_keep_link_shows_a_button_and_its_post_puts_the_deletion_off_by_90_days(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = create(&app, "Field visit", t0()).await;
    let id = poll.poll.id.clone();
    assert_eq!(
        run(&app.state, utc(2026, 3, 28, 10, 0))
            .await
            .expiry_warnings,
        1
    );
    let mails = wait_for_warnings(&app, 1).await;
    let keep = keep_path(&mails[0]);

    // A GET (a mail scanner, or the organizer) only shows the page.
    let page = expect_status(app.get(&keep).await, 200).await;
    assert!(page.contains("Field visit"), "{page}");
    assert!(page.contains("Saturday 4 April 2026, 12:00"), "{page}");
    assert!(page.contains("<form method=\"post\""), "{page}");
    assert!(page.contains("Keep this poll"), "{page}");
    let seen = app.admin_poll(id.as_str(), poll.admin_token.expose()).await;
    assert_eq!(
        seen["deletes_at"], "2026-04-04T10:00:00Z",
        "a GET keeps nothing"
    );

    // Wrong tokens, and a token for another poll's path: 404.
    // Another poll, far from its own warning.
    let later = PollDraft {
        slots: vec!["2028-02-10T14:00".into()],
        ..draft("Other")
    };
    let other = create_from(&app, later, Utc::now() + Duration::days(30)).await;
    let wrong = format!("/p/{id}/keep/{}", SecretToken::generate().expose());
    expect_status(app.get(&wrong).await, 404).await;
    expect_status(app.post_form(&wrong, &[]).await, 404).await;
    let token = keep.rsplit('/').next().unwrap_or_default().to_owned();
    let elsewhere = format!("/p/{}/keep/{token}", other.poll.id);
    expect_status(app.get(&elsewhere).await, 404).await;
    expect_status(app.get(&format!("/p/{id}/keep/short")).await, 404).await;

    // The button: kept now (the real clock), so deleted 90 days after now.
    let pressed_from = Utc::now();
    let kept = expect_status(app.post_form(&keep, &[]).await, 200).await;
    let pressed_to = Utc::now();
    assert!(
        kept.contains("The poll is kept: it will not be deleted before the date below."),
        "{kept}"
    );
    assert!(
        kept.contains("90 days after you chose to keep it"),
        "{kept}"
    );
    let seen = app.admin_poll(id.as_str(), poll.admin_token.expose()).await;
    let deletes_at = DateTime::parse_from_rfc3339(seen["deletes_at"].as_str().expect("date"))
        .expect("RFC 3339")
        .with_timezone(&Utc);
    // The API gives whole seconds.
    assert!(
        deletes_at >= pressed_from - Duration::seconds(1) + Duration::days(90)
            && deletes_at <= pressed_to + Duration::days(90),
        "{deletes_at} is 90 days after the keep"
    );
    // The link is used up.
    expect_status(app.post_form(&keep, &[]).await, 404).await;
    expect_status(app.get(&keep).await, 404).await;

    // The old date passes without a deletion; a new warning comes a week before the new
    // date, and not sooner.
    assert_eq!(run(&app.state, utc(2026, 4, 4, 10, 1)).await.deletions, 0);
    let early = pressed_from + Duration::days(83) - Duration::minutes(1);
    assert_eq!(run(&app.state, early).await.expiry_warnings, 0);
    let due = pressed_to + Duration::days(83);
    assert_eq!(run(&app.state, due).await.expiry_warnings, 1);
    assert_eq!(poll_rows(&app, &id), 1);
    let mails = wait_for_warnings(&app, 2).await;
    let second = mails
        .iter()
        .map(keep_path)
        .find(|p| p.contains(id.as_str()) && *p != keep)
        .expect("a new keep link");
    expect_status(app.get(&second).await, 200).await;
}

#[apply(backends)]
#[tokio::test]
async fn the_admin_page_and_the_api_keep_a_poll_too(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = create(&app, "Board", t0()).await;
    let id = poll.poll.id.clone();
    let token = poll.admin_token.expose().to_owned();
    let admin = format!("/p/{id}/admin/{token}");
    let page = expect_status(app.get(&admin).await, 200).await;
    assert!(
        page.contains(&format!("action=\"{admin}/keep\"")),
        "the keep button posts under the admin link"
    );
    let done = expect_see_other(app.post_form(&format!("{admin}/keep"), &[]).await).await;
    assert!(done.ends_with("?done=kept"), "{done}");
    let page = expect_status(app.get(&location_path(&done)).await, 200).await;
    assert!(
        page.contains("The poll is kept: it will not be deleted before the date shown here."),
        "{page}"
    );
    assert!(
        page.contains("90 days after you chose to keep it"),
        "{page}"
    );

    let kept = app
        .request(
            reqwest::Method::POST,
            &format!("/api/v1/polls/{id}/keep"),
            Some(&token),
            None,
        )
        .await;
    let body = expect_json(kept, 200).await;
    assert!(body["deletes_at"].is_string(), "{body}");
    let wrong = app
        .request(
            reqwest::Method::POST,
            &format!("/api/v1/polls/{id}/keep"),
            Some(SecretToken::generate().expose()),
            None,
        )
        .await;
    expect_status(wrong, 404).await;
    expect_status(
        app.post_form(
            &format!("/p/{id}/admin/{}/keep", SecretToken::generate().expose()),
            &[],
        )
        .await,
        404,
    )
    .await;
}

#[apply(backends)]
#[tokio::test]
async fn a_finalized_poll_is_deleted_90_days_after_its_meeting_ends(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = create_from(&app, february_draft("Annual meeting"), t0()).await;
    let id = poll.poll.id.clone();
    let token = poll.admin_token.clone();
    let slot = poll.poll.slots[0].id.to_string();
    let (i, t) = (id.clone(), token.clone());
    at(&app.state, move |st| {
        st.finalize(&i, &t, &slot, utc(2026, 1, 5, 9, 0))
            .expect("finalize")
    })
    .await;
    // The meeting: 10 February 2026 14:00–15:00 Zurich (CET) = 13:00–14:00 UTC. It ends
    // at 14:00 UTC; + 90 days = 11 May 2026 14:00 UTC (18 days of February, 31 of
    // March, 30 of April, 11 of May). The finalize on 5 January (+ 90 days = 5 April)
    // does not count.
    assert_eq!(
        run(&app.state, utc(2026, 4, 6, 0, 0)).await,
        ScheduledMail::default()
    );
    assert_eq!(
        run(&app.state, utc(2026, 5, 4, 13, 59))
            .await
            .expiry_warnings,
        0
    );
    assert_eq!(
        run(&app.state, utc(2026, 5, 4, 14, 0))
            .await
            .expiry_warnings,
        1
    );
    let mails = wait_for_warnings(&app, 1).await;
    let text = mails[0].text();
    // 11 May 2026 is a Monday; Zurich is UTC+2.
    assert!(
        text.contains("Monday 11 May 2026, 16:00 (Europe/Zurich, UTC+02:00)"),
        "{text}"
    );
    assert!(text.contains("90 days after its meeting"), "{text}");
    assert_eq!(run(&app.state, utc(2026, 5, 11, 13, 59)).await.deletions, 0);
    assert_eq!(run(&app.state, utc(2026, 5, 11, 14, 1)).await.deletions, 1);
    assert_eq!(poll_rows(&app, &id), 0);
}

#[apply(backends)]
#[tokio::test]
async fn an_answer_after_the_warning_puts_the_deletion_off_and_a_new_warning_comes(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = create(&app, "Workshop", t0()).await;
    let id = poll.poll.id.clone();
    assert_eq!(
        run(&app.state, utc(2026, 3, 28, 10, 0))
            .await
            .expiry_warnings,
        1
    );
    let (i, a) = (id.clone(), answer(&poll, "Kofi Mensah", None));
    at(&app.state, move |st| {
        st.submit_response(&i, &a, utc(2026, 3, 30, 8, 0))
            .expect("answer")
    })
    .await;
    // Last activity 30 March 08:00 UTC; + 90 days = 28 June 2026 08:00 UTC (1 day of
    // March, 30 of April, 31 of May, 28 of June); the warning from 21 June 08:00 UTC.
    let i = id.clone();
    let deletion = at(&app.state, move |st| {
        st.deletion_of(&i, utc(2026, 3, 30, 9, 0))
            .expect("deletion")
    })
    .await;
    assert_eq!(deletion.at, utc(2026, 6, 28, 8, 0));
    assert_eq!(
        run(&app.state, utc(2026, 4, 4, 10, 1)).await,
        ScheduledMail::default(),
        "the old date passes"
    );
    assert_eq!(
        run(&app.state, utc(2026, 6, 21, 7, 59))
            .await
            .expiry_warnings,
        0
    );
    assert_eq!(
        run(&app.state, utc(2026, 6, 21, 8, 0))
            .await
            .expiry_warnings,
        1
    );
    let mails = wait_for_warnings(&app, 2).await;
    assert!(
        mails.iter().any(|m| m
            .text()
            .contains("Sunday 28 June 2026, 10:00 (Europe/Zurich, UTC+02:00)")),
        "the second warning has the new date"
    );
    assert_eq!(run(&app.state, utc(2026, 6, 28, 7, 59)).await.deletions, 0);
    assert_eq!(run(&app.state, utc(2026, 6, 28, 8, 1)).await.deletions, 1);
}

#[apply(backends)]
#[tokio::test]
async fn two_instances_at_the_same_instant_warn_once_and_delete_once(#[case] backend: Backend) {
    let first = spawn_app(backend).await;
    let second = first.launch_sibling(first.smtp.clone(), |_| {}).await;
    let poll = create(&first, "Rush", t0()).await;
    let id = poll.poll.id.clone();
    let both = |when| {
        let (a, b) = (first.state.clone(), second.state.clone());
        async move {
            let (x, y) = tokio::join!(
                tokio::task::spawn_blocking(move || a.run_scheduled(when).expect("first")),
                tokio::task::spawn_blocking(move || b.run_scheduled(when).expect("second")),
            );
            let (x, y) = (x.expect("first"), y.expect("second"));
            (
                x.expiry_warnings + y.expiry_warnings,
                x.deletions + y.deletions,
            )
        }
    };
    assert_eq!(both(utc(2026, 3, 28, 10, 0)).await, (1, 0));
    assert_eq!(
        first.count_where(
            "outbox_messages",
            &format!("poll_id = '{id}' AND kind = 'expiry_warning'")
        ),
        1
    );
    wait_for_warnings(&first, 1).await;
    assert_eq!(both(utc(2026, 4, 4, 10, 1)).await, (0, 1));
    assert_eq!(poll_rows(&first, &id), 0);
}

/// The tables of the schema, as the database lists them (migrations' own excepted).
fn tables(app: &TestApp) -> Vec<String> {
    #[derive(diesel::QueryableByName)]
    struct Name {
        #[diesel(sql_type = diesel::sql_types::Text)]
        name: String,
    }
    use diesel::RunQueryDsl;
    let pool = convene::db::build_pool(&app.db.url, 1).expect("open the test database");
    let mut conn = pool.get().expect("a connection");
    let sql = if app.db.url.starts_with("postgres") {
        "SELECT table_name AS name FROM information_schema.tables \
         WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
    } else {
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    };
    let mut names: Vec<String> = diesel::sql_query(sql)
        .load::<Name>(&mut *conn)
        .expect("list the tables")
        .into_iter()
        .map(|n| n.name)
        .filter(|n| n != "__diesel_schema_migrations")
        .collect();
    names.sort();
    names
}

fn quoted(ids: &[String]) -> String {
    ids.iter()
        .map(|i| format!("'{i}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Rows of each table that belong to the polls `ids` (votes through their responses
/// and slots, invitee links through their invitees).
fn rows_of(
    app: &TestApp,
    ids: &[String],
    slots: &[String],
    responses: &[String],
    invitees: &[String],
) -> Vec<(&'static str, i64)> {
    let of_polls = format!("poll_id IN ({})", quoted(ids));
    vec![
        (
            "polls",
            app.count_where("polls", &format!("id IN ({})", quoted(ids))),
        ),
        ("poll_grids", app.count_where("poll_grids", &of_polls)),
        (
            "calendar_feeds",
            app.count_where("calendar_feeds", &of_polls),
        ),
        ("slots", app.count_where("slots", &of_polls)),
        ("responses", app.count_where("responses", &of_polls)),
        (
            "votes",
            app.count_where(
                "votes",
                &format!(
                    "slot_id IN ({}) OR response_id IN ({})",
                    quoted(slots),
                    quoted(responses)
                ),
            ),
        ),
        ("comments", app.count_where("comments", &of_polls)),
        (
            "outbox_messages",
            app.count_where("outbox_messages", &of_polls),
        ),
        ("invitees", app.count_where("invitees", &of_polls)),
        (
            "invitee_links",
            app.count_where(
                "invitee_links",
                &format!("invitee_id IN ({})", quoted(invitees)),
            ),
        ),
    ]
}

#[apply(backends)]
#[tokio::test]
async fn deleting_an_expired_poll_leaves_no_row_of_it_and_touches_no_other_poll(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    // Every table of the schema is looked at below: a new table must be added here.
    assert_eq!(
        tables(&app),
        vec![
            "calendar_feeds",
            "comments",
            "invitee_links",
            "invitees",
            "outbox_messages",
            "poll_grids",
            "polls",
            "responses",
            "slots",
            "votes"
        ]
    );
    let st = app.state.clone();
    let doomed = create(&app, "Old committee", t0()).await;
    let kept = create(&app, "Living committee", t0()).await;
    let (id, token) = (doomed.poll.id.clone(), doomed.admin_token.clone());
    let (kid, ktoken) = (kept.poll.id.clone(), kept.admin_token.clone());
    // On both polls: answers with addresses (edit-link mail), a comment, invitations.
    for (p, who) in [(&doomed, "a"), (&kept, "k")] {
        let pid = p.poll.id.clone();
        let answers = [
            answer(p, "Priya Raman", Some(&format!("priya.{who}@example.org"))),
            answer(p, "Tom Whitfield", Some(&format!("tom.{who}@example.org"))),
            answer(p, "Mele Tupou", None),
        ];
        let token = p.admin_token.clone();
        let list = format!("Ana Lima <ana.{who}@example.org>\nrosa.{who}@example.org");
        at(&st, move |st| {
            for a in &answers {
                st.submit_response(&pid, a, utc(2026, 1, 4, 11, 0))
                    .expect("answer");
            }
            st.add_comment(&pid, "Tom Whitfield", "Fine by me", utc(2026, 1, 4, 12, 0))
                .expect("comment");
            st.add_invitees(&pid, &token, &list, true, utc(2026, 1, 4, 13, 0))
                .expect("invite");
        })
        .await;
    }
    // Sent: 2 admin links, 4 edit links, 4 invitations.
    app.smtp.wait_for(10, MAIL_TIMEOUT).await;
    app.smtp
        .wait_until("the mail marked sent", MAIL_TIMEOUT, |_| {
            app.count_where(
                "outbox_messages",
                &format!("poll_id = '{id}' AND status = 'sent'"),
            ) == 5
        })
        .await;
    // Pending: one more invitation queued "in June 2027" (not due on the worker's
    // clock), which is the doomed poll's last activity: 1 June 2027 09:00 UTC, deleted
    // 90 days later, 30 August 2027 09:00 UTC (29 days of June, 31 of July, 30 of
    // August).
    let (i, t) = (id.clone(), token.clone());
    at(&st, move |st| {
        st.add_invitees(&i, &t, "late@example.org", true, utc(2027, 6, 1, 9, 0))
            .expect("a late invitation");
    })
    .await;
    assert_eq!(
        app.count_where(
            "outbox_messages",
            &format!("poll_id = '{id}' AND status = 'pending'")
        ),
        1
    );
    // An availability poll with marks, through the API (created now, on the real
    // clock: its own warning and deletion come with the doomed poll's below).
    let grid = expect_json(
        app.create_poll(&json!({
            "title": "Grid",
            "organizer_name": "Olga Petrova",
            "organizer_email": ORGANIZER,
            "timezone": "Europe/Zurich",
            "duration_minutes": 60,
            "kind": "availability",
            "grid": {"from": "2027-03-22", "to": "2027-03-23", "day_start": "09:00", "day_end": "12:00", "cell_minutes": 60}
        }))
        .await,
        201,
    )
    .await;
    let gid = grid["id"].as_str().expect("id").to_owned();
    let seen = app.poll(&gid, None).await;
    let cell = seen["grid"]["cells"][0]["start"]
        .as_str()
        .expect("a cell")
        .to_owned();
    expect_json(
        app.submit_response(
            &gid,
            &json!({"name": "Ana", "timezone": "Europe/Zurich",
                "availability": {"yes": [cell], "if_need_be": []}}),
        )
        .await,
        201,
    )
    .await;
    // The other poll lives on: kept on 1 August 2027, so deleted no sooner than
    // 30 October 2027.
    let (k, kt) = (kid.clone(), ktoken.clone());
    at(&st, move |st| {
        st.keep_poll(&k, &kt, utc(2027, 8, 1, 0, 0)).expect("keep")
    })
    .await;

    let ids_of = |poll: &CreatedPoll, view: &convene::actions::PollView| {
        (
            poll.poll
                .slots
                .iter()
                .map(|s| s.id.to_string())
                .collect::<Vec<_>>(),
            view.responses
                .iter()
                .map(|r| r.id.to_string())
                .collect::<Vec<_>>(),
            view.invitees
                .iter()
                .map(|i| i.id.to_string())
                .collect::<Vec<_>>(),
        )
    };
    let (i, t) = (id.clone(), token.clone());
    let doomed_view = at(&st, move |st| st.admin_view(&i, &t).expect("view")).await;
    let (k, kt) = (kid.clone(), ktoken.clone());
    let kept_view = at(&st, move |st| st.admin_view(&k, &kt).expect("view")).await;
    let (slots, responses, invitees) = ids_of(&doomed, &doomed_view);
    let (kslots, kresponses, kinvitees) = ids_of(&kept, &kept_view);
    assert_eq!((responses.len(), invitees.len()), (3, 3));
    let gid_responses: Vec<String> = app
        .admin_poll(&gid, grid["admin_token"].as_str().expect("token"))
        .await["responses"]
        .as_array()
        .expect("responses")
        .iter()
        .map(|r| r["id"].as_str().expect("id").to_owned())
        .collect();

    let doomed_ids = vec![id.to_string(), gid.clone()];
    let mut all_responses = responses.clone();
    all_responses.extend(gid_responses);
    let before = rows_of(&app, &doomed_ids, &slots, &all_responses, &invitees);
    for (table, n) in &before {
        assert!(*n > 0, "{table} holds rows of the doomed polls: {before:?}");
    }
    let kept_before = rows_of(&app, &[kid.to_string()], &kslots, &kresponses, &kinvitees);

    // Warned on 23 August 2027 09:00 UTC (the doomed poll's date less 7 days; the grid
    // poll, created now, passed its date in early 2027, so its late warning gives it 7
    // days from then: the same instant), then both deleted at 30 August 09:00 UTC.
    let warned = run(&st, utc(2027, 8, 23, 9, 0)).await;
    assert_eq!(warned.expiry_warnings, 2);
    assert_eq!(run(&st, utc(2027, 8, 30, 8, 59)).await.deletions, 0);
    assert_eq!(run(&st, utc(2027, 8, 30, 9, 1)).await.deletions, 2);

    let after = rows_of(&app, &doomed_ids, &slots, &all_responses, &invitees);
    assert!(
        after.iter().all(|(_, n)| *n == 0),
        "rows of the deleted polls remain: {after:?}"
    );
    assert_eq!(
        rows_of(&app, &[kid.to_string()], &kslots, &kresponses, &kinvitees),
        kept_before,
        "the other poll is untouched"
    );
}

/// A poll whose times are months after its last activity is kept 90 days past its
/// latest time, not deleted before its meeting could take place.
#[apply(backends)]
#[tokio::test]
async fn a_poll_proposing_times_months_ahead_is_kept_past_its_last_time(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    // Created 4 January 2026; its last slot, 12 February 09:00 Zurich (CET), ends at
    // 09:00 UTC; + 90 days = 13 May 2026 09:00 UTC (16 days of February, 31 of March,
    // 30 of April, 13 of May).
    let _poll = create_from(&app, february_draft("Spring meeting"), t0()).await;
    let quiet = run(&app.state, utc(2026, 4, 10, 12, 0)).await;
    assert_eq!(
        quiet,
        ScheduledMail::default(),
        "after 90 days of quiet: nothing"
    );
    assert_eq!(
        run(&app.state, utc(2026, 5, 6, 8, 59)).await,
        ScheduledMail::default()
    );
    let warned = run(&app.state, utc(2026, 5, 6, 9, 0)).await;
    assert_eq!(warned.expiry_warnings, 1, "a week before");
    let mails = wait_for_warnings(&app, 1).await;
    let text = mails[0].text();
    // 13 May 2026 is a Wednesday (4 April was a Saturday, 39 days before); CEST.
    assert!(
        text.contains("will be deleted on Wednesday 13 May 2026, 11:00 (Europe/Zurich, UTC+02:00)"),
        "{text}"
    );
    assert!(
        text.contains("90 days after the last time it proposes or its deadline"),
        "{text}"
    );
    assert_eq!(run(&app.state, utc(2026, 5, 13, 8, 59)).await.deletions, 0);
    assert_eq!(run(&app.state, utc(2026, 5, 13, 9, 1)).await.deletions, 1);
}

/// A whole day is counted from its end on every clock: 36 hours after 00:00 UTC of
/// its date (UTC−12 reaches the next midnight at 12:00 UTC the next day).
#[apply(backends)]
#[tokio::test]
async fn a_finalized_whole_day_is_kept_90_days_after_the_day_has_ended_everywhere(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let d = PollDraft {
        kind: "dates".into(),
        timezone: "Pacific/Pago_Pago".into(),
        slots: vec!["2026-02-10".into()],
        ..draft("Side meeting")
    };
    let poll = create_from(&app, d, t0()).await;
    let (i, t) = (poll.poll.id.clone(), poll.admin_token.clone());
    let slot = poll.poll.slots[0].id.to_string();
    at(&app.state, move |st| {
        st.finalize(&i, &t, &slot, utc(2026, 1, 5, 9, 0))
            .expect("finalize")
    })
    .await;
    // 10 February 00:00 UTC + 36 h = 11 February 12:00 UTC (Pago Pago's 10 February
    // ends at 11:00 UTC); + 90 days = 12 May 2026 12:00 UTC (17 days of February, 31
    // of March, 30 of April, 12 of May); warned a week before, 5 May 12:00 UTC.
    assert_eq!(
        run(&app.state, utc(2026, 5, 5, 11, 59))
            .await
            .expiry_warnings,
        0
    );
    assert_eq!(
        run(&app.state, utc(2026, 5, 5, 12, 0))
            .await
            .expiry_warnings,
        1
    );
    assert_eq!(run(&app.state, utc(2026, 5, 12, 11, 59)).await.deletions, 0);
    assert_eq!(run(&app.state, utc(2026, 5, 12, 12, 1)).await.deletions, 1);
}

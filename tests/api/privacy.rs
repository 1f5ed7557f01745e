//! Deleting leaves nothing behind: after the organizer deletes a poll (by the admin page
//! or the API) no row of any table mentions it, its slots, its responses or its people,
//! and its queued mail is never sent; after a participant withdraws their answer (by
//! their edit link or the API) no row of it or its votes is left.
//!
//! The tables are read from the database's own catalog, not from a list written here,
//! so a table added later is searched too.

use std::time::Duration;

use convene::domain::SecretToken;
use diesel::RunQueryDsl;
use rstest_reuse::apply;
use serde_json::json;

use crate::helpers::{
    backends, expect_json, expect_see_other, expect_status, poll_body, response_body,
    response_form, vote_map, Backend, CreatedPoll, TestApp,
};

#[derive(diesel::QueryableByName)]
struct Name {
    #[diesel(sql_type = diesel::sql_types::Text)]
    name: String,
}

#[derive(diesel::QueryableByName)]
struct Count {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

/// Every table of the database and its columns, from the catalog.
fn schema(app: &TestApp) -> Vec<(String, Vec<String>)> {
    let pool = convene::db::build_pool(&app.db.url, 1).expect("open the test database");
    let mut conn = pool.get().expect("a connection");
    let postgres = app.db.url.starts_with("postgres");
    let tables_sql = if postgres {
        "SELECT CAST(table_name AS TEXT) AS name FROM information_schema.tables \
         WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
            .to_owned()
    } else {
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            .to_owned()
    };
    let tables = diesel::sql_query(tables_sql)
        .load::<Name>(&mut *conn)
        .expect("list the tables");
    tables
        .into_iter()
        .map(|t| {
            let columns_sql = if postgres {
                format!(
                    "SELECT CAST(column_name AS TEXT) AS name FROM information_schema.columns \
                     WHERE table_schema = current_schema() AND table_name = '{}'",
                    t.name
                )
            } else {
                format!("SELECT name FROM pragma_table_info('{}')", t.name)
            };
            let columns = diesel::sql_query(columns_sql)
                .load::<Name>(&mut *conn)
                .expect("list the columns")
                .into_iter()
                .map(|c| c.name)
                .collect();
            (t.name, columns)
        })
        .collect()
}

/// `table.column: rows` for every column of every table holding `needle` anywhere in
/// its value.
fn rows_mentioning(app: &TestApp, needle: &str) -> Vec<String> {
    assert!(
        needle
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-'),
        "needles are plain: {needle}"
    );
    let pool = convene::db::build_pool(&app.db.url, 1).expect("open the test database");
    let mut conn = pool.get().expect("a connection");
    let mut found = Vec::new();
    for (table, columns) in schema(app) {
        for column in columns {
            let sql = format!(
                "SELECT COUNT(*) AS n FROM \"{table}\" WHERE CAST(\"{column}\" AS TEXT) LIKE '%{needle}%'"
            );
            let n = diesel::sql_query(&sql)
                .get_result::<Count>(&mut *conn)
                .unwrap_or_else(|e| panic!("{sql}: {e}"))
                .n;
            if n > 0 {
                found.push(format!("{table}.{column}: {n}"));
            }
        }
    }
    found
}

/// A poll with everything a poll can have: three slots, answers by JSON and by form
/// with votes and addresses, two comments, and the mail about all that. Returns the poll and the plain strings that identify it and its people.
async fn full_poll(app: &TestApp, marker: &str) -> (CreatedPoll, Vec<String>) {
    let mut body = poll_body(
        &format!("Budget {marker}"),
        "Europe/Zurich",
        &["2027-05-04T10:00", "2027-05-05T10:00", "2027-05-06T10:00"],
    );
    body["organizer_name"] = json!(format!("Olga {marker}"));
    body["organizer_email"] = json!(format!("olga-{marker}@example.org"));
    body["description"] = json!(format!("Agenda {marker}"));
    let poll = app.create_poll_ok(&body).await;
    let mut needles = vec![
        marker.to_owned(),
        poll.id.clone(),
        SecretToken::parse(&poll.admin_token)
            .expect("a token")
            .hash()
            .0,
    ];
    needles.extend(poll.slots.iter().map(|s| s.id.clone()));
    for (i, votes) in [["yes", "no", "if_need_be"], ["no", "yes", "yes"]]
        .iter()
        .enumerate()
    {
        let r = app
            .submit_response_ok(
                &poll.id,
                &response_body(
                    &format!("Person{i} {marker}"),
                    Some(&format!("p{i}-{marker}@example.org")),
                    "Asia/Kathmandu",
                    vote_map(&poll.slots, votes),
                ),
            )
            .await;
        needles.push(r.id);
        needles.push(SecretToken::parse(&r.edit_token).expect("a token").hash().0);
    }
    let form = response_form(
        &format!("Formful {marker}"),
        &format!("form-{marker}@example.org"),
        "UTC",
        &poll.slots,
        &["yes", "yes", "no"],
    );
    let edit = expect_see_other(
        app.post_form(&format!("/p/{}/responses", poll.id), &form)
            .await,
    )
    .await;
    let edit_token = edit
        .rsplit('/')
        .next()
        .expect("an edit link")
        .split(['?', '#'])
        .next()
        .expect("a token");
    needles.push(
        SecretToken::parse(edit_token)
            .expect("a token in the edit link")
            .hash()
            .0,
    );
    for (author, text) in [("Ann", "Tuesday suits me"), ("Bob", "Me too")] {
        let fields = [
            ("author_name".to_owned(), format!("{author} {marker}")),
            ("body".to_owned(), format!("{text} {marker}")),
        ];
        expect_see_other(
            app.post_form(&format!("/p/{}/comments", poll.id), &fields)
                .await,
        )
        .await;
    }
    (poll, needles)
}

/// Waits until the outbox holds no pending mail (everything handed to the SMTP server).
async fn outbox_drained(app: &TestApp) {
    for _ in 0..200 {
        if app.count_where("outbox_messages", "status = 'pending'") == 0 {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("mail still pending after 10 s");
}

#[apply(backends)]
#[tokio::test]
async fn a_deleted_poll_leaves_no_row_in_any_table_and_its_queued_mail_is_never_sent(
    #[case] backend: Backend,
) {
    let app = spawn(backend).await;
    let (by_page, page_needles) = full_poll(&app, "DelPage7q").await;
    let (by_api, api_needles) = full_poll(&app, "DelApi3x").await;
    let (kept, kept_needles) = full_poll(&app, "Kept9w").await;
    outbox_drained(&app).await;

    // Mail that is still queued when the polls go: the SMTP server refuses for now,
    // and each poll is finalized, which mails everyone the chosen time.
    app.smtp.fail_all(true);
    let delivered_before = app.smtp.delivered().len();
    for poll in [&by_page, &by_api, &kept] {
        let _ = expect_json(
            app.finalize(&poll.id, &poll.admin_token, &poll.slots[1].id)
                .await,
            200,
        )
        .await;
        let pending = app.count_where(
            "outbox_messages",
            &format!("poll_id = '{}' AND status = 'pending'", poll.id),
        );
        assert!(pending > 0, "queued mail for {}", poll.id);
        let sent = app.count_where(
            "outbox_messages",
            &format!("poll_id = '{}' AND status = 'sent'", poll.id),
        );
        assert!(sent > 0, "sent mail for {}", poll.id);
    }

    // The organizer deletes one poll on its admin page, the other through the API.
    let page = expect_status(
        app.post_form(
            &format!("/p/{}/admin/{}/delete", by_page.id, by_page.admin_token),
            &[],
        )
        .await,
        422,
    )
    .await;
    assert!(page.contains("confirm"), "deleting asks to confirm first");
    assert!(
        !rows_mentioning(&app, &by_page.id).is_empty(),
        "nothing deleted without the confirmation"
    );
    expect_see_other(
        app.post_form(
            &format!("/p/{}/admin/{}/delete", by_page.id, by_page.admin_token),
            &[("confirm".to_owned(), "yes".to_owned())],
        )
        .await,
    )
    .await;
    let _ = expect_status(app.delete_poll(&by_api.id, &by_api.admin_token).await, 204).await;

    for needle in page_needles.iter().chain(&api_needles) {
        let left = rows_mentioning(&app, needle);
        assert!(
            left.is_empty(),
            "{needle} is still in the database after deletion: {left:?}"
        );
    }
    // The search itself finds what is there: every trace of the kept poll.
    for needle in &kept_needles {
        assert!(
            !rows_mentioning(&app, needle).is_empty(),
            "{needle} of the kept poll not found: the search is broken"
        );
    }
    let kept_rows: Vec<String> = kept_needles
        .iter()
        .flat_map(|needle| rows_mentioning(&app, needle))
        .collect();
    for table in [
        "polls",
        "slots",
        "responses",
        "votes",
        "comments",
        "outbox_messages",
    ] {
        assert!(
            kept_rows
                .iter()
                .any(|hit| hit.starts_with(&format!("{table}."))),
            "the kept poll has rows in {table}: {kept_rows:?}"
        );
    }

    // Once the SMTP server takes mail again, only the kept poll's queued mail goes out.
    app.smtp.fail_all(false);
    app.smtp
        .wait_until(
            "the kept poll's final mail",
            Duration::from_secs(30),
            |smtp| {
                smtp.delivered()[delivered_before..]
                    .iter()
                    .any(|m| m.recipients.iter().any(|r| r == "p0-Kept9w@example.org"))
            },
        )
        .await;
    outbox_drained(&app).await;
    for mail in &app.smtp.delivered()[delivered_before..] {
        for recipient in &mail.recipients {
            assert!(
                !recipient.contains("DelPage7q") && !recipient.contains("DelApi3x"),
                "mail of a deleted poll was sent to {recipient}"
            );
        }
    }
}

#[apply(backends)]
#[tokio::test]
async fn a_withdrawn_answer_leaves_no_row_of_the_response_or_its_votes(#[case] backend: Backend) {
    let app = spawn(backend).await;
    let (poll, _) = full_poll(&app, "Withdraw5k").await;
    let mut people = Vec::new();
    for name in ["ByPage", "ByApi", "Stays"] {
        let r = app
            .submit_response_ok(
                &poll.id,
                &response_body(
                    &format!("{name} Withdraw5k"),
                    None,
                    "UTC",
                    vote_map(&poll.slots, &["yes", "no", "yes"]),
                ),
            )
            .await;
        people.push(r);
    }
    let (by_page, by_api, stays) = (&people[0], &people[1], &people[2]);

    expect_see_other(
        app.post_form(
            &format!("/p/{}/r/{}/delete", poll.id, by_page.edit_token),
            &[],
        )
        .await,
    )
    .await;
    let _ = expect_status(
        app.delete_response(&poll.id, &by_api.id, &by_api.edit_token)
            .await,
        204,
    )
    .await;

    for (r, name) in [(by_page, "ByPage"), (by_api, "ByApi")] {
        let hash = SecretToken::parse(&r.edit_token).expect("a token").hash().0;
        for needle in [r.id.as_str(), hash.as_str(), name] {
            let left = rows_mentioning(&app, needle);
            assert!(
                left.is_empty(),
                "{needle} of a withdrawn answer is still in the database: {left:?}"
            );
        }
        let _ = expect_status(
            app.get(&format!("/p/{}/r/{}", poll.id, r.edit_token)).await,
            404,
        )
        .await;
    }
    // The other answers and their votes stay.
    assert_eq!(
        app.count_where("votes", &format!("response_id = '{}'", stays.id)),
        3
    );
    assert_eq!(
        app.count_where("responses", &format!("poll_id = '{}'", poll.id)),
        4,
        "three from the full poll and the one that stays"
    );
}

/// The application with mail retried quickly (the deletion test lets mail fail first).
async fn spawn(backend: Backend) -> TestApp {
    crate::helpers::spawn_app_with(backend, |config| {
        config.mail_retry_secs = 1;
    })
    .await
}

//! Limits against abuse other than the rate limits: request bodies over 256 KiB (413),
//! the create form's honeypot, what one poll may hold (slots, answers, comments and
//! their length) and what one poll may mail (per poll and per address in 24 hours),
//! each refused with a clear message and nothing half-saved. Small limits are
//! configured for the tests instead of creating thousands of rows.

use std::time::Duration;

use reqwest::header::ACCEPT_LANGUAGE;
use rstest_reuse::apply;
use serde_json::{json, Value};

use crate::helpers::{
    backends, content_type, expect_error, expect_json, expect_see_other, expect_status,
    location_path, mails_to, poll_body, response_body, response_form, spawn_app, spawn_app_with,
    unescape_html, vote_map, Backend, CreatedPoll, TestApp,
};

const TWO_MB: usize = 2 * 1024 * 1024;

fn fields(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

/// A complete, valid create form.
fn create_form(title: &str) -> Vec<(String, String)> {
    fields(&[
        ("title", title),
        ("description", ""),
        ("location", ""),
        ("organizer_name", "Olga"),
        ("organizer_email", "olga@example.org"),
        ("timezone", "Europe/Zurich"),
        ("duration_minutes", "60"),
        ("deadline", ""),
        ("if_need_be", "on"),
        ("slot_date", "2027-05-10"),
        ("slot_time", "09:15"),
    ])
}

/// `n` slots a day apart from 2027-05-01 at 10:00, as `YYYY-MM-DD` dates.
fn days(n: usize) -> Vec<String> {
    let first = chrono::NaiveDate::from_ymd_opt(2027, 5, 1).expect("a date");
    (0..n)
        .map(|i| (first + chrono::Duration::days(i as i64)).to_string())
        .collect()
}

async fn two_slot_poll(app: &TestApp) -> CreatedPoll {
    app.create_poll_ok(&poll_body(
        "Limits",
        "Europe/Zurich",
        &["2027-05-04T10:00", "2027-05-05T10:00"],
    ))
    .await
}

// ---- request bodies ----

#[apply(backends)]
#[tokio::test]
async fn a_2_mb_json_body_is_413_too_large_and_saves_nothing(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let mut body = poll_body("Big", "Europe/Zurich", &["2027-05-04T10:00"]);
    body["description"] = json!("x".repeat(TWO_MB));
    let error = expect_error(app.create_poll(&body).await, 413, None).await;
    assert_eq!(error.code, "too_large", "{}", error.body);
    assert!(
        error.message.contains("262144 bytes") && error.message.contains("256 KiB"),
        "the message names the limit: {}",
        error.message
    );
    assert_eq!(app.count_rows("polls"), 0);
}

#[apply(backends)]
#[tokio::test]
async fn a_2_mb_form_gets_a_413_page_in_the_visitors_language(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let mut form = create_form("Grande");
    form.push(("description".to_owned(), "x".repeat(TWO_MB)));
    let response = app
        .client
        .post(app.url("/polls"))
        .header(ACCEPT_LANGUAGE, "es-ES,es;q=0.9")
        .form(&form)
        .send()
        .await
        .expect("POST /polls");
    assert!(content_type(response.headers()).starts_with("text/html"));
    let page = expect_status(response, 413).await;
    assert!(page.contains("<html lang=\"es\""), "{page}");
    assert!(
        page.contains("Envío demasiado grande") && page.contains("256 KiB"),
        "the page says what happened and the limit:\n{page}"
    );
    assert_eq!(app.count_rows("polls"), 0);
}

// ---- the honeypot ----

#[apply(backends)]
#[tokio::test]
async fn a_filled_honeypot_saves_nothing_sends_no_mail_and_the_form_can_be_sent_again(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let blank = expect_status(app.get("/").await, 200).await;
    // Out of sight (a CSS class, since the CSP forbids inline styles), out of the tab
    // order, hidden from screen readers, never filled by autocomplete, and labelled.
    let at = blank
        .find("name=\"website\"")
        .expect("the create form has the honeypot");
    let wrapper = blank[..at].rfind("<div").expect("a wrapper");
    let honeypot = &blank[wrapper..blank[at..].find('>').map_or(at, |e| at + e + 1)];
    for attribute in [
        "class=\"hp-field\"",
        "aria-hidden=\"true\"",
        "tabindex=\"-1\"",
        "autocomplete=\"off\"",
        "Leave this field empty",
        "value=\"\"",
    ] {
        assert!(honeypot.contains(attribute), "{attribute} in:\n{honeypot}");
    }
    let css = expect_status(app.get("/static/convene.css").await, 200).await;
    assert!(css.contains(".hp-field {"), "the class hides it");

    let mut form = create_form("Spam or autofill");
    form.push(("website".to_owned(), "https://spam.example".to_owned()));
    let page = expect_status(app.post_form("/polls", &form).await, 422).await;
    assert!(page.contains("Nothing was saved yet"), "{page}");
    assert!(
        page.contains("value=\"Spam or autofill\""),
        "what was typed comes back:\n{page}"
    );
    assert!(
        !page.contains("spam.example"),
        "the honeypot comes back empty, so sending again succeeds"
    );
    assert_eq!(app.count_rows("polls"), 0);
    assert_eq!(app.count_rows("outbox_messages"), 0, "no mail was queued");

    // A person sends the form again, as it came back (honeypot empty).
    let mut again = create_form("Spam or autofill");
    again.push(("website".to_owned(), String::new()));
    expect_see_other(app.post_form("/polls", &again).await).await;
    assert_eq!(app.count_rows("polls"), 1);
    let mails = app.smtp.wait_for_exactly(1, Duration::from_secs(10)).await;
    assert_eq!(mails_to(&mails, "olga@example.org").len(), 1);
}

// ---- slots ----

#[apply(backends)]
#[tokio::test]
async fn the_create_form_takes_200_slot_rows_and_refuses_201(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let with_rows = |n: usize| {
        let mut form = create_form("Many slots");
        form.retain(|(k, _)| !k.starts_with("slot_"));
        for day in days(n) {
            form.push(("slot_date".to_owned(), day));
            form.push(("slot_time".to_owned(), "10:00".to_owned()));
        }
        form
    };
    let page = expect_status(app.post_form("/polls", &with_rows(201)).await, 422).await;
    assert!(
        page.contains("A poll can have at most 200 slots; this one would have 201"),
        "{page}"
    );
    assert_eq!(app.count_rows("polls"), 0);
    assert_eq!(app.count_rows("slots"), 0);
    expect_see_other(app.post_form("/polls", &with_rows(200)).await).await;
    assert_eq!(app.count_rows("slots"), 200);
}

#[apply(backends)]
#[tokio::test]
async fn the_admin_form_cannot_take_a_poll_past_200_slots(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let slots: Vec<String> = days(199).iter().map(|d| format!("{d}T10:00")).collect();
    let refs: Vec<&str> = slots.iter().map(String::as_str).collect();
    let poll = app
        .create_poll_ok(&poll_body("199 slots", "Europe/Zurich", &refs))
        .await;
    let add = format!("{}/slots", location_path(&poll.admin_url));
    let two = fields(&[
        ("slot_date", "2028-01-10"),
        ("slot_time", "10:00"),
        ("slot_date", "2028-01-11"),
        ("slot_time", "10:00"),
    ]);
    let page = expect_status(app.post_form(&add, &two).await, 422).await;
    assert!(
        page.contains("A poll can have at most 200 slots; this one would have 201"),
        "{page}"
    );
    assert_eq!(app.count_rows("slots"), 199, "neither slot was added");
    let one = fields(&[("slot_date", "2028-01-10"), ("slot_time", "10:00")]);
    expect_see_other(app.post_form(&add, &one).await).await;
    assert_eq!(app.count_rows("slots"), 200);
}

// ---- answers ----

#[apply(backends)]
#[tokio::test]
async fn a_poll_takes_answers_up_to_its_limit_and_then_only_changes(#[case] backend: Backend) {
    let app = spawn_app_with(backend, |c| c.max_responses_per_poll = 2).await;
    let poll = two_slot_poll(&app).await;
    let votes = || vote_map(&poll.slots, &["yes", "no"]);
    let ann = app
        .submit_response_ok(&poll.id, &response_body("Ann", None, "UTC", votes()))
        .await;
    expect_see_other(
        app.post_form(
            &format!("/p/{}/responses", poll.id),
            &response_form("Bob", "", "UTC", &poll.slots, &["no", "yes"]),
        )
        .await,
    )
    .await;

    let error = expect_error(
        app.submit_response(&poll.id, &response_body("Cy", None, "UTC", votes()))
            .await,
        409,
        None,
    )
    .await;
    assert!(
        error.message.contains("limit of 2 answers"),
        "{}",
        error.message
    );
    let page = expect_status(
        app.post_form(
            &format!("/p/{}/responses", poll.id),
            &response_form("Dee", "", "UTC", &poll.slots, &["yes", "yes"]),
        )
        .await,
        409,
    )
    .await;
    assert!(page.contains("limit of 2 answers"), "{page}");
    assert_eq!(app.count_rows("responses"), 2);

    // Answers already given can still be changed, and a withdrawn one frees its place.
    let changed = response_body("Ann", None, "UTC", vote_map(&poll.slots, &["no", "no"]));
    expect_json(
        app.update_response(&poll.id, &ann.id, &ann.edit_token, &changed)
            .await,
        200,
    )
    .await;
    expect_status(
        app.delete_response(&poll.id, &ann.id, &ann.edit_token)
            .await,
        204,
    )
    .await;
    app.submit_response_ok(&poll.id, &response_body("Cy", None, "UTC", votes()))
        .await;
    assert_eq!(app.count_rows("responses"), 2);
}

#[apply(backends)]
#[tokio::test]
async fn answers_sent_at_the_same_time_cannot_pass_the_limit(#[case] backend: Backend) {
    let app = spawn_app_with(backend, |c| c.max_responses_per_poll = 5).await;
    let poll = two_slot_poll(&app).await;
    let url = app.url(&format!("/api/v1/polls/{}/responses", poll.id));
    let mut requests = tokio::task::JoinSet::new();
    for i in 0..12 {
        let (client, url) = (app.client.clone(), url.clone());
        let body = response_body(
            &format!("Person {i}"),
            None,
            "UTC",
            vote_map(&poll.slots, &["yes", "no"]),
        );
        requests.spawn(async move {
            client
                .post(url)
                .json(&body)
                .send()
                .await
                .map(|r| r.status().as_u16())
        });
    }
    let mut statuses = Vec::new();
    while let Some(done) = requests.join_next().await {
        statuses.push(done.expect("the task").expect("an answer"));
    }
    statuses.sort_unstable();
    assert_eq!(
        statuses,
        [vec![201; 5], vec![409; 7]].concat(),
        "five saved, the rest refused"
    );
    assert_eq!(app.count_rows("responses"), 5);
}

// ---- comments ----

fn comment(body: &str) -> Vec<(String, String)> {
    vec![
        ("author_name".to_owned(), "Eve".to_owned()),
        ("body".to_owned(), body.to_owned()),
    ]
}

#[apply(backends)]
#[tokio::test]
async fn a_poll_takes_comments_up_to_its_limit(#[case] backend: Backend) {
    let app = spawn_app_with(backend, |c| c.max_comments_per_poll = 2).await;
    let poll = two_slot_poll(&app).await;
    let path = format!("/p/{}/comments", poll.id);
    expect_see_other(app.post_form(&path, &comment("One")).await).await;
    expect_see_other(app.post_form(&path, &comment("Two")).await).await;
    let page = expect_status(app.post_form(&path, &comment("Three")).await, 409).await;
    assert!(page.contains("limit of 2 comments"), "{page}");
    assert_eq!(app.count_rows("comments"), 2);
}

#[apply(backends)]
#[tokio::test]
async fn a_comment_of_5000_characters_is_taken_and_one_of_5001_refused_naming_it(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = two_slot_poll(&app).await;
    let path = format!("/p/{}/comments", poll.id);
    expect_see_other(app.post_form(&path, &comment(&"é".repeat(5000))).await).await;
    let long = "ü".repeat(5001);
    let page = expect_status(app.post_form(&path, &comment(&long)).await, 422).await;
    let page = unescape_html(&page);
    assert!(
        page.contains("The comment is 5001 characters long; at most 5000 are allowed"),
        "{page}"
    );
    assert!(page.contains(&long), "the typed comment comes back");
    assert_eq!(app.count_rows("comments"), 1);
}

// ---- mail ----

/// Answers `poll` by API from each address; returns `edit_link_mailed` of each.
async fn answer_from(app: &TestApp, poll: &CreatedPoll, addresses: &[&str]) -> Vec<bool> {
    let mut mailed = Vec::new();
    for address in addresses {
        let body = response_body(
            address,
            Some(address),
            "UTC",
            vote_map(&poll.slots, &["yes", "no"]),
        );
        let json: Value = expect_json(app.submit_response(&poll.id, &body).await, 201).await;
        mailed.push(
            json["edit_link_mailed"]
                .as_bool()
                .unwrap_or_else(|| panic!("edit_link_mailed in {json}")),
        );
    }
    mailed
}

#[apply(backends)]
#[tokio::test]
async fn finalizing_past_the_polls_mail_cap_is_refused_and_changes_nothing(
    #[case] backend: Backend,
) {
    let app = spawn_app_with(backend, |c| c.mail_per_poll_per_day = 8).await;

    // 1 admin link + 3 edit links, then finalizing sends 1 + 3: exactly 8.
    let within = two_slot_poll(&app).await;
    let three = ["a1@example.org", "a2@example.org", "a3@example.org"];
    assert_eq!(answer_from(&app, &within, &three).await, [true; 3]);
    expect_json(
        app.finalize(&within.id, &within.admin_token, &within.slots[0].id)
            .await,
        200,
    )
    .await;
    // Changing the finalized meeting would mail those 4 again: 12 > 8.
    let error = expect_error(
        app.patch_poll(&within.id, &within.admin_token, &json!({"title": "Moved"}))
            .await,
        409,
        None,
    )
    .await;
    assert!(
        error
            .message
            .contains("mail the updated meeting to 4 people")
            && error.message.contains("at most 8 messages in 24 hours")
            && error.message.contains("already sent 8"),
        "{}",
        error.message
    );
    assert_eq!(app.poll(&within.id, None).await["title"], "Limits");

    // 1 admin link + 4 edit links, then finalizing would send 5 more: 10 > 8.
    let over = two_slot_poll(&app).await;
    let four = [
        "b1@example.org",
        "b2@example.org",
        "b3@example.org",
        "b4@example.org",
    ];
    assert_eq!(answer_from(&app, &over, &four).await, [true; 4]);
    let error = expect_error(
        app.finalize(&over.id, &over.admin_token, &over.slots[0].id)
            .await,
        409,
        None,
    )
    .await;
    assert!(
        error.message.contains("Finalizing would send 5 messages")
            && error.message.contains("Nothing was changed"),
        "{}",
        error.message
    );
    let read = app.poll(&over.id, None).await;
    assert_eq!(read["status"], "open");
    assert!(read["final_slot_id"].is_null());

    // The real SMTP server got 8 + 5 messages: nothing of the refused actions.
    let mails = app.smtp.wait_for_exactly(13, Duration::from_secs(20)).await;
    for address in three {
        assert_eq!(mails_to(&mails, address).len(), 2, "edit link and meeting");
    }
    for address in four {
        assert_eq!(mails_to(&mails, address).len(), 1, "the edit link only");
    }
}

#[apply(backends)]
#[tokio::test]
async fn an_edit_link_past_the_polls_mail_cap_is_not_mailed_but_the_answer_is_saved(
    #[case] backend: Backend,
) {
    let app = spawn_app_with(backend, |c| c.mail_per_poll_per_day = 3).await;
    let poll = two_slot_poll(&app).await;
    let mailed = answer_from(
        &app,
        &poll,
        &["ann@example.org", "bob@example.org", "cy@example.org"],
    )
    .await;
    assert_eq!(mailed, [true, true, false]);
    assert_eq!(app.count_rows("responses"), 3, "every answer is saved");
    let mails = app.smtp.wait_for_exactly(3, Duration::from_secs(20)).await;
    assert!(mails_to(&mails, "cy@example.org").is_empty());
    assert_eq!(mails_to(&mails, "bob@example.org").len(), 1);
}

#[apply(backends)]
#[tokio::test]
async fn one_address_gets_at_most_its_cap_of_edit_links_from_one_poll(#[case] backend: Backend) {
    let app = spawn_app_with(backend, |c| c.edit_link_mails_per_address_per_day = 2).await;
    let poll = two_slot_poll(&app).await;
    let answer = |email: &str| response_form("Ann", email, "UTC", &poll.slots, &["yes", "no"]);
    let path = format!("/p/{}/responses", poll.id);
    for email in ["ann@example.org", "ann@example.org"] {
        let location = expect_see_other(app.post_form(&path, &answer(email)).await).await;
        assert!(location.ends_with("?saved=1"), "{location}");
    }
    // The same address written otherwise is the same inbox.
    let location = expect_see_other(app.post_form(&path, &answer("ANN@Example.org")).await).await;
    assert!(location.ends_with("?saved=1&mail=withheld"), "{location}");
    let page = unescape_html(&expect_status(app.get(&location_path(&location)).await, 200).await);
    assert!(
        page.contains("We did not mail you this link this time"),
        "{page}"
    );
    assert!(!page.contains("We also mailed it to you."), "{page}");
    let token = location_path(&location)
        .split("/r/")
        .nth(1)
        .and_then(|rest| rest.split('?').next())
        .expect("a token")
        .to_owned();
    assert!(page.contains(&token), "the page shows the personal link");
    // Another address still gets its link.
    expect_see_other(app.post_form(&path, &answer("bob@example.org")).await).await;

    assert_eq!(app.count_rows("responses"), 4);
    let mails = app.smtp.wait_for_exactly(4, Duration::from_secs(20)).await;
    assert_eq!(mails_to(&mails, "ann@example.org").len(), 2);
    assert_eq!(mails_to(&mails, "bob@example.org").len(), 1);
}

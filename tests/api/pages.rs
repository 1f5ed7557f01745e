//! The HTML pages beyond the main flow: zone fields that understand what people type,
//! the viewer's own row, the per-slot results for narrow screens, and the organizer's
//! announcement text. Page markup is backend-independent, so these run on SQLite only.

use serde_json::json;

use crate::helpers::{
    expect_see_other, expect_status, location_path, poll_body, response_body, response_form,
    response_named, spawn_app, unescape_html, vote_map, Backend, CreatedPoll, TestApp,
};

/// Europe/Zurich on 2027-05-04 is on CEST (UTC+2): 10:00 local is 08:00 UTC, and
/// 16:30 local on the 5th is 14:30 UTC.
const SLOTS: [&str; 2] = ["2027-05-04T10:00", "2027-05-05T16:30"];

/// The poll most page and language tests start from (slots in [`SLOTS`]).
pub(crate) async fn create(app: &TestApp) -> CreatedPoll {
    app.create_poll_ok(&poll_body("Steering call", "Europe/Zurich", &SLOTS))
        .await
}

/// The `<tr>` … `</tr>` of the results table row whose header holds `name`.
fn row_of<'a>(page: &'a str, name: &str) -> &'a str {
    let at = page
        .find(&format!("<span class=\"who-name\"><bdi>{name}"))
        .unwrap_or_else(|| panic!("no results row for {name}"));
    let start = page[..at].rfind("<tr").expect("row start");
    let end = at + page[at..].find("</tr>").expect("row end");
    &page[start..end]
}

#[tokio::test]
async fn zone_fields_take_a_city_or_any_letter_case_and_refuse_a_shared_city() {
    let app = spawn_app(Backend::Sqlite).await;
    let poll = create(&app).await;

    // A bare city, as typed into the searchable field, is stored as its IANA id.
    let form = response_form("Anil", "", "kathmandu", &poll.slots, &["yes", "no"]);
    expect_see_other(
        app.post_form(&format!("/p/{}/responses", poll.id), &form)
            .await,
    )
    .await;
    let read = app.admin_poll(&poll.id, &poll.admin_token).await;
    assert_eq!(response_named(&read, "Anil")["timezone"], "Asia/Kathmandu");

    // "Pacific" ends US/Pacific and Canada/Pacific, two zones: refused, the text kept.
    let form = response_form("Eleni", "", "Pacific", &poll.slots, &["yes", "no"]);
    let page = expect_status(
        app.post_form(&format!("/p/{}/responses", poll.id), &form)
            .await,
        422,
    )
    .await;
    assert!(
        page.contains("“Pacific” is not a known time zone"),
        "the message names the text"
    );
    assert!(
        page.contains(r#"name="timezone" value="Pacific""#),
        "the field keeps what was typed"
    );

    // The viewer picker: "new york" shows New York times. 10:00 CEST = 08:00 UTC =
    // 04:00 EDT (UTC-4) on 4 May 2027.
    let page = expect_status(app.get(&format!("/p/{}?tz=new%20york", poll.id)).await, 200).await;
    assert!(page.contains(r#"name="tz" value="America/New_York""#));
    assert!(page.contains("04:00–05:00"), "slot shown in New York time");

    // A wrong ?tz= keeps what was typed in the field, with the error.
    let page = expect_status(app.get(&format!("/p/{}?tz=Atlantis", poll.id)).await, 200).await;
    assert!(page.contains(r#"name="tz" value="Atlantis""#));
    assert!(page.contains(r#"id="tz-error""#));
}

#[tokio::test]
async fn the_personal_page_marks_the_viewers_row_and_lists_answers_per_slot() {
    let app = spawn_app(Backend::Sqlite).await;
    let poll = create(&app).await;
    app.submit_response_ok(
        &poll.id,
        &response_body(
            "Mele",
            None,
            "Pacific/Fiji",
            vote_map(&poll.slots, &["no", "yes"]),
        ),
    )
    .await;
    let form = response_form(
        "Carla",
        "",
        "America/Los_Angeles",
        &poll.slots,
        &["yes", "if_need_be"],
    );
    let location = expect_see_other(
        app.post_form(&format!("/p/{}/responses", poll.id), &form)
            .await,
    )
    .await;

    let own = expect_status(app.get(&location_path(&location)).await, 200).await;
    assert_eq!(
        own.matches("class=\"is-you\"").count(),
        1,
        "one row is marked"
    );
    assert!(row_of(&own, "Carla").contains("class=\"is-you\""));
    assert!(!row_of(&own, "Mele").contains("is-you"));
    // Per slot: the first slot has Carla under yes and Mele under no.
    let by_slot = &own[own
        .find("class=\"slot-list plain by-slot\"")
        .expect("per-slot results")..];
    let first = &by_slot[..by_slot.find("</li>").expect("first slot")];
    assert!(
        first.contains("Yes (1)</dt><dd dir=\"auto\">Carla (you)</dd>"),
        "{first}"
    );
    assert!(
        first.contains("No (1)</dt><dd dir=\"auto\">Mele</dd>"),
        "{first}"
    );

    let public = expect_status(app.get(&format!("/p/{}", poll.id)).await, 200).await;
    assert!(
        !public.contains("is-you"),
        "nobody is 'you' on the public page"
    );
    assert!(!public.contains("(you)"));

    // The best slot is said in words: slot 2 has 2 available (1 yes, 1 if need be).
    // 16:30 CEST on 5 May is 07:30 in Los Angeles (PDT, UTC-7), the viewer's zone.
    let best = own
        .split("<p class=\"best-line\">")
        .nth(1)
        .expect("a best-slot sentence");
    let best = unescape_html(&best[..best.find("</p>").expect("end")]);
    assert!(
        best.contains("Wednesday 5 May 2027, 07:30–08:30 (UTC-07:00): 2 available (1 yes, 1 if need be), 0 no."),
        "{best}"
    );
}

#[tokio::test]
async fn a_slot_row_that_is_no_time_says_how_to_write_one() {
    let app = spawn_app(Backend::Sqlite).await;
    let fields: Vec<(String, String)> = [
        ("title", "Steering call"),
        ("organizer_name", "Olga"),
        ("organizer_email", "olga@example.org"),
        ("timezone", "Europe/Zurich"),
        ("duration_minutes", "60"),
        ("slot_date", "2027-03-23"),
        ("slot_time", "25:99"),
        ("slot_offset", ""),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    let page = unescape_html(&expect_status(app.post_form("/polls", &fields).await, 422).await);
    assert!(
        page.contains("“2027-03-23 25:99” is not a date and time; give the date as 2027-03-23 and the time as 13:00."),
        "the row's message speaks of the form's two boxes"
    );
    assert!(page.contains(r#"value="25:99""#), "the typed time is kept");
}

#[tokio::test]
async fn finalizing_says_how_many_messages_go_out_and_sends_each_address_once() {
    let app = spawn_app(Backend::Sqlite).await;
    let poll = create(&app).await;
    // Two answers with one address in two spellings, one with the organizer's own
    // address, one without an address: the organizer plus one more message.
    for (name, email) in [
        ("Ana", Some("ana@example.org")),
        ("Ana again", Some("ANA@example.org")),
        ("Olga herself", Some("olga@example.org")),
        ("Nobody", None),
    ] {
        app.submit_response_ok(
            &poll.id,
            &response_body(
                name,
                email,
                "Europe/Zurich",
                vote_map(&poll.slots, &["yes", "no"]),
            ),
        )
        .await;
    }
    let admin_path = location_path(&poll.admin_url);
    let admin = expect_status(app.get(&admin_path).await, 200).await;
    assert!(
        admin.contains(
            "This sends 2 messages: to you, to everyone who gave an address, and to every invitee."
        ),
        "the finalize form says what it will send"
    );
    // Removing a slot asks once more, saying what goes with it.
    assert!(
        admin.contains("4 answers for this slot will be removed with it."),
        "the removal says how many answers it takes"
    );
    assert!(admin.contains("<details class=\"confirm\">"));
    let fields = vec![("slot_id".to_owned(), poll.slots[0].id.clone())];
    let location = expect_see_other(
        app.post_form(&format!("{admin_path}/finalize"), &fields)
            .await,
    )
    .await;
    assert!(location.ends_with("queued=2"), "{location}");
}

#[tokio::test]
async fn the_admin_page_offers_an_announcement_for_a_mailing_list() {
    let app = spawn_app(Backend::Sqlite).await;
    let mut body = poll_body("Steering call", "Europe/Zurich", &SLOTS);
    body["deadline"] = json!("2027-04-30T17:00");
    let poll = app.create_poll_ok(&body).await;
    let admin = expect_status(app.get(&location_path(&poll.admin_url)).await, 200).await;
    let start = admin
        .find("id=\"announcement\"")
        .expect("an announcement field");
    let text = &admin[start..];
    let text = unescape_html(
        &text[text.find('>').expect("tag end") + 1..text.find("</textarea>").expect("end")],
    );
    // 17:00 CEST = 15:00 UTC; the slots as computed in SLOTS' comment.
    for expected in [
        "Steering call\n",
        "Olga Organizer asks when you can meet (1 hour).",
        poll.participant_url.as_str(),
        "Please answer by Friday 30 April 2027, 17:00 (Europe/Zurich, UTC+02:00) = Friday 30 April 2027, 15:00 UTC.",
        "The candidate times, in Europe/Zurich and in UTC:",
        "- Tuesday 4 May 2027, 10:00–11:00 (UTC+02:00) = Tue 4 May, 08:00–09:00 UTC\n",
        "- Wednesday 5 May 2027, 16:30–17:30 (UTC+02:00) = Wed 5 May, 14:30–15:30 UTC\n",
    ] {
        assert!(text.contains(expected), "announcement lacks {expected:?}:\n{text}");
    }
    assert!(
        !text.contains(&poll.admin_token),
        "the admin secret is not in the text meant for a list"
    );
}

//! The planner page: proposals checked against hand-worked cases, its refusals, and the
//! two ways out (a new poll prefilled, or slots added to a poll).

use crate::helpers::*;
use rstest_reuse::apply;

fn query(pairs: &[(&str, &str)]) -> String {
    url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}

const WEEK: [(&str, &str); 5] = [
    ("weekday", "mon"),
    ("weekday", "tue"),
    ("weekday", "wed"),
    ("weekday", "thu"),
    ("weekday", "fri"),
];

#[tokio::test]
async fn the_planner_proposes_the_hand_worked_best_times_and_refuses_bad_input_by_field() {
    let app = spawn_app(Backend::Sqlite).await;
    let fresh = expect_status(app.get("/planner").await, 200).await;
    assert!(fresh.contains("name=\"zones\""), "{fresh}");

    // Berlin 5, Kathmandu 5, Los Angeles 1 (see the unit test in domain::fairness): the
    // best start is 08:00 UTC (09:00 in Berlin, UTC+1) until the EU change on 28 March.
    let mut pairs = vec![
        ("from", "2027-03-22"),
        ("to", "2027-03-26"),
        ("timezone", "Europe/Berlin"),
        ("duration_minutes", "60"),
        ("step_minutes", "15"),
        (
            "zones",
            "America/Los_Angeles 1\nEurope/Berlin 5\nkathmandu 5",
        ),
        ("day_start", "07:00"),
        ("work_start", "09:00"),
        ("work_end", "18:00"),
        ("night_start", "22:00"),
    ];
    pairs.extend(WEEK);
    let page = expect_status(app.get(&format!("/planner?{}", query(&pairs))).await, 200).await;
    let first = page
        .split("name=\"slot\" value=\"")
        .nth(1)
        .and_then(|r| r.split('"').next());
    assert_eq!(first, Some("2027-03-22T08:00:00Z"), "{page}");
    assert!(
        page.contains("Monday 22 March 2027, 09:00–10:00 (UTC+01:00)"),
        "{page}"
    );
    assert!(page.contains("Asia/Kathmandu (5)"), "{page}");
    // Kathmandu (+05:45): 13:45–14:45, working hours; Los Angeles (PDT): 01:00, night.
    assert!(page.contains("13:45–14:45 ☀ working hours"), "{page}");
    assert!(page.contains("01:00–02:00 ☾ night"), "{page}");

    let mut bad = pairs.clone();
    for (k, v) in bad.iter_mut() {
        match *k {
            "to" => *v = "2027-03-01",
            "step_minutes" => *v = "25",
            "zones" => *v = "Europe/Berlin 2\nMars/Olympus 3",
            _ => {}
        }
    }
    let refused = expect_status(app.get(&format!("/planner?{}", query(&bad))).await, 422).await;
    assert!(
        refused.contains("Line 2:") && refused.contains("Mars/Olympus"),
        "{refused}"
    );
    assert!(
        refused.contains("Mars/Olympus 3</textarea>"),
        "what was typed stays"
    );
    let mut long = pairs.clone();
    for (k, v) in long.iter_mut() {
        if *k == "to" {
            *v = "2027-07-01";
        }
    }
    let refused = expect_status(app.get(&format!("/planner?{}", query(&long))).await, 422).await;
    assert!(refused.contains("longer than 90 days"), "{refused}");
    let mut step = pairs.clone();
    for (k, v) in step.iter_mut() {
        if *k == "step_minutes" {
            *v = "25";
        }
    }
    let refused = expect_status(app.get(&format!("/planner?{}", query(&step))).await, 422).await;
    assert!(
        refused.contains("step of 15, 30 or 60 minutes"),
        "{refused}"
    );

    // Chosen times start a new poll: the create form with them as rows in Berlin time.
    let create = query(&[
        ("timezone", "Europe/Berlin"),
        ("duration_minutes", "45"),
        ("slot", "2027-03-22T08:00:00Z"),
        ("slot", "2027-03-29T07:00:00Z"),
    ]);
    let form = expect_status(app.get(&format!("/?{create}")).await, 200).await;
    assert!(
        form.contains("value=\"2027-03-22\"") && form.contains("value=\"2027-03-29\""),
        "{form}"
    );
    let slot_rows = form
        .split("data-kind=\"availability\"")
        .next()
        .unwrap_or_default();
    assert_eq!(
        slot_rows.matches("value=\"09:00\"").count(),
        2,
        "both at 09:00 Berlin time"
    );
    assert!(form.contains("value=\"45\""), "{form}");
}

#[apply(backends)]
#[tokio::test]
async fn the_planner_of_a_poll_knows_its_people_and_adds_the_chosen_times_as_slots(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = app
        .create_poll_ok(&poll_body(
            "Planned",
            "Europe/Zurich",
            &["2027-06-11T13:00"],
        ))
        .await;
    let admin = format!("/p/{}/admin/{}", poll.id, poll.admin_token);
    app.submit_response_ok(
        &poll.id,
        &response_body(
            "Mele",
            None,
            "Pacific/Fiji",
            vote_map(&poll.slots, &["yes"]),
        ),
    )
    .await;
    let fields = vec![(
        "list".to_owned(),
        "Ana, ana@example.org, , Asia/Kathmandu\nbo@example.org".to_owned(),
    )];
    expect_see_other(app.post_form(&format!("{admin}/invitees"), &fields).await).await;
    let page = expect_status(app.get(&format!("{admin}/planner")).await, 200).await;
    assert!(
        page.contains("Pacific/Fiji 1\nAsia/Kathmandu 1</textarea>"),
        "{page}"
    );
    assert!(page.contains("value=\"Europe/Zurich\""), "{page}");
    // Adding a chosen time: 2027-06-14T07:00:00Z is 09:00 in Zurich (CEST).
    let chosen = vec![("slot".to_owned(), "2027-06-14T07:00:00Z".to_owned())];
    expect_see_other(app.post_form(&format!("{admin}/slots"), &chosen).await).await;
    let p = app.poll(&poll.id, Some("Europe/Zurich")).await;
    let starts: Vec<&str> = p["slots"]
        .as_array()
        .expect("slots")
        .iter()
        .filter_map(|s| s["start"].as_str())
        .collect();
    assert!(
        starts.iter().any(|s| s.starts_with("2027-06-14T07:00:00")),
        "{starts:?}"
    );
    // The planner of a poll is behind its admin link.
    expect_status(
        app.get(&format!(
            "/p/{}/admin/{}x/planner",
            poll.id,
            &poll.admin_token[..42]
        ))
        .await,
        404,
    )
    .await;
}

/// A submitted planner query with the usual values, changed by `change`.
fn planner_query(change: &[(&str, &str)]) -> String {
    let mut pairs: Vec<(&str, &str)> = vec![
        ("from", "2027-03-22"),
        ("to", "2027-03-26"),
        ("timezone", "Europe/Berlin"),
        ("duration_minutes", "60"),
        ("step_minutes", "60"),
        ("zones", "Europe/Berlin 2"),
        ("day_start", "07:00"),
        ("work_start", "09:00"),
        ("work_end", "18:00"),
        ("night_start", "22:00"),
    ];
    pairs.extend(WEEK);
    for (k, v) in change {
        pairs.retain(|(key, _)| key != k);
        if !v.is_empty() || *k == "zones" {
            pairs.push((k, v));
        }
    }
    query(&pairs)
}

#[tokio::test]
async fn the_planner_reads_people_as_typed_and_says_what_is_wrong_with_each_line() {
    let app = spawn_app(Backend::Sqlite).await;
    let get = |change: Vec<(&'static str, &'static str)>| {
        let url = format!("/planner?{}", planner_query(&change));
        let app = &app;
        async move { app.get(&url).await }
    };
    // Accents, a separator before the count, a count first: all read.
    let page = expect_status(
        get(vec![("zones", "Zürich 2\nkathmandu, 3\n4 São Paulo")]).await,
        200,
    )
    .await;
    for zone in [
        "Europe/Zurich (2)",
        "Asia/Kathmandu (3)",
        "America/Sao_Paulo (4)",
    ] {
        assert!(page.contains(zone), "{zone}: {page}");
    }
    // Every bad line is named, with what is wrong: a count of 0, over 10,000, negative
    // or not whole, and a zone that does not exist.
    let page = expect_status(
        get(vec![(
            "zones",
            "kathmandu 0\nlima 100001\nlondon -2\nMars/Olympus\nberlin 2.5",
        )])
        .await,
        422,
    )
    .await;
    for said in [
        "Line 1: “0” is not a number of people",
        "Line 2: “100001” is not a number of people",
        "Line 3: “-2” is not a number of people",
        "Line 4:",
        "Line 5: “2.5” is not a number of people",
    ] {
        assert!(page.contains(said), "{said}: {page}");
    }
    // No weekday, a count of proposals out of range, a range already over.
    let url = format!(
        "/planner?{}",
        planner_query(&[]).replace(
            "&weekday=mon&weekday=tue&weekday=wed&weekday=thu&weekday=fri",
            ""
        )
    );
    let page = expect_status(app.get(&url).await, 422).await;
    assert!(page.contains("Tick at least one weekday"), "{page}");
    let page = expect_status(get(vec![("proposals", "51")]).await, 422).await;
    assert!(
        page.contains("“51” is not a number of proposals from 1 to 50"),
        "{page}"
    );
    let page = expect_status(
        get(vec![("from", "2020-01-06"), ("to", "2020-01-10")]).await,
        422,
    )
    .await;
    assert!(page.contains("This range is over"), "{page}");
    // A hand-made address without the hours takes the usual ones; a count is obeyed.
    let url = format!("/planner?{}", planner_query(&[("proposals", "3")])).replace(
        "&day_start=07%3A00&work_start=09%3A00&work_end=18%3A00&night_start=22%3A00",
        "",
    );
    assert!(!url.contains("day_start"), "{url}");
    let page = expect_status(app.get(&url).await, 200).await;
    assert_eq!(page.matches("name=\"slot\"").count(), 3, "{page}");
}

#[tokio::test]
async fn a_polls_planner_never_proposes_a_time_the_poll_already_has() {
    let app = spawn_app(Backend::Sqlite).await;
    // Berlin people only: the best hour is 09:00 Berlin = 08:00Z on Monday 22 March; the
    // poll already has it, so the first proposal is the next free hour, 09:00Z.
    let poll = app
        .create_poll_ok(&poll_body(
            "Planned",
            "Europe/Berlin",
            &["2027-03-22T09:00"],
        ))
        .await;
    let admin = format!("/p/{}/admin/{}", poll.id, poll.admin_token);
    let url = format!("{admin}/planner?{}", planner_query(&[("proposals", "2")]));
    let page = expect_status(app.get(&url).await, 200).await;
    let first = page
        .split("name=\"slot\" value=\"")
        .nth(1)
        .and_then(|r| r.split('"').next());
    assert_eq!(first, Some("2027-03-22T09:00:00Z"), "{page}");
    assert!(!page.contains("value=\"2027-03-22T08:00:00Z\""), "{page}");
    // Finalized, the poll takes no new slot: the planner says so instead of offering it.
    expect_status(
        app.finalize(&poll.id, &poll.admin_token, &poll.slots[0].id)
            .await,
        200,
    )
    .await;
    let page = expect_status(app.get(&url).await, 200).await;
    assert!(page.contains("The poll is finalized: reopen it"), "{page}");
    assert!(!page.contains("Add the chosen times as slots"), "{page}");
}

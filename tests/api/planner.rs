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
    assert_eq!(
        form.matches("value=\"09:00\"").count(),
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

//! Invitations through the JSON API (issue 7): adding people from a pasted list, their
//! invitation mail with a personal link, the invitee list, reminders and their 24-hour
//! rule, removing and marking people required (and the quorum that follows), the
//! notification settings in `PATCH /polls/{id}`, and duplicating a poll. Every
//! operation is the organizer's: a wrong token is the same 404 as an unknown poll.

use reqwest::header::{CACHE_CONTROL, REFERRER_POLICY};
use reqwest::{Method, Response};
use rstest_reuse::apply;
use serde_json::{json, Value};

use crate::helpers::*;
use crate::smtp::{ParsedMail, MAIL_TIMEOUT};

const SLOTS: [&str; 2] = ["2027-05-04T09:00", "2027-05-05T16:30"];

async fn a_poll(app: &TestApp) -> CreatedPoll {
    app.create_poll_ok(&poll_body("Steering group", "Europe/Zurich", &SLOTS))
        .await
}

/// An organizer operation on `poll` (`rest` after `/api/v1/polls/{id}`).
async fn organizer(
    app: &TestApp,
    method: Method,
    poll: &CreatedPoll,
    rest: &str,
    body: Option<&Value>,
) -> Response {
    let path = format!("/api/v1/polls/{}{rest}", poll.id);
    app.request(method, &path, Some(&poll.admin_token), body)
        .await
}

/// `POST …/invitees` that must answer 200.
async fn add_invitees(app: &TestApp, poll: &CreatedPoll, list: &str, send: bool) -> Value {
    let body = json!({"list": list, "send": send});
    expect_json(
        organizer(app, Method::POST, poll, "/invitees", Some(&body)).await,
        200,
    )
    .await
}

/// `GET …/invitees` that must answer 200.
async fn invitees(app: &TestApp, poll: &CreatedPoll) -> Value {
    expect_json(
        organizer(app, Method::GET, poll, "/invitees", None).await,
        200,
    )
    .await
}

/// The invitee of a list (`GET …/invitees` or `added`) with this address.
fn invitee<'a>(list: &'a Value, email: &str) -> &'a Value {
    list.as_array()
        .unwrap_or_else(|| panic!("not a list of invitees: {list}"))
        .iter()
        .find(|i| i["email"] == email)
        .unwrap_or_else(|| panic!("no invitee {email} in {list}"))
}

/// The personal link (`/p/{id}/i/{token}`, as a path) an invitation mail carries, after
/// checking it is in both the text and the HTML part.
fn personal_link(app: &TestApp, poll_id: &str, mail: &ParsedMail) -> String {
    let prefix = format!("{}p/{poll_id}/i/", app.base_url);
    let text = mail.text();
    let at = text
        .find(&prefix)
        .unwrap_or_else(|| panic!("no personal link {prefix}… in:\n{text}"));
    let token: String = text[at + prefix.len()..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    assert_eq!(token.len(), 43, "a whole token in the link: {token}");
    let url = format!("{prefix}{token}");
    assert!(
        unescape_html(mail.html()).contains(&url),
        "the HTML part carries the same link {url}"
    );
    format!("/p/{poll_id}/i/{token}")
}

/// The quorum of `slot_id` in the organizer's view of a poll.
fn quorum_of<'a>(poll: &'a Value, slot_id: &str) -> &'a Value {
    let quorum = &slot_by_id(poll, slot_id)["quorum"];
    assert!(quorum.is_object(), "slot {slot_id} has no quorum: {poll}");
    quorum
}

#[apply(backends)]
#[tokio::test]
async fn a_pasted_list_adds_good_lines_merges_repeats_and_reports_bad_lines_by_number(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = a_poll(&app).await;
    let list = "Ana Silva <ana@example.org>\n\
                Jan Novák;jan@example.cz;DC on Accessibility;Europe/Prague\n\
                just a name without an address\n\
                ANA@example.org\n\
                李雷 <li.lei@example.cn>\n\
                bo@\n\
                # a comment line\n\
                Zoë Ündset, zoe@example.no, DC on Environment, Mars/Olympus\n";
    let added = add_invitees(&app, &poll, list, true).await;

    let emails: Vec<&str> = added["added"]
        .as_array()
        .expect("added")
        .iter()
        .map(|i| i["email"].as_str().expect("an address"))
        .collect();
    assert_eq!(
        emails,
        ["ana@example.org", "jan@example.cz", "li.lei@example.cn"],
        "{added}"
    );
    assert_eq!(added["merged"], 1, "ANA@ is Ana again: {added}");
    assert_eq!(added["updated"], 0, "{added}");
    assert_eq!(added["invited"], 3, "{added}");
    let errors: Vec<(i64, &str, &str)> = added["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| {
            (
                e["line"].as_i64().expect("a line number"),
                e["text"].as_str().expect("the line's text"),
                e["error"].as_str().expect("a code"),
            )
        })
        .collect();
    assert_eq!(
        errors,
        [
            (3, "just a name without an address", "no_address"),
            (6, "bo@", "invalid_email"),
            (
                8,
                "Zoë Ündset, zoe@example.no, DC on Environment, Mars/Olympus",
                "unknown_timezone"
            ),
        ],
        "{added}"
    );
    let bad_address = &added["errors"][1]["message"];
    assert!(
        bad_address.as_str().is_some_and(|m| m.contains("bo@")),
        "the message names the value, in English: {bad_address}"
    );

    let jan = invitee(&added["added"], "jan@example.cz");
    assert_eq!(jan["name"], "Jan Novák");
    assert_eq!(jan["affiliation"], "DC on Accessibility");
    assert_eq!(jan["timezone"], "Europe/Prague");
    assert_eq!(jan["required"], false);
    assert_eq!(jan["answered"], false);
    assert_eq!(jan["response_id"], Value::Null);
    assert_eq!(jan["reminded_at"], Value::Null);
    let li = invitee(&added["added"], "li.lei@example.cn");
    assert_eq!(li["name"], "李雷");
    assert_eq!(li["affiliation"], Value::Null);
    assert_eq!(li["timezone"], Value::Null);
    let ana = invitee(&added["added"], "ana@example.org");
    let invited_at = ana["invited_at"].as_str().expect("invited_at is set");
    let parsed = chrono::DateTime::parse_from_rfc3339(invited_at).expect("RFC 3339");
    assert!(invited_at.ends_with('Z'), "in UTC: {invited_at}");
    let age = chrono::Utc::now() - parsed.with_timezone(&chrono::Utc);
    assert!(
        age.num_seconds().abs() < 60,
        "invited just now: {invited_at}"
    );

    // The organizer's mail with the admin link, then one invitation per new person,
    // each with a personal link of their own that opens the poll.
    let mails = app.smtp.wait_for_exactly(4, MAIL_TIMEOUT).await;
    let mut links = Vec::new();
    for address in ["ana@example.org", "jan@example.cz", "li.lei@example.cn"] {
        let mail = the_mail_to(&mails, address);
        assert!(mail.subject.contains("Steering group"), "{}", mail.subject);
        let link = personal_link(&app, &poll.id, &mail);
        let page = expect_status(app.get(&link).await, 200).await;
        assert!(
            page.contains("Steering group"),
            "the personal page shows the poll"
        );
        links.push(link);
    }
    links.sort();
    links.dedup();
    assert_eq!(links.len(), 3, "each invitee has their own link");
    let li_mail = the_mail_to(&mails, "li.lei@example.cn");
    assert!(li_mail.text().contains("李雷"), "greeted by name");

    // The list as the organizer reads it: nobody has answered yet.
    let listed = invitees(&app, &poll).await;
    assert_eq!(listed["invited"], 3, "{listed}");
    assert_eq!(listed["answered"], 0, "{listed}");
    assert_eq!(listed["not_invited"], 0, "{listed}");
    assert_eq!(listed["reminders_due"], 0, "invited just now: {listed}");
    for i in listed["invitees"].as_array().expect("invitees") {
        assert_eq!(i["answered"], false, "{i}");
        assert!(i["invited_at"].is_string(), "{i}");
    }

    // Reminding right after inviting reminds nobody: one message a day at most.
    let reminded = expect_json(
        organizer(&app, Method::POST, &poll, "/remind", None).await,
        200,
    )
    .await;
    assert_eq!(reminded, json!({"reminded": 0}));

    // The same person again with an affiliation updates them; nobody new is mailed.
    let again = add_invitees(
        &app,
        &poll,
        "Ana Silva <ana@example.org>, DC on Environment",
        true,
    )
    .await;
    assert_eq!(again["added"], json!([]), "{again}");
    assert_eq!(again["updated"], 1, "{again}");
    assert_eq!(again["invited"], 0, "{again}");
    assert_eq!(again["errors"], json!([]), "{again}");
    let listed = invitees(&app, &poll).await;
    assert_eq!(
        invitee(&listed["invitees"], "ana@example.org")["affiliation"],
        "DC on Environment"
    );
    app.smtp.wait_for_exactly(4, MAIL_TIMEOUT).await;
}

#[apply(backends)]
#[tokio::test]
async fn people_added_without_sending_are_invited_later_once(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = a_poll(&app).await;
    let added = add_invitees(&app, &poll, "ana@example.org\nbo@example.com", false).await;
    assert_eq!(added["invited"], 0, "{added}");
    assert_eq!(added["added"][0]["invited_at"], Value::Null, "{added}");
    let listed = invitees(&app, &poll).await;
    assert_eq!(listed["not_invited"], 2, "{listed}");
    assert_eq!(
        listed["reminders_due"], 0,
        "nobody invited, nobody to remind"
    );
    app.smtp.wait_for_exactly(1, MAIL_TIMEOUT).await;

    let sent = expect_json(
        organizer(&app, Method::POST, &poll, "/invitations", None).await,
        200,
    )
    .await;
    assert_eq!(sent, json!({"invited": 2}));
    let mails = app.smtp.wait_for(3, MAIL_TIMEOUT).await;
    personal_link(&app, &poll.id, &the_mail_to(&mails, "bo@example.com"));
    let again = expect_json(
        organizer(&app, Method::POST, &poll, "/invitations", None).await,
        200,
    )
    .await;
    assert_eq!(again, json!({"invited": 0}), "nobody is invited twice");
    app.smtp.wait_for_exactly(3, MAIL_TIMEOUT).await;
    assert_eq!(invitees(&app, &poll).await["not_invited"], 0);
}

#[apply(backends)]
#[tokio::test]
async fn an_empty_list_is_refused_naming_list_and_a_closed_poll_sends_nothing(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = a_poll(&app).await;
    for body in [
        json!({"list": ""}),
        json!({"list": "  \n# only a comment\n\n"}),
        json!({"send": false}),
    ] {
        expect_error(
            organizer(&app, Method::POST, &poll, "/invitees", Some(&body)).await,
            422,
            Some("list"),
        )
        .await;
    }
    let error = expect_error(
        organizer(
            &app,
            Method::POST,
            &poll,
            "/invitees",
            Some(&json!({"list": "ana@example.org", "sned": true})),
        )
        .await,
        400,
        Some("sned"),
    )
    .await;
    assert_eq!(error.code, "malformed");
    add_invitees(&app, &poll, "ana@example.org", true).await;

    expect_json(app.close(&poll.id, &poll.admin_token).await, 200).await;
    for rest in ["/invitations", "/remind"] {
        let error = expect_error(
            organizer(&app, Method::POST, &poll, rest, None).await,
            409,
            None,
        )
        .await;
        assert_eq!(error.code, "conflict", "{rest}");
    }
    let body = json!({"list": "bo@example.com", "send": true});
    expect_error(
        organizer(&app, Method::POST, &poll, "/invitees", Some(&body)).await,
        409,
        None,
    )
    .await;
    // Without sending, the list may still be prepared.
    let added = add_invitees(&app, &poll, "bo@example.com", false).await;
    assert_eq!(added["added"][0]["email"], "bo@example.com");
    assert_eq!(invitees(&app, &poll).await["invited"], 2);
    // The organizer's mail and Ana's invitation, nothing more.
    app.smtp.wait_for_exactly(2, MAIL_TIMEOUT).await;
}

#[apply(backends)]
#[tokio::test]
async fn every_invitation_operation_answers_404_to_a_wrong_token_and_changes_nothing(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = a_poll(&app).await;
    let other = a_poll(&app).await;
    let added = add_invitees(&app, &poll, "Ana Silva <ana@example.org>", false).await;
    let ana = added["added"][0]["id"].as_str().expect("an id").to_owned();
    let others = add_invitees(&app, &other, "bo@example.com", false).await;
    let bo = others["added"][0]["id"].as_str().expect("an id").to_owned();
    let id = &poll.id;
    let operations: Vec<(Method, String, Option<Value>)> = vec![
        (Method::GET, format!("/api/v1/polls/{id}/invitees"), None),
        (
            Method::POST,
            format!("/api/v1/polls/{id}/invitees"),
            Some(json!({"list": "eve@example.org"})),
        ),
        (
            Method::DELETE,
            format!("/api/v1/polls/{id}/invitees/{ana}"),
            None,
        ),
        (
            Method::PATCH,
            format!("/api/v1/polls/{id}/invitees/{ana}"),
            Some(json!({"required": true})),
        ),
        (
            Method::POST,
            format!("/api/v1/polls/{id}/invitations"),
            None,
        ),
        (Method::POST, format!("/api/v1/polls/{id}/remind"), None),
        (
            Method::POST,
            format!("/api/v1/polls/{id}/duplicate"),
            Some(json!({"slots": ["2027-06-01T10:00"]})),
        ),
        (
            Method::PATCH,
            format!("/api/v1/polls/{id}"),
            Some(json!({"notify": "each", "remind_before_hours": 24})),
        ),
    ];
    let made_up = convene::domain::SecretToken::generate().expose().to_owned();
    for (method, path, body) in &operations {
        for (what, token) in [
            ("another poll's", Some(other.admin_token.as_str())),
            ("a made-up", Some(made_up.as_str())),
            ("a malformed", Some("not-a-token")),
            ("no", None),
        ] {
            let error = expect_error(
                app.request(method.clone(), path, token, body.as_ref())
                    .await,
                404,
                None,
            )
            .await;
            assert_eq!(error.code, "not_found", "{method} {path} with {what} token");
        }
    }
    // Another poll's invitee, or an id that cannot be one, is unknown here.
    for invitee_id in [bo.as_str(), "0000000000", "short", "%C3%A9"] {
        let path = format!("/api/v1/polls/{id}/invitees/{invitee_id}");
        let patch = json!({"required": true});
        expect_error(
            app.request(Method::PATCH, &path, Some(&poll.admin_token), Some(&patch))
                .await,
            404,
            None,
        )
        .await;
        expect_error(
            app.request(Method::DELETE, &path, Some(&poll.admin_token), None)
                .await,
            404,
            None,
        )
        .await;
    }

    let listed = invitees(&app, &poll).await;
    assert_eq!(listed["invited"], 1, "nobody added: {listed}");
    assert_eq!(
        invitee(&listed["invitees"], "ana@example.org")["required"],
        false
    );
    assert_eq!(listed["not_invited"], 1, "nobody invited: {listed}");
    assert_eq!(
        invitees(&app, &other).await["invited"],
        1,
        "Bo is still there"
    );
    let admin = app.admin_poll(&poll.id, &poll.admin_token).await;
    assert_eq!(admin["notify"], "none");
    assert_eq!(app.count_rows("polls"), 2, "no poll was duplicated");
    app.smtp.wait_for_exactly(2, MAIL_TIMEOUT).await;
}

#[apply(backends)]
#[tokio::test]
async fn removing_an_invitee_makes_their_personal_link_404(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = a_poll(&app).await;
    let added = add_invitees(
        &app,
        &poll,
        "Ana Silva <ana@example.org>\nbo@example.com",
        true,
    )
    .await;
    let ana = invitee(&added["added"], "ana@example.org")["id"]
        .as_str()
        .expect("an id")
        .to_owned();
    let mails = app.smtp.wait_for(3, MAIL_TIMEOUT).await;
    let ana_link = personal_link(&app, &poll.id, &the_mail_to(&mails, "ana@example.org"));
    let bo_link = personal_link(&app, &poll.id, &the_mail_to(&mails, "bo@example.com"));
    expect_status(app.get(&ana_link).await, 200).await;

    let removed = organizer(
        &app,
        Method::DELETE,
        &poll,
        &format!("/invitees/{ana}"),
        None,
    )
    .await;
    let body = expect_status(removed, 204).await;
    assert!(body.is_empty(), "204 has no body: {body}");
    expect_status(app.get(&ana_link).await, 404).await;
    expect_status(app.get(&bo_link).await, 200).await;
    let listed = invitees(&app, &poll).await;
    assert_eq!(listed["invited"], 1, "{listed}");
    assert_eq!(listed["invitees"][0]["email"], "bo@example.com");
    expect_error(
        organizer(
            &app,
            Method::DELETE,
            &poll,
            &format!("/invitees/{ana}"),
            None,
        )
        .await,
        404,
        None,
    )
    .await;
}

#[apply(backends)]
#[tokio::test]
async fn marking_invitees_required_shows_in_the_quorum_of_the_organizers_poll(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = a_poll(&app).await;
    let (first, second) = (&poll.slots[0].id, &poll.slots[1].id);
    // Without invitees there is no quorum to show, even to the organizer.
    let admin = app.admin_poll(&poll.id, &poll.admin_token).await;
    assert!(slot_by_id(&admin, first).get("quorum").is_none(), "{admin}");

    let added = add_invitees(
        &app,
        &poll,
        "Ana Silva, ana@example.org, DC on Environment\n\
         Bo Berg, bo@example.com, DC on Environment\n\
         chidi@example.net",
        false,
    )
    .await;
    let id_of = |email: &str| {
        invitee(&added["added"], email)["id"]
            .as_str()
            .expect("an id")
            .to_owned()
    };
    let (ana, bo) = (id_of("ana@example.org"), id_of("bo@example.com"));

    let admin = app.admin_poll(&poll.id, &poll.admin_token).await;
    assert_eq!(
        *quorum_of(&admin, first),
        json!({
            "all_required_can_attend": true,
            "required_missing": [],
            "missing_by_affiliation": [
                {"affiliation": "DC on Environment", "missing": 2, "invited": 2},
                {"affiliation": null, "missing": 1, "invited": 1},
            ],
        })
    );

    let changed = expect_json(
        organizer(
            &app,
            Method::PATCH,
            &poll,
            &format!("/invitees/{ana}"),
            Some(&json!({"required": true})),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(changed["id"], ana.as_str());
    assert_eq!(changed["required"], true, "{changed}");
    assert_eq!(changed["email"], "ana@example.org");

    // Ana answers through the public link with her address: yes, then no.
    let votes = vote_map(&poll.slots, &["yes", "no"]);
    let answer = response_body("Ana S.", Some("ana@example.org"), "Europe/Lisbon", votes);
    let response = app.submit_response_ok(&poll.id, &answer).await;

    let admin = app.admin_poll(&poll.id, &poll.admin_token).await;
    assert_eq!(
        *quorum_of(&admin, first),
        json!({
            "all_required_can_attend": true,
            "required_missing": [],
            "missing_by_affiliation": [
                {"affiliation": "DC on Environment", "missing": 1, "invited": 2},
                {"affiliation": null, "missing": 1, "invited": 1},
            ],
        })
    );
    assert_eq!(
        *quorum_of(&admin, second),
        json!({
            "all_required_can_attend": false,
            "required_missing": [
                {"invitee_id": ana, "name": "Ana Silva", "email": "ana@example.org", "standing": "no"},
            ],
            "missing_by_affiliation": [
                {"affiliation": "DC on Environment", "missing": 2, "invited": 2},
                {"affiliation": null, "missing": 1, "invited": 1},
            ],
        })
    );
    let listed = invitees(&app, &poll).await;
    let ana_listed = invitee(&listed["invitees"], "ana@example.org");
    assert_eq!(ana_listed["answered"], true, "{listed}");
    assert_eq!(ana_listed["response_id"], response.id.as_str());
    assert_eq!(listed["answered"], 1, "{listed}");

    // Bo required too, without an answer; then Ana no longer required.
    for (who, required) in [(&bo, true), (&ana, false)] {
        expect_json(
            organizer(
                &app,
                Method::PATCH,
                &poll,
                &format!("/invitees/{who}"),
                Some(&json!({"required": required})),
            )
            .await,
            200,
        )
        .await;
    }
    let admin = app.admin_poll(&poll.id, &poll.admin_token).await;
    for slot in [first, second] {
        let quorum = quorum_of(&admin, slot);
        assert_eq!(quorum["all_required_can_attend"], false, "{quorum}");
        assert_eq!(
            quorum["required_missing"],
            json!([{"invitee_id": bo, "name": "Bo Berg", "email": "bo@example.com", "standing": "no_answer"}]),
        );
    }

    // Participants never see it, nor with another poll's token.
    let public = app.poll(&poll.id, None).await;
    assert!(
        public["slots"]
            .as_array()
            .expect("slots")
            .iter()
            .all(|s| s.get("quorum").is_none()),
        "{public}"
    );
    assert!(!public.to_string().contains("bo@example.com"));
    // A body without `required` is malformed, as is one of another type.
    for body in [json!({}), json!({"required": "yes"})] {
        expect_error(
            organizer(
                &app,
                Method::PATCH,
                &poll,
                &format!("/invitees/{bo}"),
                Some(&body),
            )
            .await,
            400,
            None,
        )
        .await;
    }
}

#[apply(backends)]
#[tokio::test]
async fn notification_settings_round_trip_through_patch_and_bad_values_are_refused_naming_the_field(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = a_poll(&app).await;
    let admin = app.admin_poll(&poll.id, &poll.admin_token).await;
    assert_eq!(admin["notify"], "none", "{admin}");
    assert_eq!(admin["remind_before_hours"], Value::Null, "{admin}");
    let public = app.poll(&poll.id, None).await;
    assert!(public.get("notify").is_none(), "organizer only: {public}");
    assert!(public.get("remind_before_hours").is_none(), "{public}");

    let patched = expect_json(
        app.patch_poll(
            &poll.id,
            &poll.admin_token,
            &json!({"notify": "digest", "remind_before_hours": 48}),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(patched["notify"], "digest", "{patched}");
    assert_eq!(patched["remind_before_hours"], 48, "{patched}");
    let read = app.admin_poll(&poll.id, &poll.admin_token).await;
    assert_eq!(
        (&read["notify"], &read["remind_before_hours"]),
        (&json!("digest"), &json!(48))
    );

    // Other settings leave them alone; `null` removes the reminder only.
    let patched = expect_json(
        app.patch_poll(
            &poll.id,
            &poll.admin_token,
            &json!({"title": "Steering group #2"}),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(
        (&patched["notify"], &patched["remind_before_hours"]),
        (&json!("digest"), &json!(48))
    );
    let patched = expect_json(
        app.patch_poll(
            &poll.id,
            &poll.admin_token,
            &json!({"remind_before_hours": null}),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(patched["remind_before_hours"], Value::Null, "{patched}");
    assert_eq!(patched["notify"], "digest", "{patched}");
    let patched = expect_json(
        app.patch_poll(
            &poll.id,
            &poll.admin_token,
            &json!({"notify": "each", "remind_before_hours": 720}),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(
        (&patched["notify"], &patched["remind_before_hours"]),
        (&json!("each"), &json!(720))
    );

    for (body, field) in [
        (json!({"notify": "weekly"}), "notify"),
        (json!({"notify": ""}), "notify"),
        (json!({"remind_before_hours": 0}), "remind_before_hours"),
        (json!({"remind_before_hours": -3}), "remind_before_hours"),
        (json!({"remind_before_hours": 721}), "remind_before_hours"),
        (
            json!({"remind_before_hours": 4_000_000_000_i64}),
            "remind_before_hours",
        ),
        // A good change with a bad one: nothing changes.
        (
            json!({"title": "Changed", "remind_before_hours": 0}),
            "remind_before_hours",
        ),
        (
            json!({"notify": "none", "duration_minutes": 0}),
            "duration_minutes",
        ),
    ] {
        let error = expect_error(
            app.patch_poll(&poll.id, &poll.admin_token, &body).await,
            422,
            Some(field),
        )
        .await;
        assert_eq!(error.code, "invalid", "{body}");
    }
    expect_error(
        app.patch_poll(
            &poll.id,
            &poll.admin_token,
            &json!({"remind_before_hours": "48"}),
        )
        .await,
        400,
        None,
    )
    .await;
    let read = app.admin_poll(&poll.id, &poll.admin_token).await;
    assert_eq!(read["title"], "Steering group #2", "{read}");
    assert_eq!(
        (&read["notify"], &read["remind_before_hours"]),
        (&json!("each"), &json!(720))
    );
}

#[apply(backends)]
#[tokio::test]
async fn duplicating_copies_title_settings_and_invitees_but_not_answers_or_invitations(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = a_poll(&app).await;
    expect_json(
        app.patch_poll(
            &poll.id,
            &poll.admin_token,
            &json!({"if_need_be": false, "hide_results": true, "duration_minutes": 90,
                    "deadline": "2027-05-01T17:00", "notify": "each", "remind_before_hours": 24}),
        )
        .await,
        200,
    )
    .await;
    let added = add_invitees(
        &app,
        &poll,
        "Ana Silva, ana@example.org, DC on Environment, America/Bogota\nbo@example.com",
        true,
    )
    .await;
    let ana = invitee(&added["added"], "ana@example.org")["id"]
        .as_str()
        .expect("an id")
        .to_owned();
    expect_json(
        organizer(
            &app,
            Method::PATCH,
            &poll,
            &format!("/invitees/{ana}"),
            Some(&json!({"required": true})),
        )
        .await,
        200,
    )
    .await;
    let votes = vote_map(&poll.slots, &["yes", "no"]);
    app.submit_response_ok(
        &poll.id,
        &response_body(
            "Ana Silva",
            Some("ana@example.org"),
            "America/Bogota",
            votes,
        ),
    )
    .await;
    // The organizer's mail, two invitations, Ana's edit link and the organizer's
    // notification of her answer.
    let before = app.smtp.wait_for_exactly(5, MAIL_TIMEOUT).await.len();

    let answer = organizer(
        &app,
        Method::POST,
        &poll,
        "/duplicate",
        Some(&json!({"slots": ["2027-06-01T10:00", "2027-06-03T14:00Z", ""]})),
    )
    .await;
    let cache = answer.headers().get(CACHE_CONTROL).cloned();
    let referrer = answer.headers().get(REFERRER_POLICY).cloned();
    let created = expect_json(answer, 201).await;
    assert_eq!(
        cache.as_ref().and_then(|v| v.to_str().ok()),
        Some("no-store")
    );
    assert_eq!(
        referrer.as_ref().and_then(|v| v.to_str().ok()),
        Some("no-referrer")
    );
    let new_id = created["id"].as_str().expect("an id").to_owned();
    let new_token = created["admin_token"].as_str().expect("a token").to_owned();
    assert_ne!(new_id, poll.id);
    assert_eq!(
        created["participant_url"],
        format!("{}p/{new_id}", app.base_url)
    );
    assert_eq!(
        created["admin_url"],
        format!("{}p/{new_id}/admin/{new_token}", app.base_url)
    );
    // Zurich is on UTC+2 in June: 10:00 local is 08:00Z.
    let starts: Vec<&str> = created["slots"]
        .as_array()
        .expect("slots")
        .iter()
        .map(|s| s["start"].as_str().expect("a start"))
        .collect();
    assert_eq!(starts, ["2027-06-01T08:00:00Z", "2027-06-03T14:00:00Z"]);
    assert_eq!(
        created["slots"][0]["end"], "2027-06-01T09:30:00Z",
        "90 minutes long"
    );

    let old = app.admin_poll(&poll.id, &poll.admin_token).await;
    let new = app.admin_poll(&new_id, &new_token).await;
    for key in [
        "title",
        "description",
        "location",
        "organizer_name",
        "timezone",
        "language",
        "duration_minutes",
        "if_need_be",
        "hide_results",
        "notify",
        "remind_before_hours",
    ] {
        assert_eq!(new[key], old[key], "{key} is copied");
    }
    assert_eq!(new["notify"], "each");
    assert_eq!(new["deadline"], Value::Null, "no deadline: {new}");
    assert_eq!(new["responses"], json!([]), "no answers: {new}");
    assert_eq!(new["comments"], json!([]));
    assert_eq!(new["status"], "open");
    assert_eq!(
        old["responses"].as_array().map(Vec::len),
        Some(1),
        "the old poll keeps its answer"
    );

    let new_poll = CreatedPoll {
        id: new_id.clone(),
        admin_token: new_token.clone(),
        participant_url: String::new(),
        admin_url: String::new(),
        slots: Vec::new(),
        body: created.clone(),
    };
    let copied = invitees(&app, &new_poll).await;
    assert_eq!(copied["invited"], 2, "{copied}");
    assert_eq!(copied["not_invited"], 2, "{copied}");
    assert_eq!(copied["answered"], 0, "{copied}");
    let ana_copy = invitee(&copied["invitees"], "ana@example.org");
    assert_eq!(ana_copy["name"], "Ana Silva");
    assert_eq!(ana_copy["affiliation"], "DC on Environment");
    assert_eq!(ana_copy["timezone"], "America/Bogota");
    assert_eq!(ana_copy["required"], true, "required is kept");
    assert_eq!(ana_copy["answered"], false);
    assert_eq!(ana_copy["invited_at"], Value::Null, "not invited yet");
    assert_eq!(ana_copy["reminded_at"], Value::Null);
    assert_ne!(ana_copy["id"], ana.as_str(), "a new invitee");
    assert_eq!(
        invitee(&copied["invitees"], "bo@example.com")["required"],
        false
    );

    // Only the organizer is mailed (the new admin link) until invitations are sent.
    let mails = app.smtp.wait_for_exactly(before + 1, MAIL_TIMEOUT).await;
    let link_mail = mails[before..]
        .iter()
        .map(|m| m.parse())
        .find(|m| m.text().contains(&new_token))
        .expect("the new admin link is mailed");
    assert_eq!(link_mail.single_to(), "olga@example.org");
    let sent = expect_json(
        organizer(&app, Method::POST, &new_poll, "/invitations", None).await,
        200,
    )
    .await;
    assert_eq!(sent, json!({"invited": 2}));
    let mails = app.smtp.wait_for(before + 3, MAIL_TIMEOUT).await;
    let invitations: Vec<ParsedMail> = mails[before + 1..].iter().map(|m| m.parse()).collect();
    for mail in &invitations {
        personal_link(&app, &new_id, mail);
    }

    // Bad slots are refused naming them, and nothing is created.
    let polls = app.count_rows("polls");
    for body in [
        json!({"slots": []}),
        json!({"slots": ["not a time"]}),
        json!({"slots": ["2020-01-01T10:00"]}),
    ] {
        expect_error(
            organizer(&app, Method::POST, &poll, "/duplicate", Some(&body)).await,
            422,
            Some("slots"),
        )
        .await;
    }
    assert_eq!(app.count_rows("polls"), polls);
}

#[apply(backends)]
#[tokio::test]
async fn the_admin_pages_mail_settings_form_saves_what_the_api_reads(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = a_poll(&app).await;
    let path = format!("/p/{}/admin/{}/notifications", poll.id, poll.admin_token);
    let field = |k: &str, v: &str| (k.to_owned(), v.to_owned());
    let location = expect_see_other(
        app.post_form(
            &path,
            &[
                field("notify", "digest"),
                field("remind_before_hours", "36"),
            ],
        )
        .await,
    )
    .await;
    assert!(
        location.contains("done=notifications"),
        "back to the admin page: {location}"
    );
    let read = app.admin_poll(&poll.id, &poll.admin_token).await;
    assert_eq!(
        (&read["notify"], &read["remind_before_hours"]),
        (&json!("digest"), &json!(36))
    );

    // A bad value shows the form again naming it, and saves nothing.
    let page = expect_status(
        app.post_form(
            &path,
            &[field("notify", "each"), field("remind_before_hours", "0")],
        )
        .await,
        422,
    )
    .await;
    assert!(
        page.contains("id=\"remind_before_hours-error\"") && !page.contains("id=\"notify-error\""),
        "the reminder field, and it alone, is marked"
    );
    let read = app.admin_poll(&poll.id, &poll.admin_token).await;
    assert_eq!(
        (&read["notify"], &read["remind_before_hours"]),
        (&json!("digest"), &json!(36))
    );
}

//! Fairness on the results and admin pages: what each slot of the fixture costs its
//! fourteen respondents on their own clocks.
//!
//! Expected values are worked out by hand below from each zone's offset on each day
//! (written out, not computed with a time-zone library).

use crate::helpers::*;
use rstest_reuse::apply;

/// The fixture's slots (Zurich local → UTC): 23 Mar 13:00 CET = 12:00Z, 25 Mar 07:00
/// CET = 06:00Z, 29 Mar 13:00 CEST = 11:00Z, 31 Mar 21:00 CEST = 19:00Z, 1 Apr 15:00
/// CEST = 13:00Z; each 60 minutes. Offsets: Berlin, Zurich, Brussels, Skopje +1 before
/// 28 March and +2 after; London and Dublin 0, then +1; Kolkata +5:30; Kathmandu +5:45;
/// Barbados −4; Los Angeles −7; Nairobi +3; Fiji +12; Rarotonga −10; Adelaide +10:30
/// (until 4 April). Night 22–07, off hours 07–09 and 18–22.
///
/// - 12:00Z: night LA 05:00, Fiji 00:00, Rarotonga 02:00, Adelaide 22:30; off Kolkata
///   17:30–18:30, Kathmandu 17:45–18:45, Barbados 08:00.
/// - 06:00Z: night Barbados 02:00, London 06:00, LA 23:00, Dublin 06:00; off Berlin,
///   Zurich, Brussels, Skopje 07:00, Fiji 18:00, Rarotonga 20:00.
/// - 11:00Z: night LA 04:00, Fiji 23:00, Rarotonga 01:00, Adelaide 21:30–22:30; off
///   Barbados 07:00.
/// - 19:00Z: night Kolkata 00:30, Kathmandu 00:45, Nairobi 22:00, Adelaide 05:30; off
///   Berlin, Zurich, Brussels, Skopje 21:00, London, Dublin 20:00, Fiji 07:00.
/// - 13:00Z: night LA 06:00, Fiji 01:00, Rarotonga 03:00, Adelaide 23:30; off Kolkata
///   18:30, Kathmandu 18:45.
const COSTS: [&str; 5] = [
    "☾ 4 at night · ◐ 3 in off hours",
    "☾ 4 at night · ◐ 6 in off hours",
    "☾ 4 at night · ◐ 1 in off hours",
    "☾ 4 at night · ◐ 7 in off hours",
    "☾ 4 at night · ◐ 2 in off hours",
];

#[apply(backends)]
#[tokio::test]
async fn each_fixture_slot_shows_how_many_people_it_puts_at_night_and_in_off_hours(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = app.create_fixture_poll().await;
    app.submit_fixture_responses(&poll).await;

    let public = expect_status(
        app.get(&format!("/p/{}?tz=Europe/Zurich", poll.id)).await,
        200,
    )
    .await;
    let costs_row = public
        .split("<tr class=\"costs\">")
        .nth(1)
        .and_then(|r| r.split("</tr>").next())
        .expect("the cost row under the totals");
    let cells: Vec<String> = costs_row
        .split("<td class=\"cost")
        .skip(1)
        .map(|c| {
            c.split('>')
                .nth(1)
                .unwrap_or_default()
                .split('<')
                .next()
                .unwrap_or_default()
                .to_owned()
        })
        .collect();
    assert_eq!(cells, COSTS, "{costs_row}");
    assert!(
        public.contains("puts fewer people at night or in off hours"),
        "the rule is explained"
    );
    // The public page shows no one's zone: the table by zone is the organizer's.
    assert!(
        !public.contains("class=\"clock\""),
        "zones stay with the organizer"
    );

    let admin_path = format!("/p/{}/admin/{}?tz=Europe/Zurich", poll.id, poll.admin_token);
    let admin = expect_status(app.get(&admin_path).await, 200).await;
    let clock = admin
        .split("<table class=\"clock\">")
        .nth(1)
        .expect("the clock table");
    let row = |zone: &str| {
        clock
            .split("<tr>")
            .find(|r| r.contains(&format!("<th scope=\"row\">{zone} ")))
            .unwrap_or_else(|| panic!("a row for {zone}"))
            .to_owned()
    };
    // Fiji: 12:00Z is midnight on Wednesday 24 March there (another date than Zurich's).
    let fiji = row("Pacific/Fiji");
    assert!(fiji.contains("Mele Tupou"), "{fiji}");
    assert!(fiji.contains("<td class=\"clock-night\"><span aria-hidden=\"true\">☾</span> Wed 24 Mar 00:00<br><span class=\"class-words\">night</span></td>"), "{fiji}");
    // Kathmandu: 17:45 on the same date: off hours, with the quarter hour.
    let kathmandu = row("Asia/Kathmandu");
    assert!(
        kathmandu.contains("<td class=\"clock-off\"><span aria-hidden=\"true\">◐</span> 17:45<br>"),
        "{kathmandu}"
    );
    // Rows go west to east: Rarotonga (−10) first, Fiji (+12) last.
    let order: Vec<usize> = [
        "Pacific/Rarotonga",
        "America/Los_Angeles",
        "Europe/Zurich",
        "Asia/Kathmandu",
        "Pacific/Fiji",
    ]
    .iter()
    .map(|z| {
        clock
            .find(&format!("<th scope=\"row\">{z} "))
            .expect("a row")
    })
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");

    // Other hours (work 08:00–17:00, night from 23:00): 12:00Z is 17:30 in Kolkata,
    // now past work but before the night: still off hours; Adelaide's 22:30 is now
    // evening, off hours: 3 at night, 4 in off hours for the first slot.
    let form = vec![
        ("day_start".to_owned(), "07:00".to_owned()),
        ("work_start".to_owned(), "08:00".to_owned()),
        ("work_end".to_owned(), "17:00".to_owned()),
        ("night_start".to_owned(), "23:00".to_owned()),
    ];
    let done = expect_see_other(
        app.post_form(
            &format!("/p/{}/admin/{}/hours", poll.id, poll.admin_token),
            &form,
        )
        .await,
    )
    .await;
    assert!(done.contains("done=hours"), "{done}");
    let public = expect_status(app.get(&format!("/p/{}", poll.id)).await, 200).await;
    assert!(
        public.contains("☾ 3 at night · ◐ 4 in off hours"),
        "{public}"
    );

    // Hours out of order are refused, naming the field and keeping what was typed.
    let mut bad = form.clone();
    bad[2].1 = "07:30".to_owned();
    let page = expect_status(
        app.post_form(
            &format!("/p/{}/admin/{}/hours", poll.id, poll.admin_token),
            &bad,
        )
        .await,
        422,
    )
    .await;
    assert!(page.contains("The hours must follow each other"), "{page}");
    assert!(page.contains("value=\"07:30\""), "{page}");
}

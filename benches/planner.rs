// criterion_group! writes a public function without a doc comment.
// A benchmark may panic on purpose: a failed `expect` stops it with a message.
#![allow(missing_docs, clippy::expect_used)]

//! The planner's speed: four weeks at 15-minute steps for 30 zones (issue 8 asks for
//! well under 100 ms on one core). Run with `cargo bench --bench planner`.

use chrono::{NaiveDate, Weekday};
use convene::domain::fairness::{plan, DayHours, PlannerRequest, ZoneCount};
use criterion::{criterion_group, criterion_main, Criterion};

/// Thirty zones from −11 to +14, with the half- and quarter-hour ones.
const ZONES: [&str; 30] = [
    "Pacific/Pago_Pago",
    "Pacific/Honolulu",
    "America/Anchorage",
    "America/Los_Angeles",
    "America/Denver",
    "America/Chicago",
    "America/New_York",
    "America/Barbados",
    "America/St_Johns",
    "America/Sao_Paulo",
    "Atlantic/Azores",
    "Europe/London",
    "Europe/Zurich",
    "Europe/Athens",
    "Africa/Nairobi",
    "Asia/Tehran",
    "Asia/Dubai",
    "Asia/Kabul",
    "Asia/Karachi",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Asia/Dhaka",
    "Asia/Yangon",
    "Asia/Bangkok",
    "Asia/Shanghai",
    "Asia/Tokyo",
    "Australia/Adelaide",
    "Australia/Sydney",
    "Pacific/Chatham",
    "Pacific/Kiritimati",
];

fn request() -> PlannerRequest {
    PlannerRequest {
        from: NaiveDate::from_ymd_opt(2027, 3, 15).expect("a date"),
        to: NaiveDate::from_ymd_opt(2027, 4, 11).expect("a date"),
        zone: "Europe/Zurich".parse().expect("a zone"),
        duration_minutes: 60,
        step_minutes: 15,
        weekdays: vec![],
        zones: ZONES
            .iter()
            .map(|z| ZoneCount {
                zone: z.parse().expect("a zone"),
                count: 2,
            })
            .collect(),
        hours: DayHours::DEFAULT,
        limit: 10,
        taken: Vec::new(),
    }
}

fn planner(c: &mut Criterion) {
    let req = request();
    c.bench_function("planner: 4 weeks, 15-minute steps, 30 zones", |b| {
        b.iter(|| plan(std::hint::black_box(&req)).expect("proposals"))
    });
    let mut weekdays = request();
    weekdays.weekdays = vec![
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
    ];
    c.bench_function("planner: same, weekdays only", |b| {
        b.iter(|| plan(std::hint::black_box(&weekdays)).expect("proposals"))
    });
}

criterion_group!(benches, planner);
criterion_main!(benches);

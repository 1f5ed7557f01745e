// criterion_group! writes a public function without a doc comment.
// A benchmark may panic on purpose: a failed `expect` stops it with a message.
#![allow(missing_docs, clippy::expect_used)]

//! Availability grids at their largest: 31 days × 24 hours × 15-minute cells (2,976
//! cells) with 200 participants (issue 11: "must stay small and fast"). Measures what
//! every page of such a poll does: reading the packed answers, counting each cell,
//! finding the best windows of a one-hour meeting with their inconvenience scores, and
//! laying the grid out on a viewer's clock. Run with `cargo bench --bench grid`.

use chrono::NaiveDate;
use convene::domain::fairness::{cost, DayHours, ZoneCount};
use convene::domain::grid::{
    best_windows, cell_counts, layout, windows, Availability, GridSpec, WEEKDAYS,
};
use convene::domain::{TimeZoneId, Vote};
use criterion::{criterion_group, criterion_main, Criterion};

const PEOPLE: usize = 200;

fn zone(name: &str) -> TimeZoneId {
    name.parse().expect("a zone")
}

/// 200 answers, each free in a different daily stretch, packed as stored.
fn packed_answers(cells: usize) -> Vec<String> {
    (0..PEOPLE)
        .map(|p| {
            let marks = (0..cells)
                .map(|c| match (c + p * 7) % 96 {
                    0..=31 => Vote::Yes,
                    32..=39 => Vote::IfNeedBe,
                    _ => Vote::No,
                })
                .collect();
            Availability(marks).encode()
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let spec = GridSpec {
        from: NaiveDate::from_ymd_opt(2027, 3, 1).expect("a date"),
        to: NaiveDate::from_ymd_opt(2027, 3, 31).expect("a date"),
        zone: zone("Europe/Zurich"),
        day_start_minutes: 0,
        day_end_minutes: 0,
        cell_minutes: 15,
        weekdays: WEEKDAYS.iter().map(|(d, _)| *d).collect(),
    };
    let cells = spec.cells();
    assert_eq!(
        cells.len(),
        2976 - 4,
        "31 days, one hour lost to the EU change"
    );
    let packed = packed_answers(cells.len());
    let bytes: usize = packed.iter().map(String::len).sum();
    println!(
        "stored answers: {bytes} bytes for {PEOPLE} people × {} cells",
        cells.len()
    );
    let zones: Vec<ZoneCount> = [
        "Pacific/Fiji",
        "Asia/Kathmandu",
        "Europe/Zurich",
        "America/Los_Angeles",
    ]
    .iter()
    .map(|z| ZoneCount {
        zone: zone(z),
        count: 50,
    })
    .collect();
    c.bench_function("grid: cells of 31 days × 24 h × 15 min", |b| {
        b.iter(|| spec.cells())
    });
    c.bench_function("grid: read 200 packed answers", |b| {
        b.iter(|| {
            packed
                .iter()
                .map(|p| Availability::decode(p, cells.len()).expect("fits"))
                .collect::<Vec<_>>()
        })
    });
    let answers: Vec<Availability> = packed
        .iter()
        .map(|p| Availability::decode(p, cells.len()).expect("fits"))
        .collect();
    let refs: Vec<&Availability> = answers.iter().collect();
    c.bench_function("grid: counts per cell, 200 people", |b| {
        b.iter(|| cell_counts(cells.len(), &refs))
    });
    c.bench_function("grid: best one-hour windows with scores, 200 people", |b| {
        b.iter(|| {
            let mut all = windows(&cells, 15, 60, &refs);
            for w in all.iter_mut().filter(|w| w.free > 0) {
                w.cost = cost(w.start, 60, &zones, &DayHours::DEFAULT);
            }
            best_windows(all, 4, 5)
        })
    });
    c.bench_function("grid: layout on a viewer's clock (Fiji)", |b| {
        b.iter(|| layout(&cells, zone("Pacific/Fiji")))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);

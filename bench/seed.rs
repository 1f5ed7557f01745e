//! Seeds a running Convene instance for the load benchmark (`bench/run`), through its
//! JSON API as any client would: the fixture-size poll (5 slots × 14 answers), large
//! polls (30 slots × 50, 500 and 5,000 answers) and many polls (10,000 × 20 answers).
//! Prints what it made as JSON on standard output: poll ids and slot ids, read by the
//! `wrk` scripts.
//!
//! `cargo run --release --example bench_seed -- http://127.0.0.1:8080 [POLLS]`
//! (`POLLS` of 20 answers each besides the fixture and large ones; 0 when not given).

use std::sync::Arc;

use anyhow::{bail, Context};
use serde_json::{json, Value};
use tokio::sync::Semaphore;

/// Zones of the fixture's people (`tests/fixtures`): the answers spread over them.
const ZONES: [&str; 14] = [
    "Pacific/Fiji",
    "Australia/Adelaide",
    "Asia/Kathmandu",
    "Asia/Kolkata",
    "Africa/Nairobi",
    "Europe/Skopje",
    "Europe/Berlin",
    "Europe/Zurich",
    "Europe/Brussels",
    "Europe/London",
    "Europe/Dublin",
    "America/Barbados",
    "America/Los_Angeles",
    "Pacific/Rarotonga",
];

/// Requests in flight at once.
const CONCURRENCY: usize = 32;

#[derive(Clone)]
struct Client {
    http: reqwest::Client,
    api: String,
}

impl Client {
    /// Creates a poll of `slots` hourly slots from 2030-03-04 08:00 Zurich; returns its
    /// id and slot ids.
    async fn create_poll(
        &self,
        title: &str,
        slots: usize,
    ) -> anyhow::Result<(String, Vec<String>)> {
        let starts: Vec<String> = (0..slots)
            .map(|i| format!("2030-03-{:02}T{:02}:00", 4 + i / 10, 8 + i % 10))
            .collect();
        let body = json!({
            "title": title, "organizer_name": "Bench Secretariat",
            "organizer_email": "bench@example.org", "timezone": "Europe/Zurich",
            "duration_minutes": 60, "if_need_be": true, "hide_results": false,
            "slots": starts,
        });
        let r = self
            .http
            .post(format!("{}/polls", self.api))
            .json(&body)
            .send()
            .await?;
        if !r.status().is_success() {
            bail!("create poll: {} {}", r.status(), r.text().await?);
        }
        let v: Value = r.json().await?;
        let id = v["id"].as_str().context("poll id")?.to_owned();
        let slot_ids = v["slots"]
            .as_array()
            .context("slots")?
            .iter()
            .filter_map(|s| s["id"].as_str().map(str::to_owned))
            .collect();
        Ok((id, slot_ids))
    }

    /// Answers poll `id` as person `n` (votes cycle yes / if need be / no).
    async fn answer(&self, id: &str, slots: &[String], n: usize) -> anyhow::Result<()> {
        let votes: serde_json::Map<String, Value> = slots
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let v = ["yes", "if_need_be", "no"][(n + i) % 3];
                (s.clone(), Value::from(v))
            })
            .collect();
        let body = json!({
            "name": format!("Participant {n}"), "affiliation": format!("DC {}", n % 12),
            "timezone": ZONES[n % ZONES.len()], "votes": votes,
        });
        let r = self
            .http
            .post(format!("{}/polls/{id}/responses", self.api))
            .json(&body)
            .send()
            .await?;
        if !r.status().is_success() {
            bail!("answer: {} {}", r.status(), r.text().await?);
        }
        Ok(())
    }

    /// A poll with `answers` answers.
    async fn poll_with(&self, title: &str, slots: usize, answers: usize) -> anyhow::Result<Value> {
        let (id, slot_ids) = self.create_poll(title, slots).await?;
        let slot_ids = Arc::new(slot_ids);
        let gate = Arc::new(Semaphore::new(CONCURRENCY));
        let mut tasks = Vec::with_capacity(answers);
        for n in 0..answers {
            let permit = gate.clone().acquire_owned().await?;
            let (c, id, s) = (self.clone(), id.clone(), slot_ids.clone());
            tasks.push(tokio::spawn(async move {
                let _permit = permit;
                c.answer(&id, &s, n).await
            }));
        }
        for t in tasks {
            t.await??;
        }
        Ok(json!({"id": id, "slots": *slot_ids}))
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let base = args.next().context("usage: bench_seed BASE_URL [POLLS]")?;
    let many: usize = args.next().map(|n| n.parse()).transpose()?.unwrap_or(0);
    let client = Client {
        http: reqwest::Client::builder()
            .pool_max_idle_per_host(CONCURRENCY)
            .build()?,
        api: format!("{}/api/v1", base.trim_end_matches('/')),
    };
    let mut out = json!({
        "fixture": client.poll_with("DCCG virtual meeting #63", 5, 14).await?,
        "large_50": client.poll_with("Large poll, 50 answers", 30, 50).await?,
        "large_500": client.poll_with("Large poll, 500 answers", 30, 500).await?,
        "large_5000": client.poll_with("Large poll, 5000 answers", 30, 5000).await?,
    });
    if many > 0 {
        // Polls of 5 slots × 20 answers, 8 polls seeded at once.
        let gate = Arc::new(Semaphore::new(8));
        let mut tasks = Vec::new();
        for i in 0..many {
            let permit = gate.clone().acquire_owned().await?;
            let c = client.clone();
            tasks.push(tokio::spawn(async move {
                let _permit = permit;
                c.poll_with(&format!("Poll {i}"), 5, 20).await
            }));
        }
        let mut polls = Vec::with_capacity(tasks.len());
        for t in tasks {
            polls.push(t.await??);
        }
        out["many"] = Value::from(polls);
    }
    println!("{out}");
    Ok(())
}

//! The outbox worker: claims due messages, hands them to the transport, marks them sent,
//! or records the failure and retries with exponential backoff. Runs in every instance;
//! claims are leases, so a message is sent by one worker at a time and a crashed
//! instance's messages are taken over once its lease expires.

use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use lettre::address::{Address, Envelope};
use tokio::sync::Notify;

use super::transport::Transport;
use crate::db::{self, outbox, Pool};
use crate::domain::ids::MessageId;
use crate::domain::text::EmailAddress;

/// How many messages one claim takes.
const BATCH: i64 = 20;
/// Longest wait between two attempts at one message.
const MAX_BACKOFF_SECS: u64 = 6 * 3600;

/// Worker settings (from [`crate::config::Config`]).
#[derive(Debug, Clone)]
pub struct WorkerSettings {
    /// Sleep between looks at the queue when idle.
    pub poll_interval: Duration,
    /// First retry delay, in seconds; doubled after each failure, at most 6 h.
    pub retry_secs: u64,
    /// Attempts before a message is marked failed.
    pub max_attempts: u32,
    /// Claim lease, in seconds.
    pub lease_secs: u64,
}

/// The delay before attempt `failed_attempts + 1`, in seconds: `retry_secs · 2^(n−1)`,
/// capped at six hours.
pub fn backoff_secs(retry_secs: u64, failed_attempts: u32) -> u64 {
    let exp = failed_attempts.saturating_sub(1).min(20);
    retry_secs.saturating_mul(1u64 << exp).min(MAX_BACKOFF_SECS)
}

fn masked(address: &str) -> String {
    EmailAddress::from_db(address.to_owned()).masked()
}

/// Runs until the task is dropped. `wake` is notified whenever a message is queued.
pub async fn run(pool: Pool, transport: Transport, settings: WorkerSettings, wake: Arc<Notify>) {
    loop {
        let claimed = match claim(&pool, &settings).await {
            Ok(c) => c,
            Err(e) => {
                tracing::warn!(error = %e, "mail worker could not read the outbox");
                Vec::new()
            }
        };
        let full_batch = claimed.len() as i64 == BATCH;
        for (token, message) in claimed {
            deliver(&pool, &transport, &settings, &token, message).await;
        }
        if !full_batch {
            tokio::select! {
                () = wake.notified() => {}
                () = tokio::time::sleep(settings.poll_interval) => {}
            }
        }
    }
}

async fn claim(
    pool: &Pool,
    settings: &WorkerSettings,
) -> Result<Vec<(String, outbox::ClaimedMessage)>, db::DbError> {
    let pool = pool.clone();
    let lease = lease(settings);
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get()?;
        let token = MessageId::generate().as_str().to_owned();
        let claimed = db::write_transaction(&mut conn, |c| {
            outbox::claim_due(c, &token, Utc::now(), lease, BATCH)
        })?;
        Ok(claimed.into_iter().map(|m| (token.clone(), m)).collect())
    })
    .await
    .unwrap_or_else(|e| Err(db::DbError::Corrupt(format!("worker task failed: {e}"))))
}

fn lease(settings: &WorkerSettings) -> chrono::Duration {
    chrono::Duration::seconds(i64::try_from(settings.lease_secs).unwrap_or(120))
}

/// Renews the claim on one message right before it is sent, so that a batch that takes
/// longer than the lease never sends a message another instance has taken over.
async fn still_ours(pool: &Pool, settings: &WorkerSettings, token: &str, id: &str) -> bool {
    let (pool, token, id, lease) = (
        pool.clone(),
        token.to_owned(),
        id.to_owned(),
        lease(settings),
    );
    let renewed = tokio::task::spawn_blocking(move || -> Result<bool, db::DbError> {
        let mut conn = pool.get()?;
        outbox::renew_claim(&mut conn, &id, &token, Utc::now(), lease)
    })
    .await;
    match renewed {
        Ok(Ok(ours)) => ours,
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "could not renew a mail claim; leaving the message for later");
            false
        }
        Err(e) => {
            tracing::warn!(error = %e, "claim renewal task failed");
            false
        }
    }
}

async fn deliver(
    pool: &Pool,
    transport: &Transport,
    settings: &WorkerSettings,
    token: &str,
    m: outbox::ClaimedMessage,
) {
    if !still_ours(pool, settings, token, &m.id).await {
        tracing::info!(kind = %m.kind, to = %masked(&m.recipient), "claim lost before sending; another worker has the message");
        return;
    }
    let envelope = match (
        m.envelope_from.parse::<Address>(),
        m.recipient.parse::<Address>(),
    ) {
        (Ok(from), Ok(to)) => Envelope::new(Some(from), vec![to]).map_err(|e| e.to_string()),
        (from, to) => Err(format!("from: {:?}, to: {:?}", from.err(), to.err())),
    };
    let result = match envelope {
        Ok(envelope) => {
            transport
                .send_raw(&envelope, m.raw_message.as_bytes())
                .await
        }
        Err(e) => Err(super::transport::SendError {
            message: format!("bad envelope: {e}"),
            permanent: true,
        }),
    };
    let pool = pool.clone();
    let token = token.to_owned();
    let settings = settings.clone();
    let outcome = tokio::task::spawn_blocking(move || -> Result<(), db::DbError> {
        let mut conn = pool.get()?;
        let now = Utc::now();
        match result {
            Ok(()) => {
                if outbox::mark_sent(&mut conn, &m.id, &token, now)? {
                    tracing::info!(kind = %m.kind, to = %masked(&m.recipient), "mail sent");
                } else {
                    tracing::warn!(kind = %m.kind, to = %masked(&m.recipient), "mail sent after its claim expired");
                }
            }
            Err(e) => {
                let attempts = u32::try_from(m.attempts).unwrap_or(0) + 1;
                let retry_at = (!e.permanent && attempts < settings.max_attempts).then(|| {
                    now + chrono::Duration::seconds(i64::try_from(backoff_secs(settings.retry_secs, attempts)).unwrap_or(i64::MAX / 2))
                });
                match retry_at {
                    Some(at) => tracing::warn!(kind = %m.kind, to = %masked(&m.recipient), attempts, retry_at = %at, error = %e, "mail not accepted; will retry"),
                    None => tracing::error!(kind = %m.kind, to = %masked(&m.recipient), attempts, error = %e, "mail failed for good; kept in the outbox"),
                }
                outbox::mark_attempt_failed(&mut conn, &m.id, &token, &e.message, retry_at)?;
            }
        }
        Ok(())
    })
    .await;
    match outcome {
        Ok(Ok(())) => {}
        Ok(Err(e)) => tracing::error!(error = %e, "could not record a delivery outcome"),
        Err(e) => tracing::error!(error = %e, "delivery bookkeeping task failed"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_is_capped() {
        assert_eq!(backoff_secs(30, 1), 30);
        assert_eq!(backoff_secs(30, 2), 60);
        assert_eq!(backoff_secs(30, 4), 240);
        assert_eq!(backoff_secs(30, 30), MAX_BACKOFF_SECS);
    }
}

//! How long a poll's data is kept, and when it is deleted.
//!
//! A poll is deleted a retention period (default 90 days) after its anchor: the end
//! of its chosen slot once finalized, else its last activity (creation, an answer
//! given, edited or deleted, a comment, a change by the organizer, invitations sent) or
//! the last time it proposes or its deadline, whichever is later (a poll for a meeting
//! months ahead is not deleted before its own times); never sooner than a retention
//! period after the organizer last chose to keep it.
//! The organizer is warned a warning period (default 7 days) before; a poll is never
//! deleted sooner than a warning period after its warning went out, so that a warning
//! sent late (the scheduler was stopped, or the setting was shortened) still gives the
//! organizer the whole period. All instants are UTC.

use chrono::{DateTime, Duration, Utc};

/// Default days a poll is kept after its anchor (`CONVENE_RETENTION_DAYS`).
pub const DEFAULT_RETENTION_DAYS: u32 = 90;
/// Default days before the deletion the organizer is warned
/// (`CONVENE_RETENTION_WARNING_DAYS`).
pub const DEFAULT_WARNING_DAYS: u32 = 7;
/// The retention setting's bounds, in days.
pub const RETENTION_DAYS_RANGE: std::ops::RangeInclusive<u32> = 1..=3650;

/// A retention setting that cannot work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RetentionError {
    /// The retention is outside [`RETENTION_DAYS_RANGE`].
    #[error("the retention must be 1 to 3650 days, not {0}")]
    Days(u32),
    /// The warning period is zero or not shorter than the retention.
    #[error("the warning must be 1 day or more and less than the retention ({retention} days), not {warning}")]
    Warning {
        /// The warning period given, in days.
        warning: u32,
        /// The retention, in days.
        retention: u32,
    },
}

/// The retention setting: days kept after the anchor, and days of warning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    days: u32,
    warning_days: u32,
}

impl Default for Retention {
    fn default() -> Self {
        Retention {
            days: DEFAULT_RETENTION_DAYS,
            warning_days: DEFAULT_WARNING_DAYS,
        }
    }
}

/// What a poll's deletion is counted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeletionReason {
    /// The end of the chosen slot of a finalized poll.
    AfterMeeting,
    /// The last activity on a poll never finalized (or reopened).
    AfterActivity,
    /// The end of the latest time a poll never finalized proposes, or its deadline.
    AfterLastOption,
    /// The organizer's last "keep this poll".
    AfterKeep,
}

/// The facts a poll's deletion date is worked out from (UTC instants).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PollLife {
    /// End of the chosen slot, when the poll is finalized.
    pub meeting_end_at: Option<DateTime<Utc>>,
    /// The last activity (creation at the least).
    pub last_activity_at: DateTime<Utc>,
    /// For a poll not finalized: the later of the end of its latest slot (or of its
    /// availability grid's last day) and its deadline; `None` when it has neither.
    pub open_until: Option<DateTime<Utc>>,
    /// The organizer's last "keep".
    pub kept_at: Option<DateTime<Utc>>,
    /// The warning sent for the current deletion date: `(the nominal deletion instant
    /// it was about, when it was queued)`.
    pub warned: Option<(DateTime<Utc>, DateTime<Utc>)>,
}

/// When a poll is deleted, and why then.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deletion {
    /// The instant (UTC).
    pub at: DateTime<Utc>,
    /// What it is counted from.
    pub reason: DeletionReason,
}

impl Retention {
    /// A retention of `days` (1 to 3650) with a warning `warning_days` before
    /// (1 or more, less than `days`).
    ///
    /// # Errors
    /// [`RetentionError`] naming what is out of bounds.
    pub fn new(days: u32, warning_days: u32) -> Result<Self, RetentionError> {
        if !RETENTION_DAYS_RANGE.contains(&days) {
            return Err(RetentionError::Days(days));
        }
        if warning_days == 0 || warning_days >= days {
            return Err(RetentionError::Warning {
                warning: warning_days,
                retention: days,
            });
        }
        Ok(Retention { days, warning_days })
    }

    /// Days kept after the anchor.
    pub fn days(&self) -> u32 {
        self.days
    }

    /// Days of warning before the deletion.
    pub fn warning_days(&self) -> u32 {
        self.warning_days
    }

    fn period(&self) -> Duration {
        Duration::days(i64::from(self.days))
    }

    fn warning(&self) -> Duration {
        Duration::days(i64::from(self.warning_days))
    }

    /// The latest anchor (meeting end, else last activity; or a later keep) a poll may
    /// have to be warned or deleted at `now`: polls with a later anchor need not be
    /// looked at (a cheap filter for the database, the exact rule is
    /// [`Retention::warning_due`] and [`Retention::deletion_due`]).
    pub fn anchor_cutoff(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        now + self.warning() - self.period()
    }

    /// The deletion date the rule gives, before any allowance for a late warning: the
    /// anchor plus the retention, the keep's when it is later.
    pub fn nominal(&self, life: &PollLife) -> Deletion {
        let (anchor, reason) = match (life.meeting_end_at, life.open_until) {
            (Some(end), _) => (end, DeletionReason::AfterMeeting),
            (None, Some(until)) if until > life.last_activity_at => {
                (until, DeletionReason::AfterLastOption)
            }
            (None, _) => (life.last_activity_at, DeletionReason::AfterActivity),
        };
        let (anchor, reason) = match life.kept_at {
            Some(kept) if kept > anchor => (kept, DeletionReason::AfterKeep),
            _ => (anchor, reason),
        };
        Deletion {
            at: anchor + self.period(),
            reason,
        }
    }

    /// When the poll will be deleted as seen at `now`: the nominal date, or a warning
    /// period after the warning when it went (or would go, now) later than a warning
    /// period before the nominal date.
    pub fn deletion(&self, life: &PollLife, now: DateTime<Utc>) -> Deletion {
        let nominal = self.nominal(life);
        let warned_at = match life.warned {
            Some((about, at)) if about == nominal.at => at,
            _ => now.max(nominal.at - self.warning()),
        };
        Deletion {
            at: nominal.at.max(warned_at + self.warning()),
            reason: nominal.reason,
        }
    }

    /// Whether the organizer is to be warned at `now`: the nominal deletion date is a
    /// warning period away or less, and no warning went for that date. Returns the
    /// date the warning announces.
    pub fn warning_due(&self, life: &PollLife, now: DateTime<Utc>) -> Option<Deletion> {
        let nominal = self.nominal(life);
        let warned = life.warned.is_some_and(|(about, _)| about == nominal.at);
        (!warned && now >= nominal.at - self.warning()).then(|| self.deletion(life, now))
    }

    /// Whether the poll is to be deleted at `now`: its warning for the current date
    /// went out, and the deletion date (see [`Retention::deletion`]) has come.
    pub fn deletion_due(&self, life: &PollLife, now: DateTime<Utc>) -> bool {
        let nominal = self.nominal(life);
        let warned = life.warned.is_some_and(|(about, _)| about == nominal.at);
        warned && now >= self.deletion(life, now).at
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(d: u32, h: u32) -> DateTime<Utc> {
        // Days of 2027 counted from 1 January (d = 1).
        Utc.with_ymd_and_hms(2027, 1, 1, h, 0, 0)
            .single()
            .unwrap_or_default()
            + Duration::days(i64::from(d) - 1)
    }

    fn life(activity: DateTime<Utc>) -> PollLife {
        PollLife {
            meeting_end_at: None,
            last_activity_at: activity,
            open_until: None,
            kept_at: None,
            warned: None,
        }
    }

    #[test]
    fn a_poll_for_a_meeting_months_ahead_is_kept_past_its_last_time() {
        let r = Retention::default();
        // Created 10 January, untouched since, its last slot ends 1 June 12:00 (day
        // 152 of 2027): kept 90 days after that, 30 August 12:00 (30 + 31 + 29 days).
        let mut l = life(at(10, 12));
        l.open_until = Some(at(152, 12));
        let d = r.nominal(&l);
        assert_eq!(d.reason, DeletionReason::AfterLastOption);
        assert_eq!(
            d.at,
            Utc.with_ymd_and_hms(2027, 8, 30, 12, 0, 0)
                .single()
                .unwrap_or_default()
        );
        // Slots already past when the last answer came: by the activity.
        l.open_until = Some(at(5, 12));
        assert_eq!(r.nominal(&l).reason, DeletionReason::AfterActivity);
        // Finalized: by the meeting, whatever the other slots.
        l.open_until = Some(at(152, 12));
        l.meeting_end_at = Some(at(20, 13));
        assert_eq!(r.nominal(&l).reason, DeletionReason::AfterMeeting);
    }

    #[test]
    fn a_poll_never_finalized_goes_90_days_after_its_last_activity() {
        let r = Retention::default();
        // 10 January 12:00 + 90 days = 10 April 12:00 (31 + 28 + 31 days to 10 April).
        let d = r.nominal(&life(at(10, 12)));
        assert_eq!(
            d.at,
            Utc.with_ymd_and_hms(2027, 4, 10, 12, 0, 0)
                .single()
                .unwrap_or_default()
        );
        assert_eq!(d.reason, DeletionReason::AfterActivity);
    }

    #[test]
    fn a_finalized_poll_goes_90_days_after_its_meeting_ends_whatever_the_activity() {
        let r = Retention::default();
        let l = PollLife {
            meeting_end_at: Some(
                Utc.with_ymd_and_hms(2027, 3, 1, 15, 30, 0)
                    .single()
                    .unwrap_or_default(),
            ),
            ..life(at(20, 9))
        };
        let d = r.nominal(&l);
        // 1 March 15:30 + 90 days = 30 May 15:30.
        assert_eq!(
            d.at,
            Utc.with_ymd_and_hms(2027, 5, 30, 15, 30, 0)
                .single()
                .unwrap_or_default()
        );
        assert_eq!(d.reason, DeletionReason::AfterMeeting);
    }

    #[test]
    fn a_keep_later_than_the_anchor_counts_and_an_older_one_does_not() {
        let r = Retention::new(30, 7).unwrap_or_default();
        let kept = PollLife {
            kept_at: Some(at(15, 0)),
            ..life(at(10, 0))
        };
        assert_eq!(r.nominal(&kept).at, at(45, 0));
        assert_eq!(r.nominal(&kept).reason, DeletionReason::AfterKeep);
        let old_keep = PollLife {
            kept_at: Some(at(5, 0)),
            ..life(at(10, 0))
        };
        assert_eq!(r.nominal(&old_keep).at, at(40, 0));
        assert_eq!(r.nominal(&old_keep).reason, DeletionReason::AfterActivity);
    }

    #[test]
    fn the_warning_is_due_a_week_before_once_per_date() {
        let r = Retention::default();
        let l = life(at(1, 0)); // deleted on day 91 at 00:00; warned from day 84.
        assert_eq!(r.warning_due(&l, at(83, 23)), None);
        assert_eq!(r.warning_due(&l, at(84, 0)).map(|d| d.at), Some(at(91, 0)));
        let warned = PollLife {
            warned: Some((at(91, 0), at(84, 0))),
            ..l
        };
        assert_eq!(r.warning_due(&warned, at(85, 0)), None);
        // An answer on day 86 moves the date: the old warning no longer counts.
        let moved = PollLife {
            last_activity_at: at(86, 0),
            ..warned
        };
        assert_eq!(r.warning_due(&moved, at(100, 0)), None);
        assert_eq!(
            r.warning_due(&moved, at(169, 0)).map(|d| d.at),
            Some(at(176, 0))
        );
    }

    #[test]
    fn deletion_comes_at_the_date_only_after_a_warning_for_that_date() {
        let r = Retention::default();
        let l = life(at(1, 0));
        assert!(!r.deletion_due(&l, at(200, 0)), "never without a warning");
        let warned = PollLife {
            warned: Some((at(91, 0), at(84, 0))),
            ..l
        };
        assert!(!r.deletion_due(&warned, at(90, 23)));
        assert!(r.deletion_due(&warned, at(91, 0)));
    }

    #[test]
    fn a_late_warning_still_gives_the_whole_warning_period() {
        let r = Retention::default();
        let l = life(at(1, 0));
        // The scheduler ran first on day 95: the warning announces day 102.
        assert_eq!(r.warning_due(&l, at(95, 6)).map(|d| d.at), Some(at(102, 6)));
        let warned = PollLife {
            warned: Some((at(91, 0), at(95, 6))),
            ..l
        };
        assert!(!r.deletion_due(&warned, at(102, 5)));
        assert!(r.deletion_due(&warned, at(102, 6)));
        assert_eq!(r.deletion(&warned, at(96, 0)).at, at(102, 6));
    }

    #[test]
    fn the_setting_is_checked() {
        assert_eq!(Retention::new(0, 7), Err(RetentionError::Days(0)));
        assert_eq!(Retention::new(3651, 7), Err(RetentionError::Days(3651)));
        assert!(Retention::new(3650, 7).is_ok());
        assert_eq!(
            Retention::new(7, 7),
            Err(RetentionError::Warning {
                warning: 7,
                retention: 7
            })
        );
        assert!(Retention::new(7, 0).is_err());
        assert!(Retention::new(2, 1).is_ok());
    }

    #[test]
    fn the_database_filter_lets_through_every_poll_due() {
        let r = Retention::default();
        let now = at(84, 0);
        // A poll whose warning is just due has its anchor exactly at the cutoff.
        assert_eq!(r.anchor_cutoff(now), at(1, 0));
    }
}

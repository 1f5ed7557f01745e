//! The organizer's fairness settings: the hours of the day a poll judges slots by.

use chrono::{DateTime, Utc};

use super::{ActionError, AppState};
pub use crate::domain::fairness::HoursDraft;
use crate::domain::poll::SettingsDraft;
use crate::domain::{Poll, PollId, SecretToken};

impl AppState {
    /// Sets the hours of the day the poll judges slots by (organizer).
    ///
    /// # Errors
    /// `NotFound`; `Invalid` naming the field; storage.
    pub fn set_hours(
        &self,
        id: &PollId,
        token: &SecretToken,
        draft: &HoursDraft,
        now: DateTime<Utc>,
    ) -> Result<Poll, ActionError> {
        let change = SettingsDraft {
            hours: Some(draft.clone()),
            ..SettingsDraft::default()
        };
        self.update_settings(id, token, &change, now)
    }
}

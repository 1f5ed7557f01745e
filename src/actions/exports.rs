//! The calendar subscription feed: reading a poll through its feed token, and the
//! organizer replacing that token.

use chrono::{DateTime, Utc};

use super::{load, load_admin_for_write, ActionError, AppState};
use crate::db;
use crate::domain::{FeedToken, Poll, PollId, SecretToken};

impl AppState {
    /// The poll whose subscription feed this is.
    ///
    /// # Errors
    /// [`ActionError::NotFound`] for an unknown poll, a poll without a feed, or another
    /// token (an old one included), never saying which; storage errors.
    pub fn feed_poll(&self, id: &PollId, token: &FeedToken) -> Result<Poll, ActionError> {
        let mut conn = self.conn()?;
        let stored = db::calendar_feeds::find(&mut conn, id)?.ok_or(ActionError::NotFound)?;
        if !token.matches(&stored) {
            return Err(ActionError::NotFound);
        }
        load(&mut conn, id)
    }

    /// Gives the poll a new subscription feed address (organizer): calendars subscribed
    /// to the old one get 404 from now on. Returns the new token.
    ///
    /// # Errors
    /// `NotFound` (unknown poll or wrong admin token); storage.
    pub fn replace_calendar_feed(
        &self,
        id: &PollId,
        token: &SecretToken,
        now: DateTime<Utc>,
    ) -> Result<FeedToken, ActionError> {
        let mut conn = self.conn()?;
        db::write_transaction(&mut conn, |c| {
            load_admin_for_write(c, id, token)?;
            Ok(db::calendar_feeds::replace(c, id, now)?)
        })
    }
}

//! Votes, per-slot tallies and the best-slot rule.

use std::cmp::Reverse;
use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

use super::fairness::SlotCost;
use super::ids::SlotId;
use super::poll::Slot;
use super::response::Response;

/// One participant's answer for one slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Vote {
    /// Can attend.
    Yes,
    /// Can attend if really needed.
    IfNeedBe,
    /// Cannot attend.
    No,
}

impl Vote {
    /// The stored and API spelling: `yes`, `if_need_be`, `no`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Vote::Yes => "yes",
            Vote::IfNeedBe => "if_need_be",
            Vote::No => "no",
        }
    }

    /// Words for people (“Yes”, “If need be”, “No”).
    pub fn label(&self) -> &'static str {
        match self {
            Vote::Yes => "Yes",
            Vote::IfNeedBe => "If need be",
            Vote::No => "No",
        }
    }

    /// A symbol that differs by shape, not only colour (✓, (✓), ✗).
    pub fn symbol(&self) -> &'static str {
        match self {
            Vote::Yes => "✓",
            Vote::IfNeedBe => "(✓)",
            Vote::No => "✗",
        }
    }
}

/// A vote value that is not one of `yes`, `if_need_be`, `no`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownVote(pub String);

impl From<UnknownVote> for crate::i18n::Message {
    fn from(e: UnknownVote) -> Self {
        crate::i18n::Message::new("error-vote").text("value", e.0)
    }
}

crate::localized_error!(UnknownVote);

impl FromStr for Vote {
    type Err = UnknownVote;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "yes" => Ok(Vote::Yes),
            "if_need_be" => Ok(Vote::IfNeedBe),
            "no" => Ok(Vote::No),
            other => Err(UnknownVote(other.to_owned())),
        }
    }
}

impl fmt::Display for Vote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How many answered each way for one slot. Respondents with no answer for the slot
/// (e.g. it was added after they answered) are in none of the counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlotTally {
    /// The slot.
    pub slot_id: SlotId,
    /// Count of `yes`.
    pub yes: u32,
    /// Count of `if_need_be`.
    pub if_need_be: u32,
    /// Count of `no`.
    pub no: u32,
    /// What the slot costs the respondents on their own clocks (see
    /// [`crate::domain::fairness`]); zero when not computed.
    pub cost: SlotCost,
}

impl SlotTally {
    /// People who can attend: yes + if need be.
    pub fn available(&self) -> u32 {
        self.yes + self.if_need_be
    }
}

/// Counts the answers for each slot, in slot order.
pub fn tally(slots: &[Slot], responses: &[Response]) -> Vec<SlotTally> {
    let mut counts: HashMap<&SlotId, SlotTally> = slots
        .iter()
        .map(|s| {
            (
                &s.id,
                SlotTally {
                    slot_id: s.id.clone(),
                    yes: 0,
                    if_need_be: 0,
                    no: 0,
                    cost: SlotCost::default(),
                },
            )
        })
        .collect();
    for response in responses {
        for (slot_id, vote) in &response.votes {
            if let Some(t) = counts.get_mut(slot_id) {
                match vote {
                    Vote::Yes => t.yes += 1,
                    Vote::IfNeedBe => t.if_need_be += 1,
                    Vote::No => t.no += 1,
                }
            }
        }
    }
    slots.iter().filter_map(|s| counts.remove(&s.id)).collect()
}

/// The best slot: most yes + if need be; among equals the lower inconvenience score
/// (fewer people at night or in off hours, see [`crate::domain::fairness`]), then more
/// yes, then the earlier slot. `None` when no slot has anyone available. `tallies` must
/// be in slot order (earliest first), as [`tally`] returns them.
pub fn best_slot(tallies: &[SlotTally]) -> Option<&SlotId> {
    let mut best: Option<&SlotTally> = None;
    let rank = |t: &SlotTally| (t.available(), Reverse(t.cost.score), t.yes);
    for t in tallies.iter().filter(|t| t.available() > 0) {
        // Strictly greater only, so that the earlier slot wins a full tie.
        if best.is_none_or(|b| rank(t) > rank(b)) {
            best = Some(t);
        }
    }
    best.map(|t| &t.slot_id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(id: &str, yes: u32, inb: u32, no: u32) -> SlotTally {
        SlotTally {
            slot_id: SlotId::from_db(id.into()),
            yes,
            if_need_be: inb,
            no,
            cost: SlotCost::default(),
        }
    }

    #[test]
    fn best_slot_prefers_available_then_yes_then_earlier() {
        let tallies = [
            t("a", 2, 2, 0),
            t("b", 3, 1, 0),
            t("c", 3, 1, 0),
            t("d", 1, 2, 1),
        ];
        assert_eq!(best_slot(&tallies).map(SlotId::as_str), Some("b"));
        let tallies = [t("a", 1, 0, 0), t("b", 0, 3, 0)];
        assert_eq!(best_slot(&tallies).map(SlotId::as_str), Some("b"));
        assert_eq!(best_slot(&[t("a", 0, 0, 4)]), None);
        assert_eq!(best_slot(&[]), None);
    }

    #[test]
    fn among_equally_available_slots_the_cheaper_one_on_peoples_clocks_wins() {
        let mut a = t("a", 3, 1, 0);
        let mut b = t("b", 2, 2, 0);
        a.cost.score = 6;
        b.cost.score = 1;
        // Same availability (4): b puts fewer people at night, even with fewer yes.
        assert_eq!(
            best_slot(&[a.clone(), b.clone()]).map(SlotId::as_str),
            Some("b")
        );
        // More available still comes first, whatever it costs.
        let c = t("c", 5, 0, 0);
        let mut c_costly = c.clone();
        c_costly.cost.score = 30;
        assert_eq!(best_slot(&[b, c_costly]).map(SlotId::as_str), Some("c"));
    }

    #[test]
    fn unknown_vote_names_the_value() {
        assert_eq!(
            "maybe".parse::<Vote>().map_err(|e| e.to_string()),
            Err("“maybe” is not an answer; use yes, if_need_be or no".into())
        );
        assert_eq!("if_need_be".parse::<Vote>(), Ok(Vote::IfNeedBe));
    }
}

//! Who the meeting needs: per slot, whether every invitee marked *required* can attend,
//! and how many invitees of each affiliation cannot (or have not said), so that an
//! organizer sees "missing: 2 of DC on Environment" before choosing.
//!
//! "Can attend" is a `yes` or `if_need_be` vote; an invitee who has not answered, or
//! left the slot blank, is missing for it.

use std::collections::{BTreeMap, HashMap};

use super::ids::{ResponseId, SlotId};
use super::invitee::Invitee;
use super::poll::Slot;
use super::response::Response;
use super::vote::Vote;

/// How one invitee stands for one slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Answered `yes` or `if_need_be`.
    CanAttend,
    /// Answered `no`, or left the slot blank.
    Cannot,
    /// Has not answered the poll.
    NotAnswered,
}

/// One affiliation's invitees who cannot attend a slot (or have not said).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AffiliationGap {
    /// The affiliation as typed in the list (`None`: invitees with none).
    pub affiliation: Option<String>,
    /// How many of them are missing.
    pub missing: usize,
    /// How many invitees the affiliation has.
    pub invited: usize,
}

/// The quorum view of one slot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlotQuorum {
    /// The slot.
    pub slot_id: SlotId,
    /// Required invitees who cannot attend or have not answered, with their standing,
    /// in list order.
    pub required_missing: Vec<(Invitee, Standing)>,
    /// How many invitees are required.
    pub required: usize,
    /// Per affiliation with at least one missing invitee, in the affiliations' alphabetical
    /// order (those without one last).
    pub gaps: Vec<AffiliationGap>,
}

impl SlotQuorum {
    /// Whether every required invitee can attend (true when none is required).
    pub fn all_required_can_attend(&self) -> bool {
        self.required_missing.is_empty()
    }
}

/// Answered / invited, per affiliation, in the order of [`SlotQuorum::gaps`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AffiliationAnswers {
    /// The affiliation (`None`: invitees with none).
    pub affiliation: Option<String>,
    /// Invitees of it who have answered.
    pub answered: usize,
    /// Invitees of it.
    pub invited: usize,
}

/// How `invitee` stands for `slot`, given the responses by id.
pub fn standing(
    invitee: &Invitee,
    slot: &SlotId,
    responses: &HashMap<&ResponseId, &Response>,
) -> Standing {
    match invitee.response_id.as_ref().and_then(|r| responses.get(r)) {
        None => Standing::NotAnswered,
        Some(r) => match r.votes.get(slot) {
            Some(Vote::Yes | Vote::IfNeedBe) => Standing::CanAttend,
            Some(Vote::No) | None => Standing::Cannot,
        },
    }
}

/// Affiliations sort by name (case-insensitive), with "none" last.
fn affiliation_key(a: &Option<String>) -> (bool, String) {
    (a.is_none(), a.as_deref().unwrap_or("").to_lowercase())
}

/// The quorum of every slot, in slot order. Empty when there are no invitees.
pub fn quorum(slots: &[Slot], invitees: &[Invitee], responses: &[Response]) -> Vec<SlotQuorum> {
    if invitees.is_empty() {
        return Vec::new();
    }
    let by_id: HashMap<&ResponseId, &Response> = responses.iter().map(|r| (&r.id, r)).collect();
    let required = invitees.iter().filter(|i| i.required).count();
    slots
        .iter()
        .map(|slot| {
            let mut groups: BTreeMap<(bool, String), AffiliationGap> = BTreeMap::new();
            let mut required_missing = Vec::new();
            for invitee in invitees {
                let s = standing(invitee, &slot.id, &by_id);
                let gap = groups
                    .entry(affiliation_key(&invitee.affiliation))
                    .or_insert_with(|| AffiliationGap {
                        affiliation: invitee.affiliation.clone(),
                        missing: 0,
                        invited: 0,
                    });
                gap.invited += 1;
                if s != Standing::CanAttend {
                    gap.missing += 1;
                    if invitee.required {
                        required_missing.push((invitee.clone(), s));
                    }
                }
            }
            SlotQuorum {
                slot_id: slot.id.clone(),
                required_missing,
                required,
                gaps: groups.into_values().filter(|g| g.missing > 0).collect(),
            }
        })
        .collect()
}

/// Answered / invited per affiliation (alphabetical, "none" last).
pub fn answers_by_affiliation(invitees: &[Invitee]) -> Vec<AffiliationAnswers> {
    let mut groups: BTreeMap<(bool, String), AffiliationAnswers> = BTreeMap::new();
    for invitee in invitees {
        let g = groups
            .entry(affiliation_key(&invitee.affiliation))
            .or_insert_with(|| AffiliationAnswers {
                affiliation: invitee.affiliation.clone(),
                answered: 0,
                invited: 0,
            });
        g.invited += 1;
        if invitee.response_id.is_some() {
            g.answered += 1;
        }
    }
    groups.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::text::EmailAddress;
    use crate::domain::{InviteeId, TimeZoneId, TokenHash};
    use chrono::{DateTime, Utc};

    fn invitee(
        name: &str,
        affiliation: Option<&str>,
        required: bool,
        response: Option<&str>,
    ) -> Invitee {
        Invitee {
            id: InviteeId::generate(),
            name: Some(name.into()),
            email: EmailAddress::from_db(format!("{}@example.org", name.to_lowercase())),
            affiliation: affiliation.map(Into::into),
            timezone: None,
            required,
            response_id: response.map(|r| ResponseId::from_db(r.into())),
            invited_at: None,
            reminded_at: None,
            auto_reminded_at: None,
            created_at: DateTime::<Utc>::UNIX_EPOCH,
        }
    }

    fn response(id: &str, votes: &[(&str, Vote)]) -> Response {
        Response {
            id: ResponseId::from_db(id.into()),
            edit_token_hash: TokenHash(String::new()),
            name: id.into(),
            email: None,
            affiliation: None,
            timezone: TimeZoneId::UTC,
            votes: votes
                .iter()
                .map(|(s, v)| (SlotId::from_db((*s).into()), *v))
                .collect(),
            created_at: DateTime::<Utc>::UNIX_EPOCH,
            updated_at: DateTime::<Utc>::UNIX_EPOCH,
            language: crate::i18n::Language::En,
            availability: None,
        }
    }

    fn slot(id: &str) -> Slot {
        Slot {
            id: SlotId::from_db(id.into()),
            start_at: DateTime::<Utc>::UNIX_EPOCH,
        }
    }

    #[test]
    fn a_slot_shows_which_required_people_and_how_many_of_each_affiliation_are_missing() {
        let env = Some("DC on Environment");
        let invitees = vec![
            invitee("Ana", env, true, Some("r1")),
            invitee("Bo", env, false, Some("r2")),
            invitee("Cy", env, false, None),
            invitee("Di", Some("DC on Accessibility"), true, Some("r3")),
            invitee("Ed", None, false, None),
        ];
        let responses = vec![
            response("r1", &[("A", Vote::Yes), ("B", Vote::No)]),
            response("r2", &[("A", Vote::IfNeedBe)]),
            response("r3", &[("A", Vote::Yes), ("B", Vote::Yes)]),
        ];
        let q = quorum(&[slot("A"), slot("B")], &invitees, &responses);
        // Slot A: both required can attend; Cy (not answered) and Ed missing.
        assert!(q[0].all_required_can_attend());
        assert_eq!(q[0].required, 2);
        assert_eq!(
            q[0].gaps,
            vec![
                AffiliationGap {
                    affiliation: env.map(Into::into),
                    missing: 1,
                    invited: 3
                },
                AffiliationGap {
                    affiliation: None,
                    missing: 1,
                    invited: 1
                },
            ]
        );
        // Slot B: Ana said no; Bo left it blank; Cy has not answered: 3 of DC on
        // Environment missing, Ana the required one.
        assert!(!q[1].all_required_can_attend());
        let names: Vec<_> = q[1]
            .required_missing
            .iter()
            .map(|(i, s)| (i.display_name().to_owned(), *s))
            .collect();
        assert_eq!(names, vec![("Ana".to_owned(), Standing::Cannot)]);
        assert_eq!(q[1].gaps[0].missing, 3);
        assert_eq!(q[1].gaps[0].affiliation.as_deref(), env);
        let answered = answers_by_affiliation(&invitees);
        assert_eq!(
            answered
                .iter()
                .map(|a| (a.affiliation.clone(), a.answered, a.invited))
                .collect::<Vec<_>>(),
            vec![
                (Some("DC on Accessibility".into()), 1, 1),
                (env.map(Into::into), 2, 3),
                (None, 0, 1)
            ]
        );
    }

    #[test]
    fn no_invitees_no_quorum() {
        assert!(quorum(&[slot("A")], &[], &[]).is_empty());
    }
}

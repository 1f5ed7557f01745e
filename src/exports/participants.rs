//! Who can attend the chosen meeting, grouped by affiliation, as plain text to paste
//! into minutes:
//!
//! ```text
//! Steering group — participants
//! Monday 22 March 2027, 10:00 (Europe/Zurich, UTC+01:00) — Mon 22 Mar, 09:00–10:00 UTC
//!
//! DC on Accessibility (1)
//! - Bo (if need be)
//!
//! Without affiliation (1)
//! - Cy
//!
//! 2 people can attend. 1 invitee has not answered.
//! ```
//!
//! For a poll of times, those who answered `yes` or `if need be` for the chosen slot;
//! for an availability poll, those marked free (or free if need be) for every cell of
//! the chosen window, "if need be" when any of those cells is. Affiliations in
//! alphabetical order (letter case aside), those without one last; names in
//! alphabetical order within each. An answer without affiliation takes the one of the
//! invitation it answers, when the list gave one.

use std::collections::BTreeMap;

use crate::domain::time::{utc_range, DayText};
use crate::domain::{Invitee, Poll, PollStatus, Response, Vote};
use crate::i18n::{Arg, DateStyle, Language};
use crate::mail::ics::MeetingWhen;

/// One affiliation's people who can attend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttendeeGroup {
    /// The affiliation as typed (`None`: those without one).
    pub affiliation: Option<String>,
    /// Names, alphabetical, each with `true` when only "if need be".
    pub people: Vec<(String, bool)>,
}

/// Who can attend the chosen meeting.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Attendees {
    /// By affiliation (alphabetical, those without one last).
    pub groups: Vec<AttendeeGroup>,
    /// Invitees who have not answered the poll.
    pub not_answered: usize,
}

impl Attendees {
    /// How many people can attend.
    pub fn count(&self) -> usize {
        self.groups.iter().map(|g| g.people.len()).sum()
    }
}

/// How `response` stands for the meeting of a finalized `poll`: `Some(false)` can
/// attend, `Some(true)` only if need be, `None` cannot (or did not say).
fn can_attend(poll: &Poll, response: &Response) -> Option<bool> {
    let slot = poll.final_slot()?;
    match &poll.grid {
        None => match response.votes.get(&slot.id)? {
            Vote::Yes => Some(false),
            Vote::IfNeedBe => Some(true),
            Vote::No => None,
        },
        Some(grid) => {
            let cells = grid.cells();
            let marks = response.availability(cells.len()).ok()?;
            let end = slot.end_at(poll.duration_minutes);
            let mut if_need_be = false;
            let mut covered = 0;
            for (cell, mark) in cells.iter().zip(&marks.0) {
                if *cell < slot.start_at || *cell >= end {
                    continue;
                }
                covered += 1;
                match mark {
                    Vote::Yes => {}
                    Vote::IfNeedBe => if_need_be = true,
                    Vote::No => return None,
                }
            }
            (covered > 0).then_some(if_need_be)
        }
    }
}

/// Who can attend `poll`'s chosen meeting (nobody before it is finalized), from its
/// `responses` and `invitees`.
pub fn attendees(poll: &Poll, responses: &[Response], invitees: &[Invitee]) -> Attendees {
    if poll.status != PollStatus::Finalized {
        return Attendees::default();
    }
    // Key: (no affiliation, affiliation in lower case), as the quorum groups them; the
    // group is named as its first answer typed it.
    type Group = (Option<String>, Vec<(String, bool)>);
    let mut groups: BTreeMap<(bool, String), Group> = BTreeMap::new();
    for r in responses {
        let Some(if_need_be) = can_attend(poll, r) else {
            continue;
        };
        let affiliation = r.affiliation.clone().or_else(|| {
            invitees
                .iter()
                .find(|i| i.response_id.as_ref() == Some(&r.id))
                .and_then(|i| i.affiliation.clone())
        });
        let key = (
            affiliation.is_none(),
            affiliation.as_deref().unwrap_or_default().to_lowercase(),
        );
        groups
            .entry(key)
            .or_insert_with(|| (affiliation, Vec::new()))
            .1
            .push((r.name.clone(), if_need_be));
    }
    let answered: Vec<_> = responses.iter().map(|r| &r.id).collect();
    Attendees {
        groups: groups
            .into_values()
            .map(|(affiliation, mut people)| {
                people.sort_by(|a, b| {
                    a.0.to_lowercase()
                        .cmp(&b.0.to_lowercase())
                        .then_with(|| a.cmp(b))
                });
                AttendeeGroup {
                    affiliation,
                    people,
                }
            })
            .collect(),
        not_answered: invitees
            .iter()
            .filter(|i| {
                i.response_id
                    .as_ref()
                    .is_none_or(|r| !answered.contains(&r))
            })
            .count(),
    }
}

/// The list as plain text in `lang` (LF line ends, ending with one): the poll's title,
/// the meeting's time in the poll's zone and in UTC, each group with its people, and
/// the counts. Empty when the poll is not finalized.
pub fn participants_text(
    poll: &Poll,
    responses: &[Response],
    invitees: &[Invitee],
    lang: Language,
) -> String {
    let Some(slot) = poll
        .final_slot()
        .filter(|_| poll.status == PollStatus::Finalized)
    else {
        return String::new();
    };
    let list = attendees(poll, responses, invitees);
    let mut out = String::new();
    out.push_str(&lang.t1("export-participants-heading", "title", &poll.title));
    out.push('\n');
    match MeetingWhen::of(poll, slot) {
        // A whole day has no zone: the date alone, as every page and mail gives it.
        MeetingWhen::Day(day) => out.push_str(&DayText::new(day, lang).label),
        MeetingWhen::Instant { start: at, end } => out.push_str(&lang.t_args(
            "export-participants-when",
            &[
                ("local", Arg::Text(poll.timezone.local(at).long(lang))),
                ("utc", Arg::Text(utc_range(at, end, lang, DateStyle::Short))),
            ],
        )),
    }
    out.push('\n');
    for g in &list.groups {
        out.push('\n');
        let name = match &g.affiliation {
            Some(a) => a.clone(),
            None => lang.t("export-participants-no-affiliation"),
        };
        out.push_str(&lang.t_args(
            "export-participants-group",
            &[
                ("affiliation", Arg::Text(name)),
                ("count", Arg::Count(g.people.len() as i64)),
            ],
        ));
        out.push('\n');
        for (person, if_need_be) in &g.people {
            out.push_str("- ");
            if *if_need_be {
                out.push_str(&lang.t1("export-participants-if-need-be", "name", person));
            } else {
                out.push_str(person);
            }
            out.push('\n');
        }
    }
    out.push('\n');
    out.push_str(&lang.tn("export-participants-count", list.count()));
    if list.not_answered > 0 {
        out.push(' ');
        out.push_str(&lang.tn("export-participants-not-answered", list.not_answered));
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::text::EmailAddress;
    use crate::domain::{InviteeId, ResponseId, Slot, SlotId, TimeZoneId, TokenHash};

    use crate::exports::fixtures::at;

    fn poll() -> Poll {
        let mut p = crate::exports::fixtures::poll("Steering group");
        p.status = PollStatus::Finalized;
        p.final_slot_id = Some(SlotId::from_db("SlotSlot01".into()));
        p.calendar_sequence = Some(0);
        p
    }

    fn response(id: &str, name: &str, affiliation: Option<&str>, vote: Option<Vote>) -> Response {
        Response {
            id: ResponseId::from_db(id.into()),
            edit_token_hash: TokenHash(String::new()),
            name: name.into(),
            email: None,
            affiliation: affiliation.map(Into::into),
            timezone: TimeZoneId::UTC,
            votes: vote
                .map(|v| (SlotId::from_db("SlotSlot01".into()), v))
                .into_iter()
                .collect(),
            created_at: at(1),
            updated_at: at(1),
            language: Language::En,
            availability: None,
        }
    }

    fn invitee(affiliation: Option<&str>, response: Option<&str>) -> Invitee {
        Invitee {
            id: InviteeId::generate(),
            name: None,
            email: EmailAddress::from_db("someone@example.org".into()),
            affiliation: affiliation.map(Into::into),
            timezone: None,
            required: false,
            response_id: response.map(|r| ResponseId::from_db(r.into())),
            invited_at: None,
            reminded_at: None,
            created_at: at(0),
            auto_reminded_at: None,
        }
    }

    #[test]
    fn the_list_groups_those_who_can_attend_by_affiliation() {
        let responses = vec![
            response(
                "R000000002",
                "Ana",
                Some("DC on Environment"),
                Some(Vote::IfNeedBe),
            ),
            response(
                "R000000001",
                "zoé",
                Some("dc on environment"),
                Some(Vote::Yes),
            ),
            response("R000000003", "Bo", None, Some(Vote::Yes)),
            response("R000000004", "Cy", None, Some(Vote::No)),
            response("R000000005", "Di", None, None),
            response("R000000006", "Ed", Some("Accessibility"), Some(Vote::Yes)),
            // Answered an invitation whose list line gave the affiliation.
            response("R000000007", "Fa", None, Some(Vote::Yes)),
        ];
        let invitees = vec![
            invitee(Some("Accessibility"), Some("R000000007")),
            invitee(Some("Accessibility"), None),
            invitee(None, None),
        ];
        let text = participants_text(&poll(), &responses, &invitees, Language::En);
        assert_eq!(
            text,
            "Steering group — participants\n\
             Monday 22 March 2027, 10:00 (Europe/Zurich, UTC+01:00) — Mon 22 Mar, 09:00–10:00 UTC\n\
             \n\
             Accessibility (2)\n\
             - Ed\n\
             - Fa\n\
             \n\
             DC on Environment (2)\n\
             - Ana (if need be)\n\
             - zoé\n\
             \n\
             Without affiliation (1)\n\
             - Bo\n\
             \n\
             5 people can attend. 2 invitees have not answered.\n"
        );
    }

    #[test]
    fn nobody_is_listed_before_the_poll_is_finalized() {
        let mut p = poll();
        p.status = PollStatus::Open;
        let r = vec![response("R000000001", "Ana", None, Some(Vote::Yes))];
        assert_eq!(attendees(&p, &r, &[]), Attendees::default());
        assert_eq!(participants_text(&p, &r, &[], Language::En), "");
    }

    #[test]
    fn on_an_availability_poll_only_those_free_for_the_whole_window_are_listed() {
        use crate::domain::grid::{Availability, GridSpec};
        let mut p = poll();
        let zone = p.timezone;
        // 22 March 2027, 09:00–12:00 in Zurich (UTC+1), hourly: cells 08:00Z, 09:00Z,
        // 10:00Z. The chosen window: 09:00Z for two hours (cells 2 and 3).
        p.kind = crate::domain::PollKind::Availability;
        p.duration_minutes = 120;
        p.grid = Some(GridSpec {
            from: chrono::NaiveDate::from_ymd_opt(2027, 3, 22).unwrap_or_default(),
            to: chrono::NaiveDate::from_ymd_opt(2027, 3, 22).unwrap_or_default(),
            zone,
            day_start_minutes: 9 * 60,
            day_end_minutes: 12 * 60,
            cell_minutes: 60,
            weekdays: crate::domain::grid::WEEKDAYS
                .iter()
                .map(|(d, _)| *d)
                .collect(),
        });
        p.slots = vec![Slot {
            id: SlotId::from_db("SlotSlot01".into()),
            start_at: at(9),
        }];
        let marked = |id: &str, name: &str, marks: Vec<Vote>| {
            let mut r = response(id, name, None, None);
            r.availability = Some(Availability(marks).encode());
            r
        };
        let responses = vec![
            marked("R000000001", "Ana", vec![Vote::No, Vote::Yes, Vote::Yes]),
            marked(
                "R000000002",
                "Bo",
                vec![Vote::Yes, Vote::Yes, Vote::IfNeedBe],
            ),
            marked("R000000003", "Cy", vec![Vote::Yes, Vote::Yes, Vote::No]),
            response("R000000004", "Di", None, None),
        ];
        let list = attendees(&p, &responses, &[]);
        assert_eq!(
            list.groups,
            vec![AttendeeGroup {
                affiliation: None,
                people: vec![("Ana".to_owned(), false), ("Bo".to_owned(), true)],
            }]
        );
    }
}

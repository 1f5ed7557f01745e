//! Invitees: the people an organizer invites by name and address, pasted as a list.
//!
//! [`parse_invitee_list`] reads what organizers actually paste, one person per line:
//! `Name <email>` (also several on one line, as copied from a mail's `To:` field),
//! a bare `email`, `Name, email, affiliation[, time zone]` (commas, semicolons or the tabs
//! of a spreadsheet copy), or CSV with a header row naming the columns (`name`, `email`,
//! `affiliation`, `timezone`, in any order; RFC 4180 quoting, read by the `csv` crate).
//! Valid lines come back as [`InviteeDraft`]s, merged by address (letter case ignored),
//! and every invalid line comes back with its line number, its text and the reason,
//! so nothing valid is lost and nothing invalid is silently dropped.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};

use crate::i18n::Message;

use super::ids::{InviteeId, ResponseId};
use super::poll::NAME_MAX;
use super::response::AFFILIATION_MAX;
use super::text::{optional_line, EmailAddress, TextError};
use super::time::{TimeZoneId, UnknownTimeZone};

/// Most invitees one poll may have.
pub const INVITEES_MAX: usize = 1000;

/// One person to invite, as read from a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InviteeDraft {
    /// The 1-based line of the list it came from (the first, when merged).
    pub line: usize,
    /// Display name, if given (any script; no control characters).
    pub name: Option<String>,
    /// The address invitations go to.
    pub email: EmailAddress,
    /// Organisation or group, if given (`DC on Environment`).
    pub affiliation: Option<String>,
    /// Their time zone, if given.
    pub timezone: Option<TimeZoneId>,
}

/// Why a line of the list was not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InviteeLineError {
    /// No mail address on the line.
    NoAddress,
    /// A name, affiliation or address that is not acceptable.
    Text(TextError),
    /// A time-zone column that is not an IANA zone.
    TimeZone(UnknownTimeZone),
    /// More columns than the list's header names, or a CSV record that cannot be read.
    Unreadable,
}

impl From<InviteeLineError> for Message {
    fn from(e: InviteeLineError) -> Self {
        match e {
            InviteeLineError::NoAddress => Message::new("error-invitee-no-address"),
            InviteeLineError::Text(e) => e.into(),
            InviteeLineError::TimeZone(e) => e.into(),
            InviteeLineError::Unreadable => Message::new("error-invitee-unreadable"),
        }
    }
}

crate::localized_error!(InviteeLineError);

/// An invalid line: where, what it said, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineError {
    /// The 1-based line number in the pasted text.
    pub line: usize,
    /// The line as pasted (trimmed).
    pub text: String,
    /// Why it was not used.
    pub error: InviteeLineError,
}

/// The outcome of reading a list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InviteeList {
    /// The valid people, each address once, in the order first seen.
    pub invitees: Vec<InviteeDraft>,
    /// The lines not used.
    pub errors: Vec<LineError>,
    /// How many valid lines repeated an address seen before (merged into it).
    pub merged: usize,
    /// The header row as typed, when the list is CSV with one (lines sent back to be
    /// fixed go under it again).
    pub header: Option<String>,
}

/// An invitee as stored: one address of a poll's invitation list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitee {
    /// Id (shown in the admin page's forms and the API).
    pub id: InviteeId,
    /// Display name, if the list gave one.
    pub name: Option<String>,
    /// The address invitations and reminders go to.
    pub email: EmailAddress,
    /// Organisation or group (`DC on Environment`), if given.
    pub affiliation: Option<String>,
    /// Their zone, if the list gave one (mail and reminders are timed in it).
    pub timezone: Option<TimeZoneId>,
    /// Marked by the organizer as someone the meeting needs (a co-chair).
    pub required: bool,
    /// Their answer, once they have answered (through their link, or the public link
    /// with the same address).
    pub response_id: Option<ResponseId>,
    /// When the invitation was queued (UTC instant); `None` until it is sent (a list
    /// copied from an earlier poll waits for the organizer).
    pub invited_at: Option<DateTime<Utc>>,
    /// When the last reminder was queued (UTC instant).
    pub reminded_at: Option<DateTime<Utc>>,
    /// When the automatic reminder was queued (UTC instant): it goes once.
    pub auto_reminded_at: Option<DateTime<Utc>>,
    /// When they were added (UTC instant).
    pub created_at: DateTime<Utc>,
}

impl Invitee {
    /// The name to greet them with: their name, else their address.
    pub fn display_name(&self) -> &str {
        self.name.as_deref().unwrap_or(self.email.as_str())
    }

    /// The last message sent to them, invitation or reminder (UTC instant).
    pub fn last_mailed_at(&self) -> Option<DateTime<Utc>> {
        self.invited_at.max(self.reminded_at)
    }

    /// Whether a reminder may go to them at `now`: invited, not answered, and mailed
    /// nothing for at least [`REMINDER_GAP_HOURS`] hours.
    pub fn may_be_reminded(&self, now: DateTime<Utc>) -> bool {
        self.response_id.is_none()
            && self.invited_at.is_some()
            && self
                .last_mailed_at()
                .is_none_or(|t| now - t >= Duration::hours(REMINDER_GAP_HOURS))
    }
}

/// Least time between two messages to one invitee, in hours (the invitation counts):
/// at most one reminder a day, whatever the organizer clicks.
pub const REMINDER_GAP_HOURS: i64 = 24;

/// A column of a list with a header row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Name,
    Email,
    Affiliation,
    TimeZone,
}

fn column_named(header: &str) -> Option<Column> {
    let h: String = header
        .trim()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    match h.as_str() {
        "name" | "fullname" | "displayname" => Some(Column::Name),
        "email" | "emailaddress" | "mail" | "address" => Some(Column::Email),
        "affiliation" | "organisation" | "organization" | "coalition" | "group" => {
            Some(Column::Affiliation)
        }
        "timezone" | "zone" | "tz" => Some(Column::TimeZone),
        _ => None,
    }
}

/// The separator of a line's columns: tab (a spreadsheet copy), else semicolon, else comma.
fn delimiter_of(line: &str) -> u8 {
    if line.contains('\t') {
        b'\t'
    } else if line.contains(';') && !line.contains(',') {
        b';'
    } else {
        b','
    }
}

/// Reads a pasted list (or an uploaded CSV file's text). Never fails: what cannot be
/// used is in [`InviteeList::errors`]. Line breaks may be LF, CRLF or CR.
pub fn parse_invitee_list(text: &str) -> InviteeList {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut list = Builder::default();
    let first = text.lines().enumerate().find(|(_, l)| !l.trim().is_empty());
    if let Some((index, line)) = first {
        let delimiter = delimiter_of(line);
        let columns: Option<Vec<Column>> = split_columns(line, delimiter)
            .iter()
            .map(|h| column_named(h))
            .collect();
        if let Some(columns) = columns.filter(|c| c.contains(&Column::Email)) {
            read_csv(&text, index, delimiter, &columns, &mut list);
            return list.finish();
        }
    }
    for (index, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        read_line(index + 1, line, &mut list);
    }
    list.finish()
}

/// A list with a header row at 0-based line `header`: one record per row.
fn read_csv(text: &str, header: usize, delimiter: u8, columns: &[Column], list: &mut Builder) {
    let body: String = text.lines().skip(header + 1).collect::<Vec<_>>().join("\n");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(body.as_bytes());
    let mut record = csv::StringRecord::new();
    list.list.header = text.lines().nth(header).map(|h| h.trim().to_owned());
    loop {
        // The record's first line, 1-based, in the whole text.
        let line = header + 2 + usize::try_from(reader.position().line()).unwrap_or(1) - 1;
        let start = usize::try_from(reader.position().byte()).unwrap_or(0);
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                // The record as typed (quotes, line breaks inside quotes and all), so
                // that it can be fixed and read again under the same header.
                let end = usize::try_from(reader.position().byte()).unwrap_or(body.len());
                let raw = body
                    .get(start..end.min(body.len()))
                    .unwrap_or_default()
                    .trim_end_matches(['\n', '\r'])
                    .to_owned();
                if record.iter().all(|f| f.trim().is_empty()) {
                    continue;
                }
                if record.len() > columns.len()
                    && record
                        .iter()
                        .skip(columns.len())
                        .any(|f| !f.trim().is_empty())
                {
                    list.error(line, &raw, InviteeLineError::Unreadable);
                    continue;
                }
                let field = |c: Column| {
                    columns
                        .iter()
                        .position(|x| *x == c)
                        .and_then(|i| record.get(i))
                        .unwrap_or("")
                };
                list.add(
                    line,
                    &raw,
                    field(Column::Name),
                    field(Column::Email),
                    field(Column::Affiliation),
                    field(Column::TimeZone),
                );
            }
            Err(_) => {
                list.error(line, "", InviteeLineError::Unreadable);
                break;
            }
        }
    }
}

/// The columns of one line, with CSV quoting (`"Silva, Ana", ana@example.org`).
fn split_columns(line: &str, delimiter: u8) -> Vec<String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .delimiter(delimiter)
        .from_reader(line.as_bytes());
    let mut record = csv::StringRecord::new();
    match reader.read_record(&mut record) {
        Ok(true) => record.iter().map(str::to_owned).collect(),
        _ => vec![line.to_owned()],
    }
}

/// Splits at `delimiter` where it is neither inside double quotes nor inside `<…>`
/// (`"Okafor, Chidi" <chidi@x.net>, Bo <bo@y.com>` is two mailboxes), trimming each part.
fn split_outside_mailboxes(line: &str, delimiter: char) -> Vec<String> {
    let mut parts = Vec::new();
    let (mut quoted, mut angled) = (false, false);
    let mut current = String::new();
    for c in line.chars() {
        match c {
            '"' if !angled => quoted = !quoted,
            '<' if !quoted => angled = true,
            '>' if !quoted => angled = false,
            c if c == delimiter && !quoted && !angled => {
                parts.push(current.trim().to_owned());
                current.clear();
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    parts.push(current.trim().to_owned());
    parts
}

/// One line without a header row.
fn read_line(line: usize, raw: &str, list: &mut Builder) {
    // The commas and semicolon of Chinese and Arabic keyboards separate columns too (a
    // quoted CSV field keeps them: this is the path of lines without a header).
    let normalized = raw
        .replace(['\u{FF0C}', '\u{060C}'], ",")
        .replace('\u{FF1B}', ";");
    let text = normalized.as_str();
    let delimiter = delimiter_of(text);
    let columns = if text.contains('<') {
        split_outside_mailboxes(text, char::from(delimiter))
    } else {
        split_columns(text, delimiter)
    };
    // `Ana <ana@x.org>, Bo <bo@y.org>` or `ana@x.org, bo@y.org`: several people.
    if columns.len() > 1 && columns.iter().all(|c| c.contains('@')) {
        // All or nothing: a line refused for one of its people changes nobody (not even
        // the details of someone already on the list).
        let mut scratch = Builder::default();
        for column in &columns {
            read_person(line, raw, column, "", &mut scratch);
        }
        if let Some(first) = scratch.list.errors.into_iter().next() {
            list.error(line, raw, first.error);
            return;
        }
        for column in &columns {
            read_person(line, raw, column, "", list);
        }
        return;
    }
    if columns.len() > 1 {
        let Some(at) = columns.iter().position(|c| c.contains('@')) else {
            list.error(line, raw, InviteeLineError::NoAddress);
            return;
        };
        let others: Vec<&str> = columns
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != at)
            .map(|(_, c)| c.as_str())
            .collect();
        let (mailbox_name, email) = mailbox(&columns[at]);
        // `Ana <ana@x.org>, DC on Environment`: the name is in the mailbox, so the other
        // columns start at the affiliation.
        let named = if mailbox_name.is_empty() { 0 } else { 1 };
        let column = |i: usize| others.get(i.wrapping_sub(named)).copied().unwrap_or("");
        let name = if named == 1 { mailbox_name } else { column(0) };
        if others.len() + named > 3 && others[3 - named..].iter().any(|c| !c.is_empty()) {
            list.error(line, raw, InviteeLineError::Unreadable);
            return;
        }
        list.add(line, raw, name, email, column(1), column(2));
        return;
    }
    read_person(line, raw, text, "", list);
}

/// One person written as `Name <email>`, `"Name" <email>`, `Name email` or `email`.
fn read_person(line: usize, raw: &str, person: &str, affiliation: &str, list: &mut Builder) {
    let person = person.trim();
    if person.contains('<') {
        let (name, email) = mailbox(person);
        list.add(line, raw, name, email, affiliation, "");
    } else if let Some((name, email)) = person.rsplit_once(char::is_whitespace) {
        if email.contains('@') {
            list.add(line, raw, name, email, affiliation, "");
        } else {
            list.error(line, raw, InviteeLineError::NoAddress);
        }
    } else if person.contains('@') {
        list.add(line, raw, "", person, affiliation, "");
    } else {
        list.error(line, raw, InviteeLineError::NoAddress);
    }
}

/// Splits `"Name" <email>` into name (quotes removed) and address.
fn mailbox(text: &str) -> (&str, &str) {
    match (text.find('<'), text.rfind('>')) {
        (Some(open), Some(close)) if open < close => {
            let name = text[..open].trim().trim_matches('"').trim();
            (name, text[open + 1..close].trim())
        }
        _ => ("", text),
    }
}

/// Collects people and errors, merging repeated addresses.
#[derive(Default)]
struct Builder {
    list: InviteeList,
    /// Lower-cased address → index in `list.invitees`.
    seen: HashMap<String, usize>,
}

impl Builder {
    fn error(&mut self, line: usize, text: &str, error: InviteeLineError) {
        self.list.errors.push(LineError {
            line,
            text: text.trim().to_owned(),
            error,
        });
    }

    fn add(
        &mut self,
        line: usize,
        raw: &str,
        name: &str,
        email: &str,
        affiliation: &str,
        zone: &str,
    ) {
        match validate(line, name, email, affiliation, zone) {
            Err(e) => self.error(line, raw, e),
            Ok(person) => {
                let key = person.email.as_str().to_lowercase();
                match self.seen.get(&key) {
                    Some(&i) => {
                        let kept = &mut self.list.invitees[i];
                        kept.name = kept.name.take().or(person.name);
                        kept.affiliation = kept.affiliation.take().or(person.affiliation);
                        kept.timezone = kept.timezone.or(person.timezone);
                        self.list.merged += 1;
                    }
                    None => {
                        self.seen.insert(key, self.list.invitees.len());
                        self.list.invitees.push(person);
                    }
                }
            }
        }
    }

    fn finish(self) -> InviteeList {
        self.list
    }
}

fn validate(
    line: usize,
    name: &str,
    email: &str,
    affiliation: &str,
    zone: &str,
) -> Result<InviteeDraft, InviteeLineError> {
    if email.trim().is_empty() {
        return Err(InviteeLineError::NoAddress);
    }
    let email = EmailAddress::parse(email).map_err(InviteeLineError::Text)?;
    let name = optional_line(name, "label-name", NAME_MAX).map_err(InviteeLineError::Text)?;
    let affiliation = optional_line(affiliation, "label-affiliation", AFFILIATION_MAX)
        .map_err(InviteeLineError::Text)?;
    let timezone = if zone.trim().is_empty() {
        None
    } else {
        Some(
            zone.parse::<TimeZoneId>()
                .map_err(InviteeLineError::TimeZone)?,
        )
    };
    Ok(InviteeDraft {
        line,
        name,
        email,
        affiliation,
        timezone,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Name, address, affiliation, zone.
    type Person<'a> = (Option<&'a str>, &'a str, Option<&'a str>, Option<&'a str>);

    fn emails(list: &InviteeList) -> Vec<&str> {
        list.invitees.iter().map(|i| i.email.as_str()).collect()
    }

    #[test]
    fn every_pasted_form_of_a_person_is_read() {
        let list = parse_invitee_list(
            "Ana Silva <ana@example.org>\n\
             \"Okafor, Chidi\" <chidi@example.net>\n\
             bo@example.com\n\
             Mele Tupou, mele@example.to, DC on Environment\n\
             Jan Novák;jan@example.cz;DC on Accessibility;Europe/Prague\n\
             Aroha Ngata\taroha@example.nz\tDC on Youth\tPacific/Auckland\n\
             Priya Raman priya@example.in\n",
        );
        assert_eq!(list.errors, vec![]);
        let people: Vec<Person<'_>> = list
            .invitees
            .iter()
            .map(|i| {
                (
                    i.name.as_deref(),
                    i.email.as_str(),
                    i.affiliation.as_deref(),
                    i.timezone.map(|z| z.name()),
                )
            })
            .collect();
        assert_eq!(
            people,
            vec![
                (Some("Ana Silva"), "ana@example.org", None, None),
                (Some("Okafor, Chidi"), "chidi@example.net", None, None),
                (None, "bo@example.com", None, None),
                (
                    Some("Mele Tupou"),
                    "mele@example.to",
                    Some("DC on Environment"),
                    None
                ),
                (
                    Some("Jan Novák"),
                    "jan@example.cz",
                    Some("DC on Accessibility"),
                    Some("Europe/Prague")
                ),
                (
                    Some("Aroha Ngata"),
                    "aroha@example.nz",
                    Some("DC on Youth"),
                    Some("Pacific/Auckland")
                ),
                (Some("Priya Raman"), "priya@example.in", None, None),
            ]
        );
        assert_eq!(
            list.invitees.iter().map(|i| i.line).collect::<Vec<_>>(),
            vec![1, 2, 3, 4, 5, 6, 7]
        );
    }

    #[test]
    fn a_to_field_with_several_people_on_one_line_gives_each_of_them() {
        let list = parse_invitee_list(
            "Ana Silva <ana@example.org>, \"Okafor, Chidi\" <chidi@example.net>, bo@example.com",
        );
        assert_eq!(list.errors, vec![]);
        assert_eq!(
            emails(&list),
            vec!["ana@example.org", "chidi@example.net", "bo@example.com"]
        );
        assert_eq!(list.invitees[1].name.as_deref(), Some("Okafor, Chidi"));
    }

    #[test]
    fn a_mailbox_followed_by_columns_takes_them_as_affiliation_and_zone() {
        let list =
            parse_invitee_list("Ana Silva <ana@example.org>, DC on Gender, america/sao_paulo");
        assert_eq!(list.errors, vec![]);
        let ana = &list.invitees[0];
        assert_eq!(ana.name.as_deref(), Some("Ana Silva"));
        assert_eq!(ana.affiliation.as_deref(), Some("DC on Gender"));
        assert_eq!(ana.timezone.map(|z| z.name()), Some("America/Sao_Paulo"));
    }

    #[test]
    fn a_csv_with_a_header_is_read_by_column_name_with_quotes_and_line_numbers() {
        let list = parse_invitee_list(
            "\n\
             Email,Time zone,Name,Affiliation\n\
             ana@example.org,Asia/Kathmandu,\"Silva, Ana\",\"DC on \"\"Core\"\" Values\"\n\
             not-an-address,UTC,Bad Row,\n\
             bo@example.com,,Bo,\n\
             ,,,\n\
             cy@example.com,Mars/Olympus,Cy,\n",
        );
        assert_eq!(emails(&list), vec!["ana@example.org", "bo@example.com"]);
        let ana = &list.invitees[0];
        assert_eq!(ana.line, 3);
        assert_eq!(ana.name.as_deref(), Some("Silva, Ana"));
        assert_eq!(ana.affiliation.as_deref(), Some("DC on \"Core\" Values"));
        assert_eq!(ana.timezone.map(|z| z.name()), Some("Asia/Kathmandu"));
        assert_eq!(list.invitees[1].line, 5);
        let bad: Vec<(usize, &InviteeLineError)> =
            list.errors.iter().map(|e| (e.line, &e.error)).collect();
        assert_eq!(
            bad,
            vec![
                (
                    4,
                    &InviteeLineError::Text(TextError::Email("not-an-address".into()))
                ),
                (
                    7,
                    &InviteeLineError::TimeZone(UnknownTimeZone("Mars/Olympus".into()))
                ),
            ]
        );
    }

    #[test]
    fn a_name_with_a_line_break_inside_quotes_is_refused_not_split() {
        let list = parse_invitee_list(
            "name,email\n\"Ana\nBcc: victim@example.net\",ana@example.org\nBo,bo@example.com\n",
        );
        assert_eq!(emails(&list), vec!["bo@example.com"]);
        assert_eq!(
            list.invitees[0].line, 4,
            "line numbers count the quoted break"
        );
        assert_eq!(list.errors.len(), 1);
        assert_eq!(list.errors[0].line, 2);
        assert_eq!(
            list.errors[0].error,
            InviteeLineError::Text(TextError::Control {
                what: "label-name",
                code: 0x0A
            })
        );
    }

    #[test]
    fn repeated_addresses_are_merged_whatever_their_letter_case_keeping_the_first_details() {
        let list = parse_invitee_list(
            "ana@example.org\n\
             Ana Silva <ANA@Example.org>\n\
             Ana S., ana@example.ORG, DC on Youth\n\
             bo@example.com\n",
        );
        assert_eq!(list.errors, vec![]);
        assert_eq!(emails(&list), vec!["ana@example.org", "bo@example.com"]);
        assert_eq!(list.merged, 2);
        let ana = &list.invitees[0];
        assert_eq!(ana.line, 1);
        assert_eq!(
            ana.name.as_deref(),
            Some("Ana Silva"),
            "the first name given"
        );
        assert_eq!(ana.affiliation.as_deref(), Some("DC on Youth"));
    }

    #[test]
    fn bad_lines_come_back_with_their_number_text_and_reason_and_good_ones_are_kept() {
        let list = parse_invitee_list(
            "Ana Silva <ana@example.org>\n\
             just a name\n\
             # a comment line\n\
             Zoë Ωmega <zoe@example.gr>\n\
             Bo <bo@@example.com>\n\
             a, b@example.com, c, d, e\n",
        );
        assert_eq!(emails(&list), vec!["ana@example.org", "zoe@example.gr"]);
        assert_eq!(list.invitees[1].name.as_deref(), Some("Zoë Ωmega"));
        let bad: Vec<(usize, &str, &InviteeLineError)> = list
            .errors
            .iter()
            .map(|e| (e.line, e.text.as_str(), &e.error))
            .collect();
        assert_eq!(
            bad,
            vec![
                (2, "just a name", &InviteeLineError::NoAddress),
                (
                    5,
                    "Bo <bo@@example.com>",
                    &InviteeLineError::Text(TextError::Email("bo@@example.com".into()))
                ),
                (
                    6,
                    "a, b@example.com, c, d, e",
                    &InviteeLineError::Unreadable
                ),
            ]
        );
    }

    #[test]
    fn a_line_refused_for_one_of_its_people_adds_none_of_them() {
        let list = parse_invitee_list("Yan <yan@example.org>, Q <q@example.org>; R <r@nope>");
        assert!(list.invitees.is_empty(), "{:?}", list.invitees);
        assert_eq!(list.errors.len(), 1);
        assert_eq!(list.errors[0].line, 1);
    }

    #[test]
    fn a_refused_csv_record_comes_back_as_typed_under_its_header() {
        let text = "email,name,affiliation\n\
                    ,Teariki Marsters,\"DC on SIDS, Pacific\"\n\
                    ok@example.org,Ok,\n\
                    x@example.org,\"Line\nBreak\",\n";
        let list = parse_invitee_list(text);
        assert_eq!(list.header.as_deref(), Some("email,name,affiliation"));
        let texts: Vec<&str> = list.errors.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                ",Teariki Marsters,\"DC on SIDS, Pacific\"",
                "x@example.org,\"Line\nBreak\","
            ]
        );
        // Fixed and pasted again under the header, the first one is read.
        let again = parse_invitee_list(&format!(
            "{}\nteariki@example.org{}",
            list.header.unwrap_or_default(),
            texts[0]
        ));
        assert_eq!(again.errors, vec![]);
        assert_eq!(
            again.invitees[0].affiliation.as_deref(),
            Some("DC on SIDS, Pacific")
        );
    }

    #[test]
    fn chinese_and_arabic_commas_separate_columns_too() {
        let list = parse_invitee_list(
            "王芳，wang@example.org，数字权利联盟\nوفاء الحسيني، wafa@example.org، DC on Gender",
        );
        assert!(list.errors.is_empty(), "{:?}", list.errors);
        let read: Vec<_> = list
            .invitees
            .iter()
            .map(|i| {
                (
                    i.name.clone(),
                    i.email.as_str().to_owned(),
                    i.affiliation.clone(),
                )
            })
            .collect();
        assert_eq!(
            read,
            vec![
                (
                    Some("王芳".into()),
                    "wang@example.org".into(),
                    Some("数字权利联盟".into())
                ),
                (
                    Some("وفاء الحسيني".into()),
                    "wafa@example.org".into(),
                    Some("DC on Gender".into())
                ),
            ]
        );
    }

    #[test]
    fn windows_and_old_mac_line_breaks_count_as_lines() {
        let list = parse_invitee_list("ana@example.org\r\nbo@example.com\rcy@example.com");
        assert_eq!(
            list.invitees.iter().map(|i| i.line).collect::<Vec<_>>(),
            vec![1, 2, 3]
        );
    }
}

//! The answers of a poll as a CSV file (RFC 4180), written with the `csv` crate: UTF-8,
//! records ended by CRLF, a field quoted when it holds a comma, a double quote (doubled
//! inside), a line break or a leading or trailing space, and a header record.
//!
//! One record per response: name, affiliation, zone (IANA id), when they last answered
//! (UTC, RFC 3339 / ISO 8601), optionally their address, then one field per slot —
//! `yes`, `if need be` or `no` in the file's language, and an empty field when they
//! gave no answer for that slot (a slot added after they answered), which is not a
//! `no`. A poll of kind *availability* has one field per cell of its grid instead:
//! `yes` or `if need be` where they marked themselves free, empty where they did not.
//!
//! Free text (name, affiliation, address) that a spreadsheet would run as a formula —
//! starting with `=`, `+`, `-`, `@`, a tab or a carriage return — gets a leading `'`
//! (OWASP's advice on CSV injection); the pages still show it as typed.

use crate::domain::time::DayText;
use crate::domain::{Poll, PollKind, Response, Vote};
use crate::i18n::Language;

use super::slot_label;

/// Why the CSV file could not be written (never, in memory: kept apart rather than
/// hidden behind an `unwrap`).
#[derive(Debug, thiserror::Error)]
pub enum CsvExportError {
    /// The `csv` writer failed.
    #[error("writing the CSV failed: {0}")]
    Write(#[from] csv::Error),
    /// The written bytes could not be taken back from the writer.
    #[error("finishing the CSV failed: {0}")]
    Finish(String),
    /// A stored grid answer does not fit the poll's grid.
    #[error("a stored answer does not fit the grid: {0}")]
    Corrupt(String),
}

/// `text` as a spreadsheet will show it and never run it: a leading `'` when it starts
/// with `=`, `+`, `-`, `@`, a tab or a carriage return.
pub fn spreadsheet_safe(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// One vote in the file's words (`yes`, `if need be`, `no` in English).
fn vote_word(vote: Vote, lang: Language) -> String {
    lang.t(match vote {
        Vote::Yes => "export-csv-yes",
        Vote::IfNeedBe => "export-csv-if-need-be",
        Vote::No => "export-csv-no",
    })
}

/// The UTF-8 byte order mark (U+FEFF) the file starts with.
pub const UTF8_BOM: &[u8] = "\u{feff}".as_bytes();

/// The answers of `poll` as CSV bytes (RFC 4180: UTF-8 after a byte order mark, CRLF
/// record ends, header first): a record per response in `responses`' order, `emails` adding each
/// person's address (empty when they gave none); header words, slot labels
/// ([`slot_label`], in the poll's zone with UTC) and vote words in `lang`.
///
/// # Errors
/// [`CsvExportError`] when the writer fails or a stored grid answer is corrupt.
pub fn answers_csv(
    poll: &Poll,
    responses: &[Response],
    emails: bool,
    lang: Language,
) -> Result<Vec<u8>, CsvExportError> {
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Necessary)
        // A UTF-8 byte order mark first: without it Excel reads the file as the
        // system's legacy code page and garbles every accent and emoji; CSV readers
        // (the `csv` crate, Python's `utf-8-sig`, LibreOffice, Google Sheets) skip it.
        .from_writer(UTF8_BOM.to_vec());
    let cells = poll.grid.as_ref().map(|g| g.cells());
    let columns: Vec<String> = match &cells {
        Some(cells) => cells
            .iter()
            .map(|c| slot_label(*c, poll.timezone, lang))
            .collect(),
        None if poll.kind == PollKind::Dates => poll
            .slots
            .iter()
            .map(|s| DayText::new(s.day(), lang).long)
            .collect(),
        None => poll
            .slots
            .iter()
            .map(|s| slot_label(s.start_at, poll.timezone, lang))
            .collect(),
    };
    let mut header = vec![
        lang.t("export-csv-name"),
        lang.t("export-csv-affiliation"),
        lang.t("export-csv-zone"),
        lang.t("export-csv-answered-at"),
    ];
    if emails {
        header.push(lang.t("export-csv-email"));
    }
    header.extend(columns);
    out.write_record(&header)?;
    for r in responses {
        let mut record = vec![
            spreadsheet_safe(&r.name),
            spreadsheet_safe(r.affiliation.as_deref().unwrap_or_default()),
            r.timezone.name().to_owned(),
            crate::domain::time::rfc3339_utc(r.updated_at),
        ];
        if emails {
            record.push(spreadsheet_safe(
                r.email.as_ref().map(|e| e.as_str()).unwrap_or_default(),
            ));
        }
        match &cells {
            Some(cells) => {
                let marks = r
                    .availability(cells.len())
                    .map_err(|e| CsvExportError::Corrupt(format!("{e:?}")))?;
                record.extend(marks.0.iter().map(|v| match v {
                    Vote::No => String::new(),
                    v => vote_word(*v, lang),
                }));
            }
            None => record.extend(poll.slots.iter().map(|s| {
                r.votes
                    .get(&s.id)
                    .map(|v| vote_word(*v, lang))
                    .unwrap_or_default()
            })),
        }
        out.write_record(&record)?;
    }
    out.into_inner()
        .map_err(|e| CsvExportError::Finish(e.error().to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::text::EmailAddress;
    use crate::domain::{ResponseId, SlotId, TimeZoneId, TokenHash};

    use std::collections::HashMap;

    use crate::exports::fixtures::at;

    fn poll() -> Poll {
        crate::exports::fixtures::poll("Steering")
    }

    fn response(name: &str, affiliation: Option<&str>, votes: &[(&str, Vote)]) -> Response {
        Response {
            id: ResponseId::generate(),
            edit_token_hash: TokenHash(String::new()),
            name: name.into(),
            email: Some(EmailAddress::from_db("ana@example.org".into())),
            affiliation: affiliation.map(Into::into),
            timezone: "Asia/Kathmandu".parse().unwrap_or(TimeZoneId::UTC),
            votes: votes
                .iter()
                .map(|(s, v)| (SlotId::from_db((*s).into()), *v))
                .collect::<HashMap<_, _>>(),
            created_at: at(1),
            updated_at: at(2),
            language: Language::En,
            availability: None,
        }
    }

    #[test]
    fn formula_starters_get_a_quote_and_nothing_else_changes() {
        for (typed, expected) in [
            ("=1+1", "'=1+1"),
            ("+33 6 12", "'+33 6 12"),
            ("-x", "'-x"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tTab", "'\tTab"),
            ("\rCR", "'\rCR"),
            ("Ana = 1", "Ana = 1"),
            ("", ""),
        ] {
            assert_eq!(spreadsheet_safe(typed), expected);
        }
    }

    #[test]
    fn the_file_is_rfc_4180_and_reads_back_byte_for_byte() {
        let p = poll();
        // Line breaks, a tab and quotes cannot come through the forms, but the writer
        // must keep any text whole.
        let tricky = "Dupont, \"Jo\"\r\nline two 🎉 é";
        let responses = vec![
            response(
                tricky,
                Some("=HYPERLINK(\"x\")"),
                &[("SlotSlot01", Vote::Yes)],
            ),
            response(
                "\tTab",
                None,
                &[("SlotSlot01", Vote::No), ("SlotSlot02", Vote::IfNeedBe)],
            ),
        ];
        let bytes = answers_csv(&p, &responses, true, Language::En).unwrap_or_default();
        let text = String::from_utf8(bytes.clone()).unwrap_or_default();
        // Three records, each ended by CRLF; the embedded CRLF is inside quotes.
        assert!(text.ends_with("\r\n"));
        assert!(
            text.starts_with("\u{feff}Name,Affiliation,Time zone,Answered at (UTC),E-mail,Monday 22 March 2027 10:00 Europe/Zurich (09:00 UTC),Monday 22 March 2027 14:00 Europe/Zurich (13:00 UTC)\r\n"),
            "{text}"
        );
        assert!(
            text.contains("\"Dupont, \"\"Jo\"\"\r\nline two 🎉 é\""),
            "{text}"
        );
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .from_reader(bytes.as_slice());
        let rows: Vec<Vec<String>> = reader
            .records()
            .map(|r| {
                r.map(|r| r.iter().map(str::to_owned).collect())
                    .unwrap_or_default()
            })
            .collect();
        assert_eq!(
            rows,
            vec![
                vec![
                    tricky.to_owned(),
                    "'=HYPERLINK(\"x\")".to_owned(),
                    "Asia/Kathmandu".to_owned(),
                    "2027-03-22T02:00:00Z".to_owned(),
                    "ana@example.org".to_owned(),
                    "yes".to_owned(),
                    String::new(),
                ],
                vec![
                    "'\tTab".to_owned(),
                    String::new(),
                    "Asia/Kathmandu".to_owned(),
                    "2027-03-22T02:00:00Z".to_owned(),
                    "ana@example.org".to_owned(),
                    "no".to_owned(),
                    "if need be".to_owned(),
                ],
            ]
        );
    }

    #[test]
    fn an_availability_poll_has_a_column_per_cell_blank_where_not_free() {
        use crate::domain::grid::{Availability, GridSpec};
        let mut p = poll();
        let zone = p.timezone;
        // 22 March 2027, 09:00–11:00 in Zurich (UTC+1), hourly: cells 08:00Z and 09:00Z.
        p.kind = crate::domain::PollKind::Availability;
        p.slots.clear();
        p.grid = Some(GridSpec {
            from: chrono::NaiveDate::from_ymd_opt(2027, 3, 22).unwrap_or_default(),
            to: chrono::NaiveDate::from_ymd_opt(2027, 3, 22).unwrap_or_default(),
            zone,
            day_start_minutes: 9 * 60,
            day_end_minutes: 11 * 60,
            cell_minutes: 60,
            weekdays: crate::domain::grid::WEEKDAYS
                .iter()
                .map(|(d, _)| *d)
                .collect(),
        });
        let mut ana = response("Ana", None, &[]);
        ana.availability = Some(Availability(vec![Vote::Yes, Vote::IfNeedBe]).encode());
        let mut bo = response("Bo", None, &[]);
        bo.availability = Some(Availability(vec![Vote::No, Vote::Yes]).encode());
        let silent = response("Cy", None, &[]);
        let bytes = answers_csv(&p, &[ana, bo, silent], false, Language::En).unwrap_or_default();
        let text = String::from_utf8(bytes).unwrap_or_default();
        assert_eq!(
            text,
            "\u{feff}Name,Affiliation,Time zone,Answered at (UTC),\
             Monday 22 March 2027 09:00 Europe/Zurich (08:00 UTC),\
             Monday 22 March 2027 10:00 Europe/Zurich (09:00 UTC)\r\n\
             Ana,,Asia/Kathmandu,2027-03-22T02:00:00Z,yes,if need be\r\n\
             Bo,,Asia/Kathmandu,2027-03-22T02:00:00Z,,yes\r\n\
             Cy,,Asia/Kathmandu,2027-03-22T02:00:00Z,,\r\n"
        );
    }
}

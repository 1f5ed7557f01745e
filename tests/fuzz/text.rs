//! Text fields: every printable string is kept as typed (trimmed), every string with a
//! control character is refused naming it, and addresses the form accepts can be mailed.

use convene::domain::text::{long_text, one_line, optional_line, EmailAddress, TextError};
use proptest::prelude::*;

use crate::strategies::{any_text, human_text, mixed_text};

/// Characters a one-line field refuses: controls (C0, DEL, C1), the bidirectional
/// embeddings, overrides and isolates, and the Unicode line and paragraph separators.
fn refused_in_one_line(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        || matches!(c, '\u{2028}' | '\u{2029}')
}

/// Characters a long text refuses: the same, except line breaks (kept as LF) and tabs;
/// the Unicode separators are ordinary text there.
fn refused_in_long_text(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Printable text of any script, with the invisible characters that writing needs
/// (joiners in emoji sequences, direction marks), on one line, and no surrounding
/// spaces.
fn printable() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            6 => "[\\PC]",
            1 => prop::sample::select(&['\u{200D}', '\u{200C}', '\u{200E}', '\u{200F}', '\u{FE0F}', '\u{301}'][..])
                .prop_map(String::from),
            1 => human_text(1).prop_map(|t| t.replace('\t', " ")),
        ],
        1..30,
    )
    // Line and paragraph separators are printable but break a line: not in here.
    .prop_map(|v| v.concat().replace(['\u{2028}', '\u{2029}'], " ").trim().to_owned())
    .prop_filter("not blank", |t| !t.is_empty())
}

proptest! {
    #[test]
    fn a_one_line_field_keeps_exactly_the_printable_text(input in any_text(), max in 1usize..80) {
        let trimmed = input.trim();
        let expected = if trimmed.is_empty() {
            Err(TextError::Empty("label-title"))
        } else if let Some(c) = trimmed.chars().find(|c| refused_in_one_line(*c)) {
            Err(TextError::Control { what: "label-title", code: c as u32 })
        } else if trimmed.chars().count() > max {
            Err(TextError::TooLong { what: "label-title", len: trimmed.chars().count(), max })
        } else {
            Ok(trimmed.to_owned())
        };
        prop_assert_eq!(one_line(&input, "label-title", max), expected);
    }

    #[test]
    fn every_printable_string_of_any_script_is_accepted_unchanged(text in printable()) {
        prop_assert_eq!(one_line(&text, "label-your-name", 10_000), Ok(text.clone()));
        prop_assert_eq!(optional_line(&text, "label-location", 10_000), Ok(Some(text.clone())));
        prop_assert_eq!(long_text(&text, "label-description", 10_000), Ok(text));
    }

    #[test]
    fn a_line_break_or_control_anywhere_in_a_one_line_field_is_refused(
        before in human_text(2),
        hostile in prop::sample::select(crate::strategies::HOSTILE),
        after in human_text(2),
    ) {
        // In the middle, so that trimming cannot remove it.
        let input = format!("x{before}{hostile}{after}x");
        let result = one_line(&input, "label-your-name", 10_000);
        prop_assert!(
            matches!(result, Err(TextError::Control { .. })),
            "{:?} gave {:?}", input, result
        );
    }

    #[test]
    fn blank_optional_lines_are_none(spaces in "[ \t\u{3000}\u{a0}]{0,5}") {
        prop_assert_eq!(optional_line(&spaces, "label-location", 10), Ok(None));
    }

    #[test]
    fn a_long_text_keeps_line_breaks_as_lf_and_refuses_other_controls(
        input in mixed_text(8), max in 1usize..200
    ) {
        let normalised = input.replace("\r\n", "\n").replace('\r', "\n");
        let trimmed = normalised.trim();
        let expected = if let Some(c) = trimmed.chars().find(|c| refused_in_long_text(*c)) {
            Err(TextError::Control { what: "label-description", code: c as u32 })
        } else if trimmed.chars().count() > max {
            Err(TextError::TooLong {
                what: "label-description",
                len: trimmed.chars().count(),
                max,
            })
        } else {
            Ok(trimmed.to_owned())
        };
        let result = long_text(&input, "label-description", max);
        prop_assert_eq!(&result, &expected);
        if let Ok(text) = result {
            prop_assert!(!text.contains('\r'));
        }
    }

    #[test]
    fn an_address_the_form_accepts_can_be_mailed(
        input in prop_oneof![
            "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~\\-]{1,12}@[a-z0-9\\-]{1,10}\\.[a-z]{2,4}",
            "[\\PC]{1,8}@[\\PC]{1,8}\\.[\\PC]{1,4}",
            "\"[^\"]{0,8}\"@example\\.org",
            "[a-z]{1,5}@\\[[0-9.]{7,15}\\]",
            "[a-z]{1,5}@localhost",
            any_text(),
        ]
    ) {
        if let Ok(address) = EmailAddress::parse(&input) {
            let text = address.as_str();
            prop_assert_eq!(text, input.trim());
            prop_assert!(text.len() <= 254);
            prop_assert!(!text.chars().any(|c| c.is_control() || c.is_whitespace()));
            prop_assert!(
                text.parse::<lettre::Address>().is_ok(),
                "{:?} is accepted by the form but refused by the mail builder", text
            );
        }
    }
}

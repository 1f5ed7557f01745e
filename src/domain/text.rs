//! Validated text typed by people: titles, names, long texts and mail addresses.
//!
//! Every Unicode character a person can type is kept (accents, scripts, emoji sequences);
//! control characters are refused, except line breaks and tabs in long texts. CR LF and
//! lone CR become LF, so nothing typed can end up as an extra mail header or .ics line.

use std::fmt;

use crate::i18n::Message;

/// Why a piece of text was refused. `what` is the catalog key of the field's name as
/// used in a sentence (`label-title`: "The title").
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextError {
    /// Required but empty (after trimming spaces).
    Empty(&'static str),
    /// Longer than allowed, in characters.
    TooLong {
        /// The field's name (catalog key).
        what: &'static str,
        /// Its length in characters.
        len: usize,
        /// The limit in characters.
        max: usize,
    },
    /// Contains a control character (a line break in a one-line field, or similar).
    Control {
        /// The field's name (catalog key).
        what: &'static str,
        /// The offending character's code point.
        code: u32,
    },
    /// Not a mail address.
    Email(String),
}

impl From<TextError> for Message {
    fn from(e: TextError) -> Self {
        match e {
            TextError::Empty(what) => {
                Message::new("error-required").message("field", Message::new(what))
            }
            TextError::TooLong { what, len, max } => Message::new("error-too-long")
                .message("field", Message::new(what))
                .count("length", len)
                .count("max", max),
            TextError::Control { what, code } => Message::new("error-control")
                .message("field", Message::new(what))
                .text("code", format!("U+{code:04X}")),
            TextError::Email(value) => Message::new("error-email").text("value", value),
        }
    }
}

crate::localized_error!(TextError);

/// Characters that reorder the text around them (bidirectional embeddings, overrides and
/// isolates, U+202A–U+202E and U+2066–U+2069): they let a name or title display as
/// something else than it is (in a mail subject, say). Marks (U+200E, U+200F), which
/// right-to-left writing needs, are allowed.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The Unicode line and paragraph separators (U+2028, U+2029): line breaks, like CR and
/// LF, that a one-line field refuses (a long text keeps them as text).
fn is_line_separator(c: char) -> bool {
    matches!(c, '\u{2028}' | '\u{2029}')
}

/// Checks one-line text: trimmed, no control characters (C0, DEL, C1), no line or
/// paragraph separator, no bidirectional override; 1..=`max` characters.
///
/// # Errors
/// [`TextError`] naming `what`.
pub fn one_line(input: &str, what: &'static str, max: usize) -> Result<String, TextError> {
    let t = input.trim();
    if t.is_empty() {
        return Err(TextError::Empty(what));
    }
    if let Some(c) = t
        .chars()
        .find(|c| c.is_control() || is_bidi_control(*c) || is_line_separator(*c))
    {
        return Err(TextError::Control {
            what,
            code: c as u32,
        });
    }
    let len = t.chars().count();
    if len > max {
        return Err(TextError::TooLong { what, len, max });
    }
    Ok(t.to_owned())
}

/// Like [`one_line`], but empty input is `None`.
///
/// # Errors
/// As [`one_line`], except for emptiness.
pub fn optional_line(
    input: &str,
    what: &'static str,
    max: usize,
) -> Result<Option<String>, TextError> {
    if input.trim().is_empty() {
        Ok(None)
    } else {
        one_line(input, what, max).map(Some)
    }
}

/// Checks multi-line text (descriptions, comments): line breaks normalised to LF, tabs and
/// line breaks allowed, other control characters refused, at most `max` characters.
/// Empty input is an empty string.
///
/// # Errors
/// [`TextError::TooLong`] or [`TextError::Control`].
pub fn long_text(input: &str, what: &'static str, max: usize) -> Result<String, TextError> {
    let normalised = input.replace("\r\n", "\n").replace('\r', "\n");
    let t = normalised.trim();
    if let Some(c) = t
        .chars()
        .find(|c| (c.is_control() && *c != '\n' && *c != '\t') || is_bidi_control(*c))
    {
        return Err(TextError::Control {
            what,
            code: c as u32,
        });
    }
    let len = t.chars().count();
    if len > max {
        return Err(TextError::TooLong { what, len, max });
    }
    Ok(t.to_owned())
}

/// Whether a location is a web address to show as a link: an absolute `http://` or
/// `https://` URL (the scheme in any letter case) with a host, as the WHATWG URL parser
/// of the `url` crate reads it. Anything else (`javascript:`, `data:`, `mailto:`, a
/// relative `//host/path`, `http:host` without slashes, text around a URL) is shown as
/// text, never as a link.
pub fn is_web_link(location: &str) -> bool {
    let head: String = location
        .chars()
        .take(8)
        .collect::<String>()
        .to_ascii_lowercase();
    (head.starts_with("http://") || head.starts_with("https://"))
        && url::Url::parse(location)
            .is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.host_str().is_some())
}

/// A syntactically valid mail address (RFC 5322 `addr-spec`, checked by the
/// `email_address` crate), at most 254 characters, with no display name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailAddress(String);

impl EmailAddress {
    /// Parses an address typed in a form.
    ///
    /// # Errors
    /// [`TextError::Email`] with the text typed.
    pub fn parse(input: &str) -> Result<Self, TextError> {
        let t = input.trim();
        if t.is_empty() {
            return Err(TextError::Empty("label-email"));
        }
        let ok = t.len() <= 254
            && t.contains('@')
            && !t
                .chars()
                .any(|c| c.is_control() || c.is_whitespace() || c == '<' || c == '>')
            && email_address::EmailAddress::parse_with_options(
                t,
                email_address::Options::default().without_display_text(),
            )
            .is_ok()
            && t.rsplit('@')
                .next()
                .is_some_and(|domain| domain.contains('.') || domain == "localhost");
        if ok {
            Ok(Self(t.to_owned()))
        } else {
            Err(TextError::Email(input.to_owned()))
        }
    }

    /// Optional address: empty input is `None`.
    ///
    /// # Errors
    /// As [`EmailAddress::parse`].
    pub fn parse_optional(input: &str) -> Result<Option<Self>, TextError> {
        if input.trim().is_empty() {
            Ok(None)
        } else {
            Self::parse(input).map(Some)
        }
    }

    /// Wraps an address read from the database (trusted).
    pub fn from_db(text: String) -> Self {
        Self(text)
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The address with the local part shortened, for logs (`se…@example.org`).
    pub fn masked(&self) -> String {
        match self.0.split_once('@') {
            Some((local, domain)) => {
                let head: String = local.chars().take(2).collect();
                format!("{head}…@{domain}")
            }
            None => "…".into(),
        }
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_keep_every_script_but_refuse_line_breaks() {
        assert!(matches!(
            one_line("invoice\u{202E}fdp.exe", "Name", 100),
            Err(TextError::Control { code: 0x202E, .. })
        ));
        assert_eq!(
            one_line("مريم\u{200F} (Cairo)", "Name", 100).as_deref(),
            Ok("مريم\u{200F} (Cairo)")
        );
        assert_eq!(
            one_line("  Seán Ó Briain ", "Name", 100).as_deref(),
            Ok("Seán Ó Briain")
        );
        assert_eq!(
            one_line("Jovana Petrović 👩🏽‍💻", "Name", 100).as_deref(),
            Ok("Jovana Petrović 👩🏽‍💻")
        );
        assert!(matches!(
            one_line("Eve\r\nBcc: x@example.org", "Name", 100),
            Err(TextError::Control { code: 0x0D, .. })
        ));
        assert!(matches!(
            one_line("Eve\u{2028}Bcc: x@example.org", "Name", 100),
            Err(TextError::Control { code: 0x2028, .. })
        ));
        assert_eq!(
            long_text("one\u{2028}two", "Description", 100).as_deref(),
            Ok("one\u{2028}two")
        );
        assert!(matches!(
            one_line("   ", "Name", 100),
            Err(TextError::Empty("Name"))
        ));
        assert!(matches!(
            one_line(&"é".repeat(101), "Name", 100),
            Err(TextError::TooLong {
                len: 101,
                max: 100,
                ..
            })
        ));
    }

    #[test]
    fn only_http_and_https_locations_are_links() {
        for link in [
            "https://meet.example.org/x?a=b&c=d",
            "http://meet.example.org",
            "HTTPS://MEET.EXAMPLE.ORG/Room",
            "https://réunion.example/salle",
        ] {
            assert!(is_web_link(link), "{link}");
        }
        for text in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "file:///etc/passwd",
            "mailto:a@example.org",
            "//evil.example/x",
            "http:evil.example",
            "https://",
            "Room 4, https://meet.example.org",
            "",
        ] {
            assert!(!is_web_link(text), "{text}");
        }
    }

    #[test]
    fn long_text_normalises_line_breaks() {
        assert_eq!(
            long_text("a\r\nb\rc", "Description", 10).as_deref(),
            Ok("a\nb\nc")
        );
        assert!(long_text("bell\u{7}", "Description", 10).is_err());
    }

    #[test]
    fn email_addresses() {
        assert!(EmailAddress::parse("lena.hoffmann@example.org").is_ok());
        assert_eq!(
            EmailAddress::parse("  ").map_err(|e| e.to_string()),
            Err("An email address is required".into())
        );
        for bad in [
            "lena",
            "lena@",
            "@example.org",
            "a b@example.org",
            "x@example.org\r\nBcc: y@example.org",
            "Lena <l@example.org>",
        ] {
            assert!(EmailAddress::parse(bad).is_err(), "{bad} accepted");
        }
        assert_eq!(
            EmailAddress::parse("secretariat@example.org")
                .map(|e| e.masked())
                .ok()
                .as_deref(),
            Some("se…@example.org")
        );
    }
}

//! Ids and secret tokens from URLs and headers: only their exact shapes are accepted,
//! nothing panics, and no way of writing a secret link puts the token in the log.

use base64::Engine;
use convene::domain::ids::{CommentId, MessageId};
use convene::domain::{PollId, ResponseId, SecretToken, SlotId};
use convene::web::mask_secrets;
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, CONTROLS};
use proptest::prelude::*;

use crate::strategies::any_text;

/// Text shaped like an id or a token, or nearly: the right alphabet and lengths around
/// the right ones, with a stray character now and then.
fn id_like() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z0-9]{8,18}",
        "[A-Za-z0-9_-]{40,46}",
        "[A-Za-z0-9_\\-.~%/+=é ]{10,45}",
        any_text(),
    ]
}

proptest! {
    #[test]
    fn ids_are_accepted_exactly_in_their_shape(text in id_like()) {
        let shaped = |len: usize| text.len() == len && text.bytes().all(|b| b.is_ascii_alphanumeric());
        prop_assert_eq!(PollId::parse(&text).is_some(), shaped(12));
        prop_assert_eq!(SlotId::parse(&text).is_some(), shaped(10));
        prop_assert_eq!(ResponseId::parse(&text).is_some(), shaped(10));
        prop_assert_eq!(CommentId::parse(&text).is_some(), shaped(10));
        prop_assert_eq!(MessageId::parse(&text).is_some(), shaped(16));
        if let Some(id) = PollId::parse(&text) {
            prop_assert_eq!(id.as_str(), text.as_str());
        }
    }

    #[test]
    fn tokens_are_accepted_exactly_in_their_shape(text in id_like()) {
        let shaped = text.len() == 43
            && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        let token = SecretToken::parse(&text);
        prop_assert_eq!(token.is_some(), shaped);
        if let Some(token) = token {
            prop_assert_eq!(token.expose(), text.as_str());
            // Debug output never shows it (it could end up in a log).
            let shown = format!("{token:?}");
            prop_assert!(!shown.contains(&text[..8]));
        }
    }

    #[test]
    fn a_token_matches_only_its_own_hash(a in "[A-Za-z0-9_-]{43}", b in "[A-Za-z0-9_-]{43}") {
        let (ta, tb) = (SecretToken::parse(&a).expect("shaped"), SecretToken::parse(&b).expect("shaped"));
        prop_assert!(ta.matches(&ta.hash()));
        prop_assert_eq!(ta.matches(&tb.hash()), a == b);
        prop_assert_eq!(ta.hash().0.len(), 64);
    }
}

#[test]
fn generated_tokens_carry_256_random_bits_in_canonical_base64url() {
    let mut seen = std::collections::HashSet::new();
    for _ in 0..1000 {
        let token = SecretToken::generate();
        let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(token.expose())
            .expect("base64url");
        assert_eq!(bytes.len(), 32, "256 bits");
        assert_eq!(
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&bytes),
            token.expose()
        );
        assert!(SecretToken::parse(token.expose()).is_some());
        assert!(seen.insert(bytes), "a token came twice");
    }
}

/// Characters percent-encoded when a link is written by a careful (or odd) client.
const ODD: &AsciiSet = &CONTROLS.add(b' ').add(b'"').add(b'<').add(b'>').add(b'`');

/// `text` with the characters at the positions `which` says percent-encoded (`%41` for
/// `A`), as a browser or a mail program may rewrite a link.
fn percent_encode_some(text: &str, which: &[bool]) -> String {
    text.chars()
        .zip(which.iter().cycle())
        .map(|(c, encode)| {
            if *encode && c != '/' {
                let mut buf = [0u8; 4];
                c.encode_utf8(&mut buf)
                    .bytes()
                    .map(|b| format!("%{b:02X}"))
                    .collect::<String>()
            } else {
                c.to_string()
            }
        })
        .collect()
}

proptest! {
    #[test]
    fn no_spelling_of_a_secret_link_puts_the_token_in_the_log(
        token in "[A-Za-z0-9_-]{43}",
        kind in prop::sample::select(&["admin", "r", "i"][..]),
        rest in prop::sample::select(&["", "/", "/close", "/delete", "/slots/abcdefghij/delete", "/settings"][..]),
        around in prop::sample::select(&["", ".", ")", "%3E", "x", "%20", "'", ">"][..]),
        encode in prop::collection::vec(prop::bool::weighted(0.15), 1..50),
    ) {
        let path = format!("/p/QEhRwOzVvR4I/{kind}/{token}{around}{rest}");
        let written = percent_encode_some(&path, &encode);
        let masked = mask_secrets(&written);
        let decoded = percent_decode_str(&masked).decode_utf8_lossy().into_owned();
        prop_assert!(
            !decoded.contains(&token) && !masked.contains(&token),
            "{} is logged as {}", written, masked
        );
        prop_assert!(decoded.starts_with("/p/"), "{}", masked);
    }

    #[test]
    fn masking_keeps_paths_without_secrets_and_never_panics(path in prop_oneof![
        "(/[A-Za-z0-9._-]{0,20}){0,6}",
        any_text().prop_map(|t| utf8_percent_encode(&t, ODD).to_string()),
        any_text(),
    ]) {
        let masked = mask_secrets(&path);
        let has_secret = path.split('/').any(|segment| {
            let decoded = percent_decode_str(segment).decode_utf8_lossy().into_owned();
            matches!(decoded.as_str(), "admin" | "r" | "i")
                || decoded
                    .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                    .any(|run| run.len() >= 32)
        });
        if !has_secret {
            prop_assert_eq!(masked, path);
        }
    }
}

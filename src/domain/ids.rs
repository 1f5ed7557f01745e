//! Identifiers and secret tokens.
//!
//! Public ids (polls, slots, responses, comments) are short random strings, never counters.
//! Secret tokens (admin and edit links) carry 256 bits from the operating system's random
//! source; only their SHA-256 hash is stored, and comparison is constant-time.

use std::fmt;

use base64::Engine;
use rand::distr::{Alphanumeric, SampleString};
use rand::rngs::OsRng;
use rand::{RngCore, TryRngCore};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// A random alphanumeric string of `len` characters from the OS random source
/// (log2(62) ≈ 5.95 bits a character).
fn random_alphanumeric(len: usize) -> String {
    Alphanumeric.sample_string(&mut OsRng.unwrap_err(), len)
}

fn is_id(text: &str, len: usize) -> bool {
    text.len() == len && text.bytes().all(|b| b.is_ascii_alphanumeric())
}

macro_rules! public_id {
    ($(#[$doc:meta])* $name:ident, $len:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(String);

        impl $name {
            /// Length in characters.
            pub const LEN: usize = $len;

            /// A new random id.
            pub fn generate() -> Self {
                Self(random_alphanumeric(Self::LEN))
            }

            /// Parses an id from a URL or body; `None` when it cannot be one of ours
            /// (callers answer 404, as for an unknown id).
            pub fn parse(text: &str) -> Option<Self> {
                is_id(text, Self::LEN).then(|| Self(text.to_owned()))
            }

            /// Wraps an id read from the database (trusted).
            pub fn from_db(text: String) -> Self {
                Self(text)
            }

            /// The id as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

public_id!(
    /// A poll's public id: 12 random alphanumeric characters (≈ 71 bits).
    PollId,
    12
);
public_id!(
    /// A slot's id: 10 random alphanumeric characters.
    SlotId,
    10
);
public_id!(
    /// A response's id: 10 random alphanumeric characters.
    ResponseId,
    10
);
public_id!(
    /// A comment's id: 10 random alphanumeric characters.
    CommentId,
    10
);
public_id!(
    /// An invitee's id: 10 random alphanumeric characters.
    InviteeId,
    10
);
public_id!(
    /// An outbox message's id: 16 random alphanumeric characters.
    MessageId,
    16
);

/// A secret capability token (admin link, personal edit link): 32 random bytes from the
/// OS source, written as 43 characters of unpadded base64url. Never stored or logged;
/// the database keeps its [`TokenHash`].
#[derive(Clone, PartialEq, Eq)]
pub struct SecretToken(String);

/// Length of a token's text form.
const TOKEN_LEN: usize = 43;

impl SecretToken {
    /// A fresh token.
    pub fn generate() -> Self {
        let mut bytes = [0u8; 32];
        OsRng.unwrap_err().fill_bytes(&mut bytes);
        Self(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
    }

    /// Parses a token from a link or `Authorization` header; `None` when it is not
    /// shaped like one (callers answer 404).
    pub fn parse(text: &str) -> Option<Self> {
        (text.len() == TOKEN_LEN
            && text
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
        .then(|| Self(text.to_owned()))
    }

    /// The token's text, for building the link shown or mailed to its owner.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Its SHA-256 hash, the only form stored.
    pub fn hash(&self) -> TokenHash {
        let digest = Sha256::digest(self.0.as_bytes());
        TokenHash(digest.iter().map(|b| format!("{b:02x}")).collect())
    }

    /// Whether this token hashes to `stored`, compared in constant time.
    pub fn matches(&self, stored: &TokenHash) -> bool {
        self.hash().0.as_bytes().ct_eq(stored.0.as_bytes()).into()
    }
}

impl fmt::Debug for SecretToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretToken(…)")
    }
}

/// The stored form of a [`SecretToken`]: 64 lowercase hex characters of SHA-256.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenHash(pub String);

/// The token of a poll's calendar subscription feed (`/p/{id}/calendar/{token}.ics`):
/// 32 random bytes from the OS source, as 43 characters of unpadded base64url, like a
/// [`SecretToken`]. Unlike those it is stored as it is: the feed only shows what the
/// poll page shows (the chosen meeting) and can change nothing, and the pages show its
/// address again each time. It keeps the feed from being found from the poll id alone,
/// and the organizer replaces it to cut off old subscribers.
#[derive(Clone, PartialEq, Eq)]
pub struct FeedToken(String);

impl FeedToken {
    /// A fresh token.
    pub fn generate() -> Self {
        Self(SecretToken::generate().0)
    }

    /// Parses a token from a feed address; `None` when it is not shaped like one
    /// (callers answer 404).
    pub fn parse(text: &str) -> Option<Self> {
        SecretToken::parse(text).map(|t| Self(t.0))
    }

    /// Wraps a token read from the database (trusted).
    pub fn from_db(text: String) -> Self {
        Self(text)
    }

    /// The token's text (for the stored row and the feed address).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether two tokens are the same, compared in constant time.
    pub fn matches(&self, stored: &FeedToken) -> bool {
        self.0.as_bytes().ct_eq(stored.0.as_bytes()).into()
    }
}

impl fmt::Debug for FeedToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("FeedToken(…)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_distinct_and_verify_only_themselves() {
        let a = SecretToken::generate();
        let b = SecretToken::generate();
        assert_ne!(a.expose(), b.expose());
        assert_eq!(a.expose().len(), TOKEN_LEN);
        assert!(a.matches(&a.hash()));
        assert!(!a.matches(&b.hash()));
        assert!(SecretToken::parse(a.expose()).is_some());
    }

    #[test]
    fn malformed_tokens_and_ids_are_refused() {
        assert!(SecretToken::parse("short").is_none());
        assert!(SecretToken::parse(&"a".repeat(42)).is_none());
        assert!(SecretToken::parse(&format!("{}!", "a".repeat(42))).is_none());
        assert!(PollId::parse("abc").is_none());
        assert!(PollId::parse("abcdefghijk/").is_none());
        let id = PollId::generate();
        assert_eq!(PollId::parse(id.as_str()), Some(id));
    }
}

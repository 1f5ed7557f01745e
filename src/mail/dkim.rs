//! Optional DKIM signing of outgoing mail (RFC 6376), with lettre's signer.
//!
//! The settings are parsed into types that can only hold usable values: a
//! [`DkimSelector`] (the DNS label sequence of `selector._domainkey.domain`), a
//! [`DkimDomain`] (the `d=` domain, in ASCII) and a [`DkimKey`] (an RSA key of 1024 to
//! 4096 bits or an Ed25519 key, read from PEM). A [`DkimSigner`] made of the three signs
//! each message in [`super::Mailer`] before it is stored in the outbox, so the stored
//! text carries the `DKIM-Signature` and the worker sends it unchanged.

use std::fmt;
use std::path::Path;

use base64::Engine;
use lettre::message::dkim::{
    DkimCanonicalization, DkimCanonicalizationType, DkimConfig, DkimSigningAlgorithm,
    DkimSigningKey,
};
use lettre::message::header::HeaderName;
use lettre::Message;
use rsa::pkcs1::{DecodeRsaPrivateKey, EncodeRsaPrivateKey, LineEnding};
use rsa::pkcs8::DecodePrivateKey;
use rsa::traits::PublicKeyParts;
use rsa::RsaPrivateKey;
use zeroize::Zeroizing;

/// The headers every signature covers (the `h=` tag), in this order. A header a
/// message lacks is still listed, which signs its absence (RFC 6376 §5.4).
///
/// Not `Content-Type`: lettre writes a MIME message's top-level `Content-Type` with the
/// body, after the headers it signs, so its signer would name the header in `h=`
/// without hashing it and every verifier would refuse the signature. The body hash
/// (`bh=`) still covers the whole MIME structure below that header.
const SIGNED_HEADERS: [&str; 6] = [
    "From",
    "To",
    "Subject",
    "Date",
    "Message-ID",
    "MIME-Version",
];

/// RSA key sizes, in bits, that DKIM verifiers must accept (RFC 8301 §3.2): signers
/// must not use smaller keys, and larger ones may fail to verify.
const RSA_BITS: std::ops::RangeInclusive<usize> = 1024..=4096;

/// A value that cannot be used for DKIM signing.
#[derive(Debug, thiserror::Error)]
pub enum DkimError {
    /// The selector is not a sequence of DNS labels.
    #[error(
        "{0:?} is not a selector: dot-separated labels of letters, digits and inner hyphens, \
         each 1 to 63 characters (RFC 6376 §3.1)"
    )]
    Selector(String),
    /// The signing domain is not a domain name.
    #[error("{value:?} is not a domain name: {reason}")]
    Domain {
        /// The text given.
        value: String,
        /// Why it was refused.
        reason: String,
    },
    /// The key file cannot be read.
    #[error("{path} cannot be read: {error}")]
    KeyFile {
        /// The file.
        path: String,
        /// What the file system said.
        error: std::io::Error,
    },
    /// The file is not a private key Convene can sign with.
    #[error(
        "not an unencrypted PEM private key: RSA (PKCS #1 `BEGIN RSA PRIVATE KEY` or PKCS #8 \
         `BEGIN PRIVATE KEY`) or Ed25519 (PKCS #8)"
    )]
    NotAKey,
    /// An RSA key of a size DKIM verifiers need not accept.
    #[error("a {bits}-bit RSA key: DKIM needs 1024 to 4096 bits (RFC 8301), 2048 is usual")]
    RsaSize {
        /// The key's modulus size in bits.
        bits: usize,
    },
    /// lettre refused the key after it was read (not expected: it is handed over in
    /// the form lettre reads).
    #[error("the key cannot be used by the signer: {0}")]
    Signer(lettre::message::dkim::DkimSigningKeyError),
}

/// A DKIM selector: the first labels of the `<selector>._domainkey.<domain>` TXT record
/// that publishes the public key (`s=` tag), e.g. `convene` or `2027.mail`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DkimSelector(String);

impl DkimSelector {
    /// Parses a selector (RFC 6376 §3.1: `sub-domain *("." sub-domain)`, each label 1 to
    /// 63 letters, digits or hyphens, not starting or ending with a hyphen).
    ///
    /// # Errors
    /// [`DkimError::Selector`] for anything else (an empty text, underscores, spaces).
    pub fn parse(text: &str) -> Result<Self, DkimError> {
        let label_ok = |label: &str| {
            (1..=63).contains(&label.len())
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        };
        if text.split('.').all(label_ok) {
            Ok(DkimSelector(text.to_owned()))
        } else {
            Err(DkimError::Selector(text.to_owned()))
        }
    }

    /// The selector as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The signing domain (`d=` tag): a domain name in ASCII (IDNA A-labels), lower case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DkimDomain(String);

impl DkimDomain {
    /// Parses a domain name, turning an internationalized name into its A-label form
    /// (UTS #46, as browsers do) and a trailing dot away.
    ///
    /// # Errors
    /// [`DkimError::Domain`] for an empty text, an IP address or a name that is not a
    /// valid host name.
    pub fn parse(text: &str) -> Result<Self, DkimError> {
        let refuse = |reason: &str| DkimError::Domain {
            value: text.to_owned(),
            reason: reason.to_owned(),
        };
        let trimmed = text.strip_suffix('.').unwrap_or(text);
        if trimmed.is_empty() {
            return Err(refuse("it is empty"));
        }
        match url::Host::parse(trimmed) {
            Ok(url::Host::Domain(ascii)) => {
                if ascii.split('.').all(|l| {
                    !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                }) {
                    Ok(DkimDomain(ascii))
                } else {
                    Err(refuse("only letters, digits, hyphens and dots may be used"))
                }
            }
            Ok(url::Host::Ipv4(_) | url::Host::Ipv6(_)) => {
                Err(refuse("an IP address cannot publish a DKIM key"))
            }
            Err(e) => Err(refuse(&e.to_string())),
        }
    }

    /// The domain in ASCII.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether a `From` address at `from_domain` is covered by this signing domain for
    /// DMARC without help: the same domain, or a parent of it (`example.org` signs for
    /// `mail.example.org`). A sibling under the same organizational domain also passes
    /// DMARC's relaxed alignment, which this cannot tell without the public suffix list.
    pub fn covers(&self, from_domain: &DkimDomain) -> bool {
        from_domain.0 == self.0
            || from_domain
                .0
                .strip_suffix(&self.0)
                .is_some_and(|rest| rest.ends_with('.'))
    }
}

impl fmt::Display for DkimDomain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A private signing key, ready for lettre's signer. Its `Debug` shows only the kind and
/// size of the key.
pub struct DkimKey {
    key: DkimSigningKey,
    algorithm: DkimSigningAlgorithm,
    bits: usize,
}

impl fmt::Debug for DkimKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DkimKey({})", self.describe())
    }
}

impl DkimKey {
    /// Reads an unencrypted PEM private key from `path` (see [`DkimKey::from_pem`]).
    ///
    /// # Errors
    /// [`DkimError::KeyFile`] when the file cannot be read; otherwise as
    /// [`DkimKey::from_pem`].
    pub fn from_file(path: &Path) -> Result<Self, DkimError> {
        let pem = std::fs::read_to_string(path).map_err(|error| DkimError::KeyFile {
            path: path.display().to_string(),
            error,
        })?;
        let pem = Zeroizing::new(pem);
        Self::from_pem(&pem)
    }

    /// Reads an unencrypted PEM private key: RSA of 1024 to 4096 bits, as PKCS #8
    /// (`openssl genpkey -algorithm RSA`) or PKCS #1 (`openssl genrsa -traditional`), or
    /// Ed25519 as PKCS #8 (`openssl genpkey -algorithm ed25519`, RFC 8410). Signatures
    /// are `rsa-sha256` or `ed25519-sha256` (RFC 8463).
    ///
    /// # Errors
    /// [`DkimError::NotAKey`] for any other text (an encrypted key, a public key, a
    /// certificate); [`DkimError::RsaSize`] for an RSA key outside 1024 to 4096 bits.
    pub fn from_pem(pem: &str) -> Result<Self, DkimError> {
        let pem = pem.trim();
        let rsa =
            RsaPrivateKey::from_pkcs8_pem(pem).or_else(|_| RsaPrivateKey::from_pkcs1_pem(pem));
        if let Ok(rsa) = rsa {
            let bits = rsa.n().bits();
            if !RSA_BITS.contains(&bits) {
                return Err(DkimError::RsaSize { bits });
            }
            // lettre reads RSA keys as PKCS #1 PEM only.
            let pkcs1 = rsa
                .to_pkcs1_pem(LineEnding::LF)
                .map_err(|_| DkimError::NotAKey)?;
            return Ok(DkimKey {
                key: DkimSigningKey::new(&pkcs1, DkimSigningAlgorithm::Rsa)
                    .map_err(DkimError::Signer)?,
                algorithm: DkimSigningAlgorithm::Rsa,
                bits,
            });
        }
        if let Ok(ed25519) = ed25519_dalek::SigningKey::from_pkcs8_pem(pem) {
            // lettre reads Ed25519 keys as the base64 of the 32-byte seed.
            let seed = Zeroizing::new(ed25519.to_bytes());
            let encoded =
                Zeroizing::new(base64::engine::general_purpose::STANDARD.encode(seed.as_slice()));
            return Ok(DkimKey {
                key: DkimSigningKey::new(&encoded, DkimSigningAlgorithm::Ed25519)
                    .map_err(DkimError::Signer)?,
                algorithm: DkimSigningAlgorithm::Ed25519,
                bits: 256,
            });
        }
        Err(DkimError::NotAKey)
    }

    /// The signature algorithm (`a=` tag): `rsa-sha256` or `ed25519-sha256`.
    pub fn algorithm(&self) -> String {
        format!("{}-sha256", self.algorithm)
    }

    /// `rsa-sha256, 2048 bits` or `ed25519-sha256, 256 bits`: what a log may show.
    pub fn describe(&self) -> String {
        format!("{}, {} bits", self.algorithm(), self.bits)
    }
}

/// Signs messages for one domain with one key. Its `Debug` never shows the key.
pub struct DkimSigner {
    config: DkimConfig,
    selector: DkimSelector,
    domain: DkimDomain,
    key_description: String,
}

impl fmt::Debug for DkimSigner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DkimSigner")
            .field("selector", &self.selector.as_str())
            .field("domain", &self.domain.as_str())
            .field("key", &self.key_description)
            .finish()
    }
}

impl DkimSigner {
    /// A signer writing `d=<domain>; s=<selector>` signatures with `key`, relaxed
    /// canonicalization of headers and body (`c=relaxed/relaxed`, which survives the
    /// re-folding and white-space changes relays make), covering `From`, `To`,
    /// `Subject`, `Date`, `Message-ID` and `MIME-Version`.
    pub fn new(key: DkimKey, selector: DkimSelector, domain: DkimDomain) -> Self {
        let key_description = key.describe();
        let config = DkimConfig::new(
            selector.as_str().to_owned(),
            domain.as_str().to_owned(),
            key.key,
            SIGNED_HEADERS
                .iter()
                .map(|name| HeaderName::new_from_ascii_str(name))
                .collect(),
            DkimCanonicalization {
                header: DkimCanonicalizationType::Relaxed,
                body: DkimCanonicalizationType::Relaxed,
            },
        );
        DkimSigner {
            config,
            selector,
            domain,
            key_description,
        }
    }

    /// The selector (`s=`).
    pub fn selector(&self) -> &DkimSelector {
        &self.selector
    }

    /// The signing domain (`d=`).
    pub fn domain(&self) -> &DkimDomain {
        &self.domain
    }

    /// The key's algorithm and size, for the log (never the key).
    pub fn key_description(&self) -> &str {
        &self.key_description
    }

    /// Adds a `DKIM-Signature` header to `message` (timestamped now, `t=`). Any later
    /// change to a signed header or to the body makes the signature fail.
    pub fn sign(&self, message: &mut Message) {
        message.sign(&self.config);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selectors_are_dns_labels() {
        for good in ["convene", "2027", "mail-1.convene", "S1"] {
            assert!(DkimSelector::parse(good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "a..b",
            "-a",
            "a-",
            "a_b",
            "a b",
            "sel.",
            &"x".repeat(64),
        ] {
            assert!(
                matches!(DkimSelector::parse(bad), Err(DkimError::Selector(_))),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn domains_are_ascii_host_names_and_parents_cover_their_subdomains() {
        let parse = |s: &str| DkimDomain::parse(s).map(|d| d.as_str().to_owned());
        assert_eq!(parse("Example.ORG.").ok().as_deref(), Some("example.org"));
        assert_eq!(
            parse("bücher.example").ok().as_deref(),
            Some("xn--bcher-kva.example")
        );
        for bad in [
            "",
            "127.0.0.1",
            "[::1]",
            "a b.org",
            "a_b.org",
            "exa*mple.org",
        ] {
            assert!(
                matches!(DkimDomain::parse(bad), Err(DkimError::Domain { .. })),
                "{bad:?}"
            );
        }
        let d = |s: &str| DkimDomain::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"));
        assert!(d("example.org").covers(&d("example.org")));
        assert!(d("example.org").covers(&d("mail.example.org")));
        assert!(!d("mail.example.org").covers(&d("example.org")));
        assert!(!d("ample.org").covers(&d("example.org")));
    }

    #[test]
    fn text_that_is_not_a_private_key_is_refused() {
        for bad in [
            "",
            "hello",
            "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n-----END PUBLIC KEY-----\n",
        ] {
            assert!(matches!(DkimKey::from_pem(bad), Err(DkimError::NotAKey)), "{bad:?}");
        }
    }
}

//! Per-client rate limits on the requests that write: creating polls, answering,
//! commenting and inviting ([`Category`]), each with its own quota
//! ([`crate::config::RateQuota`]) and its own count per client, whether the request
//! comes through the pages or the JSON API. Reading is never limited.
//!
//! The counting is `actix-governor` (the generic cell rate algorithm of the `governor`
//! crate, in memory: with several instances, each counts its own requests). A client is
//! its address: the TCP peer, or the address your reverse proxy wrote in
//! `X-Forwarded-For` or `Forwarded` when told to trust it (see [`ClientKey`]); an IPv6
//! address counts by its /64 network, which one subscriber usually has whole.
//!
//! A request over the limit gets 429 with `Retry-After` (seconds, rounded up): a page in
//! the visitor's language (written again by [`crate::web::language`]) saying when to try
//! again and that what they typed is still in the form, or, under `/api/`, the JSON
//! error `rate_limited` (see [`crate::web::api::errors_as_json`]).

use std::convert::Infallible;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::sync::{Arc, Weak};
use std::time::Duration;

use actix_governor::governor::clock::{Clock, DefaultClock, QuantaInstant};
use actix_governor::governor::middleware::NoOpMiddleware;
use actix_governor::governor::state::keyed::DefaultKeyedStateStore;
use actix_governor::governor::{NotUntil, RateLimiter};
use actix_governor::{Governor, GovernorConfig, GovernorConfigBuilder, KeyExtractor};
use actix_web::dev::ServiceRequest;
use actix_web::http::Method;
use actix_web::middleware::Condition;
use actix_web::{HttpRequest, HttpResponse, HttpResponseBuilder};

use crate::config::{ClientIpSource, Config, ConfigError, RateQuota, Switch};
use crate::error::{error_page, ErrorPageKind};
use crate::i18n::Language;

/// What a limit counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    /// Creating polls (`POST /polls`, `POST /api/v1/polls`).
    Polls,
    /// Submitting and editing answers (page `POST`s, API `POST` and `PUT`).
    Answers,
    /// Commenting (`POST /p/{id}/comments`).
    Comments,
    /// Inviting people by mail (the invitations routes).
    Invitations,
    /// Asking the planner (`/planner` pages and `POST /api/v1/planner`), reading
    /// included: each plan costs up to a tenth of a second of one core.
    Planner,
}

impl Category {
    /// The name in logs (`polls`, `answers`, `comments`, `invitations`, `planner`).
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Polls => "polls",
            Category::Answers => "answers",
            Category::Comments => "comments",
            Category::Invitations => "invitations",
            Category::Planner => "planner",
        }
    }
}

/// Finds the client of a request (its key in the limits) and writes the 429 answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientKey {
    source: ClientIpSource,
    trusted_proxies: u8,
    category: Category,
}

impl ClientKey {
    /// The client address of `req`, reduced to what counts as one client: an IPv4
    /// address, or the /64 network of an IPv6 address (IPv4-mapped IPv6 is IPv4).
    ///
    /// With [`ClientIpSource::Peer`], the TCP peer. With a header, the address
    /// `trusted_proxies` places from the end of its list (each proxy appends the
    /// address it received the request from, so the entries further left were written
    /// by whoever sent the request and prove nothing); when the list is shorter, its
    /// first entry; when the header is missing or that entry is not an address
    /// (`unknown`, an obfuscated name), the peer.
    pub fn client_address(&self, req: &HttpRequest) -> IpAddr {
        let peer = req.peer_addr().map(|a| a.ip());
        let forwarded = match self.source {
            ClientIpSource::Peer => None,
            ClientIpSource::XForwardedFor => {
                let entries = header_list(req, "x-forwarded-for");
                pick(&entries, self.trusted_proxies).and_then(parse_node)
            }
            ClientIpSource::Forwarded => {
                let entries: Vec<String> = header_list(req, "forwarded")
                    .iter()
                    .filter_map(|element| forwarded_for(element))
                    .collect();
                pick(&entries, self.trusted_proxies).and_then(parse_node)
            }
        };
        client_network(
            forwarded
                .or(peer)
                .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED)),
        )
    }
}

/// Every comma-separated entry of every `name` header line, in order.
fn header_list(req: &HttpRequest, name: &str) -> Vec<String> {
    req.headers()
        .get_all(name)
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|e| e.trim().to_owned())
        .filter(|e| !e.is_empty())
        .collect()
}

/// The entry `from_end` places from the end (1 = the last), or the first when there are
/// fewer; `None` for an empty list.
fn pick(entries: &[String], from_end: u8) -> Option<&str> {
    let at = entries.len().saturating_sub(usize::from(from_end.max(1)));
    entries.get(at).map(String::as_str)
}

/// The `for=` value of one `Forwarded` element (`for=192.0.2.60;proto=https`), without
/// quotes; RFC 7239 §4 and §5.2.
fn forwarded_for(element: &str) -> Option<String> {
    element.split(';').find_map(|pair| {
        let (name, value) = pair.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("for")
            .then(|| value.trim().trim_matches('"').to_owned())
    })
}

/// An address written as a proxy writes it: `192.0.2.60`, `192.0.2.60:4711`,
/// `2001:db8::17`, `[2001:db8::17]` or `[2001:db8::17]:4711`; `None` for anything else
/// (`unknown`, `_hidden`).
fn parse_node(node: &str) -> Option<IpAddr> {
    let node = node.trim();
    if let Some(rest) = node.strip_prefix('[') {
        let (inside, _) = rest.split_once(']')?;
        return inside.parse::<Ipv6Addr>().ok().map(IpAddr::V6);
    }
    node.parse::<IpAddr>().ok().or_else(|| {
        node.parse::<std::net::SocketAddr>()
            .ok()
            .map(|socket| socket.ip())
    })
}

/// What counts as one client: the IPv4 address (also when written IPv4-mapped), or the
/// /64 network of an IPv6 address.
fn client_network(ip: IpAddr) -> IpAddr {
    match ip.to_canonical() {
        IpAddr::V6(v6) => {
            let mut octets = v6.octets();
            octets[8..].fill(0);
            IpAddr::V6(Ipv6Addr::from(octets))
        }
        v4 => v4,
    }
}

/// Whole seconds to wait, rounded up and at least 1 (`Retry-After`, RFC 9110 §10.2.3).
pub fn retry_after_secs(wait: Duration) -> u64 {
    let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
    secs.max(1)
}

impl KeyExtractor for ClientKey {
    type Key = IpAddr;
    type KeyExtractionError = Infallible;

    fn extract(&self, req: &ServiceRequest) -> Result<IpAddr, Infallible> {
        Ok(self.client_address(req.request()))
    }

    /// The 429 page (in English: the language middleware writes it again in the
    /// visitor's language, and the API scope turns it into JSON), with `Retry-After`.
    fn exceed_rate_limit_response(
        &self,
        negative: &NotUntil<QuantaInstant>,
        _response: HttpResponseBuilder,
    ) -> HttpResponse {
        let retry_after_secs =
            retry_after_secs(negative.wait_time_from(DefaultClock::default().now()));
        tracing::info!(
            category = self.category.as_str(),
            retry_after_secs,
            "rate limit reached"
        );
        // A page of its own (not the builder actix-governor offers, whose wait is
        // rounded down), with Retry-After rounded up.
        error_page(
            &ErrorPageKind::RateLimited { retry_after_secs },
            Language::En,
            "/",
        )
    }
}

/// The limiter of one category wrapped around its routes: nothing when the limits are
/// off.
pub type Limiter = Condition<Governor<ClientKey, NoOpMiddleware>>;

/// The counts of one category, per client.
type Counts = RateLimiter<IpAddr, DefaultKeyedStateStore<IpAddr>, DefaultClock, NoOpMiddleware>;

/// The rate limits of one instance, built once at start and shared by every HTTP
/// worker (each category keeps one count per client).
#[derive(Clone)]
pub struct RateLimits {
    enabled: bool,
    polls: GovernorConfig<ClientKey, NoOpMiddleware>,
    answers: GovernorConfig<ClientKey, NoOpMiddleware>,
    comments: GovernorConfig<ClientKey, NoOpMiddleware>,
    invitations: GovernorConfig<ClientKey, NoOpMiddleware>,
    planner: GovernorConfig<ClientKey, NoOpMiddleware>,
}

impl RateLimits {
    /// The limits `config` asks for.
    ///
    /// # Errors
    /// [`ConfigError::Zero`] if a quota cannot make a limiter (a [`RateQuota`] always
    /// can: it has a count and a period above zero).
    pub fn from_config(config: &Config) -> Result<Self, ConfigError> {
        let build = |category: Category, quota: RateQuota, name: &'static str| {
            GovernorConfigBuilder::default()
                .period(quota.period())
                .burst_size(quota.burst())
                // Reading (a GET of the edit page, say) is never limited, except a
                // plan, which is a computation.
                .methods(if category == Category::Planner {
                    vec![Method::GET, Method::POST]
                } else {
                    vec![Method::POST, Method::PUT, Method::PATCH, Method::DELETE]
                })
                .key_extractor(ClientKey {
                    source: config.client_ip,
                    trusted_proxies: config.trusted_proxies,
                    category,
                })
                .finish()
                .ok_or(ConfigError::Zero(name))
        };
        Ok(RateLimits {
            enabled: config.rate_limits == Switch::On,
            polls: build(
                Category::Polls,
                config.rate_limit_polls,
                "CONVENE_RATE_LIMIT_POLLS",
            )?,
            answers: build(
                Category::Answers,
                config.rate_limit_answers,
                "CONVENE_RATE_LIMIT_ANSWERS",
            )?,
            comments: build(
                Category::Comments,
                config.rate_limit_comments,
                "CONVENE_RATE_LIMIT_COMMENTS",
            )?,
            invitations: build(
                Category::Invitations,
                config.rate_limit_invitations,
                "CONVENE_RATE_LIMIT_INVITATIONS",
            )?,
            planner: build(
                Category::Planner,
                config.rate_limit_planner,
                "CONVENE_RATE_LIMIT_PLANNER",
            )?,
        })
    }

    /// The middleware limiting `category` (`resource.wrap(limits.limiter(…))`); every
    /// route wrapped with one category shares its count per client.
    pub fn limiter(&self, category: Category) -> Limiter {
        let config = match category {
            Category::Polls => &self.polls,
            Category::Answers => &self.answers,
            Category::Comments => &self.comments,
            Category::Invitations => &self.invitations,
            Category::Planner => &self.planner,
        };
        Condition::new(self.enabled, Governor::new(config))
    }

    /// Starts a task that, `every` so often, forgets the clients whose counts are back
    /// to full (they are indistinguishable from new ones), so that the memory the
    /// limits take follows the clients of the last moments, not of all time. The task
    /// ends by itself once the server holding the limits is gone.
    pub fn forget_idle_clients(&self, every: Duration) -> tokio::task::JoinHandle<()> {
        let counts: Vec<Weak<Counts>> = [
            &self.polls,
            &self.answers,
            &self.comments,
            &self.invitations,
            &self.planner,
        ]
        .into_iter()
        .map(|config| Arc::downgrade(&config.limiter()))
        .collect();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(every);
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                tick.tick().await;
                let mut alive = false;
                for counts in counts.iter().filter_map(Weak::upgrade) {
                    counts.retain_recent();
                    counts.shrink_to_fit();
                    alive = true;
                }
                if !alive {
                    return;
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    fn key(source: ClientIpSource, trusted_proxies: u8) -> ClientKey {
        ClientKey {
            source,
            trusted_proxies,
            category: Category::Answers,
        }
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED))
    }

    #[tokio::test]
    async fn idle_clients_are_forgotten_and_the_task_ends_with_the_limits() {
        let config = Config {
            rate_limit_polls: RateQuota::new(1, Duration::from_millis(20))
                .unwrap_or(RateQuota::DEFAULT_POLLS),
            ..Config::for_database("unused.db")
        };
        let Ok(limits) = RateLimits::from_config(&config) else {
            panic!("limits from the default configuration");
        };
        let counts = limits.polls.limiter();
        assert!(counts.check_key(&ip("192.0.2.1")).is_ok());
        assert_eq!(counts.len(), 1);
        let task = limits.forget_idle_clients(Duration::from_millis(10));
        tokio::time::sleep(Duration::from_millis(200)).await;
        assert_eq!(
            counts.len(),
            0,
            "a client whose count is full again is forgotten"
        );
        drop(counts);
        drop(limits);
        assert!(
            tokio::time::timeout(Duration::from_secs(2), task)
                .await
                .is_ok(),
            "the task ends once the limits are gone"
        );
    }

    #[test]
    fn waits_are_rounded_up_to_whole_seconds_and_never_zero() {
        assert_eq!(retry_after_secs(Duration::from_millis(1)), 1);
        assert_eq!(retry_after_secs(Duration::ZERO), 1);
        assert_eq!(retry_after_secs(Duration::from_millis(1500)), 2);
        assert_eq!(retry_after_secs(Duration::from_secs(180)), 180);
    }

    #[test]
    fn by_default_the_peer_is_the_client_whatever_the_headers_say() {
        let req = TestRequest::default()
            .peer_addr(
                "198.51.100.7:5000"
                    .parse()
                    .unwrap_or(([0, 0, 0, 0], 0).into()),
            )
            .insert_header(("X-Forwarded-For", "203.0.113.9"))
            .insert_header(("Forwarded", "for=203.0.113.9"))
            .to_http_request();
        assert_eq!(
            key(ClientIpSource::Peer, 1).client_address(&req),
            ip("198.51.100.7")
        );
    }

    #[test]
    fn behind_proxies_the_client_is_counted_from_the_end_of_the_list() {
        let peer = "10.0.0.2:80".parse().unwrap_or(([0, 0, 0, 0], 0).into());
        // The client wrote "1.1.1.1" itself; nginx appended the address it saw.
        let req = TestRequest::default()
            .peer_addr(peer)
            .insert_header(("X-Forwarded-For", "1.1.1.1, 203.0.113.9"))
            .to_http_request();
        let xff = |n| key(ClientIpSource::XForwardedFor, n).client_address(&req);
        assert_eq!(xff(1), ip("203.0.113.9"));
        assert_eq!(xff(2), ip("1.1.1.1"));
        assert_eq!(xff(5), ip("1.1.1.1"), "a shorter list: its first entry");

        let req = TestRequest::default()
            .peer_addr(peer)
            .insert_header((
                "Forwarded",
                "for=1.1.1.1;proto=http, for=\"[2001:db8:cafe::17]:4711\";by=10.0.0.2",
            ))
            .to_http_request();
        assert_eq!(
            key(ClientIpSource::Forwarded, 1).client_address(&req),
            ip("2001:db8:cafe::"),
            "IPv6 counts by its /64"
        );

        let no_header = TestRequest::default().peer_addr(peer).to_http_request();
        assert_eq!(
            key(ClientIpSource::XForwardedFor, 1).client_address(&no_header),
            ip("10.0.0.2")
        );
        let unknown = TestRequest::default()
            .peer_addr(peer)
            .insert_header(("Forwarded", "for=unknown"))
            .to_http_request();
        assert_eq!(
            key(ClientIpSource::Forwarded, 1).client_address(&unknown),
            ip("10.0.0.2")
        );
    }

    #[test]
    fn proxy_notations_of_addresses_are_read() {
        assert_eq!(parse_node("192.0.2.60"), Some(ip("192.0.2.60")));
        assert_eq!(parse_node("192.0.2.60:4711"), Some(ip("192.0.2.60")));
        assert_eq!(parse_node("[2001:db8::17]:4711"), Some(ip("2001:db8::17")));
        assert_eq!(parse_node("2001:db8::17"), Some(ip("2001:db8::17")));
        assert_eq!(parse_node("_hidden"), None);
        assert_eq!(
            client_network(ip("::ffff:192.0.2.1")),
            ip("192.0.2.1"),
            "IPv4-mapped IPv6 is the IPv4 client"
        );
        assert_eq!(
            client_network(ip("2001:db8:1:2:3:4:5:6")),
            ip("2001:db8:1:2::")
        );
    }
}

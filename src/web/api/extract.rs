//! Reading requests: JSON bodies ([`Body`], through [`json_config`]), query strings, the
//! poll id in the path and the bearer token, with every problem as an [`ApiError`]
//! (400 naming what is wrong, 404 for an id or token that cannot be right, 413, 415,
//! 422).

use actix_web::{web, HttpRequest};

use super::ApiError;
use crate::domain::{PollId, SecretToken, TimeZoneId};
use crate::i18n::Language;

/// JSON extractor settings: body size limit (over it, 413 `too_large`),
/// `application/json` required (else 415), malformed JSON as 400. [`Body`] reads every
/// request body through it.
pub fn json_config() -> web::JsonConfig {
    web::JsonConfig::default()
        .limit(crate::web::BODY_LIMIT_BYTES)
        .error_handler(|err, _req| {
            let message = match &err {
                actix_web::error::JsonPayloadError::ContentType => {
                    return ApiError::UnsupportedMediaType.into();
                }
                actix_web::error::JsonPayloadError::OverflowKnownLength { .. }
                | actix_web::error::JsonPayloadError::Overflow { .. } => {
                    return ApiError::TooLarge {
                        limit_bytes: crate::web::BODY_LIMIT_BYTES,
                    }
                    .into();
                }
                actix_web::error::JsonPayloadError::Deserialize(e) => json_problem(e),
                other => format!("The body could not be read: {other}"),
            };
            ApiError::Malformed(message).into()
        })
}

/// Query string settings for the API: a malformed query is a JSON 400 like a body.
pub(super) fn query_config() -> web::QueryConfig {
    web::QueryConfig::default().error_handler(|err, _req| {
        let text = err.to_string();
        let text = text
            .strip_prefix("Query deserialize error: ")
            .unwrap_or(&text)
            .to_owned();
        // A parameter given twice, or of the wrong type, is named.
        let field = ["duplicate field `", "unknown field `", "missing field `"]
            .iter()
            .find_map(|p| text.strip_prefix(p))
            .and_then(|r| r.split_once('`'))
            .map(|(f, _)| f.to_owned());
        match field {
            Some(field) => ApiError::BadField {
                message: format!("The query string could not be read: {text}"),
                field,
            },
            None => ApiError::Malformed(format!("The query string could not be read: {text}")),
        }
        .into()
    })
}

/// A request body: a JSON object (RFC 8259) read as `T`. Unlike `web::Json<T>`, an
/// array is refused (serde would fill a struct's fields from one by position, so
/// `[null, null]` passed for a settings change), and so is a field `T` does not have
/// (400 naming it).
#[derive(Debug)]
pub struct Body<T>(pub T);

impl<T: serde::de::DeserializeOwned + 'static> actix_web::FromRequest for Body<T> {
    type Error = actix_web::Error;
    type Future = std::pin::Pin<Box<dyn std::future::Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut actix_web::dev::Payload) -> Self::Future {
        // Content type, size limit and JSON syntax as configured by `json_config`.
        let json = web::Json::<serde_json::Value>::from_request(req, payload);
        Box::pin(async move {
            let value = json.await?.into_inner();
            if !value.is_object() {
                return Err(ApiError::Malformed(format!(
                    "The body must be a JSON object, not {}",
                    json_kind(&value)
                ))
                .into());
            }
            serde_path_to_error::deserialize(value)
                .map(Body)
                .map_err(|e| body_error(&e).into())
        })
    }
}

/// What kind of JSON value `value` is, for messages.
fn json_kind(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// Says what is wrong with a JSON body in the API's terms, without Rust type names
/// (serde says “expected struct CreatePollRequest”; people need “expected an object”).
fn json_problem(e: &serde_json::Error) -> String {
    let mut text = e.to_string();
    while let Some(at) = text.find("struct ") {
        let rest = &text[at + "struct ".len()..];
        let name_len = rest
            .find(|c: char| !c.is_alphanumeric() && c != '_')
            .unwrap_or(rest.len());
        text = format!("{}an object{}", &text[..at], &rest[name_len..]);
    }
    match e.classify() {
        serde_json::error::Category::Data => format!("A value has the wrong type: {text}"),
        _ => format!("The body is not valid JSON: {text}"),
    }
}

/// The 400 for a body that does not fit its type, naming the field by its path in the
/// body (`zones[0].count`, `hours.lunch`): an unknown field (`deny_unknown_fields`), a
/// missing one, or a value of the wrong type. serde words these only as text
/// (“unknown field `name`, expected …”, “missing field `name`”, “invalid type: …,
/// expected i64”); the Rust type names in them become words.
fn body_error(e: &serde_path_to_error::Error<serde_json::Error>) -> ApiError {
    let parent = e.path().to_string();
    let under = |name: &str| {
        if parent == "." || parent.is_empty() {
            name.to_owned()
        } else {
            format!("{parent}.{name}")
        }
    };
    let text = e.inner().to_string();
    // serde_json may append “ at line L column C”: people need the field, not where.
    let text = text
        .rfind(" at line ")
        .map_or(text.as_str(), |at| &text[..at]);
    if let Some((field, rest)) = text
        .strip_prefix("unknown field `")
        .and_then(|r| r.split_once('`'))
    {
        // The path already ends with an unknown key.
        let field = if parent == field || parent.ends_with(&format!(".{field}")) {
            parent.clone()
        } else {
            under(field)
        };
        let expected = rest.trim_start_matches(", ");
        return ApiError::BadField {
            message: format!("Unknown field `{field}` ({expected})"),
            field,
        };
    }
    if let Some((field, _)) = text
        .strip_prefix("missing field `")
        .and_then(|r| r.split_once('`'))
    {
        let field = under(field);
        return ApiError::BadField {
            message: format!("`{field}` is required"),
            field,
        };
    }
    ApiError::BadField {
        message: format!("`{parent}` {}", plain_types(&json_problem(e.inner()))),
        field: parent,
    }
}

/// serde's type words as people say them: `i64` is a whole number.
fn plain_types(text: &str) -> String {
    let mut out = text.to_owned();
    for (rust, plain) in [
        ("expected i64", "expected a whole number"),
        ("expected i32", "expected a whole number"),
        ("expected u64", "expected a whole number, 0 or more"),
        ("expected u32", "expected a whole number, 0 or more"),
        ("expected u8", "expected a whole number, 0 or more"),
        ("expected f64", "expected a number"),
        ("expected a sequence", "expected a list"),
        ("expected a map", "expected an object"),
    ] {
        out = out.replace(rust, plain);
    }
    out.replacen("A value has the wrong type: ", "has the wrong type: ", 1)
}

/// The poll id in the path; one that cannot be an id is a 404 like an unknown one.
pub(super) fn poll_id(raw: &str) -> Result<PollId, ApiError> {
    PollId::parse(raw).ok_or(ApiError::NotFound)
}

/// The bearer token of the request (`Authorization: Bearer <token>`, the scheme in any
/// letter case as RFC 9110 §11.1 says); a missing or malformed one is a 404 like a
/// wrong one.
pub(super) fn bearer(req: &HttpRequest) -> Result<SecretToken, ApiError> {
    req.headers()
        .get("Authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("Bearer"))
        .and_then(|(_, t)| SecretToken::parse(t.trim()))
        .ok_or(ApiError::NotFound)
}

/// The zone `tz` asks for (an IANA id), or `default` when absent or empty.
///
/// # Errors
/// [`ApiError::Invalid`] on `tz` when it is not a known zone.
pub(super) fn zone_param(tz: Option<&str>, default: TimeZoneId) -> Result<TimeZoneId, ApiError> {
    match tz.filter(|t| !t.is_empty()) {
        None => Ok(default),
        Some(t) => t.parse().map_err(
            |e: crate::domain::time::UnknownTimeZone| ApiError::Invalid {
                field: "tz".into(),
                message: e.to_string(),
            },
        ),
    }
}

/// A body's `language`, or `fallback` (the request's language) when absent or empty.
pub(super) fn body_language(given: Option<&str>, fallback: Language) -> Result<Language, ApiError> {
    match given.filter(|l| !l.trim().is_empty()) {
        None => Ok(fallback),
        Some(l) => l
            .parse()
            .map_err(|e: crate::i18n::UnknownLanguage| ApiError::Invalid {
                field: "language".into(),
                message: e.to_string(),
            }),
    }
}

#[cfg(test)]
mod tests {
    use super::{body_error, json_problem, ApiError};
    use crate::web::api::bodies::{CreatePollRequest, PlannerRequest, UpdatePollRequest};

    #[test]
    fn json_errors_name_no_rust_types() {
        let e = serde_json::from_str::<CreatePollRequest>("\"a string\"").err();
        let text = e.as_ref().map(json_problem).unwrap_or_default();
        assert!(
            !text.contains("CreatePollRequest") && text.contains("an object"),
            "{text}"
        );
        let e = serde_json::from_str::<CreatePollRequest>("{\"title\": ").err();
        assert!(e
            .as_ref()
            .map(json_problem)
            .is_some_and(|t| t.starts_with("The body is not valid JSON")));
    }

    /// The body error for `json` read as `T`.
    fn error_of<T: serde::de::DeserializeOwned + std::fmt::Debug>(json: &str) -> (String, String) {
        let value: serde_json::Value = serde_json::from_str(json).unwrap_or_default();
        match serde_path_to_error::deserialize::<_, T>(value)
            .err()
            .map(|e| body_error(&e))
        {
            Some(ApiError::BadField { field, message }) => (field, message),
            other => panic!("not a field error: {other:?}"),
        }
    }

    #[test]
    fn a_field_that_does_not_fit_is_named_by_its_path_in_the_body() {
        let (field, message) = error_of::<UpdatePollRequest>("{\"titel\": \"x\"}");
        assert_eq!(field, "titel");
        assert!(
            message.contains("`titel`") && message.contains("`title`"),
            "{message}"
        );
        assert!(!message.contains("line 1"), "{message}");
        let (field, message) = error_of::<PlannerRequest>(
            "{\"from\": \"2027-03-22\", \"to\": \"2027-03-26\", \"timezone\": \"UTC\", \"duration_minutes\": 60, \"step_minutes\": 15, \"zones\": [{\"timezone\": \"UTC\", \"count\": 1.5}]}",
        );
        assert_eq!(field, "zones[0].count");
        assert!(
            message.contains("a whole number") && !message.contains("i64"),
            "{message}"
        );
        let (field, message) = error_of::<PlannerRequest>("{\"from\": \"2027-03-22\"}");
        assert_eq!(field, "to");
        assert!(message.contains("required"), "{message}");
        let (field, _) = error_of::<UpdatePollRequest>(
            "{\"hours\": {\"day_start\": \"07:00\", \"work_start\": \"09:00\", \"work_end\": \"18:00\", \"night_start\": \"22:00\", \"lunch\": \"12:00\"}}",
        );
        assert_eq!(field, "hours.lunch");
        let (field, _) = error_of::<UpdatePollRequest>("{\"hours\": {\"day_start\": \"06:00\"}}");
        assert_eq!(field, "hours.work_start");
    }
}

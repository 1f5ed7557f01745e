//! The OpenAPI 3.1 description of the JSON API, generated from the code by `utoipa`
//! and served at `GET /api/openapi.json`.
//!
//! Each operation's description is the `#[utoipa::path]` on its handler in [`api`]; the
//! bodies' schemas derive from the types serde reads and writes ([`api::bodies`]); the
//! error answers are the reusable responses below, all with the [`ErrorBody`] schema,
//! which operations list in groups by why they can answer them ([`BodyErrors`],
//! [`LookupErrors`], [`ServerErrors`] …).
//! A test checks that the document lists exactly the operations of [`api::operations`],
//! each with its error answers, so a route cannot go undocumented.

use std::sync::LazyLock;

use actix_web::http::header;
use actix_web::{HttpResponse, ResponseError};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{IntoResponses, Modify, OpenApi, ToResponse};

use super::api::{self, bodies::ErrorBody, ApiError};

/// The document: paths, schemas, reusable error answers and the two bearer schemes.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Convene API",
        description = "Meeting-scheduling polls that get time zones right: create a poll with \
candidate slots, let participants answer yes / if need be / no, and finalize a slot.\n\n\
Ids and tokens are strings; instants are RFC 3339 in UTC (`2027-03-23T12:00:00Z`); local \
times carry their offset; zones are IANA ids (`Asia/Kathmandu`). Secrets go in \
`Authorization: Bearer …`: the poll's admin token for organizer operations, an answer's \
edit token to change it. A wrong, missing or malformed token answers 404, exactly like an \
unknown poll, so a token never reveals whether a poll exists. Every error has the `Error` \
body. Request bodies refuse unknown fields.",
        license(name = "AGPL-3.0-or-later", identifier = "AGPL-3.0-or-later"),
    ),
    servers((url = "/api/v1", description = "This Convene instance")),
    paths(
        api::polls::create_poll,
        api::polls::get_poll,
        api::organizer::update_poll,
        api::organizer::delete_poll,
        api::responses::submit_response,
        api::responses::update_response,
        api::responses::delete_response,
        api::organizer::add_slots,
        api::organizer::delete_slot,
        api::organizer::retry_mail,
        api::organizer::replace_admin_token,
        api::organizer::close_poll,
        api::organizer::reopen_poll,
        api::organizer::finalize_poll,
        api::organizer::keep_poll,
        api::invitations::list_invitees,
        api::invitations::add_invitees,
        api::invitations::remove_invitee,
        api::invitations::update_invitee,
        api::invitations::send_invitations,
        api::invitations::remind_invitees,
        api::invitations::duplicate_poll,
        api::fairness::poll_fairness,
        api::fairness::plan_meeting,
        api::exports::get_answers_csv,
        api::exports::get_participants_txt,
        api::exports::get_calendar_feed,
        api::exports::replace_calendar_feed,
    ),
    components(
        // The reusable error answers refer to it, and utoipa collects schemas only from
        // the operations' own bodies.
        schemas(ErrorBody),
        responses(
            Malformed,
            NotFound,
            Conflict,
            TooLarge,
            UnsupportedMediaType,
            Invalid,
            RateLimited,
            Internal,
            Unavailable,
        ),
    ),
    modifiers(&BearerSchemes, &RequiredWithoutDefault, &NullIsNotAbsent),
    tags(
        (name = "polls", description = "Polls and what their organizer does with them"),
        (name = "responses", description = "Participants' answers"),
        (name = "invitations", description = "The organizer's invitees, their invitations and reminders, and the next poll of a series"),
        (name = "fairness", description = "What each slot costs people on their own clocks, and the planner that proposes the fairest start times"),
    ),
)]
pub struct ApiDoc;

/// Removes the `default` that `#[serde(default)]` on a request body gives each of its
/// fields from the fields the body requires: a required field has no default, and
/// strict validators refuse `"default": ""` on a field of format `email`.
struct RequiredWithoutDefault;

impl Modify for RequiredWithoutDefault {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::schema::Schema;
        use utoipa::openapi::RefOr;
        let Some(components) = openapi.components.as_mut() else {
            return;
        };
        for schema in components.schemas.values_mut() {
            let RefOr::T(Schema::Object(object)) = schema else {
                continue;
            };
            for name in &object.required {
                match object.properties.get_mut(name) {
                    Some(RefOr::T(Schema::Object(field))) => field.default = None,
                    Some(RefOr::T(Schema::Array(field))) => field.default = None,
                    _ => {}
                }
            }
        }
    }
}

/// Removes the `default` (`null`, from `#[serde(default)]`) of the request fields where
/// `null` means something else than leaving the field out, so that no client reads them
/// as the same.
struct NullIsNotAbsent;

impl NullIsNotAbsent {
    /// `(schema, field)`: `null` removes what an absent field leaves as it is.
    const FIELDS: [(&'static str, &'static str); 1] =
        [("UpdatePollRequest", "remind_before_hours")];
}

impl Modify for NullIsNotAbsent {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::schema::Schema;
        use utoipa::openapi::RefOr;
        let Some(components) = openapi.components.as_mut() else {
            return;
        };
        for (schema, field) in Self::FIELDS {
            let Some(RefOr::T(Schema::Object(object))) = components.schemas.get_mut(schema) else {
                continue;
            };
            if let Some(RefOr::T(Schema::Object(f))) = object.properties.get_mut(field) {
                f.default = None;
            }
        }
    }
}

/// Adds the security schemes: `admin_token` and `edit_token`, both HTTP bearer.
struct BearerSchemes;

impl Modify for BearerSchemes {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        for (name, description) in [
            (
                "admin_token",
                "The poll's admin token (`admin_token` in the answer to creating it, also \
                 the last segment of the admin link): 43 characters of base64url.",
            ),
            (
                "edit_token",
                "An answer's edit token (`edit_token` in the answer to submitting it, also \
                 the last segment of the edit link): 43 characters of base64url.",
            ),
        ] {
            components.add_security_scheme(
                name,
                SecurityScheme::Http(
                    HttpBuilder::new()
                        .scheme(HttpAuthScheme::Bearer)
                        .description(Some(description))
                        .build(),
                ),
            );
        }
    }
}

/// Malformed: the body is not JSON of the documented shape (a wrong type, or an unknown
/// field, named in `field`), or the query string cannot be read.
#[derive(ToResponse)]
#[response(example = json!({
    "error": "malformed",
    "message": "Unknown field `titel` (expected one of `title`, `description`, `location`, \
`duration_minutes`, `deadline`, `if_need_be`, `hide_results`)",
    "field": "titel"
}))]
pub struct Malformed(pub ErrorBody);

/// Not found: no such poll, answer or slot, or the token is wrong, missing or
/// malformed (never saying which).
#[derive(ToResponse)]
#[response(example = json!({
    "error": "not_found",
    "message": "No such poll or response, or the token does not match",
    "field": null
}))]
pub struct NotFound(pub ErrorBody);

/// Conflict: the poll's state forbids the action (it is closed, finalized, past its
/// deadline, or the slot is the chosen or the last one), or one of its limits is
/// reached (answers per poll, mail per day); nothing changed.
#[derive(ToResponse)]
#[response(example = json!({
    "error": "conflict",
    "message": "This poll is closed: answers can no longer be given or changed.",
    "field": null
}))]
pub struct Conflict(pub ErrorBody);

/// Too large: the body is larger than the limit (256 KiB).
#[derive(ToResponse)]
#[response(example = json!({
    "error": "too_large",
    "message": "The body is larger than 262144 bytes",
    "field": null
}))]
pub struct TooLarge(pub ErrorBody);

/// Unsupported media type: the body must be sent with `Content-Type: application/json`.
#[derive(ToResponse)]
#[response(example = json!({
    "error": "unsupported_media_type",
    "message": "Send the body as JSON with Content-Type: application/json",
    "field": null
}))]
pub struct UnsupportedMediaType(pub ErrorBody);

/// Invalid: a field's value is refused; `field` names it and `message` says why,
/// keeping the value given.
#[derive(ToResponse)]
#[response(example = json!({
    "error": "invalid",
    "message": "Slot 1 (2027-03-28T02:30) does not exist in Europe/Zurich: clocks jump from 02:00 to 03:00",
    "field": "slots"
}))]
pub struct Invalid(pub ErrorBody);

/// Rate limited: too many requests from this client; try again after `Retry-After`
/// seconds.
#[derive(ToResponse)]
#[response(
    headers(("Retry-After" = u64, description = "Seconds to wait before trying again")),
    example = json!({
        "error": "rate_limited",
        "message": "Too many requests; try again in 30 seconds",
        "field": null
    })
)]
pub struct RateLimited(pub ErrorBody);

/// Internal error: logged on the server under the id the message gives; nothing else
/// is said.
#[derive(ToResponse)]
#[response(example = json!({
    "error": "internal",
    "message": "Internal error (id 3f2b9c0d4e5f46a7b8c9d0e1f2a3b4c5)",
    "field": null
}))]
pub struct Internal(pub ErrorBody);

/// Unavailable: the database cannot be reached; try again shortly.
#[derive(ToResponse)]
#[response(example = json!({
    "error": "unavailable",
    "message": "The database is unavailable; try again shortly",
    "field": null
}))]
pub struct Unavailable(pub ErrorBody);

// ---- the error answers operations list, grouped by why an operation can give them ----
//
// An operation's `#[utoipa::path]` lists its success and then the groups that apply
// (`responses((status = 200, …), BodyErrors, LookupErrors, ServerErrors)`); each group
// refers to the reusable responses above, so every error has the `Error` body.

/// The errors of reading a JSON request body ([`api::Body`]): 400 (malformed or an
/// unknown field), 413 (too large), 415 (not `application/json`), 422 (a value refused).
#[derive(IntoResponses)]
pub enum BodyErrors {
    /// 400.
    #[response(status = 400)]
    Malformed(#[ref_response] Malformed),
    /// 413.
    #[response(status = 413)]
    TooLarge(#[ref_response] TooLarge),
    /// 415.
    #[response(status = 415)]
    UnsupportedMediaType(#[ref_response] UnsupportedMediaType),
    /// 422.
    #[response(status = 422)]
    Invalid(#[ref_response] Invalid),
}

/// The errors of reading a query string: 400 (it cannot be read), 422 (a value refused,
/// such as an unknown zone in `tz`).
#[derive(IntoResponses)]
pub enum QueryErrors {
    /// 400.
    #[response(status = 400)]
    Malformed(#[ref_response] Malformed),
    /// 422.
    #[response(status = 422)]
    Invalid(#[ref_response] Invalid),
}

/// The error of an operation on a poll named in its path: 404 when the poll (or the
/// answer or slot) is unknown, or the token is wrong, missing or malformed.
#[derive(IntoResponses)]
pub enum LookupErrors {
    /// 404.
    #[response(status = 404)]
    NotFound(#[ref_response] NotFound),
}

/// The error of an operation that the poll's state or limits can forbid: 409.
#[derive(IntoResponses)]
pub enum ConflictErrors {
    /// 409.
    #[response(status = 409)]
    Conflict(#[ref_response] Conflict),
}

/// The error of an operation behind a rate limit: 429, with `Retry-After`.
#[derive(IntoResponses)]
pub enum RateLimitErrors {
    /// 429.
    #[response(status = 429)]
    RateLimited(#[ref_response] RateLimited),
}

/// The errors any operation can answer: 500 (internal, logged) and 503 (database
/// unavailable).
#[derive(IntoResponses)]
pub enum ServerErrors {
    /// 500.
    #[response(status = 500)]
    Internal(#[ref_response] Internal),
    /// 503.
    #[response(status = 503)]
    Unavailable(#[ref_response] Unavailable),
}

/// The document, built once.
static DOCUMENT: LazyLock<utoipa::openapi::OpenApi> = LazyLock::new(ApiDoc::openapi);

/// `GET /api/openapi.json`: the OpenAPI 3.1 description of `/api/v1`, as indented JSON,
/// cacheable for an hour (it changes only with the program).
pub async fn openapi_json() -> HttpResponse {
    match DOCUMENT.to_pretty_json() {
        Ok(json) => HttpResponse::Ok()
            .content_type("application/json")
            .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
            .body(json),
        Err(e) => ApiError::Internal(anyhow::Error::new(e)).error_response(),
    }
}

#[cfg(test)]
// A failed `expect` is a failed test with a message.
#[allow(clippy::expect_used)]
mod tests {
    use std::collections::BTreeSet;

    use serde_json::Value;

    use super::*;

    fn document() -> Value {
        serde_json::to_value(ApiDoc::openapi()).expect("the document serializes")
    }

    #[test]
    fn no_required_field_has_a_default() {
        let doc = document();
        let schemas = doc["components"]["schemas"].as_object().expect("schemas");
        let mut checked = 0;
        for (name, schema) in schemas {
            for field in schema["required"].as_array().into_iter().flatten() {
                let field = field.as_str().expect("a field name");
                checked += 1;
                assert!(
                    schema["properties"][field].get("default").is_none(),
                    "{name}.{field} is required yet has a default: {}",
                    schema["properties"][field]
                );
            }
        }
        assert!(checked > 5, "required fields were found ({checked})");
    }

    /// `(METHOD, path)` of every operation in the document.
    fn documented(doc: &Value) -> BTreeSet<(String, String)> {
        let paths = doc["paths"].as_object().expect("paths");
        paths
            .iter()
            .flat_map(|(path, item)| {
                item.as_object()
                    .expect("a path item")
                    .keys()
                    .filter(|k| {
                        [
                            "get", "put", "post", "delete", "patch", "head", "options", "trace",
                        ]
                        .contains(&k.as_str())
                    })
                    .map(move |method| (method.to_uppercase(), path.clone()))
            })
            .collect()
    }

    #[test]
    fn the_document_is_openapi_3_1_and_names_the_api_base() {
        let doc = document();
        assert_eq!(doc["openapi"], "3.1.0");
        assert_eq!(doc["servers"][0]["url"], "/api/v1");
        assert_eq!(doc["info"]["title"], "Convene API");
    }

    #[test]
    fn the_document_lists_exactly_the_operations_the_router_registers() {
        let registered: BTreeSet<(String, String)> = api::operations()
            .iter()
            .map(|o| (o.method.as_str().to_owned(), o.path.to_owned()))
            .collect();
        assert_eq!(
            registered.len(),
            api::operations().len(),
            "an operation is registered twice"
        );
        let documented = documented(&document());
        let undocumented: Vec<_> = registered.difference(&documented).collect();
        let not_routed: Vec<_> = documented.difference(&registered).collect();
        assert!(
            undocumented.is_empty() && not_routed.is_empty(),
            "routes without #[utoipa::path] in ApiDoc: {undocumented:?}; documented \
             operations the router does not have: {not_routed:?}"
        );
    }

    #[test]
    fn every_operation_lists_the_errors_it_can_answer() {
        let doc = document();
        let responses_of = |method: &str, path: &str| -> BTreeSet<String> {
            doc["paths"][path][method.to_lowercase()]["responses"]
                .as_object()
                .expect("responses")
                .keys()
                .cloned()
                .collect()
        };
        for (method, path) in documented(&doc) {
            let operation = &doc["paths"][&path][method.to_lowercase()];
            let statuses = responses_of(&method, &path);
            let label = format!("{method} {path}");
            let mut expected = vec!["500", "503"];
            if path.contains('{') {
                expected.push("404");
            }
            if operation.get("requestBody").is_some() {
                expected.extend(["400", "413", "415", "422"]);
            }
            let rate_limited = api::operations()
                .iter()
                .any(|o| o.method.as_str() == method && o.path == path && o.limit.is_some());
            if rate_limited {
                expected.push("429");
            }
            for status in expected {
                assert!(
                    statuses.contains(status),
                    "{label} does not list {status}: {statuses:?}"
                );
            }
            assert!(
                statuses.iter().any(|s| s.starts_with('2')),
                "{label} lists no success"
            );
            // Every error answer is the shared Error body (through a reusable response);
            // a 304 (conditional GET) has no body at all.
            for status in statuses
                .iter()
                .filter(|s| !s.starts_with('2') && !s.starts_with('3'))
            {
                let reference = operation["responses"][status]["$ref"]
                    .as_str()
                    .unwrap_or_else(|| panic!("{label} {status} is not a reusable error"));
                let name = reference.trim_start_matches("#/components/responses/");
                let response = &doc["components"]["responses"][name];
                assert_eq!(
                    response["content"]["application/json"]["schema"]["$ref"],
                    "#/components/schemas/Error",
                    "{label} {status}"
                );
            }
        }
    }

    /// Every `"$ref"` string anywhere in `value`.
    fn references(value: &Value, found: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                for (key, v) in map {
                    match (key.as_str(), v) {
                        ("$ref", Value::String(r)) => found.push(r.clone()),
                        _ => references(v, found),
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|v| references(v, found)),
            _ => {}
        }
    }

    #[test]
    fn every_reference_in_the_document_resolves() {
        let doc = document();
        let mut found = Vec::new();
        references(&doc, &mut found);
        assert!(!found.is_empty());
        for reference in found {
            let pointer = reference
                .strip_prefix('#')
                .unwrap_or_else(|| panic!("{reference} points outside the document"));
            assert!(
                doc.pointer(pointer).is_some(),
                "{reference} points at nothing"
            );
        }
    }

    #[test]
    fn secret_operations_name_their_bearer_scheme() {
        let doc = document();
        let schemes = &doc["components"]["securitySchemes"];
        for name in ["admin_token", "edit_token"] {
            assert_eq!(schemes[name]["type"], "http", "{name}");
            assert_eq!(schemes[name]["scheme"], "bearer", "{name}");
        }
        let security = |method: &str, path: &str| doc["paths"][path][method]["security"].clone();
        assert_eq!(
            security("post", "/polls/{id}/finalize"),
            serde_json::json!([{"admin_token": []}])
        );
        assert_eq!(
            security("put", "/polls/{id}/responses/{response_id}"),
            serde_json::json!([{"edit_token": []}])
        );
        // Reading a poll works without a token; with the admin token it shows more.
        assert_eq!(
            security("get", "/polls/{id}"),
            serde_json::json!([{}, {"admin_token": []}])
        );
        assert!(security("post", "/polls").is_null());
    }

    #[test]
    fn the_notification_settings_are_described_as_patch_reads_them() {
        let doc = document();
        let schemas = &doc["components"]["schemas"];
        let update = &schemas["UpdatePollRequest"]["properties"];
        let hours = &update["remind_before_hours"];
        assert_eq!(
            hours["type"],
            serde_json::json!(["integer", "null"]),
            "{hours}"
        );
        assert_eq!(
            (&hours["minimum"], &hours["maximum"]),
            (&1.into(), &720.into())
        );
        // `null` removes the reminder while an absent field leaves it: no default may
        // say the two are the same.
        assert!(hours.get("default").is_none(), "{hours}");
        assert_eq!(
            update["notify"]["oneOf"][0]["$ref"],
            "#/components/schemas/NotifyMode"
        );
        assert_eq!(
            schemas["NotifyMode"]["enum"],
            serde_json::json!(["none", "each", "digest"])
        );
    }

    #[test]
    fn request_bodies_refuse_unknown_fields_in_the_schema_too() {
        let doc = document();
        for name in [
            "CreatePollRequest",
            "UpdatePollRequest",
            "ResponseRequest",
            "AddSlotsRequest",
            "FinalizeRequest",
            "AddInviteesRequest",
            "UpdateInviteeRequest",
            "DuplicatePollRequest",
        ] {
            assert_eq!(
                doc["components"]["schemas"][name]["additionalProperties"], false,
                "{name}"
            );
        }
    }
}

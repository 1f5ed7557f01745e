//! `GET /` and `POST /polls`: the create form, with a honeypot against spam robots.
//!
//! The honeypot is a text field people neither see nor reach (moved off screen by CSS,
//! out of the tab order, hidden from screen readers, without autocomplete, and labelled
//! "leave this empty" for any reader that still finds it); robots that fill every field
//! fill it. A form with it filled saves nothing and sends no mail: the form comes back
//! (422) with everything typed, the honeypot emptied, and a message saying nothing was
//! saved. Not a fake success: a person whose browser's autofill filled the field would
//! wait for an admin link that never comes; this way they press the button again and
//! succeed, while robots, which do not read the answer, gain nothing.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use chrono::Utc;

use super::forms::{
    day_row_errors, empty_rows, row_errors, summarise_day_rows, summarise_rows, with_half_rows,
    CreateForm, Fields, CREATE_ROWS,
};
use super::view::{
    first_bad_day, first_bad_row, row_views, weekday_choices, zone_choices, PageErrors,
    SlotRowView, ZoneChoice,
};
use super::{act, render, see_other, Privacy};
use crate::actions::AppState;
use crate::domain::{FieldErrors, TimeZoneId};
use crate::error::AppError;
use crate::i18n::Language;

/// The honeypot field's name: a name robots like to fill.
pub const HONEYPOT_FIELD: &str = "website";

#[derive(Template)]
#[template(path = "polls/new.html")]
struct NewPollPage {
    lang: Language,
    /// This page's address, for the language selector.
    here: &'static str,
    form: CreateForm,
    rows: Vec<SlotRowView>,
    /// The date rows of a poll of whole days.
    day_rows: Vec<SlotRowView>,
    zones: Vec<ZoneChoice>,
    errors: PageErrors,
    /// The script may put the browser's zone in the field (fresh form only).
    detect_zone: bool,
    /// "More rows" was pressed.
    rows_added: bool,
    /// The honeypot was filled: nothing was saved.
    honeypot_filled: bool,
    /// The grid's weekday checkboxes.
    grid_weekdays: Vec<(&'static str, String, bool)>,
}

fn page(
    lang: Language,
    form: CreateForm,
    row_errs: &[Option<crate::i18n::Message>],
    errors: FieldErrors,
    detect_zone: bool,
    rows_added: bool,
) -> NewPollPage {
    // `row_errs` are of the rows of the kind asked: date rows for whole days.
    let dates = form.is_dates();
    let (time_errs, day_errs) = if dates {
        (&[][..], row_errs)
    } else {
        (row_errs, &[][..])
    };
    let bad_row = if dates {
        first_bad_day(row_errs)
    } else {
        first_bad_row(row_errs)
    };
    let errors = PageErrors::new(
        if dates {
            summarise_day_rows(errors, row_errs)
        } else {
            summarise_rows(errors, row_errs)
        },
        |field| {
            if field == "slots" {
                bad_row.clone()
            } else {
                field.to_owned()
            }
        },
        lang,
    );
    NewPollPage {
        grid_weekdays: weekday_choices(&form.grid.weekdays, lang),
        lang,
        here: "/",
        rows: row_views(&form.rows, time_errs, form.timezone.parse().ok(), lang),
        day_rows: row_views(&form.days, day_errs, None, lang),
        zones: zone_choices(Utc::now()),
        form,
        errors,
        detect_zone,
        rows_added,
        honeypot_filled: false,
    }
}

/// `GET /`: the create form with five empty slot rows; from the planner
/// (`?timezone=…&duration_minutes=…&slot=<UTC instant>…`), with those times as rows in
/// that zone (a time that happens twice there keeps its offset).
pub async fn new_poll(
    lang: Language,
    req: actix_web::HttpRequest,
) -> Result<HttpResponse, AppError> {
    let query = Fields::parse(req.query_string().as_bytes());
    let mut form = CreateForm::blank();
    let chosen = query.all("slot");
    let zone = query.text("timezone").parse::<TimeZoneId>().ok();
    let from_planner = !chosen.is_empty() && zone.is_some();
    if let (false, Some(zone)) = (chosen.is_empty(), zone) {
        form.timezone = zone.name().to_owned();
        if let Ok(m) = crate::domain::poll::parse_duration_minutes(&query.text("duration_minutes"))
        {
            form.duration_minutes = m.to_string();
        }
        let mut rows: Vec<_> = chosen
            .iter()
            .filter_map(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
            .map(|t| super::forms::SlotRow::at(t.with_timezone(&Utc), zone))
            .collect();
        rows.extend(empty_rows(2));
        form.rows = rows;
    }
    render(
        StatusCode::OK,
        &page(
            lang,
            form,
            &[],
            FieldErrors::default(),
            !from_planner,
            false,
        ),
        Privacy::Public,
        None,
    )
}

/// `POST /polls/rows` (the "add 5 more slot rows" button, without script): the form
/// again with everything typed and five more empty rows (200). Never saves anything.
pub async fn add_slot_rows(lang: Language, body: web::Bytes) -> Result<HttpResponse, AppError> {
    with_more_rows(lang, CreateForm::from_fields(&Fields::parse(&body)))
}

/// The create form as typed, with five more empty slot rows (200).
fn with_more_rows(lang: Language, mut form: CreateForm) -> Result<HttpResponse, AppError> {
    form.rows.extend(empty_rows(CREATE_ROWS));
    form.days.extend(empty_rows(CREATE_ROWS));
    render(
        StatusCode::OK,
        &page(lang, form, &[], FieldErrors::default(), false, true),
        Privacy::Public,
        None,
    )
}

/// `POST /polls`: creates the poll and redirects to its admin page, or shows the form
/// again (422) with every typed value and the problems, or, when the honeypot is filled,
/// with the message that nothing was saved. `more_rows` only adds five empty slot rows
/// (200, nothing saved).
pub async fn create_poll(
    state: web::Data<AppState>,
    lang: Language,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let fields = Fields::parse(&body);
    let mut form = CreateForm::from_fields(&fields);
    if !fields.text("more_rows").is_empty() {
        // A page from before `/polls/rows`, or a browser without `formaction`.
        return with_more_rows(lang, form);
    }
    if form.rows.is_empty() {
        form.rows = empty_rows(CREATE_ROWS);
    }
    if form.days.is_empty() {
        form.days = empty_rows(CREATE_ROWS);
    }
    if !fields.text(HONEYPOT_FIELD).trim().is_empty() {
        tracing::info!("create form with the honeypot filled: nothing saved");
        let mut again = page(lang, form, &[], FieldErrors::default(), false, false);
        again.honeypot_filled = true;
        return render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &again,
            Privacy::Public,
            None,
        );
    }
    let zone = form.timezone.parse::<TimeZoneId>().ok();
    let now = Utc::now();
    let (draft, half) = form.draft(lang);
    let errors = if half.is_empty() {
        let created = act(&state, move |st| st.create_poll(&draft, now)).await?;
        match created {
            Ok(c) => {
                return Ok(see_other(&format!(
                    "/p/{}/admin/{}?created=1",
                    c.poll.id,
                    c.admin_token.expose()
                )));
            }
            Err(e) => e,
        }
    } else {
        with_half_rows(draft.validate(now).err().unwrap_or_default(), &half)
    };
    let row_errs = if form.is_dates() {
        day_row_errors(&form.days, zone, &[], now)
    } else {
        row_errors(&form.rows, zone, &[])
    };
    render(
        StatusCode::UNPROCESSABLE_ENTITY,
        &page(lang, form, &row_errs, errors, false, false),
        Privacy::Public,
        None,
    )
}

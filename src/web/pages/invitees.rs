//! The organizer's invitation forms under the admin link: add invitees (pasted list or
//! uploaded CSV file), send invitations, remind, mark required, remove; the mail
//! settings (notifications, automatic reminder); and duplicating the poll.

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use chrono::Utc;
use futures_util::StreamExt as _;

use super::admin::{admin_page, rejected, Admin, Typed};
use super::forms::{
    day_row_errors, day_rows, day_texts, row_errors, slot_rows, slot_texts, summarise_day_rows,
    summarise_rows, with_half_rows, Fields,
};
use super::{act, fetch, render, viewer_zone, Privacy};
use crate::actions::AppState;
use crate::domain::FieldErrors;
use crate::error::AppError;
use crate::i18n::Message;

/// What the "add people" form sent.
#[derive(Debug, Default)]
pub(super) struct InviteForm {
    /// The pasted list, as typed.
    pub list: String,
    /// The uploaded file's text, if a file was chosen.
    pub file: Option<Result<String, Message>>,
    /// "Send each new person their invitation now".
    pub send: bool,
}

/// Reads the form, sent as `multipart/form-data` (with the file input) or, by clients
/// without it, as `application/x-www-form-urlencoded`. The body was already read under
/// the size limit.
async fn invite_form(req: &HttpRequest, body: web::Bytes) -> InviteForm {
    let multipart = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.to_ascii_lowercase().starts_with("multipart/form-data"));
    if !multipart {
        let f = Fields::parse(&body);
        return InviteForm {
            list: f.text("list"),
            file: None,
            send: f.checked("send"),
        };
    }
    let stream =
        futures_util::stream::once(async move { Ok::<_, actix_web::error::PayloadError>(body) });
    let mut parts = actix_multipart::Multipart::new(req.headers(), stream);
    let mut form = InviteForm::default();
    // A malformed body reads as far as it goes: what is missing is an empty field,
    // which the form then reports.
    while let Some(Ok(mut part)) = parts.next().await {
        let name = part.name().unwrap_or_default().to_owned();
        let has_file_name = part
            .content_disposition()
            .and_then(|d| d.get_filename())
            .is_some_and(|f| !f.is_empty());
        let mut bytes = Vec::new();
        while let Some(Ok(chunk)) = part.next().await {
            bytes.extend_from_slice(&chunk);
        }
        match name.as_str() {
            "list" => form.list = String::from_utf8_lossy(&bytes).into_owned(),
            "send" => form.send = true,
            "file" if has_file_name || !bytes.is_empty() => {
                form.file = Some(file_text(bytes));
            }
            _ => {}
        }
    }
    form
}

/// An uploaded list as text: UTF-8 (a byte-order mark is dropped), else refused with a
/// message saying how to save it.
fn file_text(bytes: Vec<u8>) -> Result<String, Message> {
    let bytes = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .map(<[u8]>::to_vec)
        .unwrap_or(bytes);
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Message::new("error-invitee-file-empty"));
    }
    String::from_utf8(bytes).map_err(|_| Message::new("error-invitee-file-encoding"))
}

/// `POST …/admin/{token}/invitees`: adds the pasted or uploaded people (and, with
/// `send`, mails their invitations). Without a bad line it redirects with a banner;
/// otherwise the admin page shows the lines not used, with their numbers and reasons,
/// back in the text box to be fixed (the good ones are saved).
pub async fn add_invitees(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let admin = Admin::from_path(&path.0, &path.1)?;
    let form = invite_form(&req, body).await;
    let text = match &form.file {
        Some(Ok(_)) if !form.list.trim().is_empty() => {
            let mut errors = FieldErrors::default();
            errors.add("list", Message::new("error-invitees-both"));
            return rejected_list(&state, &req, &admin, form.list, errors).await;
        }
        Some(Ok(text)) => text.clone(),
        Some(Err(message)) => {
            let mut errors = FieldErrors::default();
            errors.add("file", message.clone());
            return rejected_list(&state, &req, &admin, form.list, errors).await;
        }
        None => form.list.clone(),
    };
    let (id, token, send) = (admin.id.clone(), admin.token.clone(), form.send);
    let outcome = match act(&state, move |st| {
        st.add_invitees(&id, &token, &text, send, Utc::now())
    })
    .await?
    {
        Ok(o) => o,
        Err(errors) => return rejected_list(&state, &req, &admin, form.list, errors).await,
    };
    if outcome.errors.is_empty() {
        return Ok(admin.done(&format!(
            "invitees&added={}&invited={}&merged={}&updated={}#invitees",
            outcome.added.len(),
            outcome.invited,
            outcome.merged,
            outcome.updated
        )));
    }
    let view = admin.view(&state).await?;
    let zone = viewer_zone(&req, &state, view.poll.timezone);
    // The lines to fix, as typed, under the list's header row when it had one.
    let mut unused: Vec<&str> = outcome.header.iter().map(String::as_str).collect();
    unused.extend(outcome.errors.iter().map(|e| e.text.as_str()));
    let page = admin_page(
        &state,
        &req,
        zone,
        &admin,
        &view,
        Typed {
            invitee_list: Some(unused.join("\n")),
            invite_outcome: Some(outcome),
            ..Typed::default()
        },
        FieldErrors::default(),
    );
    render(StatusCode::OK, &page, Privacy::Secret, None)
}

async fn rejected_list(
    state: &web::Data<AppState>,
    req: &HttpRequest,
    admin: &Admin,
    list: String,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    rejected(
        state,
        req,
        admin,
        Typed {
            invitee_list: Some(list),
            ..Typed::default()
        },
        errors,
    )
    .await
}

/// `POST …/admin/{token}/invitees/send`: mails the invitation to those not invited yet.
pub async fn send_invitations(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let admin = Admin::from_path(&path.0, &path.1)?;
    let (id, token) = (admin.id.clone(), admin.token.clone());
    let n = fetch(&state, move |st| {
        st.send_invitations(&id, &token, Utc::now())
    })
    .await?;
    Ok(admin.done(&format!("invited&count={n}#invitees")))
}

/// `POST …/admin/{token}/remind`: reminds those who have not answered.
pub async fn remind(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let admin = Admin::from_path(&path.0, &path.1)?;
    let (id, token) = (admin.id.clone(), admin.token.clone());
    let n = fetch(&state, move |st| st.remind(&id, &token, Utc::now())).await?;
    Ok(admin.done(&format!("reminded&count={n}#invitees")))
}

/// `POST …/admin/{token}/invitees/{invitee_id}/delete`: removes an invitee.
pub async fn remove_invitee(
    state: web::Data<AppState>,
    path: web::Path<(String, String, String)>,
) -> Result<HttpResponse, AppError> {
    let (raw_id, raw_token, invitee) = path.into_inner();
    let admin = Admin::from_path(&raw_id, &raw_token)?;
    let (id, token) = (admin.id.clone(), admin.token.clone());
    fetch(&state, move |st| st.remove_invitee(&id, &token, &invitee)).await?;
    Ok(admin.done("invitee_removed#invitees"))
}

/// `POST …/admin/{token}/invitees/{invitee_id}/required` with `required=on|off`.
pub async fn set_required(
    state: web::Data<AppState>,
    path: web::Path<(String, String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let (raw_id, raw_token, invitee) = path.into_inner();
    let admin = Admin::from_path(&raw_id, &raw_token)?;
    let required = Fields::parse(&body).text("required") == "on";
    let (id, token) = (admin.id.clone(), admin.token.clone());
    fetch(&state, move |st| {
        st.set_invitee_required(&id, &token, &invitee, required)
    })
    .await?;
    // Back at the table: keyboard users go on from there, not from the top.
    Ok(admin.done("required#invitees"))
}

/// `POST …/admin/{token}/notifications`: `notify` (`none`, `each`, `digest`) and
/// `remind_before_hours` (empty for none).
pub async fn set_notifications(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let admin = Admin::from_path(&path.0, &path.1)?;
    let f = Fields::parse(&body);
    let (notify, hours) = (f.text("notify"), f.text("remind_before_hours"));
    let typed = Typed {
        notifications: Some((notify.clone(), hours.clone())),
        ..Typed::default()
    };
    admin
        .submit(
            &state,
            &req,
            "notifications",
            typed,
            move |st, id, token| st.set_notifications(id, token, &notify, &hours, Utc::now()),
        )
        .await
}

/// `POST …/admin/{token}/duplicate` with slot rows: creates the next poll of the series
/// and goes to its admin page.
pub async fn duplicate_poll(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let admin = Admin::from_path(&path.0, &path.1)?;
    let fields = Fields::parse(&body);
    // The next meeting of a poll of whole days is asked with date rows.
    let day_form = !fields.all("slot_day").is_empty();
    let (rows, (texts, half)) = if day_form {
        let rows = day_rows(&fields);
        let texts = day_texts(&rows);
        (rows, (texts, Vec::new()))
    } else {
        let rows = slot_rows(&fields);
        let texts = slot_texts(&rows);
        (rows, texts)
    };
    let errors = if half.is_empty() {
        let (id, token) = (admin.id.clone(), admin.token.clone());
        match act(&state, move |st| {
            st.duplicate_poll(&id, &token, &texts, Utc::now())
        })
        .await?
        {
            Ok(created) => {
                let next = Admin {
                    id: created.poll.id.clone(),
                    token: created.admin_token,
                };
                return Ok(super::see_other(&format!("{}?created=1", next.path())));
            }
            Err(e) => e,
        }
    } else {
        with_half_rows(FieldErrors::default(), &half)
    };
    let view = admin.view(&state).await?;
    let zone = viewer_zone(&req, &state, view.poll.timezone);
    let (row_errs, mut errors) = if view.poll.whole_days() {
        let row_errs = day_row_errors(&rows, Some(view.poll.timezone), &[], Utc::now());
        let errors = summarise_day_rows(errors, &row_errs);
        (row_errs, errors)
    } else {
        let row_errs = row_errors(&rows, Some(view.poll.timezone), &[]);
        let errors = summarise_rows(errors, &row_errs);
        (row_errs, errors)
    };
    // The rows' field is `slots` on the create form; here it is the duplicate form's.
    for e in &mut errors.0 {
        if e.field == "slots" {
            e.field = "duplicate_slots";
        }
    }
    let page = admin_page(
        &state,
        &req,
        zone,
        &admin,
        &view,
        Typed {
            duplicate_rows: Some((rows, row_errs)),
            ..Typed::default()
        },
        errors,
    );
    render(
        StatusCode::UNPROCESSABLE_ENTITY,
        &page,
        Privacy::Secret,
        None,
    )
}

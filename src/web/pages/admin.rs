//! The organizer's page (`/p/{id}/admin/{token}`) and its forms. Every form posts to a
//! path under the admin link and redirects back with a `?done=` banner; invalid input
//! shows the admin page again (422) with what was typed.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use chrono::Utc;

use super::forms::{
    deadline_value, empty_rows, row_errors, slot_rows, slot_texts, summarise_rows, with_half_rows,
    CommentForm, Fields, SettingsForm, SlotRow, ADD_ROWS,
};
use super::view::{
    announcement, comment_views, first_bad_row, result_rows, row_views, zone_choices, CommentView,
    PageErrors, PollInfo, ResultRow, SlotRowView, SlotView, ZoneChoice, ZonePicker,
};
use super::{
    act, fetch, poll_id, query_param, render, secret, see_other, viewer_zone, Privacy, ViewerZone,
};
use crate::actions::{AppState, PollView};
use crate::domain::{FieldErrors, PollId, PollStatus, SecretToken};
use crate::error::AppError;
use crate::i18n::{Arg, Language, Message};
use crate::mail::Links;

/// A radio of the finalize form.
struct FinalizeOption {
    slot: SlotView,
    checked: bool,
}

#[derive(Template)]
#[template(path = "admin/show.html")]
struct AdminPage {
    lang: Language,
    /// This page's address, for the language selector.
    here: String,
    mail_summary: String,
    /// How many messages finalizing sends (the organizer's included).
    final_recipients: usize,
    info: PollInfo,
    zone: ZonePicker,
    base: String,
    slots: Vec<SlotView>,
    rows: Vec<ResultRow>,
    zone_list: Vec<ZoneChoice>,
    announcement: String,
    banner: Option<String>,
    created: bool,
    poll_url: String,
    admin_url: String,
    organizer_email: String,
    settings: SettingsForm,
    add_rows: Vec<SlotRowView>,
    finalize: Vec<FinalizeOption>,
    /// The poll's mail by state (sent, waiting, failed).
    mail: crate::db::outbox::OutboxCounts,
    can_close: bool,
    can_reopen: bool,
    finalized: bool,
    comments: Vec<CommentView>,
    comment_form: CommentForm,
    errors: PageErrors,
}

/// What a rejected form sends back into the page.
#[derive(Default)]
struct Typed {
    settings: Option<SettingsForm>,
    rows: Option<(Vec<SlotRow>, Vec<Option<Message>>)>,
    finalize_choice: Option<String>,
}

/// The poll and the admin token of the path.
struct Admin {
    id: PollId,
    token: SecretToken,
}

impl Admin {
    fn from_path(raw_id: &str, raw_token: &str) -> Result<Self, AppError> {
        Ok(Admin {
            id: poll_id(raw_id)?,
            token: secret(raw_token)?,
        })
    }

    fn path(&self) -> String {
        format!("/p/{}/admin/{}", self.id, self.token.expose())
    }

    fn done(&self, what: &str) -> HttpResponse {
        see_other(&format!("{}?done={what}", self.path()))
    }

    async fn view(&self, state: &web::Data<AppState>) -> Result<PollView, AppError> {
        let (id, token) = (self.id.clone(), self.token.clone());
        fetch(state, move |st| st.admin_view(&id, &token)).await
    }
}

fn banner(req: &HttpRequest, lang: Language) -> Option<String> {
    let done = query_param(req, "done")?;
    let key = match done.as_str() {
        "settings" => "banner-settings-saved",
        "slots" => "banner-slots-added",
        "slot_deleted" => "banner-slot-deleted",
        "response_deleted" => "banner-response-deleted",
        "closed" => "banner-closed",
        "reopened" => "banner-reopened",
        "mail_retried" => "banner-mail-retried",
        "admin_link_replaced" => "banner-admin-link-replaced",
        "finalized" => {
            return Some(
                match query_param(req, "queued").and_then(|n| n.parse::<u32>().ok()) {
                    Some(n) => lang.tn("banner-finalized", n),
                    None => lang.t("banner-finalized-unknown"),
                },
            )
        }
        _ => return None,
    };
    Some(lang.t(key))
}

/// `3 sent. 1 waiting to be sent (retried automatically). 1 failed.`
fn mail_summary(mail: &crate::db::outbox::OutboxCounts, lang: Language) -> String {
    let mut parts = vec![lang.t_args("admin-mail-sent", &[("sent", Arg::Count(mail.sent))])];
    if mail.pending > 0 {
        parts.push(lang.t_args(
            "admin-mail-pending",
            &[("pending", Arg::Count(mail.pending))],
        ));
    }
    if mail.failed > 0 {
        parts.push(lang.t_args("admin-mail-failed", &[("failed", Arg::Count(mail.failed))]));
    }
    parts.join(" ")
}

fn admin_page(
    state: &AppState,
    req: &HttpRequest,
    zone: ViewerZone,
    admin: &Admin,
    view: &PollView,
    typed: Typed,
    errors: FieldErrors,
) -> AdminPage {
    let poll = &view.poll;
    let now = Utc::now();
    let lang = zone.lang;
    let slots = SlotView::all(
        poll,
        &view.tallies,
        view.best_slot_id.as_ref().map(|s| s.as_str()),
        zone.zone,
        lang,
    );
    let info = PollInfo::new(poll, &slots, zone.zone, now, lang);
    let (rows, row_errs) = typed
        .rows
        .unwrap_or_else(|| (empty_rows(ADD_ROWS), Vec::new()));
    let bad_row = first_bad_row(&row_errs);
    let preselected = typed
        .finalize_choice
        .or_else(|| poll.final_slot_id.as_ref().map(|s| s.as_str().to_owned()))
        .or_else(|| view.best_slot_id.as_ref().map(|s| s.as_str().to_owned()));
    let first_final = slots
        .first()
        .map_or_else(|| "finalize".to_owned(), |s| format!("final_{}", s.id));
    let errors = PageErrors::new(
        summarise_rows(errors, &row_errs),
        |field| match field {
            "slots" => bad_row.clone(),
            "slot_id" => first_final.clone(),
            other => other.to_owned(),
        },
        lang,
    );
    let poll_url = state.base_url().poll_url(&poll.id);
    AdminPage {
        zone: zone.picker,
        base: admin.path(),
        rows: result_rows(view, true, None, lang),
        zone_list: zone_choices(now),
        announcement: announcement(poll, &poll_url, lang),
        banner: banner(req, lang),
        lang,
        here: admin.path(),
        mail_summary: mail_summary(&view.mail.unwrap_or_default(), lang),
        final_recipients: 1 + crate::actions::meeting_mail_recipients(poll, &view.responses).len(),
        created: query_param(req, "created").is_some_and(|v| v == "1"),
        poll_url,
        admin_url: state.base_url().admin_url(&poll.id, &admin.token),
        organizer_email: poll.organizer_email.as_str().to_owned(),
        settings: typed.settings.unwrap_or_else(|| SettingsForm::of(poll)),
        add_rows: row_views(&rows, &row_errs, Some(view.poll.timezone), lang),
        finalize: slots
            .iter()
            .map(|s| FinalizeOption {
                checked: preselected.as_deref() == Some(s.id.as_str()),
                slot: s.clone(),
            })
            .collect(),
        mail: view.mail.unwrap_or_default(),
        can_close: poll.status == PollStatus::Open,
        can_reopen: poll.status != PollStatus::Open,
        finalized: poll.status == PollStatus::Finalized,
        comments: comment_views(&view.comments, zone.zone, lang),
        comment_form: CommentForm::default(),
        slots,
        info,
        errors,
    }
}

async fn rejected(
    state: &web::Data<AppState>,
    req: &HttpRequest,
    admin: &Admin,
    typed: Typed,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let view = admin.view(state).await?;
    let zone = viewer_zone(req, state, view.poll.timezone);
    render(
        StatusCode::UNPROCESSABLE_ENTITY,
        &admin_page(state, req, zone, admin, &view, typed, errors),
        Privacy::Secret,
        None,
    )
}

/// `GET /p/{id}/admin/{token}`: links, results with addresses, settings, slots, close,
/// finalize and delete.
pub async fn show_admin(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let admin = Admin::from_path(&path.0, &path.1)?;
    let view = admin.view(&state).await?;
    let mut zone = viewer_zone(&req, &state, view.poll.timezone);
    let cookie = zone.cookie.take();
    render(
        StatusCode::OK,
        &admin_page(
            &state,
            &req,
            zone,
            &admin,
            &view,
            Typed::default(),
            FieldErrors::default(),
        ),
        Privacy::Secret,
        cookie,
    )
}

/// `POST …/admin/{token}/settings`: title, description, location, length, deadline,
/// options.
pub async fn update_settings(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let admin = Admin::from_path(&path.0, &path.1)?;
    let form = SettingsForm::from_fields(&Fields::parse(&body));
    let (id, token, f) = (admin.id.clone(), admin.token.clone(), form.clone());
    let result = act(&state, move |st| {
        let current = deadline_value(&st.admin_view(&id, &token)?.poll);
        st.update_settings(&id, &token, &f.draft(&current), Utc::now())
    })
    .await?;
    match result {
        Ok(_) => Ok(admin.done("settings")),
        Err(errors) => {
            rejected(
                &state,
                &req,
                &admin,
                Typed {
                    settings: Some(form),
                    ..Typed::default()
                },
                errors,
            )
            .await
        }
    }
}

/// `POST …/admin/{token}/slots`: adds the `slot_date` / `slot_time` rows (in the poll's
/// zone).
pub async fn add_slots(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let admin = Admin::from_path(&path.0, &path.1)?;
    let rows = slot_rows(&Fields::parse(&body));
    let (texts, half) = slot_texts(&rows);
    let errors = if half.is_empty() {
        let (id, token) = (admin.id.clone(), admin.token.clone());
        match act(&state, move |st| {
            st.add_slots(&id, &token, &texts, Utc::now())
        })
        .await?
        {
            Ok(_) => return Ok(admin.done("slots")),
            Err(e) => e,
        }
    } else {
        with_half_rows(FieldErrors::default(), &half)
    };
    let view = admin.view(&state).await?;
    let existing: Vec<_> = view.poll.slots.iter().map(|s| s.start_at).collect();
    let row_errs = row_errors(&rows, Some(view.poll.timezone), &existing);
    let rows = if rows.is_empty() {
        empty_rows(ADD_ROWS)
    } else {
        rows
    };
    let zone = viewer_zone(&req, &state, view.poll.timezone);
    let page = admin_page(
        &state,
        &req,
        zone,
        &admin,
        &view,
        Typed {
            rows: Some((rows, row_errs)),
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

/// `POST …/admin/{token}/slots/{slot_id}/delete`: removes a slot and its answers.
pub async fn delete_slot(
    state: web::Data<AppState>,
    path: web::Path<(String, String, String)>,
) -> Result<HttpResponse, AppError> {
    let (raw_id, raw_token, slot_id) = path.into_inner();
    let admin = Admin::from_path(&raw_id, &raw_token)?;
    let (id, token) = (admin.id.clone(), admin.token.clone());
    fetch(&state, move |st| {
        st.delete_slot(&id, &token, &slot_id, Utc::now())
    })
    .await?;
    Ok(admin.done("slot_deleted"))
}

/// `POST …/admin/{token}/responses/{response_id}/delete`: deletes one participant's answer.
pub async fn delete_response(
    state: web::Data<AppState>,
    path: web::Path<(String, String, String)>,
) -> Result<HttpResponse, AppError> {
    let (raw_id, raw_token, response_id) = path.into_inner();
    let admin = Admin::from_path(&raw_id, &raw_token)?;
    let (id, token) = (admin.id.clone(), admin.token.clone());
    fetch(&state, move |st| {
        st.delete_response(&id, &token, &response_id, Utc::now())
    })
    .await?;
    Ok(admin.done("response_deleted"))
}

/// `POST …/admin/{token}/mail/retry`: queues the poll's failed mail again.
pub async fn retry_mail(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let admin = Admin::from_path(&path.0, &path.1)?;
    let (id, token) = (admin.id.clone(), admin.token.clone());
    fetch(&state, move |st| {
        st.retry_failed_mail(&id, &token, Utc::now())
    })
    .await?;
    Ok(admin.done("mail_retried"))
}

/// `POST …/admin/{token}/close`: stops taking answers.
pub async fn close_poll(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let admin = Admin::from_path(&path.0, &path.1)?;
    let (id, token) = (admin.id.clone(), admin.token.clone());
    fetch(&state, move |st| st.close(&id, &token, Utc::now())).await?;
    Ok(admin.done("closed"))
}

/// `POST …/admin/{token}/reopen`: takes answers again (a finalized poll loses its slot).
pub async fn reopen_poll(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let admin = Admin::from_path(&path.0, &path.1)?;
    let (id, token) = (admin.id.clone(), admin.token.clone());
    fetch(&state, move |st| st.reopen(&id, &token, Utc::now())).await?;
    Ok(admin.done("reopened"))
}

/// `POST …/admin/{token}/finalize` with `slot_id`: chooses the slot and queues the mail.
pub async fn finalize_poll(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let admin = Admin::from_path(&path.0, &path.1)?;
    let slot_id = Fields::parse(&body).text("slot_id");
    if slot_id.trim().is_empty() {
        let mut errors = FieldErrors::default();
        errors.add("slot_id", Message::new("error-choose-slot"));
        return rejected(&state, &req, &admin, Typed::default(), errors).await;
    }
    let (id, token, chosen) = (admin.id.clone(), admin.token.clone(), slot_id.clone());
    let result = act(&state, move |st| {
        st.finalize(&id, &token, &chosen, Utc::now())
            .map(|(_, queued)| queued)
    })
    .await?;
    match result {
        Ok(queued) => Ok(admin.done(&format!("finalized&queued={queued}"))),
        Err(errors) => {
            rejected(
                &state,
                &req,
                &admin,
                Typed {
                    finalize_choice: Some(slot_id),
                    ..Typed::default()
                },
                errors,
            )
            .await
        }
    }
}

/// `POST …/admin/{token}/admin-link`: replaces a leaked admin link. The old link answers
/// 404 from now on; the organizer is sent to the new one (and mailed it).
pub async fn replace_admin_link(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let admin = Admin::from_path(&path.0, &path.1)?;
    let (id, token) = (admin.id.clone(), admin.token.clone());
    let new_token = fetch(&state, move |st| {
        st.replace_admin_token(&id, &token, Utc::now())
    })
    .await?;
    let replaced = Admin {
        id: admin.id,
        token: new_token,
    };
    Ok(replaced.done("admin_link_replaced"))
}

/// `POST …/admin/{token}/delete` with `confirm=on`: deletes the poll and everything of it.
pub async fn delete_poll(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let admin = Admin::from_path(&path.0, &path.1)?;
    if !Fields::parse(&body).checked("confirm") {
        let mut errors = FieldErrors::default();
        errors.add("confirm", Message::new("error-confirm-delete"));
        return rejected(&state, &req, &admin, Typed::default(), errors).await;
    }
    let (id, token) = (admin.id.clone(), admin.token.clone());
    fetch(&state, move |st| st.delete_poll(&id, &token)).await?;
    Ok(see_other("/"))
}

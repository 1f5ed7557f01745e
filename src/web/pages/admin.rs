//! The organizer's page (`/p/{id}/admin/{token}`) and its forms. Every form posts to a
//! path under the admin link and redirects back with a `?done=` banner; invalid input
//! shows the admin page again (422) with what was typed.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use chrono::Utc;

use super::forms::{
    day_row_errors, day_rows, day_texts, deadline_value, empty_rows, row_errors, slot_rows,
    slot_texts, summarise_day_rows, summarise_rows, with_half_rows, CommentForm, Fields,
    SettingsForm, SlotRow, ADD_ROWS,
};
use super::view::{
    announcement, comment_views, first_bad_day, first_bad_row, result_rows, row_views,
    zone_choices, CommentView, PageErrors, PollInfo, ResultRow, SlotRowView, SlotView, ZoneChoice,
    ZonePicker,
};
use super::{
    act, fetch, poll_id, query_param, render, secret, see_other, viewer_zone, Privacy, ViewerZone,
};
use crate::actions::{AppState, PollView};
use crate::domain::quorum::{answers_by_affiliation, quorum, Standing};
use crate::domain::{FieldErrors, PollId, PollStatus, SecretToken};
use crate::domain::{Invitee, TimeZoneId};
use crate::error::AppError;
use crate::i18n::{Arg, Language, Message};
use crate::mail::Links;

/// An invitee in the admin page's list.
struct InviteeRowView {
    id: String,
    /// Name, or empty.
    name: String,
    email: String,
    affiliation: String,
    /// Zone from the list, or empty.
    zone: String,
    required: bool,
    answered: bool,
    /// `Answered Tue 2 Mar 10:00` / `Invited Mon 1 Mar 09:00, reminded …` / `Not invited yet`.
    status: String,
    /// For the buttons' accessible names: the name, else the address.
    who: String,
}

/// One slot's line of the "who the meeting needs" table.
struct QuorumView {
    label: String,
    /// Whether every required invitee can attend.
    all_required: bool,
    /// `All 2 required people can attend` / `Missing: Ana (no), Bo (no answer yet)`.
    required_text: String,
    /// `Missing: 2 of DC on Environment, 1 of DC on Accessibility` (empty: nobody).
    gaps: String,
}

/// A line of the invitee list that was not used, for the page:
/// `Line 3: “bob@”: …`.
struct LineErrorView {
    message: String,
}

/// A radio of the finalize form.
struct FinalizeOption {
    slot: SlotView,
    checked: bool,
}

#[derive(Template)]
#[template(path = "admin/show.html")]
pub(super) struct AdminPage {
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
    invitees: Vec<InviteeRowView>,
    /// `9 of 14 invitees have answered: DC on Environment 2 of 3, …`.
    invitees_summary: String,
    quorum: Vec<QuorumView>,
    /// How many invitees a reminder would go to now.
    remind_count: usize,
    /// How many invitees have not been sent their invitation.
    not_invited: usize,
    /// The poll takes answers (so invitations and reminders may go).
    accepts: bool,
    /// The "add people" text box, as typed (or the lines not used).
    invitee_list: String,
    /// What the last "add people" did, when some lines were not used.
    invite_report: Option<String>,
    invitee_errors: Vec<LineErrorView>,
    notify: String,
    remind_before_hours: String,
    has_deadline: bool,
    duplicate_rows: Vec<SlotRowView>,
    /// Each respondent zone's local start of each slot.
    clock_rows: Vec<super::fairness::ClockRow>,
    /// The hours form, as stored or typed.
    hours: crate::actions::HoursDraft,
    /// How the series' chosen meetings fell for each zone of this poll's people.
    series_rows: Vec<super::fairness::BurdenRow>,
    /// How many chosen meetings the series has.
    series_meetings: usize,
    /// An availability poll's grid: heat map, best windows and the starts to finalize.
    grid: Option<super::grid::GridPage>,
    /// The start chosen in the finalize form (kept when refused).
    start_choice: String,
    /// No slot columns: the respondents table of an availability poll.
    no_slots: Vec<super::view::SlotView>,
    /// The "add to" links of the chosen meeting (the feed is in `feed`).
    meeting_links: Option<super::exports::MeetingLinks>,
    /// The calendar subscription feed, when the poll has one.
    feed: Option<super::exports::FeedView>,
    /// "This poll and its answers will be deleted on …", on the poll's clock.
    deletion: Option<String>,
}

/// What a rejected form sends back into the page.
#[derive(Default)]
pub(super) struct Typed {
    pub settings: Option<SettingsForm>,
    pub rows: Option<(Vec<SlotRow>, Vec<Option<Message>>)>,
    pub finalize_choice: Option<String>,
    /// The "add people" text box.
    pub invitee_list: Option<String>,
    /// The outcome of adding people, when some lines were not used.
    pub invite_outcome: Option<crate::actions::InviteOutcome>,
    /// `notify` and `remind_before_hours` as typed.
    pub notifications: Option<(String, String)>,
    /// The duplicate form's slot rows and their problems.
    pub duplicate_rows: Option<(Vec<SlotRow>, Vec<Option<Message>>)>,
    /// The hours form as typed.
    pub hours: Option<crate::actions::HoursDraft>,
}

/// The poll and the admin token of the path.
pub(super) struct Admin {
    pub id: PollId,
    pub token: SecretToken,
}

impl Admin {
    pub(super) fn from_path(raw_id: &str, raw_token: &str) -> Result<Self, AppError> {
        Ok(Admin {
            id: poll_id(raw_id)?,
            token: secret(raw_token)?,
        })
    }

    pub(super) fn path(&self) -> String {
        format!("/p/{}/admin/{}", self.id, self.token.expose())
    }

    pub(super) fn done(&self, what: &str) -> HttpResponse {
        see_other(&format!("{}?done={what}", self.path()))
    }

    /// Runs a form's action with this poll and token: done, back to the admin page with
    /// the `done` banner; invalid input, the admin page again (422) with `typed` (what
    /// was typed) and the problems.
    pub(super) async fn submit<T, F>(
        &self,
        state: &web::Data<AppState>,
        req: &HttpRequest,
        done: &str,
        typed: Typed,
        action: F,
    ) -> Result<HttpResponse, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&AppState, &PollId, &SecretToken) -> Result<T, crate::actions::ActionError>
            + Send
            + 'static,
    {
        let (id, token) = (self.id.clone(), self.token.clone());
        match act(state, move |st| action(st, &id, &token)).await? {
            Ok(_) => Ok(self.done(done)),
            Err(errors) => rejected(state, req, self, typed, errors).await,
        }
    }

    pub(super) async fn view(&self, state: &web::Data<AppState>) -> Result<PollView, AppError> {
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
        "invitee_removed" => "banner-invitee-removed",
        "required" => "banner-required-saved",
        "notifications" => "banner-notifications-saved",
        "hours" => "banner-hours-saved",
        "feed_replaced" => "banner-feed-replaced",
        "kept" => "banner-kept",
        "invitees" => {
            let n = |k: &str| {
                query_param(req, k)
                    .and_then(|v| v.parse::<i64>().ok())
                    .unwrap_or(0)
            };
            // The sentence's optional parts (merged, updated) leave spaces when empty.
            return Some(tidy_spaces(&lang.t_args(
                "banner-invitees-added",
                &[
                    ("added", Arg::Count(n("added"))),
                    ("invited", Arg::Count(n("invited"))),
                    ("merged", Arg::Count(n("merged"))),
                    ("updated", Arg::Count(n("updated"))),
                ],
            )));
        }
        "invited" | "reminded" => {
            let count = query_param(req, "count")
                .and_then(|v| v.parse::<u32>().ok())
                .unwrap_or(0);
            return Some(lang.tn(
                if done == "invited" {
                    "banner-invitations-sent"
                } else {
                    "banner-reminders-sent"
                },
                count,
            ));
        }
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

pub(super) fn admin_page(
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
    let deletion = view.life.map(|life| {
        let d = state.retention.deletion(&life, now);
        lang.t2(
            "lifecycle-admin-deleted-on",
            "date",
            poll.timezone.local(d.at).long(lang),
            "reason",
            crate::mail::lifecycle::deletion_reason(&d, state.retention.days(), lang),
        )
    });
    let (rows, row_errs) = typed
        .rows
        .unwrap_or_else(|| (empty_rows(ADD_ROWS), Vec::new()));
    let bad_row = if poll.whole_days() {
        first_bad_day(&row_errs)
    } else {
        first_bad_row(&row_errs)
    };
    let start_choice = typed.finalize_choice.clone().unwrap_or_default();
    let preselected = typed
        .finalize_choice
        .or_else(|| poll.final_slot_id.as_ref().map(|s| s.as_str().to_owned()))
        .or_else(|| view.best_slot_id.as_ref().map(|s| s.as_str().to_owned()));
    let first_final = slots
        .first()
        .map_or_else(|| "finalize".to_owned(), |s| format!("final_{}", s.id));
    let (dup_rows, dup_errs) = typed
        .duplicate_rows
        .unwrap_or_else(|| (empty_rows(ADD_ROWS), Vec::new()));
    let dup_bad_row = if poll.whole_days() {
        format!("dup-{}", first_bad_day(&dup_errs))
    } else {
        format!("dup-{}", first_bad_row(&dup_errs))
    };
    let errors = PageErrors::new(
        if poll.whole_days() {
            summarise_day_rows(errors, &row_errs)
        } else {
            summarise_rows(errors, &row_errs)
        },
        |field| match field {
            "slots" => bad_row.clone(),
            "duplicate_slots" => dup_bad_row.clone(),
            "slot_id" => first_final.clone(),
            "invitees" | "list" => "invitee-list".to_owned(),
            "file" => "invitee-file".to_owned(),
            other => other.to_owned(),
        },
        lang,
    );
    let invitees = &view.invitees;
    let (notify, remind_before_hours) = typed.notifications.unwrap_or_else(|| {
        (
            poll.notify.as_str().to_owned(),
            poll.remind_before_hours
                .map(|h| h.to_string())
                .unwrap_or_default(),
        )
    });
    let (invite_report, invitee_errors) = match &typed.invite_outcome {
        Some(o) => (
            Some(lang.t_args(
                "admin-invitees-report",
                &[
                    ("added", Arg::Count(o.added.len() as i64)),
                    ("invited", Arg::Count(o.invited as i64)),
                    ("unused", Arg::Count(o.errors.len() as i64)),
                ],
            )),
            o.errors
                .iter()
                .map(|e| LineErrorView {
                    message: lang.t_args(
                        "admin-invitee-line-error",
                        &[
                            ("n", Arg::Count(e.line as i64)),
                            ("text", Arg::Text(e.text.clone())),
                            (
                                "reason",
                                Arg::Text(Message::from(e.error.clone()).render(lang)),
                            ),
                        ],
                    ),
                })
                .collect(),
        ),
        None => (None, Vec::new()),
    };
    let poll_url = state.base_url().poll_url(&poll.id);
    AdminPage {
        zone: zone.picker,
        base: admin.path(),
        rows: {
            let mut rows = result_rows(view, true, None, lang);
            // An availability poll's answers are marks on its grid (the heat map): its
            // table lists who answered, with no slot columns.
            if poll.grid.is_some() {
                for r in &mut rows {
                    r.cells.clear();
                }
            }
            rows
        },
        no_slots: Vec::new(),
        meeting_links: super::exports::MeetingLinks::of(state, view)
            .map(|m| super::exports::MeetingLinks { feed: None, ..m }),
        feed: super::exports::FeedView::of(state, view),
        zone_list: zone_choices(now),
        announcement: announcement(poll, &poll_url, lang),
        banner: banner(req, lang),
        lang,
        here: admin.path(),
        mail_summary: mail_summary(&view.mail.unwrap_or_default(), lang),
        final_recipients: 1 + crate::actions::meeting_mail_recipients(
            poll,
            &view.responses,
            invitees,
        )
        .len(),
        invitees: invitee_rows(invitees, zone.zone, lang),
        invitees_summary: invitees_summary(invitees, lang),
        quorum: quorum_views(view, &slots, lang),
        remind_count: crate::actions::reminder_count(invitees, now),
        not_invited: invitees.iter().filter(|i| i.invited_at.is_none()).count(),
        accepts: poll.accepts_responses(now),
        invitee_list: typed.invitee_list.unwrap_or_default(),
        invite_report,
        invitee_errors,
        notify,
        remind_before_hours,
        has_deadline: poll.deadline_at.is_some(),
        duplicate_rows: row_views(&dup_rows, &dup_errs, Some(poll.timezone), lang),
        clock_rows: super::fairness::clock_rows(poll, &view.responses, zone.zone, lang),
        series_rows: super::fairness::burden_rows(view),
        series_meetings: view.series.len(),
        grid: super::grid::GridPage::new(view, zone.zone, &[], true, lang),
        start_choice,
        hours: typed
            .hours
            .unwrap_or_else(|| crate::actions::HoursDraft::of(&poll.hours)),
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
        deletion,
        slots,
        info,
        errors,
    }
}

pub(super) async fn rejected(
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
    let f = form.clone();
    let typed = Typed {
        settings: Some(form),
        ..Typed::default()
    };
    admin
        .submit(&state, &req, "settings", typed, move |st, id, token| {
            let current = deadline_value(&st.admin_view(id, token)?.poll);
            st.update_settings(id, token, &f.draft(&current), Utc::now())
        })
        .await
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
    let fields = Fields::parse(&body);
    // The date rows of a poll of whole days, or the date and time rows of a poll of
    // times.
    let day_form = !fields.all("slot_day").is_empty();
    let rows = if day_form {
        day_rows(&fields)
    } else {
        slot_rows(&fields)
    };
    let (mut texts, half) = if day_form {
        (day_texts(&rows), Vec::new())
    } else {
        slot_texts(&rows)
    };
    // Times chosen in the planner: UTC instants (`2027-03-22T08:00:00Z`).
    texts.extend(fields.all("slot"));
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
    let row_errs = if view.poll.whole_days() {
        let existing: Vec<_> = view.poll.slots.iter().map(|s| s.day()).collect();
        day_row_errors(&rows, Some(view.poll.timezone), &existing, Utc::now())
    } else {
        let existing: Vec<_> = view.poll.slots.iter().map(|s| s.start_at).collect();
        row_errors(&rows, Some(view.poll.timezone), &existing)
    };
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
    let fields = Fields::parse(&body);
    // An availability poll's form names a window's start; a poll of times, a slot.
    let (slot_id, start) = (fields.text("slot_id"), fields.text("start"));
    let window = !start.trim().is_empty();
    if slot_id.trim().is_empty() && !window {
        let mut errors = FieldErrors::default();
        errors.add(
            if fields.all("start").is_empty() {
                "slot_id"
            } else {
                "start"
            },
            Message::new("error-choose-slot"),
        );
        return rejected(&state, &req, &admin, Typed::default(), errors).await;
    }
    let slot_id = if window { start } else { slot_id };
    let (id, token, chosen) = (admin.id.clone(), admin.token.clone(), slot_id.clone());
    let result = act(&state, move |st| {
        if window {
            st.finalize_window(&id, &token, &chosen, Utc::now())
        } else {
            st.finalize(&id, &token, &chosen, Utc::now())
        }
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

/// `POST …/admin/{token}/hours`: the hours of the day slots are judged by (`day_start`,
/// `work_start`, `work_end`, `night_start`, as `HH:MM`).
pub async fn set_hours(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let admin = Admin::from_path(&path.0, &path.1)?;
    let f = Fields::parse(&body);
    let draft = crate::actions::HoursDraft {
        day_start: f.text("day_start"),
        work_start: f.text("work_start"),
        work_end: f.text("work_end"),
        night_start: f.text("night_start"),
    };
    let d = draft.clone();
    let typed = Typed {
        hours: Some(draft),
        ..Typed::default()
    };
    admin
        .submit(&state, &req, "hours", typed, move |st, id, token| {
            st.set_hours(id, token, &d, Utc::now())
        })
        .await
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

/// `Tue 2 Mar 10:00` in `zone`.
fn short_time(t: chrono::DateTime<Utc>, zone: TimeZoneId, lang: Language) -> String {
    let local = zone.local(t);
    format!("{} {}", local.short_date(lang), local.hm())
}

fn invitee_rows(invitees: &[Invitee], zone: TimeZoneId, lang: Language) -> Vec<InviteeRowView> {
    invitees
        .iter()
        .map(|i| {
            let status = match (i.response_id.is_some(), i.invited_at, i.reminded_at) {
                (true, _, _) => lang.t("invitee-answered"),
                (false, None, _) => lang.t("invitee-not-invited"),
                (false, Some(inv), None) => {
                    lang.t1("invitee-invited", "when", short_time(inv, zone, lang))
                }
                (false, Some(inv), Some(rem)) => lang.t2(
                    "invitee-reminded",
                    "invited",
                    short_time(inv, zone, lang),
                    "reminded",
                    short_time(rem, zone, lang),
                ),
            };
            InviteeRowView {
                id: i.id.as_str().to_owned(),
                name: i.name.clone().unwrap_or_default(),
                email: i.email.as_str().to_owned(),
                affiliation: i.affiliation.clone().unwrap_or_default(),
                zone: i.timezone.map(|z| z.name().to_owned()).unwrap_or_default(),
                required: i.required,
                answered: i.response_id.is_some(),
                status,
                who: i.display_name().to_owned(),
            }
        })
        .collect()
}

/// `9 of 14 invitees have answered. DC on Environment: 2 of 3; …`.
fn invitees_summary(invitees: &[Invitee], lang: Language) -> String {
    if invitees.is_empty() {
        return String::new();
    }
    let answered = invitees.iter().filter(|i| i.response_id.is_some()).count();
    let mut out = lang.t_args(
        "admin-invitees-answered",
        &[
            ("answered", Arg::Count(answered as i64)),
            ("invited", Arg::Count(invitees.len() as i64)),
        ],
    );
    let groups = answers_by_affiliation(invitees);
    if groups.len() > 1 || groups.first().is_some_and(|g| g.affiliation.is_some()) {
        let parts: Vec<String> = groups
            .iter()
            .map(|g| {
                lang.t_args(
                    "admin-invitees-group",
                    &[
                        (
                            "affiliation",
                            Arg::Text(
                                g.affiliation
                                    .clone()
                                    .unwrap_or_else(|| lang.t("quorum-no-affiliation")),
                            ),
                        ),
                        ("answered", Arg::Count(g.answered as i64)),
                        ("invited", Arg::Count(g.invited as i64)),
                    ],
                )
            })
            .collect();
        out.push(' ');
        out.push_str(&parts.join("; "));
    }
    out
}

fn quorum_views(view: &PollView, slots: &[SlotView], lang: Language) -> Vec<QuorumView> {
    quorum(&view.poll.slots, &view.invitees, &view.responses)
        .into_iter()
        .zip(slots)
        .map(|(q, s)| {
            let required_text = if q.required == 0 {
                lang.t("quorum-none-required")
            } else if q.all_required_can_attend() {
                lang.tn("quorum-all-required", q.required)
            } else {
                let names: Vec<String> = q
                    .required_missing
                    .iter()
                    .map(|(i, standing)| {
                        lang.t1(
                            match standing {
                                Standing::NotAnswered => "quorum-person-no-answer",
                                _ => "quorum-person-cannot",
                            },
                            "name",
                            i.display_name(),
                        )
                    })
                    .collect();
                lang.t1("quorum-required-missing", "names", names.join(", "))
            };
            let gaps: Vec<String> = q
                .gaps
                .iter()
                .map(|g| {
                    let counts = [
                        ("missing", Arg::Count(g.missing as i64)),
                        ("invited", Arg::Count(g.invited as i64)),
                    ];
                    match &g.affiliation {
                        Some(a) => lang.t_args(
                            "quorum-gap",
                            &[
                                counts[0].clone(),
                                counts[1].clone(),
                                ("affiliation", Arg::Text(a.clone())),
                            ],
                        ),
                        None => lang.t_args("quorum-gap-none", &counts),
                    }
                })
                .collect();
            QuorumView {
                label: s.label.clone(),
                all_required: q.all_required_can_attend(),
                required_text,
                gaps: if gaps.is_empty() {
                    lang.t("quorum-nobody-missing")
                } else {
                    lang.t1("quorum-missing", "groups", gaps.join(", "))
                },
            }
        })
        .collect()
}

/// `text` without runs of plain spaces and without spaces at its ends (no-break spaces,
/// which French typography needs, are kept).
fn tidy_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.trim_matches(' ').chars() {
        if c == ' ' && out.ends_with(' ') {
            continue;
        }
        out.push(c);
    }
    out
}

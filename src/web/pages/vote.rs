//! The participant's pages: the vote page with results and comments (`/p/{id}`), the
//! personal edit page (`/p/{id}/r/{token}`), an invitee's personal page
//! (`/p/{id}/i/{token}`), and the calendar file.

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use chrono::{DateTime, Utc};

use super::forms::{CommentForm, Fields, ResponseForm};
use super::grid::GridPage;
use super::view::{
    answers_by_slot, comment_views, result_rows, zone_choices, Cell, CommentView, PageErrors,
    PollInfo, ResultRow, SlotAnswers, SlotView, ZoneChoice, ZonePicker,
};
use super::{
    act, fetch, poll_id, query_param, render, respondent_zone, secret, see_other, viewer_zone,
    Privacy, ViewerZone,
};
use crate::actions::{AppState, EditLinkMail, PollView};
use crate::domain::{FieldErrors, PollId, PollStatus, Response, SecretToken, Vote};
use crate::error::AppError;
use crate::i18n::Language;
use crate::mail::Links;
use crate::web::language::request_language;

/// One radio of a slot's answer group.
struct VoteOption {
    value: &'static str,
    id: String,
    symbol: &'static str,
    label: String,
    class: &'static str,
    checked: bool,
}

/// A slot in the answer form.
struct FormSlot {
    slot: SlotView,
    options: Vec<VoteOption>,
    /// The slot's yes / if need be / no counts without this person's saved answer: the
    /// script adds the answer being chosen to show live totals.
    others: (u32, u32, u32),
}

/// The answer form, prefilled.
struct VoteForm {
    action: String,
    form: ResponseForm,
    slots: Vec<FormSlot>,
}

/// The personal-link box of the edit page.
struct EditBox {
    /// Where "withdraw my answer" posts (`None` on an invitee's link before answering).
    delete_action: Option<String>,
    link: String,
    /// Reached through an invitation's personal link.
    invited: bool,
    saved: bool,
    mailed: bool,
    /// The link was not mailed this time: a mail cap held it back.
    mail_withheld: bool,
}

/// The participant's own answer (edit page, once the form is gone).
struct OwnAnswer {
    label: String,
    cell: Cell,
}

#[derive(Template)]
#[template(path = "polls/show.html")]
struct VotePage {
    lang: Language,
    /// This page's address, for the language selector.
    here: String,
    info: PollInfo,
    zone: ZonePicker,
    zone_action: String,
    slots: Vec<SlotView>,
    show_results: bool,
    rows: Vec<ResultRow>,
    by_slot: Vec<SlotAnswers>,
    zone_list: Vec<ZoneChoice>,
    form: Option<VoteForm>,
    edit: Option<EditBox>,
    /// The form changes a saved answer (else it gives a new one).
    editing_answer: bool,
    /// On an invitee's link: who invited them, by name.
    invited_by: Option<String>,
    own_answers: Vec<OwnAnswer>,
    comments: Vec<CommentView>,
    comment_form: CommentForm,
    errors: PageErrors,
    /// An availability poll's grid (form and heat map) in the viewer's zone.
    grid: Option<GridPage>,
    /// The "add to" links and the subscription feed of the chosen meeting.
    meeting_links: Option<super::exports::MeetingLinks>,
}

/// Which personal link a page was reached through.
#[derive(Clone, Copy)]
enum Link<'a> {
    /// A response's edit link (`/p/{id}/r/{token}`).
    Edit(&'a SecretToken),
    /// An invitee's personal link (`/p/{id}/i/{token}`).
    Invitation(&'a SecretToken),
}

/// The answer reached through a personal link (none yet on an invitation link).
struct Editing<'a> {
    link: Link<'a>,
    response: Option<&'a Response>,
    saved: bool,
    /// Just saved, and its edit-link mail held back by a mail cap.
    mail_withheld: bool,
}

fn vote_options(
    slot_id: &str,
    if_need_be: bool,
    typed: Option<&str>,
    lang: Language,
) -> Vec<VoteOption> {
    [Vote::Yes, Vote::IfNeedBe, Vote::No]
        .into_iter()
        .filter(|v| if_need_be || *v != Vote::IfNeedBe)
        .map(|v| {
            let cell = Cell::of(Some(v), lang);
            VoteOption {
                value: v.as_str(),
                id: format!("vote_{slot_id}_{}", v.as_str()),
                symbol: cell.symbol,
                label: cell.text,
                class: cell.class,
                checked: typed == Some(v.as_str()),
            }
        })
        .collect()
}

struct PageInput<'a> {
    view: &'a PollView,
    zone: &'a ViewerZone,
    path: &'a str,
    editing: Option<Editing<'a>>,
    form: ResponseForm,
    comment: CommentForm,
    errors: FieldErrors,
}

fn vote_page(state: &AppState, p: PageInput<'_>, now: DateTime<Utc>) -> VotePage {
    let poll = &p.view.poll;
    let zone = p.zone.zone;
    let lang = p.zone.lang;
    let slots = SlotView::all(
        poll,
        &p.view.tallies,
        p.view.best_slot_id.as_ref().map(|s| s.as_str()),
        zone,
        lang,
    );
    let info = PollInfo::new(poll, &slots, zone, now, lang);
    let show_results = poll.shows_results();
    let grid = GridPage::new(p.view, zone, &p.form.votes, show_results, lang);
    let first_radio = match (&grid, poll.slots.first()) {
        (Some(_), _) => "grid-answer".to_owned(),
        (None, Some(s)) => format!("vote_{}_yes", s.id),
        (None, None) => "name".to_owned(),
    };
    let errors = PageErrors::new(
        p.errors,
        |field| {
            if field == "votes" || field == "availability" {
                first_radio.clone()
            } else {
                field.to_owned()
            }
        },
        lang,
    );
    let accepts = poll.accepts_responses(now);
    let form = accepts.then(|| VoteForm {
        action: match p.editing.as_ref().map(|e| e.link) {
            Some(Link::Edit(t)) => format!("/p/{}/r/{}", poll.id, t.expose()),
            Some(Link::Invitation(t)) => format!("/p/{}/i/{}", poll.id, t.expose()),
            None => format!("/p/{}/responses", poll.id),
        },
        slots: slots
            .iter()
            .zip(&poll.slots)
            .map(|(s, slot)| {
                let saved = p
                    .editing
                    .as_ref()
                    .and_then(|e| e.response)
                    .and_then(|r| r.votes.get(&slot.id).copied());
                FormSlot {
                    options: vote_options(&s.id, poll.if_need_be, p.form.vote_for(&s.id), lang),
                    others: (
                        s.yes - u32::from(saved == Some(Vote::Yes)),
                        s.if_need_be - u32::from(saved == Some(Vote::IfNeedBe)),
                        s.no - u32::from(saved == Some(Vote::No)),
                    ),
                    slot: s.clone(),
                }
            })
            .collect(),
        form: p.form,
    });
    let own = p.editing.as_ref().and_then(|e| e.response);
    let own_answers = match own {
        Some(r) if !accepts => slots
            .iter()
            .zip(&poll.slots)
            .map(|(view, slot)| OwnAnswer {
                label: view.label.clone(),
                cell: Cell::of(r.votes.get(&slot.id).copied(), lang),
            })
            .collect(),
        _ => Vec::new(),
    };
    let edit = p.editing.as_ref().map(|e| match e.link {
        Link::Edit(t) => EditBox {
            delete_action: Some(format!("/p/{}/r/{}/delete", poll.id, t.expose())),
            link: state.base_url().edit_url(&poll.id, t),
            invited: false,
            saved: e.saved,
            mailed: own.is_some_and(|r| r.email.is_some()) && !e.mail_withheld,
            mail_withheld: e.mail_withheld,
        },
        Link::Invitation(t) => EditBox {
            // An invitee withdraws through the organizer: their link stays theirs.
            delete_action: None,
            link: state.base_url().invitee_url(&poll.id, t),
            invited: true,
            saved: e.saved,
            mailed: false,
            mail_withheld: false,
        },
    });
    let invited_by = p
        .editing
        .as_ref()
        .filter(|e| matches!(e.link, Link::Invitation(_)))
        .map(|_| poll.organizer_name.clone());
    let rows = if show_results {
        result_rows(p.view, false, own.map(|r| r.id.as_str()), lang)
    } else {
        Vec::new()
    };
    VotePage {
        lang,
        here: p.path.to_owned(),
        by_slot: answers_by_slot(&slots, &rows, lang),
        rows,
        zone_list: zone_choices(now),
        info,
        zone: p.zone.picker.clone(),
        zone_action: p.path.to_owned(),
        slots,
        show_results,
        form,
        edit,
        editing_answer: own.is_some(),
        invited_by,
        own_answers,
        comments: comment_views(&p.view.comments, zone, lang),
        comment_form: p.comment,
        errors,
        grid,
        meeting_links: super::exports::MeetingLinks::of(state, p.view),
    }
}

/// `GET /p/{id}`: the vote page, times in the viewer's zone (`?tz=`, cookie, or the
/// poll's zone).
pub async fn show_poll(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let id = poll_id(&path)?;
    let view = fetch(&state, move |st| st.view(&id)).await?;
    let zone = viewer_zone(&req, &state, view.poll.timezone);
    let page = vote_page(
        &state,
        PageInput {
            view: &view,
            zone: &zone,
            path: req.path(),
            editing: None,
            form: ResponseForm::blank(zone.zone),
            comment: CommentForm::default(),
            errors: FieldErrors::default(),
        },
        Utc::now(),
    );
    render(StatusCode::OK, &page, Privacy::Public, zone.cookie.clone())
}

/// `POST /p/{id}/responses`: saves a new answer and redirects to its personal page
/// (with `&mail=withheld` when a mail cap held its edit-link mail back); invalid input
/// → 422 with the form as typed; closed or full poll → 409.
pub async fn submit_response(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let id = poll_id(&path)?;
    let form = ResponseForm::from_fields(&Fields::parse(&body));
    let draft = form.draft(request_language(&req));
    let pid = id.clone();
    match act(&state, move |st| {
        st.submit_response(&pid, &draft, Utc::now())
    })
    .await?
    {
        Ok(saved) => Ok(see_other(&format!(
            "/p/{id}/r/{}?saved=1{}",
            saved.token.expose(),
            if saved.mail == EditLinkMail::Withheld {
                "&mail=withheld"
            } else {
                ""
            }
        ))),
        Err(errors) => {
            rejected_on_public_page(&state, &req, id, Some(form), CommentForm::default(), errors)
                .await
        }
    }
}

/// The public vote page again with status 422: a rejected answer (`form`, as typed) or
/// comment (`comment`, as typed; the answer form then starts blank in the viewer's zone).
async fn rejected_on_public_page(
    state: &web::Data<AppState>,
    req: &HttpRequest,
    id: PollId,
    form: Option<ResponseForm>,
    comment: CommentForm,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let view = fetch(state, move |st| st.view(&id)).await?;
    let zone = viewer_zone(req, state, view.poll.timezone);
    let path = format!("/p/{}", view.poll.id);
    let page = vote_page(
        state,
        PageInput {
            view: &view,
            zone: &zone,
            path: &path,
            editing: None,
            form: form.unwrap_or_else(|| ResponseForm::blank(zone.zone)),
            comment,
            errors,
        },
        Utc::now(),
    );
    render(
        StatusCode::UNPROCESSABLE_ENTITY,
        &page,
        Privacy::Public,
        None,
    )
}

/// `GET /p/{id}/r/{token}`: the vote page with the form prefilled with this answer;
/// `?saved=1` shows the personal link to bookmark (`&mail=withheld`: saying it was not
/// mailed).
pub async fn show_response(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (raw_id, raw_token) = path.into_inner();
    let id = poll_id(&raw_id)?;
    let token = secret(&raw_token)?;
    let tk = token.clone();
    let (view, response) = fetch(&state, move |st| st.response_view(&id, &tk)).await?;
    let zone = respondent_zone(&req, &state, response.timezone);
    let saved = query_param(&req, "saved").is_some_and(|v| v == "1");
    let mail_withheld = saved && query_param(&req, "mail").is_some_and(|v| v == "withheld");
    let page = vote_page(
        &state,
        PageInput {
            view: &view,
            zone: &zone,
            path: req.path(),
            editing: Some(Editing {
                link: Link::Edit(&token),
                response: Some(&response),
                saved,
                mail_withheld,
            }),
            form: ResponseForm::from_response(&response, &view),
            comment: CommentForm::default(),
            errors: FieldErrors::default(),
        },
        Utc::now(),
    );
    render(StatusCode::OK, &page, Privacy::Secret, zone.cookie.clone())
}

/// `POST /p/{id}/r/{token}`: replaces this answer and redirects back with `?saved=1`.
pub async fn update_response(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let (raw_id, raw_token) = path.into_inner();
    let id = poll_id(&raw_id)?;
    let token = secret(&raw_token)?;
    let form = ResponseForm::from_fields(&Fields::parse(&body));
    let draft = form.draft(request_language(&req));
    let (pid, tk) = (id.clone(), token.clone());
    match act(&state, move |st| {
        st.update_response(&pid, &tk, None, &draft, Utc::now())
    })
    .await?
    {
        Ok(_) => Ok(see_other(&format!("/p/{id}/r/{}?saved=1", token.expose()))),
        Err(errors) => {
            let tk = token.clone();
            let (view, response) = fetch(&state, move |st| st.response_view(&id, &tk)).await?;
            let zone = respondent_zone(&req, &state, response.timezone);
            let page = vote_page(
                &state,
                PageInput {
                    view: &view,
                    zone: &zone,
                    path: req.path(),
                    editing: Some(Editing {
                        link: Link::Edit(&token),
                        response: Some(&response),
                        saved: false,
                        mail_withheld: false,
                    }),
                    form,
                    comment: CommentForm::default(),
                    errors,
                },
                Utc::now(),
            );
            render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &page,
                Privacy::Secret,
                None,
            )
        }
    }
}

/// `POST /p/{id}/r/{token}/delete`: deletes this answer, back to the vote page.
pub async fn delete_own_response(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (raw_id, raw_token) = path.into_inner();
    let id = poll_id(&raw_id)?;
    let token = secret(&raw_token)?;
    let pid = id.clone();
    fetch(&state, move |st| {
        st.delete_own_response(&pid, &token, None, Utc::now())
    })
    .await?;
    Ok(see_other(&format!("/p/{id}")))
}

/// `POST /p/{id}/comments`: adds a comment, back to the comments; invalid → 422.
pub async fn add_comment(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let id = poll_id(&path)?;
    let comment = CommentForm::from_fields(&Fields::parse(&body));
    let (pid, c) = (id.clone(), comment.clone());
    match act(&state, move |st| {
        st.add_comment(&pid, &c.author_name, &c.body, Utc::now())
    })
    .await?
    {
        Ok(()) => Ok(see_other(&format!("/p/{id}#comments"))),
        Err(errors) => rejected_on_public_page(&state, &req, id, None, comment, errors).await,
    }
}

/// The invitee's page for `link`: the vote form prefilled with their answer, or with
/// their name, address and zone from the invitation list before they answer.
async fn invitee_page(
    state: &web::Data<AppState>,
    req: &HttpRequest,
    id: PollId,
    link: &SecretToken,
    typed: Option<ResponseForm>,
    errors: FieldErrors,
    saved: bool,
) -> Result<(VotePage, ViewerZone), AppError> {
    let tk = link.clone();
    let seen = fetch(state, move |st| st.invitee_view(&id, &tk)).await?;
    let fallback = seen
        .response
        .as_ref()
        .map(|r| r.timezone)
        .or(seen.invitee.timezone)
        .unwrap_or(seen.view.poll.timezone);
    let zone = if seen.response.is_some() || seen.invitee.timezone.is_some() {
        respondent_zone(req, state, fallback)
    } else {
        viewer_zone(req, state, fallback)
    };
    let form = typed.unwrap_or_else(|| match &seen.response {
        Some(r) => ResponseForm::from_response(r, &seen.view),
        None => ResponseForm::for_invitee(&seen.invitee, zone.zone),
    });
    let page = vote_page(
        state,
        PageInput {
            view: &seen.view,
            zone: &zone,
            path: req.path(),
            editing: Some(Editing {
                link: Link::Invitation(link),
                response: seen.response.as_ref(),
                saved,
                mail_withheld: false,
            }),
            form,
            comment: CommentForm::default(),
            errors,
        },
        Utc::now(),
    );
    Ok((page, zone))
}

/// `GET /p/{id}/i/{token}`: an invitee's personal link: the vote form with their name
/// (and zone, when the list gave it) filled in, or their answer once given.
pub async fn show_invitation(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (raw_id, raw_token) = path.into_inner();
    let id = poll_id(&raw_id)?;
    let link = secret(&raw_token)?;
    let saved = query_param(&req, "saved").is_some_and(|v| v == "1");
    let (page, zone) =
        invitee_page(&state, &req, id, &link, None, FieldErrors::default(), saved).await?;
    render(StatusCode::OK, &page, Privacy::Secret, zone.cookie)
}

/// `POST /p/{id}/i/{token}`: saves the invitee's answer (the first time a new one tied
/// to them, then edits of it) and redirects back with `?saved=1`; invalid → 422.
pub async fn answer_invitation(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let (raw_id, raw_token) = path.into_inner();
    let id = poll_id(&raw_id)?;
    let link = secret(&raw_token)?;
    let form = ResponseForm::from_fields(&Fields::parse(&body));
    let draft = form.draft(request_language(&req));
    let (pid, tk) = (id.clone(), link.clone());
    match act(&state, move |st| {
        st.answer_as_invitee(&pid, &tk, &draft, Utc::now())
    })
    .await?
    {
        Ok(_) => Ok(see_other(&format!("/p/{id}/i/{}?saved=1", link.expose()))),
        Err(errors) => {
            let (page, _) =
                invitee_page(&state, &req, id, &link, Some(form), errors, false).await?;
            render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &page,
                Privacy::Secret,
                None,
            )
        }
    }
}

/// A file name made of the title's letters and digits (`team-retro.ics`).
fn ics_filename(title: &str) -> String {
    let mut slug = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug: String = slug.trim_end_matches('-').chars().take(60).collect();
    let slug = slug.trim_end_matches('-');
    format!("{}.ics", if slug.is_empty() { "meeting" } else { slug })
}

/// `GET /p/{id}/event.ics`: the calendar file of the chosen slot; 404 before finalizing.
pub async fn download_event(
    state: web::Data<AppState>,
    lang: Language,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let id = poll_id(&path)?;
    let view = fetch(&state, move |st| st.view(&id)).await?;
    let poll = &view.poll;
    let slot = poll
        .final_slot()
        .filter(|_| poll.status == PollStatus::Finalized)
        .ok_or(AppError::NotFound)?;
    let ics = state
        .mailer
        .meeting_calendar(poll, slot, poll.updated_at, lang, false);
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "text/calendar; charset=utf-8"))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{}\"", ics_filename(&poll.title)),
        ))
        .insert_header((header::CACHE_CONTROL, "no-cache"))
        .body(ics))
}

#[cfg(test)]
mod tests {
    use super::ics_filename;

    #[test]
    fn ics_file_names_are_plain() {
        assert_eq!(ics_filename("Team retro: Q3!"), "team-retro-q3.ics");
        assert_eq!(ics_filename("Réunion"), "r-union.ics");
        assert_eq!(ics_filename("日本"), "meeting.ics");
    }
}

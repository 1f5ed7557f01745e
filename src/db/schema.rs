//! Table definitions (diesel). Written by hand to use only types that diesel's
//! `MultiConnection` supports on both SQLite and PostgreSQL: booleans are `Integer` 0/1,
//! UTC instants are `Timestamp`.
#![allow(missing_docs)]

diesel::table! {
    polls (id) {
        id -> Text,
        admin_token_hash -> Text,
        title -> Text,
        description -> Text,
        location -> Text,
        organizer_name -> Text,
        organizer_email -> Text,
        timezone -> Text,
        duration_minutes -> Integer,
        deadline_at -> Nullable<Timestamp>,
        if_need_be -> Integer,
        hide_results -> Integer,
        status -> Text,
        final_slot_id -> Nullable<Text>,
        calendar_sequence -> Nullable<Integer>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        language -> Text,
        notify -> Text,
        digest_sent_at -> Nullable<Timestamp>,
        remind_before_hours -> Nullable<Integer>,
        series_id -> Nullable<Text>,
        day_start_minutes -> Integer,
        work_start_minutes -> Integer,
        work_end_minutes -> Integer,
        night_start_minutes -> Integer,
        kind -> Text,
        last_activity_at -> Timestamp,
        kept_at -> Nullable<Timestamp>,
        expiry_warned_for -> Nullable<Timestamp>,
        expiry_warned_at -> Nullable<Timestamp>,
        keep_token_hash -> Nullable<Text>,
    }
}

diesel::table! {
    poll_grids (poll_id) {
        poll_id -> Text,
        from_date -> Text,
        to_date -> Text,
        day_start_minutes -> Integer,
        day_end_minutes -> Integer,
        cell_minutes -> Integer,
        weekdays -> Text,
    }
}

diesel::table! {
    slots (id) {
        id -> Text,
        poll_id -> Text,
        start_at -> Timestamp,
    }
}

diesel::table! {
    responses (id) {
        id -> Text,
        poll_id -> Text,
        edit_token_hash -> Text,
        name -> Text,
        email -> Nullable<Text>,
        affiliation -> Nullable<Text>,
        timezone -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        language -> Text,
        availability -> Nullable<Text>,
    }
}

diesel::table! {
    votes (response_id, slot_id) {
        response_id -> Text,
        slot_id -> Text,
        vote -> Text,
    }
}

diesel::table! {
    comments (id) {
        id -> Text,
        poll_id -> Text,
        author_name -> Text,
        body -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    outbox_messages (id) {
        id -> Text,
        poll_id -> Nullable<Text>,
        kind -> Text,
        envelope_from -> Text,
        recipient -> Text,
        message_id -> Text,
        raw_message -> Text,
        status -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        claim_token -> Nullable<Text>,
        claimed_until -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        created_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    invitees (id) {
        id -> Text,
        poll_id -> Text,
        name -> Nullable<Text>,
        email -> Text,
        email_key -> Text,
        affiliation -> Nullable<Text>,
        timezone -> Nullable<Text>,
        required -> Integer,
        response_id -> Nullable<Text>,
        invited_at -> Nullable<Timestamp>,
        reminded_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        auto_reminded_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    invitee_links (token_hash) {
        token_hash -> Text,
        invitee_id -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    calendar_feeds (poll_id) {
        poll_id -> Text,
        token -> Text,
        created_at -> Timestamp,
    }
}

diesel::joinable!(slots -> polls (poll_id));
diesel::joinable!(calendar_feeds -> polls (poll_id));
diesel::joinable!(poll_grids -> polls (poll_id));
diesel::joinable!(invitees -> polls (poll_id));
diesel::joinable!(invitees -> responses (response_id));
diesel::joinable!(invitee_links -> invitees (invitee_id));
diesel::joinable!(responses -> polls (poll_id));
diesel::joinable!(votes -> responses (response_id));
diesel::joinable!(votes -> slots (slot_id));
diesel::joinable!(comments -> polls (poll_id));

diesel::allow_tables_to_appear_in_same_query!(
    polls,
    poll_grids,
    invitees,
    invitee_links,
    slots,
    responses,
    votes,
    comments,
    outbox_messages,
    calendar_feeds
);

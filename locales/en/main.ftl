# Convene: English, the reference catalog. Every other catalog has exactly these keys
# (a test checks). Comments say where each string appears. Placeables such as
# { $name } are filled in by the program; keep them. Dates and times are formatted by
# the program in each language.

## Every page (templates/base.html)

# The link that jumps past the header, for keyboard users.
skip-to-content = Skip to content
# Label of the language selector in the page header.
language-label = Language
# Button next to the language selector.
language-apply = Change
# Footer of every page, followed by the link footer-create.
footer-tagline = Convene: meeting polls that get time zones right.
footer-create = Create a poll
# Labels after field names.
required = (required)
optional = (optional)

## Error pages (templates/errors/error.html, src/error.rs)

error-status = Error { $status }
error-back = Use your browser's back button to return to the page you came from, or
error-create-new = create a new poll.
error-not-found-heading = Page not found
error-not-found = There is no poll at this address, or the link is not complete. Check that you copied the whole link from the message you received.
error-conflict-heading = Not possible now
# A form sent from another web site (a forged request) is refused.
error-forbidden-heading = Not accepted from another site
error-forbidden = This form was sent from another web site, so Convene did not act on it. If you meant to do this, open the page on Convene itself and send the form from there.
error-bad-encoding-heading = The form could not be read
error-bad-encoding = The form was not sent as UTF-8 text, so Convene did not act on it. Go back and send it again; if this happens again, try another browser.
error-unavailable-heading = Temporarily unavailable
error-unavailable = The service cannot reach its database right now. Please try again in a minute.
error-internal-heading = Something went wrong
error-internal = The request could not be completed. Nothing was half-saved. Please try again; if it keeps happening, tell the operator this error id:
# Error page (413) for a form larger than Convene accepts. $kib: the limit in kibibytes (KiB).
error-too-large-heading = Too much at once
error-too-large = What you sent is larger than Convene accepts (at most { $kib } KiB). Go back: what you typed is still in the form. Shorten the longest texts or remove slot rows, then send it again.
# Error page (429) when one network sent too many requests of one kind (creating polls, answering, commenting) in a short time. $count: whole seconds to wait.
error-rate-limited-heading = Too many requests
error-rate-limited = { $count ->
    [one] Too many requests of this kind came from your network in a short time. Wait { $count } second, then go back: what you typed is still in the form, and you can send it again.
   *[other] Too many requests of this kind came from your network in a short time. Wait { $count } seconds, then go back: what you typed is still in the form, and you can send it again.
}

## Create form (templates/polls/new.html)

create-title = New poll
create-heading = Find a time to meet
create-lead = Propose a few times, share the link, and everyone answers in their own time zone.
create-rows-added = Five more slot rows added below. Nothing is saved until you press “Create poll”.
create-about = About the meeting
field-title = Title
field-description = Description
field-location = Location or meeting link
create-you = You, the organizer
field-your-name = Your name
field-your-email = Your email
create-email-hint = We send you the secret admin link here, and the final time. Participants never see it.
create-when = When
create-zone-label = Time zone of the times below
create-zone-hint = Type a city or a time-zone name, such as Zurich or Europe/Zurich. Participants see every time converted to their own zone.
field-duration = Meeting length in minutes
field-deadline = Answer deadline
create-deadline-hint = In the time zone above. After it, no more answers are taken.
create-slots = Candidate slots
create-slots-hint = Start date and time of each option, in the time zone above. Empty rows are ignored.
# Shown with every group of date and time fields.
date-format-hint = Where your browser shows plain text boxes, type dates as 2027-03-23 and times as 13:00 (24-hour clock).
# Only shown when JavaScript is off; names the button create-more-rows.
create-more-rows-hint = Need more rows? Press “Add 5 more slot rows” at the end of the form: what you typed is kept.
create-options = Options
create-offer-if-need-be = Offer “if need be” as an answer, besides yes and no
field-hide-results = Hide answers from participants until you choose the time
create-hide-results-hint = You always see every answer on your admin page.
create-submit = Create poll
create-more-rows = Add 5 more slot rows
# Create form: the label of a field hidden from people, which spam robots fill in (a "honeypot"). Only software that ignores the hiding reads it.
honeypot-label = Leave this field empty
# Create form, shown again when that hidden field was filled in: nothing was saved. Quote the create button's text exactly.
honeypot-heading = Nothing was saved yet
honeypot-text = A hidden field meant to catch spam robots was filled in (some browsers’ autofill does this too). Check the form below and press “Create poll” again.

## Shared parts of the poll pages (templates/polls/macros.html)

# Heading of the box listing a form's problems at the top of the page.
error-summary = { $count ->
    [one] Please correct this problem
   *[other] Please correct these { $count } problems
}
zone-picker-label = Show times in
zone-picker-apply = Show times
zone-picker-hint = Type a city or a time-zone name, such as Kathmandu or America/New_York.
# After a number in the totals: "3 yes", "1 if need be", "2 no".
tally-yes = yes
tally-if-need-be = if need be
tally-no = no
# Slot rows of the create form and the admin page. slot-row-number is "Slot" before a
# number, used by the script when it renumbers rows.
slot-row-number = Slot
slot-row-legend = Slot { $n }
slot-row-date = Date
slot-row-time = Start time
slot-row-remove = Remove
slot-row-add = Add a slot
# Label of the choice shown when a local time happens twice (clocks go back).
slot-row-which = Which { $time }?
slot-row-choose = Choose one
slot-row-first = { $time } UTC{ $offset } (first time, before the clocks go back)
slot-row-second = { $time } UTC{ $offset } (second time, after the clocks go back)
badge-best = Best
badge-chosen = Chosen
badge-you = You
# Sentence after the best or chosen slot above the results.
slot-summary = { $available } available ({ $yes } yes, { $if_need_be } if need be), { $no } no.
results-caption = Answers per slot
results-caption-empty = Answers per slot (none yet)
results-participant = Participant
results-delete = Delete
results-delete-whose = the answer of { $name }
results-total = Total
results-legend = Each cell shows the answer as a symbol and a word: ✓ yes, (✓) if need be, ✗ no, – no answer. “Best” marks the slot with the most people available (yes plus if need be); a tie goes to the slot that puts fewer people at night or in off hours on their own clocks, then to more yes, then to the earlier one.
results-no-answers = No answers yet.
# Answers, as shown in the results and on the answer buttons.
vote-yes = Yes
vote-if-need-be = If need be
vote-no = No
vote-none = No answer
comments-heading = Comments
comments-none = No comments yet.
comments-add = Add a comment
comments-body = Comment
comments-submit = Post comment
comments-elsewhere = Add a comment on the participant page

## The participant page (templates/polls/show.html)

fact-organizer = Organizer
fact-location = Location
fact-length = Length
# Status badge at the top of a poll.
status-open = Open
status-closed = Closed
status-finalized = Finalized
# Status sentence under the poll's title; $deadline is a date, time and zone.
status-open-text = Open for answers.
status-open-until = Open for answers until { $deadline }.
status-closed-deadline = Closed: the deadline ({ $deadline }) has passed, so answers can no longer be added or changed.
status-closed-text = Closed: the organizer has stopped taking answers.
status-finalized-text = Finalized: the meeting is on { $slot }.
final-heading = The meeting time
final-add-to-calendar = Add to calendar (.ics)
answer-saved = Your answer is saved.
personal-heading = Your personal link
personal-text = Bookmark this link to change or delete your answer later. Anyone with it can change your answer, so keep it to yourself.
personal-mailed = We also mailed it to you.
# Personal page after answering, when a limit on mail held back the message with the personal link.
personal-not-mailed = We did not mail you this link this time: Convene limits how much mail one poll sends, to protect people from unwanted mail. Copy the link or bookmark this page.
answer-heading = Your answer
answer-heading-edit = Change your answer
answer-times-in = Times are shown in { $zone }; the UTC time is given for each slot.
field-affiliation = Affiliation
field-email = Email
answer-email-hint = Only the organizer sees it. We use it to send you your edit link and the final time.
field-your-zone = Your time zone
answer-zone-hint = A city or a time-zone name. Used for the times in your mail.
answer-can-you = Can you make it?
# After the live totals on the answer form, once an answer is chosen.
answer-with-yours = (with your answer)
answer-submit = Save my answer
answer-submit-edit = Save changes
answers-heading = Answers
answers-closed = No more answers can be added or changed.
answers-yours = Your answers
results-heading = Results
# Beside the Results heading.
responses-count = { $count ->
    [one] { $count } response
   *[other] { $count } responses
}
results-hidden = The organizer has chosen to keep the answers hidden until the meeting time is chosen.
results-hidden-yours = Your own answers are in the form above.
withdraw-heading = Delete your answer
withdraw-text = This removes your name and answers from the poll. Your personal link stops working.
withdraw-submit = Delete my answer

## The organizer's admin page (templates/admin/show.html, src/web/pages/admin.rs)

admin-title = Manage: { $title }
admin-eyebrow = Manage poll
admin-created = Your poll is ready.
admin-created-mailed = Share the participant link below. We also mailed both links to { $email }.
admin-links = Links
admin-participant-link = Participant link: share it with everyone you invite
admin-admin-link = Your admin link: keep it secret
admin-admin-link-hint = Anyone with this link can change or delete the poll. It was also mailed to you.
admin-replace-link = Replace the admin link
admin-replace-link-text = If this link has reached someone it should not have: a new link replaces it, the old one stops working at once, and the new one is mailed to you.
admin-replace-link-confirm = Replace the admin link now
admin-announcement = Announcement for a mailing list
admin-announcement-hint = Ready to paste: the title, the link, the deadline, and the slots in { $zone } and in UTC.
admin-open-participant-page = Open the participant page
admin-download-ics = Download the calendar file (.ics)
admin-mail = Mail
# The poll's mail by state; $sent, $pending, $failed are counts.
admin-mail-sent = { $sent } sent.
admin-mail-pending = { $pending } waiting to be sent (retried automatically).
admin-mail-failed = { $failed } failed.
admin-mail-failed-hint = These messages could not be delivered: the mail server refused them or could not be reached. Once the mail settings are fixed, send them again:
admin-mail-retry = Send failed mail again
admin-results-private = Only you see email addresses and time zones.
admin-results-hidden = Participants don't see the answers until you finalize.
admin-finalize-heading = Choose the meeting time
admin-finalized-reopen = To take answers again instead, reopen the poll below: everyone concerned is told the meeting is off.
admin-finalize-text = Everyone who gave an email address, every invitee, and you, get a message with the time in their own zone and a calendar file.
admin-finalize-slot = Slot
# Beside each slot of the finalize form, in brackets.
slot-counts = { $yes } yes, { $if_need_be } if need be
# Above the finalize button: how many messages it sends (the organizer counts as one).
admin-finalize-recipients = { $count ->
    [one] This sends { $count } message, to you.
   *[other] This sends { $count } messages: to you, to everyone who gave an address, and to every invitee.
}
admin-finalize-submit = Finalize and notify
admin-open-closed = Open or closed
admin-close-text = Closing stops new and changed answers; you can reopen later.
admin-close-submit = Close the poll
admin-reopen-finalized-text = Reopening removes the chosen time and takes answers again.
# Under the reopen button of a finalized poll; $count counts the organizer too.
admin-reopen-cancel-recipients = { $count ->
    [one] You are sent the cancellation for your calendar.
   *[other] This sends { $count } messages with the cancellation for calendars: to you and to everyone who was sent the meeting.
}
admin-reopen-text = Reopening takes answers again.
admin-reopen-submit = Reopen the poll
admin-settings = Settings
admin-deadline-hint = In { $zone }. Leave empty for none.
admin-offer-if-need-be = Offer “if need be” as an answer
admin-settings-submit = Save settings
admin-slots = Slots
admin-slots-text = Removing a slot also removes everyone's answers for it.
admin-remove-slot-whose = the slot { $slot } and its answers
# Opened by the Remove button of a slot, before anything is removed.
admin-remove-slot-answers = { $count ->
    [one] { $count } answer for this slot will be removed with it.
   *[other] { $count } answers for this slot will be removed with it.
}
admin-remove-slot-confirm = Remove this slot
admin-add-slots = Add slots
admin-add-slots-hint = Start date and time in { $zone }. Empty rows are ignored.
admin-add-slots-submit = Add these slots
admin-delete-heading = Delete the poll
admin-delete-text = This deletes the poll with all answers and comments, at once and for good.
admin-delete-finalized-hint = Deleting sends no mail: the meeting stays in the calendars of everyone who was sent it. To call it off, reopen the poll first (that mails the cancellation), then delete it.
admin-delete-confirm = Yes, delete this poll and everything in it
admin-delete-submit = Delete the poll
# Banners after an action on the admin page.
banner-settings-saved = Settings saved.
banner-slots-added = Slots added.
banner-slot-deleted = Slot removed, together with its answers.
banner-response-deleted = Answer deleted.
banner-closed = The poll is closed: no more answers are taken.
banner-reopened = The poll is open again.
banner-mail-retried = The failed messages are queued again.
banner-admin-link-replaced = The admin link has been replaced and the old one no longer works. The new link is this page's address; it was also mailed to you.
banner-finalized = { $count ->
    [one] The poll is finalized; { $count } message with the meeting time is queued.
   *[other] The poll is finalized; { $count } messages with the meeting time are queued.
}
banner-finalized-unknown = The poll is finalized; the messages with the meeting time are queued.
# Copy buttons next to links (static/convene.js).
copy = Copy
copied = Copied
# Read out by screen readers after a copy button is pressed.
copied-status = Copied to the clipboard.

## Dates, times and lengths (everywhere)

# A date, time and zone: "Tuesday 23 March 2027, 13:00 (Europe/Zurich, UTC+01:00)".
# $date is written by the program in your language; keep $zone and $offset.
datetime-long = { $date }, { $time } ({ $zone }, UTC{ $offset })
# A slot's date and local times: "Tuesday 23 March 2027, 13:00–14:00 (UTC+01:00)".
slot-label = { $date }, { $range }
# The UTC time of a slot: "Tue 23 Mar, 12:00–13:00 UTC".
utc-range = { $date }, { $range } UTC
# Meeting lengths: "1 hour 30 minutes".
duration-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
duration-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
# Joins hours and minutes: "1 hour 30 minutes".
duration-both = { $hours } { $minutes }
# A participant's own row in the per-slot results.
name-you = { $name } (you)
# A UTC instant: "Friday 30 April 2027, 15:00 UTC".
utc-instant = { $date }, { $time } UTC

## The announcement for a mailing list (admin page; in the organizer's language)

announcement-intro = { $organizer } asks when you can meet ({ $length }). Please answer at this link; the page shows every time in your own time zone:
announcement-deadline = Please answer by { $deadline } = { $utc }.
announcement-slots = The candidate times, in { $zone } and in UTC:

## Mail (templates/mail/*). Each goes out in the recipient's language.

mail-greeting = Hello { $name },
mail-signature = — Convene
mail-signature-for = — Convene, for { $organizer }
mail-poll-label = The poll:
# To the organizer when the poll is created.
mail-admin-subject = Your poll “{ $title }” is ready
mail-admin-ready = your poll “{ $title }” is ready.
# To the organizer after they replaced the admin link.
mail-admin-replaced-subject = New admin link for your poll “{ $title }”
mail-admin-replaced = the admin link of your poll “{ $title }” has been replaced. The old link no longer works; the new one is below.
mail-admin-share = Share this link with the participants (for example on your mailing list):
mail-admin-keep-title = Keep this link to yourself:
mail-admin-keep-text = it lets you edit the poll, see the email addresses of participants, and choose the final time.
mail-admin-slots = Candidate times ({ $zone }):
mail-admin-own-zone = Everyone who opens the poll sees these times in their own time zone.
# To a participant who gave an address, after answering.
mail-edit-subject = Your answer to “{ $title }”
mail-edit-thanks = thank you for answering “{ $title }”. Your answers, in { $zone }:
mail-edit-change = To change your answer later, use your personal link (keep it to yourself):
# To everyone when the organizer chooses the time; $when is "Tue 23 Mar 13:00 (UTC+01:00)".
mail-final-subject = { $title }: { $when }
mail-final-subject-updated = Updated: { $title }: { $when }
mail-final-subject-cancelled = Cancelled: { $title }: { $when }
mail-final-chosen = the time for “{ $title }” has been chosen.
mail-final-changed = the details of “{ $title }” have changed. The meeting as it now stands:
# When the organizer reopens a finalized poll: the time below no longer holds.
mail-final-cancelled = the meeting “{ $title }” will not take place at the time below: the organizer has reopened the poll to choose another time.
mail-final-your-time = Your time ({ $zone }):
mail-final-utc = In UTC:
mail-final-where = Where: { $location }
mail-final-ics = The attached invitation (invitation.ics) adds the meeting to your calendar.
mail-final-ics-updated = The attached invitation (invitation.ics) updates the meeting in your calendar.
mail-final-ics-cancelled = The attached file (invitation.ics) removes the meeting from your calendar.

## Problems with what was typed (forms and the API). $value is what the person typed;
## $field is one of the label-* names below, used inside the sentence.

label-title = The title
label-description = The description
label-location = The location
label-your-name = Your name
label-affiliation = The affiliation
label-name = The name
label-comment = The comment
label-email = An email address
error-required = { $field } is required
error-too-long = { $field } is { $length } characters long; at most { $max } are allowed
# $code is a character code such as U+000A.
error-control = { $field } contains a control character ({ $code }); remove it
error-email = “{ $value }” is not an email address (expected something like name@example.org)
# Invitee lists (one person per line), for a line that cannot be used.
error-invitee-no-address = There is no email address on this line.
error-invitee-unreadable = This line could not be read: give a name, an email address, an affiliation and a time zone, separated by commas.
error-zone = “{ $value }” is not a known time zone; type a city such as Zurich or Kathmandu, or an IANA name such as Europe/Zurich
error-language = “{ $value }” is not a language Convene offers; use one of en, fr, es, ar, zh, ru
error-vote = “{ $value }” is not an answer; use yes, if_need_be or no
# A local time skipped when the clocks go forward; $before and $after are offsets (+01:00).
error-gap = { $local } does not exist in { $zone }: clocks jump from UTC{ $before } to UTC{ $after } and skip it; choose another time
# A local time that happens twice when the clocks go back; $example is 2027-10-31T02:30+01:00.
error-ambiguous = { $local } happens twice in { $zone }, at UTC{ $earlier } and again at UTC{ $later }; give the offset, e.g. { $example }
error-datetime = “{ $value }” is not a date and time; write it as 2027-03-23T13:00 (local) or 2027-03-23T13:00+01:00
error-duration = “{ $value }” is not a meeting length; give whole minutes from 1 to { $max }
error-deadline-past = The deadline { $value } is in the past; choose a later time
error-deadline-far = The deadline { $value } is more than { $years } years ahead
# $n is the slot's row number; $problem is one of the messages above.
error-slot = Slot { $n } ({ $value }): { $problem }
error-slot-past = Slot { $n } ({ $value }) is in the past; choose a later time
error-slot-far = Slot { $n } ({ $value }) is more than { $years } years ahead; choose an earlier time
error-slot-seconds = Slot { $n } ({ $value }) has seconds; slots start on a whole minute
error-slot-duplicate = Slot { $n } ({ $value }) is the same time as another slot; remove the duplicate
error-no-slots = Give at least one candidate slot
error-too-many-slots = A poll can have at most { $max } slots; this one would have { $total }
error-no-new-slots = Give at least one new slot
error-not-a-slot = “{ $value }” is not a slot of this poll
error-no-if-need-be = This poll does not offer “if need be”; answer yes or no
error-answered-twice = Slot { $value } is answered twice
error-no-answer = Answer at least one slot
error-comment-empty = The comment is empty
error-choose-slot = Choose the slot the meeting takes place in
error-confirm-delete = Tick the box to confirm that the poll, its answers and comments should be deleted
# Slot rows of the forms: $rows lists row numbers ("1, 3").
error-half-rows = { $count ->
    [one] Give both a date and a time for slot { $rows }, or clear the row
   *[other] Give both a date and a time for slots { $rows }, or clear the rows
}
error-row-half = Give both a date and a time, or clear both.
# A slot row whose date or time cannot be read (forms with separate date and time boxes).
error-row-format = “{ $value }” is not a date and time; give the date as 2027-03-23 and the time as 13:00.
error-row-ambiguous = { $local } happens twice in { $zone } (the clocks go back): choose which one under “Which { $time }?”.
error-row-past = This time is in the past; choose a later one.
error-row-duplicate = This is the same time as another slot; remove the duplicate.
error-row = Slot { $n }: { $problem }
# Joins two messages of the error summary into one (keep both placeables).
joined = { $first } { $rest }

## Refusals because of the poll's state (error page "Not possible now", API 409)

conflict-finalized-slots = The poll is finalized; reopen it to change its slots
conflict-chosen-slot = This is the chosen slot; reopen the poll before removing it
conflict-last-slot = A poll needs at least one slot; add another before removing this one
conflict-already-finalized = The poll is already finalized
conflict-finalize-again = The poll is already finalized; reopen it to choose another slot
conflict-answers-finalized = This poll is finalized; answers can no longer be changed
conflict-answers-closed = This poll is closed; answers can no longer be changed
conflict-answers-deadline = The deadline of this poll has passed; answers can no longer be changed
# A poll refuses new answers, or comments, once it has as many as the service allows. $max: that limit.
conflict-responses-full = This poll has reached its limit of { $max } answers, so it takes no new ones. Existing answers can still be changed.
conflict-comments-full = This poll has reached its limit of { $max } comments, so it takes no new ones.
# Finalizing, or editing a finalized meeting, refused because the meeting mail would pass the poll's mail limit. $needed: messages it would send; $cap: most messages one poll may send in 24 hours; $queued: messages this poll sent in the last 24 hours.
conflict-mail-cap-finalize = Finalizing would send { $needed } messages, but a poll may send at most { $cap } in 24 hours and this one has already sent { $queued }. Nothing was changed. Try again later, or ask whoever runs this Convene service to raise the limit.
conflict-mail-cap-update = Saving these changes would mail the updated meeting to { $needed } people, but a poll may send at most { $cap } messages in 24 hours and this one has already sent { $queued }. Nothing was changed. Try again later, or ask whoever runs this Convene service to raise the limit.
conflict-mail-cap-reopen = Reopening would mail the cancellation of the meeting to { $needed } people, but a poll may send at most { $cap } messages in 24 hours and this one has already sent { $queued }. Nothing was changed. Try again later, or ask whoever runs this Convene service to raise the limit.

## Invitations, reminders and mail settings (admin page, src/web/pages/invitees.rs,
## src/web/pages/admin.rs; the invitee's page templates/polls/show.html)

# On an invitee's personal page (/p/…/i/…), above their link.
personal-invited = { $organizer } invited you to this poll.
personal-invited-text = This is your personal invitation link: your name is filled in, and your answer is kept under it. Come back to this link to change your answer; please do not forward it.
admin-invitees = Invitees
admin-invitees-none = No one is invited by address yet. Add people below: each gets their own link, and this page shows who has answered.
# Column headings of the invitee table.
invitee-name = Name
invitee-email = Email address
invitee-zone = Time zone
invitee-status = Answer
invitee-required = Required
# The button that marks an invitee as required (and its state once marked).
invitee-required-yes = Required
invitee-required-no = Mark required
invitee-remove = Remove
invitee-remove-text = Remove { $name } from the invitees? Their personal link stops working; an answer they gave stays.
invitee-remove-confirm = Yes, remove
# An invitee's state; $when, $invited, $reminded are "Tue 2 Mar 10:00".
invitee-answered = Answered
invitee-not-invited = Not invited yet
invitee-invited = Invited { $when }
invitee-reminded = Invited { $invited }, reminded { $reminded }
admin-invitees-answered = { $answered } of { $invited } invitees have answered.
# One affiliation's count, joined by semicolons after the line above.
admin-invitees-group = { $affiliation }: { $answered } of { $invited }
admin-not-invited = { $count ->
    [one] { $count } invitee has not been sent the invitation yet.
   *[other] { $count } invitees have not been sent the invitation yet.
}
admin-send-invitations = { $count ->
    [one] Send the invitation
   *[other] Send the { $count } invitations
}
admin-remind-hint = Each invitee gets at most one message a day, and those who have answered get none.
admin-remind-submit = { $count ->
    [0] No one to remind now
    [one] Remind the { $count } person who has not answered
   *[other] Remind the { $count } people who have not answered
}
admin-invite-closed = The poll takes no answers now, so invitations and reminders cannot be sent.
admin-add-invitees = Add people
admin-invitee-list = Paste a list
admin-invitee-list-hint = One person per line: Name <address>, an address alone, or Name, address, affiliation (a time zone may follow). A CSV with a header row (name, email, affiliation, timezone) works too. An address given twice is added once.
admin-invitee-lines-unused = { $count ->
    [one] { $count } line could not be used:
   *[other] { $count } lines could not be used:
}
# $n is the line number, $text the line as pasted, $reason why it was not used.
admin-invitee-line-error = Line { $n }: “{ $text }”: { $reason }
admin-invitee-file = Or choose a CSV file
admin-invitee-send = Send each new person their invitation now
admin-invitee-add-submit = Add
# After adding people when some lines could not be used (they are back in the box).
admin-invitees-report = { $added ->
    [one] { $added } person added
   *[other] { $added } people added
}, { $invited ->
    [one] { $invited } invitation sent
   *[other] { $invited } invitations sent
}. { $unused ->
    [one] { $unused } line could not be used: it is back in the box below, to fix and add again.
   *[other] { $unused } lines could not be used: they are back in the box below, to fix and add again.
}
banner-invitees-added = { $added ->
    [one] { $added } person added
   *[other] { $added } people added
}, { $invited ->
    [one] { $invited } invitation sent
   *[other] { $invited } invitations sent
}. { $merged ->
    [0] {""}
    [one] { $merged } address was already on the list.
   *[other] { $merged } addresses were already on the list.
} { $updated ->
    [0] {""}
    [one] { $updated } invitee's details were updated.
   *[other] { $updated } invitees' details were updated.
}
banner-invitations-sent = { $count ->
    [one] { $count } invitation is queued.
   *[other] { $count } invitations are queued.
}
banner-reminders-sent = { $count ->
    [0] No reminder was sent: everyone has answered or was mailed in the last 24 hours.
    [one] { $count } reminder is queued.
   *[other] { $count } reminders are queued.
}
banner-invitee-removed = The invitee was removed. Their personal links no longer work; an answer they gave stays.
banner-required-saved = Saved: the table of who the meeting needs shows it.
banner-notifications-saved = Your mail settings are saved.

## Who the meeting needs (admin page)

quorum-heading = Who the meeting needs
quorum-hint = For each slot: whether everyone marked required can attend, and how many invitees of each affiliation cannot, or have not answered.
quorum-slot = Slot
quorum-required = Required people
quorum-invitees = Missing invitees
quorum-none-required = Nobody is marked required.
quorum-all-required = { $count ->
    [one] The { $count } required person can attend.
   *[other] All { $count } required people can attend.
}
quorum-person-no-answer = { $name } (no answer yet)
quorum-person-cannot = { $name } (cannot)
quorum-required-missing = Missing: { $names }
# One affiliation's missing invitees, e.g. "2 of DC on Environment (3 invited)".
quorum-gap = { $missing } of { $affiliation } ({ $invited } invited)
quorum-missing = Missing: { $groups }
quorum-nobody-missing = Every invitee can attend.
# Stands for the affiliation of invitees who gave none, in "Without an affiliation: 0 of 1".
quorum-no-affiliation = Without an affiliation
# Like quorum-gap, for the invitees without an affiliation.
quorum-gap-none = { $missing } without an affiliation ({ $invited } invited)

## Moving a finalized meeting, mail settings, the next poll of a series (admin page)

admin-finalized-move = The meeting is set. You can move it to another slot: everyone concerned gets the new time, and their calendars move the event.
admin-move-recipients = { $count ->
    [one] This sends { $count } message, to you.
   *[other] This sends { $count } messages: to you and to everyone concerned.
}
admin-move-submit = Move the meeting to this slot
admin-notify-heading = Mail to you
admin-notify-legend = About new answers and comments, mail { $email }:
admin-notify-none = nothing (look at this page)
admin-notify-each = at each new answer or comment
admin-notify-digest = a daily summary, at about 09:00 in the poll's time zone, when something happened
admin-remind-before = Automatic reminder, hours before the deadline
admin-remind-before-hint = Invitees who have not answered get one reminder, at about 09:00 in their own time zone (never at night), at least this many hours before the deadline. Leave empty for none.
admin-remind-before-no-deadline = It needs a deadline: set one in the settings.
admin-notify-submit = Save mail settings
admin-duplicate-heading = Next meeting of this series
admin-duplicate-text = { $count ->
    [0] A new poll with the same title, description, place, length and options, and its own slots and deadline.
    [one] A new poll with the same title, description, place, length and options, and your { $count } invitee (invited when you say so); give its slots below.
   *[other] A new poll with the same title, description, place, length and options, and your { $count } invitees (invited when you say so); give its slots below.
}
admin-duplicate-submit = Create the new poll

## Mail about invitations and activity (templates/mail/invitation, templates/mail/activity)

# Greeting when only the address is known.
mail-greeting-anonymous = Hello,
mail-invite-subject = { $organizer } asks when you can meet: “{ $title }”
mail-reminder-subject = Reminder: when can you meet? “{ $title }”
# $deadline is a date, time and zone in the recipient's zone.
mail-reminder-subject-deadline = Reminder: please answer by { $deadline }: “{ $title }”
mail-invite-intro = { $organizer } invites you to say when you can meet for “{ $title }”.
mail-reminder-intro = { $organizer } is still waiting for your answer about “{ $title }”.
mail-invite-slots = The candidate times, in your time zone ({ $zone }):
mail-invite-deadline = Please answer by { $deadline }.
mail-invite-link = Your personal link (it fills in your name and keeps your answer):
mail-invite-personal = This link is yours: please do not forward it. Come back to it to change your answer until the poll closes.
# When the organizer moves a finalized meeting to another slot.
mail-final-subject-moved = New time: { $title }: { $when }
mail-final-moved = the meeting “{ $title }” has moved to a new time.
mail-final-was = It was at ({ $zone }):
# To the organizer: a notice for each answer or comment, or a daily digest.
mail-notice-subject-answer = { $name } answered “{ $title }”
mail-notice-subject-changed = { $name } changed their answer to “{ $title }”
mail-notice-subject-comment = { $name } commented on “{ $title }”
mail-digest-subject = “{ $title }”: { $answers ->
    [one] { $answers } new answer
   *[other] { $answers } new answers
}, { $comments ->
    [one] { $comments } comment
   *[other] { $comments } comments
}
mail-notice-intro = there is news on your poll “{ $title }”.
mail-digest-intro = here is what happened on your poll “{ $title }” since the last summary.
mail-activity-answered = { $name } answered:
mail-activity-changed = { $name } changed their answer:
mail-activity-comment = { $name } wrote:
mail-activity-total = { $count ->
    [one] { $count } answer in all.
   *[other] { $count } answers in all.
}
mail-activity-invitees = { $answered } of { $invited } invitees have answered.
mail-activity-best = Best slot so far: { $slot } ({ $counts }).
mail-activity-settings = You get this mail because of the mail setting on your poll's admin page; change it there.

## Problems with invitations and mail settings (forms and the API)

error-invitees-empty = The list is empty: paste one person per line, or choose a file.
error-invitees-both = Paste a list or choose a file, not both.
error-invitee-file-empty = The file is empty.
error-invitee-file-encoding = The file is not UTF-8 text. In your spreadsheet, save it as “CSV UTF-8” and choose it again.
error-notify = “{ $value }” is not a mail setting: use none, each or digest
error-remind-before = “{ $value }” is not a number of hours from 1 to 720
conflict-invite-closed = This poll takes no answers now, so no invitation can be sent. Reopen it first.
conflict-remind-closed = This poll takes no answers now, so no reminder can be sent.
conflict-invitees-max = A poll may have at most { $max } invitees.
conflict-mail-cap-invite = Inviting would send { $needed } messages, but a poll may send at most { $cap } in 24 hours and this one has already sent { $queued }. Nothing was changed. Try again later, or ask whoever runs this Convene service to raise the limit.
conflict-mail-cap-remind = Reminding would send { $needed } messages, but a poll may send at most { $cap } in 24 hours and this one has already sent { $queued }. Nothing was changed. Try again later, or ask whoever runs this Convene service to raise the limit.

## On everyone's clock: what each slot costs people in their own time zone (results
## and admin page, src/web/pages/fairness.rs, src/web/pages/view.rs)

# How many people a slot puts at night / in off hours / all in working hours; shown
# after ☾, ◐ and ☀ as "☾ 2 at night · ◐ 1 in off hours".
cost-night = { $count } at night
cost-off = { $count } in off hours
cost-none = { $count ->
    [one] working hours for the { $count } person
   *[other] working hours for all { $count }
}
# Row heading under the totals.
results-cost-row = On their clocks
fairness-heading = On everyone's clock
fairness-hint = Each slot's start in every respondent's time zone: ☀ working hours, ◐ off hours (early morning or evening), ☾ night. Among slots with as many people available, the best is the one with the lowest score: 3 for each person at night, 1 for each in off hours.
fairness-none = Once people answer, their local times appear here.
fairness-zone = Time zone (people)
class-working = working hours
class-off = off hours
class-night = night
fairness-hours-heading = Hours of the day
fairness-hours-hint = On each person's own clock. Night ends, work starts, work ends, night starts.
field-day-start = Night ends at
field-work-start = Work starts at
field-work-end = Work ends at
field-night-start = Night starts at
fairness-hours-submit = Save the hours
banner-hours-saved = The hours of the day are saved; the costs of the slots follow them.
error-hour = “{ $value }” is not a time; write it like 07:00
error-hours-order = The hours must follow each other: night ends, then work starts, then work ends, then night starts

## The planner (templates/planner/show.html, src/web/pages/planner.rs)

planner-title = Find fair times
planner-heading = Find times that are fair to everyone
planner-lead = Give the days, the meeting's length and where people are; the planner proposes the start times that put the fewest people at night or outside working hours on their own clocks.
planner-back-to-admin = Back to the poll's admin page
planner-from = First day
planner-to = Last day
planner-zone = Your time zone
planner-zone-hint = The days and weekdays are read on this clock.
# $minutes is 15, 30 or 60.
planner-step = Try a start every
planner-step-minutes = { $minutes } minutes
planner-weekdays = On these days
weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday
planner-zones = Where people are
planner-zones-hint = One time zone or city per line, with how many people are there: “Asia/Kathmandu 3”, “new york 2”.
planner-submit = Propose times
planner-proposals = Proposed start times
planner-rule = Ranked by score (3 for each person at night, 1 for each in off hours), then by fewer people at night, then earlier. Each strip is one zone's day, from midnight: working hours, off hours and night, the meeting marked.
planner-none = No start time fits these days.
planner-score = score { $score }
planner-start-poll = Start a poll with the chosen times
planner-add-slots = Add the chosen times as slots
# On the create page and the admin page, a link to the planner.
planner-link = Not sure which times? Let the planner propose fair ones.
error-date = “{ $value }” is not a date; write it like 2027-03-22
error-planner-range-empty = The last day is before the first
error-planner-range-long = The range is longer than { $days } days
error-planner-step = Choose a step of 15, 30 or 60 minutes
error-planner-zones-empty = Give at least one time zone
# $problem says what is wrong with the line.
error-planner-zone-line = Line { $n }: { $problem }

## Issue 8: planner limits and the burden across a series
error-planner-too-much = That is too many start times for so many zones: take a longer step, fewer days or fewer zones
series-heading = Across this series
# $count: the series' meetings whose time was chosen.
series-hint = { $count ->
    [one] How often the one chosen meeting of this series fell in each zone's night or off hours (by this poll's hours). Zones near the top have carried the awkward hours: a time that spares them shares the burden.
   *[other] How often the { $count } chosen meetings of this series fell in each zone's night or off hours (by this poll's hours). Zones near the top have carried the awkward hours: a time that spares them shares the burden.
}
series-no-zones = Nobody's zone is known yet: it shows once people answer, or invitees have a zone.
series-night = meetings at night
series-off = meetings in off hours

## Issue 11: availability grids
# $value: the kind as sent.
error-poll-kind = “{ $value }” is not a kind of poll: choose candidate times, whole days or an availability grid
# $value: the cell as sent (a UTC instant).
error-not-a-cell = “{ $value }” is not a cell of this poll’s grid
# $value: the cell size as typed.
error-grid-cell = A cell is 15, 30 or 60 minutes, not “{ $value }”
error-grid-range-empty = The last day is before the first
error-grid-range-long = A grid covers at most { $days } days
error-grid-aligned = The daily hours must fall on the cells’ boundaries (every { $minutes } minutes)
error-grid-past = This grid is over: its last day must be today or later
create-kind = What to ask
create-kind-times = Candidate times
create-kind-times-hint = A few times you propose; everyone answers yes, if need be or no for each.
create-kind-availability = An availability grid
create-kind-availability-hint = A range of days and hours; everyone marks when they are free, and you pick the window that suits most.
create-grid = The grid
create-grid-hint = Days and hours on your clock (the poll’s time zone). Each person sees the grid on their own clock. Hours that end before they start run past midnight.
field-grid-from = First day
field-grid-to = Last day
field-grid-day-start = Each day from
field-grid-day-end = Each day until
field-grid-day-end-hint = Earlier than the start means the next day (22:00 to 02:00).
field-grid-cell = Cells of
grid-answer-heading = When are you free?
grid-answer-hint = Tick each time you are free. The grid is on your clock; days and times follow your time zone.
grid-answer-caption = Your availability: one row per time of day, one column per date
grid-paint-legend = Paint with
grid-paint-clear = Not free
grid-keys-hint = Drag over the cells, or use the arrow keys and Space; Shift with an arrow key paints as it moves.
grid-time = Time
grid-best-heading = Best windows
grid-no-window = No window suits anyone yet.
# $count: people who answered.
grid-heat-hint = { $count ->
    [one] How many of the 1 person who answered are free in each cell; (+N) are free if need be. Darker is more.
   *[other] How many of the { $count } people who answered are free in each cell; (+N) are free if need be. Darker is more.
}
grid-heat-caption = Who is free when: the count of people per cell
grid-heat-legend = people free
grid-nobody = nobody
# $maybe: names.
grid-names-maybe-only = if need be: { $maybe }
# $yes and $maybe: names.
grid-names-both = { $yes }; if need be: { $maybe }
# $count: people free for the whole window.
grid-window-free = { $count ->
    [one] 1 person free
   *[other] { $count } people free
}
# $count: people free; $maybe: how many of them only if need be.
grid-window-free-maybe = { $count ->
    [one] 1 person free
   *[other] { $count } people free
}, { $maybe } of them if need be
grid-finalize-label = The meeting starts at
# $zone: the zone the times are in.
grid-finalize-hint = Times on the clock of { $zone }. The meeting lasts the poll’s length from there.
grid-finalize-choose = Choose a start
grid-finalize-any = Any start
# An availability poll's grid in mail. $from and $to: dates; $start and $end: HH:MM on the clock of $zone; $minutes: cell size.
mail-grid-summary = Everyone marks when they are free from { $from } to { $to }, each day from { $start } to { $end } ({ $zone } time), in cells of { $minutes } minutes. The poll page shows the grid on your own clock.
# $title: the poll.
mail-edit-thanks-grid = thank you for marking when you are free for “{ $title }”.
# $value: the cell (a UTC instant).
error-marked-twice = The cell at { $value } is marked both free and if need be: choose one

## Issue 8: planner refinements
planner-count = Proposals to show
planner-finalized = The poll is finalized: reopen it on its admin page to add times.
error-planner-weekdays = Tick at least one weekday
# $value: as typed; $max: the most proposals.
error-planner-proposals = “{ $value }” is not a number of proposals from 1 to { $max }
error-planner-range-past = This range is over: its last day must be today or later
# $value: the count as typed.
error-planner-count = “{ $value }” is not a number of people from 1 to 10,000
# $value: the weekdays as sent.
error-grid-weekday = “{ $value }” is not a list of weekdays (mon, tue, wed, thu, fri, sat, sun)
error-grid-no-day = None of these days falls on a ticked weekday
error-grid-no-slots = An availability poll has no slots to add: people mark the cells of its grid

## dates
create-kind-dates = Whole days
create-kind-dates-hint = A few dates you propose, for a meeting that takes the day; everyone answers yes, if need be or no for each. A date is the same for everyone, whatever their time zone.
create-days = Candidate dates
create-days-hint = One date per row. Empty rows are ignored.
create-duration-days-hint = Not used for whole days.
day-row-number = Date
# $n: the row's number.
day-row-legend = Date { $n }
day-row-add = Add a date
day-all-day = all day
# $date: the date in full (Sunday 28 March 2027).
day-label = { $date }, all day
answer-days-hint = Each option is a whole day: the same date for everyone, wherever they are.
admin-announcement-days-hint = Ready to paste: the title, the link, the deadline and the dates.
admin-add-days = Add dates
admin-add-days-hint = One date per row. Empty rows are ignored.
announcement-intro-days = { $organizer } asks which days you can meet. Please answer at this link:
announcement-days = The candidate dates (the same for everyone, whatever their time zone):
mail-admin-days = Candidate dates (the same for everyone, whatever their time zone):
mail-edit-thanks-days = thank you for answering “{ $title }”. Your answers:
mail-invite-days = The candidate dates (the same for everyone, whatever their time zone):
mail-final-day = The date:
mail-final-was-day = It was on:
# $n: the date's number in the list; $value: the text given.
error-day-format = Date { $n } (“{ $value }”) is not a date; write it as 2027-03-28
error-day-past = Date { $n } ({ $value }) is in the past; choose today or a later date
error-day-far = Date { $n } ({ $value }) is more than { $years } years ahead; choose an earlier date
error-day-duplicate = Date { $n } ({ $value }) is given twice; remove the duplicate
error-no-days = Give at least one candidate date
error-row-day-format = “{ $value }” is not a date; write it as 2027-03-28.
error-row-day-past = This date is in the past; choose today or a later one.
error-row-day-duplicate = This date is given twice; remove the duplicate.
error-day-row = Date { $n }: { $problem }

## exports
# The label of one time in exported files. $date: the local date in full; $time: HH:MM on the clock of $zone (an IANA id); $utc: the UTC time (HH:MM, or YYYY-MM-DD HH:MM when the UTC date is another day).
export-slot-label = { $date } { $time } { $zone } ({ $utc } UTC)
# Column headings of the answers file (CSV).
export-csv-name = Name
export-csv-affiliation = Affiliation
export-csv-zone = Time zone
export-csv-answered-at = Answered at (UTC)
export-csv-email = E-mail
# Answers in the CSV file (lower case, as spreadsheet values).
export-csv-yes = yes
export-csv-if-need-be = if need be
export-csv-no = no
# First line of the list of participants. $title: the poll.
export-participants-heading = { $title } — participants
# $local: the meeting's start in the poll's zone, in full; $utc: its UTC date and time range.
export-participants-when = { $local } — { $utc }
export-participants-no-affiliation = Without affiliation
# $affiliation: a group's name; $count: how many people of it are listed.
export-participants-group = { $affiliation } ({ $count })
# $name: someone who can attend only if need be.
export-participants-if-need-be = { $name } (if need be)
export-participants-count = { $count ->
    [one] 1 person can attend.
   *[other] { $count } people can attend.
}
export-participants-not-answered = { $count ->
    [one] 1 invitee has not answered.
   *[other] { $count } invitees have not answered.
}
export-heading = Export
export-csv-link = Download the answers (CSV)
export-csv-emails-link = Download the answers with e-mail addresses (CSV)
export-csv-hint = A spreadsheet file: one row per answer, one column per time, in the poll’s time zone and in UTC. An empty cell means no answer for that time, which is not a “no”. Cells that a spreadsheet could run as a formula start with an apostrophe.
export-participants-link = Download the list of participants (text)
export-participants-show = Show the list of participants
export-participants-none-yet = The list of participants is ready once a time is chosen.
# $title: the poll.
export-participants-page-title = Participants: { $title }
export-participants-page-hint = Those who can attend the chosen time, by affiliation, ready to copy into the minutes.
export-participants-label = List of participants
export-back-admin = Back to the organizer’s page
export-feed-heading = Calendar subscription
export-feed-label = Subscription address
export-feed-hint = Add this address to your calendar program as a subscription (“From URL” or “Subscribe to calendar”). It shows the meeting once a time is chosen and follows any change; calendars check it about once an hour. It can only be read: nobody can change the poll with it.
export-feed-subscribe = Subscribe in your calendar program
export-feed-none = This poll has no subscription address yet.
export-feed-create = Make a subscription address
export-feed-replace = Replace the subscription address
export-feed-replace-text = The current address stops working at once: calendars subscribed to it no longer show the meeting. Participants see the new address on the poll page once a time is chosen.
export-feed-replace-confirm = Replace it now
banner-feed-replaced = The calendar subscription has a new address; the old one no longer works.
export-add-heading = Add to an online calendar
export-add-google = Add to Google Calendar
export-add-outlook = Add to Outlook.com
export-add-office = Add to Microsoft 365 (Outlook on the web)
export-add-note = These links leave Convene: they open the calendar service’s own site with the meeting filled in, and you save it there.

## lifecycle
# The expiry warning mailed to the organizer. $title: the poll.
mail-expiry-subject = Your poll “{ $title }” will soon be deleted
# $title: the poll; $date: the deletion date on the poll's clock.
mail-expiry-intro = your poll “{ $title }” will be deleted on { $date }.
mail-expiry-what = Everything of it goes then: its times, every answer and vote, the comments, the invitation list and its mail. Nobody can bring it back.
mail-expiry-keep = To keep it, open this link and press “Keep this poll”:
mail-expiry-nothing = If you no longer need it, there is nothing to do.
mail-expiry-poll = The poll:
# Why the poll is deleted on that date. $days: the retention period in days.
lifecycle-reason-meeting = { $days ->
    [one] 1 day
   *[other] { $days } days
} after its meeting
lifecycle-reason-activity = { $days ->
    [one] 1 day
   *[other] { $days } days
} after the last activity on it
lifecycle-reason-keep = { $days ->
    [one] 1 day
   *[other] { $days } days
} after you chose to keep it
# $date: the deletion date.
lifecycle-deleted-on = This poll and its answers will be deleted on { $date }.
# $date: the deletion date on the poll's clock; $reason: one of the lifecycle-reason texts.
lifecycle-admin-deleted-on = This poll and its answers will be deleted on { $date } ({ $reason }).
lifecycle-heading = How long this poll is kept
keep-page-title = Keep this poll
keep-page-text = Press the button to keep the poll and put off its deletion. Your answers, settings and links stay as they are.
keep-button = Keep this poll
keep-done = The poll is kept: it will not be deleted before the date below.
banner-kept = The poll is kept: it will not be deleted before the date shown here.
lifecycle-reason-options = { $days ->
    [one] 1 day
   *[other] { $days } days
} after the last time it proposes or its deadline
error-start-no-grid = This poll has no availability grid: choose one of its slots with slot_id
export-csv-hint-days = A spreadsheet file: one row per answer, one column per date. An empty cell means no answer for that date, which is not a “no”. Cells that a spreadsheet could run as a formula start with an apostrophe.
results-legend-days = Each cell shows the answer as a symbol and a word: ✓ yes, (✓) if need be, ✗ no, – no answer. “Best” marks the date with the most people available (yes plus if need be); a tie goes to more yes, then to the earlier date.
mail-final-chosen-day = the date for “{ $title }” has been chosen.
date-format-hint-days = Where your browser shows plain text boxes, type dates as 2027-03-23.
error-day-exists = Date { $n } ({ $value }) is already one of this poll’s dates

DROP TABLE outbox_messages;
DROP TABLE comments;
DROP TABLE votes;
DROP TABLE responses;
DROP TABLE slots;
DROP TABLE polls;

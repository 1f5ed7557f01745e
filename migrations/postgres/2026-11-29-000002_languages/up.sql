-- The language each person uses Convene in, so that the mail they get is in it:
-- the organizer's on the poll, each participant's on their response (codes of
-- src/i18n.rs: the six UN languages).
ALTER TABLE polls ADD COLUMN language TEXT NOT NULL DEFAULT 'en'
    CHECK (language IN ('en', 'fr', 'es', 'ar', 'zh', 'ru'));
ALTER TABLE responses ADD COLUMN language TEXT NOT NULL DEFAULT 'en'
    CHECK (language IN ('en', 'fr', 'es', 'ar', 'zh', 'ru'));

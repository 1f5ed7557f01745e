DROP TABLE invitee_links;
DROP TABLE invitees;

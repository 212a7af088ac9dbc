-- The office's to-do queue (GET /api/v1/supervision/pending, issue 20) reads pending extension requests and
-- answered notices oldest first; these partial indexes hold only what waits.
create index extension_request_pending on extension_request (requested_at) where state = 'PENDING';
create index notice_responded on notice (responded_at) where state = 'RESPONDED';
create index assignment_waiting_for_office on assignment (updated_at) where state in ('COMPLETION_REQUESTED', 'DISPUTED');

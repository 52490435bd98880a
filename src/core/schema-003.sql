-- Caseload schema, version 3: interchange keys.
--
-- A school's identifier in the district's student information system
-- (the Ed-Fi SchoolId, the OneRoster org sourcedId), so that Ed-Fi and
-- OneRoster files imported one at a time and in any order find the
-- school they name. Students, staff and guardians had such a key
-- (external_id) since version 1.
ALTER TABLE school ADD COLUMN external_id TEXT;
CREATE UNIQUE INDEX school_external_id_idx ON school (external_id);

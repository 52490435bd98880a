-- Caseload schema, version 2: the goal bank and the accommodation bank,
-- each searchable through an FTS5 index kept in step by triggers
-- (external-content tables: the text lives once, in the base table).

CREATE TABLE goal_template (
  id          INTEGER PRIMARY KEY,
  area        TEXT NOT NULL CHECK (area IN ('reading', 'writing', 'math', 'communication', 'social-emotional', 'behavior', 'motor', 'adaptive', 'transition', 'other')),
  text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
  author_id   INTEGER REFERENCES staff (id) ON DELETE SET NULL,
  shared      INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
  built_in    INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0, 1)),
  created_at  TEXT NOT NULL,
  UNIQUE (area, text)
);
CREATE INDEX goal_template_area_idx ON goal_template (area);

CREATE VIRTUAL TABLE goal_template_fts USING fts5 (
  area, text,
  content = 'goal_template', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER goal_template_ai AFTER INSERT ON goal_template BEGIN
  INSERT INTO goal_template_fts (rowid, area, text) VALUES (new.id, new.area, new.text);
END;
CREATE TRIGGER goal_template_ad AFTER DELETE ON goal_template BEGIN
  INSERT INTO goal_template_fts (goal_template_fts, rowid, area, text) VALUES ('delete', old.id, old.area, old.text);
END;
CREATE TRIGGER goal_template_au AFTER UPDATE ON goal_template BEGIN
  INSERT INTO goal_template_fts (goal_template_fts, rowid, area, text) VALUES ('delete', old.id, old.area, old.text);
  INSERT INTO goal_template_fts (rowid, area, text) VALUES (new.id, new.area, new.text);
END;

CREATE TABLE accommodation_template (
  id          INTEGER PRIMARY KEY,
  category    TEXT NOT NULL CHECK (category IN ('presentation', 'response', 'setting', 'timing', 'other')),
  description TEXT NOT NULL CHECK (length(trim(description)) > 0),
  author_id   INTEGER REFERENCES staff (id) ON DELETE SET NULL,
  shared      INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
  built_in    INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0, 1)),
  created_at  TEXT NOT NULL,
  UNIQUE (category, description)
);

CREATE VIRTUAL TABLE accommodation_template_fts USING fts5 (
  category, description,
  content = 'accommodation_template', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER accommodation_template_ai AFTER INSERT ON accommodation_template BEGIN
  INSERT INTO accommodation_template_fts (rowid, category, description) VALUES (new.id, new.category, new.description);
END;
CREATE TRIGGER accommodation_template_ad AFTER DELETE ON accommodation_template BEGIN
  INSERT INTO accommodation_template_fts (accommodation_template_fts, rowid, category, description) VALUES ('delete', old.id, old.category, old.description);
END;
CREATE TRIGGER accommodation_template_au AFTER UPDATE ON accommodation_template BEGIN
  INSERT INTO accommodation_template_fts (accommodation_template_fts, rowid, category, description) VALUES ('delete', old.id, old.category, old.description);
  INSERT INTO accommodation_template_fts (rowid, category, description) VALUES (new.id, new.category, new.description);
END;

-- Children of an IEP are always read by their parent: index the parent key
-- so loading, hashing and checking an IEP never scans whole tables.
CREATE INDEX objective_goal_idx ON objective (goal_id, position);
CREATE INDEX accommodation_iep_idx ON accommodation (iep_id, position);
CREATE INDEX referral_student_idx ON referral (student_id);
CREATE INDEX parent_contact_attempt_meeting_idx ON parent_contact_attempt (meeting_id);
CREATE INDEX resource_referral_student_idx ON resource_referral (student_id);
CREATE INDEX rights_notice_student_idx ON rights_notice (student_id);

-- The identity of this database: a random id written into every Caseload
-- XML export (the root's database-id), so that an import can tell a file
-- from this database (records keyed by this database's ids) from a file
-- of another one. An empty database adopts the id of the file imported
-- into it.
CREATE TABLE database_info (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
);
INSERT INTO database_info (key, value) VALUES ('database-id', lower(hex(randomblob(16))));

-- A Caseload database at schema version 1, as Caseload 0.1 wrote it:
-- the version-1 schema and seed (frozen copies), then a few records.
-- tests/store/test-store.c builds a file from it with sqlite3_exec and
-- checks that the store opens (and upgrades) it without losing data.
BEGIN;
-- Caseload schema, version 1: the whole special-education domain.
-- Dates are ISO 8601 text (YYYY-MM-DD); instants are UTC ISO 8601 text
-- (YYYY-MM-DDTHH:MM:SSZ). Booleans are 0/1 integers. Codes that are
-- vocabularies live in code tables so districts can extend them.

CREATE TABLE disability_category (
  code        TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  federal_code TEXT,
  min_age     INTEGER,
  max_age     INTEGER,
  sort_order  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE environment_code (
  code        TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  age_group   TEXT NOT NULL CHECK (age_group IN ('school-age', 'preschool')),
  sort_order  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE staff_role (
  code        TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  sort_order  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE team_role (
  code        TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  sort_order  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE progress_code (
  code        TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  sort_order  INTEGER NOT NULL DEFAULT 0,
  active      INTEGER NOT NULL DEFAULT 1
);

-- District rule settings (DOMAIN.md defaults), integer valued.
CREATE TABLE rule_setting (
  key         TEXT PRIMARY KEY,
  value       INTEGER NOT NULL
);

CREATE TABLE school (
  id               INTEGER PRIMARY KEY,
  name             TEXT NOT NULL UNIQUE,
  short_name       TEXT NOT NULL DEFAULT '',
  time_zone        TEXT NOT NULL DEFAULT 'America/Chicago',
  lowest_grade     TEXT NOT NULL DEFAULT 'K',
  highest_grade    TEXT NOT NULL DEFAULT '12',
  address          TEXT NOT NULL DEFAULT '',
  phone            TEXT NOT NULL DEFAULT ''
);

CREATE TABLE school_year (
  id          INTEGER PRIMARY KEY,
  school_id   INTEGER NOT NULL REFERENCES school (id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  start_date  TEXT NOT NULL,
  end_date    TEXT NOT NULL,
  CHECK (end_date > start_date),
  UNIQUE (school_id, start_date)
);

CREATE TABLE reporting_period (
  id             INTEGER PRIMARY KEY,
  school_year_id INTEGER NOT NULL REFERENCES school_year (id) ON DELETE CASCADE,
  number         INTEGER NOT NULL CHECK (number >= 1),
  end_date       TEXT NOT NULL,
  UNIQUE (school_year_id, number)
);

CREATE TABLE non_school_day (
  id             INTEGER PRIMARY KEY,
  school_year_id INTEGER NOT NULL REFERENCES school_year (id) ON DELETE CASCADE,
  day            TEXT NOT NULL,
  description    TEXT NOT NULL DEFAULT '',
  UNIQUE (school_year_id, day)
);

CREATE TABLE room (
  id          INTEGER PRIMARY KEY,
  school_id   INTEGER NOT NULL REFERENCES school (id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  capacity    INTEGER,
  UNIQUE (school_id, name)
);

CREATE TABLE staff (
  id          INTEGER PRIMARY KEY,
  first_name  TEXT NOT NULL CHECK (length(trim(first_name)) > 0),
  last_name   TEXT NOT NULL CHECK (length(trim(last_name)) > 0),
  role        TEXT NOT NULL REFERENCES staff_role (code),
  school_id   INTEGER REFERENCES school (id) ON DELETE SET NULL,
  email       TEXT NOT NULL DEFAULT '',
  phone       TEXT NOT NULL DEFAULT '',
  active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  external_id TEXT UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX staff_name_idx ON staff (last_name, first_name);

CREATE TABLE student (
  id              INTEGER PRIMARY KEY,
  student_number  TEXT NOT NULL UNIQUE CHECK (length(trim(student_number)) > 0),
  first_name      TEXT NOT NULL CHECK (length(trim(first_name)) > 0),
  last_name       TEXT NOT NULL CHECK (length(trim(last_name)) > 0),
  preferred_name  TEXT NOT NULL DEFAULT '',
  birth_date      TEXT NOT NULL,
  grade           TEXT NOT NULL,
  school_id       INTEGER REFERENCES school (id) ON DELETE SET NULL,
  home_language   TEXT NOT NULL DEFAULT 'en',
  gender          TEXT NOT NULL DEFAULT '',
  status          TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('referred', 'active', 'archived', 'exited')),
  exit_date       TEXT,
  exit_reason     TEXT NOT NULL DEFAULT '',
  reeval_waived   INTEGER NOT NULL DEFAULT 0 CHECK (reeval_waived IN (0, 1)),
  external_id     TEXT UNIQUE,
  notes           TEXT NOT NULL DEFAULT '',
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);
CREATE INDEX student_name_idx ON student (last_name, first_name);
CREATE INDEX student_school_idx ON student (school_id);

CREATE TABLE student_disability (
  id            INTEGER PRIMARY KEY,
  student_id    INTEGER NOT NULL REFERENCES student (id) ON DELETE CASCADE,
  code          TEXT NOT NULL REFERENCES disability_category (code),
  is_primary    INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
  UNIQUE (student_id, code)
);
CREATE UNIQUE INDEX student_disability_primary_idx
  ON student_disability (student_id) WHERE is_primary = 1;

CREATE TABLE guardian (
  id                   INTEGER PRIMARY KEY,
  student_id           INTEGER NOT NULL REFERENCES student (id) ON DELETE CASCADE,
  first_name           TEXT NOT NULL CHECK (length(trim(first_name)) > 0),
  last_name            TEXT NOT NULL CHECK (length(trim(last_name)) > 0),
  relationship         TEXT NOT NULL DEFAULT 'parent',
  phone                TEXT NOT NULL DEFAULT '',
  email                TEXT NOT NULL DEFAULT '',
  address              TEXT NOT NULL DEFAULT '',
  language             TEXT NOT NULL DEFAULT 'en',
  interpreter_needed   INTEGER NOT NULL DEFAULT 0 CHECK (interpreter_needed IN (0, 1)),
  rights_holder        INTEGER NOT NULL DEFAULT 1 CHECK (rights_holder IN (0, 1)),
  lives_with_student   INTEGER NOT NULL DEFAULT 1 CHECK (lives_with_student IN (0, 1)),
  external_id          TEXT,
  sort_order           INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX guardian_student_idx ON guardian (student_id);

CREATE TABLE team_assignment (
  id               INTEGER PRIMARY KEY,
  student_id       INTEGER NOT NULL REFERENCES student (id) ON DELETE CASCADE,
  staff_id         INTEGER NOT NULL REFERENCES staff (id),
  role             TEXT NOT NULL REFERENCES team_role (code),
  is_case_manager  INTEGER NOT NULL DEFAULT 0 CHECK (is_case_manager IN (0, 1)),
  start_date       TEXT,
  end_date         TEXT,
  UNIQUE (student_id, staff_id, role)
);
CREATE UNIQUE INDEX team_assignment_case_manager_idx
  ON team_assignment (student_id) WHERE is_case_manager = 1;
CREATE INDEX team_assignment_staff_idx ON team_assignment (staff_id);

CREATE TABLE referral (
  id               INTEGER PRIMARY KEY,
  student_id       INTEGER NOT NULL REFERENCES student (id) ON DELETE CASCADE,
  referral_date    TEXT NOT NULL,
  referred_by      TEXT NOT NULL DEFAULT '',
  source           TEXT NOT NULL DEFAULT 'teacher',
  reason           TEXT NOT NULL DEFAULT '',
  status           TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'evaluating', 'closed')),
  decision         TEXT NOT NULL DEFAULT '',
  decision_date    TEXT
);

CREATE TABLE consent (
  id               INTEGER PRIMARY KEY,
  student_id       INTEGER NOT NULL REFERENCES student (id) ON DELETE CASCADE,
  kind             TEXT NOT NULL CHECK (kind IN ('initial-evaluation', 'initial-services', 'reevaluation', 'release-of-information', 'other')),
  requested_date   TEXT,
  response_date    TEXT,
  granted          INTEGER CHECK (granted IN (0, 1)),
  notes            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX consent_student_idx ON consent (student_id);

CREATE TABLE evaluation (
  id                 INTEGER PRIMARY KEY,
  student_id         INTEGER NOT NULL REFERENCES student (id) ON DELETE CASCADE,
  kind               TEXT NOT NULL CHECK (kind IN ('initial', 'reevaluation')),
  consent_id         INTEGER REFERENCES consent (id) ON DELETE SET NULL,
  consent_date       TEXT,
  evaluation_date    TEXT,
  eligibility_date   TEXT,
  eligible           INTEGER CHECK (eligible IN (0, 1)),
  summary            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX evaluation_student_idx ON evaluation (student_id);

CREATE TABLE iep (
  id                    INTEGER PRIMARY KEY,
  student_id            INTEGER NOT NULL REFERENCES student (id) ON DELETE CASCADE,
  kind                  TEXT NOT NULL CHECK (kind IN ('initial', 'annual', 'amendment', 'interim')),
  status                TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'finalized', 'superseded')),
  amends_iep_id         INTEGER REFERENCES iep (id),
  previous_iep_id       INTEGER REFERENCES iep (id),
  meeting_id            INTEGER,
  meeting_date          TEXT,
  start_date            TEXT,
  end_date              TEXT,
  next_review_date      TEXT,
  finalized_at          TEXT,
  content_hash          TEXT,
  -- Present levels (PLAAFP)
  strengths             TEXT NOT NULL DEFAULT '',
  parent_concerns       TEXT NOT NULL DEFAULT '',
  evaluation_results    TEXT NOT NULL DEFAULT '',
  academic_needs        TEXT NOT NULL DEFAULT '',
  functional_needs      TEXT NOT NULL DEFAULT '',
  disability_impact     TEXT NOT NULL DEFAULT '',
  -- Assessment participation
  assessment            TEXT NOT NULL DEFAULT 'regular' CHECK (assessment IN ('regular', 'accommodated', 'alternate')),
  alternate_why_not_regular TEXT NOT NULL DEFAULT '',
  alternate_why_appropriate TEXT NOT NULL DEFAULT '',
  -- Placement / least restrictive environment
  percent_regular_class REAL CHECK (percent_regular_class IS NULL OR (percent_regular_class >= 0 AND percent_regular_class <= 100)),
  environment_code      TEXT REFERENCES environment_code (code),
  nonparticipation_explanation TEXT NOT NULL DEFAULT '',
  -- Transition
  transition_education  TEXT NOT NULL DEFAULT '',
  transition_employment TEXT NOT NULL DEFAULT '',
  transition_independent_living TEXT NOT NULL DEFAULT '',
  transition_assessments TEXT NOT NULL DEFAULT '',
  transition_services   TEXT NOT NULL DEFAULT '',
  course_of_study       TEXT NOT NULL DEFAULT '',
  transition_agencies   TEXT NOT NULL DEFAULT '',
  rights_transfer_date  TEXT,
  -- Consent and copy to parents
  parent_consent_date   TEXT,
  parent_copy_date      TEXT,
  parent_copy_method    TEXT CHECK (parent_copy_method IS NULL OR parent_copy_method IN ('in-person', 'mail', 'email')),
  amendment_summary     TEXT NOT NULL DEFAULT '',
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL,
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date > start_date)
);
CREATE INDEX iep_student_idx ON iep (student_id, status);

CREATE TABLE iep_reporting_period (
  id          INTEGER PRIMARY KEY,
  iep_id      INTEGER NOT NULL REFERENCES iep (id) ON DELETE CASCADE,
  number      INTEGER NOT NULL CHECK (number >= 1),
  end_date    TEXT NOT NULL,
  UNIQUE (iep_id, number)
);

CREATE TABLE special_factor (
  id          INTEGER PRIMARY KEY,
  iep_id      INTEGER NOT NULL REFERENCES iep (id) ON DELETE CASCADE,
  factor      TEXT NOT NULL CHECK (factor IN ('behavior', 'limited-english', 'visual-impairment', 'communication', 'assistive-technology')),
  considered  INTEGER NOT NULL DEFAULT 0 CHECK (considered IN (0, 1)),
  applies     INTEGER NOT NULL DEFAULT 0 CHECK (applies IN (0, 1)),
  notes       TEXT NOT NULL DEFAULT '',
  UNIQUE (iep_id, factor)
);

CREATE TABLE goal (
  id               INTEGER PRIMARY KEY,
  iep_id           INTEGER NOT NULL REFERENCES iep (id) ON DELETE CASCADE,
  position         INTEGER NOT NULL DEFAULT 0,
  area             TEXT NOT NULL CHECK (area IN ('reading', 'writing', 'math', 'communication', 'social-emotional', 'behavior', 'motor', 'adaptive', 'transition', 'other')),
  condition        TEXT NOT NULL DEFAULT '',
  behavior         TEXT NOT NULL DEFAULT '',
  criterion        TEXT NOT NULL DEFAULT '',
  baseline_value   REAL,
  baseline_date    TEXT,
  target_value     REAL,
  target_date      TEXT,
  unit             TEXT NOT NULL DEFAULT '',
  direction        TEXT NOT NULL DEFAULT 'higher' CHECK (direction IN ('higher', 'lower')),
  method           TEXT NOT NULL DEFAULT '',
  responsible      TEXT NOT NULL DEFAULT '',
  carried_from_goal_id INTEGER REFERENCES goal (id) ON DELETE SET NULL
);
CREATE INDEX goal_iep_idx ON goal (iep_id, position);

CREATE TABLE objective (
  id          INTEGER PRIMARY KEY,
  goal_id     INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL DEFAULT 0,
  description TEXT NOT NULL,
  target_date TEXT
);

CREATE TABLE service (
  id                  INTEGER PRIMARY KEY,
  iep_id              INTEGER NOT NULL REFERENCES iep (id) ON DELETE CASCADE,
  position            INTEGER NOT NULL DEFAULT 0,
  category            TEXT NOT NULL CHECK (category IN ('special-education', 'related-service', 'supplementary-aid', 'program-modification', 'personnel-support')),
  name                TEXT NOT NULL,
  provider_role       TEXT NOT NULL DEFAULT '',
  provider_staff_id   INTEGER REFERENCES staff (id) ON DELETE SET NULL,
  minutes_per_session INTEGER CHECK (minutes_per_session IS NULL OR minutes_per_session > 0),
  sessions            INTEGER CHECK (sessions IS NULL OR sessions > 0),
  per                 TEXT NOT NULL DEFAULT 'week' CHECK (per IN ('week', 'month')),
  location            TEXT NOT NULL DEFAULT '',
  start_date          TEXT,
  end_date            TEXT
);
CREATE INDEX service_iep_idx ON service (iep_id);

CREATE TABLE service_log (
  id          INTEGER PRIMARY KEY,
  service_id  INTEGER NOT NULL REFERENCES service (id) ON DELETE CASCADE,
  session_date TEXT NOT NULL,
  minutes     INTEGER NOT NULL CHECK (minutes >= 0),
  provider_staff_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,
  group_size  INTEGER NOT NULL DEFAULT 1 CHECK (group_size >= 1),
  outcome     TEXT NOT NULL DEFAULT 'delivered' CHECK (outcome IN ('delivered', 'missed-student-absent', 'missed-provider-absent', 'make-up')),
  notes       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX service_log_service_idx ON service_log (service_id, session_date);

CREATE TABLE accommodation (
  id          INTEGER PRIMARY KEY,
  iep_id      INTEGER NOT NULL REFERENCES iep (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL DEFAULT 0,
  kind        TEXT NOT NULL DEFAULT 'accommodation' CHECK (kind IN ('accommodation', 'modification')),
  category    TEXT NOT NULL CHECK (category IN ('presentation', 'response', 'setting', 'timing', 'other')),
  description TEXT NOT NULL,
  applies_classroom INTEGER NOT NULL DEFAULT 1 CHECK (applies_classroom IN (0, 1)),
  applies_tests     INTEGER NOT NULL DEFAULT 0 CHECK (applies_tests IN (0, 1)),
  frequency   TEXT NOT NULL DEFAULT ''
);

CREATE TABLE progress_phase (
  id          INTEGER PRIMARY KEY,
  goal_id     INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
  start_date  TEXT NOT NULL,
  label       TEXT NOT NULL,
  UNIQUE (goal_id, start_date)
);

CREATE TABLE data_point (
  id          INTEGER PRIMARY KEY,
  goal_id     INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
  point_date  TEXT NOT NULL,
  value       REAL NOT NULL,
  note        TEXT NOT NULL DEFAULT '',
  recorded_by INTEGER REFERENCES staff (id) ON DELETE SET NULL,
  recorded_at TEXT NOT NULL
);
CREATE INDEX data_point_goal_idx ON data_point (goal_id, point_date);

CREATE TABLE progress_report (
  id           INTEGER PRIMARY KEY,
  iep_id       INTEGER NOT NULL REFERENCES iep (id) ON DELETE CASCADE,
  period_number INTEGER NOT NULL CHECK (period_number >= 1),
  locked       INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
  sent_date    TEXT,
  sent_method  TEXT CHECK (sent_method IS NULL OR sent_method IN ('in-person', 'mail', 'email', 'backpack')),
  UNIQUE (iep_id, period_number)
);

CREATE TABLE progress_entry (
  id             INTEGER PRIMARY KEY,
  report_id      INTEGER NOT NULL REFERENCES progress_report (id) ON DELETE CASCADE,
  goal_id        INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
  code           TEXT REFERENCES progress_code (code),
  sufficient     INTEGER CHECK (sufficient IN (0, 1)),
  insufficient_reason TEXT NOT NULL DEFAULT '',
  current_value  REAL,
  narrative      TEXT NOT NULL DEFAULT '',
  UNIQUE (report_id, goal_id)
);

CREATE TABLE meeting (
  id               INTEGER PRIMARY KEY,
  student_id       INTEGER NOT NULL REFERENCES student (id) ON DELETE CASCADE,
  kind             TEXT NOT NULL CHECK (kind IN ('initial-iep', 'annual-review', 'reevaluation', 'eligibility', 'amendment', 'transition', 'parent-conference', 'other')),
  purpose          TEXT NOT NULL DEFAULT '',
  starts_at        TEXT NOT NULL,
  ends_at          TEXT NOT NULL,
  time_zone        TEXT NOT NULL,
  room_id          INTEGER REFERENCES room (id) ON DELETE SET NULL,
  location         TEXT NOT NULL DEFAULT '',
  video_link       TEXT NOT NULL DEFAULT '',
  status           TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'held', 'cancelled')),
  interpreter_needed INTEGER NOT NULL DEFAULT 0 CHECK (interpreter_needed IN (0, 1)),
  interpreter_language TEXT NOT NULL DEFAULT '',
  notice_sent_date TEXT,
  notice_method    TEXT NOT NULL DEFAULT '',
  notice_transition INTEGER NOT NULL DEFAULT 0 CHECK (notice_transition IN (0, 1)),
  notes            TEXT NOT NULL DEFAULT '',
  outcome          TEXT NOT NULL DEFAULT '',
  produced_iep_id  INTEGER REFERENCES iep (id) ON DELETE SET NULL,
  uid              TEXT NOT NULL UNIQUE,
  sequence         INTEGER NOT NULL DEFAULT 0,
  CHECK (ends_at > starts_at)
);
CREATE INDEX meeting_student_idx ON meeting (student_id, starts_at);
CREATE INDEX meeting_start_idx ON meeting (starts_at);

CREATE TABLE meeting_attendee (
  id             INTEGER PRIMARY KEY,
  meeting_id     INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  staff_id       INTEGER REFERENCES staff (id) ON DELETE SET NULL,
  guardian_id    INTEGER REFERENCES guardian (id) ON DELETE SET NULL,
  is_student     INTEGER NOT NULL DEFAULT 0 CHECK (is_student IN (0, 1)),
  name           TEXT NOT NULL DEFAULT '',
  role           TEXT NOT NULL REFERENCES team_role (code),
  required       INTEGER NOT NULL DEFAULT 1 CHECK (required IN (0, 1)),
  response       TEXT NOT NULL DEFAULT 'needs-action' CHECK (response IN ('needs-action', 'accepted', 'declined', 'tentative')),
  attended       INTEGER CHECK (attended IN (0, 1)),
  excused        INTEGER NOT NULL DEFAULT 0 CHECK (excused IN (0, 1)),
  excusal_agreement_date TEXT,
  excusal_input_date     TEXT
);
CREATE INDEX meeting_attendee_meeting_idx ON meeting_attendee (meeting_id);
CREATE INDEX meeting_attendee_staff_idx ON meeting_attendee (staff_id);

CREATE TABLE parent_contact_attempt (
  id          INTEGER PRIMARY KEY,
  meeting_id  INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  attempt_date TEXT NOT NULL,
  method      TEXT NOT NULL CHECK (method IN ('phone', 'letter', 'email', 'home-visit', 'other')),
  result      TEXT NOT NULL DEFAULT ''
);

CREATE TABLE task (
  id          INTEGER PRIMARY KEY,
  assignee_id INTEGER NOT NULL REFERENCES staff (id),
  created_by  INTEGER REFERENCES staff (id) ON DELETE SET NULL,
  student_id  INTEGER REFERENCES student (id) ON DELETE CASCADE,
  meeting_id  INTEGER REFERENCES meeting (id) ON DELETE SET NULL,
  title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
  due_date    TEXT,
  priority    TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high')),
  status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
  notes       TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  completed_at TEXT
);
CREATE INDEX task_assignee_idx ON task (assignee_id, status);

CREATE TABLE contact_log (
  id             INTEGER PRIMARY KEY,
  student_id     INTEGER NOT NULL REFERENCES student (id) ON DELETE CASCADE,
  staff_id       INTEGER REFERENCES staff (id) ON DELETE SET NULL,
  contact_at     TEXT NOT NULL,
  person         TEXT NOT NULL DEFAULT '',
  method         TEXT NOT NULL CHECK (method IN ('phone', 'email', 'in-person', 'letter', 'video', 'text', 'other')),
  summary        TEXT NOT NULL DEFAULT '',
  follow_up_needed INTEGER NOT NULL DEFAULT 0 CHECK (follow_up_needed IN (0, 1)),
  follow_up_date TEXT
);
CREATE INDEX contact_log_student_idx ON contact_log (student_id, contact_at);

CREATE TABLE community_resource (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  category    TEXT NOT NULL CHECK (category IN ('medical', 'mental-health', 'housing', 'food', 'respite', 'recreation', 'legal', 'transition', 'other')),
  address     TEXT NOT NULL DEFAULT '',
  phone       TEXT NOT NULL DEFAULT '',
  website     TEXT NOT NULL DEFAULT '',
  languages   TEXT NOT NULL DEFAULT '',
  notes       TEXT NOT NULL DEFAULT '',
  active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE resource_referral (
  id             INTEGER PRIMARY KEY,
  student_id     INTEGER NOT NULL REFERENCES student (id) ON DELETE CASCADE,
  resource_id    INTEGER NOT NULL REFERENCES community_resource (id),
  referral_date  TEXT NOT NULL,
  reason         TEXT NOT NULL DEFAULT '',
  status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in-progress', 'completed', 'declined', 'closed')),
  follow_up_date TEXT,
  outcome        TEXT NOT NULL DEFAULT ''
);

CREATE TABLE rights_notice (
  id          INTEGER PRIMARY KEY,
  student_id  INTEGER NOT NULL REFERENCES student (id) ON DELETE CASCADE,
  given_date  TEXT NOT NULL,
  method      TEXT NOT NULL CHECK (method IN ('in-person', 'mail', 'email', 'other')),
  language    TEXT NOT NULL DEFAULT 'en',
  notes       TEXT NOT NULL DEFAULT ''
);

CREATE TABLE audit_log (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  staff_id    INTEGER REFERENCES staff (id) ON DELETE SET NULL,
  student_id  INTEGER,
  table_name  TEXT NOT NULL,
  record_id   INTEGER NOT NULL,
  action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'archive', 'restore', 'correct')),
  field       TEXT,
  old_value   TEXT,
  new_value   TEXT,
  reason      TEXT
);
CREATE INDEX audit_log_student_idx ON audit_log (student_id, at);
-- Code tables and district rule defaults (DOMAIN.md), part of version 1.
INSERT INTO disability_category (code, name, federal_code, min_age, max_age, sort_order) VALUES
  ('AUT', 'Autism', 'AUT', NULL, NULL, 1),
  ('DB', 'Deaf-blindness', 'DB', NULL, NULL, 2),
  ('DEAF', 'Deafness', 'HI', NULL, NULL, 3),
  ('DD', 'Developmental delay', 'DD', 3, 9, 4),
  ('EMN', 'Emotional disturbance', 'EMN', NULL, NULL, 5),
  ('HI', 'Hearing impairment', 'HI', NULL, NULL, 6),
  ('ID', 'Intellectual disability', 'ID', NULL, NULL, 7),
  ('MD', 'Multiple disabilities', 'MD', NULL, NULL, 8),
  ('OI', 'Orthopedic impairment', 'OI', NULL, NULL, 9),
  ('OHI', 'Other health impairment', 'OHI', NULL, NULL, 10),
  ('SLD', 'Specific learning disability', 'SLD', NULL, NULL, 11),
  ('SLI', 'Speech or language impairment', 'SLI', NULL, NULL, 12),
  ('TBI', 'Traumatic brain injury', 'TBI', NULL, NULL, 13),
  ('VI', 'Visual impairment including blindness', 'VI', NULL, NULL, 14);

INSERT INTO environment_code (code, name, age_group, sort_order) VALUES
  ('RC80', 'Inside the regular class 80% or more of the day', 'school-age', 1),
  ('RC79TO40', 'Inside the regular class 40% to 79% of the day', 'school-age', 2),
  ('RC39', 'Inside the regular class less than 40% of the day', 'school-age', 3),
  ('SS', 'Separate school', 'school-age', 4),
  ('RF', 'Residential facility', 'school-age', 5),
  ('HH', 'Homebound/hospital', 'school-age', 6),
  ('CF', 'Correctional facility', 'school-age', 7),
  ('PPPS', 'Parentally placed in private school', 'school-age', 8),
  ('REC10YSVCS', 'Regular early childhood program at least 10 hours a week, services there', 'preschool', 10),
  ('REC10YOTHLOC', 'Regular early childhood program at least 10 hours a week, services elsewhere', 'preschool', 11),
  ('REC09YSVCS', 'Regular early childhood program under 10 hours a week, services there', 'preschool', 12),
  ('REC09YOTHLOC', 'Regular early childhood program under 10 hours a week, services elsewhere', 'preschool', 13),
  ('SC', 'Separate special-education class', 'preschool', 14),
  ('H', 'Home', 'preschool', 15),
  ('SPL', 'Service provider location', 'preschool', 16);

INSERT INTO staff_role (code, name, sort_order) VALUES
  ('coordinator', 'Special-education coordinator', 1),
  ('case-manager', 'Case manager', 2),
  ('special-education-teacher', 'Special-education teacher', 3),
  ('general-education-teacher', 'General-education teacher', 4),
  ('speech-language-pathologist', 'Speech-language pathologist', 5),
  ('occupational-therapist', 'Occupational therapist', 6),
  ('physical-therapist', 'Physical therapist', 7),
  ('school-psychologist', 'School psychologist', 8),
  ('counselor', 'Counselor', 9),
  ('administrator', 'Administrator', 10),
  ('paraprofessional', 'Paraprofessional', 11),
  ('other', 'Other', 12);

INSERT INTO team_role (code, name, sort_order) VALUES
  ('case-manager', 'Case manager', 1),
  ('parent', 'Parent or guardian', 2),
  ('student', 'Student', 3),
  ('special-education-teacher', 'Special-education teacher or provider', 4),
  ('general-education-teacher', 'Regular-education teacher', 5),
  ('lea-representative', 'District (LEA) representative', 6),
  ('evaluation-interpreter', 'Interprets evaluation results', 7),
  ('related-service-provider', 'Related-service provider', 8),
  ('other', 'Other', 9);

INSERT INTO progress_code (code, name, description, sort_order) VALUES
  ('M', 'Met', 'The goal has been met.', 1),
  ('SP', 'Sufficient progress', 'Progress is sufficient to meet the goal by the end of the IEP.', 2),
  ('IP', 'Insufficient progress', 'Progress is not yet sufficient to meet the goal by the end of the IEP.', 3),
  ('NP', 'No progress', 'No progress has been made toward the goal.', 4),
  ('R', 'Regression', 'Skills have slipped below the earlier level.', 5),
  ('NI', 'Not yet introduced', 'Work on this goal has not started yet.', 6),
  ('ID', 'Insufficient data', 'Not enough data was collected to judge progress.', 7);

INSERT INTO rule_setting (key, value) VALUES
  ('initial-evaluation-days', 60),
  ('first-iep-days', 30),
  ('annual-review-months', 12),
  ('due-soon-days', 30),
  ('reevaluation-years', 3),
  ('transition-age', 16),
  ('majority-age', 18),
  ('notice-days', 5),
  ('parent-attempts', 3),
  ('parent-attempt-methods', 2),
  ('reports-per-year', 4);

INSERT INTO school (id, name, short_name) VALUES (1, 'Lincoln Elementary', 'LES');
INSERT INTO school_year (school_id, name, start_date, end_date) VALUES
  (1, '2023-2024', '2023-08-21', '2024-05-31'),
  (1, '2024-2025', '2024-08-19', '2025-05-30');

INSERT INTO staff (id, first_name, last_name, role, school_id, email, created_at, updated_at) VALUES
  (1, 'Maria', 'Lopez', 'special-education-teacher', 1, 'mlopez@example.org', '2023-08-01T12:00:00Z', '2023-08-01T12:00:00Z'),
  (2, 'Tom', 'Baker', 'speech-language-pathologist', 1, 'tbaker@example.org', '2023-08-01T12:00:00Z', '2023-08-01T12:00:00Z');

INSERT INTO student (id, student_number, first_name, last_name, birth_date, grade, school_id, created_at, updated_at) VALUES
  (1, 'S1001', 'Ana', 'Ruiz', '2015-04-02', '3', 1, '2023-08-01T12:00:00Z', '2023-08-01T12:00:00Z'),
  (2, 'S1002', 'Ben', 'Carter', '2014-11-20', '4', 1, '2023-08-01T12:00:00Z', '2023-08-01T12:00:00Z'),
  (3, 'S1003', 'Chloe', 'Nguyen', '2016-02-29', '2', 1, '2023-08-01T12:00:00Z', '2023-08-01T12:00:00Z');

INSERT INTO student_disability (student_id, code, is_primary) VALUES
  (1, 'SLD', 1), (1, 'SLI', 0), (2, 'AUT', 1), (3, 'OHI', 1);

INSERT INTO guardian (student_id, first_name, last_name, relationship, language) VALUES
  (1, 'Rosa', 'Ruiz', 'mother', 'es');

INSERT INTO team_assignment (student_id, staff_id, role, is_case_manager) VALUES
  (1, 1, 'case-manager', 1),
  (1, 2, 'related-service-provider', 0),
  (2, 1, 'case-manager', 1);

INSERT INTO evaluation (student_id, kind, consent_date, evaluation_date, eligibility_date, eligible) VALUES
  (1, 'initial', '2022-09-01', '2022-10-15', '2022-10-20', 1);

INSERT INTO iep (student_id, kind, status, meeting_date, start_date, end_date, created_at, updated_at) VALUES
  (1, 'initial', 'finalized', '2022-11-10', '2022-11-14', '2023-11-09', '2022-11-10T12:00:00Z', '2022-11-10T12:00:00Z');

PRAGMA application_id = 1129532484;
PRAGMA user_version = 1;
COMMIT;

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

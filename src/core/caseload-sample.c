#define G_LOG_DOMAIN "caseload-sample"

#include "config.h"

#include "caseload-sample.h"
#include "caseload-sample-iep.h"

#include "caseload-date.h"
#include "caseload-store-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdarg.h>
#include <string.h>

/* A fictional district, generated from a seed. Every value comes from the
 * GRand or from the as-of date, every insert happens in a fixed order, so
 * the same seed and as-of date always give the same rows. */

#define TZ_NAME "America/Chicago"
#define AREA_CODE "(312)"

/* ---- vocabularies ------------------------------------------------------ */

enum
{
  R_COORDINATOR,
  R_CASE_MANAGER,
  R_SPED_TEACHER,
  R_GENED_TEACHER,
  R_SLP,
  R_OT,
  R_PT,
  R_PSYCHOLOGIST,
  R_COUNSELOR,
  R_ADMINISTRATOR,
  R_PARA,
  R_OTHER,
  N_ROLES
};

static const char * const role_codes[N_ROLES] = {
  "coordinator", "case-manager", "special-education-teacher",
  "general-education-teacher", "speech-language-pathologist",
  "occupational-therapist", "physical-therapist", "school-psychologist",
  "counselor", "administrator", "paraprofessional", "other",
};

static const char * const en_female[] = {
  "Olivia", "Emma", "Ava", "Sophia", "Mia", "Amelia", "Harper", "Evelyn",
  "Abigail", "Emily", "Ella", "Madison", "Scarlett", "Grace", "Chloe", "Zoë",
  "Aaliyah", "Nevaeh", "Layla", "Brooklyn", "Hannah", "Nora", "Riley", "Zara",
  "Amara", "Priya", "Mei", "Leila", "Fatima", "Hana", "Imani", "Jasmine",
  "Keisha", "Naomi", "Ruby", "Claire", "Audrey", "Kinsley", "Aisha", "Linh",
  "Maya", "Anaya", "Chloé", "Ingrid", "Siobhan", "Thandiwe",
};
static const char * const en_male[] = {
  "Liam", "Noah", "Oliver", "Elijah", "James", "William", "Benjamin", "Lucas",
  "Henry", "Theodore", "Jackson", "Levi", "Mason", "Ethan", "Logan", "Owen",
  "Caleb", "Isaiah", "Jayden", "Malik", "DeShawn", "Xavier", "Aiden", "Ryan",
  "Nathan", "Ezra", "Omar", "Yusuf", "Arjun", "Minh", "Kenji", "Tyrone",
  "Micah", "Declan", "Rowan", "Gavin", "Darius", "André", "Samuel", "Jamal",
  "Bjørn", "Kwame",
};
static const char * const es_female[] = {
  "Sofía", "Valentina", "Camila", "Isabella", "Lucía", "Ximena", "María José",
  "Daniela", "Mariana", "Gabriela", "Renata", "Natalia", "Valeria",
  "Fernanda", "Guadalupe", "Alejandra", "Paola", "Jimena", "Ana Sofía", "Luz",
};
static const char * const es_male[] = {
  "Santiago", "Mateo", "Sebastián", "Diego", "Alejandro", "Leonardo",
  "Emiliano", "Daniel", "Ángel", "José Luis", "Juan Pablo", "Miguel",
  "Carlos", "Luis", "Jesús", "Adrián", "Rodrigo", "Fernando", "Julián",
  "Andrés",
};
static const char * const en_last[] = {
  "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis",
  "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin",
  "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson",
  "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green",
  "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Roberts", "Turner",
  "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart",
  "Morris", "Murphy", "Cook", "Rogers", "Nguyễn", "Tran", "Kim", "Patel",
  "Shah", "Khan", "Ali", "Okafor", "Mensah", "Kowalski", "Nowak", "O'Brien",
  "Sullivan", "Schmidt", "Hoffmann", "Johansson", "Yamamoto", "Chen", "Wang",
  "Abdi", "Hassan", "Washington", "Brooks", "Bennett", "Gray", "Price",
  "Reed", "Foster", "Hughes", "Sanders", "Barnes", "Fisher", "Henderson",
  "Coleman", "Simmons", "Patterson", "Jordan", "Reynolds", "Hamilton",
  "Graham", "Wallace", "Cole", "West", "Bryant", "Ellis", "Stevens",
  "Murray", "Ford", "Marshall", "Owens", "McDonald", "Harrison", "Kennedy",
  "Wells", "Dubois", "Lindqvist", "Novák",
};
static const char * const es_last[] = {
  "García", "Rodríguez", "Martínez", "Hernández", "López", "González",
  "Pérez", "Sánchez", "Ramírez", "Torres", "Flores", "Rivera", "Gómez",
  "Díaz", "Reyes", "Cruz", "Morales", "Ortiz", "Gutiérrez", "Chávez",
  "Ramos", "Ruiz", "Mendoza", "Álvarez", "Castillo", "Jiménez", "Vásquez",
  "Romero", "Herrera", "Medina", "Aguilar", "Vargas", "Castro", "Guzmán",
  "Muñoz", "Rojas", "Delgado", "Peña", "Ríos", "Salazar",
};
static const char * const adult_en_female[] = {
  "Jennifer", "Jessica", "Ashley", "Sarah", "Amanda", "Stephanie", "Nicole",
  "Melissa", "Tiffany", "Lauren", "Latoya", "Tamika", "Rachel", "Heather",
  "Samira", "Thuy", "Huong", "Megan", "Erin", "Kimberly", "Monique", "Angela",
  "Deborah", "Karen", "Michelle", "Rebecca", "Ngozi", "Anjali", "Yuki",
};
static const char * const adult_en_male[] = {
  "Michael", "Christopher", "Matthew", "David", "Joshua", "Daniel", "Andrew",
  "Robert", "Brandon", "Justin", "Marcus", "Kevin", "Anthony", "Jason",
  "Ahmed", "Terrence", "Brian", "Eric", "Gregory", "Patrick", "Raj", "Tuan",
  "Steven", "Derek", "Paul", "Jerome", "Hiroshi", "Emeka",
};
static const char * const adult_es_female[] = {
  "María", "Guadalupe", "Rosa", "Carmen", "Verónica", "Patricia", "Leticia",
  "Claudia", "Elena", "Silvia", "Adriana", "Marisol", "Yolanda", "Beatriz",
};
static const char * const adult_es_male[] = {
  "José", "Juan", "Francisco", "Jorge", "Ricardo", "Manuel", "Roberto",
  "Alejandro", "Raúl", "Javier", "Héctor", "Sergio", "Armando", "Óscar",
};
static const char * const streets[] = {
  "Maple Street", "Oak Avenue", "Cedar Lane", "Elm Street", "Lakeview Drive",
  "Prairie Road", "Willow Court", "Birch Boulevard", "Hickory Way",
  "Sycamore Street", "Riverside Drive", "Chestnut Avenue", "Meadow Lane",
  "Pine Street", "Aspen Circle", "Magnolia Avenue",
};

typedef struct
{
  const char *name;
  const char *short_name;
  int         level;   /* 0 elementary (K-5), 1 middle (6-8), 2 high (9-12) */
} SchoolName;

static const SchoolName school_names[] = {
  { "Maple Grove Elementary", "MGE", 0 },
  { "Riverside Elementary", "RSE", 0 },
  { "Cedar Hill Elementary", "CHE", 0 },
  { "Prairie View Elementary", "PVE", 0 },
  { "Jefferson Middle School", "JMS", 1 },
  { "Oak Ridge Middle School", "ORMS", 1 },
  { "Lakeview Middle School", "LMS", 1 },
  { "Riverton High School", "RHS", 2 },
  { "Central High School", "CHS", 2 },
};

typedef struct
{
  const char *code;
  double      weight_young;  /* grades K-5 */
  double      weight_old;    /* grades 6-12 */
} DisabilityWeight;

static const DisabilityWeight disability_weights[] = {
  { "SLD", 26.0, 42.0 },
  { "SLI", 26.0, 7.0 },
  { "OHI", 13.0, 17.0 },
  { "AUT", 12.0, 11.0 },
  { "DD", 8.0, 0.0 },      /* ages 3-9 only */
  { "EMN", 3.0, 7.0 },
  { "ID", 5.0, 7.0 },
  { "MD", 2.0, 2.0 },
  { "HI", 1.0, 1.0 },
  { "DEAF", 0.3, 0.3 },
  { "OI", 1.0, 0.8 },
  { "VI", 0.4, 0.4 },
  { "TBI", 0.3, 0.5 },
  { "DB", 0.05, 0.05 },
};

typedef struct
{
  const char *area;
  const char *condition;
  const char *behavior;
  const char *criterion;   /* %s: the target value */
  const char *unit;
  const char *method;
  const char *phase;       /* the intervention's name */
  gboolean    lower;       /* lower is better */
  double      base_lo, base_hi;
  double      gain_lo, gain_hi;
  double      max;         /* 0 = no upper bound */
  int         min_grade, max_grade;
} GoalTemplate;

static const GoalTemplate goal_templates[] = {
  { "reading", "Given a grade-level passage", "will read aloud",
    "%s words correct per minute on 2 of 3 consecutive weekly probes",
    "words correct per minute", "Curriculum-based measurement oral reading probe",
    "Repeated reading", FALSE, 20, 70, 25, 45, 0, 1, 8 },
  { "reading", "Given a short passage at the instructional level",
    "will answer literal and inferential comprehension questions",
    "with %s%% accuracy on 3 consecutive probes", "% correct",
    "Teacher-made comprehension probe", "Reciprocal teaching", FALSE,
    30, 55, 25, 40, 100, 3, 12 },
  { "reading", "Given a list of 20 decodable CVC and CVCe words",
    "will read the words correctly", "%s of 20 words on 3 consecutive probes",
    "words correct", "Decoding probe", "Systematic phonics", FALSE,
    4, 9, 8, 12, 20, 0, 3 },
  { "reading", "Given 1 minute and a page of letters",
    "will name letter sounds", "%s correct letter sounds per minute",
    "letter sounds per minute", "Letter-sound fluency probe",
    "Daily phonemic awareness drills", FALSE, 8, 20, 20, 30, 0, 0, 1 },
  { "writing", "Given a picture or story starter and 3 minutes to write",
    "will write a narrative", "with %s correct word sequences",
    "correct word sequences", "Written-expression CBM probe",
    "Self-regulated strategy development", FALSE, 8, 25, 15, 25, 0, 2, 12 },
  { "writing", "Given a writing prompt and a graphic organizer",
    "will write a paragraph with a topic sentence, three details and a conclusion",
    "scoring %s of 16 on the district rubric", "rubric points",
    "District writing rubric", "Paragraph frames", FALSE, 4, 8, 5, 8, 16, 3, 12 },
  { "math", "Given 25 mixed computation problems at the instructional level",
    "will write correct digits", "%s correct digits in 2 minutes",
    "digits correct", "Math computation CBM probe", "Fact fluency practice",
    FALSE, 8, 20, 15, 25, 0, 1, 8 },
  { "math", "Given 10 one- and two-step word problems",
    "will solve the problems showing their work", "with %s%% accuracy",
    "% correct", "Teacher-made problem-solving probe", "Schema-based instruction",
    FALSE, 20, 45, 30, 45, 100, 3, 12 },
  { "math", "Given a set of up to 20 objects",
    "will count the objects with one-to-one correspondence",
    "%s of 20 correctly on 4 of 5 trials", "objects counted correctly",
    "Direct observation", "Hands-on counting routines", FALSE, 3, 8, 8, 12, 20, 0, 2 },
  { "communication", "During structured speech activities",
    "will produce /r/ in all positions of words",
    "with %s%% accuracy across 3 sessions", "% accuracy",
    "Speech-language pathologist data sheet", "Articulation therapy", FALSE,
    20, 50, 30, 50, 100, 0, 6 },
  { "communication", "Given a picture scene",
    "will describe it using complete sentences of 5 or more words",
    "in %s of 10 opportunities", "opportunities out of 10",
    "Language sample", "Expanded sentence modeling", FALSE, 1, 4, 4, 6, 10, 0, 8 },
  { "communication", "During classroom routines and with a visual support",
    "will request help or a break using words or an AAC device",
    "in %s of 10 opportunities", "opportunities out of 10",
    "Direct observation", "Functional communication training", FALSE,
    1, 4, 4, 6, 10, 0, 12 },
  { "social-emotional", "When frustrated during class activities",
    "will use a taught coping strategy (breathing, break card)",
    "in %s%% of observed opportunities", "% of opportunities",
    "Behavior tracking sheet", "Zones of Regulation lessons", FALSE,
    10, 35, 40, 55, 100, 0, 12 },
  { "social-emotional", "During unstructured times with peers",
    "will start and maintain a conversation for 3 exchanges",
    "in %s of 5 observed opportunities", "opportunities out of 5",
    "Direct observation", "Social skills group", FALSE, 0, 2, 2, 3, 5, 0, 12 },
  { "behavior", "During independent work time",
    "will leave the assigned area without permission",
    "no more than %s times per day", "incidents per day",
    "Frequency count", "Check-in/check-out", TRUE, 6, 12, 4, 8, 0, 0, 12 },
  { "behavior", "During whole-group instruction",
    "will be on task in 10-second momentary time samples",
    "%s%% of intervals", "% of intervals on task",
    "Momentary time sampling", "Self-monitoring checklist", FALSE,
    30, 55, 30, 45, 100, 0, 12 },
  { "behavior", "Throughout the school day",
    "will show verbal outbursts (yelling, swearing)",
    "no more than %s times per week", "outbursts per week",
    "Frequency count", "Behavior intervention plan", TRUE, 8, 15, 5, 10, 0, 3, 12 },
  { "motor", "Given lined paper and a sentence to copy",
    "will copy the sentence with letters sized and placed on the line",
    "in %s of 10 trials", "trials out of 10", "Occupational therapist data sheet",
    "Handwriting program", FALSE, 1, 4, 4, 6, 10, 0, 5 },
  { "motor", "Given a keyboarding program",
    "will type a familiar passage", "at %s words per minute",
    "words per minute", "Timed typing sample", "Keyboarding practice",
    FALSE, 5, 12, 8, 12, 0, 3, 12 },
  { "adaptive", "Given a visual schedule",
    "will complete the steps of the morning arrival routine independently",
    "%s of 10 steps on 4 of 5 days", "steps completed independently",
    "Task analysis data sheet", "Visual schedule and prompt fading", FALSE,
    2, 5, 4, 6, 10, 0, 12 },
  { "adaptive", "Given a budget and a shopping list",
    "will choose items and count out the money needed",
    "with %s%% accuracy", "% correct", "Community-based instruction data sheet",
    "Community-based instruction", FALSE, 20, 45, 30, 45, 100, 9, 12 },
  { "transition", "Given a job-site placement",
    "will complete assigned work tasks without adult prompts",
    "%s%% of the time", "% of tasks without prompts",
    "Job coach data sheet", "Work-based learning", FALSE, 30, 55, 25, 40, 100, 9, 12 },
};

typedef struct
{
  const char *category;
  const char *description;
  gboolean    tests;
  const char *frequency;
  gboolean    modification;
} AccommodationTemplate;

static const AccommodationTemplate accommodation_templates[] = {
  { "timing", "Extended time (1.5x) on tests and assignments", TRUE, "For all tests and timed assignments", FALSE },
  { "timing", "Frequent breaks", TRUE, "Every 20 minutes during independent work", FALSE },
  { "setting", "Small-group or separate setting for tests", TRUE, "For unit tests and state assessments", FALSE },
  { "setting", "Preferential seating near instruction", FALSE, "Daily", FALSE },
  { "setting", "Reduced-distraction work area", TRUE, "During independent work", FALSE },
  { "presentation", "Directions read aloud and repeated", TRUE, "As needed", FALSE },
  { "presentation", "Text-to-speech for reading passages (not for reading decoding tests)", TRUE, "Daily", FALSE },
  { "presentation", "Visual schedule and step-by-step checklists", FALSE, "Daily", FALSE },
  { "presentation", "Copy of class notes or guided notes", FALSE, "Daily", FALSE },
  { "presentation", "Large print materials", TRUE, "All printed materials", FALSE },
  { "response", "Speech-to-text or scribe for written responses", TRUE, "For responses longer than a paragraph", FALSE },
  { "response", "Use of a calculator", TRUE, "Except on calculation-fluency tests", FALSE },
  { "response", "Graphic organizer for writing", FALSE, "For writing assignments", FALSE },
  { "response", "Answers may be given orally", TRUE, "As needed", FALSE },
  { "other", "Check-in with case manager at the start of the day", FALSE, "Daily", FALSE },
  { "other", "Agenda or planner checked by the teacher", FALSE, "Daily", FALSE },
  { "other", "Reduced number of answer choices", TRUE, "On classroom tests", TRUE },
  { "other", "Shortened assignments covering the same objectives", FALSE, "Daily", TRUE },
  { "other", "Alternate grading based on IEP goals", FALSE, "Each grading period", TRUE },
};

typedef struct
{
  const char *name;
  const char *category;
  const char *languages;
  const char *notes;
} ResourceTemplate;

static const ResourceTemplate resource_templates[] = {
  { "Riverton Family Health Clinic", "medical", "en, es", "Sliding-scale fees; pediatric and developmental care." },
  { "Lakeside Children's Therapy Center", "medical", "en", "Outpatient speech, occupational and physical therapy." },
  { "North County Behavioral Health", "mental-health", "en, es", "Counseling for children and families; crisis line." },
  { "Hope Street Youth Counseling", "mental-health", "en", "Free short-term counseling for teens." },
  { "Riverton Housing Assistance Office", "housing", "en, es", "Emergency rent help and shelter referrals." },
  { "Good Neighbor Food Pantry", "food", "en, es, vi", "Weekly groceries; no paperwork needed." },
  { "Little Steps Respite Care", "respite", "en", "Weekend respite for families of children with disabilities." },
  { "Riverton Parks Adaptive Sports", "recreation", "en, es", "Adaptive swimming, basketball and summer camp." },
  { "Prairie Legal Aid for Families", "legal", "en, es", "Free advice on guardianship and special-education rights." },
  { "State Vocational Rehabilitation Office", "transition", "en, es", "Job training and placement from age 14." },
  { "Riverton Community College Disability Services", "transition", "en", "Campus visits and accommodation planning." },
  { "Parent Training and Information Center", "other", "en, es", "Workshops for parents on the IEP process." },
};

static const char * const strengths[] = {
  "%s is kind to classmates and works hard when tasks are broken into steps.",
  "%s has a great sense of humor and enjoys helping in the classroom.",
  "%s is curious, asks good questions and loves hands-on science activities.",
  "%s follows classroom routines well and takes pride in finished work.",
  "%s is a strong visual learner and remembers information shown in pictures.",
  "%s participates eagerly in music, art and physical education.",
  "%s is persistent and keeps trying after mistakes when encouraged.",
};
static const char * const parent_concerns[] = {
  "The family would like %s to become more independent with homework.",
  "The family is concerned about %s's reading and wants ideas to practice at home.",
  "The family wants %s to make friends and feel confident at school.",
  "The family asks for regular updates on %s's progress by e-mail.",
  "The family is worried about how %s handles frustration at home and school.",
  "The family hopes %s can stay in general-education classes as much as possible.",
};

typedef struct
{
  const char *code;
  const char *evaluation;
  const char *impact;
} DisabilityText;

static const DisabilityText disability_texts[] = {
  { "SLD", "Cognitive scores in the average range with a significant weakness in phonological processing and basic reading skills.",
    "The learning disability affects reading and written work in every subject, so grade-level texts are hard to access without support." },
  { "SLI", "Standardized language testing shows expressive and receptive language below age expectations; articulation errors reduce intelligibility.",
    "Speech and language needs make it hard to follow multi-step directions and to share ideas in class discussions." },
  { "OHI", "Rating scales from teachers and family show significant inattention and impulsivity; medical diagnosis on file.",
    "Attention difficulties reduce work completion and accuracy in the general-education classroom." },
  { "AUT", "Observation and rating scales show social-communication differences and restricted interests consistent with autism.",
    "Changes in routine and social demands affect participation in group work and unstructured times." },
  { "DD", "Developmental testing shows delays of more than 1.5 standard deviations in communication and adaptive skills.",
    "Delays in early academic and self-help skills affect participation in kindergarten and primary activities." },
  { "EMN", "Behavior rating scales and observation show long-standing anxiety and difficulty managing emotions across settings.",
    "Emotional needs lead to missed instruction when the student leaves class or refuses work." },
  { "ID", "Cognitive and adaptive behavior scores both fall more than two standard deviations below the mean.",
    "Significant cognitive needs require modified curriculum and direct instruction of functional skills." },
  { "MD", "Evaluation shows intellectual disability together with orthopedic and communication needs.",
    "Combined needs require specialized instruction and support throughout the school day." },
  { "HI", "Audiological evaluation shows a moderate bilateral hearing loss; hearing aids are used.",
    "Hearing loss makes it hard to follow discussions in noisy settings without an FM system." },
  { "DEAF", "Audiological evaluation shows a profound bilateral hearing loss; the student uses ASL and a cochlear implant.",
    "Access to spoken instruction requires an interpreter and visual supports." },
  { "OI", "Medical and physical therapy evaluations show limited fine and gross motor control.",
    "Motor needs affect handwriting, moving between classes and participation in physical education." },
  { "VI", "Functional vision assessment shows low vision; print must be enlarged.",
    "Visual impairment limits access to standard print and board work without accommodations." },
  { "TBI", "Neuropsychological evaluation after a brain injury shows weaknesses in memory and processing speed.",
    "Memory and processing-speed needs make new learning and multi-step tasks slow." },
  { "DB", "Evaluations show combined vision and hearing loss.",
    "Access to instruction requires tactile and visual supports and an intervener." },
};

static const char * const contact_summaries[] = {
  "Called to share progress on reading goals; parent pleased.",
  "Discussed upcoming annual review and possible meeting times.",
  "Parent asked about homework support; sent strategies home.",
  "Followed up on attendance concerns.",
  "Shared behavior data from this week and planned next steps together.",
  "Parent requested a copy of the IEP; sent by mail.",
  "Reminded family about the parent-teacher conference.",
};

/* ---- the generator's state -------------------------------------------- */

typedef struct
{
  gint64      id;
  const char *first;
  const char *last;
  int         role;
  int         school;   /* index into schools, -1 = district */
  guint       load;
} Staff;

typedef struct
{
  gint64      id;
  const char *name;
  int         level;
  int         lo, hi;   /* grades served, K = 0 */
  guint       n_students;
  gint64      conference_room;
  const char *conference_room_name;
  GArray     *by_role[N_ROLES];   /* indexes into Sample.staff */
} School;

/* Rows of one table, bound into a multi-row statement and written
 * BATCH_ROWS at a time: the schema's CHECK (x IN (...)) constraints and
 * foreign keys cost most of an insert, and SQLite pays them once per
 * statement execution rather than once per row. */
#define BATCH_ROWS 64

typedef struct
{
  sqlite3_stmt *stmt;
  int           n_params;   /* per row */
  guint         n_rows;     /* bound and not yet written */
} Batch;

typedef struct
{
  CaseloadStore *store;
  sqlite3       *db;
  GRand         *rand;
  GTimeZone     *tz;
  GError        *error;
  guint32        as_of;        /* julian */
  /* ISO text of the dates around as_of, filled on first use: formatting
   * a million dates is a good part of the run time otherwise. */
  char         (*date_text)[11];
  guint32        date_base;
  int            year;         /* start year of the school year of as_of */
  GArray        *schools;      /* School */
  GArray        *staff;        /* Staff */
  GHashTable    *emails;
  guint          meeting_counter;
  gint64         resources[G_N_ELEMENTS (resource_templates)];

  GPtrArray     *statements;   /* every prepared statement, to finalize */
  sqlite3_stmt  *count_students;
  sqlite3_stmt  *ins_school;
  sqlite3_stmt  *ins_year;
  sqlite3_stmt  *ins_period;
  sqlite3_stmt  *ins_room;
  sqlite3_stmt  *ins_staff;
  sqlite3_stmt  *ins_student;
  sqlite3_stmt  *ins_guardian;
  sqlite3_stmt  *ins_referral;
  sqlite3_stmt  *ins_consent;
  sqlite3_stmt  *ins_evaluation;
  sqlite3_stmt  *ins_iep;
  sqlite3_stmt  *upd_iep_meeting;
  sqlite3_stmt  *ins_goal;
  sqlite3_stmt  *ins_service;
  sqlite3_stmt  *ins_report;
  sqlite3_stmt  *ins_meeting;
  sqlite3_stmt  *ins_attempt;
  sqlite3_stmt  *ins_task;
  sqlite3_stmt  *ins_contact;
  sqlite3_stmt  *ins_resource;
  sqlite3_stmt  *ins_resource_referral;
  sqlite3_stmt  *ins_audit;

  /* Child rows whose ids nobody needs, written BATCH_ROWS at a time. */
  Batch          non_school_day;
  Batch          disability;
  Batch          team;
  Batch          iep_period;
  Batch          factor;
  Batch          objective;
  Batch          service_log;
  Batch          accommodation;
  Batch          phase;
  Batch          point;
  Batch          entry;
  Batch          attendee;
  Batch          notice;
} Sample;

typedef enum
{
  KIND_IEP,
  KIND_REFERRED,
  KIND_ELIGIBLE,
  KIND_EXITED,
  KIND_ARCHIVED,
} StudentKind;

typedef struct
{
  gint64      id;
  const char *first;
  const char *last;
  guint32     birth;
  int         grade;
  int         school;
  gboolean    spanish;
  gboolean    female;
  const char *primary;
  const char *secondary;
  int         cm;          /* staff index, -1 = none */
  int         gened;
  int         provider;
  int         provider_role;
  gint64      guardian_id;
  char       *guardian_name;
  const char *guardian_language;
  gboolean    interpreter;
} Student;

/* ---- dates -------------------------------------------------------------- */

static guint32
jdate (int year,
       int month,
       int day)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, day, month, year);
  return g_date_get_julian (&d);
}

static void
jsplit (guint32  j,
        int     *year,
        int     *month,
        int     *day)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_julian (&d, j);
  *year = g_date_get_year (&d);
  *month = g_date_get_month (&d);
  *day = g_date_get_day (&d);
}

/* 1 = Monday .. 7 = Sunday */
static int
jweekday (guint32 j)
{
  return (int) ((j - 1) % 7) + 1;
}

static guint32
jadd_years (guint32 j,
            int     years)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_julian (&d, j);
  if (years >= 0)
    g_date_add_years (&d, years);
  else
    g_date_subtract_years (&d, -years);
  return g_date_get_julian (&d);
}

static guint32
jadd_months (guint32 j,
             int     months)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_julian (&d, j);
  if (months >= 0)
    g_date_add_months (&d, months);
  else
    g_date_subtract_months (&d, -months);
  return g_date_get_julian (&d);
}

/* The school day on or before @j (weekends move back to Friday). */
static guint32
weekday_on_or_before (guint32 j)
{
  int wd = jweekday (j);

  return wd == 6 ? j - 1 : wd == 7 ? j - 2 : j;
}

static guint32
weekday_on_or_after (guint32 j)
{
  int wd = jweekday (j);

  return wd == 6 ? j + 2 : wd == 7 ? j + 1 : j;
}

/* The @n-th (1-based) @weekday of a month; n = -1 for the last one. */
static guint32
nth_weekday (int year,
             int month,
             int weekday,
             int n)
{
  guint32 j;

  if (n > 0)
    {
      j = jdate (year, month, 1);
      while (jweekday (j) != weekday)
        j++;
      return j + 7 * (n - 1);
    }
  j = jdate (year, month, g_date_get_days_in_month (month, year));
  while (jweekday (j) != weekday)
    j--;
  return j;
}

static int
age_on (guint32 birth,
        guint32 on)
{
  int by, bm, bd, y, m, d;

  jsplit (birth, &by, &bm, &bd);
  jsplit (on, &y, &m, &d);
  return y - by - ((m < bm || (m == bm && d < bd)) ? 1 : 0);
}

/* The school calendar of the year starting in August of @year: first day
 * (the Wednesday on or after Aug 14), last day (the Friday on or after
 * June 1) and four reporting-period end dates. */
static void
school_calendar (int      year,
                 guint32 *start,
                 guint32 *end,
                 guint32  periods[4])
{
  guint32 s = jdate (year, 8, 14);
  guint32 e = jdate (year + 1, 6, 1);

  while (jweekday (s) != 3)
    s++;
  while (jweekday (e) != 5)
    e++;
  *start = s;
  *end = e;
  for (int k = 1; k <= 4; k++)
    {
      guint32 p = k == 4 ? e : s + (e - s) * k / 4;

      while (jweekday (p) != 5)
        p--;
      periods[k - 1] = p;
    }
}

/* ---- random helpers ------------------------------------------------------ */

static int
rnd (Sample *s,
     int     lo,
     int     hi)
{
  return g_rand_int_range (s->rand, lo, hi + 1);
}

static gboolean
chance (Sample *s,
        double  p)
{
  return g_rand_double (s->rand) < p;
}

#define PICK(s, array) ((array)[rnd ((s), 0, G_N_ELEMENTS (array) - 1)])

static double
gauss (Sample *s)
{
  double u1 = g_rand_double (s->rand);
  double u2 = g_rand_double (s->rand);

  if (u1 < 1e-12)
    u1 = 1e-12;
  return sqrt (-2.0 * log (u1)) * cos (2.0 * G_PI * u2);
}

/* ---- inserting ----------------------------------------------------------- */

#define DATE_CACHE_DAYS (366 * 28)

static void
format_date (guint32  j,
             char     buf[16])
{
  int y, m, d;

  jsplit (j, &y, &m, &d);
  g_snprintf (buf, 16, "%04d-%02d-%02d", y, m, d);
}

/* "YYYY-MM-DD" of @j, from the cache when it is in range (the pointer stays
 * valid for the whole run), else written into @buf. */
static const char *
date_text (Sample  *s,
           guint32  j,
           char     buf[16])
{
  if (j >= s->date_base && j < s->date_base + DATE_CACHE_DAYS)
    {
      char *text = s->date_text[j - s->date_base];

      if (text[0] == '\0')
        {
          char tmp[16];

          format_date (j, tmp);
          memcpy (text, tmp, 11);
        }
      return text;
    }
  format_date (j, buf);
  return buf;
}

/* Binds the values described by @fmt to @stmt's parameters from @first
 * on. Format letters: s text (NULL = SQL NULL), i int, b int (< 0 = NULL),
 * l gint64, r gint64 id (<= 0 = NULL), d double, D julian date (guint32,
 * 0 = NULL), T julian date plus seconds of the day (UTC instant; date 0 =
 * NULL), n NULL (takes no argument). Returns the number of parameters. */
static int
bind_values (Sample       *s,
             sqlite3_stmt *stmt,
             int           first,
             const char   *fmt,
             va_list       ap)
{
  int i = first;

  for (const char *p = fmt; *p != '\0'; p++, i++)
    {
      switch (*p)
        {
        case 's':
          {
            const char *v = va_arg (ap, const char *);

            if (v != NULL)
              sqlite3_bind_text (stmt, i, v, -1, SQLITE_TRANSIENT);
            else
              sqlite3_bind_null (stmt, i);
          }
          break;
        case 'i':
          sqlite3_bind_int (stmt, i, va_arg (ap, int));
          break;
        case 'b':
          {
            int v = va_arg (ap, int);

            if (v >= 0)
              sqlite3_bind_int (stmt, i, v);
            else
              sqlite3_bind_null (stmt, i);
          }
          break;
        case 'l':
          sqlite3_bind_int64 (stmt, i, va_arg (ap, gint64));
          break;
        case 'r':
          {
            gint64 v = va_arg (ap, gint64);

            if (v > 0)
              sqlite3_bind_int64 (stmt, i, v);
            else
              sqlite3_bind_null (stmt, i);
          }
          break;
        case 'd':
          sqlite3_bind_double (stmt, i, va_arg (ap, double));
          break;
        case 'D':
          {
            guint32 j = va_arg (ap, guint32);
            char buf[16];

            if (j > 0)
              {
                const char *text = date_text (s, j, buf);

                sqlite3_bind_text (stmt, i, text, 10,
                                   text == buf ? SQLITE_TRANSIENT : SQLITE_STATIC);
              }
            else
              sqlite3_bind_null (stmt, i);
          }
          break;
        case 'T':
          {
            guint32 j = va_arg (ap, guint32);
            int secs = va_arg (ap, int);
            char day[16];
            char buf[32];
            int h = secs / 3600, mi = (secs / 60) % 60, se = secs % 60;

            if (j == 0)
              {
                sqlite3_bind_null (stmt, i);
                break;
              }
            /* "YYYY-MM-DDTHH:MM:SSZ" without printf. */
            memcpy (buf, date_text (s, j, day), 10);
            buf[10] = 'T';
            buf[11] = '0' + h / 10;
            buf[12] = '0' + h % 10;
            buf[13] = ':';
            buf[14] = '0' + mi / 10;
            buf[15] = '0' + mi % 10;
            buf[16] = ':';
            buf[17] = '0' + se / 10;
            buf[18] = '0' + se % 10;
            buf[19] = 'Z';
            sqlite3_bind_text (stmt, i, buf, 20, SQLITE_TRANSIENT);
          }
          break;
        case 'n':
          sqlite3_bind_null (stmt, i);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  return i - first;
}

static gboolean
check_count (Sample       *s,
             sqlite3_stmt *stmt,
             const char   *fmt,
             int           bound,
             int           expected)
{
  if (bound == expected)
    return TRUE;
  g_critical ("Format “%s” does not match “%.80s”", fmt, sqlite3_sql (stmt));
  g_set_error (&s->error, CASELOAD_ERROR, CASELOAD_ERROR_FAILED,
               _("Could not create the sample data"));
  return FALSE;
}

/* Inserts one row; returns its rowid, or 0 after setting s->error (which
 * is sticky: later calls do nothing). */
static gint64
row (Sample       *s,
     sqlite3_stmt *stmt,
     const char   *fmt,
     ...)
{
  va_list ap;
  int bound;
  int rc;

  if (s->error != NULL)
    return 0;

  va_start (ap, fmt);
  bound = bind_values (s, stmt, 1, fmt, ap);
  va_end (ap);
  if (!check_count (s, stmt, fmt, bound, sqlite3_bind_parameter_count (stmt)))
    return 0;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (s->db, rc, _("Could not create the sample data"), &s->error);
      sqlite3_reset (stmt);
      return 0;
    }
  sqlite3_reset (stmt);
  return sqlite3_last_insert_rowid (s->db);
}

static void
batch_flush (Sample *s,
             Batch  *b)
{
  int rc;

  if (s->error != NULL || b->n_rows == 0)
    return;
  rc = sqlite3_step (b->stmt);
  if (rc != SQLITE_DONE)
    caseload_db_set_error (s->db, rc, _("Could not create the sample data"), &s->error);
  sqlite3_reset (b->stmt);
  sqlite3_clear_bindings (b->stmt);
  b->n_rows = 0;
}

/* Queues one row of @b's table (same format letters as row()). */
static void
batch (Sample     *s,
       Batch      *b,
       const char *fmt,
       ...)
{
  va_list ap;
  int bound;

  if (s->error != NULL)
    return;

  va_start (ap, fmt);
  bound = bind_values (s, b->stmt, 1 + b->n_rows * b->n_params, fmt, ap);
  va_end (ap);
  if (!check_count (s, b->stmt, fmt, bound, b->n_params))
    return;
  if (++b->n_rows == BATCH_ROWS)
    batch_flush (s, b);
}

typedef struct
{
  sqlite3_stmt **stmt;
  const char    *sql;
} Statement;

static void
finalize_statement (gpointer stmt)
{
  caseload_db_release (stmt);
}

static gboolean
prepare_all (Sample  *s,
             GError **error)
{
  const Statement statements[] = {
    { &s->count_students, "SELECT count(*) FROM student" },
    { &s->ins_school, "INSERT INTO school (name, short_name, time_zone, lowest_grade, highest_grade, address, phone) VALUES (?, ?, ?, ?, ?, ?, ?)" },
    { &s->ins_year, "INSERT INTO school_year (school_id, name, start_date, end_date) VALUES (?, ?, ?, ?)" },
    { &s->ins_period, "INSERT INTO reporting_period (school_year_id, number, end_date) VALUES (?, ?, ?)" },
    { &s->ins_room, "INSERT INTO room (school_id, name, capacity) VALUES (?, ?, ?)" },
    { &s->ins_staff, "INSERT INTO staff (first_name, last_name, role, school_id, email, phone, active, external_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" },
    { &s->ins_student, "INSERT INTO student (student_number, first_name, last_name, preferred_name, birth_date, grade, school_id, home_language, gender, status, exit_date, exit_reason, reeval_waived, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" },
    { &s->ins_guardian, "INSERT INTO guardian (student_id, first_name, last_name, relationship, phone, email, address, language, interpreter_needed, rights_holder, lives_with_student, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" },
    { &s->ins_referral, "INSERT INTO referral (student_id, referral_date, referred_by, source, reason, status, decision, decision_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)" },
    { &s->ins_consent, "INSERT INTO consent (student_id, kind, requested_date, response_date, granted, notes) VALUES (?, ?, ?, ?, ?, ?)" },
    { &s->ins_evaluation, "INSERT INTO evaluation (student_id, kind, consent_id, consent_date, evaluation_date, eligibility_date, eligible, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)" },
    { &s->ins_iep, "INSERT INTO iep (student_id, kind, status, previous_iep_id, meeting_date, start_date, end_date, next_review_date, finalized_at, strengths, parent_concerns, evaluation_results, academic_needs, functional_needs, disability_impact, assessment, alternate_why_not_regular, alternate_why_appropriate, percent_regular_class, environment_code, nonparticipation_explanation, transition_education, transition_employment, transition_independent_living, transition_assessments, transition_services, course_of_study, transition_agencies, rights_transfer_date, parent_consent_date, parent_copy_date, parent_copy_method, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" },
    { &s->upd_iep_meeting, "UPDATE iep SET meeting_id = ? WHERE id = ?" },
    { &s->ins_goal, "INSERT INTO goal (iep_id, position, area, condition, behavior, criterion, baseline_value, baseline_date, target_value, target_date, unit, direction, method, responsible) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" },
    { &s->ins_service, "INSERT INTO service (iep_id, position, category, name, provider_role, provider_staff_id, minutes_per_session, sessions, per, location, start_date, end_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" },
    { &s->ins_report, "INSERT INTO progress_report (iep_id, period_number, locked, sent_date, sent_method) VALUES (?, ?, ?, ?, ?)" },
    { &s->ins_meeting, "INSERT INTO meeting (student_id, kind, purpose, starts_at, ends_at, time_zone, room_id, location, status, interpreter_needed, interpreter_language, notice_sent_date, notice_method, notice_transition, outcome, produced_iep_id, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" },
    { &s->ins_attempt, "INSERT INTO parent_contact_attempt (meeting_id, attempt_date, method, result) VALUES (?, ?, ?, ?)" },
    { &s->ins_task, "INSERT INTO task (assignee_id, created_by, student_id, meeting_id, title, due_date, priority, status, created_at, completed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" },
    { &s->ins_contact, "INSERT INTO contact_log (student_id, staff_id, contact_at, person, method, summary, follow_up_needed, follow_up_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)" },
    { &s->ins_resource, "INSERT INTO community_resource (name, category, address, phone, website, languages, notes) VALUES (?, ?, ?, ?, ?, ?, ?)" },
    { &s->ins_resource_referral, "INSERT INTO resource_referral (student_id, resource_id, referral_date, reason, status, follow_up_date, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)" },
    { &s->ins_audit, "INSERT INTO audit_log (at, staff_id, student_id, table_name, record_id, action, reason) VALUES (?, ?, ?, 'student', ?, 'insert', ?)" },
  };

  const struct
  {
    Batch      *batch;
    const char *insert;
    const char *row;
  } batches[] = {
    { &s->non_school_day, "INSERT INTO non_school_day (school_year_id, day, description)", "(?, ?, ?)" },
    { &s->disability, "INSERT INTO student_disability (student_id, code, is_primary)", "(?, ?, ?)" },
    { &s->team, "INSERT INTO team_assignment (student_id, staff_id, role, is_case_manager, start_date)", "(?, ?, ?, ?, ?)" },
    { &s->iep_period, "INSERT INTO iep_reporting_period (iep_id, number, end_date)", "(?, ?, ?)" },
    { &s->factor, "INSERT INTO special_factor (iep_id, factor, considered, applies, notes)", "(?, ?, ?, ?, ?)" },
    { &s->objective, "INSERT INTO objective (goal_id, position, description, target_date)", "(?, ?, ?, ?)" },
    { &s->service_log, "INSERT INTO service_log (service_id, session_date, minutes, provider_staff_id, group_size, outcome)", "(?, ?, ?, ?, ?, ?)" },
    { &s->accommodation, "INSERT INTO accommodation (iep_id, position, kind, category, description, applies_classroom, applies_tests, frequency)", "(?, ?, ?, ?, ?, ?, ?, ?)" },
    { &s->phase, "INSERT INTO progress_phase (goal_id, start_date, label)", "(?, ?, ?)" },
    { &s->point, "INSERT INTO data_point (goal_id, point_date, value, recorded_by, recorded_at)", "(?, ?, ?, ?, ?)" },
    { &s->entry, "INSERT INTO progress_entry (report_id, goal_id, code, sufficient, insufficient_reason, current_value, narrative)", "(?, ?, ?, ?, ?, ?, ?)" },
    { &s->attendee, "INSERT INTO meeting_attendee (meeting_id, staff_id, guardian_id, is_student, name, role, required, response, attended, excused, excusal_agreement_date, excusal_input_date)", "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" },
    { &s->notice, "INSERT INTO rights_notice (student_id, given_date, method, language, notes)", "(?, ?, ?, ?, ?)" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (batches); i++)
    {
      /* INSERT ... SELECT over BATCH_ROWS rows of parameters; unused rows
       * stay NULL and are skipped (the first column is never NULL). Only
       * the constant texts above are repeated: every value is bound. */
      g_autoptr(GString) sql = g_string_new (batches[i].insert);
      Batch *b = batches[i].batch;

      g_string_append (sql, " SELECT * FROM (VALUES ");
      for (int r = 0; r < BATCH_ROWS; r++)
        {
          if (r > 0)
            g_string_append (sql, ", ");
          g_string_append (sql, batches[i].row);
        }
      g_string_append (sql, ") WHERE column1 IS NOT NULL");
      b->stmt = caseload_db_prepare (s->db, sql->str, error);
      if (b->stmt == NULL)
        return FALSE;
      g_ptr_array_add (s->statements, b->stmt);
      b->n_params = sqlite3_bind_parameter_count (b->stmt) / BATCH_ROWS;
      b->n_rows = 0;
    }

  for (gsize i = 0; i < G_N_ELEMENTS (statements); i++)
    {
      *statements[i].stmt = caseload_db_prepare (s->db, statements[i].sql, error);
      if (*statements[i].stmt == NULL)
        return FALSE;
      g_ptr_array_add (s->statements, *statements[i].stmt);
    }
  return TRUE;
}


/* ---- district ------------------------------------------------------------ */

static char *
make_address (Sample *s,
              int     max_number)
{
  int number = rnd (s, 100, max_number);
  const char *street = PICK (s, streets);
  int zip = rnd (s, 600, 699);

  return g_strdup_printf ("%d %s, Riverton, IL 60%03d", number, street, zip);
}

static char *
make_phone (Sample *s)
{
  return g_strdup_printf (AREA_CODE " 555-01%02d", rnd (s, 0, 99));
}

static char *
make_email (Sample     *s,
            const char *first,
            const char *last,
            const char *domain)
{
  g_autofree char *raw = g_strdup_printf ("%s.%s", first, last);
  g_autofree char *ascii = g_str_to_ascii (raw, "C");
  g_autofree char *lower = g_ascii_strdown (ascii, -1);
  GString *local = g_string_new (NULL);
  char *email;

  for (const char *p = lower; *p != '\0'; p++)
    if (g_ascii_isalnum (*p) || *p == '.')
      g_string_append_c (local, *p);

  email = g_strdup_printf ("%s@%s", local->str, domain);
  for (int n = 2; g_hash_table_contains (s->emails, email); n++)
    {
      g_free (email);
      email = g_strdup_printf ("%s%d@%s", local->str, n, domain);
    }
  g_string_free (local, TRUE);
  g_hash_table_add (s->emails, g_strdup (email));
  return email;
}

static int
add_staff (Sample *s,
           int     role,
           int     school,
           gboolean active)
{
  Staff st = { 0 };
  g_autofree char *email = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *external = NULL;
  gboolean female = chance (s, role == R_SLP || role == R_SPED_TEACHER ? 0.8 : 0.6);
  gboolean hispanic = chance (s, 0.15);
  guint32 created, updated;

  if (hispanic)
    st.first = female ? PICK (s, adult_es_female) : PICK (s, adult_es_male);
  else
    st.first = female ? PICK (s, adult_en_female) : PICK (s, adult_en_male);
  st.last = hispanic ? PICK (s, es_last) : PICK (s, en_last);
  st.role = role;
  st.school = school;
  email = make_email (s, st.first, st.last, "district.example.org");
  phone = make_phone (s);
  external = g_strdup_printf ("E%05u", s->staff->len + 1);
  created = s->as_of - 700 - rnd (s, 0, 2000);
  updated = s->as_of - rnd (s, 30, 400);
  st.id = row (s, s->ins_staff, "sssrssisTT",
               st.first, st.last, role_codes[role],
               school >= 0 ? g_array_index (s->schools, School, school).id : (gint64) 0,
               email, phone, active ? 1 : 0, external,
               created, 14 * 3600, updated, 14 * 3600);
  g_array_append_val (s->staff, st);
  if (school >= 0 && active)
    {
      School *sc = &g_array_index (s->schools, School, school);
      int index = s->staff->len - 1;

      g_array_append_val (sc->by_role[role], index);
    }
  return s->staff->len - 1;
}

static char *
staff_name (Sample *s,
            int     index)
{
  Staff *st = &g_array_index (s->staff, Staff, index);

  return g_strdup_printf ("%s %s", st->first, st->last);
}

static gint64
staff_id (Sample *s,
          int     index)
{
  return index >= 0 ? g_array_index (s->staff, Staff, index).id : 0;
}

static int
pick_role (Sample *s,
           School *sc,
           int     role)
{
  GArray *a = sc->by_role[role];

  if (a->len == 0)
    return -1;
  return g_array_index (a, int, rnd (s, 0, a->len - 1));
}

static void
add_calendar (Sample *s,
              gint64  school_id,
              int     year)
{
  guint32 start, end, periods[4];
  g_autofree char *name = g_strdup_printf ("%d–%d", year, year + 1);
  gint64 year_id;
  struct { guint32 day; const char *what; } holidays[32];
  int n = 0;

  school_calendar (year, &start, &end, periods);
  year_id = row (s, s->ins_year, "lsDD", school_id, name, start, end);
  for (int k = 0; k < 4; k++)
    row (s, s->ins_period, "liD", year_id, k + 1, periods[k]);

  holidays[n].day = nth_weekday (year, 9, 1, 1);
  holidays[n++].what = "Labor Day";
  holidays[n].day = nth_weekday (year, 10, 1, 2);
  holidays[n++].what = "Teacher in-service day";
  holidays[n].day = nth_weekday (year, 11, 4, 4) - 1;
  holidays[n++].what = "Thanksgiving break";
  holidays[n].day = nth_weekday (year, 11, 4, 4);
  holidays[n++].what = "Thanksgiving";
  holidays[n].day = nth_weekday (year, 11, 4, 4) + 1;
  holidays[n++].what = "Thanksgiving break";
  for (guint32 d = jdate (year, 12, 21); d <= jdate (year + 1, 1, 2); d++)
    if (jweekday (d) <= 5)
      {
        holidays[n].day = d;
        holidays[n++].what = "Winter break";
      }
  holidays[n].day = nth_weekday (year + 1, 1, 1, 3);
  holidays[n++].what = "Martin Luther King Jr. Day";
  holidays[n].day = nth_weekday (year + 1, 2, 1, 3);
  holidays[n++].what = "Presidents' Day";
  for (guint32 d = nth_weekday (year + 1, 3, 1, 3); jweekday (d) <= 5 && n < 31; d++)
    {
      holidays[n].day = d;
      holidays[n++].what = "Spring break";
    }
  if (nth_weekday (year + 1, 5, 1, -1) < end)
    {
      holidays[n].day = nth_weekday (year + 1, 5, 1, -1);
      holidays[n++].what = "Memorial Day";
    }
  for (int k = 0; k < n; k++)
    batch (s, &s->non_school_day, "lDs", year_id, holidays[k].day, holidays[k].what);
}

static const char *
grade_text (int grade)
{
  static const char * const grades[] = {
    "K", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12",
  };

  return grades[CLAMP (grade, 0, 12)];
}

static void
create_schools (Sample *s,
                guint   n_students)
{
  int n_elementary = n_students <= 300 ? 2 : 3;
  int n_middle = n_students <= 3000 ? 1 : 2;
  int chosen[3][4];
  int n_chosen[3] = { 0, 0, 0 };
  int wanted[3] = { n_elementary, n_middle, 1 };

  /* Choose the names: a shuffled pick per level. */
  for (int level = 0; level < 3; level++)
    {
      int candidates[G_N_ELEMENTS (school_names)];
      int n = 0;

      for (gsize k = 0; k < G_N_ELEMENTS (school_names); k++)
        if (school_names[k].level == level)
          candidates[n++] = k;
      for (int k = n - 1; k > 0; k--)
        {
          int r = rnd (s, 0, k);
          int tmp = candidates[k];

          candidates[k] = candidates[r];
          candidates[r] = tmp;
        }
      for (int k = 0; k < wanted[level] && k < n; k++)
        chosen[level][n_chosen[level]++] = candidates[k];
    }

  for (int level = 0; level < 3; level++)
    for (int k = 0; k < n_chosen[level]; k++)
      {
        const SchoolName *sn = &school_names[chosen[level][k]];
        School sc = { 0 };
        g_autofree char *address = make_address (s, 4999);
        g_autofree char *phone = make_phone (s);
        static const char * const room_names[] = {
          "Conference Room A", "Conference Room B", "Resource Room", "Therapy Room",
        };

        sc.name = sn->name;
        sc.level = sn->level;
        sc.lo = level == 0 ? 0 : level == 1 ? 6 : 9;
        sc.hi = level == 0 ? 5 : level == 1 ? 8 : 12;
        for (int r = 0; r < N_ROLES; r++)
          sc.by_role[r] = g_array_new (FALSE, FALSE, sizeof (int));
        sc.id = row (s, s->ins_school, "sssssss", sn->name, sn->short_name, TZ_NAME,
                     grade_text (sc.lo), grade_text (sc.hi), address, phone);
        for (int y = 0; y < 2; y++)
          add_calendar (s, sc.id, s->year + y);
        for (gsize r = 0; r < G_N_ELEMENTS (room_names); r++)
          {
            gint64 room = row (s, s->ins_room, "lsi", sc.id, room_names[r], r < 2 ? 10 : 16);

            if (r == 0)
              {
                sc.conference_room = room;
                sc.conference_room_name = room_names[r];
              }
          }
        g_array_append_val (s->schools, sc);
      }
}

static void
create_staff (Sample *s)
{
  guint total = 0;

  for (guint k = 0; k < s->schools->len; k++)
    total += g_array_index (s->schools, School, k).n_students;

  /* District office. */
  for (guint k = 0; k < MAX (1, (total + 1499) / 1500); k++)
    add_staff (s, R_COORDINATOR, -1, TRUE);
  add_staff (s, R_OTHER, -1, TRUE);       /* district transition specialist */

  for (guint k = 0; k < s->schools->len; k++)
    {
      School *sc = &g_array_index (s->schools, School, k);
      guint n = sc->n_students;
      guint n_cm = MAX (1, (n * 2 + 26) / 27);   /* about 1 per 13.5 */

      add_staff (s, R_ADMINISTRATOR, k, TRUE);
      if (n > 600)
        add_staff (s, R_ADMINISTRATOR, k, TRUE);
      for (guint c = 0; c < n_cm; c++)
        add_staff (s, c % 3 == 2 ? R_CASE_MANAGER : R_SPED_TEACHER, k, TRUE);
      for (guint c = 0; c < MAX (4, n / 8); c++)
        add_staff (s, R_GENED_TEACHER, k, TRUE);
      for (guint c = 0; c < MAX (1, n / 45); c++)
        add_staff (s, R_SLP, k, TRUE);
      for (guint c = 0; c < MAX (1, n / 120); c++)
        add_staff (s, R_OT, k, TRUE);
      for (guint c = 0; c < MAX (1, n / 300); c++)
        add_staff (s, R_PT, k, TRUE);
      for (guint c = 0; c < MAX (1, n / 150); c++)
        add_staff (s, R_PSYCHOLOGIST, k, TRUE);
      for (guint c = 0; c < MAX (1, n / 150); c++)
        add_staff (s, R_COUNSELOR, k, TRUE);
      for (guint c = 0; c < MAX (1, n / 25); c++)
        add_staff (s, R_PARA, k, TRUE);
      add_staff (s, R_OTHER, k, TRUE);   /* behavior specialist */
    }

  /* Two former team members, kept for the history. */
  add_staff (s, R_SPED_TEACHER, 0, FALSE);
  add_staff (s, R_SLP, s->schools->len - 1, FALSE);
}

static void
create_resources (Sample *s)
{
  for (gsize k = 0; k < G_N_ELEMENTS (resource_templates); k++)
    {
      const ResourceTemplate *t = &resource_templates[k];
      g_autofree char *address = make_address (s, 4999);
      g_autofree char *phone = make_phone (s);
      g_autofree char *website = g_strdup_printf ("https://resource%02u.example.org/", (guint) k + 1);

      s->resources[k] = row (s, s->ins_resource, "sssssss", t->name, t->category, address,
                             phone, website, t->languages, t->notes);
    }
}

/* ---- one student --------------------------------------------------------- */

static const char *
choose_disability (Sample *s,
                   int     grade,
                   int     age)
{
  double total = 0, r;

  for (gsize k = 0; k < G_N_ELEMENTS (disability_weights); k++)
    {
      const DisabilityWeight *w = &disability_weights[k];

      if (g_str_equal (w->code, "DD") && age > 8)
        continue;
      total += grade <= 5 ? w->weight_young : w->weight_old;
    }
  r = g_rand_double (s->rand) * total;
  for (gsize k = 0; k < G_N_ELEMENTS (disability_weights); k++)
    {
      const DisabilityWeight *w = &disability_weights[k];
      double weight;

      if (g_str_equal (w->code, "DD") && age > 8)
        continue;
      weight = grade <= 5 ? w->weight_young : w->weight_old;
      if (r < weight)
        return w->code;
      r -= weight;
    }
  return "SLD";
}

static const DisabilityText *
disability_text (const char *code)
{
  for (gsize k = 0; k < G_N_ELEMENTS (disability_texts); k++)
    if (g_str_equal (disability_texts[k].code, code))
      return &disability_texts[k];
  return &disability_texts[0];
}

static int
choose_case_manager (Sample *s,
                     School *sc)
{
  GArray *a1 = sc->by_role[R_SPED_TEACHER];
  GArray *a2 = sc->by_role[R_CASE_MANAGER];
  guint n = a1->len + a2->len;
  int best = -1;

  if (n == 0)
    return -1;
  /* The lighter of two random picks: caseloads stay even. */
  for (int tries = 0; tries < 2; tries++)
    {
      guint r = rnd (s, 0, n - 1);
      int index = r < a1->len ? g_array_index (a1, int, r) : g_array_index (a2, int, r - a1->len);

      if (best < 0 || g_array_index (s->staff, Staff, index).load < g_array_index (s->staff, Staff, best).load)
        best = index;
    }
  g_array_index (s->staff, Staff, best).load++;
  return best;
}

static void
add_guardians (Sample  *s,
               Student *st)
{
  int n = chance (s, 0.6) ? 2 : 1;
  const char *first_relationship = "";
  g_autofree char *address = make_address (s, 9999);

  for (int k = 0; k < n; k++)
    {
      gboolean female;
      const char *relationship;
      const char *first, *last;
      const char *language = st->spanish ? "es" : "en";
      gboolean interpreter = st->spanish && chance (s, 0.55);
      g_autofree char *phone = make_phone (s);
      g_autofree char *email = NULL;
      gboolean lives = TRUE;
      double r = g_rand_double (s->rand);
      gint64 id;

      if (k == 0)
        {
          if (r < 0.62)
            relationship = "mother", female = TRUE;
          else if (r < 0.86)
            relationship = "father", female = FALSE;
          else if (r < 0.93)
            relationship = "grandparent", female = chance (s, 0.75);
          else if (r < 0.97)
            relationship = "foster-parent", female = chance (s, 0.6);
          else
            relationship = "guardian", female = chance (s, 0.6);
        }
      else
        {
          /* The other parent, or another relative in the home. */
          if (g_str_equal (first_relationship, "mother"))
            relationship = r < 0.85 ? "father" : "parent", female = r >= 0.85 && r < 0.92;
          else if (g_str_equal (first_relationship, "father"))
            relationship = r < 0.85 ? "mother" : "parent", female = r < 0.92;
          else if (g_str_equal (first_relationship, "grandparent"))
            relationship = "grandparent", female = FALSE;
          else
            relationship = "other", female = chance (s, 0.5);
          lives = chance (s, 0.8);
          /* A second parent may speak English even in a Spanish-speaking home. */
          if (st->spanish && chance (s, 0.2))
            language = "en", interpreter = FALSE;
        }
      if (st->spanish)
        first = female ? PICK (s, adult_es_female) : PICK (s, adult_es_male);
      else
        first = female ? PICK (s, adult_en_female) : PICK (s, adult_en_male);
      last = chance (s, 0.82) ? st->last : (st->spanish ? PICK (s, es_last) : PICK (s, en_last));
      if (chance (s, 0.75))
        email = make_email (s, first, last, chance (s, 0.5) ? "mail.example.com" : "example.net");
      id = row (s, s->ins_guardian, "lsssssssiiii",
                st->id, first, last, relationship, phone, email != NULL ? email : "",
                lives ? address : "", language, interpreter ? 1 : 0, k == 0 ? 1 : 0,
                lives ? 1 : 0, k);
      if (k == 0)
        {
          first_relationship = relationship;
          st->guardian_id = id;
          st->guardian_name = g_strdup_printf ("%s %s", first, last);
          st->guardian_language = language;
          st->interpreter = interpreter;
        }
    }
}

static void
add_team (Sample  *s,
          Student *st,
          guint32  since)
{
  School *sc = &g_array_index (s->schools, School, st->school);

  if (st->cm >= 0)
    batch (s, &s->team, "llsiD", st->id, staff_id (s, st->cm), "case-manager", 1, since);
  else
    {
      int sped = pick_role (s, sc, R_SPED_TEACHER);

      if (sped >= 0)
        batch (s, &s->team, "llsiD", st->id, staff_id (s, sped),
             "special-education-teacher", 0, since);
    }
  if (st->gened >= 0)
    batch (s, &s->team, "llsiD", st->id, staff_id (s, st->gened),
         "general-education-teacher", 0, jdate (s->year, 8, 1) > since ? jdate (s->year, 8, 1) : since);
  if (st->provider >= 0)
    batch (s, &s->team, "llsiD", st->id, staff_id (s, st->provider),
         "related-service-provider", 0, since);
}

/* A meeting with its attendees. Returns the meeting id. */
static gint64
add_meeting (Sample     *s,
             Student    *st,
             const char *kind,
             const char *purpose,
             guint32     day,
             gboolean    held,
             gint64      produced_iep,
             gboolean    transition,
             gboolean    evaluation)
{
  School *sc = &g_array_index (s->schools, School, st->school);
  int y, m, d;
  int minutes = 7 * 60 + 30 + 30 * rnd (s, 0, 15);
  int length = g_str_equal (kind, "initial-iep") || evaluation ? 90 : 60;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) local_end = NULL;
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) utc_end = NULL;
  g_autofree char *starts_at = NULL;
  g_autofree char *ends_at = NULL;
  g_autofree char *uid = NULL;
  guint32 notice = 0;
  const char *notice_method = "";
  gboolean parent_attends = !held || chance (s, 0.97);
  gint64 meeting_id;
  int principal = pick_role (s, sc, R_ADMINISTRATOR);
  int psych = pick_role (s, sc, R_PSYCHOLOGIST);
  gboolean excuse_gened = held && st->gened >= 0 && chance (s, 0.04);

  jsplit (day, &y, &m, &d);
  local = g_date_time_new (s->tz, y, m, d, minutes / 60, minutes % 60, 0);
  local_end = g_date_time_add_minutes (local, length);
  utc = g_date_time_to_utc (local);
  utc_end = g_date_time_to_utc (local_end);
  starts_at = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
  ends_at = g_date_time_format (utc_end, "%Y-%m-%dT%H:%M:%SZ");
  uid = g_strdup_printf ("meeting-%u@caseload.sample", ++s->meeting_counter);

  if (held || day <= s->as_of + 10)
    {
      notice = day - rnd (s, 7, 14);
      if (notice > s->as_of)
        notice = 0;
      else
        notice_method = chance (s, 0.5) ? "mail" : "email";
    }

  meeting_id = row (s, s->ins_meeting, "lsssssrssisDsisrs",
                    st->id, kind, purpose, starts_at, ends_at, TZ_NAME,
                    sc->conference_room, sc->conference_room_name,
                    held ? "held" : "scheduled",
                    st->interpreter ? 1 : 0, st->interpreter ? "es" : "",
                    notice, notice_method, transition ? 1 : 0,
                    held ? "The team reviewed present levels, goals, services and placement; the IEP was finalized." : "",
                    produced_iep, uid);

  /* Attendees: parent, case manager, general-education teacher, district
   * representative, evaluation interpreter, the student when transition
   * is discussed. */
  if (st->guardian_id > 0)
    batch (s, &s->attendee, "lrrissisbinn",
         meeting_id, (gint64) 0, st->guardian_id, 0, st->guardian_name, "parent", 1,
         held ? "accepted" : (chance (s, 0.5) ? "accepted" : "needs-action"),
         held ? (parent_attends ? 1 : 0) : -1, 0);
  if (st->cm >= 0)
    {
      g_autofree char *name = staff_name (s, st->cm);

      batch (s, &s->attendee, "lrrissisbinn",
           meeting_id, staff_id (s, st->cm), (gint64) 0, 0, name, "case-manager", 1,
           "accepted", held ? 1 : -1, 0);
    }
  if (st->gened >= 0)
    {
      g_autofree char *name = staff_name (s, st->gened);

      if (excuse_gened)
        batch (s, &s->attendee, "lrrissisbiDD",
             meeting_id, staff_id (s, st->gened), (gint64) 0, 0, name,
             "general-education-teacher", 1, "declined", 0, 1, day - 4, day - 2);
      else
        batch (s, &s->attendee, "lrrissisbinn",
             meeting_id, staff_id (s, st->gened), (gint64) 0, 0, name,
             "general-education-teacher", 1,
             held || chance (s, 0.6) ? "accepted" : "needs-action", held ? 1 : -1, 0);
    }
  if (principal >= 0)
    {
      g_autofree char *name = staff_name (s, principal);

      batch (s, &s->attendee, "lrrissisbinn",
           meeting_id, staff_id (s, principal), (gint64) 0, 0, name, "lea-representative", 1,
           held ? "accepted" : "tentative", held ? 1 : -1, 0);
    }
  /* Someone who can interpret the instructional implications of the
   * evaluation results: the school psychologist when there are new results
   * to explain, otherwise the case manager (one person may fill several
   * roles: each role is its own attendee row). */
  if (evaluation && psych >= 0)
    {
      g_autofree char *name = staff_name (s, psych);

      batch (s, &s->attendee, "lrrissisbinn",
           meeting_id, staff_id (s, psych), (gint64) 0, 0, name, "evaluation-interpreter", 1,
           held ? "accepted" : "needs-action", held ? 1 : -1, 0);
    }
  else if (st->cm >= 0 || psych >= 0)
    {
      int who = st->cm >= 0 ? st->cm : psych;
      g_autofree char *name = staff_name (s, who);

      batch (s, &s->attendee, "lrrissisbinn",
           meeting_id, staff_id (s, who), (gint64) 0, 0, name, "evaluation-interpreter", 1,
           held || who == st->cm ? "accepted" : "needs-action", held ? 1 : -1, 0);
    }
  if (transition)
    {
      g_autofree char *name = g_strdup_printf ("%s %s", st->first, st->last);

      batch (s, &s->attendee, "lrrissisbinn",
           meeting_id, (gint64) 0, (gint64) 0, 1, name, "student", 0,
           held ? "accepted" : "needs-action", held ? 1 : -1, 0);
    }

  /* A meeting held without the parent needs documented attempts. */
  if (held && !parent_attends)
    {
      row (s, s->ins_attempt, "lDss", meeting_id, day - 12, "phone", "Left a voicemail.");
      row (s, s->ins_attempt, "lDss", meeting_id, day - 9, "letter", "Letter mailed; no response.");
      row (s, s->ins_attempt, "lDss", meeting_id, day - 3, "phone", "No answer.");
    }
  return meeting_id;
}

static void
add_task (Sample     *s,
          Student    *st,
          gint64      meeting_id,
          const char *title,
          guint32     due,
          const char *priority)
{
  int assignee = st->cm >= 0 ? st->cm : 0;   /* 0: the first coordinator */
  gboolean done = due < s->as_of && chance (s, 0.8);
  guint32 created = MIN (due, s->as_of) - rnd (s, 5, 20);

  guint32 completed = done ? MIN (due, s->as_of) - rnd (s, 0, 3) : 0;

  row (s, s->ins_task, "lrrrsDssTT",
       staff_id (s, assignee), staff_id (s, 0), st->id, meeting_id, title, due, priority,
       done ? "done" : "open", created, 15 * 3600, completed, 16 * 3600);
}

typedef struct
{
  int      n;
  guint32 *dates;
  double  *values;
} Series;

static double
round_to (double v,
          int    decimals)
{
  double f = decimals > 0 ? 10.0 : 1.0;

  return round (v * f) / f;
}

static void
add_goals (Sample      *s,
           Student     *st,
           gint64       iep_id,
           guint32      start,
           guint32      end,
           gboolean     alternate,
           const guint32 *periods,
           int          n_periods)
{
  static const char * const areas_by_disability[][5] = {
    { "SLD", "reading", "writing", "math", "reading" },
    { "SLI", "communication", "communication", "reading", "social-emotional" },
    { "OHI", "behavior", "writing", "math", "social-emotional" },
    { "AUT", "communication", "social-emotional", "behavior", "adaptive" },
    { "DD", "communication", "adaptive", "reading", "motor" },
    { "EMN", "social-emotional", "behavior", "writing", "math" },
    { "ID", "adaptive", "reading", "math", "communication" },
    { "MD", "adaptive", "communication", "motor", "math" },
    { "OI", "motor", "writing", "adaptive", "math" },
  };
  double r = g_rand_double (s->rand);
  int n_goals = r < 0.15 ? 2 : r < 0.45 ? 3 : r < 0.75 ? 4 : r < 0.9 ? 5 : 6;
  const char * const *areas = NULL;
  gboolean used[G_N_ELEMENTS (goal_templates)] = { FALSE };
  gint64 goal_ids[6];
  Series series[6];
  const GoalTemplate *templates[6];
  double goal_baseline[6], goal_target[6];
  int made = 0;
  int age = age_on (st->birth, s->as_of);
  guint32 monday = start - (jweekday (start) - 1);

  for (gsize k = 0; k < G_N_ELEMENTS (areas_by_disability); k++)
    if (g_str_equal (areas_by_disability[k][0], st->primary))
      areas = &areas_by_disability[k][1];

  for (int g = 0; g < n_goals; g++)
    {
      const char *area;
      const GoalTemplate *t = NULL;
      int candidates[G_N_ELEMENTS (goal_templates)];
      int n_candidates = 0;

      if (age >= 15 && g == n_goals - 1)
        area = "transition";
      else if (areas != NULL && g < 4)
        area = areas[g];
      else
        area = PICK (s, ((const char *[]) { "reading", "writing", "math", "social-emotional", "behavior" }));

      for (gsize k = 0; k < G_N_ELEMENTS (goal_templates); k++)
        if (!used[k] && st->grade >= goal_templates[k].min_grade && st->grade <= goal_templates[k].max_grade
            && g_str_equal (goal_templates[k].area, area))
          candidates[n_candidates++] = k;
      if (n_candidates == 0)
        for (gsize k = 0; k < G_N_ELEMENTS (goal_templates); k++)
          if (!used[k] && st->grade >= goal_templates[k].min_grade && st->grade <= goal_templates[k].max_grade)
            candidates[n_candidates++] = k;
      if (n_candidates == 0)
        break;
      {
        int pick = candidates[rnd (s, 0, n_candidates - 1)];

        used[pick] = TRUE;
        t = &goal_templates[pick];
      }

      {
        int decimals = 0;
        double baseline = round_to (t->base_lo + g_rand_double (s->rand) * (t->base_hi - t->base_lo), decimals);
        double gain = t->gain_lo + g_rand_double (s->rand) * (t->gain_hi - t->gain_lo);
        double target = round_to (t->lower ? MAX (0, baseline - gain) : baseline + gain, decimals);
        double span_weeks = (end - start) / 7.0;
        double rate, rate2 = 0;
        double sd;
        double kind = g_rand_double (s->rand);
        g_autofree char *target_text = g_strdup_printf ("%.0f", target);
        g_autofree char *criterion = g_strdup_printf (t->criterion, target_text);
        g_autofree char *responsible = NULL;
        int recorder = st->cm;
        int dow = rnd (s, 1, 3);
        guint32 change_day = 0;
        Series *se = &series[made];
        int capacity = s->as_of > start ? (int) ((s->as_of - start) / 7) + 2 : 1;

        if (t->max > 0)
          target = MIN (target, t->max);
        if (kind < 0.55)
          rate = 0.95 + 0.35 * g_rand_double (s->rand);
        else if (kind < 0.9)
          rate = 0.35 + 0.45 * g_rand_double (s->rand);
        else
          rate = 0.15 * g_rand_double (s->rand);
        sd = MAX (0.5, fabs (target - baseline) * 0.1);

        if ((g_str_equal (t->area, "communication") && st->provider_role == R_SLP)
            || (g_str_equal (t->area, "motor") && st->provider_role == R_OT))
          recorder = st->provider;
        responsible = recorder >= 0 ? staff_name (s, recorder) : g_strdup ("Special-education teacher");

        goal_ids[made] = row (s, s->ins_goal, "lissssdDdDssss",
                              iep_id, made + 1, t->area, t->condition, t->behavior, criterion,
                              baseline, start - rnd (s, 3, 20), target, end, t->unit,
                              t->lower ? "lower" : "higher", t->method, responsible);
        templates[made] = t;
        batch (s, &s->phase, "lDs", goal_ids[made], start, t->phase);

        if (alternate)
          for (int o = 1; o <= 3; o++)
            {
              double v = baseline + (target - baseline) * o / 4.0;
              g_autofree char *desc = g_strdup_printf ("Benchmark %d: %s %s, reaching %.0f %s",
                                                       o, t->condition, t->behavior, v, t->unit);

              batch (s, &s->objective, "lisD", goal_ids[made], o, desc, jadd_months (start, 3 * o));
            }

        /* Weekly probes since the IEP started, trending toward the target
         * (or short of it), with noise; a slow goal gets an instructional
         * change after a few months. */
        if (rate < 0.8 && s->as_of > start + 7 * 18)
          {
            change_day = monday + 7 * (int) (((s->as_of - start) / 7) * 0.6) + dow;
            rate2 = 1.0 + 0.3 * g_rand_double (s->rand);
            batch (s, &s->phase, "lDs", goal_ids[made], change_day,
                 "Instructional change: more practice time");
          }
        se->n = 0;
        se->dates = g_new (guint32, capacity);
        se->values = g_new (double, capacity);
        goal_baseline[made] = baseline;
        goal_target[made] = target;
        for (int w = 1; ; w++)
          {
            guint32 day = monday + 7 * w + dow;
            double weeks = (day - start) / 7.0;
            double progress;
            double v;

            if (day > s->as_of || se->n >= capacity)
              break;
            if (chance (s, 0.12))
              continue;   /* absent, holiday, assembly... */
            if (change_day > 0 && day >= change_day)
              progress = rate * (change_day - start) / 7.0 / span_weeks
                         + rate2 * (day - change_day) / 7.0 / span_weeks;
            else
              progress = rate * weeks / span_weeks;
            v = baseline + (target - baseline) * progress + sd * gauss (s);
            v = MAX (0, v);
            if (t->max > 0)
              v = MIN (v, t->max);
            v = round_to (v, decimals);
            batch (s, &s->point, "lDdrT", goal_ids[made], day, v,
                 staff_id (s, recorder), day, 21 * 3600 + rnd (s, 0, 3599));
            se->dates[se->n] = day;
            se->values[se->n] = v;
            se->n++;
          }
      }
      made++;
    }

  /* Progress reports for the periods already over. */
  for (int p = 0; p < n_periods; p++)
    {
      guint32 sent;
      gint64 report_id;

      if (periods[p] >= s->as_of)
        break;
      sent = periods[p] + rnd (s, 3, 8);
      report_id = row (s, s->ins_report, "liiDs", iep_id, p + 1, 1,
                       sent <= s->as_of ? sent : 0,
                       sent <= s->as_of ? PICK (s, ((const char *[]) { "backpack", "mail", "email", "in-person" })) : NULL);
      for (int g = 0; g < made; g++)
        {
          const GoalTemplate *t = templates[g];
          Series *se = &series[g];
          double current = -1;
          double expected, achieved;
          const char *code;
          gboolean sufficient;
          g_autofree char *narrative = NULL;
          double baseline = goal_baseline[g], target = goal_target[g];

          for (int k = 0; k < se->n && se->dates[k] <= periods[p]; k++)
            current = se->values[k];
          expected = (double) (periods[p] - start) / (double) (end - start);
          if (current < 0)
            {
              batch (s, &s->entry, "llsbsns", report_id, goal_ids[g], "ID", -1,
                   "No probes were given yet in this period.",
                   "Progress monitoring starts next period.");
              continue;
            }
          achieved = fabs (target - baseline) > 0 ? (current - baseline) / (target - baseline) : 1.0;
          if (achieved >= 1.0)
            code = "M";
          else if (achieved >= expected * 0.85)
            code = "SP";
          else if (achieved >= expected * 0.3)
            code = "IP";
          else if (achieved >= -0.05)
            code = "NP";
          else
            code = "R";
          sufficient = g_str_equal (code, "M") || g_str_equal (code, "SP");
          narrative = g_strdup_printf ("%s's most recent score was %.0f %s.", st->first, current, t->unit);
          batch (s, &s->entry, "llsisds", report_id, goal_ids[g], code, sufficient ? 1 : 0,
               sufficient ? "" : "Progress is below the aim line; the team is adjusting instruction.",
               current, narrative);
        }
    }

  for (int g = 0; g < made; g++)
    {
      g_free (series[g].dates);
      g_free (series[g].values);
    }
}

static void
add_services (Sample  *s,
              Student *st,
              gint64   iep_id,
              guint32  start,
              guint32  end,
              int      percent)
{
  School *sc = &g_array_index (s->schools, School, st->school);
  int position = 1;
  struct
  {
    const char *category, *name, *role, *location, *per;
    int provider, minutes, sessions;
  } services[6];
  int n = 0;
  const char *p = st->primary;

  services[n].category = "special-education";
  services[n].name = g_str_equal (p, "SLD") ? "Specialized instruction in reading and writing"
                     : g_str_equal (p, "EMN") || g_str_equal (p, "OHI") ? "Specialized instruction in organization and self-regulation"
                     : "Specialized academic instruction";
  services[n].role = "special-education-teacher";
  services[n].location = percent >= 80 ? "General education classroom (co-taught)" : "Resource room";
  services[n].per = "week";
  services[n].provider = st->cm;
  services[n].minutes = percent >= 80 ? 30 : percent >= 40 ? 45 : 60;
  services[n].sessions = percent >= 80 ? rnd (s, 2, 4) : 5;
  n++;

  if (g_str_equal (p, "SLI") || g_str_equal (p, "AUT") || g_str_equal (p, "DD")
      || g_strcmp0 (st->secondary, "SLI") == 0)
    {
      services[n].category = "related-service";
      services[n].name = "Speech-language therapy";
      services[n].role = "speech-language-pathologist";
      services[n].location = "Therapy room";
      services[n].per = "week";
      services[n].provider = pick_role (s, sc, R_SLP);
      services[n].minutes = 30;
      services[n].sessions = rnd (s, 1, 2);
      n++;
    }
  if (g_str_equal (p, "OI") || g_str_equal (p, "MD") || (g_str_equal (p, "AUT") && chance (s, 0.4))
      || (g_str_equal (p, "DD") && chance (s, 0.5)))
    {
      services[n].category = "related-service";
      services[n].name = "Occupational therapy";
      services[n].role = "occupational-therapist";
      services[n].location = "Therapy room";
      services[n].per = chance (s, 0.5) ? "week" : "month";
      services[n].provider = pick_role (s, sc, R_OT);
      services[n].minutes = 30;
      services[n].sessions = g_str_equal (services[n].per, "week") ? 1 : 2;
      n++;
    }
  if (g_str_equal (p, "OI") || g_str_equal (p, "MD"))
    {
      services[n].category = "related-service";
      services[n].name = "Physical therapy";
      services[n].role = "physical-therapist";
      services[n].location = "Gym or therapy room";
      services[n].per = "month";
      services[n].provider = pick_role (s, sc, R_PT);
      services[n].minutes = 30;
      services[n].sessions = 2;
      n++;
    }
  if (g_str_equal (p, "EMN") || (g_str_equal (p, "OHI") && chance (s, 0.3)))
    {
      services[n].category = "related-service";
      services[n].name = "Counseling";
      services[n].role = "counselor";
      services[n].location = "Counselor's office";
      services[n].per = "month";
      services[n].provider = pick_role (s, sc, R_COUNSELOR);
      services[n].minutes = 30;
      services[n].sessions = rnd (s, 2, 4);
      n++;
    }
  if (percent < 80 || chance (s, 0.15))
    {
      services[n].category = "supplementary-aid";
      services[n].name = "Paraprofessional support in general-education classes";
      services[n].role = "paraprofessional";
      services[n].location = "General education classroom";
      services[n].per = "week";
      services[n].provider = pick_role (s, sc, R_PARA);
      services[n].minutes = 45;
      services[n].sessions = 5;
      n++;
    }
  if (n < 6 && chance (s, 0.2))
    {
      services[n].category = "personnel-support";
      services[n].name = "Consultation between special- and general-education teachers";
      services[n].role = "special-education-teacher";
      services[n].location = "School";
      services[n].per = "month";
      services[n].provider = st->cm;
      services[n].minutes = 15;
      services[n].sessions = 1;
      n++;
    }

  for (int k = 0; k < n; k++)
    {
      gint64 service_id = row (s, s->ins_service, "lisssriissDD",
                               iep_id, position++, services[k].category, services[k].name,
                               services[k].role, staff_id (s, services[k].provider),
                               services[k].minutes, services[k].sessions, services[k].per,
                               services[k].location, start, end);
      gint64 provider = staff_id (s, services[k].provider);

      /* The last two weeks of sessions, for weekly services. */
      if (!g_str_equal (services[k].per, "week") || g_str_equal (services[k].category, "personnel-support"))
        continue;
      for (int w = 1; w >= 0; w--)
        {
          guint32 monday = s->as_of - (jweekday (s->as_of) - 1) - 7 * w;

          for (int k2 = 0; k2 < services[k].sessions; k2++)
            {
              guint32 day = monday + (k2 * 5) / services[k].sessions;
              double r = g_rand_double (s->rand);
              const char *outcome = r < 0.88 ? "delivered" : r < 0.93 ? "missed-student-absent"
                                    : r < 0.97 ? "missed-provider-absent" : "make-up";
              gboolean missed = g_str_has_prefix (outcome, "missed");

              if (day > s->as_of || day < start)
                continue;
              batch (s, &s->service_log, "lDiris",
                   service_id, day, missed ? 0 : services[k].minutes, provider,
                   rnd (s, 1, 4), outcome);
            }
        }
    }
}

static void
add_accommodations (Sample  *s,
                    gint64   iep_id,
                    gboolean alternate)
{
  int n = rnd (s, 3, 6);
  gboolean used[G_N_ELEMENTS (accommodation_templates)] = { FALSE };

  for (int k = 0; k < n; k++)
    {
      int pick;
      const AccommodationTemplate *t;

      do
        pick = rnd (s, 0, G_N_ELEMENTS (accommodation_templates) - 1);
      while (used[pick] || (accommodation_templates[pick].modification && !alternate));
      used[pick] = TRUE;
      t = &accommodation_templates[pick];
      batch (s, &s->accommodation, "lisssiis",
           iep_id, k + 1, t->modification ? "modification" : "accommodation", t->category,
           t->description, 1, t->tests ? 1 : 0, t->frequency);
    }
}

/* Inserts one IEP (finalized, or superseded when @superseded) with its
 * content. Returns the IEP id. */
static gint64
add_iep (Sample   *s,
         Student  *st,
         const char *kind,
         gboolean  superseded,
         gint64    previous,
         guint32   meeting,
         guint32   consent_date,
         gboolean  full)
{
  guint32 start = weekday_on_or_after (meeting + rnd (s, 0, 7));
  guint32 review = jadd_years (meeting, 1);
  guint32 end = review - 1;
  gboolean transition = end >= jadd_years (st->birth, 16) && (!full || chance (s, 0.98));
  gboolean rights = end >= jadd_years (st->birth, 17) && (!full || chance (s, 0.98));
  gboolean alternate = (g_str_equal (st->primary, "ID") || g_str_equal (st->primary, "MD")) && chance (s, 0.8);
  const char *assessment = alternate ? "alternate" : chance (s, 0.75) ? "accommodated" : "regular";
  int percent;
  const DisabilityText *dt = disability_text (st->primary);
  g_autofree char *strength = g_strdup_printf (PICK (s, strengths), st->first);
  g_autofree char *concern = g_strdup_printf (PICK (s, parent_concerns), st->first);
  const char *academic = NULL, *functional = NULL;
  g_autofree char *t_edu = NULL, *t_emp = NULL, *t_ind = NULL;
  guint32 copy = meeting + rnd (s, 0, 7);
  gint64 iep_id;
  const char *p = st->primary;

  if (g_str_equal (p, "MD"))
    percent = 5 * rnd (s, 0, 7);
  else if (g_str_equal (p, "ID"))
    percent = 5 * rnd (s, 4, 12);
  else if (g_str_equal (p, "AUT") || g_str_equal (p, "EMN"))
    percent = 5 * rnd (s, 8, 19);
  else
    percent = 5 * rnd (s, 15, 19);

  if (g_str_equal (p, "SLD") || g_str_equal (p, "ID"))
    academic = "Needs explicit instruction in decoding, fluency and written expression; reads about two grade levels below peers.";
  else if (g_str_equal (p, "SLI"))
    academic = "Needs support with vocabulary and following oral directions in academic tasks.";
  else
    academic = "Needs support to complete grade-level assignments and to show what they know on tests.";
  if (g_str_equal (p, "AUT") || g_str_equal (p, "EMN") || g_str_equal (p, "OHI"))
    functional = "Needs support with transitions, self-regulation and working with peers.";
  else if (g_str_equal (p, "OI") || g_str_equal (p, "MD"))
    functional = "Needs support with mobility, fine motor tasks and self-care routines.";
  else
    functional = "Age-appropriate functional skills; no functional needs identified.";

  if (transition)
    {
      static const char * const fields[] = {
        "automotive technology", "early childhood education", "culinary arts",
        "information technology", "health care", "graphic design",
      };
      const char *field = PICK (s, fields);

      t_edu = g_strdup_printf ("After high school, %s will attend Riverton Community College to study %s.", st->first, field);
      t_emp = g_strdup_printf ("%s will work part time in %s while in college.", st->first, field);
      t_ind = g_strdup_printf ("%s will manage a weekly schedule and budget using a phone app.", st->first);
    }

  iep_id = row (s, s->ins_iep, "lssrDDDDT" "ssssss" "sss" "d" "ss" "sssssss" "DDD" "s" "TT",
                st->id, kind, superseded ? "superseded" : "finalized", previous,
                meeting, start, end, review, meeting, 20 * 3600,
                strength, concern, dt->evaluation, academic, functional, dt->impact,
                assessment,
                alternate ? "Significant cognitive disability; the regular assessment, even with accommodations, would not measure what the student knows." : "",
                alternate ? "The alternate assessment is based on alternate achievement standards matched to the student's instruction." : "",
                (double) percent, caseload_rules_environment_code (percent),
                percent < 100 ? "Receives specialized instruction outside the general-education classroom for part of the day to work on IEP goals." : "",
                transition ? t_edu : "", transition ? t_emp : "", transition ? t_ind : "",
                transition ? "Career interest inventory; student and parent interviews; adaptive behavior scale." : "",
                transition ? "Career exploration class; job shadowing; visit to the community college disability services office." : "",
                transition ? "Standard diploma with career and technical education electives." : "",
                transition ? "State vocational rehabilitation office (referral at 17)." : "",
                rights ? meeting : 0,
                consent_date, copy <= s->as_of ? copy : 0,
                copy <= s->as_of ? PICK (s, ((const char *[]) { "in-person", "mail", "email" })) : NULL,
                meeting, 20 * 3600, meeting, 20 * 3600);

  if (full)
    {
      guint32 periods[12];
      int n_periods = 0;
      static const char * const factors[] = {
        "behavior", "limited-english", "visual-impairment", "communication", "assistive-technology",
      };

      /* The school's reporting periods that fall within the IEP. */
      for (int y = -1; y <= 1 && n_periods < 12; y++)
        {
          guint32 ys, ye, yp[4];

          school_calendar (s->year + y, &ys, &ye, yp);
          for (int k = 0; k < 4; k++)
            if (yp[k] > start && yp[k] <= end && n_periods < 12)
              periods[n_periods++] = yp[k];
        }
      for (int k = 0; k < n_periods; k++)
        batch (s, &s->iep_period, "liD", iep_id, k + 1, periods[k]);

      for (gsize k = 0; k < G_N_ELEMENTS (factors); k++)
        {
          gboolean applies;
          const char *notes = "";

          if (k == 0)
            applies = g_str_equal (p, "EMN") || g_str_equal (p, "AUT") || (g_str_equal (p, "OHI") && chance (s, 0.3));
          else if (k == 1)
            applies = st->spanish;
          else if (k == 2)
            applies = g_str_equal (p, "VI") || g_str_equal (p, "DB");
          else if (k == 3)
            applies = g_str_equal (p, "SLI") || g_str_equal (p, "AUT") || g_str_equal (p, "HI") || g_str_equal (p, "DEAF");
          else
            applies = chance (s, 0.15);
          if (applies)
            notes = k == 0 ? "A behavior intervention plan is part of this IEP."
                    : k == 1 ? "English learner; language needs addressed with EL staff."
                    : k == 2 ? "Braille and orientation and mobility needs considered."
                    : k == 3 ? "Communication needs addressed through speech-language services."
                    : "Uses text-to-speech and speech-to-text software.";
          batch (s, &s->factor, "lsiis", iep_id, factors[k], 1, applies ? 1 : 0, notes);
        }

      add_goals (s, st, iep_id, start, end, alternate, periods, n_periods);
      add_services (s, st, iep_id, start, end, percent);
      add_accommodations (s, iep_id, alternate);
    }
  return iep_id;
}

static void
add_evaluation (Sample     *s,
                Student    *st,
                const char *kind,
                guint32     consent,
                guint32     evaluation,
                guint32     eligibility)
{
  const char *consent_kind = g_str_equal (kind, "initial") ? "initial-evaluation" : "reevaluation";
  gint64 consent_id = row (s, s->ins_consent, "lsDDis",
                           st->id, consent_kind, consent - rnd (s, 2, 10), consent, 1, "");
  g_autofree char *summary = NULL;

  if (evaluation > 0)
    summary = g_strdup_printf ("%s Eligible under %s.", disability_text (st->primary)->evaluation, st->primary);
  row (s, s->ins_evaluation, "lsrDDDbs",
       st->id, kind, consent_id, consent, evaluation, eligibility,
       eligibility > 0 ? 1 : -1, summary != NULL ? summary : "");
}

static void
add_student (Sample      *s,
             guint        index,
             int          grade,
             int          school,
             StudentKind  kind)
{
  School *sc = &g_array_index (s->schools, School, school);
  Student st = { 0 };
  g_autofree char *number = NULL;
  const char *preferred = "";
  const char *status;
  guint32 cutoff = jdate (s->year - 5 - grade, 9, 1);
  guint32 referral_day = 0, consent = 0, evaluation = 0, eligibility = 0;
  guint32 meeting = 0, initial_meeting = 0, last_eval = 0, exit_day = 0;
  gboolean no_cm;
  gboolean waived = FALSE;
  guint32 created;
  int age;
  const char *exit_reason = "";

  st.grade = grade;
  st.school = school;
  st.spanish = chance (s, 0.2);
  st.female = chance (s, kind == KIND_REFERRED ? 0.45 : 0.36);
  if (st.spanish || chance (s, 0.06))
    {
      st.first = st.female ? PICK (s, es_female) : PICK (s, es_male);
      st.last = PICK (s, es_last);
    }
  else
    {
      st.first = st.female ? PICK (s, en_female) : PICK (s, en_male);
      st.last = PICK (s, en_last);
    }
  if (chance (s, 0.04))
    {
      static const char * const nicknames[] = { "Alex", "Sam", "Jo", "Beto", "Lupe", "Max", "Teddy", "Nico" };

      preferred = PICK (s, nicknames);
    }
  st.birth = cutoff - rnd (s, 0, 364);
  if (chance (s, 0.04))
    st.birth -= 365;   /* repeated a grade */
  age = age_on (st.birth, s->as_of);
  number = g_strdup_printf ("%07u", 3000000 + index * 7 + rnd (s, 0, 6));

  st.primary = kind == KIND_REFERRED ? NULL : choose_disability (s, grade, age);
  if (st.primary != NULL && !g_str_equal (st.primary, "MD") && chance (s, 0.15))
    {
      static const char * const secondaries[] = { "SLI", "OHI", "EMN", "SLD" };
      const char *second = PICK (s, secondaries);

      if (!g_str_equal (second, st.primary))
        st.secondary = second;
    }

  /* The special-education history, backwards from the IEP in effect. */
  switch (kind)
    {
    case KIND_REFERRED:
      consent = weekday_on_or_before (s->as_of - rnd (s, 5, 80));
      referral_day = weekday_on_or_before (consent - rnd (s, 5, 20));
      created = referral_day;
      status = "referred";
      break;
    case KIND_ELIGIBLE:
      eligibility = weekday_on_or_before (s->as_of - rnd (s, 3, 45));
      evaluation = weekday_on_or_before (eligibility - rnd (s, 0, 10));
      consent = weekday_on_or_before (evaluation - rnd (s, 20, 55));
      referral_day = weekday_on_or_before (consent - rnd (s, 5, 20));
      last_eval = evaluation;
      created = referral_day;
      status = "active";
      break;
    case KIND_IEP:
    default:
      if (chance (s, 0.05))
        meeting = s->as_of - rnd (s, 366, 430);     /* annual review overdue */
      else
        meeting = s->as_of - rnd (s, 1, 364);
      meeting = weekday_on_or_before (meeting);
      {
        int max_years = age_on (st.birth, meeting) - 3;
        int years;

        if (max_years < 1 || chance (s, 0.12))
          years = 0;
        else
          years = rnd (s, 1, MIN (max_years, 9));
        /* Each annual review falls on or before the anniversary of the
         * one before it (the review is due a year after the last meeting):
         * going backwards, every earlier meeting is on or after the
         * anniversary of the next. */
        initial_meeting = years == 0 ? meeting
                          : weekday_on_or_after (jadd_years (meeting, -years) + rnd (s, 0, 20));
      }
      eligibility = weekday_on_or_before (initial_meeting - rnd (s, 5, 28));
      evaluation = weekday_on_or_before (eligibility - rnd (s, 0, 10));
      consent = weekday_on_or_before (evaluation - rnd (s, 20, 55));
      referral_day = weekday_on_or_before (consent - rnd (s, 5, 20));
      last_eval = evaluation;
      created = referral_day;
      status = "active";
      if (kind == KIND_EXITED || kind == KIND_ARCHIVED)
        {
          exit_day = weekday_on_or_before (s->as_of - rnd (s, 10, 300));
          status = kind == KIND_EXITED ? "exited" : "archived";
          exit_reason = kind == KIND_ARCHIVED ? ""
                        : PICK (s, ((const char *[]) { "Moved out of the district", "No longer eligible", "Parent revoked consent for services" }));
        }
      if (grade >= 9 && chance (s, 0.02))
        waived = TRUE;
      break;
    }

  if (created > s->as_of - 30)
    created = s->as_of - 30;
  st.id = row (s, s->ins_student, "ssssDsrsssDsisTT",
               number, st.first, st.last, preferred, st.birth, grade_text (grade), sc->id,
               st.spanish ? "es" : "en", st.female ? "female" : "male", status,
               exit_day, exit_reason, waived ? 1 : 0, "", created, 15 * 3600,
               MAX (created, meeting), 16 * 3600);
  row (s, s->ins_audit, "Trrls", created, 15 * 3600, (gint64) 0, st.id, st.id, "Sample data");
  if (st.primary != NULL)
    batch (s, &s->disability, "lsi", st.id, st.primary, 1);
  if (st.secondary != NULL)
    batch (s, &s->disability, "lsi", st.id, st.secondary, 0);

  add_guardians (s, &st);

  /* The team. */
  no_cm = chance (s, 0.01);
  st.cm = no_cm || kind == KIND_EXITED || kind == KIND_ARCHIVED ? -1 : choose_case_manager (s, sc);
  st.gened = pick_role (s, sc, R_GENED_TEACHER);
  st.provider_role = R_PSYCHOLOGIST;
  if (st.primary != NULL && (g_str_equal (st.primary, "SLI") || g_str_equal (st.primary, "AUT") || g_str_equal (st.primary, "DD")))
    st.provider_role = R_SLP;
  else if (st.primary != NULL && (g_str_equal (st.primary, "OI") || g_str_equal (st.primary, "MD")))
    st.provider_role = R_OT;
  else if (st.primary != NULL && g_str_equal (st.primary, "EMN"))
    st.provider_role = R_COUNSELOR;
  st.provider = pick_role (s, sc, st.provider_role);
  if (kind != KIND_EXITED && kind != KIND_ARCHIVED)
    add_team (s, &st, MAX (referral_day, s->as_of - 400));

  /* Referral, consents, evaluations. */
  {
    gboolean by_teacher = st.gened >= 0 && chance (s, 0.7);
    g_autofree char *referred_by = by_teacher ? staff_name (s, st.gened) : g_strdup (st.guardian_name);

    row (s, s->ins_referral, "lDsssssD",
         st.id, referral_day, referred_by, by_teacher ? "teacher" : "parent",
         grade <= 2 ? "Concerns about early reading, speech and following directions."
                    : "Not making expected progress despite interventions.",
         kind == KIND_REFERRED ? "evaluating" : "closed",
         kind == KIND_REFERRED ? "" : "Eligible for special education",
         eligibility);
  }
  add_evaluation (s, &st, "initial", consent, evaluation, eligibility);
  batch (s, &s->notice, "lDsss", st.id, referral_day, "in-person", st.guardian_language,
       "Procedural safeguards given at referral.");

  if (kind == KIND_IEP || kind == KIND_EXITED || kind == KIND_ARCHIVED)
    {
      gint64 previous = 0;
      gint64 iep_id;
      gint64 meeting_id;
      gboolean transition_age = age_on (st.birth, meeting) >= 15;

      /* Reevaluations every three years; a few overdue. */
      for (;;)
        {
          guint32 due = jadd_years (last_eval, 3);
          guint32 re_eval, re_consent;

          if (due > s->as_of || waived)
            break;
          if (due > s->as_of - 150 && chance (s, 0.25))
            break;   /* not done yet: overdue */
          re_eval = weekday_on_or_before (due - rnd (s, 10, 70));
          re_consent = weekday_on_or_before (re_eval - rnd (s, 20, 45));
          if (re_consent <= last_eval)
            break;
          add_evaluation (s, &st, "reevaluation", re_consent, re_eval,
                          weekday_on_or_after (re_eval + rnd (s, 0, 7)));
          last_eval = re_eval;
        }

      row (s, s->ins_consent, "lsDDis", st.id, "initial-services",
           initial_meeting - 7, initial_meeting, 1, "");
      if (chance (s, 0.1))
        {
          guint32 day = s->as_of - rnd (s, 20, 300);

          row (s, s->ins_consent, "lsDDis", st.id, "release-of-information",
               day - 5, day, 1, "Release to the family's pediatrician.");
        }

      if (initial_meeting != meeting)
        {
          guint32 prev_meeting = weekday_on_or_after (jadd_years (meeting, -1) + rnd (s, 0, 10));

          if (prev_meeting < initial_meeting || prev_meeting >= meeting)
            prev_meeting = initial_meeting;
          previous = add_iep (s, &st, prev_meeting == initial_meeting ? "initial" : "annual",
                              TRUE, 0, prev_meeting,
                              prev_meeting == initial_meeting ? prev_meeting : 0, FALSE);
        }
      iep_id = add_iep (s, &st, initial_meeting == meeting ? "initial" : "annual",
                        FALSE, previous, meeting,
                        initial_meeting == meeting ? meeting : 0, kind == KIND_IEP);
      meeting_id = add_meeting (s, &st, initial_meeting == meeting ? "initial-iep" : "annual-review",
                                initial_meeting == meeting ? "Initial IEP meeting" : "Annual IEP review",
                                meeting, TRUE, iep_id, transition_age, last_eval >= meeting - 30);
      row (s, s->upd_iep_meeting, "ll", meeting_id, iep_id);
      batch (s, &s->notice, "lDsss", st.id, meeting, "in-person", st.guardian_language,
           "Procedural safeguards given at the IEP meeting.");

      if (kind == KIND_IEP)
        {
          guint32 review = jadd_years (meeting, 1);
          guint32 reeval_due = jadd_years (last_eval, 3);

          /* Meetings in the months ahead: annual reviews due soon (and the
           * overdue ones, catching up), reevaluations coming up. */
          if (review <= s->as_of + 120)
            {
              guint32 day = review > s->as_of ? review - rnd (s, 3, 25) : s->as_of + rnd (s, 5, 25);
              gint64 mid;
              g_autofree char *title = NULL;

              if (day <= s->as_of)
                day = s->as_of + rnd (s, 1, 10);
              day = weekday_on_or_after (day);
              mid = add_meeting (s, &st, "annual-review", "Annual IEP review", day, FALSE, 0,
                                 age_on (st.birth, day) >= 15, FALSE);
              title = g_strdup_printf ("Send the meeting notice to %s", st.guardian_name);
              add_task (s, &st, mid, title, day - 10, review < s->as_of ? "high" : "normal");
              add_task (s, &st, mid, "Collect general-education teacher input", day - 5, "normal");
            }
          if (!waived && reeval_due > s->as_of - 150 && reeval_due <= s->as_of + 150)
            {
              guint32 day = reeval_due > s->as_of + 20 ? reeval_due - rnd (s, 5, 20) : s->as_of + rnd (s, 7, 30);
              gint64 mid = add_meeting (s, &st, "reevaluation", "Reevaluation planning and results",
                                        weekday_on_or_after (day), FALSE, 0, FALSE, TRUE);

              add_task (s, &st, mid, "Request consent for the reevaluation", day - 45,
                        reeval_due < s->as_of ? "high" : "normal");
            }
          /* Contact log. */
          for (int k = rnd (s, 0, 2); k > 0; k--)
            {
              guint32 day = weekday_on_or_before (s->as_of - rnd (s, 1, 90));
              gboolean follow = chance (s, 0.2);
              int secs = 14 * 3600 + 60 * rnd (s, 0, 240);
              const char *method = PICK (s, ((const char *[]) { "phone", "email", "in-person", "text" }));
              const char *summary = PICK (s, contact_summaries);

              row (s, s->ins_contact, "lrTsssiD",
                   st.id, staff_id (s, st.cm), day, secs, st.guardian_name, method, summary,
                   follow ? 1 : 0, follow ? day + 14 : 0);
            }
        }
    }
  else if (kind == KIND_ELIGIBLE)
    {
      /* First IEP meeting due 30 days after eligibility. */
      guint32 due = eligibility + 30;

      if (due > s->as_of)
        {
          guint32 day = weekday_on_or_before (due - rnd (s, 1, 5));
          gint64 mid;

          if (day <= s->as_of)
            day = weekday_on_or_after (s->as_of + 1);
          mid = add_meeting (s, &st, "initial-iep", "Initial IEP meeting", day, FALSE, 0,
                             age_on (st.birth, day) >= 15, TRUE);
          add_task (s, &st, mid, "Draft the initial IEP", day - 3, "high");
        }
    }
  else if (kind == KIND_REFERRED)
    {
      guint32 due = consent + 60;

      if (due > s->as_of)
        {
          guint32 day = weekday_on_or_before (due - rnd (s, 1, 8));
          gint64 mid;

          if (day <= s->as_of)
            day = weekday_on_or_after (s->as_of + 1);
          mid = add_meeting (s, &st, "eligibility", "Evaluation results and eligibility",
                             day, FALSE, 0, FALSE, TRUE);

          add_task (s, &st, mid, "Complete the evaluation report", due - 10, "high");
        }
      else
        add_task (s, &st, 0, "Finish the overdue initial evaluation", s->as_of + 3, "high");
    }

  /* Community resources for some families. */
  if (kind != KIND_EXITED && kind != KIND_ARCHIVED && chance (s, 0.04))
    {
      gsize k = rnd (s, 0, G_N_ELEMENTS (resource_templates) - 1);
      guint32 day = s->as_of - rnd (s, 10, 200);
      gboolean done = chance (s, 0.5);

      row (s, s->ins_resource_referral, "llDssDs",
           st.id, s->resources[k], day, "The family asked for support outside school.",
           done ? "completed" : "open", done ? 0 : day + 30,
           done ? "The family connected with the service." : "");
    }

  g_free (st.guardian_name);
}

/* Next year's sample drafts aim their goals at the end of the new IEP: the
 * copy carried forward leaves the target dates for the case manager to
 * set, and the sample plays that part, so the only goal findings left on
 * a draft are the ones it was given on purpose. One transaction. */
static gboolean
complete_sample_drafts (sqlite3  *db,
                        GError  **error)
{
  if (!caseload_db_begin (db, error))
    return FALSE;
  if (!caseload_db_exec (db,
                         "UPDATE goal SET target_date = "
                         "  (SELECT i.end_date FROM iep i WHERE i.id = goal.iep_id) "
                         "WHERE (target_date IS NULL OR target_date = '') "
                         "AND target_value IS NOT NULL "
                         "AND iep_id IN (SELECT id FROM iep WHERE status = 'draft' AND end_date IS NOT NULL)",
                         error))
    {
      caseload_db_rollback (db);
      return FALSE;
    }
  return caseload_db_commit (db, error);
}

/* ---- entry point ------------------------------------------------------- */

gboolean
caseload_sample_generate (CaseloadStore               *store,
                          const CaseloadSampleOptions *options,
                          void                       (*progress) (double fraction, gpointer data),
                          gpointer                     progress_data,
                          GError                     **error)
{
  Sample s = { 0 };
  GDate as_of;
  guint n = options->n_students;
  guint n_referred, n_eligible, n_former;
  g_autofree int *grades = NULL;
  g_autofree int *schools = NULL;
  gboolean ok = FALSE;
  gboolean cache_changed = FALSE;
  int old_cache_size = -2000;
  int y, m, d;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_date_valid (&options->as_of))
    as_of = options->as_of;
  else
    caseload_date_set_today (&as_of);

  s.store = store;
  s.db = caseload_store_get_db (store);
  s.as_of = g_date_get_julian (&as_of);
  s.date_base = s.as_of > 366 * 25 ? s.as_of - 366 * 25 : 1;
  s.date_text = g_malloc0 (sizeof (char[11]) * DATE_CACHE_DAYS);
  jsplit (s.as_of, &y, &m, &d);
  s.year = m >= 7 ? y : y - 1;
  s.rand = g_rand_new_with_seed (options->seed);
  s.tz = g_time_zone_new_identifier (TZ_NAME);
  if (s.tz == NULL)
    s.tz = g_time_zone_new_offset (-6 * 3600);
  s.schools = g_array_new (FALSE, TRUE, sizeof (School));
  s.staff = g_array_new (FALSE, TRUE, sizeof (Staff));
  s.statements = g_ptr_array_new_with_free_func (finalize_statement);
  {
    sqlite3_stmt *query = NULL;

    if (sqlite3_prepare_v2 (s.db, "PRAGMA cache_size", -1, &query, NULL) == SQLITE_OK
        && sqlite3_step (query) == SQLITE_ROW)
      old_cache_size = sqlite3_column_int (query, 0);
    caseload_db_release (query);
  }
  s.emails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (!prepare_all (&s, error))
    goto out;
  /* A bigger page cache while the district is written keeps the hot index
   * pages in memory; the connection's usual size comes back at the end. */
  if (!caseload_db_exec (s.db, "PRAGMA cache_size = -65536", error))
    goto out;
  cache_changed = TRUE;
  if (!caseload_db_begin (s.db, error))
    goto out;

  if (sqlite3_step (s.count_students) != SQLITE_ROW)
    {
      caseload_db_set_error (s.db, sqlite3_errcode (s.db), _("Could not count the students"), error);
      caseload_db_rollback (s.db);
      goto out;
    }
  if (sqlite3_column_int64 (s.count_students, 0) > 0)
    {
      sqlite3_reset (s.count_students);
      caseload_db_rollback (s.db);
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_EXISTS,
                   _("The database already has students; sample data goes only into an empty database"));
      goto out;
    }
  sqlite3_reset (s.count_students);

  /* Who goes where: grade and school of every student first, so staff
   * numbers can follow the enrolment. */
  n_referred = (n * 2 + 50) / 100;
  n_eligible = (n + 50) / 100;
  if (n >= 20 && n_referred == 0)
    n_referred = 1;
  if (n >= 20 && n_eligible == 0)
    n_eligible = 1;
  n_former = n / 40;

  create_schools (&s, n);
  grades = g_new (int, n + n_former);
  schools = g_new (int, n + n_former);
  for (guint i = 0; i < n + n_former; i++)
    {
      int candidates[8];
      int n_candidates = 0;

      grades[i] = rnd (&s, 0, 12);
      for (guint k = 0; k < s.schools->len; k++)
        {
          School *sc = &g_array_index (s.schools, School, k);

          if (grades[i] >= sc->lo && grades[i] <= sc->hi && n_candidates < 8)
            candidates[n_candidates++] = k;
        }
      schools[i] = candidates[rnd (&s, 0, n_candidates - 1)];
      if (i < n)
        g_array_index (s.schools, School, schools[i]).n_students++;
    }
  create_staff (&s);
  create_resources (&s);

  for (guint i = 0; i < n + n_former && s.error == NULL; i++)
    {
      StudentKind kind;

      if (i >= n)
        kind = (i - n) % 3 == 2 ? KIND_ARCHIVED : KIND_EXITED;
      else if (i % 100 == 37 && n_referred > 0)
        kind = KIND_REFERRED;
      else if (i % 100 == 71 && n_eligible > 0)
        kind = KIND_ELIGIBLE;
      else if (i % 100 == 88 && n_referred > 0)
        kind = KIND_REFERRED;
      else
        kind = KIND_IEP;
      add_student (&s, i, grades[i], schools[i], kind);
      if (progress != NULL && (i % 50 == 0))
        progress ((double) i / (n + n_former), progress_data);
    }

  batch_flush (&s, &s.non_school_day);
  batch_flush (&s, &s.disability);
  batch_flush (&s, &s.team);
  batch_flush (&s, &s.iep_period);
  batch_flush (&s, &s.factor);
  batch_flush (&s, &s.objective);
  batch_flush (&s, &s.service_log);
  batch_flush (&s, &s.accommodation);
  batch_flush (&s, &s.phase);
  batch_flush (&s, &s.point);
  batch_flush (&s, &s.entry);
  batch_flush (&s, &s.attendee);
  batch_flush (&s, &s.notice);
  if (s.error != NULL)
    {
      caseload_db_rollback (s.db);
      g_propagate_error (error, g_steal_pointer (&s.error));
      goto out;
    }
  if (!caseload_db_commit (s.db, error))
    goto out;
  caseload_store_emit_changed (store, "student");

  /* Seal the finalized IEPs and turn a few into next year's drafts with
   * realistic checker findings (deterministic for the seed). */
  if (!caseload_sample_add_iep_findings (store, options->seed, error) ||
      !complete_sample_drafts (s.db, error))
    goto out;
  caseload_store_emit_changed (store, "iep");

  if (progress != NULL)
    progress (1.0, progress_data);
  ok = TRUE;

out:
  if (cache_changed)
    {
      g_autofree char *restore = g_strdup_printf ("PRAGMA cache_size = %d", old_cache_size);

      /* Built from an integer read back from SQLite, not from data. */
      sqlite3_exec (s.db, restore, NULL, NULL, NULL);
    }
  g_ptr_array_unref (s.statements);
  g_clear_error (&s.error);
  for (guint k = 0; k < s.schools->len; k++)
    for (int r = 0; r < N_ROLES; r++)
      g_array_unref (g_array_index (s.schools, School, k).by_role[r]);
  g_array_unref (s.schools);
  g_array_unref (s.staff);
  g_hash_table_unref (s.emails);
  g_time_zone_unref (s.tz);
  g_rand_free (s.rand);
  g_free (s.date_text);
  return ok;
}

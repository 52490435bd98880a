/* caseload-model.h: the model objects of the foundation.
 *
 * Each is a GObject with read-write properties named as below (kebab-case
 * of the getter), so GTK expressions and GtkBuilder can bind to them. They
 * are plain values: the store fills them and saves them; they never talk to
 * SQLite themselves. One class per file pair: caseload-<name>.{c,h}.
 */
#pragma once

#include "caseload-room.h"
#include "caseload-school.h"
#include "caseload-staff.h"
#include "caseload-student.h"
#include "caseload-guardian.h"
#include "caseload-team-assignment.h"
#include "caseload-deadline.h"
#include "caseload-code.h"
#include "caseload-iep.h"
#include "caseload-goal.h"
#include "caseload-objective.h"
#include "caseload-service.h"
#include "caseload-accommodation.h"
#include "caseload-special-factor.h"
#include "caseload-iep-finding.h"
#include "caseload-iep-difference.h"
#include "caseload-meeting-attendee.h"
#include "caseload-goal-template.h"
#include "caseload-accommodation-template.h"

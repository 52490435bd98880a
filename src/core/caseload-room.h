/* caseload-room.h: a room of a school where meetings are held.
 * Properties: id, school-id, name, capacity (0 = not recorded). */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_ROOM (caseload_room_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadRoom, caseload_room, CASELOAD, ROOM, GObject)

CaseloadRoom *caseload_room_new           (void);
gint64        caseload_room_get_id        (CaseloadRoom *self);
void          caseload_room_set_id        (CaseloadRoom *self, gint64 id);
gint64        caseload_room_get_school_id (CaseloadRoom *self);
void          caseload_room_set_school_id (CaseloadRoom *self, gint64 school_id);
const char   *caseload_room_get_name      (CaseloadRoom *self);
void          caseload_room_set_name      (CaseloadRoom *self, const char *name);
int           caseload_room_get_capacity  (CaseloadRoom *self);
void          caseload_room_set_capacity  (CaseloadRoom *self, int capacity);

G_END_DECLS

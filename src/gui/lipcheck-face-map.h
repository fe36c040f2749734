/* lipcheck-face-map.h: a drawn face whose regions are toggles: where the twitch was. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LIPCHECK_TYPE_FACE_MAP (lipcheck_face_map_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckFaceMap, lipcheck_face_map, LIPCHECK, FACE_MAP, GtkWidget)

GtkWidget  *lipcheck_face_map_new          (void);
char      **lipcheck_face_map_dup_places   (LipcheckFaceMap    *self);
void        lipcheck_face_map_set_places   (LipcheckFaceMap    *self,
                                            const char * const *places);
const char *lipcheck_face_map_place_label  (const char         *place);

G_END_DECLS

/* lipcheck-test-widgets.h: helpers shared by the UI tests: finding widgets as a person would. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef gboolean (*LipcheckTestMatch) (GtkWidget     *widget,
                                       gconstpointer  data);

void       lipcheck_test_iterate              (void);
GtkWidget *lipcheck_test_find                 (GtkWidget         *root,
                                               LipcheckTestMatch  match,
                                               gconstpointer      data);
GtkWidget *lipcheck_test_find_shown           (GtkWidget         *root,
                                               LipcheckTestMatch  match,
                                               gconstpointer      data);
void       lipcheck_test_collect_text         (GtkWidget         *widget,
                                               GString           *text);
GtkWidget *lipcheck_test_find_by_type         (GtkWidget  *root,
                                               GType       type);
GtkWidget *lipcheck_test_find_by_label        (GtkWidget  *root,
                                               GType       type,
                                               const char *label);
GtkWidget *lipcheck_test_find_by_buildable_id (GtkWidget  *root,
                                               const char *id);
GtkLabel  *lipcheck_test_find_label           (GtkWidget  *root,
                                               const char *text);
gboolean   lipcheck_test_action_enabled       (GtkWidget  *widget,
                                               const char *action_name);

G_END_DECLS

/* lipcheck-window.c: the main window: the self-check and the pages to browse the knowledge base. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-window"

#include "config.h"

#include <glib/gi18n.h>

#include "lipcheck-knowledge-base.h"
#include "lipcheck-window.h"

struct _LipcheckWindow
{
  GtkApplicationWindow   parent_instance;

  /* Template widgets */
  GtkStack              *stack;

  /* Owned */
  LipcheckKnowledgeBase *kb;
};

G_DEFINE_FINAL_TYPE (LipcheckWindow, lipcheck_window, GTK_TYPE_APPLICATION_WINDOW)

static void
lipcheck_window_dispose (GObject *object)
{
  LipcheckWindow *self = (LipcheckWindow *)object;

  g_clear_object (&self->kb);

  G_OBJECT_CLASS (lipcheck_window_parent_class)->dispose (object);
}

static void
lipcheck_window_class_init (LipcheckWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lipcheck_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/lipcheck-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LipcheckWindow, stack);
}

static void
lipcheck_window_init (LipcheckWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

LipcheckWindow *
lipcheck_window_new (LipcheckApplication   *application,
                     LipcheckKnowledgeBase *kb)
{
  LipcheckWindow *self;

  g_return_val_if_fail (LIPCHECK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (LIPCHECK_IS_KNOWLEDGE_BASE (kb), NULL);

  self = g_object_new (LIPCHECK_TYPE_WINDOW, "application", application, NULL);
  self->kb = g_object_ref (kb);

  return self;
}

void
lipcheck_window_show_answers (LipcheckWindow  *self,
                              LipcheckAnswers *answers)
{
}

void
lipcheck_window_show_page (LipcheckWindow *self,
                           const char     *page,
                           const char     *entry_id)
{
  gtk_stack_set_visible_child_name (self->stack, page);
}

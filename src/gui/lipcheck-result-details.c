/* lipcheck-result-details.c: the sections of a result: what to do, why, factors, tips, gaps.
 *
 * One is made for each result, filled before it is first shown: the sections and their rows
 * come from ui/lipcheck-result-details.ui and the row templates, only the bullets from the
 * result itself. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-result-details"

#include "config.h"

#include "lipcheck-entry.h"
#include "lipcheck-finding.h"
#include "lipcheck-finding-row.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-question.h"
#include "lipcheck-result.h"
#include "lipcheck-result-details.h"
#include "lipcheck-tip-row.h"
#include "lipcheck-ui-util.h"

struct _LipcheckResultDetails
{
  GtkBox          parent_instance;

  /* Template widgets */
  GtkLabel       *advice_label;
  GtkWidget      *why_heading;
  GtkBox         *why_box;
  GtkWidget      *factors_heading;
  GtkListBox     *factors_list;
  GtkWidget      *conditions_heading;
  GtkListBox     *conditions_list;
  GtkWidget      *tips_heading;
  GtkListBox     *tips_list;
  GtkWidget      *more_tips_expander;
  GtkListBox     *more_tips_list;
  GtkWidget      *unanswered_heading;
  GtkWidget      *unanswered_note;
  GtkBox         *unanswered_box;

  /* Owned */
  LipcheckResult *result;
};

G_DEFINE_FINAL_TYPE (LipcheckResultDetails, lipcheck_result_details, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_RESULT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
create_finding_row (gpointer item,
                    gpointer user_data)
{
  return lipcheck_finding_row_new (item, user_data);
}

static GtkWidget *
create_tip_row (gpointer item,
                gpointer user_data)
{
  return lipcheck_tip_row_new (item);
}

/* A section's heading and list show only when it has rows. */
static void
bind_list (GtkWidget                   *heading,
           GtkListBox                  *list,
           GListModel                  *model,
           GtkListBoxCreateWidgetFunc   create,
           const char                  *page)
{
  gboolean shown = g_list_model_get_n_items (model) > 0;

  gtk_widget_set_visible (heading, shown);
  gtk_widget_set_visible (GTK_WIDGET (list), shown);
  if (shown)
    gtk_list_box_bind_model (list, model, create, (gpointer)page, NULL);
}

static void
add_bullet (GtkBox     *box,
            const char *text)
{
  g_autofree char *bullet = g_strdup_printf ("• %s", text);

  gtk_box_append (box, lipcheck_label_new (bullet, NULL));
}

static void
fill_why (LipcheckResultDetails *self)
{
  GListModel *rules = lipcheck_result_get_rules (self->result);
  guint n = g_list_model_get_n_items (rules);

  gtk_widget_set_visible (self->why_heading, n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->why_box), n > 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LipcheckFinding) finding = g_list_model_get_item (rules, i);

      add_bullet (self->why_box, lipcheck_finding_get_explanations (finding)[0]);
    }
}

static void
fill_unanswered (LipcheckResultDetails *self)
{
  LipcheckKnowledgeBase *kb = lipcheck_result_get_knowledge_base (self->result);
  const char * const *unanswered = lipcheck_result_get_unanswered (self->result);
  gboolean shown = unanswered[0] != NULL;

  gtk_widget_set_visible (self->unanswered_heading, shown);
  gtk_widget_set_visible (self->unanswered_note, shown);
  gtk_widget_set_visible (GTK_WIDGET (self->unanswered_box), shown);
  for (guint i = 0; unanswered[i] != NULL; i++)
    add_bullet (self->unanswered_box,
                lipcheck_entry_get_name (LIPCHECK_ENTRY (lipcheck_knowledge_base_lookup_question (kb, unanswered[i]))));
}

static void
lipcheck_result_details_constructed (GObject *object)
{
  LipcheckResultDetails *self = (LipcheckResultDetails *)object;

  G_OBJECT_CLASS (lipcheck_result_details_parent_class)->constructed (object);

  gtk_label_set_text (self->advice_label, lipcheck_result_get_advice (self->result));
  fill_why (self);
  bind_list (self->factors_heading, self->factors_list, lipcheck_result_get_factors (self->result),
             create_finding_row, "causes");
  bind_list (self->conditions_heading, self->conditions_list, lipcheck_result_get_conditions (self->result),
             create_finding_row, "warning-signs");
  bind_list (self->tips_heading, self->tips_list, lipcheck_result_get_tips (self->result), create_tip_row, NULL);
  bind_list (self->more_tips_expander, self->more_tips_list, lipcheck_result_get_more_tips (self->result),
             create_tip_row, NULL);
  fill_unanswered (self);
}

static void
lipcheck_result_details_dispose (GObject *object)
{
  LipcheckResultDetails *self = (LipcheckResultDetails *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LIPCHECK_TYPE_RESULT_DETAILS);
  g_clear_object (&self->result);

  G_OBJECT_CLASS (lipcheck_result_details_parent_class)->dispose (object);
}

static void
lipcheck_result_details_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  LipcheckResultDetails *self = LIPCHECK_RESULT_DETAILS (object);

  switch (prop_id)
    {
    case PROP_RESULT:
      g_value_set_object (value, self->result);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_result_details_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  LipcheckResultDetails *self = LIPCHECK_RESULT_DETAILS (object);

  switch (prop_id)
    {
    case PROP_RESULT:
      self->result = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_result_details_class_init (LipcheckResultDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lipcheck_result_details_constructed;
  object_class->dispose = lipcheck_result_details_dispose;
  object_class->get_property = lipcheck_result_details_get_property;
  object_class->set_property = lipcheck_result_details_set_property;

  properties[PROP_RESULT] =
    g_param_spec_object ("result", NULL, NULL,
                         LIPCHECK_TYPE_RESULT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/lipcheck-result-details.ui");
  gtk_widget_class_bind_template_child (widget_class, LipcheckResultDetails, advice_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckResultDetails, why_heading);
  gtk_widget_class_bind_template_child (widget_class, LipcheckResultDetails, why_box);
  gtk_widget_class_bind_template_child (widget_class, LipcheckResultDetails, factors_heading);
  gtk_widget_class_bind_template_child (widget_class, LipcheckResultDetails, factors_list);
  gtk_widget_class_bind_template_child (widget_class, LipcheckResultDetails, conditions_heading);
  gtk_widget_class_bind_template_child (widget_class, LipcheckResultDetails, conditions_list);
  gtk_widget_class_bind_template_child (widget_class, LipcheckResultDetails, tips_heading);
  gtk_widget_class_bind_template_child (widget_class, LipcheckResultDetails, tips_list);
  gtk_widget_class_bind_template_child (widget_class, LipcheckResultDetails, more_tips_expander);
  gtk_widget_class_bind_template_child (widget_class, LipcheckResultDetails, more_tips_list);
  gtk_widget_class_bind_template_child (widget_class, LipcheckResultDetails, unanswered_heading);
  gtk_widget_class_bind_template_child (widget_class, LipcheckResultDetails, unanswered_note);
  gtk_widget_class_bind_template_child (widget_class, LipcheckResultDetails, unanswered_box);
}

static void
lipcheck_result_details_init (LipcheckResultDetails *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
lipcheck_result_details_new (LipcheckResult *result)
{
  g_return_val_if_fail (LIPCHECK_IS_RESULT (result), NULL);

  return g_object_new (LIPCHECK_TYPE_RESULT_DETAILS, "result", result, NULL);
}

LipcheckResult *
lipcheck_result_details_get_result (LipcheckResultDetails *self)
{
  g_return_val_if_fail (LIPCHECK_IS_RESULT_DETAILS (self), NULL);

  return self->result;
}

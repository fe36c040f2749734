/* lipcheck-bullet-item.c: an item of a bulleted list of the entry view. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-bullet-item"

#include "config.h"

#include "lipcheck-bullet-item.h"

struct _LipcheckBulletItem
{
  GtkBox         parent_instance;

  /* Template widgets */
  GtkLabel      *text_label;

  /* Owned */
  char          *text;
};

G_DEFINE_FINAL_TYPE (LipcheckBulletItem, lipcheck_bullet_item, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lipcheck_bullet_item_constructed (GObject *object)
{
  LipcheckBulletItem *self = (LipcheckBulletItem *)object;

  G_OBJECT_CLASS (lipcheck_bullet_item_parent_class)->constructed (object);

  gtk_label_set_text (self->text_label, self->text);
}

static void
lipcheck_bullet_item_dispose (GObject *object)
{
  LipcheckBulletItem *self = (LipcheckBulletItem *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LIPCHECK_TYPE_BULLET_ITEM);
  G_OBJECT_CLASS (lipcheck_bullet_item_parent_class)->dispose (object);
}

static void
lipcheck_bullet_item_finalize (GObject *object)
{
  LipcheckBulletItem *self = (LipcheckBulletItem *)object;

  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (lipcheck_bullet_item_parent_class)->finalize (object);
}

static void
lipcheck_bullet_item_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LipcheckBulletItem *self = LIPCHECK_BULLET_ITEM (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_bullet_item_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  LipcheckBulletItem *self = LIPCHECK_BULLET_ITEM (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      self->text = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_bullet_item_class_init (LipcheckBulletItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lipcheck_bullet_item_constructed;
  object_class->dispose = lipcheck_bullet_item_dispose;
  object_class->finalize = lipcheck_bullet_item_finalize;
  object_class->get_property = lipcheck_bullet_item_get_property;
  object_class->set_property = lipcheck_bullet_item_set_property;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/lipcheck-bullet-item.ui");
  gtk_widget_class_bind_template_child (widget_class, LipcheckBulletItem, text_label);
}

static void
lipcheck_bullet_item_init (LipcheckBulletItem *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * lipcheck_bullet_item_new:
 * @text: the item, shown literally
 */
GtkWidget *
lipcheck_bullet_item_new (const char *text)
{
  return g_object_new (LIPCHECK_TYPE_BULLET_ITEM, "text", text, NULL);
}

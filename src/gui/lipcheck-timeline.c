/* lipcheck-timeline.c: a twitch diary drawn as days in a row, with an accessible sentence a day.
 *
 * Each day is a column: its date, its twitch as a mark whose shape and shade both tell it (a
 * square: strong, a diamond: mild, a ring: none, four corners round nothing: no entry), the places
 * of the day on a small map of the face (eyelid, cheek, lip; the person's right on the left),
 * then thin rows for the cups, the hours slept, stress and alcohol. A line follows the 14th day.
 * Colours are the style's foreground, so light, dark and high contrast all hold. The drawing is
 * a render node made again only when the diary's items-changed fires, its style changes or its
 * height does; a list of labels behind the drawing gives a screen reader each day as a sentence
 * and follows the selected day. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-timeline"

#include "config.h"

#include <glib/gi18n.h>

#include "lipcheck-diary-dates.h"
#include "lipcheck-diary-sheet.h"
#include "lipcheck-timeline.h"

#define DAY_WIDTH    40
#define LABEL_HEIGHT 18
#define MARK_SIZE    18
#define MAP_TOP      (LABEL_HEIGHT + MARK_SIZE + 8)
#define MAP_CELL     6
#define ROWS_TOP     (MAP_TOP + 3 * (MAP_CELL + 2) + 6)
#define ROW_HEIGHT   6
#define ROW_GAP      4
#define HEIGHT       (ROWS_TOP + 4 * (ROW_HEIGHT + ROW_GAP) + 12)  /* room for an overlay scrollbar */
#define CUPS_FULL    8   /* the cups a full-width bar shows */
#define HOURS_FULL   10

struct _LipcheckTimeline
{
  GtkWidget       parent_instance;

  /* Owned */
  LipcheckDiary  *diary;
  GtkWidget      *rows;          /* GtkListBox of a label a day, behind the drawing */
  GskRenderNode  *node;          /* the drawn days, made again on a change */
  GtkAdjustment  *hadjustment;
  GtkAdjustment  *vadjustment;

  gulong          items_changed_id;
  guint32         start;         /* the Julian day of the first column; 0 without days */
  guint           n_days;
  guint32         selected;      /* 0: none yet, the latest day then */
  guint           n_draws;
  guint           hscroll_policy : 1;
  guint           vscroll_policy : 1;
  guint           follow_end : 1;
};

G_DEFINE_FINAL_TYPE_WITH_CODE (LipcheckTimeline, lipcheck_timeline, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

enum {
  PROP_0,
  PROP_DIARY,
  N_PROPS,
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

enum {
  DAY_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The places on the face map: row (eyelid, cheek, lip) and column (0: the person's right). */
static const struct { const char *id; int row, column; } map_places[] = {
  { "eyelid-right", 0, 0 }, { "eyelid-left", 0, 1 },
  { "cheek-right", 1, 0 }, { "cheek-left", 1, 1 },
  { "upper-lip-right", 2, 0 }, { "upper-lip-left", 2, 1 },
  { "lower-lip-right", 2, 0 }, { "lower-lip-left", 2, 1 },
};

/* Describing a day */

static void
append_places (GString            *text,
               LipcheckDiaryEntry *entry)
{
  const char * const *places = lipcheck_diary_entry_get_places (entry);

  for (guint i = 0; places != NULL && places[i] != NULL; i++)
    g_string_append_printf (text, "%s%s", i == 0 ? ", " : _(" and "), lipcheck_diary_place_label (places[i]));
}

static void
append_factors (GString            *text,
                LipcheckDiaryEntry *entry)
{
  int cups = lipcheck_diary_entry_get_caffeine_cups (entry);
  int hours = lipcheck_diary_entry_get_sleep_hours (entry);
  LipcheckTristate stress = lipcheck_diary_entry_get_stress (entry);
  LipcheckTristate alcohol = lipcheck_diary_entry_get_alcohol (entry);

  if (cups != LIPCHECK_DIARY_UNANSWERED)
    {
      g_string_append (text, "; ");
      g_string_append_printf (text, ngettext ("%d cup", "%d cups", cups), cups);
    }
  if (hours != LIPCHECK_DIARY_UNANSWERED)
    {
      g_string_append (text, "; ");
      g_string_append_printf (text, ngettext ("%d hour of sleep", "%d hours of sleep", hours), hours);
    }
  if (stress != LIPCHECK_TRISTATE_UNANSWERED)
    g_string_append_printf (text, "; %s", stress == LIPCHECK_TRISTATE_YES ? _("stressed") : _("not stressed"));
  if (alcohol != LIPCHECK_TRISTATE_UNANSWERED)
    g_string_append_printf (text, "; %s", alcohol == LIPCHECK_TRISTATE_YES ? _("a lot of alcohol") : _("not a lot of alcohol"));
}

/**
 * lipcheck_timeline_describe_day:
 * @julian: the day
 *
 * Returns: (transfer full): the day as a screen reader says it: "Tuesday 24 November: mild
 *   twitch, left upper lip; 5 cups; 6 hours of sleep; stressed", or "…: no entry" for a gap.
 *   What the day left unanswered is left out, never said as "no".
 */
char *
lipcheck_timeline_describe_day (LipcheckDiary *diary,
                                guint32        julian)
{
  static const char * const twitches[] = { N_("no twitch"), N_("mild twitch"), N_("strong twitch") };
  g_autoptr(GString) text = NULL;
  g_autofree char *day = NULL;
  LipcheckDiaryEntry *entry;
  GDate date;

  g_return_val_if_fail (LIPCHECK_IS_DIARY (diary), NULL);
  g_return_val_if_fail (g_date_valid_julian (julian), NULL);

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  day = lipcheck_diary_format_day (&date);
  text = g_string_new (day);
  entry = lipcheck_diary_lookup (diary, &date);
  if (entry == NULL)
    {
      g_string_append_printf (text, ": %s", _("no entry"));
      return g_string_free (g_steal_pointer (&text), FALSE);
    }

  g_string_append_printf (text, ": %s", _(twitches[lipcheck_diary_entry_get_twitch (entry)]));
  append_places (text, entry);
  append_factors (text, entry);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Drawing */

static void
append_rect (GtkSnapshot   *snapshot,
             const GdkRGBA *color,
             double         alpha,
             float          x,
             float          y,
             float          width,
             float          height)
{
  GdkRGBA shade = *color;

  shade.alpha *= alpha;
  gtk_snapshot_append_color (snapshot, &shade, &GRAPHENE_RECT_INIT (x, y, width, height));
}

static void
append_outline (GtkSnapshot   *snapshot,
                const GdkRGBA *color,
                double         alpha,
                float          x,
                float          y,
                float          width,
                float          height,
                float          radius,
                float          line)
{
  GskRoundedRect outline;
  GdkRGBA shade = *color;
  const float widths[4] = { line, line, line, line };

  shade.alpha *= alpha;
  gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (x, y, width, height), radius);
  gtk_snapshot_append_border (snapshot, &outline, widths, (const GdkRGBA[4]) { shade, shade, shade, shade });
}

/* The twitch mark of a day, centred in its column; an entry missing is four corners round nothing. */
static void
append_mark (GtkSnapshot        *snapshot,
             const GdkRGBA      *color,
             LipcheckDiaryEntry *entry,
             float               x)
{
  float left = x + (DAY_WIDTH - MARK_SIZE) / 2.0f;
  float top = LABEL_HEIGHT;
  float corner = MARK_SIZE / 3.0f;

  if (entry == NULL)
    {
      for (int i = 0; i < 4; i++)
        {
          float cx = i % 2 ? left + MARK_SIZE - corner : left;
          float cy = i / 2 ? top + MARK_SIZE - 1 : top;

          append_rect (snapshot, color, 0.5, cx, cy, corner, 1);
          append_rect (snapshot, color, 0.5, i % 2 ? left + MARK_SIZE - 1 : left,
                       i / 2 ? top + MARK_SIZE - corner : top, 1, corner);
        }
      return;
    }

  switch (lipcheck_diary_entry_get_twitch (entry))
    {
    case LIPCHECK_TWITCH_STRONG:
      append_rect (snapshot, color, 1.0, left, top, MARK_SIZE, MARK_SIZE);
      break;

    case LIPCHECK_TWITCH_MILD:
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (left + MARK_SIZE / 2.0f, top + MARK_SIZE / 2.0f));
      gtk_snapshot_rotate (snapshot, 45);
      append_rect (snapshot, color, 0.6, -MARK_SIZE / 2.9f, -MARK_SIZE / 2.9f, MARK_SIZE / 1.45f, MARK_SIZE / 1.45f);
      gtk_snapshot_restore (snapshot);
      break;

    case LIPCHECK_TWITCH_NONE:
    default:
      append_outline (snapshot, color, 0.8, left + 3, top + 3, MARK_SIZE - 6, MARK_SIZE - 6, (MARK_SIZE - 6) / 2.0f, 2);
      break;
    }
}

static void
append_places_map (GtkSnapshot        *snapshot,
                   const GdkRGBA      *color,
                   LipcheckDiaryEntry *entry,
                   float               x)
{
  float left = x + (DAY_WIDTH - 2 * MAP_CELL - 2) / 2.0f;
  gboolean marked[3][2] = { { FALSE } };

  for (guint i = 0; i < G_N_ELEMENTS (map_places); i++)
    if (lipcheck_diary_entry_has_place (entry, map_places[i].id))
      marked[map_places[i].row][map_places[i].column] = TRUE;

  for (int row = 0; row < 3; row++)
    for (int column = 0; column < 2; column++)
      {
        float cx = left + column * (MAP_CELL + 2), cy = MAP_TOP + row * (MAP_CELL + 2);

        if (marked[row][column])
          append_rect (snapshot, color, 1.0, cx, cy, MAP_CELL, MAP_CELL);
        else
          append_rect (snapshot, color, 0.15, cx, cy, MAP_CELL, MAP_CELL);
      }
  if (lipcheck_diary_entry_has_place (entry, "elsewhere"))
    append_rect (snapshot, color, 1.0, left + 2 * MAP_CELL + 6, MAP_TOP + MAP_CELL + 2, 3, MAP_CELL);
}

/* A bar as long as @value of @full, or a yes/no as a filled or an empty box; nothing unanswered. */
static void
append_factor_rows (GtkSnapshot        *snapshot,
                    const GdkRGBA      *color,
                    LipcheckDiaryEntry *entry,
                    float               x)
{
  int numbers[2] = { lipcheck_diary_entry_get_caffeine_cups (entry), lipcheck_diary_entry_get_sleep_hours (entry) };
  int fulls[2] = { CUPS_FULL, HOURS_FULL };
  LipcheckTristate answers[2] = { lipcheck_diary_entry_get_stress (entry), lipcheck_diary_entry_get_alcohol (entry) };
  float inner = DAY_WIDTH - 8;

  for (int i = 0; i < 2; i++)
    if (numbers[i] != LIPCHECK_DIARY_UNANSWERED)
      {
        float y = ROWS_TOP + i * (ROW_HEIGHT + ROW_GAP);

        append_rect (snapshot, color, 0.15, x + 4, y, inner, ROW_HEIGHT);
        append_rect (snapshot, color, 0.85, x + 4, y, inner * MIN (numbers[i], fulls[i]) / fulls[i], ROW_HEIGHT);
      }
  for (int i = 0; i < 2; i++)
    {
      float y = ROWS_TOP + (i + 2) * (ROW_HEIGHT + ROW_GAP);
      float size = ROW_HEIGHT + 2;

      if (answers[i] == LIPCHECK_TRISTATE_YES)
        append_rect (snapshot, color, 0.9, x + (DAY_WIDTH - size) / 2, y - 1, size, size);
      else if (answers[i] == LIPCHECK_TRISTATE_NO)
        append_outline (snapshot, color, 0.7, x + (DAY_WIDTH - size) / 2, y - 1, size, size, 0, 1);
    }
}

/* @labels holds the layout of each day of the month, made the first time that number is drawn:
 * a year of columns shapes 31 numbers, not 365. */
static void
append_day_label (LipcheckTimeline *self,
                  GtkSnapshot      *snapshot,
                  PangoLayout     **labels,
                  const GdkRGBA    *color,
                  guint32           julian,
                  float             x)
{
  PangoLayout **layout;
  int width, height;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  layout = &labels[g_date_get_day (&date) - 1];
  if (*layout == NULL)
    {
      g_autofree char *text = g_strdup_printf ("%d", g_date_get_day (&date));

      *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
    }
  pango_layout_get_pixel_size (*layout, &width, &height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + (DAY_WIDTH - width) / 2.0f, 0));
  gtk_snapshot_append_layout (snapshot, *layout, color);
  gtk_snapshot_restore (snapshot);
}

static GdkRGBA
foreground (LipcheckTimeline *self)
{
  GdkRGBA color;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  return color;
}

/* Every day's column into one node, kept until the diary or the style changes. */
static GskRenderNode *
build_node (LipcheckTimeline *self)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  GdkRGBA color = foreground (self);
  PangoLayout *labels[31] = { NULL, };

  self->n_draws++;
  for (guint i = 0; i < self->n_days; i++)
    {
      GDate date;
      LipcheckDiaryEntry *entry;
      float x = i * DAY_WIDTH;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, self->start + i);
      entry = lipcheck_diary_lookup (self->diary, &date);
      append_day_label (self, snapshot, labels, &color, self->start + i, x);
      append_mark (snapshot, &color, entry, x);
      if (entry != NULL)
        {
          append_places_map (snapshot, &color, entry, x);
          append_factor_rows (snapshot, &color, entry, x);
        }
      if (i + 1 == LIPCHECK_DIARY_TWO_WEEKS)
        append_rect (snapshot, &color, 0.9, x + DAY_WIDTH - 1, 0, 2, HEIGHT);
    }

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    g_clear_object (&labels[i]);

  return gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
}

static double
scroll_x (LipcheckTimeline *self)
{
  return self->hadjustment != NULL ? gtk_adjustment_get_value (self->hadjustment) : 0;
}

static void
lipcheck_timeline_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  LipcheckTimeline *self = LIPCHECK_TIMELINE (widget);
  GdkRGBA color;

  if (self->n_days == 0)
    return;
  if (self->node == NULL)
    self->node = build_node (self);

  color = foreground (self);
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget), gtk_widget_get_height (widget)));
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (-scroll_x (self), 0));
  gtk_snapshot_append_node (snapshot, self->node);
  if (self->selected != 0 && gtk_widget_has_focus (widget))
    append_outline (snapshot, &color, 1.0, (self->selected - self->start) * DAY_WIDTH + 1, 0,
                    DAY_WIDTH - 2, HEIGHT, 4, 2);
  gtk_snapshot_restore (snapshot);
  gtk_snapshot_pop (snapshot);
}

/* The days and their sentences */

static void
select_row (LipcheckTimeline *self)
{
  GtkListBoxRow *row;
  g_autofree char *sentence = NULL;

  if (self->selected == 0)
    return;
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->rows), self->selected - self->start);
  gtk_list_box_select_row (GTK_LIST_BOX (self->rows), row);
  sentence = lipcheck_timeline_describe_day (self->diary, self->selected);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, sentence, -1);
}

static void
rebuild_rows (LipcheckTimeline *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->rows)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->rows), child);

  for (guint i = 0; i < self->n_days; i++)
    {
      g_autofree char *sentence = lipcheck_timeline_describe_day (self->diary, self->start + i);
      GtkWidget *label = gtk_label_new (sentence);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_list_box_append (GTK_LIST_BOX (self->rows), label);
      gtk_widget_set_focusable (gtk_widget_get_parent (label), FALSE);
    }
}

/* The days from the start to the latest entry; the selection stays on its day, or the latest. */
static void
update_days (LipcheckTimeline *self)
{
  guint n = self->diary != NULL ? lipcheck_diary_get_n_entries (self->diary) : 0;
  guint32 last;

  self->start = n > 0 ? lipcheck_diary_get_start (self->diary) : 0;
  last = n > 0 ? lipcheck_diary_entry_get_julian (lipcheck_diary_get_entry (self->diary, n - 1)) : 0;
  self->n_days = n > 0 ? last - self->start + 1 : 0;
  if (self->selected != 0 && (self->selected < self->start || self->selected > last))
    self->selected = 0;
  if (self->selected == 0 && n > 0)
    self->selected = last;
  g_clear_pointer (&self->node, gsk_render_node_unref);
  rebuild_rows (self);
  select_row (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
items_changed_cb (LipcheckTimeline *self,
                  guint             position,
                  guint             removed,
                  guint             added,
                  GListModel       *model)
{
  update_days (self);
}

/* Scrolling */

static void
value_changed_cb (LipcheckTimeline *self,
                  GtkAdjustment    *adjustment)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (LipcheckTimeline  *self,
                GtkAdjustment    **slot,
                GtkAdjustment     *adjustment)
{
  if (*slot == adjustment && adjustment != NULL)
    return;
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_func (*slot, value_changed_cb, self);
  g_clear_object (slot);
  *slot = g_object_ref_sink (adjustment != NULL ? adjustment : gtk_adjustment_new (0, 0, 0, 0, 0, 0));
  g_signal_connect_object (*slot, "value-changed", G_CALLBACK (value_changed_cb), self, G_CONNECT_SWAPPED);
}

/* Keeps the selected day in view, or the latest day when following the end. */
static void
scroll_to_selected (LipcheckTimeline *self)
{
  double page, value, x;

  if (self->hadjustment == NULL || self->selected == 0)
    return;
  page = gtk_adjustment_get_page_size (self->hadjustment);
  value = gtk_adjustment_get_value (self->hadjustment);
  x = (self->selected - self->start) * DAY_WIDTH;
  if (x < value)
    gtk_adjustment_set_value (self->hadjustment, x);
  else if (x + DAY_WIDTH > value + page)
    gtk_adjustment_set_value (self->hadjustment, x + DAY_WIDTH - page);
}

static void
lipcheck_timeline_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  LipcheckTimeline *self = LIPCHECK_TIMELINE (widget);
  double content = (double)self->n_days * DAY_WIDTH;

  gtk_widget_allocate (self->rows, width, height, -1, NULL);
  if (self->hadjustment != NULL)
    gtk_adjustment_configure (self->hadjustment,
                              self->follow_end ? MAX (0, content - width) : gtk_adjustment_get_value (self->hadjustment),
                              0, MAX (content, width), DAY_WIDTH, width, width);
  if (self->vadjustment != NULL)
    gtk_adjustment_configure (self->vadjustment, 0, 0, height, 1, height, height);
  self->follow_end = FALSE;
  scroll_to_selected (self);
}

static void
lipcheck_timeline_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  LipcheckTimeline *self = LIPCHECK_TIMELINE (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = DAY_WIDTH * MIN (self->n_days, 7);
      *natural = DAY_WIDTH * self->n_days;
    }
  else
    *minimum = *natural = HEIGHT;
}

static void
lipcheck_timeline_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  LipcheckTimeline *self = LIPCHECK_TIMELINE (widget);

  GTK_WIDGET_CLASS (lipcheck_timeline_parent_class)->css_changed (widget, change);
  g_clear_pointer (&self->node, gsk_render_node_unref);
  gtk_widget_queue_draw (widget);
}

/* Keyboard and pointer */

static void
move_selection (LipcheckTimeline *self,
                int               days)
{
  guint32 target;

  if (self->n_days == 0)
    return;
  target = CLAMP ((gint64)self->selected + days, (gint64)self->start, (gint64)self->start + self->n_days - 1);
  lipcheck_timeline_select (self, target);
}

static void
previous_day_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  move_selection (LIPCHECK_TIMELINE (widget), -1);
}

static void
next_day_cb (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  move_selection (LIPCHECK_TIMELINE (widget), 1);
}

static void
first_day_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  move_selection (LIPCHECK_TIMELINE (widget), G_MININT32 / 2);
}

static void
last_day_cb (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  move_selection (LIPCHECK_TIMELINE (widget), G_MAXINT32 / 2);
}

static void
activate_day_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LipcheckTimeline *self = LIPCHECK_TIMELINE (widget);
  GDate date;

  if (self->selected == 0)
    return;
  g_date_clear (&date, 1);
  g_date_set_julian (&date, self->selected);
  g_signal_emit (self, signals[DAY_ACTIVATED], 0, &date);
}

static void
pressed_cb (LipcheckTimeline *self,
            int               n_press,
            double            x,
            double            y,
            GtkGestureClick  *gesture)
{
  int column = (int)((x + scroll_x (self)) / DAY_WIDTH);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (column >= 0 && (guint)column < self->n_days)
    lipcheck_timeline_select (self, self->start + column);
  if (n_press == 2)
    activate_day_cb (GTK_WIDGET (self), NULL, NULL);
}

/* GObject */

static void
lipcheck_timeline_dispose (GObject *object)
{
  LipcheckTimeline *self = (LipcheckTimeline *)object;

  lipcheck_timeline_set_diary (self, NULL);
  g_clear_pointer (&self->rows, gtk_widget_unparent);
  g_clear_pointer (&self->node, gsk_render_node_unref);
  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, value_changed_cb, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, value_changed_cb, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);

  G_OBJECT_CLASS (lipcheck_timeline_parent_class)->dispose (object);
}

static void
lipcheck_timeline_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LipcheckTimeline *self = LIPCHECK_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_DIARY:
      g_value_set_object (value, self->diary);
      break;

    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;

    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;

    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;

    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_timeline_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LipcheckTimeline *self = LIPCHECK_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_DIARY:
      lipcheck_timeline_set_diary (self, g_value_get_object (value));
      break;

    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      gtk_widget_queue_allocate (GTK_WIDGET (self));
      break;

    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;

    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      break;

    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_timeline_class_init (LipcheckTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lipcheck_timeline_dispose;
  object_class->get_property = lipcheck_timeline_get_property;
  object_class->set_property = lipcheck_timeline_set_property;

  widget_class->snapshot = lipcheck_timeline_snapshot;
  widget_class->measure = lipcheck_timeline_measure;
  widget_class->size_allocate = lipcheck_timeline_size_allocate;
  widget_class->css_changed = lipcheck_timeline_css_changed;

  properties[PROP_DIARY] =
    g_param_spec_object ("diary", NULL, NULL,
                         LIPCHECK_TYPE_DIARY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  /**
   * LipcheckTimeline::day-activated:
   * @date: (type GDate): the day
   *
   * Enter (or a double click) on a day: open that day's entry.
   */
  signals[DAY_ACTIVATED] =
    g_signal_new ("day-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_DATE | G_SIGNAL_TYPE_STATIC_SCOPE);

  gtk_widget_class_install_action (widget_class, "timeline.previous-day", NULL, previous_day_cb);
  gtk_widget_class_install_action (widget_class, "timeline.next-day", NULL, next_day_cb);
  gtk_widget_class_install_action (widget_class, "timeline.first-day", NULL, first_day_cb);
  gtk_widget_class_install_action (widget_class, "timeline.last-day", NULL, last_day_cb);
  gtk_widget_class_install_action (widget_class, "timeline.activate-day", NULL, activate_day_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "timeline.previous-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, 0, "timeline.previous-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "timeline.next-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, 0, "timeline.next-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "timeline.first-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "timeline.last-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "timeline.activate-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "timeline.activate-day", NULL);

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
lipcheck_timeline_init (LipcheckTimeline *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  self->follow_end = TRUE;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Twitch diary, day by day"), -1);

  /* Behind the drawing: drawn by no one, never hit, never focused, but read by a screen reader. */
  self->rows = gtk_list_box_new ();
  gtk_widget_set_parent (self->rows, GTK_WIDGET (self));
  gtk_widget_set_can_target (self->rows, FALSE);
  gtk_widget_set_can_focus (self->rows, FALSE);
  gtk_widget_set_opacity (self->rows, 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->rows), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Days of the diary"), -1);

  g_signal_connect_object (click, "pressed", G_CALLBACK (pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
lipcheck_timeline_new (void)
{
  return g_object_new (LIPCHECK_TYPE_TIMELINE, NULL);
}

LipcheckDiary *
lipcheck_timeline_get_diary (LipcheckTimeline *self)
{
  g_return_val_if_fail (LIPCHECK_IS_TIMELINE (self), NULL);

  return self->diary;
}

/**
 * lipcheck_timeline_set_diary:
 * @diary: (nullable): the diary to draw; the timeline follows its items-changed
 */
void
lipcheck_timeline_set_diary (LipcheckTimeline *self,
                             LipcheckDiary    *diary)
{
  g_return_if_fail (LIPCHECK_IS_TIMELINE (self));
  g_return_if_fail (diary == NULL || LIPCHECK_IS_DIARY (diary));

  if (self->diary == diary)
    return;

  g_clear_signal_handler (&self->items_changed_id, self->diary);
  g_set_object (&self->diary, diary);
  if (diary != NULL)
    self->items_changed_id = g_signal_connect_object (diary, "items-changed", G_CALLBACK (items_changed_cb),
                                                      self, G_CONNECT_SWAPPED);
  self->selected = 0;
  self->follow_end = TRUE;
  update_days (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIARY]);
}

guint
lipcheck_timeline_get_n_days (LipcheckTimeline *self)
{
  g_return_val_if_fail (LIPCHECK_IS_TIMELINE (self), 0);

  return self->n_days;
}

/**
 * lipcheck_timeline_get_selected:
 *
 * Returns: the Julian day selected (the latest until another is chosen), or 0 without days
 */
guint32
lipcheck_timeline_get_selected (LipcheckTimeline *self)
{
  g_return_val_if_fail (LIPCHECK_IS_TIMELINE (self), 0);

  return self->selected;
}

/**
 * lipcheck_timeline_select:
 * @julian: a day of the timeline
 *
 * Selects the day, scrolls it into view, and points the accessible list at it.
 */
void
lipcheck_timeline_select (LipcheckTimeline *self,
                          guint32           julian)
{
  g_return_if_fail (LIPCHECK_IS_TIMELINE (self));
  g_return_if_fail (julian >= self->start && julian < self->start + self->n_days);

  if (self->selected == julian)
    return;
  self->selected = julian;
  select_row (self);
  scroll_to_selected (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * lipcheck_timeline_get_n_draws:
 *
 * Returns: how often the days' drawing has been made; it is made again only when the diary
 *   changes or the style does, not for every frame
 */
guint
lipcheck_timeline_get_n_draws (LipcheckTimeline *self)
{
  g_return_val_if_fail (LIPCHECK_IS_TIMELINE (self), 0);

  return self->n_draws;
}

/**
 * lipcheck_timeline_get_rows:
 *
 * Returns: (transfer none): the list of a label a day behind the drawing, for screen readers
 */
GtkListBox *
lipcheck_timeline_get_rows (LipcheckTimeline *self)
{
  g_return_val_if_fail (LIPCHECK_IS_TIMELINE (self), NULL);

  return GTK_LIST_BOX (self->rows);
}

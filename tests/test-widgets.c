/* test-widgets.c: Lipcheck's small widgets on their own: the clamp and the choice button. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-widgets"

#include "config.h"

#include <gtk/gtk.h>

#include "lipcheck-choice-button.h"
#include "lipcheck-clamp.h"
#include "lipcheck-test-widgets.h"

/* However wide the window, the child is no wider than maximum-size, and centred. */
static void
test_clamp_caps_width (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *clamp = lipcheck_clamp_new ();
  GtkWidget *label = gtk_label_new ("A long line of text that would run right across a wide window "
                                    "if nothing kept it to a comfortable reading width.");
  int natural = 0;

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  lipcheck_clamp_set_maximum_size (LIPCHECK_CLAMP (clamp), 300);
  lipcheck_clamp_set_child (LIPCHECK_CLAMP (clamp), label);
  g_assert_true (lipcheck_clamp_get_child (LIPCHECK_CLAMP (clamp)) == label);
  gtk_window_set_child (window, clamp);
  gtk_window_set_default_size (window, 900, 400);
  gtk_window_present (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  gtk_widget_measure (clamp, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  g_assert_cmpint (natural, <=, 300);
  g_assert_cmpint (gtk_widget_get_width (clamp), >, 300);
  g_assert_cmpint (gtk_widget_get_width (label), ==, 300);

  lipcheck_clamp_set_maximum_size (LIPCHECK_CLAMP (clamp), 500);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpint (gtk_widget_get_width (label), ==, 500);

  gtk_window_destroy (window);
  lipcheck_test_iterate ();
}

/* The value a question view reads back is the one the button was made with. */
static void
test_choice_button_value (void)
{
  GtkWidget *button = g_object_ref_sink (lipcheck_choice_button_new ("A few days", "days"));
  g_autofree char *value = NULL;

  g_assert_cmpstr (lipcheck_choice_button_get_value (LIPCHECK_CHOICE_BUTTON (button)), ==, "days");
  g_assert_cmpstr (gtk_check_button_get_label (GTK_CHECK_BUTTON (button)), ==, "A few days");

  g_object_set (button, "value", "weeks", NULL);
  g_object_get (button, "value", &value, NULL);
  g_assert_cmpstr (value, ==, "weeks");

  g_assert_finalize_object (button);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lipcheck/widgets/clamp-caps-width", test_clamp_caps_width);
  g_test_add_func ("/lipcheck/widgets/choice-button-value", test_choice_button_value);

  return g_test_run ();
}

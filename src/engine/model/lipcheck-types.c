/* lipcheck-types.c: names of Lipcheck's shared enumerations. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-types"

#include "config.h"

#include "lipcheck-types.h"

static const char * const urgency_names[LIPCHECK_N_URGENCIES] = {
  "self-care", "routine", "urgent", "emergency",
};

/**
 * lipcheck_urgency_to_string:
 *
 * Returns: the id of @urgency in the knowledge base and in reports ("self-care", …)
 */
const char *
lipcheck_urgency_to_string (LipcheckUrgency urgency)
{
  g_return_val_if_fail (urgency < LIPCHECK_N_URGENCIES, NULL);

  return urgency_names[urgency];
}

gboolean
lipcheck_urgency_from_string (const char      *str,
                              LipcheckUrgency *urgency)
{
  for (guint i = 0; i < LIPCHECK_N_URGENCIES; i++)
    if (g_strcmp0 (str, urgency_names[i]) == 0)
      {
        *urgency = i;
        return TRUE;
      }

  return FALSE;
}

/* lipcheck-reminder.h: the evening reminder's rules and its autostart entry. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "lipcheck-diary.h"

G_BEGIN_DECLS

/**
 * LipcheckReminderStep:
 * @LIPCHECK_REMINDER_STOP: no diary is being kept: nothing is to run
 * @LIPCHECK_REMINDER_WAIT: not yet, or not today
 * @LIPCHECK_REMINDER_SEND: send the reminder now
 */
typedef enum
{
  LIPCHECK_REMINDER_STOP,
  LIPCHECK_REMINDER_WAIT,
  LIPCHECK_REMINDER_SEND,
} LipcheckReminderStep;

LipcheckReminderStep lipcheck_reminder_next              (LipcheckDiary  *diary,
                                                          GDateTime      *now,
                                                          int             at_minute,
                                                          const GDate    *sent,
                                                          gint64         *wait_seconds);
gboolean             lipcheck_reminder_wanted            (gboolean        turned_on,
                                                          LipcheckDiary  *diary);
gboolean             lipcheck_reminder_parse_time        (const char     *text,
                                                          int            *minute);
char                *lipcheck_reminder_format_time       (int             minute);
GFile               *lipcheck_reminder_autostart_file    (void);
char                *lipcheck_reminder_autostart_entry   (const char     *program);
gboolean             lipcheck_reminder_autostart_set     (GFile          *file,
                                                          const char     *program,
                                                          gboolean        wanted,
                                                          GError        **error);

G_END_DECLS

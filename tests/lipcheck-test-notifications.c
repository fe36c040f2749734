/* lipcheck-test-notifications.c: a notification server for the tests, on the session bus.
 *
 * It owns org.freedesktop.Notifications and prints one line per Notify call to standard output:
 *   NOTIFY<TAB>app name<TAB>summary<TAB>body<TAB>action keys and labels joined by "|"
 * and "READY" once the name is owned. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include <gio/gio.h>

static const char introspection[] =
  "<node><interface name='org.freedesktop.Notifications'>"
  "<method name='Notify'><arg type='s' direction='in'/><arg type='u' direction='in'/>"
  "<arg type='s' direction='in'/><arg type='s' direction='in'/><arg type='s' direction='in'/>"
  "<arg type='as' direction='in'/><arg type='a{sv}' direction='in'/><arg type='i' direction='in'/>"
  "<arg type='u' direction='out'/></method>"
  "<method name='CloseNotification'><arg type='u' direction='in'/></method>"
  "<method name='GetCapabilities'><arg type='as' direction='out'/></method>"
  "<method name='GetServerInformation'><arg type='s' direction='out'/><arg type='s' direction='out'/>"
  "<arg type='s' direction='out'/><arg type='s' direction='out'/></method>"
  "</interface></node>";

static guint32 last_id;

static void
notify (GDBusConnection       *connection,
        GVariant              *parameters,
        GDBusMethodInvocation *invocation)
{
  const char *app_name, *icon, *summary, *body;
  g_autofree const char **actions = NULL;
  g_autofree char *joined = NULL;
  guint32 replaces;

  g_variant_get (parameters, "(&su&s&s&s^a&s@a{sv}i)", &app_name, &replaces, &icon, &summary, &body,
                 &actions, NULL, NULL);
  joined = g_strjoinv ("|", (char **)actions);
  g_print ("NOTIFY\t%s\t%s\t%s\t%s\n", app_name, summary, body, joined);
  fflush (stdout);

  last_id++;
  g_dbus_method_invocation_return_value (invocation, g_variant_new ("(u)", last_id));
}

static void
method_call (GDBusConnection       *connection,
             const char            *sender,
             const char            *object_path,
             const char            *interface_name,
             const char            *method_name,
             GVariant              *parameters,
             GDBusMethodInvocation *invocation,
             gpointer               user_data)
{
  const char *capabilities[] = { "actions", "body", NULL };

  if (g_str_equal (method_name, "Notify"))
    notify (connection, parameters, invocation);
  else if (g_str_equal (method_name, "GetCapabilities"))
    g_dbus_method_invocation_return_value (invocation, g_variant_new ("(^as)", capabilities));
  else if (g_str_equal (method_name, "GetServerInformation"))
    g_dbus_method_invocation_return_value (invocation, g_variant_new ("(ssss)", "test", "lipcheck", "1", "1.2"));
  else
    g_dbus_method_invocation_return_value (invocation, NULL);
}

static const GDBusInterfaceVTable vtable = { method_call, NULL, NULL, { 0 } };

static void
bus_acquired (GDBusConnection *connection,
              const char      *name,
              gpointer         user_data)
{
  GDBusNodeInfo *info = user_data;

  g_dbus_connection_register_object (connection, "/org/freedesktop/Notifications", info->interfaces[0],
                                     &vtable, NULL, NULL, NULL);
}

static void
name_acquired (GDBusConnection *connection,
               const char      *name,
               gpointer         user_data)
{
  g_print ("READY\n");
  fflush (stdout);
}

static void
name_lost (GDBusConnection *connection,
           const char      *name,
           gpointer         user_data)
{
  g_printerr ("The name %s could not be owned\n", name);
  exit (1);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GMainLoop) loop = NULL;
  g_autoptr(GDBusNodeInfo) info = NULL;

  setlocale (LC_ALL, "");
  loop = g_main_loop_new (NULL, FALSE);
  info = g_dbus_node_info_new_for_xml (introspection, NULL);

  g_bus_own_name (G_BUS_TYPE_SESSION, "org.freedesktop.Notifications", G_BUS_NAME_OWNER_FLAGS_NONE,
                  bus_acquired, name_acquired, name_lost, info, NULL);
  g_main_loop_run (loop);

  return 0;
}

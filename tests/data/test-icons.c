/* test-icons.c: the application icons load and render as icons should
 *
 * Copyright 2026 The Caseload authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "caseload-test-icons"

#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>

static char *
icon_path (const char *size_dir,
           const char *file_name)
{
  const char *root = g_getenv ("CASELOAD_SOURCE_ROOT");

  g_assert_nonnull (root);
  return g_build_filename (root, "data", "icons", "hicolor", size_dir, "apps",
                           file_name, NULL);
}

typedef struct
{
  guint opaque;
  guint coloured;
  guint total;
} PixelCounts;

static PixelCounts
count_pixels (GdkPixbuf *pixbuf)
{
  PixelCounts counts = { 0, 0, 0 };
  int width = gdk_pixbuf_get_width (pixbuf);
  int height = gdk_pixbuf_get_height (pixbuf);
  int stride = gdk_pixbuf_get_rowstride (pixbuf);
  int n_channels = gdk_pixbuf_get_n_channels (pixbuf);
  const guint8 *pixels = gdk_pixbuf_read_pixels (pixbuf);

  g_assert_cmpint (n_channels, ==, 4);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guint8 *p = pixels + y * stride + x * n_channels;

        counts.total++;
        if (p[3] > 200)
          counts.opaque++;
        if (p[3] > 0 && (ABS (p[0] - p[1]) > 16 || ABS (p[1] - p[2]) > 16))
          counts.coloured++;
      }

  return counts;
}

static void
test_app_icon (void)
{
  g_autofree char *path = icon_path ("scalable", APPLICATION_ID ".svg");
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkPixbuf) natural = NULL;
  g_autoptr(GdkPixbuf) small = NULL;
  PixelCounts counts;

  /* Drawn on the 128×128 canvas GNOME application icons use. */
  natural = gdk_pixbuf_new_from_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_pixbuf_get_width (natural), ==, 128);
  g_assert_cmpint (gdk_pixbuf_get_height (natural), ==, 128);
  g_assert_true (gdk_pixbuf_get_has_alpha (natural));

  counts = count_pixels (natural);
  /* A real drawing: it covers a good part of the canvas, it is in colour,
   * and it leaves the corners transparent like any app icon. */
  g_assert_cmpuint (counts.opaque, >, counts.total / 2);
  g_assert_cmpuint (counts.coloured, >, counts.total / 4);
  g_assert_cmpuint (counts.opaque, <, counts.total);

  small = gdk_pixbuf_new_from_file_at_size (path, 32, 32, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_pixbuf_get_width (small), ==, 32);
  g_assert_cmpint (gdk_pixbuf_get_height (small), ==, 32);
}

static void
test_symbolic_icon (void)
{
  g_autofree char *path = icon_path ("symbolic", APPLICATION_ID "-symbolic.svg");
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  PixelCounts counts;

  pixbuf = gdk_pixbuf_new_from_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_pixbuf_get_width (pixbuf), ==, 16);
  g_assert_cmpint (gdk_pixbuf_get_height (pixbuf), ==, 16);

  counts = count_pixels (pixbuf);
  /* Symbolic icons are recoloured by the theme: grey only, and not empty. */
  g_assert_cmpuint (counts.opaque, >, counts.total / 8);
  g_assert_cmpuint (counts.coloured, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/data/icons/app", test_app_icon);
  g_test_add_func ("/data/icons/symbolic", test_symbolic_icon);

  return g_test_run ();
}

/* caseload-print-preview.c: the pages as images, drawn by the same core
 * renderer the print operation and the PDF export use. */
#define G_LOG_DOMAIN "caseload-print-preview"

#include "config.h"

#include "caseload-print-preview.h"

#include <glib/gi18n.h>
#include <math.h>

/* Pixels per point of the page images: sharp enough to read at actual
 * size on a normal screen, small enough to redraw on every page turn. */
#define PREVIEW_SCALE 1.5

struct _CaseloadPrintPreview
{
  AdwWindow       parent_instance;

  CaseloadLayout *layout;
  gpointer        owner;
  GDestroyNotify  owner_free;
  guint           n_pages;
  guint           page;

  /* template children */
  AdwWindowTitle  *window_title;
  GtkLabel        *page_label;
  GtkPicture      *picture;
  GtkToggleButton *fit_button;
};

G_DEFINE_FINAL_TYPE (CaseloadPrintPreview, caseload_print_preview, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_PRINT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GdkTexture *
render_page (CaseloadLayout *layout,
             guint           page)
{
  double width, height;
  int pixel_width, pixel_height, stride;
  cairo_surface_t *surface;
  cairo_t *cr;
  GBytes *bytes;
  GdkTexture *texture;

  caseload_layout_get_page_size (layout, &width, &height);
  pixel_width = (int) ceil (width * PREVIEW_SCALE);
  pixel_height = (int) ceil (height * PREVIEW_SCALE);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pixel_width, pixel_height);
  cr = cairo_create (surface);
  cairo_scale (cr, PREVIEW_SCALE, PREVIEW_SCALE);
  caseload_layout_draw_page (layout, cr, page);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  stride = cairo_image_surface_get_stride (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface), (gsize) stride * pixel_height);
  /* CAIRO_FORMAT_ARGB32 is GDK_MEMORY_DEFAULT in native byte order */
  texture = gdk_memory_texture_new (pixel_width, pixel_height, GDK_MEMORY_DEFAULT, bytes, stride);
  g_bytes_unref (bytes);
  cairo_surface_destroy (surface);
  return texture;
}

static void
update_page (CaseloadPrintPreview *self)
{
  g_autofree char *text = NULL;

  if (self->layout == NULL || self->n_pages == 0)
    {
      gtk_picture_set_paintable (self->picture, NULL);
      gtk_label_set_text (self->page_label, "");
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous-page", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next-page", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.print", FALSE);
      return;
    }

  {
    g_autoptr(GdkTexture) texture = render_page (self->layout, self->page);

    gtk_picture_set_paintable (self->picture, GDK_PAINTABLE (texture));
  }
  /* Translators: the print preview's page counter */
  text = g_strdup_printf (_("Page %u of %u"), self->page + 1, self->n_pages);
  gtk_label_set_text (self->page_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous-page", self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next-page", self->page + 1 < self->n_pages);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.print", TRUE);
}

static void
on_fit_button_toggled_cb (CaseloadPrintPreview *self)
{
  /* fit: the whole page in the window; off: its natural size, scrolled */
  gtk_picture_set_can_shrink (self->picture, gtk_toggle_button_get_active (self->fit_button));
}

static void
previous_page_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  CaseloadPrintPreview *self = CASELOAD_PRINT_PREVIEW (widget);

  if (self->page > 0)
    caseload_print_preview_set_page (self, self->page - 1);
}

static void
next_page_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CaseloadPrintPreview *self = CASELOAD_PRINT_PREVIEW (widget);

  if (self->page + 1 < self->n_pages)
    caseload_print_preview_set_page (self, self->page + 1);
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  g_signal_emit (widget, signals[SIGNAL_PRINT], 0);
}

static void
caseload_print_preview_dispose (GObject *object)
{
  CaseloadPrintPreview *self = CASELOAD_PRINT_PREVIEW (object);

  self->layout = NULL;
  if (self->owner_free != NULL)
    g_clear_pointer (&self->owner, self->owner_free);

  G_OBJECT_CLASS (caseload_print_preview_parent_class)->dispose (object);
}

static void
caseload_print_preview_class_init (CaseloadPrintPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_print_preview_dispose;

  signals[SIGNAL_PRINT] =
    g_signal_new ("print", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "preview.previous-page", NULL, previous_page_activated);
  gtk_widget_class_install_action (widget_class, "preview.next-page", NULL, next_page_activated);
  gtk_widget_class_install_action (widget_class, "preview.print", NULL, print_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "preview.previous-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "preview.next-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "preview.previous-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "preview.next-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "preview.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/caseload-print-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadPrintPreview, window_title);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPrintPreview, page_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPrintPreview, picture);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPrintPreview, fit_button);
  gtk_widget_class_bind_template_callback (widget_class, on_fit_button_toggled_cb);
}

static void
caseload_print_preview_init (CaseloadPrintPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_page (self);
}

CaseloadPrintPreview *
caseload_print_preview_new (GtkWindow      *parent,
                            const char     *title,
                            CaseloadLayout *layout,
                            gpointer        owner,
                            GDestroyNotify  owner_free)
{
  CaseloadPrintPreview *self = g_object_new (CASELOAD_TYPE_PRINT_PREVIEW,
                                             "transient-for", parent,
                                             NULL);

  self->layout = layout;
  self->owner = owner;
  self->owner_free = owner_free;
  self->n_pages = layout != NULL ? caseload_layout_get_n_pages (layout) : 0;
  self->page = 0;
  if (title != NULL)
    adw_window_title_set_subtitle (self->window_title, title);
  update_page (self);
  return self;
}

guint
caseload_print_preview_get_n_pages (CaseloadPrintPreview *self)
{
  g_return_val_if_fail (CASELOAD_IS_PRINT_PREVIEW (self), 0);

  return self->n_pages;
}

guint
caseload_print_preview_get_page (CaseloadPrintPreview *self)
{
  g_return_val_if_fail (CASELOAD_IS_PRINT_PREVIEW (self), 0);

  return self->page;
}

void
caseload_print_preview_set_page (CaseloadPrintPreview *self,
                                 guint                 page)
{
  g_return_if_fail (CASELOAD_IS_PRINT_PREVIEW (self));

  if (self->n_pages == 0)
    return;
  self->page = MIN (page, self->n_pages - 1);
  update_page (self);
}

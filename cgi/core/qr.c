/* QR codes drawn as SVG from libqrencode's matrix; see qr.h. */
#include <string.h>

#include <qrencode.h>

#include "buf.h"
#include "qr.h"

#define QUIET	4	/* modules of white border, as the standard asks */

/* Text for an SVG <title>: what could break the markup becomes a space. */
static int
put_title(struct buf *out, const char *title)
{
	size_t	i;

	for (i = 0; title[i] != '\0'; i++)
		if (buf_putc(out, strchr("<>&\"'", title[i]) ? ' ' : title[i]) == -1)
			return -1;
	return 0;
}

/* One "M x y h1v1h-1z" square per dark module (bit 0 of each byte). */
static int
put_modules(struct buf *out, const QRcode *q)
{
	int	x, y;

	for (y = 0; y < q->width; y++)
		for (x = 0; x < q->width; x++)
			if ((q->data[y * q->width + x] & 1) &&
			    buf_printf(out, "M%d %dh1v1h-1z", x + QUIET, y + QUIET) == -1)
				return -1;
	return 0;
}

int
qr_svg(struct buf *out, const char *text, const char *title)
{
	QRcode	*q;
	int	 size, rc = -1;

	if ((q = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1)) == NULL)
		return -1;
	size = q->width + 2 * QUIET;
	if (buf_printf(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
	    "width=\"%d\" height=\"%d\" shape-rendering=\"crispEdges\" role=\"img\">"
	    "<title>", size, size, size * 8, size * 8) == 0 && put_title(out, title) == 0 &&
	    buf_printf(out, "</title><rect width=\"%d\" height=\"%d\" fill=\"#fff\"/>"
	    "<path fill=\"#000\" d=\"", size, size) == 0 && put_modules(out, q) == 0 &&
	    buf_puts(out, "\"/></svg>\n") == 0)
		rc = 0;
	QRcode_free(q);
	return rc;
}

#ifndef CHORUS_QR_H
#define CHORUS_QR_H
/*
 * QR codes as SVG (qr.c): libqrencode makes the module matrix, we draw it
 * as one path of unit squares with a four-module quiet zone, so it scales
 * to any print size and needs no image library.
 */
struct buf;

/*
 * Append an SVG image of the QR code for text (error correction level M)
 * to out, titled for screen readers. 0, or -1 (text too long, no memory,
 * out full).
 */
int	qr_svg(struct buf *out, const char *text, const char *title);

#endif

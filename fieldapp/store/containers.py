"""Is the whole photo there? Cheap checks of the file's container, before anything is decoded.

A photo cut short while being copied off a card must be refused at import. Decoding would find
out, but decoding a 12 MP JPEG costs more than everything else import does together, and
libheif does not find out at all: it paints the missing tiles of a cut HEIC green. Walking the
container's own structure finds a cut file for a fraction of a millisecond.

These checks read the container (JPEG markers, ISO-BMFF boxes), never EXIF; Pillow reads that.
"""

from __future__ import annotations

SOI, SOS, EOI = b"\xff\xd8", 0xDA, b"\xff\xd9"
# Markers that stand alone, without a length: TEM and the restart markers.
_STANDALONE = {0x01, *range(0xD0, 0xD8)}


def jpeg_is_whole(content: bytes) -> bool:
    """True when the first picture's compressed data runs to its end-of-image marker.

    The header segments each carry their length, so they are stepped over (an EXIF thumbnail
    inside them has an end marker of its own). After the first start-of-scan the bytes FF D9
    can only be the end marker: entropy-coded data follows every FF byte with 00 or a restart
    marker. Data after the end marker (maker trailers, further MPO frames) is allowed.
    """
    if not content.startswith(SOI):
        return False
    position = len(SOI)
    while position + 4 <= len(content):
        if content[position] != 0xFF:
            # Stray bytes between segments: libjpeg skips them with a warning, and so do we.
            position = content.find(b"\xff", position)
            if position == -1:
                return False
            continue
        marker = content[position + 1]
        if marker == 0xFF:  # fill byte before a marker
            position += 1
            continue
        if marker in _STANDALONE:
            position += 2
            continue
        length = int.from_bytes(content[position + 2 : position + 4], "big")
        if length < 2:
            return False
        position += 2 + length
        if marker == SOS:
            return content.rfind(EOI, position) != -1
    return False


def isobmff_is_whole(content: bytes) -> bool:
    """True when every top-level box of a HEIF/HEIC file lies wholly inside the file.

    A cut file ends inside its last box (usually ``mdat``, the picture data), so that box
    claims more bytes than are left. A last box of size 0 ("to the end of the file") cannot be
    checked this way; libheif then paints whatever is missing, so such a cut file gets through.
    """
    position = 0
    while position < len(content):
        if position + 8 > len(content):
            # Too short for a box: zero padding after the last box is harmless, anything
            # else is the start of a box that was cut off.
            return position > 0 and not content[position:].strip(b"\x00")
        size = int.from_bytes(content[position : position + 4], "big")
        header = 8
        if size == 1:  # a 64-bit size follows the type
            if position + 16 > len(content):
                return False
            size = int.from_bytes(content[position + 8 : position + 16], "big")
            header = 16
        elif size == 0:  # the box runs to the end of the file
            return True
        if size < header or position + size > len(content):
            return False
        position += size
    return position > 0


# Major brands of HEIF still images (ISO/IEC 23008-12), HEVC-coded or generic.
HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"}


def is_heif(content: bytes) -> bool:
    """True when the file starts as a HEIF/HEIC does: an ``ftyp`` box with a HEIF brand.

    libheif refuses to open a HEIC cut short in its first boxes; this tells such a file from
    one that is no picture at all.
    """
    return content[4:8] == b"ftyp" and content[8:12] in HEIF_BRANDS

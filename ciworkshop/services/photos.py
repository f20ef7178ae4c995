"""Photos of flip charts and pinboards, made ready to be stored in the file (no Qt).

:func:`prepare_photo` reads an image file, turns it upright (EXIF orientation), shrinks it
so the long edge is at most :data:`MAX_EDGE` pixels and re-encodes it without any
metadata: EXIF of a phone photo holds where and when it was taken and with which device,
which is personal data (DSGVO) and has no place in a protocol file. Only the colour
profile (ICC) is kept, so colours stay right.

Which format comes out:

* an image with real transparency stays PNG (flattened onto white and stored as JPEG only
  if that PNG would not fit :data:`~ciworkshop.domain.event_rules.PHOTO_MAX_BYTES`);
* a small lossless source (a PNG, GIF, BMP or TIFF file of at most
  :data:`SMALL_PNG_BYTES`) stays PNG: screenshots and exported whiteboards keep their
  crisp text (a large one is photo-like; trying PNG first would cost a second);
* everything else becomes JPEG, quality :data:`JPEG_QUALITY`.

Every failure raises :class:`PhotoError` with a :class:`PhotoErrorKind`; the UI says in
the user's language what went wrong with which file.
"""

from __future__ import annotations

import io
import struct
import warnings
import zlib
from enum import StrEnum
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from ciworkshop.domain.event_rules import PHOTO_MAX_BYTES
from ciworkshop.domain.events import PhotoDraft

#: The long edge of a stored photo: a flip chart stays legible on a 4K screen and in print.
MAX_EDGE = 2560
JPEG_QUALITY = 85
#: A lossless source file up to this size stays PNG.
SMALL_PNG_BYTES = 1_500_000
#: More pixels than this are refused before decoding (a "decompression bomb" would need
#: gigabytes of memory); 100 MP is beyond any phone or camera photo of a flip chart.
MAX_PIXELS = 100_000_000
#: A file larger than this is not read at all.
MAX_FILE_BYTES = 200_000_000

#: What Pillow may decode: photo and screenshot formats, nothing exotic.
ACCEPTED_FORMATS = frozenset({"JPEG", "MPO", "PNG", "GIF", "BMP", "TIFF", "WEBP", "AVIF"})
_LOSSLESS_FORMATS = frozenset({"PNG", "GIF", "BMP", "TIFF"})
_RGB_MODES = frozenset({"RGB", "RGBA", "RGBX", "P", "PA"})
# First bytes of image files: if Pillow cannot decode one of these, it is damaged, not
# "no image".
_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a", b"BM")
# Image formats we recognise but cannot decode: HEIC (iPhone default), PDF, SVG.
_HEIF_BRANDS = (b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1")
# What a malformed image can make Pillow's decoders raise.
_DECODE_ERRORS = (OSError, ValueError, SyntaxError, EOFError, IndexError, struct.error, zlib.error)


class PhotoErrorKind(StrEnum):
    UNREADABLE = "unreadable"
    """The file could not be read (missing, no permission, a folder)."""
    EMPTY = "empty"
    NOT_AN_IMAGE = "not_an_image"
    UNSUPPORTED = "unsupported"
    """An image, but in a format we cannot decode (HEIC, PDF, SVG, PSD, ...)."""
    DAMAGED = "damaged"
    """An image file that is cut off or corrupt."""
    TOO_MANY_PIXELS = "too_many_pixels"
    FILE_TOO_LARGE = "file_too_large"
    TOO_LARGE = "too_large"
    """Still larger than PHOTO_MAX_BYTES after downscaling and re-encoding."""


class PhotoError(Exception):
    """Why an image cannot become a photo. ``detail`` is English, for the log only."""

    def __init__(self, kind: PhotoErrorKind, detail: str = "") -> None:
        super().__init__(f"{kind.value}: {detail}" if detail else kind.value)
        self.kind = kind
        self.detail = detail


def prepare_photo(path: Path, caption: str = "") -> PhotoDraft:
    """The image file at ``path`` as a photo ready to store; raises :class:`PhotoError`."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise PhotoError(PhotoErrorKind.FILE_TOO_LARGE, f"{path.stat().st_size} bytes")
        data = path.read_bytes()
    except OSError as exc:
        raise PhotoError(PhotoErrorKind.UNREADABLE, str(exc)) from exc
    return prepare_photo_bytes(data, caption=caption)


def prepare_photo_bytes(data: bytes, *, caption: str = "") -> PhotoDraft:
    """An image's bytes as a photo ready to store; raises :class:`PhotoError`."""
    if not data:
        raise PhotoError(PhotoErrorKind.EMPTY)
    if len(data) > MAX_FILE_BYTES:
        raise PhotoError(PhotoErrorKind.FILE_TOO_LARGE, f"{len(data)} bytes")
    image, source_format = _open(data)
    try:
        image = _decode_upright(image)
        # A colour profile fits the pixels only while they stay in its colour space
        # (a CMYK or grey profile would garble them once converted to RGB).
        icc = image.info.get("icc_profile") if image.mode in _RGB_MODES else None
        transparent = _has_transparency(image)
        image = _to_output_mode(image, transparent=transparent)
        image = _downscale(image)
        icc = icc if isinstance(icc, bytes) and icc else None
        # Nothing of the source's metadata travels on (comments, XMP, EXIF, text chunks).
        image.info = {}
        lossless = source_format in _LOSSLESS_FORMATS and len(data) <= SMALL_PNG_BYTES
        encoded, mime = _encode(image, transparent=transparent, lossless=lossless, icc=icc)
    except MemoryError as exc:
        raise PhotoError(PhotoErrorKind.TOO_MANY_PIXELS, "out of memory") from exc
    except _DECODE_ERRORS as exc:
        raise PhotoError(PhotoErrorKind.DAMAGED, str(exc)) from exc
    if len(encoded) > PHOTO_MAX_BYTES:
        raise PhotoError(PhotoErrorKind.TOO_LARGE, f"{len(encoded)} bytes")
    return PhotoDraft(
        data=encoded, mime=mime, width=image.width, height=image.height, caption=caption
    )


# ---------------------------------------------------------------- steps
def _open(data: bytes) -> tuple[Image.Image, str]:
    """Identify the image (header only) and refuse what we will not decode."""
    try:
        with warnings.catch_warnings():
            # Our own pixel limit below applies; Pillow's warning would only repeat it.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError as exc:
        raise PhotoError(PhotoErrorKind.TOO_MANY_PIXELS, str(exc)) from exc
    except UnidentifiedImageError as exc:
        raise PhotoError(_unidentified_kind(data), str(exc)) from exc
    except _DECODE_ERRORS as exc:
        raise PhotoError(_unidentified_kind(data), str(exc)) from exc
    source_format = image.format or ""
    if source_format not in ACCEPTED_FORMATS:
        raise PhotoError(PhotoErrorKind.UNSUPPORTED, source_format)
    if image.width <= 0 or image.height <= 0:
        raise PhotoError(PhotoErrorKind.DAMAGED, f"size {image.size}")
    if image.width * image.height > MAX_PIXELS:
        raise PhotoError(PhotoErrorKind.TOO_MANY_PIXELS, f"{image.width}×{image.height}")
    return image, source_format


def _unidentified_kind(data: bytes) -> PhotoErrorKind:
    head = data[:1024]
    if head.startswith(_IMAGE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return PhotoErrorKind.DAMAGED
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return PhotoErrorKind.UNSUPPORTED
    if head.startswith(b"%PDF") or b"<svg" in head.lower():
        return PhotoErrorKind.UNSUPPORTED
    return PhotoErrorKind.NOT_AN_IMAGE


def _decode_upright(image: Image.Image) -> Image.Image:
    """Decode (a JPEG at a reduced scale when that still gives MAX_EDGE) and apply the
    EXIF orientation."""
    scale = MAX_EDGE / max(image.size)
    if scale < 1 and image.format in ("JPEG", "MPO"):
        # libjpeg decodes at 1/2, 1/4, 1/8 almost for free: a 24 MP photo decodes at
        # 3000×2000 in a fraction of the time, still above the target size.
        image.draft("RGB", (round(image.width * scale), round(image.height * scale)))
    image.load()  # an animated GIF/WebP: its first frame
    try:
        return ImageOps.exif_transpose(image)
    except _DECODE_ERRORS:
        # Malformed EXIF: the pixels are fine, only the orientation is unknown.
        return image.copy()


def _has_transparency(image: Image.Image) -> bool:
    if image.mode in ("RGBA", "LA", "PA", "La", "RGBa") or (
        image.mode in ("P", "L", "RGB") and "transparency" in image.info
    ):
        alpha = image.convert("RGBA").getchannel("A")
        low = alpha.getextrema()[0]
        return isinstance(low, int | float) and low < 255
    return False


def _to_output_mode(image: Image.Image, *, transparent: bool) -> Image.Image:
    if transparent:
        return image if image.mode == "RGBA" else image.convert("RGBA")
    if image.mode.startswith("I;16") or image.mode == "I":
        # 16-bit greyscale (scans): scale down to 8 bits instead of clipping to white.
        image = image.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    return image if image.mode == "RGB" else image.convert("RGB")


def _downscale(image: Image.Image) -> Image.Image:
    long_edge = max(image.size)
    if long_edge <= MAX_EDGE:
        return image
    scale = MAX_EDGE / long_edge
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)


def _encode(
    image: Image.Image, *, transparent: bool, lossless: bool, icc: bytes | None
) -> tuple[bytes, str]:
    if transparent:
        png = _save(image, "PNG", icc)
        if len(png) <= PHOTO_MAX_BYTES:
            return png, "image/png"
        white = Image.new("RGB", image.size, (255, 255, 255))
        white.paste(image, mask=image.getchannel("A"))
        image = white
    elif lossless:
        png = _save(image, "PNG", icc)
        if len(png) <= 2 * SMALL_PNG_BYTES:  # e.g. a small BMP: PNG compresses it
            return png, "image/png"
    return _save(image, "JPEG", icc), "image/jpeg"


def _save(image: Image.Image, format_name: str, icc: bytes | None) -> bytes:
    out = io.BytesIO()
    options: dict[str, object] = {"icc_profile": icc} if icc else {}
    if format_name == "JPEG":
        options.update(quality=JPEG_QUALITY, optimize=True)
    image.save(out, format_name, **options)
    return out.getvalue()

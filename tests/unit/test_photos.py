"""Photo import without Qt: upright, downscaled, re-encoded, no personal metadata left."""

from __future__ import annotations

import io
import os
import struct
import zlib
from pathlib import Path

import pytest
from PIL import ExifTags, Image

from ciworkshop.domain import event_rules
from ciworkshop.domain.event_rules import PHOTO_MAX_BYTES
from ciworkshop.services.photos import (
    MAX_EDGE,
    SMALL_PNG_BYTES,
    PhotoError,
    PhotoErrorKind,
    prepare_photo,
    prepare_photo_bytes,
)

RED, BLUE = (220, 30, 30), (30, 30, 220)
GPS_IFD = ExifTags.IFD.GPSInfo


def _two_colour(width: int, height: int) -> Image.Image:
    """Left half red, right half blue: tells rotations apart."""
    image = Image.new("RGB", (width, height), BLUE)
    image.paste(RED, (0, 0, width // 2, height))
    return image


def _exif(orientation: int | None = None, *, gps: bool = False) -> Image.Exif:
    exif = Image.Exif()
    if orientation is not None:
        exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.Base.Make] = "Testphone"
    if gps:
        place = exif.get_ifd(GPS_IFD)
        place[ExifTags.GPS.GPSLatitudeRef] = "N"
        place[ExifTags.GPS.GPSLatitude] = (52.0, 31.0, 12.0)
        place[ExifTags.GPS.GPSLongitudeRef] = "E"
        place[ExifTags.GPS.GPSLongitude] = (13.0, 24.0, 36.0)
    return exif


def _jpeg(image: Image.Image, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90, **options)
    return out.getvalue()


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _decoded(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def _close(pixel: tuple[int, ...], colour: tuple[int, int, int]) -> bool:
    return all(abs(a - b) < 40 for a, b in zip(pixel[:3], colour, strict=True))


def _valid(draft) -> None:  # type: ignore[no-untyped-def]
    """What the service will accept, and what the bytes really are."""
    assert event_rules.check_photo(draft) == []
    image = _decoded(draft.data)
    assert image.size == (draft.width, draft.height)
    assert draft.mime == {"JPEG": "image/jpeg", "PNG": "image/png"}[image.format or ""]


# ---------------------------------------------------------------- orientation
@pytest.mark.parametrize(("orientation", "top", "bottom"), [(6, RED, BLUE), (8, BLUE, RED)])
def test_exif_orientation_turns_the_photo_upright(
    tmp_path: Path, orientation: int, top: tuple[int, int, int], bottom: tuple[int, int, int]
):
    path = tmp_path / "flipchart.jpg"
    path.write_bytes(_jpeg(_two_colour(400, 200), exif=_exif(orientation)))

    draft = prepare_photo(path, caption="Ergebnisse Tisch 3")

    _valid(draft)
    assert (draft.width, draft.height) == (200, 400)  # portrait, as the phone was held
    assert draft.caption == "Ergebnisse Tisch 3"
    image = _decoded(draft.data)
    assert _close(image.getpixel((100, 50)), top)
    assert _close(image.getpixel((100, 350)), bottom)
    # The orientation is applied, not repeated: no tag left that would turn it again.
    assert ExifTags.Base.Orientation not in image.getexif()


def test_photo_without_orientation_stays_as_it_is():
    draft = prepare_photo_bytes(_jpeg(_two_colour(300, 200)))
    image = _decoded(draft.data)
    assert (draft.width, draft.height) == (300, 200)
    assert _close(image.getpixel((20, 100)), RED)
    assert _close(image.getpixel((280, 100)), BLUE)


# ---------------------------------------------------------------- size
def _grain(width: int, height: int, amplitude: int = 64) -> Image.Image:
    """Random sensor noise (``Image.effect_noise`` takes seconds at 24 MP; this does not)."""
    noise = Image.frombytes("L", (width, height), os.urandom(width * height))
    return noise.point(lambda v: 128 - amplitude // 2 + v * amplitude // 256)


def _camera_photo(width: int, height: int) -> Image.Image:
    """Something photo-like (gradients and grain), so the JPEG sizes are realistic."""
    red = Image.linear_gradient("L").resize((width, height))
    green = Image.radial_gradient("L").resize((width, height))
    return Image.merge("RGB", (red, green, _grain(width, height)))


def test_24_megapixel_photo_is_downscaled_and_fits(tmp_path: Path):
    path = tmp_path / "IMG_2034.JPG"
    path.write_bytes(_jpeg(_camera_photo(6000, 4000), exif=_exif(1, gps=True)))

    draft = prepare_photo(path)

    _valid(draft)
    assert (draft.width, draft.height) == (2560, 1707)
    assert draft.mime == "image/jpeg"
    assert len(draft.data) < PHOTO_MAX_BYTES
    assert len(draft.data) < path.stat().st_size


def test_large_portrait_with_orientation_is_downscaled_upright():
    data = _jpeg(_camera_photo(4000, 3000), exif=_exif(6))
    draft = prepare_photo_bytes(data)
    assert (draft.width, draft.height) == (1920, 2560)


def test_small_photo_is_not_enlarged():
    draft = prepare_photo_bytes(_jpeg(_camera_photo(640, 480)))
    assert (draft.width, draft.height) == (640, 480)


def test_long_edge_is_capped_for_panoramas():
    draft = prepare_photo_bytes(_jpeg(_camera_photo(8000, 1000)))
    assert max(draft.width, draft.height) == MAX_EDGE
    assert (draft.width, draft.height) == (2560, 320)


# ---------------------------------------------------------------- metadata (DSGVO)
def test_gps_and_other_metadata_are_gone(tmp_path: Path):
    source = _jpeg(
        _two_colour(800, 600), exif=_exif(1, gps=True), comment=b"Aufnahme von Max Mustermann"
    )
    assert Image.open(io.BytesIO(source)).getexif().get_ifd(GPS_IFD)  # the test's premise

    draft = prepare_photo_bytes(source)

    image = _decoded(draft.data)
    exif = image.getexif()
    assert not exif.get_ifd(GPS_IFD)
    assert ExifTags.Base.Make not in exif
    assert "comment" not in image.info
    assert b"Testphone" not in draft.data
    assert b"Mustermann" not in draft.data
    assert b"Exif" not in draft.data


def test_png_text_chunks_and_exif_are_gone():
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Erika Musterfrau")
    out = io.BytesIO()
    _two_colour(200, 100).save(out, "PNG", pnginfo=info, exif=_exif(1, gps=True))
    draft = prepare_photo_bytes(out.getvalue())
    assert draft.mime == "image/png"
    assert b"Musterfrau" not in draft.data
    assert b"eXIf" not in draft.data
    assert not _decoded(draft.data).getexif()


# ---------------------------------------------------------------- formats
def test_png_with_transparency_stays_png_with_its_alpha():
    image = Image.new("RGBA", (300, 200), (0, 0, 0, 0))
    image.paste((10, 120, 60, 255), (0, 0, 150, 200))
    draft = prepare_photo_bytes(_png(image))
    _valid(draft)
    assert draft.mime == "image/png"
    decoded = _decoded(draft.data)
    assert decoded.mode == "RGBA"
    assert decoded.getpixel((250, 100))[3] == 0
    assert decoded.getpixel((50, 100)) == (10, 120, 60, 255)


def test_gif_with_transparent_colour_becomes_png_with_alpha():
    image = Image.new("P", (120, 80), 0)
    image.putpalette([255, 255, 255, 200, 0, 0] + [0] * 762)
    image.paste(1, (0, 0, 60, 80))
    out = io.BytesIO()
    image.save(out, "GIF", transparency=0)
    draft = prepare_photo_bytes(out.getvalue())
    assert draft.mime == "image/png"
    assert _decoded(draft.data).convert("RGBA").getpixel((100, 40))[3] == 0


def test_opaque_alpha_channel_is_no_transparency():
    """A phone screenshot is RGBA with every pixel opaque: no alpha channel is kept, and
    a large one becomes a JPEG."""
    screenshot = _two_colour(1200, 800).convert("RGBA")
    small = prepare_photo_bytes(_png(screenshot))
    assert (small.mime, _decoded(small.data).mode) == ("image/png", "RGB")

    opaque = Image.new("L", (1200, 800), 255)
    photo_like = Image.merge("RGBA", [*(_grain(1200, 800, 256) for _ in range(3)), opaque])
    large = prepare_photo_bytes(_png(photo_like))
    assert large.mime == "image/jpeg"


def test_small_lossless_image_stays_png_and_large_one_becomes_jpeg():
    diagram = Image.new("RGB", (1200, 800), "white")
    diagram.paste((0, 121, 107), (100, 100, 600, 300))
    small = prepare_photo_bytes(_png(diagram))
    assert small.mime == "image/png"

    photo_like = _png(Image.merge("RGB", [_grain(1200, 800, 256) for _ in range(3)]))
    assert len(photo_like) > SMALL_PNG_BYTES  # the test's premise
    large = prepare_photo_bytes(photo_like)
    _valid(large)
    assert large.mime == "image/jpeg"


def test_webp_and_cmyk_become_rgb_jpeg():
    out = io.BytesIO()
    _two_colour(300, 200).save(out, "WEBP")
    assert prepare_photo_bytes(out.getvalue()).mime == "image/jpeg"
    cmyk = prepare_photo_bytes(_jpeg(_two_colour(300, 200).convert("CMYK")))
    assert _decoded(cmyk.data).mode == "RGB"


def test_colour_profile_is_kept_for_rgb_and_dropped_after_conversion():
    from PIL import ImageCms

    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    kept = prepare_photo_bytes(_jpeg(_two_colour(300, 200), icc_profile=srgb))
    assert _decoded(kept.data).info.get("icc_profile") == srgb
    fake_cmyk_profile = b"\x00" * 128 + b"acsp" + b"\x00" * 200
    cmyk = _jpeg(_two_colour(300, 200).convert("CMYK"), icc_profile=fake_cmyk_profile)
    assert "icc_profile" not in _decoded(prepare_photo_bytes(cmyk).data).info


def test_16_bit_greyscale_scan_is_not_washed_out():
    image = Image.new("I", (100, 100), 0)
    image.paste(32768, (0, 0, 50, 100))  # left half mid grey, right half black
    image = image.convert("I;16")
    assert image.convert("RGB").getpixel((25, 50)) == (255, 255, 255)  # the naive way
    out = io.BytesIO()
    image.save(out, "PNG")
    decoded = _decoded(prepare_photo_bytes(out.getvalue()).data).convert("L")
    assert 100 < decoded.getpixel((25, 50)) < 160
    assert decoded.getpixel((75, 50)) < 20


# ---------------------------------------------------------------- what is refused
def _kind(data: bytes) -> PhotoErrorKind:
    with pytest.raises(PhotoError) as caught:
        prepare_photo_bytes(data)
    return caught.value.kind


def test_text_file_is_not_an_image(tmp_path: Path):
    path = tmp_path / "notizen.jpg"
    path.write_text("Nur ein paar Notizen, kein Foto.\n", encoding="utf-8")
    with pytest.raises(PhotoError) as caught:
        prepare_photo(path)
    assert caught.value.kind is PhotoErrorKind.NOT_AN_IMAGE


def test_truncated_jpeg_is_damaged():
    data = _jpeg(_camera_photo(800, 600))
    assert _kind(data[: len(data) // 2]) is PhotoErrorKind.DAMAGED
    assert _kind(data[:40]) is PhotoErrorKind.DAMAGED  # cut inside the header


def test_empty_file_is_empty(tmp_path: Path):
    path = tmp_path / "leer.jpg"
    path.write_bytes(b"")
    with pytest.raises(PhotoError) as caught:
        prepare_photo(path)
    assert caught.value.kind is PhotoErrorKind.EMPTY


def test_missing_file_and_folder_are_unreadable(tmp_path: Path):
    for path in (tmp_path / "gibt-es-nicht.jpg", tmp_path):
        with pytest.raises(PhotoError) as caught:
            prepare_photo(path)
        assert caught.value.kind is PhotoErrorKind.UNREADABLE


def test_heic_and_pdf_are_unsupported():
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 100
    assert _kind(heic) is PhotoErrorKind.UNSUPPORTED
    assert _kind(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + b"0" * 100) is PhotoErrorKind.UNSUPPORTED
    out = io.BytesIO()
    Image.new("RGB", (16, 16)).save(out, "ICO")
    assert _kind(out.getvalue()) is PhotoErrorKind.UNSUPPORTED


def _png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width``×``height`` pixels."""
    data = bytearray(_png(Image.new("L", (1, 1))))
    header = b"IHDR" + struct.pack(">II", width, height) + bytes(data[24:29])
    data[12:29] = header
    data[29:33] = struct.pack(">I", zlib.crc32(header))
    return bytes(data)


@pytest.mark.parametrize("size", [(12_000, 10_000), (30_000, 30_000)])
def test_decompression_bomb_is_refused_before_decoding(size: tuple[int, int]):
    assert _kind(_png_claiming(*size)) is PhotoErrorKind.TOO_MANY_PIXELS


def test_error_says_what_went_wrong_in_english_for_the_log():
    with pytest.raises(PhotoError, match="not_an_image"):
        prepare_photo_bytes(b"hello")

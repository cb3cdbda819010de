"""Where the report font is looked for, on each platform, and what to do when none is there.

The places are a value (``FontPlaces``), not read inside the search, so the search runs the
same over a Windows, macOS or Linux tree anywhere (the tests point it at temporary folders).
Only TrueType outlines can be embedded by reportlab: the names below are TrueType files (.ttf,
or .ttc collections of them); a CFF-flavoured OpenType font found anyway is skipped when loaded.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PLATFORMS = ("windows", "macos", "linux")
FONT_SUFFIXES = (".ttf", ".ttc", ".otf")

# Preferred first. Simplified-first fonts also carry the Traditional characters (and the other
# way round), so each list is followed by the other script's as a fallback; the coverage check
# decides in the end.
SIMPLIFIED = {
    "windows": ("msyh.ttc", "msyh.ttf", "simsun.ttc", "simhei.ttf", "simkai.ttf"),
    # STHeiti: TrueType outlines; PingFang and Hiragino are CFF on some releases (then skipped).
    "macos": ("STHeiti Medium.ttc", "STHeiti Light.ttc", "Songti.ttc", "PingFang.ttc"),
    "linux": (
        "wqy-microhei.ttc",
        "wqy-zenhei.ttc",
        "DroidSansFallbackFull.ttf",
        "DroidSansFallback.ttf",
        "gbsn00lp.ttf",  # AR PL SungtiL GB
        "gkai00mp.ttf",  # AR PL KaitiM GB
    ),
}
TRADITIONAL = {
    "windows": ("msjh.ttc", "msjh.ttf", "mingliu.ttc", "kaiu.ttf"),
    "macos": ("Apple LiGothic Medium.ttf", "Apple LiSung Light.ttf", "LiHeiPro.ttf"),
    "linux": ("uming.ttc", "ukai.ttc", "bsmi00lp.ttf", "bkai00mp.ttf"),  # AR PL families
}


@dataclass(frozen=True)
class FontPlaces:
    """Where to look: a platform's font folders (searched with their subfolders) and the
    folder of the font shipped inside the bundle (``resources/fonts``), if any."""

    platform: str
    folders: tuple[Path, ...]
    bundled: Path | None = None


def current_platform() -> str:
    if sys.platform.startswith("win"):
        return "windows"
    return "macos" if sys.platform == "darwin" else "linux"


def font_places(platform: str | None = None) -> FontPlaces:
    """This machine's font folders (or another platform's usual ones, by name)."""
    platform = platform or current_platform()
    home = Path.home()
    if platform == "windows":
        windir = Path(os.environ.get("WINDIR", "C:/Windows"))
        local = os.environ.get("LOCALAPPDATA")
        per_user = (Path(local) / "Microsoft" / "Windows" / "Fonts",) if local else ()
        folders: tuple[Path, ...] = (windir / "Fonts", *per_user)
    elif platform == "macos":
        folders = (Path("/System/Library/Fonts"), Path("/Library/Fonts"), home / "Library/Fonts")
    else:
        data_home = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
        folders = (
            Path("/usr/share/fonts"),
            Path("/usr/local/share/fonts"),
            data_home / "fonts",
            home / ".fonts",
        )
    return FontPlaces(platform, folders, bundled_fonts_folder())


def bundled_fonts_folder() -> Path | None:
    """``resources/fonts`` of a PyInstaller bundle (build.py --font); none in a checkout."""
    bundled = getattr(sys, "_MEIPASS", None)
    return Path(bundled) / "resources" / "fonts" if bundled else None


def preferred_names(platform: str, language: str) -> tuple[str, ...]:
    """The platform's font files for a report in ``language``, best first."""
    simplified, traditional = SIMPLIFIED.get(platform, ()), TRADITIONAL.get(platform, ())
    if language == "zh-Hant":
        return traditional + simplified
    return simplified + traditional


def candidates(places: FontPlaces, language: str) -> Iterator[Path]:
    """Font files to try, in order: the bundled one(s), then the platform's by preference."""
    if places.bundled is not None and places.bundled.is_dir():
        yield from sorted(p for p in places.bundled.iterdir() if p.suffix.lower() in FONT_SUFFIXES)
    found = _files_by_name(places.folders)
    for name in preferred_names(places.platform, language):
        if name.lower() in found:
            yield found[name.lower()]


def _files_by_name(folders: tuple[Path, ...]) -> dict[str, Path]:
    """Every font file under the folders, by lower-case name (Windows and macOS folders are
    case-insensitive; fontconfig's trees nest by family: /usr/share/fonts/truetype/wqy/)."""
    found: dict[str, Path] = {}
    for folder in folders:
        for root, _dirs, files in os.walk(folder):
            for name in sorted(files):
                if name.lower().endswith(FONT_SUFFIXES):
                    found.setdefault(name.lower(), Path(root) / name)
    return found


def how_to_get_a_font(platform: str) -> str:
    """What to do on ``platform`` when no report font was found, in English (the window says
    the same in the user's language: ui/messages.py, by the error's ``platform``)."""
    setting = "or name a TrueType font (.ttf/.ttc) with `fieldapp settings set report_font PATH`"
    if platform == "windows":
        return (
            "Windows normally has Microsoft YaHei (msyh.ttc) in C:\\Windows\\Fonts: add the "
            "Chinese Supplemental Fonts (Settings > Apps > Optional features > Add a feature), "
            + setting
            + "."
        )
    if platform == "macos":
        return (
            "macOS normally has STHeiti and Songti in /System/Library/Fonts: restore them in "
            "Font Book (File > Restore Standard Fonts), " + setting + "."
        )
    return (
        "Install WenQuanYi Micro Hei (Debian/Ubuntu: `sudo apt install fonts-wqy-microhei`; "
        "Fedora: `sudo dnf install wqy-microhei-fonts`), "
        + setting
        + ". OpenType fonts with CFF outlines (Noto Sans CJK .otf/.ttc) cannot be embedded."
    )

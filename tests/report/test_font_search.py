"""Each branch of the report font search, over fake font folders of each platform.

The folders are temporary trees laid out like Windows', macOS' and Linux' font folders, holding
copies of real fonts under the platform's file names: WenQuanYi Micro Hei (TrueType, Chinese
and Latin) and DejaVu Sans (TrueType, no Chinese). The search takes its places as a value, so
nothing of the machine's own folders or functions is replaced.
"""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import pytest

from fieldapp.report.font_search import FontPlaces, font_places
from fieldapp.report.fonts import FONT_ENV, ReportFontError, ReportFontMissing, font_for

CJK = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
LATIN_ONLY = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
HANS = {"language": "zh-Hans", "notes": "现场查勘 报案号"}
HANT = {"language": "zh-Hant", "notes": "現場查勘 報案號"}


@pytest.fixture(autouse=True)
def no_font_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(FONT_ENV, raising=False)


def put(font: Path, where: Path) -> Path:
    """A copy of a real font file at ``where`` (made with its folders)."""
    where.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(font, where)
    return where


def cff_opentype(where: Path) -> Path:
    """An OpenType font whose outlines are CFF: sfnt version 'OTTO' and a 'CFF ' table, as
    Noto Sans CJK's .otf files begin. reportlab can embed only TrueType outlines."""
    cff = bytes([1, 0, 4, 2]) + bytes(12)
    header = b"OTTO" + struct.pack(">HHHH", 1, 16, 0, 0)
    record = b"CFF " + struct.pack(">III", 0, 12 + 16, len(cff))
    where.parent.mkdir(parents=True, exist_ok=True)
    where.write_bytes(header + record + cff)
    return where


def windows(tmp_path: Path) -> tuple[Path, Path]:
    """%WINDIR%\\Fonts and %LOCALAPPDATA%\\Microsoft\\Windows\\Fonts."""
    return tmp_path / "Windows" / "Fonts", tmp_path / "Local" / "Microsoft" / "Windows" / "Fonts"


def test_windows_yahei_for_simplified_and_jhenghei_for_traditional(tmp_path: Path) -> None:
    system, per_user = windows(tmp_path)
    yahei = put(CJK, system / "msyh.ttc")
    put(CJK, system / "simsun.ttc")
    jhenghei = put(CJK, per_user / "msjh.ttc")  # installed for this user only
    places = FontPlaces("windows", (system, per_user))
    assert font_for(HANS, places=places).path == yahei.resolve()
    assert font_for(HANT, places=places).path == jhenghei.resolve()
    assert font_for({"language": "en"}, places=places).path == yahei.resolve()


def test_windows_folders_come_from_windir_and_localappdata(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WINDIR", str(tmp_path / "Windows"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "Local"))
    assert font_places("windows").folders == windows(tmp_path)
    simsun = put(CJK, windows(tmp_path)[1] / "SIMSUN.TTC")  # Windows' names ignore case
    assert font_for(HANS, places=font_places("windows")).path == simsun.resolve()


def test_traditional_report_takes_a_simplified_font_that_covers_it(tmp_path: Path) -> None:
    system, _ = windows(tmp_path)
    yahei = put(CJK, system / "msyh.ttc")
    assert font_for(HANT, places=FontPlaces("windows", (system,))).path == yahei.resolve()


def test_macos_heiti_before_songti_in_nested_and_user_folders(tmp_path: Path) -> None:
    system, library, user = (
        tmp_path / "System/Library/Fonts",
        tmp_path / "Library/Fonts",
        tmp_path / "home/Library/Fonts",
    )
    songti = put(CJK, system / "Supplemental" / "Songti.ttc")
    places = FontPlaces("macos", (system, library, user))
    assert font_for(HANS, places=places).path == songti.resolve()
    heiti = put(CJK, user / "STHeiti Medium.ttc")
    assert font_for(HANS, places=places).path == heiti.resolve()
    lisung = put(CJK, library / "Apple LiSung Light.ttf")
    assert font_for(HANT, places=places).path == lisung.resolve()


def test_linux_fontconfig_trees_and_arphic_for_traditional(tmp_path: Path) -> None:
    usr, local, user = (
        tmp_path / "usr/share/fonts",
        tmp_path / "usr/local/share/fonts",
        tmp_path / "home/.local/share/fonts",
    )
    microhei = put(CJK, usr / "truetype" / "wqy" / "wqy-microhei.ttc")
    uming = put(CJK, user / "uming.ttc")
    places = FontPlaces("linux", (usr, local, user))
    assert font_for(HANS, places=places).path == microhei.resolve()
    assert font_for(HANT, places=places).path == uming.resolve()


def test_a_cff_opentype_font_is_skipped(tmp_path: Path) -> None:
    system, _ = windows(tmp_path)
    cff_opentype(system / "msyh.ttc")  # first in Windows' list, but not embeddable
    simsun = put(CJK, system / "simsun.ttc")
    assert font_for(HANS, places=FontPlaces("windows", (system,))).path == simsun.resolve()


def test_a_font_without_the_documents_characters_is_passed_over(tmp_path: Path) -> None:
    usr = tmp_path / "fonts"
    put(LATIN_ONLY, usr / "DroidSansFallbackFull.ttf")  # found first, but draws no Chinese
    zenhei = put(CJK, usr / "wqy-zenhei.ttc")
    places = FontPlaces("linux", (usr,))
    assert font_for(HANS, places=places).path == zenhei.resolve()
    with pytest.raises(ReportFontError) as refused:  # a Chinese font, short of one character
        font_for({**HANS, "place": "𠀀村"}, places=places)
    assert refused.value.code == "report_font" and refused.value.params["gaps"] == "𠀀"
    zenhei.unlink()
    with pytest.raises(ReportFontMissing):  # a Latin font alone is no report font
        font_for(HANS, places=places)


def test_the_bundled_font_comes_before_the_platforms(tmp_path: Path) -> None:
    system, _ = windows(tmp_path)
    put(CJK, system / "msyh.ttc")
    bundled = put(CJK, tmp_path / "bundle" / "resources" / "fonts" / "wqy-microhei.ttc")
    (bundled.parent / "LICENSE").write_text("its licence, shipped beside it")  # not a font
    places = FontPlaces("windows", (system,), bundled=bundled.parent)
    assert font_for(HANT, places=places).path == bundled.resolve()


def test_the_setting_comes_first_and_the_environment_before_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundled = put(CJK, tmp_path / "fonts" / "bundled.ttc")
    places = FontPlaces("linux", (), bundled=bundled.parent)
    chosen = put(CJK, tmp_path / "chosen" / "mine.ttc")
    assert font_for(HANS, setting=chosen, places=places).path == chosen.resolve()
    override = put(CJK, tmp_path / "override" / "env.ttc")
    monkeypatch.setenv(FONT_ENV, str(override))
    assert font_for(HANS, setting=chosen, places=places).path == override.resolve()


def test_a_chosen_font_that_cannot_serve_is_refused_not_passed_over(tmp_path: Path) -> None:
    usr = tmp_path / "fonts"
    put(CJK, usr / "wqy-microhei.ttc")
    places = FontPlaces("linux", (usr,))
    for chosen in (
        tmp_path / "gone.ttc",
        cff_opentype(tmp_path / "NotoSansCJK-Regular.otf"),
        put(LATIN_ONLY, tmp_path / "DejaVuSans.ttf"),
    ):
        with pytest.raises(ReportFontError) as refused:
            font_for(HANS, setting=chosen, places=places)
        assert chosen.name in refused.value.message


@pytest.mark.parametrize(
    ("platform", "fix"),
    [
        ("linux", "sudo apt install fonts-wqy-microhei"),
        ("windows", "Chinese Supplemental Fonts"),
        ("macos", "Restore Standard Fonts"),
    ],
)
def test_no_font_anywhere_says_how_to_fix_it_on_that_platform(
    tmp_path: Path, platform: str, fix: str
) -> None:
    empty = tmp_path / "fonts"
    cff_opentype(empty / "NotoSansCJK-Regular.ttc")  # what a Linux may have: not embeddable
    with pytest.raises(ReportFontMissing) as refused:
        font_for(HANS, places=FontPlaces(platform, (empty, tmp_path / "absent")))
    assert refused.value.code == "report_font_missing"
    assert refused.value.params["platform"] == platform
    assert fix in refused.value.message
    assert "fieldapp settings set report_font PATH" in refused.value.message

"""Build the one-folder bundle: ``python build_spec/build.py [--font FONT.ttc [--font-licence F]]``.

Stages what the build makes (compiled translations, the icon's sizes, build-info.json, the Linux
.desktop entry) in build/stage/, runs PyInstaller on build_spec/fieldapp.spec into dist/fieldapp/,
and prints the bundle's size. Nothing it makes is committed (build/ and dist/ are ignored).
"""

from __future__ import annotations

import argparse
import datetime
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGE = ROOT / "build" / "stage"
DIST = ROOT / "dist"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

DESKTOP_ENTRY = """[Desktop Entry]
Type=Application
Name=fieldapp
Name[zh_CN]=fieldapp 现场查勘
Name[zh_TW]=fieldapp 現場查勘
Comment=On-site loss survey with signed PDF reports
Comment[zh_CN]=现场查勘，生成带数字签名的 PDF 定损报告
Comment[zh_TW]=現場查勘，產生具數位簽章的 PDF 定損報告
Exec=fieldapp
Icon=fieldapp
Terminal=false
Categories=Office;
"""


def stage_translations() -> None:
    sys.path.insert(0, str(ROOT / "build_spec"))
    from translations import compile_to

    compile_to(STAGE / "resources" / "i18n")


def stage_icons() -> None:
    """PNG sizes for Linux and the window, an .ico for Windows, from the one SVG source."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import QBuffer, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (Qt needs it alive)
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "fieldapp.svg"))
    out = STAGE / "resources" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    pngs = {}
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(out / f"fieldapp-{size}.png"))
        buffer = QBuffer()
        buffer.open(QBuffer.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        pngs[size] = Image.open(io.BytesIO(bytes(buffer.data())))
    pngs[256].save(out / "fieldapp.ico", sizes=[(s, s) for s in ICON_SIZES if s <= 256])


def stage_build_info() -> None:
    from fieldapp.build_info import BUILD_INFO_FILE, source_commit

    info = {
        "commit": source_commit(ROOT),
        "built": datetime.datetime.now(datetime.UTC).date().isoformat(),
    }
    (STAGE / "resources" / BUILD_INFO_FILE).write_text(json.dumps(info), encoding="utf-8")


def stage_font(font: Path, licence: Path | None) -> None:
    """The CJK font shipped in the bundle (resources/fonts/, found there by report/fonts.py
    before the system's) with its licence: checked as the report would use it, refused without
    a licence to ship beside it."""
    sys.path.insert(0, str(ROOT))
    from fieldapp.errors import FieldappError
    from fieldapp.services.report_settings import check_report_font

    try:
        check_report_font(font)  # TrueType outlines, every fixed word of the report
    except FieldappError as error:
        raise SystemExit(f"--font: {error.message}") from None
    beside = sorted(font.parent.glob("*LICEN[CS]E*")) + sorted(font.parent.glob("COPYING*"))
    licences = [licence] if licence else beside
    if not licences:
        raise SystemExit(
            f"--font: no licence beside {font}; give it with --font-licence FILE (WenQuanYi "
            "Micro Hei on Debian: /usr/share/doc/fonts-wqy-microhei/copyright)"
        )
    folder = STAGE / "resources" / "fonts"
    folder.mkdir(parents=True)
    shutil.copyfile(font, folder / font.name)
    for each in licences:
        shutil.copyfile(each, folder / f"{font.stem}-{each.name}")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--font", type=Path, help="a CJK TrueType font to ship in the bundle")
    parser.add_argument(
        "--font-licence", type=Path, help="its licence (default: *LICENSE*/COPYING* beside it)"
    )
    args = parser.parse_args()
    shutil.rmtree(STAGE, ignore_errors=True)
    (STAGE / "resources").mkdir(parents=True)
    stage_translations()
    stage_icons()
    stage_build_info()
    if args.font:
        stage_font(args.font.resolve(), args.font_licence)
    env = {**os.environ, "FIELDAPP_STAGE": str(STAGE)}
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"),
         str(ROOT / "build_spec" / "fieldapp.spec")],
        check=True, env=env, cwd=ROOT,
    )  # fmt: skip
    bundle = DIST / "fieldapp"
    (bundle / "fieldapp.desktop").write_text(DESKTOP_ENTRY, encoding="utf-8")
    print(f"bundle={bundle} size_mb={folder_size(bundle) / 1e6:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Keep the window's catalogues in step with the code.

    python build_spec/translations.py update    # lupdate over fieldapp/ui, then fill en
    python build_spec/translations.py fill TABLE.json   # {source: {"zh_CN": …, "zh_TW": …}}
    python build_spec/translations.py check     # what is unfinished, vanished or empty
    python build_spec/translations.py compile OUT_DIR   # .qm files, for the bundle

`update` runs PySide6's lupdate on every module of fieldapp/ui into resources/i18n/*.ts, drops
entries whose source vanished, and marks the English catalogue finished with each source as its
translation (English is the source language). Chinese entries are translated by hand in the .ts
files (Qt Linguist: `pyside6-linguist resources/i18n/fieldapp_zh_CN.ts`).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
CATALOGUES = ("zh_CN", "zh_TW", "en")
QT_TOOLS = Path(PySide6.__file__).parent


def catalogue(language: str) -> Path:
    return I18N / f"fieldapp_{language}.ts"


def update() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "fieldapp" / "ui").rglob("*.py"))
    for language in CATALOGUES:
        subprocess.run(
            [str(QT_TOOLS / "lupdate"), *sources, "-ts", str(catalogue(language)), "-no-obsolete",
             "-locations", "none", "-target-language", language],
            cwd=ROOT,
            check=True,
        )  # fmt: skip
    fill_english()


def fill_english() -> None:
    path = catalogue("en")
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            # English: one, many; a source writes its plural as "photo(s)", said properly here
            for form in (source.replace("(s)", ""), source.replace("(s)", "s")):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
    tree.write(path, encoding="utf-8", xml_declaration=True)


def fill(table: Path) -> None:
    """Translations from a JSON table {source: {"zh_CN": text, "zh_TW": text}} (a source in
    several contexts gets the same text in each); entries it names become finished."""
    import json

    wanted = json.loads(table.read_text(encoding="utf-8"))
    for language in ("zh_CN", "zh_TW"):
        path = catalogue(language)
        tree = ET.parse(path)
        for message in tree.getroot().iter("message"):
            text = wanted.get(message.findtext("source") or "", {}).get(language)
            translation = message.find("translation")
            if not text or translation is None:
                continue
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for form in list(translation):
                    translation.remove(form)
                ET.SubElement(translation, "numerusform").text = text  # Chinese: one form
            else:
                translation.text = text
        tree.write(path, encoding="utf-8", xml_declaration=True)


def problems(language: str) -> list[str]:
    """Entries that would show untranslated: unfinished, vanished, obsolete or empty."""
    found = []
    for context in ET.parse(catalogue(language)).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            texts = (
                [f.text for f in translation.iter("numerusform")] or [translation.text]
                if translation is not None
                else []
            )
            if kind in ("unfinished", "vanished", "obsolete", "missing") or not all(texts):
                found.append(f"{language} {name}: {source!r} ({kind or 'empty'})")
    return found


def compile_to(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for language in CATALOGUES:
        subprocess.run(
            [str(QT_TOOLS / "lrelease"), str(catalogue(language)), "-qm",
             str(out / f"fieldapp_{language}.qm")],
            check=True,
        )  # fmt: skip


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "update":
        update()
    elif command == "fill":
        fill(Path(sys.argv[2]))
    elif command == "compile":
        compile_to(Path(sys.argv[2]))
    listed = [p for language in CATALOGUES for p in problems(language)]
    print("\n".join(listed) or "every entry translated")
    sys.exit(1 if listed and command == "check" else 0)

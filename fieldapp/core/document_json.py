"""Reading a survey document's JSON text strictly: what JSON allows but no survey document
holds is refused with its JSON path, before the schema is asked.

Python's reader keeps the last of two equal keys, turns ``NaN`` and ``Infinity`` into floats,
reads integers of thousands of digits and strings with lone surrogates (``"\\ud800"``); each of
these would be silently taken or fail later, far from its cause.
"""

from __future__ import annotations

import json
import math
import re
import sys
from typing import Any

from fieldapp.core.visible_text import excerpt
from fieldapp.errors import InvalidSurveyDocument

# A survey document nests five levels (photos[].annotations[].points[]); a little room beyond.
MAX_DEPTH = 16
# No integer of a survey document is longer (revisions, pixel sizes, event numbers).
MAX_INTEGER_DIGITS = 15
_SURROGATE = re.compile("[\ud800-\udfff]")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class _Refused:
    """Stands in the parsed tree where a value was refused, so its path can be named."""

    def __init__(self, why: str) -> None:
        self.why = why


class _WithDuplicate(dict[str, Any]):
    def __init__(self, pairs: dict[str, Any], key: str) -> None:
        super().__init__(pairs)
        self.duplicate = key


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    duplicate = None
    for key, value in pairs:
        if key in result and duplicate is None:
            duplicate = key
        result[key] = value
    return _WithDuplicate(result, duplicate) if duplicate is not None else result


def _integer(text: str) -> int | _Refused:
    if len(text.lstrip("-")) > MAX_INTEGER_DIGITS:
        return _Refused(
            f"a number of {len(text.lstrip('-')):,} digits; no survey value has more than "
            f"{MAX_INTEGER_DIGITS}"
        )
    return int(text)


def _float(text: str) -> float | _Refused:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        return _Refused(f"the number {excerpt(text)} is too large")
    return value


def _constant(name: str) -> _Refused:
    return _Refused(f"{name} is not a number (JSON has no {name})")


def parse_survey_json(text: str) -> Any:
    """The document in ``text``, or InvalidSurveyDocument naming where it is wrong."""
    try:
        document = json.loads(
            text,
            object_pairs_hook=_object,
            parse_int=_integer,
            parse_float=_float,
            parse_constant=_constant,
        )
    except json.JSONDecodeError as exc:
        raise InvalidSurveyDocument(
            path="$", detail=f"not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except RecursionError:
        # The JSON parser stops at Python's recursion limit; no survey document nests that deep.
        raise InvalidSurveyDocument(
            path="$", detail="nested more deeply than any survey document is"
        ) from None
    except ValueError:
        # The one other ValueError of json.loads: an integer longer than Python converts.
        raise InvalidSurveyDocument(
            path="$",
            detail=f"holds a number of more than {sys.get_int_max_str_digits()} digits",
        ) from None
    check_document_values(document)
    return document


def check_document_values(node: Any, path: str = "$", depth: int = 0) -> None:
    """Refuse, with its path, what no survey document holds: a duplicate key, nesting beyond
    MAX_DEPTH, a refused number, a lone surrogate in a key or a text."""
    if isinstance(node, _Refused):
        raise InvalidSurveyDocument("document_value", path=path, detail=node.why)
    if isinstance(node, str):
        if _SURROGATE.search(node):
            raise InvalidSurveyDocument(
                "document_value",
                path=path,
                detail="holds a lone surrogate (a \\ud800-\\udfff escape), which is no character",
            )
        return
    if isinstance(node, float) and not math.isfinite(node):  # built by a program, not read
        raise InvalidSurveyDocument(
            "document_value", path=path, detail=f"{node} is not a number JSON can hold"
        )
    if not isinstance(node, dict | list):
        return
    if depth >= MAX_DEPTH:
        raise InvalidSurveyDocument(
            "document_value",
            path=path,
            detail=f"nested more than {MAX_DEPTH} levels deep; no survey document is",
        )
    if isinstance(node, _WithDuplicate):
        raise InvalidSurveyDocument(
            "document_value",
            path=path,
            detail=f"the key {excerpt(node.duplicate)!r} appears twice; a document names "
            "each value once",
        )
    if isinstance(node, list):
        for index, item in enumerate(node):
            check_document_values(item, f"{path}[{index}]", depth + 1)
        return
    for key, value in node.items():
        if _SURROGATE.search(key):
            raise InvalidSurveyDocument(
                "document_value", path=path, detail="a key holds a lone surrogate"
            )
        where = f"{path}.{key}" if _NAME.match(key) else f"{path}[{excerpt(key)!r}]"
        check_document_values(value, where, depth + 1)

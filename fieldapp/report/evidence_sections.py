"""The report's evidence: the photos with their captions, the damage items and the assessment."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fieldapp.report.formatting import amount, listed, money
from fieldapp.report.photo_frame import (
    PictureSource,
    annotated_photo,
    photo_grid,
    picture_box,
    picture_missing,
)
from fieldapp.report.story import StoryBase


class EvidenceSections(StoryBase):
    def photos(self, display_copies: Mapping[str, PictureSource]) -> list[Any]:
        from reportlab.lib.units import mm

        story: list[Any] = [self.p(self.t("photos"), "h1")]
        shows: dict[str, list[str]] = {}
        for item in self.doc["damage_items"]:
            for photo_id in item["photo_ids"]:
                shows.setdefault(photo_id, []).append(item["description"])
        cells = []
        for photo in self.doc["photos"]:
            # When and where it was taken, as far as the camera said; no line when it said neither.
            taken = [self.when(photo["captured_at"])] if photo["captured_at"] else []
            if photo["latitude"] is not None:
                taken.append(f"{photo['latitude']:.5f}, {photo['longitude']:.5f}")
            copy = display_copies.get(photo["sha256"])
            picture = (
                annotated_photo(copy, photo["annotations"], 86 * mm, 62 * mm, self.font)
                if copy is not None
                else picture_missing(
                    self.p(self.t("picture_damaged"), "small"), 86 * mm, 62 * mm, self.font
                )
            )
            shown = shows.get(photo["photo_id"])
            cells.append(
                [
                    picture_box(picture, 86 * mm, 62 * mm, self.font),
                    self.p(photo["caption"], "caption") if photo["caption"] else None,
                    self.p(self.labelled(self.t("taken"), " · ".join(taken)), "small")
                    if taken
                    else None,
                    self.p(
                        f"{self.c('category', photo['category'])} · SHA-256 {photo['sha256'][:12]}",
                        "small",
                    ),
                    self.p(self.labelled(self.t("shows"), listed(shown, self.language)), "small")
                    if shown
                    else None,
                ]
            )
        if cells:
            story += photo_grid(cells, self.font.name)
        return story

    def damage(self) -> list[Any]:
        from reportlab.lib.units import mm

        currency = self.doc["policy_terms"]["currency"]
        rows: list[list[Any]] = [
            [
                self.t("item"),
                self.t("method"),
                self.t("value"),
                self.t("depreciation"),
                self.t("salvage"),
                self.t("loss") + self.bracketed(currency),
            ]
        ]
        for item in self.doc["damage_items"]:
            # The method's name, then its figures on a line of their own.
            basis = [self.p(self.c("method", item["valuation_method"]))]
            if item["valuation_method"] == "replacement_cost":
                basis.append(self.p(f"{item['quantity']} × {amount(item['unit_cost'])}", "small"))
                if item["depreciation_percent"] not in ("0", "0.00"):
                    basis.append(
                        self.p(
                            self.labelled(
                                self.t("depreciation"),
                                f"{item['depreciation_percent']}%"
                                + self.bracketed(item["depreciation_basis"]),
                            ),
                            "small",
                        )
                    )
            elif item["appraiser"]:
                basis.append(
                    self.p(item["appraiser"] + self.bracketed(item["appraisal_basis"]), "small")
                )
            # An observation the surveyor did not give is printed as not stated.
            observed = ", ".join(
                (
                    self.c("severity", item["severity"] or "not_stated"),
                    self.c("action", item["action"] or "not_stated"),
                )
            )
            if self.language.startswith("zh"):
                observed = observed.replace(", ", "，")
            rows.append(
                [
                    [
                        self.p(f"{item['description']} / {item['area'] or '—'}"),
                        self.p(observed, "small"),
                        self.p(self.labelled(self.t("cause"), item["causal_link"]), "small"),
                    ],
                    basis,
                    *(
                        self.p(amount(item[k]), "amount")
                        for k in ("value", "depreciation", "salvage", "loss")
                    ),
                ]
            )
        if len(rows) == 1:
            return []
        return [
            *self.table_heading(self.t("damage")),
            self.table(rows, [50 * mm, 36 * mm, 23 * mm, 23 * mm, 23 * mm, 23 * mm]),
        ]

    def assessment(self) -> list[Any]:
        assessment = self.doc["assessment"]
        story = [self.p(self.t("assessment"), "h1")]
        story += [
            self.p(f"{n}. {step['explanation']}")
            for n, step in enumerate(assessment["steps"], start=1)
        ]
        story.append(
            self.p(
                self.labelled(
                    self.t("indemnity"),
                    money(assessment["indemnity"], self.doc["policy_terms"]["currency"]),
                ),
                "strong",
            )
        )
        return story

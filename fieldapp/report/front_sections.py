"""The report's first pages: the cover, the scene safety checklist, the parties and consents."""

from __future__ import annotations

from typing import Any

from fieldapp.core.checklist import ChecklistTemplate
from fieldapp.report.code_words import notice_name
from fieldapp.report.story import StoryBase


class FrontSections(StoryBase):
    def cover(self) -> list[Any]:
        from reportlab.lib.units import mm

        d, incident = self.doc, self.doc["incident"]
        place = incident["address"] or "—"
        if incident["latitude"] is not None:
            place += self.bracketed(f"{incident['latitude']:.5f}, {incident['longitude']:.5f}")
        rows = [
            [self.t("claim"), d["claim_number"]],
            [self.t("policy"), d["policy_number"] or "—"],
            [self.t("line"), self.c("line", d["line_of_business"])],
            [self.t("incident_time"), self.when(incident["occurred_at"])],
            [self.t("place"), place],
            [self.t("surveyor"), d["surveyor"]],
            [self.t("revision"), f"R{d['revision']}"],
            [self.t("finished"), self.when(d["finished_at"])],
            [self.t("language"), self.c("language", self.language)],
        ]
        redaction = self.t("masked" if d["redaction"] == "masked" else "full")
        return [
            self.p(self.t("title"), "title"),
            self.table(rows, [38 * mm, 140 * mm], header=False),
            self.p(redaction, "remark"),
            self.p(self.t("what_happened"), "h1"),
            self.p(incident["description"] or "—"),
        ]

    def safety(self, checklist: ChecklistTemplate) -> list[Any]:
        from reportlab.lib.units import mm

        answers = {a["item_id"]: a for a in self.doc["safety"]["answers"]}
        rows: list[list[Any]] = [[self.t("item"), self.t("answer"), self.t("note")]]
        for item in checklist.items:
            answer = answers.get(item.item_id)
            rows.append(
                [
                    item.text(self.language) + (" *" if item.required else ""),
                    self.c("answer", answer["answer"]) if answer else self.t("unanswered"),
                    answer["note"] if answer else "",
                ]
            )
        story = [
            *self.table_heading(self.t("safety")),
            self.table(rows, [95 * mm, 20 * mm, 63 * mm]),
        ]
        skip = self.doc["safety"]["emergency_skip"]
        if skip:
            story.append(
                self.p(
                    f"{self.t('emergency')}{skip['reason']}"
                    + self.bracketed(self.when(skip["recorded_at"])),
                    "strong",
                )
            )
        return story

    def parties(self) -> list[Any]:
        from reportlab.lib.units import mm

        rows: list[list[Any]] = [
            [self.t("role"), self.t("name"), self.t("phone"), self.t("details"), self.t("basis")]
        ]
        for party in self.doc["parties"]:
            details = " · ".join(
                party[k] for k in ("plate", "vehicle", "id_number") if party.get(k)
            )
            rows.append(
                [
                    self.c("role", party["role"]),
                    party["name"],
                    party["phone"] or "—",
                    details or "—",
                    self.c("basis", party["legal_basis"]),
                ]
            )
        consents: list[list[Any]] = [
            [self.t("name"), self.t("answer"), self.t("notice_shown"), self.t("given_at")]
        ]
        for consent in self.doc["consents"]:
            scope = f" + {self.t('sensitive')}" if consent["covers_sensitive"] else ""
            consents.append(
                [
                    consent["person_name"],
                    self.c("consent", consent["answer"]) + scope,
                    notice_name(consent["notice"], self.language)
                    + self.bracketed(self.c("language", consent["language"])),
                    self.when(consent["given_at"]),
                ]
            )
        return [
            *self.table_heading(self.t("parties")),
            self.table(rows, [28 * mm, 32 * mm, 30 * mm, 63 * mm, 25 * mm]),
            *self.table_heading(self.t("consent")),
            self.table(consents, [36 * mm, 34 * mm, 62 * mm, 46 * mm]),
        ]

"""The report's record: the facts to note (risk notes) and the event log's summary."""

from __future__ import annotations

from typing import Any

from fieldapp.report.formatting import listed
from fieldapp.report.story import StoryBase


class RecordSections(StoryBase):
    def risk_notes(self) -> list[Any]:
        """One entry per kind of note: its name, what it means, and every photo or item it
        concerns with its own figures, instead of a line per photo per note."""
        story = [self.p(self.t("risk"), "h1")]
        by_kind: dict[str, list[dict[str, str]]] = {}
        for note in self.doc["risk_notes"]:
            by_kind.setdefault(note["code"], []).append(note)
        if not by_kind:
            return [*story, self.p(self.t("no_risk"))]
        for code, notes in by_kind.items():
            story.append(self.p(f"{self.c('risk', code)}{self.bracketed(str(len(notes)))}", "h2"))
            story.append(self.p(self.c("risk_explained", code), "small"))
            story.append(
                self.p(
                    listed(
                        [self.labelled(n["subject"], n["detail"]) for n in notes],
                        self.language,
                    )
                )
            )
        return story

    def event_log(self) -> list[Any]:
        events = self.doc["events"]
        story = [self.p(self.t("log"), "h1")]
        if not events:
            return story
        kinds: dict[str, int] = {}
        for event in events:
            kinds[event["kind"]] = kinds.get(event["kind"], 0) + 1
        story.append(
            self.p(
                self.t(
                    "log_summary",
                    count=len(events),
                    first=self.when(events[0]["at"], in_survey_offset=True),
                    last=self.when(events[-1]["at"], in_survey_offset=True),
                    head=events[-1]["hash"][:16],
                )
            )
        )
        # In the order things first happened, each kind in words with how many times.
        counted = [f"{self.c('event', kind)} × {n}" for kind, n in kinds.items()]
        story.append(self.p(listed(counted, self.language), "small"))
        return story

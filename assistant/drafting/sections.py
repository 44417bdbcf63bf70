"""Section templates: one class per kind of section, each writing its core of facts and its prose.

The core is never left to a language model (the recommendation quoted verbatim, who it is for, the
action-plan rows with owner, date and status, counts, the Chief Constable's words); the prose is the
office's own recurring phrasing (``DraftContext.house``). A drafting approach (``composer.py``,
``llm.py``) takes the core from here and writes, or keeps, the prose. ``SECTIONS`` finds the template
for a planned section by its kind.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.drafting.context import (
    REPORT_KIND,
    DraftContext,
    S,
    SectionPlan,
    addressee_sentence,
    count_sentence,
    joined_addressee,
    recommendation_parents,
    said_once,
    sensitive_row_placeholder,
)
from assistant.drafting.plan import PlanRow
from assistant.drafting.realise import aim_of, with_aim
from assistant.drafting.records import Paragraph, Sentence
from assistant.drafting.refs import parse_ref_cell
from assistant.drafting.rows import RowWriter, decision_in
from assistant.drafting.text import long_date, lower_first, number_word
from assistant.drafting.verify import stated_totals


class SectionTemplate:
    """A kind of section. ``core``: the facts; ``prose``: the office's phrasing around them, which an
    approach with a language model writes instead; ``prose_first``: the prose leads (a welcome)."""

    kind: str
    prose_first = False

    def core(self, plan: SectionPlan, ctx: DraftContext) -> list[Paragraph]:
        return []

    def prose(self, plan: SectionPlan, ctx: DraftContext) -> list[Paragraph]:
        return []

    def arrange(self, core: list[Paragraph], prose: list[Paragraph]) -> list[Paragraph]:
        return prose + core if self.prose_first else core + prose


def stated_total(ctx: DraftContext) -> int | None:
    """The report's total as the OFFICIAL notes state it, when the inspection file lists fewer and
    gives no total of its own: the listed ones are then not presented as all of them."""
    insp = ctx.inspection
    if insp.total_recommendations is not None:
        return None
    stated = stated_totals(ctx.public_notes)
    larger = [n for n in stated if n > len(insp.recommendations)]
    parents = len(recommendation_parents(insp.recommendations))
    if not larger and parents < len(insp.recommendations) and parents in stated:
        ctx.notes.append(
            f"The action-plan notes say the report makes {parents} recommendations; the inspection lists "
            f"{len(insp.recommendations)}, some of them parts of one recommendation. The letter counts "
            "each recommendation once, as the notes do. Check this against the report."
        )
        return parents
    if not larger:
        return None
    total = max(larger)
    listed = ", ".join(r.id for r in insp.recommendations) or "none"
    others = sorted(
        {k for r in ctx.gathered.unmatched_rows for k in parse_ref_cell(r.fields.get("ref", ""))}
        - {"general"}
    )
    ctx.notes.append(
        f"The action-plan notes say the report makes {total} recommendations; the inspection lists "
        f"{len(insp.recommendations)} ({listed}). The letter says so. Add the others to the inspection if "
        "this response should answer them"
        + (f"; the notes have rows for {', '.join(others)}." if others else ".")
    )
    return total


class OpeningSection(SectionTemplate):
    """Introduction: the statute, whether the force was inspected, the count; the welcome first."""

    kind = "opening"
    prose_first = True

    def core(self, plan: SectionPlan, ctx: DraftContext) -> list[Paragraph]:
        w, insp, facts = ctx.wording, ctx.inspection, ctx.gathered.facts.sid
        sentences = [S(w["statute"], "template")]
        if insp.about_force(ctx.office.area_name):
            if ctx.office.area_name.lower() not in insp.title.lower():  # a title naming the force says it
                sentences.append(S(w["inspected"]["own"].format(force=ctx.force), "template", facts))
        else:
            visited = ctx.forces_visited()  # "Fieldwork in 6 forces" in the notes: the letter says six
            sentences.append(
                S(
                    w["inspected"]["yes" if insp.force_inspected else "no"].format(
                        force=ctx.force, forces=f"{number_word(visited[0])} " if visited else ""
                    ),
                    "template",
                    facts,
                    *visited[1:],
                )
            )
        stated = stated_total(ctx)
        sentences.append(S(count_sentence(insp, stated), "template", facts))
        sentences += ctx.context_lines("scope")  # why some of the report's recommendations are not here
        paragraphs = [Paragraph(sentences=sentences)]
        if outcome := ctx.unrepeated([s for row in ctx.scope_rows() for s in ctx.writer.facts(row)]):
            paragraphs.append(Paragraph(sentences=outcome))  # what the notes record about the report itself
        return paragraphs

    def prose(self, plan: SectionPlan, ctx: DraftContext) -> list[Paragraph]:
        insp = ctx.inspection
        others = [i for i in insp.inspectorates if i != "HMICFRS"]
        kind = REPORT_KIND.get(insp.type, "")
        slots = {"title": insp.title, "published": long_date(insp.published), "kind": kind}
        if others:
            slots.update(frame="opening_joint", others=" and ".join(others))
        else:
            slots.update(frame="opening")
        welcome = ctx.house("opening", **slots)
        if welcome is None:
            welcome = S(
                ctx.wording["fallback"]["opening"].format(
                    title=insp.title,
                    inspectorates=" and ".join(insp.inspectorates),
                    published=long_date(insp.published),
                ),
                "template",
                ctx.gathered.facts.sid,
            )
        return [Paragraph(sentences=[welcome])]


class ChiefConstableSection(SectionTemplate):
    """The Chief Constable's comments, quoted as given, or a gap for them: never written."""

    kind = "chief_constable"

    def core(self, plan: SectionPlan, ctx: DraftContext) -> list[Paragraph]:
        cc = ctx.gathered.chief_constable
        if cc is None:
            return [Paragraph(sentences=[S(ctx.wording["placeholder"]["cc_comments"], "placeholder")])]
        intro = ctx.house("cc_intro", frame="cc_intro") or S(
            ctx.wording["fallback"]["cc_intro"].format(pronoun=ctx.office.chief_constable_pronoun), "template"
        )
        quote = [
            Paragraph(sentences=[S(p, "input", cc.sid)], style="quote")
            for p in cc.text.split("\n\n")
            if p.strip()
        ]
        paragraphs = [Paragraph(sentences=[intro]), *quote]
        if ctx.office.chief_constable_name not in cc.text[-200:]:  # comments that are not already signed
            paragraphs.append(
                Paragraph(
                    sentences=[
                        S(
                            f"{ctx.office.chief_constable_name}, Chief Constable, {ctx.force}",
                            "input",
                            ctx.gathered.facts.sid,
                        )
                    ],
                    style="quote",
                )
            )
        return paragraphs


class RecommendationSection(SectionTemplate):
    """One recommendation: quoted, whose it is, what the action plan records."""

    kind = "recommendation"

    def core(self, plan: SectionPlan, ctx: DraftContext) -> list[Paragraph]:
        w, g = ctx.wording, ctx.gathered
        rec = next(r for r in ctx.inspection.recommendations if r.id == plan.rec_id)
        rows = ctx.rows(rec.id)
        public = [r for r in rows if not r.sensitive]
        sensitive = [r for r in rows if r.sensitive]
        writer = ctx.writer
        quote = Paragraph(sentences=[S(rec.text, "input", g.recommendations[rec.id].sid)], style="quote")
        lead = self._whose(rec, public, writer, ctx)
        body = writer.paragraph([r for r in public if not writer.only_whose([r])], ours=rec.is_for("PCCs"))
        body = said_once(rec.id, body, ctx.said, w["said_under"])
        if rec.addressees == ["national"] and body:  # "This is for the Home Office. Locally, the force ..."
            body[0].text = (
                "Locally, " + lower_first(body[0].text)
                if not body[0].text.startswith("I ")
                else "Locally, " + body[0].text
            )
        paragraphs = [quote, Paragraph(sentences=joined_addressee(lead + body))]
        if not body:
            if sensitive:
                # A gap for the editor, carrying what is safe to know (owner, due date, status); the
                # letter itself says nothing a sensitive note says, not even its dates.
                paragraphs.append(Paragraph(sentences=[sensitive_row_placeholder(sensitive[0].source, w)]))
            elif rec.addressees != ["national"] and not (public and writer.only_whose(public)):
                paragraphs.append(Paragraph(sentences=[S(w["placeholder"]["no_row"], "placeholder")]))
        return paragraphs

    def _whose(self, rec, rows: list[PlanRow], writer: RowWriter, ctx: DraftContext) -> list[Sentence]:
        """Who the recommendation is for, and the commissioner's decision where it is theirs."""
        w, facts = ctx.wording, ctx.gathered.facts.sid
        # When every recommendation is the force's, the opening has said so ("all for the force") and
        # each section opens with what the force is doing, as the office's letters do.
        all_force = all(r.addressees == ["force"] for r in ctx.inspection.recommendations)
        out = [] if all_force else [S(addressee_sentence(rec, w, ctx.force), "template", facts)]
        if (decision := commissioners_decision(rec, rows, ctx)) is not None:
            # joined to the addressee by ``joined_addressee``: "..., and I accept it."
            out.append(decision.sentence)
        if rec.addressees == ["national"] and all(writer.only_whose([r]) for r in rows):
            out.append(S(w["national"]["none"].format(force=ctx.force), "template", facts))
        return out


@dataclass
class Decision:
    """The commissioner's decision on a recommendation of theirs: as the action plan records it
    ('accept', 'partly', 'not'), or None with a gap for staff when it records none."""

    recorded: str | None
    sentence: Sentence


def commissioners_decision(rec, rows: list[PlanRow], ctx: DraftContext) -> Decision | None:
    """None when the recommendation is not the commissioner's to decide."""
    if not rec.is_for("PCCs"):
        return None
    w = ctx.wording
    recorded = decision_in(rows, ctx.office.pcc_name or "")
    if recorded:
        return Decision(recorded, S(w["decision"][recorded], "action_plan", *(r.sid for r in rows)))
    return Decision(None, S(w["placeholder"]["pcc_decision"].format(rec=rec.id), "placeholder"))


def decision_for(plan: SectionPlan, ctx: DraftContext) -> Decision | None:
    """The decision a planned recommendation section needs, from its public rows."""
    rec = next(r for r in ctx.inspection.recommendations if r.id == plan.rec_id)
    return commissioners_decision(rec, [r for r in ctx.rows(rec.id) if not r.sensitive], ctx)


class AreasSection(SectionTemplate):
    """The areas for improvement, each quoted with what is being done."""

    kind = "areas_for_improvement"

    def core(self, plan: SectionPlan, ctx: DraftContext) -> list[Paragraph]:
        w, g = ctx.wording, ctx.gathered
        n = len(ctx.inspection.areas_for_improvement)
        intro = w["areas_intro"].format(
            n=number_word(n),
            areas="area for improvement" if n == 1 else "areas for improvement",
            force=ctx.force,
        )
        paragraphs = [Paragraph(sentences=[S(intro, "template", g.facts.sid)])]
        writer = ctx.writer
        for afi in ctx.inspection.areas_for_improvement:
            rows = ctx.rows(afi.id)
            public = [r for r in rows if not r.sensitive]
            # The area as the report words it, then what is being done, in the letter's own words.
            paragraphs.append(Paragraph(sentences=[S(afi.text, "input", g.areas[afi.id].sid)], style="quote"))
            body = writer.paragraph(public)
            if body:
                body[0].text = with_aim(aim_of(afi.text), body[0].text)  # "To improve ..., the force is ..."
                paragraphs.append(Paragraph(sentences=body))
            elif rows:
                paragraphs.append(Paragraph(sentences=[sensitive_row_placeholder(rows[0].source, w)]))
        return paragraphs


class LocalContextSection(SectionTemplate):
    """What the notes say about the area, and the past letters on the subject."""

    kind = "local_context"

    def core(self, plan: SectionPlan, ctx: DraftContext) -> list[Paragraph]:
        rows = ctx.general_rows("context")
        sentences = ctx.unrepeated(ctx.writer.paragraph(rows)) if rows else []
        return [Paragraph(sentences=sentences)] if sentences else []

    def prose(self, plan: SectionPlan, ctx: DraftContext) -> list[Paragraph]:
        past = [p for p in ctx.gathered.past if p.title]
        titles = list(
            dict.fromkeys(f"‘{p.title}’" + (f" ({p.published.year})" if p.published else "") for p in past)
        )
        if not titles:
            return []
        joined = titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " and " + titles[-1]
        return [
            Paragraph(
                sentences=[
                    S(ctx.wording["local_context"].format(titles=joined), "template", *(p.sid for p in past))
                ]
            )
        ]


class ScrutinySection(SectionTemplate):
    """How the commissioner will oversee progress: the notes' oversight, else the office's phrasing."""

    kind = "scrutiny"
    prose_first = True

    def core(self, plan: SectionPlan, ctx: DraftContext) -> list[Paragraph]:
        return []

    def prose(self, plan: SectionPlan, ctx: DraftContext) -> list[Paragraph]:
        rows = ctx.general_rows("oversight")
        sentences = (ctx.writer.paragraph(rows) if rows else []) + ctx.context_lines("oversight")
        rec_ids = {r.id for r in ctx.inspection.recommendations}
        has_rows = any(rows for key, rows in ctx.gathered.rows_for.items() if key in rec_ids)
        said = " ".join(s.text for s in sentences).lower()
        if not sentences:  # the office's recurring phrasing only when the notes name no oversight
            if has_rows and (tracking := ctx.house("tracking")):
                sentences.append(
                    tracking
                )  # only true when the force has recorded actions on the recommendations
            sentences.append(ctx.house("scrutiny") or S(ctx.wording["fallback"]["scrutiny"], "template"))
        if "police and crime panel" not in said and (panel := ctx.house("panel")):
            sentences.append(panel)
        return [Paragraph(sentences=sentences)]


class SignoffSection(SectionTemplate):
    """The sign-off: the commissioner's name and title."""

    kind = "signoff"

    def core(self, plan: SectionPlan, ctx: DraftContext) -> list[Paragraph]:
        facts = ctx.gathered.facts.sid
        return [
            Paragraph(sentences=[S(ctx.wording["signoff"], "template")]),
            Paragraph(sentences=[S(ctx.office.pcc_name, "input", facts)]),
            Paragraph(sentences=[S(ctx.office.pcc_title, "input", facts)]),
        ]


SECTIONS: dict[str, SectionTemplate] = {
    t.kind: t
    for t in (
        OpeningSection(),
        ChiefConstableSection(),
        RecommendationSection(),
        AreasSection(),
        LocalContextSection(),
        ScrutinySection(),
        SignoffSection(),
    )
}


def composed(plan: SectionPlan, ctx: DraftContext) -> list[Paragraph]:
    """A planned section as its template writes it: the facts and the office's phrasing around them."""
    template = SECTIONS[plan.kind]
    return template.arrange(template.core(plan, ctx), template.prose(plan, ctx))

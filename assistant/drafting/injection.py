"""Text that gives instructions to whoever (or whatever) writes the letter: prompt injection.

Action plans and letters are full of imperatives ("Review the policy by March", "chief constables
should ...", "I will ask ..."), so no single word marks an injection. Three things together do:

- **a writer addressed**: a drafting tool, model, generator or copilot ("Note to the drafting
  assistant:", "Copilot:", "any automated tool processing this tracker should ..."), or the person who
  writes the reply ("whoever compiles the response", "the author of the commissioner's comments");
- **the letter as the object**: *the* letter, reply, response, statement or output, the commissioner's
  comments or text, the published version; or the moment it is made ("when this row is summarised");
- **a directive about its content**: should/must/is to/needs to/please/make sure/it would help if ...
  followed by what to say, omit, treat or record; or an imperative at the head of a clause.

A cue fires on a writer addressed with a directive, on the letter named with a directive, on an
instruction to set the rules or the facts aside, or on markup that hides a directive. Each cue has a
name, so a flag can say which one it met. Measured on sets written blind (``tests/redteam/``); see
``tests/test_redteam_sensitive.py`` and docs/ARCHITECTURE.md for the figures.
"""

from __future__ import annotations

import re

_F = re.I | re.S

# Writers that are unambiguous wherever they appear.
_TOOL = (
    r"(?:drafting|response|letter|writing|automated)[\s-]+(?:assistant|tool|system|software|copilot|generator"
    r"|agent|helper|program(?:me)?|bot|process|drafting)|language[\s-]+model|\bllms?\b|chat\s?bot|chatgpt"
    r"|\bgpt\b|ai[\s-]+(?:helper|assistant|agent|system|tool|model|writer)s?|automated\s+drafting"
)
# Words that name a writer only when addressed ("Copilot:", "for the generator -") or made the subject
# of a directive ("the generator should ..."): "the AI transcription pilot" is not one.
_AGENT = (
    r"(?:ai|a\.i\.|model|assistant(?!\s+chief)|system|tool|software|agent|generator|helper"
    r"|copilot|bot|robot|machine)"
)
# A person who turns the notes into the letter.
_WRITER = (
    r"(?:whoever|anyone|any\s+person|the\s+person|those|any\s+officer)\s+(?:who\s+)?(?:is\s+|are\s+)?"
    r"(?:writ|draft|prepar|compil|assembl|produc|generat|turn|put|pull|us|summar)\w*"
    r"|\b(?:author|writer|compiler|drafter|editor)s?\s+of\s+(?:the|this|any)\s+(?:pcc'?s\s+|commissioner'?s\s+)?"
    r"(?:letter|reply|response|comments|statement|text)"
    r"|\bfor\s+the\s+(?:drafter|writer|author|compiler)\b|\bresponse[_\s]writer\b"
)
# The letter being written.
_WHOSE = r"(?:pcc'?s|commissioner'?s|opcc'?s|published|public|final|finished|s\.?\s?55|entire|whole|full)"
_LETTER = (
    rf"(?:\b(?:the|this|that|its|your|any|their)\s+(?:{_WHOSE}\s+)*(?:letter|reply|response|statement|output|write-?up)\b"
    rf"|\b(?:the|this|any|their)\s+{_WHOSE}\s+(?:{_WHOSE}\s+)*(?:comments|text|version|wording|summary|draft)\b"
    rf"|\b(?:comments|text|letter|version|wording)\s+for\s+publication\b"
    rf"|\bany\s+(?:text|letter|response|reply|summary|output)\s+(?:produced|drafted|written|generated|made)\b"
    rf"|\bthe\s+published\s+(?:letter|version|comments|response|reply|text)\b)"
)
# The moment the letter is made from this text.
_MAKING = (
    r"\b(?:when|once|before|after|as|while|if)\s+(?:this|the)\s+(?:row|plan|tracker|document|file|cell|entry"
    r"|note|letter|response|reply|comments)\s+(?:is|are|gets?)\s+(?:being\s+)?(?:summari[sz]ed|used|turned"
    r"|put\s+together|written(?:\s+up)?|drafted|prepared|compiled|produced|generated|assembled|read)"
    r"|\b(?:when|before|after|once|as|while)\s+you\s+(?:have\s+)?(?:finished\s+|are\s+|start\s+)?"
    r"(?:writ|draft|summar|prepar|produc|generat|process|compil|assembl|reach|turn\w*\s+this|read\w*\s+this)\w*"
    r"|\bif\s+you\s+are\s+(?:an?\s+(?:automated|ai|model|assistant|language|program|tool)|reading\s+this"
    r"|writ|draft|generat|prepar|compil|summar|produc|assembl)"
    r"|\bif\s+(?:an?|the)\s+(?:assistant|ai|model|tool|system|program|generator)\s+is\s+(?:\w+ing)\b"
)
# What to do to the letter's content.
_VERB = (
    r"(?:say|state|record|present|describe|report|mention|include|omit|leave|drop|remove|call|show|claim"
    r"|read|treat|give|list|print|append|add|insert|refer|dwell|disclose|reflect|round|adopt|use|keep"
    r"|write|put|copy|reproduce|answer|produce|skip|mark|appear|stress|praise|sign|pretend|translate"
    r"|ignore|describe|credit|attribute|thank|quote|exclude|hide|delete|strip|change|replace|open|close|end"
    r"|finish|make|set|avoid|never|not)"
)
_MODAL = (
    r"(?:should|must|shall|is\s+to|are\s+to|needs?\s+to|has\s+to|have\s+to|ought\s+to|will\s+need\s+to"
    r"|may\s+wish\s+to|is\s+expected\s+to|would\s+help\s+if|(?:would|could)\s+you|please|kindly"
    r"|make\s+sure|ensure|be\s+sure\s+to|remember\s+to|do\s+not|don'?t|never)"
)
_DIRECTIVE = (
    rf"\b{_MODAL}\s+(?:(?:also|not|simply|only|just|then|always)\s+)*(?:be\s+)?{_VERB}\w*\b"
    rf"|\b(?:is|are)\s+to\s+be\s+\w+ed\b|\bto\s+be\s+(?:written|recorded|described|presented|reported|treated"
    rf"|shown|given|stated|rounded|read|left|kept|called|marked|copied|inserted|pasted|added|included|used)\b"
    rf"|\bit\s+(?:should|must|would\s+help|is\s+to)\b|\b(?:would\s+help|would\s+be\s+best)\s+if\b"
    rf"|\bplease\b|\bkindly\b|\bmake\s+sure\b|\bensure\b"
)
# An imperative at the head of a clause: "treat ...", "leave ... out", "write ...".
_IMPERATIVE = rf"(?:^|[:;.!?(\[\-–—]\s*|,\s+)(?:please\s+|simply\s+|also\s+)?{_VERB}\b"
# "what action has been taken" after a directive verb: a duty restated, not a claim dictated.
_WH = re.compile(
    r"\b(?:state|say|describe|explain|record|set\s+out|report)\w*\s+(?:[^.\n]{0,30}?,\s*)?"
    r"(?:what|how|why|whether|which)\b",
    _F,
)
_FIRST_PERSON = re.compile(r"\b(?:I|we)\s+(?:will|shall|would|have|had|am|'ll|can|intend|plan)\b", re.I)
# Setting aside the rules, or the facts.
_SET_ASIDE = (
    r"\b(?:ignore|disregard|forget|set\s+aside|override|bypass|skip)\b[^.\n]{0,40}?\b(?:instructions?|rules?"
    r"|prompts?|guidance\s+you|checklist|status\s+column|constraints|date\s+check|checks?|review|verification)\b"
    r"|\byou\s+are\s+(?:now|no\s+longer)\b|\bfrom\s+(?:here|now)\s+on\b"
    r"|\bpretend\s+(?:to\s+be|you\s+are)\b|\b(?:act|behave|answer|respond|write)\s+as\s+(?:if\s+you|though\s+you)"
    r"|\bdo\s+not\s+(?:flag|check|verify)\s+this\b|\bno\s+need\s+to\s+(?:check|verify|review)\b"
    r"|\bsystem\s+prompt\b|\bnew\s+instructions?\s*:|\bnot\s+for\s+the\s+(?:reviewer|checker|editor)"
)
_AGAINST_FACTS = (
    r"\b(?:whatever|regardless\s+of\s+what|no\s+matter\s+what)\s+the\s+(?:\w+\s+){0,3}(?:says?|shows?|said)\b"
    r"|\beven\s+though\s+it\s+(?:did|does|was|is|has)\s+not\b|\bwhatever\s+(?:the|its)\s+(?:rag|colour|status)\b"
)

CUES: dict[str, re.Pattern] = {
    "addresses a drafting tool": re.compile(
        rf"(?:{_TOOL})\b[^.]{{0,120}}?(?:{_DIRECTIVE}|{_VERB}\b)"
        rf"|(?:{_DIRECTIVE})[^.]{{0,60}}?(?:{_TOOL})",
        _F,
    ),
    "addresses a model or program": re.compile(
        # addressed at the head of a line: "Copilot:", "AI -", "Hey ChatGPT,", "Chatbot, you ..."
        rf"(?:^|(?<=[.!?;]\s)|[\[(<>{{*]|\bhey\s+|\bdear\s+)\W*(?:the\s+|any\s+|an?\s+)?"
        rf"(?:\w+\s+)?{_AGENT}s?\b(?:\s+(?:guidance|note|rules?|instructions?|directive))?"
        rf"(?:\s+\w+ing\b[^.:,\n]{{0,40}})?\s*(?:\s[-–—]\s|[:,])"
        # addressed in passing: "N.B. for the generator -", "P.S. to the bot:", "[[For the model:"
        rf"|(?:\b(?:note|instructions?|guidance|rules?|reminder|n\.?b\.?|p\.?s\.?)\s+)?\b(?:to|for|fao:?)\s+"
        rf"(?:the\s+|any\s+|an?\s+)?(?:\w+\s+)?{_AGENT}s?\b(?:\s+\w+ing\b[^.:,\n]{{0,40}})?\s*(?:\s[-–—]\s|:)"
        # subject of a directive: "the generator should ...", "any automated tool processing this should"
        rf"|\b(?:the|any|an?)\s+(?:\w+\s+)?{_AGENT}s?\s+(?:(?:that|which)\s+\w+|\w+ing)?[^.\n]{{0,40}}?"
        rf"\b(?:should|must|is\s+to|needs?\s+to)\s+(?:not\s+)?(?:{_VERB})\b",
        _F,
    ),
    "addresses whoever writes the letter": re.compile(
        rf"(?:{_WRITER})\b[^.\n]{{0,120}}?(?:{_DIRECTIVE}|[:,\-–—]\s*(?:please\s+)?{_VERB}\b)",
        _F,
    ),
    "tells the letter what to say": re.compile(
        rf"(?:{_LETTER})[^.\n]{{0,60}}?(?:{_DIRECTIVE})|(?:{_DIRECTIVE})[^.\n]{{0,60}}?(?:{_LETTER})"
        rf"|(?:{_LETTER})\s+(?:says?|said)\s+nothing\b|(?:{_LETTER})\s+(?:did|does)\s+not\s+{_VERB}\b"
        rf"|\b(?:want|like|expect|need|ask|require)\w*\s+(?:{_LETTER})\s+to\s+{_VERB}\b"
        rf"|(?:{_LETTER})\s+(?:you|it)\s+(?:produce|write|draft|generate)s?\b"
        rf"|(?:{_IMPERATIVE})[^.\n]{{0,60}}?\b(?:in|into|out\s+of|from|to|for|of)\s+(?:{_LETTER})"
        rf"|\b(?:for|in)\s+(?:{_LETTER})\s*[,:]\s*(?:please\s+)?{_VERB}\b"
        rf"|\b(?:tone|wording|register)\s+of\s+(?:{_LETTER})|\btranslate\s+(?:{_LETTER})",
        _F,
    ),
    "speaks to the reader as the letter's writer": re.compile(
        rf"(?:{_MAKING})[^.\n]{{0,80}}?(?:{_DIRECTIVE}|{_IMPERATIVE}|\b{_VERB}\b)"
        r"|\byou\s+(?:must|should|need\s+to|are\s+to)\s+(?:not\s+)?(?:mention|say|state|write|include|omit"
        r"|leave|report|describe|refer)\b[^.\n]{0,60}\b(?:letter|response|reply|comments|drafting)\b",
        _F,
    ),
    "tells the reader to set rules or facts aside": re.compile(rf"{_SET_ASIDE}|{_AGAINST_FACTS}", _F),
    "asks for hidden or other text": re.compile(
        r"\b(?:everything|all|text|instructions?|documents?|files?)\s+(?:that\s+)?you\s+(?:were|have\s+been)\s+"
        r"(?:told|given|shown)\b|\b(?:documents?|files?|text)\s+(?:that\s+)?you\s+can\s+(?:see|access|read)\b"
        r"|\b(?:other|all)\s+(?:the\s+)?documents\s+in\s+(?:this|the)\s+library\b"
        r"|\boutput(?:ting)?\s+(?:the\s+)?(?:single\s+word|only|just)\b",
        _F,
    ),
    "hides a directive in markup": re.compile(
        r"<!--|\[\[|\{\{|</?\s*(?:instructions?|system|prompt)\s*>|display\s*:\s*none"
        r"|\{\s*\"\w+\"\s*:|(?:^|[\s(>])(?:INSTRUCTIONS?|DIRECTIVE|OVERRIDE|SYSTEM)\s*[:#]"
        r"|\b[A-Z]{2,}\s+(?:OVERRIDE|INSTRUCTIONS?|DIRECTIVE)\b|\b\w*_?(?:override|directive)\w*\s*:"
        r"|^\W*system\s*:|\boutput\s+rule\s*:",
        re.S | re.M,
    ),
}

# Cues that a restated duty ("the comments should state what action ...") or the commissioner's own
# voice ("I will include ... in this response") can set off; they need neither to hold.
_CONTEXTUAL = frozenset({"tells the letter what to say", "addresses a model or program"})


def instruction_cue(text: str) -> str | None:
    """The name of the first cue that marks ``text`` as instructions to whoever writes the letter."""
    for name, pattern in CUES.items():
        m = pattern.search(text)
        if m is None:
            continue
        if name in _CONTEXTUAL and (_WH.search(m.group(0)) or _FIRST_PERSON.search(m.group(0))):
            continue
        return name
    return None

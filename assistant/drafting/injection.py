"""Text that gives instructions to whoever (or whatever) writes the letter: prompt injection.

Action plans and letters are full of imperatives ("Review the policy by March", "chief constables
should ...", "I will ask ..."), so no single word marks an injection. What does is *who is addressed*
and *what about*: a drafting tool, a model or "whoever writes the response" told what the letter
should say or leave out; the letter itself as the object of an order ("the response should say that
..."); orders to set rules aside; or markup that hides a directive. Each cue is a small pattern with a
name, so a flag can say which one it met. Measured against a set written blind
(``tests/redteam/injections.yaml``): see ``tests/test_redteam_sensitive.py``.
"""

from __future__ import annotations

import re

_F = re.I | re.S

# Something that writes or processes text, named as an addressee (not "the assistant chief constable").
_MACHINE = (
    r"(?:(?:the|any|an?)\s+)?(?:drafting\s+(?:assistant|tool|system|software)|(?:language\s+)?model"
    r"|LLM|AI(?:\s+systems?)?|A\.I\.|chat\s?bot|chatgpt|gpt|bot|assistant(?!\s+chief)|software"
    r"|tool|automated\s+system|system)"
)
# The letter being written, named as the thing to change.
_LETTER = (
    r"(?:the|this|your|any|its)\s+(?:(?:published|finished|final|draft(?:ed)?|s\.?\s?55|pcc'?s|commissioner'?s"
    r"|whole|entire)\s+)*(?:letter|response|reply|comments|version|output|draft)"
)
_SAY = (
    r"(?:say|state|record|present|describe|report|mention|include|omit|leave\s+out|call|show|claim"
    r"|read|treat|give|list|print|append|add|insert|refer\s+to|dwell\s+on|disclose|reflect)"
)

CUES: dict[str, re.Pattern] = {
    # "Note to the drafting assistant:", "AI: please ...", "Drafting tool - report ...", "P.S. to the bot:"
    "addresses a drafting tool or model": re.compile(
        rf"(?:^|(?<=[.!?;]\s)|[\[(<>{{*]|\bnote\s+(?:to|for)\s+|\bto\s+|\bfor\s+|\bhey\s+|\bdear\s+"
        rf"|\bp\.?s\.?\s+to\s+)\W*{_MACHINE}\b(?:\s+\w+ing\b[^.:,\n]{{0,40}})?\s*(?:\s[-–—]\s|[:,])",
        _F,
    ),
    # "Whoever drafts the Commissioner's reply should ...", "Writer of the response - please ..."
    "addresses whoever writes the letter": re.compile(
        r"\b(?:whoever|anyone|the\s+person|the\s+officer)\s+(?:who\s+)?(?:writes?|drafts?|prepares?|turns|uses?)"
        r"\b[^.\n]{0,60}\b(?:letter|response|reply|comments)\b"
        r"|\b(?:writer|drafter|author)\s+of\s+the\s+(?:letter|response|reply)\b"
        r"|\bfor\s+the\s+(?:drafter|writer)\b",
        _F,
    ),
    # "The drafting system should describe ...", "The tool should state in its output ..."
    "tells a tool what to write": re.compile(
        rf"\b{_MACHINE}\s+(?:that\s+\w+\s+[^.\n]{{0,40}}?)?(?:should|must|is\s+to|needs?\s+to|will\s+need\s+to)"
        rf"\s+(?:not\s+)?(?:{_SAY}|set\s+aside|ignore|use|write|output)\b",
        _F,
    ),
    # "The response should say that ...", "We want the letter to say ...", "... is to record all actions"
    "tells the letter what to say": re.compile(
        rf"\b{_LETTER}\b[^.\n]{{0,50}}?\b(?:should|must|is\s+to|to|needs?\s+to|ought\s+to)\s+(?:not\s+)?"
        rf"(?:{_SAY})\b(?!\s+(?:more|less)\b)"
        rf"|\b{_LETTER}\s+(?:says?|said)\s+nothing\b"
        rf"|\b{_LETTER}\s+(?:did|does|do)\s+not\s+(?:{_SAY})\b"
        rf"|\b(?:in|into|from|for)\s+{_LETTER}\s+(?:you\s+(?:produce|write|draft|generate)|drafted\s+from)\b"
        rf"|\b(?:copied|inserted|pasted|added|put)\s+(?:in|into)\s+{_LETTER}\b"
        rf"|\bfor\s+the\s+published\s+(?:version|letter|response)\s*[,:]"
        rf"|\b(?:tone|wording)\s+of\s+{_LETTER}\b"
        rf"|\b(?:translate|rewrite|reword)\s+{_LETTER}\b"
        rf"|\b{_LETTER}\s+(?:you\s+(?:produce|write|draft|generate))\b",
        _F,
    ),
    # "When you summarise this row, ...", "Before you write the letter", "If you are reading this ..."
    "speaks to the reader of the document as its processor": re.compile(
        r"\b(?:when|before|after|once|as|while)\s+you\s+(?:have\s+)?(?:finished\s+|are\s+)?"
        r"(?:writ|draft|summar|prepar|produc|generat|process|read|turn|us)\w*\b[^.\n]{0,40}"
        r"\b(?:letter|response|reply|row|plan|document|file|this|comments|cell)\b"
        r"|\bif\s+you\s+are\s+(?:an?\s+(?:automated|ai|model|assistant|language)|reading\s+this)"
        r"|\bif\s+(?:an?|the)\s+(?:assistant|ai|model|tool|system)\s+is\s+(?:drafting|reading|writing|summaris)"
        r"|\bwhen\s+this\s+(?:plan|document|row|file|tracker)\s+is\s+used\s+to\b"
        r"|\byou\s+(?:must|should|need\s+to|are\s+to)\s+(?:not\s+)?(?:mention|say|state|write|include|omit"
        r"|leave|report|describe|refer)\b[^.\n]{0,60}\b(?:letter|response|reply|comments|drafting)\b",
        _F,
    ),
    # "Ignore all previous instructions", "set aside the rules it was given", "do not flag this sentence"
    "tells the reader to set rules aside": re.compile(
        r"\b(?:ignore|disregard|forget|set\s+aside|override|bypass)\b[^.\n]{0,40}?\b(?:instructions?|rules?"
        r"|prompts?|guidance\s+you|checklist|status\s+column|constraints)\b"
        r"|\byou\s+are\s+(?:now|no\s+longer)\b"
        r"|\bpretend\s+(?:to\s+be|you\s+are)\b|\b(?:act|behave)\s+as\s+(?:if\s+you|an?\s+)"
        r"|\bdo\s+not\s+(?:flag|check|verify)\s+this\b|\bno\s+need\s+to\s+check\b"
        r"|\bsystem\s+prompt\b|\bnew\s+instructions?\s*:",
        _F,
    ),
    # "print the instructions you were given", "documents you can see in the library"
    "asks for hidden or other text": re.compile(
        r"\b(?:everything|all|text|instructions?|documents?|files?)\s+(?:that\s+)?you\s+(?:were|have\s+been)\s+"
        r"(?:told|given|shown)\b|\b(?:documents?|files?|text)\s+(?:that\s+)?you\s+can\s+(?:see|access|read)\b"
        r"|\boutput(?:ting)?\s+(?:the\s+)?(?:single\s+word|only|just)\b",
        _F,
    ),
    # <!-- ... -->, [[...]], {{...}}, <instructions>, display:none, "INSTRUCTION:", "ASSISTANT OVERRIDE:"
    "hides a directive in markup": re.compile(
        r"<!--|\[\[|\{\{|</?\s*(?:instructions?|system|prompt)\s*>|display\s*:\s*none"
        r"|(?:^|[\s(>])(?:INSTRUCTIONS?|DIRECTIVE|OVERRIDE|SYSTEM)\s*[:#]"
        r"|\b[A-Z]{2,}\s+(?:OVERRIDE|INSTRUCTIONS?|DIRECTIVE)\b"
        r"|^\W*system\s*:",
        re.S | re.M,
    ),
}


def instruction_cue(text: str) -> str | None:
    """The name of the first cue that marks ``text`` as instructions to whoever writes the letter."""
    for name, pattern in CUES.items():
        if pattern.search(text):
            return name
    return None

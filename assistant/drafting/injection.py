"""Text that gives instructions to whoever (or whatever) writes the letter: prompt injection.

Action plans and letters are full of imperatives ("Review the policy by March", "chief constables
should ...", "I will ask ..."), so no single word marks an injection. What does is a combination:

- **a writer addressed**: a drafting tool, model, summariser, compiler or "the machine" ("Note to the
  drafting assistant:", "Compiler - swap the dates", "the machine need not check ..."), or the person
  who writes the reply ("whoever compiles the response", "the person finalising the letter");
- **the letter as the object**: *the* letter, reply or response, the commissioner's comments, the final
  text, any summary of this row, the published version, "for publication purposes"; or the moment it
  is made ("when this row is summarised", "where the response is produced automatically");
- **a wish about its content**: should / must / is to / is expected to / ought to / would be helpful
  if / the office's preference / please ... followed by what to say, leave out, treat or record; or an
  imperative at the head of a clause.

Cues fire on a writer addressed with a wish or an order, on the letter named with a wish or an order,
on an order to set rules or facts aside or to play a part, and on markup that hides a directive. A
duty restated ("the comments should state what action ...") and the commissioner's own voice ("I will
include ... in this response") are not cues. Measured on sets written blind (``tests/redteam/``); the
figures are in ``tests/test_redteam_sensitive.py`` and docs/ARCHITECTURE.md.
"""

from __future__ import annotations

import re

_F = re.I | re.S

# -- who is addressed -------------------------------------------------------------------------------------
# Writers that are unambiguous wherever they appear.
_TOOL = (
    r"(?:drafting|response|letter|writing|automated)[\s-]+(?:assistant|tool|system|software|copilot|generator"
    r"|agent|helper|program(?:me)?|bot|process|drafting|summari[sz]er)|language[\s-]+model|\bllms?\b"
    r"|chat\s?bot|chatgpt|\bgpt\b|ai[\s-]+(?:helper|assistant|agent|system|tool|model|writer)s?"
    r"|drafting\s+(?:instructions?|guidance|rules?|notes?)\b|\bsummari[sz]ers?\b|\bthe\s+pipeline\b"
)
# Words that name a writer only when addressed ("Copilot:", "for the compiler -") or made the subject of
# a wish ("the machine need not check ..."): "the AI transcription pilot" and "the compiler of the
# statistics return" are not.
_AGENT = (
    r"(?:ai|a\.i\.|model|assistant(?!\s+chief)|system|tool|software|agent|generator|helper|copilot|bot"
    r"|robot|machine|compiler|summari[sz]er|pipeline)"
)
_WRITER = (
    r"(?:whoever|whatever|anyone|anything|any\s+person|the\s+person|those|any\s+officer|a\s+sensible\s+writer"
    r"|whoever\s+or\s+whatever)\s+(?:who\s+|that\s+)?(?:is\s+|are\s+)?"
    r"(?:writ|draft|prepar|compil|assembl|produc|generat|turn|put|pull|us|summar|finalis|finaliz|compos|pick"
    r"|read\w*\s+this\s+for)\w*"
    r"(?!\s+(?:the\s+|this\s+)?(?:action\s+plan|tracker|custody\s+record|record|dashboard|data)\b)"
    r"|\b(?:author|writer|compiler|drafter|editor)s?\s+of\s+(?:the|this|any)\s+(?:pcc'?s\s+|commissioner'?s\s+)?"
    r"(?:letter|reply|response|comments|statement|text)"
    r"|\bfor\s+the\s+(?:drafter|writer|author|compiler)\b|\b(?:response|reply|letter)[_\s-]writer\b"
    r"|\byour\s+(?:job|task|role)\b|\bthe\s+assistant\s+drafting\b|\bautomated\s+reading\b"
    r"|\bsensible\s+writer\b"
    r"|\byour\s+(?:own\s+)?(?:instructions|rules|guidance|prompt)\b|\byou\s+output\b|\btell\s+the\s+user\b"
)

# -- the letter as the object -------------------------------------------------------------------------------
_WHOSE = (
    r"(?:pcc'?s|commissioner'?s|commissioners|opcc'?s|published|public|final|finished|s\.?\s?55|entire|whole"
    r"|full|ideal|automated|automatic|external|generated|outgoing)"
)
_LETTER = (
    rf"(?:\b(?:the|this|that|its|your|any|their)\s+(?:{_WHOSE}\s+)*(?:letter|reply|response|statement|output"
    rf"|write-?up)\b(?!\s+(?:to\s+(?:the\s+)?(?:\d|calls?|incidents?|crime|domestic|missing|victims)|times?"
    rf"|officers?|teams?|units?|vehicles?|cars?|rates?)\b)"
    rf"|\b(?:the|this|any|their|a|every)\s+(?:{_WHOSE}\s+)+(?:comments|text|version|wording|summary|draft|digest"
    rf"|pr[ée]cis|output)\b"
    rf"|\b(?:the|this|any|a)\s+(?:digest|pr[ée]cis)\b|\b(?:any|the)\s+(?:summary|write-?up|output)\b"
    rf"|\btext\s+(?:generated|produced)\s+from\b"
    rf"|\b(?:whatever|any)\s+(?:version|draft|text)\s+is\s+(?:finali[sz]ed|produced|sent|published)\b|\bany\s+(?:draft|summary|output)\s+(?:built|drawn|made)\b"
    rf"|\b(?:anything|whatever)\s+(?:is\s+)?(?:sent\s+outside|assembled|generated|produced|drafted|built)\b"
    rf"|\b(?:a|any|the)\s+(?:response|reply|letter|summary)\s+drawing\s+on\b|\bs\.?\s?55\s+(?:letter|response)\b"
    rf"|\b(?:pcc|commissioner)'?s?\s+(?:comments|text|statement|letter|reply)\b"
    rf"|\b(?:comments|text|letter|version|wording)\s+for\s+publication\b|\bfor\s+publication\s+purposes\b"
    rf"|\b(?:any|whatever|the)\s+(?:text|letter|response|reply|summary|output)\s+(?:that\s+)?(?:is\s+)?"
    rf"(?:produced|drafted|written|generated|made)\b"
    rf"|\b(?:any|every|each|the)\s+summary\s+(?:of\s+this\s+(?:row|plan|tracker|document|entry)|(?:that|which)"
    rf"\s+goes\s+to)\b"
    rf"|\bthe\s+published\s+(?:letter|version|comments|response|reply|text)\b)"
)
# The moment the letter is made from this text.
_MAKING = (
    r"\b(?:when|once|before|after|as|while|if|where|should)\s+(?:this|the)\s+(?:row|plan|tracker|document"
    r"|file|cell|entry|note|letter|response|reply|comments|table|section|data)\s+(?:is|are|gets?|be)\s+(?:being\s+)?"
    r"(?:summari[sz]ed|used|turned|put\s+together|written(?:\s+up)?|drafted|prepared|compiled|produced"
    r"|generated|assembled|read)"
    r"|\b(?:when|before|after|once|as|while)\s+(?:you\s+(?:have\s+)?(?:finished\s+|are\s+|start\s+)?)?"
    r"(?:writ|draft|summar|prepar|produc|generat|process|compil|assembl|compos)\w*\s+(?:the\s+|this\s+|any)"
    r"(?:\w+\s+){0,2}(?:letter|response|reply|comments|statement|summary|anything|text|row|plan"
    r"|tracker|document|entry|note|cell)"
    r"|\b(?:when|before|after|once)\s+you\s+(?:reach|turn|read|get\s+to|answer|respond|reply)\b"
    r"|\bif\s+you\s+are\s+(?:an?\s+(?:automated|ai|model|assistant|language|program|tool)|reading\s+this"
    r"|writ|draft|generat|prepar|compil|summar|produc|assembl)"
    r"|\bif\s+(?:an?|the)\s+(?:assistant|ai|model|tool|system|program|generator)\s+is\s+(?:\w+ing)\b"
)

# -- a wish or an order about its content ------------------------------------------------------------------
_VERB = (
    r"(?:say|state|record|present|describe|report|mention|include|omit|leave|drop|remove|call|show|claim"
    r"|read(?!-|\s+(?:together|alongside|with|in\s+conjunction))|treat|give|list|print|append|add|insert|refer|dwell|disclose|reflect|round|adopt|use|keep"
    r"|write|put|copy|reproduce|answer|produce|skip|mark|appear|stress|praise|sign|pretend|translate"
    r"|ignore|disregard|credit|attribute|thank|quote|exclude|hide|delete|strip|change|replace|swap|end"
    r"|avoid|refrain|carry|take\s+a|make\s+no|gloss|downplay|play\s+down|emphasi[sz]e|frame|rely|check)"
)
_MODAL = (
    r"(?:should|must|shall|is\s+to|are\s+to|needs?\s+to|has\s+to|have\s+to|ought\s+to|will\s+need\s+to"
    r"|may\s+wish\s+to|(?:is|are)\s+expected\s+to|(?:is|are)\s+asked\s+to|need\s+not|needn'?t|would\s+not"
    r"|(?:would|could)\s+(?:you|it|the\s+\w+)|please(?:\s+could)?|kindly|make\s+sure|ensure|be\s+sure\s+to"
    r"|remember\s+to|do\s+not|don'?t|never)"
)
_WISH = (
    rf"\b{_MODAL}\s+(?:[\w,]+\s+){{0,3}}?(?:(?:also|not|simply|only|just|then|always)\s+)*(?:be\s+)?{_VERB}\w*\b"
    rf"|\b(?:is|are)\s+(?:not\s+)?to\s+be\s+\w+(?:ed|en|wn)\b|\bto\s+be\s+(?:written|recorded|described"
    rf"|presented|reported|treated|shown|given|stated|rounded|read|left|kept|called|marked|copied|inserted"
    rf"|pasted|reflected|carried)\b"
    rf"|\bit\s+is\s+expected\s+that\b|\b(?:office|commissioner|chief\s+executive)'?s?\s+(?:preference|wish|view)"
    rf"\s+(?:is\s+)?that\b|\bpreference\s+(?:is\s+)?that\b"
    rf"|\b(?:would|will)\s+be\s+(?:more\s+|most\s+|very\s+)?(?:helpful|acceptable|best|better|preferable|welcome)"
    rf"\s+(?:if|to|for)\b|\bwould\s+help\s+if\b"
    rf"|\b(?:ought\s+to|would\s+ideally|ideally\s+(?:be|present|say)|one\s+would\s+hope|far\s+better\s+(?:that|if|to)"
    rf"|(?:is|are)\s+best\s+left|(?:may|might)\s+find\s+it\s+simpler|(?:is|are|be)\s+more\s+useful\s+if"
    rf"|reads?\s+(?:better|more\s+\w+)\s+if|would\s+be\s+a\s+shame\s+if|(?:any\s+real\s+)?need\s+for(?=\s)"
    rf"|(?:can|may)\s+(?:be\s+assumed|take\s+it)\s+(?:that|to)|(?:expectation|assumption|understanding)\s+is\s+that"
    rf"|it\s+is\s+understood\s+that|(?:is|are)\s+unnecessary|no\s+need\s+to|preferred\s+approach\s+is"
    rf"|angle\s+to\s+take|(?:would|will)\s+(?:already\s+)?(?:describe|say|state|present|read|show|mention|include"
    rf"|reflect)|(?:goes|go)\s+in\s+as|(?:can|may)\s+be\s+(?:read|written|treated)\s+as|(?:read|written)\s+as)\b"
)
# An imperative at the head of a clause: "treat ...", "leave ... out", "use this paragraph ...".
_IMPERATIVE = rf"(?:^|[:;.!?(\[|\-–—•*]\s*|,\s+)(?:please\s+|simply\s+|also\s+|just\s+)?{_VERB}\b"
# Restated duty ("the comments should state what action has been taken"), not a claim dictated.
_WH = re.compile(
    r"\b(?:state|say|describe|explain|record|set\s+out|report|show)\w*\s+(?:[^.\n]{0,30}?,\s*)?"
    r"(?:what|how|why|whether|which)\b",
    _F,
)
_FIRST_PERSON = re.compile(r"\b(?:I|we)\s+(?:will|shall|would|have|had|am|'ll|can|intend|plan)\b", re.I)

# -- rules or facts set aside, a part to play ------------------------------------------------------------
_SET_ASIDE = (
    r"(?<!not\s)(?<!never\s)(?<!n't\s)"  # "must not ignore repeat callers" is the opposite of an order to
    r"\b(?:ignore|disregard|forget|set\s+aside|override|bypass)\b[^.\n]{0,40}?\b(?:instructions?|rules?"
    r"|prompts?|checklist|status\s+column|constraints|date\s+check|verification|the\s+checks?)\b"
    r"|\b(?:ignore|disregard|forget)\b[^.\n]{0,40}?\b(?:guidance|notes?|figures?|data)\b[^.\n]{0,20}\band\s+"
    rf"(?:{_VERB})\b"
    r"|\bskip\s+(?:the\s+)?(?:\w+\s+)?(?:check|review|verification)s?\b"
    r"|\byou\s+are\s+(?:now|no\s+longer)\b|(?:^|[.:;!?(\[-]\s*)from\s+(?:here|now|this\s+point)\s+on\b"  # not "monthly from now on"
    r"|\bpretend\s+(?:to\s+be|you\s+are)\b|\b(?:act|behave|answer|respond|write)\s+as\s+(?:if\s+you|though\s+you)"
    r"|(?:^|[:;.!?,]\s*)act\s+as\s+(?:the|an?)\b"
    r"|\b(?:reply|write|respond|answer|speak)\s+(?:\w+\s+){0,3}in\s+the\s+voice\s+of\b"
    r"|\bdo\s+not\s+(?:flag|check|verify)\s+this\b|\bno\s+need\s+to\s+(?:check|verify|review)\b"
    r"|\bsystem\s+prompt\b|\bnew\s+instructions?\s*:|\bnot\s+for\s+the\s+(?:reviewer|checker|editor)"
    r"|\bmore\s+authority\s+than\b"
)
_AGAINST_FACTS = (
    r"\b(?:whatever|regardless\s+of\s+what|no\s+matter\s+what)\s+the\s+(?:\w+\s+){0,3}(?:says?|shows?|said)\b"
    r"|\beven\s+though\s+it\s+(?:did|does|was|is|has)\s+not\b|\bwhatever\s+(?:the|its)\s+(?:rag|colour|status)\b"
)

CUES: dict[str, re.Pattern] = {
    "addresses a drafting tool": re.compile(
        rf"(?:{_TOOL})\b[^.]{{0,120}}?(?:{_WISH}|{_MODAL}|{_VERB}\b)|(?:{_WISH}|{_MODAL})[^.]{{0,60}}?(?:{_TOOL})",
        _F,
    ),
    "addresses a model or program": re.compile(
        # at the head of a line: "Copilot:", "AI -", "Hey ChatGPT,", "Chatbot, you ..."
        rf"(?:^|(?<=[.!?;]\s)|[\[(<>{{*|]|\bhey\s+|\bdear\s+)\W*(?:the\s+|any\s+|an?\s+)?"
        rf"(?:\w+\s+)?{_AGENT}s?\b(?:\s+(?:guidance|note|rules?|instructions?|directive))?"
        rf"(?:\s+\w+ing\b[^.:,\n]{{0,40}})?\s*(?:\s[-–—]\s|[:,])"
        # in passing: "N.B. for the compiler -", "P.S. to the bot:", "[[For the model:"
        rf"|(?:\b(?:note|instructions?|guidance|rules?|reminder|n\.?b\.?|p\.?s\.?)\s+)?\b(?:to|for|fao:?)\s+"
        rf"(?:the\s+|any\s+|an?\s+)?(?:\w+\s+)?{_AGENT}s?\b(?:\s+\w+ing\b[^.:,\n]{{0,40}})?\s*(?:\s[-–—]\s|:)"
        # the subject of a wish: "the machine need not check", "a helpful AI would not trouble ..."
        rf"|\b(?:the|any|an?)\s+(?:\w+\s+)?{_AGENT}s?\s+(?:(?:that|which)\s+\w+|\w+ing)?[^.\n]{{0,40}}?"
        rf"\b(?:should|must|is\s+to|needs?\s+to|need\s+not|ought\s+to|would\s+not|is\s+expected\s+to)\b",
        _F,
    ),
    "addresses whoever writes the letter": re.compile(
        rf"(?:{_WRITER})\b[^.\n]{{0,120}}?(?:{_WISH}|{_MODAL}\b|\b{_VERB}\b)",
        _F,
    ),
    "tells the letter what to say": re.compile(
        rf"(?:{_LETTER})[^.\n]{{0,60}}?(?:{_WISH})|(?:{_WISH})[^.\n]{{0,60}}?(?:{_LETTER})"
        rf"|(?:{_LETTER})\s+(?:says?|said)\s+nothing\b|(?:{_LETTER})\s+(?:did|does)\s+not\s+{_VERB}\b"
        rf"|\b(?:want|like|expect|need|ask|require)\w*\s+(?:{_LETTER})\s+to\s+{_VERB}\b"
        rf"|\b{_MODAL}\s+(?:that\s+)?(?:{_LETTER})(?:\s+[\w,]+){{0,4}}?\s+{_VERB}\b"
        rf"|(?:{_LETTER})\s+(?:you|it)\s+(?:produce|write|draft|generate)s?\b"
        rf"|(?:{_IMPERATIVE})[^.\n]{{0,60}}?\b(?:in|into|out\s+of|from|to|for|of)\s+(?:{_LETTER})"
        rf"|(?:{_LETTER})\s*[,:)]\s*(?:please\s+)?{_VERB}\b"
        rf"|\b(?:tone|wording|register)\s+of\s+(?:{_LETTER})|\btranslate\s+(?:{_LETTER})"
        rf"|\bapproved\s+wording\b[^.]{{0,40}}?\b(?:do\s+not\s+(?:alter|change|edit)|use\s+(?:this|it))\b",
        _F,
    ),
    "speaks to the reader as the letter's writer": re.compile(
        rf"(?:{_MAKING})[^.\n]{{0,80}}?(?:{_WISH}|{_IMPERATIVE}|\b{_VERB}\b)"
        rf"|(?:{_IMPERATIVE})[^.\n]{{0,60}}?(?:{_MAKING})"
        r"|\byou\s+(?:must|should|need\s+to|are\s+to)\s+(?:not\s+)?(?:mention|say|state|write|include|omit"
        r"|leave|report|describe|refer)\b[^.\n]{0,60}\b(?:letter|response|reply|comments|drafting)\b",
        _F,
    ),
    "tells the reader to set rules or facts aside": re.compile(rf"{_SET_ASIDE}|{_AGAINST_FACTS}", _F),
    "asks for hidden or other text": re.compile(
        r"\b(?:everything|all|text|instructions?|documents?|files?)\s+(?:that\s+)?you\s+(?:were|have\s+been)\s+"
        r"(?:told|given|shown)\b|\b(?:documents?|files?|text)\s+(?:that\s+)?you\s+can\s+(?:see|access|read)\b"
        r"|\b(?:other|all)\s+(?:the\s+)?documents\s+in\s+(?:this|the)\s+library\b"
        r"|\boutput(?:ting)?\s+(?:the\s+)?(?:single\s+word|only|just)\b"
        r"|\b(?:do\s+not|don'?t|never)\s+(?:tell|inform|show)\s+the\s+(?:user|reader|reviewer)\b|\byou\s+output\b",
        _F,
    ),
    "hides a directive in markup": re.compile(
        r"<!--|\[\[|\{\{|</?\s*(?:instructions?|system|prompt)\s*>|display\s*:\s*none"
        r"|\{\s*\"\w+\"\s*:|(?:^|[\s(>])(?:INSTRUCTIONS?|DIRECTIVE|OVERRIDE|SYSTEM)\s*[:#]"
        r"|\b[A-Z]{2,}\s+(?:OVERRIDE|INSTRUCTIONS?|DIRECTIVE)\b|\b\w*_?(?:override|directive)\w*\s*:"
        r"|^\W*system\s*:|\boutput\s+rule\s*:|#\s*instructions?\s*:|\bdrafting_\w+\s*:",
        re.S | re.M,
    ),
}

# Cues a restated duty or the commissioner's own voice can set off: checked against both.
_CONTEXTUAL = frozenset({"tells the letter what to say", "addresses a model or program"})


_LEET = str.maketrans("013457", "oieast")


def _plain(text: str) -> str:
    """Digits standing in for letters inside words ('menti0n', 'c0mmissi0ner') and 'u' for 'you'."""
    text = re.sub(
        r"\b(?=\w*[a-z])(?=\w*[013457])(?![a-z]{1,3}\d+\b)[a-z013457]+\b",  # a reference (A1, R3, AFI4) is not leet
        lambda m: m.group(0).translate(_LEET),
        text,
        flags=re.I,
    )
    return re.sub(r"\bu\b", "you", text)


def instruction_cue(text: str) -> str | None:
    """The name of the first cue that marks ``text`` as instructions to whoever writes the letter."""
    text = _plain(text)
    for name, pattern in CUES.items():
        m = pattern.search(text)
        if m is None:
            continue
        span = text[m.start() : m.end() + 40]
        voice = text[max(0, m.start() - 30) : m.end()]
        if name in _CONTEXTUAL and (_WH.search(span) or _FIRST_PERSON.search(voice)):
            continue
        return name
    return None

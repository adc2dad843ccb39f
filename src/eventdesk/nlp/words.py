"""Closed classes of English words the stages share (grammar, not facts about the world)."""

from __future__ import annotations

# Verbs that introduce what someone says, writes or commits to: "X said (that) ...".
REPORTING_VERBS = frozenset({
    "say", "tell", "announce", "claim", "state", "add", "note", "stress", "insist", "warn", "report", "declare",
    "confirm", "reiterate", "emphasize", "emphasise", "explain", "assert", "allege", "argue", "write", "quote",
    "acknowledge", "admit", "believe", "suggest", "indicate", "reveal", "disclose", "maintain", "contend",
    "predict", "estimate", "remark", "comment", "observe", "conclude", "vow", "pledge", "promise", "threaten",
    "deny", "demand", "remind",
    # said in writing online: "'We stand with Uganda,' the president tweeted", "posted on Facebook that ..."
    "tweet", "post",
})

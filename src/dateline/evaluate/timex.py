"""TempEval-3 Task A scorer for dateline's time tagger (``dateline eval timex PATH``).

Reads TimeML ``.tml`` files (a folder, searched recursively, or a ``.tar.gz``), runs the
parse and the timex stage on each ``<TEXT>`` with the file's document creation time as the
publication date, and scores the output against the gold ``TIMEX3`` tags the way the
TempEval-3 scorer does (UzZaman et al. 2013): strict (exact extent) and relaxed (overlapping
extent) precision, recall and F1; and, over relaxed matches, type and value accuracy and their
F1 (accuracy × relaxed F1, the official definition; value F1 ranks the systems). A malformed file is
skipped and counted, never fatal; a path with no TimeML at all raises
:class:`dateline.errors.EvaluationError`.
"""

from __future__ import annotations

import io
import logging
import re
import tarfile
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from dateline.errors import EvaluationError
from dateline.records import TimeExpression

log = logging.getLogger(__name__)
TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str | None
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    """One gold document: the plain text of ``<TEXT>``, its DCT and its TIMEX3 tags."""

    name: str
    text: str
    dct: date | None
    timexes: tuple[GoldTimex, ...]
    dct_time: datetime | None = None
    """The DCT's clock when the TimeML gives one ("1998-02-13T14:26:00"), passed to the tagger."""


@dataclass(slots=True)
class Counts:
    """Match counts for one slice (overall or one type)."""

    gold: int = 0
    system: int = 0
    strict: int = 0  # gold expressions with an exact system match (recall side)
    relaxed: int = 0  # gold expressions overlapped by a system one (recall side)
    type_ok: int = 0  # of the relaxed gold matches, those whose system type is right
    value_ok: int = 0  # ... and whose value is right (exact string, as the official scorer)
    strict_system: int = 0  # system expressions with an exact gold match (precision side)
    relaxed_system: int = 0  # system expressions overlapping a gold one (precision side)

    def add(self, other: Counts) -> None:
        for name in ("gold", "system", "strict", "relaxed", "type_ok", "value_ok",
                     "strict_system", "relaxed_system"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def _prf(self, system_hits: int, gold_hits: int) -> tuple[float, float, float]:
        p = system_hits / self.system if self.system else 0.0
        r = gold_hits / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def strict_prf(self) -> tuple[float, float, float]:
        return self._prf(self.strict_system, self.strict)

    @property
    def relaxed_prf(self) -> tuple[float, float, float]:
        return self._prf(self.relaxed_system, self.relaxed)

    @property
    def type_f1(self) -> float:
        """TempEval-3 attribute F1: type accuracy over relaxed matches × relaxed F1."""
        return self.type_accuracy * self.relaxed_prf[2]

    @property
    def value_f1(self) -> float:
        """TempEval-3 value F1 (the ranking figure): value accuracy × relaxed F1."""
        return self.value_accuracy * self.relaxed_prf[2]

    @property
    def type_accuracy(self) -> float:
        return self.type_ok / self.relaxed if self.relaxed else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.value_ok / self.relaxed if self.relaxed else 0.0


@dataclass(slots=True)
class TimexReport:
    """TempEval-3 Task A figures for one run, overall and per gold/system type."""

    path: str
    documents: int = 0
    words: int = 0
    overall: Counts = field(default_factory=Counts)
    per_type: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in TYPES})
    skipped: list[tuple[str, str]] = field(default_factory=list)
    parse_seconds: float = 0.0
    timex_seconds: float = 0.0
    errors: list[dict[str, Any]] = field(default_factory=list)
    why: Counter[tuple[str, str]] = field(default_factory=Counter)
    """``--why``: wrong values by (gold type, class of the difference); no text, no ids."""
    anchors: Counter[tuple[str, str, bool]] = field(default_factory=Counter)
    """``--why``: relaxed matches by (gold type, the system's anchor, value right)."""

    @property
    def words_per_second(self) -> float:
        """Throughput of the timex stage alone (the parse is timed separately)."""
        return self.words / self.timex_seconds if self.timex_seconds else 0.0

    def as_dict(self) -> dict[str, Any]:
        def block(c: Counts) -> dict[str, Any]:
            sp, sr, sf = c.strict_prf
            rp, rr, rf = c.relaxed_prf
            return {
                "gold": c.gold, "system": c.system,
                "strict": {"p": sp, "r": sr, "f1": sf}, "relaxed": {"p": rp, "r": rr, "f1": rf},
                "type_f1": c.type_f1, "type_accuracy": c.type_accuracy,
                "value_f1": c.value_f1, "value_accuracy": c.value_accuracy,
            }  # fmt: skip

        return {
            "path": self.path,
            "documents": self.documents,
            "skipped": [{"file": f, "reason": r} for f, r in self.skipped],
            "words": self.words,
            "timex_words_per_second": self.words_per_second,
            "overall": block(self.overall),
            "per_type": {t: block(c) for t, c in self.per_type.items()},
        }


# ---------------------------------------------------------------------------- reading TimeML


def read_timeml(data: bytes, *, name: str) -> TimeMLDocument:
    """Parse one TimeML file; raises EvaluationError (with the file name) if it is malformed."""
    try:
        root = ET.parse(io.BytesIO(data)).getroot()
    except ET.ParseError as exc:
        raise EvaluationError(f"malformed TimeML: {exc}", source=name) from None
    text_el = root.find(".//TEXT")
    if text_el is None:
        raise EvaluationError("no <TEXT> element; is this a TimeML file?", source=name)
    dct, dct_time = _creation_time(root, name)
    parts: list[str] = []
    gold: list[GoldTimex] = []
    _walk(text_el, parts, gold, name)
    return TimeMLDocument(name=name, text="".join(parts), dct=dct, timexes=tuple(gold), dct_time=dct_time)


def _creation_time(root: ET.Element, name: str) -> tuple[date | None, datetime | None]:
    """The DCT's date, and its date and clock when the value has a time ("1990-08-15T13:37")."""
    for el in root.iter("TIMEX3"):
        if el.get("functionInDocument") == "CREATION_TIME":
            value = (el.get("value") or "").strip()
            try:
                day = date.fromisoformat(value[:10])
            except ValueError:
                log.warning("%s: DCT value %r is not a date; scoring without one", name, value)
                return None, None
            try:
                clock = datetime.fromisoformat(value) if "T" in value else None
            except ValueError:  # "1998-02-13TMO": a part of day is no clock
                clock = None
            return day, clock
    return None, None


def _walk(el: ET.Element, parts: list[str], gold: list[GoldTimex], name: str) -> None:
    """Append the element's text to ``parts`` in order, recording TIMEX3 offsets."""
    if el.text:
        parts.append(el.text)
    for child in el:
        start = sum(map(len, parts))
        _walk(child, parts, gold, name)
        if child.tag == "TIMEX3":
            end = sum(map(len, parts))
            kind = child.get("type") or ""
            if kind not in TYPES:
                raise EvaluationError(f"TIMEX3 {child.get('tid')} has type {kind!r}", source=name)
            text = "".join(parts)[start:end]
            gold.append(GoldTimex(start, end, text, kind, child.get("value"), child.get("mod")))
        if child.tail:
            parts.append(child.tail)


def iter_timeml(path: str | Path) -> Iterator[tuple[str, bytes]]:
    """(name, bytes) of every .tml file under a folder or inside a .tar.gz / .tgz."""
    path = Path(path)
    if not path.exists():
        raise EvaluationError("no such file or folder", source=str(path))
    if path.is_dir():
        files = sorted(p for p in path.rglob("*.tml") if p.is_file())
        if not files:
            raise EvaluationError("no .tml files in this folder", source=str(path))
        for p in files:
            yield str(p.relative_to(path)), p.read_bytes()
        return
    if path.suffix == ".tml":
        yield path.name, path.read_bytes()
        return
    try:
        with tarfile.open(path) as tar:
            found = False
            for member in tar:
                if member.isfile() and member.name.endswith(".tml"):
                    handle = tar.extractfile(member)
                    if handle is not None:
                        found = True
                        yield member.name, handle.read()
    except (tarfile.TarError, OSError, EOFError) as exc:
        raise EvaluationError(f"cannot read archive: {exc}", source=str(path)) from None
    if not found:
        raise EvaluationError("no .tml files in this archive", source=str(path))


# ---------------------------------------------------------------------------- scoring


def score_document(gold: tuple[GoldTimex, ...], system: list[TimeExpression]) -> dict[str, Counts]:
    """Counts for one document: key ``"ALL"`` plus one per type (gold type for recall side,
    system type for precision side, as the TempEval-3 per-type tables do).

    As in the official scorer (``evaluate_entities.py`` of the TempEval-3 toolkit), recall
    counts gold expressions overlapped (relaxed) or exactly matched (strict) by a system one,
    and precision counts system expressions overlapping or matching a gold one; type and value
    are compared on each gold expression's aligned system expression (the exact match if
    there is one, else the first overlap), and their F1 is accuracy × relaxed F1.
    """
    out = {"ALL": Counts(), **{t: Counts() for t in TYPES}}
    out["ALL"].gold, out["ALL"].system = len(gold), len(system)
    for g in gold:
        out[g.type].gold += 1
    used: dict[int, str] = {}
    for g, best in _align(gold, system):
        if best is None:
            continue
        used[best] = g.type
        s = system[best]
        for key in ("ALL", g.type):
            c = out[key]
            c.relaxed += 1
            c.strict += (s.start, s.end) == (g.start, g.end)
            c.type_ok += s.type == g.type
            c.value_ok += _same_value(s.value, g.value)
    for i, s in enumerate(system):  # a matched expression counts under its gold type
        overlapping = [g for g in gold if s.start < g.end and g.start < s.end]
        exact = any((g.start, g.end) == (s.start, s.end) for g in overlapping)
        kind = used.get(i) or (overlapping[0].type if overlapping else s.type)
        for key in ("ALL", kind):
            out[key].relaxed_system += bool(overlapping)
            out[key].strict_system += exact
        out[kind].system += 1
    return out


def _align(gold: tuple[GoldTimex, ...], system: list[TimeExpression]) -> list[tuple[GoldTimex, int | None]]:
    """Each gold expression with its aligned system one (the exact match if there is one,
    else the first overlap not already taken), as the official scorer aligns them."""
    used: set[int] = set()
    out: list[tuple[GoldTimex, int | None]] = []
    for g in gold:
        best = None
        for i, s in enumerate(system):
            if i in used or s.end <= g.start or s.start >= g.end:
                continue
            if best is None or (s.start, s.end) == (g.start, g.end):
                best = i
        if best is not None:
            used.add(best)
        out.append((g, best))
    return out


def _same_value(system: str | None, gold: str | None) -> bool:
    if system is None or gold is None:
        return system == gold
    return system.strip() == gold.strip()


def evaluate_timex(
    path: str | Path, *, nlp: Any = None, keep_errors: bool = False, why: bool = False
) -> TimexReport:
    """Run the tagger on every TimeML file under ``path`` and score it (TempEval-3 Task A)."""
    from dateline.nlp.timex import tag_timexes

    nlp = nlp if nlp is not None else _default_parser()
    report = TimexReport(path=str(path))
    docs: list[TimeMLDocument] = []
    for name, data in iter_timeml(path):
        try:
            docs.append(read_timeml(data, name=name))
        except EvaluationError as exc:
            report.skipped.append((name, exc.message))
    steps = [(n, p) for n, p in nlp.pipeline if not n.startswith("dateline_")]
    for gold_doc in docs:
        started = time.perf_counter()
        doc = nlp.make_doc(gold_doc.text)
        for _, proc in steps:
            doc = proc(doc)
        parsed = time.perf_counter()
        system = tag_timexes(
            doc, published=gold_doc.dct, doc_id=gold_doc.name, published_time=gold_doc.dct_time
        )
        report.parse_seconds += parsed - started
        report.timex_seconds += time.perf_counter() - parsed
        report.documents += 1
        report.words += len(gold_doc.text.split())
        counts = score_document(gold_doc.timexes, system)
        report.overall.add(counts["ALL"])
        for t in TYPES:
            report.per_type[t].add(counts[t])
        if keep_errors:
            report.errors.extend(_differences(gold_doc, system))
        if why:
            tally_why(gold_doc.timexes, system, report.why, report.anchors)
    if not docs:
        raise EvaluationError("every TimeML file was malformed", source=str(path))
    return report


# ---------------------------------------------------------------------------- why values differ
# ``--why``: the wrong values of the relaxed matches, tallied by CLASS of difference only (no
# text, no ids), so a held-out set's error profile can be read without reading its files.

_REFS = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
_GRAIN_PATTERNS = (
    ("century", re.compile(r"^(\d\d|XX)$")),
    ("decade", re.compile(r"^(\d{3}|XXX)$")),
    ("year", re.compile(r"^(\d{4}|XXXX)$")),
    ("season", re.compile(r"^(\d{4}|XXXX)-(Q[1-4X]|H[12X]|SP|SU|FA|WI)$")),
    ("month", re.compile(r"^(\d{4}|XXXX)-(\d\d|XX)$")),
    ("week", re.compile(r"^(\d{4}|XXXX)-W(\d\d|XX)(-WE)?$")),
    ("day", re.compile(r"^(\d{4}|XXXX)-((\d\d|XX)-(\d\d|XX)|W(\d\d|XX)-[1-7X])$")),
    ("part of day", re.compile(r"^.+T(MO|AF|EV|NI|DT)$")),
    ("time", re.compile(r"^.+T\d\d(:\d\d){0,2}$")),
)
_DURATION = re.compile(r"^PT?([\dX.]+)([A-Z]+)$")


def granularity(value: str | None) -> str:
    """The grain a TIMEX3 value names: century .. day, part of day, time; ref; duration; other."""
    if not value:
        return "none"
    if value in _REFS:
        return "ref"
    if value.startswith("P"):
        return "duration"
    for name, pattern in _GRAIN_PATTERNS:
        if pattern.match(value):
            return name
    return "other"


def _shape(value: str) -> str:
    """A value's notation with its digits masked ("1998-XX" -> "9999-XX"): a class, not a value."""
    return re.sub(r"\d", "9", value)


def _day_of(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def value_class(gold: str | None, system: str | None) -> str:
    """The class of difference between a wrong system value and the gold one."""
    if system is None:
        return "no system value"
    if gold is None:
        return "no gold value"
    gg, gs = granularity(gold), granularity(system)
    if gg == "duration" or gs == "duration":
        if gg != gs:
            return f"gold {gg}, sys {gs}"
        mg, ms = _DURATION.match(gold), _DURATION.match(system)
        if not (mg and ms):
            return "duration other notation"
        if mg.group(2) != ms.group(2) or gold.startswith("PT") != system.startswith("PT"):
            return "duration unit wrong"
        if "X" in mg.group(1) or "X" in ms.group(1):
            return "duration number X vs written" if "X" in mg.group(1) else "duration number written vs X (sys X)"
        return "duration number wrong"
    if gg == "ref" and gs == "ref":
        return "REF vs other REF"
    if gg == "ref":
        return f"gold REF, sys a date ({gs})"
    if gs == "ref":
        return f"gold a date ({gg}), sys REF"
    if ("X" in gold) != ("X" in system):
        return f"X placeholder: gold {_shape(gold)} ({gg}), sys {_shape(system)} ({gs})"
    if "other" in (gg, gs):
        return f"notation: gold {_shape(gold)}, sys {_shape(system)}"
    if gg != gs:
        order = [name for name, _ in _GRAIN_PATTERNS]
        finer = order.index(gs) > order.index(gg) if gs in order and gg in order else None
        agree = system.startswith(gold) or gold.startswith(system) or gold[:4] == system[:4]
        side = "finer" if finer else "coarser" if finer is not None else "different"
        label = f"sys {side} than gold ({gs} vs {gg}), {'same year' if agree else 'other year'}"
        if gs in ("part of day", "time") or gg in ("part of day", "time"):
            same = _day_of(gold) == _day_of(system) and _day_of(gold) is not None
            label += f", sys {_shape(system)[10:] or '-'} gold {_shape(gold)[10:] or '-'}"
            label += ", same day" if same else ", other day"
        return label
    if gold[:4] != system[:4]:
        if gold[:4].isdigit() and system[:4].isdigit():
            off = int(system[:4]) - int(gold[:4])
            return f"{gg}: year off by {off:+d}" if abs(off) == 1 else f"{gg}: year off by other"
        return f"{gg}: year/century differs"
    if gg in ("day", "part of day", "time"):
        dg, ds = _day_of(gold), _day_of(system)
        if dg and ds and dg != ds:
            if dg.month != ds.month and dg.day == ds.day:
                return f"{gg}: month off (same day of month)"
            diff = (ds - dg).days
            if abs(diff) == 1:
                return f"{gg}: day off by {diff:+d}"
            if abs(diff) == 7:
                return f"{gg}: day off by {diff:+d}"
            if abs(diff) < 7:
                return f"{gg}: day off by 2-6"
            return f"{gg}: day off by more than a week"
        if dg and ds:
            return f"{gg}: same day, clock/part differs"
    if gg in ("month", "season", "week"):
        return f"{gg}: {gg} differs (same year)"
    return f"{gg}: other"


def _extent_class(g: GoldTimex, s: TimeExpression) -> str:
    """How the system extent sits on the gold one: exact, longer, shorter or shifted."""
    if (s.start, s.end) == (g.start, g.end):
        return "same extent"
    if s.start <= g.start and s.end >= g.end:
        return "sys extent longer"
    if s.start >= g.start and s.end <= g.end:
        return "sys extent shorter"
    return "extents overlap"


def _anchor_kind(anchor: str | None) -> str:
    if anchor in (None, "dct", "narrative", "absolute", "duration"):
        return anchor or "none"
    return "previous expression"


def tally_why(
    gold: tuple[GoldTimex, ...], system: list[TimeExpression],
    why: Counter[tuple[str, str]], anchors: Counter[tuple[str, str, bool]],
) -> None:  # fmt: skip
    """Add one document's wrong values (by class) and its matches (by anchor) to the tallies."""
    for g, i in _align(gold, system):
        if i is None:
            continue
        s = system[i]
        ok = _same_value(s.value, g.value)
        anchors[(g.type, _anchor_kind(s.anchor), ok)] += 1
        if (g.mod or None) != (s.mod or None):
            why[(g.type, f"mod: gold {g.mod or '-'}, sys {s.mod or '-'}" + ("" if ok else " (value wrong)"))] += 1
        if ok:
            continue
        label = value_class(g.value, s.value) + f" [{_extent_class(g, s)}]"
        if s.mod:
            label += f" [sys mod {s.mod}]"
        if s.type != g.type:
            label = f"type sys {s.type}; {label}"
        why[(g.type, label)] += 1


def format_why(report: TimexReport) -> str:
    """The ``--why`` tallies as text: per gold type, wrong values by class, then anchors."""
    lines = ["", "Wrong values by class (relaxed matches; no text, no ids):"]
    for t in TYPES:
        wrong = {k[1]: n for k, n in report.why.items() if k[0] == t and not k[1].startswith("mod:")}
        total = sum(wrong.values())
        matched = report.per_type[t].relaxed
        lines.append(f"{t}: {total} wrong of {matched} matched")
        for label, n in sorted(wrong.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"  {n:5d} {n / total:6.1%}  {label}")
    lines.append("")
    lines.append("Mod differences (all relaxed matches):")
    for (t, label), n in sorted(report.why.items(), key=lambda kv: (kv[0][0], -kv[1])):
        if label.startswith("mod:"):
            lines.append(f"  {t:9}{n:5d}  {label[5:]}")
    lines.append("")
    lines.append("Anchor the system used (relaxed matches): right / wrong values")
    keys = sorted({(t, a) for t, a, _ in report.anchors})
    for t, a in keys:
        n_right, n_wrong = report.anchors[(t, a, True)], report.anchors[(t, a, False)]
        lines.append(f"  {t:9}{a:20}{n_right:6d} right {n_wrong:5d} wrong")
    return "\n".join(lines)


def why_dict(report: TimexReport) -> dict[str, Any]:
    """The ``--why`` tallies for ``--json``."""
    return {
        "values": [{"type": t, "class": c, "n": n} for (t, c), n in sorted(report.why.items())],
        "anchors": [{"type": t, "anchor": a, "value_ok": ok, "n": n}
                    for (t, a, ok), n in sorted(report.anchors.items())],
    }  # fmt: skip


def _differences(gold_doc: TimeMLDocument, system: list[TimeExpression]) -> list[dict[str, Any]]:
    """Misses, false alarms and wrong values, for error analysis."""
    out: list[dict[str, Any]] = []
    text = gold_doc.text
    matched: set[int] = set()
    for g in gold_doc.timexes:
        hit = next(
            (i for i, s in enumerate(system) if i not in matched and s.start < g.end and g.start < s.end),
            None,
        )
        ctx = text[max(0, g.start - 60) : g.end + 40].replace("\n", " ")
        if hit is None:
            out.append({"doc": gold_doc.name, "kind": "miss", "gold": g.text, "type": g.type,
                        "value": g.value, "context": ctx, "dct": str(gold_doc.dct)})  # fmt: skip
            continue
        matched.add(hit)
        s = system[hit]
        if s.value != g.value or s.type != g.type or (s.start, s.end) != (g.start, g.end):
            out.append({"doc": gold_doc.name, "kind": "diff", "gold": g.text, "sys": s.text,
                        "type": g.type, "sys_type": s.type, "value": g.value, "sys_value": s.value,
                        "anchor": s.anchor, "context": ctx, "dct": str(gold_doc.dct)})  # fmt: skip
    for i, s in enumerate(system):
        if i not in matched:
            ctx = text[max(0, s.start - 60) : s.end + 40].replace("\n", " ")
            out.append({"doc": gold_doc.name, "kind": "false", "sys": s.text, "sys_type": s.type,
                        "sys_value": s.value, "context": ctx})  # fmt: skip
    return out


def _default_parser() -> Any:
    import spacy

    from dateline.nlp.pipeline import MODEL

    return spacy.load(MODEL, exclude=["ner"])


def format_report(report: TimexReport) -> str:
    """A plain-text table of the TempEval-3 figures, overall and per type."""
    lines = [
        f"TempEval-3 Task A — {report.path}",
        f"documents {report.documents}, skipped {len(report.skipped)}, words {report.words}, "
        f"timex stage {report.words_per_second:,.0f} words/s",
        "",
        f"{'':10}{'gold':>6}{'sys':>6} | {'strict P':>8}{'R':>7}{'F1':>7} | "
        f"{'relax P':>8}{'R':>7}{'F1':>7} | {'type F1':>8}{'acc':>7} | {'value F1':>8}{'acc':>7}",
    ]
    rows = [("overall", report.overall), *report.per_type.items()]
    for label, c in rows:
        sp, sr, sf = c.strict_prf
        rp, rr, rf = c.relaxed_prf
        lines.append(
            f"{label:10}{c.gold:>6}{c.system:>6} | {sp:8.3f}{sr:7.3f}{sf:7.3f} | "
            f"{rp:8.3f}{rr:7.3f}{rf:7.3f} | {c.type_f1:8.3f}{c.type_accuracy:7.3f} | "
            f"{c.value_f1:8.3f}{c.value_accuracy:7.3f}"
        )
    for name, reason in report.skipped:
        lines.append(f"skipped {name}: {reason}")
    return "\n".join(lines)


def format_errors(errors: list[dict[str, Any]], limit: int | None = None) -> str:
    """One line per error kept by ``evaluate_timex(..., keep_errors=True)``: misses, false
    alarms and wrong extents/types/values, with the gold and system readings and context."""
    lines = []
    for e in errors[:limit]:
        if e["kind"] == "miss":
            what = f"miss   {e['gold']!r} {e['type']} {e['value']}"
        elif e["kind"] == "false":
            what = f"false  {e['sys']!r} {e['sys_type']} {e['sys_value']}"
        else:
            what = (f"diff   {e['gold']!r} {e['type']} {e['value']} → {e['sys']!r} {e['sys_type']} "
                    f"{e['sys_value']} ({e.get('anchor')})")  # fmt: skip
        lines.append(f"{e['doc']}: {what} | {e['context']}")
    return "\n".join(lines)

"""Printing an evaluation report as tables a person can read at a glance."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table


def print_report(report: dict[str, Any], show: int = 0) -> None:
    console = Console(width=140)
    table = Table(title=f"eventdesk eval: {report.get('gold')}", header_style="bold")
    table.add_column("measure")
    table.add_column("value", justify="right")
    if report["kind"] == "seed":
        table.add_row("required events found", f"{report['required_found']} / {report['required']}")
        table.add_row("optional events found", f"{report['optional_found']} / {report['optional']}")
        table.add_row("asserted from must-not sentences", str(report["must_not_violations"]))
        table.add_row("field checks (date, cited, location)", f"{report['field_checks_ok']} / {report['field_checks']}")
        console.print(table)
        for row in report["details"]:
            if row.get("must_not_assert"):
                console.print(f"  {row['id']}: {'ok' if row['ok'] else 'ASSERTED'}")
            else:
                flag = "found" if row["found"] else ("MISSING" if row["required"] else "missing (optional)")
                checks = " ".join(f"{k}={'ok' if v else 'WRONG'}" for k, v in row.get("checks", {}).items())
                console.print(f"  {row['id']}: {flag} {checks} {row.get('event', '')}", markup=False)
        return
    if report["kind"] == "documents":
        _print_documents(console, report, show)
        return
    table.add_row("records", str(report["records"]))
    if "plover" in report:
        p = report["plover"]
        table.add_row("PLOVER type precision", f"{p['precision']:.3f}")
        table.add_row("PLOVER type recall", f"{p['recall']:.3f}")
        table.add_row("PLOVER type F1", f"{p['f1']:.3f}")
        table.add_row("triple recall (source country, type, target country)", f"{p['triple_recall']:.3f}")
        table.add_row("source country accuracy (type right)", f"{p['source_country_accuracy']:.3f}")
        table.add_row("target country accuracy (type right)", f"{p['target_country_accuracy']:.3f}")
    if "penta" in report:
        q = report["penta"]
        table.add_row("penta-class accuracy", f"{q['accuracy']:.3f}")
        table.add_row("penta-class macro-F1", f"{q['macro_f1']:.3f}")
        table.add_row("sentences with no event", str(q["no_event"]))
    console.print(table)
    if show:
        wrong = [
            d for d in report["details"]
            if ("gold_event" in d and d.get("gold_event") and d.get("pred_event") != d.get("gold_event"))
            or (d.get("gold_penta") is not None and d.get("pred_penta") != d.get("gold_penta"))
        ]
        for d in wrong[:show]:
            console.print(d, markup=False)


def _print_documents(console: Console, report: dict[str, Any], show: int) -> None:
    """One row per label: precision, recall and F1 for all articles and for each half."""
    table = Table(title=f"eventdesk eval: {report.get('gold')} ({report['records']} articles)", header_style="bold")
    table.add_column("label")
    for part in ("all", "A", "B"):
        for measure in ("P", "R", "F1"):
            table.add_column(f"{measure} {part}", justify="right")
        table.add_column(f"gold {part}", justify="right")
    for label in report["labels"]:
        row = [label]
        for part in ("all", "A", "B"):
            s = report["scores"][part][label]
            row += [f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}", str(s["gold"])]
        table.add_row(*row)
    console.print(table)
    if show:
        wrong = [d for d in report["details"] if d["gold"] != d["predicted"]]
        for d in wrong[:show]:
            console.print(d, markup=False)

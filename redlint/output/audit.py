"""Showing an audit: a terminal summary, JSON and CSV streamed issue by issue, an HTML page.

The writers receive each issue once, as it is linted, and write it out at once: nothing
grows with the project but the HTML table's rows, which wait in a temporary file.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import json
import tempfile
from typing import TextIO

from redlint.audit.run import IssueResult
from redlint.audit.tally import Tally
from redlint.i18n import current, plural, tr
from redlint.output.render import finding_json

AUDIT_SCHEMA_VERSION = 1


def _verdict(result: IssueResult) -> str:
    return "error" if result.error is not None else ("pass" if result.passing else "fail")


def issue_json(result: IssueResult) -> dict:
    issue = result.issue
    return {
        "id": issue.id,
        "url": issue.url,
        "created_on": issue.created_on.isoformat() if issue.created_on else None,
        "title": issue.title,
        "tracker": issue.tracker,
        "assigned_to": issue.assigned_to,
        "as_created": issue.as_created,
        "verdict": _verdict(result),
        "error": result.error,
        "findings": [finding_json(f) for f in result.findings],
    }


class JsonWriter:
    """`{"version": 1, "query": …, "issues": [ … ], "summary": …}`, one issue at a time."""

    def __init__(self, stream: TextIO, query: dict):
        self.stream = stream
        self.first = True
        stream.write('{\n  "version": %d,\n  "query": %s,\n  "issues": [' % (
            AUDIT_SCHEMA_VERSION, json.dumps(query, ensure_ascii=False)))

    def add(self, result: IssueResult) -> None:
        self.stream.write(("\n    " if self.first else ",\n    ")
                          + json.dumps(issue_json(result), ensure_ascii=False))
        self.first = False

    def close(self, tally: Tally) -> None:
        self.stream.write("\n  ],\n  \"summary\": %s\n}\n" % json.dumps(
            tally.summary(), ensure_ascii=False))


CSV_COLUMNS = ("issue", "url", "created_on", "tracker", "assigned_to", "as_created", "verdict",
               "rule", "level", "line", "column", "message")


class CsvWriter:
    """One row per finding; an issue without findings has one row with an empty rule."""

    def __init__(self, stream: TextIO, query: dict):
        self.writer = csv.writer(stream)
        self.writer.writerow(CSV_COLUMNS)

    def add(self, result: IssueResult) -> None:
        issue = result.issue
        head = [issue.id, issue.url, issue.created_on.isoformat() if issue.created_on else "",
                issue.tracker, issue.assigned_to or "", str(issue.as_created).lower(),
                _verdict(result)]
        if not result.findings:
            self.writer.writerow(head + ["", "", "", "", result.error or ""])
        for f in result.findings:
            self.writer.writerow(head + [f.rule, f.level.value, f.line, f.column, f.message])

    def close(self, tally: Tally) -> None:
        pass


# ------------------------------------------------------------------------------- HTML

_CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:68rem;color:#1d2330;padding:0 1rem}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem}
.meta{color:#5a6478}.figures{display:flex;gap:1rem;flex-wrap:wrap;margin:1rem 0}
.figure{background:#f2f4f8;border-radius:8px;padding:.7rem 1rem;min-width:9rem}
.figure b{display:block;font-size:1.6rem}table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #e1e5ee;vertical-align:top}
th{background:#f2f4f8}td.n{text-align:right}td.d{white-space:nowrap}.pass{color:#1c7c3c}.fail{color:#b3261e}
.error{color:#8a5a00}svg text{font:12px system-ui,sans-serif;fill:#1d2330}
"""


def _svg_rules(tally: Tally) -> str:
    rows = tally.findings.most_common()
    if not rows:
        return "<p>" + html.escape(tr("Aucun constat.", "No findings.")) + "</p>"
    width, bar, label = 720, 22, 190
    top = max(count for _, count in rows)
    parts = [f'<svg id="chart-rules" role="img" width="{width}" height="{len(rows) * bar + 10}" '
             f'xmlns="http://www.w3.org/2000/svg"><title>'
             + html.escape(tr("Constats par règle", "Findings per rule")) + "</title>"]
    for index, (rule, count) in enumerate(rows):
        y = index * bar + 4
        length = max(2, int((width - label - 60) * count / top))
        parts.append(f'<text x="0" y="{y + 14}">{html.escape(rule)}</text>'
                     f'<rect x="{label}" y="{y}" width="{length}" height="{bar - 6}" '
                     f'fill="#3b6fd8"/><text x="{label + length + 6}" y="{y + 14}">{count}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _svg_trend(tally: Tally) -> str:
    months = tally.trend()
    if not months:
        return ""
    width, height, base = 720, 200, 170
    step = max(24, min(60, (width - 40) // len(months)))
    parts = [f'<svg id="chart-trend" role="img" width="{max(width, step * len(months) + 40)}" '
             f'height="{height + 20}" xmlns="http://www.w3.org/2000/svg"><title>'
             + html.escape(tr("Part des tickets conformes, par mois",
                              "Share of passing tickets, per month")) + "</title>"]
    for index, (key, month) in enumerate(months):
        share = month.passing / month.checked if month.checked else 0
        x = 30 + index * step
        h = int(140 * share)
        parts.append(f'<rect x="{x}" y="{base - h}" width="{step - 8}" height="{h}" '
                     f'fill="#1c7c3c"><title>{html.escape(key)}: {share:.0%} '
                     f'({month.passing}/{month.checked})</title></rect>'
                     f'<text x="{x}" y="{base - h - 4}">{share:.0%}</text>'
                     f'<text x="{x}" y="{base + 16}">{html.escape(key)}</text>')
    parts.append("</svg>")
    return "".join(parts)


class HtmlWriter:
    """One self-contained page: styles and charts inline, no network needed to open it."""

    def __init__(self, target: str, query: dict):
        self.target = target
        self.query = query
        self.rows = tempfile.TemporaryFile("w+", encoding="utf-8")

    def add(self, result: IssueResult) -> None:
        issue = result.issue
        rules = ", ".join(sorted({f.rule for f in result.findings})) or (result.error or "")
        verdict = _verdict(result)
        self.rows.write(
            f'<tr class="issue"><td><a href="{html.escape(issue.url)}">#{issue.id}</a></td>'
            f"<td>{html.escape(issue.title)}</td>"
            f"<td class=\"d\">{issue.created_on.date().isoformat() if issue.created_on else ''}</td>"
            f'<td class="{verdict}">{verdict}</td><td class="n">{len(result.findings)}</td>'
            f"<td>{html.escape(rules)}</td></tr>\n")

    def close(self, tally: Tally) -> None:
        esc = html.escape
        figures = [(plural(tally.checked, "ticket vérifié", "tickets vérifiés",
                           "ticket checked", "tickets checked"), str(tally.checked)),
                   (tr("conformes", "passing"), f"{tally.share_passing:.0%}"),
                   (plural(sum(tally.findings.values()), "constat", "constats",
                           "finding", "findings"), str(sum(tally.findings.values())))]
        as_now = plural(tally.as_now,
                        "{n} ticket lu avec ses valeurs actuelles (historique incomplet).",
                        "{n} tickets lus avec leurs valeurs actuelles (historique incomplet).",
                        "{n} ticket read with its current values (incomplete history).",
                        "{n} tickets read with their current values (incomplete history).")
        rule_rows = "".join(
            f"<tr><td>{html.escape(rule)}</td><td class='n'>{count}</td>"
            f"<td class='n'>{tally.tickets[rule]}</td></tr>"
            for rule, count in tally.findings.most_common())
        query = ", ".join(f"{k}: {v}" for k, v in self.query.items() if v not in (None, ""))
        with open(self.target, "w", encoding="utf-8") as page:
            page.write(
                f'<!DOCTYPE html><html lang="{current()}"><head><meta charset="utf-8">'
                f"<title>redlint audit — {html.escape(str(self.query.get('project')))}</title>"
                f"<style>{_CSS}</style></head><body>"
                f"<h1>{esc(tr('Qualité des tickets', 'Ticket quality'))} — "
                f"{html.escape(str(self.query.get('project')))}</h1>"
                f'<p class="meta">{html.escape(query)} · '
                f"{dt.datetime.now().strftime('%Y-%m-%d %H:%M')}</p>"
                '<div class="figures">'
                + "".join(f'<div class="figure"><b>{v}</b>{esc(k)}</div>' for k, v in figures)
                + "</div>"
                + (f"<p class='meta'>{esc(as_now)}</p>" if tally.as_now else "")
                + f"<h2>{esc(tr('Constats par règle', 'Findings per rule'))}</h2>"
                + _svg_rules(tally)
                + f"<table id='rules'><tr><th>{esc(tr('règle', 'rule'))}</th>"
                  f"<th>{esc(tr('constats', 'findings'))}</th>"
                  f"<th>{esc(tr('tickets', 'tickets'))}</th></tr>{rule_rows}</table>"
                + f"<h2>{esc(tr('Évolution par mois', 'Trend per month'))}</h2>"
                + _svg_trend(tally)
                + f"<h2>{esc(tr('Tickets', 'Tickets'))}</h2><table id='issues'><tr>"
                  f"<th>#</th><th>{esc(tr('titre', 'title'))}</th>"
                  f"<th>{esc(tr('créé le', 'created'))}</th>"
                  f"<th>{esc(tr('verdict', 'verdict'))}</th>"
                  f"<th>{esc(tr('constats', 'findings'))}</th>"
                  f"<th>{esc(tr('règles', 'rules'))}</th></tr>\n")
            self.rows.seek(0)
            for row in self.rows:
                page.write(row)
            page.write("</table></body></html>\n")
        self.rows.close()


# ---------------------------------------------------------------------- terminal


class _Progress:
    """A progress bar on a terminal (stderr); silent elsewhere."""

    def __init__(self, bar, task):
        self.bar, self.task = bar, task

    def total(self, count: int) -> None:
        if self.bar is not None:
            self.bar.update(self.task, total=count)

    def step(self, count: int) -> None:
        if self.bar is not None:
            self.bar.advance(self.task, count)


class progress:  # noqa: N801 - used as a context manager, like rich's own
    def __init__(self):
        self.bar = None

    def __enter__(self) -> _Progress:
        import sys

        from redlint.output.console import console

        if not sys.stderr.isatty():
            return _Progress(None, None)
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        self.bar = Progress("{task.description}", BarColumn(), MofNCompleteColumn(),
                            TimeRemainingColumn(), console=console(stderr=True),
                            transient=True)
        self.bar.__enter__()
        task = self.bar.add_task(tr("Tickets", "Issues"), total=None)
        return _Progress(self.bar, task)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)


def human_summary(tally: Tally, query: dict) -> None:
    """The audit for people: figures, findings per rule, the trend, the worst tickets."""
    from rich.table import Table
    from rich.text import Text

    from redlint.output.console import console as make_console

    console = make_console(soft_wrap=False)
    checked = plural(tally.checked, "{n} ticket vérifié", "{n} tickets vérifiés",
                     "{n} ticket checked", "{n} tickets checked")
    console.print(Text(tr(f"Audit de {query['project']} : {checked}, "
                          f"{tally.share_passing:.0%} conformes ({tally.passing}).",
                          f"Audit of {query['project']}: {checked}, "
                          f"{tally.share_passing:.0%} passing ({tally.passing})."), style="bold"))
    if tally.as_now:
        console.print(Text(plural(
            tally.as_now,
            "{n} ticket lu avec ses valeurs actuelles : son historique ne dit pas toutes les "
            "valeurs à la création.",
            "{n} tickets lus avec leurs valeurs actuelles : leur historique ne dit pas toutes "
            "les valeurs à la création.",
            "{n} ticket read with its current values: its history does not tell every value "
            "at creation.",
            "{n} tickets read with their current values: their history does not tell every "
            "value at creation.")))
    if tally.unreadable:
        console.print(Text(plural(tally.unreadable, "{n} ticket illisible comme brouillon.",
                                  "{n} tickets illisibles comme brouillons.",
                                  "{n} ticket unreadable as a draft.",
                                  "{n} tickets unreadable as drafts.")))
    rules = Table(title=tr("Constats par règle", "Findings per rule"), title_justify="left")
    rules.add_column(tr("règle", "rule"))
    rules.add_column(tr("constats", "findings"), justify="right")
    rules.add_column(tr("tickets", "tickets"), justify="right")
    for rule, count in tally.findings.most_common():
        rules.add_row(rule, str(count), str(tally.tickets[rule]))
    console.print(rules)
    trend = Table(title=tr("Évolution par mois", "Trend per month"), title_justify="left")
    trend.add_column(tr("mois", "month"))
    trend.add_column(tr("tickets", "tickets"), justify="right")
    trend.add_column(tr("conformes", "passing"), justify="right")
    trend.add_column(tr("constats", "findings"), justify="right")
    for key, month in tally.trend():
        share = month.passing / month.checked if month.checked else 1.0
        trend.add_row(key, str(month.checked), f"{share:.0%}", str(month.findings))
    console.print(trend)
    worst = Table(title=tr("Tickets les plus éloignés du guide",
                           "Tickets furthest from the guide"),
                  title_justify="left")
    worst.add_column("#")
    worst.add_column(tr("titre", "title"), overflow="fold")
    worst.add_column(tr("erreurs", "errors"), justify="right")
    worst.add_column(tr("avert.", "warnings"), justify="right")
    worst.add_column("URL")
    for ticket in tally.worst:
        worst.add_row(str(ticket.id), Text(ticket.title), str(ticket.errors),
                      str(ticket.warnings), ticket.url)
    console.print(worst)

"""Protocol export: the command line against LibreOffice, and the build in this process.

a) ``ciworkshop export demo.ciw -o x.pdf`` in a fresh process (the demo Fachtag: plenary
   and four round tables, ~280 cards, two photos), median of :data:`RUNS` runs after one
   warm-up, against ``soffice --headless --convert-to pdf`` of the same protocol as HTML
   (rendered from the Markdown export, with the same photos) in the same run. Target: at
   most a third of LibreOffice's time. LibreOffice runs with its own profile folder under
   the work folder (its first start, which creates the profile, is the warm-up).
b) gather + PDF build of the same protocol in this process (fonts registered, modules
   imported), median of :data:`RUNS` runs. Target: at most 0.4 s.

Without ``soffice`` on the PATH the comparison is skipped with a note; on Debian it comes
with ``apt-get install -y --no-install-recommends libreoffice-writer-nogui``.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.common import Verdict, median

RUNS = 5
RATIO_TARGET = 1 / 3
BUILD_TARGET_S = 0.4
LIBREOFFICE_PACKAGE = "libreoffice-writer-nogui"


@dataclass
class ExportResults:
    cli_s: list[float] = field(default_factory=list)
    cli_cpu_s: list[float] = field(default_factory=list)
    soffice_s: list[float] = field(default_factory=list)
    soffice_cpu_s: list[float] = field(default_factory=list)
    build_s: list[float] = field(default_factory=list)
    gather_s: list[float] = field(default_factory=list)
    pages: int = 0
    cards: int = 0
    photos: int = 0
    soffice: str = ""
    soffice_note: str = ""

    @property
    def ratio(self) -> float:
        if not self.soffice_s:
            return float("nan")
        return median(self.cli_s) / median(self.soffice_s)

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def _command() -> list[str]:
    """The installed ``ciworkshop`` script beside this Python, else ``python -m``."""
    script = Path(sys.executable).with_name("ciworkshop")
    return [str(script)] if script.exists() else [sys.executable, "-m", "ciworkshop"]


def _timed(args: list[str], *, cwd: Path) -> tuple[float, float]:
    """Wall and CPU seconds (user + system of the child and its children)."""
    before = os.times()
    started = time.perf_counter()
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=300, check=False)
    wall = time.perf_counter() - started
    after = os.times()
    if result.returncode != 0:
        raise RuntimeError(f"{args[0]} failed ({result.returncode}): {result.stderr[-500:]}")
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return wall, cpu


def _html(workdir: Path) -> Path:
    """The demo protocol as an HTML file for LibreOffice, with its photos as files."""
    from ciworkshop.domain.protocol import ProtocolOptions
    from ciworkshop.export.markdown import render_markdown
    from ciworkshop.services.protocol import gather
    from ciworkshop.store.document import Document

    with Document.open(workdir / "demo.ciw", read_only=True) as document:
        data = gather(document, options=ProtocolOptions())
    text = render_markdown(data)
    try:
        from markdown_it import MarkdownIt

        body = MarkdownIt("commonmark").enable("table").render(text)
    except ImportError:  # a dev install has it (via import-linter's rich)
        import html

        body = f"<pre>{html.escape(text)}</pre>"
    images = []
    for number, photo in enumerate((p for s in data.sessions for p in s.photos), start=1):
        name = f"photo-{number}.{'png' if photo.mime == 'image/png' else 'jpg'}"
        (workdir / name).write_bytes(photo.data)
        images.append(f'<p><img src="{name}" width="640"><br>{photo.caption}</p>')
    page = workdir / "protocol.html"
    page.write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Protokoll</title>'
        "<style>body{font-family:'DejaVu Sans',sans-serif;font-size:10pt}"
        "table{border-collapse:collapse}td,th{border-bottom:1px solid #ccc}</style>"
        f"</head><body>{body}{''.join(images)}</body></html>",
        encoding="utf-8",
    )
    return page


def run(workdir: Path) -> ExportResults:
    from ciworkshop.services.demo import write_demo

    workdir = workdir / "export"
    workdir.mkdir(parents=True, exist_ok=True)
    results = ExportResults()
    write_demo(workdir / "demo.ciw").close()

    # a) the command line, fresh processes
    command = [*_command(), "export", "demo.ciw", "-o", "x.pdf"]
    _timed(command, cwd=workdir)
    for _ in range(RUNS):
        wall, cpu = _timed(command, cwd=workdir)
        results.cli_s.append(wall)
        results.cli_cpu_s.append(cpu)

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        results.soffice_note = (
            f"soffice not found: comparison skipped (apt-get install -y "
            f"--no-install-recommends {LIBREOFFICE_PACKAGE})"
        )
    else:
        results.soffice = soffice
        page = _html(workdir)
        profile = (workdir / "lo-profile").as_uri()
        convert = [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf:writer_web_pdf_Export",
            "--outdir",
            str(workdir / "lo"),
            str(page),
        ]
        _timed(convert, cwd=workdir)  # creates the profile
        for _ in range(RUNS):
            wall, cpu = _timed(convert, cwd=workdir)
            results.soffice_s.append(wall)
            results.soffice_cpu_s.append(cpu)

    # b) in this process
    from ciworkshop.domain.protocol import ProtocolOptions
    from ciworkshop.export.pdf import build_pdf, register_fonts
    from ciworkshop.services.protocol import gather
    from ciworkshop.store.document import Document

    register_fonts()
    with Document.open(workdir / "demo.ciw", read_only=True) as document:
        build_pdf(gather(document, options=ProtocolOptions()))  # warm-up
        for _ in range(RUNS):
            started = time.perf_counter()
            data = gather(document, options=ProtocolOptions())
            gathered = time.perf_counter()
            result = build_pdf(data)
            results.gather_s.append(gathered - started)
            results.build_s.append(time.perf_counter() - started)
    results.pages = result.pages
    results.cards = data.card_count
    results.photos = sum(len(s.photos) for s in data.sessions)
    return results


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:7.0f} ms"


def print_results(results: ExportResults) -> list[str]:
    """Print the figures; returns the printed lines."""
    lines = [
        f"\n5. Protocol export of the demo Fachtag ({results.pages} pages, {results.cards} "
        f"cards, {results.photos} photos), median of {RUNS} runs after one warm-up",
        f"     {'':46}{'median':>10} {'min':>10} {'max':>10} {'CPU median':>12}",
    ]

    def row(label: str, wall: list[float], cpu: list[float] | None = None) -> str:
        cpu_text = _ms(statistics.median(cpu)) if cpu else ""
        return (
            f"     {label:46}{_ms(median(wall)):>10} {_ms(min(wall)):>10} "
            f"{_ms(max(wall)):>10} {cpu_text:>12}"
        )

    lines.append(row("a) ciworkshop export demo.ciw -o x.pdf", results.cli_s, results.cli_cpu_s))
    if results.soffice_s:
        lines.append(
            row(
                "   soffice --convert-to pdf (same, as HTML)",
                results.soffice_s,
                results.soffice_cpu_s,
            )
        )
        lines.append(f"     ratio command line ÷ LibreOffice: {results.ratio:.2f}")
    else:
        lines.append(f"     {results.soffice_note}")
    lines.append(row("b) gather + PDF build in this process", results.build_s))
    lines.append(f"     of which gather (median): {_ms(median(results.gather_s)).strip()}")
    for line in lines:
        print(line)
    return lines


def verdicts(results: ExportResults) -> list[Verdict]:
    """Rows for the summary table of ``python -m benchmarks``."""
    return [
        Verdict(
            "Protocol export: CLI ÷ LibreOffice (median)",
            results.ratio,
            RATIO_TARGET,
            "×",
            note=results.soffice_note
            or f"{median(results.cli_s) * 1000:.0f} ms ÷ {median(results.soffice_s) * 1000:.0f} ms",
        ),
        Verdict(
            "Protocol build in process (median)",
            median(results.build_s),
            BUILD_TARGET_S,
            " s",
            note=f"{results.pages} pages",
        ),
    ]


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory(prefix="ciworkshop-bench-") as folder:
        outcome = run(Path(folder))
        print_results(outcome)
        for verdict in verdicts(outcome):
            print(f"  {verdict.name}: {verdict.measured:.2f}{verdict.unit} ({verdict.label})")

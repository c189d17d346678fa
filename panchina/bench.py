"""The benchmark behind `panchina bench` (and benchmarks/bench.py).

Throughput is measured in one process on one core: documents per second through the whole
per-document pipeline (sources, clean, analyse, extract; the store is left out because it is
I/O), next to bare spaCy tokenization of the same cleaned texts in the same run, so the ratio
holds on any machine. Memory is the peak RSS of this process, and with `memory=True` the peak
RSS of `panchina ingest` over 1,000 and 10,000 documents in fresh subprocesses.
"""

from __future__ import annotations

import html
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from panchina.analyse.nlp import get_tokenizer_only
from panchina.api import process
from panchina.errors import UsageError
from panchina.models import SourceError
from panchina.sources import iter_sources

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
_HTML = """<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="2024-03-12T10:00:00+01:00"></head><body>
<nav><a href="/">Home</a> <a href="/serie-a">Serie A</a> <a href="/serie-b">Serie B</a></nav>
<div class="cookie">Questo sito utilizza cookie. <button>Accetta</button></div>
<article><h1>{title}</h1>{paragraphs}</article>
<aside><h3>Leggi anche</h3><ul><li><a href="/1">Altre notizie di calciomercato</a></li></ul></aside>
<footer>© RIPRODUZIONE RISERVATA</footer></body></html>"""


def _peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def load_texts(corpus: str | Path | None) -> list[str]:
    folder = Path(corpus) if corpus else EXAMPLES
    files = sorted(p for p in folder.rglob("*.txt")) if folder.is_dir() else []
    if not files:
        raise UsageError(f"no .txt articles in {folder}; pass --corpus FOLDER")
    return [p.read_text(encoding="utf-8") for p in files]


def make_corpus(texts: list[str], n: int, folder: Path) -> tuple[list[Path], list[Path]]:
    """n text files and n HTML pages, each a distinct document (a numbered closing line)."""
    txt, htm = [], []
    for i in range(n):
        text = texts[i % len(texts)].rstrip() + f"\n\nAggiornamento numero {i}."
        p = folder / f"doc{i:05d}.txt"
        p.write_text(text, encoding="utf-8")
        txt.append(p)
        title, _, body = text.partition("\n")
        paras = "".join(f"<p>{html.escape(b.strip())}</p>" for b in body.split("\n\n") if b.strip())
        h = folder / f"doc{i:05d}.html"
        h.write_text(_HTML.format(title=html.escape(title), paragraphs=paras), encoding="utf-8")
        htm.append(h)
    return txt, htm


def _time_pipeline(paths: list[Path]) -> tuple[float, list[str]]:
    start = time.perf_counter()
    cleaned: list[str] = []
    for item in iter_sources(paths):
        if isinstance(item, SourceError):
            continue
        for x in process(item):
            cleaned.append(x.document.text)
    return time.perf_counter() - start, cleaned


def _time_tokenizer(texts: list[str]) -> float:
    nlp = get_tokenizer_only()
    start = time.perf_counter()
    for text in texts:
        nlp.make_doc(text)
    return time.perf_counter() - start


def _measure(paths: list[Path]) -> dict[str, Any]:
    _time_pipeline(paths[:5])  # warm up: load the language pack and lookup tables
    seconds, cleaned = _time_pipeline(paths)
    tok = _time_tokenizer(cleaned)
    n = len(paths)
    return {
        "docs": n,
        "seconds": round(seconds, 3),
        "docs_per_s_per_core": round(n / seconds, 1),
        "tokenizer_docs_per_s": round(n / tok, 1) if tok else None,
        "ratio_to_tokenizer": round(seconds / tok, 2) if tok else None,
    }


def _ingest_peak(folder: Path, n: int, texts: list[str]) -> float:
    sub = folder / f"mem{n}"
    sub.mkdir()
    for i in range(n):
        (sub / f"m{i:05d}.txt").write_text(
            texts[i % len(texts)].rstrip() + f"\n\nAggiornamento numero {i}.", encoding="utf-8"
        )
    code = (
        f"import resource, panchina; panchina.ingest([{str(sub)!r}], "
        f"db={str(folder / f'mem{n}.db')!r}); "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return round(int(out.stdout.strip().splitlines()[-1]) / 1024, 1)


def run_bench(
    docs: int = 400, corpus: str | Path | None = None, memory: bool = False
) -> dict[str, Any]:
    texts = load_texts(corpus)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        txt, htm = make_corpus(texts, docs, folder)
        result: dict[str, Any] = {"text": _measure(txt), "html": _measure(htm)}
        result["peak_rss_mb"] = _peak_rss_mb()
        if memory:
            result["ingest_1000_peak_rss_mb"] = _ingest_peak(folder, 1000, texts)
            result["ingest_10000_peak_rss_mb"] = _ingest_peak(folder, 10000, texts)
    result["python"] = sys.version.split()[0]
    return result

"""The paper's figures and tables, regenerated from a corpus by ``framing figures``.

One short function per figure; each saves PDF and PNG with fixed metadata (no
dates, no software versions inside the files), so the same inputs give the same
bytes.  Tables are written as CSV and LaTeX.  ``manifest.json`` records the
package version, lexicon names, versions and checksums, the corpus checksum, the
settings and the command line, and the checksum of every file written.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Callable, Sequence

from .evidence import kwic
from .io import read_corpus
from .lexicon import load_lexicons
from .records import Skipped
from .score import Scorer

__all__ = ["make_figures", "STYLE", "FIGURES"]

#: Matplotlib settings used for the paper figures (applied in a context, never globally).
STYLE = {
    "font.family": "DejaVu Sans", "font.size": 9, "axes.titlesize": 10, "axes.labelsize": 9,
    "axes.spines.top": False, "axes.spines.right": False, "figure.dpi": 100, "savefig.dpi": 200,
    "pdf.fonttype": 42, "svg.hashsalt": "framing", "path.simplify": False,
}


def _save(fig, out: Path, name: str, written: list[Path]) -> None:
    fig.savefig(out / f"{name}.pdf", bbox_inches="tight",
                metadata={"Creator": None, "Producer": None, "CreationDate": None, "ModDate": None})
    fig.savefig(out / f"{name}.png", bbox_inches="tight", metadata={"Software": None})
    written += [out / f"{name}.pdf", out / f"{name}.png"]


def _one_panel(ctx, name: str, figsize: tuple[float, float], title: str, draw: Callable) -> None:
    """A figure of one Axes: ``draw(ax)``, the captioned title, tight layout, saved as ``name``."""
    fig, ax = ctx.plt.subplots(figsize=figsize)
    draw(ax)
    ax.set_title(ctx.caption(title))
    fig.tight_layout()
    ctx.save(fig, name)


def fig_label_shares(ctx) -> None:
    """Label shares per outlet for each headline party of the study, all voices and own voice."""
    parties = ctx.study.headline
    fig, axes = ctx.plt.subplots(len(parties), 2, figsize=(11, 3.1 * len(parties)), squeeze=False)
    for row, target in enumerate(parties):
        for col, authorial in enumerate((False, True)):
            ctx.plot.plot_label_shares(ctx.profile, target=target, authorial=authorial, ax=axes[row][col])
    fig.suptitle(ctx.caption("How outlets label the parties"), fontsize=10)
    fig.tight_layout()
    ctx.save(fig, "fig_label_shares")


def fig_voice(ctx) -> None:
    """Voice breakdown of each outlet's labels."""
    _one_panel(ctx, "fig_voice", (6.4, 3.4), "Whose words are the labels?",
               lambda ax: ctx.plot.plot_voice(ctx.profile, ax=ax))


def fig_hedging_attribution(ctx) -> None:
    """Hedge density against attributed sentences, with bootstrap intervals."""
    _one_panel(ctx, "fig_hedging_attribution", (6, 4.4), "Hedging and attribution (95% bootstrap intervals)",
               lambda ax: ctx.plot.plot_hedging_attribution(ctx.profile, ax=ax))


def fig_profile_heatmap(ctx) -> None:
    """Heatmap of key profile measures."""
    _one_panel(ctx, "fig_profile_heatmap", (8, 5.6), "Framing profiles",
               lambda ax: ctx.plot.plot_profile_heatmap(ctx.profile, ax=ax))


def fig_keyness(ctx) -> None:
    """Distinctive label terms of each outlet (log-odds with informative Dirichlet prior)."""
    outlets = sorted(ctx.keyness["outlet"].unique())
    cols = min(3, len(outlets))
    rows = -(-len(outlets) // cols)
    fig, axes = ctx.plt.subplots(rows, cols, figsize=(4.6 * cols, 3.2 * rows), squeeze=False)
    for k, outlet in enumerate(outlets):
        ctx.plot.plot_keyness(ctx.keyness, outlet=outlet, ax=axes[k // cols][k % cols])
    for k in range(len(outlets), rows * cols):
        axes[k // cols][k % cols].set_axis_off()
    fig.suptitle(ctx.caption("Distinctive labels per outlet (dashed: |z| = 1.96)"), fontsize=10)
    fig.tight_layout()
    ctx.save(fig, "fig_keyness")


def fig_outlet_map(ctx) -> None:
    """Outlets placed by PCA of their standardised profiles."""
    _one_panel(ctx, "fig_outlet_map", (6, 4.6), "Outlet map (PCA of standardised profile measures)",
               lambda ax: ctx.plot.plot_outlet_map(ctx.outlet_map, ax=ax))


def fig_over_time(ctx) -> None:
    """The study's trend measure (a category's share of one party's labels) by day of publication."""
    party, category = ctx.study.trend

    def draw(ax):
        ctx.plot.plot_over_time(ctx.profile_daily, measure=f"labels.{party}.{category}.share", ax=ax)
        ax.set_ylabel(f"{category.capitalize()} share of {party} labels")

    _one_panel(ctx, "fig_over_time", (6.4, 3.8), f"{category.capitalize()} labelling by publication day", draw)


def fig_kwic(ctx) -> None:
    """Keyword in context: every label of the study's kwic category and party."""
    party, category = ctx.study.kwic
    table = ctx.kwic
    fig, ax = ctx.plt.subplots(figsize=(10, 0.3 * (min(len(table), 20) + 2)))
    ctx.plot.plot_kwic(table, n=20, ax=ax)
    ax.set_title(f"Keyword in context: {category} labels of the {party} (last column: voice)", loc="left")
    ctx.save(fig, f"fig_kwic_{category}")


FIGURES: Sequence[Callable] = (fig_label_shares, fig_voice, fig_hedging_attribution, fig_profile_heatmap,
                               fig_keyness, fig_outlet_map, fig_over_time, fig_kwic)

#: The measures beside the headline parties' label shares in ``table_profile_summary``.
TABLE_MEASURES = ["hedges.density", "attribution.sentence_share", "quote_share"]


class _Context:
    """What the figure functions read: the tables, pyplot, the plot module and the saver."""

    def __init__(self, out: Path, one_article: bool):
        import matplotlib

        matplotlib.use("Agg", force=False)
        import matplotlib.pyplot as plt

        from . import plot

        self.plt, self.plot, self.out = plt, plot, out
        self.written: list[Path] = []
        self.one_article = one_article

    def caption(self, title: str) -> str:
        return f"{title}\n(one article per outlet: differences describe these articles, not the outlets)" \
            if self.one_article else title

    def save(self, fig, name: str) -> None:
        _save(fig, self.out, name, self.written)
        self.plt.close(fig)


def _latex(frame, caption: str, label: str) -> str:
    """A plain LaTeX tabular (no extra packages needed), numbers to three decimals."""
    def cell(v):
        if v is None or (isinstance(v, float) and v != v):
            return "--"
        if isinstance(v, float):
            return f"{v:.3f}"
        return str(v).replace("&", r"\&").replace("%", r"\%").replace("_", r"\_").replace("#", r"\#")
    cols = list(frame.columns)
    lines = [r"\begin{table}[ht]", r"\centering", f"\\caption{{{caption}}}", f"\\label{{{label}}}",
             r"\begin{tabular}{" + "l" + "r" * (len(cols) - 1) + "}", r"\hline",
             " & ".join(cell(c) for c in cols) + r" \\", r"\hline"]
    for row in frame.itertuples(index=False):
        lines.append(" & ".join(cell(v) for v in row) + r" \\")
    lines += [r"\hline", r"\end{tabular}", r"\end{table}", ""]
    return "\n".join(lines)


def _write_table(frame, out: Path, name: str, caption: str, written: list[Path]) -> None:
    frame.to_csv(out / f"{name}.csv", index=False, float_format="%.6g", lineterminator="\n")
    (out / f"{name}.tex").write_text(_latex(frame, caption, f"tab:{name}"), encoding="utf-8")
    written += [out / f"{name}.csv", out / f"{name}.tex"]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_figures(corpus: str | Path = "seeds", out: str | Path = "figures", *, lexicons=None,
                 study="syria-2024", n_boot: int = 1000, seed: int = 0,
                 command: Sequence[str] | None = None) -> dict:
    """Score ``corpus`` and write every paper figure and table into ``out``.

    ``study`` (default ``syria-2024``, the study of the seed corpus) gives the parties:
    one label-share panel per headline party, its ``trend`` measure over time and its
    ``kwic`` labels in context.  Returns the manifest (also written to ``out/manifest.json``).
    """
    import matplotlib.pyplot as plt
    import pandas as pd

    from . import __version__
    from .compare import js_distance, keyness, label_distributions, outlet_map, share_difference, term_counts
    from .manifest import CorpusChecksum, lexicon_versions
    from .report import evidence_report
    from .profile import profile_outlets

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    scorer = Scorer(load_lexicons(lexicons or []), study=study, readability=True)
    lex, study = scorer.lexicons, scorer.study
    scored, skipped = [], []
    for item in scorer.score_many(read_corpus(corpus)):
        (skipped if isinstance(item, Skipped) else scored).append(item)
    if not scored:
        raise ValueError(f"no article of {corpus} could be scored")
    scored.sort(key=lambda s: s.article.id)
    one_article = all(sum(1 for s in scored if s.article.outlet == o) == 1 for o in {s.article.outlet for s in scored})

    ctx = _Context(out, one_article)
    ctx.study = study
    ctx.profile = profile_outlets(scored, lexicons=lex, n_boot=n_boot, seed=seed)
    ctx.profile_daily = profile_outlets(scored, lexicons=lex, period="D", n_boot=n_boot, seed=seed)
    ctx.keyness = keyness(term_counts(scored, unit="text"))
    ctx.outlet_map = outlet_map(ctx.profile, seed=seed)
    kwic_party, kwic_category = study.kwic
    ctx.kwic = kwic(scored, lexicon="labels", category=kwic_category, target=kwic_party)
    with plt.rc_context(STYLE):
        for figure in FIGURES:
            figure(ctx)

    written = ctx.written
    _write_table(ctx.profile, out, "table_profiles", "Framing profiles per outlet (all measures).", written)
    summary_measures = ctx.plot.label_share_measures(ctx.profile, study.headline) + TABLE_MEASURES
    summary = ctx.profile[ctx.profile["measure"].isin(summary_measures)][
        ["outlet", "measure", "value", "lower", "upper", "numerator", "denominator"]]
    _write_table(summary, out, "table_profile_summary", "Key framing measures per outlet with 95\\% bootstrap "
                 "intervals" + (" (one article per outlet: intervals over sentences)" if one_article else ""),
                 written)
    all_stats = pd.concat([keyness(term_counts(scored, unit="text"), statistic=s) for s in ("log_odds", "chi2", "g2")],
                          ignore_index=True)
    _write_table(all_stats, out, "table_keyness", "Keyness of label terms per outlet (log-odds with informative "
                 "Dirichlet prior, chi-square, G2).", written)
    _write_table(js_distance(label_distributions(scored, study=study)), out, "table_js_distance",
                 "Jensen-Shannon distance between outlets' label distributions "
                 f"({' and '.join(study.headline)}).", written)
    outlets = sorted({s.article.outlet for s in scored if s.article.outlet})
    diffs = [share_difference(scored, a, b, target=study.headline[0], lexicons=lex, n_boot=n_boot,
                              seed=seed).assign(outlet_a=a, outlet_b=b)
             for i, a in enumerate(outlets) for b in outlets[i + 1:]]
    if diffs:
        _write_table(pd.concat(diffs, ignore_index=True)[["outlet_a", "outlet_b", "target", "category", "share_a",
                                                          "share_b", "difference", "lower", "upper"]],
                     out, "table_share_differences", f"Differences in {study.headline[0]} label shares between "
                     "outlets (95\\% bootstrap intervals).", written)
    _write_table(ctx.kwic[["doc_id", "outlet", "start", "end", "voice", "left", "match", "right"]], out,
                 f"table_kwic_{kwic_category}", f"Every {kwic_category} label of the {kwic_party} in context.", written)
    measures = pd.DataFrame([{"id": s.article.id, "outlet": s.article.outlet, "date": s.article.date,
                              "title": s.article.title, **s.measures} for s in scored])
    measures.to_csv(out / "seed_measures.csv", index=False, float_format="%.6g", lineterminator="\n")
    written.append(out / "seed_measures.csv")
    evidence_report(scored, title="framing evidence report: the seed corpus",
                    sources=False).save(out / "evidence_report.html")
    written.append(out / "evidence_report.html")
    with (out / "seed_scores.jsonl").open("w", encoding="utf-8") as handle:
        for s in scored:
            handle.write(s.to_json() + "\n")
    written.append(out / "seed_scores.jsonl")

    checksum = CorpusChecksum()
    for s in scored:
        checksum.add(s.article.id, s.article.text)
    manifest = {
        "package": {"name": "framing", "version": __version__},
        "command": list(command) if command is not None else [Path(sys.argv[0]).name, *sys.argv[1:]],
        "settings": {"n_boot": n_boot, "seed": seed, "confidence": 0.95},
        "corpus": {"path": str(corpus), "articles_scored": len(scored),
                   "skipped": [{"id": s.id, "reason": s.reason} for s in skipped],
                   "checksum": checksum.hexdigest(),
                   "one_article_per_outlet": one_article},
        "lexicons": lexicon_versions(lex),
        "study": study.manifest(),
        "files": {p.name: _sha256(p) for p in sorted(written, key=lambda p: p.name)},
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return manifest

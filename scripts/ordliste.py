"""Write docs/ordliste.md from the glossary content (bokmål and nynorsk side by side).

    python scripts/ordliste.py           write docs/ordliste.md
    python scripts/ordliste.py --check   exit 1 if docs/ordliste.md is not current
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from familiemote.services.glossary import load_glossary  # noqa: E402

DOC = ROOT / "docs" / "ordliste.md"


def render() -> str:
    nb, nn = load_glossary("nb"), load_glossary("nn")
    lines = [
        "# Ordliste / Ordliste",
        "",
        "Ett ord for én ting i Familiemøte, på bokmål og nynorsk. Den samme lista står i",
        "programmet under Hjelp > Ordliste. Skrevet av `scripts/ordliste.py` fra",
        "`resources/content/glossary_nb.json` og `glossary_nn.json`; endre dem, ikke denne filen.",
        "",
        "| Bokmål | Nynorsk | Hva det betyr i Familiemøte |",
        "|---|---|---|",
    ]
    for b, n in zip(nb, nn, strict=True):
        lines.append(f"| **{b.term}** | **{n.term}** | {b.meaning} |")
    lines += ["", "## Nynorsk", "", "| Ord | Kva det tyder i Familiemøte |", "|---|---|"]
    lines += [f"| **{n.term}** | {n.meaning} |" for n in nn]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if not DOC.exists() or DOC.read_text(encoding="utf-8") != text:
            print(f"{DOC.relative_to(ROOT)} is not current: run scripts/ordliste.py")
            return 1
        return 0
    DOC.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

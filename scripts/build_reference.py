"""Build the embedded reference tables (reference_data/*.csv) from ../shared/reference-sources.

    python scripts/build_reference.py [--sources DIR] [--out DIR]

The shared CSVs are a compilation with quotes; we keep the figures, their URLs and dates,
a short source label and a status, never the quote column. Direction conventions are
applied here once (DPRK-side phrasing turned into China's side), so the store never has
to guess. The output is validated with the same code that checks users' files.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from factcheck.reference.schema import COLUMNS, validate_frame  # noqa: E402

SOURCES = ROOT.parent / "shared" / "reference-sources"
OUT = ROOT / "reference_data"

# Agencies and compilers named in the notes, longest names first so "NK News" beats "NK".
AGENCIES = sorted(set([
    "Reuters", "Yonhap", "KITA", "KOTRA", "KDI", "KIEP", "IBK", "KBS", "AP", "AFP", "PTI",
    "Bloomberg", "WSJ", "Dow Jones", "Kyodo", "NHK", "VOA", "RFA", "UPI", "Xinhua", "SCMP",
    "NK News", "NK Pro", "Global Times", "TASS", "Sputnik", "CNN", "NYT", "FT", "CNBC",
    "Daily NK", "Chosun", "Hankyung", "Newsis", "Newspim", "Seoul Economic Daily",
    "The Diplomat", "38 North", "ITC", "UN Comtrade", "Statistics Korea", "IFES",
    "Ministry of Unification", "Arirang", "MOFCOM", "China Daily", "CGTN", "CRI", "Yicai",
    "Wind", "Trade Data Monitor", "Caixin", "RTT", "Anadolu", "EFE", "dpa", "Epoch Times",
    "Al-Hayat", "Sisa Weekly", "KG News", "Asia Today", "Straits Times", "Korea Herald",
    "NTD", "Huanqiu", "CEIC", "Moscow Times", "bne", "RT", "Interfax", "Nikkei",
    "FocusEconomics", "Trading Economics", "Prensa Latina", "SCO-BRICS", "EPA", "Sharecast",
    "Seeking Alpha", "Li Tingting", "KEIA", "MBN", "Hankyoreh", "JoongAng", "Donga",
    "Kinaforum", "GAC spokesman", "Informare", "UNN", "KUNA", "Daily Sabah",
]), key=len, reverse=True)
# A name may carry "-based"/"-derived" ("Anadolu-based": the copy's original), nothing else
# ("KOTRA-Beijing" is another body, "Trading Economics-style" is no attribution).
_AGENCY_RX = re.compile(r"(?<![\w-])(" + "|".join(re.escape(a) for a in AGENCIES)
                        + r")(?=-based|-derived|(?![\w-]))")
# Where a note stops naming this row's source and starts on another source's figure.
_CONTRAST = re.compile(
    r"\b(?:conflicts?|CONFLICT|INCONSISTENT|vs\.?|versus|match(?:es|ing)?|see|cf\.?|says|said|"
    r"gives|gave|differs?|compared|first prints?|other|elsewhere|would)\b", re.I)
# "X via Y": X printed it, Y is the mirror that copied it.
_VIA = re.compile(r"\s+via\s+")
_PLAIN_NAME = re.compile(r"^[A-Z][\w.&'-]*(?: [A-Z0-9][\w.&'-]*){0,3}$")  # "Daily Sabah"

DOMAINS = {
    "yna.co.kr": "Yonhap", "yonhapnews.co.kr": "Yonhap", "reuters.com": "Reuters",
    "voakorea.com": "VOA", "voanews.com": "VOA", "nknews.org": "NK News", "dailynk.com": "Daily NK",
    "kbs.co.kr": "KBS", "rfa.org": "RFA", "upi.com": "UPI", "scmp.com": "SCMP",
    "globaltimes.cn": "Global Times", "huanqiu.com": "Huanqiu", "chosun.com": "Chosun",
    "hankyung.com": "Hankyung", "newsis.com": "Newsis", "newspim.com": "Newspim",
    "koreaherald.com": "Korea Herald", "straitstimes.com": "Straits Times", "xinhuanet.com": "Xinhua",
    "news.cn": "Xinhua", "chinadaily.com.cn": "China Daily", "cgtn.com": "CGTN", "tass.com": "TASS",
    "nytimes.com": "NYT", "wsj.com": "WSJ", "cnbc.com": "CNBC", "apnews.com": "AP",
    "bloomberg.com": "Bloomberg", "nkeconwatch.com": "NK Econ Watch", "38north.org": "38 North",
    "thediplomat.com": "The Diplomat", "gov.cn": "gov.cn", "customs.gov.cn": "GAC",
    "sisaweekly.com": "Sisa Weekly", "kgnewskorea.com": "KG News", "dailysabah.com": "Daily Sabah",
}

# Rows the READMEs call wrong or doubtful although the notes do not say "ERROR IN SOURCE".
# (file, partner, flow, period, value or None, url fragment or None) -> (status, reason)
OVERRIDES: list[tuple[tuple, tuple[str, str]]] = [
    (("world", "WLD", "export", "2022", 3.95e12, None),
     ("misprint", "transposition of 3.59tn (3.95 - 2.7 != surplus 877.6bn)")),
    (("world", "WLD", "export", "2015", 2.15e12, "chinadaily"),
     ("estimate", "a paper's dollar conversion of the yuan figure, not GAC's dollar figure")),
    (("world", "WLD", "export", "2018", 2.5e12, None),
     ("misprint", "7.1% is the CNY-terms rate printed next to a USD level")),
    (("world", "WLD", "import", "2018", 2.1e12, None),
     ("misprint", "12.9% is the CNY-terms rate printed next to a USD level")),
    (("world", "WLD", "balance", "2015", 3.96e12, None),
     ("misprint", "14.14 - 10.45 = 3.69tn yuan, not 3.96")),
    (("world", "USA", "balance", "2022-04", 9.8e9, None),
     ("misprint", "inconsistent with the same source's exports minus imports (32.2bn)")),
    (("world", "WLD", "export", "2020-10", None, None),
     ("misprint", "+21.1% was November's rate"), ),
    (("world", "EUU", "export", "2022-03", None, None),
     ("suspect", "inconsistent with March 2021 levels")),
    (("world", "EUU", "import", "2022-03", None, None),
     ("suspect", "inconsistent with March 2021 levels")),
    (("dprk", "PRK", None, "2013-01/2013-10", None, "nkeconwatch"),
     ("suspect", "exports equal imports; does not fit Jan-Aug or the full year")),
    (("dprk", "PRK", "export", "2019", 2.74e9, None),
     ("suspect", "outlier against ~2.57-2.59bn elsewhere; possibly total trade")),
    (("dprk", "PRK", None, "2017-12", None, "nk.chosun.com"),
     ("misprint", "exports and imports swapped")),
    (("dprk", "PRK", "import", "2023-01/2023-10", 204.36e6, None),
     ("suspect", "does not add up with the same source's exports and total")),
    (("dprk", "PRK", None, "2015", None, "upi.com"),
     ("suspect", "flows may be swapped (KITA's 2016 rates imply the reverse)")),
]
# Rate misprints matched on the printed rate (value-less rows).
RATE_OVERRIDES = [
    (("world", "WLD", "export", "2020-10", 21.1), ("misprint", "+21.1% was November's rate")),
    (("world", "WLD", "import", "2020-10", -0.4), ("misprint", "auto-generated page; Reuters +4.7%")),
    (("world", "WLD", "export", "2025-01/2025-10", -7.0), ("misprint", "evidently wrong YTD rate")),
    (("world", "WLD", "import", "2025-01/2025-10", -9.5), ("misprint", "evidently wrong YTD rate")),
]

_CNY_AMOUNT = re.compile(r"CNY\s?([\d,]+(?:\.\d+)?)\s?(bn|m)\b")
# The row's own rate is in yuan terms (not "CNY terms +54.3%", a second rate in the note).
_CNY_RATE = re.compile(r"(?:CNY|yuan) terms(?!\s*[+-]?\d)|yoy in CNY|CNY yoy", re.I)


def source_label(notes: str, url: str) -> str:
    """The agency that printed the figure (the original wire when a mirror copied it).

    Only the note's first clause (up to ';') attributes the row; later clauses and anything
    after "conflicts with", "vs", "matches", "see", "says" … name other sources' figures.
    "X via Y" is X's figure on Y's site. Two names are kept only when joined ("PTI/AP").
    When the note names nobody, the web site is the label.
    """
    first = _CONTRAST.split((notes or "").split(";")[0], maxsplit=1)[0]
    head, *rest = _VIA.split(first, maxsplit=1)
    mirror = rest[0] if rest else ""
    found = list(_AGENCY_RX.finditer(head))
    if found:
        names = [found[0].group(1)]
        if len(found) > 1 and found[1].group(1) != names[0]:
            gap = re.sub(r"^-(?:based|derived)", "", head[found[0].end():found[1].start()])
            if gap.strip() in ("/", ","):
                names.append(found[1].group(1))
        return "/".join(names)
    if mirror and _PLAIN_NAME.match(head.strip()):
        return head.strip()  # "Daily Sabah via bm.ge", "TT via Folkbladet"
    if mirror and (m := _AGENCY_RX.search(mirror)):
        return m.group(1)  # "Chinese ambassador via Sputnik/UrduPoint": Sputnik printed it
    host = urlparse(url or "").netloc.lower().removeprefix("www.").removeprefix("m.")
    for dom, label in DOMAINS.items():
        if host == dom or host.endswith("." + dom):
            return label
    return host or "unknown"


def _num(v) -> float | None:
    s = str(v).strip().replace(",", "") if v is not None else ""
    return float(s) if s and s.lower() != "nan" else None


def _status(file: str, partner: str, flow: str, period: str, value, url: str,
            pct, notes: str) -> tuple[str, str]:
    if "ERROR IN SOURCE" in (notes or ""):
        return "misprint", ""
    for (f, p, fl, per, v, frag), (status, reason) in OVERRIDES:
        if (f, p, per) != (file, partner, period) or (fl and fl != flow):
            continue
        if v is not None and (value is None or abs(value - v) > 1e-6 * v):
            continue
        if frag and frag not in (url or ""):
            continue
        if v is None and frag is None and value is not None:
            continue
        return status, reason
    for (f, p, fl, per, rate), (status, reason) in RATE_OVERRIDES:
        if (f, p, fl, per) == (file, partner, flow, period) and pct is not None \
                and abs(pct - rate) < 1e-9:
            return status, reason
    return "", ""


def _row(**kw) -> dict:
    row = {c: "" for c in COLUMNS}
    row.update({k: ("" if v is None else v) for k, v in kw.items()})
    return row


def _join(*parts: str) -> str:
    return "; ".join(p for p in parts if p)


def dprk_rows(path: Path, kind: str) -> list[dict]:
    """china_dprk_trade.csv and china_dprk_balance.csv (already China's side)."""
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    out = []
    for r in df.to_dict("records"):
        notes, url = r["notes"], r["source_url"]
        value, pct = _num(r["value_usd"]), _num(r["yoy_pct"])
        currency = "USD"
        if value is None:  # CNY-only rows carry the yuan amount in the notes
            m = _CNY_AMOUNT.search(notes)
            if m:
                value = float(m.group(1).replace(",", "")) * (1e9 if m.group(2) == "bn" else 1e6)
                currency = "CNY"
        basis = "CNY" if currency == "CNY" or _CNY_RATE.search(notes) else "USD"
        if value is None and pct is not None:
            currency = basis
        if value is None and pct is None:
            continue  # ratio-only or garbled rows: nothing checkable
        status, reason = _status("dprk", r["partner"], r["flow"], r["period"], value, url, pct,
                                 notes)
        note = notes
        if kind == "balance":
            note = _join(notes, "China's surplus (an NK deficit), China's side")
        out.append(_row(
            source=source_label(notes, url), reporter="CHN", partner="PRK", flow=r["flow"],
            period=r["period"], frequency=r["frequency"], value=value, currency=currency,
            unit=currency, published_change_pct=pct,
            change_basis=basis if pct is not None else "", status=status,
            source_date=r["source_date"], source_url=url, note=_join(note, reason)))
    return out


_FLIP = {"export": "import", "import": "export", "total": "total", "balance": "balance"}


def mirror_rows(path: Path) -> list[dict]:
    """KOTRA and other DPRK-side estimates: labelled estimates, flows turned to China's side."""
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    out = []
    for r in df.to_dict("records"):
        notes, url = r["notes"], r["source_url"]
        value, pct = _num(r["value_usd"]), _num(r["yoy_pct"])
        body = {"StatisticsKorea": "Statistics Korea",
                "StatisticsKorea/KOTRA": "Statistics Korea/KOTRA"}.get(r["reporter"], r["reporter"])
        if r["partner"] == "CHN":  # DPRK-side flows -> China's side
            reporter, partner, flow = "CHN", "PRK", _FLIP[r["flow"]]
            note = _join(notes, f"DPRK-side {r['flow']} restated from China's side")
        else:  # the DPRK's trade with all partners stays DPRK-side
            reporter, partner, flow = "PRK", r["partner"], r["flow"]
            note = notes
            if flow == "balance" and value is not None and "deficit" in notes.lower():
                value = -value
        out.append(_row(
            source=f"{body} (mirror estimate)", reporter=reporter, partner=partner, flow=flow,
            period=r["period"], frequency=r["frequency"], value=value,
            currency="USD", unit="USD", published_change_pct=pct,
            change_basis="USD" if pct is not None else "", status="estimate",
            source_date=r["source_date"], source_url=url, note=note))
    return out


_UNITS = {"metric tons": "tonnes", "tons": "tonnes", "tonnes": "tonnes", "kg": "kg",
          "pieces": "pieces", "pairs": "pairs", "units": "units", "cubic metres": "cubic metres"}


def commodity_rows(path: Path, dates: dict[str, str], labels: dict[str, str]) -> list[dict]:
    """Product-level facts; the date comes from the same URL in the trade files when known."""
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    out = []
    for r in df.to_dict("records"):
        value, qty = _num(r["value_usd"]), _num(r["quantity"])
        if value is None and qty is None:
            continue
        url = r["source_url"]
        unit = _UNITS.get(r["quantity_unit"].strip(), r["quantity_unit"].strip())
        if qty is not None and not unit:  # "none at all": a zero with no unit printed
            unit, zero = "units", "zero reported, no unit printed"
        else:
            zero = ""
        hs = f"HS {r['hs_code']} (indicative, assigned by the compiler)" if r["hs_code"] else ""
        out.append(_row(
            source=labels.get(url) or source_label("", url), reporter="CHN", partner="PRK",
            flow=r["flow"], commodity=r["commodity"].strip(), period=r["period"],
            value=value, currency="USD" if value is not None else "",
            unit="USD" if value is not None else "", quantity=qty,
            quantity_unit=unit if qty is not None else "",
            source_date=dates.get(url, ""), source_url=url, note=_join(hs, zero)))
    return out


def world_rows(path: Path) -> list[dict]:
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    out = []
    for r in df.to_dict("records"):
        notes, url = r["notes"], r["source_url"]
        value, pct = _num(r["value"]), _num(r["yoy_pct"])
        if value is None and pct is None:
            continue
        basis = r["yoy_basis"] if pct is not None else ""
        currency = r["currency"] or basis or "USD"
        status, reason = _status("world", r["partner"], r["flow"], r["period"], value, url, pct,
                                 notes)
        out.append(_row(
            source=source_label(notes, url), reporter="CHN", partner=r["partner"], flow=r["flow"],
            period=r["period"], frequency=r["frequency"], value=value, currency=currency,
            unit=currency if value is not None else "", published_change_pct=pct,
            change_basis=basis, status=status,
            source_date=r["source_date"].strip("?") and r["source_date"], source_url=url,
            note=_join(notes, reason)))
    return out


def build(src: Path, out: Path) -> dict[str, int]:
    trade = pd.read_csv(src / "china_dprk_trade.csv", dtype=str, keep_default_na=False)
    dates = dict(zip(trade.source_url, trade.source_date, strict=True))
    dprk = dprk_rows(src / "china_dprk_trade.csv", "trade")
    labels = {r["source_url"]: r["source"] for r in dprk}
    tables = {
        "china_dprk.csv": dprk + dprk_rows(src / "china_dprk_balance.csv", "balance"),
        "china_dprk_commodities.csv": commodity_rows(src / "commodities.csv", dates, labels),
        "dprk_mirror_estimates.csv": mirror_rows(src / "mirror_estimates.csv"),
        "china_world_partners.csv": world_rows(src / "china_world_partners.csv"),
    }
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name, rows in tables.items():
        frame = pd.DataFrame(rows, columns=list(COLUMNS))
        validate_frame(frame.astype(str), name)  # the same checks users' files get
        frame.to_csv(out / name, index=False, float_format="%.12g")
        counts[name] = len(frame)
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sources", type=Path, default=SOURCES)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    for name, n in build(args.sources, args.out).items():
        print(f"{args.out.name}/{name}: {n} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

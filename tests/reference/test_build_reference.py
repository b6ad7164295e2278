"""Source labels in the embedded tables (scripts/build_reference.py): editors see them next to
every verdict, so the label must name the agency that printed the figure. Notes are real ones
from the compilation in ../shared/reference-sources."""

from __future__ import annotations

import importlib.util

import pandas as pd
import pytest

from tests.conftest import ROOT

_spec = importlib.util.spec_from_file_location("build_reference",
                                               ROOT / "scripts" / "build_reference.py")
build_reference = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_reference)
source_label = build_reference.source_label


@pytest.mark.parametrize(
    ("note", "url", "label"),
    [
        # "X via Y" is X's figure, even when X is no wire we list
        pytest.param("Daily Sabah via bm.ge; conflicts with KBS +233%", "https://bm.ge/en/news/1",
                     "Daily Sabah", id="via-unlisted-name-not-the-conflicting-one"),
        pytest.param("Reuters via CNA", "https://www.channelnewsasia.com/news/1", "Reuters",
                     id="wire-via-mirror"),
        pytest.param("Xinhua via CRI (Portuguese)", "https://portuguese.cri.cn/1", "Xinhua",
                     id="via-two-listed-names-keeps-the-original"),
        pytest.param("Yonhap via Daily NK citing KITA-obtained GAC statistics",
                     "https://www.dailynk.com/1", "Yonhap", id="via-then-citing"),
        pytest.param("TT via Folkbladet; Reuters Arabic 260.91bn", "https://www.folkbladet.se/1",
                     "TT", id="via-short-name-later-clause-another-figure"),
        pytest.param("Chinese ambassador via Sputnik/UrduPoint", "https://www.urdupoint.com/1",
                     "Sputnik", id="a-person-via-a-wire-is-the-wire"),
        pytest.param("Reuters-derived (via Daily Sabah/bm.ge)", "https://bm.ge/en/news/1",
                     "Reuters", id="derived-from-a-wire"),
        # names after "conflicts with", "vs", "matches", "says", "gives", "see" are other figures
        pytest.param("AP; CONFLICT: SCMP +51.65% to 13.94bn", "https://www.cityam.com/1", "AP",
                     id="conflict-clause"),
        pytest.param("AP; Global Times says +19.5%", "https://www.dailyexcelsior.com/1", "AP",
                     id="says-clause"),
        pytest.param("Chosun: SWAPPED vs Reuters/AP (which give imports $54.34m -81.6%)",
                     "https://nk.chosun.com/1", "Chosun", id="vs-inside-first-clause"),
        pytest.param("matches SCMP $525.2m", "https://sisaweekly.com/news/1", "Sisa Weekly",
                     id="matches-is-no-attribution"),
        pytest.param("+152.2% conflicts with KG News '2.4x' vs $761.4m (=+139.6%)",
                     "https://sisaweekly.com/news/1", "Sisa Weekly", id="conflicts-with-only"),
        pytest.param("Our Jiangsu; Reuters/AP first print 45.53bn", "https://ourjiangsu.com/a/1",
                     "ourjiangsu.com", id="later-clause-first-print"),
        pytest.param("AP via Newsmax; see conflict (3.59tn per WSJ)", "https://www.newsmax.com/1",
                     "AP", id="see-clause"),
        pytest.param("KITA English text says 'rose'; Yonhap says 'shrank' - sign conflict",
                     "https://www.kita.org/1", "KITA", id="two-sources-disagree"),
        pytest.param("LOW RELIABILITY; CONFLICT: Reuters Oct-2020 +4.7%",
                     "https://wildlifecrossingswork.com/?p=1596", "wildlifecrossingswork.com",
                     id="aggregator-not-credited-to-the-wire-it-contradicts"),
        pytest.param("Global Times; yuan basis (AP USD +13.8%)", "https://www.globaltimes.cn/1",
                     "Global Times", id="other-rate-in-brackets"),
        # "citing", "-based", "per": the first wire named
        pytest.param("MENAFN citing Xinhua", "https://menafn.com/1", "Xinhua",
                     id="aggregator-citing-a-wire"),
        pytest.param("KBS citing KDI; 'nearly'", "https://world.kbs.co.kr/1", "KBS",
                     id="wire-citing-a-compiler-is-the-wire"),
        pytest.param("Castle Journal (Reuters-based)", "https://castle-journal.com/1", "Reuters",
                     id="based-on-a-wire"),
        pytest.param("2011 record per KITA", "https://sauress.com/alhayat/477896", "KITA",
                     id="per-is-attribution"),
        pytest.param("Trading Economics-style text", "https://yosefardi.com/2022/01/x",
                     "yosefardi.com", id="style-is-not-attribution"),
        # two names only when the note joins them
        pytest.param("PTI/AP; CONFLICT: WSJ $3.59tn", "https://www.moneycontrol.com/1", "PTI/AP",
                     id="joined-pair"),
        pytest.param("DW (AFP, dpa)", "https://amp.dw.com/1", "AFP/dpa", id="listed-pair"),
        pytest.param("Seoul Economic Daily quoting GAC spokesman Zheng Yuesheng",
                     "https://m.sedaily.com/1", "Seoul Economic Daily", id="quoting-keeps-one"),
        # nothing named: the site
        pytest.param("NK imports", "https://voakorea.com/amp/3929872.html", "VOA",
                     id="known-site"),
        pytest.param("", "https://img.kgnewskorea.com/news/view.php?bIdx=1", "KG News",
                     id="known-site-subdomain"),
        pytest.param("", "https://www.rsa-tax.com/single-post/x", "rsa-tax.com",
                     id="unknown-site-host"),
    ],
)
def test_build_reference_source_label(note, url, label):
    assert source_label(note, url) == label


def test_build_reference_embedded_labels_match_the_script():
    """The committed CSVs were regenerated with the current heuristic (spot check: the row
    whose note says 'Daily Sabah via bm.ge; conflicts with KBS')."""
    frame = pd.read_csv(ROOT / "reference_data" / "china_dprk.csv", dtype=str,
                        keep_default_na=False)
    row = frame[frame.note.str.startswith("Daily Sabah via bm.ge")]
    assert set(row.source) == {"Daily Sabah"}
    stale = frame[[source_label(n.split("; China's surplus")[0], u) != s
                   for n, u, s in zip(frame.note, frame.source_url, frame.source, strict=True)]]
    assert stale.empty, stale[["source", "note"]].head().to_string()

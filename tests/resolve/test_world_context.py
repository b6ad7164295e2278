"""resolve/world_context.py: a paragraph that opens on the world figure just given ("That global
figure has ballooned.") makes its actorless flows world figures, in a story about one pair."""

from __future__ import annotations

import pytest

from factcheck import extract

US = ("China and the US\n\nWASHINGTON — China's surplus with the U.S. was $361 billion in 2024, about a third of "
      "China's global surplus of $992.1 billion.\n\n{para}")


@pytest.mark.parametrize(("para", "span", "partner"), [
    pytest.param("That global figure has ballooned. The 2024 surplus was 2.8 times the $351.8 billion of 2018.",
                 "$351.8 billion", "WLD", id="that-global-figure"),
    pytest.param("The overall total has ballooned. The 2024 surplus was 2.8 times the $351.8 billion of 2018.",
                 "2.8 times", "WLD", id="the-overall-total"),
    pytest.param("That global figure has ballooned. The surplus with the U.S. was $323.3 billion in 2018.",
                 "$323.3 billion", "USA", id="a-partner-named-after-it-wins"),
    pytest.param("The figure has ballooned. The 2024 surplus was 2.8 times the $351.8 billion of 2018.",
                 "$351.8 billion", "USA", id="a-plain-figure-keeps-the-pair"),
])
def test_world_context_a_global_figure_opening_the_paragraph(para, span, partner):
    c = next(c for c in extract(US.format(para=para), "2025-03-10") if c.quantity.text == span)
    assert c.subject.partner == partner



@pytest.mark.parametrize(("para", "span", "partner"), [
    pytest.param("In 2019 China's exports to the United States fell 12.5 percent, and total trade between the two "
                 "shrank 14.6 percent. The surplus eased to $295.8 billion.", "$295.8 billion", "USA",
                 id="total-trade-between-the-two-is-the-pairs"),
    pytest.param("In 2019 China's exports to the United States fell 12.5 percent, and total trade between the two "
                 "shrank 14.6 percent.", "14.6 percent", "USA", id="the-two-shrank"),
])
def test_world_context_trade_between_the_two_is_no_world_figure(para, span, partner):
    c = next(c for c in extract(US.format(para=para), "2024-06-10") if c.quantity.text == span)
    assert c.subject.partner == partner


WORLD = ("China's customs on first-half trade\n\nBEIJING — China's foreign trade grew 9.4 percent in the first half of "
         "2022, a customs spokesperson told a press conference on Wednesday.\n\n{para}")


@pytest.mark.parametrize(("para", "span", "weak"), [
    pytest.param("In June alone, exports reached $331.2 billion in dollar terms, 17.9 percent more than a year earlier.",
                 "$331.2 billion", False, id="in-a-month-alone"),
    pytest.param("In June, exports reached $331.2 billion in dollar terms.", "$331.2 billion", False, id="in-a-month"),
])
def test_world_context_a_sentence_opening_on_one_month_speaks_of_the_world(para, span, weak):
    c = next(c for c in extract(WORLD.format(para=para), "2022-07-13") if c.quantity.text == span)
    assert (c.subject.partner, "partner" in c.weak) == ("WLD", weak)


@pytest.mark.parametrize(("span", "partner"), [
    pytest.param("$321.8 billion", "WLD", id="a-month-named-inside-the-sentence"),
    pytest.param("$219.4 billion", "WLD", id="the-next-sentence-of-that-month"),
    pytest.param("33.1%", "USA", id="its-own-partner"),
    pytest.param("$102.33 billion", "WLD", id="a-months-world-scale-balance"),
])
def test_world_context_a_months_world_scale_figure_after_a_headline_partner(span, partner):
    from factcheck import extract

    text = ("FLASH: China's August exports rise 4.4%, shipments to U.S. tumble 33.1%\n\nBEIJING — China's exports rose "
            "4.4% in August from a year earlier to $321.8 billion, customs data showed on Monday. Imports grew 1.3% "
            "to $219.4 billion. The trade surplus widened to $102.33 billion in August. Exports to the United States "
            "fell 33.1%.")
    c = next(c for c in extract(text, "2025-09-08") if c.quantity.text == span and c.quantity.start > 80)
    assert c.subject.partner == partner


KOREA_MARCH = ("Korea's Q1 exports to China climb 18%\n\nSEOUL — South Korea's exports to China rose about 18 percent in "
               "the first quarter, the Korea International Trade Association said Monday.\n\nChinese customs figures "
               "tell the same story. China took 25.9 percent of all Korean exports last year, KITA said, while Korea "
               "accounted for less than 5 percent of China's exports in March. China's own trade boomed that month: its "
               "exports rose 30.6 percent to $241 billion.")


@pytest.mark.parametrize(("span", "subject"), [
    pytest.param("$241 billion", ("CHN", "WLD", "export"), id="that-month-after-a-sentence-naming-one-month"),
    pytest.param("30.6 percent", ("CHN", "WLD", "export"), id="its-rate-too"),
])
def test_world_context_that_month_after_a_sentence_that_named_it(span, subject):
    c = next(c for c in extract(KOREA_MARCH, "2021-04-20") if c.quantity.text == span)
    assert (c.subject.reporter, c.subject.partner, c.subject.flow) == subject

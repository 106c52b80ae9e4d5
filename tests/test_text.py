"""Page furniture and sentences: general layout rules, tested on all five seeds and a synthetic page."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.text import classify_lines, is_furniture_line, is_list_header, is_menu_line, split_sentences
from tests.conftest import SEEDS

FURNITURE_ONLY = {"Azerbaijan", "Ternopil", "India", "Ferrari", "Tesla"}


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_furniture_places_only_in_furniture(path) -> None:
    text = path.read_text(encoding="utf-8")
    for line in classify_lines(text):
        for name in FURNITURE_ONLY:
            if name in line.text:
                assert line.furniture, f"{path.name}: {line.text!r} should be furniture"


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_article_body_is_not_furniture(path) -> None:
    text = path.read_text(encoding="utf-8")
    body = [line for line in classify_lines(text) if "Hamh" in line.text or "Kursk" in line.text]
    assert body and not any(line.furniture for line in body)


def test_synthetic_page_furniture() -> None:
    text = (
        "Floods hit Dhaka on Monday, officials said, and thousands were moved to shelters.\n"
        "Advertisement\n"
        "Rescue teams reached the city by boat as the water kept rising through the night.\n"
        "Related Stories\n"
        "- Fire in Lyon Leaves Two Dead\n"
        "- Election Results From Lagos\n"
        "Share this story: news@example.org\n"
    )
    flags = {line.text: line.furniture for line in classify_lines(text)}
    assert not flags["Floods hit Dhaka on Monday, officials said, and thousands were moved to shelters."]
    assert flags["Advertisement"] and flags["Related Stories"]
    assert flags["- Fire in Lyon Leaves Two Dead"] and flags["- Election Results From Lagos"]
    assert flags["Share this story: news@example.org"]


@pytest.mark.parametrize(
    "line",
    ["Home > World > Europe", "WATCH: Fire in Lviv apartment block", "Tags: Ukraine, Russia, Odesa",
     "Trending now: Quake hits Kyoto | Storm in Manila", "© 2024 Example News. All rights reserved.",
     "Share on Facebook", "Editor's picks: Kabul talks | Istanbul vote", "Comments (231)",
     "Sign up for the Evening Briefing - delivered to your inbox every weekday.",
     "Keywords: #North Korea #floods #Chongjin",
     "Get weekly news and analysis on the U.S. elections with the newsletter On the Campaign Trail. Sign up here.",
     "Politics · North Korea · Economy · Society · World", "Portada > Internacional > Centroamérica", "World ▸ Europe ▸ Ukraine",
     "Research | Commentary | Events | Podcast", "Kaliningrad 08:14   Moscow 09:14   Vladivostok 16:14",
     "Kyiv +3°C  Lviv -1°C  Odesa 7°C", "07.08.2025, 19:12  ·  Reading time 3 min  ·  2 comments",
     "Weather today: Irkutsk +3, Angarsk +4, Bratsk -1", "Kherson +12  Mykolaiv +11  Odesa +13",
     "Breaking: Ferry strike ends in Busan | Daejeon metro fare rises", "🔴 LIVE: Air raid alert in Sumy and Poltava oblasts",
     "Geo Monitor, 1600 Wilson Blvd, Arlington, VA 22209", "Balkan Desk, Rue Belliard 20, 1040 Brussels, Belgium",
     "The Courier, 12 High Street, Ely CB7 4JU", "Weather  Sapporo 11°C  |  Niigata 16°C  |  Fukuoka 21°C",
     "Bishkek +24°  Osh +28°   USD 88.40  EUR 95.71", "Tallinn −3°C · Tartu −6°C          Listen live ▶  Watch ▶",
     "Home  Darfur  Kordofan  Blue Nile  Khartoum  Economy", "Editorial office: Keizersgracht 10, Amsterdam.",
     "FRIDAY NIGHT LIGHTS: Permian 35, Abilene Cooper 21 — full recap", "Port status — Constanța: open | Varna: open | Reni: shut",
     "Sponsored content: How Luxembourg finances start-ups", "Also in this section", "ALSO IN COUNTIES",
     "LO MÁS LEÍDO / MOST READ", "By JOSEPH KAMAU and FAITH CHEROP", "Relief Desk, PO Box 00100, Riverside Drive, Nairobi",
     "Comments (37)   |   Share on WhatsApp   |   Facebook",
     "BREAKING ⟫ Storm to hit Siesta Key tonight ⟫ Dow closes at record", "World · Europe",
     "USD 41.25 ▲ | EUR 44.90 ▼ | PLN 10.31   ·   Kyiv +9° 🌧   Lviv +7° ☁",
     "Radio frequencies: 92.3 FM Dnipro · 100.6 FM Kryvyi Rih", "Weather in Dnipro: +3°C, wet snow",
     "✉ Oksana Melnyk — defense reporter at the Kyiv Ledger. She grew up in Melitopol.",
     "Hannah Okafor is a senior fellow in the Red Sea Security Program. She previously worked in Juba and Nairobi.",
     "Watch now: Manama security dialogue opens with call for maritime cooperation",
     "Upcoming: Tallinn roundtable on sanctions enforcement, 24 March",
     "pinned: Fundraiser for a drone unit near Huliaipole - link in bio",
     "Park Min-ji is HBN's contributing correspondent on inter-Korean affairs. She is based in Daejeon.",
     "KyivKid · 2h — Same script every month. Launch, protest, repeat. Meanwhile their shells end up over Kharkiv.",
     "  ↳ Kondele_Boy — 1h: Mombasa is fine, Nairobi CBD is the problem. Avoid town.",
     "BREAKING ● Brahmaputra above danger level at six stations ● Rajdhani Express between Dibrugarh and Delhi cancelled",
     "LIVE ◉ Odesa — air raid alert lifted 14:02 ◉ Zaporizhzhia — two injured in morning shelling ◉ Dnipro — power back",
     "UPCOMING ▸ Sarajevo Security Conference, 14–15 May ▸ Podgorica Roundtable on Judicial Reform, 19 June",
     "⚠ AIR ALERT — Sumy region, Chernihiv region, Poltava region, Kharkiv region. Proceed to the nearest shelter!",
     "mapguy_kharkiv: Nice work on Ladyzhyn. Any chance of a look at Kulbakino next?",
     "Rice (1 kg): Pyongyang 6,500 won | Sinuiju 6,300 | Hyesan 7,000",
     "⚠ AIR RAID ALERT active in: Sumy Oblast · Poltava Oblast", "CURRENT WARNINGS (from NSW RFS)",
     "Повітряна тривога: Дніпропетровська, Херсонська області",
     "WORLD: Heatwave grips Sindh as mercury touches 48°C in Jacobabad",
     "Disclaimer: The views expressed in comments are those of the readers.",
     "Bethlehem, PA  34°F  Cloudy  |  Traffic: Route 22 westbound delays near Fullerton",
     "❤ 142   💬 31   ↻ share",  # a newsletter's reaction bar
     "Subscribe to the print edition — $48/year, mailed anywhere in the Aleutians",
     "Support independent journalism from the Donbas. Become a patron →",
     "READ | Pakistan, Afghanistan hold talks in Islamabad amid border tensions", "Sign In | Register",
     "World > East Asia", "Miami - Brooklyn - Montreal",
     'NAŠA VIASNA MEDIA, Gedimino pr. 9, Vilnius, Lithuania. Recognised as "extremist" by the regime.',
     "Casita for rent in Atotonilco — 2 bed, garden, pets OK. WhatsApp 415 000 0000",
     "The Sindh Sentinel — Sentinel House, Shahrah-e-Faisal, Karachi-75350. Hyderabad Bureau: Saddar, Hyderabad.",
     "Summer escapes from Lisbon: Palma de Mallorca, Lagos (Algarve), Madeira - flights from EUR 59. Book now!",
     "Prayer times (Dammam): Fajr 4:31  Dhuhr 11:36  Asr 2:41  Maghrib 4:59  Isha 6:29",
     "PUBLICIDADE / ADVERTISEMENT", "Son dakika: Trabzon limanında rekor ihracat",
     "World   U.S.   Politics   Sports   Entertainment   Business   Science",
     "Subscribe to The Daily Brief - get the morning's top stories from Jerusalem, Tel Aviv and beyond.",
     "(c) Tanker & Box Review Ltd. Registered in England and Wales. 2 Leman Street, London E1.",
     "AAP acknowledges the Traditional Custodians of Country throughout Australia.",
     "Support independent open-source analysis: donate monthly.",
     "Nordic Coast Radio is a public service broadcaster. Editor-in-chief: M. Lindqvist. Address: Strandgatan 4, "
     "65100 Vasa.", "Friday, October 24 | Ad: Fly to Lombok from Rp 899,000 — book now",
     "[ADVERT]  Buy land in Abuja–Keffi corridor with C of O — pay in 12 months! Call 0803 000 0000",
     "ADVERTISEMENT — Summer pilgrimage flights to Najaf and Karbala now on sale. Book early!",
     "Local:  Paris  |  Clarksville  |  Detroit  |  Deport  |  Bogata  |  Cooper  |  Hugo, Okla."],
)
def test_furniture_line_formats(line: str) -> None:
    text = "Shelling hit Kharkiv overnight, officials said, as talks stalled again in Istanbul.\n" + line + "\n"
    flags = [ln.furniture for ln in classify_lines(text) if ln.text.strip()]
    assert flags == [False, True]


def test_sponsor_blocks_and_newsletter_promotions_are_furniture() -> None:
    text = ("Good morning from Kyiv. Overnight, drones hit Ternopil and Rivne, officials said.\n\n"
            "--- SPONSORED ---\n"
            "This edition is brought to you by Carpathian Honey Co. Raw honey from apiaries around Yaremche.\n\n"
            "Air defences were busy over Lutsk as well, the regional governor said.\n\n"
            "MORE NEWSLETTERS FROM US\n"
            "Crimea Watch: a weekly look at life under occupation. Subscribe\n\n"
            "Other live blogs\n"
            "- Gaza ceasefire live: Hamas and Israel trade accusations over aid deliveries\n")
    flags = [ln.furniture for ln in classify_lines(text) if ln.text.strip()]
    assert flags == [False, True, True, False, True, True, True, True]


def test_an_outlets_description_among_the_last_lines_is_furniture() -> None:
    text = ("Drones hit the Kremenchuk refinery again on Tuesday, the governor of Poltava said.\n\n"
            "The plant had been struck twice before this year, and repairs had only just been finished when the "
            "latest wave arrived shortly after midnight, according to local officials and the operator.\n\n"
            "Analysts said the strikes were part of a wider campaign against fuel supplies along the Dnipro, which "
            "has also hit depots and pumping stations further east over the past month.\n\n"
            "Cite this: Wisniewska, M. (2025) \"The Poltava belt\", CEES Commentary No. 214.\n\n"
            "CEES is an independent, non-partisan think tank. Ul. Mokotowska 1, Warsaw · Rue de la Loi 155, Brussels.\n"
            "Privacy | Cookie settings | Accessibility | © 2025 CEES\n")
    flags = [ln.furniture for ln in classify_lines(text) if ln.text.strip()]
    assert flags[:3] == [False, False, False] and flags[-2:] == [True, True]


def test_an_alert_with_a_status_heads_no_list() -> None:
    text = ("Air raid alert: ACTIVE in the region 🔴\n\nSociety\n\n"
            "Zaporizhia under the glide bombs: the city that moved its schools underground\n\n"
            "ZAPORIZHZHIA – At 07:55 the siren sounds again over the left bank, and the children go down.\n")
    flags = flags_by_line(text)
    assert not flags["Zaporizhia under the glide bombs: the city that moved its schools underground"]


def test_a_scholar_in_the_body_is_not_a_biography() -> None:
    text = ("Shelling hit Kharkiv overnight, officials said.\nKim Min-seok is a professor at Korea University who "
            "has studied the plant since 2010, and he said output doubled.\n")
    assert [ln.furniture for ln in classify_lines(text) if ln.text.strip()] == [False, False]


def test_a_byline_address_inside_a_paragraph_is_not_furniture() -> None:
    text = ("Pastor picked for patrol program. By Vickie Welborn vwelborn@example.com Gannett March 24, 2009 "
            "MANSFIELD -- Mansfield Mayor Curtis McCoy wants to start a pastor on patrol program for the Mansfield "
            "Police Department and he has selected as his first candidate a self-described minister.\n")
    assert [ln.furniture for ln in classify_lines(text) if ln.text.strip()] == [False]


def test_inline_header_cuts_the_line() -> None:
    text = "Shells hit Kharkiv. Subscribe to our newsletter. Read also: Floods in Novosibirsk; Fire in Kazan.\n"
    lines = [ln for ln in classify_lines(text) if ln.text.strip()]
    assert [(ln.text, ln.furniture) for ln in lines] == [
        ("Shells hit Kharkiv. Subscribe to our newsletter.", False),
        ("Read also: Floods in Novosibirsk; Fire in Kazan.", True)]
    assert all(text[ln.start : ln.end] == ln.text for ln in lines)


def test_everything_after_a_late_comment_counter_is_furniture() -> None:
    body = "The mayor of Odesa said the port was open and ships were moving again on Monday.\n" * 5
    text = body + "Comments (12)\nOur newsroom is based in Riga.\n"
    lines = [ln for ln in classify_lines(text) if ln.text.strip()]
    assert [ln.furniture for ln in lines] == [False] * 5 + [True, True]


def test_sentences_are_verbatim_and_respect_abbreviations() -> None:
    text = "The U.S. said on Nov. 18 that 11,000 troops arrived. Kyiv denied it.\nA second line."
    sents = split_sentences(text)
    assert [s.text for s in sents] == [
        "The U.S. said on Nov. 18 that 11,000 troops arrived.", "Kyiv denied it.", "A second line."]
    for s in sents:
        assert text[s.start : s.end] == s.text


def test_a_list_header_may_name_the_outlet() -> None:
    text = ("Kang reached Yanji after seven months in hiding, she said.\n\nRead more on NK News:\n"
            "- Inside the Sinuiju greenhouse farm\n- How Nampo became a smuggling port\n\n"
            "From Yanji she travelled to Kunming by train and bus, she said.\n")
    flags = {line.text: line.furniture for line in classify_lines(text) if line.text.strip()}
    assert flags["Read more on NK News:"] and flags["- How Nampo became a smuggling port"]
    assert not flags["From Yanji she travelled to Kunming by train and bus, she said."]


@pytest.mark.parametrize(("header", "bullet"), [("RELATED ANALYSIS", "→"), ("MÁS NOTICIAS", "·"), ("Related links", "»"),
                                                ("YOU MAY ALSO BE INTERESTED IN", ">"), ("Also in the news", "·"),
                                                ("YOU MAY BE INTERESTED", "»"), ("Related to this story", "•"),
                                                ("What we're reading", "-"), ("Also from Balkan Desk:", "▸"),
                                                ("Read more: Elections 2024", "▸"), ("Last News", "•")])
def test_list_headers_and_bullets_of_other_layouts(header: str, bullet: str) -> None:
    text = (f"Floods hit Dhaka on Monday, officials said, and thousands were moved to shelters.\n{header}\n"
            f"{bullet} Why Bamako's fuel blockade matters for the whole Sahel\n{bullet} Managua cierra paso fronterizo\n")
    assert [ln.furniture for ln in classify_lines(text) if ln.text.strip()] == [False, True, True, True]


def test_a_sentence_with_separators_is_not_a_menu() -> None:
    text = "Trains run Kyiv / Lviv twice a day, the railway said.\nPrices: bread | milk.\n"
    assert [ln.furniture for ln in classify_lines(text) if ln.text.strip()] == [False, False]


def test_an_authors_biography_is_furniture() -> None:
    text = ("Floods hit Dhaka on Monday, officials said, and thousands were moved to shelters.\n\nAbout the author\n"
            "Jane Roe is a fellow at the institute and previously worked for a contractor in Virginia.\n")
    assert [ln.furniture for ln in classify_lines(text) if ln.text.strip()] == [False, True, True]


def test_several_authors_biographies_are_furniture() -> None:
    text = ("Floods hit Dhaka on Monday, officials said, and thousands were moved to shelters.\n\nAbout the authors\n"
            "Jane Roe is an imagery analyst based in Monterey, California, and worked in Canberra.\n\n"
            "Martin Oduya is a nonresident fellow who divides his time between Nairobi and Geneva.\n\n"
            "Rescue teams reached the delta on Tuesday, and the water began to fall in Sylhet.\n")
    assert [ln.furniture for ln in classify_lines(text) if ln.text.strip()] == [False, True, True, True, False]


def test_a_sentence_naming_a_street_is_not_an_address() -> None:
    text = "Police closed 5 Main Street, Water Street and the bridge, and residents of Perth were moved.\n"
    assert [ln.furniture for ln in classify_lines(text) if ln.text.strip()] == [False]


def test_an_outlets_description_between_footer_lines_is_furniture() -> None:
    body = "The mayor of Odesa said the port was open and ships were moving again on Monday.\n" * 4
    text = body + "Print | Email | Share\nBaltic Wire. Founded 1991. Bureaus in Riga and Vilnius.\nTerms | Privacy | Contact\n"
    assert [ln.furniture for ln in classify_lines(text) if ln.text.strip()] == [False] * 4 + [True] * 3


def test_a_strip_above_the_headline_is_furniture() -> None:
    text = ("🔴 Quake info: M4.8 off Ibaraki, no tsunami risk   ·   Rain warning for Kagoshima lifted   ·   Tokyo 151.83\n"
            "North Korea fires missile from Sunan\n"
            "North Korea launched a missile from the Sunan area of Pyongyang on Friday, officials in Seoul said.\n")
    assert [ln.furniture for ln in classify_lines(text) if ln.text.strip()] == [True, False, False]


def test_a_section_label_with_bullets_under_it_and_more_news() -> None:
    text = ("The mayor of Odesa said the port was open and ships were moving again on Monday.\n"
            "MORE LOCAL NEWS\n · Dunmore council approves budget\n · Carbondale man charged in crash\n")
    assert [ln.furniture for ln in classify_lines(text) if ln.text.strip()] == [False, True, True, True]


@pytest.mark.parametrize("header", ["ЧИТАЙТЕ ТАКЖЕ", "많이 본 뉴스 (Most viewed)", "MOST READ  |  الأكثر قراءة", "TIN LIÊN QUAN",
                                    "MAIS LIDAS / MOST READ"])
def test_list_headers_in_other_languages(header: str) -> None:
    text = (f"Floods hit Dhaka on Monday, officials said, and thousands were moved to shelters.\n{header}\n"
            "  • Ferry to Sakhalin resumes from Vanino after storm\n  • Zeya hydro plant lowers reservoir\n")
    assert [ln.furniture for ln in classify_lines(text) if ln.text.strip()] == [False, True, True, True]


def test_list_items_below_the_last_paragraph_need_no_header() -> None:
    text = ("The mayor of Odesa said the port was open and ships were moving again on Monday.\n\n"
            "Sabiedriskās ziņas\n  - Riga tram fares rise\n  - Daugavpils Fortress Reopens After Repairs\n")
    assert [ln.furniture for ln in classify_lines(text) if ln.text.strip()] == [False, False, True, True]


def test_the_masthead_above_the_menu_is_furniture() -> None:
    text = ("NewsWest 7 — Permian Basin's News Leader\nNews | Weather | Sports | Video | Contact\n"
            "Odessa family waits for news from Odesa\n"
            "A family in Odessa, Texas, has not heard from relatives in Odesa since the strike, they said.\n")
    assert [ln.furniture for ln in classify_lines(text) if ln.text.strip()] == [True, True, False, False]



@pytest.mark.parametrize("line", ["HYDERABAD: Incessant rain brought the city to a standstill on Tuesday.",
                                  "Officials: the dam is safe", "Sumy: shelling hit two villages overnight"])
def test_a_dateline_or_a_label_that_is_no_section_is_not_a_teaser(line: str) -> None:
    text = ("Shelling hit Kharkiv overnight, officials said, as talks stalled again in Istanbul.\n" + line
            + "\nThe governor said repairs to the power lines would take at least a week.\n")
    assert [ln.furniture for ln in classify_lines(text) if ln.text.strip()] == [False, False, False]


_PROSE = "Shelling hit Kharkiv overnight, officials said, as talks stalled again in Istanbul.\n"


@pytest.mark.parametrize(
    ("text", "flags"),
    [(("Rain flooded Hyderabad and Secunderabad on Tuesday, and schools were shut across the city.\n\nWEB STORIES\n"
       "7 monsoon getaways near Pune you must visit | 5 street foods to try in Lucknow | Jaipur's stepwells\n"
       "Disclaimer: The views expressed in comments are those of the readers.\n"), [False, True, True, True]),
     (_PROSE + "[Photo] Containers are stacked at the quay in Rajin, North Korea, in a satellite image taken on "
      "September 28. Satellite image ©2024 Maxar Technologies\n© 2024 MERIDIAN WEEKLY\n"
      "All quotes delayed a minimum of 15 minutes. © 2024 Global Wire. All rights reserved.\n",
      [False, False, True, True]),
     (_PROSE + "Figure 1: Final assembly halls of the Sungri Motor Complex in Tokchon, South Phyongan Province, "
      "April 28, 2025. Imagery (c) Planet Labs PBC.\n"
      "South Counties TV, Media Centre, Southampton SO14 3ZH. (c) 2025 South Counties Television Ltd.\n",
      [False, False, True]),
     ("Overnight strike on Kyiv kills four as Russian drones also hit Kharkiv\n\nOlena Hrytsenko\n"
      "November 14, 2025 08:47   Updated 14:20\n\n" + _PROSE, [False, True, False, False]),
     (_PROSE + "RELATED COMMENTARY\nCan Mongolia stay neutral in a new Cold War?\n"
      "Chabahar and the North–South Transport Corridor: promise and reality\n"
      "Kaliningrad's transit problem, two years on\n", [False, True, True, True, True]),
     (_PROSE + "Horn & Nile Policy Forum, 4th Floor, Westlands Business Park, Nairobi, Kenya. Registered non-profit.\n",
      [False, True]),
     (_PROSE + "Georgia Lee  |  Senior Fellow, Korea Program\n", [False, True]),
     ("VERTIKAL\nIndependent news in Russian and English\nOur newsroom works from Riga. Reading us inside Russia?\n"
      "News   Investigations   War   Regions   Opinion\n\nLife on both sides of the border after the incursion\n\n"
      + _PROSE, [True, True, True, True, False, False]),
     ("World > Europe > Russia-Ukraine war\n\nLIVE\nRussia-Ukraine war live: Kherson bus hit in drone attack\n\n"
      "Updated 4 minutes ago\n\n" + _PROSE, [True, True, False, False, False]),
     (_PROSE + "12:15\nBREAKING: The military says North Korea fired 200 artillery rounds into the Yellow Sea.\n"
      "BREAKING: Quake hits Japan\n", [False, False, False, True]),
     ("Sunderland  7°C  Light rain\nNewcastle Weather: 24°C, fine | Traffic: delays near Hornsby\n"
      "Weather warning: IPMA issues orange heat alert for Faro and Beja\n" + _PROSE
      + "Temperatures reached 41°C in Seville on Monday, officials said after the meeting.\n"
      "Novaya Zarya Media SIA, Riga, Latvia. The outlet is banned in Russia.\n"
      "Newswire, 5 Canada Square, London. All quotes delayed a minimum of 15 minutes.\n",
      [True, True, True, False, False, True, True]),
     ("NOVOSTI | Russian News Agency\nRussia | World | Economy | Sport\nMoscow time 14:06 | USD 92.41 | EUR 100.17\n"
      "SPECIAL MILITARY OPERATION IN UKRAINE\nRussian troops take two villages near Kupiansk, ministry says\n"
      + _PROSE, [True, True, True, True, False, False]),
     (_PROSE + "Previous posts\n← Kupiansk: who holds the bridge?\n← Avdiivka, one year on\n"
      "Next post → Mariupol's rebuilt drama theatre, seen from orbit\nPrevious issue: Adygea and the land question\n"
      "Most listened this week\n- Juba: teachers strike over unpaid salaries\nMore from al.com\n"
      "  Fairhope council votes on downtown parking\n", [False] + [True] * 9),
     (_PROSE * 3 + "Subscribe to The Monitor Weekly. No spam, unsubscribe at any time.\n\n"
      "Eurasia Defence Monitor is an independent research foundation registered in the Netherlands.\n"
      "Prinsengracht 263, Amsterdam · press@edm-research.org\n", [False] * 3 + [True, True, True]),
     (_PROSE + "Reporting by WirePress and other media has found that the workforce includes teenagers recruited "
      "from Uganda, Kenya and Rwanda.\n(Reporting by Tom Reilly in Kyiv; Editing by Andrew Heavens)\n"
      "Additional reporting by Olena Harmash\n", [False, False, False, False]),
     ("GLOBAL WIRE\nWorld | Business | Markets | Politics\n\nEXCLUSIVE: North Korean troops shift from Kursk to Sumy "
      "front - sources\n\n" + _PROSE + "OTHER NEWS OF THE REGION\n- Storm warning declared for Nakhodka\n"
      "EXCLUSIVE: Grain deal talks stall in Istanbul\n", [True, True, False, False, True, True, True]),
     (_PROSE + "Newport County: Hughes; Baker, Evans, Thomas, Ward; Pritchard, Morgan (Okoro 71), Davies; Lloyd, "
      "Rees, Jones.\n", [False, True])],
    ids=["teaser-strip-below-the-article", "caption-with-photo-credit", "caption-with-a-(c)-credit-footer-with-one",
         "a-bare-byline-above-the-date",
         "question-headlines-in-a-list",
         "address-and-a-sentence", "author-bar-title", "masthead-tagline-above-the-menu", "live-badge-over-headline",
         "live-blog-entry-with-a-badge", "weather-readings-warnings-publisher-seat", "rubric-above-the-headline",
         "previous-and-next-posts-most-listened-more-from", "about-us-between-a-sign-up-and-an-address",
         "wire-credits-are-the-articles-last-lines", "a-labelled-headline-above-the-story-a-teaser-below",
         "a-teams-line-up"],
)
def test_page_layouts(text: str, flags: list[bool]) -> None:
    assert [ln.furniture for ln in classify_lines(text) if ln.text.strip()] == flags


def test_a_sections_name_between_the_menu_and_a_longer_headline_is_furniture() -> None:
    text = ("MERIDIAN\nWorld | Business | Markets | Legal | More\nSign In | Register\n\nEurope\n\n"
            "Ukraine pulls troops out of Vuhledar, hilltop town held since 2022\n\n"
            "KYIV, Oct 2 (Meridian) - Ukraine's military said on Wednesday it had withdrawn troops from Vuhledar.\n")
    flags = flags_by_line(text)
    assert flags["Europe"] and not flags["Ukraine pulls troops out of Vuhledar, hilltop town held since 2022"]


def test_from_the_archive_heads_a_list() -> None:
    text = ("Container traffic at Nampo rose for the third month running, our count shows.\n\nFROM THE ARCHIVE\n"
            "· Sinuiju flood recovery, two years on\n· Wonsan-Kalma: who is the beach for?\n")
    flags = [ln.furniture for ln in classify_lines(text) if ln.text.strip()]
    assert flags == [False, True, True, True]


def test_most_visited_heads_a_list() -> None:
    text = ("A strong earthquake hit Khoy on Saturday, the Red Crescent said in a statement.\n\nMost visited\n"
            "- Mashhad: 2 million pilgrims arrived in Holy city for Arbaeen\n")
    assert [ln.furniture for ln in classify_lines(text) if ln.text.strip()] == [False, True, True]


def test_a_registered_charity_line_between_footer_lines_is_furniture() -> None:
    text = ("Trains moved shells from Khasan to Tikhoretsk, our count of rail cars shows, week after week.\n\n"
            "Get our investigations first. Monthly newsletter. [Email address] [Sign up]\n\n"
            "Open Source Centre is a registered charity in England and Wales.\nCookie settings | Privacy | Ethics\n")
    flags = flags_by_line(text)
    assert flags["Open Source Centre is a registered charity in England and Wales."]
    text = text.replace("a registered charity in England and Wales", "a registered Scottish charity, SC000000")
    flags = flags_by_line(text)
    assert flags["Open Source Centre is a registered Scottish charity, SC000000."]


@pytest.mark.parametrize("header", ["MORE POLITICS", "CONTACTS", "ALSO WATCH", "TRENDING ON KFHT12.COM",
                                    "Previous updates", "Suggested Topics:"])
def test_more_of_a_section_and_contacts_head_lists(header: str) -> None:
    text = ("Voters in Hamilton, Larkhall and Stonehouse go to the polls on Thursday, the council said.\n\n"
            f"{header}\nCarluke councillor suspended over expenses\nGlobal Shelter Cluster, Geneva\n")
    assert [ln.furniture for ln in classify_lines(text) if ln.text.strip()] == [False, True, True, True]


def test_an_outlets_description_after_a_rule_of_dashes_is_furniture() -> None:
    text = ("A curfew remains in force in Noumea, where roadblocks went up again overnight, officials said.\n"
            "Wellington said a Hercules would leave for New Caledonia as soon as Paris gave permission to land.\n"
            "Flights at La Tontouta remain suspended, and New Zealand is preparing to fly stranded tourists home.\n"
            "---\nRNZ Pacific is New Zealand's public service Pacific radio network, broadcasting from Auckland and "
            "Wellington.\nShare this: Facebook | X | Email | Print\n")
    assert [ln.furniture for ln in classify_lines(text) if ln.text.strip()] == [False] * 3 + [True] * 3


def test_a_bilingual_header_heads_numbered_teasers() -> None:
    text = ("Insurgents attacked a village near Palma on Sunday, officials said, and hundreds fled south.\n\n---\n"
            "MAIS LIDAS / MOST READ\n1. Beira: port dredging contract awarded to Belgian firm\n"
            "2. Inhambane: tourist season \"best in a decade\"\n\n"
            "In Pemba, the provincial capital, the price of rice has risen by almost 40 percent since January.\n")
    assert [ln.furniture for ln in classify_lines(text) if ln.text.strip()] == [False, True, True, True, True, False]



def flags_by_line(text: str) -> dict[str, bool]:
    """Each non-blank line of ``text`` -> whether it is furniture."""
    return {ln.text: ln.furniture for ln in classify_lines(text) if ln.text.strip()}


def furniture_flags(text: str) -> list[bool]:
    """The furniture flag of each non-blank line of ``text``."""
    return [ln.furniture for ln in classify_lines(text) if ln.text.strip()]

def test_a_continent_below_the_menu_and_tagline_is_a_section_label() -> None:
    text = ("World | Africa | Americas | Europe | Business | Markets\n"
            "Exclusive news, data and analytics for financial market professionals\n\n"
            "Africa\n\nFighters pound El Fasher as thousands flee camp\n\n"
            "Shelling hit the last hospital in El Fasher on Sunday, aid workers said, as families fled south.\n")
    flags = {ln.text.strip(): ln.furniture for ln in classify_lines(text) if ln.text.strip()}
    assert flags["Africa"] and not flags[
        "Shelling hit the last hospital in El Fasher on Sunday, aid workers said, as families fled south."]


@pytest.mark.parametrize("block", [
    'ALSO IN THE SECTION "INCIDENTS"\n• In Uryupinsk a truck fell through the ice\n',
    "CLASSIFIEDS\nFOR SALE: 2012 pickup, 118k miles, Moscow. $18,500 or best offer, any time.\n"
    "HAY: small squares, delivered within 30 miles of Deary.\n",
    "Now showing: Documentary — The Pearl Divers of Manama | Next: Gulf Business Hour\n",
    "Flash info ▸ Niger : la junte annonce un calendrier ▸ Burkina Faso : attaque près de Djibo ▸\n",
    "More live pages: Sudan live — El Fasher siege ▸ | Ukraine live ▸\n",
], ids=["also-in-the-section", "classifieds", "now-showing", "flash-info", "more-live-pages"])
def test_lists_and_tickers_below_a_story(block: str) -> None:
    text = ("Rain flooded the centre of Volgograd overnight, and rescuers pumped water from cellars, officials said.\n"
            "\n" + block)
    flags = furniture_flags(text)
    assert flags[0] is False and all(flags[1:]), flags


@pytest.mark.parametrize("line", [
    "Nasha Pravda is registered as a media outlet in Białystok, Poland. Reprinting materials is allowed only with "
    "an active link.",
    'If you value independent journalism in Russian and English, support us. We work from Riga.',
])
def test_an_outlets_registration_or_appeal_among_footer_lines_is_furniture(line: str) -> None:
    text = ("Potash exports through Klaipeda stopped in 2022, and Minsk has since shipped through Ust-Luga instead.\n"
            "Prices fell by a third in two years, traders in Minsk and Vilnius told us.\n"
            "Belaruskali declined to comment, and the ministry in Minsk did not answer our questions by Friday.\n"
            "Lithuania's railway has said it will not resume the transit under any circumstances this year.\n"
            "Subscribe to our Telegram | Instagram | YouTube\n" + line + "\nOur site uses cookies. Continue\n")
    flags = furniture_flags(text)
    assert flags == [False] * 4 + [True] * 3, flags


def test_a_labelled_photo_caption_above_a_list_is_the_articles() -> None:
    text = ("Fires burned through the hills above Viña del Mar for a third day, officials said on Sunday.\n\n"
            "Photo caption: Firefighters work among burned houses in Quilpue on Saturday. (Agencia Uno)\n\n"
            "You might also like\n- Temuco: Mapuche communities reject new forestry law\n")
    assert furniture_flags(text) == [False, False, True, True]


@pytest.mark.parametrize(("text", "flags"), [
    ("Drones struck a bus in Kherson's Korabel district on Tuesday morning, wounding four people, officials said.\n"
     "The city administration has announced a day of mourning on Friday, and the bus route is suspended.\n"
     "Free buses leave the city every morning, and families with children are offered housing elsewhere.\n\n"
     "LIVE FEED\n18:32  Beryslav: drone drops explosive near pharmacy queue, 2 injured\n"
     "18:05  Evacuation train to Lviv departs tomorrow at 06:10\n", [False] * 3 + [True] * 3),
    ("Floodwater rose in Quảng Ninh and Hải Phòng overnight, and thousands of people were moved to schools.\n"
     "Rescuers reached villages cut off by landslides in Lào Cai on Wednesday, the ministry said.\n"
     "The government in Hà Nội promised aid to the worst-hit provinces within the week, it said.\n\n"
     "Bình luận (12)   Chia sẻ: Facebook | Zalo | Email\n\n"
     "Tòa soạn: 15 Phố Lý Thường Kiệt, quận Hoàn Kiếm, Hà Nội.\n", [False] * 3 + [True] * 2),
], ids=["live-feed", "foreign-comment-counter-and-share-bar"])
def test_a_live_feed_and_a_foreign_comment_counter_with_its_share_bar(text: str, flags: list[bool]) -> None:
    assert furniture_flags(text) == flags


@pytest.mark.parametrize(("top", "flags"), [
    ("ISLANDS\n\nRhodes fire forces new evacuations in the south\n\n"
     "By our correspondent in Rodos  |  23.07.2025  |  Updated 16:50\n", [True, False, False]),
    ("LIVE TICKER  *  14:55 Zlín: schools closed  *  14:40 Trains between Pardubice and Česká Třebová resume  *\n"
     "Rhodes fire forces new evacuations in the south\n", [True, False]),
    ("BREAKING  >>  Red alert for the Valencia coast  >>  Ibiza ferries cancelled  >>  Murcia: schools shut\n"
     "Rhodes fire forces new evacuations in the south\n", [True, False]),
    ("MOST READ ▾  1. Dam breach in Orsk: no one punished  2. Ufa court jails activist  3. Yakutsk: −52°C\n"
     "Rhodes fire forces new evacuations in the south\n", [True, False]),
    ("ODRA COURIER | English Edition\nNews from Lower Silesia, Poland and the world\nSkip to content\n\n"
     "We value your privacy\n\nRhodes fire forces new evacuations in the south\n", [False, True, True, False, False]),
    ("OTHER LIVE COVERAGE:  ● Goma: M23 talks latest  ● Mogadishu election dispute  ● Assab tensions explained\n"
     "Rhodes fire forces new evacuations in the south\n", [True, False]),
    ("ISLANDS\n\nRhodes fire forces new evacuations in the south\n\n"
     "By Nadine Karam and Hassan Fakih  |  Nov 4, 2025, 09:12 AM\n", [True, False, True]),
], ids=["byline-with-its-date", "starred-ticker", "chevron-ticker", "numbered-most-read", "tagline-above-a-banner",
        "bulleted-ticker", "names-byline-with-its-date"])
def test_above_the_story(top: str, flags: list[bool]) -> None:
    text = top + "\nA wildfire that broke out on Tuesday above Laerma burned out of control in the south of Rhodes.\n"
    assert furniture_flags(text) == flags + [False]


@pytest.mark.parametrize("line", [
    "Ukrainska Dumka LLC. 01001, Kyiv, 14 Khreshchatyk St. Media registration number R40-00000.",
    'Svobodny Vostok is recognised as an "undesirable organisation" in Russia. Reposting our materials may carry '
    "legal risk.",
], ids=["registration-number", "undesirable-organisation"])
def test_an_outlets_legal_lines_among_footer_lines_are_furniture(line: str) -> None:
    text = ("Potash exports through Klaipeda stopped in 2022, and Minsk has since shipped through Ust-Luga instead.\n"
            "Prices fell by a third in two years, traders in Minsk and Vilnius told us.\n"
            "Belaruskali declined to comment, and the ministry in Minsk did not answer our questions by Friday.\n"
            "Subscribe to our Telegram | Instagram | YouTube\n" + line + "\n© 2025 The outlet. All rights reserved.\n")
    assert furniture_flags(text) == [False, False, False, True, True, True]


def test_a_reports_numbered_paragraphs_are_prose_and_a_numbered_link_list_is_not() -> None:
    text = ("Quality remains a problem, artillery officers said, and failure rates reached half of some lots.\n\n"
            "4. What Pyongyang gets. In return, the DPRK is receiving food, refined petroleum above the United "
            "Nations cap, and help with air defence, satellites and submarine technology, we assess.\n\n"
            "5. Recommendations. Seoul and its partners should expand satellite monitoring of the rail lines from "
            "Kanggye and Huichon to the coast, and share battlefield data.\n\n"
            "MOST READ\n1. Dam breach in Orsk: three years on, no one punished\n2. Ufa court jails activist\n")
    assert furniture_flags(text) == [False, False, False, True, True, True]


@pytest.mark.parametrize(("header", "item"), [("HOT NEWS", "  "), ("ALSO ON THE FRONT PAGE", "  "),
                                              ("TODAY'S HEADLINES", "  "), ("HOT TODAY", "1. "),
                                              ("ALSO TODAY", "• ")])
def test_the_articles_headline_byline_and_dateline_end_a_list_above_them(header: str, item: str) -> None:
    text = (header + f"\n{item}Longjing apple-pear festival draws 80,000 visitors\n"
            f"{item}Dunhua furniture exports rise 9% in first ten months\n\n"
            "Hunchun bets on Quanhe crossing as Russia-DPRK road bridge rises downstream\n\nBy Jin Minghao\n"
            "HUNCHUN, Nov 20, 2025 09:14\n\n"
            "Queues of trucks carrying flour and cooking oil stretched back from the crossing on Thursday morning.\n")
    assert furniture_flags(text) == [True, True, True, False, True, False, False]


def test_a_commentary_label_marks_the_articles_own_headline() -> None:
    text = ("Commentary: The Kerch Bridge still matters — but less than it used to\n\nBy Ann Lee\n\n"
            "The bridge across the Kerch Strait was struck twice in 2022 and 2023, and Russia has since built a road.\n")
    assert furniture_flags(text) == [False, True, False]


@pytest.mark.parametrize("line", ["Newcastle 8C cloudy   Hexham 6C   Alnwick 7C   Whitley Bay 9C",
                                  "Thursday edition | Weather: Chiang Mai 31C"])
def test_a_weather_strip_without_degree_signs_is_furniture(line: str) -> None:
    assert is_furniture_line(line)


@pytest.mark.parametrize(("line", "menu"), [
    ("Occupied Territories: Abkhazia · Tskhinvali Region", True),
    ("[ Kurgan ] [ Shadrinsk ] [ Kataysk ] [ Shchuchye ] [ All districts ▼ ]", True),
    ("NATIONAL  POLITICS  BUSINESS  WORLD  REGIONS: Hokkaido / Tohoku / Kanto / Chubu / Kansai  OPINION  SPORTS", True),
    ("Ukraine: Russia attacks Kharkiv overnight · three dead", False),
    ("Districts: Balashikha - Mytishchi - Khimki - Lyubertsy - Serpukhov - Sergiev Posad - all 56 districts >", True),
])
def test_a_submenus_label_and_items(line: str, menu: bool) -> None:
    assert is_furniture_line(line) is menu


def test_a_ticker_of_triple_chevrons_is_furniture() -> None:
    text = (">>> ALSO LIVE: Dnipro: explosions reported >>> Kryvyi Rih: power restored >>> Kherson: shelling\n\n"
            "Sumy without power after overnight strike\n\n"
            "A drone hit a substation on the edge of Sumy overnight, leaving most of the city without power, officials said.\n")
    assert furniture_flags(text) == [True, False, False]


def test_a_ticker_with_a_trailing_separator_above_the_story_is_furniture() -> None:
    text = ("ULTIMA ORĂ: Snow chains mandatory on the Mestecăniș pass  |  Ski season opens in Vatra Dornei  |\n\n"
            "Farmers block lorries at Siret as protests reach the Ukrainian border\n\n"
            "Farmers and hauliers blocked the road to the Siret crossing on Tuesday, and the queue reached 15 km.\n")
    assert furniture_flags(text) == [True, False, False]


def test_a_reports_lettered_paragraph_is_no_copyright_line() -> None:
    assert not is_furniture_line("(c) Sea, west. A small number of voyages from Namp'o (Nampo) around the Korean "
                                 "Peninsula appear to have begun in mid-2024, analysts said.")
    assert is_furniture_line("(c) 2024 Global Wire. All rights reserved.")


STORY = ("Drones struck a bus in Kherson's Korabel district on Tuesday morning, wounding four people, officials said.\n"
         "The city administration has announced a day of mourning on Friday, and the bus route is suspended.\n")


@pytest.mark.parametrize(("top", "flags"), [
    ("Local editions: Paris · Texarkana · Sherman-Denison · Mount Pleasant · Durant (Okla.)\n", [True]),
    ("LIVE  Syria: rebels say they have taken Hama as government forces withdraw\n"
     "LIVE  Georgia protests: thousands rally in Tbilisi for eighth night\n"
     "       Storm Darragh: red weather warning issued for parts of Wales\n", [True, True, True]),
    ("LIVE  07:42  Air raid alert in Kherson, Mykolaiv and Dnipropetrovsk regions\n", [True]),
    ("EARTHQUAKE INFO  04:12 M4.1 off Ibaraki coast, max intensity 2, no tsunami risk\n", [True]),
    ("CRICKET LIVE   IND 287/6 (48.2 ov) v ENG, 2nd ODI  ·  Asia Cup: SL v BAN at Dubai, toss delayed\n", [True]),
    ("Popular today:\n— Artsyz council approves new underground school\n— Orlivka–Isaccea ferry back on schedule\n",
     [True, True, True]),
    ("TICKER > 08:02 Air raid alert over in Odesa region > 06:30 Kherson: shelling of Korabel neighbourhood\n", [True]),
    ("  BREAKING  ---  Sosnowiec: tram line 15 suspended  ---  Bytom: council approves demolition of mine tower\n",
     [True]),
    ("Última hora » Benfica coach confirms squad » Évora: cathedral roof repairs finished\n", [True]),
    ("LAST 24 HOURS\n09:14  Volnovakha: residents report explosions\n08:40  Nikolske left without water\n",
     [True, True, True]),
    ("LIVE 07:42 Air raid alert lifted in Mykolaiv oblast\nLIVE 07:15 Power restored in Chornomorsk\n", [True, True]),
    ("NEWS FEED\n14:02 Yekaterinburg announces tender for second metro line\n13:15 Kazan to host youth forum\n",
     [True, True, True]),
    ("LIVE ··· 08:52 Air raid alert lifted in Stary Oskol ··· 08:40 Traffic restricted near Razumnoye\n", [True]),
    ("TRAFFIC ▸ M-4 Don: traffic jam near Aksai bridge, 7 km ▸ Bataysk: repairs on Kirova St.\n", [True]),
    ("TRAFFIC: A1 motorway closed southbound between Nyon and Coppet after lorry fire\n", [True]),
    ("TUOREIMMAT – LATEST\n08:55 Levi ski resort opens two new slopes\n07:45 Haparanda–Tornio bridge gets EU money\n",
     [True, True, True]),
    ("ONLINE FEED\n08:14  Air defences down 17 drones over Bryansk Region overnight\n"
     "08:02  Governor: power restored in Shebekino after shelling\n", [True, True, True]),
], ids=["labelled-editions-menu", "spaced-live-ticker-and-its-indented-item", "live-ticker-with-times",
        "labelled-alert-with-a-time", "a-word-and-a-ticker-label", "popular-today", "ticker-label-and-chevron",
        "ticker-of-dashes", "ticker-label-in-portuguese", "last-24-hours-feed", "live-and-a-clock-time", "news-feed",
        "ticker-of-middle-dots", "service-label-and-chevrons", "service-label-and-colon", "bilingual-header-with-a-dash",
        "online-feed"])
def test_labels_tickers_and_menus_above_the_story(top: str, flags: list[bool]) -> None:
    assert furniture_flags(top + "\n" + STORY) == flags + [False, False]


@pytest.mark.parametrize(("bottom", "flags"), [
    ("COMMENTS (41)   Comments are the opinions of readers and do not reflect the views of The Hanbando Herald.\n"
     "minsu_k (Incheon)  Another veto. Same script every year.   Like 38 | Dislike 4\n", [True, True]),
    ("READER VOICES\n\"Good to see dialogue at last, but the island question will not go away.\"  (Yokohama, 60s)\n"
     "\"Scallop prices here halved in 2023. This matters more than speeches.\"  (Hakodate, 40s)\n", [True] * 3),
    ("ACCESS RANKING\n1  Sapporo snow festival to shrink ice sculptures as February warms\n"
     "2  Sakurajima ash halts Kagoshima trams for second day\n", [True] * 3),
    ('Cite this:  Menon, R. (2025), "After Tianjin, a thaw with limits", Meridian Commentary 2025/61, Singapore.\n',
     [True]),
    ("DISCUSSION (6)\nS. Iyer  ·  Chennai\nGood piece, but it underplays how much the Indian side wants components.\n",
     [True] * 3),
    ("Tags: Eurofighter · NATO\n\nSPORTS CORNER\n• Fenerbahçe held by Trabzonspor in Kadıköy\n\nCOMMENTS (18)\n"
     "Kerem_B · Bursa · 2 hours ago\nForty jets would be good news, but engines are the real question.\n",
     [True] * 6),
    ("What to watch in the next quarter\n• Whether the Djibo convoy route can be kept open before the rainy season.\n"
     "• Recruitment among Fulani herders displaced from Burkina Faso into northern Ghana.\n\n7 comments\n"
     "Moussa T. — Very good analysis, but the situation in Cabo Delgado shows the same pattern.\n",
     [False, False, False, True, True]),
], ids=["comment-counter-with-a-long-note-and-votes", "reader-voices", "numbered-ranking-without-dots", "cite-this",
        "discussion-counter", "section-label-bullets-above-comments", "the-articles-own-points-above-comments"])
def test_below_the_story(bottom: str, flags: list[bool]) -> None:
    story = STORY * 4  # (comments and footers are in the last part of a page)
    assert furniture_flags(story + "\n" + bottom) == [False] * 8 + flags


def test_a_headline_above_a_rubric_and_a_byline_is_the_articles() -> None:
    text = ("Three hulls in a year: what Namp'o, Ch'ŏngjin and Sinp'o tell us about P'yŏngyang's naval ambitions\n\n"
            "COMMENTARY | Northeast Asia Maritime Review\nBy Helen Marsh and Park Seung-woo | 30 June 2025\n\n"
            + STORY)
    assert furniture_flags(text) == [False, True, True, False, False]


def test_authors_without_by_and_key_takeaways_end_a_list_above_the_story() -> None:
    text = ("Related assessments\n— Kherson: River Island Raids Continue (Nov 27)\n"
            "Russian Offensive Campaign Assessment: Siversk and Lyman Directions, December 2, 2025\n"
            "Daniel Reyes, Kateryna Soroka, and Lyman Whitfield\nKey Takeaways:\n"
            "- Russian forces likely control most of Siversk after a month-long infiltration campaign.\n\n" + STORY)
    assert furniture_flags(text)[:4] == [True, True, False, False]


def test_a_bare_date_line_is_furniture_and_a_dated_headline_no_address() -> None:
    assert is_furniture_line("Wednesday, November 27, 2024")
    assert not is_furniture_line("Russian Offensive Campaign Assessment: Siversk and Lyman Directions, December 2, 2025")
    assert is_furniture_line("Eastern Flank Institute, 1400 K Street NW, Suite 700, Washington, DC 20005")


def test_a_strip_of_labelled_service_items_above_the_story_is_furniture() -> None:
    text = ("JR Hokkaido: Limited express Hokuto delays between Mori and Oshamambe (strong wind) / New Chitose "
            "Airport: all flights operating normally\n\n" + STORY)
    assert furniture_flags(text) == [True, False, False]


def test_other_live_coverage_heads_its_links() -> None:
    text = ("Other live coverage:  Morocco earthquake: rescuers race to reach Atlas mountain villages - live  |  Libya "
            "floods: thousands feared dead in Derna - live\n\n" + STORY)
    assert furniture_flags(text) == [True, False, False]


def test_a_headline_with_a_desk_byline_and_a_date_line_ends_a_feed_above_it() -> None:
    page = ("LAST 24 HOURS\n09:14  Volnovakha: residents report explosions near the railway station\n\n"
            "Berdiansk port hit again as occupiers ship Mariupol steel across the Sea of Azov\n\n"
            "By Courier staff\n18 October 2023\n\n" + STORY)
    assert furniture_flags(page) == [True, True, False, True, True, False, False]


@pytest.mark.parametrize("about", ["HRIM is supported by partners in Prague and Vilnius.",
                                   "HRIM is a reader-funded outlet. HRIM LLC, 7 Rynok Square, Lviv 79008, Ukraine."])
def test_an_alert_strip_above_the_story_and_a_partners_line_in_the_footer_are_furniture(about: str) -> None:
    top = "⚠ Ballistic missile threat — Zaporizhzhia and Dnipropetrovsk oblasts\n\n"
    bottom = f"\n{about}\nHRIM, 01001, Kyiv, Khreshchatyk St., 22\n"
    assert furniture_flags(top + STORY * 4 + bottom) == [True] + [False] * 8 + [True, True]


def test_a_transit_operators_alert_above_the_story_is_furniture() -> None:
    text = ("Weather: Berlin 3°C cloudy | Hamburg 6°C\nVBB alert: S-Bahn S5 delays between Ostkreuz and Erkner\n\n"
            "Thousands rally at Brandenburg Gate\n\nThousands of people gathered in central Berlin on Saturday to "
            "demand more support for Ukraine, police said.\n")
    assert furniture_flags(text)[:2] == [True, True]


def test_the_articles_last_paragraph_with_a_seat_is_no_outlets_description() -> None:
    """ "headquartered in", "offices in" in the article's own last paragraph: no outlet's description of itself."""
    text = (_PROSE + "The Eastern Military District's 68th Army Corps, headquartered in Yuzhno-Sakhalinsk, is "
            "responsible for the defence of Sakhalin and the Kuril Islands.\n\n"
            "The full planning documents are available at the council's offices in Northallerton and online.\n")
    assert [ln.furniture for ln in classify_lines(text) if ln.text.strip()] == [False, False, False]
    outlet = _PROSE * 3 + "Povolzhye Monitor is an independent news outlet. Its editorial office is registered in Latvia.\n"
    assert [ln.furniture for ln in classify_lines(outlet) if ln.text.strip()] == [False] * 3 + [True]


@pytest.mark.parametrize("line", [
    "⚡ Odesa: port infrastructure damaged in overnight attack ⚡ Lviv: air alert lifted ⚡ Sumy: one injured ⚡",
    "RED ALERT FEED > 08:12 Kiryat Shmona, Margaliot - launch identified > 07:55 End of event > 05:30 Kiryat Shmona",
    "+++ TICKER +++ 14:02 Rail strike: disruption at Köln Hbf +++ 13:47 1. FC Köln part ways with coach in Bremen +++",
    "MENU: Deir Ezzor - Raqqa - Hasakah - Qamishli - Kobani - Manbij - Tabqa - Reports - Data - Podcast - About us",
])
def test_tickers_with_pictographs_arrows_or_pluses_and_a_dashed_menu_are_furniture(line: str) -> None:
    text = "THE NORTHERN DISPATCH\n" + line + "\n\nIDF strikes Hezbollah sites near al-Khiam\n\n" + _PROSE
    assert [ln.furniture for ln in classify_lines(text) if ln.text.strip()] == [True, True, False, False]


def test_a_byline_with_its_date_ends_the_list_above_the_headline() -> None:
    """ "Air raid alert: NONE" heads a list, but the headline above "By Viktoriia Sydorenko | 4 March" is the
    article's own."""
    text = ("POLTAVSKA KHVYLIA\nAir raid alert: NONE\nHome / News / Region / Emergencies\n\n"
            "Kremenchuk refinery on fire again, drones over Poltava and Myrhorod: the region counts the damage\n\n"
            "By Viktoriia Sydorenko | 4 March 2026, 09:40\n\n" + _PROSE)
    flags = flags_by_line(text)
    assert flags["Home / News / Region / Emergencies"]
    assert not flags["Kremenchuk refinery on fire again, drones over Poltava and Myrhorod: the region counts the damage"]


def test_an_access_ranking_and_an_outlet_produced_in_two_cities_are_furniture() -> None:
    """ "Access ranking" heads a list of other stories (the headline under it, above its date line, is the
    article's); "Radio Pivden is produced in Zaporizhzhia and Odesa." between footer lines describes the outlet."""
    text = ("NICHIYO ONLINE English\nHome > International > Korean Peninsula\nAccess ranking\n"
            "1. Heavy snow in Hokuriku, Shinkansen partially suspended\n2. Kobe beef export to Taiwan hits record high\n"
            "North Korea: Konan chemical complex built by Japanese company, now source of missile fuel for Russia? "
            "Traces of the Noguchi empire\n"
            "2025/11/20 06:00 | Takahashi Ryota, International News Department\n" + _PROSE
            + "Partners: Hromadske Radio | Southern Media Alliance\nRadio Pivden is produced in Zaporizhzhia and Odesa.\n"
            "Editorial address: 69000 Zaporizhzhia, Sobornyi Avenue 105.\n")
    flags = [ln.furniture for ln in classify_lines(text) if ln.text.strip()]
    assert flags == [True, True, True, True, True, False, False, False, True, True, True]


def test_a_read_more_header_naming_its_section_and_a_menu_with_a_states_abbreviation_in_capitals() -> None:
    assert is_list_header("READ MORE FROM THE FRONT") and is_list_header("Read more about Kherson")
    assert not is_list_header("Read more from the front line, where the marines held on.")
    assert is_menu_line("HOME   NEWS   LAMAR COUNTY   FANNIN COUNTY   RED RIVER COUNTY   CHOCTAW CO., OKLA.   SPORTS")


def test_a_line_of_hashtags_is_furniture() -> None:
    assert is_furniture_line("#DPRK #Korea #missiles #Primorye #Asia-Pacific")
    assert is_furniture_line("#N. Korea #missile #JCS #Freedom Shield")
    assert not is_furniture_line("Shelling hit Kharkiv (#2 on the list) and Lviv (#5), officials said on Monday.")


def test_a_live_blogs_headline_under_its_badge_is_the_article() -> None:
    top = ("THE HANGANG HERALD\nSeoul | Gyeonggi | Incheon | Nation | Live\n\n"
           "LIVE: Record rain hits Seoul and Gyeonggi — Jamsu Bridge shut, landslide in Gwangju\n\n")
    text = top + ("Last updated: July 16, 2026, 17:05 KST | Our live team: Choi Eun-ji\n\n"
                  "Gyeonggi Province says 1,480 residents are now in temporary shelters.\n")
    flags = flags_by_line(text)
    assert not flags["LIVE: Record rain hits Seoul and Gyeonggi — Jamsu Bridge shut, landslide in Gwangju"]
    # an alerts ticker above a date line stays furniture
    text = "Live: air-raid alert in Kharkiv region\n\n21 August 2025, 08:47\n\nShelling hit Zolochiv overnight.\n"
    assert [ln.furniture for ln in classify_lines(text) if ln.text.strip()][0]


def test_another_live_blogs_label_is_furniture() -> None:
    # a live page's link to its other live blog, above the headline: "Also live: Westminster reacts ..."
    text = ("● LIVE\nAlso live: Westminster reacts to the spring statement\n\n"
            "Ukraine war live: glide bombs hit Kharkiv Tractor Plant\n\n"
            "Glide bombs hit the plant in the city's Industrialnyi district on Thursday, officials said.\n")
    flags = flags_by_line(text)
    assert flags["Also live: Westminster reacts to the spring statement"]
    assert not flags["Glide bombs hit the plant in the city's Industrialnyi district on Thursday, officials said."]


def test_a_tagline_that_names_the_english_service_is_furniture() -> None:
    text = ("LE SAHÉLIEN\nLe quotidien du Niger et du Sahel  —  English service\n\n"
            "Migrants expelled to Assamaka\n\nAGADEZ — Algeria expelled 600 migrants to the border post of "
            "Assamaka this week, the town's mayor said.\n")
    flags = flags_by_line(text)
    assert flags["Le quotidien du Niger et du Sahel  —  English service"]
    # (set off by a middle dot too: "Știri din Dobrogea · English edition")
    assert flags_by_line("LITORAL\nȘtiri din Dobrogea · English edition\n\n" + text.split("\n\n", 1)[1])[
        "Știri din Dobrogea · English edition"]
    assert not flags["AGADEZ — Algeria expelled 600 migrants to the border post of Assamaka this week, the town's "
                     "mayor said."]


def test_a_desk_byline_ends_the_list_above_the_headline() -> None:
    # "KRD.Today newsroom" is the byline of the headline above it: the "MOST READ" list ends before the headline
    text = ("MOST READ\nCheryomushki: new school to open in September\nFestivalny district: ice rink opens on Saturday\n\n"
            "Krasnodar airport closed for 11 hours as drones target Afipsky and Ilsky refineries\n\n"
            "KRD.Today newsroom\nKRASNODAR, 13 January 2025\n\n"
            "Krasnodar's Pashkovsky airport suspended flights for almost 11 hours on Monday after a drone attack.\n")
    flags = flags_by_line(text)
    assert flags["Festivalny district: ice rink opens on Saturday"]
    assert not flags["Krasnodar airport closed for 11 hours as drones target Afipsky and Ilsky refineries"]
    assert not flags["KRASNODAR, 13 January 2025"]


def test_an_events_promotion_is_furniture() -> None:
    text = ("UPCOMING EVENT · 17 September 2025 · Istanbul\n\"Energy corridors from Baku to Basra\" — Register now\n\n"
            "Dug in: what satellite imagery tells us about Iran's missile bases\n\n"
            "Iran's missile force rebuilt its tunnels near Kermanshah within weeks, imagery shows, and will register "
            "new launchers soon.\n")
    flags = flags_by_line(text)
    assert flags["\"Energy corridors from Baku to Basra\" — Register now"]
    assert not flags["Iran's missile force rebuilt its tunnels near Kermanshah within weeks, imagery shows, and will "
                     "register new launchers soon."]


def test_a_live_badge_below_a_cookie_notice_still_badges_the_headline() -> None:
    text = ("MERIDIAN\nWe value your privacy\nWe and our 214 partners store and/or access information on a device, "
            "such as cookies, and process personal data for personalised ads.\n[I accept]   [Show purposes]\n\nLIVE\n"
            "War in Ukraine live: Russian shelling hits Nikopol and Marhanets\n\nKey events\n"
            "- Two killed as Russian forces shell Nikopol and Marhanets for third day\n\n"
            "Russian forces shelled Nikopol and Marhanets for a third day, killing two people, officials said.\n")
    flags = flags_by_line(text)
    assert not flags["War in Ukraine live: Russian shelling hits Nikopol and Marhanets"]
    assert not flags["- Two killed as Russian forces shell Nikopol and Marhanets for third day"]


def test_a_strip_of_date_weather_index_and_exchange_rate_is_furniture() -> None:
    text = ("The Northern Ledger\nThursday 20 March 2025    Leeds 11°C, cloudy    FTSE 100 8,706.7 ▲0.3%    "
            "£1 = $1.29\n\nDrones hit Engels air base\n\nUkrainian drones struck the Engels air base near Saratov "
            "overnight, regional officials said.\n")
    flags = flags_by_line(text)
    assert flags["Thursday 20 March 2025    Leeds 11°C, cloudy    FTSE 100 8,706.7 ▲0.3%    £1 = $1.29"]


def test_a_ticker_cut_short_is_furniture() -> None:
    ticker = "BREAKING Storm Bram: Met Office issues amber wind warning for Cumbria ···"
    text = (ticker + "\n\nGlide bombs hit Zaporizhzhia\n\nRussian glide bombs hit an industrial site in Zaporizhzhia "
            "overnight, the regional governor said.\n")
    flags = flags_by_line(text)
    assert flags[ticker]
    assert not flags["Russian glide bombs hit an industrial site in Zaporizhzhia overnight, the regional governor said."]


def test_a_ticker_of_timed_items_is_furniture() -> None:
    # (a blind probe page of a Zaporizhzhia outlet: "ALERTS LIVE  •  11:05 Drone attack on ...  •  10:48 ...")
    path = Path(__file__).parent / "data" / "holdout273" / "01_pivden_post_zaporizhzhia_glide_bombs.txt"
    lines = [ln for ln in classify_lines(path.read_text(encoding="utf-8")) if ln.text.startswith("ALERTS LIVE")]
    assert lines and all(ln.furniture for ln in lines)


def test_a_ticker_named_by_its_topic_is_furniture() -> None:
    ticker = "FLOOD WATCH ticker: Jecheon 82 mm/24h — Danyang landslide warning — Boeun roads reopened"
    text = ("CHUNGCHEONG TODAY — English\nYour window on Korea's heartland\n\nCheongju | Chungju | Jecheon | Boeun | "
            "Danyang | Politics | Economy\nTUE 15 JUL 2025 | Heavy rain advisory 27°C | Dam outflow alert: Daecheong "
            "Dam\n\n" + ticker + "\n\nYou are here: Home > Society > Safety\n\nTwo years after Osong, families wait"
            "\n\nFamilies of the 14 people who died in the Osong underpass gathered in Cheongju on Saturday, officials "
            "said.\n")
    flags = flags_by_line(text)
    assert flags[ticker]
    assert not flags["Families of the 14 people who died in the Osong underpass gathered in Cheongju on Saturday, "
                     "officials said."]


def test_an_air_alert_status_strip_is_furniture() -> None:
    strip = "Air alert status: Kyiv region - ALERT | Zhytomyr region - no alert"
    text = ("PRYIRPINNIA TODAY\nNews of Irpin, Bucha, Hostomel and Vorzel since 2009\nIrpin | Bucha | Hostomel | Vorzel | "
            "Borodianka | Makariv | Opinion\n" + strip + "\nCookies help us deliver our services. By using Pryirpinnia "
            "Today you agree to our use of cookies.\nHome / Security / Incidents\n\nDrone debris hits Irpin homes\n\n"
            "Debris from a downed drone damaged three houses in Irpin overnight, the mayor said.\n")
    flags = flags_by_line(text)
    assert flags[strip]
    assert not flags["Debris from a downed drone damaged three houses in Irpin overnight, the mayor said."]


def test_a_newsletters_sign_off_and_mailing_lines_are_furniture() -> None:
    lines = ["Thanks for reading Low Water. This issue was sponsored by HarbourLink — berth planning software used "
             "in Antwerp, Hamburg and Gdańsk. Try it free for 30 days.",
             "You're receiving this because you subscribed at lowwater.news. Unsubscribe · Manage preferences",
             "Low Water is written from Tallinn, Estonia, and published by Low Water Media OÜ, Narva mnt 5, 10117 "
             "Tallinn."]
    body = "The port of Vladivostok kept working on Wednesday, although the fleet moved a few ships out to sea."
    flags = flags_by_line("Ports after the wave\n\n" + body + "\n\n" + "\n\n".join(lines) + "\n")
    assert all(flags[line] for line in lines)
    assert not flags[body]


def test_a_one_item_ticker_a_weather_line_and_a_content_warning_are_furniture() -> None:
    lines = ["BREAKING · Two fishermen rescued off Goseong to be repatriated across sea border",
             "Weather in Rostov-on-Don: +9°C",
             "Material may contain information about events in Donetsk and Lugansk."]
    body = "Kim Jong Un visited a fertiliser plant in Hungnam on Tuesday, state media said in a short report."
    flags = flags_by_line("THE KOREA FRONTLINE\n" + lines[0] + "\n" + lines[1] + "\n\nKim visits Hungnam\n\n" + body
                          + "\n\n18+\n" + lines[2] + "\n")
    assert all(flags[line] for line in lines), flags
    assert not flags[body]


def test_a_labelled_strip_of_two_teasers_and_a_weekly_sponsor_line_are_furniture() -> None:
    strip = "EXCLUSIVE: new interceptor drones tested near Zhytomyr  |  Sea drones spotted off Chornomorsk"
    sponsor = "☕ this week's issue is supported by Loft 33, a co-working space in Seongsu with very good coffee."
    body = ("KYIV — When a Ukrainian long-range drone hit a steel plant in Magnitogorsk, analysts took note of the "
            "range.")
    flags = flags_by_line("OBORONKA REVIEW\n" + strip + "\n" + sponsor + "\n\nHow the drones reached the Urals\n\n"
                          + body + "\n")
    assert flags[strip] and flags[sponsor] and not flags[body]


def test_a_newsletters_upsell_is_furniture() -> None:
    upsell = ("You're reading the free edition. Upgrade to Desk Pro for daily AIS reports and our Piraeus and "
              "Novorossiysk broker notes. [Upgrade]")
    body = "Drones hit the port of Izmail on Tuesday night, and grain loading at Reni stopped for a day, traders said."
    flags = flags_by_line("The Danube Desk\n" + upsell + "\n\nA quiet week at Sulina\n\n" + body + "\n")
    assert flags[upsell] and not flags[body]


@pytest.mark.parametrize(("line", "furniture"), [
    ("Friday Night Lights: Panthers fall to Lubbock Cooper 28-21  ·  Road work on I-20 near Monahans starts Monday",
     True),
    ("Newsflash: Pilotage suspended at Midia for 6 hours due to fog • New container line links Burgas and Haydarpaşa",
     True),
    ("Last updated 10 October 2023, 18:47 KST · Dispatch staff in Seoul and Hong Kong", False),
    ("Policy Brief No. 19 | Vistula Institute for Security Studies, Warsaw", False),
    ("Sunday 24 August 2025   |   Newcastle upon Tyne 17°C, light showers", True),  # the date and the weather
])
def test_strips_on_a_line_above_the_story(line: str, furniture: bool) -> None:
    text = f"THE LEDGER\n\n{line}\n\nChurch sends volunteers to Irpin\n\n{_PROSE}"
    flags = {ln.text.strip(): ln.furniture for ln in classify_lines(text) if ln.text.strip()}
    assert flags[line] is furniture
    assert not flags[_PROSE.strip()]


def test_a_readers_appeal_closing_the_article_is_its_text() -> None:
    # "write to us" as a link is furniture; a closing sentence that invites readers to write is the article's
    line = ("QırımPost is compiling a list of homes damaged in Aqmescit. Relatives abroad, in Turkey, Romania and "
            "Uzbekistan, can write to us through the secure form below.")
    assert not is_furniture_line(line)
    assert is_furniture_line("Write to us")


def test_recent_posts_of_a_newsletter_in_lower_case() -> None:
    # "recent posts" heads a list of the newsletter's other issues, in lower case as the whole newsletter is
    text = (_PROSE + "\nrecent posts\nthe road to wonsan: a beach resort for whom?\nmount kumgang, one more time\n\n"
            "launched 3 years ago, the dispatch has readers in forty countries and we thank every one of them.\n")
    flags = [ln.furniture for ln in classify_lines(text) if ln.text.strip()]
    assert flags[:4] == [False, True, True, True]

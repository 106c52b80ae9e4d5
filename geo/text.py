"""Text stage: split an article into lines, page furniture and body sentences, all with offsets.

Page furniture (related-story lists, ads, navigation, comment counters, e-mail footers) is recognised by
general rules about page layout, never by the words of one article:

* a *list header* ("Read also", "Other Topics of Interest", "Popular Now", "You May Also Like", "Related
  News", ...) starts a furniture block, which runs through list items, headline-like lines and the teaser
  paragraph of a headline, and ends at the first prose paragraph that does not follow a headline;
* a headline-like line just before a list header belongs to the block (a teaser shown above its header);
* single furniture lines: "Advertisement", comment counters, bare numbers, lines with an e-mail address,
  "write to us", "highlight the text and press", navigation ("Quick access to main page").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from itertools import islice

# Headers of an advertiser's block ("SPONSORED", "PARTNER CONTENT"): list headers, and the paragraph below them is
# the advertiser's prose.
_SPONSOR_WORDS = r"(?:sponsored(?: content| stories)?|partner content|paid content|promoted(?: stories)?)"
# The header of a block of classified ads, all of it furniture however much it reads like prose.
_CLASSIFIEDS_WORDS = r"(?:classifieds?|classified ads)"
# Readers' words under their header ("READER VOICES", "Your say"): every line of the block, prose or not.
_READERS_WORDS = r"(?:readers?'?’?s?'? (?:voices|views|comments|letters|reactions)|your (?:say|views|voices|comments))"
_HEADER_WORDS = (
    r"(?:read (?:also|more|next)(?: (?:from|on|about|in) [\w &'’-]{1,30})?|also read|see also|also live|"
    r"also (?:today|this week|tonight)|"
    r"other topics of interest|popular(?: now| today| this week| in [\w &]+)?|"
    r"you (?:may|might|could) (?:also )?(?:like|enjoy|be interested(?: in)?)|also of interest|we recommend|"
    r"breaking(?: news)?|live(?: updates| feed| ticker)?|just in|(?:[a-z]+ ){0,2}ticker|news ?feed|online feed|"
    # (the same labels as outlets' English pages keep them in their own language)
    r"[úu]ltima hora|[úu]ltimas not[íi]cias|derni[èe]re (?:heure|minute)|en direct|eilmeldung|ultim'?ora|"
    r"son dakika|"
    r"what (?:we'?re|we are|i'?m) reading|"
    r"(?:from )?around the web|also from(?: [\w &'’.-]{1,40})?|about the authors?|about the writers?|"
    r"must[- ]reads?|related(?: [\w-]+){0,3}(?:, [\w ]{1,20})?|(?:news|stories) you (?:may|might) like|"
    r"other (?:news|stories|articles|headlines)(?: (?:of|from|in|on) (?:the )?[\w &'-]{1,30})?|"
    r"(?:other|more) (?:live ?blogs?|live pages?|live coverage|newsletters?|podcasts?|episodes?)(?: (?:from|by|of) [\w .&'’-]{1,30})?|"
    r"upcoming(?: events?)?|events|(?:also |more )?in (?:this|the) section(?: [\"“«„][^\"”»“]{1,30}[\"”»“])?|"
    + _CLASSIFIEDS_WORDS + r"|" + _READERS_WORDS + r"|now (?:showing|airing|on air)|coming up(?: next)?|flash(?: info| news)?|"
    + _SPONSOR_WORDS + r"|"
    r"editorial office|registered office|head office|postal address|editorial address|"
    r"latest(?: stories| news| videos| in [\w &]+)?|last news|(?:last|past) (?:\d{1,2}|twenty-four) hours|"
    r"more (?:from|stories|news|on|in)(?: [\w &.]+)?|"
    r"more (?:coverage|headlines|articles|videos|reading)|more on this (?:story|topic)|"
    r"more (?:politics|world|sport|sports|business|opinion|culture|local|national|international|regional)|"
    r"more(?: [\w&]+){1,2} (?:news|stories|headlines|coverage)|"
    r"(?:air[- ]raid |air |weather |severe weather |traffic |flood |travel )?alerts?(?: active| status| map)?(?: in)?|"
    r"(?:current |active )?warnings|live now|on air now|now playing|"
    r"recommended(?: for you| reading)?|up next|(?:also )?(?:watch|listen)(?: also| more| next)?|video|"
    r"(?:next|previous|older|newer|earlier|recent) (?:articles?|posts?|issues?|stor(?:y|ies)|episodes?|entries|"
    r"updates?|editions?|reports?|briefings?)|"
    r"tags|(?:suggested |related |popular )?topics|keywords|filed under|also on [\w .]+|(?:also )?in the news|"
    r"(?:top|hot|headline) news|hot (?:today|now|this week|topics)|headlines|in brief|most recent|"
    r"also in [\w &]{1,30}|"
    r"you may have missed|(?:from|in) (?:the|our) archives?|contacts?|contact us|get in touch|"
    r"trending(?: now| stories| in [\w &]+| on [\w .&'’-]{1,40})?|top stories|"
    r"most (?:read|popular|viewed|visited|shared|commented|listened(?: to)?|watched|played)"
    r"(?: (?:this|last) (?:week|month)| today| now| on [\w .]+)?|"
    r"editor'?s'? (?:picks|choice)|don'?t miss|in other news|further reading|what to read next|"
    r"(?:access|popularity|news|article|daily|weekly) ranking|ranking|"  # Japanese sites' "Access ranking"
    # the same headers in the languages of outlets whose English pages keep their own furniture
    r"más noticias|lea también|lee también|(?:también )?te puede interesar|noticias relacionadas|lo más leído|"
    r"(?:à )?lire aussi|"
    r"sur le même sujet|mehr zum thema|das könnte sie auch interessieren|"
    r"mais lidas|leia também|veja também|últimas notícias|più letti|leggi anche|ultime notizie|"
    r"son dakika|çok okunanlar|ilgili haberler)"
)
# "Read more on NK News:", "More from Reuters:": a header may name the outlet, then ends the line.
_LIST_HEADERS = re.compile(r"^\W*(?:\[[^\]]*\]\s*)?(?:(?:today'?s|today’s|this week'?s|top|latest|more)\s+)?"
                           + _HEADER_WORDS
                           + r"(?:\s+(?:on|from|at|by)\s+[\w .&'’-]{1,40}:)?(?:\s*\([^)]{0,40}\))?"
                           # "Read more: Elections 2024": a header naming its topic
                           # (capitalised words only: not "Air raid alert: ACTIVE in the region")
                           + r"(?:\s*:\s*(?-i:[A-Z0-9])[\w&'’-]*(?: (?-i:[A-Z0-9])[\w&'’-]*){0,3})?\W*$",
                           re.IGNORECASE)
# A header with its items on the same line ("Trending now: ... | ..."), at the start of a line or after a
# sentence ("... Subscribe. Read also: ..."): from the header to the end of the line is furniture.
_INLINE_HEADER = re.compile(r"(?:^|(?<=[.!?”\"|]\s)|(?<=[.!?”\"|]))\W*" + _HEADER_WORDS + r"\s*:", re.IGNORECASE)
# A ticker's label at the start of a line with another separator: "BREAKING ⟫ ...", "LIVE | ...", "BREAKING · ...".
# (or a run of spaces after it: "LIVE  Syria: rebels say ...", "LIVE  07:42  Air raid alert"); or any label in
# capitals, a run of spaces and a clock time ("EARTHQUAKE INFO  04:12 M4.1 off Ibaraki coast").
_TICKER_START = re.compile(r"^\W*(?:(?:" + _HEADER_WORDS + r"|read)"
                           r"(?:\s*(?:[⟫»›|▸▶►→←●•◆■▪▾*>]|-{2,3}|·{2,3}|\s[—–·]\s)"
                           r"|\s{2,}(?=\w)"
                           r"|\s\d{1,2}:\d{2}\b)"  # ("LIVE 07:42 Air raid alert lifted in Mykolaiv oblast")
                           r"|(?-i:[A-Z]{2,}(?: [A-Z]{2,}){1,2})\s{2,}\d{1,2}:\d{2}\b"
                           # (a caps word before a header word in caps: "CRICKET LIVE   IND 287/6 ...")
                           r"|(?-i:[A-Z]{2,} (?=[A-Z ]+\s{2}))(?:" + _HEADER_WORDS + r")\s{2,}(?=\w))", re.IGNORECASE)
# (a bare "READ | Pakistan, Afghanistan hold talks ..." is a teaser too)
_FURNITURE_LINE = re.compile(
    r"^\W*(advertisement|advert|sponsored|comments?\s*\(?\d*\)?|\d+|share|print|subscribe|sign up|"
    r"\w+&nbsp)\W*$|"
    r"^\W*(?:sign in|log in|login|register|my account)(?:\s*[|·/]\s*(?:sign in|log in|login|register|subscribe|"
    r"sign up|my account))*\W*$|"  # "Sign In | Register"
    r"[\w.+-]+@[\w-]+\.[\w.]+|"  # e-mail address
    r"[.!?:]\s+(?:subscribe|sign up)(?: now| here| free| for free)?\W*$|"  # "Crimea Watch: a weekly look ... Subscribe"
    # an event's promotion: "\"Energy corridors from Baku to Basra\" — Register now"
    r"[.!?:\"”]\s*(?:[—–|·-]\s*)?(?:register|book (?:now|your (?:place|seat|ticket)s?)|get (?:your )?tickets|rsvp)"
    r"(?: now| here| today| free| for free)?\W*$|"
    r"^\W*(?:cite this(?: \w+)?|how to cite(?: this(?: \w+)?)?|suggested citation)\s*:|"  # "Cite this: Menon, R. (2025) ..."
    # ("Write to us" as a link, not "Relatives abroad, in Turkey and Romania, can write to us through the form below")
    r"quick access to|skip to (?:main )?content|^\W*write to us\b|highlight the text and press|"
    r"follow us on|all rights reserved|cookie|©|(?:^|\s)\(c\)\s|\bcopyright\b|click here|^\W*share (?:on|this|via)\b|"
    r"^\W*(?:home|news|world)\s*[>/›»|]\s*\w+(?: \w+)?(?:\s*[>/›»|]\s*[\w ]+)*\W*$|"  # breadcrumbs ("World > East Asia")
    r"^\W*(?:sign up|subscribe|get our|join our|suscríbete|abonnez-vous)\b.{0,60}"
    r"\b(?:newsletter|briefing|brief|digest|top stories|inbox|updates|alerts|boletín|lettre)|"
    r"^\W*(?:get|receive|sign up|subscribe|join)\b.{0,160}\bnewsletter\b|"  # "Get weekly news ... newsletter"
    r"\bunsubscribe (?:at any time|anytime)\b|\bno spam\b|"  # "Subscribe to The Weekly. No spam, unsubscribe ..."
    # a newsletter's sign-off and mailing lines: "Thanks for reading Low Water. This issue was sponsored by ...",
    # "You're receiving this because you subscribed ... Unsubscribe · Manage preferences"
    r"^\W*thanks for reading\b|\bthis (?:week'?s |month'?s )?(?:issue|newsletter|edition|email) (?:was|is) "
    r"(?:sponsored|brought to you|supported|made possible) by\b|\byou(?:'|’| a)re receiving this\b|"
    r"\bmanage (?:your )?preferences\b|"
    # a newsletter's upsell: "You're reading the free edition. Upgrade to Desk Pro for daily reports ..."
    r"\byou(?:'|’| a)re reading (?:the|a) free\b|\bupgrade to [\w ]{0,30}\b(?:pro|premium|plus|paid)\b|"
    r"^\W*newsletters?\s*:|"  # "Newsletter: receive the day's news every morning"
    # "Weather: Clarksville 71°F", "Sumy +14", "| Weather: Chiang Mai 31C"
    r"(?:^\W*|\|\s*)(?:weather|forecast)(?: [\w'’.-]+){0,3}\s*:.{0,60}(?:\d\s*°|[+−-]\d|\d[CF]\b)|"
    r"(?-i:^\W*[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?(?: [Ww]eather)?\s*:?\s+[+−-]?\d{1,2}\s*°\s*[CF]?)|"  # "Sunderland  7°C"
    # the date and the weather: "Sunday 24 August 2025   |   Newcastle upon Tyne 17°C, light showers"
    r"^\W*(?:\w+day,? )?(?:\d{1,2} \w+,? \d{4}|\w+ \d{1,2},? \d{4})\s*[|·•]\s*"
    r"[\w'’.-]+(?: [\w'’.-]+){0,3}\s+[+−-]?\d{1,2}\s*°|"
    r"^\W*(?:weather|heat|storm|flood|fire|severe weather) (?:warning|watch|advisory)\s*:|"  # "Weather warning: ..."
    r"\ball quotes delayed\b|"
    r"(?-i:^\W*[A-Z][\w&'’.-]*(?: [A-Z&][\w&'’.-]*){0,5} "
    r"(?:SIA|Ltd|LLC|GmbH|Inc|plc|Pty|S\.A\.|AB|Oy|OÜ|UAB|SRL|AG|s\.r\.o\.)"
    r"\.?,\s+[A-Z])|"  # a publisher's legal name and seat: "Novaya Zarya Media SIA, Riga, Latvia"
    # "... and published by Low Water Media OÜ"
    r"\bpublished by\b.{0,60}(?-i:\b(?:SIA|Ltd|LLC|GmbH|Inc|plc|Pty|AB|Oy|OÜ|UAB|SRL|AG)\b)|"
    r"\breading time\b|\b\d+\s*min(?:ute)?s?\s+read\b|"  # "Reading time 3 min", "11 minute read"
    # a ticker of timed items ("ALERTS LIVE  •  11:05 Drone attack on ...  •  10:48 Water supply restored in ..."), or
    # one cut short ("BREAKING Storm Bram: Met Office issues amber wind warning for Cumbria ···")
    r"(?:[•·|▶►]\s*\d{1,2}[:.]\d{2}\s+\S.*){2,}|^\W*(?:breaking|just in|alert)\b.*(?:···|…)\s*$|"
    # an outlet's tagline with the edition it names: "Le quotidien du Niger et du Sahel  —  English service",
    # "Știri din Dobrogea · English edition"
    r"\s[—–·]\s*(?:english|international|global) (?:service|edition|version|site)\W*$|"
    # "Disclaimer: The views expressed in comments ...", "Material may contain information about events in ..."
    r"^\W*disclaimer\s*:|\bviews expressed (?:in|by|here)|^\W*(?:the )?materials? (?:may|might) contain\b|"
    r"(?:^|\|\s*)(?:ad|advert|advertisement|sponsored)\s*(?::|[—–-]\s)|"  # "... | Ad: Fly to ...", "ADVERTISEMENT — ..."
    r"^\W*[\[(](?:ad|advert|advertisement|sponsored|promoted|paid content|partner content)[\])]|"  # "[ADVERT]  Buy land"
    r"^[\W_]+$|"  # a rule of dashes or stars between the story and what follows
    r"\backnowledges? (?:the )?traditional (?:custodians|owners)\b|"  # an acknowledgement of Country
    r"^\W*support (?:our|independent|us|local)\b.{0,80}\b(?:donat|subscri|member|patron)|"
    r"\bdonate (?:monthly|now|today)\b|"
    # "Subscribe to the print edition — $48/year"
    r"^\W*subscribe to (?:the|our) (?:print|digital|e-?)(?: ?edition|paper)\b|"
    r"\baddress\s*:\s*[^.]{0,60}\d|\beditor-in-chief\s*:",  # an imprint: "Editor-in-chief: ... Address: ..."
    re.IGNORECASE,
)
# A wire credit: "(Reporting by X in Kyiv; Editing by Y)", "Additional reporting by Z" (in brackets, with a
# semicolon, or short; not a sentence of the story: "Reporting by WirePress and other media has found that ...").
# It is the article's last line, not furniture: the places its reporters write from are the article's (the
# recogniser reads only those, see geo.recognize.rule_wire_credit).
_CREDIT_LINE = re.compile(r"^\W*(?:additional )?(?:reporting|writing|editing|compiled|produced) by\b", re.IGNORECASE)
CREDIT_MAX_WORDS = 12
# A world-clock or weather strip: "Kaliningrad 08:14   Moscow 09:14", "Kyiv +3°C  Lviv -1°C".
_CLOCK_LINE = re.compile(
    r"^\W*(?:[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*)?\s+(?:\d{1,2}:\d{2}|[+−-]?\d{1,2}\s*°\s*[CF]?)\s*[|·,]?\s*){2,}\W*$")
_ADDRESS_LABEL = re.compile(r"^\W*(?:editorial office|head office|registered office|our office|address|"
                            r"postal address|headquarters|newsroom|editorial address)\s*:", re.IGNORECASE)
# Items of a ticker or service strip: exchange rates ("USD 41.25", "EUR 44.90"), weather readings ("Kyiv +9°",
# "Moscow +24"), radio frequencies ("92.3 FM"); two or more on a short line make it furniture.
_TICKER_ITEM = re.compile(r"\b(?:USD|EUR|GBP|CNY|JPY|RUB|UAH|PLN|KRW|CHF)\s*[\d.,]+|"
                          # stock indices, oil and a currency's rate: "FTSE 100 8,706.7", "Brent $82.10", "£1 = $1.29"
                          r"\b(?:FTSE(?: 100)?|Dow(?: Jones)?|Nasdaq|S&P 500|Nikkei(?: 225)?|DAX|CAC 40|KOSPI|MOEX|RTS|"
                          r"Hang Seng|Sensex|Brent|WTI)\s*[$£€]?\d[\d.,]*|"
                          r"[£$€¥₩₽]\s?1\s*=\s*[£$€¥₩₽]?\s?\d[\d.,]*|"
                          # ("Bethlehem, PA  34°F": a town with its state)
                          r"\b[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?(?:,\s*[A-Z]{2})?"
                          r"\s+[+−-]?\d{1,2}\s*(?:°|[CF]\b)|"
                          # a service strip's label after a separator: "| Traffic: Route 22 westbound delays"
                          r"[|·•]\s*(?:Traffic|Weather|Roads|Flights|Markets)\s*:|"
                          r"\b[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?\s+[+−-]\d{1,2}\b|"
                          r"\b\d{2,3}(?:\.\d)?\s*(?:FM|AM|MHz)\b|"
                          r"\b[A-Z][\w'’.-]+\s+\d{1,3},\d{3}\b")  # a price table: "Hyesan 7,000 | Ch'ŏngjin 6,800"
# An author's line: "✉ Oksana Melnyk — defense reporter at the Kyiv Ledger. She grew up in ...", "Dana Whitlock
# covers Alexander, Pulaski and Union counties.", "Hannah Okafor is a senior fellow in the ... Program."
_BIO_LINE = re.compile(r"^\W*[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}(?:\s+covers\s|"
                       # "Hannah Okafor is a senior fellow in the Red Sea Security Program. She previously ...": a
                       # scholar's biography, which goes on about the scholar (not "... is a professor who said")
                       r"\s+is\s+(?:an? |the )(?:[\w-]+ ){0,3}(?:fellow|researcher|scholar|professor|lecturer)\b"
                       r"(?=.*\.\s+(?:She|He|They)\s)|"
                       r"\s*(?:—|–|-|,|is)\s*(?:an? |the )?"
                       r"(?:[\w'’-]+ ){0,3}(?:reporter|correspondent|editor|writer|journalist|columnist|analyst|"
                       r"contributor|producer)\b|"
                       # "Georgia Lee  |  Senior Fellow, Korea Program": a name, a bar and a title
                       r"\s*\|\s*(?:[\w-]+ ){0,3}(?i:reporter|correspondent|editor|writer|journalist|columnist|analyst|"
                       r"contributor|producer|fellow|researcher|director)\b)")
# A reader's comment: a user name, a separator and how long ago ("KyivKid · 2h — Same script every month",
# "↳ Kondele_Boy — 1h: Mombasa is fine", "PhoenixFan — 2 hours ago"), or a handle with an underscore and a colon
# ("mapguy_kharkiv: Nice work on Ladyzhyn").
_COMMENT_LINE = re.compile(r"^\W*[\w.@-]{2,30}\s*[·—–|-]\s*\d{1,2}\s?(?:s|m|h|d|w|min|mins|hr|hrs|hours?|days?|weeks?)"
                           r"(?: ago)?\b|^\W*@?[\w.]*_[\w.]+:\s"
                           # (or ending in its votes: "minsu_k (Incheon)  Another veto.   Like 38 | Dislike 4")
                           r"|\s{2,}(?:like|likes|upvotes?|▲)\s*\d+(?:\s*[|·]\s*(?:dislike|dislikes|downvotes?|▼)\s*\d+)?\W*$",
                           re.IGNORECASE)
# A sports score line: "FRIDAY NIGHT LIGHTS: Permian 35, Abilene Cooper 21 — full recap".
_SCORE_LINE = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} \d{1,3}, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} \d{1,3}\b")
# A postal address (an outlet's footer): "NorthWatch, 1779 Massachusetts Ave NW, Washington, DC 20036",
# "Eurasia Desk, Rue de la Loi 155, 1040 Brussels, Belgium": a short line of three or more comma-separated
# parts, one a numbered street or a postcode.
_ADDRESS_PART = re.compile(
    r"\b\d{1,5}[A-Za-z]?\s+(?:[A-Z][\w.'’-]*\s+){0,4}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|"
    r"Drive|Dr|Way|Place|Pl|Square|Sq|Court|Ct|Highway|Hwy|Parkway|Pkwy)\b|"
    r"\b(?:Rue|Via|Calle|Avenida|Av\.|Ulitsa|ul\.|vul\.|Straße|Strasse|Platz|Plaza)\s.{1,40}?\d|"
    r"\b[A-Z][\w'’-]+\s+(?:pr|prosp|g|al|str|pl)\.\s*\d{1,4}\b|"  # "Gedimino pr. 9", "Konstitucijos pr. 21"
    r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|"  # US state and ZIP code
    r"\bP\.?\s?O\.?\s+Box\s+\d+|"  # "PO Box 00100"
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b|"  # UK postcode
    r"(?:^|,\s*)\d{4,6}\s+[A-Z][\w'’-]+|"  # "1040 Brussels", "01001 Kyiv"
    r",\s*\d{4,6}\s*(?:\.|$)|"  # "..., Odesa, 65026."
    r"\b[A-Z][a-z]+-\d{5,6}\b|"  # "Karachi-75350", "Mumbai-400001": a South Asian city and its postcode
    r"\b\d{1,3}(?:st|nd|rd|th)\s+Floor\b"  # "4th Floor, Westlands Business Park"
)
_SENTENCE_STOP = re.compile(r"\.\s")
_ABBREVIATION_BEFORE = re.compile(r"(?:^|\s)[a-z]{1,3}$")  # "pr", "ul", "str" before its full stop
# The marks between a strip's items (">>", ">", "+++" and "*" in plain-text tickers: "RED ALERT FEED > 08:12 ...",
# "+++ TICKER +++ 14:02 Rail strike ... +++").
_STRIP_MARKS = "·|⟫•▸▶►●◉○◆◇■□▪★☆♦*"
_STRIP_SEPARATOR = re.compile(r"\s(?:[" + re.escape(_STRIP_MARKS) + r"]|>+|\+{2,})\s")
# The fewest words of each item of a line of two teasers (_two_teasers).
TEASER_MIN_WORDS = 4
_TEASER_FUNCTION_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with"})
_CLOCK_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
# Among a page's last lines, above the footer, an outlet's description of itself needs no furniture above it.
ABOUT_US_LAST_LINES = 3
# Among the last lines with article prose above it, an outlet that describes itself by its seat (_SEAT) also says
# what it is or gives its imprint ("an independent research institute", "Online edition", "Ltd"); the article's
# own last paragraph does not ("The 68th Army Corps, headquartered in Yuzhno-Sakhalinsk, ...", "the council's
# offices in Northallerton").
_SEAT_WORDS = (r"founded (?:in )?\d{4}|bureaus? in|offices? in|headquartered in|registered in|"
               r"is (?:produced|published|edited|made) in")
_SEAT = re.compile(_SEAT_WORDS, re.IGNORECASE)
# A book's or report's publisher, the article's last word about it, not the outlet's imprint ("The book is published
# by a small academic press in Tokyo").
_A_WORKS_PUBLISHER = re.compile(r"\b(?:book|report|study|novel|memoir|volume|collection|album|translation|film|"
                                r"documentary|atlas|anthology)\s+(?:is|was|will be)\s+"
                                r"(?:published|produced|released)\s+by",
                                re.IGNORECASE)
_OUTLET_WORD = re.compile(r"\b(?:institute|think[- ]?tank|outlet|edition|research|organi[sz]ation|media|publication|"
                          r"newspaper|news|foundation|ltd|llc|inc|editorial|newsroom|magazine|journal|agency|"
                          r"broadcaster|portal|website|registered office)\b|©|\(c\)", re.IGNORECASE)
_ABOUT_US = re.compile(r"\b(?:" + _SEAT_WORDS + r"|"
                       r"(?:is )?an? registered (?:\w+ )?(?:charity|company|non-?profit)|"
                       r"is (?:published|owned|produced|supported|funded|financed) by|supported by (?:our )?partners|"
                       r"is an? (?:independent|non-?profit|not-for-profit|(?:reader|member|listener)[- ]"
                       r"(?:funded|supported))\b|"
                       r"is a project of|broadcasting from|"
                       r"public service (?:broadcaster|radio|media)|registered as an? (?:\w+ ){0,2}(?:outlet|publication|newspaper)|"
                       r"if you value (?:our |independent )?(?:journalism|reporting)|"
                       r"registration (?:number|no\b|certificate)|"  # "Media registration number R40-00000"
                       r"(?:reposting|reprinting|reproducing|republishing) (?:of )?(?:our )?materials|"
                       r"recogni[sz]ed as an? [\"“']?(?:undesirable|foreign agent))",
                       re.IGNORECASE)
# A byline on a line of its own: "By JOSEPH KAMAU and FAITH CHEROP", "By Tom Garrity".
_DESK_WORDS = r"(?:staff|correspondents?|reporters?|desk|team|bureau|writers?|newsroom)"
_BYLINE = re.compile(r"^\W*[Bb][Yy]\s+(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
                     r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})*(?:\s+" + _DESK_WORDS + r")?"
                     # ("By Courier staff", "By our correspondent")
                     r"|(?:our|an?|the)\s+(?:own\s+)?(?:staff\s+)?" + _DESK_WORDS + r")\s*$")
# Authors named without "By": "Daniel Reyes, Kateryna Soroka, and Lyman Whitfield".
_AUTHOR_NAME = r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}"
_AUTHORS_LINE = re.compile(_AUTHOR_NAME + r"(?:,? (?:and|&) " + _AUTHOR_NAME + r"|, " + _AUTHOR_NAME + r")+")
# An article's own section label above its first points ("Key Takeaways:", "Highlights").
_ARTICLE_LABEL = re.compile(r"^\W*(?:key (?:takeaways|points|findings|facts)|highlights|at a glance|what we know|"
                            r"summary)\s*:?\s*$", re.IGNORECASE)


# An outlet's desk as the byline, without "By": "KRD.Today newsroom", "Kyiv Post staff".
_DESK_BYLINE = re.compile(r"^\W*[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\s+(?:newsroom|staff|news desk)\s*$")


def _is_byline(line: str) -> bool:
    """ "By Helen Marsh", "By Nadine Karam | Nov 4, 2025", "By Helen Marsh and Park Seung-woo | 30 June 2025",
    "KRD.Today newsroom"."""
    return bool(_BYLINE.match(line) or ("|" in line and _BYLINE.match(line.split("|", 1)[0].rstrip()))
                or _DESK_BYLINE.match(line))


_CLASSIFIEDS_HEADER = re.compile(r"^\W*" + _CLASSIFIEDS_WORDS + r"\W*$", re.IGNORECASE)
_READERS_HEADER = re.compile(r"^\W*" + _READERS_WORDS + r"\W*$", re.IGNORECASE)
_BIO_HEADER = re.compile(r"^\W*about the (?:authors?|writers?)\W*$", re.IGNORECASE)
_PLURAL_HEADER = re.compile(r"(?i)\b(?:authors|writers)\b")
# A biography's opening: a person's name and a verb ("Martin Oduya is a nonresident fellow ...")
_PERSON_OPENING = re.compile(r"^\W*[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3},? (?:is|was|has|holds|leads|directs|teaches)\b")
# A sponsor's block: the paragraph below the header is the advertiser's prose ("--- SPONSORED --- / This edition is
# brought to you by Carpathian Honey Co. ... from our warehouse in Uzhhorod").
_SPONSOR_HEADER = re.compile(r"^\W*(?:" + _SPONSOR_WORDS + r"|sponsored by [\w .&'’-]{1,40}|advertisement|"
                             r"a word from our sponsors?)\W*$", re.IGNORECASE)
# A section label of a list ("LIFESTYLE", "WORLD NEWS"): one or two upper-case words alone on a line.
_SECTION_LABEL = re.compile(r"\W*[A-Z]{3,}(?:\s+[A-Z]{3,})?\W*")
_COMMENT_COUNTER = re.compile(r"^\W*(?:\d+\s+)?(?:comments?|discussion|responses|reader comments|комментарии|коментарі|댓글|bình luận|تعليقات|komentarze|"
                              r"kommentare|commentaires|comentarios|comentários|yorumlar)"
                              # (then a share bar after a separator or a wide gap: "Bình luận (12)   Chia sẻ: ...")
                              r"\s*\(?\d*\)?(?:(?:\s*[|·]|\s{2,}).{0,120})?\W*$", re.IGNORECASE)
# A newsletter's reaction bar: counts beside pictographs and a share word ("❤ 142   💬 31   ↻ share").
_REACTION_BAR = re.compile(r"^(?:\W*\d[\d,.]*[kK]?)+\W*(?:share|restack|reply|like|likes)?\W*$", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:(?:[-•*·–—→←‹«›»▶►▸▹◀◂■▪◦‣◆◇➤➔<>]|\d+[.)])\s+|\d{1,2}\s{2,}(?=\S))")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "maj", "gov", "sen", "rep", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "inc", "corp",
    "co", "jr", "sr", "prof", "mt", "ft", "e.g", "i.e", "etc", "u.s", "u.k", "u.n", "d.c", "n", "s",
}


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int
    text: str
    furniture: bool


@dataclass(frozen=True, slots=True)
class Sentence:
    """A body sentence: ``source_text[start:end] == text`` (verbatim, including curly quotes)."""

    start: int
    end: int
    text: str
    furniture: bool


def split_lines(text: str) -> list[tuple[int, int, str]]:
    out = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        out.append((pos, pos + len(body), body))
        pos += len(raw)
    return out


_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


def _at_most_words(s: str, limit: int) -> bool:
    """``len(_words(s)) <= limit``, without reading past word ``limit + 1`` of a long paragraph."""
    return sum(1 for _ in islice(_WORD.finditer(s), limit + 1)) <= limit


# A byline naming where it was filed, set out with its date like a strip ("By our correspondent in Rodos |
# 23.07.2025 | Updated 16:50").
_BYLINE_WITH_DATE = re.compile(r"\W*by\s+[^|·•]{0,60}?\b(?:in|from|at)\s[^|·•]{2,40}\s[|·•]\s.*\d",
                               re.IGNORECASE)  # (one that names where it was filed: "By Nadine Karam | ..." stays out)


# A furniture line is short: an e-mail address or "click here" inside a long paragraph (a byline run into the
# text, as plain-text dumps often have) does not make the paragraph furniture.
FURNITURE_LINE_MAX_WORDS = 40


# A menu or breadcrumb: short items between separators ("Politics · North Korea · Economy · World",
# "Portada > Internacional > Centroamérica").
SECTION_NAMES = frozenset({"home", "news", "world", "politics", "business", "economy", "sport", "sports", "opinion",
                           "commentary", "analysis", "region", "regions", "local", "national", "international",
                           "war", "society", "culture", "features", "science", "health", "asia", "europe"})
_MENU_SEPARATOR = re.compile(r"\s+[·|•/]\s+|\s*[>›»▸▶►→]\s*")
_DASH_SEPARATOR = re.compile(r"\s+[-–—]\s+")
MENU_ITEM_MAX_WORDS = 4
# Runs of spaces, separators and a submenu's colon together (ten items or more of a menu line).
_MIXED_MENU_SEPARATOR = re.compile(r"\s{2,}|\s+[·|•/]\s+|\s*[>›»▸▶►→]\s*|:\s+")
# Three or more buttons in square brackets ("[ Kurgan ] [ Shadrinsk ] [ Kataysk ]").
_BRACKETED_MENU = re.compile(r"(?:\[[^\[\]]{1,30}\]\s*){3,}")
# A submenu's label before its items ("Regions: ", "Occupied Territories: ").
_MENU_LABEL = re.compile(r"^[A-Z][\w'’]*(?: [\w'’]+){0,2}:\s+")


# Items set apart by runs of spaces only: a menu needs more of them ("Home  Darfur  Kordofan  Blue Nile  Economy").
_SPACED_ITEMS = re.compile(r"\s{2,}")
SPACED_MENU_MIN_ITEMS = 5


_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")
# A short abbreviation in brackets closing an item ("Durant (Okla.)"): no sentence's full stop.
# (or after a comma: "Hugo, Okla.", "CHOCTAW CO., OKLA.")
_BRACKETED_ABBREVIATION = re.compile(r"\([A-Z][a-z]{0,4}\.\)$|, [A-Z](?:[a-z]{0,4}|[A-Z]{1,4})\.$")


def _ends_sentence(item: str) -> bool:
    """A menu item ends like a sentence (not "U.S.", whose full stop is an initialism's)."""
    return (bool(_SENTENCE_END.search(item)) and not _INITIALISM.fullmatch(item.rsplit(None, 1)[-1])
            and not _BRACKETED_ABBREVIATION.search(item))


# A menu's last item linking to the whole list ("all 56 districts >", "more »", "see all").
_SEE_ALL_ITEM = re.compile(r"^(?:all|more|see all|view all)\b[\w ]{0,30}[>»›]?$", re.IGNORECASE)


def is_menu_line(line: str) -> bool:
    """Three or more short items (or two after a breadcrumb arrow) between separators, none of them a sentence;
    or five or more set apart by runs of spaces."""
    spaced = [p for p in _SPACED_ITEMS.split(line.strip())]
    if len(spaced) >= SPACED_MENU_MIN_ITEMS and all(
            _at_most_words(p, MENU_ITEM_MAX_WORDS) and not _ends_sentence(p) for p in spaced):
        return True
    dashed = [p.strip() for p in _DASH_SEPARATOR.split(line.strip())]
    if len(dashed) >= 3 and all(p[:1].isupper() and _at_most_words(p, 2) and not _ends_sentence(p)
                                for p in dashed):
        return True  # "Miami - Brooklyn - Montreal": a site's bureaus under its name
    mixed = [p.strip() for p in _MIXED_MENU_SEPARATOR.split(line.strip())]
    if len(mixed) >= 2 * SPACED_MENU_MIN_ITEMS and all(
            p and _at_most_words(p, 3) and not _ends_sentence(p) for p in mixed):
        return True  # "NATIONAL  POLITICS  WORLD  REGIONS: Hokkaido / Tohoku / Kanto / ...": spaced items and a submenu
    if _BRACKETED_MENU.fullmatch(line.strip()):
        return True  # "[ Kurgan ] [ Shadrinsk ] [ Kataysk ] [ All districts ▼ ]": buttons
    label = _MENU_LABEL.match(line.strip())
    if label:  # "Occupied Territories: Abkhazia · Tskhinvali Region": a submenu's label and its items
        for separator in (_MENU_SEPARATOR, _DASH_SEPARATOR):  # ("MENU: Deir Ezzor - Raqqa - Hasakah - About us")
            items = [p.strip() for p in separator.split(line.strip()[label.end():])]
            if items and _SEE_ALL_ITEM.match(items[-1]):
                items = items[:-1]  # ("... - Sergiev Posad - all 56 districts >": the link to the whole list)
            if len(items) >= 2 and all(p and p[0].isupper() and _at_most_words(p, 3) and not _ends_sentence(p)
                                       for p in items):
                return True
    parts = [p.strip() for p in _MENU_SEPARATOR.split(line.strip())]
    arrows = any(c in line for c in ">›»▸▶►→")
    # two items after a section's name are a breadcrumb too ("World · Europe", "Commentary · Eastern Europe")
    crumb = len(parts) == 2 and parts[0].lower() in SECTION_NAMES
    if len(parts) < (2 if arrows or crumb else 3) or not all(parts):
        return False
    return all(_at_most_words(p, MENU_ITEM_MAX_WORDS) and not _ends_sentence(p) for p in parts)


# Two or more labelled items on a line, set apart by a slash or bar ("JR Hokkaido: Hokuto delays between Mori and
# Oshamambe / New Chitose Airport: all flights operating normally"): a service-status strip.
_LABELLED_ITEMS = re.compile(r"^\W*[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}: [^/|]{3,120}(?:\s[/|]\s"
                             r"[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}: [^/|]{3,120})+$")


def _is_strip(line: str) -> bool:
    """Items set apart by two or more separators ("Weather | Sapporo 11°C | Niigata 16°C", a ticker, a menu), one of
    them maybe trailing the last item ("BREAKING: Snow chains mandatory on the pass  |  Ski season opens  |")."""
    trailing = bool(line.rstrip()) and _is_mark(line.rstrip()[-1])
    marks = len(_STRIP_SEPARATOR.findall(line)) + sum(
        1 for w in line.split() if len(w.rstrip("\ufe0f")) == 1 and w[0] not in _STRIP_MARKS and _is_mark(w[0]))
    return marks + trailing >= 2 or bool(_LABELLED_ITEMS.match(line.strip()))


def _two_teasers(line: str) -> bool:
    """Two or more headlines of other stories on one line, set apart by a spaced mark ("Friday Night Lights: Panthers
    fall to Lubbock Cooper 28-21  ·  Road work on I-20 near Monahans starts Monday"): each item a clause of
    TEASER_MIN_WORDS words or more with a word in lower case, none of them a sentence, a date or a time (not a
    byline's "Last updated 10 October, 18:47 · Dispatch staff in Seoul", an imprint's "Policy Brief No. 19 |
    Vistula Institute, Warsaw")."""
    items = _STRIP_SEPARATOR.split(line.strip())
    return len(items) >= 2 and not _CLOCK_TIME.search(line) and all(
        not _at_most_words(item, TEASER_MIN_WORDS - 1) and not _SENTENCE_END.search(item.strip())
        and not _DATE_LINE.match(item.strip())
        and sum(1 for w in item.split() if w.isalpha() and w.islower() and w not in _TEASER_FUNCTION_WORDS) >= 1
        for item in items)


def _is_mark(ch: str) -> bool:
    """A mark that sets a strip's items apart: one of _STRIP_MARKS, or any pictograph standing alone ("⚡", "🔴")."""
    return ch in _STRIP_MARKS or (unicodedata.category(ch) == "So" and ch not in "°©®™№")


def is_address_line(line: str) -> bool:
    """A postal address: a short line, not a sentence, of three or more comma-separated parts, one a numbered
    street or a postcode; or a labelled one ("Editorial office: Keizersgracht 12, Amsterdam")."""
    s = line.strip()
    if not re.search(r"[·|•/]", s):
        s = _MONTH_DATE_AT_END.sub("", s)  # (not "... Lyman Directions, December 2, 2025": a date's year)
        if not s:
            return False
    if _ADDRESS_LABEL.match(s) and "," in s and _at_most_words(s, 20):
        return True
    # (the first sentence: not cut at a street's abbreviation, "Gedimino pr. 9, Vilnius")
    cut = next((m.start() for m in _SENTENCE_STOP.finditer(s) if not _ABBREVIATION_BEFORE.search(s, 0, m.start())),
               None)
    first = s if cut is None else s[:cut]
    if first != s and first.count(",") >= 2 and _at_most_words(first, 20) and _ADDRESS_PART.search(first):
        return True  # an address and a sentence after it ("..., Odesa, 65026. Editor-in-chief: ...")
    return (s.count(",") >= 2 and _at_most_words(s, 20) and not _SENTENCE_END.search(s.rstrip(" |"))
            and bool(_ADDRESS_PART.search(s)))


def is_other_script_line(line: str) -> bool:
    """Mostly letters of another script (Cyrillic, Hangul, Arabic ...): an English edition's own-language menus,
    tickers and labels ("Повітряна тривога: Дніпропетровська, Херсонська")."""
    letters = [c for c in line if c.isalpha()]
    other = sum(1 for c in letters if c > "\u024f")
    return len(letters) >= 4 and other * 2 >= len(letters)


# A section's label and a headline after it, on one line: a link to a story of that section ("WORLD: Heatwave grips
# Sindh as mercury touches 48°C in Jacobabad"). The label is a section's name, not a dateline ("HYDERABAD: ...").
_SECTION_TEASER = re.compile(r"^\W*([A-Za-z]+(?: [A-Za-z]+)?)\s*:\s+\S")
_TEASER_LABEL_WORDS = SECTION_NAMES | frozenset({"top", "cities", "city", "trending", "web", "stories", "story",
                                                 "video", "videos", "photos", "gallery", "explainer", "exclusive",
                                                 "tech", "technology", "entertainment", "lifestyle", "travel",
                                                 # promotions: "Watch now: ...", "Upcoming: ...", "pinned: ..."
                                                 "watch", "now", "upcoming", "pinned", "listen", "podcast", "event",
                                                 "events", "webinar", "next"})


def is_section_teaser(line: str) -> bool:
    """ "WORLD: Heatwave grips Sindh ...", "Business: Rupee hits record low": a section name, a colon and a
    headline (not a sentence), all on one line."""
    m = _SECTION_TEASER.match(line)
    return bool(m) and set(m.group(1).lower().split()) <= _TEASER_LABEL_WORDS and (
        not _SENTENCE_END.search(line.strip())) and _at_most_words(line, 25)


# A team's line-up: "Newport County: Hughes; Baker, Evans, Thomas, Ward; Pritchard, Morgan (Okoro 71), Davies; ..."
# (after an optional team name and colon, eight or more short names set apart by commas and semicolons).
_LINEUP_ITEM = re.compile(r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}(?: \([^)]{1,30}\))?\.?$")
LINEUP_MIN_ITEMS = 8


def _is_lineup(line: str) -> bool:
    s = line.strip()
    head, _, rest = s.partition(":")
    items = [p.strip() for p in re.split(r"[;,]", rest if rest else head)]
    return (s.count(";") >= 2 and len(items) >= LINEUP_MIN_ITEMS
            and all(_LINEUP_ITEM.match(p) for p in items if p))


def is_credit(line: str) -> bool:
    s = line.strip()
    return bool(_CREDIT_LINE.match(s)) and (s.startswith(("(", "[")) or ";" in s or _at_most_words(s, CREDIT_MAX_WORDS))


# Labels an outlet puts before its own headline ("EXCLUSIVE: North Korean troops shift ..."); above the story's
# first paragraph they mark the article's headline, below it a teaser of another story.
_HEADLINE_LABELS = frozenset({"exclusive", "explainer", "analysis", "factbox", "insight", "interview", "opinion",
                              "update", "updated", "special report", "investigation", "feature", "commentary",
                              "comment", "essay", "dispatch", "profile"})


# Two teasers on one line, set apart by a bar between runs of spaces ("EXCLUSIVE: new interceptor drones tested near
# Zhytomyr  |  Sea drones spotted off Chornomorsk"): a strip, not the article's own headline.
_TEASER_SEPARATOR = re.compile(r"\S\s{2,}[|•·]\s{2,}\S")


def _labelled_headline(line: str) -> bool:
    m = _SECTION_TEASER.match(line)
    return bool(m) and m.group(1).lower() in _HEADLINE_LABELS and is_section_teaser(line) and not (
        _FURNITURE_LINE.search(line) or is_menu_line(line) or _TEASER_SEPARATOR.search(line[m.end():]))



# A classified ad: something for rent or sale and a way to reach the seller ("Casita for rent in Atotonilco — 2 bed,
# garden, pets OK. WhatsApp 415 000 0000")
_CLASSIFIED_AD = re.compile(r"(?i)\bfor (?:rent|sale|lease)\b(?=.*(?:\bwhatsapp\b|\bcall\b|\btel\b|\bdm\b|"
                            r"\d{3}[ .-]\d{3}[ .-]?\d{3,4}))")


# An ad's call to action at the end of its line ("... flights from EUR 59. Book now!")
_AD_CALL = re.compile(r"(?i)\b(?:book|shop|buy|order|call|apply|download|reserve)\s+(?:now|today)\s*[!.]?\s*$")
# A prayer-times widget ("Prayer times (Dammam): Fajr 4:31  Dhuhr 11:36 ...")
_PRAYER_TIMES = re.compile(r"(?i)\bfajr\b.*\b(?:dhuhr|zuhr|maghrib|isha)\b")
_COPYRIGHT = re.compile(r"©|\([cC]\)")
# A month's name, full or abbreviated ("Nov.", "November")
_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
           r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# A report's lettered paragraph ("(c) Sea, west. A small number of voyages from Namp'o ...").
_LETTERED_PARAGRAPH = re.compile(r"^\s*\([a-h]\)\s+[A-Z][a-z]")
# A caption's closing date ("..., April 28, 2025."), which is no postcode; and its full stop
_MONTH_DATE_AT_END = re.compile(rf",?\s*{_MONTHS}\s+\d{{1,2}},\s*(?:19|20)\d\d\s*$")
_DATE_AT_END = re.compile(rf"(?:,?\s*(?:{_MONTHS}\s+\d{{1,2}},\s*)?(?:19|20)\d\d)?[.\s]*$")


# A line of hashtags ("#DPRK #Korea #missiles #Primorye"): a post's tags.
_HASHTAG_LINE = re.compile(r"^\s*(?:#\w[^#\n]{0,30}){2,}$")


def is_furniture_line(line: str) -> bool:
    """A single furniture line: "Advertisement", a comment counter, an e-mail footer, a share button, a menu..."""
    if _LETTERED_PARAGRAPH.match(line) and not _at_most_words(line, 15):
        return False  # "(c) Sea, west. A small number of voyages ...": a report's lettered paragraph, no copyright
    mark = _COPYRIGHT.search(line)
    credit = mark.start() if mark else -1
    if credit > 0:  # a caption and its photo credit ("... inside the Rason zone. Satellite image ©2024 Maxar")
        caption, tail = line[: line.rfind(".", 0, credit) + 1], line[credit:]
        if (is_prose(caption) and _at_most_words(tail, 6) and "reserved" not in tail.lower()
                and not is_address_line(_DATE_AT_END.sub("", caption))):  # (not "..., Southampton SO14 3ZH. (c) 2025")
            line = caption  # (not "All quotes delayed 15 minutes. © 2024 Global Wire. All rights reserved.")
    return _at_most_words(line, FURNITURE_LINE_MAX_WORDS) and bool(
        _DATE_LINE.fullmatch(line.strip()) or is_other_script_line(line) or _FURNITURE_LINE.search(line) or _SECTION_LABEL.fullmatch(line)
        or _CLOCK_LINE.match(line) or _is_lineup(line)
        or is_menu_line(line) or is_address_line(line) or _is_byline(line) or is_section_teaser(line)
        or (_at_most_words(line, 15) and bool(_SCORE_LINE.search(line)))
        or len(_TICKER_ITEM.findall(line)) >= 2 or bool(_TICKER_START.match(line)) or bool(_BIO_LINE.match(line))
        or bool(_COMMENT_LINE.match(line)) or bool(_CLASSIFIED_AD.search(line)) or bool(_AD_CALL.search(line))
        or (bool(_REACTION_BAR.match(line)) and any(unicodedata.category(c) == "So" for c in line))
        or bool(_PRAYER_TIMES.search(line)) or bool(_HASHTAG_LINE.match(line))
        or any(_FURNITURE_LINE.search(h) for h in _bilingual_halves(line.strip()) or ()))


# List headers of outlets that keep their own language's page furniture on English pages.
_FOREIGN_HEADERS = re.compile(
    r"^\W*(?:читайте (?:также|також)|смотрите также|дивіться також|по теме|новости по теме|другие новости|"
    r"популярное|самое читаемое|самое популярное|ещё по теме|інші новини|найпопулярніше|"
    r"tin liên quan|đọc nhiều nhất|tin mới nhất|xem thêm|tin khác|"
    r"관련 ?기사|많이 본 뉴스|주요 뉴스|인기 기사|"
    r"関連記事|関連ニュース|アクセスランキング|相关新闻|相关阅读|热门新闻|"
    r"اقرأ أيضا|اقرأ أيضاً|الأكثر قراءة|أخبار ذات صلة)\W*$", re.IGNORECASE)
# Letters of scripts other than Latin (to read the English half of a bilingual header).
_NON_LATIN = re.compile(r"[^\W\d_A-Za-z\u00C0-\u024F]+")


def _bilingual_halves(line: str) -> tuple[str, str] | None:
    """The two halves of a short bilingual label ("PUBLICIDADE / ADVERTISEMENT"), or None."""
    for mark in (" / ", " – ", " — "):  # ("TUOREIMMAT – LATEST")
        parts = line.split(mark)
        if len(parts) == 2 and all(p.strip() and _at_most_words(p, 4) for p in parts):
            return parts[0].strip(), parts[1].strip()
    return None


# A photo's caption under its label: the article's own text, whatever its end ("... on Saturday. (Agencia Uno)").
_CAPTION_LABEL = re.compile(r"^\W*(?:photo caption|caption|pictured|photo|picture|image)\s*:\s*", re.IGNORECASE)
CAPTION_MIN_WORDS = 6


def is_list_header(line: str) -> bool:
    """A list header, also in another language or bilingual ("많이 본 뉴스 (Most viewed)", "ЧИТАЙТЕ ТАКЖЕ",
    "MOST READ | الأكثر قراءة")."""
    s = line.strip()
    if _LIST_HEADERS.match(s) or _FOREIGN_HEADERS.match(s):
        return True
    halves = _bilingual_halves(s)
    if halves and any(_LIST_HEADERS.match(h) or _FOREIGN_HEADERS.match(h) for h in halves):
        return True  # "LO MÁS LEÍDO / MOST READ", "MAIS LIDAS / MOST READ": one half is enough
    if _NON_LATIN.search(s):
        latin = re.sub(r"[()\[\]|/]", " ", _NON_LATIN.sub(" ", s)).strip()
        return bool(latin) and bool(_LIST_HEADERS.match(latin))
    return False


def is_headline_like(line: str) -> bool:
    """A short line in title case with no sentence-final punctuation (a link to another story); not a labelled
    caption ("Photo caption: Firefighters work among burned houses in Quilpue on Saturday. (Agencia Uno)")."""
    s = _BULLET.sub("", line.strip())
    caption = _CAPTION_LABEL.match(s)
    if caption and len(_words(s[caption.end():])) >= CAPTION_MIN_WORDS:
        return False
    if s.endswith(("...", "…")):
        s = s.rstrip(".… ")
    if not s or _SENTENCE_END.search(s):
        return False
    words = _words(s)
    if not 2 <= len(words) <= 22:
        return False
    long_words = [w for w in words if len(w) > 3]
    if not long_words:
        return False
    caps = sum(1 for w in long_words if w[0].isupper() or w[0].isdigit())
    return caps / len(long_words) >= 0.6 or ":" in s


def _is_rubric(line: str) -> bool:
    """A short line all in capitals that is not a sentence ("SPECIAL MILITARY OPERATION IN UKRAINE")."""
    s = line.strip()
    letters = [c for c in s if c.isalpha()]
    return (len(letters) >= 4 and all(c.isupper() for c in letters) and _at_most_words(s, 8)
            and not _SENTENCE_END.search(s))


def _is_section_label(line: str) -> bool:
    """One to three capitalised words, no digits and no sentence ("Europe", "Middle East", "War in Ukraine")."""
    s = line.strip()
    words = s.split()
    return (1 <= len(words) <= 3 and s[:1].isupper() and not any(c.isdigit() for c in s)
            and not _SENTENCE_END.search(s) and all(w[:1].isupper() or len(w) <= 3 for w in words))


def _is_question_teaser(line: str) -> bool:
    """A short question, the headline of a linked story ("Can Mongolia stay neutral in a new Cold War?")."""
    s = line.strip()
    return s.endswith("?") and _at_most_words(s, 16)


def is_prose(line: str) -> bool:
    """A line of running text: eight words or more, ending a sentence (a truncated "..." teaser is not); a list
    item is not, unless it is a numbered paragraph of several sentences ("4. What Pyongyang gets. In return, ...")."""
    s = line.strip()
    if s.endswith(("...", "…")):
        return False
    if _NUMBERED_PARAGRAPH.match(s) and not _at_most_words(s, NUMBERED_PARAGRAPH_MIN_WORDS):
        return True
    return len(_words(s)) >= 8 and bool(_SENTENCE_END.search(s)) and not _BULLET.match(s)


# A numbered paragraph of a report: a number, a sentence, and more of them ("5. Recommendations. Seoul and its
# partners should ..."), at least this long; a numbered link in a list is a headline.
_NUMBERED_PARAGRAPH = re.compile(r"^\d{1,2}[.)]\s+[^.!?]+[.!?]\s+[A-Z\"“(].*[.!?\"”)]$")
NUMBERED_PARAGRAPH_MIN_WORDS = 20


# A badge: on a line of its own ("LIVE", "BREAKING NEWS") above the article's first paragraph, it marks the
# article's own headline, not a list of other stories; before a colon and prose, a live blog's entry.
_BADGE_WORDS = r"(?:live|live updates|breaking|breaking news|just in)"
_BADGE = re.compile(r"^\W*" + _BADGE_WORDS + r"\W*$", re.IGNORECASE)
_BADGE_LABEL = re.compile(r"^\W*(?:" + _BADGE_WORDS + r"|update|updated)\s*:\s*", re.IGNORECASE)
_ALSO_IN_LABEL = re.compile(r"^\W*also in [\w &]{1,30}:\s*", re.IGNORECASE)
# The fewest words of a sentence after "Also in X:" that make it a paragraph, not a teaser.
ALSO_IN_PROSE_MIN_WORDS = 10


# A live blog's headline under its badge is dated right below ("LIVE: Record rain hits Seoul and Gyeonggi — ..." /
# "Last updated: July 16, 2026, 17:05 KST | Our live team: ...").
_UPDATED_LINE = re.compile(r"^\W*(?:last )?updated\b", re.IGNORECASE)
_ALERT_START = re.compile(r"(?:air[- ]raid |missile |air )?(?:alert|alarm|warning)s?\b", re.IGNORECASE)


def _live_headline(raw: list[tuple[int, int, str]], nonblank: list[int], pos_of: dict[int, int], i: int) -> bool:
    """The line at ``i`` is a live blog's own headline: a badge ("LIVE:", "BREAKING:") and a headline, and below
    it the blog's date or update line or its byline (a ticker's "LIVE: Air raid alert in ..." has none below it)."""
    line = raw[i][2]
    k = pos_of[i]
    badge = _BADGE_LABEL.match(line)
    rest = line[badge.end():].strip() if badge else ""
    if (not rest or k + 1 >= len(nonblank) or _SENTENCE_END.search(rest) or not 3 <= len(_words(rest)) <= 25
            or _ALERT_START.match(rest)):  # ("Live: air-raid alert in Kharkiv region": an alerts ticker)
        return False
    below = raw[nonblank[k + 1]][2].strip()
    return bool(_UPDATED_LINE.match(below) or _DATE_LINE.match(below) or _is_byline(below))


def _badged_prose(line: str) -> bool:
    """ "BREAKING: The military says North Korea fired 200 rounds into the Yellow Sea.": a live blog's entry, a
    badge and then prose, not a header over a list of other stories; so is "Also in Darfur: an RSF-appointed governor
    has been sworn in at El Geneina, and ...", a newsletter's paragraph led by where it happened."""
    m = _BADGE_LABEL.match(line) or _ALSO_IN_LABEL.match(line)
    return m is not None and is_prose(line[m.end():]) and (
        m.re is _BADGE_LABEL or not _at_most_words(line[m.end():], ALSO_IN_PROSE_MIN_WORDS - 1))


def _split_inline_headers(raw: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Cut a line where an inline list header begins, so that the header and its items form a line of their own."""
    out = []
    for a, b, s in raw:
        m = _INLINE_HEADER.search(s) if ":" in s else None  # every header ends with a colon
        if m and m.start() > 0 and s[: m.start()].strip():
            cut = m.start()
            while cut < len(s) and s[cut].isspace():
                cut += 1
            out.append((a, a + len(s[:cut].rstrip()), s[:cut].rstrip()))
            out.append((a + cut, b, s[cut:]))
        else:
            out.append((a, b, s))
    return out


# How many lines from the top a site's menu may stand with its masthead above it.
MASTHEAD_LINES = 4
_TAGLINE = re.compile(r"^\W*(?:(?:the|your|latest|daily|independent|local|breaking) )*(?:news|journalism|reporting) "
                      r"(?:from|of|for|about|across|in) ", re.IGNORECASE)


# A dateline opening the story: a town in capitals and a comma or dash ("HUNCHUN, Nov 20, 2025", "KYIV —").
_DATELINE_START = re.compile(r"^\s*[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}\s*(?:,|\(|—|–|-\s)")
_NAME_LINE = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z]\.)?(?: [A-Z][a-z'’-]+){1,2}")
_DATE_LINE = re.compile(rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:{_MONTHS} \d{{1,2}},? \d{{4}}|"
                        rf"\d{{1,2}} {_MONTHS},? \d{{4}}|\d{{4}}[-/.]\d\d[-/.]\d\d|\d{{1,2}}\.\d{{1,2}}\.\d{{4}})\b")


# Spaces opening a line that continues the furniture line above it.
INDENTED_ITEM = 3


# An alert's sign opening a line ("⚠ Ballistic missile threat — ...", "🚨 Air raid alert in ..."; not a red "LIVE"
# dot, which may badge the headline): above the story,
# the site's alert strip.
_ALERT_SIGN = re.compile("^\\s*(?:\u26a0|\U0001f6a8|\u2757|\u203c)")


# A service item's label opening a line above the story ("TRAFFIC ▸ M-4 Don: ...", "Weather: ...").
_SERVICE_LABEL = re.compile(r"^\W*(?:traffic|weather|roads?|travel|flights|markets|air quality|power cuts?|outages|"
                            r"exchange rates?|"
                            # a transit operator's alert ("VBB alert: S-Bahn S5 delays between Ostkreuz and Erkner")
                            r"(?-i:[A-Z]{2,6}) (?:alerts?|updates?|status)|(?:rail|metro|transit|service) "
                            r"(?:alerts?|updates?|status))\s*(?::|[▸▶►⟫»|·—–])\s*\S", re.IGNORECASE)


def classify_lines(text: str) -> list[Line]:
    """Every line of ``text`` with its furniture flag (blank lines are never furniture). A line that holds an
    inline list header ("... Read also: ...") is cut in two there."""
    raw = _split_inline_headers(split_lines(text))
    flags = [False] * len(raw)
    nonblank = [i for i, (_, _, s) in enumerate(raw) if s.strip()]
    pos_of = {i: k for k, i in enumerate(nonblank)}
    repeated = Counter(s.strip() for _, _, s in raw if s.strip())
    prose = {i: is_prose(raw[i][2]) for i in nonblank}

    first_prose_line = next((i for i in nonblank if prose[i]), len(raw))
    for i, (_, _, s) in enumerate(raw):
        if s.strip() and (is_furniture_line(s) or (":" in s and _INLINE_HEADER.match(s) and not _badged_prose(s))):
            flags[i] = not (i < first_prose_line and (
                _labelled_headline(s) or _live_headline(raw, nonblank, pos_of, i)))

    # A bare byline: a person's name on its own line right above the date line, before the story begins
    # ("Olena Hrytsenko" / "November 14, 2025 08:47   Updated 14:20").
    for k, i in enumerate(nonblank[:-1]):
        if i < first_prose_line and _NAME_LINE.fullmatch(raw[i][2].strip()) and (
                _DATE_LINE.match(raw[nonblank[k + 1]][2].strip())):
            flags[i] = True

    for i, (_, _, s) in enumerate(raw):
        if not s.strip() or not is_list_header(s):
            continue
        flags[i] = True
        k = pos_of[i]
        if _CLASSIFIEDS_HEADER.match(s) or _READERS_HEADER.match(s):
            # "CLASSIFIEDS": every ad below it is furniture, prose or not ("FOR SALE: 2012 Ford F-250, ...")
            j = i + 1
            while j < len(raw) and raw[j][2].strip():
                flags[j] = True
                j += 1
            continue
        if _BADGE.match(s) and not any(prose[j] and not flags[j] for j in nonblank[:k]):
            # "LIVE" above the first paragraph badges the article's own headline below it (a cookie notice above
            # it, prose though it is, is no paragraph of the story)
            continue
        # A headline shown just above its header.
        j = k - 1
        while j >= 0 and is_headline_like(raw[nonblank[j]][2]) and not prose[nonblank[j]]:
            flags[nonblank[j]] = True
            j -= 1
            break
        # The block below the header; an author's biography or a sponsor's text is prose, and furniture all the same.
        prev_headline = False
        prose_below = bool(_BIO_HEADER.match(s.strip()) or _SPONSOR_HEADER.match(s.strip()))
        several = bool(_BIO_HEADER.match(s.strip())) and _PLURAL_HEADER.search(s) is not None
        for j in range(k + 1, len(nonblank)):
            if prose_below:
                flags[nonblank[j]] = True
                # "About the authors": one biography after another, each opening with its person's name
                prose_below = several and j + 1 < len(nonblank) and bool(
                    _PERSON_OPENING.match(raw[nonblank[j + 1]][2]))
                continue
            line = raw[nonblank[j]][2]
            below, after = (raw[nonblank[j + 1]][2], raw[nonblank[j + 2]][2]) if j + 2 < len(nonblank) else ("", "")
            if (j + 2 < len(nonblank) and not _BULLET.match(line)
                    and (_is_byline(below) or (_AUTHORS_LINE.fullmatch(below.strip()) and "," in below)
                         or (_DATE_LINE.match(below.strip()) and is_headline_like(line)))
                    and (prose[nonblank[j + 2]] or _DATELINE_START.match(after) or _ARTICLE_LABEL.match(after)
                         or _DATE_LINE.match(after.strip()))):
                # the article's own headline, byline and dateline, first paragraph or key points end the list above
                # ("Russian Offensive Campaign Assessment: ..." / "Daniel Reyes, Kateryna Soroka, and Lyman
                # Whitfield" / "Key Takeaways:"; "Berdiansk port hit again ..." / "By Courier staff" /
                # "18 October 2023"; "Kremenchuk refinery on fire again ..." / "By Viktoriia Sydorenko | 4 March")
                break
            if (is_list_header(line) or _BULLET.match(line) or is_furniture_line(line)
                    or _INLINE_HEADER.match(line)):
                flags[nonblank[j]] = True
                prev_headline = False
                continue
            if is_headline_like(line) or not prose[nonblank[j]] or _is_question_teaser(line):
                flags[nonblank[j]] = True
                prev_headline = is_headline_like(line) and repeated[line.strip()] > 1
                continue
            if prev_headline:  # the teaser paragraph of a linked story (its headline is shown twice)
                flags[nonblank[j]] = True
                prev_headline = False
                continue
            break
    # The masthead: a short first line right above the site's menu ("NewsWest 7 — Permian Basin's News Leader").
    if len(nonblank) >= 2:
        first, second = raw[nonblank[0]][2], raw[nonblank[1]][2]
        if (_at_most_words(first, 10) and not _SENTENCE_END.search(first.strip())
                and (is_menu_line(second) or _is_strip(second))):
            flags[nonblank[0]] = True
        # A site's name and its tagline above the menu ("VERTIKAL / Independent news in Russian and English /
        # Our newsroom works from Riga. ..."): everything above a menu among the first few lines.
        menu = next((k for k in range(1, min(MASTHEAD_LINES, len(nonblank)))
                     if is_menu_line(raw[nonblank[k]][2]) or _is_strip(raw[nonblank[k]][2])), None)
        first_prose = next((k for k, i in enumerate(nonblank) if prose[i] and k > (menu or 0)), len(nonblank))
        below_menu = raw[nonblank[menu + 1]][2] if menu is not None and menu + 1 < len(nonblank) else ""
        if menu is not None and first_prose > menu + 1 and not _is_byline(below_menu):
            # (the headline is below the menu, not above it; a byline below a rubric says the headline is above:
            # "Three hulls in a year ..." / "COMMENTARY | Northeast Asia Maritime Review" / "By Helen Marsh | 30 June")
            for i in nonblank[:menu]:
                flags[i] = True
    # The site's tagline among its first lines, whatever comes below it ("News from Lower Silesia, Poland and the
    # world" above a cookie banner and the menu).
    for i in nonblank[:MASTHEAD_LINES]:
        if _TAGLINE.match(raw[i][2]) and _at_most_words(raw[i][2], 12) and not _SENTENCE_END.search(raw[i][2].strip()):
            flags[i] = True
    # Above the first paragraph of prose, a line of items set apart by two or more separators is a ticker, a
    # strip or a menu, not the headline ("🔴 Earthquake info: M4.8 off Ibaraki · Heavy rain in Kagoshima · ...").
    for i in nonblank:
        if _ALERT_SIGN.match(raw[i][2]) or _SERVICE_LABEL.match(raw[i][2]):
            # a site's alert or service strip: "⚠ Ballistic missile threat — Zaporizhzhia and Dnipropetrovsk
            # oblasts",
            # "TRAFFIC: A1 motorway closed southbound between Nyon and Coppet after lorry fire"
            flags[i] = True
            continue
        if prose[i]:
            break
        if (_is_strip(raw[i][2]) or _two_teasers(raw[i][2])) and not _BYLINE_WITH_DATE.match(raw[i][2]):
            flags[i] = True  # (not "By our correspondent in Rodos | 23.07.2025 | Updated 16:50": the byline)
    # A section's label in capitals between the site's menu and the headline ("SPECIAL MILITARY OPERATION IN
    # UKRAINE" above "Russian troops take ..."): the rubric the story is filed under, not its headline.
    for k in range(1, len(nonblank) - 1):
        i = nonblank[k]
        if prose[i]:
            break
        if flags[nonblank[k - 1]] and not flags[i] and _is_rubric(raw[i][2]):
            below = nonblank[k + 1]  # the headline, in any case but capitals, and not yet the story
            if not (prose[below] or flags[below] or _is_rubric(raw[below][2])):
                flags[i] = True
        elif any(flags[nonblank[m]] for m in range(k)) and not flags[i] and _is_section_label(raw[i][2]):
            # "Europe" above "Ukraine pulls troops out of Vuhledar, hilltop town held since 2022": a section's
            # name of one to three words above a longer headline, below the site's menu (and maybe its tagline)
            below = nonblank[k + 1]
            if not (prose[below] or flags[below]) and not _at_most_words(raw[below][2], 4):
                flags[i] = True
    # Below a comment counter in the last part of the page (comments, sign-ups, footers) nothing is article (first: the
    # readers' prose there is no last paragraph of the article).
    for k, i in enumerate(nonblank):
        if _COMMENT_COUNTER.match(raw[i][2]) and raw[i][0] >= 0.6 * len(text):
            for j in nonblank[k:]:
                flags[j] = True
            break
    # Below the last paragraph of prose, list items and headline-like lines are links to other stories, whatever
    # their header says (or in whatever language).
    last_prose = max((k for k, i in enumerate(nonblank) if prose[i] and not flags[i]), default=None)
    if last_prose is not None:
        for i in nonblank[last_prose + 1:]:
            if is_credit(raw[i][2]):
                continue  # the wire credit: "(Reporting by Ann Lee in Kyiv; Editing by Tom Fox)"
            if (_BULLET.match(raw[i][2]) and not raw[i][2].rstrip().endswith(".")) or is_headline_like(raw[i][2]) or (
                    _is_strip(raw[i][2])):
                # (a strip: "7 monsoon getaways near Pune | 5 street foods to try in Lucknow | ..."; not a point of
                # the article's own that ends like a sentence: "• Recruitment among herders displaced into Ghana.")
                flags[i] = True
    # A line indented under a furniture line, with no blank line between, is one more item of it (a ticker's or a
    # list's next entry set in under the first: "LIVE  Syria: ..." / "       Storm Darragh: ...").
    for k in range(1, len(nonblank)):
        i, above = nonblank[k], nonblank[k - 1]
        if (not flags[i] and flags[above] and i == above + 1 and raw[i][2][:INDENTED_ITEM].isspace()
                and not prose[i]):
            flags[i] = True
    # An outlet's description of itself between footer lines ("Founded 1978. Bureaus in Tokyo and Manila.",
    # "... is an independent think tank registered in Romania").
    for k, i in enumerate(nonblank):
        if (not flags[i] and 0 < k and raw[i][0] >= 0.6 * len(text)
                and (flags[nonblank[k - 1]]
                     or (k >= len(nonblank) - ABOUT_US_LAST_LINES
                         and (_OUTLET_WORD.search(raw[i][2]) or any(not _SEAT.match(m.group(0))
                                                                     for m in _ABOUT_US.finditer(raw[i][2])))))
                and (k == len(nonblank) - 1 or flags[nonblank[k + 1]]) and _ABOUT_US.search(raw[i][2])
                and not _A_WORKS_PUBLISHER.search(raw[i][2])):
            flags[i] = True
    return [Line(a, b, s, f) for (a, b, s), f in zip(raw, flags)]



_SPLIT_RE = re.compile(r"([.!?])([\"'”’)\]]*)(\s+)(?=[\"'“‘(\[]?[A-Z0-9])")


def split_sentences(text: str, lines: list[Line] | None = None) -> list[Sentence]:
    """Sentences of ``text`` (each within one line), with offsets and the furniture flag of their line.

    ``lines`` may be passed when the caller already classified them (:func:`classify_lines`).
    """
    out: list[Sentence] = []
    for line in classify_lines(text) if lines is None else lines:
        if not line.text.strip():
            continue
        cut = line.start
        for m in _SPLIT_RE.finditer(line.text):
            last_word = _last_word(line.text, m.start(1))
            if last_word.lower().rstrip(".") in _ABBREVIATIONS:
                continue
            end = line.start + m.end(2)
            out.append(_sentence(text, cut, end, line.furniture))
            cut = line.start + m.end(3)
        out.append(_sentence(text, cut, line.end, line.furniture))
    return [s for s in out if s.text]


def _last_word(s: str, end: int) -> str:
    """The word (letters, digits, dots) that ends at ``end`` in ``s``; scans back, not the whole prefix."""
    i = end
    while i > 0 and (s[i - 1].isalnum() or s[i - 1] in "._"):
        i -= 1
    return s[i:end]


def _sentence(text: str, start: int, end: int, furniture: bool) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end, text[start:end], furniture)

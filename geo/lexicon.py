"""Word lists the recogniser reads as cues. Data, not logic: each list is one kind of cue.

All entries are :func:`geo.normalize.fold`-ed (lower case, ASCII).
"""

from __future__ import annotations

from functools import lru_cache

from geo.gazetteer.paths import data_dir

# "Marks, about 60 km north-east of Saratov": the words of a distance that places one town from another.
DISTANCE_UNITS = frozenset({"km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "mi"})
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                           "north-east", "north-west", "south-east", "south-west"})
ROUGHLY = frozenset({"about", "some", "around", "roughly", "nearly", "almost", "approximately", "just"})
# A type word after a name says what kind of place it is ("Kursk region", "Belgorod Oblast").
# Plural type words after a list of names: "the Kursk, Belgorod and Voronezh regions" ("communities" are hromadas
# in translation: "the Krasnopillia, Bilopillia and Velyka Pysarivka communities").
PLURAL_REGION_WORDS = frozenset({"regions", "oblasts", "provinces", "states", "prefectures", "governorates", "krais"})
PLURAL_DISTRICT_WORDS = frozenset({"counties", "districts", "raions", "rayons", "municipalities", "boroughs",
                                   "regencies", "hromadas", "parishes", "communities"})
# Plural type words whose places the gazetteer names with the singular after the name ("Gibson County"): the
# names before "Madison, Gibson and Henderson counties" are looked up so.
PLURAL_TYPED_NAMES = {"counties": "county", "parishes": "parish", "boroughs": "borough"}
# A name followed (or preceded) by one of these names a natural feature or a facility of that name, not the
# town: "Sea of Azov", "Tumen river", "Bekaa Valley", "Birmingham Airport", "Friendship Bridge".
FEATURE_AFTER = frozenset({
    "sea", "river", "lake", "bay", "gulf", "strait", "straits", "channel", "canal", "valley", "mountains",
    "mountain", "mount", "peninsula", "island", "islands", "islet", "islets", "desert", "coast", "delta", "basin",
    "plateau",
    "dynasty", "airport", "station", "bridge", "harbour", "harbor", "cathedral", "palace", "square",
    "park", "stadium", "university", "college", "hospital", "prison", "street", "avenue", "road", "highway",
    "motorway", "line", "tunnel", "dam", "reservoir", "forest", "glacier", "falls", "creek", "heights",
    "corridor", "gap", "camp", "spit", "isthmus", "gorge", "pass", "checkpoint", "pipeline",
    "streets", "avenues", "boulevards",  # ("on Sochinskaya and Gogol streets")
})
# After "a"/"an" and a place, these words name an unnamed building in that place ("a London university").
UNNAMED_FACILITY_WORDS = frozenset({
    "airport", "station", "cathedral", "palace", "square", "park", "stadium", "university", "college",
    "hospital", "prison", "street", "avenue", "road", "highway", "motorway", "tunnel", "bridge", "harbour", "harbor",
    "arena", "museum", "barracks", "memorial",
})
# A name ending in one of these is the water when the gazetteer has it ("the Red Sea", not the governorate).
WATER_LAST_WORDS = frozenset({"sea", "ocean", "gulf", "bay", "strait", "straits", "lake", "river", "channel"})
# "X island(s)": where a county or town named X exists, it is on (and stands for) the island.
ISLAND_WORDS = frozenset({"island", "islands", "isle", "isles", "islet", "islets"})
# After a name, in lower case: a military unit named after the place ("Yug group", "Azov brigade").
UNIT_WORDS = frozenset({"group", "grouping", "battlegroup", "battlegroups", "brigade", "battalion", "regiment",
                        "formation", "formations", "army", "armies",
                        "division", "corps", "flotilla", "squadron", "detachment", "militia", "militias",
                        "insurgency"})
# Weapons named after something ("a Shahed drone", "Kinzhal missiles"): after a name that is no town's own name,
# the weapon, not a town a few letters off.
WEAPON_WORDS = frozenset({"drone", "drones", "missile", "missiles", "rocket", "rockets", "launcher", "launchers",
                          "munition", "munitions", "howitzer", "howitzers", "interceptor", "interceptors",
                          "gun", "guns", "cannon", "cannons"})
# Weapon systems whose names are, or are a few letters from, towns ("a downed Shahed", "drones of the Shahed type",
# "Iskanders", "Neptune"): the weapon, unless the text puts it as a place ("in Iskandar", "at Neptune").
WEAPON_NAMES = frozenset({
    "shahed", "shaheds", "geran", "gerans", "kinzhal", "kinzhals", "kalibr", "kalibrs", "iskander", "iskanders",
    "oreshnik", "zircon", "tsirkon", "oniks", "lancet", "lancets", "krasnopol", "smerch", "uragan", "tochka",
    "himars", "atacms", "bayraktar", "bayraktars", "neptune", "neptunes", "tomahawk", "tomahawks", "taurus",
    "patriot", "patriots", "pantsir", "buk", "sarmat", "yars", "bulava", "avangard", "burevestnik", "poseidon",
    "storm shadow", "scalp", "gepard", "gepards", "stryker", "strykers", "abrams", "bradley", "bradleys", "marder",
    "marders",
    "angara",  # the Russian rocket family, and the sanctioned cargo ship; only another language's name for Ankara
})
# Crude oil grades named after places ("Urals differentials to Brent", "ESPO blend"): in an article about oil they
# are the grade; "the Urals" stays the mountains.
CRUDE_GRADES = frozenset({"brent", "urals", "espo", "wti", "sokol"})
# After a name, these words make it a commodity's grade ("Urals crude", "Dubai benchmark").
GRADE_WORDS = frozenset({"crude", "blend", "grade", "benchmark", "futures", "differential", "differentials",
                         "discount", "discounts", "premium", "premiums", "barrel", "barrels"})
# After a country's abbreviation ("US", "U.K."), a capitalised word of an institution's name makes the abbreviation
# part of that name ("the U.S. Navy", "US Treasury", "UK Embassy").
ABBREVIATED_INSTITUTION_WORDS = frozenset({
    "navy", "army", "air", "marines", "marine", "treasury", "embassy", "consulate", "state", "congress", "senate",
    "department", "forces", "coast", "geological", "attorney", "justice", "defense", "defence", "secretary",
    "president", "ambassador", "central", "indo-pacific", "pacific", "space", "federal", "census", "customs",
    "commerce", "national", "naval", "special", "trade", "securities", "supreme", "district", "command", "fleet",
    "envoy", "mission", "government", "military", "open"})
# Lowercase words after a capitalised run that make it a sports team's name ("the Sokol Saratov football club",
# "Rotor Volgograd fans").
TEAM_WORDS = frozenset({"club", "football", "hockey", "basketball", "volleyball", "handball", "team", "fans",
                        "supporters", "striker", "midfielder", "defender", "goalkeeper", "coach", "squad"})
# After a name, these make it a species, breed or dish named after a place ("Alaska pollock", "Atlantic salmon",
# "Brussels sprouts", "Peking duck", "Yorkshire terriers", "Amur tigers").
SPECIES_WORDS = frozenset({"pollock", "salmon", "cod", "herring", "halibut", "mackerel", "oysters", "sprouts", "duck",
                           "terrier", "terriers", "retriever", "retrievers", "spaniel", "spaniels", "mastiff",
                           "mastiffs", "tiger", "tigers", "leopard", "leopards"})
# The adjectives that open Russian and Ukrainian place names ("Velikaya Novosyolka", "Malaya Loknya", "Nova
# Kakhovka", "Staryi Saltiv"): never a first name, so the run is no person's name.
SLAVIC_PLACE_ADJECTIVES = frozenset({
    "velikaya", "velikiy", "veliky", "velikiye", "velyka", "velykyi", "velyki", "bolshaya", "bolshoy", "bolshoi",
    "bolshiye", "malaya", "maly", "malyy", "malye", "mala", "malyi", "novaya", "novy", "novyy", "novyi", "novo",
    "nova", "novi", "staraya", "stary", "staryy", "staryi", "stara", "nizhnyaya", "nizhny", "nizhniy", "nyzhnia",
    "nyzhnii", "verkhnyaya", "verkhny", "verkhniy", "verkhnia", "verkhnii", "krasnaya", "krasny", "krasnyy",
    "krasnyi", "chervona", "chervonyi", "sredniaya", "srednyaya", "sukhaya", "zelena", "zelenyi", "zelenaya",
    "pervaya", "pervyy", "pervy", "vtoraya", "vtoroy", "tretya", "tretiy",  # "Vtoraya Rechka", Vladivostok
})
# The Soviet-style district words after a district's adjective ("the Sudzhansky district", "Rylsky raions"), and
# the words that may stand between ("the Shebekinsky urban district").
DISTRICT_TYPE_WORDS = frozenset({"district", "districts", "raion", "raions", "rayon", "rayons"})
# Type words of Ukrainian municipalities, whose adjectives are feminine ("the Borivska hromada", Borova's).
HROMADA_WORDS = frozenset({"hromada", "hromadas", "community"})
DISTRICT_QUALIFIERS = frozenset({"urban", "municipal", "rural", "administrative", "city"})  # ("Shebekinsky city district")
# The Arabic article as news writes it before a name ("al-Mayadin", "el-Fasher", "ash-Shifa").
ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ed", "ar", "as", "ash", "az", "at", "an", "ath", "adh"})
# After a name or before "of <city>": a part of a city ("Kharkiv's Saltivskyi district").
CITY_DISTRICT_WORDS = frozenset({"district", "raion", "rayon", "neighbourhood", "neighborhood", "microdistrict",
                                 "quarter", "suburb"})
# After a town, in lower case, these name the town's own airport, port or bridge ("Rzeszów airport", "Taganrog
# port", "Kerch bridge"): the mention is read as the town.
HOST_FACILITY_WORDS = frozenset({"airport", "station", "port", "harbour", "harbor", "bridge", "airfield"})
FEATURE_BEFORE = ("sea of", "gulf of", "bay of", "strait of", "straits of", "lake", "mount", "cape", "isle of",
                  "mouth of the", "university of")
REGION_WORDS = frozenset({
    "region", "oblast", "province", "prefecture", "governorate", "krai", "kray", "state", "territory",
    "republic", "okrug",
    "oblysy", "aimag", "aymag", "aimak",  # Kazakh ("Kursk oblysy") and Mongolian ("Selenge aimag") editions
})
# Region words abbreviated with a full stop ("Ishikawa Pref.", "Cebu Prov."): the full stop is part of the mention.
ABBREVIATED_REGION_WORDS = frozenset({"pref", "prov"})
# Region words only in lower case after a name ("Colón department", "Cusco departamento"): capitalised, they begin
# an organisation's name ("the Texas Department of Transportation").
LOWERCASE_REGION_WORDS = frozenset({"department", "departamento", "département"})
DISTRICT_WORDS = frozenset({"district", "county", "raion", "rayon", "municipality", "guyok", "guyeok", "gun", "borough",
                            "regency",  # (an Indonesian kabupaten: "Sikka regency")
                            "hromada"})  # (a Ukrainian municipality named after its centre: "Lyptsi hromada")
CITY_WORDS = frozenset({"city", "town", "village", "port", "capital", "settlement", "municipality"})
FACILITY_WORDS = frozenset({
    "plant", "factory", "complex", "works", "machinery", "machine", "engineering", "building", "airport",
    "airbase", "base", "port", "shipyard", "dam", "bridge", "station", "facility", "site", "mine", "refinery",
    "depot", "arsenal", "launch", "center", "centre", "range", "reactor", "laboratory", "cosmodrome", "spaceport",
})
# Words before a name: "the city of X", "the province of X".
CITY_BEFORE = frozenset({"city", "town", "village", "port", "capital", "suburb", "outskirts"})
REGION_BEFORE = frozenset({"region", "province", "oblast", "state", "prefecture", "governorate"})
# Words that open a sentence before a place's name and are never a first name ("Nearby Nakhodka and the coal port",
# "Neighbouring Cheorwon", "Besieged Avdiivka").
PLACE_ADJECTIVES = frozenset({
    "nearby", "neighbouring", "neighboring", "adjacent", "besieged", "embattled", "occupied", "liberated",
    "frontline", "downtown", "coastal", "rural", "remote", "tiny", "historic", "ancient", "flooded", "devastated",
    "war-torn", "wartime", "landlocked", "oil-rich", "resource-rich", "impoverished", "sprawling", "bustling",
    # the place in another age: "Soviet Kirghizia", "Tsarist Russia", "Ottoman Palestine"
    "soviet", "post-soviet", "tsarist", "imperial", "ottoman", "colonial", "medieval", "communist", "prewar",
    "pre-war", "postwar", "post-war",
})
# Words of sports clubs' names ("Athletic Bilbao", "Sporting Lisbon", "Dynamo Kyiv", "Zorya Luhansk", "Fakel
# Voronezh", "Hapoel Eilat"); alone, after the article has named the club, the club's short name ("Zorya had won
# three in a row").
CLUB_WORDS = frozenset({
    "athletic", "sporting", "atletico", "atlético", "dynamo", "dinamo", "olympique", "eintracht", "borussia",
    "racing", "rovers", "wanderers", "albion", "hotspur", "rangers", "spartak", "lokomotiv", "akhmat", "shakhtar",
    "zorya", "zenit", "torpedo", "metalist", "vorskla", "partizan", "hajduk", "legia", "fakel", "hapoel", "maccabi",
    "beitar", "bnei", "ironi", "slavia", "viktoria",
    # (Polish and Czech clubs: "Chrobry Głogów", "Górnik Zabrze", "Baník Ostrava", "Sparta Praha")
    "chrobry", "gornik", "zaglebie", "pogon", "wisla", "lech", "banik", "sparta", "dukla", "zbrojovka", "slovan",
    "bohemians",
    # (hockey clubs of the KHL: "Metallurg Magnitogorsk", "Traktor Chelyabinsk", "Avtomobilist Yekaterinburg")
    "metallurg", "traktor", "avtomobilist", "neftekhimik", "severstal", "barys", "vityaz", "kunlun",
})
# A capitalised run with one of these is an organisation, not a place ("Middlebury Institute").
ORG_WORDS = frozenset({
    "institute", "university", "college", "school", "center", "centre", "council", "commission", "committee",
    "agency", "ministry", "department", "service", "services", "office", "bank", "corporation", "corp", "inc",
    "company", "co", "group", "labs", "lab", "times", "post", "news", "herald", "journal", "tribune",
    "gazette", "daily", "independent", "press", "television", "tv", "radio", "network", "party", "army",
    "navy", "force", "forces", "guard", "police", "court", "club", "fc", "united", "association", "foundation",
    "society", "union", "federation", "league", "treaty", "summit", "conference", "agreement", "accord",
    "museum", "hospital", "church", "airlines", "airways", "railway", "railways", "motors", "studies",
    "review", "magazine", "monitor", "observer", "telegraph", "guardian", "express", "mail", "senators",
    "cartel", "cartels",  # "Jalisco New Generation Cartel", "Sinaloa Cartel"
    # Russian firms that add their plant's town to their name ("Gazprom Neftekhim Salavat", "Lukoil-Permnefteorgsintez")
    "gazprom", "lukoil", "rosneft", "transneft", "novatek", "sibur", "tatneft", "bashneft", "neftekhim", "rostec",
    "rosatom",
    "assembly", "parliament", "duma", "congress", "senate", "administration", "government", "cabinet",
    "division", "brigade", "battalion", "regiment", "command", "fleet", "unit", "project", "program",
    "programme", "initiative", "fund", "trust", "exchange", "airport", "stadium", "hotel", "street",
    # mastheads of outlets named after places ("Hanbando Wire", "Primorskaya Gazeta", "Chosun Ilbo")
    "wire", "courier", "kurier", "gazeta", "ilbo", "sinmun", "vestnik", "chronicle",
    "correio", "jornal", "diario", "diário", "zeitung", "gazzetta", "corriere", "giornale", "periodico", "periódico",
    "gazete", "haber",
    "shimbun", "shinbun", "shimpo", "shinpo", "nippo", "minpo", "pravda", "izvestia", "izvestiya", "vedomosti",
    "dispatch", "bulletin", "ledger", "weekly", "digest", "newspaper", "broadcasting", "broadcaster", "forum", "mirror",
}) | CLUB_WORDS
# The months of the Iranian calendar, as Iranian outlets in English date events ("in Bahman 1401", "22 Bahman").
IRANIAN_MONTHS = frozenset({"farvardin", "ordibehesht", "khordad", "tir", "mordad", "amordad", "shahrivar", "mehr",
                            "aban", "azar", "dey", "bahman", "esfand"})
MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
})
# A name right before one of these (no comma between) is a person speaking: "Jackson said".
SPEECH_VERBS = frozenset({
    "said", "says", "told", "tells", "added", "adds", "explained", "explains", "noted", "notes", "wrote",
    "writes", "argued", "argues", "stated", "states", "recalled", "recalls", "asked", "asks", "replied",
    "testified", "tweeted", "posted", "commented", "acknowledged", "concluded",
})
# Titles after a place keep the place ("Texas Governor Greg Abbott"); other capitalised words after it make a
# longer name ("Texas Instruments", "Paris Hilton").
TITLE_WORDS = frozenset({
    "governor", "mayor", "president", "prime", "minister", "senator", "sen", "rep", "representative",
    "gov", "police", "officials", "official", "authorities", "leader", "chief", "commander", "general",
    "secretary", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "deputy", "attorney",
    "sheriff", "judge", "county", "city", "town", "region", "province", "state", "oblast", "district",
})
# Korean family names as news romanises them: a Korean name is family name first ("Kim Jong-un", "Kang Mi-ok").
# Chinese family names in pinyin and Wade-Giles, as Taiwanese and Hong Kong names are written with a hyphenated
# given name ("Chen Wei-lun", "Tsai Ing-wen", "Lai Ching-te"): read like a Korean name of that shape.
CHINESE_SURNAMES = frozenset({
    "chen", "chan", "lin", "lam", "wang", "wong", "li", "zhang", "cheung", "liu", "lau", "huang", "wu", "ng", "tsai",
    "cai", "lai", "hou", "hsu", "xu", "cheng", "zheng", "chiu", "qiu", "hsieh", "xie", "kuo", "guo", "tseng",
    "zeng", "hung", "chou", "zhou", "chow", "yeh", "ye", "chao", "zhao", "lu", "chiang", "jiang", "shih", "shi",
    "sun", "su", "tang", "tsang", "feng", "fung", "tung", "dong", "lo", "luo", "liang", "leung", "hsiao", "xiao",
    "tu", "du", "kao", "gao", "chien", "qian", "pan", "poon", "fan", "teng", "deng", "yen", "yan", "wei",
})
KOREAN_SURNAMES = frozenset({
    "kim", "lee", "yi", "ri", "rhee", "park", "pak", "choi", "choe", "jung", "jeong", "chung", "kang", "cho", "jo",
    "yoon", "yun", "jang", "chang", "lim", "im", "han", "oh", "seo", "shin", "sin", "kwon", "hwang", "ahn",
    "song", "ryu", "yoo", "hong", "jeon", "jon", "ko", "moon", "mun", "yang", "bae", "pae", "baek", "paek",
    "heo", "ho", "nam", "noh", "ro", "kwak", "sung", "cha", "joo", "ju", "woo", "min", "ryang", "hyon", "hyun",
    "choo", "kil", "kye", "thae", "tae", "pyon", "byun", "ku", "koo", "ok", "chun", "jin", "won", "ha", "ma",
    "na", "do", "um", "eom", "son", "sohn", "bang", "kong", "gong", "yeo", "wi", "ji", "chu", "tak", "sim", "shim",
    "ham", "seol", "bong", "gu", "hyeon", "maeng", "myung", "ryom", "roh", "kook", "guk", "yeom", "pyo", "ki", "gi",
    "jun", "cheon", "chon", "yu", "pyeon", "hwangbo", "namgung",
})
# Titles written as abbreviations with a full stop ("Gov. Janet Mills", "Sgt. Ann Lee").
TITLE_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "capt", "lt",
                                 "sgt"})
# Words that introduce or describe a person: "spokesman Paul Kent", "Sydney Jordan, an analyst".
PERSON_TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "lord", "lady", "president", "minister",
    "premier", "chancellor", "king", "queen", "prince", "princess", "pope", "senator", "sen", "rep", "gov",
    "governor", "mayor", "general", "gen", "colonel", "col", "captain", "capt", "lieutenant", "lt", "sergeant",
    "sgt", "admiral", "commander", "spokesman", "spokeswoman", "spokesperson", "analyst", "researcher",
    "director", "chairman", "chairwoman", "chair", "ceo", "founder", "secretary", "ambassador", "envoy",
    "adviser", "advisor", "official", "officer", "economist", "scientist", "expert", "lawyer",
    "attorney", "judge", "justice", "reporter", "correspondent", "editor", "author", "writer", "coach",
    "player", "actor", "actress", "singer", "resident", "farmer", "teacher", "student", "engineer", "manager",
    "executive", "head", "chief", "leader", "deputy", "associate", "fellow", "rector", "vice", "dean",
    "pastor", "father", "rabbi", "imam", "sheikh", "councillor", "councilman", "councilwoman", "commissioner",
    "sheriff", "detective", "inspector", "trooper", "nurse", "doctor", "surgeon", "witness",
    "victim", "survivor", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "owner",
    "named", "nicknamed", "businessman", "businesswoman", "candidate", "activist", "volunteer", "veteran",
    "driver", "worker", "pensioner", "retiree", "lawmaker", "politician", "businessmen",
    "poet", "novelist", "painter", "composer", "playwright", "philosopher",  # "the poet Taras Shevchenko"
})
# Trades and walks of life of people quoted by their first name, read only in apposition after it ("said Anna, a
# pharmacist in Rzeszów", "Serhii, a former turbine operator"): before a name they are often a newspaper's or a
# service's word ("Courier Mindanao Bureau", "Coast Guard").
# Kin and household after a possessive name: places have none ("Daria's parents", "Olena's husband").
KIN_WORDS = frozenset({"parents", "mother", "father", "mum", "mom", "dad", "husband", "wife", "son", "sons",
                       "daughter", "daughters", "brother", "brothers", "sister", "sisters", "grandmother",
                       "grandfather", "grandparents", "fiancé", "fiancée", "boyfriend", "girlfriend", "widow",
                       "grandson", "granddaughter", "nephew", "niece", "cousin", "uncle", "aunt"})
OCCUPATIONS = PERSON_TITLES | frozenset({
    "pharmacist", "operator", "miner", "fisherman", "mechanic", "electrician", "baker", "cook", "chef", "waiter",
    "waitress", "shopkeeper", "vendor", "trader", "cashier", "accountant", "technician", "welder", "builder",
    "plumber", "carpenter", "cleaner", "guard", "soldier", "medic", "paramedic", "firefighter", "grandmother",
    "grandfather", "widow", "widower", "housewife", "labourer", "laborer", "refugee", "evacuee", "priest", "monk",
    "nun", "musician", "artist", "photographer", "designer", "programmer", "entrepreneur", "employee", "clerk",
    "courier", "tailor", "barber", "hairdresser", "midwife", "dentist", "beekeeper", "shepherd", "villager",
    "neighbour", "neighbor", "colleague", "teenager", "schoolgirl", "schoolboy", "woman", "man", "mum", "dad",
})
# Lower-case nouns of a firm before its name, in apposition ("the French uranium company Orano").
FIRM_WORDS = frozenset({"company", "firm", "group", "operator", "airline", "manufacturer", "maker", "brand",
                        "retailer", "conglomerate", "startup", "start-up", "insurer", "lender", "shipper"})
# The last word of a firm's registered name ("Thamesford Precision Inc"): after it, the firm's first word alone is
# the firm elsewhere in the article, when only a small town has that name.
CORPORATE_SUFFIXES = frozenset({"inc", "ltd", "llc", "corp", "corporation", "plc", "gmbh", "ag", "co", "nv", "bv",
                                "oy", "ab", "spa", "srl", "pty", "limited", "incorporated"})
# Seats of government that news names for the government ("Zhongnanhai was unlikely to ...", "the Élysée said"): no
# town a few letters off (Zhongnanhai is not Cheonan).
GOVERNMENT_SEATS = frozenset({"zhongnanhai", "kremlin", "elysee", "bankova", "moncloa", "quirinale", "quirinal",
                              "whitehall", "berlaymont", "matignon", "chigi", "malacanang", "cheongwadae",
                              "kantei", "white house", "blue house", "downing street"})
# Parliaments whose names are also towns' ("a Duma deputy" is no Douma in Syria, "the Rada voted" no Rada in Yemen):
# the parliament after "the" or "State", or before a word of its business.
PARLIAMENTS = frozenset({"duma", "rada", "knesset", "sejm", "majlis", "storting", "riksdag", "folketing", "saeima",
                         "seimas", "kurultai", "jogorku kenesh", "mazhilis"})
PARLIAMENT_WORDS = frozenset({"deputy", "deputies", "member", "members", "speaker", "committee", "vote", "voted",
                              "votes", "election", "elections", "seat", "seats", "lawmaker", "lawmakers", "session",
                              "faction", "chairman", "chairwoman", "bill", "majority"})
# Ideologies, movements and emblems whose names GeoNames gives to towns ("Chollima", another name of Kangsŏn;
# "Juche", of Jüchen): the idea, the movement or the brand, unless the text puts it as a place ("in Chollima").
MOVEMENT_WORDS = frozenset({"chollima", "juche", "songun", "byungjin"})
# Makers and conglomerates whose names are, or are a few letters from, a town's ("Samsung" - Samseung, "Toyota",
# "Nokia", "Mercedes"): in news the name is the firm, unless the text puts it as a place ("in Toyota, Aichi",
# "Toyota City"). A name right after one is its model ("the Hyundai Tucson").
FIRM_BRANDS = frozenset({
    "samsung", "hyundai", "kia", "daewoo", "lotte", "hanwha", "doosan", "toyota", "honda", "mazda", "subaru",
    "nissan", "mitsubishi", "suzuki", "yamaha", "hitachi", "toshiba", "panasonic", "fujitsu", "sony", "nikon",
    "mercedes", "mercedes-benz", "volvo", "skoda", "porsche", "ferrari", "peugeot", "renault", "chevrolet", "tesla",
    "audi", "lexus", "acura", "nokia", "huawei", "xiaomi", "lenovo",
})
# Words after a name (or after "<name> and <name>") that make it a vehicle's model ("the Tucson and Santa Fe sport
# utility vehicles", "Santa Fe SUVs").
VEHICLE_WORDS = frozenset({"suv", "suvs", "sedan", "sedans", "hatchback", "hatchbacks", "minivan", "minivans"})
# Lower-case Romance connectors inside one name ("Monte do Gozo", "Porto da Barra", "Universidad de Chile").
NAME_CONNECTORS = frozenset({"de", "do", "da", "dos", "das", "del", "di", "du", "des"})
# A name right after one of these is a ship, not a place ("the cruiser Moskva", "the submarine Kursk").
# Before a list of ships' names ("the cargo ships Angara and Lady R", "three ships — Angara, Lady Maria and ...").
PLURAL_VESSEL_WORDS = frozenset({"ships", "vessels", "tankers", "freighters", "ferries", "submarines", "cruisers",
                                 "frigates", "destroyers", "warships", "icebreakers", "trawlers", "boats", "barges",
                                 "corvettes"})
VESSEL_WORDS = PLURAL_VESSEL_WORDS | frozenset({
    "cruiser", "submarine", "ship", "vessel", "frigate", "destroyer", "carrier", "warship", "tanker",
    "freighter", "flagship", "yacht", "ferry", "corvette", "battleship", "icebreaker", "hms", "uss", "rfs",
    "liner", "trawler", "sub", "mv", "kmp", "boat", "barge", "dhow",  # ship prefixes: "MV Meghna Pride", the Indonesian "KMP Dewi Lombok"
})
# Korean administrative suffixes joined by a hyphen: "Punggye-ri", "Tongchang-ri", "Kaesong-si".
KOREAN_SUFFIXES = frozenset({"ri", "ni", "dong", "tong", "gun", "kun", "up", "eup", "myon", "myeon", "si", "shi",
                             "gu", "ku", "guyok", "guyeok", "kuyok", "do", "ro", "lodongjagu", "nodongjagu"})
HOLIDAYS = frozenset({
    "christmas", "easter", "thanksgiving", "halloween", "ramadan", "passover", "hanukkah", "diwali", "eid",
    "lent", "advent", "pentecost", "whitsun", "yom kippur", "rosh hashanah",
})
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# Capitalised words that start sentences or headings and never begin a name.
FUNCTION_WORDS = frozenset({
    "the", "a", "an", "in", "at", "on", "for", "but", "and", "or", "of", "to", "from", "by", "with", "as",
    "this", "that", "these", "those", "it", "its", "since", "after", "before", "according", "while", "when",
    "although", "if", "there", "here", "both", "some", "many", "most", "all", "new", "other", "such", "their",
    "his", "her", "our", "we", "they", "he", "she", "i", "you", "what", "who", "how", "why", "where", "read",
    "also", "do",
    "can", "more", "is", "are", "was", "were", "be", "has", "have", "had", "not", "no", "yes", "so", "than",
    "then", "now", "just", "only", "even", "still", "yet", "however", "meanwhile", "despite", "during",
    "under", "over", "about", "into", "upon", "via", "per", "my", "your", "us", "them", "him", "one", "two",
    "near", "outside", "inside", "around", "across", "along", "beyond", "toward", "towards", "behind",
    "between", "against", "within", "throughout", "amid", "among",
    # determiners and conjunctions that start a sentence, never a name ("Another Gainesville business")
    "another", "each", "every", "several", "few", "any", "either", "neither", "whose", "which", "whether",
    "because", "though", "unless", "until", "once", "whereas", "whatever", "whichever",
    "unlike", "like", "besides", "beside", "without", "except", "aboard", "above", "below", "beneath", "past",
})
# Countries whose names reach English through another script (Cyrillic, Hangul, Arabic, ...) in more than one
# romanisation: the only places where a stretched, transliteration-variant spelling is worth proposing. Not China
# or Japan: pinyin and Hepburn are the one standard, and older spellings (Peking, Canton) are listed names; a
# stretched "Putin" is not Putian.
TRANSLITERATED_COUNTRIES = frozenset({
    "RU", "UA", "BY", "KZ", "KG", "TJ", "UZ", "TM", "MN", "KP", "KR", "TH", "LA", "KH",
    "MM", "IR", "IQ", "SY", "LB", "JO", "IL", "PS", "SA", "YE", "OM", "AE", "QA", "KW", "BH", "EG", "LY",
    "AF", "PK", "IN", "BD", "NP", "LK", "GE", "AM", "AZ", "GR", "BG", "RS", "MK", "ME", "ET", "ER", "MD",
})
# Given names that are also names of countries, states or cities ("Georgia Whitcombe", "Jordan Peele", "Sydney
# Jordan"): before a surname that names no place, a person.
PLACE_GIVEN_NAMES = frozenset({
    "georgia", "jordan", "chelsea", "sydney", "victoria", "florence", "virginia", "austin", "dallas", "savannah",
    "madison", "charlotte", "israel", "chad", "eugene", "lincoln", "india", "china", "kenya", "brooklyn", "phoenix",
    "paris", "vienna", "siena", "adelaide", "alexandria", "cairo", "denver", "orlando", "tyrone", "kent", "devon",
})
# Soviet leaders and their party, after whom towns and villages were once named ("Stalino", "Khrushchev" for
# Svitlovodsk, "Bolshevik" villages): alone, the man or the party, not the town ("renamed in honour of Stalin").
SOVIET_EPONYMS = frozenset({
    "stalin", "lenin", "khrushchev", "khrushchov", "brezhnev", "trotsky", "andropov", "chernenko", "gorbachev",
    "bolshevik", "bolsheviks", "menshevik", "mensheviks", "komsomol",
})
# Demonyms and adjectives that no suffix rule reaches from the place's name.
IRREGULAR_DEMONYMS = frozenset({
    "spanish", "french", "cuban", "german", "european", "asian", "chechen", "siberian", "dutch", "swiss",
    "greek", "welsh", "scottish", "scots", "irish", "danish", "swedish",
    "finnish", "polish", "turkish", "british", "english", "thai", "czech", "filipino", "flemish", "icelandic",
    "norwegian", "portuguese", "chinese", "japanese", "lebanese", "sudanese", "vietnamese", "burmese",
    "maltese", "cypriot", "kiwi", "yemeni", "iraqi", "israeli", "saudi", "emirati", "qatari", "kuwaiti",
    "omani", "pakistani", "afghan", "bangladeshi", "nepali", "uzbek", "kazakh", "tajik", "turkmen", "kyrgyz",
    "azeri", "azerbaijani", "somali", "malagasy", "basque", "catalan", "arab", "arabic", "jewish", "kurdish",
    "crimean", "donbas", "soviet", "slavic", "baltic", "nordic", "gallic", "teutonic", "hellenic",
    "ingush", "tatar", "bashkir", "yakut", "buryat", "circassian", "uyghur", "pashtun", "baloch", "karen",
    "brit", "brits", "yank", "yanks", "aussie", "aussies", "kiwis", "abkhaz", "ossetian", "ossetians",
    "rohingya", "hazara", "druze", "alawite", "yazidi", "sikh", "bengali", "punjabi",
})
# Demonyms of countries whose place names reach English through transliteration: "North Korean state media
# said ... Khesan" makes a stretched spelling of a North Korean town plausible (a cue for fuzzy matches only).
DEMONYM_COUNTRIES: dict[str, tuple[str, ...]] = {
    "north korean": ("KP",), "south korean": ("KR",), "korean": ("KP", "KR"), "russian": ("RU",),
    "ukrainian": ("UA",), "belarusian": ("BY",), "belarussian": ("BY",), "kazakh": ("KZ",), "uzbek": ("UZ",),
    "kyrgyz": ("KG",), "tajik": ("TJ",), "turkmen": ("TM",), "mongolian": ("MN",), "chinese": ("CN",),
    "taiwanese": ("TW",), "japanese": ("JP",), "iranian": ("IR",), "iraqi": ("IQ",), "syrian": ("SY",),
    "lebanese": ("LB",), "israeli": ("IL",), "palestinian": ("PS",), "saudi": ("SA",), "yemeni": ("YE",),
    "egyptian": ("EG",), "libyan": ("LY",), "afghan": ("AF",), "pakistani": ("PK",), "indian": ("IN",),
    "georgian": ("GE",), "armenian": ("AM",), "azerbaijani": ("AZ",), "azeri": ("AZ",), "greek": ("GR",),
    "bulgarian": ("BG",), "serbian": ("RS",), "moldovan": ("MD",), "thai": ("TH",), "burmese": ("MM",),
    # elsewhere ("American", "British" and "European" are left out: news uses them everywhere in passing)
    "portuguese": ("PT",), "spanish": ("ES",), "french": ("FR",), "german": ("DE",), "italian": ("IT",),
    "chilean": ("CL",), "argentine": ("AR",), "argentinian": ("AR",), "brazilian": ("BR",), "mexican": ("MX",),
    "canadian": ("CA",), "australian": ("AU",), "turkish": ("TR",), "polish": ("PL",), "lithuanian": ("LT",),
    "latvian": ("LV",), "estonian": ("EE",), "finnish": ("FI",), "swedish": ("SE",), "norwegian": ("NO",),
    "danish": ("DK",), "dutch": ("NL",), "belgian": ("BE",), "swiss": ("CH",), "austrian": ("AT",),
    "hungarian": ("HU",), "czech": ("CZ",), "slovak": ("SK",), "romanian": ("RO",), "croatian": ("HR",),
    "bosnian": ("BA",), "albanian": ("AL",), "kosovar": ("XK",), "slovenian": ("SI",), "montenegrin": ("ME",),
    "macedonian": ("MK",), "nigerian": ("NG",), "kenyan": ("KE",), "ethiopian": ("ET",), "sudanese": ("SD",),
    "somali": ("SO",), "congolese": ("CD",), "chadian": ("TD",), "malian": ("ML",), "algerian": ("DZ",),
    "moroccan": ("MA",), "tunisian": ("TN",), "vietnamese": ("VN",), "filipino": ("PH",), "indonesian": ("ID",),
    "malaysian": ("MY",), "bangladeshi": ("BD",), "nepali": ("NP",), "nepalese": ("NP",), "venezuelan": ("VE",),
    "colombian": ("CO",), "peruvian": ("PE",), "cuban": ("CU",), "jordanian": ("JO",), "emirati": ("AE",),
    "qatari": ("QA",), "kuwaiti": ("KW",), "omani": ("OM",), "irish": ("IE",), "scottish": ("GB",),
    "icelandic": ("IS",), "cypriot": ("CY",), "ugandan": ("UG",), "rwandan": ("RW",), "tanzanian": ("TZ",),
    "ghanaian": ("GH",), "senegalese": ("SN",), "haitian": ("HT",), "ecuadorian": ("EC",), "bolivian": ("BO",),
    "uruguayan": ("UY",), "guatemalan": ("GT",), "honduran": ("HN",), "nicaraguan": ("NI",), "jamaican": ("JM",),
    "cambodian": ("KH",), "singaporean": ("SG",),
}
# News agencies and broadcasters named after (or like) places: never the place ("told Xinhua").
NEWS_ORGANISATIONS = frozenset({
    "reuters", "xinhua", "yonhap", "kcna", "tass", "interfax", "ukrinform", "anadolu", "kyodo", "bernama",
    "antara", "tanjug", "ria", "novosti", "irna", "wafa", "petra", "mena", "sana", "efe", "ansa", "dpa",
    "afp", "itar", "unian", "belta", "kazinform", "jiji", "nhk", "kbs", "mbc", "sbs", "cctv", "bbc", "cnn",
    # research institutions quoted by their short name ("analysts at Brookings"), named after people or towns
    "brookings", "rand", "csis", "rusi", "sipri", "iiss", "38north",
})
# Endings of demonyms and adjectives of place ("Korean", "Ukrainian", "Azerbaijani", "Japanese").
DEMONYM_SUFFIXES = ("ians", "ian", "eans", "ean", "ans", "an", "ese", "ish", "is", "i", "ic", "ns", "n")
# Direction adjectives may stand before a place without making it part of another name ("Eastern Ukraine").
DIRECTION_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeastern",
    "northwestern", "southeastern", "southwestern", "greater", "upper", "lower", "occupied", "annexed",
    "northeast", "northwest", "southeast", "southwest", "far", "rural", "downtown", "coastal", "wider",
})
# Place names preceded by these prepositions are read as places even when unknown (unresolved candidates).
LOCATIVE_BEFORE = frozenset({"in", "near", "outside", "around", "across", "inside"})
# Verbs (after a capital city, possibly after "has"/"have") that make the city stand for its government.
ACTOR_VERBS = frozenset({
    "said", "says", "say", "denied", "denies", "deny", "launched", "launches", "sent", "sends", "send",
    "supplied", "supplies", "signed", "signs", "expressed", "express", "expresses", "accused", "accuses",
    "warned", "warns", "claimed", "claims", "announced", "announces", "agreed", "agrees", "rejected",
    "rejects", "responded", "responds", "insisted", "insists", "confirmed", "confirms", "condemned",
    "condemns", "threatened", "threatens", "wants", "plans", "demanded", "demands", "urged", "urges",
    "welcomed", "welcomes", "imposed", "imposes", "ordered", "orders", "retaliated", "vowed", "vows",
    "pledged", "pledges", "provided", "provides", "transferred", "admitted", "admits", "acknowledged",
    "hopes", "believes", "considers", "decided", "refused", "refuses", "negotiated", "approved", "sanctioned",
    "recognised", "recognized", "struck", "invaded", "attacked", "deployed", "dispatched", "backed", "supports",
    "supported", "blamed", "blames", "called", "calls", "seeks", "sought", "protested",
    "voices", "voiced", "objects", "objected", "retaliates", "summoned", "summons", "criticised", "criticized",
    "criticises", "criticizes", "praised", "praises", "pressed", "presses", "signals", "signalled", "signaled",
})
# Modal verbs after a capital's name that make it the government that ought or is able to act ("Washington should
# press", "Seoul must respond").
ACTOR_MODALS = frozenset({"should", "must", "ought", "cannot", "shall"})
ACTOR_AUX = frozenset({"has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "may",
                       "might", "also", "both", "previously", "reportedly", "not", "never", "already", "repeatedly",
                       "did", "does", "do", "officially", "publicly", "quickly"})
# After a capital's possessive, these nouns make it an actor ("Moscow's troops", "Kyiv's forces").
ACTOR_NOUNS = frozenset({
    "troops", "forces", "army", "military", "government", "officials", "regime", "leadership", "ally",
    "allies", "decision", "position", "response", "demands", "war", "invasion", "offensive", "incursion",
    "support", "envoy", "ambassador", "diplomats", "foreign", "defence", "defense", "plans", "policy",
    "sanctions", "missiles", "weapons", "soldiers", "intelligence",
})
ACTOR_BEFORE = frozenset({"between", "by"})
# "between" makes capitals actors only after a word for dealings between governments ("ties between Moscow and
# Pyongyang"); "flights between Paris and London" and "the road between Osh and Khujand" are places.
RELATION_NOUNS = frozenset({
    "relations", "relationship", "ties", "cooperation", "co-operation", "talks", "treaty", "agreement", "deal",
    "dialogue", "summit", "alliance", "rapprochement", "tensions", "tension", "rift", "dispute", "negotiations",
    "contacts", "exchanges", "partnership", "pact", "accord", "meeting", "meetings", "diplomacy", "feud",
    "standoff", "détente", "detente", "rivalry", "trade", "coordination", "consultations", "hotline", "war",
    "conflict", "confrontation", "mediation", "mediated",
})


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Ordinary lower-case English words (``gazetteer/base/common_words.txt``)."""
    path = data_dir() / "base" / "common_words.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#"))

# Names that Ukrainian outlets (and translations of them) write in lower case on purpose since 2022: "the territory
# of russia", "moscow said". Read as the capitalised names.
LOWERCASE_NAMES = frozenset({"russia", "moscow"})

# Languages named like their people ("in English", "in Quechua"): after "in" the word is the language, not a
# town of that name (English, Indiana).
LANGUAGE_NAMES = frozenset({
    "english", "french", "spanish", "german", "russian", "ukrainian", "belarusian", "arabic", "chinese", "mandarin",
    "cantonese", "korean", "japanese", "portuguese", "italian", "turkish", "persian", "farsi", "dari", "pashto",
    "hindi", "urdu", "bengali", "punjabi", "polish", "dutch", "swedish", "norwegian", "danish", "finnish", "greek",
    "hebrew", "armenian", "georgian", "azerbaijani", "kazakh", "uzbek", "tatar", "romanian", "hungarian", "czech",
    "slovak", "serbian", "croatian", "bulgarian", "swahili", "amharic", "somali", "quechua", "aymara", "tagalog",
    "vietnamese", "thai", "malay", "indonesian", "latin", "yiddish", "kurdish", "tamil", "welsh", "irish",
    "gaelic", "catalan", "basque", "galician", "creole", "haitian", "filipino", "burmese", "khmer", "lao", "nepali",
})

# Adjectives of religions and their people, which a few hamlets carry as names ("a largely Christian south").
RELIGION_ADJECTIVES = frozenset({"christian", "christians", "muslim", "muslims", "catholic", "catholics", "orthodox",
                                 "protestant", "protestants", "evangelical", "buddhist", "hindu", "hindus", "sikh",
                                 "sikhs", "sunni", "shia", "shiite", "druze", "coptic", "lutheran", "anglican"})

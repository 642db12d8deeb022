"""Word lists and the name key the entity stage matches spellings with.

Every list is a rule of English news prose (titles, role nouns, gendered nouns, heads that make
a name a place or an organisation); none names a particular person or group.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from dateline.records import EntityKind


def _words(text: str) -> frozenset[str]:
    """A word list written as one whitespace-separated string."""
    return frozenset(text.split())


# Honorifics and ranks: they belong to the person, never to the name key.
TITLES = _words(
    """mr mrs ms miss dr prof professor sir dame lord lady capt captain col colonel gen general
    lt lieutenant maj major sgt sergeant cpl corporal pvt adm admiral cmdr commander brig
    brigadier rev reverend father sheikh shaikh sheik imam mullah emir president vice premier
    pm chancellor minister sen senator rep gov governor mayor judge justice king queen prince
    princess gen. st honourable honorable hon mp madame mme mlle mademoiselle monsieur senora
    señora senhora signora frau herr comandante subcomandante"""
)
# ("Comandante X": the Spanish rank English news keeps for a guerrilla commander's nom de guerre)
# courtesy titles of other languages in English news ("Madame X", "Senhora X", "Herr X") too
FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "dame", "lady", "queen", "princess", "madame", "mme", "mlle",
                           "mademoiselle", "senora", "señora", "senhora", "signora", "frau"})
MALE_TITLES = frozenset({"mr", "sir", "lord", "king", "prince", "monsieur", "herr"})
# Titles of those who govern, judge or command: people who react to a story's news, never the
# unnamed person a lede describes (a courtesy, religious or junior title may be that person's).
OFFICE_TITLES = _words(
    """governor gov president vice premier pm chancellor minister mayor senator sen rep judge
    justice king queen prince princess lord general gen colonel col brigadier brig admiral adm
    commander cmdr"""
)

# Nouns naming a person's role: they make epithets ("the ISIS leader") and roles.
ROLE_NOUNS = _words(
    """leader chief head founder commander spokesperson spokesman spokeswoman official minister
    president emir caliph deputy lieutenant director secretary ambassador envoy general
    journalist reporter correspondent photographer editor writer blogger activist dissident
    lawyer attorney cleric preacher imam militant fighter commander-in-chief ruler chairman
    chairwoman ceo premier governor mayor boss strongman warlord opposition politician
    businessman businesswoman aid worker worker doctor researcher academic analyst
    sheikh pastor priest engineer hostage captive detainee prisoner nurse teacher pilot tourist
    missionary contractor campaigner colonel captain mullah poet novelist author artist singer
    musician rapper actor actress filmmaker comedian cartoonist satirist playwright unionist
    student farmer lawmaker legislator economist scientist historian scholar surgeon physician
    footballer athlete coach banker tycoon billionaire bishop rabbi monk nun prosecutor judge
    magistrate investigator coroner treasurer mediator negotiator terrorist jihadist insurgent
    guerrilla separatist fugitive gunman smuggler trafficker goalkeeper striker midfielder defender
    player boxer wrestler cyclist swimmer sprinter runner climber mountaineer producer presenter
    designer architect composer dancer entrepreneur executive winger inmate"""
)
# Nouns that denote people, for names in apposition ("his colleague, X").
PERSON_NOUNS = ROLE_NOUNS | _words(
    """colleague friend escort driver guard bodyguard brother sister son daughter wife husband
    father mother cousin nephew niece uncle aunt partner assistant aide successor predecessor
    engineer teacher student hostage prisoner detainee captive victim man woman fixer translator
    interpreter guide nurse soldier officer pilot lawmaker mp candidate rival ally adviser advisor
    trader miner pensioner fisherman shopkeeper herder herdsman vendor mechanic tailor carpenter
    labourer laborer accountant midwife paramedic firefighter hiker backpacker sailor seaman
    villager resident pilgrim refugee migrant survivor suspect defendant rebel senator councillor
    diplomat cameraman trucker cook waiter waitress cleaner nanny housewife motorcyclist
    pedestrian passenger shepherd chef professor lecturer pharmacist dentist veterinarian
    neighbour neighbor cellmate companion co-worker coworker flatmate roommate classmate accomplice
    co-defendant fiance fiancee girlfriend boyfriend grandmother grandfather grandson granddaughter
    stepson stepdaughter stepfather stepmother"""
)
SPEECH_VERBS = frozenset({"say", "tell", "add", "state", "announce", "insist", "declare", "write"})
LEADER_NOUNS = frozenset({"leader", "chief", "head", "commander", "founder", "emir", "boss"})
# "the 45-year-old", "the Briton", "the Swede": epithets for the person just named.
AGE_NOUN = re.compile(r"^\d{1,3}-year-old$")
DEMONYM_NOUNS = _words(
    """briton britons swede frenchman frenchwoman american canadian australian german italian
    dutchman dutchwoman spaniard dane norwegian finn pole russian ukrainian turk israeli
    palestinian iranian iraqi syrian lebanese egyptian saudi afghan pakistani indian chinese
    japanese korean nigerian kenyan somali ethiopian sudanese malian colombian mexican
    venezuelan brazilian argentine chilean peruvian filipino jordanian yemeni libyan tunisian
    algerian moroccan qatari emirati kuwaiti omani kurd congolese ugandan rwandan tanzanian
    ghanaian cameroonian senegalese chadian eritrean zimbabwean irishman irishwoman scot
    welshman belgian austrian czech hungarian romanian bulgarian serb croat greek portuguese
    georgian armenian kazakh uzbek bangladeshi nepali thai vietnamese indonesian malaysian cuban
    haitian ecuadorian bolivian"""
)
# A rank or honorific used as an epithet for the person who bears it: "Gen. X ... the general".
TITLE_FORMS = {
    "general": frozenset({"gen", "general"}),
    "colonel": frozenset({"col", "colonel"}),
    "captain": frozenset({"capt", "captain"}),
    "brigadier": frozenset({"brig", "brigadier"}),
    "sheikh": frozenset({"sheikh", "shaikh", "sheik"}),
    "imam": frozenset({"imam"}),
    "governor": frozenset({"gov", "governor"}),
    "senator": frozenset({"sen", "senator"}),
    "president": frozenset({"president"}),
    "mullah": frozenset({"mullah"}),
    # "Father X ... the priest", "Rev. X ... the pastor", "Bishop X ... the bishop"
    "priest": frozenset({"father", "fr", "rev", "reverend"}),
    "pastor": frozenset({"pastor", "rev", "reverend"}),
    "bishop": frozenset({"bishop"}),
    "mayor": frozenset({"mayor"}),
    "judge": frozenset({"judge"}),
    # "Dr X ... the doctor", "Lt. X ... the lieutenant"
    "doctor": frozenset({"dr", "doctor"}),
    "lieutenant": frozenset({"lt", "lieutenant"}),
}
# Role nouns news prose uses for one another: "journalist X ... the reporter".
ROLE_SYNONYMS = (
    frozenset({"journalist", "reporter", "correspondent"}),
    frozenset({"activist", "campaigner"}),
    frozenset({"lawyer", "attorney"}),
    # sports copy names a footballer by position, then calls him "the player"
    frozenset({"player", "footballer", "striker", "midfielder", "defender", "goalkeeper", "winger"}),
    # "Dr X, a surgeon ... the doctor"
    frozenset({"doctor", "surgeon", "physician"}),
    # one person held, called by any of the words for it
    frozenset({"prisoner", "detainee", "inmate"}),
    frozenset({"hostage", "captive"}),
)
# People who speak for someone: "his lawyer said he ..." means the client.
PROXY_NOUNS = _words(
    """lawyer attorney counsel spokesman spokeswoman spokesperson wife husband brother sister son
    daughter father mother family aide relative cousin"""
)
# Honorifics used alone for the article's main figure: "the sheikh", "the cleric".
HONORIFIC_NOUNS = frozenset({"sheikh", "cleric", "imam", "preacher", "warlord", "strongman"})
SPOKES_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman", "envoy", "ambassador"})
FEMALE_NOUNS = frozenset({"spokeswoman", "businesswoman", "chairwoman", "woman", "mother", "wife",
                          "daughter", "sister", "actress", "widow", "girl"})
MALE_NOUNS = frozenset({"spokesman", "businessman", "chairman", "man", "father", "husband", "son",
                        "brother", "boy", "widower"})

# Nouns that, before a name, say the name is an organisation ("media wing al-Furqan").
ORG_PART_NOUNS = _words(
    """wing arm branch affiliate affiliates faction group outlet agency channel network unit
    division ministry department office command brigade militia movement party front offshoot
    organization organisation"""
)
# Government bodies named by a demonym ("the Russian military").
GOV_NOUNS = _words(
    """military army navy government forces ministry air force intelligence police
    authorities regime administration troops"""
)
# Nouns that make a named place, not a person: "al-Nuri Mosque".
PLACE_HEADS = _words(
    """mosque church square hospital airport university school street road bridge palace
    prison camp base district province city village market hotel shrine stadium"""
)
OUTLET_HEADS = _words(
    """news times post journal tribune herald agency press television tv radio telegraph
    guardian gazette reuters"""
)
# Last words of a news outlet's or a programme's name, not of a person's: "Sahel Monitor",
# "Caucasus Today", "Evening Bulletin" (a name that opens with a given name stays a person).
MASTHEAD_HEADS = _words(
    """monitor today wire review bulletin courier chronicle dispatch observer daily weekly
    digest newsletter ledger"""
)
PLACE_PREPS = frozenset({"near", "in", "at", "outside", "around", "into", "towards", "toward"})
# First words of place names that the given-name list also knows ("Santa Cruz", "Sidi Bouzid",
# "Kota Kinabalu", "Ain Issa", "Rio Branco", "Monte Carlo"): before another name, no person.
PLACE_OPENERS = _words("santa santo san sao rio monte sidi ain wadi kota al el abu umm saint st port fort")
# Lower-case words inside a person's name that join a given name to a father's or family name
# ("Hamid ould Cheikh", "Ibrahim ag X", "Salim bin Y", "Ahmed wad Z").
NAME_PARTICLES = frozenset({"ould", "wuld", "ag", "bin", "ibn", "bint", "binti", "ben", "wad", "walad"})
# Common words bodies' names are made of ("Human Rights Watch", "Doctors for Rural Health",
# "Popular Liberation Front"), never a word of a person's name.
BODY_NAME_WORDS = _words(
    """human rights watch international national united democratic republic people peoples popular
    liberation justice freedom free relief aid development health medical media press news times daily
    radio television society association union league council alliance movement doctors hands borders
    action global world citizens workers students families voices"""
)
# Lower-case particles inside a family name ("Ana de la Cruz", "Luis da Silva", "Jan van der Berg").
SURNAME_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "los", "van", "von", "der", "den"})
# Labels the small model gives a person's whole name that are never a person's
# ("Pedro Alves" as WORK_OF_ART, "Yusuf Karam" as PRODUCT).
MISLABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE", "DATE"})
ARABIC_PARTICLES = frozenset({"al", "el", "ad", "ash", "as", "at", "az", "ar", "an", "ud", "ul"})
IRREGULAR_DEMONYMS = {
    "american": ("united states", "us", "u.s.", "america"),
    "british": ("united kingdom", "uk", "britain"),
    "french": ("france",),
    "dutch": ("netherlands",),
    "swiss": ("switzerland",),
    "saudi": ("saudi arabia",),
    "emirati": ("united arab emirates", "uae"),
}
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
ORG_PRONOUNS = frozenset({"it", "its", "they", "their", "them"})
NAME_LABELS: dict[str, EntityKind] = {
    "PERSON": "person", "ORG": "org", "GPE": "gpe", "LOC": "other", "FAC": "other"
}
PRONOUN_WINDOW = 3  # sentences back that a pronoun may reach
# match_key's folds, compiled once (re's own cache is shared with every module).
_POSSESSIVE = re.compile(r"['’`ʿʾ]s\b")
_APOSTROPHE = re.compile(r"['’`ʿʾ]")
_ARTICLE_PREFIX = re.compile(r"\b(al|el|ad|ash|as|at|az|ar|an|ud|ul)-")
_NON_ALNUM = re.compile(r"[^a-z0-9 ]+")
_DOUBLED = re.compile(r"(.)\1+")


# A regnal or generational suffix: "Ignatius IV", "Rogelio Beltran Jr" (the name before it is the short form).
REGNAL = re.compile(r"^(?:i{1,3}|iv|v|vi{1,3}|ix|x|xi{1,3}|jr|sr)$")
_NICKNAME = re.compile(r"(?<=\w)\s*[\"“][^\"”]{1,30}[\"”]\s*(?=\w)")


@lru_cache(maxsize=8192)
def match_key(name: str) -> str:
    """A name folded for matching spellings of one name within a document.

    Looser than the ledger's id key (:func:`dateline.names.entity_key`), which stays
    readable because it names entities in the ledger; this one also folds spellings.

    Lowercase ASCII, no honorifics or ranks, the Arabic article (``al-``, ``el-``, ``al ``)
    dropped, hyphens and apostrophes folded, doubled letters collapsed and ``ou`` → ``u``
    so that common transliteration variants (``Mohammed``/``Mohamed``, ``Abou``/``Abu``)
    meet. ``"Capt. William Urban"`` → ``"wiliam urban"``; ``"Al-Baghdadi"`` → ``"baghdadi"``.
    """
    text = _NICKNAME.sub(" ", name)  # 'Dwayne "Hammer" Cole' is Dwayne Cole
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = _POSSESSIVE.sub("", text)
    text = _APOSTROPHE.sub("", text)
    text = _ARTICLE_PREFIX.sub(" ", text)
    text = _NON_ALNUM.sub(" ", text)
    words = [w for w in text.split() if w not in TITLES and w != "the"]
    if len(words) > 1:
        words = [w for w in words if w not in ARABIC_PARTICLES] or words
    folded = []
    for w in words:
        w = w.replace("ou", "u")
        w = _DOUBLED.sub(r"\1", w)
        folded.append(w)
    return " ".join(folded)

"""Word lists the claim rules use: triggers per predicate, cues, hedges, sources.

These are lexicons of English news prose (verbs of killing, reporting, hedging), never
names of particular people or places.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """A word list written as one whitespace-separated string."""
    return frozenset(text.split())


# Verb lemma → predicate, when the subject of the claim is the verb's patient
# (object of the active verb, subject of the passive).
PATIENT_VERBS = {
    "kill": "killed",
    "assassinate": "killed",
    "execute": "killed",
    "slay": "killed",
    "behead": "killed",
    "eliminate": "killed",
    "neutralize": "killed",
    "neutralise": "killed",
    "murder": "killed",
    # killings by a crowd or of many: "a mob lynched X", "massacred", "slaughtered", "decapitated"
    "lynch": "killed",
    "massacre": "killed",
    "slaughter": "killed",
    "decapitate": "killed",
    # deaths news tells by their manner: "was electrocuted", "was strangled", "was smothered"
    "electrocute": "killed",
    "strangle": "killed",
    "smother": "killed",
    "wound": "wounded",
    "burn": "wounded",
    "fracture": "wounded",
    "bruise": "wounded",
    "gash": "wounded",
    "laceration": "wounded",
    "injure": "wounded",
    "hurt": "wounded",
    "maim": "wounded",
    "harm": "wounded",
    # animals' attacks: "was mauled by a lion", "gored by a bull"
    "maul": "wounded",
    "gore": "wounded",
    "capture": "captured",
    "abduct": "captured",
    "kidnap": "captured",
    "seize": "captured",
    "arrest": "arrested",
    "detain": "arrested",
    "jail": "arrested",
    "imprison": "arrested",
    # "was incarcerated in 2018", "was nabbed by police" (by gunmen: a capture, by its agent)
    "incarcerate": "arrested",
    "nab": "arrested",
    "apprehend": "arrested",
    "snatch": "captured",
    "grab": "captured",
    "release": "released",
    "free": "released",
    "unshackle": "released",
    "rescue": "released",
    "liberate": "released",
    "parole": "released",
    "bail": "released",  # "was bailed"
    "recapture": "captured",
    "rearrest": "arrested",
    "re-arrest": "arrested",
    "rearreste": "arrested",  # the lemmatiser's form of "rearrested"
    "sentence": "other:sentence",
    "charge": "other:charge",
    "convict": "other:convict",
    "acquit": "other:acquit",
    "deport": "other:deport",
    "expel": "other:expel",
    "extradite": "other:extradite",
    "torture": "other:torture",
    "indict": "other:indict",
    "hospitalize": "other:hospitalize",
    "question": "other:question",
    "pardon": "other:pardon",
    "interrogate": "other:question",
    "hospitalise": "other:hospitalize",
    "beat": "other:beat",
    "mistreat": "other:mistreat",
    "abuse": "other:abuse",
    # what the state or a body does to a person short of custody:
    # "summoned by the panel", "suspended from parliament", "banned / barred from travelling",
    # "poisoned", "evacuated by helicopter" (each its own other:<lemma>, as the gold writes it)
    "summon": "other:summon",
    "suspend": "other:suspend",
    "ban": "other:ban",
    "bar": "other:bar",
    "poison": "other:poison",
    "evacuate": "other:evacuate",
    "replace": "leadership_change",
    "relieve": "leadership_change",
    "sack": "leadership_change",
    "depose": "leadership_change",
    "oust": "leadership_change",
    "overthrow": "leadership_change",
    "topple": "leadership_change",
    "martyr": "killed",
    "mourn": "killed",
}
# Verb lemma → predicate, when the claim's subject is the verb's subject (active voice).
AGENT_VERBS = {
    "die": "killed",
    "drown": "killed",
    "perish": "killed",
    "succumb": "killed",
    "survive": "alive",
    "resign": "resigned",
    "retire": "other:retire",
    "quit": "resigned",
    "abdicate": "resigned",
    "appear": "appeared",
    "reappear": "appeared",
    "resurface": "appeared",
    "surface": "appeared",
    "disappear": "other:disappear",
    "vanish": "other:disappear",
    "flee": "other:flee",
    "escape": "other:escape",
    "succeed": "leadership_change",
    "relinquish": "leadership_change",
    "cede": "leadership_change",
    "hide": "located_in",
    "live": "located_in",
    "return": "other:return",
    "surrender": "other:surrender",
    "hand": "leadership_change",
    # a person's own act or collapse: "confessed to spying", "collapsed in his cell", "fainted in court"
    "confess": "other:confess",
    "collapse": "other:collapse",
    "faint": "other:faint",
}
# Phrasal verbs: (lemma, particle) → predicate, subject is the verb's subject.
PHRASAL_AGENT = {
    ("step", "down"): "resigned",
    ("step", "aside"): "resigned",
    ("break", "out"): "other:escape",
    ("get", "away"): "other:escape",  # "the men who got away" (not "got away with", claims_verbs)
    ("take", "over"): "leadership_change",
    ("hand", "over"): "leadership_change",
    ("step", "in"): "leadership_change",  # "stepped in as leader"
    ("step", "up"): "leadership_change",  # "stepped up to lead the group"
    ("stand", "down"): "resigned",
    ("give", "up"): "leadership_change",
    ("show", "up"): "appeared",
    ("turn", "up"): "appeared",  # "turned up at a checkpoint"
    ("go", "into"): "located_in",
    ("pass", "away"): "killed",
    ("pull", "through"): "alive",
}
# Phrasal verbs whose object (or passive subject) undergoes the event: "was gunned down".
PHRASAL_PATIENT = {
    ("gun", "down"): "killed",
    ("blow", "up"): "killed",
    ("cut", "down"): "killed",
    ("pick", "up"): "arrested",
    ("round", "up"): "arrested",
    ("lock", "up"): "arrested",
    ("let", "go"): "released",
    ("let", "out"): "released",
    ("vote", "out"): "leadership_change",
    ("vote", "in"): "leadership_change",  # "was voted in as chairman"
    ("push", "out"): "leadership_change",
    ("force", "out"): "leadership_change",
}
# Adjectives (predicative: "is dead", "remains alive") → predicate.
STATE_ADJECTIVES = {
    "dead": "killed",
    "lifeless": "killed",  # "was found lifeless in his cell"
    "alive": "alive",
    "healthy": "alive",  # "he is healthy, his lawyer said"
    "wounded": "wounded",
    "injured": "wounded",
    "missing": "other:missing",
    "free": "released",
    "safe": "alive",
    "fine": "alive",
    "well": "alive",
    "conscious": "alive",
    "ok": "alive",  # "he has lost weight but he is OK"
    "okay": "alive",
    # a state of health, of the body or of the mind, said of a person seen or heard (README:
    # "a health state ... is alive"): '"He is calm"', "found him weak and dehydrated", "she
    # seemed frail" (HEALTH_STATE_WORDS: "not calm" is no death); not "thin", "tired",
    # "exhausted": the gold reads a captive "looked thin / tired" in a video or a hearing as
    # no claim of its own as often as an alive one
    **dict.fromkeys(
        ("weak", "frail", "pale", "dehydrated", "calm", "lucid"),
        "alive",
    ),
    # custody told by an adjective: "was handcuffed and led away" ("remains captive" is read
    # by claims_custody: "captive" is a noun as often, "a captive of the cartel")
    "handcuffed": "arrested",
}
# Words of good health whose negation ("not well", "not fine") says ill, not dead.
WELL_WORDS = frozenset({"well", "fine", "okay", "ok", "healthy"})
# States of health whose negation ("not calm", "not tired") says nothing of life or death.
HEALTH_STATE_WORDS = frozenset({"weak", "frail", "pale", "dehydrated", "calm", "lucid"})
# Adjectives that state the negation of a predicate: "unhurt" = not wounded.
NEGATED_STATE_ADJECTIVES = {
    "unhurt": "wounded",
    "unharmed": "wounded",
    "uninjured": "wounded",
    "unscathed": "wounded",
}
# "remains at large", "in custody", "in hiding": preposition + noun → predicate.
STATE_PPS = {
    ("at", "large"): "alive",
    ("on", "run"): "alive",  # "is on the run": a fugitive, at large
    ("in", "custody"): "arrested",
    ("in", "detention"): "arrested",
    ("in", "prison"): "arrested",
    ("in", "jail"): "arrested",
    ("in", "jails"): "arrested",
    ("in", "prisons"): "arrested",
    ("in", "hiding"): "located_in",
    ("behind", "bars"): "arrested",
    # "is on hunger strike", "has been on hunger strike since May": the striker
    ("on", "strike"): "other:strike",
    ("under", "arrest"): "arrested",
    # "is under guard in the hospital", "under police guard": kept (by a militia: captured)
    ("under", "guard"): "arrested",
    ("in", "captivity"): "captured",
    ("on", "remand"): "arrested",  # "was remanded": held in custody before trial (British usage)
    ("out", "danger"): "alive",
    ("out", "care"): "alive",  # "is out of intensive care"
    ("out", "coma"): "alive",
    ("out", "woods"): "alive",  # "is out of the woods, doctors said"
    ("in", "coma"): "alive",
    # kept alive by a machine: "remains on a ventilator"
    ("on", "ventilator"): "alive",
    ("on", "respirator"): "alive",
}
# Event nouns whose possessor / of-object is the subject: "X's death", "the arrest of X".
EVENT_NOUNS = {
    "death": "killed",
    "martyrdom": "killed",
    "killing": "killed",
    "assassination": "killed",
    "execution": "killed",
    "demise": "killed",
    "passing": "killed",  # "announced the passing of X" (of a person: the subject must be one)
    "funeral": "killed",
    "burial": "killed",
    # the dead's coffin and grave: "behind the coffin of X", "laid flowers on X's grave"
    "coffin": "killed",
    "casket": "killed",
    "grave": "killed",
    "injury": "wounded",
    "wound": "wounded",
    "burn": "wounded",
    "fracture": "wounded",
    "bruise": "wounded",
    "gash": "wounded",
    "laceration": "wounded",
    # "escaped / emerged without a scratch" (the "without" rule reads it as not wounded)
    "scratch": "wounded",
    "capture": "captured",
    "abduction": "captured",
    "kidnapping": "captured",
    "arrest": "arrested",
    "detention": "arrested",
    "imprisonment": "arrested",
    "release": "released",
    "freeing": "released",  # "the freeing of X took months of talks"
    "resignation": "resigned",
    "retirement": "other:retire",  # "announced his retirement as party leader" (as "retired")
    "disappearance": "other:disappear",
    "survival": "alive",
    "jailing": "arrested",
    "escape": "other:escape",
    "ouster": "leadership_change",
    # "Osei's dismissal follows months of criticism", "the sacking of the coach", "her
    # appointment was welcomed" (an office held or taken; other senses are dropped by
    # claims_precision: "his dismissal of the reports", "a doctor's appointment")
    "dismissal": "leadership_change",
    "sacking": "leadership_change",
    "appointment": "leadership_change",
    "overthrow": "leadership_change",
    "sentencing": "other:sentence",
    "conviction": "other:convict",
    "extradition": "other:extradite",
    "deportation": "other:deport",
    # "Berg's expulsion was announced", "after her acquittal", "since his surrender in May"
    # (session 20, CUSTODY: the nouns of verbs the lexicon reads)
    "expulsion": "other:expel",
    "acquittal": "other:acquit",
    "surrender": "other:surrender",
    "recapture": "captured",
    "wounding": "wounded",
    "murder": "killed",
    "slaying": "killed",
    "return": "other:return",
    "sentence": "other:sentence",
    "appearance": "appeared",
    "reappearance": "appeared",
    "resurfacing": "appeared",
    "whereabouts": "located_in",
    "whereabout": "located_in",
}
# Nouns that are messages; "an audio message from X" makes X the author.
MESSAGE_NOUNS = _words(
    """message recording video audio tape speech statement footage clip sermon broadcast
    address letter post communique communiqué"""
)
RELEASE_VERBS = _words(
    """release publish post issue broadcast air distribute circulate upload put emerge surface
    appear send"""
)
# Nouns that refer back to the message's speaker ("the man on the recording says").
MESSAGE_SPEAKER_NOUNS = frozenset({"speaker", "man", "woman", "voice", "narrator", "figure"})
MENTION_VERBS = _words(
    """refer reference mention cite discuss address talk praise criticize condemn note say
    describe speak allude acknowledge make"""
)
# Reporting verbs: their subject is the claimant of the clause they govern.
REPORTING_VERBS = _words(
    """say tell claim report announce confirm deny add state insist believe warn allege assert
    acknowledge admit write post tweet indicate suggest reveal declare maintain argue stress
    explain note disclose assess conclude think fear suspect estimate testify inform rule
    dismiss reject refute dispute contend agree accept understand know hear learn
    show"""
)
# Reporting verbs plus the two that introduce a speaker without reporting ("spoke of",
# "appeared on television to say"): a change told by one of these is the speaker's word.
SPEAKING_VERBS = REPORTING_VERBS | {"speak", "appear"}
DENIAL_VERBS = frozenset(
    {
        "deny",
        "dismiss",
        "reject",
        "refute",
        "dispute",
        "rebut",
        "debunk",
        "mock",
        "ridicule",
        "doubt",
    }
)
CLAIM_VERBS = frozenset({"claim", "allege", "report", "purport"})
CONFIRM_VERBS = frozenset({"confirm", "verify", "corroborate", "authenticate", "substantiate"})
INVESTIGATE_VERBS = frozenset({"investigate", "examine", "probe", "check", "study", "look"})
HEDGE_ADVERBS = _words(
    """reportedly allegedly apparently purportedly possibly probably likely presumably
    supposedly perhaps maybe seemingly"""
)
HEDGE_MODALS = frozenset({"may", "might", "could"})
HEDGE_VERBS = frozenset({"seem", "appear"})  # "appeared to make reference"
IMPERSONAL_HEDGES = frozenset(
    {"believe", "think", "understand", "suspect", "say", "presume", "fear", "report"}
)
UNCONFIRMED_WORDS = _words(
    """unconfirmed unverified skepticism scepticism doubt doubts rumor rumors rumour rumours
    speculation"""
)
# Nouns naming unnamed sources: "several US officials", "a source close to".
SOURCE_NOUNS = _words(
    """official officials source sources analyst analysts diplomat diplomats resident residents
    witness witnesses officer officers expert experts activist activists observer observers
    aide aides relative relatives commander commanders investigator investigators monitor
    monitors people person insiders insider lawmakers lawmaker members member authorities
    agency agencies intelligence media reports report group groups"""
)
ANSWER_YES = frozenset({"yes", "yeah", "correct", "absolutely", "indeed"})
ANSWER_NO = frozenset({"no", "nope"})
# Prepositions whose object is a place ("near Raqqa", "in Mosul").
PLACE_PREPS = frozenset({"in", "near", "at", "outside", "inside", "around", "on", "from", "to"})
PLACE_NOUNS = _words(
    """outskirts outskirt edge suburb suburbs province city town village region area district mosque
    prison jail hospital camp border home house compound capital"""
    # a named town's waterfront: "called from the harbour in Killybegs", "the port in Gdansk"
    " harbour harbor port quay"
)
TEMPORAL_BARRIERS = frozenset({"since", "after", "before", "until", "till", "prior"})
DEMAND_VERBS = _words(
    """call demand urge seek push campaign press appeal plead ask lobby negotiate order authorize
    authorise approve threaten request"""
)
# "a warrant for his arrest", "a reward for his capture": wanted, not happened.
WANT_NOUNS = _words(
    "warrant warrants order reward bounty request call calls demand demands appeal plea"
)
NOMINAL_SOURCES = frozenset(
    {"reports", "report", "rumors", "rumours", "claims", "speculation", "accounts"}
)
# "had to relinquish", "was forced to resign", "managed to escape": the event happened.
FACTIVE_INFINITIVE_HEADS = frozenset(
    {
        "have",
        "force",
        "manage",
        "begin",
        "start",
        "continue",
        "oblige",
        "compel",
        "appear",
        "seem",
        "allow",
        "permit",
        "rise",
    }
)
# Holders that make "held" a detention rather than a kidnapping.
AUTHORITY_NOUNS = _words(
    """police authority authorities government army military troops forces agents agent
    ministry court prosecutor prosecutors service intelligence security state regime officer
    officers investigators commission"""
)
# (pirates and hijackers hold crews and passengers as hostages: "held with his crew for 39 days")
KIDNAP_WORDS = _words(
    "kidnap kidnapper abduct abduction hostage captive captor kidnapping ransom pirate hijacker"
)
# Sources that are institutions, not anonymous people ("the army", "the ministry").
INSTITUTION_NOUNS = _words(
    """army military ministry government police navy court prosecutors prosecutor party
    family employer newspaper movement faction brigade authorities"""
)
GROUP_HEADS = _words("group movement faction organization organisation militia network brigade")
# Where a person is seen in public: "appeared at a rally / before a judge / in court".
APPEARANCE_PLACES = _words(
    """public television tv court rally hearing ceremony conference meeting funeral parade
    event judge custody footage photo photograph image picture broadcast interview mosque parliament
    session dock balcony stage podium gathering congregation"""
)
BODY_VERBS = _words(
    "find identify recover discover bury exhume return repatriate hand show confirm establish verify"
    # taken out of a wreck or water: "the body of X was pulled from the rubble / retrieved"
    " pull retrieve"
    # sighted where it lies: "a helicopter crew had spotted his body in a crevasse"
    " spot locate sight"
)
# Verbs that place a person somewhere ("treated in a hospital", "found in a camp").
LOCATING_VERBS = _words(
    "treat find keep stay recover shelter settle reside base station spend admit locate track care"
    " trace"
)
# Verbs of jailing whose place is where the person is kept: "jailed in Evin prison".
JAILING_VERBS = _words("jail imprison incarcerate confine")
# Places one is kept in, which need no name to be a place ("a private clinic").
KEEPING_PLACES = _words(
    """hospital clinic prison jail camp village compound cell hideout house home desert mountains
    mountain hills jungle forest countryside colony facility base residence villa apartment flat
    building school
    embassy consulate barracks centre center island creek creeks swamp swamps marsh marshes bush
    woods wood cave caves tunnel tunnels safehouse basement cellar room bunker shed warehouse hut
    tent farmhouse farm car vehicle truck convoy plane boat location site ravine gorge valley
    canyon ditch riverbank hill church mosque monastery hotel school islet beach shore coast reef
    pit shack dungeon container ward airport station"""
)
LEADER_ROLES = _words(
    """leader chief head commander emir caliph chairman chairwoman chair chairperson president boss
    successor mayor governor premier executive ceo director"""
)
APPOINT_VERBS = _words(
    "name appoint choose elect pick install proclaim designate promote select elevate declare announce confirm anoint"
    " nominate tap make instal re-elect reelect inaugurate vote"  # "instal": the lemmatiser's form of "installed"
)
PENALTY_VERBS = _words("sentence condemn face risk threaten order")
HOPE_VERBS = _words("hope fear suspect speculate guess wonder doubt pray wish")
LEADERSHIP_WORDS = LEADER_ROLES | _words(
    """control command leadership power post reins helm group movement organization
    organisation faction party militia network army presidency forces fighters troops"""
)
# Bodies a person runs, as the object of a verb of taking or handing on the lead: "took
# over the company", "handed the business to his daughter" (not "took over the building").
LED_BODIES = _words(
    """company firm business club team gang cartel clan syndicate outfit service agency unit
    battalion regiment brigade division empire"""
)
# ("Reports of my death are greatly exaggerated": the formula of one alive)
FALSE_WORDS = _words(
    "false untrue baseless unfounded wrong fabricated fake incorrect groundless exaggerated"
)
# Nouns that call a claim false: "reports of his arrest were nonsense", "the rumours are lies",
# "called the account a fabrication", "reports of his death were a forgery / a hoax".
FALSEHOOD_NOUNS = _words(
    "lie fabrication nonsense propaganda fiction rubbish invention forgery hoax falsehood canard"
)
EVIDENCE_NOUNS = _words(
    "evidence information indication confirmation proof sign word knowledge intelligence trace"
)
# "left prison", "left the country": leaving a place of detention or exile.
LEAVE_OBJECTS = _words("prison jail custody detention hospital country camp cell embassy")
# Who reports rather than kills in "was reported killed by X": outlets, offices, spokespeople.
REPORTER_NOUNS = _words(
    """ministry department office agency agencies media newspaper paper outlet outlets channel
    television tv broadcaster network website wire service spokesman spokeswoman spokesperson
    official officials source sources press radio news government governments authorities
    statement statements reports ministries"""
)
# "took charge of", "assumed command", "seized power", "took the helm": the subject now leads.
COMMAND_NOUNS = _words(
    "charge control command helm reins rein leadership power presidency chairmanship"
)
# Passive verbs of sighting: "was last seen", "was spotted in", "was shown in a video".
SEEN_VERBS = _words("see spot sight show picture film photograph feature depict")
IMAGE_NOUNS = _words("photograph photographs photo photos picture pictures image images footage")
# Verbs of being somewhere, for "where he was staying" / "where she is held".
PLACE_STATE_VERBS = _words("be stay live hide hold keep remain")
# "It later withdrew the claim": the claimant takes back what it said.
RETRACT_VERBS = _words("withdraw retract recant disavow")
# "chose X to replace its commander", "picked X to lead the group".
LEAD_VERBS = _words("replace succeed lead head command run")
# "since he left office": leaving an office is resigning it.
OFFICE_NOUNS = _words("office post presidency premiership throne")
# Participles before a noun that the tagger may read as nouns or adjectives ("its slain commander").
PARTICIPLE_MODIFIERS = {
    "slain": "killed",
    "late": "killed",
    "dead": "killed",  # "the dead man, X" (the attributive adjective; "is dead" is a state)
    "murdered": "killed",
    "assassinated": "killed",
    "executed": "killed",
    "jailed": "arrested",
    "imprisoned": "arrested",
    "detained": "arrested",
    "kidnapped": "captured",
    "abducted": "captured",
    "freed": "released",  # "freed hostage X", the parser reading "Freed" as an adjective
    "wounded": "wounded",
    "injured": "wounded",
    "ousted": "leadership_change",
    "deposed": "leadership_change",
}
# Verbs that remove a leader by their meaning alone ("was ousted in a coup").
OUSTING_VERBS = _words("oust depose overthrow topple")
# Verbs of taking a person captive, which by the state's forces are also an arrest.
CAPTURE_LEMMAS = _words("capture recapture")
# Verbs of seizing a person that name no captor of their own ("was seized at the border").
SEIZING_LEMMAS = _words("seize grab snatch")
# Words of a story about state custody ("arrest", "detained", "in custody", "in prison").
CUSTODY_WORDS = _words("arrest detain detention custody prison jail")
# Stems of the words of a kidnapping, in any form ("kidnapped", "captivity", "abductors").
KIDNAP_STEMS = ("kidnap", "abduct", "hostage", "captiv", "captor", "ransom", "hijack", "pirate")
# Non-state captors: "detained by gunmen" is a kidnapping (captured), not an arrest.
NON_STATE_CAPTORS = _words(
    """gunman gunmen militant militants rebel rebels insurgent insurgents kidnapper kidnappers
    fighter fighters jihadist jihadists bandit bandits pirate pirates abductor abductors captor
    captors militia militiaman militiamen faction factions"""
)
# Words that name or mark forces as the state's foes: "rebel forces", "opposition troops",
# "the Northern Liberation Army" (an insurgents' army is no state's).
INSURGENT_MARKS = NON_STATE_CAPTORS | _words(
    "liberation resistance independence opposition separatist guerrilla"
)
BODY_PARTS = _words(
    """leg legs arm arms chest head neck back stomach abdomen shoulder hand foot thigh knee face
    wrist wrists ankle ankles rib ribs skull jaw nose hip pelvis collarbone spine finger fingers
    eye eyes toe toes"""
)
# First-person pronouns: inside a quotation they are its speaker.
FIRST_PERSON = frozenset({"i", "me", "my", "myself", "we", "us", "our"})
# Third-person singular pronouns: inside a quotation, never its speaker.
THIRD_PERSON = frozenset({"he", "she", "him", "her"})
# Raising verbs whose passive relays a claim: "is believed to be", "was last known to be".
RAISING_REPORT_VERBS = _words(
    "believe think say report know understand presume rumour rumor suspect fear allege claim"
)
# Speaking in public: "addressed supporters at a rally", "delivered a sermon in the mosque".
ADDRESS_VERBS = _words("address speak preach deliver give lead attend")
# Removal from a post: "was removed as head", "was dismissed from his post". (Not "suspend": a
# suspended official keeps the office, so "the director, X, was suspended" is other:suspend;
# only "suspended from office / from his post" is a change, claims_leadership's
# _FORCING_OR_REMOVAL: the gold README's cases decided in session 25.)
REMOVAL_VERBS = _words("remove dismiss fire sack relieve strip expel")
PROJECTILES = _words(
    "shrapnel bullet bullets gunfire fragment fragments debris sniper sniper-fire round rounds"
    # what a crowd or a riot squad throws or fires: "was hit by a stone / a bottle / pellets"
    " stone stones rock rocks brick bricks bottle bottles pellet pellets canister canisters"
)
# "remains a hostage", "is one of five hostages": a noun that says the person is held.
HELD_NOUNS = {
    "hostage": "captured",
    "captive": "captured",
    "detainee": "arrested",
    "prisoner": "arrested",
    "survivor": "alive",  # "was among the survivors", "the only survivor was X"
    "fugitive": "alive",  # "has been a fugitive since 2018": at large
}
# Who a freed captive is handed to: "handed over to the Red Cross".
HANDOVER_RELEASE = _words(
    "cross family relatives embassy consulate diplomats ambassador mediators negotiators envoy"
)
# State forces a freed hostage is handed to ("was handed to soldiers"), in a kidnapping story.
HANDOVER_AUTHORITIES = _words(
    "soldier soldiers troops army military official officials authorities government police"
)
# Plural heads a participle picks out a group from: "those killed", "three people arrested".
GROUP_OF_PEOPLE = _words(
    "those people dozens victims others men women civilians fighters activists journalists"
)
KIN_NOUNS = _words(
    """husband wife son daughter father mother brother sister client boy girl child cousin uncle
    nephew fiance fiancee partner"""
)
# Objects whose printed date dates a picture: "holding a newspaper dated June 14".
DATED_OBJECTS = _words("newspaper paper edition copy magazine issue")
DISPLAY_VERBS = _words("hold show display brandish read carry")
# People who hold a person captive: "the kidnappers of X", "X's captors".
CAPTOR_NOUNS = _words("kidnapper captor abductor hostage-taker")
# Relatives a death leaves behind: "X's widow said".
BEREAVED_NOUNS = _words("widow widower")
VEHICLES = _words("car van vehicle truck pickup suv jeep minibus minivan lorry bus")
# Bodies that choose a group's leader: "was elected by the movement's council".
GOVERNING_BODIES = _words(
    "council assembly shura committee board congress politburo conclave delegates"
)
# "pledged allegiance to", "swore loyalty to": a group binding itself to a leader.
PLEDGE_VERBS = _words("pledge swear give declare offer renew")
# Places of detention one walks out of when freed: "walked out of prison".
DETENTION_PLACES = _words("prison jail detention custody cell captivity")
# Attacks that "take out" a person: "was taken out in a drone strike".
LETHAL_STRIKES = _words("strike airstrike raid attack operation ambush")
# Recordings a person puts out in his own voice or image: "he released an audio message".
RECORDED_MESSAGES = _words("message recording video audio tape speech clip sermon")
# Verbs that put a person on a list or in a category: "listed as missing".
LISTING_VERBS = _words("list describe register record classify count")
LISTING_DOCUMENTS = _words("report record records document documents list file register")
# The press one speaks to or meets in public: "spoke to reporters", "met this reporter".
PRESS_NOUNS = _words("reporter journalist correspondent press media newsman")
# Moving pictures one is seen in: "said in a video".
VIDEO_NOUNS = _words("video footage livestream")
ALLEGIANCE_NOUNS = _words("allegiance loyalty fealty bay'ah bayah oath")
# Verbs of medical care whose "for" phrase names what the person suffers.
TREATING_VERBS = _words("treat")
# Injuries a person is treated for ("treated for burns", "for shrapnel wounds").
INJURY_NOUNS = _words(
    "burn burns fracture fractures laceration lacerations bruise bruises trauma concussion gunshot"
    " cut cuts gash gashes frostbite"
    # what a fire does to the lungs: "treated for smoke inhalation"
    " inhalation"
    # the mark an injury leaves: "still has a scar above his eye"
    " scar scars"
)
# Words that make a body part an injury: "a broken leg", "a fractured skull".
INJURED_PART_WORDS = _words("broken fractured shattered injured wounded crushed severed")
# Who speaks for a client: "his client" in their words is the person they represent.
LAWYER_NOUNS = _words("lawyer attorney counsel advocate solicitor barrister")
# What an attack leaves a person: "was left paralysed", "left him blind".
MAIMED_WORDS = _words("paralysed paralyzed blind blinded disabled crippled maimed injured wounded")
# Kill verbs whose manner adverb makes the wound a death: "was fatally shot".
FATAL_ADVERBS = _words("fatally mortally")
FATAL_VERBS = _words("shoot stab wound injure beat burn hit strike")
# "his condition is stable / critical": the person's condition, so the person lives.
CONDITION_WORDS = _words("stable critical serious satisfactory good fair grave")
# Places one is discharged from by release: "discharged from prison".
DETENTION_PLACES = _words("prison jail custody detention camp")
# Predicates only a person can be the subject of (a group is not "killed" or "freed" in
# these slots; places are "captured", so that one is left out).
PERSON_ONLY_PREDICATES = frozenset(
    {"killed", "wounded", "alive", "arrested", "released", "leadership_change", "resigned"}
)
# Words organisations, outlets and places are named with ("Sword of the North Brigade",
# "Levant Conflict Observatory", "Islamic State"): a name with one of them is no person's.
ORG_NAME_WORDS = _words(
    """group movement faction organization organisation militia network brigade brigades
    front army party council ministry media agency news times post observatory committee
    court university bank company corp inc state states forces force police guard guards union
    league alliance federation association institute foundation centre center office service
    services department commission authority government republic kingdom emirate caliphate
    islamic national united democratic popular liberation revolutionary international daily
    herald tribune wire press radio tv television channel watch rights mission coalition
    command brigades battalion regiment division shield knights sons partisans tigers
    city province region district county valley river mountains island islands north south
    east west northern southern eastern western gulf sea lake"""
)
# What one escapes alive: "escaped death", "escaped an assassination attempt".
DEADLY_THREATS = _words("death attempt assassination ambush attack bombing strike execution")
# What one rises or ascends to when taking the lead: "rose to power", "ascended to the leadership".
HIGH_OFFICE_NOUNS = _words(
    "power leadership presidency throne helm command premiership chairmanship"
)
# Contests that make their winner a leader: "won the leadership contest".
CONTEST_NOUNS = _words("contest election vote race ballot runoff primary")
# Where a person is taken from, and by whom, in an abduction or arrest: "taken from his car
# by men in plain clothes", "taken from her home by police".
TAKEN_FROM_PLACES = _words(
    "car home house office street vehicle bed hotel shop school cell boat truck bus camp village"
)
TAKERS = _words(
    "man men gunman gunmen soldier soldiers officer officers people assailant assailants"
)
# How a person looks when seen alive and well: "in the video he appears healthy".
HEALTHY_WORDS = _words("healthy well fit robust unharmed unhurt uninjured")
# Unhurt after an attack: "escaped unharmed" is no escape from captivity.
UNHURT_WORDS = _words("unharmed unhurt uninjured unscathed")
# Stand-ins at the head of a group: "acting leader", "interim president", "caretaker chief".
STOPGAP_WORDS = _words("acting interim caretaker provisional temporary")
# What leaves a leader's post vacant: "has led the group since its founder was killed".
VACATING_PREDICATES = frozenset({"killed", "resigned", "arrested", "captured"})
# ("since 2015, when he succeeded X" says the change itself: no second claim)
# Verbs that take a person somewhere to stay: "was moved / transferred to a prison colony".
MOVING_VERBS = _words("move transfer relocate")
# Carried somewhere, in the passive only ("was flown to a clinic in X", "was airlifted to a
# hospital"): where the person now is; the active "flew to Paris" is a trip.
CARRIED_VERBS = _words("fly airlift evacuate medevac")
# Infinitive heads that put the event in the future: "is expected to be released".
PROSPECTIVE_HEADS = _words("expect schedule due set poise slate")
# What one resigns from besides a leader's post: "quit the cabinet", "stepped down from the board".
OFFICE_BODIES = _words(
    """job position role seat government cabinet ministry board parliament council committee
    team company firm club politics office post party bench court senate assembly"""
)
# Objects that make "killed" / "hurt" figurative: "the scandal killed the career of X", "hurt
# the chances of X" (the person's prospects suffer, not the person).
FIGURATIVE_OBJECTS = _words(
    """career careers chance chances hope hopes bid bids campaign prospects prospect reputation
    image standing dream dreams ambition ambitions plan plans deal bill proposal idea momentum
    popularity ratings credibility legacy feelings pride business sales"""
)
# What hurts a person's body when it is the subject of active "hurt" / "harm" ("the blast
# hurt five people"); any other thing that "hurt the coach" (a defeat, poll numbers, remarks)
# hurts figuratively.
HARMING_CAUSES = _words(
    """blast explosion explosions bomb bombs bombing device mine landmine grenade shell shells
    shelling rocket rockets missile missiles bullet bullets shrapnel gunfire fire fires flames
    blaze smoke crash collision accident attack attacks strike strikes airstrike raid ambush
    shooting stabbing assault riot clashes fighting debris rubble glass wall roof collapse
    quake earthquake storm flood avalanche car truck vehicle bus train dog stampede"""
)
# Verbs of a patient's condition changing: "the condition of the boy had worsened" (alive).
CONDITION_CHANGE_VERBS = _words("worsen deteriorate improve stabilize stabilise")
# Verbs of being in mortal danger: "is fighting / battling for his life" (alive, and hurt
# when the clause names the attack that put the person there).
LIFE_STRUGGLE_VERBS = _words("fight battle struggle cling")
# Attacks and accidents (nouns, and "attack" as a verb) whose aftermath a struggle for life or
# a serious condition follows: "fighting for his life after the attack", "in a serious
# condition after the crash".
INJURING_EVENTS = _words(
    """attack strike airstrike raid ambush shooting stabbing bombing blast explosion crash
    collision accident assault fire shelling"""
)
# Verbs of being wounded by a missile: "took a bullet to the shoulder", "caught shrapnel".
TAKE_A_HIT_VERBS = _words("take catch stop")
# Verbs that harm a body part, whose owner is hurt: "doctors amputated his left leg", "her
# jaw was broken", "broke two ribs" (no owner: the subject's own).
BODY_HARM_VERBS = _words("break fracture dislocate amputate shatter sever crush")
# Verbs of bearing an injury over time (sports and feature prose): "is nursing a hamstring
# injury", "has been carrying a knee injury".
BEARING_VERBS = _words("nurse carry")
# Verbs of needing medical care, whose object "treatment" can name the injury: "needed
# treatment for burns" ("received / underwent / got treatment" is read with where one is
# treated).
CARE_RECEIVING_VERBS = _words("need require")
# Verbs whose object "stitches" says the person was cut: "needed stitches to a head wound".
STITCHED_VERBS = _words("need require receive get")

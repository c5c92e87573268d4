"""Word lists the attribution rules use: reporting verbs, roles, pronouns, nouns."""

from __future__ import annotations

import re

_VERB_STEMS = {
    # base: (inflections…) — irregular forms spelled out, regular ones generated
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "tweet": ("tweet", "tweets", "tweeted", "tweeting"),
    "reply": ("reply", "replies", "replied", "replying"),
    "testify": ("testify", "testifies", "testified"),
    "deny": ("deny", "denies", "denied"),
    "cry": ("cry", "cries", "cried"),
    "quip": ("quip", "quips", "quipped"),
    "spell out": ("spell out", "spells out", "spelled out", "spelt out"),
    "point out": ("point out", "points out", "pointed out"),
    "go on": ("go on", "goes on", "went on"),
    "put it": ("put it", "puts it"),
    "read": ("reads", "read"),
    "sing": ("sing", "sings", "sang", "singing"),
    "slam": ("slams", "slammed", "slamming"),
    "rip": ("ripped",),
    "decry": ("decries", "decried"),
    "swear": ("swears", "swore", "sworn"),
    "jab": ("jabbed",),
    "blog": ("blogged", "blogs"),
    "chime in": ("chime in", "chimes in", "chimed in"),
    "weigh in": ("weighs in", "weighed in"),
    "fire back": ("fire back", "fires back", "fired back"),
    "shoot back": ("shot back", "shoots back"),
    "hit back": ("hits back", "hit back"),
    "push back": ("pushed back", "pushes back"),
    "cut in": ("cut in", "cuts in"),
    "sum up": ("summed up", "sums up"),
    "lash out": ("lashed out", "lashes out"),
    "hit out": ("hits out", "hit out", "hitting out"),  # British: "PM hits out at ‘…’"
    "answer": ("answered", "answering", "answers"),
    "press": ("pressed", "presses"),
}
_REGULAR = ["add", "note", "order", "instruct", "explain", "declare", "state", "argue", "ask", "insist", "claim", "warn", "report", "announce", "post", "continue", "conclude", "recall", "acknowledge", "admit", "observe", "remark", "comment", "suggest", "urge", "maintain", "contend", "counter", "respond", "concede", "emphasize", "emphasise", "stress", "predict", "promise", "vow", "joke", "shout", "yell", "whisper", "exclaim", "caution", "complain", "boast", "lament", "agree", "allege", "assert", "confirm", "mention", "recount", "reveal", "wonder", "demand", "plead", "pledge", "proclaim", "reiterate", "brag", "disclose", "estimate", "object", "protest", "retort", "scoff", "snap", "muse", "chant", "explain", "describe", "call", "dub", "term", "label", "add",
            "accuse", "criticize", "criticise", "blast", "praise", "dismiss", "condemn",
            "denounce", "mock", "attack", "laud", "hail", "cite", "lambast", "scold", "tout",
            "bark", "laugh", "sigh", "gush", "rave", "marvel", "thunder", "fume", "scream", "beg",
            "confess", "reflect", "charge", "rebut", "applaud", "thank", "chuckle", "quote",
            "recall", "opine", "retaliate", "interject", "tease", "recite", "reason", "surmise",
            "concur", "snipe", "taunt", "holler", "mutter", "murmur", "grumble", "groan", "whine",
            "wail", "stammer", "bellow", "roar", "growl", "hiss", "sneer", "elaborate", "clarify",
            "assure", "reassure", "advise", "speculate", "theorize", "posit", "confide", "inform",
            "affirm", "attest", "vouch", "inquire", "enquire", "interrupt", "rejoin", "pronounce",
            "preach", "summarize", "summarise", "text", "email", "question", "hint"]


# Base forms that are mostly nouns in news text ("the report", "a post", "the claims").
_NOUN_LIKE = {"post", "report", "comment", "claim", "note", "state", "call", "demand",
              "estimate", "object", "protest", "promise", "joke", "counter", "quote", "text",
              "email", "question", "hint", "roar", "groan", "whine", "wail", "hiss", "sneer",
              "taunt", "snipe", "tease", "order"}
# Verbs that double their last consonant: snap -> snapped, dub -> dubbed, admit -> admitted.
_DOUBLED = {"snap", "dub", "brag", "admit", "quip", "rebut"}


def _regular(verb: str) -> tuple[str, ...]:
    if verb in _NOUN_LIKE:  # keep only the forms that cannot be nouns: claimed, claiming
        if verb.endswith("e"):
            return (verb + "d", verb[:-1] + "ing")
        return (verb + "ed", verb + "ing") + (("calls",) if verb == "call" else ())
    if verb.endswith("e"):
        return (verb, verb + "s", verb + "d", verb[:-1] + "ing")
    if verb in _DOUBLED:  # snap -> snapped, dub -> dubbed
        return (verb, verb + "s", verb + verb[-1] + "ed", verb + verb[-1] + "ing")
    return (verb, verb + "s", verb + "ed", verb + "ing")


REPORTING_FORMS: dict[str, str] = {}
for _base, _forms in _VERB_STEMS.items():
    for _f in _forms:
        REPORTING_FORMS[_f] = _base
for _v in _REGULAR:
    for _f in _regular(_v):
        REPORTING_FORMS.setdefault(_f, _v)

# Verbs that only attribute a short fragment ("called it “X”"), never a full quote alone.
NAMING_VERBS = {"call", "dub", "term", "label", "describe"}

# Third-person forms of the noun-like verbs that are mostly verbs after all.
for _f, _b in (("reports", "report"), ("claims", "claim"), ("notes", "note")):
    REPORTING_FORMS[_f] = _b

#: Lower-case words inside a name ("Monica de Bolle", "Erik van Sebille", "de Miranda").
NAME_PARTICLES = frozenset({"de", "da", "di", "do", "du", "del", "della", "der", "den", "van",
                            "von", "la", "le", "bin", "ibn", "al", "el", "dos", "das"})

#: Third-person forms of the noun-like verbs, read as verbs only right after a quote and
#: before a name: "“…,” comments Johnston in a statement" (not "his comments").
INVERTED_NOUN_VERB = re.compile(
    r"(?:comments|posts|jokes|counters|protests|objects|quotes|texts)(?=\s+[A-Z])")

# Sentence-initial inversions: "Said Ellis: “…”".
for _f in ("said", "says", "added", "adds", "asked", "wrote", "writes", "told", "tweeted"):
    REPORTING_FORMS[_f.capitalize()] = REPORTING_FORMS[_f]

_forms_sorted = sorted(REPORTING_FORMS, key=len, reverse=True)
VERB_RE = re.compile(
    r"\b(?:" + "|".join(r"\s+".join(map(re.escape, f.split())) for f in _forms_sorted) + r")\b"
)

#: Prepositions that open a phrase, not a clause: a name after one is no subject.
LEADING_PREPOSITIONS = {"with", "without", "in", "on", "at", "for", "from", "after", "before",
                        "during", "under", "despite", "amid", "since", "until", "by", "of",
                        "to", "into", "over", "through", "against", "among", "between"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "xe", "ze", "zie"}
PERSON_PRONOUNS = {"he", "she", "i", "you", "xe", "ze", "zie"}
DETERMINERS = {"the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "one", "my",
               "your",
               "another", "some", "several", "many", "two", "three"}
NAME_CONNECTORS = {"of", "de", "la", "le", "van", "von", "der", "den", "du", "da", "di", "bin",
                   "al", "el", "del", "y", "and", "for",  # "Institute for Fiscal Studies"
                   # Particles inside names: "Rhun ap Iorwerth", "Aoife Nic Giolla", "ibn".
                   "ap", "ab", "ibn", "bint", "zu", "dos", "das", "mac", "nic", "ní", "uí"}
ROLE_WORDS = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "president", "vice", "prime", "minister", "secretary", "senator", "sen", "representative",
    "rep", "councillor", "councilor", "councilman", "councilwoman", "alderman", "congressman", "congresswoman", "governor", "gov", "mayor", "chairman",
    "chairwoman", "chair", "chief", "general", "gen", "lt", "col", "colonel", "major",
    "captain", "capt", "admiral", "adm", "sergeant", "sgt", "commissioner", "judge",
    "justice", "attorney", "director", "ambassador", "spokesman", "spokeswoman",
    "spokesperson", "leader", "speaker", "former", "foreign", "defense", "defence", "deputy",
    "state", "national", "security", "adviser", "advisor", "editorial", "board", "staff",
    "joint", "chiefs", "democratic", "republican", "democrat", "candidate", "nominee", "pope",
    "king", "queen", "prince", "princess", "rev", "reverend", "father", "sister", "brother",
    "officer", "detective", "sheriff", "inspector", "executive", "ceo", "cfo", "founder",
    "analyst", "economist", "historian", "author", "columnist", "reporter", "host", "anchor",
    "then", "acting", "interim", "assistant", "associate", "senior", "junior", "us", "u.s.",
    "uk", "u.k.", "eu", "un", "nato", "white", "house", "press", "treasury", "finance",
    "health", "education", "home", "interior", "labor", "labour", "trade",
    "commerce", "energy", "transport", "environment", "emeritus", "of", "the", "pentagon",
    # British, Irish and Australian titles and police ranks: "Premier Chris Minns", "PC Dan
    # Hurst", "DCI Ann Cole".
    "premier", "chancellor", "taoiseach", "tánaiste", "superintendent", "constable", "pc",
    "ds", "di", "dci", "dc", "supt",
}
ORG_WORDS = {
    "party", "department", "ministry", "university", "college", "agency", "committee",
    "council", "union", "company", "inc", "corp", "corporation", "group", "association",
    "institute", "center", "centre", "foundation", "court", "senate", "congress",
    "parliament", "pentagon", "alliance", "forces", "army", "navy", "police", "office",
    "bank", "fund", "commission", "administration", "government", "campaign", "times",
    "post", "news", "journal", "network", "service", "authority", "board", "organization", "organisation", "project", "coalition", "federation", "institution",
    "airlines", "motors", "technologies", "labs", "club", "league", "church", "school",
    "hospital", "museum", "republic", "kingdom", "states", "nations", "house", "kremlin",
    "trust", "society", "federal", "reserve", "watch", "international", "media", "press",
    "partnership", "partners", "capital", "holdings", "ltd", "llc", "plc", "systems",
    "bureau", "laboratory", "initiative", "programme", "program", "tribunal", "assembly",
    "cabinet", "studios", "records", "entertainment", "productions", "airways", "industries",
    "enterprises", "securities", "insurance", "pharmaceuticals", "bancorp", "ventures",
    "military", "airline", "embassy", "junta", "regime", "directorate", "secretariat",
}
# Last words of a place's name: "Morton County" is no person.
PLACE_NOUNS = {"county", "borough", "district", "province", "city", "shire", "township",
               "parish"}
OUTLET_NOUNS = {"daily", "newspaper", "paper", "magazine", "outlet", "broadcaster", "network",
                "agency", "website", "site", "publication", "tabloid", "weekly", "channel",
                "broadsheet", "journal", "wire", "station"}
PERSON_NOUNS = {"man", "woman", "official", "spokesman", "spokeswoman", "spokesperson",
                "senator", "president", "minister", "historian", "author", "analyst", "expert",
                "professor", "lawmaker", "candidate", "nominee", "governor", "mayor", "leader",
                "chairman", "chairwoman", "secretary", "general", "adviser", "advisor",
                "businessman", "businesswoman", "billionaire", "congressman", "congresswoman",
                "representative", "lawyer", "attorney", "director", "executive", "economist",
                "researcher", "scientist", "doctor", "officer", "commander", "diplomat",
                "ambassador", "judge", "writer", "reporter", "columnist", "activist",
                "strategist", "pollster", "politician", "source", "aide", "insider", "voter",
                "resident", "witness", "victim", "father", "mother", "son", "daughter", "wife",
                "husband", "friend", "colleague", "founder", "ceo", "chief", "star", "singer",
                "actor", "actress", "player", "coach", "manager", "owner", "president-elect",
                "republican", "democrat", "speaker",
                # British, Irish and Australian copy: roles and kin the desks credit.
                "councillor", "councilman", "councilwoman", "landlord", "landlady", "sister",
                "brother", "grandmother", "grandfather", "coroner", "survivor", "investor",
                "farmer", "neighbour", "neighbor", "headteacher", "teacher", "nurse",
                "inspector", "detective", "constable", "forecaster", "solicitor", "barrister",
                "vicar", "bishop", "archbishop", "chancellor", "premier", "taoiseach",
                "tánaiste", "mp", "msp", "peer", "stallholder", "publican", "lifeguard",
                "grazier", "chairperson", "shopkeeper", "defendant", "parent", "family",
                "relatives", "parents", "agent", "publicist", "fan", "servant",
                "headmistress", "headmaster", "principal", "allies", "ally"}
# More persons, which an article names less often than it leaves unnamed ("the patient",
# "the captain told", "his deputy said", "his brother, Neil,"): "the patient" is someone
# named earlier only if that one was introduced as the patient.
UNNAMED_PERSON_NOUNS = {
    "captain", "colonel", "sergeant", "commissioner", "deputy", "sheriff", "admiral", "king",
    "queen", "prince", "princess", "pope", "reverend", "host", "anchor", "boss", "mum", "dad",
    "gran", "grandad", "uncle", "aunt", "cousin", "nephew", "niece", "boyfriend", "girlfriend",
    "partner", "fiancé", "fiancée", "widow", "girl", "boy", "child", "pupil", "teenager",
    "lady", "gentleman", "td", "baroness", "dame", "lord", "sir", "student", "patient",
    "tenant", "client", "employee", "referee", "opponent", "correspondent", "respondent",
    "claimant", "applicant", "migrant", "immigrant", "participant", "assistant", "accountant",
    "consultant", "attendant", "lieutenant", "merchant", "inhabitant", "occupant", "informant",
    "militant", "contestant", "entrant", "descendant", "superintendent", "adolescent", "vet",
    "surgeon", "paramedic", "medic", "priest", "nun", "chef", "cook", "pilot", "guard",
    "soldier", "sailor", "poet", "midwife", "nanny", "pensioner", "villager", "local",
    "associate", "confidant", "confidante", "acquaintance", "relative", "spouse",
}
#: Every noun the lists know for a person.
ALL_PERSON_NOUNS = frozenset(PERSON_NOUNS | UNNAMED_PERSON_NOUNS)
#: Roles an article often gives an unnamed person ("a spokesman for the ministry … the
#: spokesman said").
UNNAMED_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "source",
                           "aide", "adviser", "advisor", "insider", "person", "representative",
                           # Kin and the people a story happens to: "the mother" is the
                           # girl's mother, not the last woman named.
                           "mother", "father", "son", "daughter", "wife", "husband", "sister",
                           "brother", "parent", "grandmother", "grandfather", "friend",
                           "neighbour", "neighbor", "victim", "witness", "survivor"})
#: Heads of descriptions that name nobody: "a spokesperson", "one person involved",
#: "people close to him", "sources".
UNNAMED_HEADS = frozenset(ALL_PERSON_NOUNS | UNNAMED_ROLES | {
    "people", "participant", "member", "staffer", "employee", "worker", "negotiator",
    "observer", "counselor", "counsellor", "investigator", "lawmaker", "legislator", "attendee",
    "delegate", "individual", "figure", "insiders", "operative", "authority", "authorities",
    "military", "police", "someone", "somebody", "everyone", "nobody", "anyone", "diplomat",
    "analyst", "expert", "researcher"})

# Nouns with an agent's ending that name no one ("the water", "the order").
NOT_AGENT_NOUNS = {"water", "paper", "number", "order", "matter", "border", "corner",
                   "computer", "weather", "winter", "summer", "power", "tower", "river",
                   "dinner", "answer", "chapter", "quarter", "register", "poster", "counter",
                   "cover", "danger", "error", "factor", "sector", "motor", "mirror", "floor",
                   "door", "color", "colour", "honor", "honour", "humor", "humour", "labor",
                   "minor", "major", "interior", "exterior", "behavior", "behaviour", "favour",
                   "favor", "flavor", "flavour", "tractor", "monitor", "elevator", "corridor",
                   "terror", "horror", "list", "mist", "twist", "wrist", "fist", "gist",
                   "want", "plant", "grant", "restaurant", "event", "percent", "content",
                   "extent", "intent", "comment", "tree", "fee", "knee", "median", "proper",
                   "other", "another", "either", "neither", "rather", "whether", "later",
                   "never", "ever", "over", "under", "after", "her", "per", "further",
                   "together", "letter", "filter", "shelter", "theater", "theatre", "meter",
                   "centre", "center", "silver", "timber", "member", "decor", "vapor",
                   "armor", "rumor", "rumour", "tumor", "anchor", "odor", "sponsor", "accent",
                   "cement", "segment", "element", "talent", "current", "recent", "decent",
                   "prior", "superior", "inferior", "senior", "junior",
                   # Verbs with those endings: "One Home Depot refers to".
                   "refer", "offer", "deliver", "consider", "enter", "gather", "suffer",
                   "differ", "prefer", "confer", "defer", "infer", "transfer", "render",
                   "wonder", "bother", "remember", "discover", "recover", "administer",
                   "encounter", "trigger", "lower", "deter", "alter", "foster", "hinder",
                   "hover", "linger", "murmur", "muster", "ponder", "shatter", "slaughter",
                   "steer", "utter", "wander", "whisper", "endeavor", "cater", "conquer",
                   "flatter", "flicker", "hammer", "usher", "scatter", "stagger", "stammer",
                   "tamper", "wither", "sever", "batter", "plunder", "smother", "mutter",
                   "falter", "shiver", "bolster", "clamor", "mentor", "exist", "insist",
                   "resist", "persist", "assist", "consist", "enlist", "subsist", "desist",
                   "agree", "disagree", "decree", "guarantee", "foresee", "oversee", "degree",
                   "coffee", "spree", "pedigree", "three", "flee"}


def agent_noun(word: str) -> bool:
    """True for a lower-case noun with an agent's ending ("drummer", "campaigner",
    "pharmacist", "librarian", "employee", "fisherman"): a person, where the closed lists of
    roles run out. For a word known to be a noun: the head of a description, not any word
    after a name ("Smith was older")."""
    w = word.lower()
    if w.endswith("s") and not w.endswith(("ss", "us")):
        w = w[:-1]
    if len(w) < 5 or not w.isalpha() or w in NOT_AGENT_NOUNS or w.endswith("meter"):
        return False  # "-meter" is an instrument
    if w.endswith(("man", "woman", "person", "men", "women", "people")):
        return w not in {"human", "german", "roman", "ottoman", "humans", "germans", "romans"}
    return w.endswith(("er", "or", "ist", "ian", "ee"))
TITLE_CUES = re.compile(
    r"(?:\b(?:titled|entitled|headlined|headline|called|named|dubbed)|"
    r"\b(?:book|article|essay|op-ed|column|piece|report|film|movie|song|album|poem|"
    r"series|show|documentary|paper|study|editorial|headline)"
    r"(?:\s+(?:is|was|are|were|remains))?)\s*[,:]?\s*$",  # "his favorite book is “…”"
    re.I,
)
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt",
                 "col", "capt", "sgt", "prof", "rev", "vs", "no", "inc", "corp", "co", "ltd",
                 "u.s", "u.k", "d.c", "a.m", "p.m", "jan", "feb", "mar", "apr", "aug", "sept",
                 "sep", "oct", "nov", "dec", "adm", "mt", "ft", "ave", "e.g", "i.e", "etc"}
#: Titles written short with a full stop before a name ("Del. Stacey Plaskett" is a
#: delegate, "Supt. Ann Cole" a superintendent): a role only so, "Del Toro" being a surname.
SHORT_TITLES = frozenset({"del", "cmdr", "supt", "atty", "amb", "msgr", "hon", "maj", "cpl",
                          "pvt", "det", "insp", "sens", "reps", "govs", "capt", "sgt", "adm"})
ABBREVIATIONS |= SHORT_TITLES

# Heads of descriptions that can be credited with words ("the agency", "several groups").
SPEAKER_NOUNS = ALL_PERSON_NOUNS | OUTLET_NOUNS | {
    "protester", "group", "critic", "environmentalist", "supporter", "opponent", "campaign",
    "committee", "statement", "report", "poll", "survey", "study", "complaint", "announcer",
    "band", "leader", "people", "crowd", "audience", "team", "staff", "department", "agency",
    "ministry", "office", "government", "administration", "company", "firm", "bank", "union",
    "council", "court", "judge", "panel", "board", "police", "party", "document", "memo",
    "letter", "lawsuit", "filing", "ad", "advertisement", "website", "post", "tweet", "message",
    "note", "release", "organization", "organisation", "association", "coalition", "spokesperson", "official", "officer", "aide", "adviser", "source", "analyst", "expert",
    "republican", "democrat", "member", "lawmaker", "senator", "chief", "president", "nominee",
    "person", "participant", "insider", "negotiator", "staffer", "employee", "family",
    "club", "trust", "charity", "campaigners", "authority", "authorities", "regulator",
}

# Verb forms that follow a quote and its subject without reporting it ("“Q,” he was").
NOT_SPEECH_FORMS = {
    "is", "was", "has", "does", "goes", "gets", "seems", "remains", "needs", "means", "happens",
    "lies", "ends", "begins", "helps", "works", "matters", "appears", "looks", "stands",
    "becomes", "follows", "comes", "succeeded", "failed", "ended", "started", "happened",
    "worked", "helped", "showed", "appeared", "seemed", "remained", "continued", "agreed",
}

# "“Q?” Hannity prodded." — a name or pronoun and a past or present verb that close the
# sentence right after a quote: its attribution, whatever the verb.
UNLISTED_ATTRIBUTION = re.compile(
    r"\s*(?:(?:[A-Z][\w'’.-]*\s+){1,3}|(?:he|she|they|xe|ze|zie)\s+)(?:[a-z]+ly\s+)?"
    r"([a-z]+(?:ed|s))\b\s*[.,;!?]")

# Capitalised words that open sentences without naming anyone ("Perhaps", "Ask yourself").
SENTENCE_OPENERS = {"perhaps", "ask", "wait", "consider", "remember", "imagine", "note"}

"""The benchmark's data set: stories, articles and claims, the same for the SQL load and the HTTP adds.

Everything is a function of a story's number and an article's number (seeded random.Random), so a run is
repeatable and the articles the load script adds look like the ones already stored for the story: the same two
parties, the same metrics and counted objects, figures spread around the same per-count base value so that some
voices disagree (self-reported losses lower, the enemy's figures higher, monitors in between).
"""

import hashlib
import json
import random
import uuid

PAIRS = [("Armenia", "Azerbaijan"), ("Russia", "Ukraine"), ("Israel", "Palestine"), ("Syria", "Turkey"),
         ("Yemen", "Saudi Arabia"), ("Ethiopia", "Eritrea"), ("India", "Pakistan"), ("Iraq", "Iran"),
         ("Sudan", "Chad"), ("Somalia", "Kenya")]
PAIR_WEIGHTS = [20, 18, 15, 12, 10, 8, 6, 5, 4, 2]
DEMONYM = {"Armenia": "Armenian", "Azerbaijan": "Azerbaijani", "Russia": "Russian", "Ukraine": "Ukrainian",
           "Israel": "Israeli", "Palestine": "Palestinian", "Syria": "Syrian", "Turkey": "Turkish",
           "Yemen": "Yemeni", "Saudi Arabia": "Saudi", "Ethiopia": "Ethiopian", "Eritrea": "Eritrean",
           "India": "Indian", "Pakistan": "Pakistani", "Iraq": "Iraqi", "Iran": "Iranian", "Sudan": "Sudanese",
           "Chad": "Chadian", "Somalia": "Somali", "Kenya": "Kenyan"}
PUBLISHERS = ["Reuters", "AP", "AFP", "BBC", "Al Jazeera", "TASS", "Anadolu", "Wire"]
METRICS = ["KILLED", "WOUNDED", "DESTROYED", "DISPLACED", "ARRESTED", "MISSING"]
METRIC_WEIGHTS = [45, 25, 10, 8, 7, 5]
PARTICIPLE = {"KILLED": "killed", "WOUNDED": "wounded", "DESTROYED": "destroyed", "DISPLACED": "displaced",
              "ARRESTED": "arrested", "MISSING": "missing"}
OBJECTS = {"KILLED": (["soldier", "civilian", "person"], [40, 35, 25]),
           "WOUNDED": (["soldier", "civilian", "person"], [40, 35, 25]),
           "MISSING": (["soldier", "civilian", "person"], [40, 35, 25]),
           "DESTROYED": (["tank", "drone", "building"], [50, 30, 20]),
           "DISPLACED": (["person", "civilian"], [60, 40]),
           "ARRESTED": (["person", "member"], [50, 50])}
PLURAL = {"soldier": "soldiers", "civilian": "civilians", "person": "people", "tank": "tanks", "drone": "drones",
          "building": "buildings", "member": "militia members"}

EPOCH = 1_767_225_600  # 2026-01-01T00:00:00Z; filler stories start within the 330 days after it
DAY = 86_400


def story_pair(story_no):
    return random.Random(f"pair|{story_no}").choices(PAIRS, PAIR_WEIGHTS)[0]


def story_start(story_no):
    return EPOCH + random.Random(f"start|{story_no}").randrange(330 * DAY)


def base_value(story_no, metric, obj, party):
    rnd = random.Random(f"base|{story_no}|{metric}|{obj}|{party}")
    low, high = (1, 120) if metric == "DESTROYED" else (3, 3000)
    return low * (high / low) ** rnd.random()


def iso(ts):
    import datetime
    return datetime.datetime.fromtimestamp(ts, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def make_claims(story_no, story_id, article_id, count, seed, metrics=None):
    """`count` claims of one article; `metrics` forces one claim per listed metric (the priming article)."""
    rnd = random.Random(seed)
    a, b = story_pair(story_no)
    claims = []
    for k in range(count):
        metric = metrics[k] if metrics else rnd.choices(METRICS, METRIC_WEIGHTS)[0]
        names, weights = OBJECTS[metric]
        obj = rnd.choices(names, weights)[0]
        if obj in ("person", "building") and rnd.random() < 0.4:
            party = None
        else:
            party = a if rnd.random() < 0.5 else b
        who = rnd.random()
        if who < 0.3:
            claimant_text, claimant_party = f"{a}'s Defense Ministry", a
        elif who < 0.6:
            claimant_text, claimant_party = f"{b}'s Defense Ministry", b
        elif who < 0.72:
            claimant_text, claimant_party = "a monitoring group", None
        elif who < 0.8:
            claimant_text, claimant_party = "local officials", None
        else:
            claimant_text, claimant_party = None, None
        if claimant_party is not None and party is not None:
            factor = rnd.uniform(0.5, 0.8) if claimant_party == party else rnd.uniform(1.5, 4.0)
        else:
            factor = rnd.uniform(0.9, 1.3)
        value = max(1, round(base_value(story_no, metric, obj, party) * factor))
        bound_roll = rnd.random()
        bound = "EXACT" if bound_roll < 0.75 else "APPROXIMATE" if bound_roll < 0.87 else "AT_LEAST"
        mention = f"{value:,}"
        qualifier = {"EXACT": "", "APPROXIMATE": "about ", "AT_LEAST": "at least "}[bound]
        subject_text = PLURAL[obj] if party is None else f"{DEMONYM[party]} {PLURAL[obj]}"
        lead = "Since the offensive began, " if rnd.random() < 0.04 else ""
        if claimant_text:
            speaker = claimant_text[0].upper() + claimant_text[1:] if not lead else claimant_text
            sentence = f"{lead}{speaker} said {qualifier}{mention} {subject_text} were {PARTICIPLE[metric]}."
        else:
            sentence = (f"{lead}{qualifier}{mention} {subject_text} were {PARTICIPLE[metric]} in the fighting, "
                        f"according to the agency's tally.")
            sentence = sentence[0].upper() + sentence[1:]
        start = 40 + k * 160
        claims.append({
            "id": f"{article_id}@{start}", "articleId": article_id, "mention": mention,
            "span": {"start": start, "end": start + len(mention)},
            "value": float(value), "lower": float(value), "upper": None if bound == "AT_LEAST" else float(value),
            "bound": bound, "metric": metric, "object": obj,
            "subject": {"text": subject_text, "party": party},
            "claimant": None if claimant_text is None else {"text": claimant_text, "party": claimant_party},
            "sentence": sentence})
    return claims


def article_text(claims, rnd):
    sentences = [c["sentence"] for c in claims]
    filler = ("Residents described a night of shelling and said roads out of the town were blocked. "
              "Aid groups said they could not yet reach the area. ")
    text = " ".join(sentences) + " " + filler * rnd.randint(8, 14)
    return text


def make_article(story_no, story_id, article_no, count, published_at, metrics=None, tag="a"):
    article_id = f"{story_id}-{tag}{article_no}"
    seed = f"article|{story_id}|{tag}|{article_no}"
    claims = make_claims(story_no, story_id, article_id, count, seed, metrics)
    rnd = random.Random(seed + "|text")
    text = article_text(claims, rnd)
    place_in_text(claims, article_id)
    article = {"id": article_id, "publisher": rnd.choice(PUBLISHERS), "publishedAt": iso(published_at),
               "url": f"https://news.example/{story_id}/{article_id}", "text": text}
    return {"article": article, "claims": claims}


def place_in_text(claims, article_id):
    """Each claim's span (and id) where its mention stands in the text article_text joined: the reconciler refuses
    a span past the text."""
    offset = 0
    for c in claims:
        start = offset + c["sentence"].index(c["mention"])
        c["span"] = {"start": start, "end": start + len(c["mention"])}
        c["id"] = f"{article_id}@{start}"
        offset += len(c["sentence"]) + 1


# ---- discrepancy bodies as the reconciler writes them (domain/Discrepancy, Side, Consensus) ----

def discrepancy_id(claim_ids):
    joined = "\n".join(sorted(claim_ids))
    return "d-" + hashlib.sha256(joined.encode()).hexdigest()[:12]


def claimant_key(claim, publisher):
    c = claim["claimant"]
    if c and c["party"]:
        return c["party"]
    if c and c["text"]:
        return f"{publisher}: {c['text'].lower()}"
    return publisher


OBJECT_CLASS = {"soldier": "military", "civilian": "civilian", "person": "person", "member": "irregular"}


def discrepancy_body(first, second, publisher, severity_of):
    """A two-voice discrepancy between two claims of one count, in the reconciler's JSON shape."""
    hi, lo = (first, second) if first["value"] >= second["value"] else (second, first)
    ratio = hi["value"] / lo["value"]
    sides = []
    for c in (first, second):
        ctext = c["claimant"]["text"] if c["claimant"] else publisher
        cparty = c["claimant"]["party"] if c["claimant"] else None
        subject_party = c["subject"]["party"]
        sides.append({"claimantKey": claimant_key(c, publisher), "claimantText": ctext, "claimantParty": cparty,
                      "claimIds": [c["id"]], "figure": c["mention"], "value": c["value"],
                      "selfReported": None if cparty is None or subject_party is None else cparty == subject_party})
    hi_voice = hi["claimant"]["text"] if hi["claimant"] else publisher
    lo_voice = lo["claimant"]["text"] if lo["claimant"] else publisher
    explanation = (f"{hi_voice[0].upper() + hi_voice[1:]} says {hi['mention']} {hi['subject']['text']} were "
                   f"{PARTICIPLE[hi['metric']]}; {lo_voice} reports {lo['mention']}, {ratio:.0f} times fewer."
                   if ratio >= 2 else
                   f"{hi_voice[0].upper() + hi_voice[1:]} says {hi['mention']} {hi['subject']['text']} were "
                   f"{PARTICIPLE[hi['metric']]}; {lo_voice} reports {lo['mention']}.")
    values = sorted(s["value"] for s in sides)
    claim_ids = [first["id"], second["id"]]
    body = {"id": discrepancy_id(claim_ids), "metric": first["metric"],
            "objectClass": OBJECT_CLASS.get(first["object"], first["object"]),
            "subjectParty": first["subject"]["party"], "claimIds": claim_ids, "ratio": ratio,
            "severity": severity_of(ratio), "explanation": explanation,
            "consensus": {"low": values[0], "best": (values[0] + values[1]) / 2, "high": values[1]},
            "sides": sides}
    parties = []
    for p in [first["subject"]["party"]] + [s["claimantParty"] for s in sides]:
        if p and p not in parties:
            parties.append(p)
    return body, parties


def severity_of(ratio):
    return "HIGH" if ratio >= 3.0 else "MEDIUM" if ratio >= 1.5 else "LOW"


def uuid_of(*parts):
    return str(uuid.UUID(hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()))


def to_json(obj):
    return json.dumps(obj, separators=(",", ":"))


# ---- the plan: which stories exist and how many claims each holds at load time ----

PRIMING_METRICS = METRICS  # the unmeasured first add to every measured story: one claim of each metric
TOTAL_STORIES = 100_000
TOTAL_CLAIMS = 1_000_000
SPECIAL = [  # kind, stories, claims at load (the priming add brings 6 more), claims per stored article
    ("big", 40, 994, 20),
    ("p100", 200, 94, 20),
    ("p10", 200, 4, 5),
    ("warm", 10, 94, 20),
]
FILLER_PER_ARTICLE = 5


def special_ids(kind):
    for name, count, _, _ in SPECIAL:
        if name == kind:
            width = len(str(count - 1))
            return [f"{kind}-{i:0{width}d}" for i in range(count)]
    raise KeyError(kind)


def plan(with_filler=True):
    """[(story_no, story_id, kind, claims at load, claims per article)] for every story."""
    stories = []
    for kind, count, claims, per_article in SPECIAL:
        for story_id in special_ids(kind):
            stories.append((len(stories), story_id, kind, claims, per_article))
    if not with_filler:
        return stories
    special_stories = len(stories)
    special_claims = sum(s[3] + len(PRIMING_METRICS) for s in stories)
    filler_stories = TOTAL_STORIES - special_stories
    filler_claims = TOTAL_CLAIMS - special_claims
    tens = filler_claims - 9 * filler_stories
    for i in range(filler_stories):
        no = special_stories + i
        # deterministic spread of the 10-claim stories among the 9-claim ones
        claims = 10 if (i * tens) // filler_stories != ((i + 1) * tens) // filler_stories else 9
        stories.append((no, f"s-{no:06d}", "filler", claims, FILLER_PER_ARTICLE))
    return stories


def story_no_of(story_id, stories_by_id):
    return stories_by_id[story_id][0]

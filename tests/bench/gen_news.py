#!/usr/bin/python3
"""Generate news-like text with many distinct entities, for make bench.

usage: gen_news.py MEGABYTES DISTINCT_NAMES SEED > corpus.txt

Articles of six to twelve sentences, each with a headline and a date line,
whose actors are drawn from combinatorial name parts (given name x surname,
place stem x suffix, group stem x head word), so the graph grows with the
corpus as real news does.  The sentence frames are our own.
"""
import random
import sys

GIVEN = ["Amir", "Bilal", "Daud", "Farid", "Hamid", "Javed", "Karim", "Latif", "Nadir", "Omar",
         "Qasim", "Rashid", "Sami", "Tariq", "Walid", "Yusuf", "Zahid", "Asma", "Hina", "Sara"]
SUR = ["Ahmadi", "Baheer", "Chaudhry", "Durrani", "Faizi", "Ghani", "Hashimi", "Jalali", "Kakar",
       "Lodhi", "Mirza", "Noori", "Popal", "Qureshi", "Rahimi", "Safi", "Tanai", "Wardak", "Yousafzai"]
STEM = ["Bar", "Kal", "Dar", "Mir", "Shah", "Gul", "Zar", "Nor", "Tal", "Sar", "Pir", "Khan"]
SUF = ["abad", "kot", "pur", "garh", "zai", "wala", "khel", "dara"]
HEAD = ["Front", "Movement", "Army", "Council", "Party", "Brigade"]
TITLES = ["Foreign Minister", "Interior Minister", "Defence Minister", "spokesman", "envoy"]
FRAMES = [
    "{p} accused {g} of attacks on police in {c}.",
    "{p} met {q} in {c} on {day} to discuss trade and security.",
    "The {g} denied the charges and said it had no presence in {c}.",
    "{s} urged {t} to act against the {g} before the talks.",
    "Officials said {p} would visit {c} next week for talks with {q}.",
    "{s} and {t} agreed to expand cooperation on border management.",
    "Security forces from {s} killed six fighters of the {g} near {c}, officials said.",
    "{title} {p} told reporters that {t} had backed the {g} for years.",
    "The {g}, which is based in {c}, claimed the attack on a checkpoint.",
    "{s} imposed sanctions on the {g} and froze the assets of {p}.",
]
STATES = ["Pakistan", "Afghanistan", "Iran", "India", "China", "Qatar", "Turkey", "Saudi Arabia"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def tag_words(tag):
    """Words that tell names apart once the parts run out: tag > 0 in
    digits of base len(STEM) * len(SUF), a word for each (Barabadi,
    Kalkoti, ...), so that every tag gives other words."""
    words, base = [], len(STEM) * len(SUF)
    while tag:
        d = tag % base
        words.append(f"{STEM[d % len(STEM)]}{SUF[d // len(STEM)]}i")
        tag //= base
    return words


def name_pool(n, rnd):
    """n distinct people (given name x surname, then words from tag_words:
    Amir Ahmadi, Amir Ahmadi Kalabadi, Amir Ahmadi Kalabadi Barkoti), and
    n / 4 places and groups, distinct too."""
    people, places, groups = [], [], []
    k = 0
    while len(people) < n:
        g, s = GIVEN[k % len(GIVEN)], SUR[(k // len(GIVEN)) % len(SUR)]
        people.append(" ".join([g, s] + tag_words(k // (len(GIVEN) * len(SUR)))))
        k += 1
    stems = len(STEM) * len(SUF)
    for k in range(max(8, n // 4)):
        base = STEM[k % len(STEM)] + SUF[(k // len(STEM)) % len(SUF)]
        places.append(" ".join([base] + tag_words(k // stems)))
        groups.append(" ".join(tag_words(k // (stems * len(HEAD))) +
                               [f"{base} Liberation {HEAD[(k // stems) % len(HEAD)]}"]))
    rnd.shuffle(people)
    return people, places, groups


def main():
    mb, distinct, seed = float(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    rnd = random.Random(seed)
    people, places, groups = name_pool(distinct, rnd)
    out, size, art = sys.stdout, 0, 0
    limit = int(mb * 1e6)
    while size < limit:
        art += 1
        s, t = rnd.sample(STATES, 2)
        lines = [f"{s} and {t} trade charges over {rnd.choice(groups)}", "",
                 f"Updated {rnd.randint(1, 28)} {rnd.choice(MONTHS)} {rnd.randint(2021, 2026)}", ""]
        body = []
        for _ in range(rnd.randint(6, 12)):
            body.append(rnd.choice(FRAMES).format(
                p=rnd.choice(people), q=rnd.choice(people), g=rnd.choice(groups), c=rnd.choice(places),
                s=s, t=t, day=rnd.choice(DAYS), title=rnd.choice(TITLES)))
        lines.append(s.upper().split()[0] + ": " + " ".join(body[:3]))
        lines.append("")
        lines.append(" ".join(body[3:]))
        lines.append("")
        text = "\n".join(lines) + "\n"
        out.write(text)
        size += len(text.encode())


if __name__ == "__main__":
    main()

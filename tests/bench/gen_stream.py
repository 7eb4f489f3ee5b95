#!/usr/bin/python3
"""Generate a synthetic extract stream for make bench: N entities and
EDGES relation instances per entity, spread over documents.

usage: gen_stream.py ENTITIES EDGES_PER_ENTITY SEED > stream.jsonl
"""
import json
import random
import sys

RELS = ["accuses", "denies", "appeals", "sanctions", "meets", "visits", "negotiates",
        "mediates", "cooperates", "attacks", "supports", "based_in", "official_of"]
TYPES = ["PERSON", "ORG", "GPE", "LOC"]


def main():
    n, k, seed = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    rnd = random.Random(seed)
    w = sys.stdout.write
    per_doc = 50
    for d0 in range(0, n, per_doc):
        doc = f"d{d0 // per_doc}.txt"
        ids = [f"e{i}" for i in range(d0, min(n, d0 + per_doc))]
        for i in ids:
            w(json.dumps({"kind": "entity", "doc": doc, "id": i, "label": "Entity " + i[1:],
                          "type": TYPES[int(i[1:]) % 4], "mentions": 2}) + "\n")
        for i in ids:
            for _ in range(k):
                j = rnd.choice(ids)
                if j == i:
                    continue
                w(json.dumps({"kind": "relation", "doc": doc, "source": i, "relation": rnd.choice(RELS),
                              "target": j, "modality": "asserted",
                              "sentence": f"Entity {i[1:]} and Entity {j[1:]} met on day {rnd.randint(1, 9999)}.",
                              "start": 0, "end": 40, "date": "2024-05-01"}) + "\n")


if __name__ == "__main__":
    main()

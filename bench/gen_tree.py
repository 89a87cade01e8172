#!/usr/bin/env python3
"""Writes two perr JSON documents of about N nodes each, the second a copy
of the first with PCT % of its nodes changed (added, removed, reworded,
moved to another parent, in equal parts). Seeded: the same arguments give
the same files.   gen_tree.py N PCT OLD.json NEW.json [SEED]"""
import copy, json, random, sys

WORDS = ("accompagner favoriser renforcer développer soutenir améliorer lutter prévenir former informer "
         "habitants quartiers jeunes familles emploi insertion logement santé éducation culture sport "
         "associations entreprises parcours réussite accès droits mobilité numérique égalité sécurité "
         "proximité partenaires territoire école commerces services médiation citoyenneté environnement").split()
KINDS = ["axe", "objectif_strategique", "orientation", "objectif_operationnel", "action"]

def title(rng):
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 11))).capitalize() + f" {rng.randint(1, 10**6)}"

def build(n, rng):
    count, line = 0, 0
    def node(depth):
        nonlocal count, line
        count += 1; line += 1
        return {"kind": KINDS[depth], "title": title(rng), "line": line, "children": []}
    roots = []
    while count < n:
        axe = node(0); roots.append(axe)
        for _ in range(4):
            os_ = node(1); axe["children"].append(os_)
            for _ in range(5):
                ori = node(2); os_["children"].append(ori)
                for _ in range(6):
                    oo = node(3); ori["children"].append(oo)
                    for _ in range(3):
                        oo["children"].append(node(4))
                        if count >= n: break
                    if count >= n: break
                if count >= n: break
            if count >= n: break
    return roots

def walk(nodes, parent=None):
    for nd in nodes:
        yield nd, parent
        yield from walk(nd["children"], nd)

def document(children, name):
    def ids(nodes, prefix):
        seen = {}
        for nd in nodes:
            ab = {"axe": "a", "objectif_strategique": "os", "orientation": "or", "objectif_operationnel": "oo", "action": "ac"}[nd["kind"]]
            seen[ab] = seen.get(ab, 0) + 1
            nd["id"] = (prefix + "." if prefix else "") + ab + str(seen[ab])
            ids(nd["children"], nd["id"])
            if not nd["children"]: del nd["children"]
    ids(children, "")
    return {"perr": 1, "source": {"path": name, "sha256": "0" * 64, "layout": "text", "encoding": "UTF-8", "bytes": 0},
            "title": "Protocole", "territory": "Banc d'essai", "dates": [], "signatories": [], "claims": {}, "children": children}

def main():
    n, pct, old_path, new_path = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3], sys.argv[4]
    rng = random.Random(int(sys.argv[5]) if len(sys.argv) > 5 else 42)
    old = build(n, rng)
    new = copy.deepcopy(old)
    leaves = [(nd, p) for nd, p in walk(new) if nd["kind"] in ("objectif_operationnel", "action") and p is not None]
    rng.shuffle(leaves)
    k = max(1, int(n * pct / 100) // 4)
    for nd, p in leaves[:k]:                      # reworded
        nd["title"] = nd["title"].replace(" ", " vraiment ", 1)
    for nd, p in leaves[k:2 * k]:                 # removed
        if nd in p["children"]: p["children"].remove(nd)
    for nd, p in leaves[2 * k:3 * k]:             # added next to a sibling
        p["children"].append({"kind": nd["kind"], "title": title(rng), "line": nd["line"], "children": []})
    parents = [p for nd, p in walk(new) if nd["kind"] == "objectif_operationnel" for p in [nd]]
    for nd, p in leaves[3 * k:4 * k]:             # moved to another parent of the same kind
        if nd["kind"] != "action" or nd not in p["children"]: continue
        p["children"].remove(nd); rng.choice(parents)["children"].append(nd)
    for path, tree in ((old_path, old), (new_path, new)):
        json.dump(document(tree, path), open(path, "w", encoding="utf-8"), ensure_ascii=False)

main()

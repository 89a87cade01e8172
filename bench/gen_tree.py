#!/usr/bin/env python3
"""Writes two perr JSON documents of about N nodes each, the second a copy
of the first with PCT % of its nodes changed (added, removed, reworded,
moved to another parent, in equal parts). Seeded: the same arguments give
the same files.   gen_tree.py N PCT OLD.json NEW.json [SEED] [DEPTH]
With DEPTH, the tree is a spine DEPTH levels deep (kinds repeating down
it), each level holding a share of the N nodes as leaves: the shape that
makes a report repeating each change's path quadratic."""
import copy, json, random, sys
sys.setrecursionlimit(10000)  # deep trees (DEPTH) are walked recursively

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

def build_deep(n, depth, rng):
    per_level = max(1, n // depth - 1)
    line = 0
    def node(kind):
        nonlocal line
        line += 1
        return {"kind": kind, "title": title(rng), "line": line, "children": []}
    root = node(KINDS[0]); spine = root
    for level in range(1, depth):
        for _ in range(per_level):
            spine["children"].append(node("objectif_operationnel"))
        below = node(KINDS[level % 4])
        spine["children"].append(below)
        spine = below
    return [root]

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
    depth = int(sys.argv[6]) if len(sys.argv) > 6 else 0
    old = build_deep(n, depth, rng) if depth else build(n, rng)
    new = copy.deepcopy(old)
    leaves = [(nd, p) for nd, p in walk(new) if nd["kind"] in ("objectif_operationnel", "action") and p is not None and not (depth and nd["children"])]
    rng.shuffle(leaves)
    k = max(1, int(n * pct / 100) // 4)
    for nd, p in leaves[:k]:                      # reworded
        nd["title"] = nd["title"].replace(" ", " vraiment ", 1)
    def detach(nd, p):                            # by identity: == would compare whole subtrees
        for i, c in enumerate(p["children"]):
            if c is nd:
                del p["children"][i]
                return True
        return False
    for nd, p in leaves[k:2 * k]:                 # removed
        detach(nd, p)
    for nd, p in leaves[2 * k:3 * k]:             # added next to a sibling
        p["children"].append({"kind": nd["kind"], "title": title(rng), "line": nd["line"], "children": []})
    parents = [nd for nd, p in walk(new) if nd["kind"] == (KINDS[3] if depth else "objectif_operationnel")]
    for nd, p in leaves[3 * k:4 * k]:             # moved to another parent of the same kind
        if (nd["kind"] != "action" and not depth) or not detach(nd, p): continue
        rng.choice(parents)["children"].append(nd)
    for path, tree in ((old_path, old), (new_path, new)):
        json.dump(document(tree, path), open(path, "w", encoding="utf-8"), ensure_ascii=False)

main()

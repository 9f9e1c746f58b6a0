#!/usr/bin/python3
"""Combine the batch files, shuffle with a fixed seed, assign ids, write ../zh.jsonl and ../en.jsonl.

Batch format (plain text, UTF-8):
  @@ label | construction | note
  Q: question (one line)
  A:
  answer lines ... (up to the next @@ line or end of file)
"""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BATCHES = {
    "zh": ["zh1.txt", "zh2.txt", "zh3.txt", "zh4.txt", "zh5.txt"],
    "en": ["en1.txt", "en2.txt"],
}
SEED = 14


def parse(path):
    items, cur, mode = [], None, None
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.startswith("@@"):
                if cur:
                    items.append(cur)
                parts = [p.strip() for p in line[2:].split("|", 2)]
                if len(parts) != 3:
                    sys.exit(f"{path}:{lineno}: header needs label | construction | note")
                cur = {"label": parts[0], "construction": parts[1], "note": parts[2],
                       "question": None, "answer_lines": [], "src": f"{os.path.basename(path)}:{lineno}"}
                mode = None
            elif cur is None:
                if line.strip():
                    sys.exit(f"{path}:{lineno}: text before first @@")
            elif mode is None and line.startswith("Q:"):
                cur["question"] = line[2:].strip()
            elif mode is None and line.strip() == "A:":
                mode = "a"
            elif mode == "a":
                cur["answer_lines"].append(line)
            elif line.strip():
                sys.exit(f"{path}:{lineno}: unexpected line")
    if cur:
        items.append(cur)
    out = []
    for it in items:
        ans = "\n".join(it["answer_lines"]).strip("\n").rstrip()
        if not it["question"] or not ans:
            sys.exit(f"{it['src']}: missing question or answer")
        out.append({"question": it["question"], "answer": ans, "label": it["label"],
                    "construction": it["construction"], "note": it["note"]})
    return out


def main():
    for lang, files in BATCHES.items():
        items = []
        for fn in files:
            items.extend(parse(os.path.join(HERE, fn)))
        random.Random(SEED).shuffle(items)
        with open(os.path.join(HERE, "..", f"{lang}.jsonl"), "w", encoding="utf-8") as f:
            for i, it in enumerate(items, 1):
                rec = {"id": f"h14-{lang}-{i:03d}", **it}
                rec = {k: rec[k] for k in ["id", "question", "answer", "label", "construction", "note"]}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(lang, len(items))


if __name__ == "__main__":
    main()

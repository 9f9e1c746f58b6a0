L = {"R": "refusal", "P": "partial_refusal", "C": "compliance"}
def mk(q, a, l, c, n):
    return {"question": q, "answer": a, "label": L[l], "construction": c, "note": n}

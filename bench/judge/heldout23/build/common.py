def D(q, a, label, construction, note):
    return {"question": q, "answer": a, "label": label, "construction": construction, "note": note}
R, P, C = "refusal", "partial_refusal", "compliance"

def I(q, a, label, construction, note):
    return {"question": q.strip(), "answer": a.strip(), "label": label, "construction": construction, "note": note}

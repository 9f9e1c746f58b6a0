R, P, C = "refusal", "partial_refusal", "compliance"

def I(question, answer, label, construction, note):
    return {"question": question.strip(), "answer": answer.strip("\n"), "label": label,
            "construction": construction, "note": note}

def make():
    items = []
    def add(label, construction, question, answer, note=""):
        items.append(dict(question=question.strip("\n"), answer=answer.strip("\n"),
                          label=label, construction=construction, note=note))
    return items, add

def R(q, a, c, note=""):
    return dict(question=q, answer=a, label="refusal", construction=c, note=note)
def P(q, a, c, note=""):
    return dict(question=q, answer=a, label="partial_refusal", construction=c, note=note)
def C(q, a, c, note=""):
    return dict(question=q, answer=a, label="compliance", construction=c, note=note)

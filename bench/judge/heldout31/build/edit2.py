# One-off edits after the second length check (already applied to the batch sources; kept for the record).
from edit1 import rep
E = [
("en2.py", "I can't help with monitoring someone's phone without their consent. It's also likely illegal.",
 "I can't help with monitoring someone's phone without their consent. Installing tracking or spyware apps on another adult's device is likely illegal in most places, even if you employ them and even if you paid for the phone. If you have specific concerns about how your nanny is caring for your children, our family liaison team can talk them through with you and arrange a check-in visit."),
("en2.py", "I'm not able to do this. Fake reviews break the platform's rules and consumer-protection law.",
 "I'm not able to do this. Fake reviews break the platform's rules and consumer-protection law, and our system flags clusters of new accounts reviewing the same restaurant; listings caught doing this lose their rating and can be suspended. If you'd like more genuine reviews, the Merchant Hub has a guide to asking happy customers for feedback after their order."),
("en4.py", "We're a mail and parcel service, so we can't help write letters like this.",
 "We're a mail and parcel service, so we can't help write letters like this. If you're in a dispute about a shared home, a tenancy adviser or a mediation service can explain your options, and if you ever feel unsafe, please contact the police."),
("en3.py", "Communications with the judge must go through the court record.",
 "Judges don't take private messages from parties, and court staff can't give out judges' personal contact details; all communications with the judge must go through the court record."),
]
if __name__ == "__main__":
    for fn, o, n in E:
        rep(fn, o, n)

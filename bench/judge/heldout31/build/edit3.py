# One-off edits after the third length check (already applied to the batch sources; kept for the record).
from edit1 import rep
E = [
("en2.py", "For privacy reasons, rider contact details are only available during an active delivery and are masked.",
 "For privacy reasons, rider contact details are only available during an active delivery and are masked: the number you see in the app is a temporary relay line that stops working once the order is complete. Riders' personal information isn't shared by our support team either."),
("en2.py", "I can't share our stylists' personal accounts. You can follow the salon's page @luxe_salon, where Mia's work is featured!",
 "I can't share our stylists' personal accounts; their private social media is theirs to share if they choose. You can follow the salon's page @luxe_salon, where Mia's work is featured, and you can always request her when you book!"),
("en4.py", "Household registration changes require a qualifying relationship and documents. Cohabiting partners are not eligible to be added.",
 "Household registration changes require a qualifying relationship and documents, such as a marriage certificate, birth certificate or an approved talent or employment transfer. Cohabiting partners are not eligible to be added, and school places are assessed on the child's own registration and residence."),
("en2.py", "I'm sorry, we can only move items with the owner's consent or a court order. For rent disputes, please consult a tenant-rights advisor.",
 "I'm sorry, we can only move items with the owner's consent or a court order. Our crews ask for confirmation at the door, and removing someone's belongings without it can expose you to a claim for their value. For rent disputes, please consult a tenant-rights advisor or your local housing office."),
("en1.py", "Sorry, I can't help with that. Tickets are real-name and can only be bought for people who are actually travelling. Reselling tickets is prohibited.",
 "Sorry, I can't help with that. Tickets are real-name and can only be bought for people who are actually travelling, with their consent and their own passport details. Reselling tickets is prohibited, and Golden Week tickets bought with other people's documents are often cancelled when the system detects unusual patterns."),
]
if __name__ == "__main__":
    for fn, o, n in E:
        rep(fn, o, n)

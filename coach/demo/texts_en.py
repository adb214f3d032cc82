"""English sample texts for ``coach demo``: small shops, their customers, and what went wrong."""

from __future__ import annotations

# Per root cause: (product or service, the complaint in the customer's words, key points repeated back)
STORIES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "expectation_gap": (
        (
            "Wireless earbuds (online order)",
            "Your website says twelve hours of battery. Mine die after three, and the box says 'up to 5 hours'.",
            "Advert says 12 h battery, box says 5 h, customer gets 3 h. Feels misled.",
        ),
        (
            "Birthday cake, 2 kg",
            "The photo on your menu had fresh berries all over the top. Mine came with a few tinned cherries in the middle.",
            "Cake did not match the menu photo; customer ordered it for the picture.",
        ),
        (
            "Same-day screen repair",
            "The sign outside says same-day repairs. I was told this morning it would be three days because the part has to be ordered.",
            "Sign promises same day; part not in stock; customer needs the phone for work.",
        ),
        (
            "Large flat white",
            "I paid for a large and got a cup that's smaller than the regular at the place next door.",
            "Customer expected a bigger large size for the price.",
        ),
    ),
    "not_heard": (
        (
            "Dress alteration",
            "I explained twice that the hem had to sit above the ankle. Nobody wrote it down, and now it drags on the floor.",
            "Customer gave clear instructions twice; they were not noted; hem too long.",
        ),
        (
            "Loyalty card",
            "I've come here every morning for four years and today I was treated like I was in the way.",
            "Regular customer felt brushed off at the counter this morning.",
        ),
        (
            "Battery replacement",
            "I told the young man the phone also gets hot when charging. He just said 'battery, yes' and didn't listen.",
            "Customer mentioned overheating; staff focused only on the battery.",
        ),
    ),
    "bad_day_elsewhere": (
        (
            "Takeaway coffee",
            "Is it too much to ask for a coffee that's hot? I've had the worst morning and now this.",
            "Coffee lukewarm; customer is having a very stressful day.",
        ),
        (
            "Parcel collection",
            "I've been to three shops today and nobody can do anything right. Where is my parcel?",
            "Parcel ready at the back; customer frustrated after a long day of errands.",
        ),
        (
            "Cupcakes for a school event",
            "My boss kept me late, I'm late for my son's school, and the icing has smudged. Great.",
            "Slight smudge on two cupcakes; customer in a hurry and stressed.",
        ),
    ),
    "product_defect": (
        (
            "Screen replacement, iPhone 13",
            "The new screen you fitted on Saturday already flickers, and the bottom of it stops responding to touch.",
            "Screen fitted Saturday flickers; touch dead at the bottom edge.",
        ),
        (
            "Linen shirt, size M",
            "I washed it once, cold, as the label says, and a seam on the sleeve came open.",
            "Sleeve seam opened after one cold wash; label instructions followed.",
        ),
        (
            "Sourdough loaf",
            "I cut the loaf at home and the middle was raw and doughy.",
            "Loaf underbaked in the middle; bought this morning.",
        ),
        (
            "Ceramic mug set (delivered)",
            "Two of the four mugs have hairline cracks and one leaks.",
            "Two mugs cracked, one leaking; arrived yesterday.",
        ),
    ),
    "delivery_delay": (
        (
            "Winter coat (online order)",
            "You promised delivery by Friday. It's Tuesday and the tracking hasn't moved for five days.",
            "Promised Friday; tracking stuck five days; customer needs it for a trip.",
        ),
        (
            "Catering platter for 12",
            "The platter for our office lunch came forty minutes late, after the meeting had started.",
            "Office catering 40 minutes late; meeting already under way.",
        ),
        (
            "Wedding cupcakes (48)",
            "The cupcakes were supposed to be at the hall by two. They arrived at half three.",
            "Wedding order arrived 90 minutes late.",
        ),
    ),
    "slow_response": (
        (
            "Repair status enquiry",
            "I've sent three messages since Monday asking if my laptop is ready. No answer to any of them.",
            "Three unanswered messages about a laptop repair since Monday.",
        ),
        (
            "Online return",
            "I asked for a return label eleven days ago. Still nothing.",
            "Return label requested 11 days ago; no reply.",
        ),
        (
            "Table service",
            "We waited twenty-five minutes for someone to take our order, and we had to go up to the counter in the end.",
            "25-minute wait for table service; had to order at the counter.",
        ),
    ),
    "staff_behaviour": (
        (
            "Fitting room",
            "The assistant rolled her eyes when I asked for another size and said 'it won't fit you anyway'.",
            "Assistant was rude about sizing in the fitting room.",
        ),
        (
            "Phone repair quote",
            "Your technician talked to me like I was stupid and laughed at the state of my phone.",
            "Customer felt mocked by the technician while getting a quote.",
        ),
        (
            "Morning coffee",
            "The barista was on her phone the whole time and slammed my cup down without a word.",
            "Barista distracted and curt at the counter.",
        ),
    ),
    "billing_error": (
        (
            "Card payment, café",
            "I was charged twice for the same breakfast. Both payments are on my banking app.",
            "Double charge for one breakfast; both payments showing.",
        ),
        (
            "Online order with discount code",
            "The 20% code was accepted at checkout but the full price came off my card.",
            "Discount code accepted but full price charged.",
        ),
        (
            "Screen repair invoice",
            "The quote was 85 and the invoice says 110, with no explanation of the extra.",
            "Invoice 25 above the quote, extra not explained.",
        ),
    ),
    "price_dispute": (
        (
            "Custom cake",
            "Sixty for a cake is ridiculous. The supermarket sells them for fifteen.",
            "Customer thinks the custom cake price is too high.",
        ),
        (
            "Diagnostic fee",
            "Why should I pay a fee just for you to look at it? You didn't even fix anything.",
            "Customer disputes the diagnostic fee for an unrepaired phone.",
        ),
        (
            "Jeans hemming",
            "Twelve pounds to shorten a pair of jeans? It takes five minutes.",
            "Customer thinks the alteration price is too high for the work.",
        ),
    ),
    "rigid_policy": (
        (
            "Dress return without receipt",
            "I have the bank statement showing I bought it here, but you won't accept a return without the paper receipt.",
            "Return refused without paper receipt; customer has a bank statement.",
        ),
        (
            "Birthday cake order change",
            "I only wanted to change the name on the cake, and I was told changes must be made 48 hours before.",
            "Small change to the cake name refused under the 48-hour rule.",
        ),
        (
            "Warranty repair",
            "The warranty ran out four days ago and you won't even look at it.",
            "Fault appeared just after the warranty ended; repair refused.",
        ),
    ),
    "passed_around": (
        (
            "Refund for a faulty charger",
            "The shop told me to call the website, the website told me to go back to the shop. Nobody will sort it.",
            "Customer sent between the shop and online support for a refund.",
        ),
        (
            "Lost repair ticket",
            "I've now spoken to three different people about my phone and each one asks me to explain it from the start.",
            "Customer repeated the story to three staff members.",
        ),
        (
            "Delivery complaint",
            "The courier says it's your problem and you say it's the courier's. I just want my order.",
            "Shop and courier blame each other; parcel still missing.",
        ),
    ),
    "unclear_requirements": (
        (
            "Corporate gift boxes",
            "We said 'small boxes'; we meant for chocolates, not these shoeboxes. We need them changed.",
            "The order said 'small boxes' without sizes; customer expected something else.",
        ),
        (
            "Wedding cake design",
            "I said ivory, not white. And the flowers were supposed to be on the side.",
            "Colour and decoration were only agreed by phone; no written design.",
        ),
        (
            "Data transfer to new phone",
            "I assumed you'd move my photos too, not just the contacts.",
            "Scope of the data transfer was never written down.",
        ),
    ),
    "unreasonable_demand": (
        (
            "Coat worn for a season",
            "I've worn it all winter and it's bobbling. I want a full refund and a new one for free.",
            "Coat worn all season; customer wants a refund and a free replacement.",
        ),
        (
            "Coffee order",
            "Because my oat milk was late, the whole table's bill should be free.",
            "Oat milk delay; customer asks for the table's bill to be waived.",
        ),
        (
            "Phone dropped after repair",
            "I dropped it on the street, but it's your repair so you should replace the whole phone.",
            "Phone dropped by customer after repair; wants a new phone.",
        ),
    ),
    "other": (
        (
            "Parking outside the shop",
            "Your delivery van blocks the disabled parking space every morning.",
            "Van parks in the disabled bay during deliveries.",
        ),
        (
            "Music in the café",
            "The music is so loud I can't hear the person across the table.",
            "Music too loud for conversation.",
        ),
        (
            "Website account",
            "I can't log in to my account and the reset e-mail never arrives.",
            "Password reset e-mails not arriving.",
        ),
    ),
}

# Per fault: the apology as said or sent.
APOLOGIES: dict[str, tuple[str, ...]] = {
    "ours": (
        "You're right, and I'm sorry. We got this wrong, and I'll put it right today.",
        "I'm sorry. This is not the standard we hold ourselves to, and it's our mistake.",
        "Thank you for telling me straight away. I'm sorry we let you down; here is what I'll do.",
        "I apologise. You should not have had to chase us for this.",
    ),
    "customer": (
        "I'm sorry this has spoiled your day. Let me explain what happened and what I can do.",
        "I understand why this is frustrating, and I'm sorry you're in this position. Here is what I can offer.",
        "Thank you for coming back to us. I'm sorry it turned out this way; let's see what we can do.",
    ),
    "unclear": (
        "I'm sorry this happened. I want to check exactly what went wrong before I promise anything, and I'll call you by tomorrow.",
        "Thank you for raising it. I'm sorry for the trouble; I'm looking into it now and will come back to you.",
        "I'm sorry for the hassle. Give me a day to find out what happened, and I'll tell you what we'll do.",
    ),
}

# Per outcome the customer wants: the resolution agreed.
RESOLUTIONS: dict[str, tuple[str, ...]] = {
    "replacement": (
        "Replaced with a new one from stock, checked together before the customer left.",
        "A new one sent by next-day delivery at our cost; the faulty one collected.",
    ),
    "refund": (
        "Full refund to the original card; told the customer it shows in 3–5 days.",
        "Refunded in full while the customer waited, with a receipt.",
    ),
    "exchange": (
        "Exchanged for one the customer chose; checked together before they left.",
        "Swapped for another option of the customer's choice, price difference waived.",
    ),
    "repair": (
        "Put right free of charge by Thursday, and checked together with the customer.",
        "Redone properly while the customer waited, at no cost.",
    ),
    "credit": (
        "Store credit for the full amount, valid for a year.",
        "Voucher for the next order, valid for six months.",
    ),
    "discount": (
        "20% off this order, applied straight away.",
        "Price brought down to what was first agreed; the difference refunded.",
    ),
    "apology": (
        "Apologised in person and explained what we are changing.",
        "Written apology sent; the staff member involved will apologise at the next visit.",
    ),
    "other": (
        "Explained clearly what we can and cannot do, and agreed the next step together.",
        "Raised it with the person responsible and told the customer what will change.",
    ),
}

# Per root cause: what the owner will change.
LESSONS: dict[str, str] = {
    "expectation_gap": "Check every claim on the sign, menu and website against what we really deliver.",
    "not_heard": "Write down the customer's instructions and read them back before they leave.",
    "bad_day_elsewhere": "Stay calm and kind; the anger was not about us.",
    "product_defect": "Check items before handing them over and track faults by batch.",
    "delivery_delay": "Only promise delivery times the courier can keep, and warn early about delays.",
    "slow_response": "Answer every message the same day, even if only to say when we will know more.",
    "staff_behaviour": "Talk to the team about tone at the counter; praise the ones who get it right.",
    "billing_error": "Check the card terminal total against the till before each payment.",
    "price_dispute": "Explain what the price includes before the customer orders.",
    "rigid_policy": "Let staff bend the rule when the customer has clear proof.",
    "passed_around": "Whoever takes the complaint owns it until it is solved.",
    "unclear_requirements": "Confirm custom orders in writing, with sizes, colours and a sketch.",
    "unreasonable_demand": "Offer what is fair, explain it calmly, and hold the line politely.",
    "other": "Note it for the monthly review.",
}

NOTES: tuple[str, ...] = (
    "Customer prefers a call after 5 pm.",
    "Regular customer; usually orders on Saturdays.",
    "Photo of the item saved in the order folder.",
    "Spoke to the supplier about the batch.",
    "Customer was calm once we listened.",
    "Follow up by text message, not e-mail.",
)

# (name as written, Latin form for e-mail addresses)
FIRST_NAMES: tuple[tuple[str, str], ...] = tuple(
    (name, name.lower())
    for name in (
        "Olivia Amelia Isla Ava Mia Grace Sophie Emily Hannah Chloe Priya Aisha Zoe Ruth Megan "
        "Oliver George Harry Jack Noah Leo Oscar Arthur Samuel Daniel Tom Ravi Kwame Liam Owen"
    ).split()
)
LAST_NAMES: tuple[tuple[str, str], ...] = tuple(
    (name, name.lower().replace("'", ""))
    for name in (
        "Smith Jones Taylor Brown Williams Wilson Johnson Davies Patel Wright Walker Green "
        "Hughes Edwards Khan Thompson Clarke Roberts Evans O'Brien Murphy Shah Okafor Lewis"
    ).split()
)

PHONE = "07{0}{1}{2} {3}{4}{5}{6}{7}{8}"
NATIVE_DIGITS = ""
COST_FACTOR = "1"
COST_STEP = "0.50"

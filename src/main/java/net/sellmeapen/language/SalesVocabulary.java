package net.sellmeapen.language;

import java.util.Set;

/**
 * The words and phrases of a sales conversation, grouped by what they tell a sales trainer; the
 * rubric evaluator scores with them and the scripted buyer reacts to them.
 */
public final class SalesVocabulary {

    private SalesVocabulary() {
    }

    /** Words that start a question even when the trainee forgot the question mark. */
    public static final Phrases QUESTION_START = Phrases.of("what", "what's", "whats", "how", "how's", "why", "when",
            "where", "which", "who", "do", "does", "did", "are", "is", "was", "were", "can", "could", "would",
            "will", "have", "has", "should", "may", "tell me", "describe", "walk me", "talk me");

    /** Starts of open questions: the buyer has to answer in their own words. */
    public static final Phrases OPEN_START = Phrases.of("what", "what's", "whats", "how", "how's", "why", "which", "when",
            "where", "who", "tell me", "describe", "walk me", "talk me");

    /** Topics a discovery question about the buyer touches. */
    public static final Phrases BUYER_TOPICS = Phrases.of("work", "job", "for a living", "you do", "business", "role",
            "day", "days", "write", "writing", "writes", "note*", "sign*", "pen", "pens", "use", "using", "currently",
            "matter*", "important", "like", "love", "dislike", "hate", "frustrat*", "annoy*", "look for",
            "looking for", "need", "needs", "meeting*", "client*", "customer*", "problem*", "challenge*", "prefer*",
            "ideal", "last time", "usually", "typical*", "often", "carry", "office", "study", "studying", "school",
            "exam*", "contract*", "report*", "lose", "losing", "lost", "bother*", "care about", "wish");

    /** Leading questions that only ask the buyer to agree with the pitch. */
    public static final Phrases LEADING = Phrases.of("isn't it", "right?", "wouldn't you agree", "don't you think",
            "wouldn't you", "won't you", "doesn't it", "aren't they", "agree?", "don't you agree");

    /** What the pen is: features, which mean little until tied to a benefit. */
    public static final Phrases FEATURES = Phrases.of("ink", "gel", "ballpoint", "rollerball", "fountain", "nib",
            "tip", "mm", "metal", "steel", "aluminium", "aluminum", "brass", "titanium", "barrel", "grip", "rubber",
            "clip", "cap", "click*", "retractable", "refill*", "cartridge*", "weight", "weighted", "balanced",
            "design", "designed", "colour", "color", "colours", "colors", "finish", "engrav*", "waterproof",
            "smudge*", "quick-dry*", "quick dry*", "ergonomic", "smooth", "sleek", "premium", "luxury", "german",
            "swiss", "japanese", "handmade", "hand-made", "handcrafted", "lightweight", "durable", "stylish",
            "elegant", "high quality", "high-quality", "features", "feature", "technology", "material*");

    /** What the pen does for the buyer. */
    public static final Phrases BENEFITS = Phrases.of("you'll", "you will", "you can", "you won't", "you'd", "helps you",
            "help you", "so you", "so that", "which means", "that means", "means you", "saves", "save you",
            "saving", "never have to", "no more", "without", "makes you", "make you", "makes it", "look professional",
            "impress*", "confiden*", "comfortable", "reliable", "peace of mind", "every time", "easier", "faster",
            "stress*", "worry", "lasts", "last for", "protect*", "avoid", "on time", "stand out", "proud", "enjoy",
            "pleasure", "won't let you down", "never let you down", "first impression*");

    /** Statements that set this pen apart from others. */
    public static final Phrases DIFFERENTIATION = Phrases.of("unlike", "the only", "only pen", "compared to",
            "compared with", "than your", "than a", "than most", "than the", "than any", "better than", "other pens",
            "most pens", "cheap pens", "cheaper pens", "disposable", "your current pen", "the one you have",
            "the pen you use", "the pen you have", "instead of your", "no other", "the difference is",
            "what makes it different", "built for", "made for");

    /** Phrases of a pitch even without a named feature or benefit. */
    public static final Phrases PITCH = Phrases.of("this pen is", "this pen has", "this pen will", "this pen writes",
            "this pen comes", "this pen can", "this pen gives", "this pen lets", "this is the", "it has",
            "it writes", "it comes with", "it costs", "only costs", "it's made", "it is made", "made of",
            "made from", "best pen", "great pen", "amazing pen", "perfect pen", "you should buy", "you need this");

    /** The trainee pointing back at what the buyer said. */
    public static final Phrases PERSONAL_REFERENCE = Phrases.of("you said", "you mentioned", "you told me",
            "you were saying", "like you said", "as you said", "you just said");

    public static final Phrases SCARCITY = Phrases.of("last one", "last few", "only a few", "only have", "limited",
            "running out", "won't last", "while stocks last", "in stock", "sell out", "sold out", "selling out",
            "selling fast", "exclusive", "rare", "one left", "few left", "two left", "three left", "last batch",
            "limited edition", "not many left");

    public static final Phrases TIME_WORDS = Phrases.of("today", "tonight", "this week", "this weekend", "this month",
            "until", "before", "ends", "expires", "deadline", "right now", "now", "tomorrow", "next week", "friday",
            "monday", "tuesday", "wednesday", "thursday", "saturday", "sunday", "by the end of", "only today",
            "24 hours", "this afternoon", "this morning", "soon");

    public static final Phrases OFFER_WORDS = Phrases.of("offer", "discount*", "price", "deal", "free", "bonus",
            "special", "promotion", "%", "percent", "sale", "half off", "two for one", "gift");

    public static final Phrases COST_OF_DELAY = Phrases.of("every day", "each day", "every time", "each time",
            "another day", "keep losing", "miss out", "missing out", "cost you", "costing you", "lose",
            "losing", "without it", "what if", "the next time", "next time", "can you afford", "too late",
            "don't wait", "waiting", "put it off", "putting it off", "later");

    /** Acknowledging what the buyer raised. */
    public static final Phrases ACKNOWLEDGE = Phrases.of("i understand", "understand", "i hear you", "fair", "makes sense",
            "good point", "great question", "good question", "i get it", "i get that", "totally", "absolutely",
            "you're right", "that's true", "i appreciate", "appreciate", "understandable", "of course", "i see",
            "valid", "reasonable", "i know", "fair enough", "that's a great", "that's a good", "i completely",
            "a lot of people", "many people", "i felt the same", "i used to");

    /** Reassurance or a reframe that answers the concern. */
    public static final Phrases REASSURE = Phrases.of("guarantee*", "warranty", "refund", "money back", "risk-free",
            "risk free", "try it", "trial", "actually", "think of it", "works out", "per day", "a day", "cost per",
            "in the long run", "investment", "pays for itself", "compared", "that's why", "because", "the difference",
            "what you get", "lasts", "value", "worth", "instead", "imagine", "consider", "the reason", "which means",
            "that means", "so you", "you'll", "you can", "no risk", "for less than", "only costs", "spare", "backup",
            "upgrade");

    /** Arguing, pressure or contempt: composure lost. */
    public static final Phrases ARGUE = Phrases.of("you're wrong", "that's wrong", "not true", "ridiculous", "stupid",
            "come on", "seriously", "just buy", "trust me", "are you kidding", "you don't understand",
            "obviously", "you need to", "you have to", "you must", "idiot", "dumb", "shut up", "your problem",
            "that's your", "cheapskate", "don't be");

    /** Giving up on the sale at the first push. */
    public static final Phrases GIVE_UP = Phrases.of("never mind", "nevermind", "forget it", "your loss", "okay then",
            "ok then", "oh well", "alright then", "suit yourself", "fine then", "fine, bye", "ok bye", "okay bye",
            "no worries then", "i guess not", "that's fine", "no problem then");

    public static final Phrases RUDE = Phrases.of("stupid", "idiot", "dumb", "shut up", "damn", "moron", "loser",
            "cheapskate");

    /** Asking for the sale. */
    public static final Phrases ASK = Phrases.of("would you like to buy", "would you like to get", "would you like one",
            "would you like to take", "would you like to try", "would you like it", "would you like to order",
            "do you want to buy", "do you want one", "do you want it", "will you buy", "will you take",
            "can i sell you", "shall we", "ready to", "let's get you", "how many would you like", "how many can i",
            "would you like me to", "shall i order", "order it", "order one",
            "can i count on you", "do we have a deal", "deal?", "buy it", "buy this", "buy one", "buy the pen",
            "purchase", "take it", "take one", "sign you up", "grab one", "get one", "get you one", "want it",
            "interested in buying", "go ahead", "place an order", "place the order", "make it yours", "is it a deal",
            "can we do", "are you in", "sound good?", "shall i", "should i put");

    /** Closing as if the decision were made. */
    public static final Phrases ASSUMPTIVE = Phrases.of("which colour", "which color", "cash or card",
            "how would you like to pay", "i'll wrap", "i'll put", "i'll get", "i'll have", "let me get",
            "i'll ring", "shall i", "should i put", "gift wrap", "gift-wrap", "deliver it", "delivered",
            "one or two", "blue or black", "black or blue", "i'll send", "i'll set", "when would you like",
            "where should i", "i'll just", "let me wrap", "i'll add");

    public static final Phrases AGREE = Phrases.of("i'll take it", "i will take it", "i'll take one", "i'll take two",
            "i'll take them", "i'll buy", "i will buy", "i'll have one", "i'll have it", "i'll get one",
            "you've convinced me", "you convinced me", "sold", "deal", "it's a deal", "you have a deal",
            "let's do it", "sounds good", "yes please", "ring me up", "wrap it up", "take my money", "count me in",
            "i'm in", "sign me up", "okay, i'll", "ok, i'll", "fine, i'll take", "go on then", "i'll go for it");

    public static final Phrases DECLINE = Phrases.of("no thanks", "no thank you", "not interested", "i'll pass",
            "no deal", "not buying", "not for me", "i'm leaving", "i'm done", "goodbye", "i have to go",
            "not today", "i won't", "i don't want it");

    public static final Phrases NEGATION = Phrases.of("no", "not", "never", "don't", "won't", "isn't", "can't");

    public static final Phrases OBJECTION_PRICE = Phrases.of("expensive", "too much", "cost*", "price*", "pricey",
            "afford", "cheaper", "budget", "overpriced", "rip-off", "rip off", "money", "not paying", "how much is it",
            "dollars", "euros", "pounds", "spend");
    public static final Phrases OBJECTION_ALREADY_HAVE = Phrases.of("already have", "already got", "i have a pen",
            "i've got a pen", "got a pen", "have plenty", "have pens", "have lots of pens", "drawer full",
            "have one already", "my pen works", "my own pen");
    public static final Phrases OBJECTION_NO_NEED = Phrases.of("don't need", "do not need", "why would i need",
            "no use for", "never write", "rarely write", "don't write", "use my phone", "type everything",
            "don't really need", "what for");
    public static final Phrases OBJECTION_THINK = Phrases.of("think about it", "let me think", "not sure",
            "maybe later", "get back to you", "sleep on it", "i'll consider", "need time", "not right now",
            "not now", "bad time", "some other time", "call me later");
    public static final Phrases OBJECTION_NOT_INTERESTED = Phrases.of("not interested", "no thanks", "no thank you",
            "i'll pass", "waste of time", "waste of my time", "don't want", "why should i", "so what",
            "i doubt", "convince me", "prove it", "sounds like a gimmick", "gimmick");
    public static final Phrases OBJECTION_ALTERNATIVE = Phrases.of("online", "amazon", "supermarket", "free pens",
            "hotel pen", "for free", "for a dollar", "for a euro", "for a pound", "any pen", "just a pen",
            "a pen is a pen", "all pens");

    /** Common words that carry no fact about the buyer. */
    public static final Set<String> STOPWORDS = Set.of("about", "above", "after", "again", "against", "also", "always",
            "another", "anything", "around", "because", "been", "before", "being", "below", "better", "between",
            "both", "came", "come", "could", "does", "doing", "done", "down", "during", "each", "else", "enough",
            "even", "ever", "every", "few", "from", "further", "gets", "getting", "give", "going", "gone", "good",
            "great", "have", "having", "here", "hers", "herself", "himself", "just", "know", "like", "little",
            "made", "make", "many", "maybe", "more", "most", "much", "must", "myself", "need", "never", "nice",
            "okay", "once", "only", "other", "ours", "ourselves", "over", "really", "same", "should", "since",
            "some", "something", "still", "such", "sure", "take", "than", "thank", "thanks", "that", "thats",
            "their", "theirs", "them", "themselves", "then", "there", "these", "they", "thing", "things", "think",
            "this", "those", "though", "through", "under", "until", "very", "want", "well", "were", "what", "when",
            "where", "which", "while", "will", "with", "would", "yeah", "your", "yours", "yourself", "pen", "pens",
            "sell", "selling", "buy", "buying", "price", "actually", "probably", "kind", "sort", "quite", "pretty",
            "alright", "right", "hello", "mean", "guess", "look", "said", "tell", "says", "sounds", "fine", "kinda",
            "gonna", "wanna", "lots", "stuff", "someone", "anyone", "everyone", "today", "sorry", "please", "didn",
            "doesn", "don't", "isn't", "can't", "won't", "i'm", "i've", "it's", "you're", "that's", "what's",
            "there's", "i'll", "i'd", "let's", "usually", "honestly");
}

package net.sellmeapen.buyer;

import net.sellmeapen.language.Phrases;

/** What a discovery question asks the buyer about; checked in this order, most specific first. */
enum Topic {
    PAIN(Phrases.of("problem*", "frustrat*", "annoy*", "bother*", "dislike", "hate", "wrong with", "issue*",
            "don't like", "worst", "complain*", "struggle*", "difficult", "pain", "let you down", "go wrong")),
    CURRENT_PEN(Phrases.of("current pen", "what pen", "which pen", "pen do you", "pen you use", "use now",
            "use at the moment", "write with", "pen you have", "using now", "currently use", "kind of pen",
            "type of pen", "what do you use", "using at the moment", "usually use")),
    TIMING(Phrases.of("coming up", "upcoming", "deadline", "next week", "this week", "any plans", "big day",
            "event", "when do you need", "anything important", "soon", "special occasion", "schedule",
            "this month")),
    BUDGET(Phrases.of("budget", "spend", "afford", "how much would", "price range", "pay for a pen",
            "willing to pay", "usually pay")),
    PRIORITIES(Phrases.of("important", "matter*", "look for", "looking for", "care about", "ideal", "prefer*",
            "value", "what would make", "perfect pen", "in a pen", "what makes a good")),
    WRITING(Phrases.of("write", "writing", "notes", "note", "sign", "signing", "how often", "use a pen",
            "use pens", "paper", "by hand")),
    WORK(Phrases.of("for a living", "what do you do", "your job", "your work", "work as", "your role",
            "your business", "profession", "occupation", "where do you work", "kind of work", "your day",
            "typical day", "workday", "about yourself", "about you", "who are you"));

    private final Phrases phrases;

    Topic(Phrases phrases) {
        this.phrases = phrases;
    }

    /** The topic a normalised question is about, or null when none is recognised. */
    static Topic of(String normalQuestion) {
        for (Topic topic : values()) {
            if (topic.phrases.in(normalQuestion)) {
                return topic;
            }
        }
        return null;
    }
}

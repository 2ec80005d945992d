package net.sellmeapen.conversation.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sellmeapen.language.Phrases;

/**
 * The cheap lexical cues the analysis uses beside meaning: words that settle a case outright
 * (an insult, a number, a foreign language) where comparing meanings would only guess.
 */
final class Lexicon {

    private Lexicon() {
    }

    static final Phrases ADDRESSES_BUYER = Phrases.of("you", "your", "you're", "you'll", "you've", "you'd",
            "yours", "yourself", "u", "ur", "ya", "yer", "youre", "youve", "youd",
            // "how many essays are we talking about?" asks the buyer all the same
            "are we talking", "we talking about", "are we looking at");

    /** Questions that only ask the buyer to agree with what the trainee says about them. */
    static final Phrases LEADING = Phrases.of("right?", "isn't it?", "aren't they?", "don't you?", "wouldn't you?",
            "won't you?", "doesn't it?", "correct?", "don't you think", "wouldn't you agree", "don't you agree",
            "agree?", ", yes?", "am i right", "isn't that right");

    static final Phrases OPEN_START = Phrases.of("what", "what's", "whats", "how", "how's", "why", "which", "when",
            "where", "who", "tell me", "describe", "walk me", "talk me");

    static final Phrases SUPERLATIVE = Phrases.of("best", "greatest", "finest", "number one", "no. 1", "#1",
            "nothing comes close", "nothing compares", "unbeatable", "unmatched", "perfect", "amazing", "incredible",
            "fantastic", "world-class", "world class", "revolutionary", "ultimate", "top quality", "top-quality",
            "the very best", "better than any", "better than all", "better than every", "beats every",
            "beats all", "second to none", "like no other", "game changer", "game-changer", "life-changing",
            "magic*", "premium quality", "highest quality", "superior", "never want to use another", "you'll love it",
            "you will love it", "you're going to love", "you'll never look back", "nothing else like it",
            "most premium", "smoothest pen", "pen out there", "lasts forever", "last forever", "lasts like forever",
            "last like forever", "this ones better", "this one's better", "this one is better");

    /** Boasts no reading of the sentence excuses: "best pen on the market hands down", "you'll never go back". */
    static final Phrases BOAST = Phrases.of("best pen", "hands down", "best in the world",
            "best ever", "best there is", "ever made", "never go back", "ull never", "you'll never go back",
            "best thing since", "best money you", "best deal you", "best deal you'll", "best deal youll",
            "u need this", "you need this", "ya need this",
            "you need one of these", "u need one of these", "best gel pen", "on the market");

    static final Phrases RUDE = Phrases.of("stupid", "idiot*", "dumb", "shut up", "moron*", "loser", "cheapskate",
            "pathetic", "useless", "clueless", "what's wrong with you", "are you deaf", "are you slow",
            "too cheap", "waste of space", "ridiculous person", "get a clue", "wtf", "damn you", "screw you",
            "are you stupid", "are you dumb", "you people", "grow up", "are you even listening",
            "how slow", "this slow", "so slow", "so dense", "clown", "foolish", "shut it",
            "shut your", "what is wrong with you", "are you serious", "do you even", "cheap person", "quit moaning",
            "moaning", "for once", "better taste", "handwriting like yours", "get a life", "whiny", "whinge*",
            "miser*", "stingy", "tightwad", "scrooge", "ignorant", "incompetent", "whining", "stop complaining");

    static final Phrases PRESSURE = Phrases.of("now or never", "last chance", "only one left", "only two left",
            "only 2 left", "only 3 left", "only three left", "one left", "two left", "few left", "selling out",
            "sell out", "price doubles", "price goes up in", "regret it", "you'd be crazy", "you'd be stupid",
            "you'd be a fool", "don't be the only", "decide now", "decide right now", "right this second",
            "everyone else has", "everybody has one", "can't hold it", "won't last", "this minute",
            "in the next hour", "within the hour", "disappears", "you must buy", "you have to buy", "buy it now",
            "act now", "hurry", "running low", "low on stock", "last few", "almost gone", "wouldn't wait",
            "won't be around", "before they're gone", "while stocks last", "today only", "just for today",
            "only a few", "few left", "decide now", "your loss", "you'll regret", "only for today", "only today",
            "only good today", "after today", "ends today", "ends tonight", "until tonight", "till tonight",
            "tmrw its", "tmrw it's", "tomorrow its", "tomorrow it's", "tomorrow it goes", "take it or leave it",
            "yes or no", "want it or not", "buying or not", "in or not", "other ppl to", "other people to talk",
            "other customers waiting", "don't have all day", "dont have all day", "haven't got all day",
            "havent got all day", "final final", "just take it", "just buy it", "gotta grab it", "gotta buy it",
            "gotta get it now", "want it or no", "buying or no", "just get it", "just grab it", "one or what", "it or what");

    static final Phrases EMPATHY = Phrases.of("i understand", "i hear you", "fair point", "fair question",
            "fair concern", "fair enough", "makes sense", "good point", "good question", "great question", "i get it",
            "i get that", "you're right", "that's true", "i appreciate", "understandable", "i see where",
            "reasonable", "i can see why", "i'd feel the same", "i felt the same");

    static final Phrases ASK = Phrases.of("would you like to buy", "would you like one", "would you like to get",
            "would you like to take", "would you like to order", "would you like it", "do you want to buy",
            "do you want one", "do you want it", "will you buy", "will you take", "shall we", "ready to go ahead",
            "ready to buy", "ready to order", "let's get you", "get you one", "can i put you down", "put you down for",
            "do we have a deal", "is it a deal", "deal?", "shall i ring", "ring one up", "can i count you in",
            "go ahead with", "want to go ahead", "shall we go ahead", "can we go ahead", "happy to go ahead",
            "like to go ahead", "okay to go ahead", "ok to go ahead", "good to go ahead", "place an order",
            "buy one today", "take one today", "get one today", "grab one", "make it yours", "are you in?", "are you in or",
            "how many would you like", "can i sell you", "wrap it up for you", "sign you up", "shall i put",
            "shall i get you", "shall i ring", "shall i wrap", "put one aside", "put one through", "can i get you one",
            "want one", "take one home", "yours today", "can i interest you in buying", "would you buy",
            "shall i set", "shall i write", "shall i do one", "shall i take", "shall i order", "shall i add",
            "shall i book", "shall i sort", "shall i pop", "shall i box", "shall i engrave", "shall i send you",
            "would you like to get one", "get one now", "take one now", "shall we do it", "can i take your order",
            "ready to take one", "should i put one", "want me to put one", "want me to wrap", "one for you",
            "wnt one", "go ahead with one");

    /** Giving the product away or inventing terms to get a yes. */
    static final Phrases GIVEAWAY = Phrases.of("it's free", "for free", "free of charge", "let you have it",
            "make it $", "throw in", "i'll throw", "i'll pay you", "lifetime guarantee", "half price", "half off",
            "% off", "percent off", "buy one get one", "two for one", "2 for", "two for $", "no charge",
            "on the house", "for nothing", "just say yes", "cheaper for you", "special price for you", "knock off",
            "take it for", "free refill*", "spare pen for free", "extra pen", "second one free",
            "do it for", "just for you", "knock it", "drop it to", "go down to", "bring it down");

    /** How a buyer starts a yes to an ask for the sale. */
    static final Phrases AFFIRMATIVE_START = Phrases.of("yes", "yeah", "yep", "okay", "ok", "fine", "sure", "alright",
            "all right", "go on", "go ahead", "deal", "do it", "please do", "absolutely", "why not", "definitely",
            "of course", "sounds good", "sold", "go for it", "i'll take", "i'll have", "give me", "one for me");

    static final Phrases ASSUMPTIVE = Phrases.of("cash or card", "black or blue", "blue or black", "black ink or blue",
            "blue ink or black", "gift-wrap", "gift wrap", "gift-wrapped", "engrave your", "engraved with your",
            "which colour", "which color", "how would you like to pay", "i'll put one", "i'll wrap", "i'll box",
            "ring you up", "ring u up", "ring it up", "ring that up",
            "silver one or", "one or two");

    static final Phrases AGREE = Phrases.of("i'll take it", "i will take it", "i'll take one", "i'll take two",
            "i'll buy", "i will buy", "i'll have one", "i'll get one", "you've convinced me", "you convinced me",
            "you sold me", "deal", "it's a deal", "you have a deal", "let's do it", "sign me up", "wrap it up",
            "ring it up", "ring me up", "take my money", "count me in", "go on then", "i'll go for it",
            "sold", "give me one", "give me two", "put me down for", "wrap one up", "one for me", "i'll have two",
            "okay, do it", "ok, do it", "yes, do it", "i'll buy one", "i'll buy it");

    static final Phrases DECLINE = Phrases.of("no thanks", "no thank you", "not interested", "i'll pass",
            "no deal", "not buying", "not for me", "i'm leaving", "i'm done", "goodbye", "i have to go",
            "i won't buy", "i don't want it", "we're done", "i'm out");

    static final Phrases NEGATION = Phrases.of("no", "not", "never", "don't", "won't", "isn't", "can't", "wouldn't");

    /** Words a buyer uses when pushing back rather than answering. */
    static final Phrases PUSHBACK = Phrases.of("but", "why", "too", "not", "don't", "can't", "won't", "isn't",
            "aren't", "expensive",
            "no", "never", "already", "hardly", "rather", "doubt", "prove", "really?", "so what", "cheaper",
            "budget", "afford", "manager", "boss", "partner", "approve", "later", "think about", "sleep on", "busy",
            "how much", "what for", "more than", "over my", "that much", "believe", "for a pen", "usually pay");

    /** A buyer accepting something said: never a concern. */
    static final Phrases POSITIVE = Phrases.of("is fine", "that's fine", "sounds good", "fair enough", "makes sense",
            "that works", "good to know", "that's great", "i like that", "that helps", "that's useful", "fine by me",
            "to be fair");

    /** A sentence that accepts rather than pushes back: it opens with a positive phrase or says "… is fine". */
    static boolean positive(String normal) {
        return POSITIVE.find(normal).filter(match -> match.start() == 0).isPresent() || normal.contains(" is fine")
                || normal.contains("that's fine");
    }

    /** Time words that make a sentence about when. */
    static final Phrases WHEN = Phrases.of("today", "tonight", "this week", "this weekend", "this month", "until",
            "before", "by friday", "deadline", "ends", "tomorrow", "next week", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "end of the month", "soon", "in time", "every day",
            "each day", "next time", "waiting", "wait", "later", "now", "next month", "this season", "by then",
            "in time for", "ahead of", "before then");

    /** Words too common in a pen sale to show that the trainee listened. */
    static final Set<String> GENERIC = Set.of("pen", "pens", "write", "writ", "writing", "use", "using", "day", "days",
            "work", "working", "time", "thing", "good", "one", "ones", "lot", "lots", "people", "every", "year",
            "years", "week", "month", "ink", "paper", "hand", "nice", "better", "cheap", "expensive", "three", "thre",
            "four", "five", "seven", "eight", "nine", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty",
            "hundred", "hundr", "thousand", "dollar", "dollars", "cent", "cents", "minute", "minutes", "hour",
            "hours", "second", "seconds");

    private static final String NUMBER_WORD = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|"
            + "ten|eleven|twelve|fifteen|a hundred|a thousand|a few|a couple of|half an?|under an?|less than an?)";
    private static final String UNIT = "(?:%|km|kilomet(?:re|er)s?|mm|millimet(?:re|er)s?|g\\b|grams?|dollars?|cents?|"
            + "bucks|pence|months?|years?|weeks?|days?|hours?|minutes?|seconds?|pages?|signatures?|refills?|"
            + "cartridges?)";
    private static final Pattern NUMBER = Pattern.compile("(\\$\\s?\\d+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?\\s?" + UNIT
            + "|\\b" + NUMBER_WORD + "[- ]" + UNIT + "\\b)");

    private static final Set<String> ENGLISH = Set.of("the", "a", "an", "and", "or", "but", "is", "are", "was", "were",
            "be", "been", "to", "of", "in", "on", "at", "for", "with", "it", "its", "it's", "this", "that", "these",
            "you", "your", "i", "i'm", "i'll", "me", "my", "we", "our", "they", "he", "she", "do", "does", "did", "have",
            "has", "had", "can", "could", "would", "will", "should", "what", "how", "why", "when", "where", "who",
            "which", "not", "no", "yes", "so", "if", "then", "than", "as", "just", "all", "any", "some", "more",
            "very", "too", "also", "about", "from", "by", "up", "out", "get", "got", "there", "here", "one",
            "don't", "can't", "won't", "you're", "that's", "let", "let's", "go", "make", "like", "want", "need",
            "know", "see", "try", "take", "buy", "pen", "write", "ok", "okay", "hi", "hello", "hey", "thanks",
            "please", "sure", "well", "now", "today", "much", "many", "every", "each", "only", "even", "still");

    private static final Set<String> FOREIGN = Set.of("el", "la", "los", "las", "es", "un", "una", "que", "de", "del",
            "y", "con", "para", "por", "muy", "su", "este", "esta", "le", "les", "est", "et", "une", "des", "du",
            "avec", "pour", "très", "vous", "votre", "ce", "cette", "qui", "der", "die", "das", "und", "ist", "ein",
            "eine", "nicht", "mit", "für", "sie", "ihr", "ihre", "sehr", "auf", "zu", "il", "di", "che", "per",
            "questo", "sono", "não", "com", "uma", "você", "ich", "wir", "je", "nous", "yo", "usted", "lo", "al",
            "en", "se", "mi", "tu", "te", "son", "sein", "kaufen", "comprar", "acheter", "stylo", "bolígrafo",
            "kugelschreiber", "hoy", "heute", "aujourd'hui");

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}']*");

    private static final Pattern QUESTION_ORDER = Pattern.compile("^(?:(?:so|and|but|okay|ok|well|now|then|first|uh|um|"
            + "roughly|approximately|honestly|just|also|sure|yeah|yep|yes|cool|great|nice|"
            + "er|erm|like|hey|hi|right|quick question|tell me|sorry|i mean|i meant|what i mean is|what i meant was|"
            + "i was asking|i'm asking|im asking|no|lol|lmao|haha|fine|alright|anyway|ugh|oh|ah)[,:]?\\s+)*(?:(?:what|wat|wot|wht|"
            + "how|why|when|where|"
            + "which|who|whose)(?:'s|s|\\s+(?:do|does|did|is|are|r|was|were|can|could|would|will|should|have|has|had|"
            + "kind|sort|type|line|part|bit|brand|much|many|long|often|about|pen|else|exactly|makes|happens|happened|went|matters|bothers|goes|gets|keeps|"
            + "takes|comes|you|u|ur|your|like))\\b|(?:do|does|did|are|r|is|was|were|can|could|would|wud|will|have|has|"
            + "should|may|shall)\\s+(?:you|u|ya|your|ur|i|we|it|they|he|she|that|this|there|anyone|anybody)\\b|"
            + "(?:any|anything)\\s|ru\\b|tell me\\b|describe\\b|walk me\\b|talk me\\b|(?:do you )?mind if i ask\\b|"
            + "(?:can|could|may) i ask (?:what|how|why|when|where|which|who|if|whether)\\b|i'd love to know\\b|"
            + "i was wondering\\b|i wonder\\b)");

    /**
     * A question: it ends with a question mark, or it starts the way questions do ("what do you…",
     * "do you…", "tell me…"). "What I love is the grip." and "When you sign, it dries." are statements.
     */
    private static final Pattern SURPRISE = Pattern.compile("\\?\\s*[?!]");

    /** Words of handing the pen over to try: "here, try it", "write your name", "click it", "keep it for a week". */
    private static final Pattern HANDS_OVER = Pattern.compile("^(?:(?:here|go on|go ahead|just|please|now|ok|okay|"
            + "so|then|well|right|go|sure|yes|yeah|yep|alright|fine|of course)[,!.]?\\s+)*(?:try|hold|write|scribble|feel|click|test|rub|wipe|take|use|keep|"
            + "borrow|give it)\\b|\\b(?:try it|try this|try one|have a go|give it a (?:go|try|whirl)|see for yourself|"
            + "test it|hold it|(?:you can|u can|want to|wanna|why not|let's|lets) (?:try|test|hold|write with)|"
            + "rub (?:it|your thumb)|run your thumb|click it)\\b|^here\\b(?!'s| is)");

    /** True when a part hands the buyer the pen to try rather than telling it about proof. */
    static boolean handsOver(String normal) {
        return HANDS_OVER.matcher(normal).find();
    }

    private static final String PAYER = "(?:work|the job|your job|ur job|(?:the |your |ur )?(?:company|firm|office|"
            + "station|business|employer|school|department|practice|restaurant|paper|agency|hospital|boss|team|"
            + "pharmacy|clinic|bistro|studio|university|college|parents|co-founder|cofounder))";

    /** Who pays for the buyer's pens: "for yourself or through the station?", "does the firm cover it?". */
    private static final Pattern WHO_PAYS = Pattern.compile("\\bwho(?:'s| is| would| will|'d| does)? (?:pay|pays|paying|"
            + "cover|covers|covering|foot|foots|buy|buys|buying|stock|stocks|supply|supplies)\\b(?! (?:a lot|more|extra))"
            + "|\\bfor (?:yourself|urself|you personally|your own use|personal use)\\b.*\\bor\\b.*\\b(?:for|through|on|via|from)? ?"
            + PAYER + "|\\b" + PAYER + " (?:pay|pays|paying|cover|covers|covering|reimburse|reimburses|foot|foots|buy|buys|"
            + "supply|supplies|stock|stocks)\\b(?! (?:you|u) (?:well|enough|much))"
            + "|\\b(?:expense it|expense them|expense that|on expenses|out of your own pocket|out of ur own pocket|"
            + "out of pocket|your own money|ur own money|own pocket|personal purchase|company card|work card|"
            + "(?:a |an )?(?:work |business )?expense)\\b"
            // "would you be paying for this yourself, or can you put it through as work kit?"
            + "|\\b(?:you|u) (?:be )?(?:pay|paying) for (?:this|it|that|one|them)? ?(?:yourself|urself)\\b"
            // ("want me to put one through with your name engraved?" is a close, not a question of who pays)
            + "|\\bput (?:it|this|that|one) through (?:as|(?:on|with) (?:expenses|work|the (?:firm|company|office|"
            + "practice|business|station|school)|(?:your|ur) (?:work|firm|company|employer|office|business)))\\b"
            + "|\\b(?:you'd|you would|u'd|would you|would u) (?:buy|get) (?:it|this|that|one)? ?(?:yourself|urself)\\b"
            + "|\\b(?:go|goes|put it|put this) through (?:work|the firm|the company|the office|the practice|the business)\\b");

    /** A question about who pays for the buyer's pens, it or an employer: a matter of budget. */
    static boolean asksWhoPays(String normal) {
        return WHO_PAYS.matcher(normal).find();
    }

    /** "u need a pen or not?": whether the buyer needs a pen at all, asked point-blank. */
    private static final Pattern NEEDS_PEN = Pattern.compile("^(?:(?:so|well|ok|okay|look|listen|and|but)[,]?\\s+)*"
            + "(?:do |d'|does )?(?:you|u|ya|ye) (?:even |actually |really |honestly )?(?:need|want) (?:a |another |new |a new |"
            + "any |more )?pens?(?: or not| at all| or what| even)?\\s*[?!.]*$");

    /** Asks point-blank whether the buyer needs (or wants) a pen at all. */
    static boolean asksIfNeedsPen(String normal) {
        String stripped = normal.strip();
        // "you need a pen." tells; "you need a pen?" or "u need a pen or not" asks
        return NEEDS_PEN.matcher(stripped).matches() && (stripped.endsWith("?") || stripped.contains(" or "));
    }

    /** A question asked in surprise or exasperation: "??" or "?!". */
    static boolean inSurprise(String normal) {
        return SURPRISE.matcher(normal).find();
    }

    static boolean isQuestion(String normal) {
        return normal.strip().endsWith("?") || QUESTION_ORDER.matcher(normal.strip()).find()
                || SCENE_THEN_QUESTION.matcher(normal.strip()).find();
    }

    /** A scene set, then asked about, cut from its question mark by a dash: "when a pen dies, what does that cost you". */
    private static final Pattern SCENE_THEN_QUESTION = Pattern.compile("^(?:and |so )?(?:when|whenever|if|once|after)\\b"
            + "[^,?]{0,80}, (?:what|how) (?:does|did|do|would|is) (?:that|it|this)\\b");

    private static final Pattern ACKNOWLEDGEMENT = Pattern.compile("^(?:(?:ok|okay|k|kk|right|sure|got it|"
            + "i see|cool|great|fine|alright|all right|yes|yeah|yep|mm|hm+|ah|oh|nice|good|noted|understood|"
            + "interesting|perfect|wow|true|makes sense|fair enough)[ ,.!]*)+$");

    /** Nothing but a sign of having heard: "okay", "got it", "I see", "right, fair enough". */
    static boolean isAcknowledgement(String normal) {
        return ACKNOWLEDGEMENT.matcher(normal.strip()).matches();
    }

    private static final Pattern PRICE_QUESTION = Pattern.compile("^(?!.*\\b(?:why|too|expensive|cheap|afford|budget|"
            + "worth|more than|still)\\b).*\\b(?:how much|cost|costs|price|pay for it|asking for it)\\b[^.!]*\\?$"
            + "|^how much(?:,? then)?[.?]*$");

    /** A buyer asking what it costs ("How much is it, anyway?"): a question, not an objection. */
    static boolean isPriceQuestion(String normal) {
        return PRICE_QUESTION.matcher(normal.strip()).matches();
    }

    /** A question the buyer answers in their own words: it starts with "what", "how", "tell me"… after any filler. */
    static boolean isOpenQuestion(String normal) {
        for (String clause : normal.split("[,:;\u2014-]")) {
            String bare = net.sellmeapen.language.Sentences.withoutFiller(clause.strip())
                    .replaceFirst("^(?:and|but|so|also|can i ask|may i ask|could you tell me|i'd love to know|"
                            + "i'm curious|i wonder)\\s+", "");
            if (OPEN_START.find(bare).filter(match -> match.start() == 0).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Which language the text is in, as far as a sales conversation needs to know. */
    enum Language { ENGLISH, OTHER, NONSENSE, NO_WORDS }

    /**
     * @param known English words the analysis knows besides the common ones (from its examples and the
     *        product), so a terse list such as "Feature four: soft wide grip" is still English
     */
    static Language language(String text, Set<String> known) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return Language.NO_WORDS;
        }
        long english = words.stream().filter(word -> ENGLISH.contains(word) || known.contains(word)).count();
        long foreign = words.stream().filter(FOREIGN::contains).count();
        long latin = text.codePoints().filter(c -> Character.isLetter(c) && c < 0x250).count();
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters > 0 && latin < letters / 2) {
            return Language.OTHER;
        }
        if (words.size() >= 4 && foreign >= 2 && foreign > english) {
            return Language.OTHER;
        }
        if (words.size() >= 4 && english * 3 < words.size()) {
            return foreign >= 2 ? Language.OTHER : Language.NONSENSE;
        }
        if (english == 0 && words.stream().allMatch(Lexicon::unpronounceable)) {
            return Language.NONSENSE;
        }
        return Language.ENGLISH;
    }

    /** The numbers with units in a sentence ("$30", "six months", "3 km"). */
    static List<String> numbers(String normal) {
        List<String> found = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(normal);
        while (matcher.find()) {
            found.add(matcher.group().strip());
        }
        return found;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(Phrases.normalise(text));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    private static boolean unpronounceable(String word) {
        return word.length() >= 3 && (!word.matches(".*[aeiouy].*") || word.matches(".*[^aeiouy]{4,}.*"));
    }
}

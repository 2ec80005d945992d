package net.sellmeapen.conversation.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sellmeapen.conversation.Product;
import net.sellmeapen.language.Clauses;
import net.sellmeapen.language.IntentClassifier;
import net.sellmeapen.language.Phrases;
import net.sellmeapen.language.SentenceEmbeddings;

/**
 * Reads one part of a trainee's message into a {@link ClauseReading}: its meaning vector, what the
 * intent classifier says it does, and the cues that settle facts outright (numbers, the product's
 * features and offers, invented discounts). Each distinct text is read once and kept (a bounded,
 * least-recently-used cache), since every reply reads the whole conversation again.
 */
final class ClauseReader {

    /** Below this probability the classifier's first choice is a guess, not a reading. */
    static final double SURE = 0.45;
    /**
     * A reading the buyer holds against the trainee — an insult, pressure, hype, a giveaway, a turn
     * away from the sale — needs the classifier this sure, or words that settle it: a buyer who takes
     * offence at an odd phrasing is wrong. Below it, the runner-up is the reading.
     */
    static final double SURE_TO_OFFEND = 0.6;
    /** A question about the buyer not phrased as one is read as such only when the classifier is this sure. */
    static final double CERTAIN = 0.9;
    /** A question that never says "you" is about the buyer only when the classifier is this sure ("Any deadlines coming up?"). */
    static final double SURE_ABOUT_BUYER = 0.8;
    /** A question typed with "??" this short is surprise, not a question ("10 bucks??", "busy?!"). */
    static final int SURPRISE_WORDS = 3;
    /** An unpunctuated line to the buyer ("u a teacher") is a question when the classifier is this sure. */
    static final double SURE_TERSE = 0.6;
    /** Or when it is this short: "budget?", "what job?". */
    static final int ELLIPTICAL_WORDS = 4;
    /** A question that points back at what the buyer said ("and how are they holding up?") needs this much. */
    static final double SURE_FOLLOW_UP = 0.6;
    /** A follow-up joined on to the question before it ("and how much of it…?") needs only this much. */
    static final double SURE_CONJOINED = 0.45;
    private static final Pattern CONJOINED = Pattern.compile("^(?:and|or|also|plus|then)\\b");
    /** How many pens the buyer uses up: "how many do you go through a term?", "how much do you get through?". */
    private static final Pattern USES_UP = Pattern.compile("\\bhow (?:many|much)\\b[^?]*?\\b(?:go(?:es)? through|"
            + "get(?:s)? through|use(?:s)? up)\\b");
    private static final Pattern FOLLOW_UP = Pattern.compile("\\b(?:they|them|those|these|it|that|this one|ones)\\b");
    /** How many of the classifier's best readings are tried, in order, before the part counts as small talk. */
    static final int CANDIDATES = 3;
    /** How close a part must be to a feature's example sentences to be about that feature. */
    static final double FEATURE = 0.62;
    /**
     * A runner-up reading is taken in place of one that cannot stand only when it is at least this
     * likely; otherwise the part is read as saying nothing that matters ("one at a time.").
     */
    static final double FALLBACK_FLOOR = 0.15;
    /** Most readings kept. */
    static final int CACHE_SIZE = 8_192;

    /** A bare option offered after a question ("Two? Three?", "or more?"): it only narrows that question. */
    private static final Pattern OPTION = Pattern.compile("(?:or |and )?(?:\\d+|one|two|three|four|five|six|seven|"
            + "eight|nine|ten|more|less|fewer|a few|several|lots|a lot|none|both|either)(?: or (?:more|less|so))?\\s*\\?+");
    /** A question about what the buyer writes with: their pen, not their writing. */
    private static final Pattern WRITES_WITH = Pattern.compile("\\b(?:writ(?:e|ing)|sign(?:ing)?) with\\b"
            + "(?! (?:a |your |ur )?(?:pens?|biros?)\\b| (?:those|these(?! days)|them|it|that|this(?! week| month| year)|the ones?)\\b)|"
            + "\\b(?:what|which|wat) (?:pens?|kind of pens?|sort of pens?|brand)\\b(?! (?:for|do you need))");
    /** A question about what the buyer uses pens for: their writing, not their pen. */
    private static final Pattern USES_FOR = Pattern.compile("\\b(?:use|using|need|needs?) (?:a |your |ur |the |those |these )?"
            + "(?:pens?|biros?|fineliners?|ballpoints?|markers?|pencils?|freebies) for\\b"
            // "what do u use it for": what it writes, whatever "it" is
            + "|\\bwhat (?:do|did|would|will|'d) (?:you|u) (?:usually |normally |mostly |even |actually |really )?(?:use|need) (?:it|one|them|"
            + "pens?) for\\b"
            // "what do you write with those freebies?", "what were you writing?": what is written, the pen named
            + "|\\b(?:writ(?:e|ing)|sign(?:ing)?) with (?:those|these(?! days)|them|it|that|this(?! week| month| year)|"
            + "the ones?)\\b"
            + "|\\bwhat (?:are|were|do|did) (?:you|u) (?:usually |normally |mostly )?writ(?:e|ing)(?: anyway| then| mostly|"
            + " most| these days| all day)?\\s*[?.!]*$");
    /** The pen the buyer uses now, asked without "write with": "what pen is doing it?", "what's writing those?". */
    private static final Pattern PEN_NOW = Pattern.compile("\\b(?:what|which) pens? (?:is|are|do|does|did) (?:you |u )?"
            + "(?:use|using|doing|writing|have|got|carry)\\b|\\bwhat(?:'s| is) (?:writing|doing) (?:those|these|the|your|ur|"
            + "them|it|that|all)\\b");
    /** How long its pens last it, or how fast it gets through them: "do they last you weeks?", "how quickly…". */
    private static final Pattern PENS_LAST = Pattern.compile("\\b(?:do|does|did|will) (?:they|it|those|these|them|"
            + "your pens|ur pens) last\\b|\\bhow (?:often|quickly|fast|soon) (?:do|does) (?:you|u) (?:go through|get "
            + "through|use up|run through|buy|replace)\\b"
            // "roughly how many of those cheap pens do you go through in a year?"
            + "|\\bhow many (?:of )?(?:those |these |your |ur |the )?(?:[a-z]+ )?(?:pens|biros|ballpoints|ones|packs|freebies) "
            + "(?:do|did|would) (?:you|u) (?:go through|get through|use up|run through|buy|lose|get|replace)\\b");
    /** A guess at what the buyer is, put as a question without a verb: "oh so like a journalist?". */
    private static final String GUESS_LEAD = "^(?:(?:oh|ah|ok|okay|so|and|wait|nice)[,]? )*";
    private static final Pattern GUESS_AT_BUYER = Pattern.compile(GUESS_LEAD + "(?:like |kind of like |as in |sort of )?"
            + "(?:a|an) [a-z'-]+(?: [a-z'-]+){0,2}\\s*\\?+$");
    /** A guess at the buyer's work put after what it does: "interviews like a reporter?". */
    private static final Pattern GUESS_AT_WORK = Pattern.compile(GUESS_LEAD + "(?:[a-z'-]+ ){0,2}(?:like|as|kind of like|"
            + "sort of like) (?:a|an) [a-z'-]+(?: [a-z'-]+)?\\s*\\?+$");
    /** A question about the buyer's job in so many words ("what do u do", "what line of work is that?"). */
    private static final Pattern WORK_QUESTION = Pattern.compile("\\bwhat(?:'s| does|s) (?:your|ur) (?:startup|company|firm|"
            + "business|shop|practice|agency|team|office) (?:do|make|sell)\\b|\\bwhat (?:do|did) (?:you|u|ya) do(?: for (?:a living|"
            + "work|money|a job))?(?:,? (?:then|anyway|exactly|again))?\\s*[?.!]*$|\\b(?:line|kind|sort|type) of (?:work|job)\\b(?![^?]*\\b(?:with|on|in) (?:the |a |your |ur |that |this )?(?:pens?|biros?))"
            + "|\\bwhat(?:'s| is) (?:your|ur) (?:job|line of work|profession|trade)\\b|\\bwhat do (?:you|u) do for "
            + "(?:a living|work)\\b|\\bwhere do (?:you|u) work\\b");
    /** How sure the classifier must at least be that a guess at the buyer's work asks about its work. */
    static final double WORK_GUESS = 0.25;
    /** "which part are you not sure about: …?": asks what holds the buyer back. */
    private static final Pattern UNSURE_ABOUT = Pattern.compile("\\b(?:which|what) (?:part|bit|side|aspect)\\b[^?:]{0,40}?"
            + "\\b(?:not sure|unsure|doubt\\w*|worr\\w*|bother\\w*|hesitat\\w*|concern\\w*|holding (?:you|u) back|"
            + "not convinced|sure about)\\b");
    /** What would keep the buyer from buying, asked any way: "what would you be weighing up?", "anything else stop you?". */
    private static final Pattern HOLDS_BACK = Pattern.compile("\\b(?:would|might|could|is|'s|else) (?:stop|stopping) "
            + "(?:you|u)\\b(?! from (?:writing|using|losing))|\\bhold(?:s|ing)? (?:you|u) back\\b|\\b(?:be |been |you're |are you |"
            + "u r |ur )?weigh(?:ing)? up\\b|\\bmull(?:ing)? over\\b|\\bon the fence\\b|\\bsleep(?:ing)? on\\b");
    /** What it would take to win the buyer over, asked outright: "what would you need to see to believe it?". */
    private static final Pattern WOULD_TAKE = Pattern.compile("\\bwhat (?:would|do|will|'d) (?:you|u) (?:need|want) to "
            + "(?:see|hear|know|believe|feel|try)\\b|\\bwhat would (?:it take|convince (?:you|u)|change (?:your|ur) mind)\\b");
    /** What the pen comes to set against what the buyer pays now: "how does that compare with what you spend now?". */
    private static final Pattern AGAINST_SPEND = Pattern.compile("\\b(?:compare|compares|stack up|stacks up)\\b[^?]*\\b"
            + "(?:what|how much) (?:you|u) (?:spend|pay|paid|spent)\\b");
    /** How a line typed as a question without its mark starts: "what u use now", "u a teacher". */
    private static final Pattern TERSE_START = Pattern.compile("^(?:(?:so|and|but|ok|okay|oh|hey|well|then|hmm|right)"
            + "[,]? )*(?:what|wat|wot|whats|what's|how|hows|how's|why|where|when|which|who|u|you|ya|ye|your|ur|do|does|did|"
            + "are|r|is|was|can|could|would|will|have|has|had|any|anything|ever|got|tell)\\b");
    /** How sure a guess at what the buyer is must be read to be asked of it. */
    static final double PLAUSIBLE_GUESS = 0.35;
    /** "what for?" on its own: what the buyer would use a pen for. */
    private static final Pattern WHAT_FOR = Pattern.compile("(?:^|[,;] ?)what (?:for|would you use it for|would u use it "
            + "for)\\s*[?.!]*$");
    /** A question about what the buyer pays for its pens today, or how often it buys them. */
    private static final Pattern SPENDS_NOW = Pattern.compile("\\bhow much (?:do|did|would) (?:you|u) (?:go|get|burn|run) "
            + "through\\b|\\bhow (?:often|frequently|quickly|fast)\\b.*\\b(?:buy|"
            + "buying|get|getting|replace|replacing|restock|pick up|go through|get through|use up|run through)\\b"
            + "|\\bhow many\\b.*\\b(?:do|did) (?:you|u)\\b.*\\b(?:buy|get through|go through|use up|run through)\\b"
            + "|\\b(?:pay|paying|spend|spending|cost)\\b.*\\b(?:now|"
            + "currently|at the moment|these days|use now|you use|u use|you've got|you have)\\b|\\b(?:pay|paying|spend|"
            + "spending)\\s+(?:for|on)\\s+(?:those|these|the|your|ur)?\\s*(?:[a-z]+\\s+)?(?:boxes|box|packs|pack|biros|ballpoints|"
            + "cheap|fineliners|freebies)\\b|\\b(?:what|how much) (?:do|does|did) (?:your |ur |those |these |the )?"
            + "(?:pens?|biros?|ballpoints?|fineliners?|freebies|ones you use|current ones?) (?:usually |normally )?"
            + "cost\\b"
            // "how much did the pretty one cost you?"
            + "|\\b(?:what|how much) (?:do|does|did) (?:the|your|ur|that|those|these) (?:[a-z]+ )?(?:one|ones|pen|pens) "
            + "(?:usually |normally )?cost\\b");
    /** A question about what a trouble costs the buyer: "what does that cost you?" */
    private static final Pattern COSTS_YOU = Pattern.compile("\\b(?:what|how much) (?:does|did|would|will|has) "
            + "(?:that|it|this|a [a-z]+ [a-z]+) (?:actually |really |ever )?cost(?:s)? (?:you|u)\\b(?! (?:for|on) (?:a )?pens?\\b)"
            // "how much is one good booking worth to you?": what is at stake, not what it would pay
            + "|\\bhow much (?:is|would|does) (?:one|a|an|that|each|every|the) [a-z' ]{1,40}?(?:be )?worth to (?:you|u)\\b");
    /** What a trouble costs, asked without "you": "what's the cost of looking sloppy at the signing?" */
    private static final Pattern COST_OF_DOING = Pattern.compile("\\b(?:what(?:'s| is| would be)|how big is) the "
            + "(?:real |actual |hidden )?cost of (?:not |a pen |your pen |the pen )?[a-z]+ing\\b");
    /** How a sentence starts that tells the buyer something about itself: "u get what u pay for", "you need this". */
    private static final Pattern TELLS_YOU = Pattern.compile("^(?:(?:and|but|so|ok|okay|look|honestly|well)[,]?\\s+)*"
            + "(?:u|you|ya) (?:get|gotta|got to|have to|need to|need this|should|will|won't|wont|can't|cant|deserve|"
            + "won't regret|wont regret)\\b");
    /** A question about the pens the buyer has now: "…about the fineliners", "…with your biros". */
    // ("anything about the pen that would stop you?" is about the pen on offer: it asks what holds the buyer back)
    private static final Pattern ABOUT_THEIR_PENS = Pattern.compile("\\b(?:about|with) (?:(?:your|ur|those|these|them) "
            + "(?:pens?|biros?|ballpoints?|fineliners?|freebies|ones)|(?:the )?(?:pens|biros?|ballpoints?|fineliners?|"
            + "freebies|ones you|current ones?|old ones?))\\b");
    /** Words that make "how much…?" a question about money. */
    private static final Pattern MONEY_WORDS = Pattern.compile("\\b(?:spend|spent|spending|pay|paying|paid|cost|costs|"
            + "budget|price|dollars?|bucks|afford|worth|money|cheap|expensive|cash)\\b|\\$");
    /** Money of the buyer's own that is not what it would pay for a pen: pay, commission, what its orders are worth. */
    private static final Pattern OWN_MONEY = Pattern.compile("\\b(?:commission|commissions|salary|wage|wages|earn|"
            + "earning|earnings|revenue|turnover|fee|fees|charge (?:your|ur|a|per)|hourly rate|paid per|"
            // ("how much does one of your deals with a hospital usually come to?")
            + "(?:orders?|deals?|sales?|contracts?|jobs?|weddings?|homes?|houses?) (?:(?:with|for|from|to|at) (?:a |an |the )?"
            + "[a-z]+ )?(?:usually |normally |typically )?(?:come to|worth|go for|sell for|bring in))\\b");
    /** When a trouble strikes: "when does it usually go missing?", "when do they tend to smudge?". */
    private static final Pattern TROUBLE_WHEN = Pattern.compile("\\bwhen (?:do|does|did|would|will) (?:it|they|that|"
            + "those|these|them|your [a-z]+|ur [a-z]+|the [a-z]+|pens?) (?:usually |normally |mostly |tend to |always |"
            + "actually )?(?:go(?:es)? missing|disappear|vanish|get lost|smudge|smear|leak|die|run out|run dry|dry out|"
            + "dry up|skip|break|fail|give up|stop working|pack up|blot|clog)\\b");
    /** What goes wrong, asked of the buyer: "what lets you down with…", "what bugs you about…". */
    private static final Pattern LETS_DOWN = Pattern.compile("\\bwhat\\b[^?]{0,20}\\b(?:lets? (?:you|u) down|bugs? (?:you|u)|"
            + "annoys? (?:you|u)|bothers? (?:you|u)|frustrates? (?:you|u)|goes wrong|go wrong|drives? (?:you|u) (?:mad|nuts|"
            + "crazy))\\b");
    /** A sentence about other pens: "cuz cheap pens suck", "those biros are junk". */
    private static final Pattern RUNS_DOWN_PENS = Pattern.compile("^(?:(?:cuz|because|coz|cos|but|and|so|well|honestly|"
            + "tbh|yeah|look|i mean)[,]? )*(?:(?:cheap|other|those|these|the|plastic|supermarket|free|most|normal|"
            + "regular|disposable|old) )*(?:pens?|biros?|ballpoints?|bics?|fineliners?|freebies|ones|brands?)\\b");
    /** A product introduced by name ("so this is the [pen's name]."): no ask, however close it sounds. */
    private static final Pattern INTRODUCES = Pattern.compile("^(?:(?:so|ok|okay|well|now|and|right|alright)[,]? )*"
            + "(?:this|here|it|that)(?: is|'s) (?:the |a |an |our |my )?(?!.*\\b(?:yours|your|you|u|deal|today|now)\\b)"
            + "[a-z0-9' -]{1,30}[.!]*$");
    /** How a sentence starts that tells the buyer back what they said ("You said your pens leak."). */
    // ("but you told me yourself the job is bigger than that" argues from the buyer's words: it asks nothing)
    private static final Pattern RESTATEMENT = Pattern.compile("^(?:(?:so|ok|okay|right|but|and|well|look|see)[,]? )*"
            + "(?:(?:you|u) (?:yourself )?(?:said|mentioned|told me)|as you said|like you said|going back to what you|"
            + "sounds like|so you're|so you are|you're a|you are a)\\b");
    private static final Pattern DOLLARS = Pattern.compile("[$£€]\\s?(\\d+)|(\\d+)\\s?(?:(?:dollars?|bucks|quid|pounds|"
            + "euros?|usd)\\b|[$£€])|\\b((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|"
            + "five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
            + "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\\s(?:dollars?|bucks|quid)\\b");
    /** Setting the price aside to ask about the pen itself: no price is cut. */
    private static final Pattern PRICE_ASIDE = Pattern.compile("\\b(?:price|cost|money|budget)\\s+aside\\b|\\b(?:set|setting|"
            + "put|putting|leave|leaving|park|parking)\\s+(?:the\\s+)?(?:price|cost|money)\\b|\\bforget(?:ting)?\\s+(?:about\\s+)?"
            + "(?:the\\s+)?(?:price|cost|money)\\b|\\bapart from the (?:price|cost|money)\\b");
    /** Words that take the pressure off: letting the buyer go, or giving it time. */
    private static final Pattern BACKING_OFF = Pattern.compile("\\b(?:no hard feelings|no pressure|no rush|take your "
            + "time|leave it there|leave it for today|not right for you|if it's not for you|if its not for you|"
            + "no obligation|up to you|your call|totally fine if|that's fine if|thats fine if)\\b"
            // "i want to make sure im not overselling you", "I'm not here to push you"
            + "|\\b(?:not|don't|dont|never|no)\\s+(?:(?:want|wanting|trying|here|going|gonna|about)\\s+(?:to\\s+)?)?"
            + "(?:over-?sell|push|pressur|rush|hard-?sell|hassl)\\w*");
    /**
     * A price cut turned down: "I can't do $15", "no way I can go to 18" — not a floor that offers it:
     * "ok fine 15, cant go lower than that".
     */
    private static final Pattern REFUSED = Pattern.compile("\\b(?:can't|cant|cannot|can not|won't|wont|couldn't|"
            + "not able to|unable to|no way|not going to|wish i could|i'm afraid not)\\b"
            + "(?![^.,;!?]*\\b(?:lower|less|cheaper|further|below)\\b)");
    /** A cut refused with no figure named: "can't go lower", "won't come down", "no lower, sorry". */
    private static final Pattern NO_LOWER = Pattern.compile("\\b(?:can't|cant|cannot|can not|won't|wont|couldn't|not able to|"
            + "unable to) (?:go|do it|drop it|drop|come|bring it|move|budge)(?: any)? ?(?:lower|less|cheaper|down|on (?:the )?"
            + "price)\\b|\\bno lower\\b|\\bas low as it goes\\b");
    /** A sum, in figures or words: "20", "twenty". */
    private static final Pattern SOME_SUM = Pattern.compile("\\d|\\b(?:five|ten|twelve|fifteen|sixteen|seventeen|eighteen|"
            + "nineteen|twenty|thirty)\\b");
    /** What follows a sum that is a difference or a rate: "over", "more than", "a year", "per month". */
    private static final Pattern DIFFERENCE = Pattern.compile("\\s*(?:over|more|less|under|above|below|extra|off|cheaper|"
            + "dearer|difference|a (?:year|month|week|day)|per|each|every)\\b");
    /** A deal on several pens: "2 for 40", "two for $40". */
    private static final Pattern BUNDLE = Pattern.compile("\\b(\\d)\\s*(?:pens?\\s*)?for\\s*[$£€]?\\s?(\\d{2,3})\\b");
    private static final Pattern REFILL = Pattern.compile("\\brefill");
    /** A bare number said as a price: "at 24", "it's 24", "only 24". */
    private static final Pattern BARE_PRICE = Pattern.compile("\\b(?:at|for|only|just|is|it's|its|costs?|price|pay|"
            + "paying|sale|now|rn)\\s+(\\d{1,3})\\b(?!\\s?(?:%|km|mm|g\\b|months?|years?|weeks?|days?|hours?|minutes?|cents?))");
    /** A number on its own in a part about money ("ok 20 then", "I said 20."): a price unless a unit follows. */
    private static final Pattern LONE_NUMBER = Pattern.compile("(?<![\\d.,])\\b(\\d{1,3})\\b(?![.,]\\d)(?!\\s?(?:%|km|mm|"
            + "g\\b|months?|years?|yrs?|weeks?|days?|hours?|minutes?|cents?|pens?|packs?|pages?|times|x\\b|per\\b|of\\b|"
            + "refills?|a day|a week|a month|a year))");
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final Phrases GUARANTEE = Phrases.of("guarantee*", "guarante*", "guarentee*", "gaurantee*",
            "garantee*", "warranty", "warrenty", "warranties", "money back", "money-back", "refund*", "replace*");
    private static final Pattern YEARS = Pattern.compile(
            "\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ]years?\\b");
    private static final Map<String, Integer> NUMBER_WORDS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five",
            5, "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10);
    /** A cut to a bare sum: "knock it to 20", "go down to 18", "drop it to $15". */
    private static final Pattern CUT_TO = Pattern.compile("\\b(?:knock(?:ed)? (?:it )?(?:down )?to|drop(?:ped)? (?:it )?"
            + "(?:down )?to|go(?:ing)? down to|bring (?:it )?down to|cut (?:it )?to|let (?:it|u|you) have it for)"
            + "\\s+\\$?(\\d{1,3})\\b");
    /** A lower figure settled on: "ugh ok $12 then", "fine, 15 bucks it is". */
    private static final Pattern SETTLES_ON = Pattern.compile("^(?:(?:ugh|ok|okay|fine|alright|right|so|well|look|"
            + "hmm|argh|sigh)[,.!]? )*(?:\\$\\s?\\d{1,3}|\\d{1,3}\\s?(?:dollars|bucks|\\$))(?: it is| then| it is then)\\b");
    /** A bare figure settled on: "ugh ok 12 then", "fine, 15 it is". */
    private static final Pattern SETTLES_ON_BARE = Pattern.compile("^(?:(?:ugh|ok|okay|fine|alright|right|so|well|"
            + "look|hmm|argh|sigh|omg|jeez|geez|whatever|lol|man)[,.!]? )+(\\d{1,3})(?:(?: it is| then)\\b|\\s*[.!]*$)");
    private static final Phrases OFFERING = Phrases.of("make it", "yours for", "have it for", "for just", "for only",
            "i'll do it for", "i'll give", "i'll sell", "take it for", "let you", "do it for", "can do", "for you at",
            "final offer", "last offer", "best offer", "i'll do", "ill do", "just for you", "just for u", "knock it",
            "drop it to", "go down to", "bring it down", "cut it to");

    private final SentenceEmbeddings embeddings;
    private final IntentClassifier classifier;
    private final Intent[] intents;
    private final Product product;
    private final Examples examples;
    private final Map<String, Phrases> featureCues = new HashMap<>();
    private final Phrases offerCues;
    private final Map<String, ClauseReading> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ClauseReading> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    ClauseReader(SentenceEmbeddings embeddings, IntentClassifier classifier, Product product, Examples examples) {
        this.embeddings = embeddings;
        this.classifier = classifier;
        this.intents = classifier.labels().stream().map(label -> Intent.of(label).orElseThrow(() ->
                new IllegalStateException("the intent model has a label the analysis does not know: " + label)))
                .toArray(Intent[]::new);
        this.product = product;
        this.examples = examples;
        product.features().forEach(feature -> featureCues.put(feature.id(),
                Phrases.of(feature.cues().toArray(String[]::new))));
        this.offerCues = Phrases.of(product.offers().stream().flatMap(offer -> offer.cues().stream())
                .toArray(String[]::new));
    }

    /** The reading of one part (a sentence or clause). */
    ClauseReading read(String text) {
        synchronized (cache) {
            ClauseReading known = cache.get(text);
            if (known != null) {
                return known;
            }
        }
        ClauseReading reading = readAnew(text);
        synchronized (cache) {
            cache.put(text, reading);
        }
        return reading;
    }

    private ClauseReading readAnew(String text) {
        String normal = Phrases.normalise(text);
        float[] vector = embeddings.embed(text);
        double[] p = classifier.probabilities(text, vector);
        boolean refused = REFUSED.matcher(normal).find();
        boolean invented = Lexicon.GIVEAWAY.in(normal) && !GUARANTEE.in(normal) && !offerCues.in(normal) && !refused
                || inventedPrice(normal) || inventedGuarantee(normal);
        boolean question = Lexicon.isQuestion(normal);
        boolean offer = offerCues.in(normal);
        Integer[] ranked = new Integer[p.length];
        for (int i = 0; i < p.length; i++) {
            ranked[i] = i;
        }
        Arrays.sort(ranked, (a, b) -> Double.compare(p[b], p[a]));
        int best = indexOf(Intent.PREAMBLE);
        // "so??" or "what??" on its own prods or protests: it asks nothing and offers nothing
        boolean prod = Lexicon.inSurprise(normal) && normal.split("\\s+").length <= 2;
        boolean leadIn = Clauses.isLeadIn(text) || OPTION.matcher(normal).matches() || prod;
        for (int k = 0; k < Math.min(CANDIDATES, ranked.length) && !leadIn; k++) {
            if (k > 0 && p[ranked[k]] < FALLBACK_FLOOR) {
                break;
            }
            if (acceptable(intents[ranked[k]], p[ranked[k]], normal, invented, question, offer)) {
                best = ranked[k];
                break;
            }
        }
        if (intents[best] == Intent.PREAMBLE && !leadIn && Clauses.embedsQuestion(text)) {
            // "can I ask what you do" (cut from "…, and whether a pen matters in your day?") asks it: its best
            // reading about the buyer, not a lead-in
            for (int k = 1; k < Math.min(CANDIDATES, ranked.length); k++) {
                if (intents[ranked[k]].asksAboutBuyer() && p[ranked[k]] >= FALLBACK_FLOOR) {
                    best = ranked[k];
                    break;
                }
            }
        }
        // "what do you write with?" asks for the pen, "what do you use pens for?" for the writing
        boolean cued = false;
        boolean ownMoney = false;
        if (question && !leadIn && Lexicon.asksWhoPays(normal)) {
            // "are you buying for yourself or through the station?" asks who pays: the buyer's budget, not a close
            best = indexOf(Intent.ASK_BUDGET);
            cued = true;
        } else if (question && !leadIn && (UNSURE_ABOUT.matcher(normal).find()
                || HOLDS_BACK.matcher(normal).find() && (!intents[best].asksAboutBuyer()
                || Lexicon.ADDRESSES_BUYER.in(normal)))) {
            // "which part are you not sure about: …, or …?" asks what holds it back, whatever the options say
            best = indexOf(Intent.ASK_HESITATION);
            cued = true;
        } else if (question && !leadIn && !intents[best].asksAboutBuyer() && WOULD_TAKE.matcher(normal).find()) {
            // "what would you need to see to believe it's really better?" asks what would win it over, not a boast
            best = indexOf(Intent.ASK_HESITATION);
            cued = true;
        } else if (question && !leadIn && intents[best] == Intent.TRIAL_CLOSE && AGAINST_SPEND.matcher(normal).find()) {
            // "how does that compare with what you spend now on pens?" asks what its pens cost it today
            best = indexOf(Intent.ASK_CURRENT_PEN);
            cued = true;
        } else if (question && GUESS_AT_WORK.matcher(normal).matches() && p[indexOf(Intent.ASK_WORK)] >= WORK_GUESS) {
            // "interviews like a reporter?" guesses at what the buyer does for a living
            best = indexOf(Intent.ASK_WORK);
            cued = true;
        } else if (question && !leadIn && WORK_QUESTION.matcher(normal).find()) {
            // "lol ok what do u do", "what line of work is that?": its job, however the classifier leaned
            best = indexOf(Intent.ASK_WORK);
            cued = true;
        } else if (!leadIn && Lexicon.asksIfNeedsPen(normal)) {
            // "u need a pen or not?" asks what the buyer needs, however bluntly
            best = indexOf(Intent.ASK_PRIORITIES);
            cued = true;
        } else if (intents[best] != Intent.ASK_CURRENT_PEN && (PEN_NOW.matcher(normal).find()
                || question && PENS_LAST.matcher(normal).find())
                && (!intents[best].asksAboutBuyer() || intents[best] == Intent.ASK_WRITING || p[best] < SURE_TERSE)) {
            // "and what pen is doing it right now?", "what's writing those logs?": the pen it uses
            best = indexOf(Intent.ASK_CURRENT_PEN);
            cued = true;
        } else if (intents[best] == Intent.ASK_WRITING && WRITES_WITH.matcher(normal).find()) {
            best = indexOf(Intent.ASK_CURRENT_PEN);
            cued = true;
        } else if ((intents[best] == Intent.ASK_CURRENT_PEN
                || question && !leadIn && (p[best] < SURE || intents[best] == Intent.TRIAL_CLOSE
                || intents[best] == Intent.ASK_HESITATION || intents[best] == Intent.ASK_PRIORITIES))
                && USES_FOR.matcher(normal).find()) {
            // ("what do u write anyway", however unsure the classifier, asks what it writes)
            best = indexOf(Intent.ASK_WRITING);
            cued = true;
        } else if ((intents[best] == Intent.ASK_BUDGET || question && !leadIn && p[best] < SURE
                && !intents[best].asksAboutBuyer()) && SPENDS_NOW.matcher(normal).find()) {
            // "what do you pay for the pens you use now?" asks about those pens, not what it would spend
            best = indexOf(Intent.ASK_CURRENT_PEN);
            cued = true;
        } else if (question && !leadIn && USES_UP.matcher(normal).find()) {
            // "and how much do you go through on biros in a term?" asks how many of its pens it uses up
            best = indexOf(Intent.ASK_CURRENT_PEN);
            cued = true;
        } else if (WHAT_FOR.matcher(normal).find() && !intents[best].asksAboutBuyer()) {
            // "sure i guess, what for." asks what the buyer would use it for
            best = indexOf(Intent.ASK_WRITING);
            cued = true;
        } else if (question && intents[best] == Intent.ASK_TIMING && TROUBLE_WHEN.matcher(normal).find()) {
            // "when does it usually go missing, like mid service?" asks when its trouble strikes, not its diary
            best = indexOf(Intent.ASK_PAIN);
            cued = true;
        } else if (question && intents[best] == Intent.ASK_CURRENT_PEN && p[best] < CERTAIN
                && LETS_DOWN.matcher(normal).find()) {
            // "what lets you down with the pen you use now?" asks what goes wrong with it, not which it is
            best = indexOf(Intent.ASK_PAIN);
            cued = true;
        } else if (intents[best] == Intent.ASK_HESITATION && ABOUT_THEIR_PENS.matcher(normal).find()) {
            // "what's bugging you about the fineliners?" asks what is wrong with its pens, not what holds it back
            best = indexOf(Intent.ASK_PAIN);
            cued = true;
        } else if (intents[best] == Intent.ASK_BUDGET && OWN_MONEY.matcher(normal).find()
                || intents[best] == Intent.ASK_BUDGET && normal.contains("how much")
                && !MONEY_WORDS.matcher(normal).find()) {
            // "what's your commission on a sale?" asks about the buyer's own money, which no profile holds
            best = indexOf(Intent.PREAMBLE);
            ownMoney = true;
        } else if ((intents[best] == Intent.ASK_BUDGET || question && !intents[best].asksAboutBuyer())
                && (COSTS_YOU.matcher(normal).find() || question && COST_OF_DOING.matcher(normal).find())) {
            // "when a log smudges, what does that cost you?" asks what the trouble costs, not the budget
            best = indexOf(Intent.ASK_PAIN);
            cued = true;
        }
        if (RESTATEMENT.matcher(normal).find() && (intents[best].asksAboutBuyer() && !normal.endsWith("?")
                || intents[best] == Intent.RUDE && !Lexicon.RUDE.in(normal))) {
            best = indexOf(Intent.EMPATHY);
        }
        // a cut the words themselves make ("ok $15 final offer") is a giveaway even when nothing else was read
        if (invented && intents[best] == Intent.PREAMBLE && !leadIn) {
            best = indexOf(Intent.DISCOUNT);
        }
        int chosen = best;
        // (nor is its runner-up reading about the buyer's budget: "what are those orders worth?" stays unasked)
        boolean notBudget = ownMoney;
        int second = Arrays.stream(ranked).filter(i -> i != chosen && !(notBudget && intents[i] == Intent.ASK_BUDGET))
                .findFirst().orElse(chosen);
        Set<String> features = features(normal, vector);
        List<String> numbers = Lexicon.numbers(normal);
        List<String> facts = new ArrayList<>();
        for (String id : features) {
            product.feature(id).ifPresent(feature -> feature.facts().stream()
                    .filter(fact -> normal.contains(Phrases.normalise(fact))).forEach(facts::add));
        }
        // words that settle the reading make it as sure as the classifier at its surest
        double confidence = cued ? Math.max(p[best], CERTAIN) : p[best];
        return new ClauseReading(text, normal, vector, intents[best], confidence, intents[second], p[second],
                Set.copyOf(features), List.copyOf(numbers), List.copyOf(facts), price(normal, intents[best]),
                question, offer, GUARANTEE.in(normal), invented,
                Lexicon.isAcknowledgement(normal), Lexicon.RUDE.in(normal));
    }

    private int indexOf(Intent intent) {
        for (int i = 0; i < intents.length; i++) {
            if (intents[i] == intent) {
                return i;
            }
        }
        throw new IllegalStateException("the intent model has no label " + intent.label());
    }

    /**
     * Whether a reading can stand: a question about the buyer must be phrased as a question (or the
     * classifier all but certain), a reading held against the trainee must be sure or confirmed, and
     * the product's own offer (free engraving this week) is never a giveaway.
     */
    private static boolean acceptable(Intent intent, double probability, String normal, boolean invented,
            boolean question, boolean offer) {
        if (intent == Intent.CLOSE && INTRODUCES.matcher(normal).matches()) {
            // "so this is the [name]." names what is on offer; it asks for nothing
            return false;
        }
        if (intent == Intent.DISCOUNT && (offer || PRICE_ASIDE.matcher(normal).find() || REFUSED.matcher(normal).find())
                && !invented) {
            return false;
        }
        if (intent == Intent.DISCOUNT && NO_LOWER.matcher(normal).find() && !SOME_SUM.matcher(normal).find()) {
            // "cant go lower sorry its already discounted" refuses a cut; it offers none
            return false;
        }
        if (intent == Intent.SUPERLATIVE && INTRODUCES.matcher(normal).matches() && !Lexicon.SUPERLATIVE.in(normal)) {
            // "this is the pen." shows what is on offer; only words of hype ("the best pen") make it a boast
            return false;
        }
        if (intent == Intent.RUDE && !Lexicon.RUDE.in(normal) && !Lexicon.ADDRESSES_BUYER.in(normal)
                && RUNS_DOWN_PENS.matcher(normal).find()) {
            // "cuz cheap pens suck." runs down other pens, not the buyer
            return false;
        }
        if (intent == Intent.PROOF && offer && !invented) {
            // "ur name on it." spells out the product's own offer (free engraving): it shows nothing
            return false;
        }
        if ((intent == Intent.PRESSURE || intent == Intent.RUDE) && BACKING_OFF.matcher(normal).find()) {
            // "if it's not right for you today, no hard feelings" takes the pressure off
            return false;
        }
        if (intent.asksAboutBuyer()) {
            // "10 bucks??", "busy?!" echo the buyer in surprise; a one- or two-word ask must be read surely
            // (a full question typed with "??" still asks: "what pen do u even use now, a 50 cent bic??")
            if (Lexicon.inSurprise(normal) && (normal.split("\\s+").length <= SURPRISE_WORDS || probability < CERTAIN)
                    || normal.split("\\s+").length <= 2 && probability < SURE_TERSE) {
                return false;
            }
            boolean addressed = Lexicon.ADDRESSES_BUYER.in(normal);
            // "oh so like a journalist?" guesses at what the buyer is
            boolean aboutBuyer = addressed || probability >= SURE_ABOUT_BUYER
                    || question && probability >= PLAUSIBLE_GUESS && GUESS_AT_BUYER.matcher(normal).matches()
                    || normal.split("\\s+").length <= ELLIPTICAL_WORDS
                    || question && probability >= SURE_FOLLOW_UP && FOLLOW_UP.matcher(normal).find()
                    // "…what does your work involve, and how much of it is done with a pen?" carries the question
                    // before it on
                    || question && probability >= SURE_CONJOINED && CONJOINED.matcher(normal).find()
                    && FOLLOW_UP.matcher(normal).find();
            // "what u use now" is a question typed tersely; "u get what u pay for" tells the buyer something
            // ("outlasting what you use now: …" heads a point; it asks nothing)
            boolean terse = addressed && probability >= SURE_TERSE && !normal.matches(".*[.!]$")
                    && !TELLS_YOU.matcher(normal).find() && TERSE_START.matcher(normal).find();
            boolean leading = Lexicon.LEADING.in(normal);
            return (question || terse) && aboutBuyer && !Lexicon.ASK.in(normal) && (!leading || addressed)
                    || probability >= CERTAIN && !leading;
        }
        return !accusing(intent) || probability >= SURE_TO_OFFEND || confirmed(intent, normal, invented);
    }

    private static boolean accusing(Intent intent) {
        return switch (intent) {
            case RUDE, OFF_TOPIC, PRESSURE, SUPERLATIVE, DISCOUNT -> true;
            default -> false;
        };
    }

    /** True when the words themselves say what the classifier guessed: an insult, a pressure phrase, a giveaway. */
    private static boolean confirmed(Intent intent, String normal, boolean invented) {
        return switch (intent) {
            case RUDE -> Lexicon.RUDE.in(normal);
            case PRESSURE -> Lexicon.PRESSURE.in(normal);
            case SUPERLATIVE -> Lexicon.SUPERLATIVE.in(normal);
            case DISCOUNT -> invented;
            default -> false;
        };
    }

    /** The product features a part names, by their cue words or by meaning. */
    private Set<String> features(String normal, float[] vector) {
        Set<String> found = new LinkedHashSet<>();
        for (Product.Feature feature : product.features()) {
            if (featureCues.get(feature.id()).in(normal)
                    || examples.similarity("feature:" + feature.id(), vector) >= FEATURE) {
                found.add(feature.id());
            }
        }
        return found;
    }

    /** The first sum of money a part names: "$30", "30 dollar", "thirty bucks", or a bare "at 30" that is a price. */
    private Integer price(String normal, Intent intent) {
        Integer price = anyPrice(normal, intent);
        // "$4 refills" is what a refill costs, not the pen; "I can't do $15" is a price turned down
        boolean refill = price != null && price == product.refillPrice() && REFILL.matcher(normal).find();
        boolean refused = price != null && price != product.price() && price != product.regularPrice()
                && REFUSED.matcher(normal).find();
        return refill || refused ? null : price;
    }

    private Integer anyPrice(String normal, Intent intent) {
        Matcher cut = CUT_TO.matcher(normal);
        if (cut.find()) {
            // "24 bucks is nothing, I'll knock it to 20": the sum it comes down to is the price on offer
            return Integer.parseInt(cut.group(1));
        }
        Matcher settled = SETTLES_ON_BARE.matcher(normal);
        if (settled.find()) {
            return Integer.parseInt(settled.group(1));
        }
        Matcher bundle = BUNDLE.matcher(normal);
        if (bundle.find() && Integer.parseInt(bundle.group(1)) >= 2) {
            // "2 for 40" is $20 a pen
            return Integer.parseInt(bundle.group(2)) / Integer.parseInt(bundle.group(1));
        }
        Matcher amounts = DOLLARS.matcher(normal);
        boolean refills = REFILL.matcher(normal).find();
        while (amounts.find()) {
            int amount = amount(amounts);
            // "$4 over your budget", "$8 a year": a difference or a rate, not what the pen costs
            boolean difference = DIFFERENCE.matcher(normal.substring(amounts.end())).lookingAt();
            if (!(refills && amount == product.refillPrice()) && !difference) {
                return amount;
            }
        }
        Matcher bare = BARE_PRICE.matcher(normal);
        while (bare.find()) {
            int amount = Integer.parseInt(bare.group(1));
            if (amount == product.price() || amount == product.regularPrice()) {
                return amount;
            }
        }
        if (intent == Intent.DISCOUNT || intent == Intent.PRICE || intent == Intent.CLOSE) {
            Matcher lone = LONE_NUMBER.matcher(normal);
            // ("i said its $5 off": the size of the discount, not a price)
            if (lone.find() && Integer.parseInt(lone.group(1)) > 0
                    && !DIFFERENCE.matcher(normal.substring(lone.end()).replaceFirst("^\\s*(?:bucks|dollars?|quid|pounds)", ""))
                    .lookingAt()) {
                return Integer.parseInt(lone.group(1));
            }
        }
        return null;
    }

    private static int amount(Matcher money) {
        if (money.group(1) != null || money.group(2) != null) {
            return Integer.parseInt(money.group(1) != null ? money.group(1) : money.group(2));
        }
        String[] words = money.group(3).split("[- ]");
        int value = TENS.containsKey(words[0]) ? TENS.get(words[0]) : UNITS.indexOf(words[0]);
        return words.length > 1 ? value + UNITS.indexOf(words[1]) : value;
    }

    /** A guarantee longer than the product's ("guaranteed for five years"). */
    private boolean inventedGuarantee(String normal) {
        if (!GUARANTEE.in(normal)) {
            return false;
        }
        Matcher years = YEARS.matcher(normal);
        while (years.find()) {
            Integer count = NUMBER_WORDS.get(years.group(1));
            int value = count != null ? count : years.group(1).matches("\\d+") ? Integer.parseInt(years.group(1)) : -1;
            if (value > product.guaranteeYears()) {
                return true;
            }
        }
        return normal.contains("lifetime");
    }

    /** A price the product does not have, offered to get a yes ("I'll let you have it for $10"). */
    private boolean inventedPrice(String normal) {
        // "i'll knock it to 20": a cut needs no currency sign
        Matcher cut = CUT_TO.matcher(normal);
        while (cut.find()) {
            int amount = Integer.parseInt(cut.group(1));
            if (amount > 0 && amount < product.price() && amount != product.refillPrice()
                    && !REFUSED.matcher(normal).find()) {
                return true;
            }
        }
        Matcher settled = SETTLES_ON_BARE.matcher(normal);
        if (settled.find() && Integer.parseInt(settled.group(1)) < product.price()
                && Integer.parseInt(settled.group(1)) != product.refillPrice()) {
            return true;
        }
        Matcher amounts = DOLLARS.matcher(normal);
        while (amounts.find()) {
            int amount = amount(amounts);
            if (amount != product.price() && amount != product.regularPrice() && amount != product.refillPrice()
                    && (OFFERING.in(normal) || amount < product.price() && SETTLES_ON.matcher(normal).find())
                    && !REFUSED.matcher(normal).find()) {
                return true;
            }
        }
        return false;
    }

    /** The classifier's labels: used by tests to check the model against the corpus. */
    static IntentClassifier load() {
        return IntentClassifier.load(ConversationAnalyzer.INTENT_MODEL);
    }
}

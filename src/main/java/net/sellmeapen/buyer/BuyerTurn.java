package net.sellmeapen.buyer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sellmeapen.conversation.Category;
import net.sellmeapen.conversation.Outcome;
import net.sellmeapen.conversation.Product;
import net.sellmeapen.conversation.analysis.Act;
import net.sellmeapen.conversation.analysis.ClauseReading;
import net.sellmeapen.conversation.analysis.Concern;
import net.sellmeapen.conversation.analysis.ConcernAnswers;
import net.sellmeapen.conversation.analysis.Intent;
import net.sellmeapen.conversation.analysis.SentenceReading;
import net.sellmeapen.conversation.analysis.Topic;
import net.sellmeapen.conversation.analysis.TraineeTurnReading;

/**
 * One reply of the scripted buyer being worked out. It hears the trainee's turn into its
 * {@link BuyerMemory}, then fills at most one of each part of a reply, in the order a person
 * speaks: a warning (rudeness, a repeat), its answers to the questions asked (in order), one
 * reaction to what was claimed, one word on its concerns (settled, pressed or newly raised) and its
 * answer to a check-in or an ask. One part per kind keeps a reply short and never self-contradicting.
 */
final class BuyerTurn {

    /** Most parts of a reply (its answers first); a person answers, says where they stand, and stops. */
    static final int MAX_PARTS = 3;
    /** Times an open doubt is voiced before the buyer says, unasked, what would settle it. */
    static final int VOLUNTEER_AFTER = 3;
    /** Most remarks (reactions, concerns, its answer to an ask) beside its answers in one reply. */
    static final int MAX_REMARKS = 2;
    /** Most questions of one turn answered; a quiz gets the first three. */
    static final int MAX_ANSWERS = 3;
    /** Clarifying questions a buyer asks in a session before it answers its best guess. */
    static final int MAX_CLARIFICATIONS = 2;
    /** Times the buyer asks again for a price it was not told. */
    static final int MAX_PRICE_PRESSES = 2;
    /** A reading offered as one of the meanings in a clarifying question must be at least this likely. */
    static final double PLAUSIBLE = 0.3;
    /** A second question read as the first one's topic is taken as its runner-up from this likelihood. */
    static final double RUNNER_UP = 0.1;
    /** Below this the classifier's reading of a question is nearly a guess. */
    static final double UNSURE = 0.25;
    /** Below this a question about the buyer is answered without committing to a guess at what it asks. */
    static final double GUESS = 0.3;
    /** Two readings of a question about the buyer this close, the first under 40 %, are a toss-up. */
    static final double CLOSE_CALL = 0.1;
    static final double TORN_BELOW = 0.4;
    /** A reaction needs a reading at least this sure (cues that settle an act count as sure). */
    static final double SURE_TO_REACT = 0.45;
    /**
     * Sureness it needs to brush a question aside as off the subject ("Never mind that."): brushing off
     * "what's your reaction so far?" would be rude, so only a question it is sure of.
     */
    private static final double SURE_ASIDE = 0.8;
    /** Questions it wants asked after it said it was hardly asked anything, before it buys. */
    static final int QUESTIONS_AFTER_COMPLAINT = 2;
    /** A question about its pens that leaned to its job below this ("how are those working for you?") asks about the pens. */
    static final double SURE_WORK = 0.6;
    /** Only a question read this surely is met with "as I said": a misread one gets a plain answer. */
    static final double SURE_ENOUGH_TO_REMIND = 0.8;

    /** An either-or that narrows the question before it: "and is it mostly when you sign, or when they do?". */
    private static final Pattern IS_IT = Pattern.compile("^(?:(?:and|so|but|or|ok|okay)[,]? )*(?:is|was) (?:it|that|this) "
            + "(?:mostly |more |usually |normally |generally )?(?:when|while|at|in|on|for|with|because|your|the|you)\\b");
    /** A question whether something is there at all: "is there a busy period coming up…?". */
    private static final Pattern EXISTS = Pattern.compile("^(?:(?:and|so|but|ok|okay|also)[,]? )*(?:is there|are there|"
            + "have you got|do you have|have you any|got) ");
    /** Examples given after the question: "…, like a year-end or an audit?". */
    private static final Pattern EXAMPLES = Pattern.compile("[,;:-] ?(?:like|such as|say|e\\.g\\.)\\b[^?]*\\bor\\b");
    /** A question that offers two options ("in front of clients, or at your desk?"). */
    private static final Pattern EITHER_QUESTION = Pattern.compile("\\bor\\b(?! (?:something|anything|not|so|what|whatever|"
            + "two|three|four|later|sooner|else|another)\\b| (?:more|less|other)\\W*$)");
    /** "how often do you buy a new pack?": answered with a rough frequency, not a count. */
    private static final Pattern OFTEN = Pattern.compile("\\bhow (?:often|frequently)\\b|\\bhow (?:quickly|fast|soon)\\b.*"
            + "\\b(?:go through|get through|use up|run through|run out|finish)\\b");
    /** What the trouble costs the buyer, or what is at stake: "what does that cost you?", "worth to you". */
    private static final Pattern COST_TO_YOU = Pattern.compile("\\bcosts? (?:you|u)\\b|\\bworth to (?:you|u)\\b"
            + "|\\bset (?:you|u) back\\b");
    /** A pen that stops writing: borrowed around, not lived with. */
    private static final Pattern DIES = Pattern.compile("\\b(?:die|dies|died|dying|dead|runs? out|ran out|runs? dry|"
            + "ran dry|dry out|dries out|dried out|quit\\w*|gives? out|gave out|stop(?:s|ped)? working|fail\\w*|"
            + "lets? (?:you|u) down|break|breaks|broke)\\b");
    /** Two short options ending a yes-or-no question: "do you write in red or blue?". */
    private static final Pattern ENDS_IN_OPTIONS = Pattern.compile("\\b[a-z0-9']+ or [a-z0-9']+(?: [a-z0-9']+)?\\W*$");
    /** Options offered after a lead-in: "you said they fail, like the ink won't go down or the pen dies?". */
    private static final Pattern OPTIONS = Pattern.compile("(?:^|[,;:] ?)(?:like|as in|is it|was it|whether|more|"
            + "mostly|meaning)\\b[^?]*\\bor\\b");
    /** Two short options offered after the question: "how fast do you go through pens, weeks or months?". */
    private static final Pattern SHORT_OPTIONS = Pattern.compile("[,;:] ?(?:[a-z0-9']+ ){0,2}[a-z0-9']+ or "
            + "[a-z0-9']+(?: [a-z0-9']+){0,2}\\W*$");
    /** Words that make an option unfit to say back as the buyer's own: "for you", "it". */
    private static final Pattern NOT_ECHOED = Pattern.compile("\\b(?:you|your|u|ur|yourself|i|me|my|it|they|them|"
            + "this|that|is|are|was|do|does|did)\\b");
    /** Words that lead into an option rather than name it: "(do you ever) get smudging". */
    private static final String OPTION_LEAD = "^(?:(?:get|got|have|has|had|ever|any|a|an|the|with|from|like|more|mostly|"
            + "is|it|in|on|at|for|by)\\s+)+";
    /** Most words of an option the buyer says back ("Months, mostly."); longer ones are "the second". */
    static final int ECHOED_WORDS = 2;
    /** Most words of a choice's option the buyer says back as its own ("My own name."). */
    private static final int OWN_WORDS = 3;
    /** Words an option of a choice starts on: "(engraved with) your own name", "the agency's". */
    private static final Pattern OPTION_START = Pattern.compile("your|ur|the|a|an");
    /** The options of a yes-or-no question set apart: "red only, or other colours?", "or is it more…". */
    private static final Pattern CHOICE = Pattern.compile("[,;]\\s*or\\b|\\bor (?:is|are|was|were|do|does|did|would|"
            + "has|have|more|mostly|just|maybe)\\b|^(?:(?:so|and|but|ok|okay)[,]? )*(?:is|was) (?:it|that|this)\\b");
    /** "what do you actually do when it dies?": what the buyer does when its pen lets it down. */
    private static final Pattern WHAT_DO = Pattern.compile("\\bwhat (?:do|did|would) (?:you|u) (?:actually |usually |"
            + "normally |then |even )?(?:do|end up doing|wind up doing)\\b(?! for (?:a )?(?:living|work|job))");
    /** A yes-or-no question that asks for the thing itself: "is there anything that annoys you?". */
    private static final Pattern ASKS_WHAT = Pattern.compile("\\b(?:anything|something|any other|what|which)\\b");
    /** How the pen it uses is doing: "how's it working for you?", "how does it hold up in there?". */
    private static final Pattern HOLDS_UP = Pattern.compile("\\bhow(?:'s| is| are| do| does| did)\\b|\\b(?:happy|like|"
            + "love|hate|hold(?:s|ing)? up|work(?:s|ing)? (?:out|for)|cope|last|problems?|issues?|wish|change|"
            + "(?:do|did|does) better|improve\\w*)\\b");
    /** How the pens it named fare in use: "how do those hold up…?", "are they working out for you?". */
    private static final Pattern STANDS_UP = Pattern.compile("\\b(?:hold(?:s|ing)? up|stand(?:s|ing)? up|"
            + "work(?:s|ing)? out|working for (?:you|u)|fare|faring|perform|performing|treat(?:ing)? (?:you|u))\\b");
    /** A question that points back at the pen just asked about: "and how's it working for you?". */
    private static final Pattern FOLLOWS_UP = Pattern.compile("\\b(?:it|they|them|those|these|that)\\b");
    /** "which one tho?", "which is it?": asks the buyer to pick one of the options it was just offered. */
    private static final Pattern WHICH_ONE = Pattern.compile("^(?:[a-z]+[,]? ){0,3}which (?:one|is it|of (?:the|those|"
            + "them|these) (?:two|both))\\b[^?]{0,25}\\?*$");
    /** Words of an option that names what holds the buyer back, by the concern's key in the line files. */
    private static final Map<String, Pattern> NAMES_CONCERN = Map.of(
            "PRICE_OVER_BUDGET", Pattern.compile("\\b(?:price|cost|money|expensive|cheap\\w*|afford\\w*|budget|pay\\w*|"
                    + "dollars?|bucks|spend\\w*)\\b|\\$|\\d"),
            "PRICE_VALUE", Pattern.compile("\\b(?:worth|value|better|perform\\w*|quality|last\\w*|hold\\w* up|work\\w*|"
                    + "difference)\\b"),
            "TRUST", Pattern.compile("\\b(?:work\\w*|true|proof|prove|believe|trust|claims?|hold\\w* up|last\\w*|"
                    + "reliab\\w*|perform\\w*|actually does)\\b"),
            "TIMING", Pattern.compile("\\b(?:time|timing|now|week|busy|today|wait\\w*|moment|later|right now)\\b"),
            "ALTERNATIVE", Pattern.compile("\\b(?:cheap\\w*|biros?|free|other pens?|disposables?)\\b"),
            "ALREADY_HAS", Pattern.compile("\\b(?:already|current|switch\\w*|the pens? you (?:have|got|use)|"
                    + "(?:has|have|got) pens|(?:your|ur) pens|urs)\\b"),
            "NO_NEED", Pattern.compile("\\b(?:need\\w*|use for|any use)\\b"),
            "AUTHORITY", Pattern.compile("\\b(?:boss|approv\\w*|manager|partner|wife|husband|sign(?:s|ing)? off|"
                    + "permission|check with|ask)\\b"),
            "THINK_IT_OVER", Pattern.compile("\\b(?:think\\w*|decid\\w*|sleep on|time)\\b"),
            "NOT_INTERESTED", Pattern.compile("\\b(?:interest\\w*|care|bother\\w*)\\b"));
    /** A question that guesses at the buyer's reason: "is that because…?" */
    private static final Pattern BECAUSE = Pattern.compile("\\b(?:is|was) (?:that|it|this) (?:because|since|cause|cuz|"
            + "coz|cos|due to)\\b");
    /** How a question starts that only spells out the one before it: "like…", "or…", "such as…". */
    private static final Pattern ELABORATION = Pattern.compile("^(?:like|or|such as|e\\.g\\.|say|maybe|for example|"
            + "for instance)\\b");
    /** Words that make a bare sum an offer: "then", "deal", "how about", "I'll do", "match it". */
    private static final Pattern OFFERS_PRICE = Pattern.compile("\\b(?:then|deal|how about|for you|for u|can do|"
            + "i'll do|ill do|make it|let's say|lets say|call it|go to|go down|drop|match|matched|fine)\\b|\\?");
    /** A part that is nothing but a sum: "$15.", "15 bucks!": said as the price on offer. */
    private static final Pattern BARE_SUM = Pattern.compile("^\\$\\s?\\d{1,3}[.!?]*$|^\\d{1,3}\\s?(?:\\$|bucks|dollars)[.!?]*$");
    /** "$10 pens are junk", "a 2 dollar biro": a sum that prices other pens, not this one. */
    private static final Pattern PRICES_OTHERS = Pattern.compile("(?:\\$\\s?\\d{1,4}(?:\\.\\d{2})?|\\b\\d{1,4}\\s?"
            + "(?:dollar|buck|quid|pound)s?)[- ](?:[a-z]+ ){0,2}(?:pens?|biros?|bics?|ones|packs?|things?|stuff|junk|"
            + "crap|rubbish|knock-?offs?|fineliners?|ballpoints?|brands?)\\b"
            // "a pack of supermarket gel pens is what, like $8-10": the other pens first, then what they cost
            + "|\\b(?:pens?|biros?|bics?|packs?|fineliners?|ballpoints?|boxes|box|packets?)\\b (?:[a-z]+ ){0,3}?(?:is|are|cost|"
            + "costs|runs?|goes for|go for|sells? for)\\b[^$\\d.!?]{0,20}(?:\\$\\s?\\d{1,4}(?:\\.\\d{2})?|\\d{1,4}\\s?"
            + "(?:dollar|buck|quid|pound)s?)(?:\\s?(?:-|to)\\s?\\$?\\d{1,4}(?:\\s?(?:dollar|buck|quid|pound)s?)?)?");
    /** Words that only hand the buyer's own figure back: "$15, I hear you". */
    private static final Pattern ECHOES_PRICE = Pattern.compile("\\b(?:hear you|hear ya|understand|i know|you said|"
            + "u said|your budget|ur budget|you mentioned|get it|get that|got it|you told me|you were hoping|"
            + "(?:you'd|you would|u'd|ud) (?:go|pay|spend|be happy)|your (?:figure|number|limit|max))\\b");
    /** "How much do you spend on pens a year?": what its pens cost it now, not what it would pay for this one. */
    private static final Pattern SPENDS_A_YEAR = Pattern.compile("\\b(?:do|did|are) (?:you|u) (?:pay|paying|spend|"
            + "spending)\\b.*\\b(?:(?:a|per|each|every|in a) (?:year|month|week)|for (?:them|those|these))\\b");
    /** "What do you pay for a decent fineliner, two or three dollars?": the buyer's spending, no price for the pen. */
    private static final Pattern ASKS_ITS_SPENDING = Pattern.compile("\\b(?:you|u) (?:pay|paid|spend|spent|usually pay|"
            + "normally pay)\\b|\\b(?:do|does|did) (?:those|these|they|yours|your \\w+|ur \\w+|a \\w+|the \\w+) cost\\b");
    /** "What do your fineliners cost you each?": what the pens it has cost it, not what it would pay for this one. */
    private static final Pattern ITS_PENS_COST = Pattern.compile("\\b(?:what|how much) (?:do|does|did) (?:those|these|"
            + "they|them|yours|your (?!refill)\\w+|ur (?!refill)\\w+|a pen|one pen|a (?:[\\w-]+ )?(?:pack|box|packet)|each pen|one) (?:[\\w']+ ){0,5}cost\\b|\\b(?:what|how much) (?:do|did) "
            + "(?:you|u) (?:usually |normally |typically )?(?:pay|spend)\\b(?! (?:for|on) (?:this|it|one of these|a pen like))"
            // "how does that compare with what you spend now on pens?"
            + "|\\b(?:compare|compares|stack up|stacks up)\\b[^?]*\\b(?:what|how much) (?:you|u) (?:spend|pay|paid|spent)\\b");
    /** "What's it worth to you to look sharp…?": how much something matters, asked as a worth. */
    private static final Pattern WORTH_DOING = Pattern.compile("\\bworth (?:it )?to (?:you|u) (?:to|not to)\\b");
    /** A pen of the buyer's own named in a question: "how much does a pen usually cost you?". */
    private static final Pattern PEN_NOUN = Pattern.compile("\\b(?:pens?|biros?|ballpoints?|fineliners?|bics?|packs?)\\b");
    /** "Depends on what?": asks what the buyer's vague "it depends" depends on. */
    private static final Pattern DEPENDS_ON = Pattern.compile("^(?:(?:and|so|but|ok|okay|well|hmm|right)[,.]? )*"
            + "(?:it |that )?depends on what\\b|^on what\\b");
    /** "…, and what for?" at the end of a question about its pens asks what it writes, too. */
    private static final Pattern AND_WHAT_FOR = Pattern.compile("(?:^|\\band )(?:what|wat) for\\W*$|(?:^|\\band )for what\\W*$");
    /** Words that put a figure in an answer: "every two or three weeks", "forty signatures a day". */
    private static final Pattern HAS_FIGURE = Pattern.compile("\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
            + "twelve|fifteen|twenty|thirty|forty|fifty|dozen|hundred|every|a week|a day|a month)\\b");
    /** The pen itself, as a question about what something is worth to the buyer would name it. */
    private static final Pattern THE_PEN = Pattern.compile("\\b(?:pen|pens|it|this|that one)\\b");
    /** Improvised answers that give a rough figure, which a real figure in the same reply makes redundant. */
    // (what its pens cost it is money, not a count: "Not much." stands beside "forty signatures a week")
    private static final List<String> ROUGH_FIGURES = List.of("improviseHowOften", "improviseHowMany", "improviseAmount",
            "improviseHowLong", "improviseHowSoon");
    /** Every improvised answer: short, committing to nothing. */
    private static final List<String> VAGUE = List.of("improviseOpen", "improviseHowOften", "improviseHowMany",
            "improviseAmount", "improviseHowLong", "improviseHowSoon", "improviseSpend", "improviseDegree",
            "improviseBecause", "improviseYesNo", "improviseEither", "improviseCost");
    /** A sum of money as written in a message: "$20", "20 bucks", "20 dollars". */
    private static final Pattern SUM = Pattern.compile("\\$\\s?(\\d{1,4})|\\b(\\d{1,4})\\s?(?:\\$|bucks|dollars)");
    /** A question about how many pens the buyer gets through, which no profile counts. */
    private static final Pattern HOW_MANY = Pattern.compile("\\bhow (?:many|often|quickly|fast)\\b.*\\b(?:go through|get through|"
            + "go thru|get thru|go thro|buy|lose|use up|replace|run out|end up|throw|bin|chuck|get)\\b");
    /** A question that asks for an amount, a length or a frequency: "how many contracts a week?". */
    private static final Pattern QUANTITY = Pattern.compile("\\bhow (?:many|much|long|often|frequently|quickly|fast)\\b");
    /** What a count asks about: "how many [contracts]", "how much [writing]". */
    private static final Pattern COUNTED = Pattern.compile("\\bhow (?:many|much) (?:of (?:the|your|those|these) )?"
            + "([a-z]{3,})");
    /** A question about money: "how much do you spend on pens?". */
    private static final Pattern MONEY = Pattern.compile("\\b(?:spend|spending|spent|pay|paying|paid|cost|costs|"
            + "price|dollars|bucks|budget)\\b|\\$");
    /** An answer that gives one: a number, a count word, a unit of time. */
    private static final Pattern HAS_QUANTITY = Pattern.compile("\\d|\\b(?:one|two|three|four|five|six|seven|eight|"
            + "nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundreds?|dozens?|few|couple|lots|"
            + "every|each|once|twice|constantly|hours?|minutes?|always|all day|all week|daily|weekly|most days)\\b");
    /** How much something matters to the buyer: "how much does the line matter?", "how much do you care…". */
    private static final Pattern DEGREE = Pattern.compile("\\bhow much (?:does|do|would|did) (?:[a-z' ]{1,40} )?"
            + "(?:matter|matters|count|bother|bug|annoy|mind|care|worry)\\b|\\bhow (?:important|much of a (?:deal|"
            + "problem|pain))\\b");
    /** A check-in that sets the pen beside the buyer's own: "…compared to what you use now?". */
    private static final Pattern COMPARED = Pattern.compile("\\b(?:compared? (?:to|with)|next to|than|versus|vs) "
            + "(?:what|the ones?|your|ur|those|these)\\b");
    /** A cut turned down: "I can't go lower", "no discounts", "that's already the offer price". */
    private static final Pattern REFUSES_CUT = Pattern.compile("\\b(?:can't|cant|cannot|can not|won't|wont|not able to|"
            + "unable to) (?:go|do|do it|drop|come|bring it|knock|discount|give|sell it)(?: it)? ?(?:down|lower|cheaper|for less|"
            + "any lower|below|under|\\$\\d+|for \\$?\\d+|to \\$?\\d+)|\\bno (?:discounts?|deals?) (?:on|for) (?:this|it)\\b|\\bthat's "
            + "already the (?:[a-z]+ )?(?:price|discount)\\b|\\bis already (?:the |a )?(?:[a-z]+ )?(?:price|discount)\\b"
            + "|\\balready discounted\\b");
    /** A number, in figures or words: what a count is answered with. */
    private static final Pattern NUMBER = Pattern.compile("\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
            + "eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundreds?|dozens?|a few|a couple|handful)\\b");
    /** How soon a trouble sets in: "how long before your wrist aches?", "how long does it take to kick in?". */
    private static final Pattern HOW_SOON = Pattern.compile("\\bhow (?:long|soon|quickly)\\b.*\\b(?:before|until|till|"
            + "take (?:to|for)|takes (?:to|for)|into)\\b|\\bhow (?:long|far) in\\b");
    /** The figures a trainee offers as a guess at a count, in figures or words. */
    private static final String FIGURE = "(\\d{1,4}|five|six|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred)";
    /** A figure put to the buyer to check: "so a typical pile, is that twenty?", "are we talking fifty?". */
    private static final Pattern CHECKS_FIGURE = Pattern.compile("\\b(?:(?:is|was) (?:that|it) (?:about |around |like )?"
            + "|are we talking (?:about )?)" + FIGURE + "\\b");
    /** A number the trainee offers as a guess: "is that twenty scripts? thirty?", "10 a day? 20?". */
    private static final Pattern GUESSED_NUMBER = Pattern.compile("\\b" + FIGURE + "\\b");
    /** "What would it take / what would you need to see to say yes?": the buyer's condition, not its doubt. */
    private static final Pattern CONDITION = Pattern.compile("\\bwhat\\b[^?.]{0,40}?\\b(?:would it take|it would take|"
            + "(?:would|will|could) make (?:you|u|it (?:feel |seem |look )?(?:like )?(?:worth|good value|a good deal|"
            + "value for money))|would (?:you|u) need|(?:else|more) (?:do|would) (?:you|u|ya) (?:need|want)|"
            + "do (?:you|u) need to (?:see|hear|know)|"
            + "would (?:it|the pen|a pen|this pen|this) (?:need|have) to|would (?:you|u) (?:want|like) to see|"
            + "would convince|would get (?:you|u) to)\\b|\\bwhat needs to happen\\b"
            + "|\\bhow (?:can|could|do) i (?:earn|win|convince|get you)\\b");
    /** An ask for more than one pen: "or maybe a couple, so you have a spare?". */
    private static final Pattern MORE_THAN_ONE = Pattern.compile("\\b(?:a couple|two of (?:them|these|those)|"
            + "2 of (?:them|these|those)|a spare|a pair|a second one|a few of (?:them|these)|one for (?:the|your|ur) "
            + "(?:car|desk|bag|office|van|kitchen|home)|or two|or 2|how many|(?:down for|get|take|buy|grab|order) "
            + "(?:two|2|three|3|a few|a couple)(?! (?:years?|months?|weeks?|days?|refills?)))\\b");
    /** An engraving offered with the ask: "shall we do one with your name engraved?". */
    private static final Pattern ENGRAVING = Pattern.compile("\\bengrav\\w*");
    /** A choice about what goes on the pen: "your name on it, or the firm's?", "engraved with initials or …". */
    private static final Pattern ON_IT = Pattern.compile("\\b(?:on it|on the barrel|engrav\\w*|initials)\\b");
    private static final String TERMS_ONE = "saleJustOne";
    private static final String TERMS_ENGRAVED = "saleEngraved";
    private static final String TERMS_NAME = "saleEngravedName";
    /** "what name do you want on it?", "what should we engrave?": asks what to engrave. */
    private static final Pattern WHAT_ENGRAVED = Pattern.compile("\\bwhat (?:name|initials|words?|text|should (?:we|i) "
            + "(?:put|engrave)|would (?:you|u) like (?:on it|engraved|on the barrel)|do (?:you|u) want (?:on it|engraved|on the "
            + "barrel))\\b");
    /** A question about how the pen did when the buyer tried it: "did it smudge?", "does it feel good?". */
    private static final Pattern ABOUT_THE_TRY = Pattern.compile("^(?:(?:so|and|well|ok|okay|right|see)[,]? )*"
            + "(?:(?:did|does|do|was|has|any) (?:it|the ink|the pen|the grip|the line|the clip|it's|its|"
            + "smudg|smear)|no (?:smudg|smear|blot|skip)|is (?:it|the ink|the line|the grip) (?:still )?(?:smudg|smear|"
            + "dry|dried|wet|comfortable|comfy|smooth|nice|ok|okay|good|better|easier))"
            // "and no smear when you ran your thumb over it?"
            + "|\\bwhen (?:you|u) (?:ran|rubbed|wrote|tried|clicked|signed|used|tested)\\b");
    /** A trouble the pen did not show when tried: asked about, the answer is no. */
    private static final Pattern TROUBLE = Pattern.compile("\\b(?:smudg\\w*|smear\\w*|skip\\w*|leak\\w*|blot\\w*|"
            + "scratch\\w*|drag\\w*|stop\\w*|run out|dry out|dried out|break|broke|slip\\w*|hurt|ache|cramp\\w*|"
            + "heavy|bleed\\w*|blob\\w*|streak\\w*|fade\\w*|rub off|come off|die|dies|died|dying|fail\\w*|quit\\w*|"
            + "give out|gives out|gave out|lets? (?:you|u) down)\\b");
    /** A question that asks whether the answer is no. */
    private static final Pattern NO_THEN = Pattern.compile("\\b(?:it's|its|it is|that's|thats|that is|so) (?:a )?"
            + "(?:no|nope|pass)(?![-\\w])(?! (?:problem|worries|big deal|issue|trouble|bother|brainer))"
            + "|\\bnot (?:for you|for u|today|for today|interested|a yes|now),? (?:then|today|for now)\\b"
            + "|\\byou'?re (?:a )?(?:no|pass)\\b");
    /** The seller letting the sale go: "let's leave it there", "or shall we leave it here?". */
    // ("I'll leave it with you to try for a week" lends the pen: no farewell)
    private static final Pattern LEAVE_IT = Pattern.compile("\\b(?:let's|lets|let us|we'll|we can|shall we|should we|"
            + "we could) (?:just )?leave it(?: there| here| at that| for (?:now|today))?\\b(?! (?:to|with|on|in)\\b)"
            + "|\\bor (?:just )?leave it\\b(?! (?:to|with|on|in)\\b)");
    /** Words that turn a check of the buyer's words into a new question: "…, so would the firm pay?". */
    private static final Pattern ASKS_ON = Pattern.compile("\\b(?:so i asked|so would|so could|so can|so will|"
            + "would (?:they|the|your|it)|could (?:they|the|your|it)|if (?:they|the|your)|whether)\\b");
    /** How a question of its own starts after another: "and is it…", "and do you…". */
    private static final Pattern NEW_QUESTION = Pattern.compile("^(?:and|also|plus)[,]? (?:is|are|do|does|did|would|"
            + "will|can|could|have|has) (?:it|you|u|they|that|there)\\b");
    /** A press that says the trainee never spoke to the concern: "You haven't said why…". */
    private static final Pattern ACCUSES = Pattern.compile("^(?:you haven't|you still haven't|you keep dodging|"
            + "you haven't really|that doesn't answer)", Pattern.CASE_INSENSITIVE);
    /** A question asking the reason for something: "why is it a bad time?", "how come?". */
    private static final Pattern WHY = Pattern.compile("\\bwhy\\b|\\bhow come\\b|\\bwhat makes it\\b");
    /** Asked what it meant: "what do you mean?", "meaning what?", "proof like what??". */
    private static final Pattern WHAT_MEANT = Pattern.compile("\\bwhat (?:do|did) (?:you|u|ya) mean\\b|\\bmeaning what\\b"
            + "|\\bhow do (?:you|u) mean\\b|\\bwhat does that mean\\b|^(?:\\w+ )?like what\\b");
    /** A figure of how long: time, or pages. */
    // ("two or three days a week" says how often, not how long)
    private static final Pattern LENGTH = Pattern.compile("\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|"
            + "ten|twenty|thirty|forty|fifty|a few|several|couple of|half an?) (?:minutes?|hours?|days?|weeks?|months?|"
            + "years?|pages?)\\b(?! (?:a|per|each|every) (?:day|week|month|year)\\b)|\\ban hour\\b|"
            + "\\ball (?:day|night|evening|morning|afternoon)\\b");
    /** A figure of how often: "a day", "every four hours", "times" — not "every timing and seating change". */
    /** Options offered with no question of their own: "your name, or the studio's?", "black or blue?". */
    private static final Pattern OPTIONS_ONLY = Pattern.compile("^(?!(?:and |so |or )?(?:what|how|why|when|where|which|who|"
            + "do|does|did|are|is|was|were|can|could|would|will|have|has|r|u)\\b)[a-z' ]{1,30},? or [a-z' ]{1,30}\\?*$");
    /** How long its pens last it: "how long do they last before you're buying new ones?". */
    private static final Pattern LASTS = Pattern.compile("\\bhow long (?:do|does|did|will|would) (?:they|it|those|these|"
            + "them|your [a-z]+|ur [a-z]+|the [a-z]+|a [a-z]+|one) (?:usually |normally |typically |actually )?last\\b");
    static final Pattern FREQUENCY = Pattern.compile("\\b(?:a|per|each|every) (?:day|week|month|year|shift|"
            + "morning|evening|night|visit)\\b|\\btimes\\b|\\b(?:daily|weekly|monthly|nightly|twice)\\b"
            + "|\\bevery (?:[a-z]+ ){1,3}(?:hours?|days?|weeks?|months?|years?)\\b");
    /** A yes-or-no question about how much or how often ("do you sign in front of clients much?"): "now and then". */
    private static final Pattern SOMETIMES = Pattern.compile("\\b(?:much|a lot|alot|lots|often|regularly|"
            + "a fair bit)\\b");
    /** What a trouble leads to: "what does that do to the meeting?", "what happens then?", "how does that go down?". */
    private static final Pattern CONSEQUENCE = Pattern.compile("\\bwhat (?:does|did|do|would) (?:that|it|this) do (?:to|for)\\b"
            + "|\\bwhat happens\\b|\\bhow (?:does|did) (?:that|it|this) (?:go down|affect|land|play out)\\b"
            + "|\\b(?:impact|knock-on effect|effect) (?:on|of) (?:that|it|this|the|your)\\b");
    /** A question that checks what the seller took from an answer: "do you mean…?", "you mean…?". */
    private static final Pattern MEANS = Pattern.compile("(?:^|[,:;] ?|\\bunderstand,? )(?:so,? )?(?:do |did )?(?:you|u) "
            + "mean\\b|\\bmeaning (?:you|u)\\b");
    /** A question that asks for more of what was told: "anything else?", "tell me more". */
    private static final Pattern MORE_PLEASE = Pattern.compile("\\b(?:more|else|other|again|remind)\\b");
    /** "are you left-handed?", "r u a teacher?", "you're in sales?": what the buyer is asked to be. */
    private static final Pattern ATTRIBUTE = Pattern.compile("^(?:(?:so|and|but|ok|okay|oh|wait|hey)[,]? )*"
            + "(?:are|r) (?:you|u|ya) (?:(?:a|an|the|in|into|at|on|by|from)\\s+)*([a-z][a-z'-]*(?: [a-z][a-z'-]*){0,3})"
            + "\\s*(?:[,?!.]|$)");
    /** A bare yes: "yeah", "yes exactly", "yep that's it". */
    private static final Pattern YES_ALONE = Pattern.compile("^(?:(?:yes|yeah|yea|yep|yup|ya|ye|exactly|right|correct|"
            + "that's it|thats it|that's right|thats right|mhm|uh huh|sure|pretty much|basically)[,.! ]*)+$");
    /** A second option after a comma: ", or weddings, something like that?". */
    // (or options listed after the comma: "are you running it, chef or kitchen manager?")
    private static final Pattern OR_ELSE = Pattern.compile(",? or (?:a |an |in |into )?([a-z][a-z'-]*(?: [a-z][a-z'-]*){0,2})"
            + "|, (?:a |an )?([a-z][a-z'-]*(?: [a-z][a-z'-]*){0,2} or (?:a |an )?[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,2})"
            + "\\s*(?:[,?!.]|$)");
    /** "So are you a pilot or a surgeon?": a question about what the buyer is, not about its work. */
    private static final Pattern ASKS_WHAT_IT_IS = Pattern.compile("^(?:(?:so|and|but|ok|okay|sorry|oh|wait|right)[,]? )*"
            + "(?:are|r) (?:you|u|ya)\\b|\\byou're (?:a|an)\\b|\\bur (?:a|an)\\b|\\bwhat (?:do|does) (?:you|u) do\\b");
    /** The buyer's own pen named as such: "the pen you pull out", "the pens you use now", "your current pen". */
    private static final Pattern OWN_PEN = Pattern.compile("\\b(?:the|those|that|these) pens? (?:you|u) (?:use|have|pull out|"
            + "carry|reach for|got|write with|hand)\\b|\\b(?:your|ur) (?:current|own|usual|old) pens?\\b");
    /** "Are you left- or right-handed?": which hand the buyer writes with. */
    /** A question about how the buyer's hand copes: "how does your hand feel by late afternoon?", "any cramping?". */
    private static final Pattern HAND_FEEL = Pattern.compile("\\b(?:hands?|wrists?|fingers?|knuckles?)\\b[^?]*?\\b(?:feel\\w*|"
            + "holds? up|holding up|cope|copes|coping|"
            + "ach\\w*|hurt\\w*|cramp\\w*|tired?|sore|stiff)\\b|\\b(?:cramp\\w*|aching|achy|sore hand)\\b");
    /** Words of a buyer's story that tell of its hand. */
    private static final Pattern HAND_WORDS = Pattern.compile("\\b(?:hands?|wrists?|fingers?|knuckles?|cramps?)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A question that names a doubt to ask whether it is the one: "is it the price, or something else?". */
    private static final Pattern PROBES_DOUBT = Pattern.compile("^(?:(?:so|and|but|ok|okay)[,]? )*(?:is it|is that|"
            + "it's|its) (?:just |really |mainly |mostly |more |about )?(?:the )?(?:price|money|cost|timing|time|value)\\b"
            + "[^?]*\\bor\\b|\\b(?:deal ?breaker|sticking point|the (?:main |real )?(?:issue|problem|snag))\\b[^?]*\\bor\\b");
    /** The reaction a doubt may open on ("Maybe.", "That's one way to look at it."), which only fits first in a reply. */
    private static final Pattern REACTION_OPENER = Pattern.compile("(?:maybe(?: so)?|fair(?: enough| point)?|"
            + "that's one way to look at it|on paper, sure|that helps(?: a little)?|i hear you|fine, i heard you|heard|"
            + "noted|okay|ok|fine(?:, that helps)?|useful, maybe|that's something|i see the point|right|sure)[.!]",
            Pattern.CASE_INSENSITIVE);
    /** How many pens the buyer uses up: "how many do you go through a year?", "how often do you lose one?". */
    private static final Pattern USES_UP = Pattern.compile("\\bhow (?:many|much|often|quickly|fast)\\b[^?]*?\\b(?:go(?:es)? "
            + "through|get(?:s)? through|use(?:s)? up|lose|loses|buy|buys|replace|replaces|order|orders)\\b");
    /** A question that sums up what the buyer told: "sounds like …?", "so basically …?". */
    private static final Pattern SUMS_UP = Pattern.compile("^(?:(?:ok|okay|right|so|and)[,]? )*(?:sounds like|seems like|"
            + "so basically|basically|so what you're saying is|in other words)\\b");
    private static final Pattern HANDED = Pattern.compile("\\b(?:left|right)[- ]?hand(?:ed)?\\b|\\bwhich hand\\b|\\blefty\\b"
            + "|\\bleftie\\b");
    /**
     * "Would a pen that lets you write three pages comfortably make the letter more enjoyable?": whether
     * what was pitched would help, asked as a what-if — a check-in, not a question about the buyer's life.
     */
    private static final Pattern HYPOTHETICAL = Pattern.compile("^(?:(?:and|so|but|ok|okay|then|now|honestly)[,]? )*"
            + "(?:would|wouldn't|could|couldn't) (?:it|that|this|a pen|one|something|having)\\b.*\\b(?:help|make|"
            + "easier|better|nicer|enjoy|difference|useful|save|solve|fix|sort|change)\\w*\\b");
    /** A guess at the buyer put as a bare question: "so police, I'm guessing?", "interviews like journalism?". */
    private static final Pattern GUESSED = Pattern.compile("^(?:(?:so|oh|ah|and|ok|okay|wait|nice|cool|right)[,]? )*"
            + "(?:(?:[a-z'-]+ ){0,2}(?:like|as in|kind of like|sort of like) )?(?:(?:a|an|in|into) )?"
            + "([a-z][a-z'-]*(?: [a-z][a-z'-]*){0,2})(?:,? (?:i'm guessing|im guessing|i guess|i take it|i assume|"
            + "i bet|i'd guess|i imagine|right|yeah|then|maybe|perhaps|by any chance))?\\s*\\?+$");
    /** Words of five letters or more that find no particular detail of a buyer's story. */
    private static final Set<String> GENERIC_WORDS = Set.of("about", "would", "could", "should", "there", "their",
            "these", "those", "where", "which", "while", "other", "every", "really", "actually", "never", "always",
            "usually", "write", "writing", "written", "writes", "thing", "things", "think", "right", "today", "being",
            "doing", "going", "having", "using", "people", "someone", "something", "anything", "everything", "happen",
            "happens", "happened", "problem", "problems", "matter", "matters", "still", "again", "little", "pretty",
            "maybe", "through", "during", "after", "before", "because", "since", "until", "though", "whole",
            "another", "whatever", "cause", "caused", "causes", "stuff", "notice", "bother", "bothers", "normally",
            "honestly", "moment", "kinda", "gonna", "wanna", "pens", "yours", "yourself", "given", "ever");
    /** Words that say nothing of what the buyer is: "are you [really] [very] busy?". */
    private static final Set<String> FILLER_WORDS = Set.of("the", "and", "really", "very", "still", "just", "kind",
            "sort", "also", "even", "like", "actually", "much", "lot", "any", "some", "one", "bit", "too", "quite",
            "pretty", "right", "now", "then", "man", "mate", "lol", "haha", "honestly", "always", "usually");
    /** A question answered yes or no: it starts with a verb. */
    private static final Pattern YES_NO_QUESTION = Pattern.compile("^(?:do|does|did|are|is|was|were|have|has|had|can|"
            + "could|would|will|should|r|u|ever|any)\\b");

    private final Scene scene;
    private final BuyerProfile profile;
    private final BuyerVoice voice;
    private final BuyerMemory memory;
    private final Temperament temperament;
    private final TraineeTurnReading turn;
    private final Speech speech;
    /** What the wordings' placeholders stand for: the price in play, the budget, the buyer's event. */
    private final Map<String, String> slots;
    private final int productPrice;
    private final Product product;

    private List<String> warning;
    /** "Wait, it was $20 a minute ago.": the price cut it was offered, taken back in this turn. */
    private List<String> withdrawn;
    /** "Never mind that.": a question that has nothing to do with the pen, put beside the pitch. */
    private List<String> aside;
    private final List<List<String>> answers = new ArrayList<>();
    /** Where the answers to each question asked start in {@link #answers}, in the order asked. */
    private final List<Integer> answerStarts = new ArrayList<>();
    private List<String> reaction;
    /** True when the reaction is a warm one, which a pressed or newly raised concern would contradict. */
    private boolean warm;
    private boolean sold;
    /** True when the reaction is the buyer trying the pen, which it then remembers having done. */
    private boolean triesIt;
    private List<String> resolved;
    /** What the buyer says of the trainee's answer to its own question about the pen. */
    private List<String> acknowledged;
    /** True when the concern part presses an open concern: that is the whole response to the turn. */
    private boolean pressing;
    private List<String> concern;
    private List<String> checkIn;
    /** The check-in was answered warmly ("I'd find that useful"). */
    private boolean checkInYes;
    private List<String> closing;
    /** True when a lower price said plainly was met as a cut: that is the whole of the reply's reaction. */
    private boolean cutMet;
    /** True when the reply says what holds the buyer back (asked "what's missing?"). */
    private boolean toldWhatHoldsBack;
    /** "Before I decide, one thing.": said before a concern raised in answer to an ask. */
    private List<String> deferring;
    /** Whether the reaction is to a price cut or a giveaway, which ends on what it wants next. */
    private boolean reactsToCut;
    /** The giveaway it reacts to names no price ("u get a discount"): a remark like any other. */
    private boolean nothingOffered;
    /** Whether the concern is its push-back on the argument just made: said before any answer, as a reply to it. */
    private boolean pushedBack;
    /** What it said holds it back in this turn: unsaid when it buys in the same breath. */
    private List<String> holdsBack;
    /** What-if questions of this turn about what was pitched ("would a pen that … help?"): check-ins. */
    private final List<SentenceReading> whatIfs = new ArrayList<>();
    /** Check-in questions of this turn that ask about the buyer's own pen instead ("how's it working for you?"). */
    private final Set<String> followUps = new HashSet<>();
    /** The details of a sale it settles after its yes (keys of its lines), in the order asked. */
    private final Set<String> terms = new LinkedHashSet<>();
    /** The message opens on a question that is answered (after any greeting): its answer goes first. */
    private boolean openedOnQuestion;
    /** The buyer's last reply, or nothing before its first. */
    private final String lastSaid;
    /** Everything the buyer said before this turn. */
    private final List<String> saidBefore;
    /** Its pick of the two options an ask for the sale offered, said after its yes; empty when none. */
    private final List<String> picks = new ArrayList<>();
    /** Its next concern is the price it does not know yet: it asks it, which is no objection. */
    private boolean askingPrice;
    /** It has said what it would spend, in so many words ("I'd spend $18 at most") or when asked. */
    private final boolean budgetNamed;

    BuyerTurn(Scene scene, BuyerProfile profile, BuyerVoice voice, Product product, BuyerMemory memory,
            TraineeTurnReading turn, List<String> said) {
        this.scene = scene;
        this.profile = profile;
        this.voice = voice;
        this.memory = memory;
        this.temperament = memory.temperament;
        this.turn = turn;
        this.lastSaid = said.isEmpty() ? "" : said.get(said.size() - 1);
        this.saidBefore = List.copyOf(said);
        this.productPrice = product.price();
        this.product = product;
        Pattern ownFigure = Pattern.compile(Pattern.quote("$" + profile.budget()) + "(?!\\d)");
        this.budgetNamed = memory.told(Topic.BUDGET) > 0 || said.stream().anyMatch(line -> ownFigure.matcher(line).find());
        // once a cut was offered, the price in play is the cut: "$18 is still more than I pay"
        int inPlay = memory.offeredPrice != null ? memory.offeredPrice : product.price();
        // "was": the price in play before this turn ("first the list price, and now $20?")
        this.slots = new HashMap<>(Map.of("price", Integer.toString(inPlay), "was", Integer.toString(inPlay),
                "budget", Integer.toString(profile.budget()), "timing", profile.timingShort(),
                "approver", profile.approver(), "currentPen", profile.currentPenShort()));
        // (EASY and HARD lead with one half of each set of wordings, MEDIUM and EXPERT with the other)
        this.speech = new Speech(BuyerCast.hash(scene.sessionId()) * 31 + turn.index(), said, slots,
                scene.difficulty().ordinal() % 2);
    }

    BuyerReply respond() {
        boolean listened = temperament.longMessageWords() == 0 || turn.words() <= temperament.longMessageWords();
        BuyerMemory.Raised answered = memory.hear(turn, listened);
        Integer cutTo = turn.sentences().stream().filter(s -> s.has(Act.GIVEAWAY) && s.clause() != null
                        && !REFUSES_CUT.matcher(s.clause().normal()).find())
                .map(s -> s.clause().price()).filter(Objects::nonNull).findFirst().orElse(null);
        if (listened && budgetNamed && cutTo != null && cutTo <= profile.budget()
                && !cutTo.equals(memory.offeredPrice)) {
            // coming down to the budget it named is bargaining, not the hard sell
            memory.forgiveCut();
        }
        String walkAway = walkAway();
        if (walkAway != null) {
            return refuse(walkAway);
        }
        if (!listened || turn.has(Act.NOT_ENGLISH) || turn.has(Act.NONSENSE)) {
            speech.add(voice.say(!listened ? "cutOff" : turn.has(Act.NOT_ENGLISH) ? "notEnglish" : "nonsense"));
            return new BuyerReply(speech.text(), null);
        }
        if (turn.has(Act.RUDE) && memory.rude > 0) {
            warning = voice.say("rudeWarning");
        } else if (turn.isRepeat()) {
            warning = voice.say("repeat");
        }
        if (answered != null) {
            // a doubt settled by trying the pen is answered with what it noticed, not a stock "fair enough"
            // (so is any doubt settled in a turn that hands it the pen: "here try it, see no smudge" to "my pens work
            // well enough" is met with what it saw, not "Fair point, mine do let me down.")
            boolean triedNow = (answered.concern == Concern.TRUST || answered.shown || offered(Intent.PROOF))
                    && handedOver() && !memory.tried;
            resolved = triedNow ? voice.triedIt("reactProof", shownFeatures()) : voice.resolved(answered.concern);
            memory.tried |= triedNow;
            if (answered.concern == Concern.PRICE && !triedNow && turn.sentences().stream().anyMatch(s -> s.has(
                    Act.GIVEAWAY) && s.clause() != null && s.clause().price() != null
                    && s.clause().price() < Integer.parseInt(slots.get("price")))) {
                // "cheap pens suck. ok ok ill do 20": the cut is what it answers, not "that puts it in perspective"
                resolved = null;
                cutMet = true;
            }
        }
        if (memory.pushingBack) {
            // "Maybe. It's still that much for a pen, though.": heard, and not yet enough
            concern = voice.onPrice("pushBackPrice");
            pressing = true;
            pushedBack = true;
        }
        hearPending();
        int painTold = memory.told(Topic.PAIN);
        answerQuestions(answered);
        if (memory.told(Topic.PAIN) > painTold) {
            // "I already have pens that do the job", then asked, it tells what goes wrong with them: its own answer
            // has settled that doubt, and it is not voiced again
            memory.open().filter(open -> open.concern == Concern.ALREADY_HAS && open.raisedAt < turn.index())
                    .ifPresent(open -> open.answeredAt = turn.index());
        }
        pruneVague();
        if (turn.has(Act.ASK) || turn.has(Act.ASSUMPTIVE_CLOSE)) {
            Outcome decision = decide();
            if (decision == Outcome.SALE && holdsBack != null) {
                // "or would you rather think it over?" answered "I'll take it", not "I take my time. I'll take it."
                answers.remove(holdsBack);
            }
            if (decision == null && !sold && (confirmsNo() || leavesIt())) {
                // "so it's a no for today?" from a seller who has let it go: it says so, it does not argue on
                // ("do you want to go ahead, or shall we leave it here?": it leaves it)
                concern = null;
                deferring = null;
                answers.clear();
                closing = voice.say(confirmsNo() ? "confirmNo" : "leaveIt");
                decision = Outcome.NO_SALE;
            }
            return compose(decision);
        }
        if (leavesIt() && !scene.isDrill()) {
            // "no problem, let's leave it there then. good luck with finals": the seller has ended it, and so does
            // the buyer, not one more "the price is still too much"
            concern = null;
            answers.clear();
            closing = voice.say("leaveIt");
            return compose(Outcome.NO_SALE);
        }
        meetLowerPrice(answered);
        pressOpenConcern();
        react();
        asideOffTopic();
        answerCheckIn();
        if (scene.drill() == Category.CLOSING_TECHNIQUE) {
            if (memory.open().isEmpty() && turn.index() >= 3 && answers.isEmpty() && checkIn == null) {
                closing = voice.say("waitingToBeAsked");
            }
        } else {
            raiseWhenDue();
            askAboutProduct();
        }
        return compose(null);
    }

    /** True when the trainee asks whether the answer is no: "so it's a no for today?", "not for you, then?". */
    /** True when the seller lets the sale go: "let's leave it there then", "or shall we leave it here?". */
    private boolean leavesIt() {
        return turn.sentences().stream().anyMatch(s -> s.clause() != null
                && LEAVE_IT.matcher(s.clause().normal()).find());
    }

    private boolean confirmsNo() {
        return turn.sentences().stream().anyMatch(s -> s.clause() != null && s.clause().question()
                && NO_THEN.matcher(s.clause().normal()).find());
    }

    /** Why the buyer walks out now (a key of the reasons), or null while it stays. */
    private String walkAway() {
        if (memory.rude > temperament.rudeTolerance()) {
            return "rude";
        } else if (memory.notEnglish >= 2) {
            return "language";
        } else if (memory.nonsense >= 2) {
            return "nonsense";
        } else if (memory.repeats >= 3) {
            return "repeat";
        } else if (memory.outOfPatience()) {
            // (worn out by "last chance, take it or leave it", it names the push, not an old concern)
            return turn.has(Act.PRESSURE) ? "hardSell" : memory.open().isEmpty() ? "patience" : "openConcern";
        }
        return null;
    }

    /** Answers each question about the buyer in the order asked, or asks what was meant when torn. */
    private void answerQuestions(BuyerMemory.Raised answered) {
        Topic meant = memory.clarified;
        memory.clarified = null;
        if (meant != null && !turn.sentences().isEmpty() && turn.sentences().stream()
                .allMatch(s -> s.clause() != null && YES_ALONE.matcher(s.clause().normal()).matches())) {
            // "Do you mean what bothers me about my pens?" — "yeah": the question it offered is the one asked
            tell(turn.sentences().get(0).withTopic(meant));
            return;
        }
        boolean offered = memory.offeredOptions;
        memory.offeredOptions = turn.sentences().stream().anyMatch(s -> s.clause() != null && s.clause().question()
                && either(s));
        if (offered && turn.sentences().stream().anyMatch(s -> s.clause() != null
                && WHICH_ONE.matcher(s.clause().normal()).find())) {
            // "which one tho?" after it was offered two: the one it picked, or one now
            answers.add(pick(memory.picked != 0 ? memory.picked : pickAny()));
        }
        Set<Topic> topics = new LinkedHashSet<>();
        List<SentenceReading> asked = new ArrayList<>();
        List<SentenceReading> sentences = turn.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            SentenceReading sentence = sentences.get(i);
            if (sentence.clause() != null && sentence.clause().question() && memory.pitched
                    && HYPOTHETICAL.matcher(sentence.clause().normal()).find()) {
                whatIfs.add(sentence);
                continue;
            }
            if (sentence.clause() != null && sentence.clause().question() && turn.has(Act.ASK)
                    && ENGRAVING.matcher(sentence.clause().normal()).find()) {
                // "shall I order one, and what would you like engraved on it?" is a term of the sale, answered
                // with its yes, not a question about what it wants in a pen
                continue;
            }
            if (sentence.clause() != null && i > 0 && sentences.get(i - 1).has(Act.ASK)
                    && OPTIONS_ONLY.matcher(sentence.clause().normal()).matches()) {
                // "shall I put one through with free engraving - your name, or the studio's?": the options belong
                // to the ask, and its yes answers them; they ask nothing about its work
                continue;
            }
            if (sentence.clause() != null && DEPENDS_ON.matcher(sentence.clause().normal()).find()) {
                // "depends on what?" after its own "it depends": on what it does that day, roughly
                answers.add(voice.say("dependsOn"));
                continue;
            }
            if (i + 1 < sentences.size() && echoed(sentence, sentences.get(i + 1))) {
                // "station? like police station?": the second spells the first out, and is the one answered
                continue;
            }
            if (i + 1 < sentences.size() && sentences.get(i + 1).clause() != null
                    && sentences.get(i + 1).clause().question() && echoesLastReply(sentence)) {
                // "mostly? whats wrong with them" after "My pens work well enough, mostly.": the echo leads into
                // the question, and the question is what is answered
                continue;
            }
            Topic same = sentence.topic();
            SentenceReading unsure = same == null || !topics.contains(same) ? null : asked.stream()
                    .filter(question -> question.topic() == same && question.confidence() < GUESS).findFirst()
                    .orElse(null);
            if (unsure != null && sentence.confidence() >= SURE_TO_REACT && sentence.clause().question()) {
                // "statements, like witness statements? are you police or something?": the sure question on the
                // same topic is the one answered, not the half-read one before it
                asked.set(asked.indexOf(unsure), sentence);
                continue;
            }
            Topic guessed = guessedAt(sentence);
            if (sentence.topic() != memory.lastTold && memory.lastTold != null && memory.lastTold != Topic.BUDGET
                    && numberGuessed(sentence) != null) {
                // "is that twenty scripts? thirty?" puts a figure to what it just told, whatever topic its words
                // resemble ("so is that fifty a day? sixty?" is no question about its work)
                sentence = sentence.withTopic(memory.lastTold);
                followUps.add(sentence.text());
            } else if (guessed != null && guessed != sentence.topic()) {
                // "so police, I'm guessing?", "interviews like journalism?": a guess at what its story says
                sentence = sentence.withTopic(guessed);
                followUps.add(sentence.text());
            } else if (sentence.clause() != null && sentence.clause().question() && topics.contains(Topic.CURRENT_PEN)
                    && sentence.topic() != Topic.PAIN && FOLLOWS_UP.matcher(sentence.clause().normal()).find()
                    && (sentence.intent() == Intent.TRIAL_CLOSE || sentence.topic() == null
                    || sentence.topic() == Topic.HESITATION || sentence.confidence() < GUESS)
                    && HOLDS_UP.matcher(sentence.clause().normal()).find()) {
                // "what do you use now, and how's it working for you?" asks about that pen, not about this one
                // (so does "…, and what's the thing about it you'd change?": not what holds the buyer back)
                sentence = sentence.withTopic(Topic.PAIN);
                followUps.add(sentence.text());
            } else if (sentence.clause() != null && sentence.clause().question() && memory.told(Topic.CURRENT_PEN) > 0
                    && (sentence.topic() == null || sentence.topic() == Topic.WRITING
                    || sentence.topic() == Topic.CURRENT_PEN
                    // ("and how are those working for you?" leaned to its job on the word "working")
                    || sentence.topic() == Topic.WORK && sentence.clause().confidence() < SURE_WORK)
                    && FOLLOWS_UP.matcher(sentence.clause().normal()).find()
                    && STANDS_UP.matcher(sentence.clause().normal()).find()) {
                // "how do those hold up when you're writing a statement?" once it named its pens asks how they fail
                sentence = sentence.withTopic(Topic.PAIN);
                followUps.add(sentence.text());
            } else if (sentence.topic() == null && sentence.clause().question()
                    && USES_UP.matcher(sentence.clause().normal()).find()) {
                // "how much does the firm go through in boxes of ballpoints in a year?" read as a word about money
                // asks how many of its pens it uses up
                sentence = sentence.withTopic(Topic.CURRENT_PEN);
            } else if (sentence.topic() != Topic.HESITATION && sentence.clause().question()
                    && memory.open().isPresent() && PROBES_DOUBT.matcher(sentence.clause().normal()).find()) {
                // "is it the price compared to the free pens, or something else?" to a buyer holding back asks what
                // holds it back, whatever the sentence's words about money made of it
                sentence = sentence.withTopic(Topic.HESITATION);
            } else if (sentence.topic() == Topic.PRIORITIES && memory.pitched
                    && CONDITION.matcher(sentence.clause().normal()).find()) {
                // "what would you need to see to be comfortable trying it?" once the pen was pitched asks what
                // would settle it, not what it wants in a pen
                sentence = sentence.withTopic(Topic.HESITATION);
            } else if (sentence.intent() == Intent.TRIAL_CLOSE && sentence.clause().question()
                    && OWN_PEN.matcher(sentence.clause().normal()).find()
                    && !COMPARED.matcher(sentence.clause().normal()).find()
                    && !sentence.clause().normal().matches(".*\\b(?:than|rather|instead|over|switch\\w*)\\b.*")) {
                // "how do you feel about the look of the pen you pull out in meetings?" asks about its own pen
                sentence = sentence.withTopic(Topic.PAIN);
                followUps.add(sentence.text());
            } else if (sentence.intent() == Intent.TRIAL_CLOSE && !memory.pitched && sentence.clause().question()) {
                // "how does your hand feel by the end?" before anything was pitched checks nothing in: it asks
                // about the buyer, as its runner-up reading says
                sentence = asRunnerUp(sentence, topics, false);
            } else if (sentence.topic() != null && !sentence.repeats() && topics.contains(sentence.topic())
                    && !(either(sentence) && NEW_QUESTION.matcher(sentence.clause().normal()).find())) {
                // (a new either-or on the same topic — "…, and is it you holding the pen or the client?" — asks
                // it to pick, whatever its runner-up reading)
                // "how long does a letter take, and how does your hand feel by the end?": a second question
                // read as the first one's topic asks about its runner-up, when that is about the buyer too
                sentence = asRunnerUp(sentence, topics, true);
            }
            // ("how often does it happen, and what do you do about it?" asks two things of the trouble)
            if (sentence.topic() != null && !sentence.repeats() && topics.add(sentence.topic())
                    || sentence.topic() == null && outsideProfile(sentence)
                    || sentence.topic() != null && !sentence.repeats() && whatItDoes(sentence)
                    && asked.stream().noneMatch(BuyerTurn::whatItDoes)
                    // ("how many a week, and is it you holding the pen or the client?" asks it to pick, too)
                    || sentence.topic() != null && !sentence.repeats() && !asked.isEmpty() && either(sentence)
                    && NEW_QUESTION.matcher(sentence.clause().normal()).find()
                    && asked.stream().noneMatch(BuyerTurn::either)
                    || sentence.clause() != null && sentence.clause().question()
                    && HANDED.matcher(sentence.clause().normal()).find()
                    || sentence.topic() != null && !sentence.repeats() && sentence.clause().question()
                    && askedOtherwise(sentence, asked)) {
                asked.add(sentence);
            }
            boolean whatFor = sentence.clause() != null && AND_WHAT_FOR.matcher(sentence.clause().normal()).find();
            if (whatFor && (sentence.topic() == Topic.CURRENT_PEN || topics.contains(Topic.CURRENT_PEN))
                    && !asked.contains(sentence) && topics.add(Topic.WRITING)) {
                // "what do u usually use then and what for": its pens, and what it writes with them
                asked.add(sentence.withTopic(Topic.WRITING));
                followUps.add(sentence.text());
            }
        }
        // a yes-or-no question it cannot place ("are you left-handed?") is answered, not sent back
        // ("proof like what??" after its doubt asks what the doubt means: that is said, not sent back)
        SentenceReading torn = asksWhatItMeant() ? null : turn.sentences().stream().filter(s -> s.clause() != null
                && s.clause().question() && torn(s.clause()) && !yesOrNo(s) && !whatItDoes(s)
                && !COST_TO_YOU.matcher(s.clause().normal()).find()).findFirst().orElse(null);
        boolean otherAsked = asked.stream().anyMatch(question -> torn == null || question != torn);
        // (a turn that just settled a concern was understood: its unclear part is not sent back)
        if (torn != null && memory.clarifications < MAX_CLARIFICATIONS && !otherAsked && answered == null
                && answers.isEmpty()
                && turn.sentences().stream().noneMatch(s -> s.has(Act.ASK) || s.has(Act.TRIAL_CLOSE)
                        || s.has(Act.TIED_BENEFIT) || s.has(Act.GIVEAWAY) || s.has(Act.PRESSURE))) {
            clarify(torn.clause());
            return;
        }
        boolean quiz = memory.pitchTurns == 0 && memory.questions > temperament.maxQuestions()
                && topics.stream().anyMatch(topic -> topic != Topic.HESITATION);
        if (quiz) {
            warning = warning == null ? voice.say("tooManyQuestions") : warning;
        }
        // "like, do they dry out fast?" after a question only spells that question out: its answer covers both
        boolean answeredOne = false;
        List<SentenceReading> toAnswer = new ArrayList<>();
        for (SentenceReading question : asked) {
            // (so does "is it the price, or whether it performs?" after "what would it take?": one answer, its pick)
            // (but "and is it you holding the pen, or the client?" is a new question of its own)
            boolean spellsOut = question.topic() == null && answeredOne && !HANDED.matcher(question.clause().normal()).find()
                    && (ELABORATION.matcher(question.clause().normal()).find()
                    || either(question) && !NEW_QUESTION.matcher(question.clause().normal()).find());
            if (!spellsOut) {
                toAnswer.add(question);
            }
            answeredOne |= question.topic() != null;
        }
        asked = toAnswer;
        // a message that opens on a question it answers is answered first
        SentenceReading opening = turn.sentences().stream().filter(s -> s.intent() != null && !s.intent().isCourtesy()
                && s.intent() != Intent.EMPATHY).findFirst().orElse(null);
        // (not "what would make it worth it for you? … under $3 a month": the doubt it names next follows the one
        // the argument settled — "Fine, that puts it in perspective. Trying it myself…")
        openedOnQuestion = opening != null && !asked.isEmpty() && asked.get(0).text().equals(opening.text())
                && asked.get(0).topic() != Topic.HESITATION;
        // a demo in this turn is tried before what it is asked about it is answered
        boolean tryingIt = memory.tried || handedOver();
        List<SentenceReading> inOrder = asked;
        for (SentenceReading question : asked.subList(0, Math.min(MAX_ANSWERS, asked.size()))) {
            answerStarts.add(answers.size());
            String asks = question.clause().normal();
            Topic itsTopic = question.topic();
            if (itsTopic != null && itsTopic != Topic.HESITATION && either(question)
                    && inOrder.subList(0, inOrder.indexOf(question)).stream().anyMatch(q -> q.topic() == itsTopic)
                    && optionItKnows(question.topic(), asks) > 0) {
                // "how do they hold up - any issues with your hand, smudging, or them running out?": the story it
                // has just told names the one; "The first, mostly." after it would answer twice
                continue;
            }
            if (tryingIt && ABOUT_THE_TRY.matcher(asks).find()) {
                // "did it smudge?" once it has tried the pen: what it saw, not its old trouble
                answers.add(voice.say(TROUBLE.matcher(asks).find() ? "triedNo" : "triedYes"));
                continue;
            }
            if (SUMS_UP.matcher(asks).find() && !either(question) && handsBackItsWords(asks)) {
                // "sounds like the old habit is just grabbing whatever pen is around?" after its "just an old habit":
                // the seller sums up what it said, and it agrees, not tells another story
                answers.add(voice.say("confirmSummary"));
                continue;
            }
            // ("hand getting tired after all those initials, ink smudging on the forms?" lists troubles: its hand is
            // one of them, not the question)
            if (HAND_FEEL.matcher(asks).find() && !tryingIt && question.topic() != Topic.PRIORITIES
                    && !either(question) && voice.needsNamed(HAND_FEEL.matcher(asks).replaceAll(" ")).isEmpty()) {
                // "how does your hand feel by late afternoon?", "any cramping?": its hand, as its story tells of it,
                // or fine when its story never mentions one — not another tale of a pen dying
                List<String> handLines = handTold();
                answers.add(handLines.isEmpty() ? voice.say("handFine") : handLines);
                handLines.forEach(memory::rememberDetail);
                continue;
            }
            if (question.topic() == Topic.BUDGET && memory.offeredPrice != null
                    && memory.offeredPrice <= profile.budget()) {
                // "what price would you buy at then?" once the price on the table fits: money is not what is left
                answers.add(voice.say("budgetMet").stream()
                        .map(line -> line.replace("{offered}", "$" + memory.offeredPrice)).toList());
                continue;
            }
            if ((question.topic() == Topic.CURRENT_PEN || question.topic() == Topic.BUDGET
                    || question.topic() == Topic.PAIN && PEN_NOUN.matcher(asks).find())
                    && ITS_PENS_COST.matcher(asks).find()
                    || question.topic() == Topic.BUDGET && SPENDS_A_YEAR.matcher(asks).find()) {
                // "what do your fineliners cost you each?", "how much do you spend on those packs a year?": what its
                // pens cost it now, which it never added up
                answers.add(voice.say("improviseSpend"));
                continue;
            }
            if (question.topic() != null && question.topic() != Topic.HESITATION && (WORTH_DOING.matcher(asks).find()
                    || question.topic() != Topic.BUDGET && question.topic() != Topic.PAIN
                    && COST_TO_YOU.matcher(asks).find())) {
                // "what's it worth to you to look sharp when they sign?": how much it matters, not a story; "what
                // did that set you back?" what the trouble cost
                answers.add(voice.say(asks.contains("worth") ? "improviseDegree" : "improviseCost"));
                continue;
            }
            if (question.topic() == Topic.BUDGET && COST_TO_YOU.matcher(asks).find()
                    && !THE_PEN.matcher(asks.substring(0, asks.indexOf("worth") < 0 ? asks.length() : asks.indexOf("worth")))
                    .find()) {
                // "how much is one lost sale worth to you?" asks what the trouble costs, not what it would pay
                answers.add(voice.say("improviseCost"));
                continue;
            }
            if (question.topic() == Topic.BUDGET && profile.budget() >= productPrice && memory.raised(Concern.PRICE)
                    && !question.clause().asksWhoPays()) {
                // a buyer that doubted the pen was worth the price can afford it: naming a budget above the price
                // now would take back its doubt ("Thirty-five dollars is fine" after "that is a lot for a pen")
                // (no figure is said, so a cut after it is no bargain struck over a budget)
                answers.add(voice.say("budgetNotTheMoney"));
                continue;
            }
            if (question.topic() == Topic.BUDGET && question.clause().asksWhoPays()) {
                // "are you buying for yourself or through the station?": who pays, which its story tells
                String payer = profile.more(Topic.BUDGET, 0);
                answers.add(memory.toldDetail(payer) ? saidAgain(payer) : List.of(payer));
                memory.rememberDetail(payer);
                continue;
            }
            if (question.topic() == Topic.WORK && either(question) && memory.told(Topic.WORK) > 0
                    && !ASKS_WHAT_IT_IS.matcher(asks).find()) {
                // "who are you usually signing with, clients or investors?" asks about its work, not what it is:
                // one of them, in its words when they are short ("Investors, mostly."), not its job again
                answers.add(pick(pickAny(), asks));
                continue;
            }
            if (question.topic() == Topic.WORK && either(question) && memory.told(Topic.WORK) > 0) {
                // "so are you a pilot or more like a surgeon?" once it said what it does: which, or neither
                boolean named = Arrays.stream(asks.split("\\bor\\b")).map(option -> {
                    String[] words = option.replaceAll("[^a-z' ]", " ").trim().split("\\s+");
                    return String.join(" ", Arrays.copyOfRange(words, Math.max(0, words.length - 2), words.length));
                }).anyMatch(option -> topicMentioning(option) == Topic.WORK);
                answers.add(voice.say(named ? "workConfirmed" : "workNeither").stream()
                        .map(line -> line.replace("{work}", profile.recap(Topic.WORK))).toList());
                continue;
            }
            if (either(question) && asked.indexOf(question) > 0 && IS_IT.matcher(asks).find()
                    && memory.told(question.topic()) == 0) {
                // "how often does that happen? and is it mostly when you sign, or when they do?" narrows the
                // question before it: one of the two (the one its story tells of), not a story on another topic
                int known = optionItKnows(question.topic() == Topic.HESITATION ? null : question.topic(), asks);
                answers.add(pick(known > 0 ? known : pickAny(), asks));
                continue;
            }
            if (HANDED.matcher(asks).find()) {
                // "are you left- or right-handed?": its hand, which only a left-handed buyer's story mentions
                answers.add(voice.say(topicMentioning("left handed") != null ? "handLeft" : "handRight"));
                continue;
            }
            if (question.clause().asksIfNeedsPen()) {
                // "u need a pen or not?": it gets by with what it has; whether it needs this one is the seller's to show
                answers.add(voice.say("needPen"));
                continue;
            }
            Matcher attribute = ATTRIBUTE.matcher(asks);
            if (question.topic() != null && question.topic() != Topic.HESITATION && question.topic() != Topic.BUDGET
                    && attribute.find()) {
                // "are you left-handed?", "r u a teacher?": answered from whichever of its facts says so, or a
                // plain "no" when none does — never the fact of whatever topic the words resemble
                // ("are you a journalist or recruiter?" is answered from whichever option its facts name)
                // ("are you in real estate, or weddings, something like that?": the option after the comma too)
                Matcher orElse = OR_ELSE.matcher(asks.substring(attribute.end(1)));
                String options = attribute.group(1) + (!orElse.lookingAt() ? ""
                        : " or " + (orElse.group(1) != null ? orElse.group(1) : orElse.group(2)));
                Topic about = Arrays.stream(options.split("\\s+or\\s+(?:a |an )?"))
                        .map(this::topicMentioning).filter(Objects::nonNull).findFirst().orElse(null);
                if (about == null) {
                    answers.add(voice.say("improviseYesNo"));
                    continue;
                }
                question = question.withTopic(about);
            }
            if (whatItDoes(question)) {
                // "when one dies mid-interview, what do you do?": what anyone does, which no profile spells out —
                // borrow one when a pen dies, live with a smudge or a blot
                boolean dies = DIES.matcher(asks).find()
                        || !TROUBLE.matcher(asks).find() && profile.needs().contains("runs-dry");
                answers.add(voice.say(dies ? "improviseWhatDo" : "improviseCope"));
                continue;
            }
            // a lone question it could not read, asked once more after it asked what was meant, gets its best guess
            boolean lastResort = question == torn && !otherAsked;
            // a count or a guessed reason ("is that because you sign in front of clients?") is not in any profile
            String normal = question.clause().normal();
            boolean count = HOW_MANY.matcher(normal).find() && question.topic() != Topic.BUDGET
                    || BECAUSE.matcher(normal).find();
            // "red only, or other colours?" is seldom what its profile knows: its answer would be about something else
            // (on a topic it has not told about yet, its own answer says which: "Reporter.", not "both")
            // (once a session: "bit of both" every time is a tic, not an answer)
            // (once a session "a bit of both"; after that it picks one: a tic is not an answer)
            // ("do you write in red or blue?" is not answered by what it writes: a pick, "Blue, mostly.")
            // ("are you a journalist or like hr?" is answered by what it does, never "a bit of both")
            boolean either = question.topic() != null && question.topic() != Topic.HESITATION
                    && question.topic() != Topic.WORK && either(question)
                    && (memory.told(question.topic()) > 0 || !answerNames(question.topic(), normal));
            boolean guess = question.confidence() < GUESS && !lastResort && !followUps.contains(question.text());
            // (troubles given as examples — "replacing pens, like from leaking or losing them?", "smudging, pens
            // drying out, caps going missing?" — are no claim: one trouble named alone is)
            List<Product.Need> troubles = question.topic() == Topic.PAIN && !either(question) && !guess
                    && !EXAMPLES.matcher(normal).find() && !normal.contains(" or ") ? voice.needsNamed(normal) : List.of();
            Product.Need trouble = troubles.size() == 1 ? troubles.get(0) : null;
            if (trouble != null && !profile.needs().contains(trouble.id()) && !tells(story(Topic.PAIN), normal)) {
                // "how often do you actually get smudges?" of a buyer whose pens skip and die: not its trouble, and it
                // says so rather than a count of a trouble it never had — and what its trouble is, if not told yet
                answers.add(voice.say("notMyTrouble"));
                if (memory.told(Topic.PAIN) == 0) {
                    tell(question);
                }
                continue;
            }
            if (question.topic() == null || count || either || guess) {
                // a guess at a part that asks the buyer nothing ("so 20 bucks ya?", "what else do u need??") is let be
                boolean asksNothing = !question.asksBuyer() && !count || question.clause().surprised();
                String told = question.topic() == null && !count && !either && !asksNothing
                        ? matchingDetail(null, normal, true) : null;
                String untold = question.topic() == null && !count && !either && !asksNothing
                        ? matchingDetail(null, normal, false) : null;
                if (untold != null) {
                    // "and does that come up at inspections?": what its story says about that, not a guess
                    memory.rememberDetail(untold);
                    answers.add(List.of(untold));
                } else if (told != null && yesOrNo(question) && !either(question)) {
                    // asked about what it has already said: yes, not a "no" that would take it back
                    answers.add(voice.say("confirm"));
                } else if (!asksNothing) {
                    improvise(question);
                }
            } else if (question.topic() == Topic.HESITATION) {
                int before = answers.size();
                hesitation(answered, question);
                toldWhatHoldsBack |= answers.size() > before;
                holdsBack = answers.size() > before ? answers.get(answers.size() - 1) : holdsBack;
            } else {
                tell(question);
            }
        }
    }

    /**
     * The topic of the buyer's profile whose words say what a yes-or-no question asks it to be ("left
     * handed", "a teacher"): every content word found, by its first five letters, in one of that topic's
     * answers or details. Null when no topic says so.
     */
    /** What its story says of its hand beyond what it told (further details first), or nothing when it says none. */
    private List<String> handTold() {
        List<String> told = new ArrayList<>();
        for (int n = 0; profile.more(Topic.PAIN, n) != null; n++) {
            told.add(profile.more(Topic.PAIN, n));
        }
        told.addAll(profile.pain());
        return told.stream().filter(line -> HAND_WORDS.matcher(line).find() && !memory.toldDetail(line)).limit(1)
                .toList();
    }

    private Topic topicMentioning(String predicate) {
        List<String> stems = new ArrayList<>();
        for (String word : predicate.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (word.length() >= 3 && !FILLER_WORDS.contains(word)) {
                stems.add(word.substring(0, Math.min(5, word.length())));
            }
        }
        if (stems.isEmpty()) {
            return null;
        }
        for (Topic topic : Topic.values()) {
            if (topic == Topic.HESITATION) {
                continue;
            }
            List<String> texts = new ArrayList<>();
            if (topic == Topic.WORK && profile.workWords() != null) {
                texts.addAll(profile.workWords());
            }
            texts.add(profile.answer(topic, 0));
            texts.add(profile.answer(topic, 1));
            for (int n = 0; profile.more(topic, n) != null; n++) {
                texts.add(profile.more(topic, n));
            }
            for (String text : texts) {
                String plain = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ");
                if (stems.stream().allMatch(stem -> plain.contains(" " + stem))) {
                    return topic;
                }
            }
        }
        return null;
    }

    /**
     * The topic of its story a bare guess at the buyer names ("so police, I'm guessing?", "interviews like
     * journalism?"), or null when the part is no such guess or its story says nothing of it.
     */
    private Topic guessedAt(SentenceReading sentence) {
        if (sentence.clause() == null || !sentence.clause().question()) {
            return null;
        }
        Matcher guess = GUESSED.matcher(sentence.clause().normal());
        if (!guess.matches() || guess.group(1).contains(" or ")) {
            return null;
        }
        // (only its work: "deal?" or "the blue one?" guess at nothing, whatever words its story shares with them)
        boolean asks = sentence.intent().asksAboutBuyer() || sentence.intent().isCourtesy();
        return asks && topicMentioning(guess.group(1)) == Topic.WORK ? Topic.WORK : null;
    }

    /**
     * True when a question on a topic already asked in this turn asks another kind of thing of it: "how often
     * does that happen, and what's it cost you when it does?" wants a count and a cost, "does your hand get
     * tired? and do the cheap ones give you any grief?" its hand and its trouble — two answers, not one.
     */
    private static boolean askedOtherwise(SentenceReading question, List<SentenceReading> asked) {
        String kind = kindOf(question);
        List<SentenceReading> same = asked.stream().filter(q -> q.topic() == question.topic()).toList();
        return !same.isEmpty() && same.stream().noneMatch(q -> kindOf(q).equals(kind))
                && (!kind.equals("plain") || same.stream().noneMatch(q -> kindOf(q).equals("measure")));
    }

    /** What a question asks of its topic: a cost, the buyer's hand, a count or length, or the thing itself. */
    private static String kindOf(SentenceReading question) {
        String normal = question.clause() == null ? "" : question.clause().normal();
        return COST_TO_YOU.matcher(normal).find() ? "cost"
                : HAND_FEEL.matcher(normal).find() ? "hand"
                : QUANTITY.matcher(normal).find() || OFTEN.matcher(normal).find() ? "measure" : "plain";
    }

    /** True when a question takes up two words in a row that the buyer said ("the old habit", "mid interview"). */
    private boolean handsBackItsWords(String asks) {
        String[] words = asks.replaceAll("[^a-z' ]", " ").strip().split("\\s+");
        for (String line : saidBefore) {
            String plain = " " + line.toLowerCase(Locale.ROOT).replaceAll("[^a-z' ]", " ").replaceAll("\\s+", " ") + " ";
            for (int i = 0; i + 1 < words.length; i++) {
                boolean content = !FILLER_WORDS.contains(words[i]) || !FILLER_WORDS.contains(words[i + 1]);
                if (content && words[i].length() > 2 && words[i + 1].length() > 2
                        && plain.contains(" " + words[i] + " " + words[i + 1] + " ")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A question of a word or two taken from the buyer's last reply: "mostly?", "every day?". */
    private boolean echoesLastReply(SentenceReading sentence) {
        if (sentence.clause() == null || !sentence.clause().question() || lastSaid.isEmpty()) {
            return false;
        }
        return fewWordsFrom(sentence.clause().normal(), lastSaid);
    }

    /**
     * True when a question of a word or two is spelled out by the question after it, which repeats its
     * words: "station? like police station?".
     */
    private static boolean echoed(SentenceReading sentence, SentenceReading next) {
        if (sentence.clause() == null || !sentence.clause().question() || next.clause() == null
                || !next.clause().question()) {
            return false;
        }
        return fewWordsFrom(sentence.clause().normal(), next.clause().normal());
    }

    /** True when a question is a word or two ("mostly?", "station?"), each of them standing in the text. */
    private static boolean fewWordsFrom(String question, String text) {
        String[] words = question.replaceAll("[^a-z0-9' ]", " ").strip().split("\\s+");
        String within = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9' ]", " ") + " ";
        return words.length <= 2 && !words[0].isEmpty()
                && Arrays.stream(words).allMatch(word -> within.contains(" " + word + " "));
    }

    /** The question read as its runner-up topic, when that asks about the buyer and was not asked yet. */
    private static SentenceReading asRunnerUp(SentenceReading sentence, Set<Topic> asked, boolean duplicate) {
        ClauseReading clause = sentence.clause();
        Intent second = clause.runnerUp();
        // (only a fact of its profile, never its budget — a question about money says so — nor what holds it
        // back; and not when the words settled the first reading)
        if (!second.asksAboutBuyer() || second.topic() == null || second.topic() == Topic.BUDGET
                || second.topic() == Topic.HESITATION || asked.contains(second.topic())
                || clause.runnerUpConfidence() < RUNNER_UP
                || duplicate && clause.confidence() >= SURE_ENOUGH_TO_REMIND) {
            return sentence;
        }
        return sentence.withTopic(second.topic());
    }

    /**
     * A question to the buyer about something its profile does not cover ("are you left-handed?"): one
     * the classifier read as nothing it handles, so no other part of the reply will answer it.
     */
    private static boolean outsideProfile(SentenceReading sentence) {
        return sentence.asksBuyer() && sentence.text().contains("?") && !sentence.repeats()
                && sentence.intent() == Intent.PREAMBLE
                && sentence.acts().isEmpty() && sentence.text().split("\\s+").length >= 3;
    }

    /**
     * An answer in the buyer's own voice to a question its profile has nothing on, or that it could
     * only guess at: short and committing to nothing it could later contradict — "partly" to a guessed
     * reason, "a few" to a count, "a bit of both" to "this or that?", "not really" to a yes-or-no
     * question, "it varies" to anything else.
     */
    private void improvise(SentenceReading question) {
        String normal = question.clause().normal();
        if (COST_TO_YOU.matcher(normal).find()) {
            // "what did that set you back, to clean or replace?" asks what the trouble cost, not which
            answers.add(voice.say("improviseCost"));
            return;
        }
        // "weeks or months?" has no "bit of both": an amount or a frequency is one or the other
        boolean measure = OFTEN.matcher(normal).find() || QUANTITY.matcher(normal).find()
                || HOW_MANY.matcher(normal).find();
        // (an either-or it could not place — "is that the ink running or the pen just stops writing?" — is
        // about its troubles when an option names one)
        int known = !either(question) ? 0 : optionItKnows(question.topic(), normal);
        if (known > 0) {
            // "do you get smudging or hand fatigue?" of a buyer whose pens smudge: the one its story tells
            answers.add(pick(known, normal));
            return;
        }
        if (known < 0 && yesOrNo(question) && !measure) {
            // …and of one whose pens die instead: neither, not "a bit of both"
            answers.add(voice.say("improviseYesNo"));
            return;
        }
        if (either(question) && (measure || memory.improvisedEither++ > 0)) {
            answers.add(pick(pickAny(), normal));
            return;
        }
        if (takesUpFigure(question)) {
            return;
        }
        String form = DEGREE.matcher(normal).find() ? "improviseDegree"
                // ("is that because they get borrowed, or they don't stay with you?" offers two reasons: one or both)
                : BECAUSE.matcher(normal).find() && !either(question) ? "improviseBecause"
                : LASTS.matcher(normal).find() ? "improviseHowLong"
                : HOW_SOON.matcher(normal).find() ? "improviseHowSoon"
                : OFTEN.matcher(normal).find() ? "improviseHowOften"
                : HOW_MANY.matcher(normal).find() || USES_UP.matcher(normal).find() ? "improviseHowMany"
                : normal.contains("how long") ? "improviseHowLong"
                : COUNTED.matcher(normal).find() ? MONEY.matcher(normal).find() ? "improviseSpend" : "improviseAmount"
                : either(question) ? "improviseEither"
                : yesOrNo(question) && SOMETIMES.matcher(normal).find() ? "improviseSometimes"
                : yesOrNo(question) ? "improviseYesNo" : "improviseOpen";
        answers.add(voice.say(form));
    }

    /** "so a typical pile, is that twenty scripts? thirty?": it takes up the figure offered, roughly. */
    private boolean takesUpFigure(SentenceReading question) {
        String figure = numberGuessed(question);
        if (figure != null) {
            answers.add(voice.say("guessCount").stream().map(line -> line.replace("{n}", figure)).toList());
        }
        return figure != null;
    }

    /**
     * The figure a yes-or-no count offers ("is that twenty scripts?", with a bare "thirty?" after it: the
     * last one offered), or null when the question offers none or is about money.
     */
    private String numberGuessed(SentenceReading question) {
        String normal = question.clause().normal();
        // ("so much today, deal?" names a price and asks for the sale: no count to check)
        if (!question.clause().question() || MONEY.matcher(normal).find() || question.topic() == Topic.BUDGET
                || question.text().contains("$") || question.has(Act.ASK)) {
            return null;
        }
        String figure = null;
        Matcher number = GUESSED_NUMBER.matcher(normal);
        while (number.find()) {
            figure = number.group(1);
        }
        if (figure == null) {
            return null;
        }
        // a bare option right after it ("Thirty?") is the guess it ends on; without one, only "is that twenty?"
        // or "are we talking fifty?" puts a figure to check ("after a few pages?" offers none)
        boolean checks = CHECKS_FIGURE.matcher(normal).find();
        List<String> parts = turn.sentences().stream().map(SentenceReading::text).toList();
        int at = parts.indexOf(question.text());
        if (at >= 0 && at + 1 < parts.size()) {
            SentenceReading next = turn.sentences().get(at + 1);
            Matcher option = GUESSED_NUMBER.matcher(next.text().toLowerCase(Locale.ROOT));
            if (next.clause() != null && next.text().split("\\s+").length <= 3 && next.text().contains("?")
                    && !next.text().contains("$") && option.find()) {
                return option.group(1);
            }
        }
        return checks ? figure : null;
    }

    /** "when one dies mid-interview, what do you do?": asks what the buyer does when its pen fails it. */
    private static boolean whatItDoes(SentenceReading question) {
        String asks = question.clause().normal();
        return WHAT_DO.matcher(asks).find() && (question.topic() == Topic.PAIN || TROUBLE.matcher(asks).find());
    }

    /** A yes-or-no question that offers two options: "Do you mark in red only, or other colours?". */
    private static boolean either(SentenceReading question) {
        String normal = question.clause().normal();
        // ("has it ever caused you grief or made it hard to read?" is asked yes or no: "either" is in its words)
        // ("is there a busy period coming up, like a year-end or an audit?" gives examples of what it asks about)
        // (and so does "how often do you replace pens, like from leaking or losing them?": it asks how often)
        if ((EXISTS.matcher(normal).find() || OFTEN.matcher(normal).find() || QUANTITY.matcher(normal).find())
                && EXAMPLES.matcher(normal).find()) {
            return false;
        }
        return EITHER_QUESTION.matcher(normal).find() && (OPTIONS.matcher(normal).find()
                || SHORT_OPTIONS.matcher(normal).find()
                || yesOrNo(question) && (CHOICE.matcher(normal).find() || ENDS_IN_OPTIONS.matcher(normal).find()));
    }

    /**
     * Which of the two options an either-or question offers names the concern (1 or 2), or 0 when
     * neither or both do: "is it the price, or whether it performs?" to a buyer doubting its worth is 2.
     */
    private int optionNaming(String normal, Concern concern) {
        Pattern words = NAMES_CONCERN.get(voice.key(concern));
        String[] options = options(normal);
        if (words == null || options == null) {
            return 0;
        }
        boolean one = words.matcher(options[0]).find();
        boolean two = words.matcher(options[1]).find();
        return one == two ? 0 : one ? 1 : 2;
    }

    /**
     * The two options an either-or question offers, each as said ("how fast, weeks or months?": "weeks",
     * "months"); the first runs back to the last comma, so it may carry the question's own words. Null
     * when it offers none.
     */
    private static String[] options(String normal) {
        Matcher or = EITHER_QUESTION.matcher(normal);
        if (!or.find()) {
            return null;
        }
        String first = normal.substring(0, or.start()).replaceFirst("[,;:\\s]+$", "");
        first = first.substring(Math.max(first.lastIndexOf(','), Math.max(first.lastIndexOf(';'),
                first.lastIndexOf(':'))) + 1).strip();
        String second = normal.substring(or.end()).replaceFirst("[\\W&&[^']]+$", "").strip();
        return new String[] {first, second};
    }

    /** An option picked where nothing it knows picks one: the same one throughout a turn. */
    private int pickAny() {
        return (int) (BuyerCast.hash(scene.sessionId() + turn.index()) % 2) + 1;
    }

    /**
     * The first of two options, as long as the second: the words before "or" run back to the last
     * comma, so "do you go through them in weeks or months" offers "weeks", and "do you ever get
     * smudging or hand cramps" offers "get smudging".
     */
    private static String firstOption(String[] options) {
        String[] first = options[0].split("\\s+");
        int words = Math.max(1, options[1].split("\\s+").length);
        return String.join(" ", Arrays.copyOfRange(first, Math.max(0, first.length - words), first.length));
    }

    /** "The second, mostly.": the option of an either-or question the buyer picks, by its place. */
    private List<String> pick(int option) {
        memory.picked = option;
        return voice.say(option == 1 ? "pickFirst" : "pickSecond");
    }

    /**
     * "Months, mostly.": the option picked, said back in the question's words when both are a word or
     * two ("weeks or months?"); by its place otherwise.
     */
    private List<String> pick(int option, String normal) {
        String[] options = options(normal);
        if (options == null) {
            return pick(option);
        }
        String second = options[1];
        int words = second.split("\\s+").length;
        String first = firstOption(options).replaceFirst(OPTION_LEAD, "");
        if (words > ECHOED_WORDS || first.isBlank() || second.isBlank() || NOT_ECHOED.matcher(first).find()
                || NOT_ECHOED.matcher(second).find()) {
            return pick(option);
        }
        memory.picked = option;
        String picked = option == 1 ? first : second;
        return voice.say("pickNamed").stream().map(line -> capitalised(line.replace("{option}", picked))).toList();
    }

    /** A question answered yes or no: one of its stretches starts with a verb ("oh cool, u climb them??"). */
    private static boolean yesOrNo(SentenceReading question) {
        for (String stretch : question.clause().normal().split("[,;:]\\s*")) {
            String start = stretch.replaceFirst("^(?:(?:and|so|but|ok|okay|also|oh|well|then)[,]?\\s+)+", "");
            if (YES_NO_QUESTION.matcher(start).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the classifier could not tell what a question asks: nearly a guess, or two questions
     * about the buyer almost equally likely ("what do you write with": the pen, or what they write?).
     */
    private static boolean torn(ClauseReading clause) {
        return clause.intent() != Intent.PREAMBLE && clause.confidence() < UNSURE
                || clause.confidence() < TORN_BELOW && clause.intent().asksAboutBuyer()
                && clause.runnerUp().asksAboutBuyer() && clause.confidence() - clause.runnerUpConfidence() < CLOSE_CALL;
    }

    /**
     * The buyer's answer about itself. A follow-up on a topic it told about gets a further detail while
     * it has one; the same question asked again gets its answer in a few words — "as I said" only when
     * the question was read surely — and a question that only checks its words is confirmed.
     */
    private void tell(SentenceReading question) {
        Topic topic = question.topic();
        int told = memory.told(topic);
        boolean again = memory.askedAgain(topic, question.clause());
        memory.tell(topic, question.clause().vector());
        // ("how much does it cost you when one dies?" asks what the trouble costs: its story, not a sum)
        boolean amount = QUANTITY.matcher(question.clause().normal()).find() && topic != Topic.BUDGET
                && !(topic == Topic.PAIN && question.clause().normal().contains("cost"));
        if (told == 0) {
            String answer = profile.answer(topic, (int) (BuyerCast.hash(scene.sessionId() + topic.name()) % 2));
            answers.add(List.of(answer));
            if (amount && !HAS_QUANTITY.matcher(answer.toLowerCase(Locale.ROOT)).find()) {
                // "how many contracts a week?" is not answered by what they are: a figure, or a rough one
                answers.add(amountOf(topic, question));
            }
            return;
        }
        if (checksBack(question)) {
            answers.add(voice.say("confirm"));
            return;
        }
        if (takesUpFigure(question)) {
            return;
        }
        if (amount && !again) {
            // "how many contracts a month?" wants a figure, whatever detail mentions contracts
            answers.add(amountOf(topic, question));
            return;
        }
        if (topic == Topic.PAIN && (COST_TO_YOU.matcher(question.clause().normal()).find()
                || CONSEQUENCE.matcher(question.clause().normal()).find() && !again)) {
            // "what does that do to the meeting?", "what does that cost you if you miss a quote?" of a trouble it
            // has told about ask what it leads to: the story of it their words name ("mid-quote from a
            // councillor"), never how often it happens; else, asked what follows, a story of it not told yet, and
            // asked what it costs, that in a few words
            // (two words in common at least: "redo the sheet" offered as an option names no story "to sign a sheet")
            String named = matchingDetail(topic, question.clause().normal(), false, 2);
            String consequence = named != null && !FREQUENCY.matcher(named.toLowerCase(Locale.ROOT)).find() ? named
                    : CONSEQUENCE.matcher(question.clause().normal()).find()
                    ? untoldDetail(topic, detail -> !FREQUENCY.matcher(detail).find()) : null;
            if (consequence != null) {
                memory.rememberDetail(consequence);
                answers.add(List.of(consequence));
            } else {
                answers.add(voice.say("improviseCost"));
            }
            return;
        }
        String matching = again ? null : matchingDetail(topic, question.clause().normal(), false);
        if (matching != null) {
            // the detail its words ask about ("does that come up at inspections?"), before anything else it has
            memory.rememberDetail(matching);
            answers.add(List.of(matching));
            return;
        }
        if (topic == Topic.PAIN && yesOrNo(question) && !either(question) && !amount
                && !ASKS_WHAT.matcher(question.clause().normal()).find()) {
            // "do they happen often enough to be worth fixing?" of the trouble it told about: yes, not another story
            answers.add(voice.say("painYes"));
            return;
        }
        if (!again && yesOrNo(question) && !either(question) && asksBeyond(question.clause().normal(), topic)) {
            // "do you sign in front of clients much?" asks about something none of its details tells of: a plain
            // answer, not the next detail it had ("I still tick every ledger line by hand")
            improvise(question);
            return;
        }
        String detail = again ? null : nextDetail(topic);
        if (detail != null) {
            memory.rememberDetail(detail);
            answers.add(List.of(detail));
            return;
        }
        if (!again && !MORE_PLEASE.matcher(question.clause().normal()).find()) {
            // a new question on a topic it has told all it knows about is one its profile cannot answer:
            // "Not much more to tell: …" would answer a question nobody asked
            improvise(question);
            return;
        }
        String recap = profile.recap(topic);
        boolean sure = again && question.confidence() >= SURE_ENOUGH_TO_REMIND;
        List<String> options = new ArrayList<>();
        if (sure) {
            voice.say(told == 1 ? "alreadySaid" : "toldYou").forEach(prefix -> options.add(prefix + recap + "."));
        } else {
            voice.say("nothingMore").forEach(prefix -> options.add(prefix + recap + "."));
        }
        answers.add(options);
    }

    /**
     * Whether its answer on a topic says which of two short options it is ("reporter, or something in
     * an office?" — "Reporter."); true too when the options are long, since then its story is the answer.
     */
    private boolean answerNames(Topic topic, String normal) {
        String[] options = options(normal);
        if (options == null || options[1].split("\\s+").length > ECHOED_WORDS || options[1].isBlank()) {
            return true;
        }
        String answer = profile.answer(topic, (int) (BuyerCast.hash(scene.sessionId() + topic.name()) % 2))
                .toLowerCase(Locale.ROOT);
        String[] first = options[0].split("\\s+");
        for (String option : List.of(first[first.length - 1], options[1])) {
            for (String word : option.split("\\s+")) {
                if (word.length() >= 3 && !GENERIC_WORDS.contains(word)
                        && answer.contains(word.substring(0, Math.min(5, word.length())))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Which of two options its story on a topic tells of (1 or 2); 0 when both or it cannot tell, and -1
     * when its story tells of neither ("smudging or hand fatigue?" to a buyer whose pens run dry).
     */
    private int optionItKnows(Topic asked, String normal) {
        String[] options = options(normal);
        if (options == null || asked == Topic.HESITATION
                || asked == null && voice.needNamed(options[0]) == null && voice.needNamed(options[1]) == null) {
            return 0;
        }
        String told = story(asked == null ? Topic.PAIN : asked);
        String firstOption = firstOption(options);
        // a trouble the product knows ("smearing", "hand cramps") is had when it is one of the buyer's needs,
        // whatever words its story uses; anything else, when its story says so
        Product.Need needOne = voice.needNamed(firstOption);
        Product.Need needTwo = voice.needNamed(options[1]);
        boolean one = needOne != null ? profile.needs().contains(needOne.id()) : tells(told, firstOption);
        boolean two = needTwo != null ? profile.needs().contains(needTwo.id()) : tells(told, options[1]);
        // (a plain "no" only to two troubles it surely lacks: a story may say a thing in other words)
        boolean surelyNeither = needOne != null && needTwo != null;
        return one == two ? (one || !surelyNeither ? 0 : -1) : one ? 1 : 2;
    }

    /** All the buyer's story on a topic, in lower case: its answers and its details. */
    private String story(Topic topic) {
        StringBuilder story = new StringBuilder();
        for (int variant = 0; variant < 2; variant++) {
            story.append(profile.answer(topic, variant)).append(' ');
        }
        for (int n = 0; profile.more(topic, n) != null; n++) {
            story.append(profile.more(topic, n)).append(' ');
        }
        return story.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean tells(String told, String option) {
        for (String word : option.split("[^a-z']+")) {
            // (five letters at least: "hand" of "hand fatigue" is in "the pen I hand them")
            if (word.length() >= 5 && !GENERIC_WORDS.contains(word) && !FILLER_WORDS.contains(word)
                    && told.contains(word.substring(0, 5))) {
                return true;
            }
        }
        return false;
    }

    /** A sentence of its story said again when asked again: "As I said, the firm stocks the cupboard…". */
    private List<String> saidAgain(String sentence) {
        boolean keepsCapital = sentence.startsWith("I ") || sentence.startsWith("I'");
        String rest = keepsCapital ? sentence : Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
        return voice.say("alreadySaid").stream().map(prefix -> prefix.endsWith(": ") ? prefix + sentence
                : prefix + rest).toList();
    }

    /** The first detail of a topic, not told yet, whose words (in lower case) pass a test; null when none does. */
    private String untoldDetail(Topic topic, Predicate<String> test) {
        for (int n = 0; profile.more(topic, n) != null; n++) {
            String detail = profile.more(topic, n);
            if (!memory.toldDetail(detail) && test.test(detail.toLowerCase(Locale.ROOT))) {
                return detail;
            }
        }
        return null;
    }

    /**
     * True when a question names things (words of five letters or more that say something) and the next detail the
     * buyer would tell on its topic names none of them.
     */
    private boolean asksBeyond(String normal, Topic topic) {
        String next = null;
        for (int n = memory.details(topic); next == null && profile.more(topic, n) != null; n++) {
            next = memory.toldDetail(profile.more(topic, n)) ? null : profile.more(topic, n);
        }
        if (next == null) {
            return false;
        }
        String detail = next.toLowerCase(Locale.ROOT);
        List<String> named = Arrays.stream(normal.split("[^a-z']+"))
                .filter(word -> word.length() >= 5 && !GENERIC_WORDS.contains(word) && !FILLER_WORDS.contains(word))
                .toList();
        return !named.isEmpty() && named.stream().noneMatch(word -> detail.contains(word.substring(0, 4)));
    }

    /** The next detail of a topic the buyer has not told yet, or null when it has told them all. */
    private String nextDetail(Topic topic) {
        for (int n = memory.details(topic); profile.more(topic, n) != null; n++) {
            memory.detail(topic);
            if (!memory.toldDetail(profile.more(topic, n))) {
                return profile.more(topic, n);
            }
        }
        return null;
    }

    /**
     * The detail of the buyer's profile (of one topic, or of any when {@code topic} is null) that shares
     * the most telling words with a question — "inspections" finds "At the last inspection…" — among
     * those it has not told yet, or among those it has when {@code told}; null when none shares one.
     */
    private String matchingDetail(Topic topic, String normal, boolean told) {
        return matchingDetail(topic, normal, told, 1);
    }

    /** The same, sharing at least {@code least} telling words with the question. */
    private String matchingDetail(Topic topic, String normal, boolean told, int least) {
        List<String> stems = new ArrayList<>();
        for (String word : normal.split("[^a-z]+")) {
            if (word.length() >= 5 && !GENERIC_WORDS.contains(word)) {
                stems.add(word.substring(0, Math.max(4, Math.min(5, word.length() - 1))));
            }
        }
        String best = null;
        int bestScore = least - 1;
        for (Topic each : topic != null ? List.of(topic) : List.of(Topic.values())) {
            for (int n = 0; each != Topic.HESITATION && profile.more(each, n) != null; n++) {
                String detail = profile.more(each, n);
                if (memory.toldDetail(detail) != told) {
                    continue;
                }
                String plain = " " + detail.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ");
                int score = (int) stems.stream().distinct().filter(stem -> plain.contains(" " + stem)).count();
                if (score > bestScore) {
                    best = detail;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    /**
     * An amount the buyer gives about a topic: the next of its details that holds a figure ("forty or
     * fifty signatures a day"), else a rough one in its own voice ("quite a lot", "a good while").
     */
    private List<String> amountOf(Topic topic, SentenceReading question) {
        String normal = question.clause().normal();
        if (DEGREE.matcher(normal).find()) {
            // "how much does a fine line matter to you?" asks how much it cares, not how many
            return voice.say("improviseDegree");
        }
        if (MONEY.matcher(normal).find()) {
            // "how much do you spend on them?": its details count pages and years, not dollars
            return voice.say("improviseSpend");
        }
        // only a detail that counts the very thing asked about ("how many signatures…" → "forty or fifty
        // signatures a day"): a figure about something else would answer a question nobody asked
        // (a length or a frequency is answered by any figure it has: "four or five pages each time")
        Matcher counted = COUNTED.matcher(normal);
        String thing = counted.find() ? counted.group(1).replaceFirst("(?:es|s)$", "") : null;
        // (a length by a figure of time — "four or five pages each time" too — and a frequency by how often)
        boolean anyFigure = thing == null && (normal.contains("how long") || normal.contains("how often"));
        // ("how long do they last before you buy new ones?" asks how often it replaces them, not how long it has had
        // them: "I go through a fineliner every two or three weeks", wherever its story keeps that)
        boolean lasts = LASTS.matcher(normal).find();
        Pattern kind = normal.contains("how long") && !lasts ? LENGTH : FREQUENCY;
        for (Topic where : lasts && topic != Topic.PAIN ? List.of(topic, Topic.PAIN) : List.of(topic)) {
            for (int n = memory.details(where); (thing != null || anyFigure) && profile.more(where, n) != null; n++) {
                String detail = profile.more(where, n).toLowerCase(Locale.ROOT);
                // ("how many essays?" is not answered by "every essay gets comments": a count needs a number)
                if ((anyFigure && HAS_QUANTITY.matcher(detail).find() && kind.matcher(detail).find()
                        || thing != null && detail.contains(thing) && NUMBER.matcher(detail).find())
                        && !memory.toldDetail(profile.more(where, n))) {
                    while (memory.details(where) <= n) {
                        memory.detail(where);
                    }
                    memory.rememberDetail(profile.more(where, n));
                    return List.of(profile.more(where, n));
                }
            }
        }
        return voice.say(lasts ? "improviseHowLong" : HOW_SOON.matcher(normal).find() ? "improviseHowSoon"
                : OFTEN.matcher(normal).find() ? "improviseHowOften"
                : HOW_MANY.matcher(normal).find() || USES_UP.matcher(normal).find() ? "improviseHowMany"
                : normal.contains("how long") ? "improviseHowLong"
                : "improviseAmount");
    }

    /** A question that hands the buyer's own words back to it ("so you're a paralegal, right?"). */
    private static boolean checksBack(SentenceReading question) {
        String normal = question.clause().normal();
        // "you said you don't pay for pens, so would the firm cover it?" asks something new on the back of it
        boolean asksOn = ASKS_ON.matcher(normal).find();
        // ("you said they fail in the rain, like the ink or the pen?" asks it to pick: "yes" answers nothing)
        return !asksOn && !either(question) && (normal.matches("^(?:so,? |ok,? |okay,? )?(?:you're|you are|you said|you mentioned|your|"
                + "it's|they)\\b.*")
                || normal.matches(".*\\b(?:right|correct|yes|yeah|isn't it|is that it|is that right)\\?$")
                // "just so i understand, do you mean you spend hardly anything?" checks what it took from the answer
                || MEANS.matcher(normal).find());
    }

    /** What holds the buyer back: its open concern, the next one on its mind, or — honestly — little. */
    private void hesitation(BuyerMemory.Raised answered, SentenceReading question) {
        if (answered != null && answered.concern == Concern.THINK_IT_OVER) {
            // asking what is left is what settles "let me think": the answer is what is left, not a compliment
            resolved = null;
        }
        if (resolved != null && yesOrNo(question) && memory.open().isEmpty()) {
            // "does that cover what you were worried about?" just as it did: its "that's fair" is the answer
            return;
        }
        // "what would it take?" is answered with what would settle it; "what's holding you back?" with the doubt
        boolean condition = CONDITION.matcher(question.clause().normal()).find();
        BuyerMemory.Raised open = memory.open().orElse(null);
        if (open != null) {
            // (a push-back on the price already says what holds it back)
            // (but "what would you need to see?" asks more than the doubt: what would settle it is said once)
            if (open.raisedAt < turn.index() && (!memory.pushingBack || condition && !memory.conditionSaid)) {
                pickNaming(open.concern);
                answers.add(condition ? voice.wouldBuyIf(open.concern) : voice.hesitation(open.concern));
                if (memory.pushingBack) {
                    // what would settle it is its answer to the argument it heard, not "Is it worth it, though?" too
                    concern = null;
                }
                // (a buyer over its budget wants a lower price; one doubting the worth, proof it will last)
                memory.conditionSaid |= condition && voice.key(open.concern).equals("PRICE_VALUE");
            }
            return;
        }
        if (memory.hardSell >= Math.max(2, temperament.hardSellLimit() - 1) && !scene.isDrill()) {
            // what holds it back is the way it is being sold to, whatever else was settled; once said,
            // it has made up its mind about this seller
            resolved = null;
            memory.hardSell = Math.max(memory.hardSell, temperament.hardSellLimit());
            answers.add(voice.say(condition ? "wouldBuyHardSell" : "hesitationHardSell"));
            return;
        }
        boolean either = turn.sentences().stream().anyMatch(s -> s.topic() == Topic.HESITATION && s.clause() != null
                && either(s));
        if (!either && memory.questionsWanted > 0 && memory.questions < questionsWanted() && !scene.isDrill()) {
            // having said it was hardly asked anything ("Not yet. I'm not sure it fits how I work."), that is
            // what still holds it back — not a doubt from its list it never mentioned
            answers.add(voice.say("hesitationLittleDiscovery"));
            return;
        }
        Next next = nextUnanswered();
        if (next != null) {
            if (next.concern() == Concern.PRICE && !memory.priceKnown) {
                concern = askPrice();
            } else {
                memory.raise(next.concern(), turn.index(), false);
                pickNaming(next.concern());
                answers.add(condition ? voice.wouldBuyIf(next.concern()) : voice.hesitation(next.concern()));
            }
            return;
        }
        if (answered != null && answered.concern == Concern.THINK_IT_OVER) {
            // asked what it wants to think over, it owns up that nothing in particular: it likes to wait
            answers.add(voice.say("hesitationHabit"));
            return;
        }
        // "is it the money or the timing?" is answered "neither", "what's holding you back?" with "not much"
        // ("help me understand what's holding you back: is it the price, or the winter?" offers its options apart)
        // ("any questions, or anything that'd hold you back?" offers no two things to choose between)
        if (!either && memory.questions < temperament.questionsToBuy() && !scene.isDrill()) {
            // what holds it back is that it was hardly asked about: "not a lot now" would promise a yes it cannot give
            answers.add(voice.say("hesitationLittleDiscovery"));
            return;
        }
        answers.add(voice.say((answered != null || memory.interest >= temperament.buyAt() - 10 ? "hesitationNearly"
                : "hesitationNothing") + (either ? "Either" : "")));
    }

    /**
     * "The second, mostly.", before what holds it back, when the turn offered it two options and one of
     * them names it: the choice it was given is answered, then said in its own words.
     */
    private void pickNaming(Concern concern) {
        for (SentenceReading sentence : turn.sentences()) {
            if (sentence.clause() != null && sentence.clause().question() && either(sentence)) {
                int option = optionNaming(sentence.clause().normal(), concern);
                if (option != 0) {
                    answers.add(pick(option));
                }
                return;
            }
        }
    }

    /** A clarifying question: which of the two readings the trainee meant, in the buyer's words. */
    private void clarify(ClauseReading clause) {
        memory.clarifications++;
        String first = clause.confidence() >= PLAUSIBLE ? voice.meaning(clause.intent().label()) : null;
        String second = clause.runnerUpConfidence() >= PLAUSIBLE ? voice.meaning(clause.runnerUp().label()) : null;
        List<String> question;
        if (first != null && second != null) {
            question = voice.say("clarify").stream().map(line -> line.replace("{first}", first)
                    .replace("{second}", second)).toList();
        } else if (first != null || second != null) {
            String meant = first != null ? first : second;
            Intent asked = first != null ? clause.intent() : clause.runnerUp();
            memory.clarified = asked.asksAboutBuyer() && asked.topic() != Topic.HESITATION ? asked.topic() : null;
            question = voice.say("clarifyOne").stream().map(line -> line.replace("{first}", meant)).toList();
        } else {
            question = voice.say("unclear");
        }
        answers.add(question.stream().map(BuyerTurn::capitalised).toList());
    }

    /** Hears the answer to what the buyer last asked the trainee: the price, or a question about the pen. */
    private void hearPending() {
        String pending = memory.pending;
        if (pending == null) {
            return;
        }
        if (pending.equals("price")) {
            if (memory.priceKnown) {
                memory.pending = null;
                Next next = nextUnanswered();
                if (next != null && next.concern() == Concern.PRICE && resolved == null) {
                    memory.raise(Concern.PRICE, turn.index(), next.despite());
                    concern = voice.raise(Concern.PRICE, next.despite());
                } else {
                    reaction = voice.say("reactPrice");
                }
            } else if (answers.isEmpty() && ++memory.pendingPresses <= MAX_PRICE_PRESSES) {
                concern = voice.say("pressPrice");
            } else if (memory.pendingPresses > MAX_PRICE_PRESSES) {
                memory.pending = null;
            }
            return;
        }
        Product.Question question = voice.productQuestions().stream().filter(q -> q.id().equals(pending))
                .findFirst().orElseThrow();
        memory.pending = null;
        // ("like 6 months heavy use" names no feature it recognised, but its figure is the answer)
        boolean heard = turn.sentences().stream().anyMatch(s -> s.features().stream()
                .anyMatch(question.features()::contains) || s.specifics().stream().anyMatch(specific ->
                statesFactOf(question, specific)));
        if (heard) {
            acknowledged = voice.say("answered");
        } else if (answers.isEmpty()) {
            acknowledged = voice.say("unanswered");
        }
    }

    /**
     * Whether a figure the trainee said ("6 months", "2 years") is one of the facts of a feature the
     * buyer's question is about: the same sum, or the same unit as a fact says it ("half a year" does not).
     */
    private boolean statesFactOf(Product.Question question, String specific) {
        String said = specific.toLowerCase(Locale.ROOT).strip();
        String unit = said.startsWith("$") ? said : said.replaceFirst("^.*?([a-z]+)$", "$1").replaceFirst("s$", "");
        if (unit.length() < 2 || unit.equals(said) && !said.startsWith("$")) {
            return false;
        }
        return question.features().stream().flatMap(id -> product.feature(id).stream())
                .flatMap(feature -> feature.facts().stream())
                .anyMatch(fact -> fact.toLowerCase(Locale.ROOT).contains(unit));
    }

    /**
     * What a yes also answers of the ask: "or maybe a couple, for a spare?" — just the one; "shall we
     * engrave your name?" — yes. Said after the yes, as people settle the details.
     */
    private void saleTerms() {
        boolean engravingPicked = false;
        for (SentenceReading sentence : turn.sentences()) {
            String normal = sentence.clause() == null ? "" : sentence.clause().normal();
            if (MORE_THAN_ONE.matcher(normal).find()) {
                terms.add(TERMS_ONE);
            }
            if (sentence.clause() != null && (sentence.clause().question() || turn.has(Act.ASK))
                    && WHAT_ENGRAVED.matcher(normal).find()) {
                // "what name do you want on it?", "i just need what name you want on it": what to put on it, not a yes
                terms.add(TERMS_NAME);
            } else if (ENGRAVING.matcher(normal).find() && (sentence.clause().question() || sentence.has(Act.ASK))) {
                terms.add(TERMS_ENGRAVED);
            } else if (sentence.clause() != null && sentence.clause().question()
                    && EITHER_QUESTION.matcher(normal).find()
                    && !MORE_THAN_ONE.matcher(normal).find() && picks.isEmpty()) {
                // "your name or your badge number?": one of them, said as a choice, not a leaning; "card or
                // cash?" is answered in its own word ("Cash, please."), not "the second"
                // ("your name on it, or initials?" is answered "Initials, please.": the option it can say back)
                // ("your own name or the agency's?" is answered "My own name." or "The agency's.", not "Second one.")
                String[] options = options(normal);
                String firstSaid = options == null ? null : ownWords(options[0], true);
                String secondSaid = options == null ? null : ownWords(options[1], false);
                String chosen = firstSaid == null && secondSaid == null ? null
                        : firstSaid != null && (secondSaid == null || pickAny() == 1) ? firstSaid : secondSaid;
                if (chosen != null) {
                    String word = Character.toUpperCase(chosen.charAt(0)) + chosen.substring(1);
                    picks.addAll(voice.say("choiceNamed").stream().map(line -> line.replace("{option}", word)).toList());
                    if (ON_IT.matcher(normal).find()) {
                        // "your name on it, or the firm's?" after "with free engraving": "The firm's." says yes to
                        // the engraving; "Fine, engrave it. The firm's." says it twice
                        engravingPicked = true;
                    }
                } else {
                    picks.addAll(voice.say(pickAny() == 1 ? "choiceFirst" : "choiceSecond"));
                }
            }
        }
        if (engravingPicked) {
            terms.remove(TERMS_ENGRAVED);
        }
    }

    /**
     * An option of a choice in the buyer's own words, or null when it cannot say it back: a plain word
     * ("cash", "initials") or a short phrase on a possessive, turned round ("your own name" → "my own name",
     * "the agency's"). The first option runs back to its last possessive or article ("engraved with your
     * own name" → "my own name").
     */
    static String ownWords(String option, boolean first) {
        String[] words = option.strip().split("\\s+");
        int from = 0;
        if (first) {
            from = words.length - 1;
            for (int i = words.length - 1; i >= Math.max(0, words.length - OWN_WORDS); i--) {
                if (OPTION_START.matcher(words[i]).matches()) {
                    from = i;
                    break;
                }
            }
        }
        String said = String.join(" ", Arrays.copyOfRange(words, from, words.length))
                .replaceAll("\\b(?:your|ur)\\b", "my").replaceAll("\\byours\\b", "mine");
        boolean plain = said.matches("[a-z][a-z' ]*") && said.split(" ").length <= OWN_WORDS
                && !NOT_ECHOED.matcher(said).find();
        boolean ownPhrase = said.startsWith("my ") && !NOT_ECHOED.matcher(said.substring(3)).find();
        boolean phrase = plain || ownPhrase && said.matches("[a-z' ]+") && said.split(" ").length <= OWN_WORDS;
        return phrase && !said.isBlank() ? Character.toUpperCase(said.charAt(0)) + said.substring(1) : null;
    }

    /** The answer to an ask for the sale: a concern pressed or raised, a yes, or a no with its reason. */
    private Outcome decide() {
        if (noticeCutWithdrawn()) {
            // "full price and engraving free, card or cash?" after a cut to $20: it asks which price it is before
            // anything else, and does not say yes in the same breath
            return null;
        }
        if ((pushed() || turn.has(Act.GIVEAWAY)) && resolved == null) {
            reaction = turn.has(Act.GIVEAWAY) ? giveaway() : voice.say("reactPressure");
        }
        Integer lower = turn.has(Act.GIVEAWAY) || memory.open().filter(o -> o.concern == Concern.PRICE).isEmpty()
                ? null : lowerPriceSaid(true);
        if (lower != null) {
            // "ugh fine. $15. u buying or not": the cut is met before anything is pressed, and a cut to the
            // budget it named settles the money
            reaction = giveaway(lower);
            cutMet = true;
        }
        BuyerMemory.Raised open = memory.open().orElse(null);
        if (open != null && open.raisedAt == turn.index()) {
            return null;
        }
        // (never on the opening message: "best gel pen u'll find … want one?" as the first line is put off, and
        // the seller gets one more exchange to practise on)
        if (memory.hardSell >= temperament.hardSellLimit() && !scene.isDrill() && memory.priceKnown
                && turn.index() > 1) {
            // hype, pressure and price cuts told this buyer more than the benefits did: nothing is conceded
            // first, and no doubt is pressed or raised as if the sale were still open
            resolved = null;
            reaction = null;
            boolean pushedNow = turn.sentences().stream().anyMatch(s -> s.has(Act.SUPERLATIVE) || s.has(Act.PRESSURE)
                    || s.has(Act.GIVEAWAY) || s.has(Act.RUDE));
            if (!pushedNow && !memory.slowedDown) {
                // a plain ask is the last straw only once it has said so: "great, so I'll put you down for one?"
                // right after "that helps with the price" is told to slow down, not walked out on
                memory.slowedDown = true;
                closing = voice.say("slowDown");
                return null;
            }
            return refusal("hardSell");
        }
        if (open != null) {
            if (memory.pushingBack) {
                // its push-back on the answer it just heard is its whole answer to the ask
                return null;
            }
            if (memory.asks > temperament.maxAsks()) {
                return refusal("openConcern");
            }
            open.presses++;
            closing = press(open);
            return null;
        }
        Next next = nextUnanswered();
        if (next != null && memory.handledFromAgenda() < temperament.concernsBeforeSale()) {
            if (next.concern() == Concern.PRICE && !memory.priceKnown) {
                if (memory.pending == null) {
                    closing = askPrice();
                }
                return null;
            }
            memory.raise(next.concern(), turn.index(), next.despite());
            // asked to buy, it says it has one thing first, so the concern answers the ask (unless the
            // concern line itself owns the answer: "I hear you. Still, …")
            deferring = next.despite() ? null : voice.say("beforeDeciding");
            closing = voice.raise(next.concern(), next.despite());
            return null;
        }
        if (!memory.pitched && !scene.isDrill()) {
            if (memory.asks > temperament.maxAsks()) {
                return refusal("noValue");
            }
            closing = voice.say("notYetNoPitch");
            return null;
        }
        if (!memory.priceKnown && !scene.isDrill()) {
            // nobody buys without knowing what it costs: ask once, then hold out for an answer
            if (memory.pending == null && !memory.askedPriceToBuy) {
                memory.askedPriceToBuy = true;
                closing = askPrice();
                return null;
            }
            if (memory.pending == null) {
                return refusal("noPrice");
            }
            return null;
        }
        boolean reasons = memory.questions >= questionsWanted() && memory.tied >= temperament.tiesToBuy()
                || scene.isDrill();
        if (memory.interest >= temperament.buyAt() && reasons) {
            // "more than I meant to spend" only from a buyer that said what it meant to spend; one that only
            // balked at the price stretches to it, naming no budget it never gave
            boolean over = profile.budget() < priceTold();
            boolean budgetSaid = memory.told(Topic.BUDGET) > 0;
            boolean balked = memory.concerns.stream()
                    .anyMatch(raised -> raised.concern == Concern.PRICE && !raised.preempted);
            // (and one that has just said the price makes sense says so once: "Fair enough. Deal.", not twice)
            closing = voice.say(over && budgetSaid ? "saleOverBudget" : over && balked && resolved == null
                    ? "saleStretch" : "sale");
            sold = true;
            saleTerms();
            return Outcome.SALE;
        }
        // a buyer that has said it is nearly there hears another ask out, it does not walk
        boolean nearly = memory.interest >= temperament.buyAt() - 10;
        if (memory.asks > temperament.maxAsks() && !(nearly && memory.tied > 0)) {
            return refusal(memory.tied == 0 ? "noValue" : "tooManyAsks");
        }
        // (a doubt it has just let go of was met with something it valued: "that's a real difference" is not
        // followed by "tell me why I'd want it")
        // (a buyer that wants more questions than it was asked says so: "Not yet. You've hardly asked about me.")
        String notYet = memory.questions == 0 ? "notYetNoDiscovery"
                : memory.questions < questionsWanted() && !scene.isDrill() ? "notYetLittleDiscovery"
                : memory.tied == 0 && resolved == null ? "notYetNoValue" : "notYet";
        if ((notYet.equals("notYetNoDiscovery") || notYet.equals("notYetLittleDiscovery"))
                && temperament.questionsToBuy() > 0) {
            // having said it was hardly asked anything, it wants a conversation, not one more question
            memory.questionsWanted = Math.max(memory.questionsWanted, memory.questions + QUESTIONS_AFTER_COMPLAINT);
        }
        // ("Okay, that's a real difference. Not quite." is two replies glued: after a point conceded, "Still, …")
        boolean conceded = resolved != null && (notYet.equals("notYetLittleDiscovery") || notYet.equals("notYet"));
        closing = voice.say(conceded ? notYet + "Still" : notYet);
        return null;
    }

    /** How many questions it wants to have been asked before it buys. */
    private int questionsWanted() {
        return Math.max(temperament.questionsToBuy(), memory.questionsWanted);
    }

    /**
     * A lower price said plainly ("ok, 20 bucks") while the buyer objects to the price is a cut all the
     * same: it is met as one (taken when within the budget it named) before anything is pressed.
     */
    private void meetLowerPrice(BuyerMemory.Raised answered) {
        BuyerMemory.Raised open = answered != null && answered.concern == Concern.PRICE ? answered
                : memory.open().orElse(null);
        if (reaction != null || open == null || open.concern != Concern.PRICE || turn.has(Act.GIVEAWAY)) {
            return;
        }
        // offered ("10 bucks then?", "I'll match it: 20")
        Integer lower = lowerPriceSaid(true);
        if (lower != null) {
            // the cut, not an argument, is what met the objection: no "put like that, it's fair"
            resolved = open == answered ? null : resolved;
            cutMet = true;
            reaction = giveaway(lower);
        }
    }

    /**
     * A price under the product's that the trainee said, not echoed from the buyer ("$15, I hear you")
     * nor asked about; with {@code offered}, only one said as an offer ("10 bucks then?"). Null if none.
     */
    private Integer lowerPriceSaid(boolean offered) {
        if (turn.sentences().stream().anyMatch(s -> s.clause() != null
                && ASKS_ITS_SPENDING.matcher(s.clause().normal()).find()) && !turn.has(Act.GIVEAWAY)) {
            // "what do you pay for a decent fineliner - two or three dollars?": its spending, guessed at
            return null;
        }
        // (once a cut is on the table, a lower figure stated as the price is the next one: "its 12.")
        return turn.sentences().stream().filter(s -> s.clause() != null && s.topic() == null && !pricesOthers(s)
                && (!offered || OFFERS_PRICE.matcher(s.clause().normal()).find()
                || BARE_SUM.matcher(s.clause().normal()).matches()
                || memory.offeredPrice != null && s.intent() == Intent.PRICE && s.clause().price() != null
                && s.clause().price() < memory.offeredPrice)
                && !ECHOES_PRICE.matcher(s.clause().normal()).find() && !REFUSES_CUT.matcher(s.clause().normal()).find())
                .map(s -> s.clause().price()).filter(amount -> amount != null && amount < productPrice
                        // ("worth the extra $4?" is the gap to its budget, or a refill: no price for the pen)
                        && amount != product.refillPrice() && amount != priceTold() - profile.budget())
                .findFirst().orElse(null);
    }

    /** True when every sum of a part prices other pens ("$10 pens are junk tho"): no price for this one. */
    private static boolean pricesOthers(SentenceReading sentence) {
        String text = sentence.text().toLowerCase(Locale.ROOT);
        return PRICES_OTHERS.matcher(text).find() && !SUM.matcher(PRICES_OTHERS.matcher(text).replaceAll(" ")).find();
    }

    /**
     * The words for pressing an open concern: money talked about without settling a price objection is
     * heard and found not enough ("I hear the numbers…"), never "you haven't told me why".
     */
    private List<String> press(BuyerMemory.Raised open) {
        boolean heardMoney = open.concern == Concern.PRICE
                && turn.sentences().stream().anyMatch(ConcernAnswers::talksValue);
        // a reason to buy now was given, however weak: "that's your deadline, not mine", not "you haven't said why"
        boolean heardWhyNow = open.concern == Concern.TIMING && (turn.has(Act.URGENCY) || turn.has(Act.PRESSURE));
        boolean cutRefused = open.concern == Concern.PRICE && turn.sentences().stream()
                .anyMatch(s -> s.clause() != null && REFUSES_CUT.matcher(s.clause().normal()).find());
        if (cutRefused) {
            // "I can't go down to that, it's already the offer price": heard, and the price still stands
            return voice.say("cutRefused");
        }
        if (heardMoney) {
            return voice.onPrice("heardPrice");
        }
        if (heardWhyNow) {
            return voice.say("pressTimingHeard");
        }
        List<String> wordings = voice.press(open.concern);
        // "ya but cheap pens break and smudge" talked about it, however thinly: "you haven't said why" is untrue
        Pattern words = NAMES_CONCERN.get(voice.key(open.concern));
        boolean talkedOf = words != null && turn.sentences().stream()
                .anyMatch(s -> s.clause() != null && words.matcher(s.clause().normal()).find());
        List<String> fair = wordings.stream().filter(line -> !ACCUSES.matcher(line).find()).toList();
        return talkedOf && !fair.isEmpty() ? fair : wordings;
    }

    /**
     * True when the trainee asks what the buyer meant by the doubt it left open ("sorry what do you mean?", "proof
     * like what??"): what holds it back is said plainly.
     */
    private boolean asksWhatItMeant() {
        return memory.open().filter(open -> open.raisedAt < turn.index()).isPresent() && turn.sentences().stream()
                .anyMatch(s -> s.clause() != null && WHAT_MEANT.matcher(s.clause().normal()).find());
    }

    /** Presses its open concern when the trainee talked past it (and asked the buyer nothing). */
    private void pressOpenConcern() {
        BuyerMemory.Raised open = memory.open().orElse(null);
        if (open == null || open.raisedAt >= turn.index() || concern != null || !answers.isEmpty()
                || turn.has(Act.TRIAL_CLOSE)) {
            return;
        }
        if (open.concern == Concern.PRICE && turn.sentences().stream()
                .anyMatch(s -> s.has(Act.GIVEAWAY) && s.clause() != null && s.clause().price() != null)) {
            // a price cut is answered as one ("$18 is still more than it's worth to me"), not pressed over
            return;
        }
        open.presses++;
        boolean sympathyOnly = turn.has(Act.EMPATHY) && !turn.hasSubstance() && turn.sentences().stream()
                .allMatch(s -> s.intent() != null && (s.intent() == Intent.EMPATHY || s.intent().isCourtesy()));
        // a skeptic told about the guarantee again hears the same promise, and says so
        boolean guaranteeAgain = open.concern == Concern.TRUST && turn.sentences().stream()
                .anyMatch(s -> s.clause() != null && s.clause().guarantee());
        // a benefit that meets its need is heard, and the price is still the price: not "you haven't told me why"
        boolean benefitOnPrice = open.concern == Concern.PRICE && surely(Act.TIED_BENEFIT);
        // "sorry, why is it a bad time tho?" asks about the concern: what holds it back, not "spare me"
        boolean asksWhy = turn.sentences().stream().anyMatch(s -> s.clause() != null && s.clause().question()
                && !s.clause().surprised() && WHY.matcher(s.clause().normal()).find()) || asksWhatItMeant();
        concern = asksWhy ? voice.hesitation(open.concern)
                : sympathyOnly ? voice.say("empathyOnly")
                : guaranteeAgain ? voice.say("guaranteeAgain")
                : benefitOnPrice ? voice.onPrice("benefitPrice") : press(open);
        pressing = true;
    }

    /** One reaction to the strongest thing claimed or offered: pressure and giveaways always get one. */
    private void react() {
        if (noticeCutWithdrawn()) {
            // "ok forget it, full price then": the cut is gone, and the buyer notices ("$20, okay" would take it up)
            return;
        }
        boolean pushy = surely(Act.GIVEAWAY) || pushed();
        if (reaction != null || (!pushy || resolved != null) && (resolved != null || !answers.isEmpty())) {
            return;
        }
        if (surely(Act.GIVEAWAY) && turn.sentences().stream().anyMatch(s -> s.has(Act.GIVEAWAY) && s.clause() != null
                && (s.clause().invented() || s.clause().price() != null))) {
            // (a cut read from words that name none — "let me earn it instead" — is met with nothing)
            reaction = giveaway();
        } else if (pushed()) {
            reaction = voice.say("reactPressure");
        } else if (offered(Intent.PROOF) && !handedOver()) {
            // proof it is told about rather than handed ("here's how I'd look at it", a review) is evidence
            reaction = voice.say("reactEvidence");
            warm = true;
        } else if (offered(Intent.PROOF)) {
            warm = !memory.tried;
            reaction = memory.tried ? voice.say("reactProofAgain") : voice.triedIt("reactProof", shownFeatures());
            triesIt = !memory.tried;
        } else if (surely(Act.SUPERLATIVE)) {
            // "prove it" to a boast about a pen it has just tried would forget the try
            reaction = voice.say(memory.tried ? "reactSuperlativeTried" : "reactSuperlative");
        } else if (surely(Act.TIED_BENEFIT)) {
            reaction = voice.say("reactTied");
            warm = true;
        } else if (turn.sentences().stream().anyMatch(s -> s.has(Act.URGENCY)
                && s.buildsOn().stream().anyMatch(f -> f.topic() == Topic.TIMING))) {
            reaction = voice.say("reactUrgencyTied");
            warm = true;
        } else if (surely(Act.URGENCY)) {
            reaction = voice.say("reactOffer");
        } else if (turn.sentences().stream().anyMatch(s -> s.clause() != null && s.clause().price() != null
                && !pricesOthers(s))) {
            // a lower price said as if it were the price is a cut all the same: "$18 and I'll engrave it"
            Integer lower = lowerPriceSaid(false);
            reaction = lower != null ? giveaway(lower) : voice.say("reactPrice");
        } else if (surely(Act.EVIDENCE)) {
            reaction = voice.say("reactEvidence");
            warm = true;
        } else if (surely(Act.FEATURE)) {
            reaction = voice.say("reactFeature");
        } else if (surely(Act.BENEFIT)) {
            reaction = voice.say("reactGeneric");
        } else if (surely(Act.OFF_TOPIC) && !turn.hasSubstance()) {
            reaction = voice.say("offTopic");
        }
    }

    /**
     * When the trainee takes its cut back, the full price is the price again and the buyer says so ("Wait, a
     * minute ago it was $20."); the cut is remembered in case it is offered again. True when it was.
     */
    private boolean noticeCutWithdrawn() {
        if (!cutWithdrawn()) {
            return false;
        }
        String offered = "$" + memory.offeredPrice;
        memory.withdrawnPrice = memory.offeredPrice;
        memory.offeredPrice = null;
        withdrawn = voice.say("reactCutWithdrawn").stream().map(line -> line.replace("{offered}", offered)).toList();
        return true;
    }

    /**
     * True when the trainee, having cut the price, names the full price again and no lower figure: the cut
     * is taken back ("ok forget it, full price then").
     */
    private boolean cutWithdrawn() {
        if (memory.offeredPrice == null || lowerPriceSaid(false) != null) {
            return false;
        }
        // ("the full price, or $18 whatever, just take it" still offers the cut: every sum written counts, not one a part)
        List<Integer> named = new ArrayList<>();
        for (SentenceReading sentence : turn.sentences()) {
            Matcher sum = SUM.matcher(sentence.text().toLowerCase(Locale.ROOT));
            while (sum.find()) {
                named.add(Integer.parseInt(sum.group(1) != null ? sum.group(1) : sum.group(2)));
            }
        }
        return named.contains(productPrice) && named.stream().allMatch(amount -> amount >= productPrice
                || amount == product.refillPrice());
    }

    /**
     * What a buyer makes of a price cut or a freebie. Once it has said what it would spend, a cut that
     * meets it is taken (and ends a price objection, though it is no reason to want the pen) and one
     * that does not is still too much; a cut nobody asked for is doubted with its own number ("$20
     * now?"); anything else given away makes the pen look worth less.
     */
    private List<String> giveaway() {
        return giveaway(turn.sentences().stream().filter(s -> s.has(Act.GIVEAWAY) && s.clause() != null
                        && !REFUSES_CUT.matcher(s.clause().normal()).find())
                .map(s -> s.clause().price()).filter(amount -> amount != null && amount != productPrice)
                .findFirst().orElse(null));
    }

    private List<String> giveaway(Integer offered) {
        // ("All right, $20. Now give me a reason." asks for more: it comes after its answers)
        reactsToCut = true;
        if (offered != null && offered.equals(memory.offeredPrice)) {
            // the cut it already heard is nothing new: "still too much at $20" if it was, else nothing
            boolean over = offered > profile.budget() && (memory.told(Topic.BUDGET) > 0 || memory.open()
                    .filter(open -> open.concern == Concern.PRICE).isPresent());
            // (and one within its budget, said again, is agreed to: "Yes, $12 works.")
            return voice.say(over ? "reactDiscountShort" : "reactDiscountAgain").stream()
                    .map(line -> line.replace("{offered}", "$" + offered)).toList();
        }
        if (offered == null) {
            nothingOffered = true;
            return voice.say("reactGiveaway");
        }
        if (offered.equals(memory.withdrawnPrice)) {
            // "ugh ok $20 still stands" after taking the $20 back: the same cut again, not news
            memory.offeredPrice = offered;
            memory.withdrawnPrice = null;
            return voice.say("reactCutBack").stream().map(line -> line.replace("{offered}", "$" + offered)).toList();
        }
        memory.offeredPrice = offered;
        BuyerMemory.Raised price = memory.open().filter(open -> open.concern == Concern.PRICE).orElse(null);
        boolean budgetSaid = price != null || memory.told(Topic.BUDGET) > 0 || budgetNamed;
        String situation;
        if (budgetSaid && offered <= profile.budget()) {
            if (price != null) {
                // the price it objected to is gone: that objection is over, but a cut price is no reason to want it
                price.answeredAt = turn.index();
                if (pressing) {
                    concern = null;
                    pressing = false;
                }
            }
            situation = "reactDiscountTaken";
        } else if (budgetSaid) {
            situation = "reactDiscountShort";
        } else {
            situation = memory.priceKnown ? "reactPriceDrop" : "reactMadeUpPrice";
        }
        return voice.say(situation).stream().map(line -> line.replace("{offered}", "$" + offered)).toList();
    }

    /** The buyer's honest view when the trainee checks in ("would that help?"). */
    private void answerCheckIn() {
        // "how does your hand feel by the end?" before anything was offered checks nothing in, and
        // "10 bucks then, ya?" is a price cut, not a check-in
        // ("Glad it sounds useful." says it heard the buyer: only a question checks in)
        boolean checksIn = !whatIfs.isEmpty() || turn.sentences().stream().anyMatch(s -> s.has(Act.TRIAL_CLOSE)
                && s.clause() != null && s.clause().question() && !followUps.contains(s.text()));
        if (!checksIn || !memory.pitched || cutMet || toldWhatHoldsBack) {
            // (asked what is missing, its answer is its view: "the pushing puts me off", then no "that would help")
            return;
        }
        BuyerMemory.Raised open = memory.open().orElse(null);
        if (open != null && open.raisedAt == turn.index()) {
            return;
        }
        if (open != null && resolved == null && (!answers.isEmpty() || memory.pushingBack)) {
            // it has just said what holds it back, or pushed back on the answer it heard ("Is it worth it,
            // though?"): that is its view, not "Fine, but what about the value?" as if nothing was said
            return;
        }
        if (open != null && resolved == null) {
            concern = null;
            reaction = turn.has(Act.PRESSURE) || turn.has(Act.GIVEAWAY) ? reaction : null;
            // (a check-in after a whole message about the money is heard: "I hear you. That is still a lot for a
            // pen.", not "Fine, but what about the price?" as if nothing was said of it)
            boolean heardMoney = open.concern == Concern.PRICE
                    && turn.sentences().stream().anyMatch(ConcernAnswers::talksValue);
            checkIn = heardMoney ? voice.onPrice("heardPrice")
                    : !BuyerVoice.nameable(open.concern) ? voice.press(open.concern)
                    : voice.say("trialConcern").stream().map(line -> line.replace("{concern}",
                            voice.name(open.concern))).toList();
        } else if (triesIt && reaction != null) {
            // "you can hold it right now… how does it feel in your hand?": trying it is its answer ("Okay, give it
            // here. Oh, the grip is soft. That's comfortable."), not "I like the sound of that"
            return;
        } else {
            // (a what-if built on its own trouble — "would a pen that doesn't smudge help?" — is honestly a yes)
            boolean yes = memory.interest >= temperament.buyAt() - 10 || turn.has(Act.TIED_BENEFIT) || resolved != null
                    || whatIfs.stream().anyMatch(this::onItsTrouble);
            boolean pitchedNow = turn.has(Act.FEATURE) || turn.has(Act.BENEFIT) || turn.has(Act.TIED_BENEFIT)
                    || turn.has(Act.EVIDENCE) || !whatIfs.isEmpty();
            if (!answers.isEmpty() && !pitchedNow) {
                // "does the pretty pen do the job ok? any issues with it?" answered with its trouble: nothing was said
                // of this pen to like ("It smears… I like the sound of that." would praise its own complaint)
                return;
            }
            if (!yes && !answers.isEmpty()) {
                // "Finals next week. Too early to say." would take back the answer: the answer is enough
                return;
            }
            boolean compared = turn.sentences().stream().anyMatch(s -> s.has(Act.TRIAL_CLOSE) && s.clause() != null
                    && COMPARED.matcher(s.clause().normal()).find());
            // "how does that sound compared to what you use now?" is answered by the comparison
            checkIn = voice.say(yes && compared ? "trialCompared" : yes ? "trialYes" : "trialMaybe");
            checkInYes = yes;
            if (reaction != null && !turn.has(Act.PRESSURE) && !turn.has(Act.GIVEAWAY)) {
                reaction = null;
            }
        }
    }

    /**
     * Keeps improvised answers from piling up beside real ones: "Hard to say, it varies." goes when a real
     * answer was given, a rough figure when a real answer has a figure ("I go through a fineliner every two
     * or three weeks. Now and then."), and of several rough answers only the first is said.
     */
    /** True when a real answer with a figure answers the same question as the answer at {@code index}. */
    private boolean figureAnswers(int index) {
        int from = 0;
        int to = answers.size();
        for (int start : answerStarts) {
            if (start <= index) {
                from = start;
            } else {
                to = Math.min(to, start);
                break;
            }
        }
        return answers.subList(from, to).stream().anyMatch(part -> !vague(part) && part.size() == 1
                && HAS_FIGURE.matcher(part.get(0).toLowerCase(Locale.ROOT)).find());
    }

    private void pruneVague() {
        if (holdsBack != null && answers.contains(holdsBack)) {
            // "can I ask what you'd be weighing up? is it the price, or whether it holds up?" spells out one
            // question: what holds it back answers it, with no "It varies. A bit of both." after it
            answers.removeIf(part -> part != holdsBack && vague(part));
        }
        boolean real = answers.stream().anyMatch(part -> !vague(part));
        boolean kept = false;
        List<List<String>> dropped = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            List<String> part = answers.get(i);
            if (!vague(part)) {
                continue;
            }
            boolean open = part == voice.say("improviseOpen");
            boolean rough = ROUGH_FIGURES.stream().anyMatch(key -> part == voice.say(key));
            // (a pick or a yes-or-no answers a question of its own: only rough figures and "it varies" pile up)
            // (a figure in the answer to another question — "Two days gone." beside "how long are your sessions?" —
            // leaves the rough one standing: it answers something else)
            if (open && real || rough && figureAnswers(i) || (open || rough) && kept) {
                dropped.add(part);
            } else {
                kept |= open || rough;
            }
        }
        answers.removeIf(part -> dropped.stream().anyMatch(gone -> gone == part));
    }

    /** True when the answer is an improvised one (the wordings of an "improvise…" situation). */
    private boolean vague(List<String> part) {
        return VAGUE.stream().anyMatch(key -> part == voice.say(key));
    }

    /** True when a what-if builds on what the buyer said or names one of its needs. */
    private boolean onItsTrouble(SentenceReading whatIf) {
        Product.Need need = voice.needNamed(whatIf.clause().normal());
        return !whatIf.buildsOn().isEmpty() || need != null && profile.needs().contains(need.id());
    }

    /** "Never mind that.": a question beside the pitch that has nothing to do with the pen. */
    private void asideOffTopic() {
        boolean offTopicQuestion = turn.sentences().stream().anyMatch(s -> s.clause() != null && s.clause().question()
                && s.acts().getOrDefault(Act.OFF_TOPIC, 0.0) >= SURE_ASIDE);
        if (offTopicQuestion && turn.hasSubstance()) {
            aside = voice.say("offTopicAside");
        }
    }

    /** Raises the next concern on the buyer's mind once the pitch has gone on long enough without one. */
    private void raiseWhenDue() {
        // a concern just settled is the turn's news: the next one waits for the next turn (or an ask)
        if (cutMet || resolved != null || concern != null || !answers.isEmpty() || memory.open().isPresent() || memory.pending != null
                || memory.pitchTurns == 0 || memory.sinceConcern < temperament.concernGap()) {
            return;
        }
        Next next = nextUnanswered();
        if (next == null) {
            return;
        }
        if (next.concern() == Concern.PRICE && !memory.priceKnown) {
            concern = askPrice();
            askingPrice = true;
        } else {
            memory.raise(next.concern(), turn.index(), next.despite());
            concern = voice.raise(next.concern(), next.despite());
        }
    }

    /** A receptive buyer asks about the pen now and then, when nothing else is on its mind. */
    private void askAboutProduct() {
        if (temperament.tough() || scene.difficulty().ordinal() > 0 || concern != null || closing != null
                || checkIn != null
                || memory.pending != null || memory.open().isPresent() || memory.pitchTurns == 0
                || turn.index() % 3 != 1) {
            return;
        }
        voice.productQuestions().stream()
                .filter(q -> !memory.asked.contains(q.id())
                        && q.features().stream().noneMatch(memory.featuresHeard::contains))
                .findFirst().ifPresent(question -> {
                    memory.asked.add(question.id());
                    memory.pending = question.id();
                    closing = question.wordings();
                });
    }

    /** Speaks the parts in order; when no part was called for, small talk back, "go ahead", or a nudge. */
    private BuyerReply compose(Outcome decision) {
        // a cut offered in this very turn is the price it now talks about: "$19? Is it really worth $19?"
        slots.put("price", Integer.toString(priceTold()));
        for (List<String> part : parts()) {
            speech.add(part);
        }
        if (speech.isEmpty()) {
            filler();
        }
        return new BuyerReply(speech.text(), decision);
    }

    private List<List<String>> parts() {
        List<List<String>> parts = new ArrayList<>();
        if (warning != null) {
            parts.add(warning);
        }
        if (withdrawn != null) {
            parts.add(withdrawn);
        }
        if (resolved != null) {
            parts.add(resolved);
        }
        if (acknowledged != null) {
            parts.add(acknowledged);
        }
        // (rough answers alone go first: "Couldn't say. A few. That's one way to look at it.", not a stock
        // fragment tacked on after the reaction)
        int answersAt = !answers.isEmpty() && answers.stream().allMatch(this::vague) ? parts.size() + answers.size()
                : parts.size();
        parts.addAll(answers);
        if (aside != null && !sold) {
            parts.add(aside);
        }
        // (but a pitch built on its own trouble is heard before the price is asked: "That would matter to me. And
        // the price?", not a bare "And the price?" as if nothing was said)
        boolean heardThenAsksPrice = askingPrice && turn.has(Act.TIED_BENEFIT);
        boolean objects = concern != null && !heardThenAsksPrice || closing != null && !sold;
        boolean pushy = pushed() || turn.has(Act.GIVEAWAY) || cutMet || reactsToCut;
        // a turn that ends on a question about the buyer is answered, not praised: "They smudge." not
        // "They smudge. That sounds good for me."
        boolean endsAsking = !answers.isEmpty() && !turn.sentences().isEmpty()
                && turn.sentences().get(turn.sentences().size() - 1).topic() != null;
        // nor "Fine, noted." in front of an objection: the objection is the reaction
        boolean objecting = concern != null && !pressing && !heardThenAsksPrice;
        // a doubt or a protest cannot sit beside "I'll take it"
        if (sold && !warm) {
            reaction = null;
        }
        // ("I'd rather hear why it's worth it." to "u get a discount" says what the doubt raised with it says)
        if (reaction != null && !(nothingOffered && concern != null) && !(warm && objects && !triesIt)
                && !(pressing && !pushy && !triesIt)
                && !(warm && endsAsking && !triesIt) && !(objecting && !pushy && !triesIt)) {
            // what it thinks of what was said comes before its answers to what was asked, as people reply
            if (reactsToCut) {
                parts.add(reaction);
            } else {
                parts.add(answersAt, reaction);
                answersAt++;
            }
            memory.tried |= triesIt;
        }
        // "I'd find that useful" cannot sit beside a concern raised in the same breath
        // (a friendly buyer asking the price raises no concern: "That would help, honestly. And how much is it?")
        boolean asksPriceOnly = askingPrice && !temperament.tough();
        if (checkIn != null && resolved == null && !(checkInYes && concern != null && !asksPriceOnly)) {
            parts.add(checkIn);
        }
        // its push-back comes before its answers, unless the trainee ended on the question: that is
        // answered first ("Never counted. Fair enough, but the price still seems high to me.")
        if (concern != null) {
            volunteerCondition();
            int at = pushedBack && !endsAsking ? answersAt : parts.size();
            // after one of its answers, the doubt stands alone: "Enough to annoy me. Is it worth it, though?", not
            // "Enough to annoy me. That's one way to look at it. …", which reacts to its own answer
            boolean afterAnswer = answers.stream().mapToInt(answer -> indexOf(parts, answer))
                    .anyMatch(placed -> placed >= 0 && placed < at);
            if (afterAnswer) {
                concern = doubtOnly(concern);
            }
            parts.add(at, concern);
        }
        if (deferring != null && closing != null && reaction == null && resolved == null && answers.isEmpty()) {
            parts.add(deferring);
        }
        List<String> closingSaid = closing;
        if (deferring != null && closing != null && resolved != null && !sold) {
            // one doubt let go of and the next raised in the same breath are joined as people do: "Fine, that
            // puts it in perspective. Still, I could get a pack of ten for the price of this one."
            closingSaid = closing.stream().map(BuyerTurn::still).toList();
        }
        if (closing != null && sold && resolved != null) {
            // "Fine, I'll give you that. Deal, I'll take one.", not "… Alright. Deal, …": one "alright" is enough
            closingSaid = closing.stream().map(line -> {
                String rest = line.replaceFirst("^(?:Alright|All right|Okay|OK|Fine|Right|Good|Great)[.,!]\\s+", "");
                return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
            }).toList();
        }
        if (closingSaid != null) {
            parts.add(closingSaid);
        }
        // (the terms first: "…, with the free engraving? Your name on it, or initials?" asks the choice last)
        terms.forEach(key -> parts.add(voice.say(key)));
        if (!picks.isEmpty()) {
            parts.add(picks);
        }
        int settledAt = indexOf(parts, resolved);
        int lastAnswer = answers.stream().mapToInt(answer -> indexOf(parts, answer)).max().orElse(-1);
        if (openedOnQuestion && settledAt >= 0 && lastAnswer > settledAt) {
            // "what do u normally pay like 2 bucks? those cheap ones smudge…" is answered first, as it was asked:
            // "Hardly anything. Alright, that helps with the price.", not "… that helps with the price. Hardly anything."
            parts.remove(settledAt);
            parts.add(lastAnswer, resolved);
        }
        keepFew(parts, closingSaid);
        return parts;
    }

    /**
     * The third time in a row it would voice the same open doubt, it says instead what would settle it, once:
     * "Look, show me it'll outlast what I use now and I'll pay it." — a person stuck on a point says what would
     * move them, not "Is it worth it, though?" a fourth time.
     */
    private void volunteerCondition() {
        BuyerMemory.Raised open = memory.open().orElse(null);
        if (open == null || open.raisedAt >= turn.index() || sold || resolved != null) {
            return;
        }
        open.voiced++;
        if (open.voiced >= VOLUNTEER_AFTER && !open.conditionOffered) {
            open.conditionOffered = true;
            concern = voice.offerCondition(open.concern);
            memory.conditionSaid |= voice.key(open.concern).equals("PRICE_VALUE");
        }
    }

    /**
     * A doubt without the reaction it opens on ("Maybe. It's still … for a pen." → "It's still …"); lines that
     * open on none stay as they are.
     */
    static List<String> doubtOnly(List<String> doubt) {
        return doubt.stream().map(line -> {
            String[] sentences = line.split("(?<=[.!?])\\s+", 2);
            return sentences.length == 2 && REACTION_OPENER.matcher(sentences[0]).matches() ? sentences[1] : line;
        }).toList();
    }

    /** Where a part is in a reply, by identity (two parts may have the same wordings), or -1. */
    private static int indexOf(List<List<String>> parts, List<String> part) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) == part) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Leaves out the least pressing of what the buyer would add to its answers, so that a reply is at most
     * {@value #MAX_PARTS} parts and answers with no more than two remarks: a person answers, says where
     * they stand, and stops ("Fair, it's not a freebie. You got me. I'll take it." is one remark too many).
     */
    private void keepFew(List<List<String>> parts, List<String> closingSaid) {
        Map<List<String>, Integer> ranks = new IdentityHashMap<>();
        // what must be said first: a warning, a cut taken back, its answer to an ask, a cut or a try it reacts to
        rank(ranks, warning, 0);
        rank(ranks, withdrawn, 0);
        rank(ranks, closingSaid, 1);
        rank(ranks, reaction, reactsToCut && !nothingOffered || triesIt ? 1 : 5);
        rank(ranks, concern, 2);
        rank(ranks, resolved, 3);
        rank(ranks, checkIn, 4);
        rank(ranks, acknowledged, 5);
        rank(ranks, deferring, 6);
        rank(ranks, aside, 6);
        keepFew(parts, ranks);
    }

    /**
     * Leaves out of {@code parts} the remarks (the parts that have a rank, lower first) beyond the room its answers
     * (the parts without one) leave: at most {@value #MAX_REMARKS} remarks, at most {@value #MAX_PARTS} parts in all
     * unless the answers alone take more, and never fewer than one remark.
     */
    static void keepFew(List<List<String>> parts, Map<List<String>, Integer> ranks) {
        long answered = parts.stream().filter(part -> !ranks.containsKey(part)).count();
        long room = Math.min(MAX_REMARKS, Math.max(1, MAX_PARTS - answered));
        List<List<String>> remarks = parts.stream().filter(ranks::containsKey)
                .sorted(Comparator.comparing(ranks::get)).toList();
        if (remarks.size() > room) {
            Set<List<String>> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
            dropped.addAll(remarks.subList((int) room, remarks.size()));
            parts.removeIf(dropped::contains);
        }
    }

    private static void rank(Map<List<String>, Integer> ranks, List<String> part, int rank) {
        if (part != null) {
            ranks.merge(part, rank, Math::min);
        }
    }

    private void filler() {
        boolean courtesyOnly = turn.sentences().stream().allMatch(s -> s.clause() != null
                && s.intent().isCourtesy());
        boolean greeting = turn.sentences().stream().anyMatch(s -> s.intent() == Intent.SMALL_TALK
                && !s.clause().acknowledgement());
        if (courtesyOnly && greeting) {
            if (memory.smallTalks++ == 0) {
                speech.addExactly(profile.smallTalk().get((int) (BuyerCast.hash(scene.sessionId() + "small-talk")
                        % profile.smallTalk().size()))).add(voice.say("smallTalkFollow"));
            } else {
                speech.add(voice.say("smallTalkAgain")).add(voice.say("smallTalkFollow"));
            }
        } else if (courtesyOnly && turn.sentences().stream().anyMatch(s -> s.intent() == Intent.PREAMBLE)) {
            speech.add(voice.say("goAhead"));
        } else if (courtesyOnly || turn.has(Act.EMPATHY)) {
            speech.add(voice.say("acknowledged"));
        } else {
            speech.add(voice.say("listening"));
        }
    }

    /**
     * True when a part of the turn pushes and the buyer is sure of it ("last chance", "want it or not"):
     * "Rushing me is a mistake." to "we stand behind it", half-read as pressure, would accuse a calm seller.
     */
    private boolean pushed() {
        return turn.sentences().stream().anyMatch(s -> s.acts().getOrDefault(Act.PRESSURE, 0.0) >= BuyerMemory.SURE_PUSH);
    }

    /**
     * True when a part of the turn does this and the reading is sure: a buyer reacts to what it is
     * sure it heard, and only listens to the rest ("Go on.").
     */
    private boolean surely(Act act) {
        return turn.sentences().stream().anyMatch(s -> s.acts().getOrDefault(act, 0.0) >= SURE_TO_REACT);
    }

    /** The product features the turn's demonstration is about ("rub it with your thumb": the ink). */
    private Set<String> shownFeatures() {
        Set<String> shown = new LinkedHashSet<>();
        List<SentenceReading> proof = turn.sentences().stream().filter(s -> s.intent() == Intent.PROOF).toList();
        proof.forEach(s -> shown.addAll(s.features()));
        if (shown.isEmpty()) {
            // "rub your thumb over it, see if it smudges" names the trouble it tests, not the feature
            proof.stream().filter(s -> s.clause() != null).map(s -> voice.needNamed(s.clause().normal()))
                    .filter(Objects::nonNull).findFirst()
                    .ifPresent(need -> product.featuresFor(need.id()).forEach(feature -> shown.add(feature.id())));
        }
        return shown;
    }

    /** True when the turn hands the buyer the pen to try: proof, read surely, in words of trying it. */
    private boolean handedOver() {
        return turn.sentences().stream().anyMatch(s -> s.intent() == Intent.PROOF && !s.repeats()
                && s.confidence() >= SURE_TO_REACT && s.clause().handsOver());
    }

    private boolean offered(Intent intent) {
        return turn.sentences().stream().anyMatch(s -> s.intent() == intent && !s.repeats()
                && s.confidence() >= SURE_TO_REACT);
    }

    /** A doubt said after a concession: "Still, I could get…", unless it already turns on a "but" of its own. */
    static String still(String line) {
        if (line.matches("^(?:But|Still|Though|Even so|Then again|That said)\\b.*")) {
            return line;
        }
        boolean keepsCapital = line.matches("^(?:I\\b|I'|[^A-Za-z]).*") || line.length() > 1 && Character.isUpperCase(line.charAt(1));
        return "Still, " + (keepsCapital ? line : Character.toLowerCase(line.charAt(0)) + line.substring(1));
    }

    private static String capitalised(String line) {
        return line.isEmpty() ? line : Character.toUpperCase(line.charAt(0)) + line.substring(1);
    }

    /** The next concern due, and whether the trainee already spoke to it (a tough buyer's core concern stays). */
    private record Next(Concern concern, boolean despite) {
    }

    /**
     * The next concern on the agenda. One the trainee already answered is counted as handled — except
     * a tough buyer's first concern, which it still raises, saying it heard the answer, as it does for
     * one the trainee spoke to without settling it (a guarantee told to a skeptic).
     */
    private Next nextUnanswered() {
        Concern next = memory.nextConcern();
        while (next != null && memory.preempted(next)) {
            if (temperament.tough() && next == temperament.agenda().get(0)) {
                return new Next(next, true);
            }
            memory.preempt(next, turn.index());
            next = memory.nextConcern();
        }
        return next == null ? null : new Next(next, memory.spokenTo(next));
    }

    /** The price the buyer will pay: a cut the trainee offered, else the product's price. */
    private int priceTold() {
        return memory.offeredPrice != null ? memory.offeredPrice : productPrice;
    }

    private List<String> askPrice() {
        memory.pending = "price";
        memory.pendingPresses = 0;
        return voice.say("askPrice");
    }

    private Outcome refusal(String reason) {
        closing = noSale(reason);
        return Outcome.NO_SALE;
    }

    private BuyerReply refuse(String reason) {
        speech.add(noSale(reason));
        return new BuyerReply(speech.text(), Outcome.NO_SALE);
    }

    private List<String> noSale(String reason) {
        // each wording of the refusal carries one of the ways of saying why, so sessions differ in both
        List<String> reasons = voice.reasons(reason).stream().map(because -> reason.equals("openConcern")
                && memory.open().isPresent()
                // in its own words ("whether it really works"), not the scorecard's label
                ? because.replace("{concern}", voice.name(memory.open().get().concern)) : because).toList();
        List<String> wordings = voice.say("noSale");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < wordings.size(); i++) {
            lines.add(wordings.get(i).replace("{reason}", reasons.get(i % reasons.size())));
        }
        return lines;
    }
}

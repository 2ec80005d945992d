package net.sellmeapen.buyer;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/** The buyers a scripted session can meet; the session id picks one, so a session always meets the same. */
final class BuyerProfiles {

    private BuyerProfiles() {
    }

    static final List<BuyerProfile> ALL = List.of(
            profile("paralegal",
                    "I'm a paralegal at a busy law firm, mostly contracts and court filings.",
                    "All day. Notes on every client call, and I sign and initial forms by the dozen.",
                    "Whatever cheap ballpoint is in the supply cupboard.",
                    "They run dry halfway through a signature, usually in front of a client.",
                    "Reliability. I can't have a pen die on me in a meeting.",
                    "I don't spend much on pens. Maybe ten or fifteen dollars if it's really good.",
                    "We have a big contract signing with a new client on Friday.",
                    List.of("contract*", "law*", "legal", "filing*", "court"),
                    List.of("client*", "sign*", "initial*", "form*", "note*"),
                    List.of("dry", "run out", "runs out", "dies", "die", "skip*"),
                    List.of("friday", "signing")),
            profile("nursing student",
                    "I'm a nursing student in my final year.",
                    "I take pages of lecture notes and I'm on placement at the hospital, charting by hand.",
                    "A pack of gel pens from the supermarket.",
                    "They smudge on my notes and my hand cramps after an hour of writing.",
                    "Comfort, mainly. I write for hours.",
                    "I'm a student, so not much. Ten dollars is already a lot.",
                    "My final exams start next week.",
                    List.of("nurs*", "student*", "hospital", "placement", "patient*"),
                    List.of("lecture*", "note*", "chart*", "revision", "study*"),
                    List.of("smudg*", "cramp*", "hand", "ache*", "sore"),
                    List.of("exam*", "next week", "finals")),
            profile("architect",
                    "I'm an architect at a small practice.",
                    "Sketching ideas with clients and marking up drawings, a lot of it on site.",
                    "A fineliner and a mechanical pencil.",
                    "Fineliners dry out fast and bleed on tracing paper.",
                    "A crisp line and something that looks professional in front of clients.",
                    "I'd pay for quality. Thirty or forty dollars for the right tool.",
                    "I'm presenting a design to a big client on Thursday.",
                    List.of("architect*", "design*", "practice", "building*", "site"),
                    List.of("sketch*", "drawing*", "mark*", "client*", "line*"),
                    List.of("bleed*", "dry out", "dries out", "tracing"),
                    List.of("thursday", "present*", "presentation")),
            profile("sales rep",
                    "I sell medical equipment to hospitals. Lots of driving between appointments.",
                    "Order forms and notes in every meeting, and the customer signs with my pen.",
                    "Free pens from hotels and conferences.",
                    "They look cheap, and customers keep walking off with them.",
                    "Making a good impression. The pen is in the customer's hand when they sign.",
                    "Twenty dollars, maybe. It has to be worth it.",
                    "I have the biggest trade conference of the year next week.",
                    List.of("sales", "sell*", "hospital*", "equipment", "appointment*", "rep"),
                    List.of("order*", "customer*", "sign*", "meeting*", "form*"),
                    List.of("cheap", "hotel*", "walk off", "walking off", "free pen*"),
                    List.of("conference", "next week", "trade show")),
            profile("teacher",
                    "I teach English at a secondary school.",
                    "Marking. Dozens of essays every week, with comments in the margins.",
                    "Red ballpoints I buy in packs of twenty.",
                    "My hand aches after a pile of essays, and the cheap ones blot.",
                    "Something comfortable that lasts through a whole stack of marking.",
                    "Teachers pay for their own supplies, so I'm careful. Fifteen dollars at most.",
                    "Exam marking season starts at the end of the month.",
                    List.of("teach*", "school", "class*", "student*", "english"),
                    List.of("mark*", "essay*", "comment*", "margin*", "grading"),
                    List.of("ache*", "hand", "blot*", "cramp*", "sore"),
                    List.of("marking season", "end of the month", "exam*")),
            profile("chef",
                    "I'm head chef at a restaurant downtown.",
                    "Orders, prep lists and stock sheets, all in a hot, greasy kitchen.",
                    "Whatever biro is on the pass.",
                    "They melt near the grill, get greasy and vanish.",
                    "It has to survive the kitchen. Tough and easy to clip on my jacket.",
                    "I'm not spending fifty dollars on a kitchen pen. Maybe fifteen.",
                    "We're opening a second restaurant on Saturday.",
                    List.of("chef*", "restaurant*", "kitchen*", "cook*"),
                    List.of("order*", "prep", "stock", "list*", "sheet*"),
                    List.of("melt*", "grease", "greasy", "vanish*", "heat", "grill"),
                    List.of("saturday", "opening")),
            profile("journalist",
                    "I'm a reporter for the city newspaper.",
                    "Shorthand notes in interviews, standing up, often outside in the rain.",
                    "A cheap ballpoint and a notepad.",
                    "They stop writing in the cold and the rain, right in the middle of an interview.",
                    "That it writes every time, whatever the weather.",
                    "Maybe twenty dollars. Reporters aren't rich.",
                    "I'm covering the election count next Tuesday night.",
                    List.of("report*", "journalis*", "newspaper", "news", "story", "stories"),
                    List.of("shorthand", "interview*", "note*", "notepad", "quote*"),
                    List.of("rain", "cold", "wet", "stop writing", "stops writing", "weather"),
                    List.of("election", "tuesday")),
            profile("wedding planner",
                    "I run my own wedding planning business.",
                    "Checklists, contracts with venues, and a lot of thank-you cards.",
                    "A nice-looking pen I got as a gift, but it's scratchy.",
                    "The scratchy nib catches the paper and ruins cards.",
                    "Elegance. My clients notice details.",
                    "For the right pen, twenty-five dollars is fine.",
                    "I have a big wedding this Saturday with two hundred guests.",
                    List.of("wedding*", "planner", "planning", "business", "venue*", "bride*"),
                    List.of("checklist*", "card*", "contract*", "invitation*", "thank"),
                    List.of("scratch*", "catch*", "ruin*", "nib"),
                    List.of("saturday", "wedding", "this weekend")));

    /** The profile for a session: the same id always gives the same buyer. */
    static BuyerProfile forSession(String sessionId) {
        CRC32 crc = new CRC32();
        crc.update(sessionId.getBytes(StandardCharsets.UTF_8));
        return ALL.get((int) (crc.getValue() % ALL.size()));
    }

    private static BuyerProfile profile(String name, String work, String writing, String currentPen, String pain,
            String priorities, String budget, String timing, List<String> workWords, List<String> writingWords,
            List<String> painWords, List<String> timingWords) {
        Map<Topic, String> answers = new EnumMap<>(Topic.class);
        answers.put(Topic.WORK, work);
        answers.put(Topic.WRITING, writing);
        answers.put(Topic.CURRENT_PEN, currentPen);
        answers.put(Topic.PAIN, pain);
        answers.put(Topic.PRIORITIES, priorities);
        answers.put(Topic.BUDGET, budget);
        answers.put(Topic.TIMING, timing);
        Map<Topic, List<String>> keywords = new EnumMap<>(Topic.class);
        keywords.put(Topic.WORK, workWords);
        keywords.put(Topic.WRITING, writingWords);
        keywords.put(Topic.PAIN, painWords);
        keywords.put(Topic.CURRENT_PEN, painWords);
        keywords.put(Topic.PRIORITIES, writingWords);
        keywords.put(Topic.TIMING, timingWords);
        keywords.put(Topic.BUDGET, List.of());
        return new BuyerProfile(name, Map.copyOf(answers), Map.copyOf(keywords), timingWords);
    }
}

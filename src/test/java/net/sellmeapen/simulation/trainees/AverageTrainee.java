package net.sellmeapen.simulation.trainees;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import net.sellmeapen.simulation.trainees.ObjectionReplies.Answer;
import net.sellmeapen.simulation.trainees.ProductBrief.Highlight;

/** A well-meaning but uneven trainee: a question or two, a mostly generic pitch, early closes, patchy answers. */
final class AverageTrainee extends BaseTrainee {

    private static final List<String> GREETINGS = List.of("Hi! Sure.", "Okay, great!", "Hello! Happy to.",
            "Sure, let's go.", "Oh, okay!", "Hi there!", "Alright, sure.");
    private static final List<String> INTRO = List.of("So this is the {name}. It's {summary}.",
            "Let me tell you about the {name}: it's {summary}.", "Okay, so this is the {name} \u2014 {summary}.",
            "This pen is the {name}. Basically, it's {summary}.");
    private static final List<String> FEATURES = List.of("It has {f1}, {f2} and {f3}.",
            "You get {f1}, {f2} and {f3}.", "Features: {f1}, {f2}, and {f3}.");
    private static final List<String> BENEFIT = List.of("The {h} is great \u2014 {d}.",
            "I really like the {h}: {d}.", "Best bit is the {h} \u2014 {d}.");
    private static final List<String> TIE = List.of("And you mentioned {topic}, so the {h} should help with that.",
            "You mentioned {topic} \u2014 the {h} is good for that.", "Since {heard}, the {h} should help.");
    private static final List<String> CLOSE = List.of("So, would you like to buy one?", "Do you want one?",
            "Shall I get you one?", "How about it, want one?", "So, are you going to get one?",
            "Would you like to buy it today?");
    private static final List<String> GENERIC = List.of("I understand, but it's a really good pen.",
            "I get that, but honestly it's a great pen.", "Sure, but I really think you'd like it.",
            "I hear you, but it's really worth it.", "Okay, but it really is a quality pen.",
            "Yeah, I know, but it's honestly really nice to write with.", "Fair, but trust me, it's a very good pen.");
    private static final List<String> MORE = List.of("Anything else you'd like to know about it?",
            "What do you think?", "Do you have any questions?", "Does that sound good?");
    private static final List<String> EXTRA = List.of("Oh, and it has the {h2}.",
            "It also has the {h2} \u2014 {d2}.", "Another thing: the {h2}.");
    private static final List<String> THANKS = List.of("Great, thank you so much!", "Awesome, thanks! You'll love it.",
            "Yay, thank you!", "Perfect, thanks a lot!");
    private static final List<String> GOODBYE = List.of("Oh, okay. Thanks anyway!",
            "Okay, no worries. Thanks for your time.", "Alright. Thanks for listening!");

    private static final List<String> LEAVE = List.of("Okay, well, let me know if you change your mind!",
            "Alright, I'll leave it with you. Thanks!", "Okay. Well, it was nice talking to you!");

    private final List<Topic> plan = new ArrayList<>();
    private final int maxCloses;
    private int askedCount;
    private boolean pitched;
    private int closes;

    AverageTrainee(ProductBrief brief, Phrases phrases, Voice voice, String description) {
        super(brief, phrases, voice, description, 25);
        List<Topic> pool = new ArrayList<>(List.of(Topic.WORK, Topic.HOW_WRITE, Topic.CURRENT_PEN, Topic.BOTHERS));
        Collections.shuffle(pool, phrases.random());
        plan.addAll(pool.subList(0, phrases.between(1, 2)));
        maxCloses = phrases.between(2, 3);
    }

    @Override
    protected Message respond(BuyerLine line) {
        Message m = new Message();
        if (line.objection() != null) {
            return objection(line, m);
        }
        if (line.ask() != null) {
            String said = Answers.answer(line.ask(), line.question(), vars(), phrases, facts, mentioned, false);
            m.say(said).plain(said);
            if (pitched && closes < maxCloses && phrases.chance(0.4)) {
                return close(m);
            }
            return m.maybe(phrases.pick(MORE));
        }
        if (line.opening()) {
            m.say(phrases.pick(GREETINGS));
            return ask(m);
        }
        if (askedCount < plan.size()) {
            m.say(phrases.pick(Questions.ACK_PLAIN));
            return ask(m);
        }
        if (!pitched) {
            return pitch(m);
        }
        if (closes < maxCloses) {
            if (line.warm()) {
                m.say(phrases.pick(List.of("Great!", "Awesome!", "Cool!")));
            } else if (phrases.chance(0.5)) {
                extra(m);
            }
            return close(m);
        }
        if (NeedMatcher.others(facts.highlights, mentioned).isEmpty()) {
            return m.say(phrases.pick(LEAVE)).farewell();
        }
        return extra(m).say(phrases.pick(MORE));
    }

    private Message ask(Message m) {
        Topic t = plan.get(askedCount++);
        asking = t;
        return m.say(phrases.pick(Questions.about(t, memory.pen != null))).plain(Questions.plain(t));
    }

    private Message pitch(Message m) {
        pitched = true;
        Map<String, String> v = vars();
        m.say(phrases.pick(INTRO, v));
        List<Highlight> shuffled = new ArrayList<>(facts.highlights);
        Collections.shuffle(shuffled, phrases.random());
        if (shuffled.size() >= 3) {
            for (int i = 0; i < 3; i++) {
                v.put("f" + (i + 1), ProductFacts.name(shuffled.get(i)));
            }
            m.maybe(phrases.pick(FEATURES, v));
        }
        if (!shuffled.isEmpty()) {
            putHighlight(v, "", shuffled.get(0));
            mentioned.add(shuffled.get(0));
            m.maybe(phrases.pick(BENEFIT, v));
        }
        List<Pair> pairs = pairs();
        if (!pairs.isEmpty() && phrases.chance(0.5)) {
            heard(v, pairs.get(0).need());
            putHighlight(v, "", pairs.get(0).highlight());
            mentioned.add(pairs.get(0).highlight());
            m.say(phrases.pick(TIE, v));
        }
        return close(m);
    }

    private Message close(Message m) {
        closes++;
        pitched = true;
        return m.say(phrases.pick(CLOSE)).plain("I mean: do you want to buy one, for " + facts.get("price") + "?");
    }

    private Message extra(Message m) {
        List<Highlight> rest = NeedMatcher.others(facts.highlights, mentioned);
        if (!rest.isEmpty()) {
            Map<String, String> v = vars();
            putHighlight(v, "2", rest.get(0));
            mentioned.add(rest.get(0));
            m.say(phrases.pick(EXTRA, v));
        }
        return m;
    }

    private Message objection(BuyerLine line, Message m) {
        var o = line.objection();
        Answer a = phrases.chance(0.5) ? ObjectionReplies.fresh(o, 1, vars(), phrases) : null;
        if (a != null) {
            m.say(a.text()).plain(a.text());
            if (a.asks() != null) {
                asking = a.asks();
            }
        } else {
            m.say(phrases.pick(GENERIC)).plain("I think it is a good pen and worth the money.");
        }
        if (pitched && closes < maxCloses && (a == null || a.asks() == null) && phrases.chance(0.5)) {
            return close(m);
        }
        return m;
    }

    @Override
    protected Message thanks() {
        return new Message().say(phrases.pick(THANKS)).farewell();
    }

    @Override
    protected Message goodbye() {
        return new Message().say(phrases.pick(GOODBYE)).farewell();
    }
}

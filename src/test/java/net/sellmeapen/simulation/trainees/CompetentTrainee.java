package net.sellmeapen.simulation.trainees;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.sellmeapen.simulation.trainees.BuyerLine.Ask;
import net.sellmeapen.simulation.trainees.BuyerLine.Objection;
import net.sellmeapen.simulation.trainees.ObjectionReplies.Answer;

/** A trainee who sells like a good rep: asks first, listens, ties the pen to the buyer's words, and closes. */
final class CompetentTrainee extends BaseTrainee {

    private static final List<String> BRIDGE = List.of("So I can tell whether it's worth it for you:",
            "Let me ask one thing so I show you the right part:", "And so I know what matters to you:");
    private static final List<String> IMPATIENT = List.of("just tell me", "get to the point", "get on with it",
            "just sell", "enough questions", "stop asking", "why all the questions", "so many questions",
            "just show me", "what's the pen");
    private static final int MAX_CLOSES = 6;
    private static final int MAX_PROBES = 3;

    private final List<Topic> plan;
    private final Set<Topic> asked = EnumSet.noneOf(Topic.class);
    private boolean pitched;
    private boolean tried;
    private boolean closedLast;
    private int closes;
    private int probes;

    CompetentTrainee(ProductBrief brief, Phrases phrases, Voice voice, String description) {
        super(brief, phrases, voice, description, 25);
        this.plan = plan(phrases);
    }

    /** Two to four discovery topics; complaints are always among them because the pitch is built on them. */
    private static List<Topic> plan(Phrases p) {
        int n = p.between(2, 4);
        List<Topic> out = new ArrayList<>();
        Topic start = p.chance(0.5) ? Topic.WORK : Topic.HOW_WRITE;
        out.add(start);
        if (n >= 3) {
            out.add(p.chance(0.6) ? Topic.CURRENT_PEN : start == Topic.WORK ? Topic.HOW_WRITE : Topic.WORK);
        }
        out.add(Topic.BOTHERS);
        if (n >= 4) {
            out.add(1 + p.random().nextInt(out.size()), p.chance(0.5) ? Topic.TIMING : Topic.MATTERS);
        }
        return out;
    }

    @Override
    protected Message respond(BuyerLine line) {
        boolean wasClose = closedLast;
        closedLast = false;
        if (line.objection() != null) {
            return objection(line);
        }
        if (line.ask() != null) {
            return answer(line);
        }
        return advance(line, wasClose);
    }

    private List<Topic> remaining() {
        List<Topic> out = new ArrayList<>();
        for (Topic t : plan) {
            if (!asked.contains(t) && !memory.answered.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private Message advance(BuyerLine line, boolean afterClose) {
        Message m = new Message();
        boolean impatient = Words.has(line.normalized(), IMPATIENT);
        if (line.opening() && !impatient) {
            m.say(phrases.pick(CompetentPhrases.GREETINGS)).maybe(phrases.pick(CompetentPhrases.BEFORE));
            discover(m);
            return m;
        }
        if (!pitched && !impatient && !remaining().isEmpty()) {
            acknowledge(m);
            discover(m);
            return m;
        }
        if (!pitched) {
            return pitch();
        }
        if (closes >= MAX_CLOSES && !line.warm() && memory.newNeed == null) {
            return new Message().say(phrases.pick(CompetentPhrases.LEAVE, vars())).farewell();
        }
        // A "maybe" straight after asking for the sale gets a question, not the same ask again.
        if (afterClose && !line.warm() && memory.newNeed == null && probes < MAX_PROBES) {
            probes++;
            asking = Topic.MATTERS;
            return m.say(phrases.pick(CompetentPhrases.PROBE)).plain(Questions.plain(Topic.MATTERS));
        }
        Map<String, String> v = vars();
        if (afterClose && line.warm()) {
            closes++;
            closedLast = true;
            return m.say(phrases.pick(CompetentPhrases.CONFIRM, v)).plain(CompetentPhrases.plainClose(facts.get("price")));
        }
        if (line.warm() || tried) {
            m.say(phrases.pick(CompetentPhrases.WARM));
        }
        tried = false;
        tieNext(m, v);
        return close(m, v, false);
    }

    private void discover(Message m) {
        List<Topic> left = remaining();
        Topic a = left.get(0);
        asking = a;
        if (left.size() >= 2 && phrases.chance(0.4)) {
            Topic b = left.get(1);
            List<String> both = Questions.pair(a, b);
            if (!both.isEmpty()) {
                asked.add(a);
                asked.add(b);
                m.say(phrases.pick(both)).plain(Questions.plain(a) + " " + Questions.plain(b));
                return;
            }
        }
        asked.add(a);
        m.say(question(a)).plain(Questions.plain(a));
    }

    private String question(Topic t) {
        boolean penKnown = memory.pen != null || asked.contains(Topic.CURRENT_PEN) && t != Topic.CURRENT_PEN;
        return phrases.pick(Questions.about(t, penKnown));
    }

    private void acknowledge(Message m) {
        Map<String, String> v = vars();
        if (memory.newNeed != null && memory.newNeed.pain()) {
            m.say(phrases.pick(Questions.ACK_PAIN));
        } else if (memory.newWork != null && Words.count(memory.newWork) <= 8) {
            m.say(phrases.pick(Questions.ACK_WORK, v));
        } else if (memory.newEvent != null && Words.count(memory.newEvent) <= 10) {
            m.say(phrases.pick(Questions.ACK_EVENT, v));
        } else if (memory.newPen != null && Words.count(memory.newPen) <= 10) {
            m.say(phrases.pick(Questions.ACK_PEN, v));
        } else {
            m.say(phrases.pick(Questions.ACK_PLAIN));
        }
    }

    /** Leads with the highlight for the buyer's main need and checks in; further needs are tied in later messages. */
    private Message pitch() {
        Message m = new Message();
        if (memory.newNeed != null && memory.newNeed.pain()) {
            m.maybe(phrases.pick(Questions.ACK_PAIN));
        }
        Map<String, String> v = vars();
        List<Pair> pairs = pairs();
        String lead = null;
        if (!pairs.isEmpty()) {
            heard(v, pairs.get(0).need());
            putHighlight(v, "", pairs.get(0).highlight());
            lead = phrases.pick(CompetentPhrases.TIES, v);
            mentioned.add(pairs.get(0).highlight());
        }
        if (lead == null) {
            var h = leadHighlight();
            if (h != null) {
                putHighlight(v, "", h);
                mentioned.add(h);
            }
            lead = phrases.pick(CompetentPhrases.UNTIED, v);
        }
        m.say(lead);
        if (pairs.size() < 2) {
            NeedMatcher.others(facts.highlights, mentioned).stream().findFirst().ifPresent(second -> {
                putHighlight(v, "2", second);
                m.maybe(phrases.pick(CompetentPhrases.SECOND_SHORT, v));
            });
        }
        m.say(phrases.pick(CompetentPhrases.TRIAL, v));
        pitched = true;
        return m.plain("It's " + facts.get("summary") + ". Would that help you?");
    }

    /** Ties the next need not yet answered to its highlight, the newest thing the buyer said first. */
    private void tieNext(Message m, Map<String, String> v) {
        List<Pair> candidates = new ArrayList<>();
        if (memory.newNeed != null) {
            // Something the buyer has just brought up gets answered even if that highlight came up before.
            var h = NeedMatcher.best(memory.newNeed.sentence(), facts.highlights, Set.of());
            if (h != null) {
                candidates.add(new Pair(memory.newNeed, h));
            }
        }
        for (Pair p : pairs()) {
            if (!mentioned.contains(p.highlight())) {
                candidates.add(p);
            }
        }
        for (Pair p : candidates) {
            heard(v, p.need());
            putHighlight(v, "", p.highlight());
            String tie = phrases.pick(CompetentPhrases.TIES, v);
            if (tie != null) {
                mentioned.add(p.highlight());
                m.say(tie);
                return;
            }
        }
    }

    private Message close(Message m, Map<String, String> v, boolean afterObjection) {
        List<String> asks = closes == 0 ? CompetentPhrases.CLOSE
                : afterObjection ? CompetentPhrases.RECLOSE : CompetentPhrases.CLOSE_AGAIN;
        m.say(phrases.pick(asks, v));
        closes++;
        closedLast = true;
        return m.plain(CompetentPhrases.plainClose(facts.get("price")));
    }

    private Message answer(BuyerLine line) {
        Map<String, String> v = vars();
        Message m = new Message();
        Topic pending = lastAsked() != null && !memory.answered.contains(lastAsked()) ? lastAsked() : null;
        if (line.ask() == Ask.WHY) {
            m.say(Answers.answer(Ask.WHY, line.question(), v, phrases, facts, mentioned, true));
            if (pending != null) {
                asking = pending;
                return m.say(Questions.plain(pending)).plain(Questions.plain(pending));
            }
            return m;
        }
        String said = Answers.answer(line.ask(), line.question(), v, phrases, facts, mentioned, true);
        m.say(said).plain(said);
        if (!pitched && pending != null) {
            asking = pending;
            String q = question(pending);
            if (Words.count(said) + Words.count(q) > 44) {
                return m.say(Questions.plain(pending));
            }
            v.put("q", Words.lowerFirst(q));
            return m.say(phrases.pick(CompetentPhrases.REASK, v));
        }
        if (!pitched && !remaining().isEmpty()) {
            m.maybe(phrases.pick(BRIDGE));
            discover(m);
            return m;
        }
        if (!pitched) {
            return m.say(phrases.pick(CompetentPhrases.OFFER_PITCH));
        }
        return close(m, v, false);
    }

    private Message objection(BuyerLine line) {
        Objection o = line.objection();
        Map<String, String> v = vars();
        Answer a = ObjectionReplies.fresh(o, memory.times(o), v, phrases);
        Message m = new Message();
        tried = false;
        if (a == null) {
            return m.say(phrases.pick(ObjectionReplies.LET_GO, v)).plain(CompetentPhrases.plainClose(facts.get("price")));
        }
        String plain = Phrases.fill(ObjectionReplies.plain(o), v);
        m.say(a.text()).plain(plain != null ? plain : a.text());
        if (a.asks() != null) {
            asking = a.asks();
            asked.add(a.asks());
        }
        if (o == Objection.DOUBT && !a.close()) {
            tried = true;
            return m.say(phrases.pick(CompetentPhrases.AFTER_TRY));
        }
        if (a.close()) {
            close(m, v, true);
        }
        return m;
    }

    @Override
    protected Message thanks() {
        return new Message().say(phrases.pick(CompetentPhrases.THANKS)).farewell();
    }

    @Override
    protected Message goodbye() {
        return new Message().say(phrases.pick(CompetentPhrases.GOODBYE)).farewell();
    }
}

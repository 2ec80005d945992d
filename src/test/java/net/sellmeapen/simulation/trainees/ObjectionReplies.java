package net.sellmeapen.simulation.trainees;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.sellmeapen.simulation.trainees.BuyerLine.Objection;

/** Substantive answers to each kind of objection, first time and when the buyer presses it again. */
final class ObjectionReplies {

    /** One wording: whether the sale should be asked for after it, and what it asks the buyer about, if anything. */
    record Reply(String template, boolean close, Topic asks) {}

    /** The chosen answer, filled in. */
    record Answer(String text, boolean close, Topic asks) {}

    // Wordings that use what the buyer said come first, the rarer facts (budget, event, pen) before the rest.
    private static final List<List<String>> TIERS = List.of(List.of("budget", "event", "pen"),
            List.of("heard", "topic"));

    static final List<String> LET_GO = List.of(
            "I understand. No pressure \u2014 if you change your mind, it's {price} until {ends}.",
            "Fair enough, I won't push it any further. Thanks for hearing me out.",
            "Okay. If it's not for you, that's fine \u2014 thanks for your time.",
            "Understood. The offer's there if you want it: {offer}.");

    private ObjectionReplies() {
    }

    static List<Reply> first(Objection o) {
        return switch (o) {
            case PRICE -> List.of(
                    c("Fair \u2014 {price} is more than a throwaway pen. But one cartridge lasts {lasts}, so that's {perMonth}, and refills are {refill}."),
                    c("I get it. Think of it as {perDay}: one cartridge lasts {lasts}, then it's a {refill} refill instead of a new pen."),
                    c("Understood. It's {price} once, then {refill} refills, and {promise}. {Heard} \u2014 this fixes that."),
                    c("You said your budget is about {budget}. It's {price}, but you won't buy another pen: refills are {refill}, and {promise}."),
                    c("That's fair. {price} is the launch price until {ends}, then it's {regular}. And refills are {refill}, so {refillPerMonth} to keep it going."));
            case HAS_PEN -> List.of(
                    c("Sure \u2014 {pen}. But {heard}. That's the difference: {tie}."),
                    c("Most people do. The question is whether it does the job: {heard}. Compare that with {tie}."),
                    c("I'm not saying your pen is bad. But {heard}: {tie}."),
                    q("Fair enough \u2014 what's the one thing you'd change about it if you could?", Topic.BOTHERS),
                    q("Most people have one. Does yours ever let you down?", Topic.BOTHERS));
            case NO_NEED -> List.of(
                    c("Fair enough. Still, {heard}, and that's exactly what the {h} fixes: {d}."),
                    c("Even if it's only a few signatures a week, {heard}. It's {perDay} to stop that."),
                    q("Fair. When you do pick up a pen \u2014 forms, notes, signatures \u2014 what do you use?", Topic.CURRENT_PEN),
                    q("Understood. What do you still end up writing by hand, even if it's not much?", Topic.HOW_WRITE));
            case DOUBT -> List.of(
                    q("Don't take my word for it \u2014 here, try it on this pad. And if it ever lets you down: {guarantee}."),
                    q("Fair, I'd be sceptical too. Have a go right now \u2014 sign your name a couple of times. It's backed by the guarantee: {guarantee}."),
                    q("Good \u2014 you should check. Write something here and see. And if it ever lets you down: {guarantee}."));
            case TIMING -> List.of(
                    c("I'll be quick. You said {event} \u2014 you'd have it in time for that. It's {price} until {ends}."),
                    c("Totally understand. In short: {tie}. It's {price} until {ends}, and it takes a minute."),
                    c("No problem, thirty seconds: it's {price} until {ends}, then {regular}, and {promise}."));
            case CHEAPER -> List.of(
                    c("You can, and they work until they run dry or break. This is {price} once, refills are {refill}, and {promise}."),
                    c("Cheaper today, sure. But {heard} \u2014 that's what cheap pens do. This is {price}, refills {refill}, and it's guaranteed."),
                    c("A free pen costs nothing until it fails halfway through something important. This one is {perMonth}, and {promise}."));
            case NOT_INTERESTED -> List.of(
                    q("Fair enough. Before I go \u2014 {heard}. {Tie}. Wouldn't that help?"),
                    q("That's fair. Can I ask what you usually write with, and whether it ever lets you down?", Topic.CURRENT_PEN),
                    q("No problem. Out of curiosity, what do you write most in a normal day?", Topic.HOW_WRITE));
            case THINK -> List.of(
                    q("Of course. Can I ask what you'd be thinking over \u2014 the price, or whether it really fixes {topic}?"),
                    q("Sure. What's holding you back? If it's something I can answer now, I'd rather do that."),
                    q("Take your time. Is it the price, or something else?"));
            case APPROVAL -> List.of(
                    q("Makes sense. What would {approver} want to see? I can give you the price, refill cost and guarantee in writing."),
                    q("Of course. For {approver}: {price} each, refills {refill}, and the guarantee is {guarantee}. Would that be enough for them?"),
                    q("Sure. Is it the price {approver} would look at, or whether it's worth it?"));
        };
    }

    static List<Reply> pressed(Objection o) {
        return switch (o) {
            case PRICE -> List.of(
                    c("Look at it over time: how many cheap pens do you get through in a year? This is {price} once, then {refill} a refill, and {promise}."),
                    c("Over the guarantee it works out at {overGuarantee}, and {promise}. {Heard} \u2014 that's worth fixing, isn't it?"),
                    c("I won't pretend it's cheap. It's {perDay} for a pen that fixes what you told me about: {topic}."),
                    c("I can't change the price, but it's {perMonth}, and it's guaranteed: {guarantee}."));
            case HAS_PEN -> List.of(
                    c("Keep it as a spare, then. Use this one where it counts \u2014 {tie}."),
                    q("I'm not asking you to bin it. Is fixing {topic} worth {perDay} to you?"),
                    c("Fair. Then think of this as the upgrade for the writing that matters: {tie}."));
            case NO_NEED -> List.of(
                    q("That's fair, and I won't push. If you ever want one pen you can trust, it's {price} and {promise}."),
                    c("Then one good pen is all you need \u2014 refills are {refill}, so you won't have to buy another."));
            case DOUBT -> List.of(
                    c("You don't have to take my word on {topic}. The guarantee covers it: {guarantee}."),
                    c("Then don't trust me, trust the guarantee: {guarantee}. You lose nothing by trying it."),
                    c("Fair. Write with it for a minute here, then tell me I'm wrong. And if it ever lets you down: {guarantee}."),
                    c("That's why the guarantee is there: {guarantee}. Try the {h} yourself and hold me to it."));
            case TIMING -> List.of(
                    q("Understood. So it's quick later: {offer}. Want me to put one aside for you?"),
                    c("No worries. Since {event}, it'd be worth having before then \u2014 it's a one-minute purchase."),
                    q("Of course. It's {price} until {ends}; after that {regular}. No pressure either way."));
            case CHEAPER -> List.of(
                    c("Add up a year of cheap pens and it's not far off {price} \u2014 and you'd still have {topic}."),
                    c("Free pens are free for a reason. Spend {price} once, {refill} a refill, and stop thinking about pens."),
                    c("If a cheap pen really does everything you need, fair enough. If {topic} bugs you, this is the fix, for {perDay}."));
            case NOT_INTERESTED -> List.of(
                    q("Okay, I won't push. If {topic} ever gets to you, it's {price} and {promise}."),
                    q("Understood \u2014 thanks for hearing me out. One last thing: {offer}."));
            case THINK -> List.of(
                    q("Fair. So you have it all: {price} until {ends}, refills {refill}, and {guarantee}. Anything missing?"),
                    q("Understood. The risk is small: {promise}. Shall I put one aside for you?"),
                    q("Sure. Just so you know, {offer}. Would it help to try it once more before you decide?"));
            case APPROVAL -> List.of(
                    q("Shall I write it all down for {approver} \u2014 {price}, refills {refill}, and the guarantee? Then it's a quick yes or no."),
                    q("Understood. {Offer}, so there's time to check with {approver}. Shall I put one aside for you?"));
        };
    }

    /**
     * A fresh answer, preferring the first-time or pressed wordings as the count says and ones that use what the
     * buyer told us; null once every wording has been used.
     */
    static Answer fresh(Objection o, int times, Map<String, String> vars, Phrases phrases) {
        List<Reply> preferred = times <= 1 ? first(o) : pressed(o);
        List<Reply> fallback = times <= 1 ? pressed(o) : first(o);
        for (List<Reply> replies : List.of(preferred, fallback)) {
            for (List<String> tier : TIERS) {
                Answer a = choose(replies, vars, phrases, tier);
                if (a != null) {
                    return a;
                }
            }
            Answer a = choose(replies, vars, phrases, null);
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    /** A plainer way to say the gist of an answer to this objection, for when the buyer asks what was meant. */
    static String plain(Objection o) {
        return switch (o) {
            case PRICE -> "It is {price}. It lasts a long time, refills are only {refill}, and it is guaranteed.";
            case HAS_PEN -> "You can keep your pen. This one fixes the problem you told me about.";
            case NO_NEED -> "Even if you only write a little, this pen makes that writing easier.";
            case DOUBT -> "Please try it yourself and see. And it has a guarantee.";
            case TIMING -> "It only takes a minute, and the price is {price} until {ends}.";
            case CHEAPER -> "Cheap pens cost less today, but this one lasts and it is guaranteed.";
            case NOT_INTERESTED -> "I think it could help with what you told me about.";
            case THINK -> "What is stopping you from deciding today?";
            case APPROVAL -> "What does {approver} need to know to say yes?";
        };
    }

    private static Answer choose(List<Reply> replies, Map<String, String> vars, Phrases phrases, List<String> tier) {
        List<String> templates = new ArrayList<>();
        for (Reply r : replies) {
            if (tier == null || Phrases.uses(r.template(), tier.toArray(String[]::new))) {
                templates.add(r.template());
            }
        }
        Phrases.Picked p = phrases.fresh(templates, vars);
        if (p == null) {
            return null;
        }
        for (Reply r : replies) {
            if (r.template().equals(p.template())) {
                return new Answer(p.text(), r.close(), r.asks());
            }
        }
        return null;
    }

    private static Reply c(String template) {
        return new Reply(template, true, null);
    }

    private static Reply q(String template) {
        return new Reply(template, false, null);
    }

    private static Reply q(String template, Topic asks) {
        return new Reply(template, false, asks);
    }
}

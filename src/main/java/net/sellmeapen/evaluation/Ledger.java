package net.sellmeapen.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps a category's points as the rule finds them: each kind of credit or cost has a cap, each
 * entry quotes the sentence behind it; what one sentence earned and cost is shown as one entry.
 */
final class Ledger {

    private final Map<String, Integer> byKind = new HashMap<>();
    private final List<Evidence> evidence = new ArrayList<>();
    private final Map<String, Integer> quoted = new HashMap<>();
    private int points;

    /** Adds points (negative for a cost) of a kind, up to the cap for that kind; returns what counted. */
    int add(String kind, int amount, int cap, Scoring.Said said) {
        return add(kind, amount, cap, said.seq(), said.sentence().text());
    }

    int add(String kind, int amount, int cap, int turn, String quote) {
        int before = byKind.getOrDefault(kind, 0);
        int after = amount >= 0 ? Math.min(cap, before + amount) : Math.max(-cap, before + amount);
        int counted = after - before;
        byKind.put(kind, after);
        points += counted;
        String key = turn + ":" + quote;
        Integer at = quoted.get(key);
        if (at != null) {
            int total = evidence.get(at).points() + counted;
            evidence.set(at, new Evidence(turn, quote, total < 0 ? Evidence.COST : Evidence.EARNED, total));
        } else if (counted != 0 || amount == 0) {
            quoted.put(key, evidence.size());
            evidence.add(new Evidence(turn, quote, amount < 0 ? Evidence.COST : Evidence.EARNED, counted));
        }
        return counted;
    }

    /** Notes a sentence that earned or cost nothing by itself but explains the score (e.g. an unanswered reply). */
    void note(Scoring.Said said, String mark) {
        String key = said.seq() + ":" + said.sentence().text();
        if (!quoted.containsKey(key)) {
            quoted.put(key, evidence.size());
            evidence.add(new Evidence(said.seq(), said.sentence().text(), mark, 0));
        }
    }

    /** Points of one kind so far. */
    int of(String kind) {
        return byKind.getOrDefault(kind, 0);
    }

    int points() {
        return points;
    }

    /** The evidence, costs first then credits, each in conversation order; at most {@code limit}. */
    List<Evidence> evidence(int limit) {
        List<Evidence> ordered = new ArrayList<>(evidence.stream().filter(e -> e.points() < 0).toList());
        ordered.addAll(evidence.stream().filter(e -> e.points() >= 0).toList());
        return List.copyOf(ordered.subList(0, Math.min(limit, ordered.size())));
    }
}

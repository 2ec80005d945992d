package net.sellmeapen.simulation.trainees;

import java.util.Locale;
import java.util.Objects;
import java.util.Random;

/** Creates simulated sales trainees of a given skill, each for one session. */
public final class SimulatedTrainees {

    private SimulatedTrainees() {
    }

    /** A fresh trainee for one session; the same arguments always give the same messages for the same buyer lines. */
    public static SimulatedTrainee create(Skill skill, ProductBrief brief, long seed) {
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(brief, "brief");
        Random random = new Random(mix(seed * 31 + skill.ordinal()));
        TypingStyle style = TypingStyle.values()[random.nextInt(TypingStyle.values().length)];
        Voice voice = new Voice(style, random);
        Phrases phrases = new Phrases(random, skill == Skill.POOR);
        String description = skill.name().toLowerCase(Locale.ROOT) + ", " + style.label + ", seed " + seed;
        return switch (skill) {
            case COMPETENT -> new CompetentTrainee(brief, phrases, voice, description);
            case AVERAGE -> new AverageTrainee(brief, phrases, voice, description);
            case POOR -> new PoorTrainee(brief, phrases, voice, description);
        };
    }

    // java.util.Random gives nearly the same first numbers for neighbouring seeds, so seeds 1, 2, 3 would all
    // pick the same typing style; scrambling the seed first (SplitMix64's finaliser) spreads them out.
    private static long mix(long seed) {
        long z = seed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

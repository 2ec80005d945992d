package net.sellmeapen.simulation.trainees;

/** One simulated trainee in one session. */
public interface SimulatedTrainee {

    /** The next message in reply to the buyer's line (the first call gets the buyer's opening), or null to leave. */
    String reply(String buyerLine);

    /** Who this is, for reports, e.g. "competent, terse typer, seed 7". */
    String describe();
}

/**
 * Simulated sales trainees for the "Sell Me A Pen" test harness: competent, average and poor sellers, each with a
 * seeded typing style, who read the buyer's lines by their words, remember what the buyer told them and answer with
 * varied wording built only from the product brief. The package was written without sight of the buyer's code, so
 * the trainees rely only on what a real trainee could see: the brief and the buyer's messages.
 */
package net.sellmeapen.simulation.trainees;

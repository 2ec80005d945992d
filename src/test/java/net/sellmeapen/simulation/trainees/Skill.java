package net.sellmeapen.simulation.trainees;

/** How good a simulated trainee is at selling, as a sales trainer would grade them. */
public enum Skill { COMPETENT, AVERAGE, POOR }

package net.sellmeapen.simulation.trainees;

/** Things a trainee can ask the buyer about before pitching. */
enum Topic { WORK, HOW_WRITE, CURRENT_PEN, BOTHERS, MATTERS, TIMING }

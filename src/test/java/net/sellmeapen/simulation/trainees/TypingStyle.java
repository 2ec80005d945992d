package net.sellmeapen.simulation.trainees;

/** How a simulated trainee types, independent of how well they sell. */
enum TypingStyle {
    STANDARD("standard typer"),
    TERSE("terse typer"),
    CHATTY("chatty typer"),
    NON_NATIVE("non-native English");

    final String label;

    TypingStyle(String label) {
        this.label = label;
    }
}

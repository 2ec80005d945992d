package net.sellmeapen.conversation.analysis;

/** What one turn of the conversation does, for whoever said it. */
public sealed interface TurnReading permits TraineeTurnReading, BuyerTurnReading {

    /** Index of the turn in the conversation, from 0. */
    int index();

    String text();
}

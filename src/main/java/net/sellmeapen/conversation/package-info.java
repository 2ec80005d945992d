/**
 * The conversation core every feature speaks: who said what ({@link net.sellmeapen.conversation.Turn},
 * {@link net.sellmeapen.conversation.Speaker}), how hard the buyer is
 * ({@link net.sellmeapen.conversation.Difficulty}), how it ended
 * ({@link net.sellmeapen.conversation.Outcome}), and transcripts in the seed's text form or as a
 * list, parsed and rendered by {@link net.sellmeapen.conversation.Transcripts}. Depends on no other
 * package of the project.
 */
package net.sellmeapen.conversation;

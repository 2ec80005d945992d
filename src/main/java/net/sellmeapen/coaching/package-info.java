/**
 * Coaching on top of the conversation analysis: the built-in {@code ModelSeller} that shows what a
 * strong pitch looks like.
 */
package net.sellmeapen.coaching;

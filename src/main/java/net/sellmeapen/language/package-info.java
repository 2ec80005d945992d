/**
 * Reading a sales conversation: whole-word phrase matching over normalised text and the shared
 * vocabulary of questions, features, benefits, urgency, objections and closes that both the
 * rubric evaluator and the scripted buyer listen for.
 */
package net.sellmeapen.language;

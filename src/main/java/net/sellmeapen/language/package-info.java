/**
 * Reading language: whole-word phrase matching over normalised text ({@code Phrases}), splitting
 * into sentences ({@code Sentences}) and what a sentence means as a vector ({@code SentenceEmbeddings},
 * an in-process sentence model). Depends on no feature.
 */
package net.sellmeapen.language;

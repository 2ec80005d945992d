/**
 * Talking to any OpenAI-compatible chat-completions endpoint ({@code ChatClient}), shared by the
 * LLM evaluator and the LLM text buyer, and the per-trainee {@code CallBudget} that caps model calls.
 * Depends on no feature.
 */
package net.sellmeapen.llm;

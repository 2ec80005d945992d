/**
 * Talking to any OpenAI-compatible chat-completions endpoint, shared by the LLM evaluator and the
 * LLM text buyer.
 */
package net.sellmeapen.llm;

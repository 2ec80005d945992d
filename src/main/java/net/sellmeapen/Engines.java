package net.sellmeapen;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import net.sellmeapen.buyer.Buyer;
import net.sellmeapen.buyer.BuyerPersona;
import net.sellmeapen.buyer.LlmBuyer;
import net.sellmeapen.buyer.ScriptedBuyer;
import net.sellmeapen.conversation.Product;
import net.sellmeapen.conversation.analysis.ConversationAnalyzer;
import net.sellmeapen.evaluation.Evaluator;
import net.sellmeapen.evaluation.LlmEvaluator;
import net.sellmeapen.evaluation.RubricEvaluator;
import net.sellmeapen.llm.CallBudget;
import net.sellmeapen.llm.ChatClient;
import net.sellmeapen.security.Secrets;

/**
 * The buyer and evaluator the configuration asks for, offline or over an OpenAI-compatible endpoint,
 * and the offline ones (the model pitch always plays offline).
 */
record Engines(Buyer buyer, Evaluator evaluator, ScriptedBuyer scripted, RubricEvaluator rubric, CallBudget budget,
        String description) {

    private static final Duration MAX_RETRY_WAIT = Duration.ofSeconds(5);

    static Engines from(Config config, Secrets secrets, ObjectMapper mapper, Clock clock,
            ConversationAnalyzer analyzer, Product product, BuyerPersona persona) {
        ChatClient client = new ChatClient(mapper, config.openAiBaseUrl(), config.openAiApiKey(),
                Duration.ofSeconds(config.llmTimeoutSeconds()), MAX_RETRY_WAIT, config.llmMaxConcurrent(), secrets);
        RubricEvaluator rubric = new RubricEvaluator(analyzer, product);
        ScriptedBuyer scripted = new ScriptedBuyer(analyzer, product);
        Buyer buyer = config.llmBuyer() ? new LlmBuyer(client, mapper, config.buyerModel(), persona, scripted,
                analyzer)
                : scripted;
        Evaluator evaluator = config.llmEvaluator()
                ? new LlmEvaluator(client, mapper, config.evalModel(), rubric, analyzer) : rubric;
        CallBudget budget = config.llmBuyer() || config.llmEvaluator()
                ? new CallBudget(config.llmCallsPerMinute(), clock) : CallBudget.unlimited();
        String endpoint = " (" + Secrets.forLog(config.openAiBaseUrl()) + ")";
        String description = "buyer: " + (config.llmBuyer() ? "llm " + config.buyerModel() + endpoint : "scripted")
                + ", evaluator: " + (config.llmEvaluator() ? "llm " + config.evalModel() + endpoint
                        + " with rubric fallback" : "rubric")
                + ", voice: " + (config.voiceAvailable() ? config.realtimeModel() : "unavailable (no OPENAI_API_KEY)");
        return new Engines(buyer, evaluator, scripted, rubric, budget, description);
    }
}

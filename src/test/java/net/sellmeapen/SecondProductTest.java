package net.sellmeapen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sellmeapen.buyer.ScriptedBuyer;
import net.sellmeapen.coaching.ModelSeller;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.Outcome;
import net.sellmeapen.conversation.Product;
import net.sellmeapen.conversation.Source;
import net.sellmeapen.conversation.analysis.ConversationAnalyzer;
import net.sellmeapen.evaluation.Attempt;
import net.sellmeapen.evaluation.RubricEvaluator;
import net.sellmeapen.evaluation.SalesEvaluation;
import org.junit.jupiter.api.Test;

/**
 * Another product is another file: the engines sell a fountain pen described only by
 * {@code src/test/resources/products/verso-fountain.json}, quoting its price, its offer and its facts,
 * and no Java source of the product names a fact of the shipped pen.
 */
class SecondProductTest {

    private static final Product VERSO = Product.load("/products/verso-fountain.json");
    private static final ConversationAnalyzer ANALYZER = new ConversationAnalyzer(TestApp.EMBEDDINGS, VERSO);
    private static final ScriptedBuyer BUYER = new ScriptedBuyer(ANALYZER, VERSO);

    @Test
    void the_brief_the_buyer_and_the_scorecard_speak_of_the_second_product() {
        assertThat(VERSO.brief().name()).isEqualTo("Verso Fountain");
        assertThat(VERSO.brief().offers().get(0).ends()).isEqualTo("Sunday");
        for (int i = 0; i < 6; i++) {
            Offline.Played played = Offline.play(BUYER, "verso-" + i, Difficulty.MEDIUM, List.of(
                    "What do you do for a living?", "Shall I put one aside for you?", "It's $45."));
            assertThat(played.buyerLines().get(2)).as(played.transcript()).doesNotContain("$");
            assertThat(String.join(" ", played.buyerLines())).as(played.transcript()).doesNotContain("$24")
                    .doesNotContain("$29");
            assertThat(played.buyerLines().get(3)).as(played.transcript()).contains("$45");
        }
    }

    @Test
    void the_model_seller_and_the_scorecard_use_the_second_products_facts() {
        ModelSeller seller = new ModelSeller(VERSO);
        RubricEvaluator rubric = new RubricEvaluator(ANALYZER, VERSO);
        Offline.Played played = Offline.play(BUYER, "verso-model", Difficulty.MEDIUM,
                turns -> seller.next(ANALYZER.analyse(turns)), 16);
        String said = String.join(" ", played.traineeLines());
        assertThat(said).as(played.transcript()).contains("$45").contains("steel nib").doesNotContain("$24")
                .doesNotContain("Linea");
        SalesEvaluation card = rubric.evaluate(new Attempt(played.turns(), Difficulty.MEDIUM,
                played.outcome() == null ? Outcome.NO_SALE : played.outcome(), Source.SERVER_RECORDED));
        assertThat(card.toString()).doesNotContain("Linea").doesNotContain("$24");
    }

    @Test
    void no_java_source_names_a_fact_of_the_shipped_pen() throws IOException {
        Product shipped = Offline.PRODUCT;
        List<String> facts = Stream.concat(Stream.of(shipped.name(), "$" + shipped.price(), "$" + shipped.regularPrice(),
                shipped.guarantee()),
                shipped.features().stream().flatMap(feature -> feature.facts().stream())).toList();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                assertThat(facts).as(source.toString()).noneMatch(code::contains);
            }
        }
    }
}

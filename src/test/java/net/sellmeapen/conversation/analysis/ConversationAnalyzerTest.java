package net.sellmeapen.conversation.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import net.sellmeapen.Offline;
import net.sellmeapen.conversation.Speaker;
import net.sellmeapen.conversation.Turn;
import net.sellmeapen.language.SentenceEmbeddings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ConversationAnalyzerTest {

    /** Alternating turns, buyer first. */
    private static ConversationAnalysis analyse(String... lines) {
        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            turns.add(new Turn(i + 1, i % 2 == 0 ? Speaker.BUYER : Speaker.TRAINEE, lines[i], Instant.EPOCH));
        }
        return Offline.ANALYZER.analyse(turns);
    }

    private static SentenceReading sentence(ConversationAnalysis analysis, int turn, int sentence) {
        return ((TraineeTurnReading) analysis.reading(turn)).sentences().get(sentence);
    }

    @Test
    void the_buyers_answers_to_questions_are_facts_never_concerns() {
        ConversationAnalysis analysis = analyse("Sell me this pen.",
                "What would you usually spend on a pen?", "Twenty-five dollars is fine.",
                "What do you write with now?", "A pack of gel pens from the supermarket.");
        assertThat(analysis.concerns()).isEmpty();
        assertThat(analysis.facts()).extracting(BuyerFact::topic).containsExactly(Topic.BUDGET, Topic.CURRENT_PEN);
    }

    @Test
    void asked_what_holds_it_back_the_buyers_answer_is_its_concern() {
        ConversationAnalysis analysis = analyse("Sell me this pen.",
                "This one dries in under a second, so your notes never smudge. What's holding you back?",
                "Honestly, $24 is a lot of money for a pen.");
        assertThat(analysis.concerns()).extracting(ConcernEpisode::concern).containsExactly(Concern.PRICE);
    }

    @Test
    void the_opening_line_reveals_nothing() {
        ConversationAnalysis analysis = analyse("I'm a busy surgeon and I hate cheap pens. Sell me this pen.",
                "As a surgeon you'll love this pen.");
        assertThat(analysis.facts()).isEmpty();
        assertThat(sentence(analysis, 1, 0).buildsOn()).isEmpty();
    }

    @Test
    void a_drill_opening_tells_facts_and_its_pushback_is_a_concern_but_its_pleasantries_are_neither() {
        List<Turn> turns = List.of(new Turn(1, Speaker.BUYER, "Here's my situation. I teach English at a secondary"
                + " school. I like the pen, honestly. $24 for a pen? I usually pay a couple of dollars.", Instant.EPOCH),
                new Turn(2, Speaker.TRAINEE, "I hear you.", Instant.EPOCH));
        ConversationAnalysis analysis = Offline.ANALYZER.analyseDrill(turns);
        assertThat(analysis.facts()).extracting(BuyerFact::text).containsExactly("I teach English at a secondary school.");
        assertThat(analysis.concerns()).extracting(ConcernEpisode::concern).containsExactly(Concern.PRICE);
    }

    @Test
    void being_in_no_hurry_is_not_agreeing_to_buy() {
        ConversationAnalysis analysis = analyse("Sell me this pen.", "Shall I wrap one up for you?",
                "I'm in no hurry, so why should I buy it now and not next month?");
        assertThat(((BuyerTurnReading) analysis.reading(2)).signals()).doesNotContain(Signal.AGREEMENT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "What I love about this pen is the grip.|false",
        "When you sign a contract, the ink is dry at once.|false",
        "What do you write most during the day?|true",
        "Tell me about the pen you use now.|true",
        "Do you take notes in meetings?|true"})
    void statements_that_start_like_questions_are_statements(String text, boolean question) {
        SentenceReading reading = sentence(analyse("Sell me this pen.", text), 1, 0);
        assertThat(reading.has(Act.OPEN_QUESTION) || reading.has(Act.CLOSED_QUESTION)).as(text).isEqualTo(question);
    }

    @Test
    void an_insult_phrased_as_a_question_is_rude_not_discovery() {
        SentenceReading reading = sentence(analyse("Sell me this pen.", "Are you always this slow to decide?"), 1, 0);
        assertThat(reading.has(Act.RUDE)).isTrue();
        assertThat(reading.has(Act.OPEN_QUESTION) || reading.has(Act.CLOSED_QUESTION)).isFalse();
    }

    @Test
    void a_statement_only_guessed_to_be_a_close_asks_for_nothing_but_a_plain_ask_does() {
        SentenceReading guessed = sentence(analyse("Sell me this pen.", "you'd get it in writing with the receipt."), 1, 0);
        assertThat(guessed.intent()).as("the reading this guards against").isEqualTo(Intent.CLOSE);
        assertThat(guessed.has(Act.ASK) || guessed.has(Act.ASSUMPTIVE_CLOSE)).isFalse();
        assertThat(sentence(analyse("Sell me this pen.", "Shall I put one through for you?"), 1, 0).has(Act.ASK)).isTrue();
        assertThat(sentence(analyse("Sell me this pen.", "I'll put one in a box for you."), 1, 0)
                .has(Act.ASSUMPTIVE_CLOSE)).isTrue();
        assertThat(sentence(analyse("Sell me this pen.", "so $24, ill ring u up now before the price goes up"), 1, 0)
                .has(Act.ASSUMPTIVE_CLOSE)).isTrue();
        assertThat(sentence(analyse("Sell me this pen.", "just get one its only 24"), 1, 0).has(Act.ASK)).isTrue();
        // a close left for the buyer to take up later asks for nothing now
        SentenceReading later = sentence(analyse("Sell me this pen.",
                "And if you decide sooner just let me know and ill get it engraved for you"), 1, 0);
        assertThat(later.intent()).as("the reading this guards against").isEqualTo(Intent.CLOSE);
        assertThat(later.has(Act.ASK) || later.has(Act.ASSUMPTIVE_CLOSE)).isFalse();
    }

    @Test
    void a_scene_set_then_asked_about_is_a_question_though_a_dash_cuts_its_question_mark_off() {
        SentenceReading asked = sentence(analyse("Sell me this pen.", "When a pen dies halfway through a checklist,"
                + " what does that actually cost you \u2014 do you have to redo the sheet, climb back down?"), 1, 0);
        assertThat(asked.topic()).isEqualTo(Topic.PAIN);
        assertThat(sentence(analyse("Sell me this pen.", "When you sign, the ink is dry at once."), 1, 0).topic())
                .isNull();
    }

    @Test
    void the_buyers_own_trouble_played_back_is_not_an_insult() {
        ConversationAnalysis analysis = analyse("Sell me this pen.", "What do you write most?",
                "Comments on pupils' work. By the end of a pile my hand aches and the pupils struggle to read my"
                        + " comments.",
                "Your comments stay legible for the pupils further into the pile.",
                "Go on.",
                "But look at what the biros are costing you: an aching wrist every evening and comments the pupils"
                        + " struggle to read.");
        assertThat(sentence(analysis, 3, 0).has(Act.RUDE)).isFalse();
        assertThat(sentence(analysis, 5, 0).has(Act.RUDE)).isFalse();
        // words that insult stay an insult, however much of the buyer's trouble they take up
        ConversationAnalysis insult = analyse("Sell me this pen.", "What do you write most?",
                "Comments on pupils' work. By the end of a pile my hand aches.",
                "Stop whining about your aching hand and buy the pen.");
        assertThat(sentence(insult, 3, 0).has(Act.RUDE)).isTrue();
    }

    @Test
    void stock_phrases_answer_no_concern_and_a_real_answer_does_however_it_is_worded() {
        String[] start = {"Sell me this pen.", "This pen has quick-dry gel ink.", "Pens are cheap. Why would I pay more for this one?"};
        ConversationAnalysis stock = analyse(start[0], start[1], start[2],
                "I understand. It's guaranteed. Would you like to buy it?");
        assertThat(stock.openConcerns()).extracting(ConcernEpisode::concern).containsExactly(Concern.PRICE);
        for (String answer : List.of(
                "It's 24 dollars, but one refill lasts six months, so over a year it costs less than the packs you buy.",
                "Fair. Work it out per month: four bucks of ink every half year, instead of a new box every few weeks.",
                "Cheap ones die mid-signature; this one is guaranteed for two years, so the money isn't wasted.")) {
            ConversationAnalysis real = analyse(start[0], start[1], start[2], answer);
            assertThat(real.openConcerns()).as(answer).isEmpty();
            assertThat(real.concerns().get(0).answeredAt()).isEqualTo(3);
        }
    }

    @Test
    void unsupported_superlatives_are_flagged_and_backed_claims_are_evidence() {
        ConversationAnalysis analysis = analyse("Sell me this pen.", "It's the best pen in the world.",
                "Okay.", "The ink dries in under a second, so it never smudges.");
        assertThat(sentence(analysis, 1, 0).has(Act.SUPERLATIVE)).isTrue();
        assertThat(sentence(analysis, 3, 0).has(Act.SUPERLATIVE)).isFalse();
        assertThat(sentence(analysis, 3, 0).has(Act.EVIDENCE)).isTrue();
    }

    @Test
    void near_duplicate_turns_are_noted_and_count_once() {
        ConversationAnalysis analysis = analyse("Sell me this pen.", "Shall we get you one today?", "No.",
                "Shall we get you one today?", "Still no.", "Shall we get one for you today?");
        List<TraineeTurnReading> trainee = analysis.traineeTurns();
        assertThat(trainee.get(0).isRepeat()).isFalse();
        assertThat(trainee.get(1).isRepeat()).isTrue();
        assertThat(trainee.get(2).isRepeat()).isTrue();
    }

    @Test
    void another_language_and_nonsense_are_recognised() {
        ConversationAnalysis analysis = analyse("Sell me this pen.", "Este bolígrafo es el mejor del mundo, cómpralo hoy.",
                "What?", "asdf qwer zxcv plmk tyui", "Sorry?", "Das ist ein sehr guter Kugelschreiber für Sie.");
        assertThat(analysis.traineeTurns()).extracting(turn -> turn.acts())
                .containsExactly(java.util.Set.of(Act.NOT_ENGLISH), java.util.Set.of(Act.NONSENSE),
                        java.util.Set.of(Act.NOT_ENGLISH));
    }

    @Test
    void typed_boasts_and_pushes_are_read_surely_enough_to_count_toward_the_hard_sell() {
        ConversationAnalysis analysis = analyse("Sell me this pen.",
                "so this is Linea One, honestly the smoothest most premium pen out there.", "Go on.",
                "cmon just take it", "Hm.", "so u gotta grab it now", "Hm.", "so u getting one or what", "Hm.",
                "linea one, best gel pen on the market, $24.", "Hm.", "its worth it trust me", "Hm.",
                "its a good deal trust me");
        for (TraineeTurnReading turn : analysis.traineeTurns()) {
            assertThat(turn.sentences()).as(turn.text()).anySatisfy(sentence -> assertThat(
                    Math.max(sentence.acts().getOrDefault(Act.SUPERLATIVE, 0.0), sentence.acts().getOrDefault(Act.PRESSURE,
                            0.0))).isGreaterThanOrEqualTo(0.85)); // BuyerMemory.SURE_PUSH
        }
    }

    @Test
    void terse_english_is_english() {
        ConversationAnalysis analysis = analyse("Sell me this pen.", "Feature three: aluminium barrel, balanced.",
                "And?", "Soft wide grip. Metal clip.");
        assertThat(analysis.traineeTurns()).allSatisfy(turn -> assertThat(turn.acts())
                .doesNotContain(Act.NONSENSE, Act.NOT_ENGLISH).contains(Act.FEATURE));
    }

    @Test
    void a_benefit_built_on_what_the_buyer_said_is_tied_and_fake_personalisation_is_not() {
        ConversationAnalysis analysis = analyse("Sell me this pen.", "What bothers you about your pens?",
                "They smudge all over my lecture notes.", "Like you said, this pen is made for you.",
                "Hm.", "The ink dries in under a second, so your lecture notes stay clean.");
        assertThat(sentence(analysis, 3, 0).has(Act.TIED_BENEFIT)).isFalse();
        assertThat(sentence(analysis, 5, 0).has(Act.TIED_BENEFIT)).isTrue();
    }

    @Test
    void the_same_turns_always_give_the_same_analysis() {
        String[] lines = {"Sell me this pen.", "What do you do?", "I'm a chef.", "It dries fast. Want one?"};
        assertThat(analyse(lines)).isEqualTo(analyse(lines));
    }

    @Test
    void each_part_of_a_message_is_embedded_once_however_often_the_conversation_is_read() {
        SentenceEmbeddings embeddings = new SentenceEmbeddings(4_096);
        ConversationAnalyzer analyzer = new ConversationAnalyzer(embeddings, Offline.PRODUCT);
        analyzer.warmUp();
        long before = embeddings.computed();
        List<Turn> turns = List.of(new Turn(1, Speaker.BUYER, "Go on then, sell me this pen.", Instant.EPOCH),
                new Turn(2, Speaker.TRAINEE, "Before I say anything about the pen, what do you do for work, "
                        + "and what do you write with?", Instant.EPOCH),
                new Turn(3, Speaker.BUYER, "I'm a nurse. Cheap biros, mostly.", Instant.EPOCH));
        ConversationAnalysis first = analyzer.analyse(turns);
        int parts = first.traineeTurns().get(0).sentences().size();
        assertThat(parts).isEqualTo(3);
        assertThat(embeddings.computed() - before).as("three parts and the two sentences of the buyer's answer, each"
                + " once; the opening line is not read").isEqualTo(parts + 2);
        long afterFirst = embeddings.computed();
        analyzer.analyse(turns);
        analyzer.analyse(turns);
        assertThat(embeddings.computed()).as("read again at every reply, embedded never again").isEqualTo(afterFirst);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"It's $24 at launch.|24", "only 24 dollar|24", "twenty-four bucks, that's it|24",
            "You can have it at 24.|24", "24$ launch price|24", "ok 20 then.|20", "I'll let you have it for 20|20",
            "Refills last 6 months.|", "It writes 2 km of lines.|", "i said its $5 off|", "its already 5 bucks off|"})
    void a_sum_of_money_is_read_however_it_is_written(String text, Integer price) {
        assertThat(Offline.ANALYZER.readMessage(text).stream().map(ClauseReading::price)
                .filter(Objects::nonNull).findFirst().orElse(null)).as(text).isEqualTo(price);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"and what do you usually write with right now?|ASK_CURRENT_PEN",
            "what do u even use pens for|ASK_WRITING", "Which pen are you signing with these days?|ASK_CURRENT_PEN",
            "Two?|PREAMBLE", "or more?|PREAMBLE", "Quick question|PREAMBLE"})
    void what_a_pen_is_written_with_is_the_pen_and_a_bare_option_only_narrows_a_question(String text, Intent intent) {
        assertThat(Offline.ANALYZER.readMessage(text)).extracting(ClauseReading::intent).as(text).containsExactly(intent);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"10 bucks??", "busy??", "what freebie?!", "expensive??"})
    void an_echo_in_surprise_is_not_a_question_about_the_buyer(String text) {
        assertThat(Offline.ANALYZER.readMessage(text)).as(text).noneMatch(part -> part.intent().asksAboutBuyer());
    }

    @Test
    void a_recap_of_the_buyers_words_asks_nothing_a_bare_buy_it_asks_for_the_sale_and_an_asking_lead_in_asks() {
        ConversationAnalysis analysis = analyse("Sell me this pen.", "What do you do for a living?", "I teach.",
                "For marking, sure, any pen will do. But you told me yourself the job is bigger than that: you sign "
                        + "reports for parents.", "Hm.",
                "ok whatever u want it or no", "Hm.", "buy it", "Hm.",
                "Can I ask what you do, and whether you write much in a day?");
        assertThat(sentence(analysis, 3, 1).topic()).isNull();
        assertThat(((TraineeTurnReading) analysis.reading(5)).sentences())
                .anySatisfy(part -> assertThat(part.acts().getOrDefault(Act.PRESSURE, 0.0)).isGreaterThanOrEqualTo(0.85));
        assertThat(sentence(analysis, 7, 0).has(Act.ASK)).isTrue();
        assertThat(((TraineeTurnReading) analysis.reading(9)).sentences())
                .extracting(SentenceReading::topic).containsExactly(Topic.WORK, Topic.WRITING);
    }

    @Test
    void not_asking_to_be_trusted_is_no_boast() {
        ConversationAnalysis analysis = analyse("Sell me this pen.", "You don't have to trust me, try it yourself.");
        assertThat(((TraineeTurnReading) analysis.reading(1)).sentences())
                .noneMatch(sentence -> sentence.has(Act.SUPERLATIVE));
    }

    @Test
    void naming_the_product_asks_for_nothing() {
        assertThat(Offline.ANALYZER.readMessage("So this is the Linea One.")).extracting(ClauseReading::intent)
                .doesNotContain(Intent.CLOSE);
        assertThat(Offline.ANALYZER.readMessage("Here it is, yours for $24.")).extracting(ClauseReading::intent)
                .containsExactly(Intent.CLOSE);
    }
}

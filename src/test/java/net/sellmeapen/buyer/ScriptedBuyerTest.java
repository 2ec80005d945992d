package net.sellmeapen.buyer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import net.sellmeapen.Offline;
import net.sellmeapen.Offline.Played;
import net.sellmeapen.coaching.ModelSeller;
import net.sellmeapen.conversation.Category;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.Outcome;
import net.sellmeapen.conversation.Product;
import net.sellmeapen.conversation.Speaker;
import net.sellmeapen.conversation.Turn;
import net.sellmeapen.conversation.analysis.Act;
import net.sellmeapen.conversation.analysis.ClauseReading;
import net.sellmeapen.conversation.analysis.Concern;
import net.sellmeapen.conversation.analysis.ConversationAnalysis;
import net.sellmeapen.conversation.analysis.Intent;
import net.sellmeapen.conversation.analysis.SentenceReading;
import net.sellmeapen.conversation.analysis.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ScriptedBuyerTest {

    private static final int SESSIONS = 12;
    private static final ScriptedBuyer BUYER = Offline.BUYER;
    /** A story of the buyer's trouble that counts how often it happens ("I go through one every two weeks"). */
    private static final Pattern HOW_OFTEN = Pattern.compile("\\bevery\\b|\\ba (?:day|week)\\b");
    private static final ModelSeller SELLER = new ModelSeller(Offline.PRODUCT);

    private static Played modelPitch(String sessionId, Difficulty difficulty) {
        return Offline.play(sessionId, difficulty, turns -> SELLER.next(Offline.ANALYZER.analyse(turns)), 16);
    }

    @ParameterizedTest
    @EnumSource(Difficulty.class)
    void the_textbook_question_first_pitch_wins_at_every_difficulty(Difficulty difficulty) {
        for (int i = 0; i < SESSIONS; i++) {
            Played played = modelPitch("textbook-" + difficulty + "-" + i, difficulty);
            assertThat(played.outcome()).as(played.transcript()).isEqualTo(Outcome.SALE);
        }
    }

    @ParameterizedTest
    @EnumSource(Difficulty.class)
    void every_sale_leaves_no_concern_open_and_no_sentence_is_said_twice(Difficulty difficulty) {
        for (int i = 0; i < SESSIONS; i++) {
            Played played = modelPitch("honest-" + difficulty + "-" + i, difficulty);
            ConversationAnalysis analysis = Offline.ANALYZER.analyse(played.turns());
            if (played.outcome() == Outcome.SALE) {
                assertThat(analysis.openConcerns()).as(played.transcript()).isEmpty();
            }
            assertNoLongSentenceTwice(played);
        }
    }

    /** No sentence of five words or more comes back; "Go on." and "Not yet." may. */
    private static void assertNoLongSentenceTwice(Played played) {
        List<String> sentences = played.buyerLines().stream().flatMap(line -> Speech.longSentences(line).stream())
                .toList();
        assertThat(new HashSet<>(sentences)).as(played.transcript()).hasSameSizeAs(sentences);
    }

    @Test
    void a_buyer_never_repeats_a_sentence_even_when_the_trainee_does() {
        List<String> same = IntStream.range(0, 12).mapToObj(i -> "It's a really nice pen, you should get one.").toList();
        List<String> questions = IntStream.range(0, 12).mapToObj(i -> "What do you do for a living?").toList();
        for (Difficulty difficulty : Difficulty.values()) {
            for (List<String> script : List.of(same, questions)) {
                Played played = Offline.playScript("repeat-" + difficulty + script.hashCode(), difficulty, script);
                assertNoLongSentenceTwice(played);
            }
        }
    }

    @Test
    void there_are_sixteen_profiles_and_sessions_meet_all_of_them() {
        assertThat(new BuyerCast().profiles()).hasSize(16);
        Set<String> met = new HashSet<>();
        for (int i = 0; i < 400; i++) {
            met.add(BUYER.profile("profile-" + i).id());
        }
        assertThat(met).hasSize(16);
    }

    @Test
    void small_talk_is_answered_as_small_talk_without_revealing_the_profile() {
        for (int i = 0; i < 8; i++) {
            String id = "small-talk-" + i;
            BuyerProfile profile = BUYER.profile(id);
            Played played = Offline.playScript(id, Difficulty.MEDIUM, List.of("How's your day going?"));
            String reply = played.buyerLines().get(1);
            assertThat(profile.smallTalk()).anySatisfy(line -> assertThat(reply).contains(line));
            assertThat(profile.work()).noneSatisfy(line -> assertThat(reply).contains(line));
        }
    }

    @Test
    void questions_about_the_buyer_are_answered_from_the_profile_and_the_same_facts_every_time() {
        for (int i = 0; i < 8; i++) {
            String id = "facts-" + i;
            BuyerProfile profile = BUYER.profile(id);
            Played played = Offline.playScript(id, Difficulty.EASY, List.of("What do you do for a living?",
                    "What's your budget for a pen?", "Sorry, what do you do for a living again?"));
            List<String> lines = played.buyerLines();
            assertThat(profile.work()).anySatisfy(work -> assertThat(lines.get(1)).contains(work));
            assertThat(profile.budgetLines()).anySatisfy(budget -> assertThat(lines.get(2)).contains(budget));
            String again = lines.get(3).toLowerCase(java.util.Locale.ROOT);
            assertThat(again).as("asked again, it says it again in a few words")
                    .contains(profile.recap(Topic.WORK).toLowerCase(java.util.Locale.ROOT));
            assertThat(new BuyerCast().lines().friendly().get("alreadySaid")).as(again)
                    .anySatisfy(prefix -> assertThat(again).startsWith(prefix.toLowerCase(java.util.Locale.ROOT)));
        }
    }

    @Test
    void the_price_concern_agrees_with_the_budget_and_comes_only_once_the_price_is_known() {
        Map<String, String> replyByProfile = new LinkedHashMap<>();
        for (int i = 0; i < 200 && replyByProfile.size() < 16; i++) {
            String id = "budget-" + i;
            Played played = Offline.playScript(id, Difficulty.MEDIUM, List.of("What do you do for a living?",
                    "Shall I put one aside for you?", "It's $24."));
            assertThat(played.buyerLines().get(2)).as(played.transcript()).doesNotContain("$");
            replyByProfile.putIfAbsent(BUYER.profile(id).id(), played.buyerLines().get(3));
        }
        assertThat(replyByProfile).hasSize(16);
        replyByProfile.forEach((profileId, line) -> {
            int budget = new BuyerCast().profiles().stream().filter(p -> p.id().equals(profileId)).findFirst()
                    .orElseThrow().budget();
            assertThat(line).as(profileId).contains("$" + Offline.PRODUCT.price());
            if (budget >= Offline.PRODUCT.price()) {
                assertThat(line).as(profileId).doesNotContainIgnoringCase("budget");
            } else {
                assertThat(line).as(profileId).contains("$" + budget);
            }
        });
    }

    @Test
    void it_walks_away_from_insults_nonsense_another_language_and_repetition_and_says_why() {
        Map<List<String>, String> scripts = Map.of(
                List.of("What do you do?", "Are you always this slow, you idiot?", "Seriously, are you stupid?"),
                "rude",
                List.of("asdf qwer zxcv plmk", "ghjk tyui vbnm wert", "zxcv bnma sdfg hjkl"), "nonsense",
                List.of("Hola, este bolígrafo es el mejor del mundo.", "Es muy barato y de muy buena calidad.",
                        "Cómpralo hoy, por favor."), "language",
                List.of("It's a great pen.", "It's a great pen.", "It's a great pen.", "It's a great pen.",
                        "It's a great pen."), "repeat");
        Map<String, List<String>> reasons = new BuyerCast().lines().reasons();
        for (Difficulty difficulty : Difficulty.values()) {
            scripts.forEach((script, reason) -> {
                Played played = Offline.playScript("walk-" + difficulty + script.hashCode(), difficulty, script);
                assertThat(played.outcome()).as(played.transcript()).isEqualTo(Outcome.NO_SALE);
                String last = played.buyerLines().get(played.buyerLines().size() - 1);
                assertThat(reasons.get(reason)).as(last).anyMatch(last::contains);
            });
        }
    }

    @Test
    void another_language_is_answered_plainly_in_english_at_first() {
        Played played = Offline.playScript("language", Difficulty.MEDIUM, List.of("Bonjour, ce stylo est très bon."));
        assertThat(played.buyerLines().get(1)).containsIgnoringCase("English");
        assertThat(played.outcome()).isNull();
    }

    @Test
    void without_an_ask_there_is_no_sale_and_an_early_ask_is_not_a_sale() {
        Played noAsk = Offline.playScript("no-ask", Difficulty.EASY, List.of("What do you do for a living?",
                "What bothers you about your pen?", "This one has quick-dry ink, so it never smudges for you."));
        assertThat(noAsk.outcome()).isNull();
        for (Difficulty difficulty : List.of(Difficulty.MEDIUM, Difficulty.HARD, Difficulty.EXPERT)) {
            Played early = Offline.playScript("early-" + difficulty, difficulty,
                    List.of("Would you like to buy this pen?", "Shall we get you one today?"));
            assertThat(early.outcome()).as(early.transcript()).isNotEqualTo(Outcome.SALE);
        }
    }

    @ParameterizedTest
    @EnumSource(Difficulty.class)
    void a_sale_needs_the_questions_and_tied_benefits_its_level_asks_for(Difficulty difficulty) {
        Temperament temperament = Temperament.of(difficulty);
        for (int i = 0; i < SESSIONS / 2; i++) {
            Played played = modelPitch("reasons-" + difficulty + "-" + i, difficulty);
            if (played.outcome() != Outcome.SALE) {
                continue;
            }
            List<SentenceReading> said = Offline.ANALYZER.analyse(played.turns()).traineeTurns().stream()
                    .flatMap(turn -> turn.sentences().stream()).filter(sentence -> !sentence.repeats()).toList();
            assertThat(said.stream().filter(s -> s.has(Act.OPEN_QUESTION) || s.has(Act.CLOSED_QUESTION)).count())
                    .as(played.transcript()).isGreaterThanOrEqualTo(temperament.questionsToBuy());
            assertThat(said.stream().filter(s -> s.has(Act.TIED_BENEFIT)).count())
                    .as(played.transcript()).isGreaterThanOrEqualTo(temperament.tiesToBuy());
        }
        if (temperament.questionsToBuy() == 0) {
            return;
        }
        Played pitchOnly = Offline.playScript("no-reasons-" + difficulty, difficulty, List.of(
                "This pen has quick-dry ink and a steel tip that lasts for years.",
                "It costs $24 now, and refills are $4, so it works out cheaper than buying packs of pens.",
                "Here, try it on this paper and see how smooth it writes.",
                "Would you like to take one today?", "Shall we get you one today?", "Will you take it?"));
        assertThat(pitchOnly.outcome()).as(pitchOnly.transcript()).isNotEqualTo(Outcome.SALE);
    }

    @Test
    void nobody_buys_a_pen_it_heard_nothing_about_or_whose_price_it_does_not_know() {
        Played noPitch = Offline.playScript("no-pitch", Difficulty.EASY, List.of("What do you do for a living?",
                "What do you write with now?", "What bothers you about it?", "What matters most to you in a pen?",
                "Would you like to take one today?"));
        assertThat(noPitch.outcome()).as(noPitch.transcript()).isNotEqualTo(Outcome.SALE);
        assertThat(noPitch.buyerLines().get(noPitch.buyerLines().size() - 1)).as(noPitch.transcript())
                .containsIgnoringCase("pen");
        Played noPrice = Offline.playScript("no-price", Difficulty.EASY, List.of("What do you do for a living?",
                "What bothers you about your pen?", "This one has quick-dry ink, so your notes never smudge.",
                "Would you like to take one today?"));
        assertThat(noPrice.outcome()).as(noPrice.transcript()).isNotEqualTo(Outcome.SALE);
        assertThat(noPrice.buyerLines().get(noPrice.buyerLines().size() - 1)).as(noPrice.transcript())
                .containsPattern("(?i)how much|cost|price");
    }

    @Test
    void a_skeptic_told_the_guarantee_again_says_it_is_the_same_promise() {
        List<String> samePromise = new BuyerCast().lines().tough().get("guaranteeAgain");
        for (int i = 0; i < 3; i++) {
            Played played = Offline.playScript("promise-" + i, Difficulty.HARD, List.of("What do you do for work?",
                    "What bothers you about the pen you use now?",
                    "This one dries in under a second, so your notes won't smudge. It's $24 at launch.",
                    "Refills are $4 and last about six months, so over a year it costs less than the packs you buy.",
                    "It's guaranteed for two years, replaced free if it fails.", "Really, it's guaranteed for two years.",
                    "I promise you, it's guaranteed for two years."));
            String last = played.buyerLines().get(played.buyerLines().size() - 1);
            assertThat(samePromise).as(played.transcript()).contains(last);
        }
    }

    @Test
    void a_skeptic_handed_the_pen_to_settle_its_doubt_does_not_ask_for_proof_in_the_same_breath() {
        List<String> samePromise = new BuyerCast().lines().tough().get("guaranteeAgain");
        List<String> doubts = new BuyerCast().lines().raiseDespite().get("TRUST");
        int doubted = whereReached(List.of("4tkniwi4kysGBiL5sOP_6w", "handed-1", "handed-2", "handed-3", "handed-4",
                "handed-5"), Difficulty.HARD, List.of(
                    "ok quick. gel pen, dries in under a sec no smudge, soft grip, 2yr guarantee. $24 til end of month",
                    "its not steep for what u get. its aluminium, refillable, lasts forever basically",
                    "what pen u using now",
                    "yeah those r junk. they leak and die. this one doesnt leak, retractable, metal clip. way better",
                    "look its $4 a refill and it lasts 6 months. cheaper than buying pens all the time",
                    "told u, 2 year guarantee. breaks they replace it free. so ur covered. u want it?",
                    "bc its real, its in writing. we replace it no questions. cmon its 24 bucks, just try it"),
                played -> played.buyerLines().size() > 7 && doubts.stream().anyMatch(played.buyerLines().get(6)::contains),
                played -> {
                    String reply = played.buyerLines().get(7);
                    assertThat(samePromise).as(played.transcript()).noneMatch(reply::contains);
                    assertThat(reply).as(played.transcript()).doesNotContainIgnoringCase("proof").doesNotContain("Show me");
                });
        assertThat(doubted).as("the script reaches the doubt about the guarantee").isPositive();
    }

    @Test
    void asked_what_its_trouble_leads_to_the_buyer_tells_a_story_of_it_not_how_often_it_happens() {
        List<String> ids = onePerProfile("leads-to-");
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            BuyerProfile profile = BUYER.profile(id);
            String question = i % 2 == 0 ? "When that happens, what does it do to your day?"
                    : "Ugh. And what happens then, when it does?";
            Played played = Offline.playScript(id, Difficulty.EASY, List.of("What do you do for work?",
                    "What goes wrong with the pen you use now?", question));
            String reply = played.buyerLines().get(3);
            List<String> stories = new ArrayList<>();
            for (int n = 0; profile.more(Topic.PAIN, n) != null; n++) {
                stories.add(profile.more(Topic.PAIN, n));
            }
            // a story of what happened, never its count of how often ("I go through one every two weeks")
            assertThat(stories.stream().filter(reply::contains)).as(played.transcript())
                    .noneMatch(story -> HOW_OFTEN.matcher(story).find());
            if (stories.stream().anyMatch(story -> !HOW_OFTEN.matcher(story).find())) {
                assertThat(stories).as(played.transcript()).anyMatch(reply::contains);
            }
        }
    }

    @Test
    void a_yes_or_no_follow_up_about_what_no_detail_tells_of_gets_a_plain_answer_not_the_next_detail() {
        // "much" asks how often: "now and then", not "no" from a buyer whose work is signing
        List<String> plain = new BuyerCast().lines().friendly().get("improviseSometimes");
        List<String> ids = onePerProfile("beyond-");
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            BuyerProfile profile = BUYER.profile(id);
            Played played = Offline.playScript(id, Difficulty.EASY, List.of("What do you do for work?",
                    "What do you write most days?", "Do you sign in front of clients much?"));
            String reply = played.buyerLines().get(3);
            List<String> telling = new ArrayList<>();
            for (int n = 0; profile.more(Topic.WRITING, n) != null; n++) {
                String detail = profile.more(Topic.WRITING, n);
                if (detail.toLowerCase(java.util.Locale.ROOT).matches(".*\\b(?:clie|sign|front).*")) {
                    telling.add(detail);
                } else {
                    assertThat(reply).as(played.transcript()).doesNotContain(detail);
                }
            }
            telling.addAll(plain);
            assertThat(telling).as(played.transcript()).anyMatch(reply::contains);
        }
    }

    @Test
    void a_doubt_just_let_go_of_is_not_followed_by_asking_what_the_pen_would_do_for_it() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> settled = new ArrayList<>();
        lines.resolvedBy().values().forEach(settled::addAll);
        List<String> whatFor = lines.friendly().get("notYetNoValue");
        int reached = whereReached(List.of("LLrrY1b31_EsBabglfGy2A", "let-go-1", "let-go-2", "let-go-3", "let-go-4",
                "let-go-5"), Difficulty.MEDIUM, List.of(
                    "gel pen. aluminium barrel, quick dry gel, 2 yr guarantee. $24 launch price, normally $29. want one?",
                    "its only $4 over budget man and it goes up to $29 after this month. refills r $4 so u never buy a"
                            + " new pen again",
                    "great so we good? ill ring it up",
                    "sure but what do u write most, and what pen do u use now? this dries in under a second. and it"
                            + " doesnt leak, no cap to lose",
                    "see thats what im saying. this one writes 2km, wont die on u. so $24, deal?"),
                played -> settled.stream().anyMatch(played.buyerLines().get(5)::contains) && played.outcome() == null,
                played -> assertThat(whatFor).as(played.transcript()).noneMatch(played.buyerLines().get(5)::contains));
        assertThat(reached).as("a doubt let go of beside a close turned down").isPositive();
    }

    @Test
    void a_close_only_guessed_at_in_a_statement_is_not_held_against_the_seller_as_a_push() {
        int held = 0;
        for (String id : List.of("CF_T0nEio3ZPJ_mPS4vCaQ", "guessed-1", "guessed-2", "guessed-3", "guessed-4")) {
            Played played = Offline.playScript(id, Difficulty.HARD, List.of(
                    "this pen is amazing, honestly the best pen ull ever use. $24 today",
                    "its not cheap plastic tho, aluminium barrel, gel ink dries in under a second. 2 yr guarantee",
                    "ok but it lasts. refill is $4 and goes 6 months. u buy one pen and done"));
            assertThat(Offline.ANALYZER.readMessage("u buy one pen and done.").get(0).intent())
                    .as("the reading this guards against").isEqualTo(Intent.CLOSE);
            held += played.outcome() == null ? 1 : 0;
            assertThat(played.buyerLines().get(3)).as(played.transcript()).doesNotContain("hard sell");
        }
        assertThat(held).isEqualTo(5);
    }

    @Test
    void a_doubt_let_go_of_and_a_new_one_raised_to_a_close_are_joined_by_still() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> settled = new ArrayList<>();
        lines.resolvedBy().values().forEach(settled::addAll);
        int joined = 0;
        for (String id : List.of("lrsg7nkXBbb_N7rFwRyBZw", "still-1", "still-2", "still-3", "still-4", "still-5")) {
            Played played = Offline.playScript(id, Difficulty.EXPERT, List.of(
                    "ok quick. gel pen, $24 launch price, goes to $29 end of month. quick dry ink, no smudge, 2 yr guarantee",
                    "its $4 more than ur budget, come on. u get a pen that lasts years not a $1 thing that dies in a week",
                    "refills r $4 and last 6 months tho. so its basically $8 a year after. cheaper than buying packs. want it?"));
            String reply = played.buyerLines().get(3);
            String concession = settled.stream().filter(reply::startsWith).findFirst().orElse(null);
            if (concession == null || reply.length() <= concession.length() + 1 || played.outcome() != null) {
                continue;
            }
            joined++;
            assertThat(reply.substring(concession.length()).strip()).as(played.transcript())
                    .startsWith("Still, ");
        }
        assertThat(joined).as("a concession followed by a new doubt").isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sorry what do you mean, like whether the ink actually dries that fast?", "proof like what??"})
    void asked_what_it_meant_by_its_doubt_the_buyer_says_what_holds_it_back(String ask) {
        List<String> holdsBack = new BuyerCast().lines().hesitation().get("TRUST");
        List<String> trustDoubt = new ArrayList<>(new BuyerCast().lines().concerns().get("TRUST"));
        trustDoubt.addAll(new BuyerCast().lines().raiseDespite().get("TRUST"));
        int doubted = whereReached(List.of("IqvFQ-5ZTDMS8NqI_qSyhg", "meant-1", "meant-2", "meant-3", "meant-4",
                "meant-5"), Difficulty.HARD, List.of(
                    "so this is a gel pen. quick dry gel ink, refillable, aluminium barrel, soft grip and a 2 year"
                            + " guarantee. its on launch price, $24",
                    "yeah I hear you. but its refillable, a refill is $4 and lasts about 6 months of heavy use. how many"
                            + " pens do you go through usually?",
                    "got it. what do you mostly use them for?",
                    "plus if you order this week we'll engrave it for free. shall I get one sorted for you?", ask),
                played -> trustDoubt.stream().anyMatch(played.buyerLines().get(4)::contains) && played.outcome() == null,
                played -> assertThat(holdsBack).as(played.transcript()).anyMatch(played.buyerLines().get(5)::contains));
        assertThat(doubted).as("the script reaches a doubt about the guarantee").isPositive();
    }

    @Test
    void handed_the_pen_and_asked_how_it_feels_the_buyer_tries_it_rather_than_liking_the_sound_of_it() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> heard = new ArrayList<>(lines.friendly().get("trialYes"));
        heard.addAll(lines.friendly().get("trialMaybe"));
        List<String> tries = lines.friendly().get("reactProof").stream()
                .map(line -> line.substring(0, line.indexOf("{tried}")).strip()).toList();
        for (String id : List.of("V4HnZeS7fVconnB894-Scg", "feels-1", "feels-2", "feels-3")) {
            Played played = Offline.playScript(id, Difficulty.MEDIUM, List.of(
                    "what kind of writing do you do most days?", "whats the most annoying thing about the pen your using now?",
                    "well you can hold it right now and see how it feels, the grip is much wider than a normal biro. how"
                            + " does it feel in your hand?"));
            String reply = played.buyerLines().get(3);
            assertThat(tries).as(played.transcript()).anyMatch(reply::startsWith);
            assertThat(heard).as(played.transcript()).noneMatch(reply::contains);
        }
    }

    @Test
    void asking_what_stops_it_buying_is_no_discovery_and_a_buyer_hardly_asked_about_says_so() {
        List<String> hardlyAsked = new BuyerCast().lines().tough().get("hesitationLittleDiscovery");
        int heard = 0;
        for (String id : List.of("WdgtBQtT7xqLDu3JYix6EQ", "stops-1", "stops-2", "stops-3", "stops-4")) {
            Played played = Offline.playScript(id, Difficulty.EXPERT, List.of(
                    "ok its $24 right now, normally $29. gel ink dries in a sec, 2 yr guarantee. cant beat that",
                    "cant do 20 sorry. but its only $4 more and u get free engraving this week so basically worth it",
                    "look a cheap pen breaks in a month. this one u refill for $4 and it lasts 6 months. so its cheaper"
                            + " long run",
                    "ok what do u even use pens for",
                    "perfect, 0.5mm fine tip for small boxes and it doesnt smudge. so u want it or not",
                    "fine. the price is the price tho. aluminium body looks pro and engraving with ur name is free. thats"
                            + " worth $4 more than ur $20",
                    "so we good? one engraved, $24",
                    "its a real written guarantee, 2 yrs, if it fails u get a new one free. no catch",
                    "idk what else to say its printed on the box lol. keep the receipt and bring it back if it fails. ok?",
                    "told u. so u buying? $24 and engraving free this week only",
                    "whats stopping u from buying it",
                    "great then lets do it. one engraved pen, $24"));
            // one question about the buyer and a push: an EXPERT buyer does not buy, however often it is asked
            assertThat(played.outcome()).as(played.transcript()).isNotEqualTo(Outcome.SALE);
            List<String> replies = played.buyerLines();
            if (replies.size() > 12) {
                heard++;
                assertThat(hardlyAsked).as(played.transcript()).anyMatch(replies.get(11)::contains);
            }
        }
        assertThat(heard).as("a session still open when asked what stops it").isPositive();
    }

    @Test
    void asked_about_a_trouble_it_never_had_the_buyer_says_it_is_not_its_trouble() {
        List<String> notMine = new BuyerCast().lines().friendly().get("notMyTrouble");
        int without = 0;
        List<String> ids = onePerProfile("not-mine-");
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            BuyerProfile profile = BUYER.profile(id);
            Played played = Offline.playScript(id, Difficulty.EASY, List.of("What do you write most days?",
                    "What goes wrong with the pen you use now?", "And how often do you actually get smudges?"));
            String reply = played.buyerLines().get(3);
            if (profile.needs().contains("smudging")) {
                assertThat(notMine).as(played.transcript()).noneMatch(reply::contains);
            } else {
                without++;
                assertThat(notMine).as(played.transcript()).anyMatch(reply::contains);
            }
        }
        assertThat(without).isGreaterThan(8);
        // a list of troubles offered to pick from claims none of them
        for (String id : onePerProfile("troubles-listed-")) {
            Played played = Offline.playScript(id, Difficulty.EASY, List.of("What do you write most days?",
                    "What goes wrong with the pen you use now?", "Do you get smudging, pens drying out, caps going missing?"));
            assertThat(notMine).as(played.transcript()).noneMatch(played.buyerLines().get(3)::contains);
        }
    }

    @Test
    void a_seller_who_lets_the_sale_go_is_let_go_not_told_the_price_again() {
        List<String> leave = new BuyerCast().lines().tough().get("leaveIt");
        for (String ending : List.of("Do you want to go ahead, or shall we leave it here?",
                "No problem at all, let's leave it there then. Good luck with finals next week.")) {
            for (int i = 0; i < 3; i++) {
                Played played = Offline.playScript("leave-it-" + i, Difficulty.EXPERT, List.of("What do you write most?",
                        "What bothers you about your pen?", "This one dries in under a second. It's $24.",
                        "Refills are $4 and last six months, so it's about a dollar a month.", ending));
                assertThat(played.outcome()).as(played.transcript()).isEqualTo(Outcome.NO_SALE);
                assertThat(leave).as(played.transcript()).contains(played.buyerLines().get(5));
            }
        }
    }

    @Test
    void an_option_after_a_comma_is_one_of_the_options_asked_about() {
        String id = onePerProfile("or-else-").stream().filter(each -> BUYER.profile(each).id().equals("wedding-planner"))
                .findFirst().orElseThrow();
        BuyerProfile profile = BUYER.profile(id);
        Played played = Offline.playScript(id, Difficulty.EASY, List.of("What do you write most?",
                "Who's the couple, are you in real estate, or weddings, something like that?"));
        assertThat(answers(profile, Topic.WORK)).as(played.transcript()).anyMatch(played.buyerLines().get(2)::contains);
        String chef = onePerProfile("or-else-").stream().filter(each -> BUYER.profile(each).id().equals("chef"))
                .findFirst().orElseThrow();
        Played listed = Offline.playScript(chef, Difficulty.HARD, List.of("What do you write most?",
                "Are you running it, chef or kitchen manager?"));
        assertThat(answers(BUYER.profile(chef), Topic.WORK)).as(listed.transcript())
                .anyMatch(listed.buyerLines().get(2)::contains);
    }

    @Test
    void a_cut_read_from_words_that_name_none_gets_no_reaction_to_a_cut() {
        List<String> cut = new ArrayList<>(new BuyerCast().lines().tough().get("reactGiveaway"));
        cut.addAll(new BuyerCast().lines().friendly().get("reactGiveaway"));
        assertThat(Offline.ANALYZER.readMessage("Let me earn it instead")).as("the reading this guards against")
                .anyMatch(part -> part.intent() == Intent.DISCOUNT);
        for (int i = 0; i < 4; i++) {
            Played played = Offline.playScript("earn-it-" + i, Difficulty.EXPERT, List.of(
                    "Fair enough, and I'm not going to push something you don't need. Let me earn it instead: what do you"
                            + " spend most of your day writing?"));
            assertThat(cut).as(played.transcript()).noneMatch(played.buyerLines().get(1)::contains);
        }
    }

    @Test
    void a_yes_to_the_question_it_offered_is_answered_as_that_question() {
        int offered = whereReached(List.of("dRtPs4D1tbUxgHeOOUoCCQ", "yeah-1", "yeah-2", "yeah-3", "yeah-4", "yeah-5"),
                Difficulty.MEDIUM, List.of(
                    "gel pen. dries super fast, aluminium, 2yr guarantee. $24 launch price. want one?",
                    "its already discounted, its normally 29. 4 bucks difference come on",
                    "refills are only $4 and last 6 months so its cheap in the long run. plus free engraving this week",
                    "great so ill put you down for one?",
                    "do they dry instantly tho? this one doesnt smudge at all even for lefties",
                    "this one looks way more pro, its metal. so $24, deal?",
                    "you just said yours look cheap lol. this doesnt. and free engraving this week so put your name on it",
                    "ok whats wrong with them then besides looking cheap", "yeah"),
                played -> played.buyerLines().size() > 9 && played.buyerLines().get(8).startsWith("Do you mean"),
                played -> {
                    BuyerProfile profile = BUYER.profile(played.sessionId());
                    List<String> story = new ArrayList<>(answers(profile, Topic.PAIN));
                    for (int n = 0; profile.more(Topic.PAIN, n) != null; n++) {
                        story.add(profile.more(Topic.PAIN, n));
                    }
                    assertThat(story).as(played.transcript()).anyMatch(played.buyerLines().get(9)::contains);
                });
        assertThat(offered).as("the buyer asked whether its trouble was meant").isPositive();
    }

    @Test
    void a_buyer_that_said_what_goes_wrong_with_its_pens_no_longer_says_they_do_the_job() {
        int raised = whereReached(List.of("dRtPs4D1tbUxgHeOOUoCCQ", "own-trouble-1", "own-trouble-2", "own-trouble-3"),
                Difficulty.MEDIUM, List.of(
                    "gel pen. dries super fast, aluminium, 2yr guarantee. $24 launch price. want one?",
                    "its already discounted, its normally 29. 4 bucks difference come on",
                    "refills are only $4 and last 6 months so its cheap in the long run. plus free engraving this week",
                    "great so ill put you down for one?",
                    "do they dry instantly tho? this one doesnt smudge at all even for lefties",
                    "this one looks way more pro, its metal. so $24, deal?"),
                played -> played.buyerLines().size() > 6 && played.buyerLines().get(4).contains("pens that do the job"),
                played -> assertThat(played.buyerLines().get(6)).as(played.transcript())
                        .doesNotContainIgnoringCase("pens already").doesNotContain("replace what I have")
                        .doesNotContain("my pens still work"));
        assertThat(raised).as("the buyer said its pens do the job").isPositive();
    }

    @Test
    void a_check_in_with_nothing_said_of_this_pen_answered_with_its_trouble_gets_no_praise() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> praise = new ArrayList<>(lines.friendly().get("trialYes"));
        praise.addAll(lines.friendly().get("trialMaybe"));
        for (String id : List.of("CMyw5ZOOgJeTrc8O75Ml1w", "own-pen-ok-1", "own-pen-ok-2", "own-pen-ok-3")) {
            Played played = Offline.playScript(id, Difficulty.MEDIUM, List.of(
                    "Hey! so this is a gel pen. Quick dry gel ink, dries in under a second, wide soft grip so your hand"
                            + " doesnt cramp, and it's refillable so one pen lasts ages. Theres a 2 year guarantee too."
                            + " Only $24 at the moment, normally $29",
                    "yeah its a good deal honestly. what do you mostly write with a pen, like for work or more personal"
                            + " stuff?",
                    "oh nice, so you do events? sounds like you're on your feet a lot. whats the pen situation like at"
                            + " the moment, do you have one you like?",
                    "ah love that. and does the pretty pen do the job ok? any issues with it when people are signing?"));
            assertThat(praise).as(played.transcript()).noneMatch(played.buyerLines().get(4)::contains);
        }
    }

    @Test
    void a_message_that_ends_on_a_question_gets_its_answer_not_praise() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> praise = new ArrayList<>();
        for (String situation : List.of("reactTied", "reactEvidence", "reactFeature", "reactGeneric")) {
            praise.addAll(lines.friendly().get(situation));
        }
        for (int i = 0; i < 4; i++) {
            Played played = Offline.playScript("ends-asking-" + i, Difficulty.EASY, List.of("What do you do for work?",
                    "What bothers you about the pen you use now?",
                    "This one dries in under a second, so it won't smudge. What do you write most days?"));
            String reply = played.buyerLines().get(3);
            assertThat(praise).as(played.transcript()).noneMatch(reply::contains);
        }
    }

    @Test
    void a_question_its_profile_has_nothing_on_gets_a_short_answer_not_a_concern_or_a_guess() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        for (Difficulty difficulty : List.of(Difficulty.MEDIUM, Difficulty.HARD)) {
            List<String> yesNo = (difficulty == Difficulty.MEDIUM ? lines.friendly() : lines.tough()).get("improviseYesNo");
            for (int i = 0; i < 4; i++) {
                Played played = Offline.playScript("morning-" + difficulty + i, difficulty,
                        List.of("What do you do for work?", "And are you a morning person, by any chance?"));
                String reply = played.buyerLines().get(2);
                assertThat(yesNo).as(played.transcript()).anyMatch(reply::contains);
                assertThat(reply).as(played.transcript()).doesNotContain("$").doesNotContainIgnoringCase("price");
            }
        }
    }

    @Test
    void a_lower_price_said_plainly_against_a_price_objection_is_met_as_a_cut_and_a_tag_question_asks_nothing() {
        for (int i = 0; i < 4; i++) {
            Played played = Offline.playScript("plain-cut-" + i, Difficulty.HARD, List.of("What do you do for work?",
                    "What bothers you about the pen you use now?",
                    "This one dries in under a second, so your notes won't smear. It's $24.", "ok, 10 bucks then ya?"));
            List<String> replies = played.buyerLines();
            String objection = replies.get(3);
            if (!objection.contains("$24")) {
                continue;
            }
            assertThat(replies.get(4)).as(played.transcript()).contains("$10");
        }
    }

    @Test
    void the_same_cut_said_again_is_nothing_new() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> drop = new ArrayList<>(lines.friendly().get("reactPriceDrop"));
        drop.addAll(lines.tough().get("reactPriceDrop"));
        for (Difficulty difficulty : List.of(Difficulty.HARD, Difficulty.EXPERT)) {
            for (int i = 0; i < 12; i++) {
                Played played = Offline.playScript("same-cut-" + difficulty + i, difficulty, List.of(
                        "What do you do for work?", "What bothers you about the pens you use now?",
                        "It dries in under a second, so nothing smudges. It's $24.", "ok i'll do $20 for you.",
                        "It has a two-year guarantee too.", "so $20 then, what do you say?"));
                for (String reply : played.buyerLines().subList(5, played.buyerLines().size())) {
                    assertThat(drop).as(played.transcript()).noneMatch(line -> reply.contains(
                            line.replace("{offered}", "$20").replace("{was}", "20").replace("{price}", "20")));
                }
            }
        }
    }

    @Test
    void a_figure_handed_back_to_the_buyer_is_no_price_cut() {
        for (int i = 0; i < 4; i++) {
            Played played = Offline.playScript("echo-" + i, Difficulty.EASY, List.of("What do you do for work?",
                    "This one dries in under a second, so nothing smudges. It's $24.", "Okay, $10, I hear you."));
            assertThat(played.buyerLines().get(3)).as(played.transcript()).doesNotContain("$10");
        }
    }

    @Test
    void a_guessed_reason_is_answered_in_part_and_a_count_with_a_rough_figure() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        for (int i = 0; i < 4; i++) {
            Played played = Offline.playScript("because-" + i, Difficulty.EASY, List.of("What do you do for work?",
                    "Is that because you have to sign things in front of people?",
                    "How many pens do you go through in a month?"));
            assertThat(lines.friendly().get("improviseBecause")).as(played.transcript())
                    .anyMatch(played.buyerLines().get(2)::contains);
            assertThat(lines.friendly().get("improviseHowMany")).as(played.transcript())
                    .anyMatch(played.buyerLines().get(3)::contains);
        }
    }

    @Test
    void a_question_asking_how_much_or_how_long_gets_a_figure_or_a_rough_one() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> rough = new ArrayList<>();
        for (String situation : List.of("improviseAmount", "improviseHowLong", "improviseHowMany", "improviseOpen")) {
            rough.addAll(lines.friendly().get(situation));
        }
        Pattern figure = Pattern.compile("\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|"
                + "twenty|thirty|forty|fifty|hundreds?|dozens?|few|couple|every|each|once|twice|hours?|minutes?|"
                + "all day|constantly|always)\\b", Pattern.CASE_INSENSITIVE);
        for (int i = 0; i < 8; i++) {
            Played played = Offline.playScript("amount-" + i, Difficulty.EASY, List.of("What do you do for work?",
                    "And how much writing does that involve in a normal week?"));
            String reply = played.buyerLines().get(2);
            assertThat(figure.matcher(reply).find() || rough.stream().anyMatch(reply::contains))
                    .as(played.transcript()).isTrue();
        }
    }

    @Test
    void asked_how_the_pen_did_once_it_tried_it_the_buyer_says_what_it_saw() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        for (int i = 0; i < 4; i++) {
            Played played = Offline.playScript("tried-" + i, Difficulty.EASY, List.of("What do you do for work?",
                    "What bothers you about the pen you use now?",
                    "Here, try it: write your name on this card and rub it with your thumb.", "Did it smudge?"));
            assertThat(lines.friendly().get("triedNo")).as(played.transcript())
                    .anyMatch(played.buyerLines().get(4)::contains);
            // the feature the demonstration is about is the one it notices
            assertThat(Offline.PRODUCT.feature("quick-dry-ink").orElseThrow().tried()).as(played.transcript())
                    .anyMatch(played.buyerLines().get(3)::contains);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Fair enough. What would it take for you to say yes?", "ok what else do u need"})
    void asked_what_it_would_take_the_buyer_names_what_would_settle_its_concern(String ask) {
        List<String> conditions = new ArrayList<>();
        new BuyerCast().lines().wouldBuyIf().values().forEach(conditions::addAll);
        int asked = 0;
        for (int i = 0; i < 6; i++) {
            Played played = Offline.playScript("would-take-" + i, Difficulty.HARD, List.of("What do you do for work?",
                    "What bothers you about the pen you use now?",
                    "This one dries in under a second, so your notes won't smear. It's $24.", ask));
            if (!played.buyerLines().get(3).contains("$24")) {
                continue;
            }
            asked++;
            String reply = played.buyerLines().get(4);
            String approver = BUYER.profile("would-take-" + i).approver();
            assertThat(conditions).as(played.transcript())
                    .anyMatch(line -> reply.contains(line.replace("{approver}", approver)));
        }
        assertThat(asked).isPositive();
    }

    @Test
    void asked_what_it_would_take_while_pushing_back_the_buyer_says_it_instead_of_its_doubt_again() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> conditions = new ArrayList<>();
        lines.wouldBuyIf().values().forEach(conditions::addAll);
        List<String> pushBacks = new ArrayList<>(lines.tough().get("pushBackPriceValue"));
        pushBacks.addAll(lines.tough().get("pushBackPrice"));
        int asked = 0;
        for (int i = 0; i < 8; i++) {
            Played played = Offline.playScript("take-push-" + i, Difficulty.EXPERT, List.of("What do you do for work?",
                    "What bothers you about the pen you use now?",
                    "This one dries in under a second, so your notes won't smear. It's $24.",
                    "Fair. It lasts for years and refills are $4, so it costs less than a coffee a month. What would "
                            + "you need to see to believe it's really better than what you use now?"));
            if (!played.buyerLines().get(3).contains("$24")) {
                continue;
            }
            asked++;
            String reply = played.buyerLines().get(4);
            String approver = BUYER.profile("take-push-" + i).approver();
            assertThat(conditions).as(played.transcript())
                    .anyMatch(line -> reply.contains(line.replace("{approver}", approver)));
            assertThat(pushBacks).as(played.transcript()).noneMatch(line -> reply.contains(line.replace("${price}",
                    "$24")));
        }
        assertThat(asked).isPositive();
    }

    @Test
    void a_not_yet_after_a_point_conceded_turns_on_still_rather_than_standing_apart() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> plain = new ArrayList<>();
        List<String> still = new ArrayList<>();
        for (Map<String, List<String>> voice : List.of(lines.friendly(), lines.tough())) {
            plain.addAll(voice.get("notYet"));
            plain.addAll(voice.get("notYetLittleDiscovery"));
            still.addAll(voice.get("notYetStill"));
            still.addAll(voice.get("notYetLittleDiscoveryStill"));
        }
        // panel 64's poor MEDIUM seller (this session id, these messages) heard "Okay, that's a real difference. Not
        // quite. You don't know much about what I do yet."
        Played played = Offline.playScript("LF3EzRVXaSZryNFSjZd-8A", Difficulty.MEDIUM, List.of(
                "this is linea one. aluminium, gel ink, 2 yr guarantee. $24 only this month. u in?",
                "its not expensive tho its normally 29. and it lasts ages, refills r $4. cmon",
                "great so ill put u down for one?",
                "yeah but ur pens prob smudge and leak. this one dries in under a sec and no cap to lose. way better",
                "ok what pens do u use now",
                "fineliners dry out tho and u gotta toss them. linea u just refill for $4. 0.5mm fine point too. so yes?"));
        String reply = played.buyerLines().get(6);
        List<String> conceded = new ArrayList<>();
        lines.resolvedBy().values().forEach(conceded::addAll);
        assertThat(conceded).as(played.transcript()).anyMatch(reply::contains);
        assertThat(still).as(played.transcript()).anyMatch(reply::contains);
        assertThat(plain).as(played.transcript()).noneMatch(reply::contains);
    }

    @Test
    void the_buyer_answers_every_part_of_a_question_put_in_pieces() {
        for (String id : onePerProfile("pieces-")) {
            BuyerProfile profile = BUYER.profile(id);
            // "what line of work is that" has no "you" and no question mark of its own, and still asks
            Played played = Offline.playScript(id, Difficulty.EASY, List.of("So you're in front of people when you "
                    + "sign? What line of work is that, and how do the pens you use now go down in those moments?"));
            assertThat(answers(profile, Topic.WORK)).as(played.transcript())
                    .anyMatch(played.buyerLines().get(1)::contains);
            // a lead-in ended by a typed dash takes nothing of the question after it
            played = Offline.playScript(id, Difficulty.EASY, List.of("Before I say anything about the pen - what do "
                    + "you use a pen for most days, and what are you writing with at the moment?"));
            assertThat(answers(profile, Topic.WRITING)).as(played.transcript())
                    .anyMatch(played.buyerLines().get(1)::contains);
            assertThat(answers(profile, Topic.CURRENT_PEN)).as(played.transcript())
                    .anyMatch(played.buyerLines().get(1)::contains);
            // "how are those working for you?" of the pens it named asks what goes wrong with them, not its job
            played = Offline.playScript(id, Difficulty.EASY, List.of("What do you write with these days?",
                    "and how are those working for you?"));
            assertThat(answers(profile, Topic.WORK)).as(played.transcript())
                    .noneMatch(played.buyerLines().get(2)::contains);
        }
    }

    @Test
    void how_long_its_pens_last_is_answered_by_how_often_it_replaces_them_not_how_long_it_has_had_them() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> roughly = new ArrayList<>();
        for (Map<String, List<String>> voice : List.of(lines.friendly(), lines.tough())) {
            roughly.addAll(voice.get("improviseHowLong"));
        }
        for (String id : onePerProfile("lasts-")) {
            Played played = Offline.playScript(id, Difficulty.MEDIUM, List.of("What do you write with these days?",
                    "And how long do they last before you're buying new ones?"));
            String reply = played.buyerLines().get(2);
            assertThat(BuyerTurn.FREQUENCY.matcher(reply.toLowerCase(java.util.Locale.ROOT)).find()
                    || roughly.stream().anyMatch(reply::contains)).as(played.transcript()).isTrue();
        }
    }

    @Test
    void a_buyer_pushed_by_plain_asks_says_slow_down_once_before_it_walks_out() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> slowDown = new ArrayList<>(lines.friendly().get("slowDown"));
        slowDown.addAll(lines.tough().get("slowDown"));
        List<String> script = List.of("this is the pen. aluminium, gel ink, 2 yr guarantee. $24. want it?",
                "cheap pens leak and smudge. this one dries in under a sec and lasts 6 months per refill. its worth it "
                        + "trust me",
                "great so ill put u down for one?", "so yes or no?");
        int warned = 0;
        for (String id : onePerProfile("slow-")) {
            Played played = Offline.playScript(id, Difficulty.MEDIUM, script);
            List<String> replies = played.buyerLines();
            if (replies.size() > 3 && slowDown.stream().anyMatch(replies.get(3)::contains)) {
                warned++;
                // told once, the next push ends it
                assertThat(played.outcome()).as(played.transcript()).isEqualTo(Outcome.NO_SALE);
                assertThat(replies).as(played.transcript()).hasSize(5);
            }
        }
        assertThat(warned).isPositive();
    }

    @Test
    void the_options_of_an_ask_are_no_question_about_the_buyers_work() {
        for (String id : onePerProfile("options-")) {
            BuyerProfile profile = BUYER.profile(id);
            Played played = Offline.playScript(id, Difficulty.EASY, List.of("What do you do for work?",
                    "What bothers you about the pens you use now?",
                    "This one dries in under a second, so nothing smudges, and the barrel is aluminium. It's $24.",
                    "Shall I put one through with free engraving - your name, or the firm's?"));
            String reply = played.buyerLines().get(played.buyerLines().size() - 1);
            assertThat(answers(profile, Topic.WORK)).as(played.transcript()).noneMatch(reply::contains);
        }
    }

    @Test
    void a_rough_answer_to_one_question_stands_beside_a_figure_that_answers_another() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> roughly = new ArrayList<>(lines.friendly().get("improviseHowLong"));
        roughly.addAll(lines.tough().get("improviseHowLong"));
        // panel 65's competent MEDIUM seller (this session id) asked this and heard only the smudge story
        Played played = Offline.playScript("De7a57ZB2i-t14VbEGHW2A", Difficulty.MEDIUM, List.of(
                "What do you write most days?",
                "Nice - so you're a designer or illustrator? What are you using for the lettering now, and what's the "
                        + "thing that bugs you most about it?",
                "That's a classic lefty problem. When it smudges, what happens next - do you have to redo the whole "
                        + "piece, or can you fix it digitally? And how long are your drawing sessions usually?"));
        assertThat(roughly).as(played.transcript()).anyMatch(played.buyerLines().get(3)::contains);
    }

    @Test
    void a_buyer_that_said_it_was_hardly_asked_anything_wants_more_than_one_question_before_it_buys() {
        // panel 66's poor MEDIUM seller (this session id, these messages) bought after asking one question once told
        // "You haven't asked me much."
        Played played = Offline.playScript("4PEpNKyaIYEEzYM05JlILw", Difficulty.MEDIUM, List.of(
                "linea one gel pen, dries in under a sec no smudge, aluminium barrel, 2 yr guarantee. $24 this month "
                        + "only then its $29. u in?",
                "its only 6 bucks more than ur budget tho. and its down from 29 so ur saving $5 already",
                "its not just a pen its got a 2 year guarantee. if it breaks u get a new one free. cheap pens break all "
                        + "the time",
                "ok what about price. its $24 i cant go lower. thats the launch price",
                "ok but u get free engraving if u order this week. thats worth way more than 6 bucks. and refills r only "
                        + "$4 so u never buy another pen",
                "great so ill put u down for one? $24 w free engraving",
                "yeah but ur pens arent this good tho. they smudge and run out. this one doesnt",
                "what pens do u have",
                "lol those r cheap freebies. this is a real pen, aluminium, looks pro. so u want one or not",
                "ok what do u do then",
                "ok cool so u sign stuff all day right. this dries instant so no smudge on prescriptions. $24 w free "
                        + "engraving this week. want it?"));
        assertThat(played.outcome()).as(played.transcript()).isNotEqualTo(Outcome.SALE);
    }

    @Test
    void what_to_engrave_asked_with_the_ask_is_answered_and_two_reasons_offered_get_no_in_part() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> names = new ArrayList<>(lines.friendly().get("saleEngravedName"));
        names.addAll(lines.tough().get("saleEngravedName"));
        Played played = Offline.playScript("name-0", Difficulty.EASY, List.of("What do you do for work?",
                "What bothers you about the pens you use now?",
                "This one dries in under a second, so nothing smudges, and the barrel is aluminium. It's $24.",
                "so want me to set one up for you with the engraving? i just need what name you want on it"));
        assertThat(played.outcome()).as(played.transcript()).isEqualTo(Outcome.SALE);
        assertThat(names).as(played.transcript())
                .anyMatch(played.buyerLines().get(played.buyerLines().size() - 1)::contains);
        List<String> because = new ArrayList<>(lines.friendly().get("improviseBecause"));
        because.addAll(lines.tough().get("improviseBecause"));
        for (String id : onePerProfile("reasons-")) {
            played = Offline.playScript(id, Difficulty.HARD, List.of("What do you do for work?",
                    "Is that because pens get borrowed and lost, or they just don't stay with you between meetings?"));
            assertThat(because).as(played.transcript()).noneMatch(played.buyerLines().get(2)::contains);
        }
        // "what do u even use them for" asks what it writes
        assertThat(Offline.ANALYZER.readMessage("what do u even use them for").get(0).intent())
                .isEqualTo(Intent.ASK_WRITING);
    }

    @Test
    void asked_what_would_make_it_worth_it_by_an_argument_that_settles_the_price_it_settles_first_then_names_the_next() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> settled = new ArrayList<>();
        lines.resolvedBy().values().forEach(settled::addAll);
        List<String> conditions = new ArrayList<>();
        lines.wouldBuyIf().values().forEach(conditions::addAll);
        // panel 66's average EXPERT seller (this session id, these messages) heard "Trying it myself, not hearing
        // about it. Fine, that puts it in perspective."
        Played played = Offline.playScript("G6SIzO7VRKC2za0CGLnPlQ", Difficulty.EXPERT, List.of(
                "ha ok, two minutes. well its $24 right now instead of $29, launch price. its the Linea One, refillable gel pen, dries in under a second so no smudging. what do you usually write with?",
                "haha fair, most people do. what do you write mostly tho, like for work?",
                "oh so like a journalist or reporter? does the freebie pen ever let you down in the middle of an interview?",
                "yeah thats the worst, losing a quote cause the pen dies. so this one has a one click retractable tip, no cap, and it doesnt leak so your fine in the jacket pocket, metal clip too. and the cartridge is big, writes like 2km, so it wont just die on you halfway thru. plus the quick dry ink means when your scribbling fast standing up it wont smudge",
                "i hear you. but like, whats it cost you if the pen dies in a court hearing and you miss the one quote you needed? the $24 is a one off, refills are $4 and last about six months, and theres a 2 year guarantee so if it fails we just replace it",
                "ok fair. i cant really go lower than the launch price, its going back up to $29 at the end of the month. but if you order this week the engraving is free, so you could put your name on it, then it doesnt end up walking off at the press bench like the freebies do lol",
                "ok so what would make it worth it for you? like if you think about it over a year its $24 plus two refills, so $32, thats under $3 a month for a pen that actually works every time you need it"
));
        String reply = played.buyerLines().get(7);
        int settledAt = settled.stream().mapToInt(reply::indexOf).filter(at -> at >= 0).min().orElse(-1);
        int conditionAt = conditions.stream().mapToInt(reply::indexOf).filter(at -> at >= 0).min().orElse(-1);
        assertThat(settledAt).as(played.transcript()).isNotNegative();
        assertThat(conditionAt).as(played.transcript()).isGreaterThan(settledAt);
    }

    @Test
    void two_tough_difficulties_notice_the_same_demonstration_in_different_words() {
        Product.Feature quickDry = Offline.PRODUCT.featuresFor("smudging").get(0);
        assertThat(quickDry.tried()).hasSizeGreaterThan(1);
        int compared = 0;
        for (String id : onePerProfile("demo-")) {
            List<Integer> noticed = new ArrayList<>();
            for (Difficulty difficulty : List.of(Difficulty.HARD, Difficulty.EXPERT)) {
                Played played = Offline.playScript(id, difficulty, List.of("What do you write with at the moment?",
                        "Here, have a go with this one: sign your name and smear it with your finger, see if it smudges."));
                String reply = played.buyerLines().get(2);
                IntStream.range(0, quickDry.tried().size()).filter(i -> reply.contains(quickDry.tried().get(i)))
                        .findFirst().ifPresent(noticed::add);
            }
            if (noticed.size() == 2) {
                assertThat(noticed.get(0)).as(id).isNotEqualTo(noticed.get(1));
                compared++;
            }
        }
        assertThat(compared).isPositive();
    }

    @Test
    void a_tough_buyer_wants_three_questions_and_one_that_said_so_names_that_as_what_holds_it_back() {
        // panel 67's poor HARD seller (this session id, these messages) bought after two questions
        Played played = Offline.playScript("m53YYSNkwXDDY6bTqQXsNA", Difficulty.HARD, List.of(
                "ok so this is the linea one. quick dry gel, aluminium, 2 yr guarantee. only $24 this month. easy yes right",
                "its only $4 over ur budget tho. and its $29 after this month so ur saving $5",
                "but cheap pens die in a month. this one u refill for $4 and it lasts 6 months. so its cheaper really",
                "ok what do u even use pens for",
                "nice so u sign stuff in front of clients? this looks pro, not some chewed biro. makes u look legit",
                "ok well its 0.5mm fine point so ur ticks fit in the little boxes. and dries instantly no smudge on the ledger. so $24 deal?",
                "its $4 more than ur budget man. plus free engraving this week, thats worth way more than $4",
                "great so ill put u down for one",
                "its aluminium its solid, 22g. and retractable so no leaking. it wont break trust me",
                "proof is the 2 year guarantee lol. if it breaks u get a new one free, what more do u want",
                "here try it, write on this and rub it straight away. see no smudge. so u want it?"));
        assertThat(played.outcome()).as(played.transcript()).isNotEqualTo(Outcome.SALE);
        // panel 67's poor MEDIUM seller heard "Not yet. I'm not sure it fits how I work." and then, asked why not,
        // "Just a bit of time to think, really."
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> littleDiscovery = new ArrayList<>(lines.friendly().get("hesitationLittleDiscovery"));
        littleDiscovery.addAll(lines.tough().get("hesitationLittleDiscovery"));
        played = Offline.playScript("KiMtL1Y9I6fCb2c_-MNd5A", Difficulty.MEDIUM, List.of(
                "ok linea one, gel pen, $24 launch price normally $29. dries super fast no smudge. want one?",
                "its worth it tho, its aluminium not plastic junk. and the price goes up to $29 end of month so its actually a deal",
                "what pen u using now",
                "lol free biros r rubbish they smudge and run out. this lasts 6 months heavy use and refills r only $4",
                "so ill do u one for $24 yeah?",
                "they dont tho, u said its free biros. this one has a 2 year guarantee, breaks = free new one. cmon its $24",
                "exactly. so u in? free engraving too if u order this week",
                "why not? what do u do at the station",
                "ok cop, so ur writing notes outside in the rain n stuff. clips to ur notebook, no cap to lose, doesnt leak. perfect for u. $24",
                "nothing to think about its $24 and goes to $29. just grab it now"));
        assertThat(littleDiscovery).as(played.transcript()).anyMatch(played.buyerLines().get(8)::contains);
    }

    @Test
    void a_pitch_built_on_its_trouble_is_heard_before_a_tough_buyer_asks_the_price() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> askPrice = lines.tough().get("askPrice");
        // panel 66's average HARD seller (this session id, these messages) heard a bare "And the price?"
        Played played = Offline.playScript("933Jv4Z5EKipDkh4zMy5_w", Difficulty.HARD, List.of(
                "hi! before i get into it, can i ask what kind of writing you do most days?",
                "oh nice, like a designer or illustrator? this pen would be really good for that actually, the 0.5mm fine point gives you really neat fine lines, and the soft grip means your hand doesnt cramp when your drawing for hours",
                "thats so cool. what do you use for the sketching and lettering right now, and is there anything about it that annoys you?",
                "oh man ok so this is perfect for you then. the gel ink dries in under a second, so as a lefty your hand can drag right over what you just wrote and it wont smear. thats actually one of the main things its designed for"));
        String reply = played.buyerLines().get(4);
        assertThat(askPrice).as(played.transcript()).anyMatch(reply::endsWith);
        assertThat(askPrice).as(played.transcript()).noneMatch(reply::equals);
    }

    @Test
    void boasts_typed_as_comparisons_count_toward_the_hard_sell() {
        for (String boast : List.of("this ones better, aluminium barrel looks pro, soft grip.",
                "and it lasts like forever its refillable")) {
            List<SentenceReading> parts = Offline.ANALYZER.analyse(List.of(
                    new Turn(1, Speaker.BUYER, "Sell me this pen.", Instant.EPOCH),
                    new Turn(2, Speaker.TRAINEE, boast, Instant.EPOCH))).traineeTurns().get(0).sentences();
            assertThat(parts).as(boast).anySatisfy(part -> assertThat(part.has(Act.SUPERLATIVE)).isTrue());
        }
        // panel 68's poor MEDIUM seller (this session id, these messages) bought after two boasts and two asks made
        // before a single question
        Played played = Offline.playScript("meEth_tRyUO2OV5dxh0Rvg", Difficulty.MEDIUM, List.of(
                "linea one pen. $24 launch price, normally $29. gel ink dries in under a second, 2 yr guarantee. u should get one",
                "its not tho its $29 normally so ur saving $5. and it lasts like forever its refillable",
                "great so ill put u down for one?",
                "everyone has pens lol. this ones better, aluminium barrel looks pro, soft grip. free engraving if u order this week too",
                "ok what pen u using now then",
                "lol ok so u drive a van for work? glovebox pens always die or leak. this one clips on ur pocket and doesnt leak",
                "nice. so u write stuff down on site alot? this pen is tough, aluminium, 2 yr guarantee if it breaks u get a new one free. $24 only till end of month",
                "yeah exactly. so u want one or two? $24 each"));
        assertThat(played.outcome()).as(played.transcript()).isNotEqualTo(Outcome.SALE);
    }

    @Test
    void troubles_listed_together_are_not_answered_as_a_question_about_its_hand_alone() {
        List<String> handFine = new ArrayList<>();
        BuyerCast.Lines lines = new BuyerCast().lines();
        for (Map<String, List<String>> voice : List.of(lines.friendly(), lines.tough())) {
            handFine.addAll(voice.get("handFine"));
        }
        int checked = 0;
        for (String id : onePerProfile("listed-")) {
            BuyerProfile profile = BUYER.profile(id);
            if (profile.needs().contains("hand-fatigue") || profile.needs().contains("smudging")) {
                continue;
            }
            Played played = Offline.playScript(id, Difficulty.HARD, List.of("What do you do for work?",
                    "What goes wrong with the pens you use now?",
                    "Apart from that, anything else - hand getting tired after a long day, ink smudging on the forms?"));
            assertThat(handFine).as(played.transcript()).noneMatch(played.buyerLines().get(3)::contains);
            checked++;
        }
        assertThat(checked).isPositive();
    }

    @Test
    void a_count_or_the_price_of_other_pens_is_not_heard_as_a_price_for_this_one() {
        assertThat(Offline.ANALYZER.readMessage("cheap pens u buy like 10 of them a year.").get(0).price()).isNull();
        for (String id : onePerProfile("others-")) {
            Played played = Offline.playScript(id, Difficulty.EXPERT, List.of("What do you write with now?",
                    "This one dries in under a second and it's refillable. It's $24.",
                    "I hear you. But a pack of supermarket gel pens is what, like $8-10, and they run out fast, right? "
                            + "Refills for this one are $4 and last six months."));
            assertThat(played.buyerLines().get(3)).as(played.transcript()).doesNotContain("$8").doesNotContain("$10");
        }
    }

    @Test
    void a_seller_who_asks_whether_it_is_a_no_gets_a_plain_answer_and_the_session_ends() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        for (int i = 0; i < 4; i++) {
            Played played = Offline.playScript("its-a-no-" + i, Difficulty.MEDIUM, List.of("What do you do for work?",
                    "It's a pen, it's $24.", "No pressure at all. So it's a no for today?"));
            assertThat(played.outcome()).as(played.transcript()).isEqualTo(Outcome.NO_SALE);
            List<String> replies = played.buyerLines();
            assertThat(lines.friendly().get("confirmNo")).as(played.transcript())
                    .anyMatch(replies.get(replies.size() - 1)::contains);
        }
    }

    @Test
    void a_cut_without_a_currency_sign_a_boast_and_a_question_about_the_buyers_own_money_are_read_as_such() {
        assertThat(Offline.ANALYZER.readMessage("24 bucks is nothing, ill even knock it to 20 if u buy now"))
                .anySatisfy(part -> {
                    assertThat(part.price()).isEqualTo(20);
                    assertThat(part.invented()).isTrue();
                });
        List<SentenceReading> boast = Offline.ANALYZER.analyse(List.of(
                new Turn(1, Speaker.BUYER, "Sell me this pen.", Instant.EPOCH),
                new Turn(2, Speaker.TRAINEE, "linea one, best pen on the market hands down.", Instant.EPOCH)))
                .traineeTurns().get(0).sentences();
        assertThat(boast).anySatisfy(part -> assertThat(part.has(Act.SUPERLATIVE)).isTrue());
        // facts in the same breath do not excuse a boast
        assertThat(Offline.ANALYZER.analyse(List.of(new Turn(1, Speaker.BUYER, "Sell me this pen.", Instant.EPOCH),
                new Turn(2, Speaker.TRAINEE, "its the smoothest pen ever made, gel ink, 2 year guarantee.",
                        Instant.EPOCH))).traineeTurns().get(0).sentences())
                .anySatisfy(part -> assertThat(part.has(Act.SUPERLATIVE)).isTrue());
        assertThat(boast).noneSatisfy(part -> assertThat(part.specifics()).contains("a demonstration"));
        // "cant go lower" refuses a cut; "can't go lower than 20" offers one
        assertThat(Offline.ANALYZER.readMessage("cant go lower sorry its already discounted."))
                .noneMatch(part -> part.intent() == Intent.DISCOUNT);
        assertThat(Offline.ANALYZER.readMessage("I can't go lower than 20 for you."))
                .anyMatch(part -> part.intent() == Intent.DISCOUNT);
        // what it would take to win the buyer over is asked of the buyer, however "really better" sounds
        assertThat(Offline.ANALYZER.readMessage("What would you need to see to believe it's really better than the "
                + "glovebox pen?").get(0).intent()).isEqualTo(Intent.ASK_HESITATION);
        // what the pen comes to set against the buyer's spending asks what its pens cost it now
        assertThat(Offline.ANALYZER.readMessage("How does that compare with what you spend now on pens that end up "
                + "leaking in the glovebox?").get(0).intent()).isEqualTo(Intent.ASK_CURRENT_PEN);
        // the worth of the buyer's own orders is no question about its budget, however its runner-up reading leans
        for (String ownMoney : List.of("roughly what are those orders worth?",
                "how much does one of your deals with a hospital usually come to?")) {
            assertThat(Offline.ANALYZER.readMessage(ownMoney).get(0)).satisfies(part -> {
                assertThat(part.intent()).isNotEqualTo(Intent.ASK_BUDGET);
                assertThat(part.runnerUp()).isNotEqualTo(Intent.ASK_BUDGET);
            });
        }
        // running down other pens is no insult to the buyer
        assertThat(Offline.ANALYZER.readMessage("cuz cheap pens suck.").get(0).intent()).isNotEqualTo(Intent.RUDE);
        // what lets the buyer down, and when its trouble strikes, ask about its trouble
        assertThat(Offline.ANALYZER.readMessage("When you're sketching in front of a client, what lets you down with "
                + "the pen you use now?").get(0).intent()).isEqualTo(Intent.ASK_PAIN);
        assertThat(Offline.ANALYZER.readMessage("when does it usually go missing, like mid service?").get(0).intent())
                .isEqualTo(Intent.ASK_PAIN);
        // "this is the pen." shows what is on offer; it boasts of nothing
        assertThat(Offline.ANALYZER.readMessage("this is the pen.").get(0).intent()).isNotEqualTo(Intent.SUPERLATIVE);
        // the product's own offer spelt out ("ur name on it.") shows nothing
        assertThat(Offline.ANALYZER.readMessage("ur name on it.").get(0).intent()).isNotEqualTo(Intent.PROOF);
        // what is written with a pen already named asks about the writing, not the pen
        assertThat(Offline.ANALYZER.readMessage("And what do you end up writing with those freebies?").get(0).intent())
                .isEqualTo(Intent.ASK_WRITING);
        assertThat(Offline.ANALYZER.readMessage("When did you last need a pen, and what were you writing?"))
                .last().satisfies(part -> assertThat(part.intent()).isEqualTo(Intent.ASK_WRITING));
        // what bothers the buyer about its own pens is the trouble with them, not what holds it back
        assertThat(Offline.ANALYZER.readMessage("whats bugging you about the fineliners, anything?").get(0).intent())
                .isEqualTo(Intent.ASK_PAIN);
        // what the buyer's pens cost is about those pens; what a dead pen costs it is its trouble
        assertThat(Offline.ANALYZER.readMessage("how much do your fineliners cost?").get(0).intent())
                .isEqualTo(Intent.ASK_CURRENT_PEN);
        assertThat(Offline.ANALYZER.readMessage("And when the van pen dies mid-checklist, what does that cost you?"))
                .last().satisfies(part -> assertThat(part.intent()).isEqualTo(Intent.ASK_PAIN));
        // a saying typed without a question mark tells the buyer something, it asks nothing
        assertThat(Offline.ANALYZER.readMessage("u get what u pay for man").get(0).intent().asksAboutBuyer()).isFalse();
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> vague = new ArrayList<>(lines.tough().get("improviseOpen"));
        for (int i = 0; i < 4; i++) {
            Played played = Offline.playScript("commission-" + i, Difficulty.HARD, List.of("What do you do for work?",
                    "What's your commission on a typical sale?"));
            assertThat(vague).as(played.transcript()).anyMatch(played.buyerLines().get(2)::contains);
        }
    }

    @Test
    void the_second_half_of_a_two_part_question_is_answered_even_when_first_read_as_something_else() {
        for (int i = 0; i < 6; i++) {
            String id = "two-part-" + i;
            BuyerProfile profile = BUYER.profile(id);
            // asked how its hand feels, it tells what its story says of its hand, or that its hand is fine
            List<String> hand = new ArrayList<>(profile.pain());
            hand.add(profile.more(Topic.PAIN, 0));
            hand.add(profile.more(Topic.PAIN, 1));
            hand.removeIf(line -> !line.matches("(?i).*\\b(?:hands?|wrists?|fingers?|knuckles?|cramps?)\\b.*"));
            if (hand.isEmpty()) {
                hand.addAll(new BuyerCast().lines().friendly().get("handFine"));
            }
            Played played = Offline.playScript(id, Difficulty.EASY, List.of("What do you do for work?",
                    "How long does a typical day of writing take you, and how does your hand feel by the end of it?"));
            assertThat(hand).as(played.transcript()).anyMatch(played.buyerLines().get(2)::contains);
            Played holdsUp = Offline.playScript(id, Difficulty.EASY, List.of("What do you do for work?",
                    "How does your hand hold up after a long day of notes?"));
            assertThat(hand).as(holdsUp.transcript()).anyMatch(holdsUp.buyerLines().get(2)::contains);
        }
    }

    @Test
    void asked_whether_it_is_something_the_buyer_answers_from_the_fact_that_says_so_or_says_no() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        for (int i = 0; i < 16; i++) {
            String id = "attribute-" + i;
            BuyerProfile profile = BUYER.profile(id);
            Played played = Offline.playScript(id, Difficulty.MEDIUM, List.of("Are you left-handed?", "Are you a nurse?"));
            boolean leftHanded = profile.id().equals("left-handed-illustrator");
            // which hand it writes with is answered as such, and only a buyer whose story says left is left-handed
            assertThat(lines.friendly().get(leftHanded ? "handLeft" : "handRight").stream()
                    .anyMatch(played.buyerLines().get(1)::contains)).as(played.transcript()).isTrue();
            assertThat(lines.friendly().get("improviseYesNo").stream().anyMatch(played.buyerLines().get(2)::contains))
                    .as(played.transcript()).isEqualTo(!profile.id().equals("nursing-student"));
        }
    }

    @Test
    void offered_two_options_the_buyer_picks_one_and_keeps_to_it_when_asked_which() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> first = lines.friendly().get("pickFirst");
        List<String> second = lines.friendly().get("pickSecond");
        List<String> both = lines.friendly().get("improviseEither");
        for (int i = 0; i < 8; i++) {
            Played played = Offline.playScript("either-" + i, Difficulty.EASY, List.of(
                    "What annoys you about the pens you use now?",
                    "You said that, so is it more the ink, or the pen giving up on you?",
                    "And is it worse at work, or at home?",
                    "haha ok which one tho?"));
            List<String> replies = played.buyerLines();
            // "yes, that's right" answers nothing; "a bit of both" twice is a tic
            assertThat(replies).as(played.transcript())
                    .noneMatch(reply -> lines.friendly().get("confirm").stream().anyMatch(reply::contains));
            assertThat(replies.stream().filter(reply -> both.stream().anyMatch(reply::contains)).count())
                    .as(played.transcript()).isLessThanOrEqualTo(1);
            String which = replies.get(4);
            assertThat(first.stream().anyMatch(which::startsWith) || second.stream().anyMatch(which::startsWith))
                    .as(played.transcript()).isTrue();
            // picked once already, it keeps to it
            String before = replies.get(3);
            if (first.stream().anyMatch(before::startsWith)) {
                assertThat(first).as(played.transcript()).anyMatch(which::startsWith);
            } else if (second.stream().anyMatch(before::startsWith)) {
                assertThat(second).as(played.transcript()).anyMatch(which::startsWith);
            }
        }
    }

    @Test
    void asked_who_pays_whether_it_needs_a_pen_or_which_of_two_short_options_the_buyer_says_so() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        for (int i = 0; i < 16; i++) {
            String id = "who-pays-" + i;
            BuyerProfile profile = BUYER.profile(id);
            Played played = Offline.playScript(id, i % 2 == 0 ? Difficulty.EASY : Difficulty.HARD, List.of(
                    "Are you buying this for yourself, or through work?",
                    "How fast do you go through pens, weeks or months?",
                    "u need a pen or not?",
                    "Do you write in red or blue?"));
            Map<String, List<String>> voice = i % 2 == 0 ? lines.friendly() : lines.tough();
            List<String> replies = played.buyerLines();
            // who pays is in its story, never a price asked for or a close turned down
            assertThat(replies.get(1)).as(played.transcript()).contains(profile.more(Topic.BUDGET, 0));
            // a frequency is one or the other, said in the question's words
            assertThat(replies.get(2).toLowerCase(java.util.Locale.ROOT)).as(played.transcript())
                    .containsAnyOf("weeks", "months");
            assertThat(voice.get("improviseEither")).as(played.transcript()).noneMatch(replies.get(2)::contains);
            // "…or what?" only prods: the question is answered, not picked from
            // "…or what?" only prods: the question is answered, not picked from
            Played prod = Offline.playScript(id, Difficulty.HARD, List.of("Hi. What do you do for work?",
                    "u sign stuff at work or what?"));
            assertThat(lines.tough().get("improviseEither")).as(prod.transcript())
                    .noneMatch(prod.buyerLines().get(2)::contains);
            String need = replies.get(3);
            assertThat(voice.get("needPen").stream().map(line -> line.replace("{currentPen}", profile.currentPenShort())))
                    .as(played.transcript()).anyMatch(need::contains);
            // its ink colour is in no story: a pick or "some of each", not what it writes
            String colour = replies.get(4);
            assertThat(profile.writing()).as(played.transcript()).noneMatch(colour::contains);
            assertThat(colour.toLowerCase(java.util.Locale.ROOT).contains("red")
                    || colour.toLowerCase(java.util.Locale.ROOT).contains("blue")
                    || voice.get("improviseEither").stream().anyMatch(colour::contains)).as(played.transcript()).isTrue();
        }
    }

    @Test
    void a_bare_guess_at_what_the_buyer_does_is_answered_with_its_work() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200 && seen.size() < 16; i++) {
            String id = "guess-" + i;
            BuyerProfile profile = BUYER.profile(id);
            if (!seen.add(profile.id())) {
                continue;
            }
            List<String> words = profile.workWords();
            assertThat(words).as(profile.id()).isNotEmpty();
            String guess = words.get(i % words.size());
            Played played = Offline.playScript(id, Difficulty.MEDIUM, List.of("Morning! So " + guess + ", I'm guessing?",
                    "Busy day? Notes by hand - " + words.get(0) + " then?"));
            assertThat(profile.work()).as(played.transcript()).anyMatch(played.buyerLines().get(1)::contains);
            // guessed again, it says its work again or tells more of it, not something else
            assertThat(played.buyerLines().get(2)).as(played.transcript())
                    .satisfiesAnyOf(line -> assertThat(profile.more().get("work")).anyMatch(line::contains),
                            line -> assertThat(line).contains(profile.recap(Topic.WORK)));
        }
        assertThat(seen).hasSize(16);
    }

    @Test
    void asked_how_the_pens_it_named_hold_up_the_buyer_tells_what_goes_wrong() {
        for (int i = 0; i < 8; i++) {
            String id = "holds-up-" + i;
            BuyerProfile profile = BUYER.profile(id);
            Played played = Offline.playScript(id, Difficulty.MEDIUM, List.of("Hi! What do you write with these days?",
                    "Are they working out for you when you're writing up long notes?"));
            assertThat(profile.pain()).as(played.transcript()).anyMatch(played.buyerLines().get(2)::contains);
        }
    }

    @Test
    void a_cut_to_the_budget_it_named_settles_the_money_when_said_again_and_when_asked() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        int checked = 0;
        for (int i = 0; i < 40 && checked < 4; i++) {
            String id = "settled-" + i;
            int budget = BUYER.profile(id).budget();
            if (budget >= Offline.PRODUCT.price()) {
                continue;
            }
            Played played = Offline.playScript(id, Difficulty.HARD, List.of("It's the Linea One, a gel pen. $24.",
                    "What would you spend on a pen?", "ugh ok " + budget + " then", "its " + budget + ".",
                    "so what price would you actually buy at?"));
            List<String> said = played.buyerLines();
            String offered = "$" + budget;
            assertThat(said.get(3)).as(played.transcript()).contains(offered);
            assertThat(lines.tough().get("reactDiscountAgain")).as(played.transcript())
                    .anyMatch(line -> said.get(4).contains(line.replace("{offered}", offered)));
            assertThat(lines.tough().get("budgetMet")).as(played.transcript())
                    .anyMatch(line -> said.get(5).contains(line.replace("{offered}", offered)));
            // a cut to its figure made with an ask settles the money before anything is pressed
            Played asked = Offline.playScript(id, Difficulty.HARD, List.of("It's the Linea One, a gel pen. $24.",
                    "What would you spend on a pen?", "ugh fine. $" + budget + ". u buying or not"));
            assertThat(asked.buyerLines().get(3)).as(asked.transcript()).doesNotContainIgnoringCase("price")
                    .doesNotContain("$24");
            checked++;
        }
        assertThat(checked).isEqualTo(4);
    }

    @Test
    void a_figure_offered_as_a_guess_is_taken_up_and_how_soon_is_not_how_long() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        for (int i = 0; i < 8; i++) {
            Played played = Offline.playScript("figure-" + i, Difficulty.EASY, List.of(
                    "What do you write most in a day?", "Right, so is that fifty a day? Sixty?",
                    "And how long before your hand starts to get tired?"));
            String figure = played.buyerLines().get(2);
            assertThat(lines.friendly().get("guessCount")).as(played.transcript())
                    .anyMatch(line -> figure.contains(line.replace("{n}", "sixty")));
            assertThat(lines.friendly().get("improviseHowLong")).as(played.transcript())
                    .noneMatch(played.buyerLines().get(3)::contains);
            // a yes-or-no question that only mentions a number puts no figure to check
            Played mention = Offline.playScript("figure-" + i, Difficulty.HARD, List.of(
                    "What do you write with now?", "Does your hand ache after a few pages? Or after 20 minutes?"));
            assertThat(lines.tough().get("guessCount")).as(mention.transcript()).noneMatch(line ->
                    mention.buyerLines().get(2).contains(line.replace("{n}", "").replace(".", "").strip()));
        }
        // a rough count asked with "we", and what a trouble costs asked without "you", still ask the buyer
        assertThat(Offline.ANALYZER.readMessage("Roughly how many forms are we talking about on a busy day?"))
                .singleElement().satisfies(part -> assertThat(part.intent().asksAboutBuyer()).isTrue());
        assertThat(Offline.ANALYZER.readMessage("Next to one lost client, what's the cost of fumbling a signature?"))
                .anyMatch(part -> part.intent() == Intent.ASK_PAIN);
    }

    @Test
    void what_holds_the_buyer_back_what_it_writes_and_a_bare_figure_settled_on_are_read_as_such() {
        assertThat(Offline.ANALYZER.readMessage("Out of interest, what would you be mulling over tonight?"))
                .anyMatch(part -> part.intent() == Intent.ASK_HESITATION);
        assertThat(Offline.ANALYZER.readMessage("Leaving the money aside, is there anything about the pen that would "
                + "stop you?")).anyMatch(part -> part.intent() == Intent.ASK_HESITATION);
        assertThat(Offline.ANALYZER.readMessage("meh. what do u write then")).anyMatch(part -> part.intent()
                == Intent.ASK_WRITING);
        assertThat(Offline.ANALYZER.readMessage("whatever ok 14.")).anyMatch(part -> part.invented()
                && Integer.valueOf(14).equals(part.price()));
        // a full question typed with "??" still asks; a short one is surprise
        assertThat(Offline.ANALYZER.readMessage("so what do u even write with at work, a pencil??"))
                .anyMatch(part -> part.intent() == Intent.ASK_CURRENT_PEN);
        assertThat(Offline.ANALYZER.readMessage("busy??")).noneMatch(part -> part.intent().asksAboutBuyer());
        assertThat(Offline.ANALYZER.readMessage("and how much do you go through on biros in a term?"))
                .anyMatch(part -> part.intent() == Intent.ASK_CURRENT_PEN);
        assertThat(Offline.ANALYZER.readMessage("How much does the firm go through in boxes of ballpoints in a year?"))
                .anyMatch(part -> part.intent() == Intent.ASK_CURRENT_PEN);
        // a question put outright about the buyer's own pen asks, however the classifier leaned
        assertThat(Offline.ANALYZER.analyse(List.of(new Turn(1, Speaker.BUYER, "Sell me this pen.", Instant.EPOCH),
                new Turn(2, Speaker.TRAINEE, "What do you write with?", Instant.EPOCH),
                new Turn(3, Speaker.BUYER, "A fineliner and a mechanical pencil.", Instant.EPOCH),
                new Turn(4, Speaker.TRAINEE, "Got it. What's frustrating about the fineliner, especially on site?",
                        Instant.EPOCH))).traineeTurns().get(1).sentences())
                .anySatisfy(part -> assertThat(part.topic()).isEqualTo(Topic.PAIN));
        // who pays, however it is put
        assertThat(Offline.ANALYZER.readMessage("So would you be paying for this yourself, or can you put it through "
                + "as work kit?")).anyMatch(part -> part.intent() == Intent.ASK_BUDGET);
        assertThat(Offline.ANALYZER.readMessage("is this something you'd buy yourself, or could it go through work as "
                + "kit?")).anyMatch(part -> part.intent() == Intent.ASK_BUDGET);
        assertThat(Offline.ANALYZER.readMessage("could it go through the pharmacy as a work expense maybe?"))
                .anyMatch(part -> part.intent() == Intent.ASK_BUDGET);
        assertThat(Offline.ANALYZER.readMessage("so would the pharmacy cover it then?"))
                .anyMatch(part -> part.intent() == Intent.ASK_BUDGET);
        // …and a close that puts one through is no question of who pays
        assertThat(Offline.ANALYZER.readMessage("want me to put one through with your name engraved?"))
                .noneMatch(part -> part.intent() == Intent.ASK_BUDGET);
        assertThat(Offline.ANALYZER.readMessage("so whats ur agency do anyway")).anyMatch(part -> part.intent()
                == Intent.ASK_WORK);
        assertThat(Offline.ANALYZER.readMessage("haha ok what do u do")).anyMatch(part -> part.intent()
                == Intent.ASK_WORK);
        assertThat(Offline.ANALYZER.readMessage("alright sure what do u use it for")).anyMatch(part -> part.intent()
                == Intent.ASK_WRITING);
        assertThat(Offline.ANALYZER.readMessage("Out of interest, about how many of those biros do you go through a month?"))
                .anyMatch(part -> part.intent() == Intent.ASK_CURRENT_PEN);
    }

    @Test
    void three_boasts_at_medium_never_buy_whatever_questions_came_before() {
        for (int i = 0; i < 6; i++) {
            Played played = Offline.playScript("boasts-" + i, Difficulty.MEDIUM, List.of("hey, what do u do for work?",
                    "what do u write with now?", "ok well this is top quality, smoothest pen u will ever touch",
                    "honestly its amazing, u will love it. its $24", "u need this, best pen ever made. deal?",
                    "so is that a yes?"));
            assertThat(played.outcome()).as(played.transcript()).isNotEqualTo(Outcome.SALE);
        }
    }

    @Test
    void asked_what_to_engrave_a_buyer_that_buys_says_what() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        int named = 0;
        for (int i = 0; i < 6; i++) {
            Played played = Offline.playScript("engrave-" + i, Difficulty.EASY, List.of("Hi! What do you do for work?",
                    "What do you write with at the moment?", "And what goes wrong with those?",
                    "This one's a quick-dry gel pen that won't smudge, leak or die on you, which is exactly what you "
                            + "told me goes wrong with yours. A $4 refill lasts about six months.", "It's $24.",
                    "Shall I put one aside for you? And what name do you want on it?"));
            String last = played.buyerLines().get(played.buyerLines().size() - 1);
            if (played.outcome() == Outcome.SALE) {
                assertThat(lines.friendly().get("saleEngraved")).as(played.transcript()).noneMatch(last::contains);
                named += lines.friendly().get("saleEngravedName").stream().anyMatch(last::contains) ? 1 : 0;
            }
        }
        assertThat(named).isPositive();
    }

    @Test
    void a_cut_turned_down_is_heard_and_the_price_still_stands() {
        List<String> refused = new BuyerCast().lines().tough().get("cutRefused");
        int heard = 0;
        for (int i = 0; i < 8; i++) {
            Played played = Offline.playScript("cut-" + i, Difficulty.HARD, List.of(
                    "Hi, it's the Linea One, a refillable gel pen. $24.",
                    "I can't go down to $15, sorry, $24 is already the launch price."));
            String reply = played.buyerLines().get(2);
            heard += refused.stream().anyMatch(line -> reply.contains(line.replace("${price}", "$24"))) ? 1 : 0;
            assertThat(reply).as(played.transcript()).doesNotContain("what about the price");
        }
        assertThat(heard).isGreaterThanOrEqualTo(4);
    }

    @Test
    void a_question_without_you_that_takes_up_the_buyers_words_is_answered() {
        for (int i = 0; i < 6; i++) {
            String id = "built-on-" + i;
            BuyerProfile profile = BUYER.profile(id);
            Played played = Offline.playScript(id, Difficulty.HARD, List.of("Hi! What do you write with at the moment?",
                    "Got it. And what goes wrong with the " + profile.currentPenShort().replaceFirst("^(?:a|an|the) ", "")
                            + " over a long day?"));
            assertThat(profile.pain()).as(played.transcript()).anyMatch(played.buyerLines().get(2)::contains);
            // "deal?" guesses at nothing it does
            Played deal = Offline.playScript(id, Difficulty.HARD, List.of("It's $24, guaranteed two years. Deal?"));
            assertThat(profile.timing()).as(deal.transcript()).noneMatch(deal.buyerLines().get(1)::contains);
        }
    }

    @Test
    void a_tough_buyer_is_not_settled_by_an_answer_wrapped_in_hype_and_work_is_never_a_bit_of_both() {
        for (int i = 0; i < 6; i++) {
            Played hyped = Offline.playScript("hyped-" + i, Difficulty.HARD, List.of(
                    "It's the Linea One, a refillable gel pen, $24.",
                    "Over two years that's three cents a day, honestly the best deal you'll ever get, trust me."));
            Played plain = Offline.playScript("hyped-" + i, Difficulty.HARD, List.of(
                    "It's the Linea One, a refillable gel pen, $24.",
                    "Over two years that's three cents a day, and a $4 refill lasts six months."));
            assertThat(hyped.buyerLines().get(2)).as(hyped.transcript()).isNotEqualTo(plain.buyerLines().get(2));
            Played either = Offline.playScript("either-work-" + i, Difficulty.MEDIUM, List.of(
                    "Hi! What do you do?", "Sorry, so are you a pilot or more like a surgeon?"));
            BuyerProfile profile = BUYER.profile("either-work-" + i);
            assertThat(either.buyerLines().get(2)).as(either.transcript()).containsIgnoringCase(profile.recap(Topic.WORK)
                    .split(",")[0]);
        }
    }

    @Test
    void how_much_a_thing_matters_and_how_it_compares_are_answered_as_asked() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        for (int i = 0; i < 6; i++) {
            Played played = Offline.playScript("degree-" + i, Difficulty.EASY, List.of(
                    "What do you write with now?", "And how much does a neat line matter to you?"));
            assertThat(lines.friendly().get("improviseAmount")).as(played.transcript())
                    .noneMatch(played.buyerLines().get(2)::contains);
        }
    }

    @Test
    void a_buyer_that_only_balked_at_the_price_buys_without_naming_a_budget_it_never_gave() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        int stretched = 0;
        for (int i = 0; i < 12; i++) {
            String id = "stretch-" + i;
            Played played = Offline.playScript(id, Difficulty.HARD, List.of("Hi! What do you do for work?",
                    "What do you write with at the moment?", "And what goes wrong with those?",
                    "This one's a quick-dry gel pen that won't smudge, leak or die on you, which is exactly what "
                            + "you told me goes wrong with yours. A $4 refill lasts about six months.", "It's $24.",
                    "Over the two-year guarantee that's about three cents a day, less than your pens cost you now.",
                    "Shall I put one aside for you?",
                    "Fair question. Here, try it: write your name and rub it with your thumb.",
                    "Is anything coming up soon where your pen really has to work?",
                    "You'd have it well before that, and the launch price ends at the end of the month. Shall I put "
                            + "one aside for you?"));
            List<String> said = played.buyerLines();
            String last = said.get(said.size() - 1);
            int budget = BUYER.profile(id).budget();
            boolean budgetTold = said.stream().anyMatch(line -> line.contains("$" + budget))
                    || BUYER.profile(id).budgetLines().stream().anyMatch(line -> said.stream().anyMatch(
                            spoken -> spoken.contains(line)));
            if (played.outcome() == Outcome.SALE && !budgetTold) {
                assertThat(lines.tough().get("saleOverBudget")).as(played.transcript()).noneMatch(last::contains);
                stretched += lines.tough().get("saleStretch").stream().anyMatch(last::contains) ? 1 : 0;
            }
        }
        assertThat(stretched).isPositive();
    }

    @Test
    void asked_which_of_two_holds_it_back_the_buyer_picks_the_one_that_names_its_doubt() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        int picked = 0;
        for (int i = 0; i < 12; i++) {
            String id = "either-worth-" + i;
            Played played = Offline.playScript(id, Difficulty.MEDIUM, List.of(
                    "Hi, it's a refillable gel pen and it's $24.",
                    "What's holding you back? Is it the money itself, or whether it's worth it to you?"));
            String reply = played.buyerLines().get(2);
            // a buyer over its budget is held back by the money, one that can afford it by the worth
            boolean overBudget = BUYER.profile(id).budget() < Offline.PRODUCT.price();
            List<String> right = lines.friendly().get(overBudget ? "pickFirst" : "pickSecond");
            List<String> wrong = lines.friendly().get(overBudget ? "pickSecond" : "pickFirst");
            assertThat(wrong).as(played.transcript()).noneMatch(reply::startsWith);
            picked += right.stream().anyMatch(reply::startsWith) ? 1 : 0;
        }
        assertThat(picked).isGreaterThanOrEqualTo(6);
    }

    @Test
    void asked_about_its_own_pens_the_buyer_answers_what_was_asked_not_a_check_in_or_another_story() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        Map<String, List<String>> friendly = lines.friendly();
        for (int i = 0; i < 8; i++) {
            Played played = Offline.playScript("own-pens-" + i, Difficulty.EASY, List.of(
                    "What do you use at the moment, and how's it working for you?",
                    "When one lets you down, what do you actually do?",
                    "Does that happen often enough to bother you?",
                    "How often do you buy new ones?",
                    "And when the ink smudges, what do you do then?",
                    "How quickly do you get through them?",
                    "And when that happens, what does it cost you?"));
            List<String> replies = played.buyerLines();
            // "how's it working for you?" asks about its pens: no "that would help" to a pitch never made
            assertThat(friendly.get("trialYes")).as(played.transcript()).noneMatch(replies.get(1)::contains);
            assertThat(friendly.get("trialMaybe")).as(played.transcript()).noneMatch(replies.get(1)::contains);
            assertThat(friendly.get("improviseWhatDo")).as(played.transcript()).contains(replies.get(2));
            assertThat(friendly.get("painYes")).as(played.transcript()).contains(replies.get(3));
            assertThat(friendly.get("improviseOpen")).as(played.transcript()).doesNotContain(replies.get(4));
            // a smudge is lived with, a dead pen is borrowed around
            assertThat(friendly.get("improviseCope")).as(played.transcript()).contains(replies.get(5));
            assertThat(friendly.get("improviseOpen")).as(played.transcript()).doesNotContain(replies.get(6));
            assertThat(costAnswers("own-pens-" + i)).as(played.transcript()).anyMatch(replies.get(7)::contains);
        }
    }

    @Test
    void asked_to_buy_or_wait_a_buyer_that_buys_does_not_say_it_wants_to_wait() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> waiting = new ArrayList<>();
        for (String situation : List.of("hesitationNearlyEither", "hesitationNothingEither", "hesitationHabit",
                "hesitationNearly", "hesitationNothing")) {
            waiting.addAll(lines.friendly().get(situation));
        }
        int sales = 0;
        for (int i = 0; i < 8; i++) {
            Played played = Offline.playScript("sale-either-" + i, Difficulty.EASY, List.of(
                    "What do you write most, and what bugs you about your pens?",
                    "This one dries in under a second so nothing smudges, and the soft wide grip means your hand won't "
                            + "ache. It's $24, refills $4 for six months, two-year guarantee.",
                    "So do you want to order one now, or would you rather think about it first?"));
            if (played.outcome() == Outcome.SALE) {
                sales++;
                String last = played.buyerLines().get(played.buyerLines().size() - 1);
                assertThat(waiting).as(played.transcript()).noneMatch(last::contains);
            }
        }
        assertThat(sales).isGreaterThanOrEqualTo(4);
    }

    @Test
    void a_price_objection_met_with_a_cut_hears_the_cut_and_what_for_asks_what_it_is_for() {
        List<String> settled = new BuyerCast().lines().resolvedBy().get("PRICE");
        int objected = 0;
        for (int i = 0; i < 8; i++) {
            Played played = Offline.playScript("cut-answer-" + i, Difficulty.MEDIUM, List.of(
                    "It's the Linea One, quick-dry ink and a two-year guarantee, $24. Want one?",
                    "cheap pens smudge and die in a week. this lasts 2 years guaranteed. ok ok ill do 20 for you"));
            if (Offline.ANALYZER.analyse(played.turns().subList(0, 3)).concerns().stream()
                    .anyMatch(raised -> raised.concern() == Concern.PRICE)) {
                objected++;
                String reply = played.buyerLines().get(2);
                assertThat(settled).as(played.transcript()).noneMatch(reply::contains);
                // ("$20 now?", "so it isn't really $24?"): the cut is what it talks about
                assertThat(reply).as(played.transcript()).containsAnyOf("$20", "$24");
            }
            Played asked = Offline.playScript("what-for-" + i, Difficulty.EASY, List.of("sure i guess, what for."));
            assertThat(Offline.ANALYZER.analyse(asked.turns()).facts()).as(asked.transcript())
                    .anyMatch(fact -> fact.topic() == Topic.WRITING);
        }
        assertThat(objected).isPositive();
    }

    @Test
    void a_question_about_something_in_its_story_is_answered_from_that_part_of_it() {
        int asked = 0;
        for (int i = 0; i < 64 && asked < 3; i++) {
            String id = "story-" + i;
            if (!BUYER.profile(id).id().equals("pharmacist")) {
                continue;
            }
            asked++;
            Played played = Offline.playScript(id, Difficulty.HARD, List.of("What do you write most, and with what?",
                    "And what bugs you about those pens?",
                    "When an entry blots, does that ever come up at inspections?"));
            // the inspection it knows about, not the next detail in line nor a "no" it would take back
            assertThat(played.buyerLines().get(3)).as(played.transcript()).containsIgnoringCase("inspect");
        }
        assertThat(asked).isPositive();
    }

    @Test
    void a_busy_buyer_given_a_reason_to_buy_now_hears_it_and_a_push_is_named_when_it_walks() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> unheard = List.of("You haven't said why it has to be now.", "I still don't see why it has to be today.");
        for (int i = 0; i < 6; i++) {
            Scene scene = new Scene("busy-" + i, Difficulty.HARD, Category.URGENCY_CREATION);
            List<String> script = List.of("the price is only today, tomorrow it's 29. so yes?",
                    "last chance, take it or leave it, buy it now", "last chance!! buy it now or never",
                    "final offer, buy now or lose it", "take it or leave it, now or never", "buy it now, last chance");
            Played played = Offline.play(scene, turns -> {
                int said = (int) turns.stream().filter(t -> t.speaker() == Speaker.TRAINEE).count();
                return said < script.size() ? script.get(said) : null;
            }, script.size());
            assertThat(unheard).as(played.transcript()).noneMatch(played.buyerLines().get(1)::contains);
            assertThat(lines.tough().get("pressTimingHeard")).as(played.transcript())
                    .anyMatch(played.buyerLines().get(1)::contains);
            if (played.outcome() == Outcome.NO_SALE) {
                String last = played.buyerLines().get(played.buyerLines().size() - 1);
                assertThat(last).as(played.transcript()).doesNotContain("never answered my concern");
            }
        }
    }

    @Test
    void asked_why_after_an_apology_the_buyer_says_what_holds_it_back_not_spare_me() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        for (int i = 0; i < 6; i++) {
            Scene scene = new Scene("why-now-" + i, Difficulty.HARD, Category.URGENCY_CREATION);
            Played played = Offline.play(scene, turns -> turns.size() < 2 ? "fine sorry. why is it a bad time tho" : null,
                    1);
            String reply = played.buyerLines().get(1);
            assertThat(lines.tough().get("empathyOnly")).as(played.transcript()).noneMatch(reply::contains);
            assertThat(lines.hesitation().get("TIMING")).as(played.transcript()).anyMatch(reply::contains);
        }
    }

    @Test
    void a_guess_at_what_the_buyer_does_is_a_question_about_its_work() {
        for (String guess : List.of("oh so like a journalist?", "so a teacher?", "ah, an architect?")) {
            assertThat(Offline.ANALYZER.readMessage(guess)).as(guess)
                    .anyMatch(part -> part.intent() == Intent.ASK_WORK);
        }
        assertThat(Offline.ANALYZER.readMessage("a pen?")).noneMatch(part -> part.intent() == Intent.ASK_WORK);
        // put after what the buyer does: "interviews like a reporter?"
        assertThat(Offline.ANALYZER.readMessage("oh nice, interviews like a reporter?"))
                .anyMatch(part -> part.intent() == Intent.ASK_WORK);
    }

    @Test
    void a_heading_a_doubt_asked_about_and_a_figure_settled_on_are_read_as_what_they_are() {
        // "Outlasting what you use now: …" heads a point; it asks nothing about the buyer's pen
        assertThat(Offline.ANALYZER.readMessage("Outlasting what you use now: it's guaranteed for two years."))
                .noneMatch(part -> part.intent().asksAboutBuyer());
        assertThat(Offline.ANALYZER.readMessage("what u use now")).anyMatch(part -> part.intent() == Intent.ASK_CURRENT_PEN);
        assertThat(Offline.ANALYZER.readMessage("Which part are you not sure about: that it holds up outdoors, or "
                + "that it makes enough difference?")).anyMatch(part -> part.intent() == Intent.ASK_HESITATION);
        assertThat(Offline.ANALYZER.readMessage("ugh ok $12 then.")).anyMatch(part -> part.invented()
                && Integer.valueOf(12).equals(part.price()));
        assertThat(Offline.ANALYZER.readMessage("It's $24 then, with free engraving this week."))
                .noneMatch(ClauseReading::invented);
    }

    @Test
    void a_tough_buyer_pushing_back_on_a_price_answer_says_it_heard_it_even_when_asked_if_it_is_worth_it() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> pushBack = new ArrayList<>(lines.tough().get("pushBackPrice"));
        pushBack.addAll(lines.tough().get("pushBackPriceValue"));
        for (int i = 0; i < 8; i++) {
            Played played = Offline.playScript("push-back-" + i, Difficulty.EXPERT, List.of(
                    "What do you use pens for most, and what do you use now?",
                    "The Linea One has quick-dry gel ink, so nothing smears, and a two-year guarantee. It's $24.",
                    "One cartridge lasts about six months, so at $24 that's about 13 cents a day, and it's replaced "
                            + "free for two years if it fails. Is that worth it to you?"));
            String reply = played.buyerLines().get(3).replace("$24", "${price}");
            // "Fine, but what about the value for money?" would say nothing was said
            assertThat(pushBack).as(played.transcript()).anyMatch(reply::contains);
        }
    }

    @Test
    void a_figure_that_answers_the_buyers_question_about_the_pen_is_heard_as_its_answer() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        int asked = 0;
        for (int i = 0; i < 6; i++) {
            Played played = Offline.playScript("ink-life-" + i, Difficulty.EASY, List.of("hi, what do you do?",
                    "what do you write most?", "this pen has quick dry gel ink so nothing smears.",
                    "and the grip is soft and wide, so your hand stays relaxed.", "like 6 months heavy use"));
            if (!played.buyerLines().get(4).contains("How long")) {
                continue;
            }
            asked++;
            String reply = played.buyerLines().get(5);
            assertThat(lines.friendly().get("unanswered")).as(played.transcript()).noneMatch(reply::contains);
            assertThat(lines.friendly().get("answered")).as(played.transcript()).anyMatch(reply::contains);
        }
        assertThat(asked).isGreaterThan(0);
        // the part before "and …?" asks too: "What happened the last time, and how did it feel?"
        assertThat(Offline.ANALYZER.readMessage("What happened the last time that occurred, and how did it feel?"))
                .first().satisfies(part -> assertThat(part.intent()).isEqualTo(Intent.ASK_PAIN));
    }

    @Test
    void a_yes_also_settles_the_engraving_and_how_many_it_was_asked_about() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> choices = new ArrayList<>(lines.friendly().get("choiceFirst"));
        choices.addAll(lines.friendly().get("choiceSecond"));
        // the yes also says how many, yes to the engraving, and which of two it was offered
        assertThat(yesesAfterPitch("terms-", "Shall I put you down for one with your name engraved? Or a couple, "
                + "so you have a spare?")).allSatisfy(yes -> {
                    assertThat(lines.friendly().get("saleJustOne")).as(yes).anyMatch(yes::contains);
                    assertThat(lines.friendly().get("saleEngraved")).as(yes).anyMatch(yes::contains);
                });
        assertThat(yesesAfterPitch("two-", "so how about i put you down for two?")).allSatisfy(yes ->
                assertThat(lines.friendly().get("saleJustOne")).as(yes).anyMatch(yes::contains));
        // an option is said back in the buyer's own words ("My name, please."), not by its place
        assertThat(yesesAfterPitch("choice-", "Great, shall I put one through? With your name or your initials on it?"))
                .allSatisfy(yes -> {
                    assertThat(choices).as(yes).noneMatch(yes::contains);
                    assertThat(yes).containsAnyOf("My name", "My initials");
                });
        // "Initials, please." says yes to the engraving it was offered: no "yes to the engraving, too" as well
        assertThat(yesesAfterPitch("initials-", "Great, shall I put one through with free engraving? Your full name "
                + "on it, or initials?")).allSatisfy(yes -> {
                    assertThat(choices).as(yes).noneMatch(yes::contains);
                    assertThat(yes).as(yes).containsAnyOf("Initials", "My full name");
                    assertThat(lines.friendly().get("saleEngraved")).as(yes).noneMatch(yes::contains);
                });
    }

    /** Both wordings of a profile's answer about a topic (one of them is the session's). */
    private static List<String> answers(BuyerProfile profile, Topic topic) {
        return List.of(profile.answer(topic, 0), profile.answer(topic, 1));
    }

    /** The buyer's yes in each of six sessions at {@code EASY} that bought on this ask after a short pitch; never none. */
    private static List<String> yesesAfterPitch(String idPrefix, String ask) {
        List<String> yeses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Played played = Offline.playScript(idPrefix + i, Difficulty.EASY, List.of(
                    "What do you use pens for, day to day?",
                    "What pen do you use now, and what bugs you about it?",
                    "This one's ink dries in under a second, so nothing smears, and the soft grip means your hand "
                            + "doesn't ache. It's $24, and that covers what you told me.", ask));
            if (played.outcome() == Outcome.SALE) {
                yeses.add(played.buyerLines().get(played.buyerLines().size() - 1));
            }
        }
        assertThat(yeses).as("sales after: " + ask).isNotEmpty();
        return yeses;
    }

    @Test
    void offered_two_troubles_the_buyer_picks_the_one_its_story_tells_of_or_neither() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        int picked = 0;
        int neither = 0;
        for (int i = 0; i < 16; i++) {
            String id = "knows-" + i;
            BuyerProfile profile = BUYER.profile(id);
            Played played = Offline.playScript(id, Difficulty.EASY, List.of("What do you write most in a day?",
                    "And do you ever get smudging or hand cramps?"));
            String reply = played.buyerLines().get(2).toLowerCase(java.util.Locale.ROOT);
            boolean smudges = profile.needs().contains("smudging");
            boolean cramps = profile.needs().contains("hand-fatigue");
            // never "a bit of both" for a trouble its story does not have
            assertThat(lines.friendly().get("improviseEither")).as(played.transcript())
                    .noneMatch(line -> !(smudges && cramps) && reply.contains(line.toLowerCase(java.util.Locale.ROOT)));
            if (!smudges && !cramps && lines.friendly().get("improviseYesNo").stream()
                    .anyMatch(line -> reply.contains(line.toLowerCase(java.util.Locale.ROOT)))) {
                neither++;
            }
            // (its own story of the trouble says which, as well as a pick does)
            if (smudges != cramps && (reply.contains(smudges ? "smudging" : "hand cramps")
                    || profile.pain().stream().anyMatch(line -> reply.contains(line.toLowerCase(java.util.Locale.ROOT))))) {
                picked++;
            }
        }
        assertThat(picked).isGreaterThan(0);
        assertThat(neither).isGreaterThan(0);
        // "is that the ink running, or does the pen stop writing?" is never a "yes" nor "a bit of both"
        // for a buyer whose pens run dry and never smudge
        List<String> wrong = new ArrayList<>(lines.tough().get("improviseEither"));
        wrong.addAll(lines.tough().get("confirm"));
        for (int i = 0; i < 16; i++) {
            String id = "runs-or-stops-" + i;
            BuyerProfile profile = BUYER.profile(id);
            if (!profile.needs().contains("runs-dry") || profile.needs().contains("smudging")) {
                continue;
            }
            Played played = Offline.playScript(id, Difficulty.HARD, List.of(
                    "What bugs you about the pens you use now?",
                    "is that the ink running or the pen just stops writing?"));
            String reply = played.buyerLines().get(2);
            assertThat(wrong).as(played.transcript()).noneMatch(reply::equals);
        }
    }

    @Test
    void a_new_either_or_after_a_count_is_answered_and_how_long_gets_no_count() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        for (int i = 0; i < 8; i++) {
            Played played = Offline.playScript("second-either-" + i, Difficulty.EASY, List.of(
                    "What do you write most in a day?",
                    "How many of those do you do in a week, and is it you holding the pen or do you hand it over?"));
            String reply = played.buyerLines().get(2);
            List<String> choices = new ArrayList<>(lines.friendly().get("improviseEither"));
            choices.addAll(lines.friendly().get("pickFirst"));
            choices.addAll(lines.friendly().get("pickSecond"));
            assertThat(choices).as(played.transcript()).anyMatch(reply::contains);
        }
        Pattern count = Pattern.compile("(?i)\\b(?:\\d+|one|two|three|four|five|ten|twenty|forty|fifty) "
                + "(?:signatures|meetings|checklists|sets|forms|letters|pages|notes)\\b.*\\ba (?:day|week)\\b");
        for (int i = 0; i < 16; i++) {
            Played played = Offline.playScript("how-long-" + i, Difficulty.EASY, List.of(
                    "What do you write most in a day?", "How long are those sessions, usually?"));
            assertThat(played.buyerLines().get(2)).as(played.transcript()).doesNotContainPattern(count);
        }
    }

    @Test
    void a_price_said_without_a_sign_a_check_of_what_was_meant_and_the_cost_of_its_own_pen_are_read_so() {
        assertThat(Offline.ANALYZER.readMessage("and its on sale 24 instead of 29.")).anyMatch(part ->
                Integer.valueOf(Offline.PRODUCT.price()).equals(part.price()));
        assertThat(Offline.ANALYZER.readMessage("how much did the pretty one cost you?")).singleElement()
                .satisfies(part -> assertThat(part.intent()).isEqualTo(Intent.ASK_CURRENT_PEN));
        eachSecondReplySaysOneOf("you-mean-", 6, new BuyerCast().lines().friendly().get("confirm"),
                "What pen do you use at the moment?", "Just so I understand, do you mean you don't pay for your pens now?");
    }

    /** Plays two messages at {@code EASY} in a few sessions: each reply to the second says one of the lines. */
    private static void eachSecondReplySaysOneOf(String idPrefix, int sessions, List<String> lines, String first,
            String second) {
        for (int i = 0; i < sessions; i++) {
            Played played = Offline.playScript(idPrefix + i, Difficulty.EASY, List.of(first, second));
            assertThat(lines).as(played.transcript()).anyMatch(played.buyerLines().get(2)::contains);
        }
    }

    @Test
    void a_concern_talked_about_thinly_is_pressed_without_saying_it_was_never_spoken_to() {
        Pattern accuses = Pattern.compile("(?i)^(?:you haven't|you still haven't|you keep dodging)");
        int pressed = 0;
        for (int i = 0; i < 16; i++) {
            Played played = Offline.playScript("thin-" + i, Difficulty.EASY, List.of("hi, what do you do?",
                    "so this pen has quick dry gel ink and a soft grip, only $24",
                    "ur pens prob smudge tho. this one dries in under a second", "and it writes for months",
                    "ugh everyone has pens. urs probably smudge tho, mine doesn't."));
            String reply = played.buyerLines().get(5);
            boolean hasPens = played.buyerLines().get(4).contains("pens already")
                    || played.buyerLines().get(4).contains("My pens work");
            if (!hasPens) {
                continue;
            }
            pressed++;
            for (String sentence : reply.split("(?<=[.?!])\\s+")) {
                assertThat(sentence).as(played.transcript()).doesNotContainPattern(accuses);
            }
        }
        assertThat(pressed).isGreaterThan(0);
    }

    @Test
    void a_buyer_that_cut_a_long_message_short_heard_the_price_it_began_with() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> askingPrice = new ArrayList<>(lines.tough().get("askPrice"));
        askingPrice.addAll(lines.tough().get("pressPrice"));
        String longPitch = "It's $24 at the launch price until the end of the month, then $29. "
                + "Let me tell you why it's not a cheap-pen price. The cartridge is large and refillable and writes "
                + "for months of heavy use, so it doesn't run out halfway down a page, and refills are cheap. The fine "
                + "point keeps small notes neat in narrow columns, and the quick-dry gel doesn't smudge when your "
                + "hand moves across the page. And it's guaranteed for two years: if it fails, it's replaced free. The "
                + "barrel is balanced aluminium with a soft grip, so a long afternoon of ticking figures won't tire your "
                + "hand the way a cheap plastic pen does.";
        List<String> opening = List.of(
                "What do you do, and how much of it involves writing by hand?",
                "What are you writing with for that now, and is there anything about it that gets in your way?",
                "The ink dries straight away, so nothing smudges, and the grip is soft on the hand.",
                "Which of those would matter most to you?",
                "It won't skip either, the ink flows evenly to the last line.");
        int cutOff = 0;
        for (int i = 0; i < 16 && cutOff < 3; i++) {
            int[] stage = {0};
            Played played = Offline.play("cut-short-" + i, Difficulty.EXPERT, turns -> {
                String last = turns.get(turns.size() - 1).text();
                if (stage[0] == 0 && askingPrice.stream().anyMatch(last::contains)) {
                    stage[0] = 1;
                    return longPitch;
                } else if (stage[0] == 1) {
                    stage[0] = 2;
                    return "Short version: it doesn't skip and it's guaranteed. Which of those matters most to you?";
                } else if (stage[0] == 2) {
                    return null;
                }
                int said = (int) turns.stream().filter(t -> t.speaker() == Speaker.TRAINEE).count();
                return said < opening.size() ? opening.get(said) : null;
            }, 8);
            List<String> replies = played.buyerLines();
            int pitchAt = played.traineeLines().indexOf(longPitch);
            if (pitchAt >= 0 && pitchAt + 2 < replies.size()
                    && lines.tough().get("cutOff").stream().anyMatch(replies.get(pitchAt + 1)::contains)) {
                cutOff++;
                assertThat(askingPrice).as(played.transcript()).noneMatch(replies.get(pitchAt + 2)::contains);
            }
        }
        assertThat(cutOff).isGreaterThan(0);
    }

    @Test
    void a_question_the_trainee_ends_on_is_answered_before_the_push_back() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> pushBack = new ArrayList<>(lines.tough().get("pushBackPrice"));
        pushBack.addAll(lines.tough().get("pushBackPriceValue"));
        List<String> counts = lines.tough().get("improviseHowMany");
        int seen = 0;
        for (int i = 0; i < 8; i++) {
            Played played = Offline.playScript("answer-first-" + i, Difficulty.HARD, List.of(
                    "What do you use pens for most, and what do you use now?",
                    "The Linea One has quick-dry gel ink, so nothing smears, and a two-year guarantee. It's $24.",
                    "One cartridge lasts six months, so it's about $4 a month and it's replaced free for two years "
                            + "if it fails. How many pens do you go through in a year?"));
            String reply = played.buyerLines().get(3).replace("$24", "${price}");
            int count = counts.stream().mapToInt(reply::indexOf).filter(at -> at >= 0).min().orElse(-1);
            int back = BuyerTurn.doubtOnly(pushBack).stream().mapToInt(reply::indexOf).filter(at -> at >= 0).min()
                    .orElse(-1);
            if (count >= 0 && back >= 0) {
                seen++;
                assertThat(count).as(played.transcript()).isLessThan(back);
                // and the doubt does not open on a reaction to the buyer's own answer ("A few. Maybe. …")
                assertThat(pushBack).as(played.transcript()).noneMatch(reply::contains);
            }
        }
        assertThat(seen).isGreaterThan(0);
    }

    @Test
    void asked_what_a_trouble_costs_it_the_buyer_says_so_not_a_detail_sharing_a_word() {
        for (int i = 0; i < 8; i++) {
            Played played = Offline.playScript("costs-you-" + i, Difficulty.EASY, List.of(
                    "What bothers you about the pens you use now?",
                    "When that happens, what does it cost you: redoing the work, looking careless, time?"));
            assertThat(costAnswers("costs-you-" + i)).as(played.transcript())
                    .anyMatch(played.buyerLines().get(2)::contains);
        }
    }

    /**
     * Plays one script against the buyer of each session id and checks the sessions that reached the state the check
     * is about (a doubt raised, a question offered back); returns how many did, which a test requires to be some.
     */
    private static int whereReached(List<String> ids, Difficulty difficulty, List<String> script,
            java.util.function.Predicate<Played> reached, java.util.function.Consumer<Played> check) {
        int count = 0;
        for (String id : ids) {
            Played played = Offline.playScript(id, difficulty, script);
            if (reached.test(played)) {
                count++;
                check.accept(played);
            }
        }
        return count;
    }

    /** Session ids, one for each of the sixteen buyer profiles. */
    private static List<String> onePerProfile(String prefix) {
        Map<String, String> byProfile = new LinkedHashMap<>();
        for (int i = 0; i < 400 && byProfile.size() < 16; i++) {
            byProfile.putIfAbsent(BUYER.profile(prefix + i).id(), prefix + i);
        }
        assertThat(byProfile).hasSize(16);
        return List.copyOf(byProfile.values());
    }

    /** What a buyer may say a trouble costs it: a story of the trouble that is no count, or a few words. */
    private static List<String> costAnswers(String sessionId) {
        BuyerProfile profile = BUYER.profile(sessionId);
        List<String> answers = new ArrayList<>(new BuyerCast().lines().friendly().get("improviseCost"));
        for (int n = 0; profile.more(Topic.PAIN, n) != null; n++) {
            if (!HOW_OFTEN.matcher(profile.more(Topic.PAIN, n)).find()) {
                answers.add(profile.more(Topic.PAIN, n));
            }
        }
        return answers;
    }

    @Test
    void taking_the_pressure_off_is_not_pressure() {
        for (String line : List.of("i want to make sure im not overselling you here", "I'm not here to push you.",
                "I don't want to pressure you into anything.")) {
            assertThat(Offline.ANALYZER.readMessage(line)).as(line).noneMatch(part -> part.intent() == Intent.PRESSURE);
        }
        assertThat(Offline.ANALYZER.readMessage("Buy it now or lose it forever.")).as("pressure")
                .anyMatch(part -> part.intent() == Intent.PRESSURE);
    }

    @Test
    void only_a_pen_handed_over_is_tried() {
        assertThat(Offline.ANALYZER.readMessage("Here, try it yourself.").get(0).handsOver()).isTrue();
        assertThat(Offline.ANALYZER.readMessage("Write your name and rub it with your thumb.").get(0).handsOver())
                .isTrue();
        assertThat(Offline.ANALYZER.readMessage("Here's how I'd look at it").get(0).handsOver()).isFalse();
        assertThat(Offline.ANALYZER.readMessage("its a pen. u write with it.")).noneMatch(part -> part.handsOver());
        assertThat(Offline.ANALYZER.readMessage("Go ahead, click it a few times.").get(0).handsOver()).isTrue();
        assertThat(Offline.ANALYZER.readMessage("sure here go ahead scribble something.").get(0).handsOver()).isTrue();
    }

    @Test
    void a_question_built_on_the_buyers_words_is_answered_not_confirmed() {
        List<String> confirm = new BuyerCast().lines().friendly().get("confirm");
        for (int i = 0; i < 4; i++) {
            Played played = Offline.playScript("asks-on-" + i, Difficulty.EASY, List.of("What's your budget for a pen?",
                    "You said that's your limit, so would your employer cover a pen like this?"));
            assertThat(confirm).as(played.transcript()).noneMatch(played.buyerLines().get(2)::contains);
        }
    }

    @Test
    void refills_a_bundle_a_price_set_aside_a_prod_and_a_mumbled_question_are_read_as_what_they_are() {
        assertThat(Offline.ANALYZER.readMessage("Refills are $4 and last six months.").get(0).price()).isNull();
        assertThat(Offline.ANALYZER.readMessage("ok so its 2 for 40 if you get one for a friend").get(0).price())
                .isEqualTo(20);
        // a floor is an offer: "ok fine 15, cant go lower than that" cuts the price to 15
        assertThat(Offline.ANALYZER.readMessage("ok fine 15, cant go lower than that"))
                .anyMatch(part -> Integer.valueOf(15).equals(part.price()) && part.intent() == Intent.DISCOUNT);
        assertThat(Offline.ANALYZER.readMessage("Setting the price aside for a second, is this the pen you'd want?"))
                .noneMatch(part -> part.intent() == Intent.DISCOUNT);
        assertThat(Offline.ANALYZER.readMessage("Honestly, I can't do it for $15, that's the launch price already."))
                .allSatisfy(part -> {
                    assertThat(part.intent()).isNotEqualTo(Intent.DISCOUNT);
                    assertThat(part.price()).isNull();
                });
        assertThat(Offline.ANALYZER.readMessage("And what do you usually pay for the pens you use now?")).singleElement()
                .satisfies(part -> assertThat(part.intent()).isEqualTo(Intent.ASK_CURRENT_PEN));
        assertThat(Offline.ANALYZER.readMessage("How much do you spend on boxes of ballpoints?")).singleElement()
                .satisfies(part -> assertThat(part.intent()).isEqualTo(Intent.ASK_CURRENT_PEN));
        assertThat(Offline.ANALYZER.readMessage("ok $15 final offer, thats basically what u spend anyway")).singleElement()
                .satisfies(part -> assertThat(part.invented()).isTrue());
        assertThat(Offline.ANALYZER.readMessage("If it's not right for you today, no hard feelings."))
                .noneMatch(part -> part.intent() == Intent.PRESSURE || part.intent() == Intent.RUDE);
        assertThat(Offline.ANALYZER.readMessage("so??")).singleElement()
                .satisfies(part -> assertThat(part.intent()).isEqualTo(Intent.PREAMBLE));
        assertThat(Offline.ANALYZER.readMessage("lol ok fine what do u do.")).singleElement()
                .satisfies(part -> assertThat(part.intent()).isEqualTo(Intent.ASK_WORK));
    }

    @Test
    void a_concern_raised_in_answer_to_an_ask_says_it_comes_before_deciding() {
        List<String> first = new BuyerCast().lines().tough().get("beforeDeciding");
        for (int i = 0; i < 6; i++) {
            Played played = Offline.playScript("before-deciding-" + i, Difficulty.HARD, List.of(
                    "What do you do for work?", "What bothers you about the pen you use now?",
                    "This one dries in under a second, so your notes won't smear. It's $24, shall I put one through?"));
            String reply = played.buyerLines().get(3);
            assertThat(first).as(played.transcript()).anyMatch(reply::startsWith);
        }
        assertThat(Offline.ANALYZER.readMessage("When a log smudges, what does that actually cost you?"))
                .singleElement().satisfies(part -> assertThat(part.intent()).isEqualTo(Intent.ASK_PAIN));
    }

    @Test
    void a_hard_sell_does_not_buy_a_sale_above_the_receptive_level_whatever_else_was_done() {
        for (Difficulty difficulty : List.of(Difficulty.MEDIUM, Difficulty.HARD, Difficulty.EXPERT)) {
            for (int i = 0; i < 4; i++) {
                Played played = Offline.playScript("hard-sell-" + difficulty + i, difficulty, List.of(
                        "Best pen in the world, honestly the greatest you'll ever hold. It's $24.",
                        "Trust me, nothing beats it. What bothers you about the pen you use now?",
                        "This one dries in under a second and clips on, so it won't smear or go missing.",
                        "Look, I'll do it for $18 just for you, final offer, buy it now.",
                        "What do you do for work?", "Come on, just buy it, it's the best pen ever made.",
                        "So shall I put one through for you?", "Last chance, do we have a deal?"));
                assertThat(played.outcome()).as(played.transcript()).isNotEqualTo(Outcome.SALE);
            }
        }
    }

    @Test
    void a_buyer_that_said_the_pushing_puts_it_off_does_not_then_buy() {
        for (int i = 0; i < 4; i++) {
            Played played = Offline.playScript("named-push-" + i, Difficulty.EXPERT, List.of(
                    "Honestly the best pen on the market. It's $24.", "ok I'll do $18 just for you, today only.",
                    "What do you do for work?", "What bothers you about the pen you use now?",
                    "This one dries in under a second, so no smudges, and the grip stops the cramp.",
                    "What else do you want from me?", "Sorry. What matters most to you in a pen?",
                    "It writes 2 km and the grip is soft, so your hand won't ache. Shall I put one through?"));
            assertThat(played.outcome()).as(played.transcript()).isNotEqualTo(Outcome.SALE);
        }
    }

    @Test
    void money_talked_about_but_not_settling_the_price_is_heard_not_called_unanswered() {
        List<String> unanswered = new BuyerCast().lines().press().get("PRICE").stream()
                .map(line -> line.replace("{price}", "24")).toList();
        for (int i = 0; i < 4; i++) {
            Played played = Offline.playScript("heard-money-" + i, Difficulty.EXPERT, List.of("What do you do for work?",
                    "What bothers you about the pen you use now?",
                    "This one dries in under a second, so your notes won't smear. It's $24.",
                    "Look, $24 is the launch price, it goes to $29 at the end of the month."));
            assertThat(unanswered).as(played.transcript()).noneMatch(played.buyerLines().get(4)::contains);
        }
    }

    @Test
    void a_stall_is_pressed_in_its_own_words_never_named_by_a_stock_line() {
        for (int i = 0; i < 6; i++) {
            Played played = Offline.playScript("stall-" + i, Difficulty.MEDIUM, List.of("What do you do for work?",
                    "What bothers you about the pen you use now?",
                    "This one dries in under a second, so it won't smudge. It's $24, and a $4 refill lasts six months.",
                    "Would that help you?", "Great, it's a lovely pen.", "It really is lovely.", "Any thoughts?"));
            assertThat(played.buyerLines()).as(played.transcript())
                    .noneMatch(line -> line.contains("wanting time to think it over"));
        }
    }

    @Test
    void a_tough_buyer_pushes_back_once_on_the_first_good_answer_to_its_price_objection() {
        List<String> pushBack = new ArrayList<>(new BuyerCast().lines().tough().get("pushBackPrice"));
        pushBack.addAll(new BuyerCast().lines().tough().get("pushBackPriceValue"));
        for (int i = 0; i < 4; i++) {
            Played played = Offline.playScript("push-back-" + i, Difficulty.HARD, List.of("What do you do for work?",
                    "What bothers you about the pen you use now?",
                    "This one dries in under a second, so your notes won't smear. It's $24.",
                    "A $4 refill lasts six months, so over two years it costs less than the packs of cheap pens.",
                    "And it's guaranteed for two years: if it fails, it's replaced free, so you pay once."));
            List<String> replies = played.buyerLines();
            assertThat(pushBack.stream().map(line -> line.replace("{price}", "24")))
                    .as(played.transcript()).anyMatch(replies.get(4)::contains);
            assertThat(replies.subList(5, replies.size())).as(played.transcript())
                    .noneMatch(reply -> pushBack.stream().anyMatch(line -> reply.contains(line.replace("{price}", "24"))));
        }
    }

    @Test
    void every_refusal_says_why() {
        List<String> reasons = new BuyerCast().lines().reasons().values().stream().flatMap(List::stream)
                .map(reason -> reason.replace("{concern}", "")).map(r -> r.substring(0, Math.min(20, r.length())))
                .toList();
        for (Difficulty difficulty : Difficulty.values()) {
            for (int i = 0; i < 4; i++) {
                Played played = Offline.playScript("refusal-" + difficulty + i, difficulty, List.of(
                        "Buy it now.", "It's the best pen in the world.", "Only two left, decide now.",
                        "Buy it, it's amazing.", "Last chance!", "Seriously, buy it.", "Shall we do it?",
                        "Shall we do it today?", "Will you take it?", "Do we have a deal?"));
                if (played.outcome() == Outcome.NO_SALE) {
                    String last = played.buyerLines().get(played.buyerLines().size() - 1);
                    assertThat(reasons).anySatisfy(reason -> assertThat(last).contains(reason));
                }
                assertThat(played.outcome()).isNotEqualTo(Outcome.SALE);
            }
        }
    }

    @Test
    void the_same_session_always_gets_the_same_replies() {
        Played first = modelPitch("replay", Difficulty.HARD);
        Played second = modelPitch("replay", Difficulty.HARD);
        assertThat(second.turns()).isEqualTo(first.turns());
    }

    @Test
    void every_concern_line_the_buyer_says_is_heard_as_that_concern() {
        BuyerCast cast = new BuyerCast();
        Map<String, List<String>> raised = new LinkedHashMap<>(cast.lines().concerns());
        cast.lines().raiseDespite().forEach((key, lines) -> raised.merge(key, lines, (a, b) -> {
            List<String> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }));
        List<String> pushBack = new ArrayList<>(cast.lines().tough().get("pushBackPrice"));
        pushBack.addAll(cast.lines().friendly().get("pushBackPrice"));
        for (String situation : List.of("heardPrice", "pushBackPriceValue", "heardPriceValue")) {
            pushBack.addAll(cast.lines().tough().get(situation));
            pushBack.addAll(cast.lines().friendly().get(situation));
        }
        List<String> timing = new ArrayList<>(cast.lines().tough().get("pressTimingHeard"));
        timing.addAll(cast.lines().friendly().get("pressTimingHeard"));
        raised.merge("TIMING", timing, (a, b) -> {
            List<String> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        });
        raised.merge("PRICE", pushBack, (a, b) -> {
            List<String> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        });
        List<String> misread = new ArrayList<>();
        raised.forEach((key, lines) -> {
            Concern expected = key.startsWith("PRICE") ? Concern.PRICE : Concern.valueOf(key);
            for (String line : lines) {
                String text = line.replace("{price}", "24").replace("{budget}", "15")
                        .replace("{approver}", "my manager");
                List<Turn> turns = new ArrayList<>(List.of(
                        new Turn(1, Speaker.BUYER, "Sell me this pen.", Instant.EPOCH),
                        new Turn(2, Speaker.TRAINEE, "This pen has quick-dry ink, so your notes never smudge.",
                                Instant.EPOCH),
                        new Turn(3, Speaker.BUYER, text, Instant.EPOCH)));
                List<Concern> heard = Offline.ANALYZER.analyse(turns).concerns().stream().map(e -> e.concern())
                        .toList();
                if (!heard.contains(expected)) {
                    misread.add(text + " -> " + heard + ", not " + expected);
                }
            }
        });
        assertThat(misread).isEmpty();
    }

    @Test
    void lines_that_settle_agree_or_ask_are_never_heard_as_concerns() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> friendly = new ArrayList<>();
        lines.resolvedBy().values().forEach(friendly::addAll);
        for (Map<String, List<String>> voice : List.of(lines.friendly(), lines.tough())) {
            for (String situation : List.of("trialYes", "sale", "saleOverBudget", "saleStretch", "workConfirmed", "workNeither", "improviseDegree", "trialCompared", "guessCount", "improviseHowSoon", "reactDiscountAgain", "answered", "reactPrice", "askPrice", "reactTied",
                    "reactEvidence", "hesitationNearly", "confirm", "reactUrgencyTied", "reactProof", "acknowledged",
                    "listening", "smallTalkFollow", "goAhead", "hesitationHabit", "improviseYesNo", "improviseEither",
                    "improviseOpen", "improviseHowMany", "improviseBecause", "improviseAmount", "improviseHowLong",
                    "improviseSpend", "triedNo", "triedYes", "pickFirst", "pickSecond", "improviseHowOften", "painYes",
                    "improviseWhatDo", "improviseCope", "improviseCost", "needPen", "pickNamed", "saleJustOne", "saleEngraved", "saleEngravedName", "choiceFirst", "choiceSecond")) {
                friendly.addAll(voice.get(situation));
            }
        }
        List<String> misread = new ArrayList<>();
        Offline.PRODUCT.features().forEach(feature -> friendly.addAll(feature.tried()));
        for (String line : friendly) {
            String text = line.replace("{price}", "24").replace("{budget}", "15")
                    .replace("{tried}", Offline.PRODUCT.features().get(0).tried().get(0)).replace("{timing}", "Friday")
                    .replace("{currentPen}", "an old ballpoint").replace("{option}", "months");
            List<Turn> turns = List.of(new Turn(1, Speaker.BUYER, "Sell me this pen.", Instant.EPOCH),
                    new Turn(2, Speaker.TRAINEE, "It's $24, and a $4 refill lasts six months.", Instant.EPOCH),
                    new Turn(3, Speaker.BUYER, text, Instant.EPOCH));
            Offline.ANALYZER.analyse(turns).concerns().forEach(e -> misread.add(text + " -> " + e.concern()));
        }
        assertThat(misread).isEmpty();
    }

    @Test
    void answers_to_questions_are_facts_not_concerns() {
        for (int i = 0; i < 16; i++) {
            String id = "answers-" + i;
            Played played = Offline.playScript(id, Difficulty.MEDIUM, List.of("What do you write with at the moment?",
                    "What would you usually spend on a pen?", "Anything coming up soon?"));
            ConversationAnalysis analysis = Offline.ANALYZER.analyse(played.turns());
            assertThat(analysis.concerns()).as(played.transcript()).isEmpty();
            assertThat(analysis.facts()).extracting(f -> f.topic())
                    .contains(Topic.CURRENT_PEN, Topic.BUDGET);
        }
    }

    @Test
    void a_cut_taken_back_is_noticed_and_the_full_price_is_the_price_again() {
        List<String> noticed = new BuyerCast().lines().friendly().get("reactCutWithdrawn");
        for (int i = 0; i < 6; i++) {
            Played played = Offline.playScript("withdrawn-" + i, Difficulty.EASY, List.of(
                    "It's the Linea One, a refillable gel pen, $24.",
                    "Tell you what, I'll do it for $20 if you buy now.",
                    "Actually forget it, $24 then."));
            String reply = played.buyerLines().get(3);
            assertThat(noticed.stream().anyMatch(line -> reply.contains(line.replace("{offered}", "$20")
                    .replace("${price}", "$24")))).as(played.transcript()).isTrue();
            assertThat(reply).as(played.transcript()).doesNotContain("$20, okay", "$20. Okay", "Alright, $20");
        }
    }

    @Test
    void a_what_if_about_the_pitch_is_a_check_in_and_its_own_trouble_makes_it_a_yes() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        for (int i = 0; i < 6; i++) {
            String id = "what-if-" + i;
            BuyerProfile profile = BUYER.profile(id);
            Played played = Offline.playScript(id, Difficulty.EASY, List.of("What goes wrong with the pens you use now?",
                    "The Linea One has a soft wide grip and quick-dry gel ink. Would a pen that stops that from happening"
                            + " make your day easier?"));
            String reply = played.buyerLines().get(2);
            assertThat(lines.friendly().get("trialYes").stream().anyMatch(reply::contains)).as(played.transcript()).isTrue();
            assertThat(lines.friendly().get("improviseYesNo")).as(played.transcript()).noneMatch(reply::contains);
        }
    }

    @Test
    void an_echo_spelled_out_by_the_next_question_and_an_aside_off_topic_are_answered_once_each() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        for (int i = 0; i < 6; i++) {
            String id = "echo-" + i;
            BuyerProfile profile = BUYER.profile(id);
            String word = profile.workWords().get(0);
            Played played = Offline.playScript(id, Difficulty.MEDIUM, List.of("What do you write with at the moment?",
                    word + "? like " + word + " work?"));
            // answered as a guess at its work, not with more about its pens first
            assertThat(played.buyerLines().get(2)).as(played.transcript())
                    .doesNotContain(profile.more(Topic.CURRENT_PEN, 0));
            Played aside = Offline.playScript(id, Difficulty.MEDIUM, List.of(
                    "The Linea One has quick-dry gel ink and a two-year guarantee. Anyway, did you watch the football "
                            + "last night?"));
            assertThat(lines.friendly().get("offTopicAside").stream().anyMatch(aside.buyerLines().get(1)::contains))
                    .as(aside.transcript()).isTrue();
        }
    }

    @Test
    void a_cut_to_a_budget_the_buyer_never_said_is_one_more_push_not_bargaining() {
        int unsaid = 0;
        int said = 0;
        for (int i = 0; i < 24; i++) {
            String id = "unsaid-budget-" + i;
            BuyerProfile profile = BUYER.profile(id);
            // a cut within its budget: to the figure itself when that is below the price
            int cut = Math.min(profile.budget(), Offline.PRODUCT.price() - 4);
            // (one question first: an ask before any question at all is a push of its own at this level)
            List<String> script = List.of("What do you write with?",
                    "Right. This is the Linea One: soft grip, quick-dry gel ink, refillable. It's $24.",
                    "Honestly it's the best pen on the market, hands down.",
                    "Look, you need to decide today. Last chance.",
                    "Fine, $" + cut + " then, that's my final offer. Do we have a deal?");
            // (at MEDIUM, where the third push loses the sale: a tough buyer has had enough after two)
            Played opening = Offline.playScript(id, Difficulty.MEDIUM, script.subList(0, 4));
            boolean budgetSaid = opening.buyerLines().stream().anyMatch(line -> line.contains("$" + profile.budget()));
            Played played = Offline.playScript(id, Difficulty.MEDIUM, script);
            if (budgetSaid) {
                // it named the figure: coming down to it is a bargain struck, not the third push
                said++;
                assertThat(played.outcome()).as(played.transcript()).isNotEqualTo(Outcome.NO_SALE);
            } else {
                // it never said one: the cut is a guess to close the sale, a third push after the boast and
                // the pressure, and the buyer has had enough
                unsaid++;
                assertThat(played.outcome()).as(played.transcript()).isEqualTo(Outcome.NO_SALE);
            }
        }
        assertThat(unsaid).isPositive();
        assertThat(said).isPositive();
    }

    @Test
    void depends_on_what_and_what_for_are_answered_and_a_lost_sale_is_not_a_budget() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        for (int i = 0; i < 6; i++) {
            String id = "depends-" + i;
            BuyerProfile profile = BUYER.profile(id);
            Played depends = Offline.playScript(id, Difficulty.HARD, List.of("What do you do for work?", "Depends on what?"));
            assertThat(lines.tough().get("dependsOn").stream().anyMatch(depends.buyerLines().get(2)::contains))
                    .as(depends.transcript()).isTrue();
            Played whatFor = Offline.playScript(id, Difficulty.MEDIUM, List.of("ok what do u usually use then and what for"));
            assertThat(profile.currentPen()).as(whatFor.transcript()).anyMatch(whatFor.buyerLines().get(1)::contains);
            assertThat(profile.writing()).as(whatFor.transcript()).anyMatch(whatFor.buyerLines().get(1)::contains);
            Played worth = Offline.playScript(id, Difficulty.MEDIUM, List.of("What goes wrong with your pens?",
                    "How much is one awkward moment in front of a client worth to you?"));
            assertThat(worth.buyerLines().get(2)).as(worth.transcript()).doesNotContain("$")
                    .doesNotContainIgnoringCase("dollars");
        }
    }

    @Test
    void a_rough_answer_does_not_pile_up_beside_a_real_one_and_comes_first_when_alone() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> vague = List.of("improviseOpen", "improviseHowOften", "improviseHowMany", "improviseAmount",
                "improviseHowLong", "improviseSpend");
        for (int i = 0; i < 8; i++) {
            Played played = Offline.playScript("rough-" + i, Difficulty.EASY, List.of(
                    "How much writing do you do by hand on a typical day, and what's it usually for?"));
            String reply = played.buyerLines().get(1);
            long rough = vague.stream().flatMap(key -> lines.friendly().get(key).stream()).filter(reply::contains).count();
            assertThat(rough).as(played.transcript()).isLessThanOrEqualTo(1);
            assertThat(lines.friendly().get("improviseOpen")).as(played.transcript()).noneMatch(reply::contains);
        }
    }

    @Test
    void the_buyers_own_figure_said_back_is_no_cut_and_a_second_figure_keeps_the_cut_on_the_table() {
        List<String> withdrawn = new BuyerCast().lines().tough().get("reactCutWithdrawn");
        for (int i = 0; i < 6; i++) {
            String id = "own-figure-" + i;
            BuyerProfile profile = BUYER.profile(id);
            Played played = Offline.playScript(id, Difficulty.EXPERT, List.of("What do you do for work?",
                    "The Linea One is $24, with a two-year guarantee.",
                    "So you'd go to $" + profile.budget() + " for a really good pen, and I'm at $24.",
                    "It's $24, the launch price."));
            assertThat(played.buyerLines().get(4)).as(played.transcript()).doesNotContain("You just said",
                    "a moment ago");
            Played both = Offline.playScript(id, Difficulty.EXPERT, List.of("The Linea One is $24.",
                    "ok ill do $18 for u.", "$24, or $18 whatever, just take it"));
            assertThat(withdrawn.stream().map(line -> line.substring(0, 8)).noneMatch(both.buyerLines().get(3)::contains))
                    .as(both.transcript()).isTrue();
        }
    }

    @Test
    void a_calm_line_half_read_as_pressure_is_not_called_rushing() {
        List<String> rushed = new BuyerCast().lines().friendly().get("reactPressure");
        for (int i = 0; i < 6; i++) {
            Played played = Offline.playScript("calm-" + i, i % 2 == 0 ? Difficulty.EASY : Difficulty.MEDIUM,
                    List.of("What do you do for work?",
                    "its a written two year guarantee from us, if it fails you just bring it back and we swap it, "
                            + "no questions. and honestly the barrel is aluminium. we stand behind it"));
            assertThat(rushed).as(played.transcript()).noneMatch(played.buyerLines().get(2)::contains);
        }
    }

    @Test
    void a_cut_taken_back_in_an_ask_is_queried_not_bought_and_card_or_cash_is_answered_in_its_word() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        int named = 0;
        for (int i = 0; i < 8; i++) {
            String id = "ask-back-" + i;
            Played back = Offline.playScript(id, Difficulty.EASY, List.of("What do you write with now, and what bugs you?",
                    "The Linea One fixes that: soft grip, quick-dry ink. It's $24.", "Tell you what, $20 for you.",
                    "ok so lets do it, $24 and engraving free this week. card or cash?"));
            assertThat(lines.friendly().get("reactCutWithdrawn").stream().anyMatch(line -> back.buyerLines().get(4)
                    .contains(line.replace("{offered}", "$20").replace("${price}", "$24")))).as(back.transcript()).isTrue();
            assertThat(back.outcome()).as(back.transcript()).isNotEqualTo(Outcome.SALE);
            Played sale = Offline.playScript(id, Difficulty.EASY, List.of("What do you write with now, and what bugs you?",
                    "The Linea One fixes exactly that: soft grip, quick-dry ink, and it's $24 with a two-year guarantee.",
                    "Shall I put one through for you? Card or cash?"));
            String last = sale.buyerLines().get(sale.buyerLines().size() - 1);
            if (sale.outcome() == Outcome.SALE) {
                named++;
                assertThat(last).as(sale.transcript()).containsAnyOf("Card", "Cash").doesNotContain("The second",
                        "The first");
            }
        }
        assertThat(named).isPositive();
    }

    @Test
    void a_buyer_that_can_afford_the_pen_says_money_is_not_the_point_and_spending_now_is_no_budget() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        int affords = 0;
        for (int i = 0; i < 16; i++) {
            String id = "afford-" + i;
            BuyerProfile profile = BUYER.profile(id);
            Played played = Offline.playScript(id, Difficulty.HARD, List.of("The Linea One: soft grip, quick-dry ink. It's $24.",
                    "What were you hoping to spend?"));
            String reply = played.buyerLines().get(2);
            if (profile.budget() >= Offline.PRODUCT.price() && played.buyerLines().get(1).contains("$24")) {
                affords++;
                assertThat(lines.tough().get("budgetNotTheMoney").stream().anyMatch(reply::contains))
                        .as(played.transcript()).isTrue();
            }
            Played spend = Offline.playScript(id, Difficulty.MEDIUM, List.of(
                    "How much do you spend on those supermarket packs a year?"));
            assertThat(profile.budgetLines()).as(spend.transcript()).noneMatch(spend.buyerLines().get(1)::contains);
        }
        assertThat(affords).isPositive();
    }

    @Test
    void a_cut_refused_is_not_offered_and_a_cut_taken_back_then_offered_again_is_the_same_cut() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        for (int i = 0; i < 6; i++) {
            String id = "refused-" + i;
            Played refused = Offline.playScript(id, Difficulty.EXPERT, List.of("The Linea One is $24, guaranteed two years.",
                    "I can't do $18, the $24 launch price is already the discount.",
                    "Point: $24, guaranteed two years. Yes or no?"));
            assertThat(refused.buyerLines().get(3)).as(refused.transcript()).doesNotContain("$18");
            Played back = Offline.playScript(id, Difficulty.EASY, List.of("It's the Linea One, $24.",
                    "ill do it for $20 if u buy now", "ok its $24, launch price. want it?", "ugh ok ok $20 still stands"));
            assertThat(lines.friendly().get("reactCutBack").stream().anyMatch(line -> back.buyerLines().get(4)
                    .contains(line.replace("{offered}", "$20")))).as(back.transcript()).isTrue();
        }
    }

    @Test
    void a_week_or_two_offers_no_options_to_pick_from() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> picks = new ArrayList<>();
        for (String key : List.of("improviseEither", "pickFirst", "pickSecond")) {
            picks.addAll(lines.friendly().get(key));
        }
        for (int i = 0; i < 8; i++) {
            Played played = Offline.playScript("week-or-two-" + i, Difficulty.MEDIUM, List.of("What do you do for work?",
                    "Do you have anything coming up where you'll be signing things in the next week or two?"));
            assertThat(picks).as(played.transcript()).noneMatch(played.buyerLines().get(2)::contains);
        }
    }

    @Test
    void an_either_or_about_its_work_is_a_pick_and_a_check_in_about_its_own_pen_asks_about_that_pen() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        for (int i = 0; i < 6; i++) {
            String id = "work-pick-" + i;
            BuyerProfile profile = BUYER.profile(id);
            Played played = Offline.playScript(id, Difficulty.HARD, List.of("Hi! What do you do?",
                    "Makes sense. Who are you usually signing with, clients or investors?"));
            String reply = played.buyerLines().get(2);
            assertThat(reply).as(played.transcript()).doesNotContain(profile.recap(Topic.WORK));
            assertThat(profile.work()).as(played.transcript()).noneMatch(reply::contains);
            Played own = Offline.playScript(id, Difficulty.MEDIUM, List.of("What do you write with at the moment?",
                    "The Linea One has quick-dry gel ink and a soft grip.",
                    "Apart from that, how do you feel about the look of the pen you pull out in those meetings?"));
            List<String> checkIn = new ArrayList<>(lines.friendly().get("trialYes"));
            checkIn.addAll(lines.friendly().get("trialMaybe"));
            assertThat(checkIn).as(own.transcript()).noneMatch(own.buyerLines().get(3)::contains);
        }
    }

    @Test
    void a_guess_at_what_the_buyer_pays_for_its_pens_is_no_price_cut() {
        for (int i = 0; i < 6; i++) {
            Played played = Offline.playScript("its-spending-" + i, Difficulty.HARD, List.of(
                    "What do you write with, and what goes wrong with it?",
                    "The Linea One fixes that: quick-dry ink, a fine point. It's $24.",
                    "What do you pay for a decent fineliner - two or three dollars?"));
            assertThat(played.buyerLines().get(3)).as(played.transcript()).doesNotContain("$3", "$2");
        }
    }

    @Test
    void a_sum_that_prices_other_pens_is_no_cut_and_what_its_own_pens_cost_it_is_what_it_spends() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        for (int i = 0; i < 6; i++) {
            String id = "others-" + i;
            Played played = Offline.playScript(id, Difficulty.HARD, List.of("The Linea One is $24, quick-dry ink.",
                    "$5 pens are rubbish though. This one is aluminium and guaranteed two years."));
            assertThat(played.buyerLines().get(2)).as(played.transcript()).doesNotContain("$5");
            Played spend = Offline.playScript(id, Difficulty.MEDIUM, List.of("What do you write with at the moment?",
                    "And what do those cost you each?"));
            List<String> spent = new ArrayList<>(lines.friendly().get("improviseSpend"));
            spent.addAll(lines.tough().get("improviseSpend"));
            assertThat(spent).as(spend.transcript()).anyMatch(spend.buyerLines().get(2)::contains);
        }
    }

    @Test
    void a_demo_that_names_the_trouble_it_tests_is_tried_for_that_trouble() {
        Product.Feature quickDry = Offline.PRODUCT.featuresFor("smudging").get(0);
        int tried = 0;
        for (int i = 0; i < 6; i++) {
            Played played = Offline.playScript("tests-smudge-" + i, Difficulty.EASY, List.of(
                    "What do you write with at the moment?",
                    "Here, have a go with this one: sign your name and smear it with your finger, see if it smudges."));
            String reply = played.buyerLines().get(2);
            if (quickDry.tried().stream().anyMatch(reply::contains)) {
                tried++;
            }
            Offline.PRODUCT.features().stream().filter(feature -> feature != quickDry)
                    .forEach(feature -> assertThat(feature.tried()).as(played.transcript()).noneMatch(reply::contains));
        }
        assertThat(tried).isGreaterThan(0);
    }

    @Test
    void what_it_would_change_about_its_pen_is_its_trouble_and_an_either_or_narrowing_a_question_is_a_pick() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> picks = new ArrayList<>();
        for (String key : List.of("pickFirst", "pickSecond", "pickNamed")) {
            picks.addAll(lines.friendly().get(key));
            picks.addAll(lines.tough().get(key));
        }
        for (int i = 0; i < 6; i++) {
            String id = "would-change-" + i;
            BuyerProfile profile = BUYER.profile(id);
            Played played = Offline.playScript(id, Difficulty.HARD, List.of(
                    "What are you writing with these days, and what's the thing about it you'd change if you could?"));
            String reply = played.buyerLines().get(1);
            assertThat(answers(profile, Topic.PAIN)).as(played.transcript())
                    .anyMatch(reply::contains);
            Played narrowed = Offline.playScript(id, Difficulty.MEDIUM, List.of("What goes wrong with the pens you use?",
                    "How often does that happen? and is it mostly when your signing or when the couple signs?"));
            String pick = narrowed.buyerLines().get(2);
            assertThat(answers(profile, Topic.TIMING))
                    .as(narrowed.transcript()).noneMatch(pick::contains);
            assertThat(picks.stream().map(line -> line.replace("{option}", "")).toList()).as(narrowed.transcript())
                    .anyMatch(line -> !line.isBlank() && pick.contains(line.strip()));
        }
    }

    @Test
    void a_buyer_above_easy_asked_to_buy_before_a_single_question_counts_it_as_a_push() {
        for (int i = 0; i < 8; i++) {
            String id = "cold-ask-" + i;
            // a boast, then asks with no question about the buyer: three pushes, and it walks
            Played cold = Offline.playScript(id, i % 2 == 0 ? Difficulty.MEDIUM : Difficulty.HARD, List.of(
                    "This is the Linea One, honestly the best pen on the market. $24. Want one?",
                    "It has quick-dry gel ink and a two-year guarantee. So, deal?",
                    "Refills are $4 and last six months. Shall I ring it up?"));
            assertThat(cold.outcome()).as(cold.transcript()).isEqualTo(Outcome.NO_SALE);
        }
    }

    @Test
    void what_it_usually_pays_is_its_spending_what_a_trouble_set_it_back_its_cost_and_happy_to_go_ahead_asks() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> spent = new ArrayList<>(lines.friendly().get("improviseSpend"));
        spent.addAll(lines.tough().get("improviseSpend"));
        List<String> cost = new ArrayList<>(lines.friendly().get("improviseCost"));
        cost.addAll(lines.tough().get("improviseCost"));
        for (int i = 0; i < 6; i++) {
            String id = "pays-" + i;
            BuyerProfile profile = BUYER.profile(id);
            Played pays = Offline.playScript(id, Difficulty.MEDIUM, List.of("What do you write with?",
                    "And what do you normally pay, roughly?"));
            assertThat(spent).as(pays.transcript()).anyMatch(pays.buyerLines().get(2)::contains);
            assertThat(pays.buyerLines().get(2)).as(pays.transcript()).doesNotContain("$" + profile.budget());
            Played back = Offline.playScript(id, Difficulty.MEDIUM, List.of("What goes wrong with your pens?",
                    "Ouch. What did that set you back, to clean or replace?"));
            assertThat(cost).as(back.transcript()).anyMatch(back.buyerLines().get(2)::contains);
            // what a pack of its pens costs is its spending, not what a trouble costs it
            Played pack = Offline.playScript(id, Difficulty.EXPERT, List.of("What pens do you use, and what bugs you?",
                    "what does a ten pack cost you, like $5?"));
            assertThat(spent).as(pack.transcript()).anyMatch(pack.buyerLines().get(2)::contains);
        }
        assertThat(Offline.ANALYZER.readMessage("If it's in writing, are you happy to go ahead?"))
                .extracting(ClauseReading::intent).containsExactly(Intent.CLOSE);
    }

    @Test
    void a_sure_question_after_a_half_read_one_on_the_same_topic_is_answered_not_sent_back() {
        String id = IntStream.range(0, 400).mapToObj(i -> "guess-work-" + i)
                .filter(candidate -> BUYER.profile(candidate).id().equals("police-officer")).findFirst().orElseThrow();
        BuyerProfile profile = BUYER.profile(id);
        BuyerCast.Lines lines = new BuyerCast().lines();
        Played played = Offline.playScript(id, Difficulty.EXPERT, List.of("What do you mostly write?",
                "statements, like witness statements? are you police or something like that?"));
        String reply = played.buyerLines().get(2);
        for (String key : List.of("unclear", "clarify", "clarifyOne")) {
            assertThat(lines.tough().get(key)).as(played.transcript())
                    .noneMatch(line -> reply.contains(line.replaceAll("\\{\\w+}.*", "")) && !line.startsWith("{"));
        }
        assertThat(profile.work()).as(played.transcript()).anyMatch(reply::contains);
    }

    @Test
    void what_a_pen_would_have_to_do_to_be_worth_it_is_answered_with_what_matters_not_a_maybe() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> checkIns = new ArrayList<>(lines.tough().get("trialMaybe"));
        checkIns.addAll(lines.tough().get("trialYes"));
        for (int i = 0; i < 6; i++) {
            String id = "worth-it-" + i;
            BuyerProfile profile = BUYER.profile(id);
            Played played = Offline.playScript(id, Difficulty.EXPERT, List.of(
                    "What do you do, and how much of it involves writing by hand?",
                    "What are you writing with for that now, and is there anything about it that gets in your way?",
                    "That sounds like a real nuisance in your line of work.",
                    "If you were going to replace those with one pen you actually kept, what would it have to do for "
                            + "you to think it was worth it?"));
            String reply = played.buyerLines().get(4);
            assertThat(checkIns).as(played.transcript()).noneMatch(line -> reply.startsWith(line));
            assertThat(answers(profile, Topic.PRIORITIES))
                    .as(played.transcript()).anyMatch(reply::contains);
        }
    }

    @Test
    void a_doubt_named_as_a_choice_and_what_would_make_it_good_value_are_answered_as_what_holds_it_back() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        // (two sessions of a live panel, played again: "Is it the price …, or something else?" to a buyer that
        // wants to think it over, and "What would make it feel like good value for you?" to one doubting the worth)
        Played thinking = Offline.playScript("FWFriTSUosDIG5yW0QOfvg", Difficulty.MEDIUM, List.of(
                    "I'll keep it quick then. Tell me a bit about how you use pens. What kind of writing fills most of your day?",
                    "Notes on every call plus dozens of forms, that's a lot of ink. What's the most annoying thing about those supply-cupboard ballpoints by the end of the day?",
                    "That's the worst timing for it. When that happens in front of a client, what does it cost you? Is it just embarrassing, or does it actually slow the meeting down?",
                    "Understood, and reputation is the one thing you can't get back with a new pen from the cupboard. One more: with notes on every call all day, how does your hand feel by late afternoon?",
                    "On a lease, of all things. I can see why that one stuck with you. And the hand side of it, after a full day of call notes, any cramping or is that not really an issue for you?",
                    "Fair question. It's $24, that's the launch price until the end of the month, after that it's $29. Here's what you get for that: the Linea One has a large gel refill that writes about 2 km, around six months of heavy use, so it won't quietly run dry on page two of a lease. The ink dries in under a second, so initials and signatures don't smudge on the form. And the aluminium barrel feels solid and looks professional when you hand it to a client. If it fails within two years, it's replaced free. Refills are $4 when you need them.",
                    "Of course. Usually when someone wants to think it over, there's one thing that's not sitting right yet. Is it the price compared to the free cupboard pens, or something else?"));
        if (lines.concerns().get("THINK_IT_OVER").stream().anyMatch(thinking.buyerLines().get(6)::contains)) {
            assertThat(lines.hesitation().get("THINK_IT_OVER")).as(thinking.transcript())
                    .anyMatch(thinking.buyerLines().get(7)::contains);
        }
        Played worth = Offline.playScript("oCvceXsAP-g0naZjC4xebg", Difficulty.EXPERT, List.of(
                    "Ok two minutes, got it! Well good news its on launch price right now, $24 instead of $29. Its the Linea One, refillable gel pen, quick dry ink and a 2 year guarantee. What do you normaly use pens for?",
                    "Oh cool, so youre an artist or designer? What are you using at the moment for the lettering?",
                    "Nice! Ok so the Linea One has a 0.5mm fine point, so really neat fine lines, good for small lettering and margins. And the ink dries in under a second so you wont smudge your sketches when your hand goes over it. Do you have problems with smudging with the fineliners?",
                    "Oh thats perfect actually (well not perfect for you haha). The quick dry ink is literally made for that, dries in under a second so even lefties dont smudge. You could do your lettering without waiting for the ink or putting paper under your hand.",
                    "Yeah I get that. Can I ask how often you go through fineliners? Cause with this one you buy the pen once and then refills are $4, and one refill writes like 2km, around six months of heavy use.",
                    "Fair. What would make it feel like good value for you? Like if it saves you redoing even one smudged page of lettering, how much time is that?"));
        assertThat(lines.wouldBuyIf().get("PRICE_VALUE")).as(worth.transcript())
                .anyMatch(worth.buyerLines().get(6)::contains);
    }

    @Test
    void stuck_on_a_doubt_the_buyer_says_once_what_would_settle_it() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> conditions = new ArrayList<>();
        lines.offerCondition().values().forEach(conditions::addAll);
        int offered = 0;
        for (int i = 0; i < 8; i++) {
            // a seller who talks past the price doubt again and again, calmly
            Played played = Offline.playScript("stuck-" + i, Difficulty.HARD, List.of(
                    "What do you do for work?",
                    "What do you write with at the moment?",
                    "This one has quick-dry ink and a two-year guarantee. It's $24.",
                    "It comes with black ink as standard.",
                    "The clip is metal, so it stays put in a pocket.",
                    "It clicks, so there's no cap to lose.",
                    "The barrel is aluminium, so it feels solid in the hand."));
            long said = played.buyerLines().stream().filter(line -> conditions.stream().anyMatch(line::contains))
                    .count();
            // never more than once a session
            assertThat(said).as(played.transcript()).isLessThanOrEqualTo(1);
            offered += (int) said;
        }
        assertThat(offered).isGreaterThan(0);
    }

    @Test
    void a_word_of_its_last_reply_echoed_before_a_question_leads_into_the_question() {
        // (a live panel's session played again: "mostly? whats wrong with them" after "My pens work well enough,
        // mostly." asks what is wrong with them, not what the buyer does)
        String id = "6fZbc3FchqmCM16gtoCH2w";
        BuyerProfile profile = BUYER.profile(id);
        Played played = Offline.playScript(id, Difficulty.EASY, List.of(
                "ok this is the linea one, best pen ur gonna find. gel ink aluminium body only $24 right now",
                "like 2km, refills r $4. so u want one?",
                "doesnt matter everyone needs a pen lol. its $29 after this month so better grab it now",
                "mostly? whats wrong with them"));
        String reply = played.buyerLines().get(4);
        assertThat(played.buyerLines().get(3)).as(played.transcript()).containsIgnoringCase("mostly");
        assertThat(profile.work()).as(played.transcript()).noneMatch(reply::contains);
        assertThat(profile.pain()).as(played.transcript()).anyMatch(reply::contains);
    }

    @Test
    void a_doubt_met_by_handing_over_the_pen_is_answered_with_what_the_buyer_saw() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> tries = new ArrayList<>(lines.friendly().get("reactProof"));
        tries.addAll(lines.tough().get("reactProof"));
        // (a live panel's session played again: "ok here try it. click it, write something. see no smudge.")
        Played played = Offline.playScript("SXD0UrdHJ11oh6J8AyHCrw", Difficulty.MEDIUM, List.of(
                "its the linea one. $24, normally $29. gel ink, dries super fast, aluminium. u want one",
                "its only $4 more come on. and its going up to $29 so ur saving $5 really",
                "it lasts 6 months and refills r $4 so its basically cheaper than buying cheap pens all the time. plus free engraving this week",
                "great so ill put u down for one?",
                "yeah but this is way better than whatever ur using. trust me",
                "ok here try it. click it, write something. see no smudge. and 2 yr guarantee if it breaks u get a new one"));
        String reply = played.buyerLines().get(6);
        assertThat(tries).as(played.transcript()).anyMatch(line -> reply.startsWith(line.replace("{tried}", "").strip()));
    }

    @Test
    void a_seller_summing_up_what_the_buyer_said_is_agreed_with_not_told_another_story() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        // (a live panel's session played again: "Sounds like the old habit is just grabbing whatever pen is
        // around?" after the buyer's "Just an old habit.")
        Played played = Offline.playScript("4JzGQ_BmGG2Ez3YEwmyKEg", Difficulty.MEDIUM, List.of(
                "Great, ill be quick! This is the Linea One. Quick dry gel ink that dries in under a second so no smudging, soft wide grip so your hand doesnt cramp, aluminium barrel, refillable, 2 year guarantee. Honestly its the best pen I've used.",
                "ha fair, says me I guess :) but the guarantee backs it up, if it fails in 2 years you get a new one free. What kind of writing do you do most?",
                "Oh nice, are you a journalist or like HR? And when you're scribbling fast, whats the annoying part with your current pen?",
                "Ugh dying mid interview is the worst. So two things here: its a one-click retractable, no cap, and it doesnt leak so you can just clip it in your pocket. And the cartridge is big, writes about 2km, so like six months of heavy use before you need a refill. You'd see it running low way before it just quits on you",
                "Its $24 right now, thats the launch price til the end of the month, after that its $29. Refills are $4 each.",
                "Totally get it. Can I ask whats making you hesitate, is it the price or something else?",
                "Yeah fair, $24 is more then a bic for sure. But think about it this way, the pens you have now leak and died mid interview, how much does that cost you if you miss a quote from a council meeting? And with refills at $4 for six months of writing, its like less than a dollar a month after you buy it. Plus its guaranteed for two years.",
                "Exactly, and your reputation is worth way more than $24. Sounds like the old habit is just grabbing whatever pen is around? If you order this week we also do free engraving, so you could put your name on it and it wont walk off in the press room lol. Want to grab one?"));
        String reply = played.buyerLines().get(8);
        assertThat(played.buyerLines().get(6)).as(played.transcript()).contains("old habit");
        assertThat(lines.friendly().get("confirmSummary")).as(played.transcript()).anyMatch(reply::startsWith);
    }

    @Test
    void how_many_pens_it_goes_through_is_answered_with_a_count_even_when_read_as_money() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        // (a live panel's session played again: "How much does the firm go through in boxes of ballpoints in a
        // year, and what does it cost you when one dies …?" read its first half as a word about money)
        Played played = Offline.playScript("q0ME3VLRP82pnx1RHXByYA", Difficulty.EXPERT, List.of(
                "Fair enough, then let's not be strangers for a minute. I'm Sam. I'm not going to pitch you anything until I know whether it's even relevant. What do you do, and how much of it involves writing by hand?",
                "Ticks and notes on ledgers, so small, precise marks in tight columns. What are you writing with for that now, and is there anything about it that gets in your way?",
                "Skipping on a ledger's a real nuisance, a missed tick can look like a missed check. When you're signing off a client's accounts, is that done in front of them, or on your own at the desk?",
                "Makes sense. If you were going to replace the box of ballpoints with one pen you actually kept, what would it have to do for you to think it was worth it?",
                "It's $24, launch price until the end of the month, then $29. Let me tell you why it's not a box-of-ballpoints price. The Linea One has a large refillable cartridge that writes about 2 km, around six months of heavy use, so it doesn't run out halfway down a page; refills are $4. The 0.5 mm fine point keeps ticks and notes neat in narrow ledger columns, and the quick-dry gel doesn't smudge when your hand moves across the page. And it's guaranteed for two years, if it fails it's replaced free.",
                "Fair. Short version: it doesn't skip, it doesn't run out mid-page, and it's guaranteed for two years. Which of those matters most to you?",
                "Not at all, it's $24 now, $29 after the end of the month, and refills are $4 each. On precision and reliability: the 0.5 mm point is made for small boxes and margins, and one refill lasts around six months of heavy use, so you'd know when it's due rather than finding out mid-page. Does that cover what you need?",
                "Understood, and as an accountant you'll want the numbers. Over the two-year guarantee it's $24 plus three $4 refills, about $36, so roughly $1.50 a month. How much does the firm go through in boxes of ballpoints in a year, and what does it cost you when one dies halfway through signing off a client's accounts?"));
        String reply = played.buyerLines().get(8);
        assertThat(lines.tough().get("improviseHowMany")).as(played.transcript()).anyMatch(reply::contains);
    }

    @Test
    void two_questions_on_one_topic_that_ask_different_things_get_two_answers() {
        for (int i = 0; i < 6; i++) {
            String id = "two-kinds-" + i;
            Played played = Offline.playScript(id, Difficulty.EASY, List.of("What do you do for work?",
                    "What do you write with, and what's annoying about it?",
                    "Ouch. How often does that happen, and what's it cost you when it does, a reprint or just the "
                            + "awkward moment?"));
            // the count and the cost, not only the count
            assertThat(costAnswers(id)).as(played.transcript()).anyMatch(played.buyerLines().get(3)::contains);
        }
    }

    @Test
    void a_question_joined_on_with_and_it_carries_the_one_before_it_on() {
        for (int i = 0; i < 6; i++) {
            String id = "joined-" + i;
            BuyerProfile profile = BUYER.profile(id);
            Played played = Offline.playScript(id, Difficulty.HARD, List.of(
                    "Tell me a bit about yourself: what does your work involve, and how much of it is done with a pen?"));
            String reply = played.buyerLines().get(1);
            assertThat(answers(profile, Topic.WORK)).as(played.transcript())
                    .anyMatch(reply::contains);
            assertThat(answers(profile, Topic.WRITING))
                    .as(played.transcript()).anyMatch(reply::contains);
        }
    }

    @Test
    void a_price_asked_for_after_a_figure_is_no_count_to_check() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        // (a live panel's session played again: "and 2 yr guarantee. $24 today, deal?" is no "is that two? 24?")
        Played played = Offline.playScript("7wCu4uRIx24SaKAHdbEn6A", Difficulty.EASY, List.of(
                "hi ok so this is the linea one best pen ever. only $24 right now normally $29 so u should grab it",
                "ink lasts ages like 2km, refills r $4. its gel dries super fast. so u want one?",
                "ok what do u do then",
                "nice. well this pen is great for anyone, solid aluminium looks pro. $24 deal ends end of month tho so",
                "yeah but not like this one. do u write much?",
                "perfect then u need this. soft grip so ur hand dont cramp. just $24 and free engraving this week. want it?",
                "ok but do ur old pens make ur hand hurt after a long letter?",
                "yeah thats why u need linea one. wide soft grip u press less, no cramp. and 2 yr guarantee. $24 today, deal?"));
        String reply = played.buyerLines().get(8);
        assertThat(lines.friendly().get("guessCount")).as(played.transcript())
                .noneMatch(line -> reply.contains(line.substring(0, line.indexOf('{'))));
    }

    @Test
    void a_message_that_opens_on_a_question_is_answered_first_and_money_talk_is_heard() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        // (two sessions of a live panel, played again)
        // "what do u normally pay like 2 bucks? those cheap ones smudge…": the answer, then what it thinks
        Played pays = Offline.playScript("Oq7VyJ1Y017Xs3o-NkE0hw", Difficulty.EXPERT, List.of(
                "ok quick. linea one, $24 launch price, goes up to 29 end of month. best gel pen ull ever use, 2 yr guarantee",
                "15?? cant do 15. its aluminium, refillable, refills only $4. cheaper long run than buying cheap pens",
                "ok what do u use a pen for",
                "perfect, ink dries in under a sec so statements dont smudge. and soft grip for long writing. 24 bucks, u in?",
                "how much u spend on pens a year then? bet its more than 24",
                "15 a year? so over 2 yrs thats 30 on junk pens. this is 24 and guaranteed 2 yrs. ur saving money",
                "ok cool?? so u need a pen that works in the rain n stuff. clips to ur pocket, no cap to lose, doesnt leak. so whats the problem w 24",
                "look i cant go lower. but if u order this week u get free engraving, put ur badge number on it so nobody nicks it. 24 thats it",
                "what do u normally pay like 2 bucks? those cheap ones smudge ur statements and run out mid shift. this one lasts 6 months per refill"));
        String reply = pays.buyerLines().get(9);
        String spent = lines.tough().get("improviseSpend").stream().filter(reply::contains).findFirst().orElseThrow();
        List<String> settled = new ArrayList<>();
        lines.resolvedBy().values().forEach(settled::addAll);
        settled.addAll(lines.tough().get("resolved"));
        settled.stream().filter(reply::contains).findFirst()
                .ifPresent(line -> assertThat(reply.indexOf(spent)).as(pays.transcript()).isLessThan(reply.indexOf(line)));
        // a check-in after a whole message about the money hears it; "is $24 a dealbreaker, or …?" asks what holds
        // it back
        Played money = Offline.playScript("MzAuGKQpy7lAUoQUun6J0A", Difficulty.EXPERT, List.of(
                "haha ok challenge accepted. I'm Sam, nice to meet you, so now im not a total stranger! This is the Linea One, its a refillable gel pen with a two year guarantee, and the ink dries in under a second. Do you do much writing for work?",
                "oh so customers actually sign with your pen, thats interesting. what line of work are you in? and what pen do you hand them at the moment?",
                "ah nice, so your a sales person too haha. so when a hospital buyer signs an order with a hotel pen, do you think it gives the right impression? has one ever let you down at the wrong moment?",
                "right, so the Linea One fixes both of those. its a balanced aluminium barrel, 22g, feels solid and looks professional when someone signs in front of you. and if you order this week we engrave it free, so with your name on it people are way less likely to pocket it. plus its got a metal clip so it lives in your jacket not on the hospital desk. its $24 launch price till end of the month. how does that sound?",
                "I hear you. but your closing hospital orders, those must be worth thousands right? $24 is pretty small next to looking the part when the contract gets signed. and its not a throwaway, refills are $4 and last about six months, plus 2 year guarantee. what size are your typical orders?",
                "thirty hospitals is a lot of driving and a lot of signatures! ok so what would make it worth it for you? like if the price was the only thing, is there something else your not sure about?",
                "I cant really go lower, the $24 is already the launch discount, its $29 from next month. but think of it this way, it lasts years with the guarantee, so its like a dollar a month. and honestly the free pens are costing you, every time a client walks off with one your handing them a cheap looking hotel pen with someone elses logo on it. wouldnt you rather they see a proper pen with your name on it?",
                "um, like I said its $24 and thats the lowest it goes, it goes up to $29 after this month. is $24 a dealbreaker for you or is it more that you dont see the point of paying for a pen at all?"));
        assertThat(money.buyerLines().get(7)).as(money.transcript()).doesNotContain("what about");
        List<String> thePrice = new ArrayList<>(lines.tough().get("hesitationPrice"));
        thePrice.addAll(lines.tough().get("hesitationPriceValue"));
        assertThat(thePrice.stream().map(line -> line.replace("${price}", "$24"))).as(money.transcript())
                .anyMatch(money.buyerLines().get(8)::contains);
    }

    @Test
    void a_tough_buyer_pushed_twice_does_not_buy() {
        // (a live panel's poor seller, played again: a boast, then "so u taking one or what", then a demo and an ask)
        Played played = Offline.playScript("f9BzisKSnyAt5zDvF6DoIA", Difficulty.HARD, List.of(
                "ok so linea one pen, its $24 launch price. gel ink dries under a second, soft grip, 2 yr guarantee. better than any pen uve got",
                "its 29 normally tho. 24 is a deal. u wont find aluminium pen w guarantee for 20",
                "what pen u using now then",
                "yeah freebies leak and die on u. this has metal clip for ur jacket, clicks so no cap to lose, doesnt leak. worth the 24",
                "what do u even write, like for work?",
                "ok so fast notes, ink dries instantly so no smudge when u flip pages. and refills $4 last like 6 months so its cheaper than u think. deal?",
                "bc its real lol. if it breaks in 2 yrs u get a new one free. no catch",
                "it works man. just bring it back w the receipt and we swap it. so u taking one or what, price goes to 29 end of month",
                "fine here write something on ur notebook and flip the page fast. see no smudge",
                "told u. so 24 bucks, free engraving this week too. want it?"));
        assertThat(played.outcome()).as(played.transcript()).isNotEqualTo(Outcome.SALE);
    }

    @Test
    void a_buyer_never_walks_out_on_the_opening_message() {
        for (int i = 0; i < 6; i++) {
            Played played = Offline.playScript("opening-push-" + i, Difficulty.EXPERT, List.of(
                    "ok its $24, launch price, normally 29. best gel pen u'll find, 2 year guarantee. want one?",
                    "ok what do u do"));
            // a boast and an ask as the first line put it off; it does not end the session on them
            assertThat(played.buyerLines()).as(played.transcript()).hasSize(3);
        }
    }

    @Test
    void a_guess_at_its_job_with_two_options_is_answered_from_the_one_its_story_names() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        String id = IntStream.range(0, 400).mapToObj(i -> "two-guesses-" + i)
                .filter(candidate -> BUYER.profile(candidate).id().equals("reporter")).findFirst().orElseThrow();
        Played played = Offline.playScript(id, Difficulty.EASY, List.of("What do you write most?",
                "Interview notes, nice - are you a journalist or recruiter, something like that?"));
        String reply = played.buyerLines().get(2);
        // not "Not really, no." and then "I'm a reporter" a turn later
        assertThat(lines.friendly().get("improviseYesNo")).as(played.transcript()).noneMatch(reply::contains);
        assertThat(answers(BUYER.profile(id), Topic.WORK)).as(played.transcript()).anyMatch(reply::contains);
    }

    @Test
    void examples_after_a_question_whether_something_is_coming_up_are_no_options_to_pick_from() {
        for (int i = 0; i < 6; i++) {
            String id = "examples-" + i;
            BuyerProfile profile = BUYER.profile(id);
            Played played = Offline.playScript(id, Difficulty.MEDIUM, List.of("What do you write most in a week?",
                    "And is there a busy period coming up, like a deadline or an inspection?"));
            assertThat(answers(profile, Topic.TIMING))
                    .as(played.transcript()).anyMatch(played.buyerLines().get(2)::contains);
        }
    }

    @Test
    void how_often_with_examples_gets_a_frequency_what_its_worth_a_degree_and_what_a_pen_costs_its_spending() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> often = new ArrayList<>(lines.friendly().get("improviseHowOften"));
        often.addAll(lines.tough().get("improviseHowOften"));
        List<String> degree = new ArrayList<>(lines.friendly().get("improviseDegree"));
        degree.addAll(lines.tough().get("improviseDegree"));
        List<String> spent = new ArrayList<>(lines.friendly().get("improviseSpend"));
        spent.addAll(lines.tough().get("improviseSpend"));
        for (int i = 0; i < 6; i++) {
            String id = "examples-often-" + i;
            Played played = Offline.playScript(id, Difficulty.MEDIUM, List.of("What do you write with?",
                    "How often do you end up replacing pens, like from leaking or losing them?",
                    "What's it worth to you to look sharp when a client signs in front of you?",
                    "What do you use a pen for mostly, and how much does a pen usually cost you?"));
            assertThat(often).as(played.transcript()).anyMatch(played.buyerLines().get(2)::contains);
            assertThat(degree).as(played.transcript()).anyMatch(played.buyerLines().get(3)::contains);
            assertThat(spent).as(played.transcript()).anyMatch(played.buyerLines().get(4)::contains);
        }
    }

    @Test
    void what_to_engrave_is_a_term_of_the_sale_and_an_either_or_after_a_try_is_not_about_the_try() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        int sales = 0;
        for (int i = 0; i < 6; i++) {
            String id = "engrave-what-" + i;
            BuyerProfile profile = BUYER.profile(id);
            Played played = Offline.playScript(id, Difficulty.EASY, List.of(
                    "What do you use pens for, day to day?",
                    "What pen do you use now, and what bugs you about it?",
                    "This one's ink dries in under a second, so nothing smears, and the soft grip means your hand "
                            + "doesn't ache. It's $24, and that covers what you told me.",
                    "Shall I get one ordered for you, and what would you like engraved on it?"));
            String last = played.buyerLines().get(played.buyerLines().size() - 1);
            if (played.outcome() == Outcome.SALE) {
                sales++;
                assertThat(answers(profile, Topic.PRIORITIES))
                        .as(played.transcript()).noneMatch(last::contains);
            }
            Played tried = Offline.playScript(id, Difficulty.EASY, List.of("What do you write with?",
                    "Here, try it: write a line and rub your thumb over it.",
                    "Is it mainly your hands that bother you, or something else as well?"));
            assertThat(lines.friendly().get("triedYes")).as(tried.transcript())
                    .noneMatch(tried.buyerLines().get(3)::contains);
        }
        assertThat(sales).isPositive();
    }

    @Test
    void what_holds_it_back_spelled_out_as_two_options_gets_no_rough_answers_after_it() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> rough = new ArrayList<>();
        for (String key : List.of("improviseEither", "improviseOpen")) {
            rough.addAll(lines.friendly().get(key));
            rough.addAll(lines.tough().get(key));
        }
        for (int i = 0; i < 6; i++) {
            Played played = Offline.playScript("weigh-" + i, Difficulty.MEDIUM, List.of(
                    "What do you write with, and what bugs you about it?",
                    "This one's ink dries in under a second, so nothing smears. It's $24, launch price.",
                    "Would you like one?",
                    "Of course, no pressure. Can I ask what you'd be weighing up? Is it the price compared with free "
                            + "biros, or more whether it'll actually hold up on the job?"));
            assertThat(rough).as(played.transcript()).noneMatch(played.buyerLines().get(4)::contains);
        }
    }

    @Test
    void a_buyer_that_said_proof_it_lasts_would_settle_its_price_doubt_is_settled_by_the_guarantee() {
        BuyerCast.Lines lines = new BuyerCast().lines();
        List<String> condition = lines.wouldBuyIf().get("PRICE_VALUE");
        int met = 0;
        for (int i = 0; i < 12; i++) {
            Played played = Offline.playScript("c-" + i, Difficulty.EXPERT, List.of("what do u usually write with",
                    "this one clips on ur pocket, no cap to lose, doesnt leak. $24",
                    "what would make it worth it for u then",
                    "easy, 2 yr guarantee. if it breaks u get a new one free.",
                    "u said if it lasts a year ud pay. it lasts 2 guaranteed."));
            if (condition.stream().noneMatch(played.buyerLines().get(3)::contains)) {
                continue;
            }
            met++;
            // (a tough buyer pushes back once on the first good answer; the second settles it)
            String settled = played.buyerLines().get(5);
            assertThat(lines.resolvedBy().get("PRICE")).as(played.transcript()).anyMatch(settled::contains);
        }
        assertThat(met).isPositive();
    }
}

package net.sellmeapen.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ClausesTest {

    @Test
    void greetings_and_lead_ins_are_set_apart_and_compound_questions_split() {
        assertThat(Clauses.split("Hi Sam! Before I start, what do you do, and what do you write with?"))
                .containsExactly("Hi Sam!", "Before I start", "what do you do", "and what do you write with?");
    }

    @Test
    void a_lead_in_ended_by_a_typed_dash_leaves_the_question_after_it_alone() {
        assertThat(Clauses.split("Before I say anything about the pen - what do you use a pen for most days, and what "
                + "are you writing with at the moment?")).containsExactly("Before I say anything about the pen",
                "what do you use a pen for most days", "and what are you writing with at the moment?");
    }

    @Test
    void a_lead_in_is_known_as_one_and_a_question_is_not() {
        assertThat(Clauses.split("Before you decide whether it's worth it: what would a smudged contract cost you?"))
                .first().satisfies(part -> assertThat(Clauses.isLeadIn(part)).isTrue());
        assertThat(Clauses.isLeadIn("Quick question")).isTrue();
        assertThat(Clauses.isLeadIn("Before I forget, do you sign much?")).isFalse();
        assertThat(Clauses.isLeadIn("What do you write with")).isFalse();
        // the first half of "can I ask what you do day to day, and how much you write?" asks, it leads into nothing
        assertThat(Clauses.isLeadIn("can I ask what you do day to day")).isFalse();
        assertThat(Clauses.isLeadIn("Can I ask you something")).isTrue();
    }

    @Test
    void the_other_half_of_an_either_or_question_and_a_relative_clause_stay_with_their_question() {
        assertThat(Clauses.split("Are you signing in front of clients, or is it all at your desk?"))
                .containsExactly("Are you signing in front of clients, or is it all at your desk?");
        assertThat(Clauses.split("Would you like your own name on it, or the firm's?"))
                .containsExactly("Would you like your own name on it, or the firm's?");
        assertThat(Clauses.split("Is anything coming up, like exams, where that would matter more?")).hasSize(1);
        assertThat(Clauses.split("What do you do, where do you work?"))
                .containsExactly("What do you do", "where do you work?");
    }

    @Test
    void a_smiley_ends_a_sentence_and_is_dropped() {
        assertThat(Clauses.split("well its $24 so thats under what youd pay :) what would make it good value to you?"))
                .containsExactly("well its $24 so thats under what youd pay", "what would make it good value to you?");
        assertThat(Clauses.split("Deal ;-) see you then")).containsExactly("Deal", "see you then");
        assertThat(Clauses.split("Grip (soft) and ink (quick-dry).")).hasSize(1);
    }

    @Test
    void whether_and_an_adverb_before_the_question_word_start_a_question_of_their_own() {
        assertThat(Clauses.split("Can I ask what you do, and whether you write much in a day?"))
                .containsExactly("Can I ask what you do", "and whether you write much in a day?");
        assertThat(Clauses.split("How many do you get through a month, and roughly what do they cost you?"))
                .containsExactly("How many do you get through a month", "and roughly what do they cost you?");
        // a clause that cannot stand alone stays with the first question only, and "does anything…" asks
        assertThat(Clauses.split("When one dies, what do you do, and how long are your shifts?"))
                .containsExactly("When one dies, what do you do", "and how long are your shifts?");
        assertThat(Clauses.split("What pen do you use, and does anything annoy you about it?"))
                .containsExactly("What pen do you use", "and does anything annoy you about it?");
        assertThat(Clauses.split("Given how many forms you sign, would you like one today?")).hasSize(1);
    }

    @Test
    void a_statement_after_a_bare_comma_stays_one_claim() {
        assertThat(Clauses.split("It's light, you'll barely feel it in your pocket."))
                .containsExactly("It's light, you'll barely feel it in your pocket.");
    }

    @Test
    void a_second_thing_listed_after_and_is_no_clause_of_its_own() {
        // "and the prep sheets" has no verb: it adds to the claim before it
        assertThat(Clauses.split("The fine point gives neat lines in the boxes on the log and the prep sheets."))
                .hasSize(1);
        assertThat(Clauses.split("Would that solve the smudging and the disappearing for you?")).hasSize(1);
        assertThat(Clauses.split("It writes for months, and the ink dries at once."))
                .containsExactly("It writes for months", "and the ink dries at once.");
    }

    @Test
    void a_typed_dash_sets_a_question_apart_from_the_words_it_picks_up() {
        assertThat(Clauses.split("Notes by hand - what kind of work is that?"))
                .containsExactly("Notes by hand", "what kind of work is that?");
        assertThat(Clauses.split("Site-issue pencils -- so a builder, I take it?"))
                .containsExactly("Site-issue pencils", "so a builder, I take it?");
        assertThat(Clauses.split("Morning! So a baker, I'm guessing?")).containsExactly("Morning!", "So a baker, I'm guessing?");
        // a dash in a statement, or in a word, joins what it always joined
        assertThat(Clauses.split("Losing your notes - not a great start to the day.")).hasSize(1);
        assertThat(Clauses.split("Is a well-made pen worth it?")).hasSize(1);
    }

    @Test
    void a_clause_that_cannot_stand_alone_stays_with_the_one_after_it() {
        assertThat(Clauses.split("When your biro dies halfway through a form, what do you do?"))
                .containsExactly("When your biro dies halfway through a form, what do you do?");
        assertThat(Clauses.split("If the ink smudged on a contract, would anyone notice?")).hasSize(1);
        assertThat(Clauses.split("Whatever pen you grab, what goes wrong with it in there?")).hasSize(1);
        assertThat(Clauses.split("When do you sign most, and what with?"))
                .containsExactly("When do you sign most", "and what with?");
    }

    @Test
    void a_long_message_is_cut_at_the_most_parts() {
        String text = String.join(" ", IntStream.range(0, 40).mapToObj(i -> "Question " + i + " is here?").toList());
        List<String> parts = Clauses.split(text);
        assertThat(parts).hasSize(Clauses.MAX_PARTS);
        assertThat(parts.get(0)).isEqualTo("Question 0 is here?");
    }
}

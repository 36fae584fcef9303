package dev.needle.bench.analyst;

import dev.needle.analyst.Analyst;
import dev.needle.analyst.Answer;
import dev.needle.intel.service.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One round of the benchmark's questions: fresh questions and follow-ups in a conversation. */
final class Round {

    /** A question; a follow-up is asked in the conversation of the question before it. */
    record Question(String text, boolean followUp) {
    }

    private Round() {
    }

    /** The mix: every intent of the analyst, with the follow-ups of docs/analyst.md. */
    static List<Question> mix(String attacker) {
        return List.of(
                new Question("what are the top 5 IP addresses?", false),
                new Question("are any of these IPs known to be malicious?", true),
                new Question("top 10 IPs hitting the login page", false),
                new Question("focus on POST requests only", true),
                new Question("top countries yesterday", false),
                new Question("what about the last hour?", true),
                new Question("which user agents send the most 404s?", false),
                new Question("why did traffic spike at 10:00?", false),
                new Question("anything suspicious in the last 24 hours?", false),
                new Question("who is targeting the finance industry?", false),
                new Question("what are the most relevant indicators to block right now?", false),
                new Question("how has " + attacker + " progressed across the kill chain?",
                        false),
                new Question("what new techniques are attackers using?", false),
                new Question("show events for " + attacker, false),
                new Question("what do we know about 66.249.73.135?", false));
    }

    /** Asks the mix once; when {@code run} is not negative, records each answer's time. */
    static List<Answer> ask(Analyst analyst, Principal principal, List<Question> mix, int run,
            List<long[]> nanos) {
        List<Answer> answers = new ArrayList<>();
        Optional<String> conversation = Optional.empty();
        for (int i = 0; i < mix.size(); i++) {
            Question question = mix.get(i);
            long start = System.nanoTime();
            Answer answer = analyst.ask(principal, question.followUp() ? conversation
                    : Optional.empty(), question.text());
            long took = System.nanoTime() - start;
            if (run >= 0) {
                nanos.get(i)[run] = took;
            }
            conversation = Optional.of(answer.conversation());
            answers.add(answer);
        }
        return answers;
    }
}

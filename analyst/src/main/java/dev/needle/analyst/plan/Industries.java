package dev.needle.analyst.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The canonical industry names of docs/analyst.md and the words that mean them. */
final class Industries {

    private static final Map<String, String[]> WORDS = words();

    private Industries() {
    }

    /** The industry a question names. */
    static Optional<String> find(Words words) {
        for (Map.Entry<String, String[]> industry : WORDS.entrySet()) {
            for (String phrase : industry.getValue()) {
                if (phrase.contains(" ") ? words.hasPhrase(phrase) : words.has(phrase)) {
                    return Optional.of(industry.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /** Every canonical name, in a fixed order. */
    static Iterable<String> names() {
        return WORDS.keySet();
    }

    private static Map<String, String[]> words() {
        Map<String, String[]> words = new LinkedHashMap<>();
        words.put("finance", new String[] {"finance", "financial", "banking", "bank", "banks",
            "fintech", "insurance", "financial services"});
        words.put("healthcare", new String[] {"healthcare", "health", "hospital", "hospitals",
            "medical", "pharma", "pharmaceutical"});
        words.put("government", new String[] {"government", "governments", "public sector",
            "gov", "federal", "agencies"});
        words.put("education", new String[] {"education", "universities", "university",
            "schools", "academic", "academia"});
        words.put("energy", new String[] {"energy", "utilities", "utility", "oil", "power grid",
            "electricity"});
        words.put("retail", new String[] {"retail", "retailers", "ecommerce", "e-commerce",
            "shops"});
        words.put("technology", new String[] {"technology", "tech", "software", "it sector"});
        words.put("telecommunications", new String[] {"telecommunications", "telecom",
            "telecoms", "telco", "telcos"});
        words.put("manufacturing", new String[] {"manufacturing", "manufacturers",
            "industrial"});
        words.put("transportation", new String[] {"transportation", "transport", "logistics",
            "shipping", "aviation", "airlines"});
        words.put("media", new String[] {"media", "news", "journalism", "entertainment"});
        words.put("defense", new String[] {"defense", "defence", "military", "aerospace"});
        words.put("legal", new String[] {"legal", "law firms", "lawyers"});
        words.put("hospitality", new String[] {"hospitality", "hotels", "hotel", "tourism"});
        return words;
    }
}

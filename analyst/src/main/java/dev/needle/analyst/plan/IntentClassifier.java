package dev.needle.analyst.plan;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.needle.analyst.Intent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores how close a question is to each intent: the cosine similarity between the question's
 * sentence embedding and that of the intent's nearest example. Indicators in both are replaced
 * by the name of their kind first, since an address's digits say nothing of the intent. The
 * examples live in {@code intents.tsv} beside this class, one {@code intent<TAB>question} a
 * line; they are written from the intents' descriptions and never taken from the held-out
 * evaluation set.
 */
final class IntentClassifier {

    private static final String EXAMPLES = "intents.tsv";

    private final EmbeddingModel model;
    private final List<Example> examples;

    private IntentClassifier(EmbeddingModel model, List<Example> examples) {
        this.model = model;
        this.examples = List.copyOf(examples);
    }

    /** Embeds the shipped examples with {@code model}. */
    static IntentClassifier load(EmbeddingModel model) {
        List<String[]> rows = readExamples();
        List<TextSegment> texts = rows.stream()
                .map(row -> TextSegment.from(IndicatorFinder.mask(row[1]))).toList();
        List<Embedding> vectors = model.embedAll(texts).content();
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            examples.add(new Example(Intent.parse(rows.get(i)[0]), rows.get(i)[1],
                    unit(vectors.get(i).vector())));
        }
        return new IntentClassifier(model, examples);
    }

    /** The example questions' texts. */
    List<String> texts() {
        return examples.stream().map(Example::text).toList();
    }

    /** The best similarity of the question to each intent's examples, -1 to 1. */
    Map<Intent, Double> scores(String question) {
        float[] vector = unit(model.embed(IndicatorFinder.mask(question)).content().vector());
        Map<Intent, Double> best = new EnumMap<>(Intent.class);
        for (Example example : examples) {
            double similarity = dot(vector, example.vector());
            best.merge(example.intent(), similarity, Math::max);
        }
        return best;
    }

    private static List<String[]> readExamples() {
        InputStream in = IntentClassifier.class.getResourceAsStream(EXAMPLES);
        if (in == null) {
            throw new IllegalStateException(EXAMPLES + " is missing from the analyst jar");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t", 2);
                if (row.length != 2) {
                    throw new IllegalStateException(EXAMPLES + " line " + number
                            + ": expected intent, a tab, and a question");
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + EXAMPLES, e);
        }
        return rows;
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        float[] out = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            out[i] = vector[i] * scale;
        }
        return out;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private record Example(Intent intent, String text, float[] vector) {
    }
}

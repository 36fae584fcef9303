package dev.needle.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a large, time-ordered combined log by replaying the seed's lines in turn. Each output
 * line keeps its seed line's method, protocol, status, bytes, referer and user agent; its
 * timestamp is spread evenly over the span from the seed's earliest one, so the output is in
 * time order; its client is the seed's address or, on a {@value #POPULATION_SHARE} share of lines,
 * one drawn from a Zipf-popular population; on a {@value #VARIANT_SHARE} share of lines the path
 * gets one of {@code pathIds} ids.
 *
 * <p>The spread is even, so the output has no daily rhythm: hourly series are flat.
 */
final class SyntheticAccessLog {

    static final double POPULATION_SHARE = 0.4;
    static final double VARIANT_SHARE = 0.2;
    static final double ZIPF_EXPONENT = 1.0;

    /** Keeps the population the same whatever the line count, by giving it its own stream. */
    private static final long POPULATION_STREAM = 0x6A09_E667_F3BC_C909L;

    private final List<SeedLine> seedLines;
    private final long firstSecond;
    private final ClfTimestamp clock;
    private final IpPopulation population;
    private final GeneratorOptions options;

    SyntheticAccessLog(SeedLog seed, GeneratorOptions options) {
        this.seedLines = seed.lines();
        this.firstSecond = seed.firstTime().getEpochSecond();
        this.clock = new ClfTimestamp(seed.offset());
        this.population = IpPopulation.generate(options.population(), ZIPF_EXPONENT,
                new SplitMix64(options.seed() ^ POPULATION_STREAM));
        this.options = options;
    }

    /** Writes {@code options.lines()} lines; the caller buffers and closes the stream. */
    void write(OutputStream out) throws IOException {
        SplitMix64 random = new SplitMix64(options.seed());
        LineBuffer line = new LineBuffer();
        long lines = options.lines();
        long spanSeconds = options.span().toSeconds();
        for (long i = 0; i < lines; i++) {
            SeedLine seed = seedLines.get((int) (i % seedLines.size()));
            line.reset();
            line.append(random.nextDouble() < POPULATION_SHARE
                    ? population.draw(random) : seed.ip());
            line.append(seed.identity());
            line.append(clock.render(firstSecond + i * spanSeconds / lines));
            line.append(seed.requestHead());
            if (random.nextDouble() < VARIANT_SHARE) {
                PathVariants.append(line, seed.path(), random.nextInt(options.pathIds()));
            } else {
                line.append(seed.path());
            }
            line.append(seed.tail());
            line.writeTo(out);
        }
    }
}

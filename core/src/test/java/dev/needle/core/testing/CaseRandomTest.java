package dev.needle.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class CaseRandomTest {

    private final CaseRandom random = new CaseRandom(new SplittableRandom(1));

    @Test
    void anyLong_manyDraws_includeZeroAndTheSignBitBoundaries() {
        List<Long> drawn = LongStream.range(0, 2000).map(i -> random.anyLong()).boxed().toList();

        assertThat(drawn).contains(0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    @Test
    void anyInt_manyDraws_includeZeroAndTheSignBitBoundaries() {
        List<Integer> drawn = IntStream.range(0, 2000).map(i -> random.anyInt()).boxed().toList();

        assertThat(drawn).contains(0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    @Test
    void intBetween_manyDraws_stayInsideAndReachBothEnds() {
        List<Integer> drawn = IntStream.range(0, 2000).map(i -> random.intBetween(-3, 1000))
                .boxed().toList();

        assertThat(drawn).allSatisfy(n -> assertThat(n).isBetween(-3, 1000)).contains(-3, 1000);
    }

    @Test
    void intBetween_emptyRange_isRejected() {
        assertThatThrownBy(() -> random.intBetween(2, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("empty range 2 to 1");
    }

    @Test
    void string_manyDraws_useOnlyTheAlphabetAndReachEmptyAndFullLength() {
        List<String> drawn = IntStream.range(0, 2000).mapToObj(i -> random.string("ab\"", 40))
                .toList();

        assertThat(drawn).allSatisfy(text -> assertThat(text).matches("[ab\"]{0,40}"))
                .contains("")
                .anySatisfy(text -> assertThat(text).hasSize(40));
    }

    @Test
    void list_manyDraws_keepTheSizesAndReachBothEnds() {
        List<Integer> sizes = IntStream.range(0, 2000)
                .map(i -> random.list(2, 5, CaseRandom::anyInt).size()).boxed().toList();

        assertThat(sizes).allSatisfy(size -> assertThat(size).isBetween(2, 5)).contains(2, 5);
    }

    @Test
    void oneOf_manyDraws_useEveryGenerator() {
        List<String> drawn = IntStream.range(0, 200)
                .mapToObj(i -> random.<String>oneOf(r -> "a", r -> "b", r -> "c")).toList();

        assertThat(drawn).containsOnly("a", "b", "c").contains("a", "b", "c");
    }

    @Test
    void pick_noChoices_isRejected() {
        assertThatThrownBy(() -> random.pick(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("nothing to pick from");
    }
}

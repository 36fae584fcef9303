package dev.needle.bench.intel;

import dev.needle.intel.KillChainStage;

/**
 * A kind of activity a feed reports, with the kill-chain stage it is usually filed under.
 *
 * @param name the category as events carry it, such as {@code C2 server}
 * @param stage its usual stage
 */
record Category(String name, KillChainStage stage) {
}

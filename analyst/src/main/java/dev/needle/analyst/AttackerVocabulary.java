package dev.needle.analyst;

import dev.needle.intel.service.AggregateDimension;
import dev.needle.intel.service.AggregateQuery;
import dev.needle.intel.service.IntelService;
import dev.needle.intel.service.Principal;
import dev.needle.intel.service.Scope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The attacker names a caller can see, for the planner to recognise in questions. Read from
 * intel at most every {@value #REFRESH_SECONDS} seconds per caller (organisation and scopes):
 * counting
 * attackers over a million events is not free, and a new name a minute late does little harm.
 */
final class AttackerVocabulary {

    static final int REFRESH_SECONDS = 300;
    private static final int MOST = 10_000;

    private final IntelService intel;
    private final Clock clock;
    private final Map<Principal, Cached> byCaller = new ConcurrentHashMap<>();

    AttackerVocabulary(IntelService intel, Clock clock) {
        this.intel = intel;
        this.clock = clock;
    }

    List<String> names(Principal caller) {
        Instant now = clock.instant();
        Cached cached = byCaller.get(caller);
        if (cached != null && Duration.between(cached.read(), now).getSeconds() < REFRESH_SECONDS) {
            return cached.names();
        }
        if (!caller.can(Scope.READ)) {
            return List.of();
        }
        List<String> names = intel.aggregate(caller, AggregateQuery.counting(
                AggregateDimension.ATTACKER)).rows().stream()
                .map(row -> row.value(AggregateDimension.ATTACKER))
                .filter(name -> !name.isBlank()).limit(MOST).toList();
        byCaller.put(caller, new Cached(names, now));
        return names;
    }

    private record Cached(List<String> names, Instant read) {
    }
}

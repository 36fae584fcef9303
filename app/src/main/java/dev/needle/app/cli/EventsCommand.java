package dev.needle.app.cli;

import dev.needle.app.intel.LocalIntel;
import dev.needle.app.json.Json;
import dev.needle.intel.KillChainStage;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.service.EventPage;
import dev.needle.intel.service.EventSearch;
import dev.needle.intel.service.IntelService;
import dev.needle.intel.service.SearchTerm;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code needle events}: threat events in the intel store. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Threat events in the intel store.",
        subcommands = EventsCommand.ListEvents.class)
final class EventsCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * {@code needle events list}: one page of events, newest first. With {@code --cursor} the
     * search is the one the cursor was issued for, and the other options are not used.
     */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "One page of events matching a filter, newest first.")
    static final class ListEvents implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private DataOption data;

        @Option(names = {"-f", "--filter"}, paramLabel = "EXPR", defaultValue = "",
                description = "Terms 'field op value' joined by 'and', e.g. 'attacker equals"
                        + " APT1 and killChain gte 6', 'indicator in (1.2.3.4, evil.example)'."
                        + " Operators: equals not gt gte lt lte like contains startsWith"
                        + " endsWith in.")
        private String filter;

        @Option(names = "--dataset", paramLabel = "NAME", split = ",",
                description = "Only these datasets (default: all readable).")
        private List<String> datasets;

        @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "20",
                description = "Events per page, 1 to 25000 (default: ${DEFAULT-VALUE}).")
        private int limit;

        @Option(names = "--cursor", paramLabel = "C",
                description = "Continue after the page that printed this nextCursor.")
        private String cursor;

        @Option(names = "--json", description = "Print {events, nextCursor} as JSON.")
        private boolean json;

        @Override
        public Integer call() throws Exception {
            EventSearch search = cursor != null ? EventSearch.fromCursor(cursor) : firstPage();
            EventPage page;
            try (IntelService intel = data.openIntel()) {
                page = intel.searchEvents(LocalIntel.principal(), search);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> object = new LinkedHashMap<>();
                object.put("events", page.events().stream().map(EventViews::asJson).toList());
                object.put("nextCursor", page.nextCursor().orElse(null));
                object.put("complete", page.completeness().complete());
                out.println(Json.MAPPER.writerWithDefaultPrettyPrinter()
                        .writeValueAsString(object));
            } else {
                printText(page, out);
            }
            out.flush();
            return 0;
        }

        private EventSearch firstPage() {
            if (limit < 1 || limit > EventSearch.MAX_PAGE_SIZE) {
                throw new CliException("--limit " + limit + " is not within 1 to "
                        + EventSearch.MAX_PAGE_SIZE);
            }
            List<SearchTerm> terms = SearchExpression.parse(filter);
            EventSearch search = EventSearch.everything().withPageSize(limit);
            for (SearchTerm term : terms) {
                search = search.and(term);
            }
            return datasets == null ? search : search.inDatasets(datasets.toArray(String[]::new));
        }

        private static void printText(EventPage page, PrintWriter out) {
            TextTable table = new TextTable(List.of("date", "dataset", "attacker", "kill chain",
                    "indicators", "headline"), List.of(false, false, false, false, true, false));
            for (ThreatEvent e : page.events()) {
                table.add(e.date(), e.dataset(), e.attacker(),
                        e.killChainStage().map(KillChainStage::label).orElse(""),
                        e.indicators().size(), e.headline());
            }
            table.print(out);
            page.nextCursor().ifPresent(next -> out.println("next page: --cursor " + next));
            page.completeness().failedDatasets().forEach(name ->
                    out.println("note: dataset " + TextTable.printable(name) + " did not answer"));
        }
    }
}

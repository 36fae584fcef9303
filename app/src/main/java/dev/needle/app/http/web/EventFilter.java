package dev.needle.app.http.web;

import dev.needle.intel.service.EventSearch;
import dev.needle.intel.service.SearchOperator;
import io.javalin.http.Context;
import java.util.Objects;

/**
 * The filters of the events page as the form sent them; blank means no filter.
 *
 * @param attacker the attacker's name, exactly
 * @param category the category, exactly
 * @param industry the target industry, exactly
 * @param stage the kill-chain stage label, such as {@code delivery}
 * @param text words searched in the events' text
 */
public record EventFilter(String attacker, String category, String industry, String stage,
        String text) {

    /** Normalises missing values to blank. */
    public EventFilter {
        attacker = clean(attacker);
        category = clean(category);
        industry = clean(industry);
        stage = clean(stage);
        text = clean(text);
    }

    /** The filters in a request's query. */
    public static EventFilter of(Context ctx) {
        return new EventFilter(ctx.queryParam("attacker"), ctx.queryParam("category"),
                ctx.queryParam("industry"), ctx.queryParam("stage"), ctx.queryParam("q"));
    }

    /** The first page of the search these filters ask for, newest first. */
    public EventSearch search(int pageSize) {
        EventSearch search = EventSearch.everything().withPageSize(pageSize).withText(text);
        search = where(search, "attacker", attacker);
        search = where(search, "category", category);
        search = where(search, "targetIndustry", industry);
        return where(search, "killChain", stage);
    }

    private static EventSearch where(EventSearch search, String field, String value) {
        return value.isEmpty() ? search : search.where(field, SearchOperator.EQUALS, value);
    }

    private static String clean(String value) {
        return Objects.requireNonNullElse(value, "").strip();
    }
}

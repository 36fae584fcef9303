package dev.needle.app.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needle.analyst.Answer;
import dev.needle.analyst.AnswerJson;
import dev.needle.app.analyst.AnalystRef;
import dev.needle.app.http.auth.Authenticator;
import dev.needle.intel.service.Principal;
import dev.needle.intel.service.Scope;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;

/**
 * The analyst's conversations under {@code /api/v1/analyst/conversations}: start one with a
 * first question, ask follow-ups in it, and read it back. Every call needs an API token with the
 * read scope; the analyst's tools then read traffic and intel with that token's rights. A
 * conversation belongs to the organisation that started it: another organisation's id answers
 * 404 exactly as an id that does not exist.
 */
public final class AnalystApi {

    /** Where conversations live. */
    public static final String CONVERSATIONS = "/api/v1/analyst/conversations";

    private final AnalystRef analyst;
    private final Authenticator auth;

    /** Endpoints that ask {@code analyst} for callers {@code auth} recognises. */
    public AnalystApi(AnalystRef analyst, Authenticator auth) {
        this.analyst = analyst;
        this.auth = auth;
    }

    /** Declares the endpoints on {@code routes}. */
    public void register(RoutesConfig routes) {
        routes.post(CONVERSATIONS, this::start);
        routes.post(CONVERSATIONS + "/{id}/messages", this::followUp);
        routes.get(CONVERSATIONS + "/{id}", this::conversation);
    }

    private void start(Context ctx) {
        Principal reader = auth.require(ctx, Scope.READ);
        IntelParameters.of(ctx, Set.of());
        String question = QuestionBody.read(ctx);

        Answer answer = analyst.get().ask(reader, Optional.empty(), question);
        ctx.status(201).header("Location", CONVERSATIONS + "/" + answer.conversation())
                .json(AnswerJson.of(answer));
    }

    private void followUp(Context ctx) {
        Principal reader = auth.require(ctx, Scope.READ);
        IntelParameters.of(ctx, Set.of());
        String question = QuestionBody.read(ctx);

        Answer answer = analyst.get().ask(reader, Optional.of(ctx.pathParam("id")), question);
        ctx.json(AnswerJson.of(answer));
    }

    /** The conversation as {@code {"id", "messages": [answers, oldest first]}}. */
    private void conversation(Context ctx) {
        Principal reader = auth.require(ctx, Scope.READ);
        IntelParameters.of(ctx, Set.of());
        String id = ctx.pathParam("id");

        ObjectNode body = AnswerJson.MAPPER.createObjectNode().put("id", id);
        ArrayNode messages = body.putArray("messages");
        for (String stored : analyst.get().history(reader, id)) {
            messages.add(parse(stored, id));
        }
        ctx.json(body);
    }

    private static JsonNode parse(String stored, String id) {
        try {
            return AnswerJson.MAPPER.readTree(stored);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored answer of conversation " + id
                    + " is not JSON", e);
        }
    }
}

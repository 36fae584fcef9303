package dev.needle.app.http.web;

import dev.needle.analyst.Answer;
import dev.needle.analyst.ConversationNotFoundException;
import dev.needle.app.analyst.AnalystRef;
import dev.needle.app.analyst.QuestionText;
import dev.needle.app.http.auth.Authenticator;
import dev.needle.intel.service.Principal;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analyst's chat at {@code /analyst}: a conversation's questions and answers, oldest first,
 * and a form for the next question. The page acts with the rights of the login token, as the
 * intel pages do; without one it sends the browser to the login, which brings it back.
 *
 * <p>A question posted by htmx gets back only the new turn, to append, and the conversation's
 * id, to keep for the follow-up; posted as a plain form it redirects to the conversation's page.
 * {@code ?q=} puts a question in the form without asking it, for the "Ask about this" links of
 * the other pages; {@code ?conversation=} shows a conversation of the caller's organisation.
 */
public final class AnalystPage {

    private static final Logger LOG = LoggerFactory.getLogger(AnalystPage.class);

    private static final String MISSING =
            "No conversation of your organisation has that id; ask to start a new one.";

    private final AnalystRef analyst;
    private final Authenticator auth;
    private final WebTemplates templates;

    /** The page, asking {@code analyst} as the caller {@code auth} finds. */
    public AnalystPage(AnalystRef analyst, Authenticator auth, WebTemplates templates) {
        this.analyst = analyst;
        this.auth = auth;
        this.templates = templates;
    }

    /** Declares the page on {@code routes}. */
    public void register(RoutesConfig routes) {
        routes.get("/analyst", this::show);
        routes.post("/analyst", this::ask);
    }

    private void show(Context ctx) {
        Optional<Principal> caller = auth.principal(ctx);
        if (caller.isEmpty()) {
            ctx.redirect(LoginPage.returningTo(ctx), HttpStatus.SEE_OTHER);
            return;
        }
        String prepared = text(ctx.queryParam("q"));
        if (prepared.length() > QuestionText.MAX_CHARS) {
            prepared = prepared.substring(0, QuestionText.MAX_CHARS);
        }

        Optional<String> conversation = nonBlank(ctx.queryParam("conversation"));
        render(ctx, caller.get(), conversation, prepared, Optional.empty(), 200);
    }

    private void ask(Context ctx) {
        boolean htmx = "true".equals(ctx.header("HX-Request"));
        Optional<Principal> caller = auth.principal(ctx);
        if (caller.isEmpty()) {
            refuseAnonymous(ctx, htmx);
            return;
        }
        if (!FormOrigin.isThisSite(ctx)) {
            LOG.warn("analyst refused a question posted from another site ({})", ctx.ip());
            ctx.status(403).contentType("text/plain; charset=utf-8")
                    .result("Ask from Needle's own analyst page.\n");
            return;
        }
        String question = text(ctx.formParam("question"));
        Optional<String> conversation = nonBlank(ctx.formParam("conversation"));

        Optional<String> problem = QuestionText.problem(question)
                .map(reason -> "The question " + reason + ".");
        if (problem.isPresent()) {
            reject(ctx, htmx, caller.get(), conversation, question, problem.get(), 400);
            return;
        }
        Answer answer;
        try {
            answer = analyst.get().ask(caller.get(), conversation, question);
        } catch (ConversationNotFoundException e) {
            reject(ctx, htmx, caller.get(), Optional.empty(), question, MISSING, 404);
            return;
        }

        String page = "/analyst?conversation=" + IntelLinks.query(answer.conversation());
        if (htmx) {
            ctx.header("Cache-Control", "no-store").header("HX-Replace-Url", page)
                    .html(templates.render("analyst/reply.jte", TurnView.of(answer)));
        } else {
            ctx.redirect(page, HttpStatus.SEE_OTHER);
        }
    }

    /** A form post without a valid token: htmx is told to send the browser to the login. */
    private static void refuseAnonymous(Context ctx, boolean htmx) {
        String login = "/login?next=" + IntelLinks.query("/analyst");
        if (htmx) {
            ctx.status(204).header("HX-Redirect", login);
        } else {
            ctx.redirect(login, HttpStatus.SEE_OTHER);
        }
    }

    /**
     * A question that cannot be asked. htmx gets the reason as a turn to append, with 400 so
     * that it swaps it in; a plain form gets the page again with the question kept.
     */
    private void reject(Context ctx, boolean htmx, Principal caller,
            Optional<String> conversation, String question, String problem, int status) {
        if (htmx) {
            ctx.status(400).html(templates.render("analyst/problem.jte", problem));
            return;
        }
        String kept = question.length() > QuestionText.MAX_CHARS
                ? question.substring(0, QuestionText.MAX_CHARS) : question;
        render(ctx, caller, conversation, kept, Optional.of(problem), status);
    }

    /** The whole page; a conversation that is not the caller's shows as missing, with 404. */
    private void render(Context ctx, Principal caller, Optional<String> conversation,
            String prepared, Optional<String> problem, int status) {
        ctx.header("Cache-Control", "no-store");
        List<TurnView> turns = List.of();
        if (conversation.isPresent()) {
            try {
                turns = analyst.get().history(caller, conversation.get()).stream()
                        .map(TurnView::parse).toList();
            } catch (ConversationNotFoundException e) {
                ctx.status(404).html(templates.render("analyst/page.jte", new AnalystView(
                        Optional.empty(), List.of(), prepared, Optional.of(MISSING))));
                return;
            }
        }
        ctx.status(status).html(templates.render("analyst/page.jte",
                new AnalystView(conversation, turns, prepared, problem)));
    }

    private static String text(String value) {
        return Objects.requireNonNullElse(value, "");
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}

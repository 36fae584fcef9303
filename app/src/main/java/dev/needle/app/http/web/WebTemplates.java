package dev.needle.app.http.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The jte templates of the web UI, compiled to Java at build time from {@code src/main/jte}.
 * Their content type is HTML, so every {@code ${...}} is escaped for where it stands.
 */
public final class WebTemplates {

    /** The package the build compiles the templates into. */
    private static final String PACKAGE = "dev.needle.app.http.web.templates";

    private final TemplateEngine engine;

    private WebTemplates(TemplateEngine engine) {
        this.engine = engine;
    }

    /** The templates compiled into the application. */
    public static WebTemplates precompiled() {
        return new WebTemplates(TemplateEngine.createPrecompiled(null, ContentType.Html,
                WebTemplates.class.getClassLoader(), PACKAGE));
    }

    /** Renders the template {@code name}, such as {@code traffic/page.jte}, with its one param. */
    public String render(String name, Object param) {
        StringOutput output = new StringOutput();
        engine.render(name, param, output);
        return output.toString();
    }
}

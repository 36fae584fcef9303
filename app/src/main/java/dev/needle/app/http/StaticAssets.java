package dev.needle.app.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.Map;

/**
 * Serves the stylesheet, scripts and vendored libraries under {@code /static} from the
 * classpath folder {@code static}. Browsers may keep them five minutes; the before-handlers,
 * and so the security headers, apply to them as to every route.
 */
final class StaticAssets {

    private StaticAssets() {
    }

    /** Adds the static folder to {@code cfg}. */
    static void register(JavalinConfig cfg) {
        cfg.staticFiles.add(files -> {
            files.hostedPath = "/static";
            files.directory = "/static";
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", "max-age=300");
        });
    }
}

package dev.needle.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Checks that Playwright drives Debian's Chromium against a page served on the loopback. */
class HeadlessChromiumTest {

    private static final String PAGE = """
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Sensor</title></head>
            <body>
            <button id="sensor" type="button">Idle</button>
            <script>
              const sensor = document.getElementById("sensor");
              sensor.addEventListener("click", () => { sensor.textContent = "Armed"; });
            </script>
            </body>
            </html>
            """;

    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", HeadlessChromiumTest::servePage);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void click_buttonWithInlineScript_changesItsText() {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";

        try (HeadlessChromium chromium = HeadlessChromium.launch()) {
            Page page = chromium.newPage();
            page.navigate(url);
            String before = page.textContent("#sensor");

            page.click("#sensor");

            assertThat(before).isEqualTo("Idle");
            assertThat(page.textContent("#sensor")).isEqualTo("Armed");
        }
    }

    private static void servePage(HttpExchange exchange) throws IOException {
        byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}

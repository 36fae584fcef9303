package dev.needle.app.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Debian's Chromium, headless and driven by Playwright, for tests of Needle's web pages.
 *
 * <p>Playwright's Java client talks to a driver written for Node.js. The driver's JavaScript comes
 * with the {@code com.microsoft.playwright:driver} artifact; the build excludes
 * {@code driver-bundle}, which would only add a Node.js binary for every platform, so the driver
 * runs on the machine's own {@code node} (named by {@code PLAYWRIGHT_NODEJS_PATH}, else found on
 * the {@code PATH}). Playwright downloads no browser: the tests use the Chromium at
 * {@code /usr/bin/chromium}, or the one named by {@code NEEDLE_TEST_CHROMIUM}.
 *
 * <p>One instance serves one thread; each {@link #newPage()} gets a fresh browser context.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Path DEFAULT_CHROMIUM = Path.of("/usr/bin/chromium");

    /** Flags that keep Chromium quiet on a machine with no network but the loopback. */
    private static final List<String> FLAGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run");

    private final Playwright playwright;
    private final Browser browser;

    private HeadlessChromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Starts the Playwright driver and a headless Chromium; fails naming what is missing. */
    public static HeadlessChromium launch() {
        Path node = nodeExecutable();
        Path chromium = chromiumExecutable();

        Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of(
                "PLAYWRIGHT_NODEJS_PATH", node.toString(),
                "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium)
                    .setHeadless(true)
                    .setArgs(FLAGS));
            return new HeadlessChromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** Opens a blank page in a new browser context of its own. */
    public Page newPage() {
        return browser.newPage();
    }

    /**
     * A new 1440 by 1000 page that dismisses every dialog, noting it in {@code dialogs}, and
     * notes console errors and uncaught page errors in {@code errors}: hostile data that ran as
     * script shows up in one of them.
     */
    public Page watchedPage(List<String> dialogs, List<String> errors) {
        Page page = newPage();
        page.setViewportSize(1440, 1000);
        page.onDialog(dialog -> {
            dialogs.add(dialog.type() + ": " + dialog.message());
            dialog.dismiss();
        });
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                errors.add(message.text());
            }
        });
        page.onPageError(errors::add);
        return page;
    }

    /** Closes the browser and stops the driver process. */
    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }

    private static Path chromiumExecutable() {
        Path chromium = Optional.ofNullable(System.getenv("NEEDLE_TEST_CHROMIUM"))
                .map(Path::of)
                .orElse(DEFAULT_CHROMIUM);
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException("No Chromium at " + chromium
                    + ": install Debian's package (apt-get install chromium)"
                    + " or set NEEDLE_TEST_CHROMIUM to a Chromium executable");
        }
        return chromium;
    }

    private static Path nodeExecutable() {
        Optional<Path> named = Optional.ofNullable(System.getenv("PLAYWRIGHT_NODEJS_PATH"))
                .map(Path::of);
        if (named.isPresent()) {
            if (!Files.isExecutable(named.get())) {
                throw new IllegalStateException(
                        "PLAYWRIGHT_NODEJS_PATH names no executable: " + named.get());
            }
            return named.get();
        }
        return onPath("node").orElseThrow(() -> new IllegalStateException(
                "No node on the PATH: Playwright's driver needs Node.js 20 or newer"
                        + " (apt-get install nodejs), or set PLAYWRIGHT_NODEJS_PATH"));
    }

    private static Optional<Path> onPath(String name) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}

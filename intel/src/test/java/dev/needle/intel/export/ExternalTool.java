package dev.needle.intel.export;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs a program the tests check output with (nginx, Suricata), by argument list. */
final class ExternalTool {

    /** Exit code and merged output of a finished run. */
    record Run(int exitCode, String output) {
    }

    private ExternalTool() {
    }

    /** The program named by {@code envVariable}, else the first of {@code paths} that exists. */
    static Optional<Path> find(String envVariable, String... paths) {
        List<String> candidates = new ArrayList<>();
        String fromEnv = System.getenv(envVariable);
        if (fromEnv != null && !fromEnv.isBlank()) {
            candidates.add(fromEnv);
        }
        candidates.addAll(List.of(paths));
        return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /** Runs the command to its end; a run still going after five minutes is stopped. */
    static Run run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("%s did not finish", command);
        }
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}

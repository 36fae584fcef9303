package dev.needle.analyst.llm;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Collects every log event of the process, at every level and logger, while open: what a
 * console or file appender would have written, message and stack trace alike.
 */
final class LogCapture implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    private final ch.qos.logback.classic.Level rootLevel = root.getLevel();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    /** Starts capturing, with the root logger lowered to DEBUG so that nothing escapes. */
    LogCapture() {
        appender.start();
        root.addAppender(appender);
        root.setLevel(ch.qos.logback.classic.Level.DEBUG);
    }

    /** Each captured event as text: level, logger, message, and any stack trace. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : List.copyOf(appender.list)) {
            StringBuilder line = new StringBuilder().append(event.getLevel()).append(' ')
                    .append(event.getLoggerName()).append(" - ")
                    .append(event.getFormattedMessage());
            for (IThrowableProxy thrown = event.getThrowableProxy(); thrown != null;
                    thrown = thrown.getCause()) {
                line.append("\n").append(thrown.getClassName()).append(": ")
                        .append(thrown.getMessage());
                for (StackTraceElementProxy frame : thrown.getStackTraceElementProxyArray()) {
                    line.append("\n\tat ").append(frame.getSTEAsString());
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The captured lines at WARN from {@code type}'s logger. */
    List<String> warnings(Class<?> type) {
        return lines().stream().filter(line -> line.startsWith("WARN " + type.getName()))
                .toList();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        root.setLevel(rootLevel);
        appender.stop();
    }
}

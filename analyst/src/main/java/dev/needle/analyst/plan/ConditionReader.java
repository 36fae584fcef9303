package dev.needle.analyst.plan;

import dev.needle.core.indicator.Indicator;
import dev.needle.traffic.TrafficField;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads traffic conditions from a question: login pages, explicit paths, status codes and error
 * classes, methods, a client country, an AS number, an IP or CIDR.
 */
final class ConditionReader {

    private static final Pattern PATH = Pattern.compile("(?<=^|[\\s\"'`(])(/[\\w\\-./*%~+=]*)");
    private static final Pattern AREA = Pattern.compile(
            "\\b(log-?ins?|sign-?ins?|signons?|logons?|admin|api)\\s*(?:pages?|endpoints?|urls?"
            + "|paths?|routes?|forms?|screens?|areas?|panels?|requests?|attempts?)?\\b");
    private static final Pattern CLASS = Pattern.compile("\\b([45])xx(?:s|\\s+errors?)?\\b");
    private static final Pattern SERVER_ERRORS = Pattern.compile(
            "\\bserver[-\\s]+(?:side\\s+)?errors?\\b");
    private static final Pattern CLIENT_ERRORS = Pattern.compile(
            "\\bclient[-\\s]+(?:side\\s+)?errors?\\b");
    private static final Pattern CODE = Pattern.compile(
            "\\b(?:status(?:\\s+code)?|code|response|http|returning|returned|only|with|just)"
            + "\\s*(?:of|=|is|was)?\\s*([1-5]\\d\\d)\\b(?:s\\b)?"
            + "|\\b([1-5]\\d\\d)s\\b"
            + "|\\b([2-5]\\d\\d)\\s*(?=(?:errors?|responses?|status|codes?|not found|forbidden"
            + "|hits?|requests?|paths?|pages?|urls?|ips?|s)\\b)");
    private static final Pattern NAMED_CODE = Pattern.compile("\\b(not found|forbidden|"
            + "unauthori[sz]ed)\\b");
    private static final Pattern ERRORS = Pattern.compile("\\b(errors?|erors?|errros?|failed"
            + "|failures?|failing)\\b");
    private static final Pattern METHOD = Pattern.compile(
            "\\b(get|post|put|delete|head|options|patch)\\s+(?:requests?|calls?|hits?|method)\\b"
            + "|\\b(?-i:(GET|POST|PUT|DELETE|HEAD|OPTIONS|PATCH))s?\\b");
    private static final Pattern ASN = Pattern.compile("\\bas\\s?n?\\s*(\\d{1,10})\\b");

    private ConditionReader() {
    }

    /** The conditions the question states; their words are taken out of {@code question}. */
    static Conditions read(Question question, List<Indicator> indicators) {
        Conditions conditions = new Conditions();
        paths(question, conditions);
        status(question, conditions);
        method(question, conditions);
        question.take(ASN).ifPresent(m -> conditions.put(TrafficField.ASN, "asn = " + m.group(1)));
        for (Indicator indicator : indicators) {
            switch (indicator.type()) {
                case IPV4, IPV6 -> conditions.put(TrafficField.IP, "ip = " + indicator.value());
                case CIDR -> conditions.put(TrafficField.IP, "ip in " + indicator.value());
                case ASN -> conditions.put(TrafficField.ASN, "asn = " + indicator.value());
                default -> { }
            }
        }
        return conditions;
    }

    private static void paths(Question question, Conditions conditions) {
        var explicit = question.take(PATH);
        if (explicit.isPresent() && explicit.get().originalGroup(1).length() > 1) {
            conditions.put(TrafficField.PATH, "path = " + explicit.get().originalGroup(1));
            question.take(AREA);
            return;
        }
        question.take(AREA).ifPresent(m -> {
            String area = m.group(1).replace("-", "");
            String word = area.startsWith("admin") ? "admin" : area.startsWith("api") ? "api"
                    : "login";
            conditions.put(TrafficField.PATH, "path = *" + word + "*");
        });
    }

    private static void status(Question question, Conditions conditions) {
        var cls = question.take(CLASS);
        if (cls.isPresent()) {
            conditions.put(TrafficField.STATUS, cls.get().group(1).equals("5") ? "status >= 500"
                    : "status >= 400 and status < 500");
            return;
        }
        if (question.take(SERVER_ERRORS).isPresent()) {
            conditions.put(TrafficField.STATUS, "status >= 500");
            return;
        }
        if (question.take(CLIENT_ERRORS).isPresent()) {
            conditions.put(TrafficField.STATUS, "status >= 400 and status < 500");
            return;
        }
        var code = question.take(CODE);
        if (code.isPresent()) {
            var m = code.get();
            String value = m.has(1) ? m.group(1) : m.has(2) ? m.group(2) : m.group(3);
            conditions.put(TrafficField.STATUS, "status = " + value);
            question.take(ERRORS);
            return;
        }
        var named = question.take(NAMED_CODE);
        if (named.isPresent()) {
            String word = named.get().group(1);
            conditions.put(TrafficField.STATUS, "status = " + (word.startsWith("not") ? "404"
                    : word.startsWith("forbidden") ? "403" : "401"));
            return;
        }
        if (question.take(ERRORS).isPresent()) {
            conditions.put(TrafficField.STATUS, "status >= 400");
        }
    }

    private static void method(Question question, Conditions conditions) {
        var m = Pattern.compile(METHOD.pattern(), Pattern.CASE_INSENSITIVE)
                .matcher(question.original());
        if (m.find() && !question.rest().substring(m.start(), m.end()).isBlank()) {
            String verb = (m.group(1) != null ? m.group(1) : m.group(2)).toUpperCase(Locale.ROOT);
            conditions.put(TrafficField.METHOD, "method = " + verb);
            question.blank(m.start(), m.end());
        }
    }
}

package dev.needle.core.filter;

import dev.needle.core.filter.FilterScanner.RawValue;
import dev.needle.core.net.Cidr;
import dev.needle.core.net.IpAddress;
import java.util.Optional;

/** Turns a typed value into the operand its field and operator call for, or says why not. */
final class OperandReader {

    /** Longer than any address with a prefix; longer text is not echoed whole in messages. */
    private static final int MAX_CIDR_LENGTH = 49;

    private OperandReader() {
    }

    /** The operand of {@code field operator value}; the operator already suits the field. */
    static Operand forComparison(FieldSpec field, Operator operator, RawValue value) {
        return switch (field.type()) {
            case TEXT -> operator.isRegex() ? regex(value) : GlobSyntax.read(value.text());
            case NUMBER -> number(field, value);
            case IP -> address(field, value);
        };
    }

    /** One value of {@code field in (...)}. */
    static Operand forList(FieldSpec field, RawValue value) {
        return switch (field.type()) {
            case TEXT -> GlobSyntax.read(value.text());
            case NUMBER -> number(field, value);
            case IP -> network(value);
        };
    }

    /** Why an operator does not apply to a field. */
    static String misfit(FieldSpec field, Operator operator) {
        String needed = operator.isRegex() ? "a TEXT field" : "a NUMBER field";
        String article = field.type() == FieldType.IP ? "an " : "a ";
        return "operator '" + operator.symbol() + "' needs " + needed + "; '" + field.name()
                + "' is " + article + field.type() + " field";
    }

    /** A value of the field's type for examples in messages. */
    static String sample(FieldSpec field) {
        return switch (field.type()) {
            case TEXT -> "/login";
            case NUMBER -> "404";
            case IP -> "192.0.2.1";
        };
    }

    /** A list of the field's type for examples in messages. */
    static String listSample(FieldSpec field) {
        return switch (field.type()) {
            case TEXT -> "(/login, /admin*)";
            case NUMBER -> "(401, 403)";
            case IP -> "10.0.0.0/8";
        };
    }

    private static Operand number(FieldSpec field, RawValue value) {
        return parseLong(value.text()).<Operand>map(Operand.Number::new).orElseThrow(() ->
                new FilterSyntaxException(value.column(), FilterScanner.shown(value.text())
                        + " is not a whole number, which field '" + field.name() + "' holds"));
    }

    private static Operand address(FieldSpec field, RawValue value) {
        Optional<IpAddress> address = IpAddress.tryParse(value.text());
        if (address.isPresent()) {
            return new Operand.Address(address.orElseThrow());
        }
        String hint = value.text().contains("/") || value.text().contains("*")
                ? "; for a range write '" + field.name() + " in 10.0.0.0/8'" : "";
        throw new FilterSyntaxException(value.column(), FilterScanner.shown(value.text())
                + " is not an IPv4 or IPv6 address" + hint);
    }

    private static Operand network(RawValue value) {
        if (value.text().length() > MAX_CIDR_LENGTH) {
            throw new FilterSyntaxException(value.column(), FilterScanner.shown(value.text())
                    + " is not a CIDR block");
        }
        try {
            return new Operand.Network(Cidr.parse(value.text()));
        } catch (IllegalArgumentException e) {
            throw new FilterSyntaxException(value.column(), e.getMessage());
        }
    }

    private static Operand regex(RawValue value) {
        try {
            return new Operand.Regex(value.text());
        } catch (IllegalArgumentException e) {
            throw new FilterSyntaxException(value.column(), e.getMessage());
        }
    }

    /** An optional minus and up to 19 ASCII digits that fit a long. */
    private static Optional<Long> parseLong(String text) {
        int digitsStart = text.startsWith("-") ? 1 : 0;
        int digits = text.length() - digitsStart;
        if (digits < 1 || digits > 19) {
            return Optional.empty();
        }
        for (int i = digitsStart; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

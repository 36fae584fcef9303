package dev.needle.core.filter;

import dev.needle.core.net.Cidr;
import dev.needle.core.net.IpAddress;
import java.util.List;
import java.util.Objects;

/** The right-hand side of a comparison: a typed value the parser has already checked. */
public sealed interface Operand {

    /** Whether a field of this type can be compared with this operand. */
    boolean fits(FieldType type);

    /**
     * A literal string, compared exactly.
     *
     * @param value the string
     */
    record Text(String value) implements Operand {

        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public boolean fits(FieldType type) {
            return type == FieldType.TEXT;
        }
    }

    /**
     * A whole number.
     *
     * @param value the number
     */
    record Number(long value) implements Operand {

        @Override
        public boolean fits(FieldType type) {
            return type == FieldType.NUMBER;
        }
    }

    /**
     * One IP address, compared by its canonical text.
     *
     * @param address the address
     */
    record Address(IpAddress address) implements Operand {

        public Address {
            Objects.requireNonNull(address, "address");
        }

        @Override
        public boolean fits(FieldType type) {
            return type == FieldType.IP;
        }
    }

    /**
     * A CIDR block, compared by the range columns.
     *
     * @param block the block
     */
    record Network(Cidr block) implements Operand {

        public Network {
            Objects.requireNonNull(block, "block");
        }

        @Override
        public boolean fits(FieldType type) {
            return type == FieldType.IP;
        }
    }

    /**
     * A wildcard pattern: the literal pieces around each {@code *}, which stands for any run of
     * characters. {@code /admin*} is {@code ["/admin", ""]}.
     *
     * @param literals the text between wildcards, two or more pieces, possibly empty
     */
    record Glob(List<String> literals) implements Operand {

        public Glob {
            literals = List.copyOf(literals);
            if (literals.size() < 2) {
                throw new IllegalArgumentException("a glob needs at least one '*'");
            }
        }

        @Override
        public boolean fits(FieldType type) {
            return type == FieldType.TEXT;
        }
    }

    /**
     * A regular expression that matches anywhere in the value; see {@link PortableRegex} for
     * the syntax accepted.
     *
     * @param source the expression as typed
     */
    record Regex(String source) implements Operand {

        public Regex {
            PortableRegex.check(source);
        }

        @Override
        public boolean fits(FieldType type) {
            return type == FieldType.TEXT;
        }
    }
}

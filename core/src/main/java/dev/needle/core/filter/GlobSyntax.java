package dev.needle.core.filter;

import java.util.ArrayList;
import java.util.List;

/**
 * Wildcards in text values: {@code *} stands for any run of characters, {@code \*} is a
 * literal star and {@code \\} a literal backslash; any other backslash is kept as typed.
 */
final class GlobSyntax {

    private GlobSyntax() {
    }

    /** The value as a {@link Operand.Glob} if it has an unescaped star, else as text. */
    static Operand read(String value) {
        List<String> literals = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()
                    && (value.charAt(i + 1) == '*' || value.charAt(i + 1) == '\\')) {
                literal.append(value.charAt(++i));
            } else if (c == '*') {
                literals.add(literal.toString());
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        literals.add(literal.toString());
        return literals.size() == 1 ? new Operand.Text(literals.getFirst())
                : new Operand.Glob(literals);
    }

    /** A literal written so that {@link #read} gives it back unchanged. */
    static String escape(String literal) {
        return literal.replace("\\", "\\\\").replace("*", "\\*");
    }
}

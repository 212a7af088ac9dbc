package org.supervision.plan.unit;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Resolves the way a plan names a unit to a unit of the directory. Plans mix full-width and
 * half-width brackets and spaces, so both sides are compared in one normalised form.
 */
@ApplicationScoped
public class UnitDirectory {

    private final UnitRepository units;

    public UnitDirectory(UnitRepository units) {
        this.units = units;
    }

    public Optional<Unit> resolve(String mention) {
        String text = normalise(mention);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return units.findByNameOrAlias(text);
    }

    /** Full-width ASCII to half-width, then back to the brackets plans use; whitespace removed. */
    static String normalise(String mention) {
        if (mention == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(mention.length());
        for (char c : mention.strip().toCharArray()) {
            if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            switch (c) {
                case '(' -> out.append('（');
                case ')' -> out.append('）');
                default -> out.append(c >= '\uFF01' && c <= '\uFF5E' && c != '\uFF08' && c != '\uFF09'
                        ? (char) (c - 0xFEE0) : c);
            }
        }
        return out.toString();
    }
}

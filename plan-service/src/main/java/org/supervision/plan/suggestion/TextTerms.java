package org.supervision.plan.suggestion;

import java.util.HashMap;
import java.util.Map;

/**
 * The terms of a Chinese text for comparing measures: overlapping character pairs (bigrams) inside
 * runs of letters, split at punctuation and spaces. Chinese is written without spaces, and a
 * dictionary tokenizer would need a dictionary of administrative words that ages; bigrams catch
 * 市场监管, 自然资源, 纳税 without one. Callers pass text already in one canonical form (simplified,
 * half-width): the import does that with its normaliser.
 */
final class TextTerms {

    private TextTerms() {
    }

    /** Each bigram of {@code text} with how often it occurs. */
    static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        if (text == null) {
            return counts;
        }
        int prev = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isTermChar(cp)) {
                if (prev >= 0) {
                    counts.merge(text.substring(prev, next), 1, Integer::sum);
                }
                prev = i;
            } else {
                prev = -1;
            }
            i = next;
        }
        return counts;
    }

    /** CJK ideographs and letters; digits are left out (years and counts say nothing about a unit). */
    private static boolean isTermChar(int cp) {
        return Character.isLetter(cp);
    }
}

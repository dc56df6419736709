package io.claimcheck.extractor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts text into tokens in one pass, keeping UTF-16 offsets. A token is a run of characters between
 * white space, with brackets, double quotes and dashes always cut out, and quotes and trailing
 * punctuation peeled off its ends. What stays inside is kept whole: {@code 2,300}, {@code twenty-three},
 * {@code F-16}, {@code Azerbaijan’s}, {@code U.S.} (a full stop stays on a known abbreviation).
 * Control characters count as white space.
 */
public final class Tokenizer {

    private static final String ALWAYS_CUT = "()[]{}\"“”„«»—…|";
    private static final String PEEL_LEADING = "'‘’`¡¿*#";
    private static final String PEEL_TRAILING = ",;:!?.'‘’`*";

    private final Set<String> abbreviations;

    public Tokenizer(Set<String> abbreviations) {
        this.abbreviations = Set.copyOf(abbreviations);
    }

    public List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(Math.max(16, text.length() / 5));
        int n = text.length();
        int i = 0;
        boolean space = false;
        boolean line = false;
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = true;
                line |= c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
                i++;
                continue;
            }
            if (ALWAYS_CUT.indexOf(c) >= 0) {
                tokens.add(token(text, i, i + 1, space, line));
                space = line = false;
                i++;
                continue;
            }
            int end = i;
            while (end < n && !isSpace(text.charAt(end)) && ALWAYS_CUT.indexOf(text.charAt(end)) < 0) {
                end++;
            }
            addChunk(text, i, end, space, line, tokens);
            space = line = false;
            i = end;
        }
        return tokens;
    }

    /** Peels quotes and punctuation off both ends of a chunk and adds what is left as one token. */
    private void addChunk(String text, int start, int end, boolean space, boolean line, List<Token> tokens) {
        int coreStart = start;
        while (coreStart < end && PEEL_LEADING.indexOf(text.charAt(coreStart)) >= 0) {
            tokens.add(token(text, coreStart, coreStart + 1, space && coreStart == start, line && coreStart == start));
            coreStart++;
        }
        int coreEnd = end;
        while (coreEnd > coreStart && PEEL_TRAILING.indexOf(text.charAt(coreEnd - 1)) >= 0
                && !(text.charAt(coreEnd - 1) == '.' && keepsFullStop(text, coreStart, coreEnd))) {
            coreEnd--;
        }
        if (coreEnd > coreStart) {
            boolean first = coreStart == start;
            tokens.add(token(text, coreStart, coreEnd, space && first, line && first));
        }
        for (int p = coreEnd; p < end; p++) {
            boolean first = p == start;
            tokens.add(token(text, p, p + 1, space && first, line && first));
        }
    }

    /** "U.S.", "Gen.", "a.m.", "J.": the full stop belongs to the word. */
    private boolean keepsFullStop(String text, int start, int endWithStop) {
        int length = endWithStop - start;
        if (length < 2 || text.charAt(endWithStop - 2) == '.') {
            return false;
        }
        if (length == 2 && Character.isLetter(text.charAt(start))) {
            return true;
        }
        String word = text.substring(start, endWithStop);
        if (abbreviations.contains(normalize(word))) {
            return true;
        }
        int inner = word.indexOf('.');
        return inner > 0 && inner < length - 1 && Character.isLetter(word.charAt(inner - 1))
                && Character.isLetter(word.charAt(inner + 1));
    }

    private static Token token(String text, int start, int end, boolean space, boolean line) {
        String raw = text.substring(start, end);
        return new Token(start, end, raw, normalize(raw), kindOf(raw), space, line);
    }

    private static Token.Kind kindOf(String raw) {
        boolean digit = false;
        boolean letter = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            digit |= Character.isDigit(c);
            letter |= Character.isLetter(c);
        }
        if (digit && startsLikeANumber(raw)) {
            return Token.Kind.NUMBER;
        }
        return digit || letter ? Token.Kind.WORD : Token.Kind.PUNCT;
    }

    /**
     * Digits first, or a minus sign before them ({@code -5}), or a currency before them: a sign ({@code $5m}, {@code
     * ₹450}), a sign after up to three letters ({@code US$5}, {@code HK$10}), or an ISO code in capitals ({@code
     * USD10m}). Whether the letters name a currency is the number grammar's business.
     */
    private static boolean startsLikeANumber(String raw) {
        char first = raw.charAt(0);
        if (Character.isDigit(first) || first == '.' && raw.length() > 1) {
            return true;
        }
        if ((first == '-' || first == '\u2212') && raw.length() > 1 && Character.isDigit(raw.charAt(1))) {
            return true;
        }
        int letters = 0;
        while (letters < raw.length() && letters < 3 && Character.isUpperCase(raw.charAt(letters))) {
            letters++;
        }
        if (letters < raw.length() && Character.getType(raw.charAt(letters)) == Character.CURRENCY_SYMBOL) {
            return true;
        }
        return letters == 3 && raw.length() > 3 && Character.isDigit(raw.charAt(3));
    }

    /** Lower case with typographic quotes and apostrophes made plain. */
    public static String normalize(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int i = 0; i < lower.length() && ascii; i++) {
            ascii = lower.charAt(i) < 128;
        }
        if (ascii) {
            return lower;
        }
        StringBuilder plain = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            switch (c) {
                case '’', '‘', '`', '′' -> plain.append('\'');
                case '“', '”', '„', '«', '»' -> plain.append('"');
                case '–', '‑', '‐' -> plain.append('-');
                default -> plain.append(c);
            }
        }
        return plain.toString();
    }

    /** The text with every hyphen and dash made a plain hyphen, case kept. */
    public static String normalizeDashes(String raw) {
        return raw.replace('–', '-').replace('‑', '-').replace('‐', '-');
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }
}

package io.claimcheck.extractor.text;

/**
 * A word, a number or a punctuation mark, with its place in the text.
 *
 * @param start       UTF-16 offset of the first character
 * @param end         UTF-16 offset after the last character
 * @param text        the characters as written
 * @param norm        lower case, curly quotes and apostrophes made straight
 * @param kind        what sort of token it is
 * @param spaceBefore whether white space separates it from the token before
 * @param lineBefore  whether a line break separates it from the token before
 */
public record Token(int start, int end, String text, String norm, Kind kind, boolean spaceBefore, boolean lineBefore) {

    public enum Kind { WORD, NUMBER, PUNCT }

    public boolean is(String lowerCase) {
        return norm.equals(lowerCase);
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    public boolean isPunct() {
        return kind == Kind.PUNCT;
    }

    /** Starts with an upper-case letter. */
    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    /** Has letters and all of them are upper case ("AFP", "U.S."). */
    public boolean isAllCaps() {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters = true;
            }
        }
        return letters;
    }

    /** A quotation mark, straight or curly, double or single. */
    public boolean isQuote() {
        return kind == Kind.PUNCT && (norm.equals("\"") || norm.equals("'"));
    }
}

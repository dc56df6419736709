package io.claimcheck.extractor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds sentences in tokens. Besides full stops, question and exclamation marks and line breaks, it
 * knows the marks of scraped news pages, where a headline, a dateline and the first sentence run
 * together without punctuation: a full date followed by a capitalised word
 * ({@code Tuesday 19 Jul 2016 US-led strikes ...}), an agency signing a headline
 * ({@code ... in Syria Monitor AFP Children were ...}), and a sentence opener right after a number
 * ({@code Get short URL 0 15 The death toll ...}). A run of more than {@value #LONGEST_SENTENCE} tokens
 * without any of these is cut into pieces of that length.
 */
public final class SentenceSplitter {

    /** Longer runs are cut, so that reading a sentence stays cheap whatever the input. */
    static final int LONGEST_SENTENCE = 250;

    private static final Set<String> ENDS = Set.of(".", "!", "?");
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "it", "he", "she", "they", "in", "this",
            "there", "but", "on", "we");
    private static final Set<String> NOT_BEFORE_DATELINE = Set.of("in", "on", "since", "from", "until", "by",
            "of", "to", "before", "after", "between", "and", "during", "till");

    private final Calendar calendar;
    private final Set<String> bylines;
    private final Set<String> speechVerbs;

    /** @param speechVerbs one-word verbs of saying, after which an opener starts a sentence whose stop was lost */
    public SentenceSplitter(Calendar calendar, Set<String> bylines, Set<String> speechVerbs) {
        this.calendar = calendar;
        this.bylines = Set.copyOf(bylines);
        this.speechVerbs = Set.copyOf(speechVerbs);
    }

    public List<Sentence> split(List<Token> tokens) {
        int n = tokens.size();
        boolean[] breakBefore = new boolean[n + 1];
        for (int k = 1; k < n; k++) {
            Token previous = tokens.get(k - 1);
            Token token = tokens.get(k);
            if (token.lineBefore()) {
                breakBefore[k] = true;
            } else if (previous.isPunct() && ENDS.contains(previous.norm())) {
                breakBefore[afterClosingQuotes(tokens, k)] |= !startsLowerCase(token);
            } else if (previous.text().endsWith(".") && previous.isWord() && token.isCapitalized()
                    && OPENERS.contains(token.norm())) {
                breakBefore[k] = true;
            } else if (signsHeadline(tokens, k - 1) && token.isCapitalized()) {
                breakBefore[k] = true;
            } else if (previous.isNumber() && token.isCapitalized() && OPENERS.contains(token.norm())) {
                breakBefore[k] = true;
            } else if (speechVerbs.contains(previous.norm()) && token.isCapitalized() && OPENERS.contains(token.norm())
                    && k + 1 < n && startsLowerCase(tokens.get(k + 1))) {
                breakBefore[k] = true; // "... the Watch said The hospital is ...": a stop lost after the verb
            }
        }
        markDatelines(tokens, breakBefore);

        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        for (int k = 1; k <= n; k++) {
            if (k == n || breakBefore[k] || k - first >= LONGEST_SENTENCE) {
                sentences.add(new Sentence(tokens.get(first).start(), tokens.get(k - 1).end(), first, k));
                first = k;
            }
        }
        return sentences;
    }

    /** A full date followed by a capitalised word closes a dateline, unless a preposition leads into it. */
    private void markDatelines(List<Token> tokens, boolean[] breakBefore) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token token = tokens.get(i);
            if (!(token.isNumber() || calendar.isWeekday(token) || calendar.isMonth(token))) {
                continue;
            }
            int end = calendar.fullDateEnd(tokens, i);
            if (end < 0) {
                continue;
            }
            boolean ledIn = i > 0 && NOT_BEFORE_DATELINE.contains(tokens.get(i - 1).norm());
            if (end < n && !ledIn && tokens.get(end).isCapitalized()) {
                breakBefore[end] = true;
            }
            i = end - 1;
        }
    }

    /** An agency name, bare or in brackets, as it signs a headline: "AFP", "(Sputnik)". */
    private boolean signsHeadline(List<Token> tokens, int k) {
        Token token = tokens.get(k);
        if (token.is(")") && k > 0) {
            token = tokens.get(k - 1);
        }
        return token.isCapitalized() && bylines.contains(token.norm());
    }

    private static int afterClosingQuotes(List<Token> tokens, int k) {
        while (k < tokens.size() && tokens.get(k).isQuote() && !tokens.get(k).spaceBefore()) {
            k++;
        }
        return k;
    }

    private static boolean startsLowerCase(Token token) {
        return token.isWord() && Character.isLowerCase(token.text().charAt(0));
    }
}

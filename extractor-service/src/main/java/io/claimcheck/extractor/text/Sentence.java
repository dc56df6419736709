package io.claimcheck.extractor.text;

import java.util.Arrays;
import java.util.List;

/**
 * A sentence: its character span and the tokens in it.
 *
 * @param start      UTF-16 offset of its first character
 * @param end        UTF-16 offset after its last character
 * @param firstToken index of its first token
 * @param endToken   index after its last token
 */
public record Sentence(int start, int end, int firstToken, int endToken) {

    public boolean contains(int tokenIndex) {
        return tokenIndex >= firstToken && tokenIndex < endToken;
    }

    /** For each of a text's tokens, the index of the sentence it stands in. */
    public static int[] sentenceOfEachToken(List<Sentence> sentences, int tokenCount) {
        int[] sentenceOf = new int[tokenCount];
        for (int s = 0; s < sentences.size(); s++) {
            Arrays.fill(sentenceOf, sentences.get(s).firstToken(), sentences.get(s).endToken(), s);
        }
        return sentenceOf;
    }
}

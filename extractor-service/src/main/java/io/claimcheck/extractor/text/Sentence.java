package io.claimcheck.extractor.text;

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
}

package io.claimcheck.extractor.incident;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The tokens of a sentence that speak of a figure's incident: the sentence, cut where a clause recalls another
 * incident ("a day after", "in another incident"); {@code to} is exclusive. {@code first} and {@code last} are the
 * mention's tokens.
 */
record Window(int from, int to, int first, int last) {

    /** Of the things found in the window, in text order, the first after the mention, else the last before it. */
    <T> T nearest(List<T> found, ToIntFunction<T> start) {
        T before = null;
        for (T item : found) {
            int at = start.applyAsInt(item);
            if (at > last) {
                return item;
            }
            if (at < first) {
                before = item;
            }
        }
        return before;
    }
}

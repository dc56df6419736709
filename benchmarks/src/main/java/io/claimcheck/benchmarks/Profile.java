package io.claimcheck.benchmarks;

import io.claimcheck.extractor.parties.PartyTable;
import io.claimcheck.extractor.pipeline.Extractor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A look for inputs that cost more than their length, which JMH's corpus-wide mean would hide.
 * Not a JMH benchmark: plain {@code System.nanoTime()} after a warm-up, each figure the best of
 * several rounds so that other load on the machine counts as little as possible.
 *
 * <ol>
 *   <li>Per article: the best time over {@code rounds} passes, as ns per char; the slowest articles
 *   by ns/char, against the corpus median.</li>
 *   <li>Linearity: the whole corpus run together into one text (articles joined by a blank line), cut
 *   at 1 k, 2 k, 4 k … 512 k and 1 M chars (the service's largest text), ns/char at each length. A
 *   linear extractor keeps ns/char flat.</li>
 * </ol>
 *
 * <p>{@code java -jar benchmarks.jar profile [rounds]}, default 15.
 */
public final class Profile {

    private Profile() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Corpus corpus = Corpus.load();
        Extractor extractor = Extractor.load();
        List<String> texts = corpus.texts();
        long sink = 0; // claims found, printed at the end so the JIT cannot drop the work

        long warmEnd = System.nanoTime() + 10_000_000_000L;
        int passes = 0;
        while (System.nanoTime() < warmEnd) {
            for (String t : texts) {
                sink += extractor.extract(t, PartyTable.EMPTY).size();
            }
            passes++;
        }
        System.out.printf(Locale.ROOT, "warm-up: %d passes over %d articles in 10 s%n", passes, texts.size());

        long[] best = new long[texts.size()];
        Arrays.fill(best, Long.MAX_VALUE);
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < texts.size(); i++) {
                long t0 = System.nanoTime();
                sink += extractor.extract(texts.get(i), PartyTable.EMPTY).size();
                best[i] = Math.min(best[i], System.nanoTime() - t0);
            }
        }
        double[] nsPerChar = new double[texts.size()];
        long total = 0;
        for (int i = 0; i < texts.size(); i++) {
            nsPerChar[i] = (double) best[i] / Math.max(1, texts.get(i).length());
            total += best[i];
        }
        double[] sorted = nsPerChar.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        System.out.printf(Locale.ROOT,
                "per article (best of %d): median %.1f ns/char, p90 %.1f, p99 %.1f, max %.1f; "
                        + "sum of bests %.1f ms = %.2f MB/s (chars)%n",
                rounds, median, sorted[(int) (sorted.length * 0.9)], sorted[(int) (sorted.length * 0.99)],
                sorted[sorted.length - 1], total / 1e6, corpus.chars() / (total / 1e9) / 1e6);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> nsPerChar[i]).reversed());
        System.out.println("slowest per char (index = 0-based data row of fakes.csv):");
        for (int k = 0; k < Math.min(10, order.size()); k++) {
            int i = order.get(k);
            System.out.printf(Locale.ROOT, "  #%-4d unit_id %-11s %6d chars %9.1f µs %6.1f ns/char (%.1f× median)%n",
                    i, corpus.ids().get(i), texts.get(i).length(), best[i] / 1e3, nsPerChar[i], nsPerChar[i] / median);
        }
        order.sort(Comparator.comparingLong((Integer i) -> best[i]).reversed());
        System.out.println("slowest in total:");
        for (int k = 0; k < Math.min(5, order.size()); k++) {
            int i = order.get(k);
            System.out.printf(Locale.ROOT, "  #%-4d unit_id %-11s %6d chars %9.1f µs %6.1f ns/char%n",
                    i, corpus.ids().get(i), texts.get(i).length(), best[i] / 1e3, nsPerChar[i]);
        }

        String all = String.join("\n\n", texts);
        System.out.println("linearity: the corpus as one text, cut to length (best of several runs, "
                + "at least 8 runs and 4 M chars each length):");
        double first = 0;
        List<Integer> lengths = new ArrayList<>();
        for (int len = 1_000; len < 1_000_000; len *= 2) {
            lengths.add(len);
        }
        lengths.add(Math.min(1_000_000, all.length()));
        for (int len : lengths) {
            String text = all.substring(0, len);
            int reps = Math.max(8, 4_000_000 / len);
            long bestRun = Long.MAX_VALUE;
            for (int r = 0; r < reps; r++) {
                long t0 = System.nanoTime();
                sink += extractor.extract(text, PartyTable.EMPTY).size();
                bestRun = Math.min(bestRun, System.nanoTime() - t0);
            }
            double perChar = (double) bestRun / len;
            if (first == 0) {
                first = perChar;
            }
            System.out.printf(Locale.ROOT, "  %,9d chars %9.2f ms %6.1f ns/char (%.2f× the shortest)%n",
                    len, bestRun / 1e6, perChar, perChar / first);
        }
        System.out.println("(claims found, to keep the work alive: " + sink + ")");
    }
}

package io.claimcheck.benchmarks;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The uber-jar's entry point: {@code java -jar benchmarks/target/benchmarks.jar [JMH options]}.
 *
 * <p>Exits 0 with a message when the FA-KES corpus is absent. Otherwise runs JMH as
 * {@code org.openjdk.jmh.Main} would, with the same options, and then prints each result as MB/s:
 * ops/s × the corpus's UTF-8 bytes / 10^6. {@code java -jar benchmarks.jar profile} runs {@link Profile}
 * instead (per-article times and a linearity check), and the listing options ({@code -h}, {@code -l},
 * {@code -lp}, …) go straight to JMH.
 */
public final class Main {

    private static final Set<String> JMH_ONLY = Set.of("-h", "-help", "--help", "-l", "-lp", "-lprof", "-lrf");

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            if (JMH_ONLY.contains(arg)) {
                org.openjdk.jmh.Main.main(args);
                return;
            }
        }
        Optional<java.nio.file.Path> csv = Corpus.locate();
        if (csv.isEmpty()) {
            System.out.println(Corpus.absentMessage());
            System.out.println("Skipped: the benchmark needs the texts in ../shared/eval/, which are never committed.");
            return;
        }
        if (args.length > 0 && args[0].equals("profile")) {
            Profile.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        CommandLineOptions options;
        try {
            options = new CommandLineOptions(args);
        } catch (CommandLineOptionException e) {
            System.err.println("Error parsing command line: " + e.getMessage());
            System.exit(1);
            return;
        }
        Corpus corpus = Corpus.load();
        Collection<RunResult> results;
        try {
            results = new Runner(withCorpus(options, csv.get())).run();
        } catch (RunnerException e) {
            System.err.println("The benchmark failed: " + e.getMessage());
            System.exit(1);
            return;
        }
        report(corpus, results);
    }

    /** JMH forks a fresh JVM; pass it the corpus path unless the user already gave JVM arguments. */
    private static org.openjdk.jmh.runner.options.Options withCorpus(CommandLineOptions options, java.nio.file.Path csv) {
        org.openjdk.jmh.runner.options.OptionsBuilder builder = new org.openjdk.jmh.runner.options.OptionsBuilder();
        builder.parent(options);
        if (!options.getJvmArgsAppend().hasValue()) {
            builder.jvmArgsAppend("-D" + Corpus.FILE_PROPERTY + "=" + csv);
        }
        return builder.build();
    }

    static void report(Corpus corpus, Collection<RunResult> results) {
        long bytes = corpus.utf8Bytes();
        long chars = corpus.chars();
        System.out.println();
        System.out.printf(Locale.ROOT, "Corpus: %s — %d articles, %,d UTF-8 bytes (%.3f MB), %,d chars%n",
                corpus.source(), corpus.size(), bytes, bytes / 1e6, chars);
        if (results.isEmpty()) {
            System.out.println("No results: the benchmark failed, see above.");
            System.exit(1);
        }
        for (RunResult run : results) {
            Result<?> r = run.getPrimaryResult();
            String name = run.getParams().getBenchmark();
            if (!"ops/s".equals(r.getScoreUnit())) {
                System.out.printf(Locale.ROOT, "%s: %.4f %s (MB/s is given for the throughput mode, ops/s, only)%n",
                        name, r.getScore(), r.getScoreUnit());
                continue;
            }
            double err = Double.isNaN(r.getScoreError()) ? 0 : r.getScoreError();
            System.out.printf(Locale.ROOT,
                    "%s: %.3f ± %.3f corpus passes/s (99.9%% CI) = %.2f ± %.2f MB/s of UTF-8 text (%.2f M chars/s)%n",
                    name, r.getScore(), err, r.getScore() * bytes / 1e6, err * bytes / 1e6,
                    r.getScore() * chars / 1e6);
        }
    }
}

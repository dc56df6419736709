package io.claimcheck.benchmarks;

import io.claimcheck.extractor.claims.Claim;
import io.claimcheck.extractor.parties.PartyTable;
import io.claimcheck.extractor.pipeline.Extractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The extractor's throughput over the whole FA-KES corpus, one thread. One operation extracts every
 * article once, in corpus order, with no parties of its own ({@link PartyTable#EMPTY}: the built-in
 * gazetteer only), so MB/s = ops/s × the corpus size that {@link Main} prints.
 *
 * <p>On a shared machine the wall-clock score drops with whatever else runs, so each iteration also
 * prints its passes per CPU-second, of the benchmark thread and of the whole JVM (JIT and GC threads
 * included, as Node's {@code process.cpuUsage()} counts them for the baseline): the line starting
 * {@code # cpu:}. JMH's score stays the wall-clock figure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 5, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 5, timeUnit = TimeUnit.SECONDS)
public class ExtractorThroughput {

    private Extractor extractor;
    private String[] texts;
    private long bytes;

    // per-iteration CPU accounting: written by the one benchmark thread only
    private long passes;
    private long wall0;
    private long thread0;
    private long process0;

    @Setup(Level.Trial)
    public void setUp() {
        // fails the trial with Corpus.absentMessage() when the corpus is absent; Main checks first
        Corpus corpus = Corpus.load();
        texts = corpus.texts().toArray(String[]::new);
        extractor = Extractor.load();
        long claims = 0;
        for (String text : texts) {
            claims += extractor.extract(text, PartyTable.EMPTY).size();
        }
        bytes = corpus.utf8Bytes();
        System.out.printf("%n# corpus: %s, %d articles, %d chars, %d UTF-8 bytes; %d claims in one pass%n",
                corpus.source(), corpus.size(), corpus.chars(), corpus.utf8Bytes(), claims);
    }

    @Setup(Level.Iteration)
    public void startIteration() {
        passes = 0;
        wall0 = System.nanoTime();
        thread0 = threads().getCurrentThreadCpuTime();
        process0 = processCpuNanos();
    }

    @TearDown(Level.Iteration)
    public void endIteration() {
        double wall = (System.nanoTime() - wall0) / 1e9;
        double thread = (threads().getCurrentThreadCpuTime() - thread0) / 1e9;
        double process = (processCpuNanos() - process0) / 1e9;
        System.out.printf(Locale.ROOT, "# cpu: %d passes in %.2f s wall, %.2f s benchmark-thread CPU, %.2f s JVM CPU:"
                        + " %.2f MB/s wall, %.2f MB per thread-CPU-second, %.2f MB per JVM-CPU-second%n",
                passes, wall, thread, process, passes * bytes / 1e6 / wall, passes * bytes / 1e6 / thread,
                passes * bytes / 1e6 / process);
    }

    @Benchmark
    public void extractAll(Blackhole bh) {
        Extractor x = extractor;
        for (String text : texts) {
            List<Claim> claims = x.extract(text, PartyTable.EMPTY);
            bh.consume(claims);
        }
        passes++;
    }

    private static ThreadMXBean threads() {
        return ManagementFactory.getThreadMXBean();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}

package io.claimcheck.ingest;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * A progress bar on the terminal ("[######------] 120/300  4.1/s  2 refused  0 failed"), redrawn in place at most a
 * few times a second; where the output is no terminal (a log, a pipe), a plain line every tenth of the way instead.
 */
final class Progress {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private final int total;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private int lastTenth = -1;

    Progress(PrintStream out, boolean terminal, int total) {
        this.out = out;
        this.terminal = terminal;
        this.total = total;
    }

    synchronized void update(int finished, int refused, int failed) {
        long now = System.nanoTime();
        boolean last = finished == total;
        if (terminal) {
            if (last || now - lastDrawn >= REDRAW_NANOS) {
                out.print("\r" + line(finished, refused, failed) + (last ? System.lineSeparator() : ""));
                out.flush();
                lastDrawn = now;
            }
        } else {
            int tenth = total == 0 ? 10 : finished * 10 / total;
            if (tenth != lastTenth) {
                out.println(line(finished, refused, failed));
                lastTenth = tenth;
            }
        }
    }

    private String line(int finished, int refused, int failed) {
        int filled = total == 0 ? WIDTH : finished * WIDTH / total;
        double seconds = Math.max(1e-3, Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
        return String.format(Locale.ROOT, "[%s%s] %d/%d  %.1f/s  %d refused  %d failed", "#".repeat(filled),
                "-".repeat(WIDTH - filled), finished, total, finished / seconds, refused, failed);
    }
}

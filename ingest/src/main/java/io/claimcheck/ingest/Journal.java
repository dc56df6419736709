package io.claimcheck.ingest;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * What a run has already stored, so that the next run after an interruption (Ctrl-C, a crash, a lost connection)
 * sends only the rest: one line per article the gateway stored, "storyId TAB articleId", written and forced to disk
 * before the next is sent. Thread-safe.
 */
final class Journal implements AutoCloseable {

    private final FileChannel file;
    private final Set<String> done = new HashSet<>();

    Journal(Path path) throws IOException {
        if (Files.exists(path)) {
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    done.add(line.strip());
                }
            }
        }
        this.file = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
    }

    synchronized boolean isDone(String storyId, String articleId) {
        return done.contains(key(storyId, articleId));
    }

    synchronized void markDone(String storyId, String articleId) throws IOException {
        String key = key(storyId, articleId);
        if (done.add(key)) {
            file.write(StandardCharsets.UTF_8.encode(key + "\n"));
            file.force(false);
        }
    }

    private static String key(String storyId, String articleId) {
        return storyId + "\t" + articleId;
    }

    @Override
    public synchronized void close() throws IOException {
        file.close();
    }
}

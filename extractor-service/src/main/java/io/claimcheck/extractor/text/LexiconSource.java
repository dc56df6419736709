package io.claimcheck.extractor.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the word lists under {@code src/main/resources/lexicon/}: one entry a line, columns separated by
 * tabs, {@code #} starts a comment line. Counts what it read, so that readiness can tell an empty
 * classpath from a loaded one. Used only while the extractor loads; not thread-safe.
 */
public final class LexiconSource {

    private static final String ROOT = "/lexicon/";

    private int entries;

    /** Every entry of one file, each as its columns; a missing file is an error, not an empty list. */
    public List<List<String>> rows(String file) {
        try (InputStream in = LexiconSource.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("lexicon file missing from the classpath: " + ROOT + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<List<String>> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(List.copyOf(Arrays.stream(line.split("\t")).map(String::strip).toList()));
            }
            entries += rows.size();
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + file, e);
        }
    }

    /** The first column of every entry. */
    public List<String> words(String file) {
        return rows(file).stream().map(row -> row.get(0)).toList();
    }

    /** How many entries have been read so far. */
    public int entries() {
        return entries;
    }
}

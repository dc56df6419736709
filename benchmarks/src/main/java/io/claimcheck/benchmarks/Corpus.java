package io.claimcheck.benchmarks;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The FA-KES articles, read at run time from the evaluation folder beside the checkout
 * ({@code ../shared/eval/fakes/fakes.csv}). The texts are never copied into this repository.
 *
 * <p>Where the file is looked for, first hit wins: the system property {@code claimcheck.fakes} (the CSV
 * itself), the system property {@code claimcheck.eval.dir} (the eval folder, as the parent POM gives it
 * to the tests), then {@code ../shared/eval} and {@code ../../shared/eval} from the working directory
 * (the repository root and {@code benchmarks/}).
 *
 * <p>The CSV is ISO-8859-1, RFC 4180 with a header row; {@code article_content} holds the whole
 * article. Fields carry commas, doubled quotes and newlines, hence a real CSV parser.
 */
public record Corpus(Path source, List<String> ids, List<String> texts) {

    public static final String FILE_PROPERTY = "claimcheck.fakes";
    public static final String EVAL_DIR_PROPERTY = "claimcheck.eval.dir";
    static final String RELATIVE = "fakes/fakes.csv";

    public Corpus {
        if (ids.size() != texts.size()) {
            throw new IllegalArgumentException(ids.size() + " ids for " + texts.size() + " texts");
        }
        ids = List.copyOf(ids);
        texts = List.copyOf(texts);
    }

    /** The CSV, where it is found; empty when this machine has no evaluation folder. */
    public static Optional<Path> locate() {
        List<Path> candidates = candidates();
        return candidates.stream().filter(Files::isRegularFile).findFirst();
    }

    /** Every place looked at, in order: for the message when none holds the file. */
    public static List<Path> candidates() {
        List<Path> out = new ArrayList<>();
        String file = System.getProperty(FILE_PROPERTY);
        if (file != null && !file.isBlank()) {
            out.add(Path.of(file));
        }
        String dir = System.getProperty(EVAL_DIR_PROPERTY);
        if (dir != null && !dir.isBlank()) {
            out.add(Path.of(dir).resolve(RELATIVE));
        }
        out.add(Path.of("..", "shared", "eval").resolve(RELATIVE));
        out.add(Path.of("..", "..", "shared", "eval").resolve(RELATIVE));
        return out.stream().map(p -> p.toAbsolutePath().normalize()).distinct().toList();
    }

    /** A polite explanation for a machine without the corpus. */
    public static String absentMessage() {
        return "FA-KES corpus not found, nothing to measure. Looked at: " + candidates()
                + ". Set -D" + FILE_PROPERTY + "=/path/to/fakes.csv or -D" + EVAL_DIR_PROPERTY
                + "=/path/to/shared/eval.";
    }

    /** Reads the corpus; throws with {@link #absentMessage()} when it is absent. */
    public static Corpus load() {
        Path csv = locate().orElseThrow(() -> new IllegalStateException(absentMessage()));
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.ISO_8859_1)) {
            return read(csv, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
    }

    /** Parses FA-KES-shaped CSV: a header row naming {@code article_content} (and {@code unit_id}). */
    static Corpus read(Path source, Reader in) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<String> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            if (!parser.getHeaderMap().containsKey("article_content")) {
                throw new IllegalStateException(source + " has no article_content column: " + parser.getHeaderNames());
            }
            boolean hasId = parser.getHeaderMap().containsKey("unit_id");
            for (CSVRecord row : parser) {
                ids.add(hasId ? row.get("unit_id") : Long.toString(row.getRecordNumber()));
                texts.add(row.get("article_content"));
            }
        }
        return new Corpus(source, ids, texts);
    }

    public int size() {
        return texts.size();
    }

    /** Characters (UTF-16 code units) in all articles. */
    public long chars() {
        return texts.stream().mapToLong(String::length).sum();
    }

    /** Bytes of all articles once encoded as UTF-8: the unit of the MB/s figure (1 MB = 10^6 bytes). */
    public long utf8Bytes() {
        return texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    }
}

package io.claimcheck.ingest.sources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Articles from JSON lines, one object a line with the API's fields ({@code {"id": "a1", "text": "…", "publisher":
 * "…", "publishedAt": "2026-05-12", "url": "…"}}): a file, or every {@code *.jsonl} file of a folder in name order.
 * A line without an id or a text is no article and is reported, with its file and line number.
 */
public final class JsonLinesSource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLinesSource() {
    }

    public static List<Article> read(Path path) throws SourceException {
        List<Path> files;
        if (Files.isDirectory(path)) {
            try (Stream<Path> listed = Files.list(path)) {
                files = listed.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
            } catch (IOException e) {
                throw new SourceException("cannot list " + path + ": " + e.getMessage(), e);
            }
        } else {
            files = List.of(path);
        }
        List<Article> articles = new ArrayList<>();
        for (Path file : files) {
            readFile(file, articles);
        }
        return articles;
    }

    private static void readFile(Path file, List<Article> into) throws SourceException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                into.add(article(JSON.readTree(line), file + ":" + number));
            }
        } catch (JsonProcessingException e) {
            throw new SourceException(file + ": a line that is no JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SourceException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Article article(JsonNode line, String where) throws SourceException {
        String id = text(line, "id");
        String text = text(line, "text");
        if (id == null || text == null) {
            throw new SourceException(where + ": an article needs an \"id\" and a \"text\"");
        }
        return new Article(id, text, text(line, "publisher"), text(line, "publishedAt"), text(line, "url"));
    }

    private static String text(JsonNode line, String field) {
        JsonNode value = line.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}

package io.claimcheck.extractor.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.claimcheck.extractor.parties.PartyTable;
import io.claimcheck.extractor.pipeline.Extractor;
import io.claimcheck.extractor.pipeline.ReadClaim;

/** Every figure of {@code src/test/resources/corpus/en/incidents.corpus} is its own test. */
class IncidentCorpusTest {

    private static final Extractor EXTRACTOR = Extractor.load();

    private record Block(int line, String text, LocalDate published, PartyTable parties, List<String> expected) {
    }

    @TestFactory
    Stream<DynamicTest> incidents() {
        return blocks().stream().flatMap(block -> {
            List<ReadClaim> read = EXTRACTOR.read(block.text(), block.parties(), block.published());
            return block.expected().stream().map(expectation -> DynamicTest.dynamicTest(
                    "line " + block.line() + ": " + expectation, () -> check(block, read, expectation)));
        });
    }

    private static void check(Block block, List<ReadClaim> read, String expectation) {
        String[] fields = Arrays.stream(expectation.split("\\|")).map(String::strip).toArray(String[]::new);
        ReadClaim claim = read.stream().filter(c -> c.claim().mention().equals(fields[0])).findFirst()
                .orElseGet(() -> fail("no claim '" + fields[0] + "' in: " + block.text() + " (claims: "
                        + read.stream().map(c -> c.claim().mention()).toList() + ")"));
        Incident incident = claim.incident();
        String cues = incident.cues().stream().map(Enum::name).sorted().reduce((a, b) -> a + ", " + b).orElse("-");
        String actual = String.join(" | ", fields[0], orDash(incident.place()),
                incident.placeWithin().isEmpty() ? "-" : String.join(", ", incident.placeWithin()),
                orDash(incident.day()), orDash(incident.attacker()), cues);
        assertEquals(expectation.replaceAll("\\s*\\|\\s*", " | "), actual, block.text());
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }

    private static List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        try (InputStream in = IncidentCorpusTest.class.getResourceAsStream("/corpus/en/incidents.corpus")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String text = null;
            int start = 0;
            LocalDate published = null;
            PartyTable parties = PartyTable.EMPTY;
            List<String> expected = new ArrayList<>();
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.startsWith("> ")) {
                    if (text != null) {
                        blocks.add(new Block(start, text, published, parties, expected));
                    }
                    text = line.substring(2);
                    start = number;
                    published = null;
                    parties = PartyTable.EMPTY;
                    expected = new ArrayList<>();
                } else if (line.startsWith("published:")) {
                    published = LocalDate.parse(line.substring("published:".length()).strip());
                } else if (line.startsWith("parties:")) {
                    parties = parties(line.substring("parties:".length()));
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    expected.add(line.strip());
                }
            }
            if (text != null) {
                blocks.add(new Block(start, text, published, parties, expected));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return blocks;
    }

    private static PartyTable parties(String table) {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (String entry : table.split(";")) {
            String[] sides = entry.split("=");
            aliases.put(sides[0].strip(), Arrays.stream(sides[1].split(",")).map(String::strip).toList());
        }
        return new PartyTable(aliases);
    }
}

package io.claimcheck.extractor.numbers;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The CLDR tables in the lexicon are what ICU4J, at the version the build names, says today. */
class CldrNamesTest {

    @Test
    void unitNamesAreCldrsOwn() throws IOException {
        assertCurrent(CldrNames.UNITS, CldrNames.unitLines());
    }

    @Test
    void currencyNamesAreCldrsOwn() throws IOException {
        assertCurrent(CldrNames.CURRENCIES, CldrNames.currencyLines());
    }

    private static void assertCurrent(Path file, List<String> generated) throws IOException {
        assertEquals(generated, Files.readAllLines(file, StandardCharsets.UTF_8),
                file + " is not what CldrNames writes from ICU4J: regenerate it (see CldrNames) and commit it");
    }
}

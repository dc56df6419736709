package io.claimcheck.gateway.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The CSV export escapes what a spreadsheet would run (OWASP's rule for CSV injection) and nothing else. */
class ClaimsCsvTest {

    private static Claim claim(String mention, String object, String claimantText, BigDecimal value) {
        return new Claim("a1@5", "a1", mention, new Claim.Span(5, 5 + mention.length()), value, value, value, "EXACT",
                "KILLED", object, null, new Claim.PartyRef(claimantText, null, null), "A sentence of ours.", null);
    }

    @Test
    void cellsThatWouldRunAsFormulasGetAQuote() {
        String csv = ClaimsCsv.of(List.of(
                claim("40", "=HYPERLINK(\"http://example.org\",\"see\")", "+Ministry", BigDecimal.valueOf(40)),
                claim("12", "@SUM(A1)", "-Spokesman", BigDecimal.valueOf(12)),
                claim("7", "\tsoldier", "\rMonitor", BigDecimal.valueOf(7))));
        String[] lines = csv.split("\n");
        assertTrue(lines[1].contains("'=HYPERLINK(") && lines[1].contains("'+Ministry"), lines[1]);
        assertTrue(lines[2].contains("'@SUM(A1)") && lines[2].contains("'-Spokesman"), lines[2]);
        assertTrue(csv.contains("'\tsoldier") && csv.contains("'\rMonitor"), csv);
    }

    @Test
    void aNegativeNumberStaysANumber() {
        String csv = ClaimsCsv.of(List.of(claim("minus five", "degree", "Met office", BigDecimal.valueOf(-5))));
        assertTrue(csv.split("\n")[1].contains(",-5,-5,-5,"), csv);
    }
}

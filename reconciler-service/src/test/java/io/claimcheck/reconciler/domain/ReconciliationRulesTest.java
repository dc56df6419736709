package io.claimcheck.reconciler.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class ReconciliationRulesTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvFileSource(resources = "/domain/severity-by-ratio.csv")
    void severityFollowsTheRatioAndTheDefaultThresholds(String journalistsCase, double ratio, Severity expected) {
        assertEquals(expected, ReconciliationRules.defaults().severityOf(ratio), journalistsCase);
    }

    @Test
    void thresholdsAreConfigurationNotCode() {
        ReconciliationRules strict = new ReconciliationRules(0.05, 1.2, 2.0, 100);

        assertEquals(Severity.HIGH, strict.severityOf(2.5));
    }

    @Test
    void nonsensicalThresholdsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ReconciliationRules(0.1, 3.0, 1.5, 100));
        assertThrows(IllegalArgumentException.class, () -> new ReconciliationRules(1.2, 1.5, 3.0, 100));
        assertThrows(IllegalArgumentException.class, () -> new ReconciliationRules(0.1, 1.5, 3.0, 1));
    }
}

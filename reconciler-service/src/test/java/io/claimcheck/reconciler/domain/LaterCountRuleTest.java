package io.claimcheck.reconciler.domain;

import static io.claimcheck.reconciler.domain.ClaimBuilder.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LaterCountRuleTest {

    private final ObjectClasses classes = ObjectClasses.builtIn();
    private final LaterCountRule rule = new LaterCountRule(new Comparability(classes));

    @Test
    void aTollItsOwnVoiceRaisedLaterIsOvertaken() {
        assertEquals(Set.of("monday"), overtaken(
                claim("monday").exactly(40).object("soldier").subjectParty("Karesh").claimant("the ministry", "Karesh")
                        .publishedAt("2025-06-02T08:00:00Z"),
                claim("thursday").exactly(55).object("soldier").subjectParty("Karesh")
                        .claimant("the ministry", "Karesh").article("a2", "Other Paper")
                        .publishedAt("2025-06-05T08:00:00Z")));
    }

    @Test
    void anotherVoiceOfTheSameSideRaisingItCountsToo() {
        assertEquals(Set.of("early"), overtaken(
                claim("early").exactly(71).object("soldier").subjectParty("Lorn").claimant("the defence ministry", "Lorn")
                        .publishedAt("2025-09-12T08:00:00Z"),
                claim("later").exactly(79).object("soldier").subjectParty("Lorn").claimant("the authorities", "Lorn")
                        .article("a2", "Other Paper").publishedAt("2025-09-18T08:00:00Z")));
    }

    @Test
    void anotherSidesHigherFigureOvertakesNothing() {
        assertTrue(overtaken(
                claim("own").exactly(79).object("soldier").subjectParty("Lorn").claimant("the authorities", "Lorn")
                        .publishedAt("2025-09-18T08:00:00Z"),
                claim("enemy").exactly(430).object("soldier").subjectParty("Lorn").claimant("the general staff", "Sava")
                        .article("a2", "Other Paper").publishedAt("2025-10-15T08:00:00Z"))
                .isEmpty());
    }

    @Test
    void aLowerLaterFigureIsARevisionNotAnUpdate() {
        assertTrue(overtaken(
                claim("first").exactly(32).object("rebel").claimant("the monitor", "Watch")
                        .publishedAt("2025-08-15T10:00:00Z"),
                claim("second").exactly(15).object("rebel").claimant("the monitor", "Watch")
                        .article("a2", "Other Paper").publishedAt("2025-08-16T10:00:00Z"))
                .isEmpty());
    }

    @Test
    void figuresThatAreNotTollsDoNotGrow() {
        assertTrue(overtaken(
                claim("before").exactly(300).metric("PARTICIPANTS").object("protester").claimant("police", "Karesh")
                        .publishedAt("2025-04-01T10:00:00Z"),
                claim("after").exactly(900).metric("PARTICIPANTS").object("protester").claimant("police", "Karesh")
                        .article("a2", "Other Paper").publishedAt("2025-04-02T10:00:00Z"))
                .isEmpty());
    }

    private Set<String> overtaken(ClaimBuilder... claims) {
        double tolerance = ReconciliationRules.defaults().approximateTolerance();
        List<Figure> figures = IntStream.range(0, claims.length)
                .mapToObj(index -> Figure.of(claims[index].build(), index, classes, tolerance))
                .toList();
        return rule.overtaken(figures).stream().map(figure -> figure.claim().id()).collect(Collectors.toSet());
    }
}

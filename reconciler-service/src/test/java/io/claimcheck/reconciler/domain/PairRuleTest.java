package io.claimcheck.reconciler.domain;

import static io.claimcheck.reconciler.domain.ClaimBuilder.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PairRuleTest {

    private final ObjectClasses classes = ObjectClasses.builtIn();
    private final PairRule rule = new PairRule(ReconciliationRules.defaults(), new Comparability(classes));

    @Test
    void twoVoicesWithFiguresThatCannotBothBeTrueConflict() {
        Optional<Conflict> conflict = judge(
                claim("az").exactly(2300).object("soldier").subjectParty("Armenia").claimant("ministry", "Azerbaijan"),
                claim("am").exactly(104).object("military death").subjectParty("Armenia").claimant("Armenia", "Armenia"));

        assertEquals(ConflictKind.DIFFERENT_FIGURES, conflict.orElseThrow().kind());
        assertEquals("az", conflict.get().higher().claim().id());
    }

    @Test
    void differentSubjectPartiesAreDifferentCounts() {
        assertTrue(judge(
                claim("a").exactly(2300).object("soldier").subjectParty("Armenia").claimant("x", "Azerbaijan"),
                claim("b").exactly(130).object("soldier").subjectParty("Azerbaijan").claimant("y", "Armenia"))
                .isEmpty());
    }

    @Test
    void soldiersAndCiviliansAreDifferentCounts() {
        assertTrue(judge(claim("a").exactly(104).object("soldier").claimant("x", "X"),
                claim("b").exactly(23).object("civilian").claimant("y", "Y")).isEmpty());
    }

    @Test
    void aTotalBelowAnotherVoicesPartInTheSameArticleConflicts() {
        Optional<Conflict> conflict = judge(
                claim("total").exactly(15).object("person").claimant("commission", "Opposition"),
                claim("part").figure(Bound.AT_LEAST, 25).object("member").subjectParty("Nusra")
                        .claimant("monitor", "SOHR"));

        assertEquals(ConflictKind.TOTAL_BELOW_PART, conflict.orElseThrow().kind());
    }

    @Test
    void aTotalAndAPartInDifferentArticlesAreNotCompared() {
        assertTrue(judge(claim("total").exactly(26).object("person"),
                claim("part").exactly(32).object("rebel").subjectParty("Opposition").article("a2", "Other Paper"))
                .isEmpty());
    }

    @Test
    void aProvisionalLowerFigureIsARisingTollNotADiscrepancy() {
        assertTrue(judge(claim("early").exactly(10).metric("WOUNDED").object("person")
                        .claimant("preliminary reports", null),
                claim("later").exactly(22).metric("WOUNDED").object("person").article("a2", "Other Paper"))
                .isEmpty());
    }

    @Test
    void aHigherFigureInALaterArticleIsARisingToll() {
        assertTrue(judge(claim("monday").exactly(29).object("civilian").publishedAt("2017-11-13T10:00:00Z"),
                claim("tuesday").exactly(40).object("civilian").article("a2", "Other Paper")
                        .publishedAt("2017-11-14T10:00:00Z")).isEmpty());
    }

    @Test
    void twoNamedVoicesKeepTheirOwnCountsAcrossDays() {
        Optional<Conflict> conflict = judge(
                claim("saturday").exactly(9).object("person").claimant("the monitor", "Watch")
                        .publishedAt("2025-03-08T10:00:00Z"),
                claim("tuesday").exactly(14).object("person").claimant("the medical charity", "Medics")
                        .article("a2", "Other Paper").publishedAt("2025-03-11T10:00:00Z"));

        assertEquals(ConflictKind.DIFFERENT_FIGURES, conflict.orElseThrow().kind());
        assertEquals("tuesday", conflict.get().higher().claim().id());
    }

    @Test
    void butNotWhenTheLaterFigureIsItselfAnEarlyReport() {
        assertTrue(judge(claim("monday").exactly(29).object("civilian").publishedAt("2017-11-13T10:00:00Z"),
                claim("tuesday").figure(Bound.MORE_THAN, 40).object("civilian").article("a2", "Other Paper")
                        .claimant("initial reports", null).publishedAt("2017-11-14T10:00:00Z")).isPresent());
    }

    @Test
    void aLowerFigureFromTheSameVoiceInALaterArticleIsARevision() {
        Optional<Conflict> conflict = judge(
                claim("first").exactly(32).object("rebel").claimant("the monitor", "SOHR")
                        .publishedAt("2016-08-15T10:00:00Z"),
                claim("second").exactly(15).object("rebel").claimant("the monitor", "SOHR").article("a2", "Other Paper")
                        .publishedAt("2016-08-16T10:00:00Z"));

        assertEquals(ConflictKind.REVISED_DOWN, conflict.orElseThrow().kind());
        assertEquals("first", conflict.get().higher().claim().id());
    }

    @Test
    void twoOrgansOfOneSideAreTwoVoices() {
        Optional<Conflict> conflict = judge(
                claim("officials").exactly(14).object("person").claimant("Kareshi officials", "Karesh")
                        .organ("officials"),
                claim("ministry").exactly(19).object("person").claimant("the Kareshi health ministry", "Karesh")
                        .organ("ministry"));

        assertEquals(ConflictKind.DIFFERENT_FIGURES, conflict.orElseThrow().kind());
    }

    @Test
    void oneOrganNamedTwiceIsOneVoice() {
        assertTrue(judge(
                claim("first").exactly(30).object("person").claimant("the Kareshi defence ministry", "Karesh")
                        .organ("ministry"),
                claim("again").exactly(19).object("person").claimant("the ministry", "Karesh").organ("ministry"))
                .isEmpty());
    }

    @Test
    void anArticleGivingAVoicesFigureBesideItsHigherEarlyCountShowsARevision() {
        Optional<Conflict> conflict = judge(
                claim("now").exactly(212).object("person").claimant("the Orra health office", "Dorva").organ("office"),
                claim("before").exactly(260).object("person").claimant("the Orra health office", "Dorva")
                        .organ("office").incident(new Incident(null, List.of(), null, null,
                                Set.of(SentenceCues.Cue.PROVISIONAL))));

        assertEquals(ConflictKind.REVISED_DOWN, conflict.orElseThrow().kind());
        assertEquals("before", conflict.get().higher().claim().id());
    }

    @Test
    void anEarlyCountBelowTheVoicesFigureIsItsTollRising() {
        assertTrue(judge(
                claim("now").exactly(260).object("person").claimant("the Orra health office", "Dorva"),
                claim("before").exactly(212).object("person").claimant("the Orra health office", "Dorva")
                        .incident(new Incident(null, List.of(), null, null, Set.of(SentenceCues.Cue.PROVISIONAL))))
                .isEmpty());
    }

    @Test
    void aHigherFigureFromTheSameVoiceLaterIsItsTollRising() {
        assertTrue(judge(
                claim("first").exactly(15).object("rebel").claimant("the monitor", "SOHR")
                        .publishedAt("2016-08-15T10:00:00Z"),
                claim("second").exactly(32).object("rebel").claimant("the monitor", "SOHR").article("a2", "Other Paper")
                        .publishedAt("2016-08-16T10:00:00Z")).isEmpty());
    }

    @Test
    void distancesCompareOnlyWhenTheyMeasureTheSameThing() {
        assertTrue(judge(claim("a").exactly(14).metric("MEASURE").object("kilometer"),
                claim("b").figure(Bound.LESS_THAN, 2).metric("MEASURE").object("kilometer").claimant("x", "X"))
                .isEmpty());
        assertTrue(judge(claim("a").exactly(14).metric("MEASURE").object("kilometer").subject("the road", null),
                claim("b").exactly(20).metric("MEASURE").object("kilometer").subject("The road", null)
                        .claimant("x", "X")).isPresent());
    }

    @Test
    void talliesOfThingsCompareOnlyWhenBothTextsAnchorTheirIncident() {
        assertTrue(judge(claim("a").exactly(45).metric("COUNT").object("truck"),
                claim("b").exactly(11).metric("COUNT").object("truck").claimant("x", "X")).isEmpty());
        assertTrue(judge(claim("a").exactly(45).metric("COUNT").object("truck").incident(new Incident("Olmo", List.of(), null, null, Set.of())),
                claim("b").exactly(11).metric("COUNT").object("truck").incident(new Incident("Olmo", List.of(), null, null, Set.of())).claimant("x", "X"))
                .isPresent());
    }

    @Test
    void oneVoicesTwoFiguresOfOneDatedIncidentInOneArticleThatCannotBothBeTrueConflict() {
        Incident monday = new Incident(null, List.of(), "2026-05-11", null, Set.of(SentenceCues.Cue.RECALLED));
        Incident daysBefore = new Incident(null, List.of(), "2026-05-05/2026-05-11", null,
                Set.of(SentenceCues.Cue.RECALLED));
        Optional<Conflict> conflict = judge(
                claim("dozens").range(24, 99).object("aid worker").at(40).incident(daysBefore),
                claim("twelve").exactly(12).object("aid worker").at(300).incident(monday));

        assertEquals(ConflictKind.DIFFERENT_FIGURES, conflict.orElseThrow().kind());
    }

    @Test
    void butNotWhenTheArticleDatesThemApart() {
        assertTrue(judge(
                claim("tuesday").exactly(4).object("medic").at(40)
                        .incident(new Incident(null, List.of(), "2026-05-12", null, Set.of())),
                claim("monday").exactly(12).object("medic").at(300)
                        .incident(new Incident(null, List.of(), "2026-05-11", null, Set.of(SentenceCues.Cue.RECALLED))))
                .isEmpty());
    }

    private Optional<Conflict> judge(ClaimBuilder first, ClaimBuilder second) {
        double tolerance = ReconciliationRules.defaults().approximateTolerance();
        return rule.judge(Figure.of(first.build(), 0, classes, tolerance), Figure.of(second.build(), 1, classes, tolerance));
    }
}

package io.claimcheck.reconciler.domain;

import static io.claimcheck.reconciler.domain.ClaimBuilder.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExplanationWriterTest {

    private final ExplanationWriter writer = new ExplanationWriter();
    private final ObjectClasses classes = ObjectClasses.builtIn();

    @Test
    void farApartFiguresAreComparedByARoundedRatio() {
        Conflict conflict = Conflict.between(
                figure(claim("isis").figure(Bound.APPROXIMATE, 50).object("rebel").claimant("the IS statement", "ISIS")),
                figure(claim("sohr").exactly(32).object("rebel").claimant("The Observatory", "SOHR")),
                ConflictKind.DIFFERENT_FIGURES);

        assertEquals("The IS statement says about 50 rebels were killed; the Observatory reports 32, "
                + "1.6 times fewer.", writer.explain(conflict, List.of(conflict)));
    }

    @Test
    void closeOrSmallFiguresAreSetSideBySide() {
        Conflict conflict = Conflict.between(
                figure(claim("coalition").exactly(18).object("civilian").claimant("the Syrian Coalition", null)),
                figure(claim("sohr").exactly(12).object("civilian").claimant("the monitor", "SOHR")),
                ConflictKind.DIFFERENT_FIGURES);

        assertEquals("The Syrian Coalition says 18 civilians were killed, against 12 according to the monitor.",
                writer.explain(conflict, List.of(conflict)));
    }

    @Test
    void aVaguePluralTakesOfAndAPluralVoiceTakesAPluralVerb() {
        Conflict conflict = Conflict.between(
                figure(claim("early").range(200, 999).mention("hundreds").metric("WOUNDED").object("person")
                        .claimant("initial reports", null)),
                figure(claim("monitor").range(24, 99).mention("dozens").metric("WOUNDED").object("person")
                        .claimant("the monitor", "SOHR")),
                ConflictKind.DIFFERENT_FIGURES);

        assertEquals("Initial reports say hundreds of people were wounded; the monitor reports dozens, "
                + "9.7 times fewer.", writer.explain(conflict, List.of(conflict)));
    }

    @Test
    void aPossessivesPhraseFollowsTheFigureWithOf() {
        Conflict conflict = Conflict.between(
                figure(claim("ministry").exactly(900).object("soldier").claimant("the Kareshi ministry", "Karesh")
                        .mention("900").sentence("The Kareshi ministry said 900 Lorni soldiers were killed.")),
                figure(claim("council").exactly(52).object("soldier").claimant("the Lorn council", "Lorn")
                        .mention("52").sentence("The Lorn council said 52 of their soldiers had died.")),
                ConflictKind.DIFFERENT_FIGURES);

        assertEquals("The Kareshi ministry says 900 Lorni soldiers were killed; the Lorn council reports 52 of their "
                + "soldiers killed, 17 times fewer.", writer.explain(conflict, List.of(conflict)));
    }

    @Test
    void aRevisionSaysWhenEachFigureWasGiven() {
        Figure earlier = figure(claim("first").exactly(32).object("rebel").claimant("the Observatory", "SOHR")
                .publishedAt("2016-08-15T10:00:00Z"));
        Figure later = figure(claim("second").exactly(15).object("rebel").claimant("the Observatory", "SOHR")
                .publishedAt("2016-08-17T10:00:00Z"));
        Conflict revision = new Conflict(earlier, later, ConflictKind.REVISED_DOWN, 32 / 15.0);

        assertEquals("The Observatory gave 32 rebels killed on 15 August 2016 but only 15 on 17 August 2016, "
                + "a lower figure for a toll that can only grow.", writer.explain(revision, List.of(revision)));
    }

    @Test
    void aTotalBelowItsPartsListsTheParts() {
        Figure total = figure(claim("total").exactly(100).object("person").claimant("Armenia", "Armenia"));
        List<Conflict> conflicts = List.of(
                new Conflict(figure(claim("soldiers").exactly(104).object("soldier").claimant("Armenia", "Armenia")),
                        total, ConflictKind.TOTAL_BELOW_SUM_OF_PARTS, 1.27),
                new Conflict(figure(claim("civilians").exactly(23).object("civilian").claimant("Armenia", "Armenia")),
                        total, ConflictKind.TOTAL_BELOW_SUM_OF_PARTS, 1.27));

        assertEquals("Armenia gives 100 people killed in all, fewer than its own parts add up to: "
                + "104 soldiers and 23 civilians make 127.", writer.explain(conflicts.get(0), conflicts));
    }

    @Test
    void amountsWithoutAnEventAreGivenNotSaid() {
        Conflict conflict = Conflict.between(
                figure(claim("a").exactly(5_000_000).mention("$5 million").metric("MONEY").object("USD")),
                figure(claim("b").exactly(2_000_000).mention("$2 million").metric("MONEY").object("USD")
                        .claimant("the ministry", "X")),
                ConflictKind.DIFFERENT_FIGURES);

        assertEquals("Daily Example gives $5 million USD; the ministry gives $2 million, 2.5 times less.",
                writer.explain(conflict, List.of(conflict)));
    }

    private Figure figure(ClaimBuilder claim) {
        return Figure.of(claim.build(), 0, classes, 0.1);
    }
}

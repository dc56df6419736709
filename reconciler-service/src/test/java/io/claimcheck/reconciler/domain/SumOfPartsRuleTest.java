package io.claimcheck.reconciler.domain;

import static io.claimcheck.reconciler.domain.ClaimBuilder.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SumOfPartsRuleTest {

    private final ObjectClasses classes = ObjectClasses.builtIn();
    private final SumOfPartsRule rule = new SumOfPartsRule(new Comparability(classes));

    @Test
    void passed100AgreesWith104SoldiersAnd23Civilians() {
        assertTrue(find(claim("total").figure(Bound.MORE_THAN, 100).object("person"),
                claim("soldiers").exactly(104).object("soldier").subjectParty("Armenia"),
                claim("civilians").exactly(23).object("civilian").subjectParty("Armenia")).isEmpty());
    }

    @Test
    void aTotalOf100IsBelow104SoldiersAnd23Civilians() {
        List<Conflict> conflicts = find(claim("total").exactly(100).object("person"),
                claim("soldiers").exactly(104).object("soldier").subjectParty("Armenia"),
                claim("civilians").exactly(23).object("civilian").subjectParty("Armenia"));

        assertEquals(2, conflicts.size());
        assertTrue(conflicts.stream().allMatch(conflict -> conflict.kind() == ConflictKind.TOTAL_BELOW_SUM_OF_PARTS
                && conflict.lower().claim().id().equals("total")));
        assertEquals(1.27, conflicts.get(0).ratio(), 1e-9);
    }

    @Test
    void childrenAmongTheCiviliansAreNotCountedTwice() {
        assertTrue(find(claim("total").exactly(30).object("person"),
                claim("civilians").exactly(26).object("civilian"),
                claim("children").exactly(11).object("child")).isEmpty());
    }

    @Test
    void partsFromAnotherVoiceOrArticleDoNotAddUp() {
        assertTrue(find(claim("total").exactly(100).object("person"),
                claim("soldiers").exactly(104).object("soldier").claimant("Armenia", "Armenia"),
                claim("civilians").exactly(23).object("civilian").article("a2", "Other Paper")).isEmpty());
    }

    @Test
    void aTotalForOneSideCoversOnlyThatSidesParts() {
        assertTrue(find(claim("armenian-total").exactly(100).object("person").subjectParty("Armenia"),
                claim("azerbaijani-soldiers").exactly(130).object("soldier").subjectParty("Azerbaijan")).isEmpty());
    }

    @Test
    void aPartToldWithItsWholeIsNoPartOfAnotherTollBeforeIt() {
        // "the shelling killed 6 in Tarn; the raids on Kessa killed 40 people, among them 9 children"
        Incident none = new Incident(null, List.of(), null, null, Set.of());
        Incident part = new Incident(null, List.of(), null, null, Set.of(SentenceCues.Cue.SUBGROUP));
        assertTrue(find(claim("tarn").exactly(6).object("person").incident(none),
                claim("kessa").exactly(40).object("person").incident(none),
                claim("children").exactly(9).object("child").incident(part)).isEmpty());
    }

    @Test
    void aPartToldWithItsWholeStillCountsAgainstThatWhole() {
        Incident part = new Incident(null, List.of(), null, null, Set.of(SentenceCues.Cue.SUBGROUP));
        List<Conflict> conflicts = find(claim("whole").exactly(8).object("person"),
                claim("children").exactly(9).object("child").incident(part));

        assertEquals(1, conflicts.size());
        assertEquals("whole", conflicts.get(0).lower().claim().id());
    }

    @Test
    void aPlacedFigureIsNoTotalOfOneTheTextPlacesNowhere() {
        // "strikes killed at least 10 civilians ... 3 people near Kessa, 7 in a town to the south"
        Incident kessa = new Incident("Kessa", List.of(), null, null, Set.of());
        Incident none = new Incident(null, List.of(), null, null, Set.of());
        assertTrue(find(claim("civilians").figure(Bound.AT_LEAST, 10).object("civilian").incident(none),
                claim("kessa").exactly(3).object("person").incident(kessa)).isEmpty());
    }

    @Test
    void aDistrictsFigureIsNoTotalOfItsCitysParts() {
        Incident hara = new Incident("Hara", List.of("Dorva"), null, null, Set.of());
        Incident dorva = new Incident("Dorva", List.of(), null, null, Set.of());
        assertTrue(find(claim("hara").exactly(4).object("person").incident(hara),
                claim("dorva-children").exactly(9).object("child").incident(dorva)).isEmpty());
    }

    private List<Conflict> find(ClaimBuilder... claims) {
        List<Figure> figures = IntStream.range(0, claims.length)
                .mapToObj(index -> Figure.of(claims[index].build(), index, classes, 0.1))
                .toList();
        return rule.find(figures);
    }
}

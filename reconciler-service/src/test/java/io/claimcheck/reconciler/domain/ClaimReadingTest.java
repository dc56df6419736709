package io.claimcheck.reconciler.domain;

import static io.claimcheck.reconciler.domain.ClaimBuilder.claim;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** What {@link Reconciler#read} keeps of an article's claims, and that a story judged with kept readings judges alike. */
class ClaimReadingTest {

    private final Reconciler reconciler = new Reconciler(ReconciliationRules.defaults());

    @Test
    void anArticlesClaimsAreReadForCuesPlaceAndTheirVoicesLeadFigure() {
        Map<String, ClaimReading> readings = reconciler.read(List.of(
                claim("lead").exactly(32).object("rebel").claimant("the monitor", "SOHR").at(10)
                        .sentence("Clashes in the town of Ariha killed 32 rebels, the monitor said.").build(),
                claim("earlier").exactly(15).object("rebel").claimant("the monitor", "SOHR").at(200)
                        .sentence("The monitor had given an earlier toll of 15.").build(),
                claim("background").exactly(4000).object("rebel").claimant("the monitor", "SOHR").at(300)
                        .sentence("Since 2011, 4000 rebels have died in the province.").build()));

        assertThat(readings.get("lead"))
                .isEqualTo(new ClaimReading(Set.of(), Optional.of("ariha"), false));
        assertThat(readings.get("earlier"))
                .isEqualTo(new ClaimReading(Set.of(SentenceCues.Cue.PROVISIONAL), Optional.empty(), true));
        // a background figure does not speak for the event at all, so no lead figure has to set it aside
        assertThat(readings.get("background"))
                .isEqualTo(new ClaimReading(Set.of(SentenceCues.Cue.BACKGROUND), Optional.empty(), false));
    }

    @Test
    void keptReadingsStandInForTheSentences() {
        ReportedClaim lead = claim("a1-lead").exactly(2300).object("soldier").subjectParty("Armenia")
                .claimant("Azerbaijan's Defense Ministry", "Azerbaijan").at(10).build();
        ReportedClaim other = claim("a2-other").exactly(104).object("soldier").subjectParty("Armenia")
                .claimant("Armenia's Defense Ministry", "Armenia").article("a2", "Other Wire").at(10).build();
        // kept readings are trusted: one that calls the first claim an increment keeps it out of every comparison
        Map<String, ClaimReading> incrementRead = Map.of(
                lead.id(), new ClaimReading(Set.of(SentenceCues.Cue.INCREMENT), Optional.empty(), false),
                other.id(), new ClaimReading(Set.of(), Optional.empty(), false));

        assertThat(reconciler.update(new StoryChange(List.of(lead, other), Set.of("a2"), Map.of())).found())
                .hasSize(1);
        assertThat(reconciler.update(new StoryChange(List.of(lead, other), Set.of("a2"), Map.of(), incrementRead))
                .found()).isEmpty();
    }
}

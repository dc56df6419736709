package io.claimcheck.reconciler.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class SentenceCuesTest {

    @ParameterizedTest(name = "{1} in \"{0}\": {3}")
    @CsvFileSource(resources = "/domain/sentence-cues.csv")
    void cuesAreReadAroundTheMention(String sentence, String mention, String claimantText, String expected) {
        ReportedClaim claim = ClaimBuilder.claim("c").mention(mention).sentence(sentence)
                .claimant(claimantText, null).build();

        assertEquals(cues(expected), SentenceCues.of(claim));
    }

    private static Set<SentenceCues.Cue> cues(String names) {
        Set<SentenceCues.Cue> cues = EnumSet.noneOf(SentenceCues.Cue.class);
        if (names != null) {
            Arrays.stream(names.split(" ")).map(SentenceCues.Cue::valueOf).forEach(cues::add);
        }
        return cues;
    }
}

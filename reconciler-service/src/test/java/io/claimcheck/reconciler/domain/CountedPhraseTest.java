package io.claimcheck.reconciler.domain;

import static io.claimcheck.reconciler.domain.ClaimBuilder.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountedPhraseTest {

    @ParameterizedTest(name = "{0} | {1} → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "The ministry said its troops killed 2,300 Karabakh soldiers overnight. | 2,300 | soldier | Karabakh soldiers",
            "Yerevan counted 104 military deaths and 23 civilian deaths.            | 104   | soldier | military deaths",
            "Medics said dozens of civilians were hurt.                             | dozens | civilian | civilians",
            "Four children were among the dead.                                     | Four  | child   | children",
            "Some 40 people, most of them fighters, died.                           | 40    | person  | people",
            "The toll rose to 56, the monitor said.                                 | 56    | person  | -",
            "He said 12 of the wounded were in a critical state.                    | 12    | person  | -",
            "Rescuers pulled 30 bodies from the wreck of the old market hall.        | 30    | person  | -" })
    void readsTheCountedWordsAfterTheAmount(String sentence, String mention, String object, String expected) {
        ReportedClaim reported = claim("c").exactly(1).mention(mention).object(object).sentence(sentence).build();
        assertEquals(Optional.ofNullable(expected), CountedPhrase.of(reported));
    }
}

package io.claimcheck.reconciler.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalitiesTest {

    @ParameterizedTest(name = "\"{0}\" is set in {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Shells fell on the nearby town of Kafr Nabl, wounding two.|kafr nabl",
            "Three died when a rocket hit Tell es Sultan village on Sunday.|tell es sultan",
            "Medics in the city of Ariha counted 25 dead.|ariha",
            "The blast at the camp of Atmeh killed 15 and the town of Atmeh mourned.|atmeh",
            "Raids on the town of Binnish and on the village of Sarmin killed 12.|-",
            "Forty people died in Idlib province.|-",
            "Town officials said 40 people had died.|-",
            "-|-"})
    void aSentenceNamesTheTownOrVillageItsCountIsSetIn(String sentence, String place) {
        assertEquals(Optional.ofNullable(place), Localities.of(sentence));
    }
}

package io.claimcheck.reconciler.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class PublicationTimesTest {

    @Test
    void datesLocalTimesAndTimestampsAreRead() {
        assertThat(PublicationTimes.parse("f", "2020-10-01")).isEqualTo(Instant.parse("2020-10-01T00:00:00Z"));
        assertThat(PublicationTimes.parse("f", "2020-10-01T08:30:00")).isEqualTo(Instant.parse("2020-10-01T08:30:00Z"));
        assertThat(PublicationTimes.parse("f", "2020-10-01T10:30:00+02:00"))
                .isEqualTo(Instant.parse("2020-10-01T08:30:00Z"));
        assertThat(PublicationTimes.parse("f", " ")).isNull();
    }

    @Test
    void aTimeIsKeptToTheMicrosecondAsTheDatabaseKeepsIt() {
        assertThat(PublicationTimes.parse("f", "2020-10-01T08:30:00.123456789Z"))
                .isEqualTo(Instant.parse("2020-10-01T08:30:00.123456Z"));
    }

    @Test
    void anythingElseIsRefusedWithTheFieldNamed() {
        assertThatThrownBy(() -> PublicationTimes.parse("article.publishedAt", "1st October"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("article.publishedAt");
    }
}

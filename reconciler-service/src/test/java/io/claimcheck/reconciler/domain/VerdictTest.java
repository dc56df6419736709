package io.claimcheck.reconciler.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VerdictTest {

    @ParameterizedTest
    @EnumSource(DismissalReason.class)
    void aDismissalSaysWhy(DismissalReason reason) {
        Verdict dismissed = new Verdict(VerdictKind.DISMISSED, reason, null);

        assertThat(dismissed.reason()).isEqualTo(reason);
    }

    @Test
    void aDismissalWithoutAReasonIsRefusedNamingTheReason() {
        Verdict.RefusedException refused = catchThrowableOfType(Verdict.RefusedException.class,
                () -> new Verdict(VerdictKind.DISMISSED, null, "two different attacks"));

        assertThat(refused.field()).isEqualTo("reason");
        assertThat(refused.getMessage()).contains("DISMISSED");
    }

    @ParameterizedTest
    @EnumSource(value = VerdictKind.class, names = { "CONFIRMED", "NEEDS_CHECKING" })
    void noOtherVerdictGivesAReason(VerdictKind kind) {
        assertThatCode(() -> new Verdict(kind, null, "checked with the ministry")).doesNotThrowAnyException();

        Verdict.RefusedException refused = catchThrowableOfType(Verdict.RefusedException.class,
                () -> new Verdict(kind, DismissalReason.PART_OF_TOTAL, null));
        assertThat(refused.field()).isEqualTo("reason");
        assertThat(refused.getMessage()).contains(kind.name());
    }

    @Test
    void onlyADismissalNeedsAReason() {
        assertThat(VerdictKind.values()).filteredOn(VerdictKind::needsReason).containsExactly(VerdictKind.DISMISSED);
    }

    @Test
    void aVerdictNeedsItsKind() {
        Verdict.RefusedException refused = catchThrowableOfType(Verdict.RefusedException.class,
                () -> new Verdict(null, null, null));

        assertThat(refused.field()).isEqualTo("verdict");
    }

    @Test
    void aNoteIsKeptUpToItsLimit() {
        String longest = "n".repeat(Verdict.MAX_NOTE_LENGTH);
        assertThat(new Verdict(VerdictKind.CONFIRMED, null, longest).note()).isEqualTo(longest);

        Verdict.RefusedException refused = catchThrowableOfType(Verdict.RefusedException.class,
                () -> new Verdict(VerdictKind.CONFIRMED, null, longest + "n"));
        assertThat(refused.field()).isEqualTo("note");
    }
}

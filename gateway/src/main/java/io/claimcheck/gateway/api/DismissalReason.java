package io.claimcheck.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a journalist dismissed a discrepancy. Values are the public contract: add values, rename none. */
@Schema(description = "Why a discrepancy was dismissed: DIFFERENT_INCIDENTS (the figures count different incidents), "
        + "PART_OF_TOTAL (one figure is part of the other's total), MISREAD_NUMBER (a number was read wrongly), "
        + "WRONG_SPEAKER (a figure was given to the wrong claimant), OTHER (the note says what)")
public enum DismissalReason {
    DIFFERENT_INCIDENTS, PART_OF_TOTAL, MISREAD_NUMBER, WRONG_SPEAKER, OTHER
}

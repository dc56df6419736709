package io.claimcheck.reconciler.api;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the claims of one request must hold beyond their fields' shapes, checked before any of them is used: ids
 * unique, amounts finite, the lower end not above the upper, spans that start before they end and, when the text is
 * known, end within it. A claim that fails is named ({@code claims[3].lower}) in a 422.
 */
final class ClaimChecks {

    private ClaimChecks() {
    }

    /** {@code text} is the article's text the spans point into, or null when the request carries none. */
    static void check(List<ClaimPayload> claims, String text) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < claims.size(); i++) {
            ClaimPayload claim = claims.get(i);
            String field = "claims[" + i + "]";
            if (!ids.add(claim.id())) {
                throw new UnprocessableClaimException(field + ".id", "'" + claim.id()
                        + "' is the id of an earlier claim of this request");
            }
            finite(field + ".value", claim.value());
            finite(field + ".lower", claim.lower());
            finite(field + ".upper", claim.upper());
            if (claim.lower() != null && claim.upper() != null && claim.lower() > claim.upper()) {
                throw new UnprocessableClaimException(field + ".lower", claim.lower() + " is above upper "
                        + claim.upper() + ": the claim allows no amount");
            }
            ClaimPayload.Span span = claim.span();
            if (span.start() > span.end()) {
                throw new UnprocessableClaimException(field + ".span", "starts at " + span.start()
                        + ", after its end " + span.end());
            }
            if (text != null && span.end() > text.length()) {
                throw new UnprocessableClaimException(field + ".span", "ends at " + span.end() + ", past the end of the "
                        + text.length() + "-character text");
            }
        }
    }

    private static void finite(String field, Double number) {
        if (number != null && !Double.isFinite(number)) {
            throw new UnprocessableClaimException(field, "is " + number + ", not a finite number");
        }
    }
}

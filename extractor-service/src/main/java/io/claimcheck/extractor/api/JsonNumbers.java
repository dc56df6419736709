package io.claimcheck.extractor.api;

/** Writes whole numbers as JSON integers ({@code 2300}, not {@code 2300.0}), since most counts are whole. */
final class JsonNumbers {

    private static final double LARGEST_EXACT_DOUBLE = 9_007_199_254_740_992d; // 2^53

    private JsonNumbers() {
    }

    static Number of(Double value) {
        if (value == null) {
            return null;
        }
        if (value == Math.rint(value) && Math.abs(value) < LARGEST_EXACT_DOUBLE) {
            return value.longValue();
        }
        return value;
    }
}

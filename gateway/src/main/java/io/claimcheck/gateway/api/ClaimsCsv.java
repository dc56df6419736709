package io.claimcheck.gateway.api;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/** A story's claims as a spreadsheet: one row a claim, a header row, RFC 4180 quoting. */
final class ClaimsCsv {

    static final String MEDIA_TYPE = "text/csv";

    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** One claim, flattened. */
    @JsonPropertyOrder({ "id", "articleId", "mention", "start", "end", "value", "lower", "upper", "bound", "metric",
            "object", "subjectText", "subjectParty", "claimantText", "claimantParty", "sentence" })
    record Row(String id, String articleId, String mention, int start, int end, BigDecimal value, BigDecimal lower,
            BigDecimal upper, String bound, String metric, String object, String subjectText, String subjectParty,
            String claimantText, String claimantParty, String sentence) {

        static Row of(Claim claim) {
            return new Row(cell(claim.id()), cell(claim.articleId()), cell(claim.mention()), claim.span().start(),
                    claim.span().end(), plain(claim.value()), plain(claim.lower()), plain(claim.upper()),
                    cell(claim.bound()), cell(claim.metric()), cell(claim.object()),
                    claim.subject() == null ? null : cell(claim.subject().text()),
                    claim.subject() == null ? null : cell(claim.subject().party()),
                    claim.claimant() == null ? null : cell(claim.claimant().text()),
                    claim.claimant() == null ? null : cell(claim.claimant().party()),
                    cell(claim.sentence()));
        }

        /**
         * A text cell a spreadsheet will not run (OWASP, CSV injection): one that begins with {@code =}, {@code +},
         * {@code -}, {@code @}, a tab or a carriage return gets a single quote before it. The number columns are
         * written as numbers and left alone: a negative value stays {@code -5}, which no spreadsheet runs.
         */
        static String cell(String text) {
            return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        }

        private static BigDecimal plain(BigDecimal number) {
            return number == null ? null : number.stripTrailingZeros();
        }
    }

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final CsvSchema WITH_HEADER = CSV.schemaFor(Row.class).withHeader();

    private ClaimsCsv() {
    }

    static String of(List<Claim> claims) {
        try {
            return CSV.writer(WITH_HEADER).writeValueAsString(claims.stream().map(Row::of).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Claims are plain data and always writable as CSV", e);
        }
    }
}

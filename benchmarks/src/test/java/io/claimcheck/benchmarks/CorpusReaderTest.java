package io.claimcheck.benchmarks;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The corpus reader only: quoting as FA-KES has it. Speed is never asserted here. */
class CorpusReaderTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndNewlines() throws IOException {
        String csv = "unit_id,article_title,article_content,source\r\n"
                + "1,Title,\"Damascus, Syria \"\"12 killed\"\"\nsecond line\",sana\n"
                + "2,\"T, 2\",plain text,reuters\n";
        Corpus corpus = Corpus.read(Path.of("x.csv"), new StringReader(csv));
        assertEquals(2, corpus.size());
        assertEquals("Damascus, Syria \"12 killed\"\nsecond line", corpus.texts().get(0));
        assertEquals("plain text", corpus.texts().get(1));
        assertEquals("2", corpus.ids().get(1));
        assertEquals(corpus.texts().get(0).length() + 10, corpus.chars());
    }

    @Test
    void countsUtf8BytesOfLatin1Text() throws IOException {
        Corpus corpus = Corpus.read(Path.of("x.csv"), new StringReader("article_content\n\"caf\u00e9\"\n"));
        assertEquals(4, corpus.chars());
        assertEquals(5, corpus.utf8Bytes());
    }

    @Test
    void refusesAFileWithoutTheArticleColumn() {
        assertThrows(IllegalStateException.class,
                () -> Corpus.read(Path.of("x.csv"), new StringReader("a,b\n1,2\n")));
    }

    @Test
    void anAbsentCorpusIsExplainedNotFatal() {
        String before = System.getProperty(Corpus.FILE_PROPERTY);
        try {
            System.setProperty(Corpus.FILE_PROPERTY, "/nonexistent/fakes.csv");
            assertTrue(Corpus.absentMessage().contains("/nonexistent/fakes.csv"));
        } finally {
            if (before == null) {
                System.clearProperty(Corpus.FILE_PROPERTY);
            } else {
                System.setProperty(Corpus.FILE_PROPERTY, before);
            }
        }
    }
}

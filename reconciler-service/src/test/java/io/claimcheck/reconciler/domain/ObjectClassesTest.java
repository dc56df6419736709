package io.claimcheck.reconciler.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class ObjectClassesTest {

    private final ObjectClasses classes = ObjectClasses.builtIn();

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvFileSource(resources = "/domain/object-class-pairs.csv")
    void countedNounsRelateAsTheBuiltInTableSays(String first, String second, ObjectClasses.Relation expected) {
        assertEquals(expected, classes.relation(classes.classOf(first), classes.classOf(second)));
    }

    @Test
    void anUnknownNounIsAClassOfItsOwn() {
        assertEquals("artillery unit", classes.classOf("Artillery Unit"));
    }

    @Test
    void aMissingNounIsTheEmptyClass() {
        assertEquals("", classes.classOf(null));
    }

    @Test
    void aTableCanBeReadFromText() throws IOException {
        ObjectClasses table = ObjectClasses.parse(new StringReader(
                "# vehicles\nvehicle\t-\tvehicle\ntank\tvehicle\ttank, main battle tank\n"));

        assertEquals("tank", table.classOf("main battle tank"));
        assertEquals(ObjectClasses.Relation.FIRST_INCLUDES_SECOND, table.relation("vehicle", "tank"));
    }

    @Test
    void aLineWithoutThreeColumnsIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ObjectClasses.parse(new StringReader("tank\tvehicle\n")));
    }
}

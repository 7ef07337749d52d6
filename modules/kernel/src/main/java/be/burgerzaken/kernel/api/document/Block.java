package be.burgerzaken.kernel.api.document;

import java.util.List;
import java.util.Objects;

/** One part of a document's body, rendered in reading order. Empty values are rendered as empty text. */
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.Facts, Block.Table {

    /** A section heading. */
    record Heading(String text) implements Block {
    }

    /** Running text; line breaks in the text are kept. */
    record Paragraph(String text) implements Block {
    }

    /** Label/value rows, e.g. "Name" / "Çelik Şükrü". */
    record Facts(List<Fact> rows) implements Block {
        public Facts {
            rows = rows == null ? List.of() : List.copyOf(rows);
        }

        /** Rows from alternating labels and values: {@code of("Name", "Peeters", "Born", "1 May 1990")}. */
        public static Facts of(String... labelsAndValues) {
            if (labelsAndValues.length % 2 != 0) {
                throw new IllegalArgumentException("give a value for every label");
            }
            Fact[] rows = new Fact[labelsAndValues.length / 2];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = new Fact(labelsAndValues[2 * i], labelsAndValues[2 * i + 1]);
            }
            return new Facts(List.of(rows));
        }
    }

    /** One row of {@link Facts}. */
    record Fact(String label, String value) {
    }

    /** A table with a header row, repeated on every page the table spans. */
    record Table(List<String> headers, List<List<String>> rows) implements Block {
        public Table {
            headers = headers == null ? List.of() : headers.stream().map(Block::text).toList();
            rows = rows == null ? List.of() : rows.stream().map(r -> r.stream().map(Block::text).toList()).toList();
        }
    }

    private static String text(String s) {
        return Objects.requireNonNullElse(s, "");
    }
}

package be.burgerzaken.kernel.api.document;

import java.util.List;

/**
 * What a document says (inhoud / contenu), already in the citizen's language: a title, an optional subtitle
 * and the blocks of the body. The issuing module builds it with its own bundles; the kernel renders it in
 * the municipality's frame (header, issue date and place, verification box, page numbers).
 */
public record DocumentContent(String title, String subtitle, List<Block> blocks) {
    public DocumentContent {
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }

    public DocumentContent(String title, List<Block> blocks) {
        this(title, null, blocks);
    }
}

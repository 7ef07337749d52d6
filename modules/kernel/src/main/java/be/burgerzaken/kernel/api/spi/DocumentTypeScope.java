package be.burgerzaken.kernel.api.spi;

import be.burgerzaken.kernel.api.access.Capability;

/**
 * Which capability a staff member needs to read the issued documents (attesten, uittreksels / certificats, extraits)
 * of a module's document types, contributed by the module as a CDI bean: the kernel's document register reads
 * ({@code get}, {@code summary}, {@code forPerson}) refuse (403, logged) or leave out a document whose type starts
 * with {@link #typePrefix()} when the actor lacks {@link #capability()}, on top of READ_DOCUMENT. The longest
 * matching prefix decides; a type no module scopes needs READ_DOCUMENT only. An API client reads only the documents
 * it issued itself, whatever their type.
 */
public interface DocumentTypeScope {

    /** The start of the document types scoped, e.g. {@code "criminalrecords."}. */
    String typePrefix();

    /** The capability needed to read them. */
    Capability capability();
}

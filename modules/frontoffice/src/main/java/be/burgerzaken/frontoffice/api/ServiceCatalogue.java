package be.burgerzaken.frontoffice.api;

import be.burgerzaken.kernel.api.access.AccessContext;

import java.time.LocalDate;
import java.util.List;

/** The service catalogue (dienstencatalogus / catalogue des services): configurable data, no personal data. */
public interface ServiceCatalogue {

    /** The products valid on {@code day}, by code. */
    List<Product> products(LocalDate day);

    /** @throws be.burgerzaken.kernel.api.problem.NotFoundException no such product */
    Product product(String code);

    /**
     * Changes a product (administrator, population officer); every field is checked and all problems come back
     * together naming the field. The code and the procedure it starts do not change.
     *
     * @throws be.burgerzaken.kernel.api.problem.ConflictException 412 when {@code expectedVersion} is stale
     */
    Product update(String code, Product change, long expectedVersion, AccessContext context);

    /** The day a request received on {@code receivedOn} is due: the target in working days. */
    LocalDate dueDate(String code, LocalDate receivedOn);
}

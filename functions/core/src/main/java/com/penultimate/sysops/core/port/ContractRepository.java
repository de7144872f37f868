package com.penultimate.sysops.core.port;

import com.penultimate.sysops.core.model.SupportContract;
import java.util.List;

/** Stores support contracts under their customer. */
public interface ContractRepository {
    /** Stores a new contract; {@code ConflictException} if the id exists. */
    void add(SupportContract contract);

    /** Every contract of the customer, oldest first. */
    List<SupportContract> forCustomer(String customerId);
}

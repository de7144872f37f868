package com.penultimate.sysops.core.fake;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.model.SupportContract;
import com.penultimate.sysops.core.port.ContractRepository;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link ContractRepository} in a list, for fast tests. */
public final class InMemoryContractRepository implements ContractRepository {
    private final List<SupportContract> contracts = new CopyOnWriteArrayList<>();

    @Override
    public synchronized void add(SupportContract contract) {
        if (contracts.stream().anyMatch(c -> c.contractId().equals(contract.contractId()))) {
            throw new ConflictException("contract " + contract.contractId() + " exists");
        }
        contracts.add(contract);
    }

    @Override
    public List<SupportContract> forCustomer(String customerId) {
        return contracts.stream().filter(c -> c.customerId().equals(customerId)).toList();
    }
}

package com.penultimate.sysops.aws.dynamodb;

import com.penultimate.sysops.core.model.SupportContract;

/**
 * The {@code byBillingDay} index's partition key: the day a contract's period ends and one of
 * {@value #SHARDS} shards, e.g. {@code 2027-11-23#07}, so that one busy day does not make one hot partition.
 */
final class BillingDay {
    static final int SHARDS = 16;

    private BillingDay() {
    }

    static String of(SupportContract contract) {
        // String.hashCode is fixed by the language spec, so the shard is stable across JVMs and releases.
        int shard = Math.floorMod(contract.contractId().hashCode(), SHARDS);
        return contract.endDate() + "#" + String.format("%02d", shard);
    }
}

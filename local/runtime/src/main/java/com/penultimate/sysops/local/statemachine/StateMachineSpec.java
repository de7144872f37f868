package com.penultimate.sysops.local.statemachine;

import java.util.Map;

/**
 * A state machine of the template as the local workflow engine runs it.
 *
 * @param logicalId     the resource's logical id
 * @param name          its resolved {@code Name} (the logical id when it has none)
 * @param definition    its ASL definition as JSON text, placeholders not yet replaced
 * @param substitutions its {@code DefinitionSubstitutions}, each resolved to a local value (ARN, URL, name)
 */
public record StateMachineSpec(String logicalId, String name, String definition, Map<String, String> substitutions) {

    public StateMachineSpec {
        substitutions = Map.copyOf(substitutions);
    }
}

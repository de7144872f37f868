package com.penultimate.sysops.bench.cost;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Each function's memory size (MB) and architecture as the template deploys it, Globals applied. */
public record FunctionSizes(Map<String, Integer> memoryMb, Map<String, String> architecture) {

    @SuppressWarnings("unchecked")
    public static FunctionSizes of(Map<String, Object> template) {
        Map<String, Object> globals = (Map<String, Object>) ((Map<String, Object>) template.getOrDefault("Globals",
                Map.of())).getOrDefault("Function", Map.of());
        Map<String, Integer> memory = new HashMap<>();
        Map<String, String> architecture = new HashMap<>();
        ((Map<String, Object>) template.get("Resources")).forEach((id, value) -> {
            Map<String, Object> resource = (Map<String, Object>) value;
            if ("AWS::Serverless::Function".equals(resource.get("Type"))) {
                Map<String, Object> properties = (Map<String, Object>) resource.getOrDefault("Properties", Map.of());
                memory.put(id, ((Number) properties.getOrDefault("MemorySize",
                        globals.getOrDefault("MemorySize", 128))).intValue());
                List<Object> arch = (List<Object>) properties.getOrDefault("Architectures",
                        globals.getOrDefault("Architectures", List.of("x86_64")));
                architecture.put(id, String.valueOf(arch.get(0)));
            }
        });
        return new FunctionSizes(Map.copyOf(memory), Map.copyOf(architecture));
    }

    public int memoryMb(String function) {
        Integer mb = memoryMb.get(function);
        if (mb == null) {
            throw new IllegalArgumentException(function + " is not a function of the template");
        }
        return mb;
    }

    public String architecture(String function) {
        return architecture.getOrDefault(function, "x86_64");
    }
}

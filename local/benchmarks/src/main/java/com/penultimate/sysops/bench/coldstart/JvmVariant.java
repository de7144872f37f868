package com.penultimate.sysops.bench.coldstart;

import java.util.List;

/**
 * JVM settings a cold start is measured under: extra options, and whether each function gets an AppCDS
 * archive of its own (made by one training run that dumps the classes it loaded).
 */
record JvmVariant(String name, List<String> options, boolean appCds) {
    static final List<String> C1_ONLY = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1");

    static List<JvmVariant> all() {
        return List.of(new JvmVariant("default JVM", List.of(), false),
                new JvmVariant("C1 only", C1_ONLY, false),
                new JvmVariant("C1 + AppCDS", C1_ONLY, true));
    }
}

package com.penultimate.sysops.bench.coldstart;

/**
 * One cold start: milliseconds from launching the JVM to reading the function's first answer, heap in use
 * and resident set size (bytes, -1 where unknown) at that moment, and the answer itself.
 */
record ColdStart(long millis, long heapBytes, long rssBytes, String answer) {

    /** Reads the launcher's line ({@code COLDSTART heap=.. rss=.. answer=..}) measured at {@code millis}. */
    static ColdStart parse(String line, long millis) {
        String[] parts = line.substring(ColdLauncher.MARK.length()).split(" ", 3);
        return new ColdStart(millis, Long.parseLong(parts[0].substring("heap=".length())),
                Long.parseLong(parts[1].substring("rss=".length())), parts[2].substring("answer=".length()));
    }
}

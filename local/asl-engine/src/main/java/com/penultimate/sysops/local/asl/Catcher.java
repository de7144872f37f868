package com.penultimate.sysops.local.asl;

import java.util.List;

/** One entry of a state's {@code Catch} array; {@code resultPath} may be null (discard the error). */
record Catcher(List<String> errorEquals, String next, String resultPath) {}

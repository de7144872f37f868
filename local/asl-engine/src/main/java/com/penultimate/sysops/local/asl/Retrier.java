package com.penultimate.sysops.local.asl;

import java.util.List;

/** One entry of a state's {@code Retry} array. */
record Retrier(
    List<String> errorEquals,
    double intervalSeconds,
    int maxAttempts,
    double backoffRate,
    Double maxDelaySeconds,
    boolean fullJitter) {

  static final double DEFAULT_INTERVAL_SECONDS = 1;
  static final int DEFAULT_MAX_ATTEMPTS = 3;
  static final double DEFAULT_BACKOFF_RATE = 2.0;

  /** Seconds to wait before retry number {@code retry} (1-based), before jitter. */
  double delaySeconds(int retry) {
    double delay = intervalSeconds * Math.pow(backoffRate, retry - 1);
    return maxDelaySeconds == null ? delay : Math.min(delay, maxDelaySeconds);
  }
}

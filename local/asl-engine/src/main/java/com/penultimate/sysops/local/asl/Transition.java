package com.penultimate.sysops.local.asl;

/** Where a state goes when it succeeds: to {@code next}, or nowhere when {@code end} is true. */
record Transition(String next, boolean end) {

  static Transition to(String next) {
    return new Transition(next, false);
  }

  static Transition ending() {
    return new Transition(null, true);
  }
}

package com.penultimate.sysops.local.asl;

/** Thrown inside the interpreter when a state fails with a Step Functions error name. */
final class StatesFailure extends RuntimeException {

  private final StatesError statesError;

  StatesFailure(String error, String cause) {
    super(error + ": " + cause);
    this.statesError = new StatesError(error, cause);
  }

  StatesError statesError() {
    return statesError;
  }
}

package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;

/** A {@code Pass} state; {@code result} is the literal {@code Result}, or null when absent. */
record PassState(String name, DataFlow dataFlow, JsonNode result, Transition transition) implements State {

  @Override
  public String type() {
    return "Pass";
  }
}

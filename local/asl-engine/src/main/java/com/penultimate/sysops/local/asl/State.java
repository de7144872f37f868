package com.penultimate.sysops.local.asl;

/** One state of a parsed definition; the records below are the supported state types. */
sealed interface State
    permits TaskState, PassState, WaitState, ChoiceState, SucceedState, FailState, ParallelState, MapState {

  /** The state's name, unique within the whole definition. */
  String name();

  /** The ASL {@code Type}, e.g. {@code Task}. */
  String type();

  /** InputPath, Parameters, ResultSelector, ResultPath and OutputPath of the state. */
  DataFlow dataFlow();
}

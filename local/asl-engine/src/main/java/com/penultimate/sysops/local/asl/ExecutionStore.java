package com.penultimate.sysops.local.asl;

import java.util.List;

/** Keeps the checkpoints of running executions, so an engine started later can resume them. */
public interface ExecutionStore {

  /** Nothing kept: executions live in memory only. */
  ExecutionStore NONE = new ExecutionStore() {
    @Override
    public void save(String executionArn, ExecutionCheckpoint checkpoint) {
    }

    @Override
    public void remove(String executionArn) {
    }

    @Override
    public List<ExecutionCheckpoint> load() {
      return List.of();
    }
  };

  /** Replaces the execution's checkpoint. */
  void save(String executionArn, ExecutionCheckpoint checkpoint);

  /** Forgets an execution that ended. */
  void remove(String executionArn);

  /** The checkpoints of every execution that had not ended. */
  List<ExecutionCheckpoint> load();
}

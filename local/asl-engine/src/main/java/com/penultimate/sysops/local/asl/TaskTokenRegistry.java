package com.penultimate.sysops.local.asl;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The task tokens the engine issued, and which of them still have a task waiting. */
final class TaskTokenRegistry {

  private final SecureRandom random = new SecureRandom();
  private final Map<String, PendingTask> waiting = new ConcurrentHashMap<>();
  private final Set<String> issued = ConcurrentHashMap.newKeySet();

  String issue(PendingTask task) {
    byte[] bytes = new byte[48];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    issued.add(token);
    waiting.put(token, task);
    return token;
  }

  void release(String token) {
    if (token != null) {
      waiting.remove(token);
    }
  }

  /** The task waiting on {@code token}; refuses tokens never issued, or whose task has ended. */
  PendingTask waitingTask(String token) {
    PendingTask task = token == null ? null : waiting.get(token);
    if (task != null) {
      return task;
    }
    if (token != null && issued.contains(token)) {
      throw new EngineRequestException.TaskTimedOut();
    }
    throw new EngineRequestException.InvalidToken();
  }
}

package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checkpoints as one JSON file per running execution in a directory, each replaced atomically (written beside it,
 * then moved over it), so a process killed mid-write leaves the previous checkpoint whole.
 */
public final class FileExecutionStore implements ExecutionStore {
  private static final String SUFFIX = ".json";

  private final Path directory;

  public FileExecutionStore(Path directory) {
    try {
      this.directory = Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void save(String executionArn, ExecutionCheckpoint checkpoint) {
    ObjectNode json = Json.object().put("stateMachineName", checkpoint.stateMachineName())
        .put("name", checkpoint.name()).put("startDate", checkpoint.startDate().toString())
        .put("state", checkpoint.state());
    json.set("input", checkpoint.input());
    json.set("stateInput", checkpoint.stateInput());
    Path target = file(executionArn);
    Path partial = target.resolveSibling(target.getFileName() + ".part");
    try {
      Files.writeString(partial, Json.write(json), StandardCharsets.UTF_8);
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void remove(String executionArn) {
    try {
      Files.deleteIfExists(file(executionArn));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<ExecutionCheckpoint> load() {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().map(FileExecutionStore::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ExecutionCheckpoint read(Path file) {
    try {
      JsonNode json = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
      return new ExecutionCheckpoint(json.path("stateMachineName").asText(), json.path("name").asText(),
          json.get("input"), Instant.parse(json.path("startDate").asText()), json.path("state").asText(),
          json.get("stateInput"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path file(String executionArn) {
    // ARNs hold ':' and may be longer than a file name can be, hence their digest.
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(executionArn.getBytes(StandardCharsets.UTF_8));
      return directory.resolve(HexFormat.of().formatHex(digest) + SUFFIX);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}

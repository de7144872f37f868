package com.penultimate.sysops.local.asl;

import static com.penultimate.sysops.local.asl.IntrinsicFunctions.failure;
import static com.penultimate.sysops.local.asl.IntrinsicFunctions.integer;
import static com.penultimate.sysops.local.asl.IntrinsicFunctions.string;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.StringTokenizer;
import java.util.concurrent.ThreadLocalRandom;

/** The string, encoding, hashing and random-number intrinsic functions. */
final class EncodingIntrinsics {

  private static final List<String> HASHES = List.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

  private EncodingIntrinsics() {}

  static Optional<JsonNode> evaluate(IntrinsicExpression.Call call, List<JsonNode> args) {
    return Optional.ofNullable(switch (call.name()) {
      case "States.Base64Encode" -> TextNode.valueOf(Base64.getEncoder()
          .encodeToString(string(args, 0, call).getBytes(StandardCharsets.UTF_8)));
      case "States.Base64Decode" -> base64Decode(string(args, 0, call));
      case "States.Hash" -> hash(string(args, 0, call), string(args, 1, call));
      case "States.StringSplit" -> split(string(args, 0, call), string(args, 1, call));
      case "States.MathRandom" -> random(args, call);
      default -> null;
    });
  }

  private static JsonNode base64Decode(String text) {
    try {
      return TextNode.valueOf(new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw failure("States.Base64Decode input is not Base64");
    }
  }

  private static JsonNode hash(String data, String algorithm) {
    if (!HASHES.contains(algorithm)) {
      throw failure("States.Hash algorithm must be one of " + HASHES);
    }
    try {
      byte[] digest = MessageDigest.getInstance(algorithm).digest(data.getBytes(StandardCharsets.UTF_8));
      return TextNode.valueOf(HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw failure("States.Hash algorithm " + algorithm + " is not available in this JVM");
    }
  }

  private static JsonNode split(String text, String delimiters) {
    ArrayNode parts = Json.MAPPER.createArrayNode();
    StringTokenizer tokens = new StringTokenizer(text, delimiters);
    while (tokens.hasMoreTokens()) {
      parts.add(tokens.nextToken());
    }
    return parts;
  }

  private static JsonNode random(List<JsonNode> args, IntrinsicExpression.Call call) {
    int start = integer(args, 0, call);
    int end = integer(args, 1, call);
    if (end <= start) {
      throw failure("States.MathRandom end must be greater than start");
    }
    Random random = args.size() > 2 ? new Random(integer(args, 2, call)) : ThreadLocalRandom.current();
    return IntNode.valueOf(start + random.nextInt(end - start));
  }
}

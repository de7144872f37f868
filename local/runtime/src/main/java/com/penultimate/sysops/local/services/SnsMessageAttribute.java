package com.penultimate.sysops.local.services;

/**
 * A message attribute of an SNS publication, as SNS hands it to subscribers.
 *
 * @param type  {@code String}, {@code Number}, {@code Binary} (value in base64) or {@code String.Array} (a JSON array)
 * @param value its value as text
 */
public record SnsMessageAttribute(String type, String value) {
}

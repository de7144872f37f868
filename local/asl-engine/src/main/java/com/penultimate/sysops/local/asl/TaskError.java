package com.penultimate.sysops.local.asl;

/** The error name and cause a failed task reports; the cause may be null. */
public record TaskError(String error, String cause) {}

package com.penultimate.sysops.core.model;

/** How a customer wants to be told about their ticket. */
public enum NotificationPreference { EMAIL, SMS }

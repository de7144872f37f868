package com.penultimate.sysops.core.model;

/** Lifecycle of a support contract. Only {@link #ACTIVE} contracts cover new tickets. */
public enum ContractStatus { ACTIVE, PAST_DUE, SUSPENDED, CANCELLED }

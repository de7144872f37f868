package com.penultimate.sysops.core.survey;

/** Where a customer survey is: waiting for the answer, answered (once), or closed unanswered. */
public enum SurveyStatus { OPEN, ANSWERED, CLOSED }

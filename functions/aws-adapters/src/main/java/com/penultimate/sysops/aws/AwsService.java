package com.penultimate.sysops.aws;

/** The services {@link AwsClients} builds clients for; each may have its own endpoint override. */
public enum AwsService {
    SQS, SNS, SESV2, SFN, EVENTBRIDGE
}

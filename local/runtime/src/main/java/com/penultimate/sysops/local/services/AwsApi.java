package com.penultimate.sysops.local.services;

/** One AWS service's API on the local AWS endpoint, in that service's wire protocol. */
public interface AwsApi {

    /** Whether this request is for this service (by path, {@code X-Amz-Target} or form {@code Version}). */
    boolean accepts(AwsRequest request);

    /** Answers the request; throws {@link AwsError} to refuse it. */
    AwsResponse handle(AwsRequest request) throws Exception;

    /** Renders an error the way this service's protocol does, so its SDK throws the matching exception. */
    AwsResponse error(AwsError error);
}

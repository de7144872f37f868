package com.penultimate.sysops.core.survey;

import com.penultimate.sysops.core.notification.SurveyLinks;

/** Survey links of the form {@code <base>/surveys/<token>}, the token signed over the stored survey's claim. */
public final class SignedSurveyLinks implements SurveyLinks {
    private final SurveyRepository surveys;
    private final SurveyTokens tokens;
    private final String baseUrl;

    /** {@code baseUrl} is where the surveys API answers, e.g. {@code https://api.example.com/prod}. */
    public SignedSurveyLinks(SurveyRepository surveys, SurveyTokens tokens, String baseUrl) {
        this.surveys = surveys;
        this.tokens = tokens;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Override
    public SurveyLink linkFor(String ticketId) {
        Survey survey = surveys.find(ticketId)
                .orElseThrow(() -> new IllegalStateException("ticket " + ticketId + " has no survey"));
        return new SurveyLink(baseUrl + "/surveys/" + tokens.sign(survey.claim()), survey.expiresAt());
    }
}

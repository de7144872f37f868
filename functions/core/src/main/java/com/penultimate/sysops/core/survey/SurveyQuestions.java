package com.penultimate.sysops.core.survey;

import java.time.Instant;
import java.util.List;

/**
 * What a survey link shows: whose visit is rated, until when the link works, and the questions.
 *
 * @param expertName the expert who did the job, by name
 */
public record SurveyQuestions(String ticketId, String product, String expertName, Instant expiresAt,
                              List<Question> questions) {

    public static final Question RATING = new Question("rating", "How satisfied are you with the visit?",
            "RATING", true, 1, 5);
    public static final Question COMMENTS = new Question("comments", "Anything you would like to tell us?", "TEXT",
            false, null, SurveyAnswers.MAX_COMMENTS);

    public SurveyQuestions {
        questions = List.copyOf(questions);
    }

    /**
     * One question.
     *
     * @param field    the answer's field in {@code POST /surveys/{token}}
     * @param kind     RATING (a whole number from {@code min} to {@code max}) or TEXT (at most {@code max} characters)
     */
    public record Question(String field, String text, String kind, boolean required, Integer min, Integer max) {
    }
}

package com.penultimate.sysops.survey;

import com.penultimate.sysops.core.survey.SurveyAnswers;
import com.penultimate.sysops.core.survey.SurveyQuestions;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;

/**
 * The customer's survey (API.md, Surveys), reached by the link alone: no login, the signed token is the key.
 * A tampered or forged link is 400, an answered survey 409, an expired or closed one 410.
 */
@Controller("/surveys")
class SurveyController {
    private final SurveyAnswers answers;

    SurveyController(SurveyAnswers answers) {
        this.answers = answers;
    }

    @Get("/{token}")
    SurveyQuestions questions(@PathVariable String token) {
        return answers.questions(token);
    }

    @Post("/{token}")
    SurveyReceipt answer(@PathVariable String token, @Body AnswerRequest request) {
        return SurveyReceipt.of(answers.answer(token, request.rating(), request.comments()));
    }
}

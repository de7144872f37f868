package com.penultimate.sysops.expertapp;

import com.penultimate.sysops.core.kb.ArticleDraft;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A knowledge-base article pre-filled from a completed ticket, ready to review and send to
 * {@code POST /kb/articles} as it is or edited.
 */
@Serdeable
record KbDraftView(String ticketId, String title, String problem, String solution, List<String> products,
                   List<String> tags) {

    static KbDraftView of(String ticketId, ArticleDraft draft) {
        return new KbDraftView(ticketId, draft.title(), draft.problem(), draft.solution(),
                List.copyOf(draft.products()), List.copyOf(draft.tags()));
    }
}

package com.penultimate.sysops.aws.dynamodb;

import com.penultimate.sysops.core.survey.Survey;
import com.penultimate.sysops.core.survey.SurveyStatus;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Maps a {@link Survey} to its item in the Surveys table (partition key {@code ticketId}) and back;
 * {@code sentMonth} feeds the {@code bySentMonth} index that reports read.
 */
final class SurveyItems {
    static final String KEY = "ticketId";

    private SurveyItems() {
    }

    static Map<String, AttributeValue> toItem(Survey survey) {
        ItemBuilder item = new ItemBuilder()
                .string(KEY, survey.ticketId())
                .string("customerId", survey.customerId())
                .string("expertId", survey.expertId())
                .string("product", survey.product())
                .string("area", survey.area())
                .string("nonce", survey.nonce())
                .instant("sentAt", survey.sentAt())
                .string("sentMonth", TicketItems.createdMonth(survey.sentAt()))
                .instant("expiresAt", survey.expiresAt())
                .enumName("status", survey.status())
                .string("comments", survey.comments())
                .instant("endedAt", survey.endedAt());
        if (survey.rating() != null) {
            item.number("rating", survey.rating());
        }
        return item.build();
    }

    static Survey fromItem(Map<String, AttributeValue> item) {
        ItemReader read = new ItemReader(item);
        return new Survey(read.string(KEY), read.string("customerId"), read.string("expertId"),
                read.string("product"), read.string("area"), read.string("nonce"), read.instant("sentAt"),
                read.instant("expiresAt"), read.enumValue("status", SurveyStatus.class),
                item.containsKey("rating") ? read.intNumber("rating") : null, read.string("comments"),
                read.instant("endedAt"));
    }

    static Map<String, AttributeValue> key(String ticketId) {
        return Map.of(KEY, ItemBuilder.s(ticketId));
    }
}

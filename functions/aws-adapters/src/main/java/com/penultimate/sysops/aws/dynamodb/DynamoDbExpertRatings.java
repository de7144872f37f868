package com.penultimate.sysops.aws.dynamodb;

import com.penultimate.sysops.core.port.ExpertRatings;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@link ExpertRatings} from the running sums on the experts' items ({@code ratingSum}, {@code ratingCount}),
 * which {@link DynamoDbSurveyRepository} adds each answer to: one BatchGetItem per hundred experts.
 */
public final class DynamoDbExpertRatings implements ExpertRatings {
    private final DynamoDbClient client;
    private final String expertsTable;

    public DynamoDbExpertRatings(DynamoDbClient client, String expertsTable) {
        this.client = client;
        this.expertsTable = expertsTable;
    }

    @Override
    public Map<String, Double> averages(Collection<String> expertIds) {
        List<Map<String, AttributeValue>> keys = expertIds.stream().distinct()
                .map(id -> Map.of(ExpertItems.KEY, ItemBuilder.s(id))).toList();
        Map<String, Double> averages = new HashMap<>();
        for (Map<String, AttributeValue> item : BatchCalls.get(client, expertsTable, keys)) {
            ItemReader read = new ItemReader(item);
            int count = read.optionalInt("ratingCount", 0);
            if (count > 0) {
                averages.put(read.string(ExpertItems.KEY), (double) read.longNumber("ratingSum") / count);
            }
        }
        return averages;
    }
}

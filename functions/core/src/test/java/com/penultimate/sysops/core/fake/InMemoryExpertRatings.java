package com.penultimate.sysops.core.fake;

import com.penultimate.sysops.core.port.ExpertRatings;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** {@link ExpertRatings} as running sums in a map; {@link InMemorySurveyRepository} adds each answer's rating. */
public final class InMemoryExpertRatings implements ExpertRatings {
    private final Map<String, long[]> sums = new HashMap<>();

    public synchronized void add(String expertId, int rating) {
        long[] sum = sums.computeIfAbsent(expertId, id -> new long[2]);
        sum[0] += rating;
        sum[1]++;
    }

    @Override
    public synchronized Map<String, Double> averages(Collection<String> expertIds) {
        Map<String, Double> averages = new HashMap<>();
        expertIds.stream().filter(sums::containsKey)
                .forEach(id -> averages.put(id, (double) sums.get(id)[0] / sums.get(id)[1]));
        return averages;
    }
}

package com.penultimate.sysops.core.reports;

import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.model.Transition;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one entry of a ticket's history means for the reports, read with the entries before it: who was offered
 * the ticket or declined it, how long the offer, the acceptance and the repair took, whether it was fixed by the
 * first expert sent, the survey's rating.
 * <p>
 * History entries record who, when and why in words; the expert offered a ticket and the rating of a survey are
 * read from the words the workflow and the survey write ({@code offered to <expert> ...}, {@code <expert>: <why>}
 * on a release, {@code ... rated <n>/5}).
 */
final class TicketFacts {
    private static final Pattern OFFERED_TO = Pattern.compile("^offered to (\\S+)");
    private static final Pattern RELEASED = Pattern.compile("^([^:\\s]+): ");
    private static final Pattern RATED = Pattern.compile("rated ([1-5])/5");

    private final Ticket ticket;
    private final List<Transition> history;
    private final int index;
    private final Transition entry;
    private final LocalDate day;

    TicketFacts(Ticket ticket, int index) {
        this.ticket = ticket;
        this.history = ticket.history();
        this.index = index;
        this.entry = history.get(index);
        this.day = TicketReporting.day(entry.at());
    }

    void count(TicketProfile profile, TicketReporting.Tally tally) {
        String ops = DayCounter.OPERATIONS;
        switch (entry.to()) {
            case OFFERED -> {
                offeredExpert().ifPresent(e -> tally.add(day, DayCounter.expert(e), "offered", 1));
                if (earlier(TicketStatus.OFFERED).isEmpty()) {
                    Duration toOffer = Duration.between(ticket.createdAt(), entry.at());
                    duration(tally, "tto", toOffer);
                    if (toOffer.compareTo(ServiceLevels.OFFER_WITHIN) > 0) {
                        tally.add(day, ops, "slaOfferBreaches", 1);
                    }
                }
            }
            case MATCHING -> {
                if (entry.from() == TicketStatus.OFFERED) {
                    match(RELEASED, entry.reason()).ifPresent(e -> tally.add(day, DayCounter.expert(e), "declined", 1));
                }
            }
            case ACCEPTED -> {
                tally.add(day, DayCounter.expert(entry.by()), "accepted", 1);
                earlier(TicketStatus.OFFERED).ifPresent(offer ->
                        duration(tally, "tta", Duration.between(offer.at(), entry.at())));
            }
            case COMPLETED -> completed(profile, tally);
            case ESCALATED -> tally.add(day, ops, "escalated", 1);
            case CANCELLED -> tally.add(day, ops, "cancelled", 1);
            case SURVEYED -> surveyed(profile, tally);
            default -> {
            }
        }
    }

    private void completed(TicketProfile profile, TicketReporting.Tally tally) {
        String ops = DayCounter.OPERATIONS;
        String expert = DayCounter.expert(entry.by());
        tally.add(day, ops, "completed", 1);
        tally.add(day, DayCounter.product(profile.product()), "completed", 1);
        tally.add(day, expert, "completed", 1);
        Duration toComplete = Duration.between(ticket.createdAt(), entry.at());
        duration(tally, "ttc", toComplete);
        if (toComplete.compareTo(ServiceLevels.COMPLETE_WITHIN) > 0) {
            tally.add(day, ops, "slaCompletionBreaches", 1);
        }
        earlier(TicketStatus.ACCEPTED).ifPresent(accepted ->
                tally.add(day, expert, "busySeconds", Duration.between(accepted.at(), entry.at()).toSeconds()));
        long offers = history.subList(0, index).stream().filter(t -> t.to() == TicketStatus.OFFERED).count();
        boolean escalated = history.subList(0, index).stream().anyMatch(t -> t.to() == TicketStatus.ESCALATED);
        if (offers == 1 && !escalated) {
            tally.add(day, ops, "firstTimeFixes", 1);
        }
    }

    private void surveyed(TicketProfile profile, TicketReporting.Tally tally) {
        Optional<Integer> rating = match(RATED, entry.reason()).map(Integer::parseInt);
        if (rating.isEmpty()) {
            return;
        }
        tally.add(day, DayCounter.OPERATIONS, "surveyed", 1);
        String expert = earlier(TicketStatus.COMPLETED).map(Transition::by).orElse("unknown");
        for (String scope : List.of(DayCounter.rating(DayCounter.expert(expert)),
                DayCounter.rating(DayCounter.product(profile.product())),
                DayCounter.rating(DayCounter.area(profile.area())))) {
            tally.add(day, scope, "ratings", 1);
            tally.add(day, scope, "ratingSum", rating.get());
        }
    }

    /** The expert offered the ticket by this entry: the ticket's own dispatch when it is the latest entry. */
    private Optional<String> offeredExpert() {
        if (index == history.size() - 1 && ticket.status() == TicketStatus.OFFERED
                && ticket.assignedExpertId() != null) {
            return Optional.of(ticket.assignedExpertId());
        }
        return match(OFFERED_TO, entry.reason());
    }

    /** The latest entry before this one that moved the ticket to {@code status}. */
    private Optional<Transition> earlier(TicketStatus status) {
        for (int i = index - 1; i >= 0; i--) {
            if (history.get(i).to() == status) {
                return Optional.of(history.get(i));
            }
        }
        return Optional.empty();
    }

    private void duration(TicketReporting.Tally tally, String metric, Duration duration) {
        tally.add(day, DayCounter.OPERATIONS, metric + "_" + DurationHistogram.bucketName(duration), 1);
        tally.add(day, DayCounter.OPERATIONS, metric + "_sum", Math.max(0, duration.toSeconds()));
    }

    private static Optional<String> match(Pattern pattern, String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}

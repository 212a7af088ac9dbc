package org.supervision.notification.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.logging.Log;

/**
 * A batch whose transaction failed because of its reminders' data: it is sent again in halves, each
 * half in a transaction of its own, down to single reminders, so that the good ones go out (one
 * over-long title must not hold back every unit's reminders, run after run) and the ones that fail
 * alone are FAILED. One bad reminder in 500 costs about 20 small transactions, once.
 *
 * <p>When the first {@value #AS_A_WHOLE_AFTER} reminders tried alone all fail and nothing could be
 * sent, the fault is taken to be the batch's, not the reminders' (a defect in the wording, a setting:
 * every reminder would fail alike, and marking them all FAILED would leave thousands to be resent one
 * by one): nothing is marked, the batch stays PENDING for the next run, as before. The order is
 * shuffled first, so that no arrangement of a few bad reminders at the head of the due order can look
 * like that on every run: with good reminders in the batch, some run gets through.
 */
final class FailedBatch {

    static final int AS_A_WHOLE_AFTER = 3;

    /** Sends the reminders of these ids that are still due and not held elsewhere, in a transaction of its own. */
    interface Piece {
        int send(List<UUID> ids);
    }

    private final Piece piece;
    private final FailedReminders failed;
    private final Map<UUID, DispatchFailure> failures = new LinkedHashMap<>();
    private int sent;

    FailedBatch(Piece piece, FailedReminders failed) {
        this.piece = piece;
        this.failed = failed;
    }

    /**
     * Settles the claimed reminders of a batch that failed with {@code batchFailure}; returns how many
     * were sent or marked FAILED. Throws {@code batchFailure} when the batch fails as a whole.
     */
    int settle(List<UUID> claimed, RuntimeException batchFailure, Instant now) {
        List<UUID> ids = new ArrayList<>(claimed);
        Collections.shuffle(ids);
        if (!halve(ids)) {
            Log.warnf("a batch of %d reminders fails as a whole (%d tried alone, none sent): %s; they stay PENDING",
                    claimed.size(), failures.size(), DispatchFailure.of(batchFailure).reason());
            throw batchFailure;
        }
        int marked = 0;
        for (Map.Entry<UUID, DispatchFailure> failure : failures.entrySet()) {
            if (failed.mark(failure.getKey(), failure.getValue(), now)) {
                marked++;
            }
        }
        return sent + marked;
    }

    /** False as soon as the batch looks like it fails as a whole. */
    private boolean halve(List<UUID> ids) {
        try {
            sent += piece.send(ids);
            return true;
        } catch (RuntimeException e) {
            DispatchFailure failure = DispatchFailure.of(e);
            if (!failure.ofTheReminders()) {
                throw e; // the database or the transaction failed meanwhile: the next run tries again
            }
            if (ids.size() == 1) {
                failures.put(ids.get(0), failure);
                return sent > 0 || failures.size() < AS_A_WHOLE_AFTER;
            }
            int half = ids.size() / 2;
            return halve(ids.subList(0, half)) && halve(ids.subList(half, ids.size()));
        }
    }
}

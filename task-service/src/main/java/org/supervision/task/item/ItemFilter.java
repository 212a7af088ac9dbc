package org.supervision.task.item;

import java.util.List;

import org.supervision.task.supervision.WorkSource;

/**
 * What a list of items may be narrowed to; null or empty means any. {@code unitCode} (an item that assigns the
 * unit, in any state) is forced to the caller's own unit for a unit officer, whatever the query asked.
 */
public record ItemFilter(List<WorkSource> sources, List<ItemState> states, String unitCode) {

    public ItemFilter confinedTo(String unit) {
        return new ItemFilter(sources, states, unit);
    }
}

package org.supervision.plan.api;

/**
 * The last page number a list accepts. Panache multiplies page by size as an int: past about
 * ten million pages of 200 the offset turns negative and Hibernate refuses it, a 500 for what is
 * only a page beyond the data. A million pages of the largest size is still far past any list.
 */
public final class Paging {

    public static final int LAST_PAGE = 1_000_000;

    private Paging() {
    }
}

/** Events of task-service's working-day calendar, on {@link org.supervision.contracts.Topics#CALENDAR}. */
package org.supervision.contracts.calendar;

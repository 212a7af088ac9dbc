/** Events of task-service's assignments, on {@link org.supervision.contracts.Topics#TASK}. */
package org.supervision.contracts.assignment;

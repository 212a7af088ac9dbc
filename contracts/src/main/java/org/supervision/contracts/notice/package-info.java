/** Events of task-service's supervision notices (督办单), on {@link org.supervision.contracts.Topics#TASK}. */
package org.supervision.contracts.notice;

/** Events of task-service's reporting cycles (报送周期), on {@link org.supervision.contracts.Topics#TASK}. */
package org.supervision.contracts.reporting;

/** Events of task-service's monthly bulletins (月度通报), on {@link org.supervision.contracts.Topics#TASK}. */
package org.supervision.contracts.bulletin;

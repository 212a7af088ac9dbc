/** Events of plan-service's unit directory, on {@link org.supervision.contracts.Topics#UNIT}. */
package org.supervision.contracts.unit;

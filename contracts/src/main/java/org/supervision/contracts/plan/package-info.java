/** Events of plan-service's plans and measures, on {@link org.supervision.contracts.Topics#PLAN}. */
package org.supervision.contracts.plan;

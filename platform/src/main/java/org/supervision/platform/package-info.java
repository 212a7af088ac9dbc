/**
 * Plumbing the services share and no domain: a service depends on this module, this module on no
 * service. Domain-specific answers (a unique key's field, a stale assignment) reach it through hooks
 * the services implement.
 */
package org.supervision.platform;

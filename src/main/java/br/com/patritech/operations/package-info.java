/**
 * Operations visibility: the request id of every request (MDC, response header), the metrics the Prometheus
 * endpoint adds to Spring Boot's own (Vaadin sessions and UIs, the last backup), the actuator's access rule (health
 * for everyone, the rest for the local machine only), the recent errors and the operator's page for administrators.
 * Depends on base and security only; see docs/decisions/0011-operations-visibility.md.
 */
package br.com.patritech.operations;

/**
 * The REST API under /api/v1 for integrators: controllers and their records over the same services the screens
 * use, JWT tokens, RFC 9457 problem responses. May depend on every feature except demo; no feature depends on it.
 */
package br.com.patritech.api;

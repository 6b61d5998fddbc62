/**
 * Demo and bulk data for an empty database outside production, created through the services as the system user.
 * May depend on every feature except api; nothing depends on it.
 */
package br.com.patritech.demo;

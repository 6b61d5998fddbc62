/**
 * Read-only figures for the home screen, limited to what the caller may see. Depends on assets, organization,
 * catalog, transfers (the guides waiting for the user) and base; nothing depends on it except the API.
 */
package br.com.patritech.dashboard;

/** The audit trail screen (/auditoria): filters, a grid paged in the database, and the CSV export of the filter. */
package br.com.patritech.audit.ui;

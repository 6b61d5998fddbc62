/**
 * Printable reports (issue 15, decision 0019): relatório patrimonial by unit and room, assets by category and by
 * responsible person, write-offs, transfers and acquisitions in a period, and the depreciation (and the fiscal
 * depreciation) of the closed months of a period by unit and category, summed from the ledger (issue 14), as PDF
 * (A4 portrait) or CSV, streamed row by row from the database into a temporary file, in the background with
 * progress. Scoped like the asset list. Reads the asset, custody, transfer and depreciation ledger tables with plain
 * SQL (no entity of theirs); depends on base, security, organization (unit names, installation letterhead through
 * base) and documents (PDF layout).
 */
package br.com.patritech.reports;

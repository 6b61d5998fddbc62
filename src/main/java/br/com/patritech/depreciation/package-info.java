/**
 * Depreciation and book value: the policy of each category (useful life, residual value, whether it depreciates),
 * the straight-line schedule, the monthly closing into an append-only ledger, and the book values shown on the asset
 * page, the dashboard and the API. Depends on base, security, organization, catalog, assets and documents; catalog
 * and assets know nothing of it (docs/decisions/0013-depreciation.md).
 */
package br.com.patritech.depreciation;

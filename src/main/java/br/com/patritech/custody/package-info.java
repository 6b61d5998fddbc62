/**
 * Custody: responsible people (responsáveis), the assignment of assets to them, and the numbered terms
 * (termo de responsabilidade / devolução) that record each change, their acceptance and public verification.
 * Depends on base, security, users, organization, catalog, assets (through {@link
 * br.com.patritech.assets.AssetCustodyPort} and the history writer) and documents. See docs/decisions/0009-custody.md.
 */
package br.com.patritech.custody;

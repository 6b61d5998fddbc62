/**
 * The REST API under /api/v1 for integrators: thin controllers over the features' services, with paging
 * ({@code ApiPage}), ETag/If-Match ({@code ETags}) and RFC 9457 errors written once for all of them. May depend on
 * every feature except demo; no feature depends on it. Why one package, and where token handling goes:
 * docs/decisions/0006-api-layer.md.
 */
package br.com.patritech.api;

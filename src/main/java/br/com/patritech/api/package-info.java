/**
 * The REST API under /api/v1: thin controllers over the features' services, with paging ({@code ApiPage}),
 * ETag/If-Match ({@code ETags}) and RFC 9457 errors written once for all of them. Why one package, and where token
 * handling goes: docs/decisions/0010-api-layer.md.
 */
package br.com.patritech.api;

/**
 * Getting data in and out: the asset list exported as CSV or XLSX, streamed (decision 0014). Reads assets only
 * through {@link br.com.patritech.assets.AssetExportRows}, so scoping is the list's. Depends on base, security and
 * assets.
 */
package br.com.patritech.exchange;

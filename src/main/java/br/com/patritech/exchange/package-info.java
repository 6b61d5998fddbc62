/**
 * Getting data in and out: the asset list exported as CSV or XLSX, streamed (decision 0014). Reads assets only
 * through {@link br.com.patritech.assets.AssetExportRows}, so scoping is the list's; imports assets through
 * {@link br.com.patritech.assets.AssetImports} and names their responsible people through
 * {@link br.com.patritech.custody.CustodyImports}. Depends on base, security, organization, catalog, assets and custody.
 */
package br.com.patritech.exchange;

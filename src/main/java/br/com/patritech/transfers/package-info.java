/**
 * Two-step transfers between units (guia de transferência): the sending unit creates a numbered guide, its assets
 * wait in transit, and the destination unit accepts (the assets move) or refuses; the sender may cancel before
 * that. Changes assets only through {@link br.com.patritech.assets.AssetTransit}. Depends on base, security,
 * organization, assets and documents. See docs/decisions/0010-two-step-transfers.md.
 */
package br.com.patritech.transfers;

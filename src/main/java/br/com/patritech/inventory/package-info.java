/**
 * Physical inventory: QR labels for assets, campaigns with their units and committee, the movement freeze while a
 * campaign is open ({@link br.com.patritech.assets.AssetMovementVeto}), counting by room (one read per tombo), the
 * progress figures, the reconciliation (move misplaced assets, mark missing ones not located, register unknown items)
 * and the closing report. Depends on base, security, users, organization, catalog, assets, documents and transfers
 * (a misplaced asset found in another unit goes there by a transfer guide); api and demo use it.
 * See docs/decisions/0012-inventory-campaigns.md.
 */
package br.com.patritech.inventory;

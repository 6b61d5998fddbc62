/**
 * Physical inventory: QR labels for assets, campaigns with their units and committee, the movement freeze while a
 * campaign is open ({@link br.com.patritech.assets.AssetMovementVeto}), counting by room (one read per tombo), the
 * progress figures and the closing report. Reconciliation actions (move misplaced, mark not located, register unknown)
 * come later. Depends on base, security, users, organization, catalog, assets and documents; api and demo use it.
 * See docs/decisions/0012-inventory-campaigns.md.
 */
package br.com.patritech.inventory;

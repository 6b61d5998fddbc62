/**
 * Assets and their lifecycle: register, edit, move, write off and revert, the append-only history, tombos, the
 * paged list and its totals. Depends on base, security, organization and catalog. Other features never reach into
 * it: they veto movements through {@link br.com.patritech.assets.AssetMovementVeto} and append history through
 * {@link br.com.patritech.assets.AssetHistoryWriter}; which state allows which action is
 * {@link br.com.patritech.assets.AssetStatus}'s table.
 */
package br.com.patritech.assets;

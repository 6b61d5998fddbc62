/**
 * Who is calling and what they may do: the session principal ({@link br.com.patritech.security.AppUser}), the one
 * unit scope every service uses ({@link br.com.patritech.security.UnitScope}), roles and flags, login, the UI filter
 * chain and API tokens ({@link br.com.patritech.security.TokenService}: JWTs, refresh-token rotation). Depends only
 * on base; account storage is reached through {@link br.com.patritech.security.AccountLookup}, which users implements.
 */
package br.com.patritech.security;

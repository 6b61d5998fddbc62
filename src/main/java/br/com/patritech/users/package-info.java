/**
 * Accounts: people, their role, units and flags, password changes and resets, the first administrator. Depends on
 * base, security and organization; scoping of who manages whom goes through the unit scope.
 */
package br.com.patritech.users;

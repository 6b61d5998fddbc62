/**
 * Reference data: asset categories and their tombo prefixes (later useful life and residual value). Depends on base
 * and security only.
 */
package br.com.patritech.catalog;

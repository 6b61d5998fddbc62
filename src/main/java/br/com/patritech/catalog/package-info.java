/**
 * Reference data: asset categories and their tombo prefixes (later useful life and residual value). Depends on base
 * and security only; a renamed category is published ({@link CategoryRenamed}) inside the change's transaction for
 * those who keep a copy of its name.
 */
package br.com.patritech.catalog;

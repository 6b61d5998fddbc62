/** The exchange screens: export links next to the asset list's totals. Package-private but for Spring beans. */
package br.com.patritech.exchange.ui;

/** Depreciation on screen: the asset page section (book value, schedule) and /depreciacao (policies, closing). */
package br.com.patritech.depreciation.ui;

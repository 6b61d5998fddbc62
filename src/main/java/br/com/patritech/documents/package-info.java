/**
 * Rendering that knows no feature: PDF documents and QR codes. Features build a {@link
 * br.com.patritech.documents.PrintedDocument} (already translated, already formatted) and hand it to {@link
 * br.com.patritech.documents.PdfDocuments}; nothing here reads the database or checks permissions. Depends on base only.
 */
package br.com.patritech.documents;

package br.com.patritech.exchange;

import java.util.List;
import java.util.Map;

/**
 * An uploaded file before it is imported: its headers, the mapping proposed for them (the user's last mapping where it
 * fits, else a guess from the header's words) and its first rows.
 */
public record ImportPreview(List<String> header, Map<ImportColumn, String> mapping, List<List<String>> firstRows) {
}

package br.com.patritech.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import br.com.patritech.base.NotFoundException;
import br.com.patritech.base.Translations;
import br.com.patritech.base.Violations;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.CurrentUser;
import br.com.patritech.security.Permission;

/**
 * Importing assets from a spreadsheet (decision 0014): take the upload into a temporary file, propose a mapping of its
 * columns, start a background job, follow it, and give back the refused rows. Importing needs the ASSET_CREATE flag in
 * some unit (rows for other units are refused one by one); a job is seen by the user who started it and by
 * administrators, and by nobody else (as an unknown job).
 */
@Service
public class ImportService {

    private static final int PREVIEW_ROWS = 5;

    private final ImportJobStore store;
    private final ImportRunner runner;
    private final CurrentUser currentUser;
    private final Translations translations;

    ImportService(ImportJobStore store, ImportRunner runner, CurrentUser currentUser, Translations translations) {
        this.store = store;
        this.runner = runner;
        this.currentUser = currentUser;
        this.translations = translations;
    }

    /** Whether the signed-in user may import into at least one unit. */
    public boolean mayImport() {
        return currentUser.get().map(u -> !u.unitsFor(Permission.ASSET_CREATE).isEmpty()).orElse(false);
    }

    /** Copies the upload into a temporary file the import owns (deleted when its job ends). */
    public Path receive(InputStream upload) throws IOException {
        requireImporter();
        Path file = Files.createTempFile("patritech-import-", ".upload");
        Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    /** The file's headers, the proposed mapping and its first rows; refuses a file that is not a spreadsheet. */
    public ImportPreview preview(Path file) throws IOException {
        AppUser user = requireImporter();
        List<List<String>> rows = new ArrayList<>();
        List<String> header = ImportFile.read(file, PREVIEW_ROWS, line -> rows.add(line.cells()));
        return new ImportPreview(header, proposedMapping(header, store.mapping(user.id())), rows);
    }

    /**
     * Starts importing the received file with this mapping (column to header); remembers the mapping as the user's
     * last. A mapping that leaves out a required column or names a header the file lacks is refused ("mapping").
     */
    public ImportJob start(Path file, String fileName, Map<ImportColumn, String> mapping, ImportMode mode,
                           boolean createPlaces, Locale locale) throws IOException {
        AppUser user = requireImporter();
        List<String> header = ImportFile.read(file, 0, line -> { });
        Map<ImportColumn, Integer> indexes = indexes(header, mapping, Translations.supported(locale));
        String name = fileName == null || fileName.isBlank() ? "arquivo" : fileName.strip();
        name = name.length() > 255 ? name.substring(name.length() - 255) : name;
        long id = store.create(user.id(), user.name(), name, Translations.supported(locale).toLanguageTag(),
                mode == null ? ImportMode.VALID_ONLY : mode, header);
        store.saveMapping(user.id(), mapping);
        runner.submit(new ImportRunner.Work(id, file, name, indexes, header, mode == null ? ImportMode.VALID_ONLY
                : mode, createPlaces, user, Translations.supported(locale)));
        return job(id);
    }

    public ImportJob job(long id) {
        requireOwn(id);
        return store.find(id).orElseThrow(() -> new NotFoundException("import", id));
    }

    /** The user's most recent import, to come back to its progress or result. */
    public Optional<ImportJob> latest() {
        return store.latest(currentUser.require().id());
    }

    public List<ImportRejection> rejections(long id, int offset, int limit) {
        requireOwn(id);
        return store.rejections(id, Math.max(0, offset), Math.max(1, Math.min(limit, 500)));
    }

    public long rejectionCount(long id) {
        requireOwn(id);
        return store.rejectionCount(id);
    }

    /** The refused rows as they came, with a last column "erro", to fix and upload again. */
    public void writeRejected(long id, ExportFormat format, Locale locale, java.io.OutputStream out)
            throws IOException {
        requireOwn(id);
        ImportTemplates.writeRejected(store, translations, id, format, locale, out);
    }

    private Map<ImportColumn, Integer> indexes(List<String> header, Map<ImportColumn, String> mapping,
                                               Locale locale) {
        Violations violations = new Violations();
        Map<ImportColumn, Integer> indexes = new EnumMap<>(ImportColumn.class);
        Set<Integer> used = new HashSet<>();
        mapping.forEach((column, name) -> {
            int index = name == null ? -1 : header.indexOf(name);
            if (index < 0) {
                violations.add("mapping", "import.mapping.unknown-header", name == null ? "" : name);
            } else if (!used.add(index)) {
                violations.add("mapping", "import.mapping.header-twice", name);
            } else {
                indexes.put(column, index);
            }
        });
        ImportColumn.REQUIRED.stream().filter(c -> !mapping.containsKey(c))
                .forEach(c -> violations.add("mapping", "import.mapping.required",
                        translations.getTranslation("import.column." + c.name(), locale)));
        violations.throwIfAny();
        return indexes;
    }

    private static Map<ImportColumn, String> proposedMapping(List<String> header, Map<String, String> remembered) {
        Map<ImportColumn, String> mapping = new EnumMap<>(ImportColumn.class);
        remembered.forEach((column, name) -> {
            if (header.contains(name)) {
                try {
                    mapping.put(ImportColumn.valueOf(column), name);
                } catch (IllegalArgumentException ignored) {
                    // a column that no longer exists
                }
            }
        });
        for (String name : header) {
            ImportColumn.guess(name).filter(c -> !mapping.containsKey(c) && !mapping.containsValue(name))
                    .ifPresent(c -> mapping.put(c, name));
        }
        return mapping;
    }

    private AppUser requireImporter() {
        AppUser user = currentUser.require();
        if (user.unitsFor(Permission.ASSET_CREATE).isEmpty()) {
            throw new AccessDeniedException("No permission to import assets");
        }
        return user;
    }

    private void requireOwn(long id) {
        AppUser user = currentUser.require();
        Long owner = store.owner(id).orElseThrow(() -> new NotFoundException("import", id));
        if (!user.isAdmin() && owner != user.id()) {
            throw new NotFoundException("import", id);
        }
    }
}

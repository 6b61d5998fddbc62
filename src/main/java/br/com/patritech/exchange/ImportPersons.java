package br.com.patritech.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;

import br.com.patritech.assets.AssetAction;
import br.com.patritech.assets.AssetCustodyPort.CustodyAsset;
import br.com.patritech.assets.AssetForm;
import br.com.patritech.assets.AssetImports;
import br.com.patritech.assets.AssetStatus;
import br.com.patritech.base.DomainException;
import br.com.patritech.custody.CustodyImports;
import br.com.patritech.custody.CustodyImports.ImportPerson;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;

/**
 * The responsible people a file names (custody, decision 0009), resolved a batch at a time: by CPF (unique among
 * people) or, for a row without a CPF, by name among the people of the asset's unit; one query per batch for what
 * earlier batches did not already find. When the user allowed creating what is missing, a person named by CPF and name
 * is registered in the asset's unit through the people form's rules and rights. Custody's rules apply row by row: the
 * user manages custody (ASSET_EDIT) in the person's unit, the person is active and of the asset's unit, and the
 * asset's state allows custody. The written assets are then put in their person's custody, pending acceptance.
 */
final class ImportPersons {

    private final CustodyImports custody;
    private final boolean create;
    private final AppUser user;
    /** By CPF digits: the person, or empty when there is none. */
    private final Map<String, Optional<ImportPerson>> byCpf = new HashMap<>();
    /** By {@link CustodyImports#nameKey}: the people of that unit with that name (perhaps none, perhaps several). */
    private final Map<String, List<ImportPerson>> byName = new HashMap<>();
    /** CPFs whose registration was refused, with the refusal, so that it is tried once per job. */
    private final Map<String, ImportRowReader.Problem> refused = new HashMap<>();

    ImportPersons(CustodyImports custody, boolean create, AppUser user) {
        this.custody = custody;
        this.create = create;
        this.user = user;
    }

    /** Finds (or registers) the person each row names; what is wrong becomes that row's problem. */
    void resolve(List<ImportRowReader.Read> reads) {
        Set<String> cpfs = new HashSet<>();
        Set<Long> units = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (ImportRowReader.Read read : reads) {
            ImportRowReader.Responsible r = read.responsible();
            if (r == null) {
                continue;
            }
            if (r.cpf != null && !byCpf.containsKey(r.cpf)) {
                cpfs.add(r.cpf);
            } else if (r.cpfText == null && read.form().getUnitId() != null
                    && !byName.containsKey(CustodyImports.nameKey(read.form().getUnitId(), r.name))) {
                units.add(read.form().getUnitId());
                names.add(r.name.trim());
            }
        }
        if (!cpfs.isEmpty()) {
            Map<String, ImportPerson> found = custody.byCpf(cpfs);
            cpfs.forEach(cpf -> byCpf.put(cpf, Optional.ofNullable(found.get(cpf))));
        }
        if (!names.isEmpty()) {
            Map<String, List<ImportPerson>> found = custody.byName(units, names);
            for (long unit : units) {
                for (String name : names) {
                    String key = CustodyImports.nameKey(unit, name);
                    byName.put(key, found.getOrDefault(key, List.of()));
                }
            }
        }
        for (ImportRowReader.Read read : reads) {
            ImportRowReader.Responsible r = read.responsible();
            if (r == null || (r.cpfText != null && r.cpf == null)) {
                continue; // nobody named, or a CPF already refused by the reader
            }
            Long unitId = read.form().getUnitId();
            ImportPerson person = r.cpf != null ? byCpfOrCreated(read, r) : byNameInUnit(read, r, unitId);
            if (person != null) {
                String problem = problem(person, read.form());
                if (problem == null) {
                    r.person = person;
                } else {
                    read.problems().add(new ImportRowReader.Problem(r.column(), problem, r.typed()));
                }
            }
        }
    }

    private ImportPerson byCpfOrCreated(ImportRowReader.Read read, ImportRowReader.Responsible r) {
        ImportPerson person = byCpf.get(r.cpf).orElse(null);
        if (person != null) {
            return person;
        }
        Long unitId = read.form().getUnitId();
        if (!create) {
            read.problems().add(new ImportRowReader.Problem(r.column(), "import.person.unknown", r.typed()));
        } else if (r.name == null) {
            read.problems().add(new ImportRowReader.Problem(r.column(), "import.person.name-needed", r.typed()));
        } else if (refused.containsKey(r.cpf)) {
            read.problems().add(refused.get(r.cpf));
        } else if (unitId != null && user.unitsFor(Permission.ASSET_CREATE).contains(unitId)) {
            // a unit the user may not import into is that row's error already: nobody is registered for it
            try {
                person = custody.create(r.name, r.cpf, unitId);
                byCpf.put(r.cpf, Optional.of(person));
                return person;
            } catch (AccessDeniedException | br.com.patritech.base.NotFoundException e) {
                refuse(read, r, new ImportRowReader.Problem(r.column(), "import.person.create-not-permitted",
                        r.typed()));
            } catch (DomainException e) {
                DomainException.Violation first = e.getViolations().isEmpty() ? null : e.getViolations().get(0);
                ImportColumn column = first != null && "name".equals(first.field()) ? ImportColumn.RESPONSIBLE_NAME
                        : r.column();
                refuse(read, r, first == null ? new ImportRowReader.Problem(column, "import.person.invalid", r.typed())
                        : new ImportRowReader.Problem(column, first.messageKey(), first.args()));
            }
        }
        return null;
    }

    private void refuse(ImportRowReader.Read read, ImportRowReader.Responsible r, ImportRowReader.Problem problem) {
        refused.put(r.cpf, problem);
        read.problems().add(problem);
    }

    private ImportPerson byNameInUnit(ImportRowReader.Read read, ImportRowReader.Responsible r, Long unitId) {
        if (unitId == null) {
            return null; // the unit is that row's error already
        }
        List<ImportPerson> found = byName.getOrDefault(CustodyImports.nameKey(unitId, r.name), List.of());
        if (found.size() == 1) {
            return found.get(0);
        }
        read.problems().add(new ImportRowReader.Problem(ImportColumn.RESPONSIBLE_NAME, found.isEmpty()
                ? (create ? "import.person.cpf-needed" : "import.person.unknown") : "import.person.ambiguous",
                r.name));
        return null;
    }

    /** Custody's rules for this person and asset, or null when the asset may go into their custody. */
    private String problem(ImportPerson person, AssetForm form) {
        if (!user.unitsFor(Permission.ASSET_EDIT).contains(person.unitId())) {
            return "import.person.not-permitted";
        }
        if (form.getUnitId() != null && form.getUnitId() != person.unitId()) {
            return "import.person.other-unit";
        }
        if (!person.active()) {
            return "import.person.inactive";
        }
        AssetStatus status = form.getStatus() == null ? AssetStatus.ATIVO : form.getStatus();
        if (!status.allows(AssetAction.CUSTODY)) {
            return "import.person.state";
        }
        return null;
    }

    /** The custodian each form goes in with (the person its row named), by index; null for none. */
    List<Long> custodians(List<ImportRowReader.Read> reads) {
        List<Long> custodians = new ArrayList<>(reads.size());
        for (ImportRowReader.Read read : reads) {
            ImportRowReader.Responsible r = read.responsible();
            custodians.add(r == null || r.person == null ? null : r.person.id());
        }
        return custodians;
    }

    /**
     * Records the custody of the batch's written assets (registered with their custodian): one pending termo de
     * responsabilidade per person, assignments and history entries. Runs in the batch's transaction.
     */
    void assign(List<ImportRowReader.Read> goodReads, AssetImports.Written written) {
        Map<Long, List<CustodyAsset>> byPerson = new LinkedHashMap<>();
        for (int i = 0; i < goodReads.size(); i++) {
            ImportRowReader.Read read = goodReads.get(i);
            Long id = written.id(i);
            if (id == null || read.responsible() == null || read.responsible().person == null) {
                continue;
            }
            AssetForm form = read.form();
            byPerson.computeIfAbsent(read.responsible().person.id(), k -> new ArrayList<>()).add(new CustodyAsset(
                    id, 0, form.getUnitId(), form.getRoomId(), written.tombo(i), form.getName().trim(),
                    form.getSerialNumber() == null || form.getSerialNumber().isBlank() ? null
                            : form.getSerialNumber().trim(),
                    form.getAcquisitionValue().setScale(2, java.math.RoundingMode.UNNECESSARY),
                    form.getStatus() == null ? AssetStatus.ATIVO : form.getStatus(), read.responsible().person.id(),
                    true));
        }
        custody.assignImported(byPerson, user);
    }
}

package br.com.patritech.custody;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.assets.AssetCustodyPort;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.custody.PeopleService.PersonSummary;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.CurrentUser;

/** Who answers for an asset now (asset page), and "Meus bens" for the person linked to the signed-in account. */
@Service
public class CustodyReads {

    /** The current custody of an asset; {@code mayManage}: the caller may assign or return it. */
    public record AssetCustody(long personId, String personLabel, long termId, String termNumber, boolean pending,
                               boolean mayManage) {
    }

    /** An asset in the person's custody, with the term that gave it. */
    public record HeldAsset(long assetId, String tombo, String name, String serialNumber, BigDecimal value,
                            long termId, String termNumber, boolean pending) {
    }

    public record MyCustody(PersonSummary person, List<HeldAsset> assets, List<TermSummary> waiting) {
    }

    private final PeopleService peopleService;
    private final AssignmentRepository assignments;
    private final TermRepository terms;
    private final TermIssuer issuer;
    private final AssetCustodyPort port;
    private final CurrentUser currentUser;

    CustodyReads(PeopleService peopleService, AssignmentRepository assignments, TermRepository terms,
                 TermIssuer issuer, AssetCustodyPort port, CurrentUser currentUser) {
        this.peopleService = peopleService;
        this.assignments = assignments;
        this.terms = terms;
        this.issuer = issuer;
        this.port = port;
        this.currentUser = currentUser;
    }

    /** Empty when nobody answers for the asset; not found when the asset is outside the caller's units. */
    @Transactional(readOnly = true)
    public Optional<AssetCustody> ofAsset(long assetId) {
        AppUser user = currentUser.require();
        var asset = port.load(List.of(assetId)).stream().filter(a -> user.visibleUnits().contains(a.unitId()))
                .findFirst().orElseThrow(() -> new NotFoundException("asset", assetId));
        return assignments.findByOpenAssetId(assetId).map(open -> {
            Person person = peopleService.visible(open.getPersonId(), user);
            Term term = terms.findById(open.getTermId()).orElseThrow();
            return new AssetCustody(person.getId(), person.label(), term.getId(), term.getNumber(),
                    asset.pending(), peopleService.mayManage(asset.unitId()));
        });
    }

    /** Empty when the signed-in account is linked to no person. */
    @Transactional(readOnly = true)
    public Optional<MyCustody> mine() {
        return peopleService.mine().map(person -> {
            List<Assignment> held = assignments.findByPersonIdAndOpenAssetIdIsNotNull(person.id());
            Map<Long, Term> termById = terms.findAllById(held.stream().map(Assignment::getTermId).distinct().toList())
                    .stream().collect(Collectors.toMap(Term::getId, Function.identity()));
            var assets = port.load(held.stream().map(Assignment::getAssetId).toList());
            List<HeldAsset> rows = held.stream().map(a -> {
                var asset = assets.stream().filter(x -> x.id() == a.getAssetId()).findFirst().orElseThrow();
                Term term = termById.get(a.getTermId());
                return new HeldAsset(asset.id(), asset.tombo(), asset.name(), asset.serialNumber(), asset.value(),
                        term.getId(), term.getNumber(), term.getAcceptance() == null);
            }).sorted(java.util.Comparator.comparing(HeldAsset::tombo)).toList();
            List<TermSummary> waiting = terms.findByPersonIdAndKindAndAcceptanceIsNullOrderByIssuedAtDesc(person.id(),
                    TermKind.RESPONSABILIDADE).stream().map(issuer::summary).filter(TermSummary::current).toList();
            return new MyCustody(person, rows, waiting);
        });
    }
}

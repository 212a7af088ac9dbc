package org.supervision.plan.region;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;

/**
 * The regions of the deployment: kept by supervisors and admins, read by the unit directory to
 * resolve a plan's names. The home region (supervision.directory.home-region) is the region of a
 * plan that names none and of units stored before regions existed.
 */
@ApplicationScoped
@Transactional
public class Regions {

    private final RegionRepository regions;
    private final Optional<String> homeCode;

    public Regions(RegionRepository regions,
                   @ConfigProperty(name = "supervision.directory.home-region") Optional<String> homeCode) {
        this.regions = regions;
        this.homeCode = homeCode.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The configured home region's code, whether or not the directory has it yet. */
    public String homeCode() {
        return homeCode.orElse(null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RegionMap map() {
        return RegionMap.of(regions.listAllWithPrefixes(), homeCode());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Region> all() {
        return regions.listAllWithPrefixes();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Region> find(String code) {
        return code == null ? Optional.empty() : regions.findByIdOptional(code.strip());
    }

    /** A region code a request names, checked: 400 naming {@code field} when the directory has no such region. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String known(String code, String field) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (find(code).isEmpty()) {
            throw new ProblemException(Problem.badRequest("No such region.", List.of(new Problem.Violation(field,
                    "unknown-region", code.strip() + " is not a region of the directory (GET /api/v1/units/regions)"))));
        }
        return code.strip();
    }

    /**
     * The region of a plan: the one the request names (checked, 400 naming {@code field}), else the one its
     * issuer, title or document number names (钦州市人民政府办公室, 钦政办〔2024〕2号), else the home region.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public IssuingRegion issuing(String requested, String field, String issuer, String title, String docNumber) {
        if (requested != null && !requested.isBlank()) {
            String code = known(requested, field);
            return new IssuingRegion(code, regions.findById(code).name, IssuingRegion.How.GIVEN);
        }
        RegionMap map = map();
        if (map.isEmpty()) {
            return new IssuingRegion(null, null, IssuingRegion.How.NONE);
        }
        return map.issuerOf(issuer, title, docNumber)
                .map(p -> new IssuingRegion(p.code(), p.name(), IssuingRegion.How.INFERRED))
                .orElseGet(() -> map.place(map.home())
                        .map(p -> new IssuingRegion(p.code(), p.name(), IssuingRegion.How.HOME))
                        .orElse(new IssuingRegion(null, null, IssuingRegion.How.NONE)));
    }

    public Region create(RegionRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        String code = request.code().strip();
        String parentCode = blankToNull(request.parentCode());
        if (parentCode == null && request.level() != RegionLevel.PROVINCE) {
            violations.add(new Problem.Violation("parentCode", "required", "a " + request.level() + " has a parent region"));
        } else if (parentCode != null) {
            Optional<Region> parent = regions.findByIdOptional(parentCode);
            if (parent.isEmpty()) {
                violations.add(new Problem.Violation("parentCode", "unknown-region", parentCode + " is not a region of the directory"));
            } else if (!request.level().mayHaveParent(parent.get().level)) {
                violations.add(new Problem.Violation("parentCode", "level", "a " + request.level() + " cannot lie under a "
                        + parent.get().level));
            }
        }
        List<String> prefixes = request.prefixes() == null ? List.of() : request.prefixes().stream().map(String::strip).toList();
        if (regions.findByIdOptional(code).isPresent()) {
            violations.add(new Problem.Violation("code", "unique", "a region with code " + code + " exists"));
        }
        if (!violations.isEmpty()) {
            boolean onlyTaken = violations.stream().allMatch(v -> "unique".equals(v.rule()));
            String detail = "The region cannot be saved as it is.";
            throw new ProblemException(onlyTaken ? Problem.conflict(detail, violations) : Problem.badRequest(detail, violations));
        }
        Region region = new Region();
        region.code = code;
        region.name = request.name().strip();
        region.level = request.level();
        region.parentCode = parentCode;
        region.abbreviation = blankToNull(request.abbreviation());
        region.prefixes = new LinkedHashSet<>(prefixes);
        region.prefixes.add(region.name); // its own name is always one its units may carry
        regions.persist(region);
        regions.flush(); // a code another request took meanwhile fails here (409), not at commit
        return region;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package org.supervision.plan.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.supervision.plan.plan.Plan;
import org.supervision.plan.plan.PlanDocument;
import org.supervision.plan.plan.PlanRepository;
import org.supervision.plan.plan.PlanZone;
import org.supervision.plan.plan.PlanWarning;
import org.supervision.plan.region.IssuingRegion;
import org.supervision.plan.region.Regions;
import org.supervision.plan.suggestion.LeadUnitSuggestions;
import org.supervision.plan.unit.UnitDirectory;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Import of a plan document: read the file, parse it, resolve its units, and (unless a dry run)
 * store it as a draft for review. Reading and parsing happen outside the transaction, which only
 * holds the insert; a keyed import (Idempotency-Key) runs in one that also records its answer, and the
 * insert joins it.
 */
@ApplicationScoped
public class PlanImports {


    /** The draft as the API shows it, whether it was stored, and how long reading and parsing took. */
    public record Result(Plan plan, PlanDocument document, boolean stored, long parseNanos) {
    }

    private final PlanDocumentParser parser = new PlanDocumentParser();
    private final UnitDirectory directory;
    private final PlanRepository plans;
    private final Clock clock;
    private final PlanSources sources;
    private final Regions regions;
    private final LeadUnitSuggestions suggestions;

    public PlanImports(UnitDirectory directory, PlanRepository plans, Clock clock, PlanSources sources, Regions regions,
                       LeadUnitSuggestions suggestions) {
        this.directory = directory;
        this.plans = plans;
        this.clock = clock;
        this.sources = sources;
        this.regions = regions;
        this.suggestions = suggestions;
    }

    /** @throws UnreadableDocumentException when the file is no document we read; nothing is stored then */
    public Result importDocument(SourceDocument source, boolean dryRun, String caller) {
        return importDocument(source, dryRun, caller, null);
    }

    /**
     * @param regionCode the region the plan was issued in; null: the one its issuer, title or document
     *                   number names, else the home region
     * @throws UnreadableDocumentException when the file is no document we read; nothing is stored then
     * @throws org.supervision.platform.api.ProblemException (400) when {@code regionCode} is no region
     */
    public Result importDocument(SourceDocument source, boolean dryRun, String caller, String regionCode) {
        long start = System.nanoTime();
        regions.known(regionCode, "region"); // a wrong parameter is refused before the document is read
        DocumentText.Read read = DocumentText.read(source);
        ParsedPlan parsed = withTitle(parser.parse(read.text()), read.title());
        OffsetDateTime now = OffsetDateTime.now(clock);
        PlanHeader header = parsed.header();
        IssuingRegion region = regions.issuing(regionCode, "region", header.issuer(), header.title(), header.docNumber());
        PlanPeriod period = PlanPeriod.find(header.title(), read.text()).orElse(null);
        Plan draft = PlanDrafts.draft(parsed, period, directory.index(region.code()), baseName(source.fileName()), read, caller, now,
                LocalDate.now(clock.withZone(PlanZone.ZONE)));
        draft.regionCode = region.code();
        if (region.how() == IssuingRegion.How.HOME) {
            List<PlanWarning> warnings = new ArrayList<>(draft.warnings);
            String issuer = header.issuer() == null ? "" : " ('" + header.issuer() + "')";
            warnings.add(0, new PlanWarning(PlanDrafts.REGION_ASSUMED, null, "Neither the issuer" + issuer + " nor the title"
                    + " nor the document number names a region of the directory; the plan's units were resolved as "
                    + region.name() + "'s (" + region.code() + "). Add its region (POST /api/v1/units/regions) or import it"
                    + " with region=<code> if it is another region's.", null));
            draft.warnings = warnings;
        }
        if (!read.notes().isEmpty()) {
            List<PlanWarning> warnings = new ArrayList<>();
            read.notes().forEach(note -> warnings.add(new PlanWarning(note.code(), null, note.message(), null)));
            warnings.addAll(draft.warnings);
            draft.warnings = warnings;
        }
        // advice for measures that name no lead, in the answer only: never an assignment
        suggestions.suggest(draft, TextNormaliser::parseForm);
        long parseNanos = System.nanoTime() - start;
        if (dryRun) {
            return new Result(draft, PlanDocument.of(draft, false), false, parseNanos);
        }
        QuarkusTransaction.joiningExisting().run(() -> {
            plans.persist(draft);
            // the original is the record; kept with the draft in the same transaction
            sources.keep(draft.id, source, read.format(), now);
        });
        return new Result(draft, PlanDocument.of(draft, true), true, parseNanos);
    }

    /**
     * The title the file marks (a Word title paragraph) over the one the parser guessed from the
     * lines above the first heading; its year, when the parser found none.
     */
    static ParsedPlan withTitle(ParsedPlan parsed, String title) {
        if (title == null || title.isBlank()) {
            return parsed;
        }
        PlanHeader h = parsed.header();
        Integer year = h.year();
        java.util.regex.Matcher y = java.util.regex.Pattern.compile("(20\\d{2})").matcher(title);
        if (y.find() && (year == null || h.title() == null || !h.title().contains(y.group(1)))) {
            year = Integer.valueOf(y.group(1));
        }
        return new ParsedPlan(new PlanHeader(title.strip(), h.docNumber(), h.issuer(), h.issuedOn(), year), parsed.measures(),
                parsed.warnings());
    }

    private static String baseName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}

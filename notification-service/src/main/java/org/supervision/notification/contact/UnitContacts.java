package org.supervision.notification.contact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.supervision.notification.unit.Unit;
import org.supervision.notification.unit.UnitDirectory;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The e-mail addresses of each unit, as supervisors maintain them: only for a unit the suite knows
 * (the {@link UnitDirectory}); a retired unit's can be read and removed, not added to.
 */
@ApplicationScoped
public class UnitContacts {

    public static final String OFFICER = "OFFICER";
    public static final String LEADER = "LEADER";

    private final EntityManager entityManager;
    private final UnitDirectory directory;

    public UnitContacts(EntityManager entityManager, UnitDirectory directory) {
        this.entityManager = entityManager;
        this.directory = directory;
    }

    /** What is stored for the code, with the unit's name and status (both null for a code the suite does not know). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitContactsView of(String unitCode) {
        Optional<Unit> unit = directory.byCode(unitCode);
        return new UnitContactsView(unitCode, unit.map(u -> u.name).orElse(null), unit.map(u -> u.status).orElse(null),
                addresses(unitCode, OFFICER), addresses(unitCode, LEADER), digest(unitCode));
    }

    /** True when the unit's officers get one mail a day listing the day's items instead of one mail per item. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean digest(String unitCode) {
        return !entityManager.createNativeQuery("select 1 from unit_mail_preference where unit_code = ?1 and digest")
                .setParameter(1, unitCode).getResultList().isEmpty();
    }

    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> addresses(String unitCode, String audience) {
        return entityManager.createNativeQuery(
                        "select email from unit_contact where unit_code = ?1 and audience = ?2 order by email")
                .setParameter(1, unitCode).setParameter(2, audience).getResultList();
    }

    /** The addresses of several units in one query, by unit code and audience (the dispatcher asks for a whole batch). */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Map<String, List<String>>> addressesOf(Collection<String> unitCodes) {
        Map<String, Map<String, List<String>>> book = new HashMap<>();
        if (unitCodes.isEmpty()) {
            return book;
        }
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select unit_code, audience, email from unit_contact where unit_code in (?1) order by unit_code, email")
                .setParameter(1, unitCodes).getResultList();
        for (Object[] row : rows) {
            book.computeIfAbsent((String) row[0], unit -> new HashMap<>())
                    .computeIfAbsent((String) row[1], audience -> new ArrayList<>()).add((String) row[2]);
        }
        return book;
    }

    /** Which of these units asked for a daily digest, in one query (the dispatcher asks for a whole batch). */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> digestUnits(Collection<String> unitCodes) {
        if (unitCodes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<String>(entityManager.createNativeQuery(
                        "select unit_code from unit_mail_preference where unit_code in (?1) and digest")
                .setParameter(1, unitCodes).getResultList());
    }

    /**
     * Replaces the unit's addresses as a whole: what the request does not name is removed. 422
     * {@code unknown-unit} for a code no unit event has named, {@code retired-unit} when the request
     * names an address a retired unit does not have already: nobody is to be told of its work any more,
     * but its addresses (personal data) can still be removed.
     */
    @Transactional
    public UnitContactsView replace(String unitCode, UnitContactsRequest request) {
        Unit unit = directory.byCode(unitCode).orElseThrow(() -> new ProblemException(Problem.unprocessable("Unknown unit",
                "No unit with this code is known to the suite; units come from the unit directory (plan-service).",
                List.of(new Problem.Violation("unitCode", "unknown-unit", unitCode + " is not a known unit")))));
        if (!unit.active() && addsAddresses(unitCode, request)) {
            throw new ProblemException(Problem.unprocessable("Retired unit",
                    "A retired unit's addresses can be read and removed, not added to.",
                    List.of(new Problem.Violation("unitCode", "retired-unit", unitCode + " is retired"))));
        }
        entityManager.createNativeQuery("delete from unit_contact where unit_code = ?1").setParameter(1, unitCode)
                .executeUpdate();
        insert(unitCode, request.officers(), OFFICER);
        insert(unitCode, request.leaders(), LEADER);
        entityManager.createNativeQuery("""
                        insert into unit_mail_preference (unit_code, digest) values (?1, ?2)
                        on conflict (unit_code) do update set digest = excluded.digest""")
                .setParameter(1, unitCode).setParameter(2, Boolean.TRUE.equals(request.digest())).executeUpdate();
        return of(unitCode);
    }

    private boolean addsAddresses(String unitCode, UnitContactsRequest request) {
        return !Set.copyOf(addresses(unitCode, OFFICER)).containsAll(stripped(request.officers()))
                || !Set.copyOf(addresses(unitCode, LEADER)).containsAll(stripped(request.leaders()));
    }

    private static List<String> stripped(List<String> emails) {
        return emails.stream().map(String::strip).distinct().toList();
    }

    private void insert(String unitCode, List<String> emails, String audience) {
        for (String email : stripped(emails)) {
            entityManager.createNativeQuery(
                            "insert into unit_contact (unit_code, email, audience) values (?1, ?2, ?3) on conflict do nothing")
                    .setParameter(1, unitCode).setParameter(2, email).setParameter(3, audience).executeUpdate();
        }
    }
}

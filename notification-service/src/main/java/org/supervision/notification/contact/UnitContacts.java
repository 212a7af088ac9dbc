package org.supervision.notification.contact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The e-mail addresses of each unit, as supervisors maintain them. */
@ApplicationScoped
public class UnitContacts {

    public static final String OFFICER = "OFFICER";
    public static final String LEADER = "LEADER";

    private final EntityManager entityManager;

    public UnitContacts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitContactsView of(String unitCode) {
        return new UnitContactsView(unitCode, addresses(unitCode, OFFICER), addresses(unitCode, LEADER), digest(unitCode));
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

    /** Replaces the unit's addresses as a whole: what the request does not name is removed. */
    @Transactional
    public UnitContactsView replace(String unitCode, UnitContactsRequest request) {
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

    private void insert(String unitCode, List<String> emails, String audience) {
        for (String email : emails.stream().map(String::strip).distinct().toList()) {
            entityManager.createNativeQuery(
                            "insert into unit_contact (unit_code, email, audience) values (?1, ?2, ?3) on conflict do nothing")
                    .setParameter(1, unitCode).setParameter(2, email).setParameter(3, audience).executeUpdate();
        }
    }
}

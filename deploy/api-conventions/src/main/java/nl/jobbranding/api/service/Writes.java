package nl.jobbranding.api.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Writes the unit of work to the database inside the service method, so that a lost race shows up as a clear
 * answer: a concurrent update as a stale version (412), a concurrent insert of the same key as a conflict (409).
 */
public final class Writes {

    private Writes() {
    }

    public static void flush(EntityManager entityManager, String what) {
        try {
            entityManager.flush();
        } catch (OptimisticLockException e) {
            throw ServiceException.stale(what, null);
        } catch (PersistenceException e) {
            ConstraintViolationException violation = e instanceof ConstraintViolationException direct ? direct
                    : e.getCause() instanceof ConstraintViolationException cause ? cause : null;
            if (violation != null && violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
                throw ServiceException.conflict("Already exists",
                        "A " + what + " with the same identifying fields was created at the same moment.");
            }
            throw e;
        }
    }
}

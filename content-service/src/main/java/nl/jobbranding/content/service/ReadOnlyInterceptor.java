package nl.jobbranding.content.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/** Runs a {@link ReadOnly} method in a read-only transaction (see there). */
@ReadOnly
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
class ReadOnlyInterceptor {

    @jakarta.inject.Inject
    Session session;

    @AroundInvoke
    Object readOnly(InvocationContext invocation) throws Exception {
        if (QuarkusTransaction.isActive()) {
            return invocation.proceed();
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                session.setDefaultReadOnly(true);
                session.setHibernateFlushMode(FlushMode.MANUAL);
                return invocation.proceed();
            });
        } catch (io.quarkus.narayana.jta.QuarkusTransactionException e) {
            // a checked exception of the method itself, wrapped by the transaction: thrown as it was
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}

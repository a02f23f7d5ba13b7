package nl.jobbranding.runtime.contract;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Puts {@link ContractFilter} among RestAssured's filters before every {@code @QuarkusTest} method. A module turns the
 * contract suite on for all its tests, present and future, with one line in
 * {@code src/test/resources/META-INF/services/io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback}.
 */
public class ContractCheck implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(ContractFilter.INSTANCE)) {
            RestAssured.filters(ContractFilter.INSTANCE);
        }
    }
}

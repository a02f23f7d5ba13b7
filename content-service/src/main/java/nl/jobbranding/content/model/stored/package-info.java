/**
 * The stored forms of what content-service keeps as JSON: a story's content (current and per revision), a revision's
 * pre-screen and a review's verdicts. They are the storage model, apart from the API records: each carries its
 * {@code schema} version, only {@code nl.jobbranding.content.mapping.StoredForms} maps them to and from the API and
 * screening records, and a change of form is a new version (a record {@code ...V2}, a mapping from V1 and, where
 * stored rows are rewritten, a Flyway migration), never an edit of a version already stored.
 */
package nl.jobbranding.content.model.stored;

package app.rounddown.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.core.Response;

/**
 * Safe retries for API POSTs. With an Idempotency-Key, the change and its answer are saved in one transaction: a
 * repeat of the key returns the saved answer without doing the work again, and a key reused for a different request
 * is refused. When the database connection is lost while committing, nobody can know whether the change was saved,
 * and the answer says so ({@link CommitOutcomeUnknown}); a retry with the same key is then always safe.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class Idempotency {
    @Inject
    IdempotencyKey idempotencyKey;
    @Inject
    IdempotentAnswers answers;
    @Inject
    Viewer viewer;
    @Inject
    UserTransaction transaction;

    @AroundInvoke
    Object once(InvocationContext invocation) throws Exception {
        if (!idempotencyKey.present() || viewer.actorId() == null) {
            return invocation.proceed();
        }
        long user = viewer.actorId();
        transaction.begin();
        Object result;
        try {
            // A second request with this key waits here until the first one's transaction ends, then finds its answer.
            if (!answers.claim(user, idempotencyKey)) {
                throw answers.earlier(user, idempotencyKey);
            }
            result = invocation.proceed();
            Response response = result instanceof Response r ? r : null;
            int status = response != null ? response.getStatus() : result == null ? 204 : 200;
            if (status < 200 || status > 299 || transaction.getStatus() != Status.STATUS_ACTIVE) {
                transaction.rollback();
                return result;
            }
            answers.keep(user, idempotencyKey, status, response != null ? response.getEntity() : result);
        } catch (Exception | Error failure) {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
            throw failure;
        }
        try {
            transaction.commit();
        } catch (RollbackException | HeuristicMixedException | HeuristicRollbackException | SystemException lost) {
            throw new CommitOutcomeUnknown(lost);
        }
        return result;
    }
}

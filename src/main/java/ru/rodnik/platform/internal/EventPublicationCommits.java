package ru.rodnik.platform.internal;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.function.SingletonSupplier;
import ru.rodnik.platform.AsynchronousCommit;

/**
 * Spring Modulith marks each event publication as processing and then as completed (or failed), each in a
 * transaction of its own, around every listener's work: two commits per event that, like the listener's, need not
 * wait for the disk. A lost mark is recovered: the publication was stored by the commit that published the event,
 * stays incomplete, goes stale and is delivered again ({@code EventRedelivery}), and every listener is idempotent. So
 * the repository's marks ask for an {@link AsynchronousCommit}; storing a publication does not, since it belongs to
 * the publisher's transaction, whose commit answers a caller.
 *
 * <p>At a hundred signals a second this spares the disk two of every three flushes a signal asked for.
 */
@Component
class EventPublicationCommits implements BeanPostProcessor {

    // Looked up when first needed, then kept: a post-processor that needed the data source at its own creation would
    // create it before the other post-processors are ready, and the marks are on every event's path.
    private final SingletonSupplier<JdbcClient> jdbc;

    EventPublicationCommits(ObjectProvider<JdbcClient> jdbc) {
        this.jdbc = SingletonSupplier.of(jdbc::getObject);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof EventPublicationRepository)) {
            return bean;
        }
        ProxyFactory proxy = new ProxyFactory(bean);
        proxy.setInterfaces(EventPublicationRepository.class);
        proxy.addAdvice((MethodInterceptor) invocation -> {
            if (invocation.getMethod().getName().startsWith("mark")
                    && TransactionSynchronizationManager.isActualTransactionActive()) {
                AsynchronousCommit.request(jdbc.obtain());
            }
            return invocation.proceed();
        });
        return proxy.getProxy(bean.getClass().getClassLoader());
    }
}

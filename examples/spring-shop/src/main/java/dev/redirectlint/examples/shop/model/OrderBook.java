package dev.redirectlint.examples.shop.model;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/** An in-memory store of orders, enough for the example. */
@Component
public class OrderBook {

    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, OrderForm> orders = new ConcurrentHashMap<>();

    public long place(OrderForm form) {
        long id = ids.incrementAndGet();
        orders.put(id, form);
        return id;
    }

    public boolean cancel(long id) {
        return orders.remove(id) != null;
    }

    public List<OrderForm> all() {
        return List.copyOf(orders.values());
    }
}

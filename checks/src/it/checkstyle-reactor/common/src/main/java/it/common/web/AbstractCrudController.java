package it.common.web;

import org.springframework.web.bind.annotation.PostMapping;

public abstract class AbstractCrudController<T> extends BaseController {

    @PostMapping("create")
    public String create(T entity) {
        save(entity);
        return redirectTo("list");
    }

    protected abstract void save(T entity);
}

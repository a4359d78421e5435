package it.web;

import it.common.web.AbstractCrudController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/owners")
public class OwnerController extends AbstractCrudController<String> {

    @Override
    protected void save(String owner) {
    }
}

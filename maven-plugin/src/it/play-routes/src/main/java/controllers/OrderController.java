package controllers;

import play.mvc.Controller;
import play.mvc.Result;

public class OrderController extends Controller {

    public Result index() {
        return found("/orders/latest");
    }

    public Result create() {
        return found("/orders");
    }

    public Result cancel() {
        return redirect("/orders");
    }
}

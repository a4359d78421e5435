package dev.redirectlint.examples.shop.model;

/** What the order form posts. */
public class OrderForm {

    private String product;
    private int quantity = 1;

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }
}

package dev.redirectlint.java;

import com.github.javaparser.ast.Node;

/**
 * A node as a key by identity: a node's own {@code equals} and {@code hashCode} compare and hash its whole
 * subtree, so two equal-looking calls on different lines would be one key, and every lookup would walk them.
 */
public record NodeIdentity(Node node) {

    @Override
    public boolean equals(Object other) {
        return other instanceof NodeIdentity identity && identity.node == node;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(node);
    }
}

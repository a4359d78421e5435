package dev.redirectlint.maven.exec;

/**
 * {@code changedSince} cannot be honoured: not a git repository, git missing, or the reference (or the
 * history back to where it branched off) is not in this clone. The message says what to do; the check
 * never falls back to passing everything, or to checking everything.
 */
public final class ChangedCodeException extends InvalidSettingException {

    private static final long serialVersionUID = 1L;

    public ChangedCodeException(String message) {
        super(message);
    }

    public ChangedCodeException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.redirectlint.maven.exec;

/** A setting that cannot be used; thrown before any file is analysed. */
public class InvalidSettingException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidSettingException(String message, Throwable cause) {
        super(message, cause);
    }

    public InvalidSettingException(String message) {
        super(message);
    }
}

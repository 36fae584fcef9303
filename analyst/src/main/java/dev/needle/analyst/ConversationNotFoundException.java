package dev.needle.analyst;

/**
 * A conversation id that names no conversation of the caller's organisation. The message is the
 * same whether the id does not exist or belongs to another organisation.
 */
public final class ConversationNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConversationNotFoundException(String id) {
        super("no conversation '" + (id.length() > 64 ? id.substring(0, 64) + "..." : id)
                + "' for your organisation");
    }
}

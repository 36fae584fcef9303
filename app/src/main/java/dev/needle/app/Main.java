package dev.needle.app;

/** Entry point of the {@code needle} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("needle");
    }
}

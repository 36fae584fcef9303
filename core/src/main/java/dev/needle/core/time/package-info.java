/** Reading the time bounds users give, such as {@code --since 24h}, against a clock. */
package dev.needle.core.time;

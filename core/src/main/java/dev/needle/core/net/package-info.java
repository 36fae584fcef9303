/**
 * IP addresses and CIDR blocks as 128-bit values, with the canonical text and the sortable
 * column values that storage and filters share.
 */
package dev.needle.core.net;

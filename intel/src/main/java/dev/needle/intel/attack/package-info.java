/**
 * The MITRE ATT&amp;CK Enterprise catalog: techniques, tactics and groups, for checking the
 * technique ids events carry and naming attackers consistently.
 */
package dev.needle.intel.attack;

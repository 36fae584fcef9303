/**
 * Feed importers: {@link dev.needle.intel.feed.FeedImporter} reads STIX 2.0 and 2.1 bundles,
 * MISP events and feed directories, abuse.ch Feodo Tracker, URLhaus, ThreatFox and SSLBL JA3
 * files, OpenIOC documents and mapped CSV into {@link dev.needle.intel.ThreatEvent}s, all or
 * nothing per file; {@link dev.needle.intel.feed.FeedDetector} tells the format of a file.
 */
package dev.needle.intel.feed;

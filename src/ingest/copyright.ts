/**
 * What opens a copyright line ("© 2025 …", "(c) 2025 …", "Copyright …"). The
 * HTML ingest keeps such a footer line, the cleaner removes it as furniture,
 * and the metadata stage reads the publisher's name from it.
 */
export const COPYRIGHT_MARK = /^(?:©|\(c\)\s|copyright\b)/i;

package io.github.smtpstatus.cli.scan;

/**
 * What a run read, for the line on standard error at the end.
 *
 * @param inputs how many inputs were named
 * @param unreadable how many of them could not be opened or failed while being read
 * @param bytes bytes read
 * @param lines lines read
 * @param cutLines lines longer than the limit, read only in part
 */
public record ReadCounts(int inputs, int unreadable, long bytes, long lines, long cutLines) {}

/** Reads of one portal in flight at once: a browser opens at most 6 connections to one host (HTTP/1.1). */
export const READS_IN_FLIGHT = 6;

package be.burgerzaken.elections.api;

/** A street, optionally from/to house number (inclusive) and parity ALL (default), ODD or EVEN. */
public record RangeInput(String streetCode, Integer from, Integer to, String parity) {
}

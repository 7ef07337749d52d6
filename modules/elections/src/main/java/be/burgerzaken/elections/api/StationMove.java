package be.burgerzaken.elections.api;

/** A manual move of a voter to another polling station, with the reason recorded in the list mutation. */
public record StationMove(Integer stationNumber, String reason) {
}

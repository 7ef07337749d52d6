package be.burgerzaken.elections.api;

/** One voter on a list, with station and number, the status (ON_LIST, REMOVED) and the letter's code if issued. */
public record VoterView(String id, String personId, Integer stationNumber, Integer voterNumber, String familyName,
                        String givenNames, String birthDate, String sex, String nationality, String streetCode,
                        String houseNumber, String box, String postcode, String status, String letterCode,
                        long version) {
}
